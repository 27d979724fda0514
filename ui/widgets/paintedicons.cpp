#include "paintedicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace {

// Draws the icon into the square given, at the painter's scale.
using Drawing = std::function<void(QPainter* painter, const QRectF& square, QIcon::Mode mode)>;

class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Drawing draw) : m_draw(std::move(draw)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                            side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        m_draw(painter, square, mode);
        painter->restore();
    }

    // QIcon asks for the pixels the screen shows (`size` is already times the pixel ratio): a
    // pixmap of exactly that many, drawn for them.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PaintedIconEngine(m_draw); }

private:
    Drawing m_draw;
};

QColor forMode(QColor color, QIcon::Mode mode)
{
    if (mode == QIcon::Disabled)
        color.setAlphaF(color.alphaF() * 0.4);
    return color;
}

} // namespace

QIcon PaintedIcons::close(const QColor& color)
{
    return QIcon(new PaintedIconEngine([color](QPainter* painter, const QRectF& square, QIcon::Mode mode) {
        // A cross over the middle half, strokes a twelfth of the side thick.
        const qreal inset = square.width() * 0.28;
        const QRectF cross = square.adjusted(inset, inset, -inset, -inset);
        painter->setPen(
            QPen(forMode(color, mode), qMax(1.0, square.width() / 12), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(cross.topLeft(), cross.bottomRight());
        painter->drawLine(cross.topRight(), cross.bottomLeft());
    }));
}

QIcon PaintedIcons::warning()
{
    return QIcon(new PaintedIconEngine([](QPainter* painter, const QRectF& square, QIcon::Mode mode) {
        const qreal side = square.width();
        QPainterPath triangle;
        triangle.moveTo(square.left() + side / 2, square.top() + side * 0.06);
        triangle.lineTo(square.right() - side * 0.03, square.bottom() - side * 0.08);
        triangle.lineTo(square.left() + side * 0.03, square.bottom() - side * 0.08);
        triangle.closeSubpath();
        // Amber with a darker rim and a near-black mark: readable on light and dark backgrounds.
        painter->setPen(QPen(forMode(QColor(0xb0, 0x7a, 0x00), mode), qMax(1.0, side / 16), Qt::SolidLine,
                             Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(forMode(QColor(0xf5, 0xb8, 0x16), mode));
        painter->drawPath(triangle);
        const QColor mark = forMode(QColor(0x1d, 0x1d, 0x1d), mode);
        const qreal x = square.left() + side / 2;
        painter->setPen(QPen(mark, side / 9, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(x, square.top() + side * 0.36), QPointF(x, square.top() + side * 0.62));
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
        painter->drawEllipse(QPointF(x, square.top() + side * 0.76), side / 15, side / 15);
    }));
}

QIcon PaintedIcons::dot(const QColor& color)
{
    return QIcon(new PaintedIconEngine([color](QPainter* painter, const QRectF& square, QIcon::Mode mode) {
        const qreal margin = square.width() * 0.22;
        painter->setPen(Qt::NoPen);
        painter->setBrush(forMode(color, mode));
        painter->drawEllipse(square.adjusted(margin, margin, -margin, -margin));
    }));
}
