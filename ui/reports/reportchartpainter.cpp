#include "reportchartpainter.h"

#include "reports/reportpalette.h"
#include "reports/reportvalues.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace textwell {

namespace {

QColor color(quint32 rgb)
{
    return QColor(QRgb(rgb));
}

bool finite(double value)
{
    return std::isfinite(value);
}

// The columns of one category together are at most this wide (in mm).
constexpr double MaxColumnGroupMm = 22;
// The text of a category label at most this wide (in mm) before it is elided.
constexpr double MaxCategoryLabelMm = 25;

double niceNumber(double value, bool round)
{
    const double exponent = std::floor(std::log10(value));
    const double fraction = value / std::pow(10.0, exponent);
    double nice = 10;
    if (round)
        nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    else
        nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * std::pow(10.0, exponent);
}

} // namespace

ReportChartPainter::ReportChartPainter(const ReportChart& chart, const QFont& font, const QLocale& locale)
    : m_chart(chart), m_font(font), m_locale(locale)
{}

ReportChartPainter::Scale ReportChartPainter::niceScale(double low, double high, int maxTicks)
{
    if (!finite(low) || !finite(high)) {
        low = 0;
        high = 1;
    }
    if (!(high > low))
        high = low + (low == 0 ? 1 : std::abs(low));
    const double range = niceNumber(high - low, false);
    Scale scale;
    scale.step = niceNumber(range / qMax(1, maxTicks - 1), true);
    scale.min = std::floor(low / scale.step + 1e-9) * scale.step;
    scale.max = std::ceil(high / scale.step - 1e-9) * scale.step;
    scale.decimals = qMax(0, int(-std::floor(std::log10(scale.step) + 1e-9)));
    return scale;
}

QFont ReportChartPainter::font(double points, bool bold) const
{
    QFont font = m_font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString ReportChartPainter::valueText(double value, int decimals) const
{
    return m_chart.percent ? ReportValues::percent(value, qMax(0, decimals - 2), m_locale)
                           : ReportValues::number(value, decimals, m_locale);
}

QVector<ReportChartPainter::LegendEntry> ReportChartPainter::legend() const
{
    QVector<LegendEntry> entries;
    const bool lines = m_chart.kind == ReportChart::Kind::Line;
    for (int i = 0; i < m_chart.series.size(); ++i)
        entries.append({lines ? LegendEntry::Mark::Line : LegendEntry::Mark::Box,
                        color(ReportPalette::seriesColor(i)), m_chart.series.at(i).name});
    if (m_chart.band)
        entries.append({LegendEntry::Mark::Band, color(ReportPalette::BandFill), m_chart.band->label});
    if (m_chart.threshold)
        entries.append(
            {LegendEntry::Mark::Dashed, color(ReportPalette::Threshold), m_chart.threshold->label});
    // One unnamed series needs no legend: the title says what it is.
    if (entries.size() == 1)
        entries.clear();
    return entries;
}

double ReportChartPainter::paintLegend(QPainter& painter, const QRectF& area, double mm) const
{
    const QVector<LegendEntry> entries = legend();
    if (entries.isEmpty())
        return 0;
    const QFont legendFont = font(7.5);
    const QFontMetricsF metrics(legendFont, painter.device());
    const double lineHeight = metrics.height() * 1.3;
    const double markWidth = 6 * mm;
    double x = area.left();
    double y = area.top();
    painter.setFont(legendFont);
    for (const LegendEntry& entry : entries) {
        const QString text =
            metrics.elidedText(entry.text, Qt::ElideRight, area.width() - markWidth - 2 * mm);
        const double width = markWidth + 1.5 * mm + metrics.horizontalAdvance(text);
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += lineHeight;
        }
        const double middle = y + lineHeight / 2;
        switch (entry.mark) {
        case LegendEntry::Mark::Line:
            painter.setPen(QPen(entry.color, 0.55 * mm, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, middle), QPointF(x + markWidth, middle));
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawEllipse(QPointF(x + markWidth / 2, middle), 0.8 * mm, 0.8 * mm);
            break;
        case LegendEntry::Mark::Box:
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawRoundedRect(QRectF(x + 1.5 * mm, middle - 1.5 * mm, 3 * mm, 3 * mm), 0.4 * mm,
                                    0.4 * mm);
            break;
        case LegendEntry::Mark::Band:
            painter.setPen(QPen(color(ReportPalette::BandLine), 0.2 * mm));
            painter.setBrush(entry.color);
            painter.drawRect(QRectF(x, middle - 1.5 * mm, markWidth, 3 * mm));
            break;
        case LegendEntry::Mark::Dashed: {
            QPen pen(entry.color, 0.4 * mm, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({3, 2});
            painter.setPen(pen);
            painter.drawLine(QPointF(x, middle), QPointF(x + markWidth, middle));
            break;
        }
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(color(ReportPalette::Ink));
        painter.drawText(QRectF(x + markWidth + 1.5 * mm, y, width, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 5 * mm;
    }
    return y + lineHeight - area.top();
}

void ReportChartPainter::paintAxes(QPainter& painter, const QRectF& area, double mm) const
{
    const bool lines = m_chart.kind == ReportChart::Kind::Line;
    const int count = int(m_chart.categories.size());

    // The value axis covers the data, zero, the band and the threshold.
    double low = 0;
    double high = 0;
    bool integral = true;
    for (int s = 0; s < m_chart.series.size(); ++s) {
        for (int c = 0; c < count; ++c) {
            const double value = m_chart.value(s, c);
            if (!finite(value))
                continue;
            low = qMin(low, value);
            high = qMax(high, value);
            integral = integral && value == std::trunc(value);
        }
    }
    if (m_chart.band) {
        low = qMin(low, m_chart.band->low);
        high = qMax(high, m_chart.band->high);
    }
    if (m_chart.threshold) {
        low = qMin(low, m_chart.threshold->value);
        high = qMax(high, m_chart.threshold->value);
    }
    if (high <= low)
        high = low + (m_chart.percent ? 0.01 : 1);
    // A little headroom so that the highest point does not touch the frame.
    const Scale scale = niceScale(low, high + (high - low) * 0.04, 6);

    const QFont labelFont = font(7);
    const QFontMetricsF metrics(labelFont, painter.device());
    painter.setFont(labelFont);

    QStringList tickTexts;
    double tickWidth = 0;
    const int tickCount = int(std::round((scale.max - scale.min) / scale.step)) + 1;
    for (int i = 0; i < tickCount; ++i) {
        tickTexts.append(valueText(scale.min + i * scale.step, scale.decimals));
        tickWidth = qMax(tickWidth, metrics.horizontalAdvance(tickTexts.last()));
    }

    QRectF plot = area;
    plot.setLeft(area.left() + tickWidth + 2 * mm);
    plot.setRight(area.right() - 1 * mm);
    plot.setTop(area.top() + metrics.height() / 2);
    const double slot = plot.width() / qMax(1, count);

    // Category labels: level when they fit their slot; a line chart shows every n-th; a column
    // chart wraps them onto up to three lines, else turns them by 45°, and thins them only when
    // even that is too crowded.
    QStringList labels = m_chart.categories;
    double labelWidth = 0;
    for (const QString& label : labels)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(label));
    bool rotated = false;
    int every = 1;
    double labelsHeight = metrics.height();
    const double room = slot - 1.5 * mm;
    double wrappedHeight = 0;
    const auto fitsThreeLines = [&](const QString& label) {
        const QRectF needed =
            metrics.boundingRect(QRectF(0, 0, room, 10 * metrics.height()), Qt::TextWordWrap, label);
        wrappedHeight = qMax(wrappedHeight, needed.height());
        return needed.width() <= room && needed.height() <= 3 * metrics.lineSpacing() + 0.5;
    };
    if (labelWidth > room && !lines && std::all_of(labels.cbegin(), labels.cend(), fitsThreeLines)) {
        labelsHeight = wrappedHeight;
    } else if (labelWidth > room) {
        // Too wide for their slots: long ones are elided first.
        labelWidth = 0;
        for (QString& label : labels) {
            label = metrics.elidedText(label, Qt::ElideRight, MaxCategoryLabelMm * mm);
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(label));
        }
        if (lines) {
            every = int(std::ceil((labelWidth + 3 * mm) / slot));
        } else {
            rotated = true;
            every = int(std::ceil(metrics.height() * 1.5 / slot));
            labelsHeight = (labelWidth + metrics.height()) * 0.7072; // sin 45°
        }
    }
    plot.setBottom(area.bottom() - labelsHeight - 1.5 * mm);
    const auto toY = [&](double value) {
        return plot.bottom() - (value - scale.min) / (scale.max - scale.min) * plot.height();
    };
    const auto slotCentre = [&](int category) { return plot.left() + (category + 0.5) * slot; };

    // The band behind everything.
    if (m_chart.band) {
        const QRectF band(QPointF(plot.left(), toY(m_chart.band->high)),
                          QPointF(plot.right(), toY(m_chart.band->low)));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(ReportPalette::BandFill));
        painter.drawRect(band);
        painter.setPen(QPen(color(ReportPalette::BandLine), 0.2 * mm));
        painter.drawLine(band.topLeft(), band.topRight());
        painter.drawLine(band.bottomLeft(), band.bottomRight());
        painter.setBrush(Qt::NoBrush);
    }

    // Grid lines and value labels.
    for (int i = 0; i < tickCount; ++i) {
        const double y = toY(scale.min + i * scale.step);
        painter.setPen(QPen(color(ReportPalette::Rule), 0.15 * mm));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(color(ReportPalette::Muted));
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2, tickWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickTexts.at(i));
    }
    const double zero = toY(qBound(scale.min, 0.0, scale.max));
    painter.setPen(QPen(color(ReportPalette::Muted), 0.25 * mm));
    painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero));

    if (lines) {
        const bool markers = count <= 40;
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const QColor seriesColor = color(ReportPalette::seriesColor(s));
            painter.setPen(QPen(seriesColor, 0.55 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            // A gap (NaN) ends one stretch of line and starts the next.
            QPainterPath path;
            bool drawing = false;
            for (int c = 0; c < count; ++c) {
                const double value = m_chart.value(s, c);
                if (!finite(value)) {
                    drawing = false;
                    continue;
                }
                const QPointF point(slotCentre(c), toY(value));
                if (drawing)
                    path.lineTo(point);
                else
                    path.moveTo(point);
                drawing = true;
            }
            painter.drawPath(path);
            if (markers) {
                painter.setPen(QPen(Qt::white, 0.25 * mm));
                painter.setBrush(seriesColor);
                for (int c = 0; c < count; ++c) {
                    const double value = m_chart.value(s, c);
                    if (finite(value))
                        painter.drawEllipse(QPointF(slotCentre(c), toY(value)), 0.85 * mm, 0.85 * mm);
                }
            }
        }
    } else {
        const int seriesCount = qMax(1, int(m_chart.series.size()));
        // A few categories on a wide chart keep slim columns rather than slabs.
        const double group = qMin(slot * 0.72, MaxColumnGroupMm * mm);
        const double barWidth = group / seriesCount;
        const int decimals = m_chart.percent ? 3 : integral ? 0 : 1;
        // Values above the columns while there is room for them.
        bool valueLabels = count * seriesCount <= 16;
        for (int s = 0; s < m_chart.series.size() && valueLabels; ++s) {
            for (int c = 0; c < count && valueLabels; ++c) {
                const double value = m_chart.value(s, c);
                if (finite(value) &&
                    metrics.horizontalAdvance(valueText(value, decimals)) > barWidth + slot * 0.2)
                    valueLabels = false;
            }
        }
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const QColor seriesColor = color(ReportPalette::seriesColor(s));
            for (int c = 0; c < count; ++c) {
                const double value = m_chart.value(s, c);
                if (!finite(value))
                    continue;
                const double left = plot.left() + c * slot + (slot - group) / 2 + s * barWidth;
                const QRectF bar(QPointF(left + barWidth * 0.06, toY(qMax(value, 0.0))),
                                 QPointF(left + barWidth * 0.94, toY(qMin(value, 0.0))));
                painter.setPen(Qt::NoPen);
                painter.setBrush(seriesColor);
                painter.drawRect(bar);
                if (valueLabels) {
                    painter.setPen(color(ReportPalette::Ink));
                    const double labelTop = bar.top() - metrics.height() - 0.5 * mm;
                    painter.drawText(
                        QRectF(left - slot * 0.1, labelTop, barWidth + slot * 0.2, metrics.height()),
                        Qt::AlignHCenter | Qt::AlignBottom, valueText(value, decimals));
                }
            }
        }
        painter.setBrush(Qt::NoBrush);
    }

    // The threshold over the data, so that a line crossing it shows.
    if (m_chart.threshold) {
        QPen pen(color(ReportPalette::Threshold), 0.4 * mm, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({4, 3});
        painter.setPen(pen);
        const double y = toY(m_chart.threshold->value);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    painter.setPen(color(ReportPalette::Muted));
    for (int c = 0; c < count; c += every) {
        const double x = slotCentre(c);
        if (rotated) {
            painter.save();
            painter.translate(x + metrics.height() * 0.3, plot.bottom() + 1.2 * mm);
            painter.rotate(-45);
            painter.drawText(
                QRectF(-labelWidth - mm, -metrics.height() / 2, labelWidth + mm, metrics.height()),
                Qt::AlignRight | Qt::AlignVCenter, labels.at(c));
            painter.restore();
        } else {
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 0.8 * mm));
            const double width = slot * every;
            painter.drawText(QRectF(x - width / 2, plot.bottom() + 1.2 * mm, width, labelsHeight),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, labels.at(c));
        }
    }
}

void ReportChartPainter::paintDonut(QPainter& painter, const QRectF& area, double mm) const
{
    const int count = int(m_chart.categories.size());
    double total = 0;
    for (int c = 0; c < count; ++c) {
        const double value = m_chart.value(0, c);
        if (finite(value) && value > 0)
            total += value;
    }
    const QFont labelFont = font(8);
    const QFontMetricsF metrics(labelFont, painter.device());
    if (total <= 0) {
        painter.setFont(labelFont);
        painter.setPen(color(ReportPalette::Muted));
        painter.drawText(area, Qt::AlignCenter, tr("No data"));
        return;
    }

    const double diameter = qMin(area.height(), area.width() * 0.38);
    const QRectF outer(area.left() + 4 * mm, area.top() + (area.height() - diameter) / 2, diameter, diameter);
    const double thickness = diameter * 0.2;
    const QRectF inner = outer.adjusted(thickness, thickness, -thickness, -thickness);

    // Clockwise from twelve o'clock; Qt's angles run the other way.
    double start = 90;
    for (int c = 0; c < count; ++c) {
        const double value = m_chart.value(0, c);
        if (!finite(value) || value <= 0)
            continue;
        const double span = value / total * 360.0;
        QPainterPath slice;
        slice.arcMoveTo(outer, start);
        slice.arcTo(outer, start, -span);
        slice.arcTo(inner, start - span, span);
        slice.closeSubpath();
        painter.setPen(QPen(Qt::white, 0.5 * mm));
        painter.setBrush(color(ReportPalette::seriesColor(c)));
        painter.drawPath(slice);
        start -= span;
    }
    painter.setBrush(Qt::NoBrush);

    // The total in the hole, when the values are counts that add up.
    if (!m_chart.percent) {
        const QFont totalFont = font(13, true);
        const QFontMetricsF totalMetrics(totalFont, painter.device());
        const QString name = m_chart.series.value(0).name;
        const double height = totalMetrics.height() + (name.isEmpty() ? 0 : metrics.height());
        double y = inner.center().y() - height / 2;
        painter.setFont(totalFont);
        painter.setPen(color(ReportPalette::Ink));
        painter.drawText(QRectF(inner.left(), y, inner.width(), totalMetrics.height()), Qt::AlignCenter,
                         ReportValues::number(total, total == std::trunc(total) ? 0 : 1, m_locale));
        y += totalMetrics.height();
        if (!name.isEmpty()) {
            painter.setFont(labelFont);
            painter.setPen(color(ReportPalette::Muted));
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), Qt::AlignCenter,
                             metrics.elidedText(name, Qt::ElideRight, inner.width() * 0.9));
        }
    }

    // The legend: a swatch, the category, its value and its share.
    QStringList values;
    QStringList shares;
    double valueWidth = 0;
    double shareWidth = 0;
    bool integral = true;
    for (int c = 0; c < count; ++c) {
        const double value = m_chart.value(0, c);
        integral = integral && (!finite(value) || value == std::trunc(value));
    }
    for (int c = 0; c < count; ++c) {
        const double value = m_chart.value(0, c);
        const bool shown = finite(value) && value > 0;
        values.append(shown ? valueText(value, m_chart.percent ? 3 : integral ? 0 : 1) : QString());
        shares.append(shown ? ReportValues::percent(value / total, 1, m_locale) : QString());
        valueWidth = qMax(valueWidth, metrics.horizontalAdvance(values.last()));
        shareWidth = qMax(shareWidth, metrics.horizontalAdvance(shares.last()));
    }
    const QFont shareFont = font(8, true);
    shareWidth *= 1.08; // bold
    const double left = outer.right() + 10 * mm;
    const double right = area.right();
    const double rowHeight = qMin(metrics.height() * 1.6, area.height() / qMax(1, count));
    double y = outer.center().y() - rowHeight * count / 2;
    for (int c = 0; c < count; ++c, y += rowHeight) {
        const double middle = y + rowHeight / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(ReportPalette::seriesColor(c)));
        painter.drawRoundedRect(QRectF(left, middle - 1.6 * mm, 3.2 * mm, 3.2 * mm), 0.5 * mm, 0.5 * mm);
        painter.setBrush(Qt::NoBrush);
        const double textLeft = left + 5 * mm;
        const double shareLeft = right - shareWidth;
        const double valueLeft = shareLeft - 4 * mm - valueWidth;
        painter.setFont(labelFont);
        painter.setPen(color(ReportPalette::Ink));
        painter.drawText(
            QRectF(textLeft, y, valueLeft - textLeft - 3 * mm, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_chart.categories.at(c), Qt::ElideRight, valueLeft - textLeft - 3 * mm));
        painter.setPen(color(ReportPalette::Muted));
        painter.drawText(QRectF(valueLeft, y, valueWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         values.at(c));
        painter.setFont(shareFont);
        painter.setPen(color(ReportPalette::Ink));
        painter.drawText(QRectF(shareLeft, y, shareWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         shares.at(c));
        // A hairline between rows keeps long lists readable.
        if (c + 1 < count) {
            painter.setPen(QPen(color(ReportPalette::Rule), 0.12 * mm));
            painter.drawLine(QPointF(textLeft, y + rowHeight), QPointF(right, y + rowHeight));
        }
    }
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& area) const
{
    const double mm = painter.device()->logicalDpiX() / 25.4;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF rest = area;
    if (!m_chart.title.isEmpty()) {
        const QFont titleFont = font(9.5, true);
        const QFontMetricsF metrics(titleFont, painter.device());
        painter.setFont(titleFont);
        painter.setPen(color(ReportPalette::Ink));
        painter.drawText(QRectF(rest.left(), rest.top(), rest.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_chart.title, Qt::ElideRight, rest.width()));
        rest.setTop(rest.top() + metrics.height() + 2 * mm);
    }
    if (m_chart.categories.isEmpty() || m_chart.series.isEmpty()) {
        painter.setFont(font(8));
        painter.setPen(color(ReportPalette::Muted));
        painter.drawText(rest, Qt::AlignCenter, tr("No data"));
    } else if (m_chart.kind == ReportChart::Kind::Donut) {
        paintDonut(painter, rest, mm);
    } else {
        const double legendHeight = paintLegend(painter, rest, mm);
        if (legendHeight > 0)
            rest.setTop(rest.top() + legendHeight + 2.5 * mm);
        paintAxes(painter, rest, mm);
    }
    painter.restore();
}

} // namespace textwell
