#pragma once

#include "analytics/period.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace textwell {

// Which report to make, as the Reports screen and `textwell-cli report` ask for it, and the one
// place that turns such a request into a document.
struct ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)

public:
    enum class Kind
    {
        Dashboard,     // the unsubscribe report: what the dashboard shows
        Campaign,      // one campaign
        OptOuts,       // the opt-out log
        ConsentRecord, // every consent and opt-out of one number
    };

    Kind kind = Kind::Dashboard;
    QDate first; // the span, local days; both needed except for a campaign or a consent record
    QDate last;
    std::optional<Granularity> granularity; // the dashboard's; by the span's length when not given
    QString segmentName;                    // a saved segment; "" for everyone
    qint64 campaignId = 0;
    QString number;        // the consent record's, as a person writes it
    QString defaultRegion; // reads the number; "" for the business's default country

    // The report, from the database as it is now. The document's streamed tables read db while
    // they are written: write them on the thread that owns db.
    Result<ReportDocument> build(const QSqlDatabase& db) const;

    static QString kindLabel(Kind kind); // "Unsubscribe report"
    static QString kindDescription(Kind kind);
    // "dashboard", "campaign", "optouts", "consent": the CLI's words
    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString& code);
    static QVector<Kind> kinds();
};

} // namespace textwell
