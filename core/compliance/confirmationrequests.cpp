#include "confirmationrequests.h"

#include "campaigns/outboxmessage.h"
#include "compliance/rulepacks.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberstatus.h"
#include "inbound/directmessage.h"
#include "inbound/replysettings.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QSqlQuery>

#include <limits>

namespace textwell {

namespace {

constexpr int Awaiting = static_cast<int>(SubscriberStatus::AwaitingConfirmation);

// The one reminder: remindDue() keys on reminded_at being empty.
static_assert(RulePack::MaxReminders == 1, "remindDue() sends exactly one reminder");

} // namespace

ConfirmationRequests::ConfirmationRequests(QSqlDatabase db, QString fallbackRegion)
    : m_db(std::move(db)), m_region(std::move(fallbackRegion))
{}

Result<ConfirmationRequests::Asked> ConfirmationRequests::ask(const QVector<QString>& phones)
{
    using R = Result<Asked>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const ReplySettings settings(m_db);
    const QDateTime now = Clock::currentUtc();
    Asked result;
    QSqlQuery q(m_db);
    for (const QString& typed : phones) {
        const Result<ParsedNumber> parsed = PhoneNumbers::parse(typed, m_region);
        if (!parsed) {
            result.unreadable.append(typed);
            continue;
        }
        const QString phone = parsed.value().e164;
        if (!execBound(
                q,
                QStringLiteral("SELECT s.status, s.language, p.opted_out_at IS NOT NULL OR p.excluded_at "
                               "IS NOT NULL, EXISTS (SELECT 1 FROM confirmation_request c WHERE "
                               "c.phone = s.phone AND c.confirmed_at IS NULL) FROM subscriber s LEFT "
                               "JOIN suppression p ON p.phone = s.phone WHERE s.phone = ?"),
                {phone}))
            return R::failure(SqlError::describe(q.lastError()));
        if (!q.next()) {
            ++result.notAwaiting;
            continue;
        }
        const int status = q.value(0).toInt();
        const QString language = q.value(1).toString();
        const bool suppressed = q.value(2).toBool();
        const bool open = q.value(3).toBool();
        q.finish();
        if (suppressed) {
            ++result.suppressed;
        } else if (status != Awaiting) {
            ++result.notAwaiting;
        } else if (open) {
            ++result.alreadyAsked;
        } else {
            Result<qint64> message = DirectMessage::queue(
                m_db, phone, settings.answer(ReplySettings::Text::ConfirmationRequest, language),
                OutboxPurpose::ConfirmationRequest);
            if (!message)
                return R::failure(message.error());
            // A request answered long ago (before a later opt-out and a new consent) is replaced.
            if (!execBound(
                    q,
                    QStringLiteral("INSERT INTO confirmation_request (phone, requested_at, "
                                   "request_message_id) VALUES (?, ?, ?) ON CONFLICT (phone) DO UPDATE "
                                   "SET requested_at = excluded.requested_at, request_message_id = "
                                   "excluded.request_message_id, reminded_at = NULL, "
                                   "reminder_message_id = NULL, confirmed_at = NULL, "
                                   "confirmed_reply_id = NULL"),
                    {phone, Timestamps::toDb(now), message.value()}))
                return R::failure(SqlError::describe(q.lastError()));
            ++result.asked;
        }
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return result;
}

Result<ConfirmationRequests::Asked> ConfirmationRequests::askAllAwaiting()
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT phone FROM subscriber s WHERE status = ? AND NOT EXISTS (SELECT 1 FROM "
                           "confirmation_request c WHERE c.phone = s.phone AND c.confirmed_at IS NULL) "
                           "ORDER BY id"),
            {Awaiting}))
        return Result<Asked>::failure(SqlError::describe(q.lastError()));
    QVector<QString> phones;
    while (q.next())
        phones.append(q.value(0).toString());
    return ask(phones);
}

Result<int> ConfirmationRequests::remindDue(const QDateTime& nowUtc)
{
    using R = Result<int>;
    const RulePacks packs(m_db);
    int soonest = std::numeric_limits<int>::max();
    for (const RulePack& pack : packs.all())
        soonest = std::min(soonest, pack.confirmationReminderDays);
    if (soonest == std::numeric_limits<int>::max())
        return 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // Requests too young for any pack are not read at all; the suppressed are never reminded.
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT c.phone, c.requested_at, s.language FROM confirmation_request c JOIN "
                           "subscriber s ON s.phone = c.phone LEFT JOIN suppression p ON p.phone = "
                           "c.phone WHERE c.confirmed_at IS NULL AND c.reminded_at IS NULL AND "
                           "c.requested_at <= ? AND s.status = ? AND p.opted_out_at IS NULL AND "
                           "p.excluded_at IS NULL ORDER BY c.requested_at"),
            {Timestamps::toDb(nowUtc.addDays(-soonest)), Awaiting}))
        return R::failure(SqlError::describe(q.lastError()));
    struct Due
    {
        QString phone;
        QString language;
    };
    QVector<Due> due;
    while (q.next()) {
        const QString phone = q.value(0).toString();
        const QDateTime requestedAt = Timestamps::fromDb(q.value(1));
        if (requestedAt.addDays(packs.forNumber(phone, m_region).confirmationReminderDays) <= nowUtc)
            due.append(Due{phone, q.value(2).toString()});
    }
    q.finish();
    const ReplySettings settings(m_db);
    for (const Due& d : due) {
        Result<qint64> message = DirectMessage::queue(
            m_db, d.phone, settings.answer(ReplySettings::Text::ConfirmationReminder, d.language),
            OutboxPurpose::ConfirmationReminder);
        if (!message)
            return R::failure(message.error());
        if (!execBound(
                q,
                QStringLiteral("UPDATE confirmation_request SET reminded_at = ?, reminder_message_id = ? "
                               "WHERE phone = ? AND reminded_at IS NULL"),
                {Timestamps::toDb(nowUtc), message.value(), d.phone}))
            return R::failure(SqlError::describe(q.lastError()));
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return int(due.size());
}

Result<QVector<AwaitingConfirmation>> ConfirmationRequests::awaiting(const QDateTime& olderThanUtc) const
{
    using R = Result<QVector<AwaitingConfirmation>>;
    const QString since = QStringLiteral("COALESCE(c.requested_at, s.consent_at, s.created_at)");
    QVariantList values{Awaiting};
    QString older;
    if (olderThanUtc.isValid()) {
        older = QStringLiteral(" AND %1 <= ?").arg(since);
        values.append(Timestamps::toDb(olderThanUtc));
    }
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT s.phone, trim(s.first_name || ' ' || s.last_name), c.requested_at, "
                           "c.reminded_at, %1 FROM subscriber s LEFT JOIN confirmation_request c ON "
                           "c.phone = s.phone AND c.confirmed_at IS NULL WHERE s.status = ?%2 ORDER BY "
                           "%1, s.id")
                .arg(since, older),
            values))
        return R::failure(SqlError::describe(q.lastError()));
    QVector<AwaitingConfirmation> list;
    while (q.next())
        list.append(AwaitingConfirmation{q.value(0).toString(), q.value(1).toString(),
                                         Timestamps::fromDb(q.value(2)), Timestamps::fromDb(q.value(3)),
                                         Timestamps::fromDb(q.value(4))});
    return list;
}

Result<ConfirmationRequests::Counts> ConfirmationRequests::counts() const
{
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT COUNT(*), COUNT(c.phone), COUNT(c.reminded_at), (SELECT COUNT(*) FROM "
                           "confirmation_request WHERE confirmed_at IS NOT NULL) FROM subscriber s LEFT "
                           "JOIN confirmation_request c ON c.phone = s.phone AND c.confirmed_at IS NULL "
                           "WHERE s.status = ?"),
            {Awaiting}) ||
        !q.next())
        return Result<Counts>::failure(SqlError::describe(q.lastError()));
    Counts counts;
    counts.awaiting = q.value(0).toInt();
    counts.asked = q.value(1).toInt();
    counts.notAsked = counts.awaiting - counts.asked;
    counts.reminded = q.value(2).toInt();
    counts.confirmed = q.value(3).toInt();
    return counts;
}

} // namespace textwell
