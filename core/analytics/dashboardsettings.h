#pragma once

#include "util/result.h"

#include <QSqlDatabase>

#include <optional>

namespace textwell {

// What the dashboard compares the unsubscribe rate with, kept with the business's settings so
// every desk sees the same: the band typical for SMS marketing (0.5–2 % of recipients per
// campaign) and the rate above which it raises an alert.
struct DashboardSettings
{
    double typicalLow = 0.005;
    double typicalHigh = 0.02;
    double alertThreshold = 0.02;

    // The stored values, or the defaults above.
    static DashboardSettings load(const QSqlDatabase& db);
    Status save(const QSqlDatabase& db) const;
    // Why these values cannot be stored ("the band's low end is above its high end"), or "".
    QString problem() const;
    bool isAlert(const std::optional<double>& rate) const { return rate && *rate > alertThreshold; }
};

} // namespace textwell
