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
      m_fallbackRegion(std::move(fallbackRegion)), m_packs(m_db)
{}

QuietHours SendPolicy::packQuietHours(const QString& phone, const QString& personTimeZone,
                                      QVector<QTimeZone>* zones) const
{
    const RulePack& pack = m_packs.forNumber(phone, m_fallbackRegion);
    *zones = QuietHours::zonesFor(personTimeZone, phone, m_fallbackRegion, m_quietHours.businessZone());
    const Result<ParsedNumber> parsed = PhoneNumbers::parse(phone, m_fallbackRegion);
    const AreaQuietHours* area =
        parsed ? pack.areaFor(parsed.value().e164, PhoneNumbers::callingCode(parsed.value().region))
               : nullptr;
    if (!area)
        return QuietHours(pack.quietFrom, pack.quietUntil, m_quietHours.businessZone());
    // The area code says where the person lives better than the country does, unless their own
    // zone is known.
    const QByteArray personId = personTimeZone.trimmed().toUtf8();
    if (personId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(personId)) {
        QVector<QTimeZone> areaZones;
        for (const QString& id : area->timeZones) {
            const QTimeZone zone(id.toUtf8());
            if (zone.isValid())
                areaZones.append(zone);
        }
        if (!areaZones.isEmpty())
            *zones = areaZones;
    }
    return QuietHours(area->from, area->until, m_quietHours.businessZone());
}

QDateTime SendPolicy::quietHoursEnd(const QString& phone, const QString& personTimeZone,
                                    const QDateTime& nowUtc) const
{
    QVector<QTimeZone> zones;
    const QuietHours packHours = packQuietHours(phone, personTimeZone, &zones);
    // The business's own hours are read in the same zones: where the person is thought to be.
    return m_quietHours.nextAllowedWith(nowUtc, zones, packHours, zones);
}

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
                               "IN (?, ?)), (SELECT created_at FROM message WHERE id = ?)"),
                {phone, messageId, OutboxPurpose::OptOutConfirmation, OutboxPurpose::OptInConfirmation,
                 messageId}) ||
            !newer.next())
            return R::failure(SqlError::describe(newer.lastError()));
        if (newer.value(0).toBool())
            return decide(SendDecision::Kind::Skip, OutboxMessage::Superseded);
        // The rules allow the one confirmation only soon after the opt-out was taken, which is when
        // it was queued (5 minutes in the US): later, it is a message to someone who asked for none.
        const QDateTime queuedAt = Timestamps::fromDb(newer.value(1));
        const int minutes = m_packs.forNumber(phone, m_fallbackRegion).optOutConfirmationMinutes;
        if (queuedAt.isValid() && nowUtc > queuedAt.addSecs(qint64(minutes) * 60))
            return decide(SendDecision::Kind::Skip, OutboxMessage::TooLate);
        return decide(SendDecision::Kind::Send, QString());
    }
    if (!q.value(1).isNull())
        return decide(SendDecision::Kind::Skip, OutboxMessage::Unsubscribed);
    const bool asksForConfirmation =
        purpose == OutboxPurpose::ConfirmationRequest || purpose == OutboxPurpose::ConfirmationReminder;
    if (purpose != OutboxPurpose::Campaign && !asksForConfirmation) {
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
    if (asksForConfirmation) {
        // Confirmed, or consent withdrawn, since it was queued: the request has no point any more.
        if (status != SubscriberStatus::AwaitingConfirmation)
            return decide(SendDecision::Kind::Skip, OutboxMessage::Superseded);
    } else {
        if (status == SubscriberStatus::AwaitingConfirmation)
            return decide(SendDecision::Kind::Skip, OutboxMessage::AwaitingConfirmation);
        if (status != SubscriberStatus::Subscribed || q.value(5).isNull())
            return decide(SendDecision::Kind::Skip, OutboxMessage::NoConsent);
    }
    if (!PhoneNumbers::canReceiveSms(static_cast<NumberKind>(q.value(4).toInt())))
        return decide(SendDecision::Kind::Skip, OutboxMessage::NotMobile);

    // Nothing known of the person: the business's own clock, not the computer's (zonesFor).
    const QDateTime allowed = quietHoursEnd(phone, q.value(6).toString(), nowUtc);
    if (allowed > nowUtc)
        return decide(SendDecision::Kind::Hold, OutboxMessage::QuietHours, allowed);
    if (asksForConfirmation)
        return decide(SendDecision::Kind::Send, QString()); // not marketing: no cap
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
