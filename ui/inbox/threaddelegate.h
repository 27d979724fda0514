#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

// Paints a conversation line as a bubble: replies on the left, what was sent on the right, each
// with its time and what it was or became underneath. Text is laid out as plain text (a reply is
// data, never markup) and wrapped to the view's width.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Bubble
    {
        QRect frame; // the bubble, in item coordinates (relative to the item's top left)
        QRect body;  // the text inside it
        QRect meta;  // the line underneath the text
        int bodyHeight = 0;
        int metaHeight = 0;
    };
    Bubble layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    int viewWidth(const QStyleOptionViewItem& option) const;
};
