#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar (done of total) in the rows that ask for one, the style's own bar so it
// looks native on every platform; other rows are painted as usual.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The roles that carry the bar's values and whether to draw it.
    ProgressDelegate(int doneRole, int totalRole, int showRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_doneRole;
    int m_totalRole;
    int m_showRole;
};
