#pragma once

#include "dashboardfigures.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>

namespace textwell {

// The measures of the dashboard, the reports and the CLI, each defined once (see
// docs/analytics.md; definitions() gives them in words for a report's notes).
class Analytics
{
    Q_DECLARE_TR_FUNCTIONS(Analytics)

public:
    explicit Analytics(QSqlDatabase db);

    // Everything the dashboard shows. `today` is the local date the key figures end on.
    Result<DashboardFigures> dashboard(const AnalyticsScope& scope, Granularity granularity,
                                       const QDate& today, const std::atomic_bool* cancel = nullptr) const;
    // The campaigns started in the scope's span, newest first.
    Result<QVector<CampaignFigures>> campaigns(const AnalyticsScope& scope) const;
    // One campaign (of the scope's segment, if any), whenever it started.
    Result<CampaignFigures> campaign(qint64 id, const AnalyticsScope& scope) const;
    // Opt-out reasons recorded in the span, most given first.
    Result<QVector<CodeCount>> reasons(const AnalyticsScope& scope) const;
    // The reasons of the opt-outs attributed to one campaign (each number once), most given first.
    Result<QVector<CodeCount>> reasonsOf(qint64 campaignId, const AnalyticsScope& scope) const;
    // How people left in the span (consent channels of opt-outs and exclusions), most used first.
    Result<QVector<CodeCount>> channels(const AnalyticsScope& scope) const;
    // People who may be sent marketing now (among the segment's, if any).
    Result<qint64> activeSubscribers(const AnalyticsScope& scope) const;

    // The measures and their definitions, one sentence each, for a report's notes.
    static QVector<std::pair<QString, QString>> definitions();
    // The label of an opt-out reason code or of a channel code, "" as "No reason given".
    static QString reasonLabel(const QString& code);
    static QString channelLabel(const QString& code);

private:
    Result<QVector<CampaignFigures>> campaignsWhere(const QString& condition, const QVariantList& values,
                                                    const AnalyticsScope& scope) const;
    Status addTimeline(QVector<PeriodFigures>* periods, const QVector<CampaignFigures>& campaigns,
                       const AnalyticsScope& scope) const;

    QSqlDatabase m_db;
};

} // namespace textwell
