#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace textwell {

// One person whose consent waits for its confirmation from the number.
struct AwaitingConfirmation
{
    QString phone;         // E.164
    QString name;          // "first last", may be empty
    QDateTime requestedAt; // invalid when never asked
    QDateTime remindedAt;  // invalid when not reminded
    QDateTime since;       // waiting since: the request, else the consent
};

// Double opt-in: asks people whose consent the number's rule pack wants confirmed (status
// AwaitingConfirmation) to reply YES, once, and reminds them once, after the pack's
// confirmationReminderDays. The request and the reminder are outbox rows without a campaign, never
// marketing (SendPolicy decides when they may go); confirmation_request keeps when each was sent, and
// the Inbox closes it when the YES comes. Suppressed numbers are never asked.
class ConfirmationRequests
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationRequests)

public:
    // fallbackRegion: the pack of a number that cannot be read (the business's country).
    ConfirmationRequests(QSqlDatabase db, QString fallbackRegion);

    struct Asked
    {
        int asked = 0;
        int alreadyAsked = 0;   // an open request exists
        int notAwaiting = 0;    // not in the book, or nothing to confirm
        int suppressed = 0;     // unsubscribed or excluded
        QStringList unreadable; // numbers as given that are no phone numbers
        int skipped() const { return alreadyAsked + notAwaiting + suppressed + int(unreadable.size()); }
    };
    // Asks each of these numbers (as people type them) that awaits confirmation and was never asked.
    Result<Asked> ask(const QVector<QString>& phones);
    // Asks everyone who awaits confirmation and was never asked.
    Result<Asked> askAllAwaiting();
    // Queues the one reminder for open requests older than their pack's reminder days; returns how
    // many. Called by the sending loop, so reminders go while the app (or `send --due`) runs.
    Result<int> remindDue(const QDateTime& nowUtc);

    // The people awaiting confirmation, waiting since olderThanUtc or before (all when invalid), the
    // longest waiting first.
    Result<QVector<AwaitingConfirmation>> awaiting(const QDateTime& olderThanUtc = {}) const;
    struct Counts
    {
        int awaiting = 0;  // people awaiting confirmation
        int notAsked = 0;  // of them, never asked
        int asked = 0;     // of them, asked and not answered
        int reminded = 0;  // of those, reminded too
        int confirmed = 0; // requests answered, ever
    };
    Result<Counts> counts() const;

private:
    QSqlDatabase m_db;
    QString m_region;
};

} // namespace textwell
