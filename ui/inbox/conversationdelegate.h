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

    // The colours of a badge in the list, following its palette.
    static QColor badgeBackground(int urgency, const QPalette& palette);
    static QColor badgeText(int urgency, const QPalette& palette);
    // The same on light paper, for the thread's bubbles, which stay light in a dark palette.
    static QColor badgeBackground(int urgency);
    static QColor badgeText(int urgency);
};
