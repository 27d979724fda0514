#include "campaigntablemodel.h"

#include "analytics/analytics.h"
#include "charttheme.h"
#include "dashboardformats.h"
#include "widgets/displayformats.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

using namespace textwell;

CampaignTableModel::CampaignTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int CampaignTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CampaignTableModel::setCampaigns(const QVector<CampaignFigures>& campaigns,
                                      const DashboardSettings& settings)
{
    beginResetModel();
    m_campaigns = campaigns;
    m_settings = settings;
    endResetModel();
}

void CampaignTableModel::setSettings(const DashboardSettings& settings)
{
    m_settings = settings;
    if (!m_campaigns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_campaigns.size()) - 1, ColumnCount - 1));
}

const CampaignFigures* CampaignTableModel::campaign(qint64 id) const
{
    for (const CampaignFigures& c : m_campaigns) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QVariant CampaignTableModel::display(const CampaignFigures& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case StartedColumn:
        return QLocale().toString(c.startedAt.toLocalTime().date(), QLocale::ShortFormat);
    case SentColumn:
        return DashboardFormats::count(c.sent);
    case DeliveredColumn:
        // Without delivery reports "0 delivered" would be a false alarm.
        return c.hasDeliveryReports() ? DashboardFormats::count(c.delivered) : DashboardFormats::none();
    case FailedColumn:
        return DashboardFormats::count(c.failed);
    case OptOutsColumn:
        return DashboardFormats::count(c.optOuts);
    case RateColumn:
        return DashboardFormats::rate(c.unsubscribeRate().rate());
    case TopReasonColumn:
        return c.optOuts > 0 ? Analytics::reasonLabel(c.topReason) : QString();
    }
    return {};
}

QVariant CampaignTableModel::sortValue(const CampaignFigures& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name.toLower();
    case StartedColumn:
        return c.startedAt;
    case SentColumn:
        return c.sent;
    case DeliveredColumn:
        return c.hasDeliveryReports() ? c.delivered : qint64(-1);
    case FailedColumn:
        return c.failed;
    case OptOutsColumn:
        return c.optOuts;
    case RateColumn:
        // Campaigns without a rate sort below every rate.
        return c.unsubscribeRate().rate().value_or(-1.0);
    case TopReasonColumn:
        return display(c, column).toString().toLower();
    }
    return {};
}

QVariant CampaignTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_campaigns.size())
        return {};
    const CampaignFigures& c = m_campaigns.at(index.row());
    const bool alert = m_settings.isAlert(c.unsubscribeRate().rate());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case SortRole:
        return sortValue(c, index.column());
    case CampaignIdRole:
        return c.id;
    case AlertRole:
        return alert;
    case Qt::TextAlignmentRole:
        if (index.column() >= SentColumn && index.column() <= RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == RateColumn && alert)
            return ChartTheme::color(ChartTheme::Role::Threshold, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (index.column() == RateColumn && alert) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1\nDouble-click or press Enter to see who left after it.").arg(c.name);
        case StartedColumn:
            return DisplayFormats::dateTime(c.startedAt);
        case TopReasonColumn:
            return display(c, index.column());
        case DeliveredColumn:
            if (!c.hasDeliveryReports())
                return tr("The gateway sent no delivery reports for this campaign: its rate counts the "
                          "messages sent.");
            return {};
        case RateColumn:
            if (!c.unsubscribeRate().rate())
                return tr("No message of this campaign went out yet.");
            if (alert)
                return tr("%1 of the people reached opted out: above your alert level of %2.")
                    .arg(DashboardFormats::rate(c.unsubscribeRate().rate()),
                         DashboardFormats::rate(m_settings.alertThreshold));
            return tr("%1 of the people reached opted out.")
                .arg(DashboardFormats::rate(c.unsubscribeRate().rate()));
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == RateColumn && alert)
            return tr("%1, above the alert level").arg(display(c, index.column()).toString());
        return display(c, index.column());
    default:
        return {};
    }
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section >= SentColumn && section <= RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SentColumn:
            return tr("Messages handed to the gateway");
        case DeliveredColumn:
            return tr("Messages the gateway reported delivered to the phone");
        case FailedColumn:
            return tr("Messages refused or reported undelivered");
        case OptOutsColumn:
            return tr("People who opted out after this campaign");
        case RateColumn:
            return tr("Opt-outs per message delivered (or sent, without delivery reports)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case StartedColumn:
        return tr("Started");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedColumn:
        return tr("Failed");
    case OptOutsColumn:
        return tr("Opt-outs");
    case RateColumn:
        return tr("Opt-out rate");
    case TopReasonColumn:
        return tr("Top reason");
    }
    return {};
}
