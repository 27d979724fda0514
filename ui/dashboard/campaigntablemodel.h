#pragma once

#include "analytics/campaignfigures.h"
#include "analytics/dashboardsettings.h"

#include <QAbstractTableModel>
#include <QVector>

// The campaigns of the dashboard's span, one row each: what went out, what arrived, who left and
// why most often. Rates above the alert level are marked. Sort through a QSortFilterProxyModel on
// SortRole: numbers and times sort as such, not as text.
class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StartedColumn,
        SentColumn,
        DeliveredColumn,
        FailedColumn,
        OptOutsColumn,
        RateColumn,
        TopReasonColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        CampaignIdRole, // qint64, the same in every column
        AlertRole,      // bool: the rate is above the alert level
    };

    explicit CampaignTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCampaigns(const QVector<textwell::CampaignFigures>& campaigns,
                      const textwell::DashboardSettings& settings);
    void setSettings(const textwell::DashboardSettings& settings);
    const textwell::CampaignFigures* campaign(qint64 id) const;
    const QVector<textwell::CampaignFigures>& campaigns() const { return m_campaigns; }

private:
    QVariant display(const textwell::CampaignFigures& c, int column) const;
    QVariant sortValue(const textwell::CampaignFigures& c, int column) const;

    QVector<textwell::CampaignFigures> m_campaigns;
    textwell::DashboardSettings m_settings;
};
