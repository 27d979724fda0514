#include "charttheme.h"

#include "widgets/appearance.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QVector>

#include <cmath>

bool ChartTheme::isDark(const QPalette& palette)
{
    return Appearance::isDark(palette);
}

void ChartTheme::apply(QChart* chart, const QPalette& palette, const QFont& font)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = text;
    grid.setAlpha(isDark(palette) ? 45 : 30);
    QColor line = text;
    line.setAlpha(110);

    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    // Room for the labels Qt Charts centres on the plot's edges: the top value, the last tick.
    const QFontMetrics metrics(font);
    chart->setMargins(QMargins(2, metrics.height() / 2 + 2, metrics.averageCharWidth() * 3, 2));
    // The chart fills its view: no frame of another colour around it.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    chart->legend()->setBackgroundVisible(false);
    chart->legend()->setShowToolTips(true); // the whole label where it had to be cut short
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(small);
        axis->setLinePen(QPen(line, 1));
        axis->setGridLinePen(QPen(grid, 1));
        axis->setShadesVisible(false);
        axis->setTitleBrush(text);
        axis->setTitleFont(small);
        // Qt Charts elides long labels ("Too many messa…"); German ones are the longest.
        axis->setTruncateLabels(false);
    }
}

QColor ChartTheme::color(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Rate:
        return dark ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x1f, 0x5f, 0xae);
    case Role::Band: {
        QColor band = dark ? QColor(0x5c, 0xb8, 0x72) : QColor(0x3c, 0x9a, 0x55);
        band.setAlpha(dark ? 60 : 45);
        return band;
    }
    case Role::Threshold:
        return dark ? QColor(0xf0, 0x7a, 0x6e) : QColor(0xc0, 0x39, 0x2b);
    case Role::Gained:
        return dark ? QColor(0x5c, 0xb8, 0x72) : QColor(0x2e, 0x8b, 0x4a);
    case Role::Lost:
        return dark ? QColor(0xf0, 0x9a, 0x5e) : QColor(0xd3, 0x6b, 0x1e);
    case Role::Bar:
        return dark ? QColor(0x6c, 0xa8, 0xf0) : QColor(0x2f, 0x6f, 0xb7);
    }
    return palette.color(QPalette::Highlight);
}

QList<QColor> ChartTheme::sliceColors(const QPalette& palette)
{
    if (isDark(palette))
        return {QColor(0x6c, 0xa8, 0xf0), QColor(0xf0, 0x9a, 0x5e), QColor(0x5c, 0xb8, 0x72),
                QColor(0xd9, 0x8c, 0xd9), QColor(0xe8, 0xc8, 0x5a), QColor(0x5e, 0xc8, 0xc8),
                QColor(0xf0, 0x7a, 0x6e), QColor(0xa0, 0xa0, 0xa0)};
    return {QColor(0x2f, 0x6f, 0xb7), QColor(0xd3, 0x6b, 0x1e), QColor(0x2e, 0x8b, 0x4a),
            QColor(0x8e, 0x44, 0xad), QColor(0xb8, 0x8a, 0x00), QColor(0x16, 0x8a, 0x8a),
            QColor(0xc0, 0x39, 0x2b), QColor(0x70, 0x70, 0x70)};
}

double ChartTheme::niceStep(double span, int maxTicks)
{
    if (!(span > 0) || maxTicks < 1)
        return 1;
    const double raw = span / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QCategoryAxis* ChartTheme::valueAxis(double low, double high, int maxTicks,
                                     const std::function<QString(double)>& label, double minStep)
{
    if (!(high > low))
        high = low + 1;
    const double step = qMax(niceStep(high - low, maxTicks), minStep);
    const double first = std::floor(low / step + 1e-9) * step;
    const double last = std::ceil(high / step - 1e-9) * step;
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(first);
    QStringList used;
    for (double value = first; value <= last + step / 2; value += step) {
        const double tick = std::abs(value) < step / 1000 ? 0 : value; // no "-0"
        // QCategoryAxis drops a label it already has; a mirrored axis writes "20" above and below
        // zero. An invisible zero-width space keeps the second one.
        QString text = label(tick);
        while (used.contains(text))
            text.append(QChar(0x200B));
        used.append(text);
        axis->append(text, tick);
    }
    axis->setRange(first, last);
    return axis;
}

int ChartTheme::labelCategories(QCategoryAxis* axis, const QStringList& labels, int width, int previousStep)
{
    if (labels.isEmpty())
        return previousStep;
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const QString& label : labels)
        widest = qMax(widest, metrics.horizontalAdvance(label));
    const int fits = qMax(1, width / (widest + metrics.averageCharWidth() * 3));
    const int count = int(labels.size());
    const int step = qMax(1, (count + fits - 1) / fits);
    if (step == previousStep)
        return step;
    const QStringList old = axis->categoriesLabels();
    for (const QString& label : old)
        axis->remove(label);
    axis->setStartValue(-0.5);
    // From the newest backwards, so the latest period always has its label.
    QVector<int> labelled;
    for (int i = count - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (int i : labelled)
        axis->append(labels.at(i), i);
    return step;
}
