// Demo data obeys the same rules as data entered through the address book: valid SMS-capable
// numbers, statuses that follow the suppression list and the consent, and a complete history.

#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/outbox.h"
#include "campaigns/outboxmessage.h"
#include "compliance/confirmationrequests.h"
#include "compliance/doubleoptin.h"
#include "compliance/quiethours.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "contacts/consentevent.h"
#include "contacts/optoutreason.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberquery.h"
#include "demo/demodata.h"
#include "inbound/inbox.h"
#include "inbound/replyclassifier.h"
#include "messages/optoutfooter.h"
#include "messages/smsencoding.h"
#include "segments/segmentcompiler.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

const QDateTime demoNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

// Every row of a query as text, for comparing whole tables.
QStringList rows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList lines;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        lines.append(values.join(QLatin1Char('|')));
    }
    return lines;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The tables the demo writes, as they would be compared: whole, in id order.
const char* const demoTables[] = {
    "SELECT * FROM subscriber ORDER BY id",
    "SELECT * FROM tag ORDER BY id",
    "SELECT * FROM subscriber_tag ORDER BY subscriber_id, tag_id",
    "SELECT * FROM consent_event ORDER BY id",
    "SELECT * FROM suppression ORDER BY phone",
    "SELECT * FROM campaign ORDER BY id",
    "SELECT * FROM message ORDER BY id",
    "SELECT * FROM reply ORDER BY id",
    "SELECT * FROM confirmation_request ORDER BY phone",
};

QStringList dump(const QSqlDatabase& db)
{
    QStringList all;
    for (const char* sql : demoTables)
        all += rows(db, QLatin1String(sql));
    return all;
}

// One digest per table, so that a difference says where it is.
QStringList digest(const QSqlDatabase& db)
{
    QStringList digests;
    for (const char* sql : demoTables)
        digests.append(QString::fromLatin1(
            QCryptographicHash::hash(rows(db, QLatin1String(sql)).join(QLatin1Char('\n')).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()));
    return digests;
}

// "… AND at >= <the start of the demo's year>": events before it keep their old history.
QString historyStart()
{
    return Timestamps::toDb(demoNow.addMonths(-12)).toString();
}

// The campaigns that went out (not the one still to come), with what the dashboard measures them
// by: their messages delivered, or sent where no delivery was reported, and their opt-outs.
struct CampaignRow
{
    qint64 id = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 optOuts = 0;
    bool marketing = true;
    qint64 reached() const { return delivered > 0 ? delivered : sent; }
    double rate() const { return reached() > 0 ? double(optOuts) / double(reached()) : 0; }
};

QVector<CampaignRow> campaignRows(const QSqlDatabase& db)
{
    QVector<CampaignRow> list;
    for (const QString& row :
         rows(db, QStringLiteral(
                      "SELECT c.id, c.marketing, (SELECT count(*) FROM message m WHERE m.campaign_id = "
                      "c.id AND m.sent_at IS NOT NULL), (SELECT count(*) FROM message m WHERE "
                      "m.campaign_id = c.id AND m.state = 'delivered'), (SELECT count(DISTINCT e.phone) "
                      "FROM consent_event e WHERE e.campaign_id = c.id AND e.kind = 'opt_out') FROM "
                      "campaign c WHERE c.status = 'finished' ORDER BY c.started_at"))) {
        const QStringList f = row.split(QLatin1Char('|'));
        list.append({f[0].toLongLong(), f[2].toLongLong(), f[3].toLongLong(), f[4].toLongLong(),
                     f[1] == QLatin1String("1")});
    }
    return list;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createsTheRequestedNumberOfPeople();
    void everyNumberIsAValidSmsNumber();
    void statusesAgreeWithSuppressionAndConsent();
    void everyConsentHasItsEvent();
    void everyOptOutHasItsEventAndReason();
    void everyExclusionHasItsEvent();
    void germanConsentsAreConfirmedOrAwaitConfirmation();
    void otherSeedsObeyTheRulesToo_data();
    void otherSeedsObeyTheRulesToo();
    void nothingHappensInTheFuture();
    void summaryCountsTheHistory();
    void campaignsSpanTheYear();
    void campaignsReachTheirSegmentAsTheStarterWould();
    void noMessageWithoutConsentOrAfterLeaving();
    void messagesHaveTheOutboxShapes();
    void messagesGoOutInDaytimeWithinTheCap();
    void optOutsFollowTheirCampaign();
    void repliesAreReadAsTheInboxReadsThem();
    void everyReasonAndChannelAppears();
    void campaignRatesHaveAShape();
    void gainedAndLostEveryMonth();
    void screensSeeOrdinaryData();
    void theScheduledCampaignStartsWhenDue();
    void namesAreSearchable();
    void refusesANonEmptyDatabase();
    void sameSeedSameData();
    void cancelKeepsNothing();
    void refusesANegativeCount();
    void leavesTheConnectionAsItWas();

private:
    std::unique_ptr<Connection> open(const QString& name);
    QSqlDatabase db() const { return m_connection->database(); }

    ManualClock m_clock{demoNow};
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    DemoData::Summary m_summary;
};

std::unique_ptr<Connection> TestDemoData::open(const QString& name)
{
    auto opened = Connection::open(m_dir.filePath(name), Connection::Mode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return opened.takeValue();
}

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Clock::setInstance(&m_clock);
    m_connection = open(QStringLiteral("demo.sqlite"));
    QVERIFY(m_connection);
    qint64 lastProgress = -1;
    auto generated = DemoData::generate(db(), 2000, 20261123, [&](qint64 done) {
        lastProgress = done;
        return true;
    });
    QVERIFY2(generated, qPrintable(generated.error()));
    m_summary = generated.value();
    QCOMPARE(lastProgress, qint64(2000));
}

void TestDemoData::cleanupTestCase()
{
    m_connection.reset();
    Clock::setInstance(nullptr);
}

void TestDemoData::createsTheRequestedNumberOfPeople()
{
    QCOMPARE(m_summary.subscribers, qint64(2000));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber")), qint64(2000));
    QCOMPARE(SubscriberQuery(db(), {}).count().value(), qint64(2000));
    // The summary says what is in the tables.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE status = 2")),
             m_summary.unsubscribed);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE status = 3")),
             m_summary.excluded);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE consent_at IS NULL")),
             m_summary.withoutConsent);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM suppression WHERE phone NOT IN "
                                         "(SELECT phone FROM subscriber)")),
             m_summary.excludedNonSubscribers);
    // Every kind of person is there, so the checks below check something.
    QVERIFY(m_summary.unsubscribed > 0);
    QVERIFY(m_summary.excluded > 0);
    QVERIFY(m_summary.withoutConsent > 0);
    QVERIFY(m_summary.excludedNonSubscribers > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE status = 0")) > 1500);
    // Three countries, in their own languages.
    QCOMPARE(rows(db(), QStringLiteral("SELECT DISTINCT language FROM subscriber ORDER BY language")),
             (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("ru")}));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE first_name = '' OR last_name = '' "
                                    "OR city = '' OR time_zone = ''")),
        qint64(0));
}

void TestDemoData::everyNumberIsAValidSmsNumber()
{
    const QStringList subscribers =
        rows(db(), QStringLiteral("SELECT phone, language, number_kind FROM subscriber ORDER BY id"));
    QCOMPARE(subscribers.size(), 2000);
    const QHash<QString, QString> regionOf = {{QStringLiteral("ru"), QStringLiteral("RU")},
                                              {QStringLiteral("de"), QStringLiteral("DE")},
                                              {QStringLiteral("en"), QStringLiteral("US")}};
    for (const QString& row : subscribers) {
        const QStringList f = row.split(QLatin1Char('|'));
        const Result<ParsedNumber> parsed = PhoneNumbers::parse(f[0], QStringLiteral("ZZ"));
        QVERIFY2(parsed, qPrintable(f[0] + QLatin1Char(' ') + parsed.error()));
        QCOMPARE(parsed.value().e164, f[0]);
        QVERIFY2(parsed.value().canReceiveSms(), qPrintable(f[0]));
        QCOMPARE(parsed.value().region, regionOf.value(f[1]));
        QCOMPARE(f[2].toInt(), static_cast<int>(parsed.value().kind));
    }
    // The numbers excluded after complaint calls are real numbers too.
    for (const QString& phone : rows(db(), QStringLiteral("SELECT phone FROM suppression"))) {
        const Result<ParsedNumber> parsed = PhoneNumbers::parse(phone, QStringLiteral("ZZ"));
        QVERIFY2(parsed && parsed.value().e164 == phone, qPrintable(phone));
    }
}

void TestDemoData::statusesAgreeWithSuppressionAndConsent()
{
    const QStringList people =
        rows(db(), QStringLiteral("SELECT s.phone, s.status, p.excluded_at IS NOT NULL, p.opted_out_at IS "
                                  "NOT NULL, s.consent_at IS NOT NULL, s.phone LIKE '+49%' AND NOT %1 "
                                  "FROM subscriber s LEFT JOIN suppression p ON p.phone = s.phone")
                       .arg(DoubleOptIn::confirmedSql(QStringLiteral("s.phone"))));
    QCOMPARE(people.size(), 2000);
    for (const QString& row : people) {
        const QStringList f = row.split(QLatin1Char('|'));
        const SubscriberStatus expected =
            SubscriberStatuses::derive(f[2] == QLatin1String("1"), f[3] == QLatin1String("1"),
                                       f[4] == QLatin1String("1"), f[5] == QLatin1String("1"));
        QVERIFY2(f[1].toInt() == static_cast<int>(expected), qPrintable(row));
    }
    // What the address book would derive for the same person, through its own code path.
    AddressBook book(db(), QStringLiteral("RU"), QStringLiteral("test"));
    const RulePacks packs(db());
    for (const QString& phone :
         rows(db(), QStringLiteral("SELECT phone FROM subscriber WHERE id % 97 = 0"))) {
        const Suppression s = book.suppression(phone).value();
        const Subscriber p = book.findByPhone(phone).value().value();
        const bool awaiting = p.consentAt.isValid() && packs.requiresConfirmation(phone) &&
                              !DoubleOptIn::isConfirmed(db(), phone).value();
        QCOMPARE(p.status,
                 SubscriberStatuses::derive(s.excluded(), s.optedOut(), p.consentAt.isValid(), awaiting));
    }
}

void TestDemoData::everyConsentHasItsEvent()
{
    // Every person with a consent has exactly one opt-in event, at the consent's time, with its source
    // and evidence; nobody without consent has one.
    QCOMPARE(
        scalar(
            db(),
            QStringLiteral(
                "SELECT count(*) FROM subscriber s WHERE s.consent_at IS NOT NULL AND (SELECT count(*) FROM "
                "consent_event e WHERE e.phone = s.phone AND e.kind = 'opt_in' AND e.at = s.consent_at AND "
                "e.source = s.consent_source AND e.source <> '' AND e.evidence <> '' "
                "AND e.channel IN ('manual', 'keyword')) = 1")),
        2000 - m_summary.withoutConsent);
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM consent_event e JOIN subscriber s ON s.phone = e.phone "
                              "WHERE e.kind = 'opt_in' AND s.consent_at IS NULL")),
             qint64(0));
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM subscriber WHERE status = 0 AND (consent_at IS NULL "
                                   "OR consent_source = '')")),
             qint64(0));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event WHERE actor <> 'demo'")),
             qint64(0));
}

void TestDemoData::everyOptOutHasItsEventAndReason()
{
    QSet<QString> codes;
    for (OptOutReason r : OptOutReasons::all())
        codes.insert(OptOutReasons::code(r));
    const QStringList optOuts = rows(
        db(),
        QStringLiteral(
            "SELECT s.phone, e.reason_code, p.opt_out_reason, e.at, p.opted_out_at, s.consent_at, e.channel "
            "FROM subscriber s JOIN suppression p ON p.phone = s.phone "
            "LEFT JOIN consent_event e ON e.phone = s.phone AND e.kind = 'opt_out' WHERE s.status = 2"));
    QCOMPARE(qint64(optOuts.size()), m_summary.unsubscribed);
    QSet<QString> seenCodes;
    for (const QString& row : optOuts) {
        const QStringList f = row.split(QLatin1Char('|'));
        QVERIFY2(codes.contains(f[1]), qPrintable(row));
        QVERIFY2(f[1] == f[2], qPrintable(row)); // the suppression row says the same reason
        QVERIFY2(f[3] == f[4], qPrintable(row)); // at the same time
        QVERIFY2(f[5] == QLatin1String("NULL") || f[5] < f[3], qPrintable(row)); // after the consent
        ConsentEvent::Channel channel;
        QVERIFY2(ConsentEvent::channelFromCode(f[6], &channel), qPrintable(row));
        seenCodes.insert(f[1]);
    }
    QVERIFY2(seenCodes.size() >= 5, "the reasons are spread, as the dashboard needs");
    // No opt-out without its event, and no opt-out event left without its suppression row.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event e LEFT JOIN suppression p ON "
                                    "p.phone = e.phone WHERE e.kind = 'opt_out' AND p.opted_out_at IS NULL")),
        qint64(0));
    // As in the address book, "other" comes with the reason in words.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND "
                                         "reason_code = 'other' AND reason_text = ''")),
             qint64(0));
}

void TestDemoData::everyExclusionHasItsEvent()
{
    const QStringList excluded =
        rows(db(),
             QStringLiteral(
                 "SELECT p.phone, p.excluded_at, p.exclude_note, (SELECT count(*) FROM consent_event e WHERE "
                 "e.phone = p.phone AND e.kind = 'exclude' AND e.at = p.excluded_at AND e.reason_text = "
                 "p.exclude_note) "
                 "FROM suppression p WHERE p.excluded_at IS NOT NULL"));
    QCOMPARE(qint64(excluded.size()), m_summary.excluded + m_summary.excludedNonSubscribers);
    for (const QString& row : excluded) {
        const QStringList f = row.split(QLatin1Char('|'));
        QVERIFY2(!f[2].isEmpty(), qPrintable(row)); // the note says why
        QVERIFY2(f[3] == QLatin1String("1"), qPrintable(row));
    }
    // Complaint calls about numbers not in the book have no other history.
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM consent_event e WHERE e.phone NOT IN (SELECT phone FROM "
                              "subscriber) AND e.kind <> 'exclude'")),
             qint64(0));
}

void TestDemoData::germanConsentsAreConfirmedOrAwaitConfirmation()
{
    // About 85% of the German consents that did not come by SMS were confirmed by a YES.
    const qint64 toConfirm =
        scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE phone LIKE '+49%' "
                                    "AND consent_at IS NOT NULL AND consent_source <> 'JOIN "
                                    "by SMS'"));
    const qint64 confirmed =
        scalar(db(), QStringLiteral("SELECT count(DISTINCT phone) FROM consent_event WHERE "
                                    "channel = 'confirmation'"));
    QVERIFY(toConfirm > 300);
    QVERIFY2(confirmed > toConfirm * 75 / 100 && confirmed < toConfirm * 95 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(confirmed).arg(toConfirm)));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event WHERE channel = 'confirmation' AND "
                                    "phone NOT LIKE '+49%'")),
        qint64(0));
    // Each confirmation answers its request, after the consent, and says so in its evidence.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event e JOIN subscriber s ON s.phone = "
                                    "e.phone JOIN confirmation_request c ON c.phone = e.phone WHERE "
                                    "e.channel = 'confirmation' AND e.kind = 'opt_in' AND c.confirmed_at = "
                                    "e.at AND c.requested_at < e.at AND s.consent_at < c.requested_at AND "
                                    "e.source = 'Confirmation by SMS' AND e.evidence LIKE 'Reply “JA” "
                                    "received % from ' || e.phone || ' to the confirmation request sent %'")),
        confirmed);
    // The rest await confirmation: counted, not sendable, some asked lately, the longer asked reminded once.
    QVERIFY(m_summary.awaitingConfirmation > 20);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE status = 4")),
             m_summary.awaitingConfirmation);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE status = 4 AND phone NOT LIKE "
                                    "'+49%'")),
        qint64(0));
    const ConfirmationRequests::Counts counts =
        ConfirmationRequests(db(), QStringLiteral("DE")).counts().value();
    QCOMPARE(qint64(counts.awaiting), m_summary.awaitingConfirmation);
    QVERIFY(counts.asked > 0);
    QVERIFY(counts.notAsked > 0);
    QVERIFY(counts.reminded > 0 && counts.reminded < counts.asked);
    const QString days =
        QString::number(RulePacks(db()).forRegion(QStringLiteral("DE")).confirmationReminderDays);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM confirmation_request WHERE reminded_at IS NOT NULL "
                                    "AND reminded_at <> strftime('%Y-%m-%dT%H:%M:%fZ', requested_at, '+%1 "
                                    "days')")
                         .arg(days)),
        qint64(0));
    // Nothing is left for the sending loop to remind now: those due were reminded.
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM confirmation_request c JOIN subscriber s ON s.phone "
                                   "= c.phone WHERE s.status = 4 AND c.reminded_at IS NULL AND "
                                   "c.requested_at <= '%1'")
                        .arg(Timestamps::toDb(demoNow.addDays(-days.toInt())).toString())),
             qint64(0));
}

void TestDemoData::otherSeedsObeyTheRulesToo_data()
{
    QTest::addColumn<quint32>("seed");
    // Seeds whose "other" opt-outs come by hand and by the carrier, not only as a STOP reply.
    QTest::addRow("seed 2") << quint32(2);
    QTest::addRow("seed 6") << quint32(6);
}

void TestDemoData::otherSeedsObeyTheRulesToo()
{
    QFETCH(quint32, seed);
    auto connection = open(QStringLiteral("seed-%1.sqlite").arg(seed));
    QVERIFY(connection);
    const QSqlDatabase other = connection->database();
    auto generated = DemoData::generate(other, 5000, seed);
    QVERIFY2(generated, qPrintable(generated.error()));
    QVERIFY(scalar(other, QStringLiteral(
                              "SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND reason_code = "
                              "'other' AND channel <> 'keyword'")) > 0);
    QCOMPARE(scalar(other, QStringLiteral(
                               "SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND reason_code = "
                               "'other' AND trim(reason_text) = ''")),
             qint64(0));
    QCOMPARE(
        scalar(other, QStringLiteral(
                          "SELECT count(*) FROM subscriber s LEFT JOIN suppression p ON p.phone = s.phone "
                          "WHERE s.status <> "
                          "CASE WHEN p.excluded_at IS NOT NULL THEN 3 WHEN p.opted_out_at IS NOT NULL THEN 2 "
                          "WHEN s.consent_at IS NOT NULL AND s.phone LIKE '+49%' AND NOT %1 THEN 4 "
                          "WHEN s.consent_at IS NOT NULL THEN 0 ELSE 1 END")
                          .arg(DoubleOptIn::confirmedSql(QStringLiteral("s.phone")))),
        qint64(0));
}

void TestDemoData::nothingHappensInTheFuture()
{
    const QString now = Timestamps::toDb(demoNow).toString();
    for (const char* sql :
         {"SELECT max(at) FROM consent_event",         "SELECT max(recorded_at) FROM consent_event",
          "SELECT max(created_at) FROM subscriber",    "SELECT max(consent_at) FROM subscriber",
          "SELECT max(last_activity) FROM subscriber", "SELECT max(opted_out_at) FROM suppression",
          "SELECT max(excluded_at) FROM suppression",  "SELECT max(created_at) FROM campaign",
          "SELECT max(started_at) FROM campaign",      "SELECT max(finished_at) FROM campaign",
          "SELECT max(updated_at) FROM campaign",      "SELECT max(claimed_at) FROM message",
          "SELECT max(sent_at) FROM message",          "SELECT max(delivered_at) FROM message",
          "SELECT max(updated_at) FROM message",       "SELECT max(polled_at) FROM message",
          "SELECT max(next_attempt_at) FROM message",  "SELECT max(received_at) FROM reply",
          "SELECT max(recorded_at) FROM reply",        "SELECT max(decided_at) FROM reply"}) {
        const QStringList latest = rows(db(), QLatin1String(sql));
        QCOMPARE(latest.size(), 1);
        QVERIFY2(latest.constFirst() <= now, sql);
    }
    QVERIFY(rows(db(), QStringLiteral("SELECT max(birth_date) FROM subscriber")).constFirst() <=
            demoNow.date().addYears(-18).toString(Qt::ISODate));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE consent_at < created_at")),
             qint64(0));
}

void TestDemoData::summaryCountsTheHistory()
{
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign")), m_summary.campaigns);
    QCOMPARE(
        scalar(db(),
               QStringLiteral(
                   "SELECT count(*) FROM message WHERE campaign_id IS NOT NULL AND sent_at IS NOT NULL")),
        m_summary.messagesSent);
    QCOMPARE(
        scalar(db(),
               QStringLiteral(
                   "SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND campaign_id IS NOT NULL")),
        m_summary.campaignOptOuts);
    // Those who left after a campaign are among the unsubscribed, beside those who left before the year.
    QVERIFY(m_summary.campaignOptOuts > 20);
    QVERIFY(m_summary.campaignOptOuts < m_summary.unsubscribed);
    QVERIFY(m_summary.messagesSent > 5000);
}

void TestDemoData::campaignsSpanTheYear()
{
    // Three to five a month over the twelve months before now (a day the same audience already has
    // a campaign near is left out, so a month may have one less).
    qint64 finished = 0;
    for (int m = 0; m < 12; ++m) {
        const qint64 n = scalar(
            db(), QStringLiteral("SELECT count(*) FROM campaign WHERE status = 'finished' AND started_at >= "
                                 "'%1' AND started_at < '%2'")
                      .arg(Timestamps::toDb(demoNow.addMonths(m - 12)).toString(),
                           Timestamps::toDb(demoNow.addMonths(m - 11)).toString()));
        QVERIFY2(n >= 2 && n <= 5, qPrintable(QStringLiteral("month %1: %2 campaigns").arg(m).arg(n)));
        finished += n;
    }
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE status = 'finished'")),
             finished);
    // Each went through its life in order, scheduled or sent at once, and is over before now.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE status = 'finished' AND NOT ("
                                    "created_at <= started_at AND started_at < finished_at AND "
                                    "finished_at = updated_at AND (scheduled_at IS NULL OR scheduled_at = "
                                    "started_at) AND segment_name <> '' AND rule <> '' AND body <> '')")),
        qint64(0));
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE scheduled_at IS NOT NULL")) > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE scheduled_at IS NULL")) > 0);
    // One is still to come: scheduled, not started, nothing written for it yet.
    const QStringList upcoming = rows(
        db(), QStringLiteral("SELECT id, scheduled_at, started_at, finished_at FROM campaign WHERE status <> "
                             "'finished'"));
    QCOMPARE(upcoming.size(), 1);
    const QStringList f = upcoming.constFirst().split(QLatin1Char('|'));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT status = 'scheduled' FROM campaign WHERE id = %1").arg(f[0])),
        qint64(1));
    QVERIFY(f[1] > Timestamps::toDb(demoNow).toString());
    QCOMPARE(f[2], QStringLiteral("NULL"));
    QCOMPARE(f[3], QStringLiteral("NULL"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE campaign_id = %1").arg(f[0])),
             qint64(0));

    // Mostly marketing; the holiday opening hours and the like are not.
    const qint64 notMarketing =
        scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE marketing = 0"));
    QVERIFY(notMarketing >= 1);
    QVERIFY(notMarketing * 5 <= finished);
    // A Black Friday in November, in one language or another.
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM campaign WHERE name IN ('Black Friday', "
                                        "'Чёрная пятница')")) >= 1);

    // Each is for the people of one language, in their language: Russian ones in Cyrillic.
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    for (const QString& row :
         rows(db(), QStringLiteral("SELECT count(DISTINCT s.language), max(s.language), c.name, c.body "
                                   "FROM campaign c JOIN message m ON m.campaign_id = c.id JOIN "
                                   "subscriber s ON s.id = m.subscriber_id GROUP BY c.id"))) {
        QVERIFY2(row.section(QLatin1Char('|'), 0, 0) == QLatin1String("1"), qPrintable(row));
        const bool russian = row.section(QLatin1Char('|'), 1, 1) == QLatin1String("ru");
        const QString name = row.section(QLatin1Char('|'), 2, 2);
        const QString text = row.section(QLatin1Char('|'), 3); // may hold a placeholder's '|'
        QVERIFY2(name.contains(cyrillic) == russian && text.contains(cyrillic) == russian, qPrintable(row));
    }
}

void TestDemoData::campaignsReachTheirSegmentAsTheStarterWould()
{
    // Like the starter, a row for everyone in the book whom the segment's rule matched at the start.
    Result<SegmentContext> context = SegmentContext::load(db());
    QVERIFY(context);
    const QStringList campaigns =
        rows(db(), QStringLiteral(
                       "SELECT id, rule, started_at, (SELECT count(*) FROM message m WHERE m.campaign_id = "
                       "c.id) FROM campaign c WHERE status = 'finished'"));
    QVERIFY(campaigns.size() > 30);
    for (const QString& row : campaigns) {
        const QStringList f = row.split(QLatin1Char('|'));
        Result<SegmentRule> rule = SegmentRule::fromJsonText(f[1]);
        QVERIFY2(rule, qPrintable(row));
        Result<CompiledSegment> segment = SegmentCompiler::compile(rule.value(), context.value());
        QVERIFY2(segment, qPrintable(row));
        QSqlQuery q(db());
        QVariantList values = segment.value().values;
        values.append(f[2]);
        QVERIFY(execBound(q,
                          QStringLiteral("SELECT count(*) FROM subscriber s WHERE (%1) AND s.created_at <= ?")
                              .arg(segment.value().where),
                          values));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toLongLong() == f[3].toLongLong(), qPrintable(row));
        QVERIFY(f[3].toLongLong() > 0);
    }
}

void TestDemoData::noMessageWithoutConsentOrAfterLeaving()
{
    // Never before the consent, nor to someone without one.
    QCOMPARE(
        scalar(db(), QStringLiteral(
                         "SELECT count(*) FROM message m JOIN subscriber s ON s.id = m.subscriber_id WHERE "
                         "m.sent_at IS NOT NULL AND (s.consent_at IS NULL OR m.sent_at < s.consent_at)")),
        qint64(0));
    // No campaign message at or after the number's opt-out or exclusion, whatever its history says.
    QCOMPARE(
        scalar(db(),
               QStringLiteral(
                   "SELECT count(*) FROM message m WHERE m.campaign_id IS NOT NULL AND (m.sent_at IS NOT "
                   "NULL OR m.claimed_at IS NOT NULL) AND EXISTS (SELECT 1 FROM consent_event e WHERE "
                   "e.phone = m.phone AND e.kind IN ('opt_out', 'exclude') AND e.at <= "
                   "COALESCE(m.sent_at, m.claimed_at))")),
        qint64(0));
    // A row's number is its person's.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM message m LEFT JOIN subscriber s ON s.id = "
                                         "m.subscriber_id WHERE s.phone IS NOT m.phone")),
             qint64(0));
    // Those the rules left out say why, truly: suppressed when the campaign started (an exclusion
    // also when its turn came), without consent, or with a consent not confirmed yet.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE state = 'skipped' AND reason NOT IN "
                                    "('unsubscribed', 'excluded', 'no_consent', 'awaiting_confirmation')")),
        qint64(0));
    // Awaiting means: a German number whose consent was not confirmed from it when the campaign started.
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM message m JOIN campaign c ON c.id = m.campaign_id "
                                   "WHERE m.reason = 'awaiting_confirmation' AND (m.phone NOT LIKE '+49%' OR "
                                   "EXISTS (SELECT 1 FROM consent_event e WHERE e.phone = m.phone AND e.kind "
                                   "= 'opt_in' AND e.channel IN ('keyword', 'join', 'confirmation') AND e.at "
                                   "<= c.started_at))")),
             qint64(0));
    // Nothing went to a German number before it confirmed its consent.
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM message m WHERE m.campaign_id IS NOT NULL AND "
                              "m.sent_at IS NOT NULL AND m.phone LIKE '+49%' AND NOT EXISTS (SELECT 1 "
                              "FROM consent_event e WHERE e.phone = m.phone AND e.kind = 'opt_in' AND "
                              "e.channel IN ('keyword', 'join', 'confirmation') AND e.at <= m.sent_at)")),
             qint64(0));
    QCOMPARE(
        scalar(db(), QStringLiteral(
                         "SELECT count(*) FROM message m JOIN campaign c ON c.id = m.campaign_id LEFT JOIN "
                         "suppression p ON p.phone = m.phone WHERE m.reason = 'unsubscribed' AND NOT "
                         "COALESCE(p.opted_out_at <= c.started_at, 0)")),
        qint64(0));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM message m LEFT JOIN suppression p ON p.phone = "
                                    "m.phone WHERE m.reason = 'excluded' AND NOT COALESCE(p.excluded_at <= "
                                    "m.updated_at, 0)")),
        qint64(0));
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM message m JOIN subscriber s ON s.id = "
                              "m.subscriber_id WHERE m.reason = 'no_consent' AND s.consent_at IS NOT NULL")),
             qint64(0));
    // ... and everyone the rules let through at the start has a message that went out or was
    // refused by the gateway.
    QCOMPARE(
        scalar(
            db(),
            QStringLiteral(
                "SELECT count(*) FROM message m JOIN campaign c ON c.id = m.campaign_id JOIN "
                "subscriber s ON s.id = m.subscriber_id LEFT JOIN suppression p ON p.phone = m.phone "
                "WHERE m.state = 'skipped' AND m.reason <> 'awaiting_confirmation' AND s.consent_at IS NOT "
                "NULL AND NOT COALESCE("
                "p.opted_out_at <= c.started_at, 0) AND NOT COALESCE(p.excluded_at <= m.updated_at, 0)")),
        qint64(0));
    for (const char* reason : {"unsubscribed", "excluded", "no_consent", "awaiting_confirmation"})
        QVERIFY2(scalar(db(), QStringLiteral(
                                  "SELECT count(*) FROM message WHERE state = 'skipped' AND reason = '%1'")
                                  .arg(QLatin1String(reason))) > 0,
                 reason);
}

void TestDemoData::messagesHaveTheOutboxShapes()
{
    QCOMPARE(rows(db(), QStringLiteral(
                            "SELECT DISTINCT state FROM message WHERE campaign_id IS NOT NULL ORDER BY 1")),
             (QStringList{QStringLiteral("delivered"), QStringLiteral("failed"), QStringLiteral("sent"),
                          QStringLiteral("skipped")}));
    // Mostly delivered, reported by the gateway that took them.
    const qint64 sent = m_summary.messagesSent;
    const qint64 delivered =
        scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE campaign_id IS NOT "
                                    "NULL AND state = 'delivered'"));
    QVERIFY(delivered > sent * 8 / 10);
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM message WHERE state = 'delivered' AND NOT ("
                              "delivered_at > sent_at AND claimed_at = sent_at AND provider_id LIKE 'SM%' "
                              "AND attempts = 1 AND error = '' AND reason = '' AND updated_at = "
                              "delivered_at AND polled_at >= delivered_at)")),
             qint64(0));
    // A few failed: reported undelivered after going out (sent_at stays), or refused by the
    // gateway when sent (the dispatcher clears sent_at). Both with the gateway's words.
    const qint64 undelivered = scalar(
        db(),
        QStringLiteral("SELECT count(*) FROM message WHERE state = 'failed' AND reason = 'undelivered' AND "
                       "sent_at IS NOT NULL AND provider_id <> '' AND delivered_at IS NULL AND error_code <> "
                       "'' AND error <> ''"));
    const qint64 refused = scalar(
        db(),
        QStringLiteral("SELECT count(*) FROM message WHERE state = 'failed' AND reason = 'gateway_error' AND "
                       "sent_at IS NULL AND claimed_at IS NOT NULL AND attempts = 1 AND provider_id = '' AND "
                       "error_code <> '' AND error <> ''"));
    QVERIFY(undelivered > 0);
    QVERIFY(refused > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE state = 'failed'")),
             undelivered + refused);
    QVERIFY((undelivered + refused) * 20 < sent);
    // One or two campaigns went through a gateway without delivery reports: sent, and no more.
    const QStringList unreported = rows(
        db(),
        QStringLiteral(
            "SELECT DISTINCT campaign_id FROM message WHERE campaign_id IS NOT NULL AND state = 'sent'"));
    QVERIFY2(unreported.size() >= 1 && unreported.size() <= 2, qPrintable(unreported.join(QLatin1Char(','))));
    for (const QString& id : unreported) {
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT count(*) FROM message WHERE campaign_id = %1 AND state NOT IN "
                                       "('sent', 'skipped')")
                            .arg(id)),
                 qint64(0));
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT count(*) FROM message WHERE campaign_id = %1 AND (provider_id "
                                       "<> '' OR delivered_at IS NOT NULL OR polled_at IS NOT NULL)")
                            .arg(id)),
                 qint64(0));
    }
    // Rows skipped at the start carry no text; every other has the exact text with its parts,
    // the opt-out line under marketing and the person's first name where the text asks for it.
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE state = 'skipped' AND claimed_at IS "
                                    "NULL AND body <> '' AND reason <> 'excluded'")),
        qint64(0));
    const QStringList texts = rows(
        db(), QStringLiteral("SELECT m.body, m.parts, m.encoding, m.marketing, s.language, s.first_name, "
                             "instr(c.body, '{first_name') > 0 FROM message m JOIN campaign c ON c.id = "
                             "m.campaign_id JOIN subscriber s ON s.id = m.subscriber_id WHERE m.body <> ''"));
    QVERIFY(texts.size() > 5000);
    for (const QString& row : texts) {
        const QStringList f = row.split(QLatin1Char('|'));
        const SmsInfo info = SmsEncoding::analyse(f[0]);
        QVERIFY2(info.parts == f[1].toInt() && SmsEncoding::encodingName(info.encoding) == f[2],
                 qPrintable(row));
        QCOMPARE(f[2], f[4] == QLatin1String("ru") ? QStringLiteral("UCS-2") : QStringLiteral("GSM-7"));
        QVERIFY2(OptOutFooter::alreadyInstructs(f[0], OptOutSettings()) == (f[3] == QLatin1String("1")),
                 qPrintable(row));
        QVERIFY2(!f[0].contains(QLatin1Char('{')), qPrintable(row));
        if (f[6] == QLatin1String("1"))
            QVERIFY2(f[0].contains(f[5]), qPrintable(row));
    }
}

void TestDemoData::messagesGoOutInDaytimeWithinTheCap()
{
    // Quiet hours (21:00-08:00 in each person's own zone) as the sender enforces them.
    const QuietHours quiet;
    const QStringList sent =
        rows(db(), QStringLiteral("SELECT m.sent_at, s.time_zone, m.phone FROM message m JOIN "
                                  "subscriber s ON s.id = m.subscriber_id WHERE m.sent_at IS "
                                  "NOT NULL AND m.campaign_id IS NOT NULL"));
    QCOMPARE(qint64(sent.size()), m_summary.messagesSent);
    for (const QString& row : sent) {
        const QStringList f = row.split(QLatin1Char('|'));
        QVERIFY2(
            quiet.allows(Timestamps::fromDb(f[0]), QuietHours::zonesFor(f[1], f[2], QStringLiteral("US"))),
            qPrintable(row));
    }
    // The frequency cap: never more than 4 marketing messages to a number within 30 days.
    QCOMPARE(
        scalar(db(), QStringLiteral(
                         "SELECT count(*) FROM message m WHERE m.marketing = 1 AND m.sent_at IS NOT NULL AND "
                         "(SELECT count(*) FROM message o WHERE o.phone = m.phone AND o.marketing = 1 AND "
                         "o.sent_at IS NOT NULL AND o.sent_at <= m.sent_at AND o.sent_at > "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', m.sent_at, '-30 days')) > 4")),
        qint64(0));
    // ... while many people got several messages in the year.
    QVERIFY(scalar(db(),
                   QStringLiteral("SELECT count(*) FROM (SELECT phone FROM message WHERE sent_at IS NOT NULL "
                                  "GROUP BY phone HAVING count(*) >= 5)")) > 200);
}

void TestDemoData::optOutsFollowTheirCampaign()
{
    const QString start = historyStart();
    // Within the year every opt-out follows a campaign; before it, the old history stays as it was.
    QCOMPARE(scalar(db(),
                    QStringLiteral("SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND at >= '%1' "
                                   "AND campaign_id IS NULL")
                        .arg(start)),
             qint64(0));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND at < '%1' "
                                    "AND campaign_id IS NOT NULL")
                         .arg(start)),
        qint64(0));
    QVERIFY(
        scalar(db(), QStringLiteral("SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND at < '%1'")
                         .arg(start)) > 20);
    // Attributed to the last campaign that reached the number before it ...
    QCOMPARE(
        scalar(db(), QStringLiteral(
                         "SELECT count(*) FROM consent_event e WHERE e.kind = 'opt_out' AND e.campaign_id IS "
                         "NOT NULL AND (SELECT m.campaign_id FROM message m WHERE m.phone = e.phone AND "
                         "m.campaign_id IS NOT NULL AND m.sent_at IS NOT NULL AND m.sent_at <= e.at ORDER BY "
                         "m.sent_at DESC, m.id DESC LIMIT 1) IS NOT e.campaign_id")),
        qint64(0));
    // ... whose message arrived (delivered, or sent without reports), minutes to two days before.
    QCOMPARE(
        scalar(db(), QStringLiteral(
                         "SELECT count(*) FROM consent_event e LEFT JOIN message m ON m.phone = e.phone AND "
                         "m.campaign_id = e.campaign_id WHERE e.kind = 'opt_out' AND e.campaign_id IS NOT "
                         "NULL AND NOT COALESCE(m.state IN ('delivered', 'sent') AND e.at >= "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', m.sent_at, '+2 minutes') AND e.at <= "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', m.sent_at, '+2 days'), 0)")),
        qint64(0));
    // Most leave within hours, a few the next day.
    QVERIFY(scalar(db(), QStringLiteral(
                             "SELECT count(*) FROM consent_event e JOIN message m ON m.phone = e.phone AND "
                             "m.campaign_id = e.campaign_id WHERE e.kind = 'opt_out' AND (julianday(e.at) - "
                             "julianday(m.sent_at)) * 24 < 3")) *
                2 >
            m_summary.campaignOptOuts);
    // The number is then suppressed with that reason and the person unsubscribed, as the address
    // book leaves them.
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM consent_event e LEFT JOIN suppression p ON p.phone = "
                              "e.phone LEFT JOIN subscriber s ON s.phone = e.phone WHERE e.kind = "
                              "'opt_out' AND e.campaign_id IS NOT NULL AND NOT COALESCE(p.opted_out_at = "
                              "e.at AND p.opt_out_reason = e.reason_code AND p.excluded_at IS NULL AND "
                              "s.status = 2, 0)")),
             qint64(0));
}

void TestDemoData::repliesAreReadAsTheInboxReadsThem()
{
    const ReplyClassifier classifier;
    const QStringList leaving = rows(
        db(),
        QStringLiteral(
            "SELECT e.channel, e.reason_code, e.evidence, e.source, r.body, r.kind, r.rule, r.confidence, "
            "r.reason_code, r.action, r.handled, r.is_read, r.decided_at IS NOT NULL, s.language, r.source, "
            "(SELECT count(*) FROM message a WHERE a.reply_id = r.id AND a.campaign_id IS NULL AND a.purpose "
            "= "
            "'opt_out_confirmation' AND a.marketing = 0 AND a.sent_at >= r.received_at), e.reason_text, "
            "(SELECT count(*) FROM reply x WHERE x.phone = e.phone) "
            "FROM consent_event e JOIN subscriber s ON s.phone = e.phone LEFT JOIN reply r ON r.phone = "
            "e.phone AND "
            "r.campaign_id = e.campaign_id AND r.received_at = e.at WHERE e.kind = 'opt_out' AND "
            "e.campaign_id IS "
            "NOT NULL"));
    QCOMPARE(qint64(leaving.size()), m_summary.campaignOptOuts);
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    for (const QString& row : leaving) {
        const QStringList f = row.split(QLatin1Char('|'));
        const QString channel = f[0];
        if (channel == QLatin1String("carrier")) {
            // The gateway said so: no reply, the reason in the dispatcher's words.
            QVERIFY2(f[4] == QLatin1String("NULL") && f[17] == QLatin1String("0"), qPrintable(row));
            QVERIFY2(f[1] == QLatin1String("other") && f[16].contains(QLatin1String("21610")),
                     qPrintable(row));
            continue;
        }
        // One reply from the number, read now as the Inbox read it then.
        QVERIFY2(f[17] == QLatin1String("1"), qPrintable(row));
        const ReplyClassification read = classifier.classify(f[4], f[13]);
        QVERIFY2(ReplyClassification::kindCode(read.kind) == f[5] && read.rule == f[6], qPrintable(row));
        QVERIFY2(qAbs(read.confidence - f[7].toDouble()) < 1e-9, qPrintable(row));
        if (channel == QLatin1String("keyword"))
            QVERIFY2(f[5] == QLatin1String("opt_out") && f[6].startsWith(QLatin1String("keyword")) &&
                         f[9] == QLatin1String("opted_out"),
                     qPrintable(row));
        else if (channel == QLatin1String("reply"))
            QVERIFY2(f[5] == QLatin1String("opt_out") && f[6].startsWith(QLatin1String("phrase:")) &&
                         f[9] == QLatin1String("opted_out"),
                     qPrintable(row));
        else
            // Possibly an opt-out: a person read it and decided, with the reason.
            QVERIFY2(channel == QLatin1String("manual") && f[5] == QLatin1String("review") &&
                         f[9] == QLatin1String("decided_opt_out") && f[12] == QLatin1String("1") &&
                         f[8] == f[1],
                     qPrintable(row));
        // A reason the reply gives is the reason recorded.
        QVERIFY2(f[8].isEmpty() || f[8] == f[1], qPrintable(row));
        QVERIFY2(f[2] == QStringLiteral("“%1”").arg(f[4]) && f[3] == QLatin1String("SMS reply"),
                 qPrintable(row));
        QVERIFY2(f[10] == QLatin1String("1") && f[11] == QLatin1String("1"), qPrintable(row));
        QVERIFY2(f[14] == QLatin1String("twilio") || f[14] == QLatin1String("kannel"), qPrintable(row));
        // In the person's own language, and confirmed once.
        QVERIFY2(f[4].contains(cyrillic) == (f[13] == QLatin1String("ru")), qPrintable(row));
        QVERIFY2(f[15] == QLatin1String("1"), qPrintable(row));
    }
    // Nothing else goes to a number after it left, but that one confirmation; and nothing else
    // was sent without a campaign.
    QCOMPARE(scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM message m JOIN suppression p ON p.phone = m.phone "
                              "WHERE m.sent_at >= p.opted_out_at AND m.purpose <> 'opt_out_confirmation'")),
             qint64(0));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE campaign_id IS NULL AND purpose <> "
                                    "'opt_out_confirmation'")),
        qint64(0));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM reply")),
             scalar(db(), QStringLiteral(
                              "SELECT count(*) FROM consent_event WHERE kind = 'opt_out' AND campaign_id "
                              "IS NOT NULL AND channel <> 'carrier'")));
}

void TestDemoData::everyReasonAndChannelAppears()
{
    // How people left after a campaign: all four ways, STOP the most.
    const QStringList channels =
        rows(db(), QStringLiteral(
                       "SELECT channel FROM consent_event WHERE kind = 'opt_out' AND campaign_id IS NOT NULL "
                       "GROUP BY channel ORDER BY count(*) DESC"));
    QCOMPARE(QSet<QString>(channels.cbegin(), channels.cend()),
             (QSet<QString>{QStringLiteral("keyword"), QStringLiteral("reply"), QStringLiteral("manual"),
                            QStringLiteral("carrier")}));
    QCOMPARE(channels.constFirst(), QStringLiteral("keyword"));
    // Why: every reason, mostly too many or irrelevant messages.
    const QStringList reasons =
        rows(db(), QStringLiteral(
                       "SELECT reason_code FROM consent_event WHERE kind = 'opt_out' GROUP BY reason_code "
                       "ORDER BY count(*) DESC"));
    QSet<QString> codes;
    for (OptOutReason r : OptOutReasons::all())
        codes.insert(OptOutReasons::code(r));
    QCOMPARE(QSet<QString>(reasons.cbegin(), reasons.cend()), codes);
    QVERIFY2((QSet<QString>{reasons[0], reasons[1]} ==
              QSet<QString>{QStringLiteral("too_frequent"), QStringLiteral("not_relevant")}),
             qPrintable(reasons.join(QLatin1Char(','))));
    // Replies said in words, with the reasons they give, each kind of reply the Inbox knows.
    QVERIFY(scalar(db(),
                   QStringLiteral("SELECT count(DISTINCT reason_code) FROM reply WHERE kind = 'opt_out' AND "
                                  "reason_code <> ''")) >= 3);
    QCOMPARE(rows(db(), QStringLiteral("SELECT DISTINCT kind FROM reply ORDER BY 1")),
             (QStringList{QStringLiteral("opt_out"), QStringLiteral("review")}));
}

void TestDemoData::campaignRatesHaveAShape()
{
    // Opt-outs of the messages delivered (or sent, without delivery reports), as the dashboard
    // measures them: mostly 0.3-1.5 %, a few over the 2 % alert, none absurd.
    const QVector<CampaignRow> campaigns = campaignRows(db());
    int measured = 0, typical = 0, alarming = 0;
    for (const CampaignRow& c : campaigns) {
        QVERIFY2(c.rate() < 0.05, qPrintable(QString::number(c.id)));
        if (c.reached() < 150)
            continue; // too few to say much
        ++measured;
        typical += c.rate() >= 0.003 && c.rate() <= 0.015;
        alarming += c.rate() > 0.02;
        if (!c.marketing)
            QVERIFY2(c.rate() < 0.006, qPrintable(QString::number(c.id)));
    }
    QVERIFY2(measured >= 12, qPrintable(QString::number(measured)));
    QVERIFY2(typical * 10 >= measured * 6, qPrintable(QStringLiteral("%1 of %2").arg(typical).arg(measured)));
    QVERIFY2(alarming >= 2 && alarming * 4 <= measured, qPrintable(QString::number(alarming)));
}

void TestDemoData::gainedAndLostEveryMonth()
{
    qint64 lost = 0;
    for (int m = 0; m < 12; ++m) {
        const QString from = Timestamps::toDb(demoNow.addMonths(m - 12)).toString();
        const QString to = Timestamps::toDb(demoNow.addMonths(m - 11)).toString();
        const QString sql =
            QStringLiteral("SELECT count(*) FROM consent_event WHERE kind = '%1' AND at >= '%2' AND "
                           "at < '%3'");
        const qint64 gainedInMonth = scalar(db(), sql.arg(QStringLiteral("opt_in"), from, to));
        const qint64 lostInMonth = scalar(db(), sql.arg(QStringLiteral("opt_out"), from, to));
        QVERIFY2(gainedInMonth > 20 && lostInMonth > 0, qPrintable(QStringLiteral("month %1").arg(m)));
        lost += lostInMonth;
    }
    QCOMPARE(lost, m_summary.campaignOptOuts);
}

void TestDemoData::screensSeeOrdinaryData()
{
    // Someone who replied STOP to a delivered campaign message.
    const QStringList found =
        rows(db(), QStringLiteral(
                       "SELECT e.phone, e.campaign_id, r.body FROM consent_event e JOIN reply r ON r.phone = "
                       "e.phone JOIN message m ON m.phone = e.phone AND m.campaign_id = e.campaign_id WHERE "
                       "e.channel = 'keyword' AND m.state = 'delivered' ORDER BY e.id LIMIT 1"));
    QCOMPARE(found.size(), 1);
    const QStringList f = found.constFirst().split(QLatin1Char('|'));
    const QString phone = f[0];
    const qint64 campaignId = f[1].toLongLong();

    // The address book's history ends with the opt-out after that campaign.
    AddressBook book(db(), QStringLiteral("US"), QStringLiteral("test"));
    const QVector<ConsentEvent> history = book.history(phone).value();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.constLast().kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(history.constLast().channel, ConsentEvent::Channel::Keyword);
    QCOMPARE(history.constLast().campaignId, campaignId);
    QVERIFY(book.suppression(phone).value().optedOut());

    // The Inbox shows the conversation: the campaign's message, the STOP, the confirmation.
    Inbox inbox(db(), QStringLiteral("US"), QStringLiteral("test"));
    const QVector<ThreadEntry> thread = inbox.thread(phone).value();
    QVERIFY(thread.size() >= 3);
    const ThreadEntry& message = thread[thread.size() - 3];
    const ThreadEntry& stop = thread[thread.size() - 2];
    const ThreadEntry& confirmation = thread.constLast();
    QVERIFY(!message.incoming && message.kind == OutboxPurpose::Campaign);
    QCOMPARE(message.status, QStringLiteral("delivered"));
    QVERIFY(stop.incoming);
    QCOMPARE(stop.body, f[2]);
    QCOMPARE(stop.kind, QStringLiteral("opt_out"));
    QCOMPARE(stop.status, ReplyAction::OptedOut);
    QVERIFY(!confirmation.incoming && confirmation.kind == OutboxPurpose::OptOutConfirmation);
    const Inbox::Counts counts = inbox.counts(demoNow).value();
    QCOMPARE(counts.review, 0); // every possible opt-out was decided
    QCOMPARE(counts.unread, 0);

    // The campaign is done: nothing pending, and its totals add up to its rows.
    const CampaignTotals totals = CampaignStore(db()).totals(campaignId).value();
    QCOMPARE(totals.pending(), qint64(0));
    QCOMPARE(
        totals.total(),
        scalar(db(), QStringLiteral("SELECT count(*) FROM message WHERE campaign_id = %1").arg(campaignId)));
    QVERIFY(totals.count(MessageState::Delivered) > 0);
    // Nothing for the sender to do now.
    Outbox outbox(db());
    QVERIFY(!outbox.nextDue(demoNow).value());
    QVERIFY(outbox.dueScheduled(demoNow).value().isEmpty());
}

void TestDemoData::theScheduledCampaignStartsWhenDue()
{
    auto connection = open(QStringLiteral("scheduled.sqlite"));
    QVERIFY(connection);
    const QSqlDatabase other = connection->database();
    QVERIFY(DemoData::generate(other, 300, 3));
    const QStringList upcoming =
        rows(other, QStringLiteral("SELECT id, scheduled_at FROM campaign WHERE status = 'scheduled'"));
    QCOMPARE(upcoming.size(), 1);
    const qint64 id = upcoming.constFirst().section(QLatin1Char('|'), 0, 0).toLongLong();
    const QDateTime due = Timestamps::fromDb(upcoming.constFirst().section(QLatin1Char('|'), 1));
    QCOMPARE(Outbox(other).dueScheduled(due).value(), QVector<qint64>{id});
    // When its time comes, the starter takes it as any campaign: its rule and text are whole.
    m_clock.setNow(due.addSecs(30));
    const Result<qint64> started = CampaignStarter(other).start(id);
    m_clock.setNow(demoNow);
    QVERIFY2(started, qPrintable(started.error()));
    QVERIFY(started.value() > 0);
}

void TestDemoData::namesAreSearchable()
{
    // The search key is the one the address book would write, so searching demo people works.
    for (const QString& row :
         rows(db(), QStringLiteral("SELECT first_name, last_name, search_key FROM subscriber "
                                   "WHERE id % 50 = 1"))) {
        const QStringList f = row.split(QLatin1Char('|'));
        Subscriber s;
        s.firstName = f[0];
        s.lastName = f[1];
        QCOMPARE(f[2], AddressBook::searchKey(s));
    }
    SubscriberFilter filter;
    filter.search = QStringLiteral("ИВАНОВ");
    const qint64 found = SubscriberQuery(db(), filter).count().value();
    QCOMPARE(found,
             scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE last_name LIKE 'Иванов%'")));
    QVERIFY(found > 0);
}

void TestDemoData::refusesANonEmptyDatabase()
{
    const QStringList before = dump(db());
    auto again = DemoData::generate(db(), 10);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("empty address book")), qPrintable(again.error()));
    QVERIFY2(again.error().contains(QLatin1String("2000")), qPrintable(again.error()));
    QCOMPARE(dump(db()), before);
}

void TestDemoData::sameSeedSameData()
{
    auto first = open(QStringLiteral("seed-a.sqlite"));
    auto second = open(QStringLiteral("seed-b.sqlite"));
    auto third = open(QStringLiteral("seed-c.sqlite"));
    QVERIFY(first && second && third);
    QVERIFY(DemoData::generate(first->database(), 300, 7));
    QVERIFY(DemoData::generate(second->database(), 300, 7));
    QVERIFY(DemoData::generate(third->database(), 300, 8));
    const QStringList a = dump(first->database());
    QVERIFY(a.size() > 600);
    QCOMPARE(dump(second->database()), a);
    // The history is part of it: campaigns, their messages and the replies of those who left.
    QVERIFY(scalar(first->database(), QStringLiteral("SELECT count(*) FROM campaign")) >= 30);
    QVERIFY(scalar(first->database(), QStringLiteral("SELECT count(*) FROM message")) > 1000);
    QVERIFY(scalar(first->database(), QStringLiteral("SELECT count(*) FROM reply")) > 0);
    QCOMPARE(digest(second->database()), digest(first->database()));
    QVERIFY(digest(third->database()) != digest(first->database()));
    // A different seed gives different people (so the comparison above can fail).
    QVERIFY(
        rows(third->database(), QStringLiteral("SELECT first_name, last_name FROM subscriber ORDER BY id")) !=
        rows(first->database(), QStringLiteral("SELECT first_name, last_name FROM subscriber ORDER BY id")));
}

void TestDemoData::cancelKeepsNothing()
{
    auto connection = open(QStringLiteral("cancel.sqlite"));
    QVERIFY(connection);
    QList<qint64> calls;
    // Asked every 500 people while they are drawn: a Cancel is felt at once.
    auto cancelled = DemoData::generate(connection->database(), 2000, 1, [&](qint64 done) {
        calls.append(done);
        return false;
    });
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().contains(QLatin1String("Cancelled")), qPrintable(cancelled.error()));
    QCOMPARE(calls, QList<qint64>{500});
    // Also once everyone is drawn and the writing has begun (campaigns already written).
    calls.clear();
    int askedWithEveryone = 0;
    cancelled = DemoData::generate(connection->database(), 2000, 1, [&](qint64 done) {
        calls.append(done);
        return done < 2000 || ++askedWithEveryone < 2; // the second time: after the campaigns
    });
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().contains(QLatin1String("Cancelled")), qPrintable(cancelled.error()));
    QCOMPARE(calls, (QList<qint64>{500, 1000, 1500, 2000, 2000}));
    for (const char* table : {"subscriber", "tag", "subscriber_tag", "consent_event", "suppression",
                              "campaign", "message", "reply"})
        QCOMPARE(scalar(connection->database(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 qint64(0));
}

void TestDemoData::refusesANegativeCount()
{
    auto connection = open(QStringLiteral("negative.sqlite"));
    QVERIFY(connection);
    auto refused = DemoData::generate(connection->database(), -1);
    QVERIFY(!refused);
    QCOMPARE(scalar(connection->database(), QStringLiteral("SELECT count(*) FROM subscriber")), qint64(0));
    auto none = DemoData::generate(connection->database(), 0);
    QVERIFY2(none, qPrintable(none.error()));
    QCOMPARE(none.value().subscribers, qint64(0));
}

void TestDemoData::leavesTheConnectionAsItWas()
{
    // The generator writes with settings of its own; the connection keeps serving the app after.
    auto connection = open(QStringLiteral("settings.sqlite"));
    QVERIFY(connection);
    const QSqlDatabase other = connection->database();
    const QString settings = QStringLiteral("SELECT * FROM pragma_temp_store, pragma_cache_size");
    const QStringList before = rows(other, settings);
    QCOMPARE(before.size(), 1);
    QVERIFY2(!before.constFirst().startsWith(QLatin1String("error")), qPrintable(before.constFirst()));
    QVERIFY(DemoData::generate(other, 50, 4));
    QCOMPARE(rows(other, settings), before);
    QVERIFY(!DemoData::generate(other, 50, 4)); // refused, and still as it was
    QCOMPARE(rows(other, settings), before);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
