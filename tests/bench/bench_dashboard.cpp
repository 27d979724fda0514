// The dashboard's aggregation over a big history (tests/bench/bench_dashboard.cpp), run by
// scripts/bench.sh dashboard:
//   bench_dashboard --database DB [--messages N] [--optouts N]
// fills DB, when it does not exist yet, with two years of campaigns: N messages (10,000,000 by
// default) to a million numbers, N opt-outs (200,000) attributed to them, as many consents, and
// 200,000 people; then times Analytics::dashboard for the default view (90 days by week), cold and
// warm, for twelve months by month, and for a segment.
#include "analytics/analytics.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace textwell;

namespace {

constexpr int Campaigns = 500;
constexpr int HistoryDays = 730;
constexpr qint64 Numbers = 1000000;

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values = {})
{
    if (execBound(q, sql, values))
        return true;
    std::fprintf(stderr, "%s\n%s\n", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}

// Numbers as "+4915" followed by eight digits, from a row number in SQL.
QString phoneSql(const QString& n)
{
    return QStringLiteral("'+4915' || substr('0000000' || (%1), -8)").arg(n);
}

bool generate(const QSqlDatabase& db, qint64 messages, qint64 optOuts)
{
    QSqlQuery q(db);
    const QDateTime now = Clock::currentUtc();
    const qint64 perCampaign = messages / Campaigns;
    if (!run(q, QStringLiteral("BEGIN")))
        return false;
    // Rows 0 ... count - 1 in SQL, as n(i).
    auto rows = [](qint64 count) {
        return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
            .arg(count - 1);
    };
    for (int c = 0; c < Campaigns; ++c) {
        const QDateTime started = now.addSecs(-qint64(HistoryDays) * 86400 * (Campaigns - c) / Campaigns);
        if (!run(q,
                 QStringLiteral("INSERT INTO campaign (name, created_at, status, started_at, finished_at) "
                                "VALUES (?, ?, 'finished', ?, ?)"),
                 {QStringLiteral("Campaign %1").arg(c + 1), Timestamps::toDb(started),
                  Timestamps::toDb(started), Timestamps::toDb(started.addSecs(3600))}))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        // One campaign in ten went through a gateway without delivery reports.
        const QString state = c % 10 == 3 ? QStringLiteral("'sent'")
                                          : QStringLiteral("CASE WHEN i % 100 < 93 THEN 'delivered' "
                                                           "WHEN i % 100 < 97 THEN 'failed' ELSE 'sent' END");
        if (!run(q,
                 rows(perCampaign) +
                     QStringLiteral("INSERT INTO message (campaign_id, phone, state, sent_at, "
                                    "marketing) SELECT ?, %1, %2, ?, 1 FROM n")
                         .arg(phoneSql(QStringLiteral("(i * 7919 + %1 * 104729) % %2").arg(c).arg(Numbers)),
                              state),
                 {id, Timestamps::toDb(started)}))
            return false;
        if (c % 50 == 49)
            std::fprintf(stderr, "  %d of %d campaigns written\n", c + 1, Campaigns);
    }
    // Opt-outs: spread over the campaigns, hours to two days after each, with reasons and channels.
    const qint64 perCampaignOptOuts = optOuts / Campaigns;
    if (!run(q, rows(perCampaignOptOuts) +
                    QStringLiteral(
                        "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, reason_code, "
                        "campaign_id) "
                        "SELECT %1, 'opt_out', strftime('%Y-%m-%dT%H:%M:%fZ', c.started_at, '+' || (n.i % 48 "
                        "+ 1) "
                        "|| ' hours'), c.started_at, "
                        "CASE n.i % 5 WHEN 0 THEN 'reply' WHEN 1 THEN 'manual' WHEN 2 THEN 'carrier' "
                        "ELSE 'keyword' END, "
                        "CASE n.i % 7 WHEN 0 THEN 'not_relevant' WHEN 1 THEN 'no_benefit' WHEN 2 THEN '' "
                        "WHEN 3 THEN 'never_signed_up' ELSE 'too_frequent' END, c.id "
                        "FROM campaign c JOIN n")
                        // Numbers the campaign sent to (its i-th message went to i * 7919 + ...).
                        .arg(phoneSql(
                            QStringLiteral("(n.i * 7919 * 50 + (c.id - 1) * 104729) % %1").arg(Numbers)))))
        return false;
    // As many consents, a day before each campaign.
    if (!run(q, rows(perCampaignOptOuts) +
                    QStringLiteral(
                        "INSERT INTO consent_event (phone, kind, at, recorded_at, channel) "
                        "SELECT %1, 'opt_in', strftime('%Y-%m-%dT%H:%M:%fZ', c.started_at, '-1 day'), "
                        "c.started_at, 'import' FROM campaign c JOIN n")
                        .arg(phoneSql(QStringLiteral("(n.i * 31 + c.id) % %1").arg(Numbers)))))
        return false;
    // 200,000 people, a tenth of them in Köln, most of them subscribed.
    if (!run(q,
             rows(200000) +
                 QStringLiteral("INSERT INTO subscriber (phone, first_name, city, status, number_kind, "
                                "created_at, updated_at) SELECT %1, 'P', CASE WHEN i % 10 = 0 "
                                "THEN 'Köln' ELSE 'Berlin' END, CASE WHEN i % 20 = 0 THEN 2 ELSE 0 END, "
                                "1, ?, ? FROM n")
                     .arg(phoneSql(QStringLiteral("i * 5"))),
             {Timestamps::toDb(now), Timestamps::toDb(now)}))
        return false;
    return run(q, QStringLiteral("COMMIT")) && run(q, QStringLiteral("ANALYZE"));
}

double timeDashboard(const QSqlDatabase& db, const AnalyticsScope& scope, Granularity granularity,
                     const QDate& today, DashboardFigures* figures = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    Result<DashboardFigures> f = Analytics(db).dashboard(scope, granularity, today);
    const double ms = clock.nsecsElapsed() / 1e6;
    if (!f) {
        std::fprintf(stderr, "dashboard failed: %s\n", qPrintable(f.error()));
        return -1;
    }
    if (figures)
        *figures = f.value();
    return ms;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database (made when missing)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages to generate."),
                      QStringLiteral("n"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("optouts"), QStringLiteral("Opt-outs to generate."), QStringLiteral("n"),
                      QStringLiteral("200000")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_dashboard: --database is needed\n");
        return 2;
    }
    const bool fresh = !QFileInfo::exists(path);
    auto opened = Connection::open(path, Connection::Mode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const QSqlDatabase db = opened.value()->database();
    const qint64 messages = parser.value(QStringLiteral("messages")).toLongLong();
    const qint64 optOuts = parser.value(QStringLiteral("optouts")).toLongLong();
    if (fresh) {
        std::fprintf(stderr, "Generating %lld messages and %lld opt-outs...\n", messages, optOuts);
        QElapsedTimer clock;
        clock.start();
        if (!generate(db, messages, optOuts))
            return 1;
        std::fprintf(stderr, "  generated in %.0f s\n", clock.elapsed() / 1000.0);
    }

    const QDate today = Clock::currentUtc().toLocalTime().date();
    const AnalyticsScope defaultView = AnalyticsScope::lastDays(90, today);
    DashboardFigures figures;
    const double cold = timeDashboard(db, defaultView, Granularity::Week, today, &figures);
    QVector<double> warm;
    for (int i = 0; i < 5; ++i)
        warm.append(timeDashboard(db, defaultView, Granularity::Week, today));
    AnalyticsScope year = AnalyticsScope::lastDays(365, today);
    QVector<double> yearRuns;
    for (int i = 0; i < 3; ++i)
        yearRuns.append(timeDashboard(db, year, Granularity::Month, today));
    AnalyticsScope segment = defaultView;
    segment.segment = CompiledSegment{QStringLiteral("s.city = ?"), {QStringLiteral("Köln")}, {}, {}};
    const double segmentMs = timeDashboard(db, segment, Granularity::Week, today);

    qint64 optOutsInView = 0;
    for (const PeriodFigures& p : figures.timeline)
        optOutsInView += p.optOuts;
    std::printf("dashboard on %lld messages, %lld opt-outs: default view (90 days by week: %lld campaigns, "
                "%lld opt-outs) cold %.0f ms, warm median %.0f ms (target: < 300 ms)\n",
                messages, optOuts, qint64(figures.campaigns.size()), optOutsInView, cold, median(warm));
    std::printf(
        "  12 months by month: median %.0f ms; 90 days for a segment (a tenth of the people): %.0f ms\n",
        median(yearRuns), segmentMs);
    return 0;
}
