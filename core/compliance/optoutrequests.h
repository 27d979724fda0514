#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace textwell {

// An opt-out that reached the desk by phone, e-mail, letter or in person rather than by SMS.
struct OptOutRequest
{
    qint64 id = 0;
    QDateTime receivedAt; // UTC
    QString channel;      // an OptOutRequests channel code
    QString contact;      // as it came: a number, an e-mail address, a name
    QString phone;        // E.164 once known
    QString note;
    QDateTime dueAt;     // the legal deadline, UTC
    QDateTime enteredAt; // when it was entered or closed; invalid while open
    QString outcome;     // empty when the number was opted out, else why it was closed without
    QDateTime recordedAt;
    QString actor;

    bool isOpen() const { return !enteredAt.isValid(); }
};

// Opt-out requests entered by hand, each with the deadline its rule pack sets
// (manualOptOutBusinessDays). A request that names a number is entered at once: the number is
// opted out with the request in one transaction. One that names an e-mail address or a person
// stays open until someone finds the number (enter()) or closes it (close()).
class OptOutRequests
{
    Q_DECLARE_TR_FUNCTIONS(OptOutRequests)

public:
    static inline const QString Phone = QStringLiteral("phone");
    static inline const QString Email = QStringLiteral("email");
    static inline const QString Letter = QStringLiteral("letter");
    static inline const QString InPerson = QStringLiteral("in_person");
    static QStringList channels();
    static QString channelLabel(const QString& code); // "By phone"
    // The opt-out's reason text in the history: "Asked by phone on 7 Dec 2026".
    static QString askedText(const QString& channel, const QDateTime& receivedUtc);

    // actor names who enters the requests ("anna"); numbers are read with defaultRegion.
    OptOutRequests(QSqlDatabase db, QString defaultRegion, QString actor);

    Result<OptOutRequest> record(const QDateTime& receivedAtUtc, const QString& channel,
                                 const QString& contact, const QString& note);
    // Opts the number found for an open request out and closes the request.
    Result<OptOutRequest> enter(qint64 id, const QString& number);
    // Closes an open request without opting a number out ("no such customer").
    Status close(qint64 id, const QString& outcome);

    Result<OptOutRequest> get(qint64 id) const;
    // The open requests, the nearest deadline first.
    Result<QVector<OptOutRequest>> open(int limit = 500) const;
    Result<int> openCount() const;
    Result<int> overdueCount(const QDateTime& nowUtc) const;

private:
    // Opts the number out as of the request's date and marks the request entered.
    Status optOut(const OptOutRequest& request, const QString& e164);

    QSqlDatabase m_db;
    QString m_region;
    QString m_actor;
};

} // namespace textwell
