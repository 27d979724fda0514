#pragma once

#include "analytics/analyticsscope.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>

namespace textwell {

// One campaign: what happened to its messages, its unsubscribe rate, why people left after it,
// and who they were.
class CampaignReport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)

public:
    static Result<ReportDocument> build(const QSqlDatabase& db, qint64 campaignId,
                                        const AnalyticsScope& scope, const QString& businessName,
                                        const QLocale& locale = QLocale());
};

} // namespace textwell
