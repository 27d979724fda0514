#include "threaddelegate.h"

#include "conversationdelegate.h"
#include "inboxformats.h"
#include "threadmodel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

namespace {

constexpr int Margin = 8; // around each bubble
constexpr int PadX = 10;  // inside it
constexpr int PadY = 6;
constexpr int MetaGap = 3;
constexpr qreal MaxShare = 0.75; // of the view's width

// Fixed light colours with dark text, readable in light and dark palettes alike.
const QColor IncomingFill(0xee, 0xef, 0xf1);
const QColor OutgoingFill(0xdc, 0xea, 0xfa);
const QColor BubbleText(0x1d, 0x1d, 0x1d);
const QColor MetaText(0x5f, 0x63, 0x68);

QTextOption wrapping()
{
    QTextOption option;
    // Words wrap; a long link or number without spaces is broken where it must.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// A text layout breaks lines only at a line separator: a message's own line breaks become one.
QString withLineBreaks(QString text)
{
    return text.replace(QLatin1String("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\n'), QChar::LineSeparator);
}

// Lays out `text` in `width`; returns the height and the widest line.
QSize measure(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(withLineBreaks(text), font);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {qCeil(widest), qCeil(height)};
}

void drawText(QPainter* painter, const QString& text, const QFont& font, const QRect& rect)
{
    QTextLayout layout(withLineBreaks(text), font);
    layout.setTextOption(wrapping());
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    layout.draw(painter, rect.topLeft());
}

// The line under the text; bold for a decision still to make.
QFont metaFont(QFont font, bool undecided)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    font.setBold(undecided);
    return font;
}

} // namespace

int ThreadDelegate::viewWidth(const QStyleOptionViewItem& option) const
{
    // A list view asks for sizes with an empty rectangle: the width to wrap to is its viewport's.
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

ThreadDelegate::Bubble ThreadDelegate::layout(const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const
{
    const bool incoming = index.data(ThreadModel::IncomingRole).toBool();
    const QString body = index.data(ThreadModel::BodyRole).toString();
    const QString meta = index.data(ThreadModel::MetaRole).toString();
    const int width = viewWidth(option);
    const int textWidth = qMax(80, int(width * MaxShare) - 2 * PadX);
    const QSize bodySize = measure(body, option.font, textWidth);
    const QSize metaSize =
        measure(meta, metaFont(option.font, index.data(ThreadModel::UndecidedRole).toBool()), textWidth);
    const int inner = qMax(bodySize.width(), metaSize.width());
    Bubble b;
    b.bodyHeight = qMax(bodySize.height(), QFontMetrics(option.font).height());
    b.metaHeight = metaSize.height();
    const int frameWidth = inner + 2 * PadX;
    const int frameHeight = b.bodyHeight + MetaGap + b.metaHeight + 2 * PadY;
    const int left = incoming ? Margin : qMax(Margin, width - Margin - frameWidth);
    b.frame = QRect(left, Margin / 2, frameWidth, frameHeight);
    b.body = QRect(left + PadX, Margin / 2 + PadY, inner, b.bodyHeight);
    b.meta = QRect(left + PadX, b.body.bottom() + 1 + MetaGap, inner, b.metaHeight);
    return b;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Bubble b = layout(option, index);
    return {viewWidth(option) - 1, b.frame.height() + Margin};
}

void ThreadDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    Bubble b = layout(option, index);
    const QPoint origin = option.rect.topLeft();
    b.frame.translate(origin);
    b.body.translate(origin);
    b.meta.translate(origin);

    const bool incoming = index.data(ThreadModel::IncomingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const int urgency = index.data(ThreadModel::UrgencyRole).toInt();
    const bool undecided = index.data(ThreadModel::UndecidedRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A possible opt-out to decide wears its deadline's colours; the chosen reply a highlight rim.
    QColor fill = incoming ? IncomingFill : OutgoingFill;
    QPen rim(Qt::NoPen);
    if (undecided) {
        fill = ConversationDelegate::badgeBackground(urgency);
        rim = QPen(ConversationDelegate::badgeText(urgency), 1);
    }
    if (selected)
        rim = QPen(option.palette.color(QPalette::Active, QPalette::Highlight), 2.5);
    painter->setPen(rim);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(b.frame).adjusted(1, 1, -1, -1), 10, 10);

    painter->setPen(BubbleText);
    drawText(painter, index.data(ThreadModel::BodyRole).toString(), option.font, b.body);
    painter->setPen(undecided ? ConversationDelegate::badgeText(urgency) : MetaText);
    drawText(painter, index.data(ThreadModel::MetaRole).toString(), metaFont(option.font, undecided), b.meta);
    painter->restore();
}
