#pragma once

#include "importing/recordreader.h"

#include <QAbstractTableModel>
#include <QVector>

// The first rows of the file as they are in it, under the file's own column names; the rows keep
// their row numbers in the file, so a problem named by row can be found in it.
class ImportSourceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QStringList& header, const QVector<textwell::SourceRecord>& rows);
    // Columns that are not imported show greyed out.
    void setIgnoredColumns(const QVector<bool>& ignored);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QVector<textwell::SourceRecord> m_rows;
    QVector<bool> m_ignored;
};
