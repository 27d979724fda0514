#pragma once

#include "suppression.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace textwell {

// One entry of the erasure log: that, when and by whom a number's personal data was erased.
// It holds no personal data beyond the number.
struct Erasure
{
    qint64 id = 0;
    QString phone;         // E.164
    QDateTime requestedAt; // when the person asked, UTC
    QDateTime erasedAt;    // when the data was erased, UTC
    QString actor;         // who erased it: the desk's user name, "cli:<user>"
    QString note;          // how the request came in, written by the user ("letter of 3 May")
};

// Erases a person on request (the right to erasure): their personal data goes, the number stays
// suppressed with the least that honouring the suppression needs, and the erasure is logged.
// All in one transaction:
// - the number is excluded, with exclusionNote(), unless it is already unsubscribed or excluded;
// - the person (tags, custom fields, notes), every reply from the number and the texts of the
//   messages sent to it are deleted; the message rows stay, so campaign figures still count them,
//   and messages not yet sent are skipped (an empty text must never go out);
// - the consent history keeps only the events that prove the suppression, without their texts;
// - the suppression keeps its times; its reason and note texts go (the note becomes
//   exclusionNote() when the number is excluded).
// Not undoable, by design: nothing of the person is kept to bring back.
class PersonEraser
{
    Q_DECLARE_TR_FUNCTIONS(PersonEraser)

public:
    // actor names who erases, for the log and the history ("anna", "cli:anna").
    PersonEraser(QSqlDatabase db, QString defaultRegion, QString actor);

    struct Outcome
    {
        QString phone; // E.164
        // False when an earlier erasure left nothing to erase: then nothing was changed or logged.
        bool erased = false;
        Erasure erasure;             // this erasure's log entry, when erased
        QDateTime previousErasureAt; // the latest earlier erasure of the number; invalid if none
        bool personDeleted = false;
        int repliesDeleted = 0;
        int messageTextsCleared = 0;
        int unsentMessagesSkipped = 0;
        int historyEntriesDeleted = 0;
        int historyEntriesCleared = 0; // kept, without their texts
        bool excludedNow = false;      // the erasure excluded the number (it was not suppressed)
        Suppression suppression;       // as it stands afterwards
    };
    // number as typed (the default region fills in a missing country code); requestedAt: when the
    // person asked (now when invalid; not in the future); note: how the request came in.
    Result<Outcome> erase(const QString& number, const QDateTime& requestedAt = {}, const QString& note = {});
    // What erase() would do now, worked out in a transaction that is rolled back: for a
    // confirmation that says what will go. erased says whether anything would.
    Result<Outcome> preview(const QString& number);

    // The erasures of a number, oldest first.
    Result<QVector<Erasure>> erasures(const QString& number) const;

    // The note of the exclusion an erasure records (and of the suppression it leaves).
    static QString exclusionNote();

private:
    Result<Outcome> run(const QString& number, const QDateTime& requestedAt, const QString& note,
                        bool commit);
    // Does the erasure's work inside its transaction; returns how many things it changed.
    Result<int> eraseIn(const QString& e164, Outcome& outcome);
    Result<QVector<Erasure>> erasuresOf(const QString& e164) const;

    QSqlDatabase m_db;
    QString m_region;
    QString m_actor;
};

} // namespace textwell
