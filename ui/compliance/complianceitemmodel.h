#pragma once

#include "compliance/complianceitems.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The Compliance screen's open items, one row each: what, who, since, due, business days left.
// Rows due within two business days or overdue are tinted, so the urgent catch the eye.
class ComplianceItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        WhoColumn,
        SinceColumn,
        DueColumn,
        DaysLeftColumn,
        ColumnCount,
    };
    enum Role
    {
        UrgentRole = Qt::UserRole + 1, // bool: overdue or due soon
        OverdueRole,                   // bool
    };

    explicit ComplianceItemModel(QObject* parent = nullptr);

    void setItems(const QVector<textwell::ComplianceItem>& items, const QDateTime& nowUtc);
    const textwell::ComplianceItem* item(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 business days", "due today", "2 business days overdue".
    static QString daysLeftText(const textwell::ComplianceItem& item, const QDateTime& nowUtc);

private:
    QVector<textwell::ComplianceItem> m_items;
    QDateTime m_now;
};
