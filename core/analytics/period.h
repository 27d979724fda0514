#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVector>

namespace textwell {

// How finely figures over time are grouped.
enum class Granularity
{
    Day,
    Week,
    Month,
};

// A span of whole local days, from the start of `first` to the end of `last` in the business's
// time zone, with its bounds in UTC as the database stores times: [startUtc, endUtc).
// A day across a DST change is 23 or 25 hours long; the bounds follow the wall clock.
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    QDate first;
    QDate last;
    QDateTime startUtc;
    QDateTime endUtc;

    bool contains(const QDateTime& time) const { return time >= startUtc && time < endUtc; }
    // "3 Nov", "3–9 Nov" or "Nov 2026", in the current locale, for a chart's axis.
    QString label(Granularity granularity) const;

    // The span from `first` to `last` in `zone`.
    static Period of(const QDate& first, const QDate& last, const QTimeZone& zone);
    // The span split into days, weeks (starting on firstDayOfWeek) or calendar months; the first
    // and the last piece are cut to the span.
    static QVector<Period> split(const Period& span, Granularity granularity, const QTimeZone& zone,
                                 Qt::DayOfWeek firstDayOfWeek);
    // Days up to a month, weeks up to half a year, months beyond.
    static Granularity suggested(const QDate& first, const QDate& last);
    static QString granularityLabel(Granularity granularity); // "By week"
    static QString unitLabel(Granularity granularity);        // "Week"
};

} // namespace textwell
