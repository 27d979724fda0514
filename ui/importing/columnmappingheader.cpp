#include "columnmappingheader.h"

#include <QScrollBar>
#include <QTableView>

namespace {
constexpr int gap = 2; // around each widget, so neighbouring combos do not touch
} // namespace

ColumnMappingHeader::ColumnMappingHeader(QTableView* table) : QHeaderView(Qt::Horizontal, table)
{
    setSectionsClickable(false);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QHeaderView::sectionResized, this, &ColumnMappingHeader::adjustPositions);
    connect(this, &QHeaderView::sectionMoved, this, &ColumnMappingHeader::adjustPositions);
    // The table moves the header's offset first, then this follows.
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &ColumnMappingHeader::adjustPositions);
}

void ColumnMappingHeader::setSectionWidgets(const QList<QWidget*>& widgets)
{
    qDeleteAll(m_widgets);
    m_widgets = widgets;
    for (QWidget* widget : std::as_const(m_widgets)) {
        widget->setParent(this);
        widget->show();
    }
    updateGeometries();
    updateGeometry(); // the height changes with the first widgets
}

int ColumnMappingHeader::widgetHeight() const
{
    return m_widgets.isEmpty() ? 0 : m_widgets.first()->sizeHint().height() + 2 * gap;
}

QSize ColumnMappingHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(size.height() + widgetHeight());
    return size;
}

void ColumnMappingHeader::updateGeometries()
{
    // The section names are painted in the viewport; the widgets sit in the margin below it.
    setViewportMargins(0, 0, 0, widgetHeight());
    QHeaderView::updateGeometries();
    adjustPositions();
}

void ColumnMappingHeader::adjustPositions()
{
    const int y = viewport()->geometry().bottom() + 1 + gap;
    for (int i = 0; i < m_widgets.size(); ++i) {
        QWidget* widget = m_widgets.at(i);
        if (isSectionHidden(i)) {
            widget->hide();
            continue;
        }
        const int x = viewport()->x() + sectionViewportPosition(i);
        widget->setGeometry(x + gap, y, qMax(0, sectionSize(i) - 2 * gap), widget->sizeHint().height());
        widget->show();
    }
}
