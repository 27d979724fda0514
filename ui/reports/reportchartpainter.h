#pragma once

#include "reports/reportchart.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace textwell {

// Draws a report chart with QPainter on any device (a PDF page, an image): a title, a legend,
// axes with round ticks, lines or grouped columns with a shaded band and a dashed threshold, or a
// donut with the share of each slice. No Qt Charts, so that it works wherever QtGui does (the CLI).
// Sizes follow the device's resolution: the same chart is as large in millimetres on any device.
class ReportChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartPainter)

public:
    ReportChartPainter(const ReportChart& chart, const QFont& font, const QLocale& locale = QLocale());

    void paint(QPainter& painter, const QRectF& area) const;

    // An axis from min to max in steps of 1, 2 or 5 times a power of ten, with at most maxTicks
    // ticks, covering low..high; decimals is what a label of it needs.
    struct Scale
    {
        double min = 0;
        double max = 1;
        double step = 0.2;
        int decimals = 1;
    };
    static Scale niceScale(double low, double high, int maxTicks);

private:
    struct LegendEntry
    {
        enum class Mark
        {
            Line,
            Box,
            Band,
            Dashed,
        };
        Mark mark;
        QColor color;
        QString text;
    };

    QFont font(double points, bool bold = false) const;
    QString valueText(double value, int decimals) const;
    QVector<LegendEntry> legend() const;
    double paintLegend(QPainter& painter, const QRectF& area, double mm) const; // returns its height
    void paintAxes(QPainter& painter, const QRectF& area, double mm) const;
    void paintDonut(QPainter& painter, const QRectF& area, double mm) const;

    const ReportChart& m_chart;
    QFont m_font;
    QLocale m_locale;
};

} // namespace textwell
