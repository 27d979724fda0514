#pragma once

#include "importing/importrow.h"

#include <QAbstractTableModel>
#include <QVector>

// The first rows as they will be stored: the number normalised (or, in red, why it is not a
// number), the full name split, dates and consent read. Only the fields the mapping fills show.
class ImportRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The mapping decides the columns; its phone column gives what was there when it is no number.
    void setRows(const QVector<textwell::ImportRow>& rows, const textwell::ColumnMapping& mapping);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Kind
    {
        Field,
        Custom,
        Consent,
        Remarks,
    };
    struct Column
    {
        Kind kind;
        textwell::ImportField field = textwell::ImportField::Ignore;
        QString name; // the custom field
    };
    QString text(const textwell::ImportRow& row, const Column& column) const;

    QVector<textwell::ImportRow> m_rows;
    QVector<Column> m_columns;
    int m_phoneColumn = -1;
};
