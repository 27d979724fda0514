#include "campaignreport.h"

#include "analytics/analytics.h"
#include "dashboardreport.h"
#include "optoutreport.h"
#include "reportvalues.h"

namespace textwell {

Result<ReportDocument> CampaignReport::build(const QSqlDatabase& db, qint64 campaignId,
                                             const AnalyticsScope& scope, const QString& businessName,
                                             const QLocale& locale)
{
    using R = Result<ReportDocument>;
    const Analytics analytics(db);
    Result<CampaignFigures> found = analytics.campaign(campaignId, scope);
    if (!found)
        return R::failure(found.error());
    const CampaignFigures& c = found.value();
    Result<QVector<CodeCount>> reasons = analytics.reasonsOf(campaignId, scope);
    if (!reasons)
        return R::failure(reasons.error());
    OptOutFilter filter;
    filter.scope = scope;
    filter.campaignIds = {campaignId};
    Result<ReportTable> optOuts = OptOutReport::table(db, filter, tr("Opt-outs"));
    if (!optOuts)
        return R::failure(optOuts.error());

    ReportDocument doc;
    doc.title = tr("Campaign: %1").arg(c.name);
    doc.businessName = businessName;
    const QDate started = c.startedAt.toTimeZone(scope.zone).date();
    doc.period = tr("Started %1").arg(ReportValues::longDate(started, locale));
    doc.generatedAt = QDateTime::currentDateTimeUtc();

    auto percentOrDash = [&locale](const std::optional<double>& value) {
        return value ? ReportValues::percent(*value, 2, locale) : QStringLiteral("—");
    };
    DeliveryRate delivery;
    delivery.add(c);
    ReportSection key;
    key.heading = tr("Key figures");
    key.figures = {
        {tr("Sent"), locale.toString(c.sent), QString(), ReportFigure::Tone::Neutral},
        {tr("Delivered"), c.hasDeliveryReports() ? locale.toString(c.delivered) : QStringLiteral("—"),
         c.hasDeliveryReports() ? percentOrDash(delivery.rate()) : tr("no delivery reports"),
         ReportFigure::Tone::Neutral},
        {tr("Failed"), locale.toString(c.failed), QString(), ReportFigure::Tone::Neutral},
        {tr("Opt-outs"), locale.toString(c.optOuts), QString(), ReportFigure::Tone::Neutral},
        {tr("Unsubscribe rate"), percentOrDash(c.unsubscribeRate().rate()),
         c.hasDeliveryReports() ? tr("of the messages delivered") : tr("of the messages sent"),
         ReportFigure::Tone::Neutral},
    };
    doc.sections.append(key);

    ReportSection why;
    why.heading = tr("Why people unsubscribed");
    if (reasons.value().isEmpty()) {
        why.paragraph = tr("Nobody unsubscribed after this campaign.");
    } else {
        ReportChart chart;
        chart.kind = ReportChart::Kind::Bar;
        chart.title = tr("Reasons");
        chart.categoryTitle = tr("Reason");
        ReportSeries series{tr("Opt-outs"), {}};
        for (const CodeCount& count : reasons.value()) {
            chart.categories.append(Analytics::reasonLabel(count.code));
            series.values.append(double(count.count));
        }
        chart.series.append(series);
        why.chart = chart;
    }
    doc.sections.append(why);

    ReportSection who;
    who.heading = tr("Who unsubscribed");
    who.table = optOuts.value();
    doc.sections.append(who);
    doc.notes = DashboardReport::notes();
    return doc;
}

} // namespace textwell
