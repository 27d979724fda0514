#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QStringList>

#include <functional>

class QAbstractAxis;
class QCategoryAxis;
class QChart;

// The dashboard's charts follow the window's palette, light or dark, and write their axes in the
// user's language with round ticks.
class ChartTheme
{
public:
    enum class Role
    {
        Rate,      // the unsubscribe rate line
        Band,      // the typical band
        Threshold, // the alert level
        Gained,
        Lost,
        Bar, // the bars of a breakdown
    };

    // Appearance::isDark, the one test for the whole app.
    static bool isDark(const QPalette& palette);
    // The chart's background, title, legend and every attached axis in the palette's colours.
    // Call once the series and axes are in place: the chart's theme resets them.
    static void apply(QChart* chart, const QPalette& palette, const QFont& font);
    static QColor color(Role role, const QPalette& palette);
    // Distinct colours for a donut's slices, readable on the palette's base.
    static QList<QColor> sliceColors(const QPalette& palette);

    // A round step (1, 2, 2.5 or 5 times a power of ten) that splits `span` into at most
    // `maxTicks` parts.
    static double niceStep(double span, int maxTicks);
    // An axis from `low` to `high` widened to round ticks, each labelled by `label` (the locale's
    // numbers, percent signs, or absolute counts): QValueAxis can only use printf formats.
    static QCategoryAxis* valueAxis(double low, double high, int maxTicks,
                                    const std::function<QString(double)>& label, double minStep = 0);
    // Labels categories 0..n-1 of an axis running from -0.5 to n-0.5, every so many so that they
    // fit side by side in `width` pixels, the last one always. Returns the step; does nothing
    // when it equals `previousStep`.
    static int labelCategories(QCategoryAxis* axis, const QStringList& labels, int width, int previousStep);
};
