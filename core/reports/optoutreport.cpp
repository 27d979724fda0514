#include "optoutreport.h"

#include "analytics/analytics.h"
#include "dashboardreport.h"

#include <memory>

namespace textwell {

Result<ReportTable> OptOutReport::table(const QSqlDatabase& db, const OptOutFilter& filter,
                                        const QString& title)
{
    using Kind = ReportColumn::Kind;
    Result<qint64> count = OptOutLog(db, filter).count();
    if (!count)
        return Result<ReportTable>::failure(count.error());
    // The opt-outs after one campaign would name it on every row: the report says it once.
    const bool campaignColumn = filter.campaignIds.size() != 1;
    // Each pass (one per file written) reads the log afresh.
    auto startPass = [db, filter, campaignColumn]() -> GeneratedRowSource::NextRow {
        auto log = std::make_shared<OptOutLog>(db, filter);
        auto opened = std::make_shared<Status>(log->open());
        return [log, opened, campaignColumn](QVariantList& row) {
            OptOutEntry e;
            if (!*opened || !log->next(&e))
                return false;
            row = {e.at,
                   e.phone,
                   e.name,
                   Analytics::channelLabel(e.channel),
                   Analytics::reasonLabel(e.reasonCode),
                   e.reasonText,
                   e.evidence};
            if (campaignColumn)
                row.append(e.campaignName);
            return true;
        };
    };
    QVector<ReportColumn> columns = {{tr("Time"), Kind::DateTime},       {tr("Number"), Kind::Text},
                                     {tr("Name"), Kind::Text},           {tr("How"), Kind::Text},
                                     {tr("Reason"), Kind::Text},         {tr("Reason in words"), Kind::Text},
                                     {tr("Keyword or text"), Kind::Text}};
    if (campaignColumn)
        columns.append({tr("Campaign"), Kind::Text});
    return ReportTable::generated(title, columns, startPass, count.value());
}

Result<ReportDocument> OptOutReport::build(const QSqlDatabase& db, const OptOutFilter& filter,
                                           const QString& businessName, const QLocale& locale)
{
    Result<ReportTable> log = table(db, filter, tr("Opt-outs"));
    if (!log)
        return Result<ReportDocument>::failure(log.error());
    ReportDocument doc;
    doc.title = tr("Opt-out log");
    doc.businessName = businessName;
    doc.period = DashboardReport::periodText(filter.scope.first, filter.scope.last, locale);
    doc.generatedAt = QDateTime::currentDateTimeUtc();
    ReportSection section;
    section.heading = tr("Opt-outs");
    section.table = log.value();
    doc.sections.append(section);
    doc.notes = {
        {tr("Opt-outs"), tr("Every opt-out recorded in the period, oldest first, with how it reached "
                            "the business and the campaign it followed.")}};
    return doc;
}

} // namespace textwell
