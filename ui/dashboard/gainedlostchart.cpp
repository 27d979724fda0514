#include "gainedlostchart.h"

#include "charttheme.h"
#include "dashboardformats.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>

#include <cmath>

using namespace textwell;

GainedLostChart::GainedLostChart(QWidget* parent) : ChartPanel(tr("Subscribers gained and lost"), parent)
{
    setObjectName(QStringLiteral("gainedLostChart"));
    view()->setObjectName(QStringLiteral("gainedLostChartView"));
}

void GainedLostChart::setData(const QVector<PeriodFigures>& timeline, Granularity granularity)
{
    m_timeline = timeline;
    m_granularity = granularity;
    rebuild();
}

void GainedLostChart::rebuild()
{
    qint64 mostGained = 0;
    qint64 mostLost = 0;
    for (const PeriodFigures& p : m_timeline) {
        mostGained = qMax(mostGained, p.gained);
        mostLost = qMax(mostLost, p.lost);
    }
    if (mostGained == 0 && mostLost == 0) {
        showPlaceholder(tr("Nobody gave or withdrew consent in these days. New subscribers and "
                           "opt-outs show here, period by period."));
        return;
    }
    const QPalette pal = palette();
    auto* chart = new QChart;
    auto* gained = new QBarSet(tr("Gained"));
    auto* lost = new QBarSet(tr("Lost"));
    for (const PeriodFigures& p : m_timeline) {
        gained->append(double(p.gained));
        lost->append(-double(p.lost));
    }
    gained->setColor(ChartTheme::color(ChartTheme::Role::Gained, pal));
    gained->setBorderColor(gained->color());
    lost->setColor(ChartTheme::color(ChartTheme::Role::Lost, pal));
    lost->setBorderColor(lost->color());
    auto* series = new QStackedBarSeries;
    series->append(gained);
    series->append(lost);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // Losses are drawn below zero but counted as people: the axis writes them without a sign.
    const double top = qMax(1.0, double(mostGained) * 1.1);
    const double bottom = -qMax(mostLost > 0 ? 1.0 : 0.0, double(mostLost) * 1.1);
    QCategoryAxis* people = ChartTheme::valueAxis(
        bottom, top, 6, [](double v) { return DashboardFormats::count(std::llabs(std::llround(v))); }, 1);
    chart->addAxis(people, Qt::AlignLeft);
    series->attachAxis(people);
    m_periodAxis = new QCategoryAxis;
    m_periodAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_periodAxis->setGridLineVisible(false);
    m_periodAxis->setRange(-0.5, double(m_timeline.size()) - 0.5);
    chart->addAxis(m_periodAxis, Qt::AlignBottom);
    series->attachAxis(m_periodAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto hover = [this](bool state, int index) {
        if (state)
            showItemToolTip(index);
        else
            QToolTip::hideText();
    };
    connect(gained, &QBarSet::hovered, this, hover);
    connect(lost, &QBarSet::hovered, this, hover);
    setChart(chart);
    m_labelStep = 0;
    labelPeriods();

    qint64 totalGained = 0;
    qint64 totalLost = 0;
    for (const PeriodFigures& p : m_timeline) {
        totalGained += p.gained;
        totalLost += p.lost;
    }
    view()->setAccessibleDescription(
        tr("In these days: %1 gained, %2 lost.")
            .arg(DashboardFormats::count(totalGained), DashboardFormats::count(totalLost)));
}

void GainedLostChart::labelPeriods()
{
    if (!m_periodAxis)
        return;
    QStringList labels;
    for (const PeriodFigures& p : m_timeline)
        labels.append(p.period.label(m_granularity));
    // The plot is narrower than the view by the value axis and the margins.
    const int width = qMax(100, view()->width() - fontMetrics().averageCharWidth() * 12);
    m_labelStep = ChartTheme::labelCategories(m_periodAxis, labels, width, m_labelStep);
}

void GainedLostChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    if (showsChart())
        labelPeriods();
}

QPointF GainedLostChart::itemPosition(int index) const
{
    return chart()->mapToPosition(QPointF(index, double(m_timeline.at(index).gained)));
}

QString GainedLostChart::itemToolTip(int index) const
{
    const PeriodFigures& p = m_timeline.at(index);
    return tr("%1: %2 gained, %3 lost")
        .arg(p.period.label(m_granularity), DashboardFormats::count(p.gained),
             DashboardFormats::count(p.lost));
}
