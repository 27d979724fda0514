#pragma once

#include "analytics/dashboardfigures.h"
#include "analytics/dashboardsettings.h"
#include "dashboardloader.h"
#include "reports/reportrequest.h"
#include "widgets/rangepicker.h"

#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class BreakdownChart;
class CampaignTableModel;
class GainedLostChart;
class KpiCard;
class MessageBanner;
class OptOutListDialog;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class RateChart;

namespace textwell {
class Connection;
}

// The first screen: the key figures, the unsubscribe rate over time against the typical band and
// the alert level, why and how people left, who joined and left, and each campaign's figures,
// for a span of days and a segment the user chooses. Everything is aggregated on a worker; the
// figures on screen stay until newer ones arrive. Points, bars and campaign rows open the people
// behind them.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    using Range = RangePicker::Preset;

    explicit DashboardPage(textwell::Connection* connection, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // The figures on screen; valid once hasFigures().
    bool hasFigures() const { return m_hasFigures; }
    const textwell::DashboardFigures& figures() const { return m_figures; }
    const textwell::DashboardSettings& settings() const { return m_settings; }
    bool isBusy() const { return m_busy; }
    Range range() const;
    void setRange(Range range);
    // For Range::Custom: the first and last day shown.
    void setCustomSpan(const QDate& first, const QDate& last);
    // The unsubscribe report of what is chosen on screen: span, grouping and segment.
    textwell::ReportRequest reportRequest() const;

    // The drill-downs a click opens: the people who left after a campaign, after the campaigns of
    // the timeline's period `index`, for a reason or by a channel in the span.
    OptOutListDialog* showCampaignOptOuts(qint64 campaignId);
    OptOutListDialog* showPeriodOptOuts(int index);
    OptOutListDialog* showReasonOptOuts(const QString& code);
    OptOutListDialog* showChannelOptOuts(const QString& code);

public Q_SLOTS:
    // Computes the figures again (on the worker).
    void refresh();
    // Something the figures count changed (a campaign sent, a reply came in): refreshes in a
    // moment when the screen is shown, else when it is shown next.
    void refreshSoon();
    // Reads the saved segments into the segment filter again.
    void reloadSegments();

Q_SIGNALS:
    // The empty dashboard's button: campaigns are made in Compose.
    void composeRequested();
    // A drill-down asked to show this number in the address book.
    void openPersonRequested(const QString& phone);
    // New figures are on screen (or their failure is shown).
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QLayout* createToolbar();
    QFrame* createAlertBanner();
    QWidget* createContent();
    QWidget* createEmptyState();
    DashboardRequest request() const;
    void apply(const DashboardReply& reply);
    void showFigures();
    void updateCards();
    void updateAlert();
    void setBusy(bool busy);
    void editSettings();
    void showAlertCampaigns();
    void fitCampaignTable();
    void filterCampaigns(const QVector<qint64>& ids, const QString& note);
    OptOutListDialog* openOptOuts(const QString& heading, const textwell::OptOutFilter& filter);
    // Nothing to show at all: no campaign, nobody to reach, no consent given or withdrawn.
    static bool isEmpty(const textwell::DashboardFigures& figures);

    textwell::Connection* m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the request running
    QThread m_thread;
    DashboardLoader* m_loader;

    RangePicker* m_range;
    QComboBox* m_granularity;
    QComboBox* m_segment;
    QProgressBar* m_busyIndicator;
    QPushButton* m_settingsButton;
    QFrame* m_alert;
    QLabel* m_alertText;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    QWidget* m_empty;
    KpiCard* m_activeCard;
    KpiCard* m_rateCard;
    KpiCard* m_optOutsCard;
    KpiCard* m_deliveryCard;
    RateChart* m_rateChart;
    BreakdownChart* m_reasonsChart;
    BreakdownChart* m_channelsChart;
    GainedLostChart* m_gainedLostChart;
    CampaignTableModel* m_campaigns;
    QSortFilterProxyModel* m_sortedCampaigns;
    QTableView* m_campaignView;
    QLabel* m_campaignsTitle;
    QLabel* m_campaignFilterNote;
    QTimer* m_periodic; // refreshes while shown
    QTimer* m_soon;     // gathers news into one refresh

    textwell::DashboardFigures m_figures;
    textwell::DashboardSettings m_settings;
    bool m_hasFigures = false;
    bool m_busy = false;
    int m_alertPeriod = -1;
};
