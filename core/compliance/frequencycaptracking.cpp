#include "frequencycaptracking.h"

#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace textwell {

namespace {

// The rows that may carry a value: those with marketing history, or a value.
const QString& candidates()
{
    static const QString sql = QStringLiteral(
        "(s.cap_reached_at IS NOT NULL OR EXISTS (SELECT 1 FROM message m WHERE m.phone = s.phone AND "
        "m.marketing = 1 AND m.sent_at IS NOT NULL))");
    return sql;
}

} // namespace

FrequencyCapTracking::FrequencyCapTracking(QSqlDatabase db) : m_db(std::move(db)) {}

QString FrequencyCapTracking::capReachedAtSql(const QString& phone)
{
    // With no cap (0 messages) the WHERE finds nothing; the OFFSET stays 0 then all the same,
    // because PostgreSQL refuses a negative one where SQLite reads it as 0.
    return QStringLiteral(
               "(SELECT m.sent_at FROM message m WHERE m.phone = %1 AND m.marketing = 1 AND m.sent_at IS "
               "NOT NULL AND (SELECT messages FROM frequency_cap_tracking) > 0 ORDER BY m.sent_at DESC "
               "LIMIT 1 OFFSET (SELECT CASE WHEN messages > 0 THEN messages - 1 ELSE 0 END FROM "
               "frequency_cap_tracking))")
        .arg(phone);
}

Result<bool> FrequencyCapTracking::upToDate(int wantedMessages) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT messages, ready FROM frequency_cap_tracking")))
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.next() && q.value(0).toInt() == wantedMessages && q.value(1).toInt() == 1;
}

Status FrequencyCapTracking::begin(int messages)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE frequency_cap_tracking SET messages = ?, ready = 0, next_id = 0"));
    q.addBindValue(messages);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return tx.commit();
}

Result<bool> FrequencyCapTracking::step(int rows)
{
    using R = Result<bool>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ready, next_id FROM frequency_cap_tracking")) || !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    if (q.value(0).toInt() == 1)
        return true;
    const qint64 after = q.value(1).toLongLong();
    q.finish();
    // The chunk: the next `rows` candidates in id order.
    q.prepare(QStringLiteral("SELECT COUNT(*), MAX(id) FROM (SELECT s.id FROM subscriber s WHERE s.id > ? "
                             "AND %1 ORDER BY s.id LIMIT ?) AS chunk")
                  .arg(candidates()));
    q.addBindValue(after);
    q.addBindValue(rows);
    if (!q.exec() || !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    const qint64 found = q.value(0).toLongLong();
    const qint64 last = q.value(1).toLongLong();
    q.finish();
    if (found > 0) {
        const QString value = capReachedAtSql(QStringLiteral("s.phone"));
        q.prepare(
            QStringLiteral("UPDATE subscriber AS s SET cap_reached_at = %1 WHERE s.id > ? AND s.id <= ? "
                           "AND %2 AND s.cap_reached_at IS DISTINCT FROM %1")
                .arg(value, candidates()));
        q.addBindValue(after);
        q.addBindValue(last);
        if (!q.exec())
            return R::failure(SqlError::describe(q.lastError()));
    }
    const bool done = found < rows;
    q.prepare(done ? QStringLiteral("UPDATE frequency_cap_tracking SET ready = 1, next_id = 0")
                   : QStringLiteral("UPDATE frequency_cap_tracking SET next_id = ?"));
    if (!done)
        q.addBindValue(last);
    if (!q.exec())
        return R::failure(SqlError::describe(q.lastError()));
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return done;
}

Status FrequencyCapTracking::catchUp(int messages, const std::atomic_bool* stop)
{
    // Nothing to do (every start of the app asks): no write lock taken.
    Result<bool> done = upToDate(messages);
    if (!done)
        return Status::failure(done.error());
    if (done.value())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT messages FROM frequency_cap_tracking")) || !q.next())
        return Status::failure(SqlError::describe(q.lastError()));
    const bool same = q.value(0).toInt() == messages;
    q.finish();
    // The same count resumes where a stopped run left off (or finds nothing to do).
    if (!same) {
        if (Status begun = begin(messages); !begun)
            return begun;
    }
    while (!(stop && stop->load())) {
        Result<bool> stepped = step();
        if (!stepped)
            return Status::failure(stepped.error());
        if (stepped.value())
            break;
    }
    return {};
}

} // namespace textwell
