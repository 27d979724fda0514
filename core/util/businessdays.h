#pragma once

#include <QDateTime>

namespace textwell {

// Legal deadlines counted in business days, Monday to Friday, on the business's local calendar
// (public holidays are not known and count as business days: the deadline is never later than
// the law's).
class BusinessDays
{
public:
    // The end (23:59:59 local time) of the n-th business day after the day of fromUtc, in UTC.
    static QDateTime deadline(const QDateTime& fromUtc, int days);
    // Business days left from nowUtc until the deadline's day; negative (at least -1) when past.
    static int left(const QDateTime& nowUtc, const QDateTime& deadlineUtc);
};

} // namespace textwell
