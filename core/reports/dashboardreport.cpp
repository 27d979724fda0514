#include "dashboardreport.h"

#include "analytics/analytics.h"
#include "reportvalues.h"

#include <cmath>
#include <limits>

namespace textwell {

namespace {

constexpr double NoValue = std::numeric_limits<double>::quiet_NaN();

double valueOr(const std::optional<double>& value)
{
    return value ? *value : NoValue;
}

QString percentOrDash(const std::optional<double>& value, const QLocale& locale)
{
    return value ? ReportValues::percent(*value, 2, locale) : QStringLiteral("—");
}

QString countText(qint64 n, const QLocale& locale)
{
    return locale.toString(n);
}

} // namespace

QString DashboardReport::periodText(const QDate& first, const QDate& last, const QLocale& locale)
{
    return tr("%1 – %2", "a period: from – to")
        .arg(ReportValues::longDate(first, locale), ReportValues::longDate(last, locale));
}

QString DashboardReport::rateChange(const UnsubscribeRate& now, const UnsubscribeRate& before,
                                    const QLocale& locale)
{
    if (!now.rate() || !before.rate())
        return {};
    const double points = (*now.rate() - *before.rate()) * 100.0;
    const QString number = ReportValues::number(std::abs(points), 2, locale);
    if (points > 0.005)
        return tr("+%1 pt vs previous 30 days", "percentage points").arg(number);
    if (points < -0.005)
        return tr("−%1 pt vs previous 30 days", "percentage points").arg(number);
    return tr("same as the previous 30 days");
}

ReportTable DashboardReport::campaignTable(const QVector<CampaignFigures>& campaigns)
{
    using Kind = ReportColumn::Kind;
    QVector<QVariantList> rows;
    rows.reserve(campaigns.size());
    for (const CampaignFigures& c : campaigns) {
        const std::optional<double> rate = c.unsubscribeRate().rate();
        rows.append({c.name, c.startedAt, c.sent, c.delivered, c.failed, c.optOuts,
                     rate ? QVariant(*rate) : QVariant(),
                     c.topReason.isEmpty() ? QString() : Analytics::reasonLabel(c.topReason)});
    }
    return ReportTable::fromRows(tr("Campaigns"),
                                 {{tr("Campaign"), Kind::Text},
                                  {tr("Started"), Kind::DateTime},
                                  {tr("Sent"), Kind::Integer},
                                  {tr("Delivered"), Kind::Integer},
                                  {tr("Failed"), Kind::Integer},
                                  {tr("Opt-outs"), Kind::Integer},
                                  {tr("Opt-out rate"), Kind::Percent},
                                  {tr("Top reason"), Kind::Text}},
                                 rows);
}

QVector<ReportNote> DashboardReport::notes()
{
    QVector<ReportNote> notes;
    for (const auto& [term, definition] : Analytics::definitions())
        notes.append({term, definition});
    return notes;
}

ReportDocument DashboardReport::build(const DashboardFigures& f, const DashboardSettings& settings,
                                      const QString& businessName, const QString& segmentName,
                                      const QLocale& locale)
{
    using Kind = ReportColumn::Kind;
    ReportDocument doc;
    doc.title =
        segmentName.isEmpty() ? tr("Unsubscribe report") : tr("Unsubscribe report: %1").arg(segmentName);
    doc.businessName = businessName;
    doc.period = periodText(f.scope.first, f.scope.last, locale);
    doc.generatedAt = QDateTime::currentDateTimeUtc();

    // Key figures, up to the day the report was made.
    ReportSection key;
    key.heading = tr("Key figures");
    const std::optional<double> rate30 = f.last30Days.rate();
    const std::optional<double> rateBefore = f.previous30Days.rate();
    ReportFigure::Tone rateTone = ReportFigure::Tone::Neutral;
    if (rate30 && rateBefore)
        rateTone = *rate30 > *rateBefore ? ReportFigure::Tone::Bad : ReportFigure::Tone::Good;
    key.figures = {
        {tr("Active subscribers"), countText(f.activeSubscribers, locale), QString(),
         ReportFigure::Tone::Neutral},
        {tr("Unsubscribe rate, last 30 days"), percentOrDash(rate30, locale),
         rate30 ? rateChange(f.last30Days, f.previous30Days, locale) : tr("no campaigns in the last 30 days"),
         rateTone},
        {tr("Opt-outs this week"), countText(f.optOutsThisWeek, locale), QString(),
         ReportFigure::Tone::Neutral},
        {tr("Delivery rate, last 30 days"), percentOrDash(f.deliveryLast30Days.rate(), locale),
         f.deliveryLast30Days.rate() ? QString() : tr("no delivery reports in the last 30 days"),
         ReportFigure::Tone::Neutral},
    };
    // The alert, as the dashboard's banner says it: the last period with campaigns above the threshold.
    for (auto it = f.timeline.crbegin(); it != f.timeline.crend(); ++it) {
        if (!it->unsubscribeRate.rate())
            continue;
        if (settings.isAlert(it->unsubscribeRate.rate()))
            key.paragraph = tr("Alert: in %1 the unsubscribe rate was %2, above the alert threshold of %3.")
                                .arg(it->period.label(f.granularity),
                                     ReportValues::percent(*it->unsubscribeRate.rate(), 2, locale),
                                     ReportValues::percent(settings.alertThreshold, 1, locale));
        break;
    }
    doc.sections.append(key);

    // The rate over time, and its figures per period.
    ReportSection overTime;
    overTime.heading = tr("Unsubscribe rate over time");
    ReportChart rateChart;
    rateChart.kind = ReportChart::Kind::Line;
    rateChart.title = tr("Unsubscribe rate of the campaigns started in each period");
    rateChart.categoryTitle = Period::unitLabel(f.granularity);
    rateChart.percent = true;
    rateChart.band = ReportBand{settings.typicalLow, settings.typicalHigh,
                                tr("typical %1–%2")
                                    .arg(ReportValues::percent(settings.typicalLow, 1, locale),
                                         ReportValues::percent(settings.typicalHigh, 1, locale))};
    rateChart.threshold =
        ReportThreshold{settings.alertThreshold,
                        tr("alert %1").arg(ReportValues::percent(settings.alertThreshold, 1, locale))};
    ReportSeries rates{tr("Unsubscribe rate"), {}};
    QVector<QVariantList> periodRows;
    for (const PeriodFigures& p : f.timeline) {
        const QString label = p.period.label(f.granularity);
        rateChart.categories.append(label);
        rates.values.append(valueOr(p.unsubscribeRate.rate()));
        const std::optional<double> rate = p.unsubscribeRate.rate();
        periodRows.append({label, p.period.first, p.unsubscribeRate.reached, p.unsubscribeRate.optOuts,
                           rate ? QVariant(*rate) : QVariant(), p.optOuts, p.gained, p.lost});
    }
    rateChart.series.append(rates);
    overTime.chart = rateChart;
    overTime.table =
        ReportTable::fromRows(tr("Periods"),
                              {{tr("Period"), Kind::Text},
                               {tr("From"), Kind::Date},
                               {tr("Messages", "delivered or sent"), Kind::Integer},
                               {tr("Opt-outs", "attributed to the period's campaigns"), Kind::Integer},
                               {tr("Rate"), Kind::Percent},
                               {tr("All opt-outs", "recorded in the period"), Kind::Integer},
                               {tr("Gained"), Kind::Integer},
                               {tr("Lost"), Kind::Integer}},
                              periodRows);
    doc.sections.append(overTime);

    auto breakdown = [](const QString& title, const QString& category, ReportChart::Kind kind,
                        const QVector<CodeCount>& counts, auto label) {
        ReportChart chart;
        chart.kind = kind;
        chart.title = title;
        chart.categoryTitle = category;
        ReportSeries series{tr("Opt-outs"), {}};
        for (const CodeCount& c : counts) {
            chart.categories.append(label(c.code));
            series.values.append(double(c.count));
        }
        chart.series.append(series);
        return chart;
    };
    ReportSection reasons;
    reasons.heading = tr("Why people unsubscribed");
    if (f.reasons.isEmpty())
        reasons.paragraph = tr("Nobody unsubscribed in this period.");
    else
        reasons.chart = breakdown(tr("Reasons"), tr("Reason"), ReportChart::Kind::Bar, f.reasons,
                                  [](const QString& code) { return Analytics::reasonLabel(code); });
    doc.sections.append(reasons);

    ReportSection channels;
    channels.heading = tr("How people left");
    if (f.channels.isEmpty())
        channels.paragraph = tr("Nobody unsubscribed or was excluded in this period.");
    else
        channels.chart = breakdown(tr("How people left"), tr("How"), ReportChart::Kind::Donut, f.channels,
                                   [](const QString& code) { return Analytics::channelLabel(code); });
    doc.sections.append(channels);

    ReportSection gainedLost;
    gainedLost.heading = tr("Subscribers gained and lost");
    ReportChart flow;
    flow.kind = ReportChart::Kind::Bar;
    flow.title = tr("Subscribers gained and lost");
    flow.categoryTitle = Period::unitLabel(f.granularity);
    ReportSeries gained{tr("Gained"), {}}, lost{tr("Lost"), {}};
    for (const PeriodFigures& p : f.timeline) {
        flow.categories.append(p.period.label(f.granularity));
        gained.values.append(double(p.gained));
        lost.values.append(double(p.lost));
    }
    flow.series = {gained, lost};
    gainedLost.chart = flow;
    doc.sections.append(gainedLost);

    ReportSection campaigns;
    campaigns.heading = tr("Campaigns");
    if (f.campaigns.isEmpty())
        campaigns.paragraph = tr("No campaign started in this period.");
    else
        campaigns.table = campaignTable(f.campaigns);
    doc.sections.append(campaigns);

    doc.notes = notes();
    return doc;
}

} // namespace textwell
