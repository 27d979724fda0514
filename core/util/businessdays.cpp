#include "businessdays.h"

#include <algorithm>

namespace textwell {

QDateTime BusinessDays::deadline(const QDateTime& fromUtc, int days)
{
    QDate day = fromUtc.toLocalTime().date();
    int added = 0;
    while (added < days) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5)
            ++added;
    }
    return QDateTime(day, QTime(23, 59, 59)).toUTC();
}

int BusinessDays::left(const QDateTime& nowUtc, const QDateTime& deadlineUtc)
{
    const QDate today = nowUtc.toLocalTime().date();
    const QDate last = deadlineUtc.toLocalTime().date();
    const bool past = nowUtc > deadlineUtc;
    QDate from = past ? last : today;
    const QDate to = past ? today : last;
    int days = 0;
    while (from < to) {
        from = from.addDays(1);
        if (from.dayOfWeek() <= 5)
            ++days;
    }
    return past ? -std::max(days, 1) : days;
}

} // namespace textwell
