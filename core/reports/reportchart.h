#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace textwell {

// One named line, set of bars or ring of a chart: a value per category. A NaN value is a gap
// (a day without messages has no rate).
struct ReportSeries
{
    QString name;
    QVector<double> values;
};

// A shaded range behind the data, e.g. the industry's usual unsubscribe rate "typical 0.5–2 %".
struct ReportBand
{
    double low = 0;
    double high = 0;
    QString label;
};

// A line across the chart the data should stay under, e.g. the alert threshold "alert 2 %".
struct ReportThreshold
{
    double value = 0;
    QString label;
};

// A chart as data: every format draws it its own way (a native chart in XLSX, a drawing in PDF,
// its data table in CSV).
struct ReportChart
{
    enum class Kind
    {
        Line,  // a trend over the categories (days, weeks)
        Bar,   // a column per category and series
        Donut, // the share of each category in the first series
    };

    Kind kind = Kind::Line;
    QString title;
    // Names the category column of the chart's data ("Day", "Reason"); "Category" when empty.
    QString categoryTitle;
    QStringList categories;
    QVector<ReportSeries> series;
    // The values are fractions shown as percentages (0.024 is 2.4 %).
    bool percent = false;
    std::optional<ReportBand> band;           // lines and bars only
    std::optional<ReportThreshold> threshold; // lines and bars only

    // The value of series at category, NaN where it has none.
    double value(int series, int category) const;
};

} // namespace textwell
