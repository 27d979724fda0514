#include "complianceitemmodel.h"

#include "contacts/phonenumbers.h"
#include "widgets/displayformats.h"
#include "widgets/semanticcolors.h"

#include <QFont>

using namespace textwell;

ComplianceItemModel::ComplianceItemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ComplianceItemModel::setItems(const QVector<ComplianceItem>& items, const QDateTime& nowUtc)
{
    beginResetModel();
    m_items = items;
    m_now = nowUtc;
    endResetModel();
}

const ComplianceItem* ComplianceItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ComplianceItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ComplianceItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplianceItemModel::daysLeftText(const ComplianceItem& item, const QDateTime& nowUtc)
{
    if (!item.due.isValid())
        return {};
    if (item.overdue(nowUtc))
        return tr("%n business day(s) overdue", nullptr, qMax(1, -item.daysLeft));
    if (item.daysLeft == 0)
        return tr("due today");
    return tr("%n business day(s)", nullptr, item.daysLeft);
}

QVariant ComplianceItemModel::data(const QModelIndex& index, int role) const
{
    const ComplianceItem* it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    const bool urgent = it->urgent(m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return ComplianceItem::kindLabel(it->kind);
        case WhoColumn: {
            const QString number =
                it->phone.isEmpty() ? QString() : PhoneNumbers::formatInternational(it->phone);
            if (!it->name.isEmpty())
                return QStringLiteral("%1 (%2)").arg(it->name, number);
            return number.isEmpty() ? it->contact : number;
        }
        case SinceColumn:
            return DisplayFormats::dateTime(it->since);
        case DueColumn:
            return it->due.isValid() ? DisplayFormats::dateTime(it->due) : QString();
        case DaysLeftColumn:
            if (it->kind == ComplianceItem::Kind::AwaitingConfirmation)
                return tr("waiting %n day(s)", nullptr, int(it->since.daysTo(m_now)));
            return daysLeftText(*it, m_now);
        }
        break;
    case Qt::ToolTipRole:
        return it->detail.isEmpty() ? QVariant() : QVariant(it->detail);
    case Qt::BackgroundRole:
        if (urgent)
            return SemanticColors::tint(it->overdue(m_now) ? SemanticColors::Tone::Bad
                                                           : SemanticColors::Tone::Warning);
        break;
    case Qt::ForegroundRole:
        if (urgent)
            return SemanticColors::text(it->overdue(m_now) ? SemanticColors::Tone::Bad
                                                           : SemanticColors::Tone::Warning);
        break;
    case Qt::FontRole:
        if (it->overdue(m_now) && index.column() == DaysLeftColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case UrgentRole:
        return urgent;
    case OverdueRole:
        return it->overdue(m_now);
    }
    return {};
}

QVariant ComplianceItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("What");
    case WhoColumn:
        return tr("Person or contact");
    case SinceColumn:
        return tr("Received or since");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Left");
    }
    return {};
}
