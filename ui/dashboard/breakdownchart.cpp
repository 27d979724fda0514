#include "breakdownchart.h"

#include "charttheme.h"
#include "dashboardformats.h"
#include "widgets/taborder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolButton>
#include <QToolTip>

#include <cmath>

using namespace textwell;

namespace {
// The share of the width the donut takes; its legend has the rest.
constexpr double DonutShare = 0.42;
} // namespace

BreakdownChart::BreakdownChart(const QString& title, std::function<QString(const QString&)> label,
                               QString empty, QWidget* parent)
    : ChartPanel(title, parent), m_label(std::move(label)), m_empty(std::move(empty)),
      m_barsButton(new QToolButton(this)), m_donutButton(new QToolButton(this))
{
    m_barsButton->setText(tr("Bars"));
    m_barsButton->setToolTip(tr("Show as bars"));
    m_donutButton->setText(tr("Donut"));
    m_donutButton->setToolTip(tr("Show as a donut, the shares of the whole"));
    auto* group = new QButtonGroup(this);
    for (QToolButton* button : {m_barsButton, m_donutButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        group->addButton(button);
        addHeaderWidget(button);
    }
    m_barsButton->setChecked(true);
    // The switch sits above the chart: Tab reaches it first.
    TabOrder::set({m_barsButton, m_donutButton, view()});
    connect(m_donutButton, &QToolButton::toggled, this, &BreakdownChart::setDonut);
}

void BreakdownChart::setData(const QVector<CodeCount>& counts)
{
    m_counts.clear();
    m_total = 0;
    for (const CodeCount& c : counts) {
        if (c.count > 0) {
            m_counts.append(c);
            m_total += c.count;
        }
    }
    rebuild();
}

void BreakdownChart::setDonut(bool donut)
{
    if (m_donut == donut)
        return;
    m_donut = donut;
    m_donutButton->setChecked(donut);
    m_barsButton->setChecked(!donut);
    rebuild();
}

void BreakdownChart::rebuild()
{
    m_barsButton->setEnabled(!m_counts.isEmpty());
    m_donutButton->setEnabled(!m_counts.isEmpty());
    if (m_counts.isEmpty()) {
        showPlaceholder(m_empty);
        return;
    }
    setChart(m_donut ? donutChart() : barChart());
    if (m_donut) {
        // Up to nine names beside the ring: a size smaller than the theme's.
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        chart()->legend()->setFont(small);
    }
    QStringList parts;
    for (const CodeCount& c : m_counts)
        parts.append(QStringLiteral("%1: %2").arg(m_label(c.code), DashboardFormats::count(c.count)));
    view()->setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

QChart* BreakdownChart::barChart()
{
    auto* chart = new QChart;
    auto* set = new QBarSet(title());
    QStringList labels;
    qint64 most = 0;
    for (int i = int(m_counts.size()) - 1; i >= 0; --i) {
        set->append(double(m_counts.at(i).count));
        labels.append(m_label(m_counts.at(i).code));
        most = qMax(most, m_counts.at(i).count);
    }
    set->setColor(ChartTheme::color(ChartTheme::Role::Bar, palette()));
    set->setBorderColor(set->color());
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    chart->addSeries(series);

    auto* codes = new QBarCategoryAxis;
    codes->append(labels);
    codes->setGridLineVisible(false);
    chart->addAxis(codes, Qt::AlignLeft);
    series->attachAxis(codes);
    // Room after the longest bar for its label.
    QCategoryAxis* counts = ChartTheme::valueAxis(
        0, double(most) * 1.15, 4, [](double v) { return DashboardFormats::count(qint64(std::llround(v))); },
        1);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    const QFontMetrics metrics(codes->labelsFont());
    m_widestLabel = 0;
    for (const QString& label : labels)
        m_widestLabel = qMax(m_widestLabel, metrics.horizontalAdvance(label));
    connect(chart, &QGraphicsWidget::geometryChanged, this, &BreakdownChart::fitLabels);

    connect(set, &QBarSet::clicked, this, [this](int index) { activateItem(barIndex(index)); });
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
        if (state)
            showItemToolTip(barIndex(index));
        else
            QToolTip::hideText();
    });
    return chart;
}

void BreakdownChart::fitLabels()
{
    QChart* shown = chart();
    if (!showsChart() || m_donut || !shown || shown->axes(Qt::Vertical).isEmpty())
        return;
    // Qt Charts gives the axes on one side at most 40 % of the width inside the margins
    // (CartesianChartLayout's maxAxisPortion) and right-aligns the labels in that room, so a long
    // one runs off the left edge. The left margin takes what the longest label needs beyond it;
    // it depends on the chart's width alone, so setting it does not call for another change.
    constexpr double AxisShare = 0.4;
    const QFontMetrics metrics(shown->axes(Qt::Vertical).first()->labelsFont());
    const double needed = m_widestLabel + metrics.averageCharWidth() * 2;
    const double inside = shown->size().width() - shown->margins().right();
    const int wanted = qMax(2, int(std::ceil((needed - AxisShare * inside) / (1 - AxisShare))));
    if (wanted != shown->margins().left()) {
        QMargins margins = shown->margins();
        margins.setLeft(wanted);
        shown->setMargins(margins);
    }
}

QChart* BreakdownChart::donutChart()
{
    auto* chart = new QChart;
    auto* series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.82);
    const QList<QColor> colors = ChartTheme::sliceColors(palette());
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    labelFont.setBold(true);
    for (int i = 0; i < m_counts.size(); ++i) {
        const CodeCount& c = m_counts.at(i);
        // The share on the ring where it fits; the names in the legend.
        const double share = double(c.count) / double(m_total);
        auto* slice = series->append(DashboardFormats::percent(share, 0), double(c.count));
        slice->setLabelVisible(share >= 0.07);
        slice->setLabelPosition(QPieSlice::LabelInsideNormal);
        slice->setLabelColor(Qt::white);
        slice->setLabelFont(labelFont);
        slice->setColor(colors.at(i % colors.size()));
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setBorderWidth(1);
        connect(slice, &QPieSlice::clicked, this, [this, i] { activateItem(i); });
        connect(slice, &QPieSlice::hovered, this, [this, i, slice](bool state) {
            slice->setExploded(state);
            if (state)
                showItemToolTip(i);
            else
                QToolTip::hideText();
        });
    }
    // The donut on the left, its legend beside it with more room than Qt Charts gives a legend
    // (40 % of the width, which cuts German labels short): placed by hand.
    series->setHorizontalPosition(DonutShare / 2 + 0.02);
    chart->addSeries(series);
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < m_counts.size(); ++i)
        markers.at(i)->setLabel(m_label(m_counts.at(i).code));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    chart->legend()->detachFromChart();
    connect(chart, &QChart::plotAreaChanged, this, &BreakdownChart::placeLegend);
    return chart;
}

void BreakdownChart::placeLegend()
{
    QChart* shown = chart();
    if (!m_donut || !shown)
        return;
    const QRectF plot = shown->plotArea();
    const QRectF legend(plot.left() + plot.width() * DonutShare, shown->rect().top(),
                        plot.width() * (1 - DonutShare), shown->rect().height());
    if (shown->legend()->geometry() != legend) {
        shown->legend()->setGeometry(legend);
        shown->legend()->update();
    }
}

QPointF BreakdownChart::itemPosition(int index) const
{
    if (m_donut) {
        // The middle of the chart: a slice's place is not exposed.
        return chart()->plotArea().center();
    }
    return chart()->mapToPosition(QPointF(double(m_counts.at(index).count), barIndex(index)));
}

QString BreakdownChart::itemToolTip(int index) const
{
    const CodeCount& c = m_counts.at(index);
    return tr("%1: %2 (%3 of all)")
        .arg(m_label(c.code), DashboardFormats::count(c.count),
             DashboardFormats::percent(double(c.count) / double(m_total), 1));
}

void BreakdownChart::activateItem(int index)
{
    if (index >= 0 && index < m_counts.size())
        Q_EMIT codeActivated(m_counts.at(index).code);
}
