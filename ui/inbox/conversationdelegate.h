#pragma once

#include <QStyledItemDelegate>

// Paints a conversation as a mail client does: who and when, the last text on one line, the
// unread count, and the deadline of a possible opt-out as a coloured badge. Text is drawn as
// plain text: a reply is data, never markup.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colours of a badge, fixed light ones with dark text, readable in light and dark palettes.
    static QColor badgeBackground(int urgency);
    static QColor badgeText(int urgency);
};
