// The dashboard's measures against a small database where every figure is worked out by hand:
// attribution, delivered vs sent, periods in local time across midnight and the end of DST.
#include "analytics/analytics.h"
#include "analytics/dashboardsettings.h"
#include "analytics/optoutlog.h"
#include "campaigns/outboxmessage.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "util/clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace textwell;

namespace {

const QTimeZone Berlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString db(const char* iso)
{
    return utc(iso).toString(Qt::ISODateWithMs);
}

bool near(const std::optional<double>& value, double expected)
{
    return value && std::abs(*value - expected) < 1e-12;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyDatabaseHasNoRates();
    void campaignRateUsesDeliveredOrSent();
    void periodsFollowLocalDaysAcrossDst();
    void dayPeriodsAreWallClockDays();
    void weeksStartOnTheChosenDay();
    void timelineCountsCampaignsByLocalStart();
    void eventsCountInTheLocalDayTheyHappened();
    void reasonsIncludeOnesGivenLater();
    void channelsCountOptOutsAndExclusions();
    void keyFiguresEndToday();
    void segmentRestrictsEveryFigure();
    void drillDownListsThePeopleBehindAFigure();
    void tallyFollowsEveryChangeOfAMessage();
    void settingsAreCheckedAndKept();

private:
    QSqlDatabase database() const { return m_connection->database(); }
    void exec(const QString& sql, const QVariantList& values = {});
    qint64 campaign(const QString& name, const char* startedAt);
    // `count` messages of a campaign to numbers +4915100000<first + i>, in a state, sent or not.
    void messages(qint64 campaignId, int first, int count, MessageState state, bool sent);
    void person(const QString& phone, const QString& city);
    void event(const QString& phone, const char* kind, const char* at, const char* channel,
               const QString& reason = {}, qint64 campaignId = 0);
    static QString phone(int i) { return QStringLiteral("+4915100000%1").arg(i, 3, 10, QLatin1Char('0')); }
    // The fixture every test below reads; its figures are worked out in the comments.
    void fillFixture();

    ManualClock m_clock{QDateTime(QDate(2026, 10, 27), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_f = 0;
};

void TestAnalytics::init()
{
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Connection::open(m_dir->filePath(QStringLiteral("analytics.sqlite")),
                                   Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
}

void TestAnalytics::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

void TestAnalytics::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(database());
    if (!execBound(q, sql, values))
        QFAIL(qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
}

qint64 TestAnalytics::campaign(const QString& name, const char* startedAt)
{
    QSqlQuery q(database());
    const QVariant started = startedAt ? QVariant(db(startedAt)) : QVariant(QMetaType::fromType<QString>());
    if (!execBound(
            q,
            QStringLiteral("INSERT INTO campaign (name, created_at, status, started_at) VALUES (?, ?, ?, ?)"),
            {name, db("2026-09-01T00:00:00"),
             startedAt ? QStringLiteral("finished") : QStringLiteral("draft"), started}))
        qWarning() << q.lastError().text();
    return q.lastInsertId().toLongLong();
}

void TestAnalytics::messages(qint64 campaignId, int first, int count, MessageState state, bool sent)
{
    for (int i = 0; i < count; ++i)
        exec(QStringLiteral("INSERT INTO message (campaign_id, phone, state, sent_at) VALUES (?, ?, ?, ?)"),
             {campaignId, phone(first + i), OutboxMessage::stateCode(state),
              sent ? QVariant(db("2026-10-20T10:00:00")) : QVariant(QMetaType::fromType<QString>())});
}

void TestAnalytics::person(const QString& phone, const QString& city)
{
    exec(QStringLiteral("INSERT INTO subscriber (phone, first_name, city, status, created_at, updated_at) "
                        "VALUES (?, 'P', ?, 0, ?, ?)"),
         {phone, city, db("2026-01-01T00:00:00"), db("2026-01-01T00:00:00")});
}

void TestAnalytics::event(const QString& phone, const char* kind, const char* at, const char* channel,
                          const QString& reason, qint64 campaignId)
{
    exec(QStringLiteral("INSERT INTO consent_event (phone, kind, at, recorded_at, channel, reason_code, "
                        "campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {phone, QString::fromLatin1(kind), db(at), db(at), QString::fromLatin1(channel), sqlText(reason),
          campaignId ? QVariant(campaignId) : QVariant(QMetaType::fromType<qint64>())});
}

void TestAnalytics::fillFixture()
{
    // Berlin leaves summer time on Sunday 25 Oct 2026 at 03:00 (01:00 UTC): that day lasts 25 hours,
    // from 24 Oct 22:00 UTC to 25 Oct 23:00 UTC.
    //   A starts 00:30 on 25 Oct in Berlin (24 Oct in UTC). 100 messages: 90 delivered, 5 failed
    //     after sending, 3 refused before sending, 2 sent with no report: sent 97, failed 8,
    //     measured against its 90 delivered. Opt-outs: 000 twice (counted once), 001, 002 → 3/90.
    //   B starts 23:30 on 25 Oct (22:30 UTC). No delivery reports: 40 sent, 2 refused, measured
    //     against its 40 sent. Opt-outs 100 (never signed up) and 101 (no reason) → 2/40.
    //   D starts 23:59:59 on 26 Oct; nothing was sent (5 skipped): no rate.
    //   C starts 00:00 on 27 Oct (26 Oct 23:00 UTC): 10 delivered, no opt-outs → 0/10.
    //   E is a draft: never counts.   F started 10 Sep: 50 delivered, 1 opt-out.
    exec(QStringLiteral("BEGIN"));
    m_a = campaign(QStringLiteral("A"), "2026-10-24T22:30:00");
    m_b = campaign(QStringLiteral("B"), "2026-10-25T22:30:00");
    m_d = campaign(QStringLiteral("D"), "2026-10-26T22:59:59");
    m_c = campaign(QStringLiteral("C"), "2026-10-26T23:00:00");
    campaign(QStringLiteral("E"), nullptr);
    m_f = campaign(QStringLiteral("F"), "2026-09-10T08:00:00");
    messages(m_a, 0, 90, MessageState::Delivered, true);
    messages(m_a, 90, 5, MessageState::Failed, true);
    messages(m_a, 95, 3, MessageState::Failed, false);
    messages(m_a, 98, 2, MessageState::Sent, true);
    messages(m_b, 100, 40, MessageState::Sent, true);
    messages(m_b, 140, 2, MessageState::Failed, false);
    messages(m_d, 200, 5, MessageState::Skipped, false);
    messages(m_c, 300, 10, MessageState::Delivered, true);
    messages(m_f, 400, 50, MessageState::Delivered, true);

    // 000 leaves, comes back with START, and leaves again before any other campaign.
    event(phone(0), "opt_out", "2026-10-25T08:00:00", "keyword", QStringLiteral("too_frequent"), m_a);
    event(phone(0), "opt_in", "2026-10-25T09:00:00", "keyword");
    event(phone(0), "opt_out", "2026-10-25T10:00:00", "keyword", QStringLiteral("too_frequent"), m_a);
    // 001 gave no reason with the STOP, and answered the reason question later: kept on the
    // suppression row only.
    event(phone(1), "opt_out", "2026-10-25T22:59:59", "reply", QString(), m_a); // 23:59:59 on the 25th
    exec(QStringLiteral("INSERT INTO suppression (phone, opted_out_at, opt_out_reason) VALUES (?, ?, ?)"),
         {phone(1), db("2026-10-25T22:59:59"), QStringLiteral("too_frequent")});
    event(phone(2), "opt_out", "2026-10-25T23:00:00", "manual", QStringLiteral("not_relevant"),
          m_a); // the 26th
    event(phone(100), "opt_out", "2026-10-26T07:00:00", "keyword", QStringLiteral("never_signed_up"), m_b);
    event(phone(101), "opt_out", "2026-10-26T08:00:00", "carrier", QString(), m_b);
    event(phone(400), "opt_out", "2026-09-11T08:00:00", "keyword", QStringLiteral("no_benefit"), m_f);
    // Not attributed to any campaign: a number excluded by hand, a consent, an unrelated opt-out.
    event(phone(900), "exclude", "2026-10-24T21:59:59", "manual"); // 23:59:59 on the 24th
    event(phone(901), "opt_in", "2026-10-24T22:00:00", "manual");  // 00:00 on the 25th
    event(phone(902), "opt_out", "2026-10-27T06:00:00", "manual", QStringLiteral("too_frequent"));
    // Subscribed people: two in Köln (000 and 100), one in Bonn.
    person(phone(0), QStringLiteral("Köln"));
    person(phone(100), QStringLiteral("Köln"));
    person(phone(300), QStringLiteral("Bonn"));
    exec(QStringLiteral("COMMIT"));
}

void TestAnalytics::emptyDatabaseHasNoRates()
{
    Analytics analytics(database());
    AnalyticsScope scope = AnalyticsScope::lastDays(90, QDate(2026, 10, 27), Berlin);
    auto figures = analytics.dashboard(scope, Granularity::Week, QDate(2026, 10, 27));
    QVERIFY2(figures, qPrintable(figures.error()));
    const DashboardFigures& f = figures.value();
    QVERIFY(!f.hasAnyCampaign());
    QCOMPARE(f.activeSubscribers, 0);
    QVERIFY(!f.last30Days.rate());
    QVERIFY(!f.previous30Days.rate());
    QVERIFY(!f.deliveryLast30Days.rate());
    QCOMPARE(f.optOutsThisWeek, 0);
    QCOMPARE(f.timeline.size(), 14); // 30 Jul (Thu) ... 2 Aug, twelve weeks from Monday 3 Aug, 26 ... 27 Oct
    for (const PeriodFigures& p : f.timeline)
        QVERIFY(!p.unsubscribeRate.rate() && p.gained == 0 && p.lost == 0);
    QCOMPARE(f.trend.size(), 12);
    QVERIFY(f.reasons.isEmpty() && f.channels.isEmpty());
}

void TestAnalytics::campaignRateUsesDeliveredOrSent()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope = AnalyticsScope::lastDays(30, QDate(2026, 10, 27), Berlin);
    auto found = analytics.campaigns(scope);
    QVERIFY2(found, qPrintable(found.error()));
    const QVector<CampaignFigures> c = found.value();
    QCOMPARE(c.size(), 4); // newest first: C, D, B, A; E never started, F is older
    QCOMPARE(c[0].id, m_c);
    QCOMPARE(c[1].id, m_d);
    QCOMPARE(c[2].id, m_b);
    QCOMPARE(c[3].id, m_a);

    const CampaignFigures& a = c[3];
    QCOMPARE(a.sent, 97);
    QCOMPARE(a.delivered, 90);
    QCOMPARE(a.failed, 8);
    QCOMPARE(a.optOuts, 3);
    QVERIFY(a.hasDeliveryReports());
    QVERIFY(near(a.unsubscribeRate().rate(), 3.0 / 90));
    QCOMPARE(a.topReason, QStringLiteral("too_frequent")); // 000 and 001 (given later) vs 002

    const CampaignFigures& b = c[2];
    QCOMPARE(b.sent, 40);
    QCOMPARE(b.delivered, 0);
    QCOMPARE(b.failed, 2);
    QVERIFY(!b.hasDeliveryReports());
    QVERIFY(near(b.unsubscribeRate().rate(), 2.0 / 40));
    QCOMPARE(b.topReason, QStringLiteral("never_signed_up"));

    QVERIFY(!c[1].unsubscribeRate().rate()); // D: nothing sent, no rate rather than 0 %
    QVERIFY(near(c[0].unsubscribeRate().rate(), 0.0));
    QVERIFY(c[0].topReason.isEmpty());

    auto one = analytics.campaign(m_f, scope); // outside the span, asked by id
    QVERIFY2(one, qPrintable(one.error()));
    QVERIFY(near(one.value().unsubscribeRate().rate(), 1.0 / 50));
}

void TestAnalytics::periodsFollowLocalDaysAcrossDst()
{
    const Period sunday = Period::of(QDate(2026, 10, 25), QDate(2026, 10, 25), Berlin);
    QCOMPARE(sunday.startUtc, utc("2026-10-24T22:00:00"));
    QCOMPARE(sunday.endUtc, utc("2026-10-25T23:00:00"));
    QCOMPARE(sunday.startUtc.secsTo(sunday.endUtc), 25 * 3600);
    // And into summer time: 29 Mar 2026 has 23 hours.
    const Period spring = Period::of(QDate(2026, 3, 29), QDate(2026, 3, 29), Berlin);
    QCOMPARE(spring.startUtc.secsTo(spring.endUtc), 23 * 3600);
    QVERIFY(sunday.contains(utc("2026-10-25T22:59:59")));
    QVERIFY(!sunday.contains(utc("2026-10-25T23:00:00")));
}

void TestAnalytics::dayPeriodsAreWallClockDays()
{
    const Period span = Period::of(QDate(2026, 10, 24), QDate(2026, 10, 27), Berlin);
    const QVector<Period> days = Period::split(span, Granularity::Day, Berlin, Qt::Monday);
    QCOMPARE(days.size(), 4);
    for (int i = 0; i < days.size(); ++i) {
        QCOMPARE(days[i].first, QDate(2026, 10, 24 + i));
        QCOMPARE(days[i].last, days[i].first);
        if (i > 0)
            QCOMPARE(days[i].startUtc, days[i - 1].endUtc); // no gap, no overlap
    }
    const QVector<Period> months = Period::split(Period::of(QDate(2026, 1, 15), QDate(2026, 3, 3), Berlin),
                                                 Granularity::Month, Berlin, Qt::Monday);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months[0].first, QDate(2026, 1, 15));
    QCOMPARE(months[0].last, QDate(2026, 1, 31));
    QCOMPARE(months[1].first, QDate(2026, 2, 1));
    QCOMPARE(months[1].last, QDate(2026, 2, 28));
    QCOMPARE(months[2].last, QDate(2026, 3, 3));
    QCOMPARE(Period::suggested(QDate(2026, 1, 1), QDate(2026, 1, 31)), Granularity::Day);
    QCOMPARE(Period::suggested(QDate(2026, 1, 1), QDate(2026, 3, 31)), Granularity::Week);
    QCOMPARE(Period::suggested(QDate(2025, 11, 1), QDate(2026, 10, 31)), Granularity::Month);
}

void TestAnalytics::weeksStartOnTheChosenDay()
{
    const Period span = Period::of(QDate(2026, 10, 21), QDate(2026, 11, 3), Berlin); // Wed ... Tue
    const QVector<Period> monday = Period::split(span, Granularity::Week, Berlin, Qt::Monday);
    QCOMPARE(monday.size(), 3);
    QCOMPARE(monday[0].first, QDate(2026, 10, 21));
    QCOMPARE(monday[0].last, QDate(2026, 10, 25));  // Sunday
    QCOMPARE(monday[1].first, QDate(2026, 10, 26)); // Monday
    QCOMPARE(monday[1].last, QDate(2026, 11, 1));
    QCOMPARE(monday[2].last, QDate(2026, 11, 3));
    const QVector<Period> sunday = Period::split(span, Granularity::Week, Berlin, Qt::Sunday);
    QCOMPARE(sunday[0].last, QDate(2026, 10, 24)); // Saturday
    QCOMPARE(sunday[1].first, QDate(2026, 10, 25));
}

void TestAnalytics::timelineCountsCampaignsByLocalStart()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope;
    scope.first = QDate(2026, 10, 24);
    scope.last = QDate(2026, 10, 27);
    scope.zone = Berlin;
    auto figures = analytics.dashboard(scope, Granularity::Day, QDate(2026, 10, 27));
    QVERIFY2(figures, qPrintable(figures.error()));
    const QVector<PeriodFigures>& t = figures.value().timeline;
    QCOMPARE(t.size(), 4);
    QVERIFY(!t[0].unsubscribeRate.rate());     // 24 Oct: A started after midnight in Berlin
    QCOMPARE(t[1].unsubscribeRate.optOuts, 5); // 25 Oct: A and B
    QCOMPARE(t[1].unsubscribeRate.reached, 130);
    QVERIFY(near(t[1].unsubscribeRate.rate(), 5.0 / 130));
    QVERIFY(!t[2].unsubscribeRate.rate());           // 26 Oct: only D, which sent nothing
    QVERIFY(near(t[3].unsubscribeRate.rate(), 0.0)); // 27 Oct: C
    QCOMPARE(t[1].deliveryRate.delivered, 90);       // B has no reports: not in the delivery rate
    QCOMPARE(t[1].deliveryRate.sent, 97);
}

void TestAnalytics::eventsCountInTheLocalDayTheyHappened()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope;
    scope.first = QDate(2026, 10, 24);
    scope.last = QDate(2026, 10, 27);
    scope.zone = Berlin;
    auto figures = analytics.dashboard(scope, Granularity::Day, QDate(2026, 10, 27));
    QVERIFY2(figures, qPrintable(figures.error()));
    const QVector<PeriodFigures>& t = figures.value().timeline;
    // 24th: the exclusion at 23:59:59. 25th: 000 out, in, out; 001 at 23:59:59; 901's consent at 00:00.
    // 26th: 002 at 00:00, 100, 101. 27th: 902.
    QCOMPARE(t[0].lost, 1);
    QCOMPARE(t[0].optOuts, 0);
    QCOMPARE(t[0].gained, 0);
    QCOMPARE(t[1].optOuts, 3);
    QCOMPARE(t[1].gained, 2);
    QCOMPARE(t[2].optOuts, 3);
    QCOMPARE(t[3].optOuts, 1);
    QCOMPARE(t[3].lost, 1);
}

void TestAnalytics::reasonsIncludeOnesGivenLater()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope;
    scope.first = QDate(2026, 10, 24);
    scope.last = QDate(2026, 10, 27);
    scope.zone = Berlin;
    auto reasons = analytics.reasons(scope);
    QVERIFY2(reasons, qPrintable(reasons.error()));
    // too_frequent: 000 twice, 001 (given later), 902; not_relevant: 002; never_signed_up: 100;
    // none: 101. Most given first.
    const QVector<CodeCount> r = reasons.value();
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[0].code, QStringLiteral("too_frequent"));
    QCOMPARE(r[0].count, 4);
    qint64 total = 0;
    for (const CodeCount& c : r) {
        total += c.count;
        if (c.code.isEmpty())
            QCOMPARE(c.count, 1);
    }
    QCOMPARE(total, 7);
    QCOMPARE(Analytics::reasonLabel(QString()), QStringLiteral("No reason given"));
    QVERIFY(!Analytics::reasonLabel(QStringLiteral("too_frequent")).contains(QLatin1Char('_')));
}

void TestAnalytics::channelsCountOptOutsAndExclusions()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope;
    scope.first = QDate(2026, 10, 24);
    scope.last = QDate(2026, 10, 27);
    scope.zone = Berlin;
    auto channels = analytics.channels(scope);
    QVERIFY2(channels, qPrintable(channels.error()));
    QHash<QString, qint64> by;
    for (const CodeCount& c : channels.value())
        by.insert(c.code, c.count);
    QCOMPARE(by.value(QStringLiteral("keyword")), 3); // 000 twice, 100
    QCOMPARE(by.value(QStringLiteral("reply")), 1);
    QCOMPARE(by.value(QStringLiteral("manual")), 3); // 002, 902 and the exclusion of 900
    QCOMPARE(by.value(QStringLiteral("carrier")), 1);
    QCOMPARE(channels.value().constFirst().count, 3);
    QCOMPARE(Analytics::channelLabel(QStringLiteral("manual")), QStringLiteral("By hand"));
}

void TestAnalytics::keyFiguresEndToday()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope = AnalyticsScope::lastDays(7, QDate(2026, 10, 27), Berlin);
    auto figures = analytics.dashboard(scope, Granularity::Day, QDate(2026, 10, 27));
    QVERIFY2(figures, qPrintable(figures.error()));
    const DashboardFigures& f = figures.value();
    // Last 30 days (28 Sep ... 27 Oct): A, B, C, D → 5 / (90 + 40 + 10).
    QCOMPARE(f.last30Days.optOuts, 5);
    QCOMPARE(f.last30Days.reached, 140);
    // The 30 days before (29 Aug ... 27 Sep): F → 1 / 50.
    QVERIFY(near(f.previous30Days.rate(), 1.0 / 50));
    // Delivery over the campaigns with reports: A 90 of 97, C 10 of 10.
    QCOMPARE(f.deliveryLast30Days.delivered, 100);
    QCOMPARE(f.deliveryLast30Days.sent, 107);
    // The week began on Monday 26 Oct in Berlin (25 Oct 23:00 UTC): 002, 100, 101, 902.
    QCOMPARE(f.optOutsThisWeek, 4);
    QCOMPARE(f.activeSubscribers, 3);
    QCOMPARE(f.trend.size(), 12);
    QCOMPARE(f.trend.last().period.last, QDate(2026, 10, 27));
    QCOMPARE(f.trend.last().unsubscribeRate.reached, 140); // 21 ... 27 Oct
    QCOMPARE(f.activeTrend.size(), 12);
    QCOMPARE(f.activeTrend.last(), 3);
    // Week 21–27 Oct: 2 consents, 7 opt-outs and 1 exclusion (+6 net lost) → 9 before it.
    QCOMPARE(f.activeTrend.at(10), 9);
}

void TestAnalytics::segmentRestrictsEveryFigure()
{
    fillFixture();
    Analytics analytics(database());
    AnalyticsScope scope = AnalyticsScope::lastDays(30, QDate(2026, 10, 27), Berlin);
    scope.segment = CompiledSegment{QStringLiteral("s.city = ?"), {QStringLiteral("Köln")}, {}, {}};
    auto found = analytics.campaigns(scope);
    QVERIFY2(found, qPrintable(found.error()));
    QHash<qint64, CampaignFigures> by;
    for (const CampaignFigures& c : found.value())
        by.insert(c.id, c);
    // Köln: 000 (A: delivered, opted out) and 100 (B: sent, opted out).
    QCOMPARE(by.value(m_a).delivered, 1);
    QCOMPARE(by.value(m_a).sent, 1);
    QCOMPARE(by.value(m_a).optOuts, 1);
    QCOMPARE(by.value(m_b).sent, 1);
    QCOMPARE(by.value(m_b).optOuts, 1);
    QCOMPARE(by.value(m_c).sent, 0);
    auto active = analytics.activeSubscribers(scope);
    QVERIFY(active);
    QCOMPARE(active.value(), 2);
    auto reasons = analytics.reasons(scope);
    QVERIFY(reasons);
    qint64 total = 0;
    for (const CodeCount& c : reasons.value())
        total += c.count;
    QCOMPARE(total, 3); // 000 twice, 100
}

void TestAnalytics::drillDownListsThePeopleBehindAFigure()
{
    fillFixture();
    exec(QStringLiteral("UPDATE subscriber SET first_name = 'Anna', last_name = 'Schmidt' WHERE phone = ?"),
         {phone(0)});
    OptOutFilter byCampaign;
    byCampaign.campaignIds = {m_a};
    OptOutLog log(database(), byCampaign);
    auto count = log.count();
    QVERIFY2(count, qPrintable(count.error()));
    QCOMPARE(count.value(), 4); // every opt-out event: 000 twice, 001, 002
    auto newest = log.newest(10);
    QVERIFY2(newest, qPrintable(newest.error()));
    QCOMPARE(newest.value().size(), 4);
    QCOMPARE(newest.value().first().phone, phone(2));
    QCOMPARE(newest.value().first().campaignName, QStringLiteral("A"));
    QCOMPARE(newest.value().last().name, QStringLiteral("Anna Schmidt"));
    QCOMPARE(newest.value().at(1).reasonCode, QStringLiteral("too_frequent")); // 001's, given later

    OptOutFilter byReason;
    byReason.scope.first = QDate(2026, 10, 24);
    byReason.scope.last = QDate(2026, 10, 27);
    byReason.scope.zone = Berlin;
    byReason.reasonCode = QString(); // no reason given
    OptOutLog noReason(database(), byReason);
    QVERIFY(noReason.open());
    OptOutEntry entry;
    QVERIFY(noReason.next(&entry));
    QCOMPARE(entry.phone, phone(101));
    QCOMPARE(entry.channel, QStringLiteral("carrier"));
    QVERIFY(!noReason.next(&entry));
}

void TestAnalytics::tallyFollowsEveryChangeOfAMessage()
{
    // The per-campaign tally must match the messages whatever writes them.
    fillFixture();
    exec(QStringLiteral("UPDATE message SET state = 'delivered' WHERE campaign_id = ? AND state = 'sent'"),
         {m_b});
    exec(QStringLiteral(
             "UPDATE message SET sent_at = NULL, state = 'queued' WHERE campaign_id = ? AND phone = ?"),
         {m_a, phone(0)});
    exec(QStringLiteral("DELETE FROM message WHERE campaign_id = ? AND phone = ?"), {m_c, phone(300)});
    exec(QStringLiteral("UPDATE message SET campaign_id = ? WHERE campaign_id = ? AND phone = ?"),
         {m_c, m_a, phone(1)});
    QSqlQuery q(database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT campaign_id, state, sent_at IS NOT NULL AS "
                                  "sent, COUNT(*) AS n FROM message "
                                  "WHERE campaign_id IS NOT NULL GROUP BY 1, 2, 3) m FULL JOIN (SELECT * "
                                  "FROM message_tally WHERE n != 0) t "
                                  "USING (campaign_id, state, sent) WHERE m.n IS NOT t.n")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    Analytics analytics(database());
    auto b = analytics.campaign(m_b, {});
    QVERIFY(b);
    QCOMPARE(b.value().delivered, 40);
    QVERIFY(near(b.value().unsubscribeRate().rate(), 2.0 / 40));
}

void TestAnalytics::settingsAreCheckedAndKept()
{
    DashboardSettings defaults = DashboardSettings::load(database());
    QCOMPARE(defaults.typicalLow, 0.005);
    QCOMPARE(defaults.typicalHigh, 0.02);
    QCOMPARE(defaults.alertThreshold, 0.02);
    QVERIFY(!defaults.isAlert(0.02));
    QVERIFY(defaults.isAlert(0.0201));
    QVERIFY(!defaults.isAlert(std::nullopt));
    DashboardSettings wrong{0.03, 0.01, 0.02};
    QVERIFY(!wrong.problem().isEmpty());
    QVERIFY(!wrong.save(database()));
    DashboardSettings mine{0.001, 0.01, 0.015};
    QVERIFY(mine.save(database()));
    const DashboardSettings loaded = DashboardSettings::load(database());
    QCOMPARE(loaded.typicalLow, 0.001);
    QCOMPARE(loaded.typicalHigh, 0.01);
    QCOMPARE(loaded.alertThreshold, 0.015);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
