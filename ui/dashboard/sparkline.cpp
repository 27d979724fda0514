#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

Sparkline::Sparkline(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QVector<std::optional<double>>& values)
{
    m_values = values;
    update();
}

void Sparkline::setColor(const QColor& color)
{
    m_color = color;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 16, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent*)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const std::optional<double>& v : m_values) {
        if (!v)
            continue;
        low = any ? qMin(low, *v) : *v;
        high = any ? qMax(high, *v) : *v;
        any = true;
    }
    if (!any || m_values.size() < 2)
        return;
    // A flat line sits in the middle rather than on an edge.
    if (high - low < 1e-12) {
        low -= 1;
        high += 1;
    }
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const double dx = area.width() / double(m_values.size() - 1);
    auto pointAt = [&](int i) {
        return QPointF(area.left() + dx * i,
                       area.bottom() - (*m_values.at(i) - low) / (high - low) * area.height());
    };
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
    QPainterPath solid;  // between figures of neighbouring weeks
    QPainterPath bridge; // across weeks without a figure, fainter
    int last = -1;
    for (int i = 0; i < m_values.size(); ++i) {
        if (!m_values.at(i))
            continue;
        if (last < 0) {
            solid.moveTo(pointAt(i));
        } else if (last == i - 1) {
            solid.lineTo(pointAt(i));
        } else {
            bridge.moveTo(pointAt(last));
            bridge.lineTo(pointAt(i));
            solid.moveTo(pointAt(i));
        }
        last = i;
    }
    QColor faint = color;
    faint.setAlpha(110);
    painter.setPen(QPen(faint, 1.2, Qt::DotLine, Qt::RoundCap));
    painter.drawPath(bridge);
    painter.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(solid);
    // The latest figure as a dot: where the card's number sits on the line.
    if (last >= 0) {
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(pointAt(last), 2.8, 2.8);
    }
}
