#include "sendpolicy.h"

#include "campaigns/outboxmessage.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberstatus.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"

#include <QSqlQuery>

namespace textwell {

SendPolicy::SendPolicy(QSqlDatabase db, QuietHours quietHours, FrequencyCap cap, QString fallbackRegion)
    : m_db(std::move(db)), m_quietHours(std::move(quietHours)), m_cap(cap),
      m_fallbackRegion(std::move(fallbackRegion))
{}

Result<SendDecision> SendPolicy::check(const QString& phone, const QString& purpose, bool marketing,
                                       qint64 messageId, const QDateTime& nowUtc) const
{
    using R = Result<SendDecision>;
    auto decide = [](SendDecision::Kind kind, const QString& reason, const QDateTime& until = {}) {
        SendDecision d;
        d.kind = kind;
        d.reason = reason;
        d.until = until;
        return d;
    };

    // The suppression list is the truth about a number, with or without a person behind it.
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT p.excluded_at, p.opted_out_at, s.id, s.status, s.number_kind, "
                                  "s.consent_at, s.time_zone FROM (SELECT ? AS phone) x "
                                  "LEFT JOIN suppression p ON p.phone = x.phone "
                                  "LEFT JOIN subscriber s ON s.phone = x.phone"),
                   {phone}) ||
        !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    if (!q.value(0).isNull())
        return decide(SendDecision::Kind::Skip, OutboxMessage::Excluded);
    // The one message after an opt-out is its confirmation, while it is still the latest word:
    // not after a START undid it, nor when a newer STOP (after a START) has its own.
    if (purpose == OutboxPurpose::OptOutConfirmation) {
        if (q.value(1).isNull())
            return decide(SendDecision::Kind::Skip, OutboxMessage::Superseded);
        QSqlQuery newer(m_db);
        if (!execBound(
                newer,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM message WHERE phone = ? AND id > ? AND purpose "
                               "IN (?, ?))"),
                {phone, messageId, OutboxPurpose::OptOutConfirmation, OutboxPurpose::OptInConfirmation}) ||
            !newer.next())
            return R::failure(SqlError::describe(newer.lastError()));
        return newer.value(0).toBool() ? decide(SendDecision::Kind::Skip, OutboxMessage::Superseded)
                                       : decide(SendDecision::Kind::Send, QString());
    }
    if (!q.value(1).isNull())
        return decide(SendDecision::Kind::Skip, OutboxMessage::Unsubscribed);
    if (purpose != OutboxPurpose::Campaign) {
        const bool excludedPerson =
            !q.value(2).isNull() &&
            static_cast<SubscriberStatus>(q.value(3).toInt()) == SubscriberStatus::Excluded;
        return excludedPerson ? decide(SendDecision::Kind::Skip, OutboxMessage::Excluded)
                              : decide(SendDecision::Kind::Send, QString());
    }
    if (q.value(2).isNull())
        return decide(SendDecision::Kind::Skip, OutboxMessage::NotInBook);
    const auto status = static_cast<SubscriberStatus>(q.value(3).toInt());
    if (status == SubscriberStatus::Excluded)
        return decide(SendDecision::Kind::Skip, OutboxMessage::Excluded);
    if (status == SubscriberStatus::Unsubscribed)
        return decide(SendDecision::Kind::Skip, OutboxMessage::Unsubscribed);
    if (status != SubscriberStatus::Subscribed || q.value(5).isNull())
        return decide(SendDecision::Kind::Skip, OutboxMessage::NoConsent);
    if (!PhoneNumbers::canReceiveSms(static_cast<NumberKind>(q.value(4).toInt())))
        return decide(SendDecision::Kind::Skip, OutboxMessage::NotMobile);

    if (!m_quietHours.isOff()) {
        // Nothing known of the person: the business's own clock, not the computer's.
        const auto zones =
            QuietHours::zonesFor(q.value(6).toString(), phone, m_fallbackRegion, m_quietHours.businessZone());
        const QDateTime allowed = m_quietHours.nextAllowed(nowUtc, zones);
        if (allowed > nowUtc)
            return decide(SendDecision::Kind::Hold, OutboxMessage::QuietHours, allowed);
    }
    if (marketing && !m_cap.isOff()) {
        Result<QDateTime> frees = capFreesAt(phone, messageId, nowUtc);
        if (!frees)
            return R::failure(frees.error());
        if (frees.value().isValid())
            return decide(SendDecision::Kind::Hold, OutboxMessage::FrequencyCap, frees.value());
    }
    return decide(SendDecision::Kind::Send, QString());
}

// Invalid when the number is under the cap now; else when the oldest message in the window
// leaves it, which frees one place.
Result<QDateTime> SendPolicy::capFreesAt(const QString& phone, qint64 messageId,
                                         const QDateTime& nowUtc) const
{
    const QDateTime windowStart = nowUtc.addDays(-m_cap.days());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT sent_at FROM message WHERE phone = ? AND marketing = 1 AND "
                                  "sent_at IS NOT NULL AND sent_at > ? AND id != ? ORDER BY sent_at"),
                   {phone, Timestamps::toDb(windowStart), messageId}))
        return Result<QDateTime>::failure(SqlError::describe(q.lastError()));
    QVector<QDateTime> sent;
    while (q.next())
        sent.append(Timestamps::fromDb(q.value(0)));
    if (sent.size() < m_cap.maxMessages())
        return QDateTime();
    // With n messages in the window and a cap of m, the (n - m + 1)th oldest must leave it.
    const QDateTime leaves = sent.at(sent.size() - m_cap.maxMessages()).addDays(m_cap.days());
    return leaves > nowUtc ? leaves : nowUtc.addSecs(1);
}

} // namespace textwell
