#include "importproblemmodel.h"

#include <QLocale>

using namespace textwell;

void ImportProblemModel::setProblems(const QVector<ImportProblem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportProblem& problem = m_problems.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return problem.fields.join(QStringLiteral(" | "));
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == RowColumn)
        return QLocale().toString(problem.row);
    return problem.reason; // the reason says itself whether the row was imported without something
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ReasonColumn:
        return tr("Problem");
    default:
        return {};
    }
}
