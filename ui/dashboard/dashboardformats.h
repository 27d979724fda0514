#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// How the dashboard writes rates, changes and counts, in the user's language, so the cards, the
// charts' axes and tooltips, the table and the drill-down agree.
class DashboardFormats
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFormats)

public:
    // "1.2%" in English, "1,2 %" in German and Russian; a fraction, 0.012 for 1.2 %.
    static QString percent(double fraction, int decimals = 1);
    // As percent(), with enough decimals that a small rate does not read as 0 %.
    static QString rate(double fraction);
    // The rate, or a dash where there is none.
    static QString rate(const std::optional<double>& fraction);
    // A change between two rates in percentage points, with its sign: "+0.4 pp", "−1.1 pp".
    static QString points(double fractionChange);
    // "1,234" in the user's language.
    static QString count(qint64 n);
    // The dash that stands for "no figure".
    static QString none();
};
