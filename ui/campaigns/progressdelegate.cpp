#include "progressdelegate.h"

#include "dashboard/dashboardformats.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

ProgressDelegate::ProgressDelegate(int doneRole, int totalRole, int showRole, QObject* parent)
    : QStyledItemDelegate(parent), m_doneRole(doneRole), m_totalRole(totalRole), m_showRole(showRole)
{}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    if (!index.data(m_showRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selection, alternate colour) first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const qint64 done = index.data(m_doneRole).toLongLong();
    const qint64 total = qMax<qint64>(1, index.data(m_totalRole).toLongLong());
    // QProgressBar works in int: scale to per mille so a million rows fit.
    const int perMille = int(done * 1000 / total);
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    // Qt 6 has no orientation field: without this flag the style draws a vertical bar.
    bar.state = (option.state & ~QStyle::State_HasFocus) | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    const int height = qMin(option.rect.height() - 6, option.fontMetrics.height() + 6);
    bar.rect = QRect(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1,
                     option.rect.width() - 8, height);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = perMille;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    // Whole percent, rounded down: 100% only when all is done.
    bar.text = DashboardFormats::percent(double(done * 100 / total) / 100.0, 0);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("0000000 / 0000000"))));
    return size;
}
