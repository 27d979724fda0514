#pragma once

#include "period.h"
#include "segments/segmentcompiler.h"

#include <QTimeZone>

#include <optional>

namespace textwell {

// What figures are about: a span of local days, in the business's time zone, and optionally only
// the people a segment matches now.
struct AnalyticsScope
{
    QDate first;
    QDate last;
    QTimeZone zone = QTimeZone::systemTimeZone();
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    std::optional<CompiledSegment> segment;

    Period period() const { return Period::of(first, last, zone); }

    // The `days` days up to and including `today`.
    static AnalyticsScope lastDays(int days, const QDate& today,
                                   const QTimeZone& zone = QTimeZone::systemTimeZone());
};

} // namespace textwell
