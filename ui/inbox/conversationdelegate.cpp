#include "conversationdelegate.h"

#include "conversationlistmodel.h"
#include "inboxformats.h"
#include "widgets/appearance.h"
#include "widgets/semanticcolors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int PadX = 10;
constexpr int PadY = 7;
constexpr int LineGap = 3;
constexpr int PillPadX = 6;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallerOf(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

// A rounded label; returns its width.
int drawPill(QPainter* painter, const QRect& area, const QString& text, const QFont& font,
             const QColor& background, const QColor& foreground, Qt::Alignment side)
{
    const QFontMetrics metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, area.width() - 2 * PillPadX + 1);
    const int width = metrics.horizontalAdvance(shown) + 2 * PillPadX;
    QRect pill(0, area.top(), width, area.height());
    pill.moveLeft(side == Qt::AlignRight ? area.right() - width + 1 : area.left());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter | Qt::TextSingleLine, shown);
    painter->restore();
    return width;
}

} // namespace

namespace {

SemanticColors::Tone badgeTone(int urgency)
{
    switch (static_cast<InboxFormats::Urgency>(urgency)) {
    case InboxFormats::Urgency::Soon:
        return SemanticColors::Tone::Warning;
    case InboxFormats::Urgency::Overdue:
        return SemanticColors::Tone::Bad;
    default:
        return SemanticColors::Tone::Info;
    }
}

} // namespace

QColor ConversationDelegate::badgeBackground(int urgency, const QPalette& palette)
{
    return SemanticColors::tint(badgeTone(urgency), palette);
}

QColor ConversationDelegate::badgeText(int urgency, const QPalette& palette)
{
    return SemanticColors::text(badgeTone(urgency), palette);
}

QColor ConversationDelegate::badgeBackground(int urgency)
{
    return badgeBackground(urgency, Appearance::lightPalette());
}

QColor ConversationDelegate::badgeText(int urgency)
{
    return badgeText(urgency, Appearance::lightPalette());
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    int height = 2 * PadY + 2 * metrics.height() + LineGap;
    if (index.data(ConversationListModel::ReviewDueRole).toDateTime().isValid())
        height += LineGap + QFontMetrics(smallerOf(option.font)).height() + 4;
    return {metrics.averageCharWidth() * 30, height};
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus come from the style; the text is drawn below
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = selected ? text : option.palette.color(group, QPalette::PlaceholderText);

    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const QRect area = option.rect.adjusted(PadX, PadY, -PadX, -PadY);
    const QFontMetrics metrics(option.font);
    const QFont titleFont = unread > 0 ? boldOf(option.font) : option.font;
    const QFontMetrics titleMetrics(titleFont);
    const QFont small = smallerOf(option.font);
    const QFontMetrics smallMetrics(small);

    painter->save();
    // Line 1: who, then when on the right.
    QRect line(area.left(), area.top(), area.width(), metrics.height());
    const QString time = index.data(ConversationListModel::TimeRole).toString();
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, time);
    int titleWidth = line.width() - metrics.horizontalAdvance(time) - PadX;
    const bool suppressed = index.data(ConversationListModel::SuppressedRole).toBool();
    const QString tag = tr("no SMS", "a tag: the number is unsubscribed or excluded");
    const int tagWidth = smallMetrics.horizontalAdvance(tag) + 2 * PillPadX + 2; // +2: no rounding elides it
    if (suppressed)
        titleWidth -= tagWidth + 6;
    const QString title = titleMetrics.elidedText(index.data(ConversationListModel::TitleRole).toString(),
                                                  Qt::ElideRight, qMax(0, titleWidth));
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    if (suppressed) {
        const int x = line.left() + titleMetrics.horizontalAdvance(title) + 6;
        const QRect tagArea(x, line.top() + 1, tagWidth, line.height() - 2);
        drawPill(painter, tagArea, tag, small,
                 SemanticColors::tint(SemanticColors::Tone::Muted, option.palette),
                 SemanticColors::text(SemanticColors::Tone::Muted, option.palette), Qt::AlignLeft);
    }

    // Line 2: the last text on one line, the unread count on the right.
    line.translate(0, metrics.height() + LineGap);
    int textWidth = line.width();
    if (unread > 0) {
        const QFont bold = boldOf(small);
        const QString count = QLocale().toString(unread);
        const int width = QFontMetrics(bold).horizontalAdvance(count) + 2 * PillPadX;
        const QRect pill(line.right() - qMax(width, line.height()) + 1, line.top(),
                         qMax(width, line.height()), line.height());
        const QColor highlight = option.palette.color(group, QPalette::Highlight);
        drawPill(painter, pill, count, bold, selected ? text : highlight,
                 selected ? highlight : option.palette.color(group, QPalette::HighlightedText),
                 Qt::AlignRight);
        textWidth -= pill.width() + PadX;
    }
    painter->setFont(option.font);
    painter->setPen(unread > 0 ? text : dim);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      metrics.elidedText(index.data(ConversationListModel::LastTextRole).toString(),
                                         Qt::ElideRight, qMax(0, textWidth)));

    // Line 3: a possible opt-out's deadline.
    const QString deadline = index.data(ConversationListModel::DeadlineTextRole).toString();
    if (!deadline.isEmpty()) {
        const int urgency = index.data(ConversationListModel::UrgencyRole).toInt();
        const QRect badge(line.left(), line.bottom() + 1 + LineGap, line.width(), smallMetrics.height() + 4);
        QFont badgeFont = small;
        badgeFont.setBold(static_cast<InboxFormats::Urgency>(urgency) != InboxFormats::Urgency::Normal);
        drawPill(painter, badge, deadline, badgeFont, badgeBackground(urgency, option.palette),
                 badgeText(urgency, option.palette), Qt::AlignLeft);
    }
    painter->restore();
}
