#include "period.h"

#include <QLocale>

namespace textwell {

namespace {

QDateTime startOfDay(const QDate& date, const QTimeZone& zone)
{
    // Where a DST change skips midnight, Qt moves the start forward to the first valid time.
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

QDate endOfPiece(const QDate& start, Granularity granularity, Qt::DayOfWeek firstDayOfWeek)
{
    switch (granularity) {
    case Granularity::Day:
        return start;
    case Granularity::Week: {
        const int lastDay = (int(firstDayOfWeek) + 5) % 7 + 1; // the day before the first
        return start.addDays((lastDay - start.dayOfWeek() + 7) % 7);
    }
    case Granularity::Month:
        return QDate(start.year(), start.month(), start.daysInMonth());
    }
    return start;
}

} // namespace

Period Period::of(const QDate& first, const QDate& last, const QTimeZone& zone)
{
    return Period{first, last, startOfDay(first, zone), startOfDay(last.addDays(1), zone)};
}

QVector<Period> Period::split(const Period& span, Granularity granularity, const QTimeZone& zone,
                              Qt::DayOfWeek firstDayOfWeek)
{
    QVector<Period> pieces;
    for (QDate start = span.first; start.isValid() && start <= span.last;) {
        const QDate end = qMin(endOfPiece(start, granularity, firstDayOfWeek), span.last);
        pieces.append(of(start, end, zone));
        start = end.addDays(1);
    }
    return pieces;
}

Granularity Period::suggested(const QDate& first, const QDate& last)
{
    const qint64 days = first.daysTo(last) + 1;
    if (days <= 31)
        return Granularity::Day;
    if (days <= 183)
        return Granularity::Week;
    return Granularity::Month;
}

QString Period::label(Granularity granularity) const
{
    const QLocale locale;
    switch (granularity) {
    case Granularity::Day:
        return locale.toString(first, QStringLiteral("d MMM"));
    case Granularity::Week:
        if (first == last)
            return locale.toString(first, QStringLiteral("d MMM"));
        if (first.month() == last.month())
            return tr("%1–%2", "a week within one month: 3–9 Nov")
                .arg(first.day())
                .arg(locale.toString(last, QStringLiteral("d MMM")));
        return tr("%1 – %2", "a week across two months: 29 Oct – 4 Nov")
            .arg(locale.toString(first, QStringLiteral("d MMM")),
                 locale.toString(last, QStringLiteral("d MMM")));
    case Granularity::Month:
        return locale.toString(first, QStringLiteral("MMM yyyy"));
    }
    return {};
}

QString Period::granularityLabel(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return tr("By day");
    case Granularity::Week:
        return tr("By week");
    case Granularity::Month:
        return tr("By month");
    }
    return {};
}

QString Period::unitLabel(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return tr("Day");
    case Granularity::Week:
        return tr("Week");
    case Granularity::Month:
        return tr("Month");
    }
    return {};
}

} // namespace textwell
