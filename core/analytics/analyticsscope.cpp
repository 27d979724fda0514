#include "analyticsscope.h"

namespace textwell {

AnalyticsScope AnalyticsScope::lastDays(int days, const QDate& today, const QTimeZone& zone)
{
    AnalyticsScope scope;
    scope.first = today.addDays(-(qMax(days, 1) - 1));
    scope.last = today;
    scope.zone = zone;
    return scope;
}

} // namespace textwell
