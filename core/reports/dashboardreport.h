#pragma once

#include "analytics/dashboardfigures.h"
#include "analytics/dashboardsettings.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace textwell {

// The dashboard as a report: its key figures, the unsubscribe rate over time against the typical
// band and the alert threshold, the reasons, how people left, gained and lost, and the campaigns.
// Built from the figures the dashboard shows, so the report says exactly what the screen does.
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    // segmentName: "" for everyone.
    static ReportDocument build(const DashboardFigures& figures, const DashboardSettings& settings,
                                const QString& businessName, const QString& segmentName,
                                const QLocale& locale = QLocale());

    // "1 Nov 2026 – 30 Nov 2026"
    static QString periodText(const QDate& first, const QDate& last, const QLocale& locale);
    // "+0.3 pt vs previous 30 days", "" when either rate is missing.
    static QString rateChange(const UnsubscribeRate& now, const UnsubscribeRate& before,
                              const QLocale& locale);
    // The campaigns' table: one definition for the dashboard report and the campaign report.
    static ReportTable campaignTable(const QVector<CampaignFigures>& campaigns);
    // The measures' definitions as a report's notes.
    static QVector<ReportNote> notes();
};

} // namespace textwell
