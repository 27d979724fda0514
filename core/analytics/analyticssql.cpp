#include "analyticssql.h"

#include "storage/timestamps.h"

namespace textwell {

QString AnalyticsSql::segmentPhones(const AnalyticsScope& scope, QVariantList* values)
{
    if (!scope.segment)
        return QStringLiteral("SELECT s.phone FROM subscriber s");
    *values += scope.segment->values;
    return QStringLiteral("SELECT s.phone FROM subscriber s WHERE %1").arg(scope.segment->where);
}

QString AnalyticsSql::reasonOfOptOut()
{
    return QStringLiteral("CASE WHEN e.reason_code != '' THEN e.reason_code "
                          "WHEN sup.opted_out_at = e.at THEN sup.opt_out_reason ELSE '' END");
}

QString AnalyticsSql::joinSuppression()
{
    return QStringLiteral("LEFT JOIN suppression sup ON sup.phone = e.phone");
}

QString AnalyticsSql::eventsInSpan(const AnalyticsScope& scope, const QString& kinds, QVariantList* values)
{
    const Period span = scope.period();
    *values << Timestamps::toDb(span.startUtc) << Timestamps::toDb(span.endUtc);
    QString sql = QStringLiteral("e.kind IN (%1) AND e.at >= ? AND e.at < ?").arg(kinds);
    if (scope.segment)
        sql += QStringLiteral(" AND e.phone IN (%1)").arg(segmentPhones(scope, values));
    return sql;
}

} // namespace textwell
