#include "campaignstore.h"

#include "contacts/customfields.h"
#include "messages/messagetemplate.h"
#include "segments/segmentcompiler.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace textwell {

qint64 CampaignTotals::total() const
{
    qint64 sum = 0;
    for (qint64 n : byState)
        sum += n;
    return sum;
}

qint64 CampaignTotals::pending() const
{
    qint64 sum = 0;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
        if (OutboxMessage::isPending(it.key()))
            sum += it.value();
    }
    return sum;
}

CampaignStore::CampaignStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString CampaignStore::campaignColumns()
{
    return QStringLiteral("c.id, c.name, c.status, c.marketing, c.segment_name, c.rule, c.body, c.body_b, "
                          "c.ab_share, c.ab_metric, c.ab_hours, c.winner, c.scheduled_at, c.created_at, "
                          "c.started_at, c.finished_at, c.last_error");
}

Campaign CampaignStore::readCampaign(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.status = Campaign::statusFromCode(q.value(2).toString()).value_or(CampaignStatus::Draft);
    c.marketing = q.value(3).toBool();
    c.segmentName = q.value(4).toString();
    c.rule = q.value(5).toString();
    c.body = q.value(6).toString();
    c.bodyB = q.value(7).toString();
    c.abSharePercent = q.value(8).toInt();
    c.abMetric = Campaign::metricFromCode(q.value(9).toString()).value_or(AbMetric::OptOutRate);
    c.abHours = q.value(10).toInt();
    c.winner = q.value(11).toString();
    c.scheduledAt = Timestamps::fromDb(q.value(12));
    c.createdAt = Timestamps::fromDb(q.value(13));
    c.startedAt = Timestamps::fromDb(q.value(14));
    c.finishedAt = Timestamps::fromDb(q.value(15));
    c.lastError = q.value(16).toString();
    return c;
}

QString CampaignStore::messageColumns()
{
    return QStringLiteral("m.id, m.campaign_id, m.phone, m.variant, m.body, m.parts, m.encoding, m.state, "
                          "m.reason, m.attempts, m.provider_id, m.error_code, m.error, m.next_attempt_at, "
                          "m.claimed_at, m.sent_at, m.delivered_at, m.updated_at, m.purpose");
}

OutboxMessage CampaignStore::readMessage(const QSqlQuery& q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.campaignId = q.value(1).toLongLong();
    m.phone = q.value(2).toString();
    m.variant = q.value(3).toString();
    m.body = q.value(4).toString();
    m.parts = q.value(5).toInt();
    m.encoding = q.value(6).toString();
    m.state = OutboxMessage::stateFromCode(q.value(7).toString()).value_or(MessageState::Unknown);
    m.reason = q.value(8).toString();
    m.attempts = q.value(9).toInt();
    m.providerId = q.value(10).toString();
    m.errorCode = q.value(11).toString();
    m.error = q.value(12).toString();
    m.nextAttemptAt = Timestamps::fromDb(q.value(13));
    m.claimedAt = Timestamps::fromDb(q.value(14));
    m.sentAt = Timestamps::fromDb(q.value(15));
    m.deliveredAt = Timestamps::fromDb(q.value(16));
    m.updatedAt = Timestamps::fromDb(q.value(17));
    m.purpose = q.value(18).toString();
    return m;
}

Result<qint64> CampaignStore::create(const Campaign& campaign)
{
    using R = Result<qint64>;
    const QString name = campaign.name.simplified();
    if (name.isEmpty())
        return R::failure(tr("Give the campaign a name."));
    if (name.size() > MaxNameLength)
        return R::failure(tr("The name is longer than %Ln character(s).", nullptr, MaxNameLength));
    if (campaign.body.trimmed().isEmpty())
        return R::failure(tr("Write the message first: the text is empty."));

    Result<QStringList> custom = CustomFields(m_db).list();
    if (!custom)
        return R::failure(custom.error());
    const QStringList fields = MessageTemplate::standardFields() + custom.value();
    const QVector<QPair<QString, QString>> texts = {{tr("The text"), campaign.body},
                                                    {tr("Text B"), campaign.bodyB}};
    for (const auto& [label, text] : texts) {
        const MessageTemplate parsed = MessageTemplate::parse(text, fields);
        if (!parsed.isValid())
            return R::failure(tr("%1 has a mistake: %2").arg(label, parsed.errors().constFirst().message));
    }
    if (!campaign.bodyB.isEmpty() && (campaign.abSharePercent < 1 || campaign.abSharePercent > 50))
        return R::failure(tr("Each A/B variant goes to between 1% and 50% of the recipients."));
    if (!campaign.bodyB.isEmpty() && (campaign.abHours < 1 || campaign.abHours > 24 * 14))
        return R::failure(
            tr("The A/B test runs between 1 hour and 14 days before the rest gets the winner."));

    Result<SegmentRule> rule = SegmentRule::fromJsonText(campaign.rule);
    if (!rule)
        return R::failure(tr("The segment's rule cannot be read: %1").arg(rule.error()));
    Result<SegmentContext> context = SegmentContext::load(m_db);
    if (!context)
        return R::failure(context.error());
    if (const auto problems = SegmentCompiler::validate(rule.value(), context.value()); !problems.isEmpty())
        return R::failure(problems.constFirst().describe());

    const QDateTime now = Clock::currentUtc();
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO campaign (name, marketing, created_at, updated_at, status, "
                                  "segment_name, rule, body, body_b, ab_share, ab_metric, ab_hours) "
                                  "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)"),
                   {name, campaign.marketing ? 1 : 0, Timestamps::toDb(now), Timestamps::toDb(now),
                    sqlText(campaign.segmentName), rule.value().toJsonText(), campaign.body,
                    sqlText(campaign.bodyB), campaign.bodyB.isEmpty() ? 0 : campaign.abSharePercent,
                    Campaign::metricCode(campaign.abMetric),
                    campaign.bodyB.isEmpty() ? 0 : campaign.abHours}))
        return R::failure(SqlError::describe(q.lastError()));
    return q.lastInsertId().toLongLong();
}

Result<Campaign> CampaignStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT %1 FROM campaign c WHERE c.id = ?").arg(campaignColumns()),
                   {id}))
        return Result<Campaign>::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return Result<Campaign>::failure(tr("There is no campaign number %1.").arg(id));
    return readCampaign(q);
}

Result<std::optional<Campaign>> CampaignStore::findByName(const QString& name) const
{
    using R = Result<std::optional<Campaign>>;
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT %1 FROM campaign c WHERE c.name = ? ORDER BY c.id DESC LIMIT 1")
                       .arg(campaignColumns()),
                   {name.simplified()}))
        return R::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(readCampaign(q));
}

Result<QVector<Campaign>> CampaignStore::list() const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM campaign c ORDER BY c.id DESC").arg(campaignColumns())))
        return Result<QVector<Campaign>>::failure(SqlError::describe(q.lastError()));
    QVector<Campaign> campaigns;
    while (q.next())
        campaigns.append(readCampaign(q));
    return campaigns;
}

Status CampaignStore::changeStatus(qint64 id, const QVector<CampaignStatus>& from, CampaignStatus to,
                                   const QString& refusal)
{
    Result<Campaign> current = get(id);
    if (!current)
        return Status::failure(current.error());
    if (current.value().status == to)
        return {};
    if (!from.contains(current.value().status))
        return Status::failure(refusal.arg(Campaign::statusLabel(current.value().status)));
    QStringList codes;
    for (CampaignStatus s : from)
        codes.append(QLatin1Char('\'') + Campaign::statusCode(s) + QLatin1Char('\''));
    const QDateTime now = Clock::currentUtc();
    QSqlQuery q(m_db);
    // The status in the WHERE makes a race with the dispatcher (finishing) harmless.
    if (!execBound(q,
                   QStringLiteral("UPDATE campaign SET status = ?, updated_at = ?, finished_at = "
                                  "CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ? AND status IN (%1)")
                       .arg(codes.join(QLatin1Char(','))),
                   {Campaign::statusCode(to), Timestamps::toDb(now), to == CampaignStatus::Cancelled,
                    Timestamps::toDb(now), id}))
        return Status::failure(SqlError::describe(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The campaign changed meanwhile; look at it again."));
    return {};
}

Status CampaignStore::schedule(qint64 id, const QDateTime& atUtc)
{
    if (!atUtc.isValid())
        return Status::failure(tr("Choose a date and time."));
    if (atUtc < Clock::currentUtc().addSecs(-60))
        return Status::failure(tr("That time is in the past."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status changed = changeStatus(id, {CampaignStatus::Draft}, CampaignStatus::Scheduled,
                                      tr("Only a draft can be scheduled; this campaign’s status is “%1”."));
        !changed)
        return changed;
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE campaign SET scheduled_at = ? WHERE id = ?"),
                   {Timestamps::toDb(atUtc.toUTC()), id}))
        return Status::failure(SqlError::describe(q.lastError()));
    return tx.commit();
}

Status CampaignStore::pause(qint64 id)
{
    return changeStatus(
        id, {CampaignStatus::Sending, CampaignStatus::Scheduled}, CampaignStatus::Paused,
        tr("Only a campaign that is sending or scheduled can be paused; this one’s status is “%1”."));
}

Status CampaignStore::resume(qint64 id)
{
    Result<Campaign> current = get(id);
    if (!current)
        return Status::failure(current.error());
    // A paused campaign that never started goes back to waiting for its time.
    const CampaignStatus to =
        current.value().startedAt.isValid() ? CampaignStatus::Sending : CampaignStatus::Scheduled;
    Status changed = changeStatus(id, {CampaignStatus::Paused}, to,
                                  tr("Only a paused campaign can be resumed; this one’s status is “%1”."));
    if (changed)
        setLastError(id, QString());
    return changed;
}

Status CampaignStore::cancel(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (Status changed = changeStatus(id,
                                      {CampaignStatus::Draft, CampaignStatus::Scheduled,
                                       CampaignStatus::Sending, CampaignStatus::Paused},
                                      CampaignStatus::Cancelled,
                                      tr("The campaign’s status is “%1”; there is nothing left to cancel."));
        !changed)
        return changed;
    // A row being sent right now stays as it is: its answer is still to come.
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("UPDATE message SET state = 'cancelled', updated_at = ? "
                                  "WHERE campaign_id = ? AND state IN ('queued', 'held', 'waiting')"),
                   {Timestamps::toDb(Clock::currentUtc()), id}))
        return Status::failure(SqlError::describe(q.lastError()));
    return tx.commit();
}

Status CampaignStore::setLastError(qint64 id, const QString& error)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE campaign SET last_error = ?, updated_at = ? WHERE id = ?"),
                   {sqlText(error), Timestamps::toDb(Clock::currentUtc()), id}))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Result<CampaignTotals> CampaignStore::totals(qint64 id) const
{
    using R = Result<CampaignTotals>;
    CampaignTotals totals;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral("SELECT state, reason, COUNT(*), MIN(next_attempt_at) FROM message "
                                  "WHERE campaign_id = ? GROUP BY state, reason"),
                   {id}))
        return R::failure(SqlError::describe(q.lastError()));
    while (q.next()) {
        const auto state =
            OutboxMessage::stateFromCode(q.value(0).toString()).value_or(MessageState::Unknown);
        const QString reason = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        totals.byState[state] += n;
        if (state == MessageState::Skipped)
            totals.skippedByReason[reason] += n;
        else if (state == MessageState::Held) {
            totals.heldByReason[reason] += n;
            const QDateTime next = Timestamps::fromDb(q.value(3));
            if (next.isValid() && (!totals.nextHeldAt.isValid() || next < totals.nextHeldAt))
                totals.nextHeldAt = next;
        } else if (state == MessageState::Failed)
            totals.failedByReason[reason] += n;
    }
    return totals;
}

Result<qint64> CampaignStore::messageCount(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT COUNT(*) FROM message WHERE campaign_id = ?"), {id}) ||
        !q.next())
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Result<QVector<OutboxMessage>> CampaignStore::messages(qint64 id, qint64 offset, int limit) const
{
    using R = Result<QVector<OutboxMessage>>;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    // Keyed by id: the unique index starts with campaign_id, so OFFSET walks only this campaign.
    if (!execBound(
            q,
            QStringLiteral("SELECT %1 FROM message m WHERE m.campaign_id = ? ORDER BY m.id LIMIT ? OFFSET ?")
                .arg(messageColumns()),
            {id, limit, offset}))
        return R::failure(SqlError::describe(q.lastError()));
    QVector<OutboxMessage> rows;
    while (q.next())
        rows.append(readMessage(q));
    return rows;
}

} // namespace textwell
