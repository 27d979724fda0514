#include "reportrequest.h"

#include "analytics/analytics.h"
#include "analytics/dashboardsettings.h"
#include "campaignreport.h"
#include "consentrecordreport.h"
#include "dashboardreport.h"
#include "optoutreport.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "util/clock.h"

#include <QLocale>

namespace textwell {

Result<ReportDocument> ReportRequest::build(const QSqlDatabase& db) const
{
    using R = Result<ReportDocument>;
    const BusinessSettings settings(db);
    const QString business = settings.value(BusinessSettings::Key::BusinessName);
    AnalyticsScope scope;
    scope.first = first;
    scope.last = last;
    scope.firstDayOfWeek = QLocale().firstDayOfWeek();
    const bool needsSpan = kind == Kind::Dashboard || kind == Kind::OptOuts;
    if (needsSpan && (!first.isValid() || !last.isValid() || first > last))
        return R::failure(tr("Choose a period whose first day is not after its last."));
    if (!segmentName.isEmpty()) {
        Result<CompiledSegment> compiled = SegmentStore(db).compile(segmentName);
        if (!compiled)
            return R::failure(compiled.error());
        scope.segment = compiled.takeValue();
    }

    switch (kind) {
    case Kind::Dashboard: {
        const QDate today = Clock::currentUtc().toTimeZone(scope.zone).date();
        Result<DashboardFigures> figures =
            Analytics(db).dashboard(scope, granularity.value_or(Period::suggested(first, last)), today);
        if (!figures)
            return R::failure(figures.error());
        return DashboardReport::build(figures.value(), DashboardSettings::load(db), business, segmentName);
    }
    case Kind::Campaign:
        if (campaignId <= 0)
            return R::failure(tr("Choose a campaign."));
        return CampaignReport::build(db, campaignId, scope, business);
    case Kind::OptOuts: {
        OptOutFilter filter;
        filter.scope = scope;
        return OptOutReport::build(db, filter, business);
    }
    case Kind::ConsentRecord:
        if (number.trimmed().isEmpty())
            return R::failure(tr("Enter the phone number whose consent record you want."));
        return ConsentRecordReport::build(
            db, number,
            defaultRegion.isEmpty() ? settings.value(BusinessSettings::Key::DefaultCountry) : defaultRegion,
            business);
    }
    return R::failure(tr("Unknown report."));
}

QVector<ReportRequest::Kind> ReportRequest::kinds()
{
    return {Kind::Dashboard, Kind::Campaign, Kind::OptOuts, Kind::ConsentRecord};
}

QString ReportRequest::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Dashboard:
        return tr("Unsubscribe report");
    case Kind::Campaign:
        return tr("One campaign");
    case Kind::OptOuts:
        return tr("Opt-out log");
    case Kind::ConsentRecord:
        return tr("Consent record of one person");
    }
    return {};
}

QString ReportRequest::kindDescription(Kind kind)
{
    switch (kind) {
    case Kind::Dashboard:
        return tr("What the dashboard shows for a period: the unsubscribe rate over time, why and how people "
                  "left, subscribers gained and lost, and every campaign.");
    case Kind::Campaign:
        return tr(
            "One campaign's messages sent, delivered and failed, its unsubscribe rate, the reasons given "
            "and who unsubscribed after it.");
    case Kind::OptOuts:
        return tr("Every opt-out in a period: when, which number, how it came, the reason and the campaign "
                  "it followed.");
    case Kind::ConsentRecord:
        return tr("Everything recorded about one number's consent, with its evidence: for a person who asks "
                  "what you hold about them, or to prove a consent.");
    }
    return {};
}

QString ReportRequest::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Dashboard:
        return QStringLiteral("dashboard");
    case Kind::Campaign:
        return QStringLiteral("campaign");
    case Kind::OptOuts:
        return QStringLiteral("optouts");
    case Kind::ConsentRecord:
        return QStringLiteral("consent");
    }
    return {};
}

std::optional<ReportRequest::Kind> ReportRequest::kindFromCode(const QString& code)
{
    for (Kind k : kinds()) {
        if (kindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

} // namespace textwell
