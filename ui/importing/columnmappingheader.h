#pragma once

#include <QHeaderView>

class QTableView;

// A table's column header with a widget under each column name (the field the column goes to),
// kept in place when columns are resized or the table scrolls. After DB4S' FilterTableHeader.
class ColumnMappingHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit ColumnMappingHeader(QTableView* table);

    // One widget per section; the header owns them. Replaces any widgets set before.
    void setSectionWidgets(const QList<QWidget*>& widgets);

    QSize sizeHint() const override;

protected:
    void updateGeometries() override;

private:
    void adjustPositions();
    int widgetHeight() const;

    QList<QWidget*> m_widgets;
};
