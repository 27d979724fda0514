#pragma once

#include "importing/importsummary.h"

#include <QAbstractTableModel>

// The rows an import leaves out (or takes in without something), with their row numbers in the
// file and the reason, as a table of any length.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        ReasonColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const QVector<textwell::ImportProblem>& problems);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<textwell::ImportProblem> m_problems;
};
