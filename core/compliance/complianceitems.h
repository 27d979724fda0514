#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace textwell {

// One thing the law gives the business a deadline or a watch for.
struct ComplianceItem
{
    enum class Kind
    {
        OptOutRequest,        // asked for by phone, e-mail, letter or in person, not entered yet
        Review,               // a reply that may be an opt-out, not decided yet (the Inbox)
        AwaitingConfirmation, // consent not confirmed from the number for longer than the pack allows
    };
    Kind kind = Kind::OptOutRequest;
    qint64 id = 0;    // the request's, the reply's or the person's
    QString name;     // the person in the book, if any
    QString phone;    // E.164, empty for a request that names no number yet
    QString contact;  // a request's contact as it came
    QString detail;   // a request's channel label and note, a reply's text
    QDateTime since;  // received, or waiting since (the confirmation request, else the consent)
    QDateTime due;    // the deadline; invalid for people awaiting confirmation
    int daysLeft = 0; // business days until due; negative when past; 0 without a deadline

    bool overdue(const QDateTime& nowUtc) const { return due.isValid() && due < nowUtc; }
    // Overdue, or due within DueSoonBusinessDays business days: shown highlighted.
    bool urgent(const QDateTime& nowUtc) const
    {
        return overdue(nowUtc) || (due.isValid() && daysLeft <= DueSoonBusinessDays);
    }
    // Who: the name, else the number, else the contact as it came.
    QString who() const;

    static constexpr int DueSoonBusinessDays = 2;
    static QString kindLabel(Kind kind);
};

// What the Compliance screen lists: the open items with their deadlines, at most `limit` of each
// kind (the nearest deadlines, the longest waits first), with the full counts. Reads a few hundred
// rows through the partial indexes, however large the address book.
class ComplianceItems
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceItems)

public:
    struct Snapshot
    {
        QVector<ComplianceItem> items; // by deadline, the overdue first; the awaiting people last
        int openRequests = 0;
        int reviews = 0;
        int awaiting = 0;   // awaiting confirmation longer than their pack allows
        int neverAsked = 0; // awaiting confirmation and never asked, however long
        int overdue = 0;    // requests and reviews past their deadline
        bool isEmpty() const { return openRequests == 0 && reviews == 0 && awaiting == 0; }
        bool truncated() const { return items.size() < openRequests + reviews + awaiting; }
    };

    static constexpr int DefaultLimit = 200;

    ComplianceItems(QSqlDatabase db, QString defaultRegion);
    Result<Snapshot> load(const QDateTime& nowUtc, int limit = DefaultLimit) const;

private:
    Status loadRequests(Snapshot& snapshot, const QDateTime& nowUtc, int limit) const;
    Status loadReviews(Snapshot& snapshot, const QDateTime& nowUtc, int limit) const;
    Status loadAwaiting(Snapshot& snapshot, const QDateTime& nowUtc, int limit) const;

    QSqlDatabase m_db;
    QString m_region;
};

} // namespace textwell
