#include "optoutlog.h"

#include "analyticssql.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"

#include <QSqlError>

namespace textwell {

namespace {

const QString Columns = QStringLiteral(
    "e.at, e.phone, trim(COALESCE(p.first_name, '') || ' ' || COALESCE(p.last_name, '')), e.channel, %1, "
    "e.reason_text, e.evidence, COALESCE(e.campaign_id, 0), COALESCE(c.name, '')");

OptOutEntry entryOf(const QSqlQuery& q)
{
    OptOutEntry e;
    e.at = Timestamps::fromDb(q.value(0));
    e.phone = q.value(1).toString();
    e.name = q.value(2).toString();
    e.channel = q.value(3).toString();
    e.reasonCode = q.value(4).toString();
    e.reasonText = q.value(5).toString();
    e.evidence = q.value(6).toString();
    e.campaignId = q.value(7).toLongLong();
    e.campaignName = q.value(8).toString();
    return e;
}

} // namespace

OptOutLog::OptOutLog(QSqlDatabase db, OptOutFilter filter) : m_db(std::move(db)), m_filter(std::move(filter))
{}

QString OptOutLog::whereClause(QVariantList* values) const
{
    const QString kinds =
        m_filter.exclusionsToo ? QStringLiteral("'opt_out', 'exclude'") : QStringLiteral("'opt_out'");
    QString where;
    if (m_filter.campaignIds.isEmpty()) {
        where = AnalyticsSql::eventsInSpan(m_filter.scope, kinds, values);
    } else {
        QStringList marks;
        for (qint64 id : m_filter.campaignIds) {
            marks.append(QStringLiteral("?"));
            values->append(id);
        }
        where = QStringLiteral("e.kind IN (%1) AND e.campaign_id IN (%2)")
                    .arg(kinds, marks.join(QLatin1Char(',')));
        if (m_filter.scope.segment)
            where += QStringLiteral(" AND e.phone IN (%1)")
                         .arg(AnalyticsSql::segmentPhones(m_filter.scope, values));
    }
    if (m_filter.reasonCode) {
        where += QStringLiteral(" AND %1 = ?").arg(AnalyticsSql::reasonOfOptOut());
        values->append(sqlText(*m_filter.reasonCode));
    }
    if (m_filter.channel) {
        where += QStringLiteral(" AND e.channel = ?");
        values->append(sqlText(*m_filter.channel));
    }
    return QStringLiteral("FROM consent_event e %1 LEFT JOIN subscriber p ON p.phone = e.phone "
                          "LEFT JOIN campaign c ON c.id = e.campaign_id WHERE %2")
        .arg(AnalyticsSql::joinSuppression(), where);
}

Result<qint64> OptOutLog::count() const
{
    QVariantList values;
    const QString from = whereClause(&values);
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT COUNT(*) %1").arg(from), values) || !q.next())
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Status OptOutLog::open()
{
    QVariantList values;
    const QString from = whereClause(&values);
    m_cursor = QSqlQuery(m_db);
    SqlDialect::readRowsAsTheyCome(m_cursor);
    if (!execBound(m_cursor,
                   QStringLiteral("SELECT %1 %2 ORDER BY e.at, e.id")
                       .arg(Columns.arg(AnalyticsSql::reasonOfOptOut()), from),
                   values))
        return Status::failure(SqlError::describe(m_cursor.lastError()));
    return {};
}

bool OptOutLog::next(OptOutEntry* entry)
{
    if (!m_cursor.isActive() || !m_cursor.next())
        return false;
    *entry = entryOf(m_cursor);
    return true;
}

Result<QVector<OptOutEntry>> OptOutLog::newest(int limit) const
{
    QVariantList values;
    const QString from = whereClause(&values);
    values.append(limit);
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral("SELECT %1 %2 ORDER BY e.at DESC, e.id DESC LIMIT ?")
                       .arg(Columns.arg(AnalyticsSql::reasonOfOptOut()), from),
                   values))
        return Result<QVector<OptOutEntry>>::failure(SqlError::describe(q.lastError()));
    QVector<OptOutEntry> entries;
    while (q.next())
        entries.append(entryOf(q));
    return entries;
}

} // namespace textwell
