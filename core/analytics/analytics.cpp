#include "analytics.h"

#include "analyticssql.h"
#include "campaigns/outboxmessage.h"
#include "contacts/consentevent.h"
#include "contacts/optoutreason.h"
#include "contacts/subscriberstatus.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace textwell {

namespace {

// The key figures' trend: twelve spans of seven days, the last one ending today.
constexpr int TrendWeeks = 12;

QVector<CodeCount> mostFirst(QVector<CodeCount> counts)
{
    std::stable_sort(counts.begin(), counts.end(),
                     [](const CodeCount& a, const CodeCount& b) { return a.count > b.count; });
    return counts;
}

// The index of the period holding `time`, or -1. Periods are in order and do not overlap.
int periodOf(const QVector<PeriodFigures>& periods, const QDateTime& time)
{
    auto it =
        std::upper_bound(periods.cbegin(), periods.cend(), time,
                         [](const QDateTime& t, const PeriodFigures& p) { return t < p.period.endUtc; });
    return it != periods.cend() && it->period.contains(time) ? int(it - periods.cbegin()) : -1;
}

QVector<PeriodFigures> figuresFor(const QVector<Period>& periods)
{
    QVector<PeriodFigures> figures;
    figures.reserve(periods.size());
    for (const Period& p : periods)
        figures.append(PeriodFigures{p, {}, {}, 0, 0, 0});
    return figures;
}

} // namespace

Analytics::Analytics(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<CampaignFigures>> Analytics::campaignsWhere(const QString& condition,
                                                           const QVariantList& values,
                                                           const AnalyticsScope& scope) const
{
    using R = Result<QVector<CampaignFigures>>;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral("SELECT id, name, started_at, marketing FROM campaign c WHERE "
                                  "c.started_at IS NOT NULL AND %1 ORDER BY c.started_at DESC, c.id DESC")
                       .arg(condition),
                   values))
        return R::failure(SqlError::describe(q.lastError()));
    QVector<CampaignFigures> campaigns;
    QHash<qint64, int> indexOf;
    while (q.next()) {
        CampaignFigures c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.startedAt = Timestamps::fromDb(q.value(2));
        c.marketing = q.value(3).toBool();
        indexOf.insert(c.id, int(campaigns.size()));
        campaigns.append(c);
    }
    if (campaigns.isEmpty())
        return campaigns;

    // Messages by state: from the tally, or counted for the segment's people.
    QVariantList messageValues = values;
    QString messages;
    if (scope.segment) {
        const QString phones = AnalyticsSql::segmentPhones(scope, &messageValues);
        messages =
            QStringLiteral("SELECT m.campaign_id, m.state, m.sent_at IS NOT NULL, COUNT(*) FROM message m "
                           "JOIN campaign c ON c.id = m.campaign_id WHERE c.started_at IS NOT NULL "
                           "AND %1 AND m.phone IN (%2) GROUP BY 1, 2, 3")
                .arg(condition, phones);
    } else {
        messages =
            QStringLiteral("SELECT t.campaign_id, t.state, t.sent, t.n FROM message_tally t "
                           "JOIN campaign c ON c.id = t.campaign_id WHERE c.started_at IS NOT NULL AND %1")
                .arg(condition);
    }
    if (!execBound(q, messages, messageValues))
        return R::failure(SqlError::describe(q.lastError()));
    const QString delivered = OutboxMessage::stateCode(MessageState::Delivered);
    const QString failed = OutboxMessage::stateCode(MessageState::Failed);
    while (q.next()) {
        CampaignFigures& c = campaigns[indexOf.value(q.value(0).toLongLong())];
        const QString state = q.value(1).toString();
        const qint64 n = q.value(3).toLongLong();
        if (q.value(2).toBool())
            c.sent += n;
        if (state == delivered)
            c.delivered += n;
        else if (state == failed)
            c.failed += n;
    }

    // Opt-outs: each number once per campaign; the reason most given.
    QVariantList optOutValues = values;
    const QString optOutPhones =
        scope.segment ? AnalyticsSql::segmentPhones(scope, &optOutValues) : QString();
    const QString inSegment =
        scope.segment ? QStringLiteral(" AND e.phone IN (%1)").arg(optOutPhones) : QString();
    if (!execBound(
            q,
            QStringLiteral("SELECT e.campaign_id, %1, COUNT(DISTINCT e.phone) FROM consent_event e "
                           "JOIN campaign c ON c.id = e.campaign_id %2 WHERE e.kind = 'opt_out' "
                           "AND c.started_at IS NOT NULL AND %3%4 GROUP BY 1, 2")
                .arg(AnalyticsSql::reasonOfOptOut(), AnalyticsSql::joinSuppression(), condition, inSegment),
            optOutValues))
        return R::failure(SqlError::describe(q.lastError()));
    QHash<qint64, qint64> topReasonCount;
    while (q.next()) {
        CampaignFigures& c = campaigns[indexOf.value(q.value(0).toLongLong())];
        const QString reason = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (!reason.isEmpty() && n > topReasonCount.value(c.id)) {
            topReasonCount.insert(c.id, n);
            c.topReason = reason;
        }
    }
    if (!execBound(q,
                   QStringLiteral("SELECT e.campaign_id, COUNT(DISTINCT e.phone) FROM consent_event e "
                                  "JOIN campaign c ON c.id = e.campaign_id WHERE e.kind = 'opt_out' "
                                  "AND c.started_at IS NOT NULL AND %1%2 GROUP BY 1")
                       .arg(condition, inSegment),
                   optOutValues))
        return R::failure(SqlError::describe(q.lastError()));
    while (q.next())
        campaigns[indexOf.value(q.value(0).toLongLong())].optOuts = q.value(1).toLongLong();
    return campaigns;
}

Result<QVector<CampaignFigures>> Analytics::campaigns(const AnalyticsScope& scope) const
{
    const Period span = scope.period();
    return campaignsWhere(QStringLiteral("c.started_at >= ? AND c.started_at < ?"),
                          {Timestamps::toDb(span.startUtc), Timestamps::toDb(span.endUtc)}, scope);
}

Result<CampaignFigures> Analytics::campaign(qint64 id, const AnalyticsScope& scope) const
{
    Result<QVector<CampaignFigures>> found = campaignsWhere(QStringLiteral("c.id = ?"), {id}, scope);
    if (!found)
        return Result<CampaignFigures>::failure(found.error());
    if (found.value().isEmpty())
        return Result<CampaignFigures>::failure(tr("There is no campaign %1 that has started.").arg(id));
    return found.value().constFirst();
}

Result<QVector<CodeCount>> Analytics::reasons(const AnalyticsScope& scope) const
{
    QVariantList values;
    const QString events = AnalyticsSql::eventsInSpan(scope, QStringLiteral("'opt_out'"), &values);
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral("SELECT %1, COUNT(*) FROM consent_event e %2 WHERE %3 GROUP BY 1")
                       .arg(AnalyticsSql::reasonOfOptOut(), AnalyticsSql::joinSuppression(), events),
                   values))
        return Result<QVector<CodeCount>>::failure(SqlError::describe(q.lastError()));
    QVector<CodeCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return mostFirst(counts);
}

Result<QVector<CodeCount>> Analytics::reasonsOf(qint64 campaignId, const AnalyticsScope& scope) const
{
    QVariantList values{campaignId};
    QString inSegment;
    if (scope.segment)
        inSegment = QStringLiteral(" AND e.phone IN (%1)").arg(AnalyticsSql::segmentPhones(scope, &values));
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral("SELECT %1, COUNT(DISTINCT e.phone) FROM consent_event e %2 WHERE e.kind = "
                                  "'opt_out' AND e.campaign_id = ?%3 GROUP BY 1")
                       .arg(AnalyticsSql::reasonOfOptOut(), AnalyticsSql::joinSuppression(), inSegment),
                   values))
        return Result<QVector<CodeCount>>::failure(SqlError::describe(q.lastError()));
    QVector<CodeCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return mostFirst(counts);
}

Result<QVector<CodeCount>> Analytics::channels(const AnalyticsScope& scope) const
{
    QVariantList values;
    const QString events = AnalyticsSql::eventsInSpan(scope, QStringLiteral("'opt_out', 'exclude'"), &values);
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT e.channel, COUNT(*) FROM consent_event e WHERE %1 GROUP BY 1").arg(events),
            values))
        return Result<QVector<CodeCount>>::failure(SqlError::describe(q.lastError()));
    QVector<CodeCount> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return mostFirst(counts);
}

Result<qint64> Analytics::activeSubscribers(const AnalyticsScope& scope) const
{
    QVariantList values{int(SubscriberStatus::Subscribed)};
    QString sql = QStringLiteral("SELECT COUNT(*) FROM subscriber s WHERE s.status = ?");
    if (scope.segment) {
        sql += QStringLiteral(" AND (%1)").arg(scope.segment->where);
        values += scope.segment->values;
    }
    QSqlQuery q(m_db);
    if (!execBound(q, sql, values) || !q.next())
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Status Analytics::addTimeline(QVector<PeriodFigures>* periods, const QVector<CampaignFigures>& campaigns,
                              const AnalyticsScope& scope) const
{
    if (periods->isEmpty())
        return {};
    for (const CampaignFigures& c : campaigns) {
        const int i = periodOf(*periods, c.startedAt);
        if (i < 0)
            continue;
        (*periods)[i].unsubscribeRate += c.unsubscribeRate();
        (*periods)[i].deliveryRate.add(c);
    }
    // Consents, opt-outs and exclusions by the period they were recorded in: the periods' bounds
    // are a table the events are joined to, so the database counts them in one pass.
    QStringList bounds;
    QVariantList values;
    for (int i = 0; i < periods->size(); ++i) {
        bounds.append(QStringLiteral("(%1, ?, ?)").arg(i));
        values << Timestamps::toDb(periods->at(i).period.startUtc)
               << Timestamps::toDb(periods->at(i).period.endUtc);
    }
    QString inSegment;
    if (scope.segment)
        inSegment = QStringLiteral(" AND e.phone IN (%1)").arg(AnalyticsSql::segmentPhones(scope, &values));
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral("WITH bounds(i, start_at, end_at) AS (VALUES %1) "
                                  "SELECT b.i, e.kind, COUNT(*) FROM bounds b JOIN consent_event e "
                                  "ON e.kind IN ('opt_in', 'opt_out', 'exclude') AND e.at >= b.start_at "
                                  "AND e.at < b.end_at%2 GROUP BY 1, 2")
                       .arg(bounds.join(QStringLiteral(", ")), inSegment),
                   values))
        return Status::failure(SqlError::describe(q.lastError()));
    while (q.next()) {
        PeriodFigures& p = (*periods)[q.value(0).toInt()];
        const QString kind = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (kind == QLatin1String("opt_in")) {
            p.gained += n;
        } else {
            p.lost += n;
            if (kind == QLatin1String("opt_out"))
                p.optOuts += n;
        }
    }
    return {};
}

Result<DashboardFigures> Analytics::dashboard(const AnalyticsScope& scope, Granularity granularity,
                                              const QDate& today, const std::atomic_bool* cancel) const
{
    using R = Result<DashboardFigures>;
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    const QString stopped = tr("Cancelled.");
    DashboardFigures f;
    f.scope = scope;
    f.granularity = granularity;
    f.today = today;

    // The scope's span.
    Result<QVector<CampaignFigures>> inSpan = campaigns(scope);
    if (!inSpan)
        return R::failure(inSpan.error());
    f.campaigns = inSpan.value();
    f.timeline = figuresFor(Period::split(scope.period(), granularity, scope.zone, scope.firstDayOfWeek));
    if (Status added = addTimeline(&f.timeline, f.campaigns, scope); !added)
        return R::failure(added.error());
    if (cancelled())
        return R::failure(stopped);
    Result<QVector<CodeCount>> reasons = this->reasons(scope);
    if (!reasons)
        return R::failure(reasons.error());
    f.reasons = reasons.value();
    Result<QVector<CodeCount>> channels = this->channels(scope);
    if (!channels)
        return R::failure(channels.error());
    f.channels = channels.value();
    if (cancelled())
        return R::failure(stopped);

    // The key figures end today, whatever the span: one read of the last twelve weeks' campaigns
    // serves the 30-day rates, the one before them and the trend lines.
    AnalyticsScope recent = scope;
    recent.first = today.addDays(-(TrendWeeks * 7 - 1));
    recent.last = today;
    Result<QVector<CampaignFigures>> recentCampaigns = campaigns(recent);
    if (!recentCampaigns)
        return R::failure(recentCampaigns.error());
    const Period last30 = Period::of(today.addDays(-29), today, scope.zone);
    const Period previous30 = Period::of(today.addDays(-59), today.addDays(-30), scope.zone);
    for (const CampaignFigures& c : recentCampaigns.value()) {
        if (last30.contains(c.startedAt)) {
            f.last30Days += c.unsubscribeRate();
            f.deliveryLast30Days.add(c);
        } else if (previous30.contains(c.startedAt)) {
            f.previous30Days += c.unsubscribeRate();
        }
    }
    QVector<Period> weeks;
    for (int i = TrendWeeks - 1; i >= 0; --i)
        weeks.append(Period::of(today.addDays(-(i * 7 + 6)), today.addDays(-(i * 7)), scope.zone));
    f.trend = figuresFor(weeks);
    if (Status added = addTimeline(&f.trend, recentCampaigns.value(), scope); !added)
        return R::failure(added.error());

    // Opt-outs since the week began, in the business's calendar.
    const int intoWeek = (today.dayOfWeek() - int(scope.firstDayOfWeek) + 7) % 7;
    QVector<PeriodFigures> thisWeek = figuresFor({Period::of(today.addDays(-intoWeek), today, scope.zone)});
    if (Status added = addTimeline(&thisWeek, {}, scope); !added)
        return R::failure(added.error());
    f.optOutsThisWeek = thisWeek.constFirst().optOuts;

    Result<qint64> active = activeSubscribers(scope);
    if (!active)
        return R::failure(active.error());
    f.activeSubscribers = active.value();
    // Back from today by each week's consents and departures: an estimate of who could be sent
    // marketing at the end of each trend week, good enough for a trend line.
    f.activeTrend.resize(f.trend.size());
    qint64 atEnd = f.activeSubscribers;
    for (qsizetype i = f.trend.size() - 1; i >= 0; --i) {
        f.activeTrend[i] = qMax<qint64>(0, atEnd);
        atEnd -= f.trend.at(i).gained - f.trend.at(i).lost;
    }
    return f;
}

QVector<std::pair<QString, QString>> Analytics::definitions()
{
    return {
        {tr("Unsubscribe rate of a campaign"),
         tr("The opt-outs attributed to the campaign, each number once, divided by its messages delivered, "
            "or by its messages sent where the gateway reported no deliveries.")},
        {tr("Attribution"), tr("An opt-out is attributed to the last campaign that sent the number a message "
                               "before it.")},
        {tr("Unsubscribe rate of a period"),
         tr("The opt-outs attributed to the campaigns started in the period, divided by those campaigns' "
            "delivered (or sent) messages.")},
        {tr("Delivery rate"),
         tr("Messages delivered divided by messages sent, over the campaigns whose gateway "
            "reports deliveries.")},
        {tr("Opt-outs, reasons, how people left"),
         tr("Opt-outs counted by the time they were recorded, whichever campaign they followed.")},
        {tr("Gained and lost"), tr("Gained: consents recorded. Lost: opt-outs and exclusions recorded.")},
        {tr("Active subscribers"), tr("People with consent who have not unsubscribed and are not excluded.")},
        {tr("Days"), tr("Days begin at midnight in the time zone of the computer that made the figures.")},
    };
}

QString Analytics::reasonLabel(const QString& code)
{
    if (code.isEmpty())
        return tr("No reason given");
    if (std::optional<OptOutReason> reason = OptOutReasons::fromCode(code))
        return OptOutReasons::label(*reason);
    return code;
}

QString Analytics::channelLabel(const QString& code)
{
    ConsentEvent::Channel channel;
    if (!ConsentEvent::channelFromCode(code, &channel))
        return code;
    // The history's labels run on in a sentence ("by hand"); a chart's label stands alone.
    QString label = ConsentEvent::channelLabel(channel);
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace textwell
