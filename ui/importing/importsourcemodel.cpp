#include "importsourcemodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace textwell;

void ImportSourceModel::setRows(const QStringList& header, const QVector<SourceRecord>& rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_ignored.fill(false, header.size());
    endResetModel();
}

void ImportSourceModel::setIgnoredColumns(const QVector<bool>& ignored)
{
    m_ignored = ignored;
    m_ignored.resize(m_header.size());
    if (!m_rows.isEmpty() && !m_header.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

int ImportSourceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportSourceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportSourceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_rows.at(index.row()).fields.value(index.column());
    case Qt::ForegroundRole:
        if (m_ignored.value(index.column()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ImportSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_header.value(section);
    if (section >= 0 && section < m_rows.size())
        return m_rows.at(section).row;
    return {};
}
