#include "outbox.h"

#include "campaignstore.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace textwell {

Outbox::Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

Status Outbox::update(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db);
    if (!execBound(q, sql, values))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Result<std::optional<OutboxMessage>> Outbox::nextDue(const QDateTime& nowUtc) const
{
    using R = Result<std::optional<OutboxMessage>>;
    QSqlQuery campaigns(m_db);
    SqlDialect::readRowsAsTheyCome(campaigns);
    if (!campaigns.exec(QStringLiteral("SELECT id FROM campaign WHERE status = 'sending' ORDER BY id")))
        return R::failure(SqlError::describe(campaigns.lastError()));
    QVector<qint64> ids;
    while (campaigns.next())
        ids.append(campaigns.value(0).toLongLong());
    const QVariant now = Timestamps::toDb(nowUtc);
    QSqlQuery q(m_db);
    // Answers to replies first: a confirmation or a help text is what someone waits for.
    if (!execBound(
            q,
            QStringLiteral("SELECT %1 FROM message m WHERE m.campaign_id IS NULL AND m.state = 'queued' AND "
                           "m.next_attempt_at <= ? ORDER BY m.next_attempt_at, m.id LIMIT 1")
                .arg(CampaignStore::messageColumns()),
            {now}))
        return R::failure(SqlError::describe(q.lastError()));
    if (q.next())
        return std::optional<OutboxMessage>(CampaignStore::readMessage(q));
    for (qint64 id : ids) {
        std::optional<OutboxMessage> best;
        // One state at a time, so the index hands over the row due first without sorting.
        for (const char* state : {"queued", "held"}) {
            if (!execBound(
                    q,
                    QStringLiteral("SELECT %1 FROM message m WHERE m.campaign_id = ? AND m.state = ? AND "
                                   "m.next_attempt_at <= ? ORDER BY m.next_attempt_at, m.id LIMIT 1")
                        .arg(CampaignStore::messageColumns()),
                    {id, QString::fromLatin1(state), now}))
                return R::failure(SqlError::describe(q.lastError()));
            if (q.next()) {
                OutboxMessage m = CampaignStore::readMessage(q);
                if (!best || m.nextAttemptAt < best->nextAttemptAt)
                    best = std::move(m);
            }
        }
        if (best)
            return best;
    }
    return std::optional<OutboxMessage>();
}

Result<bool> Outbox::hasQueuedAnswers() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM message WHERE campaign_id IS NULL AND state = 'queued')")) ||
        !q.next())
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toBool();
}

Result<QDateTime> Outbox::nextWakeUp() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT MIN(at) FROM (SELECT MIN(m.next_attempt_at) AS at FROM campaign c JOIN message m ON "
            "m.campaign_id = c.id AND m.state IN ('queued', 'held') WHERE c.status = 'sending' UNION ALL "
            "SELECT MIN(next_attempt_at) FROM message WHERE campaign_id IS NULL AND state = 'queued') AS "
            "due")) ||
        !q.next())
        return Result<QDateTime>::failure(SqlError::describe(q.lastError()));
    QDateTime next = Timestamps::fromDb(q.value(0));
    if (!q.exec(QStringLiteral("SELECT MIN(scheduled_at) FROM campaign WHERE status = 'scheduled'")) ||
        !q.next())
        return Result<QDateTime>::failure(SqlError::describe(q.lastError()));
    const QDateTime scheduled = Timestamps::fromDb(q.value(0));
    if (scheduled.isValid() && (!next.isValid() || scheduled < next))
        next = scheduled;
    return next;
}

Result<SendDecision> Outbox::claim(const OutboxMessage& message, const SendPolicy& policy,
                                   const QDateTime& nowUtc, int desk)
{
    using R = Result<SendDecision>;
    // From the check to the commit no other writer touches the number (SQLite: BEGIN IMMEDIATE;
    // PostgreSQL: the number's lock, which opt-outs take too), so an opt-out either committed
    // before (and is seen) or waits until after the claim (and stops the next message). On a
    // shared database another desk may be claiming the same row: it is skipped here, not waited for.
    const SqlDialect dialect(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QSqlQuery q(m_db);
    if (const QString lock = dialect.lockNumber(); !lock.isEmpty() && !execBound(q, lock, {message.phone}))
        return R::failure(SqlError::describe(q.lastError()));
    if (!execBound(
            q,
            QStringLiteral("SELECT m.state, m.marketing, COALESCE(c.status, 'sending'), m.purpose FROM "
                           "message m LEFT JOIN campaign c ON c.id = m.campaign_id WHERE m.id = ?") +
                dialect.skipLockedRows(QStringLiteral("m")),
            {message.id}))
        return R::failure(SqlError::describe(q.lastError()));
    if (!q.next()) // another desk holds it, or it is gone
        return SendDecision{SendDecision::Kind::Skip, QString(), QDateTime()};
    const QString state = q.value(0).toString();
    const bool marketing = q.value(1).toBool();
    const QString purpose = q.value(3).toString();
    if ((state != QLatin1String("queued") && state != QLatin1String("held")) ||
        q.value(2).toString() != QLatin1String("sending"))
        return SendDecision{SendDecision::Kind::Skip, QString(), QDateTime()};
    q.finish();

    Result<SendDecision> decision = policy.check(message.phone, purpose, marketing, message.id, nowUtc);
    if (!decision)
        return decision;
    const QVariant now = Timestamps::toDb(nowUtc);
    Status written;
    switch (decision.value().kind) {
    case SendDecision::Kind::Skip:
        written = update(
            QStringLiteral("UPDATE message SET state = 'skipped', reason = ?, updated_at = ? WHERE id = ?"),
            {decision.value().reason, now, message.id});
        break;
    case SendDecision::Kind::Hold:
        written =
            update(QStringLiteral("UPDATE message SET state = 'held', reason = ?, next_attempt_at = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   {decision.value().reason, Timestamps::toDb(decision.value().until), now, message.id});
        break;
    case SendDecision::Kind::Send:
        // sent_at now: from this moment the message counts against the cap, whatever comes next.
        written = update(
            QStringLiteral("UPDATE message SET state = 'sending', reason = '', attempts = attempts + 1, "
                           "claimed_at = ?, claimed_by = ?, sent_at = ?, updated_at = ? WHERE id = ?"),
            {now, desk, now, now, message.id});
        break;
    }
    if (!written)
        return R::failure(written.error());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return decision;
}

Status Outbox::markAccepted(qint64 id, const QString& providerId, bool exported, const QDateTime& nowUtc)
{
    return update(
        QStringLiteral("UPDATE message SET state = ?, provider_id = ?, error_code = '', error = '', "
                       "updated_at = ? WHERE id = ? AND state IN ('sending', 'unknown')"),
        {exported ? QStringLiteral("exported") : QStringLiteral("sent"), sqlText(providerId),
         Timestamps::toDb(nowUtc), id});
}

Status Outbox::markRetry(qint64 id, const QDateTime& at, const QString& errorCode, const QString& error)
{
    return update(
        // A campaign cancelled meanwhile keeps the row out of the queue for good.
        QStringLiteral(
            "UPDATE message SET state = CASE WHEN (SELECT status FROM campaign WHERE id = "
            "message.campaign_id) = 'cancelled' THEN 'cancelled' ELSE 'queued' END, sent_at = NULL, "
            "next_attempt_at = ?, error_code = ?, error = ?, updated_at = ? WHERE id = ? AND state IN "
            "('sending', 'unknown')"),
        {Timestamps::toDb(at), sqlText(errorCode), sqlText(error), Timestamps::toDb(Clock::currentUtc()),
         id});
}

Status Outbox::markFailed(qint64 id, const QString& reason, const QString& errorCode, const QString& error)
{
    return update(
        QStringLiteral("UPDATE message SET state = 'failed', sent_at = NULL, reason = ?, error_code = ?, "
                       "error = ?, updated_at = ? WHERE id = ? AND state IN ('sending', 'unknown')"),
        {reason, sqlText(errorCode), sqlText(error), Timestamps::toDb(Clock::currentUtc()), id});
}

Status Outbox::markUnknown(qint64 id, const QString& errorCode, const QString& error,
                           const QDateTime& recheckAt)
{
    return update(QStringLiteral(
                      "UPDATE message SET state = 'unknown', error_code = ?, error = ?, next_attempt_at = ?, "
                      "updated_at = ? WHERE id = ? AND state IN ('sending', 'unknown')"),
                  {sqlText(errorCode), sqlText(error), Timestamps::toDb(recheckAt),
                   Timestamps::toDb(Clock::currentUtc()), id});
}

Result<std::optional<OutboxMessage>> Outbox::dueRecheck(const QDateTime& nowUtc) const
{
    using R = Result<std::optional<OutboxMessage>>;
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT %1 FROM message m WHERE m.state = 'unknown' AND m.next_attempt_at <= ? "
                           "ORDER BY m.next_attempt_at LIMIT 1")
                .arg(CampaignStore::messageColumns()),
            {Timestamps::toDb(nowUtc)}))
        return R::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(CampaignStore::readMessage(q));
}

Result<QVector<OutboxMessage>> Outbox::interrupted() const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM message m WHERE m.state = 'sending' AND %2 ORDER BY m.id")
                    .arg(CampaignStore::messageColumns(),
                         SqlDialect(m_db).deskIsGone(QStringLiteral("m.claimed_by")))))
        return Result<QVector<OutboxMessage>>::failure(SqlError::describe(q.lastError()));
    QVector<OutboxMessage> rows;
    while (q.next())
        rows.append(CampaignStore::readMessage(q));
    return rows;
}

Result<bool> Outbox::recordDelivery(const DeliveryUpdate& report)
{
    QString where;
    QVariant key;
    if (report.messageId > 0) {
        where = QStringLiteral("id = ?");
        key = report.messageId;
    } else if (!report.providerId.isEmpty()) {
        where = QStringLiteral("provider_id = ?");
        key = report.providerId;
    } else {
        return false;
    }
    const QVariant at = Timestamps::toDb(report.at.isValid() ? report.at : Clock::currentUtc());
    QString sql;
    QVariantList values;
    switch (report.state) {
    case DeliveryUpdate::State::Submitted:
        // Only news for a row that is not further along already (reports can arrive out of order).
        sql = QStringLiteral(
            "UPDATE message SET state = 'sent', updated_at = ? WHERE %1 AND state IN ('sending', "
            "'unknown')");
        values = {at, key};
        break;
    case DeliveryUpdate::State::Delivered:
        sql = QStringLiteral(
            "UPDATE message SET state = 'delivered', delivered_at = ?, updated_at = ? WHERE %1 AND "
            "state IN ('sending', 'unknown', 'sent', 'failed')");
        values = {at, at, key};
        break;
    case DeliveryUpdate::State::Undelivered:
        sql = QStringLiteral("UPDATE message SET state = 'failed', reason = ?, error_code = ?, error = ?, "
                             "updated_at = ? WHERE %1 AND state IN ('sending', 'unknown', 'sent')");
        values = {OutboxMessage::Undelivered, sqlText(report.errorCode), sqlText(report.error), at, key};
        break;
    }
    QSqlQuery q(m_db);
    if (!execBound(q, sql.arg(where), values))
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.numRowsAffected() > 0;
}

Result<QVector<QString>> Outbox::awaitingDelivery(const QDateTime& sinceUtc, int limit)
{
    using R = Result<QVector<QString>>;
    // Those asked about longest ago first, and each marked as asked: a message without news does
    // not keep newer ones from being asked about.
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT id, provider_id FROM message WHERE state = 'sent' AND provider_id != '' "
                           "AND sent_at >= ? ORDER BY polled_at IS NOT NULL, polled_at LIMIT ?"),
            {Timestamps::toDb(sinceUtc), limit}))
        return R::failure(SqlError::describe(q.lastError()));
    QVector<QString> providerIds;
    QVariantList ids;
    while (q.next()) {
        ids.append(q.value(0));
        providerIds.append(q.value(1).toString());
    }
    q.finish();
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE message SET polled_at = ? WHERE id = ?"));
    for (const QVariant& id : std::as_const(ids)) {
        mark.addBindValue(Timestamps::toDb(Clock::currentUtc()));
        mark.addBindValue(id);
        if (!mark.exec())
            return R::failure(SqlError::describe(mark.lastError()));
    }
    return providerIds;
}

Result<QVector<qint64>> Outbox::finishDone(const QDateTime& nowUtc)
{
    using R = Result<QVector<qint64>>;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!q.exec(QStringLiteral(
            "SELECT c.id FROM campaign c WHERE c.status = 'sending' AND NOT EXISTS (SELECT 1 FROM "
            "message m WHERE m.campaign_id = c.id AND (m.state IN ('queued', 'held', 'waiting', "
            "'sending') OR (m.state = 'unknown' AND m.next_attempt_at IS NOT NULL)))")))
        return R::failure(SqlError::describe(q.lastError()));
    QVector<qint64> done;
    while (q.next())
        done.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : done) {
        if (Status s = update(
                QStringLiteral("UPDATE campaign SET status = 'finished', finished_at = ?, updated_at = ? "
                               "WHERE id = ? AND status = 'sending'"),
                {Timestamps::toDb(nowUtc), Timestamps::toDb(nowUtc), id});
            !s)
            return R::failure(s.error());
    }
    return done;
}

Result<QVector<qint64>> Outbox::dueScheduled(const QDateTime& nowUtc) const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral(
                       "SELECT id FROM campaign WHERE status = 'scheduled' AND scheduled_at <= ? ORDER BY "
                       "scheduled_at, id"),
                   {Timestamps::toDb(nowUtc)}))
        return Result<QVector<qint64>>::failure(SqlError::describe(q.lastError()));
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QVector<qint64>> Outbox::dueAbDecisions(const QDateTime& nowUtc) const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    // Decided once the test messages are done (sent, failed or skipped): a winner needs their results.
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM campaign c WHERE c.status = 'sending' AND c.winner = '' AND "
                           "c.body_b != '' AND c.ab_share > 0 AND NOT EXISTS (SELECT 1 FROM message m WHERE "
                           "m.campaign_id = c.id AND m.variant IN ('A', 'B') AND m.state IN ('queued', "
                           "'held', 'sending'))")
                .arg(CampaignStore::campaignColumns())))
        return Result<QVector<qint64>>::failure(SqlError::describe(q.lastError()));
    QVector<qint64> ids;
    while (q.next()) {
        const Campaign c = CampaignStore::readCampaign(q);
        if (c.abDecideAt() <= nowUtc)
            ids.append(c.id);
    }
    return ids;
}

Result<QMap<QString, VariantFigures>> Outbox::abFigures(qint64 campaignId) const
{
    using R = Result<QMap<QString, VariantFigures>>;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral(
                       "SELECT m.variant, COUNT(*), COUNT(*) FILTER (WHERE m.sent_at IS NOT NULL), COUNT(*) "
                       "FILTER (WHERE m.state = 'delivered'), COUNT(*) FILTER (WHERE m.sent_at IS NOT NULL "
                       "AND EXISTS (SELECT 1 FROM consent_event e WHERE e.phone = m.phone AND e.kind = "
                       "'opt_out' AND e.at >= m.sent_at)) FROM message m WHERE "
                       "m.campaign_id = ? AND m.variant IN ('A', 'B') GROUP BY m.variant"),
                   {campaignId}))
        return R::failure(SqlError::describe(q.lastError()));
    QMap<QString, VariantFigures> figures;
    while (q.next()) {
        VariantFigures f;
        f.recipients = q.value(1).toLongLong();
        f.sent = q.value(2).toLongLong();
        f.delivered = q.value(3).toLongLong();
        f.optedOut = q.value(4).toLongLong();
        figures.insert(q.value(0).toString(), f);
    }
    return figures;
}

Result<QString> Outbox::abWinner(const Campaign& campaign) const
{
    Result<QMap<QString, VariantFigures>> figures = abFigures(campaign.id);
    if (!figures)
        return Result<QString>::failure(figures.error());
    const VariantFigures a = figures.value().value(QStringLiteral("A"));
    const VariantFigures b = figures.value().value(QStringLiteral("B"));
    // A variant that reached no one has shown nothing, so it cannot win.
    if (a.sent == 0 || b.sent == 0)
        return b.sent > 0 && a.sent == 0 ? QStringLiteral("B") : QStringLiteral("A");
    const double optOutA = a.optOutRate(), optOutB = b.optOutRate();
    const double deliveryA = a.deliveryRate(), deliveryB = b.deliveryRate();
    bool bWins = false;
    if (campaign.abMetric == AbMetric::OptOutRate)
        bWins = optOutB < optOutA || (optOutB == optOutA && deliveryB > deliveryA);
    else
        bWins = deliveryB > deliveryA || (deliveryB == deliveryA && optOutB < optOutA);
    return bWins ? QStringLiteral("B") : QStringLiteral("A");
}

} // namespace textwell
