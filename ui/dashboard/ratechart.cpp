#include "ratechart.h"

#include "charttheme.h"
#include "dashboardformats.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>

#include <cmath>

using namespace textwell;

RateChart::RateChart(QWidget* parent) : ChartPanel(tr("Unsubscribe rate over time"), parent)
{
    setObjectName(QStringLiteral("rateChart"));
    view()->setObjectName(QStringLiteral("rateChartView"));
    view()->setToolTip(tr("Click a point to see who left after those campaigns"));
}

void RateChart::setData(const QVector<PeriodFigures>& timeline, Granularity granularity,
                        const DashboardSettings& settings)
{
    m_timeline = timeline;
    m_granularity = granularity;
    m_settings = settings;
    m_points.clear();
    for (int i = 0; i < m_timeline.size(); ++i) {
        if (m_timeline.at(i).unsubscribeRate.rate())
            m_points.append(i);
    }
    rebuild();
}

void RateChart::rebuild()
{
    if (m_points.isEmpty()) {
        showPlaceholder(tr("No campaign went out in these days, so there is no unsubscribe rate to "
                           "show yet. Each campaign you send adds a point here."));
        return;
    }
    const QPalette pal = palette();
    auto* chart = new QChart;
    const int periods = int(m_timeline.size());
    const double left = -0.5;
    const double right = periods - 0.5;

    // The typical band and the alert level first, so the rate's line is drawn above them.
    auto* bandLow = new QLineSeries(chart);
    auto* bandHigh = new QLineSeries(chart);
    bandLow->append({{left, m_settings.typicalLow}, {right, m_settings.typicalLow}});
    bandHigh->append({{left, m_settings.typicalHigh}, {right, m_settings.typicalHigh}});
    auto* band = new QAreaSeries(bandHigh, bandLow);
    band->setName(tr("Typical: %1 to %2")
                      .arg(DashboardFormats::rate(m_settings.typicalLow),
                           DashboardFormats::rate(m_settings.typicalHigh)));
    band->setBrush(ChartTheme::color(ChartTheme::Role::Band, pal));
    band->setPen(Qt::NoPen);
    chart->addSeries(band);

    auto* threshold = new QLineSeries;
    threshold->setName(tr("Alert level: %1").arg(DashboardFormats::rate(m_settings.alertThreshold)));
    threshold->append({{left, m_settings.alertThreshold}, {right, m_settings.alertThreshold}});
    QPen thresholdPen(ChartTheme::color(ChartTheme::Role::Threshold, pal), 1.5, Qt::DashLine);
    threshold->setPen(thresholdPen);
    chart->addSeries(threshold);

    auto* rate = new QLineSeries;
    rate->setName(tr("Unsubscribe rate"));
    double highest = qMax(m_settings.alertThreshold, m_settings.typicalHigh);
    for (int period : m_points) {
        const double value = *m_timeline.at(period).unsubscribeRate.rate();
        rate->append(period, value);
        highest = qMax(highest, value);
    }
    const QColor rateColor = ChartTheme::color(ChartTheme::Role::Rate, pal);
    rate->setPen(QPen(rateColor, 2.5));
    rate->setPointsVisible(true);
    rate->setMarkerSize(7);
    chart->addSeries(rate);
    // Points over the alert level stand out in its colour.
    auto* alerts = new QScatterSeries;
    alerts->setMarkerSize(11);
    alerts->setColor(ChartTheme::color(ChartTheme::Role::Threshold, pal));
    alerts->setBorderColor(alerts->color());
    for (int period : m_points) {
        const double value = *m_timeline.at(period).unsubscribeRate.rate();
        if (m_settings.isAlert(value))
            alerts->append(period, value);
    }
    chart->addSeries(alerts);

    QCategoryAxis* rateAxis = ChartTheme::valueAxis(
        0, highest * 1.1, 5, [](double v) { return DashboardFormats::rate(v); }, 0.0005);
    chart->addAxis(rateAxis, Qt::AlignLeft);
    m_periodAxis = new QCategoryAxis;
    m_periodAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_periodAxis->setGridLineVisible(false);
    m_periodAxis->setRange(left, right);
    chart->addAxis(m_periodAxis, Qt::AlignBottom);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(m_periodAxis);
        series->attachAxis(rateAxis);
    }

    chart->legend()->setAlignment(Qt::AlignBottom);
    // The red markers explain themselves through the alert line; no legend entry of their own.
    for (QLegendMarker* marker : chart->legend()->markers(alerts))
        marker->setVisible(false);

    connect(rate, &QXYSeries::clicked, this, [this](const QPointF& point) {
        if (const int index = pointAt(point); index >= 0)
            activateItem(index);
    });
    connect(alerts, &QXYSeries::clicked, this, [this](const QPointF& point) {
        if (const int index = pointAt(point); index >= 0)
            activateItem(index);
    });
    auto hover = [this](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        if (const int index = pointAt(point); index >= 0)
            showItemToolTip(index);
    };
    connect(rate, &QXYSeries::hovered, this, hover);
    connect(alerts, &QXYSeries::hovered, this, hover);
    setChart(chart);
    m_labelStep = 0;
    labelPeriods();

    QString description = tr("%n period(s) with campaigns.", nullptr, int(m_points.size()));
    description += QLatin1Char(' ') +
                   tr("Latest: %1 (%2).")
                       .arg(DashboardFormats::rate(m_timeline.at(m_points.last()).unsubscribeRate.rate()),
                            m_timeline.at(m_points.last()).period.label(m_granularity));
    view()->setAccessibleDescription(description);
}

void RateChart::labelPeriods()
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

void RateChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    if (showsChart())
        labelPeriods();
}

int RateChart::pointAt(const QPointF& value) const
{
    const int period = int(std::lround(value.x()));
    return int(m_points.indexOf(period));
}

QPointF RateChart::itemPosition(int index) const
{
    const int period = m_points.at(index);
    const QPointF value(period, *m_timeline.at(period).unsubscribeRate.rate());
    return chart()->mapToPosition(value);
}

QString RateChart::periodToolTip(int period) const
{
    const PeriodFigures& p = m_timeline.at(period);
    return tr("%1: %2\n%Ln opt-out(s) of %3 messages reached", nullptr, int(p.unsubscribeRate.optOuts))
        .arg(p.period.label(m_granularity), DashboardFormats::rate(p.unsubscribeRate.rate()),
             DashboardFormats::count(p.unsubscribeRate.reached));
}

QString RateChart::itemToolTip(int index) const
{
    return periodToolTip(m_points.at(index));
}

void RateChart::activateItem(int index)
{
    if (index >= 0 && index < m_points.size())
        Q_EMIT periodActivated(m_points.at(index));
}
