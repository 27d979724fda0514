// The rule packs: the built-in files, what a broken pack is told, which pack a number is under,
// and what SendPolicy does with each pack's rules, with real numbers and hand-computed times.
// Dates are in June 2026: New York UTC-4, Chicago UTC-5, Los Angeles UTC-7, Honolulu UTC-10,
// London UTC+1, Berlin and Paris UTC+2, Moscow UTC+3, Kaliningrad UTC+2, Kamchatka UTC+12.

#include "campaigns/outboxmessage.h"
#include "compliance/ruleexplanations.h"
#include "compliance/rulepack.h"
#include "compliance/rulepacks.h"
#include "compliance/sendpolicy.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberstatus.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textwell;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// Real numbers of each country (valid by libphonenumber's rules).
const QString Miami = QStringLiteral("+13053214567");
const QString Pensacola = QStringLiteral("+18504321234");
const QString NewYork = QStringLiteral("+12129876543");
const QString Seattle = QStringLiteral("+12063456789");
const QString Berlin = QStringLiteral("+4915112345678");
const QString Paris = QStringLiteral("+33612345678");
const QString Moscow = QStringLiteral("+79161234567");
const QString London = QStringLiteral("+447911123456");

// A pack file with one mistake in it; the line numbers in the tests count from here.
QByteArray packText(const QString& id, const QString& from)
{
    return QStringLiteral("{\n"                                    // 1
                          "    \"id\": \"%1\",\n"                  // 2
                          "    \"name\": {\"en\": \"Test\"},\n"    // 3
                          "    \"law\": {\"en\": \"Test law\"},\n" // 4
                          "    \"countries\": [\"DE\"],\n"         // 5
                          "    \"quiet_hours\": {\n"               // 6
                          "        \"from\": \"%2\",\n"            // 7
                          "        \"until\": \"08:00\"\n"         // 8
                          "    },\n"                               // 9
                          "    \"requires_confirmation\": true\n"  // 10
                          "}\n")
        .arg(id, from)
        .toUtf8();
}

} // namespace

class TestRulePacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void builtInPacksParseAndRoundTrip();
    void malformedPackNamesItsLine_data();
    void malformedPackNamesItsLine();
    void unknownPackFileIsRefused();
    void malformedStoredVersionFallsBackToBuiltIn();
    void packOfANumber();

    void floridaWaitsAtHalfPastEightNewYorkDoesNot();
    void seattleWaitsAtQuarterPastEight();
    void personsOwnZoneBeatsTheAreasZones();
    void germanyAwaitingConfirmation();
    void confirmationRequestsOnlyToThoseAwaiting();
    void franceObeysTheStricterOfBothWindows();
    void russiaWaitsForEveryZone();
    void basicPackForBritain();
    void storedPackIsObeyedEvenWithTheBusinessHoursOff();
    void optOutConfirmationOnlyWithinTheMinutesAllowed();

    void explanations();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    void addPerson(const QString& phone, SubscriberStatus status, const QString& timeZone = QString(),
                   NumberKind kind = NumberKind::Mobile);
    SendDecision decide(const SendPolicy& policy, const QString& phone, const QString& purpose,
                        const QDateTime& at);

    ManualClock m_clock{utc(2026, 6, 10, 10, 0)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestRulePacks::init()
{
    m_clock.setNow(utc(2026, 6, 10, 10, 0));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Connection::open(m_dir->filePath(QStringLiteral("packs.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
}

void TestRulePacks::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

void TestRulePacks::addPerson(const QString& phone, SubscriberStatus status, const QString& timeZone,
                              NumberKind kind)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO subscriber (phone, time_zone, number_kind, status, consent_at, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z', "
                             "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(phone);
    q.addBindValue(timeZone.isNull() ? QStringLiteral("") : timeZone); // NOT NULL
    q.addBindValue(int(kind));
    q.addBindValue(int(status));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

SendDecision TestRulePacks::decide(const SendPolicy& policy, const QString& phone, const QString& purpose,
                                   const QDateTime& at)
{
    m_clock.setNow(at);
    Result<SendDecision> decision =
        policy.check(phone, purpose, purpose == OutboxPurpose::Campaign, 0, Clock::currentUtc());
    if (!decision) {
        qWarning("%s", qPrintable(decision.error()));
        return {};
    }
    return decision.value();
}

#define COMPARE_DECISION(decision, expectedKind, expectedReason, expectedUntil)                              \
    do {                                                                                                     \
        const SendDecision d_ = (decision);                                                                  \
        QCOMPARE(int(d_.kind), int(expectedKind));                                                           \
        QCOMPARE(d_.reason, QString(expectedReason));                                                        \
        QCOMPARE(d_.until, QDateTime(expectedUntil));                                                        \
    } while (false)

void TestRulePacks::builtInPacksParseAndRoundTrip()
{
    const QStringList ids{QStringLiteral("basic"), QStringLiteral("us"), QStringLiteral("eu"),
                          QStringLiteral("de"), QStringLiteral("ru")};
    QCOMPARE(RulePacks::builtIn().size(), ids.size());
    for (const QString& id : ids) {
        QFile file(QStringLiteral(":/rulepacks/%1.json").arg(id));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(id));
        Result<RulePack> read = RulePack::parse(file.readAll(), file.fileName());
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read.value().id, id);
        QVERIFY(!read.value().name().isEmpty());
        QVERIFY(!read.value().law().isEmpty());
        Result<RulePack> again = RulePack::parse(read.value().toJson(), id);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY2(again.value() == read.value(), qPrintable(id));
        QCOMPARE(again.value().toJson(), read.value().toJson());
        QVERIFY(*RulePacks::builtIn(id) == read.value());
    }
    // What the issue asks of each.
    const RulePack us = *RulePacks::builtIn(QStringLiteral("us"));
    // Florida twice: its Panhandle (850, 448) keeps Central time.
    QStringList states;
    for (const AreaQuietHours& area : us.areaQuietHours)
        states.append(area.state);
    QCOMPARE(states, (QStringList{QStringLiteral("FL"), QStringLiteral("FL"), QStringLiteral("CT"),
                                  QStringLiteral("MD"), QStringLiteral("OK"), QStringLiteral("WA")}));
    QCOMPARE(us.areaQuietHours.first().state, QStringLiteral("FL"));
    QCOMPARE(us.areaQuietHours.first().from, QTime(20, 0));
    QVERIFY(us.welcomeRatesNotice);
    QVERIFY(RulePacks::builtIn(QStringLiteral("de"))->requiresConfirmation);
    QVERIFY(!RulePacks::builtIn(QStringLiteral("eu"))->requiresConfirmation);
    QVERIFY(!RulePacks::builtIn(QStringLiteral("ru"))->requiresConfirmation);
    QCOMPARE(RulePacks::builtIn(QStringLiteral("de"))->confirmationReminderDays, 3);
    QVERIFY(!RulePacks::builtIn(QStringLiteral("nope")));
}

void TestRulePacks::malformedPackNamesItsLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("good") << packText(QStringLiteral("de"), QStringLiteral("21:00")) << QString();
    QTest::newRow("bad time") << packText(QStringLiteral("de"), QStringLiteral("25:00"))
                              << QStringLiteral("mine.json, line 7: quiet_hours.from must be a time such as "
                                                "21:00.");
    QTest::newRow("bad id") << packText(QStringLiteral("Germany!"), QStringLiteral("21:00"))
                            << QStringLiteral("mine.json, line 2: id must be a short lower-case name such as "
                                              "\"de\".");
    // A missing comma at the end of line 5: the parser stops where line 6 begins.
    QByteArray noComma = packText(QStringLiteral("de"), QStringLiteral("21:00"));
    noComma.replace("[\"DE\"],", "[\"DE\"]");
    QTest::newRow("bad JSON") << noComma << QStringLiteral("mine.json, line 6: ");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("mine.json, line 1: ");
    QByteArray days = packText(QStringLiteral("de"), QStringLiteral("21:00"));
    days.replace("\"requires_confirmation\": true", "\"requires_confirmation\": \"yes\"");
    QTest::newRow("not a switch") << days
                                  << QStringLiteral(
                                         "mine.json, line 10: requires_confirmation must be true or "
                                         "false.");
}

void TestRulePacks::malformedPackNamesItsLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    Result<RulePack> read = RulePack::parse(text, QStringLiteral("mine.json"));
    if (expected.isEmpty()) {
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read.value().quietFrom, QTime(21, 0));
        QVERIFY(read.value().requiresConfirmation);
        return;
    }
    QVERIFY(!read);
    QVERIFY2(read.error().startsWith(expected), qPrintable(read.error()));
}

void TestRulePacks::unknownPackFileIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("xx.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(packText(QStringLiteral("xx"), QStringLiteral("21:00")));
    file.close();
    Result<RulePack> read = RulePacks::readFile(path);
    QVERIFY(!read);
    QCOMPARE(read.error(),
             QStringLiteral("xx.json is for \"xx\"; Textwell has rules for: basic, us, eu, de, ru."));

    // The same file with a broken time names the file and the line.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(packText(QStringLiteral("de"), QStringLiteral("9 pm")));
    file.close();
    read = RulePacks::readFile(path);
    QVERIFY(!read);
    QVERIFY2(read.error().startsWith(QStringLiteral("xx.json, line 7: ")), qPrintable(read.error()));

    // Nor can a pack that is not built in be saved.
    RulePack stranger = *RulePacks::builtIn(QStringLiteral("de"));
    stranger.id = QStringLiteral("xx");
    RulePacks packs(db());
    const Status saved = packs.save(stranger);
    QVERIFY(!saved);
    QCOMPARE(saved.error(), QStringLiteral("There is no rule pack \"xx\" to change."));
}

void TestRulePacks::malformedStoredVersionFallsBackToBuiltIn()
{
    // A saved version that was damaged (by hand, or by an older program): line 7 is wrong.
    BusinessSettings settings(db());
    QVERIFY(settings.store(RulePacks::settingName(QStringLiteral("de")),
                           QString::fromUtf8(packText(QStringLiteral("de"), QStringLiteral("late")))));
    const RulePacks packs(db());
    QCOMPARE(packs.problems().size(), 1);
    const QString problem = packs.problems().first();
    QVERIFY2(
        problem.startsWith(QStringLiteral("The saved rules for Germany, line 7: quiet_hours.from must be a "
                                          "time such as 21:00.")),
        qPrintable(problem));
    QVERIFY2(problem.endsWith(QStringLiteral("Textwell uses its built-in rules for Germany instead.")),
             qPrintable(problem));
    QVERIFY(!packs.isCustomized(QStringLiteral("de")));
    QVERIFY(packs.forRegion(QStringLiteral("DE")) == *RulePacks::builtIn(QStringLiteral("de")));

    // A good saved version is in force.
    RulePack mine = *RulePacks::builtIn(QStringLiteral("de"));
    mine.quietFrom = QTime(22, 0);
    RulePacks editable(db());
    QVERIFY(editable.save(mine));
    QVERIFY(editable.problems().isEmpty());
    QVERIFY(editable.isCustomized(QStringLiteral("de")));
    QCOMPARE(RulePacks(db()).forRegion(QStringLiteral("DE")).quietFrom, QTime(22, 0));
}

void TestRulePacks::packOfANumber()
{
    const RulePacks packs(db());
    QCOMPARE(packs.forRegion(QStringLiteral("US")).id, QStringLiteral("us"));
    QCOMPARE(packs.forRegion(QStringLiteral("DE")).id, QStringLiteral("de"));
    QCOMPARE(packs.forRegion(QStringLiteral("FR")).id, QStringLiteral("eu"));
    QCOMPARE(packs.forRegion(QStringLiteral("RU")).id, QStringLiteral("ru"));
    QCOMPARE(packs.forRegion(QStringLiteral("GB")).id, QStringLiteral("basic"));
    QCOMPARE(packs.forRegion(QString()).id, QStringLiteral("basic"));

    QCOMPARE(packs.forNumber(Miami).id, QStringLiteral("us"));
    QCOMPARE(packs.forNumber(NewYork).id, QStringLiteral("us"));
    QCOMPARE(packs.forNumber(Berlin).id, QStringLiteral("de"));
    QCOMPARE(packs.forNumber(Paris).id, QStringLiteral("eu"));
    QCOMPARE(packs.forNumber(Moscow).id, QStringLiteral("ru"));
    QCOMPARE(packs.forNumber(London).id, QStringLiteral("basic"));
    // Canada shares +1 but not the US's rules.
    QCOMPARE(packs.forNumber(QStringLiteral("+14165550199"), QStringLiteral("CA")).id,
             QStringLiteral("basic"));
    // A number written without its country is read with the fallback's.
    QCOMPARE(packs.forNumber(QStringLiteral("0151 12345678"), QStringLiteral("DE")).id, QStringLiteral("de"));
    QVERIFY(packs.requiresConfirmation(Berlin));
    QVERIFY(!packs.requiresConfirmation(Paris));

    // Area codes: Miami is Florida's, New York none.
    const RulePack& us = packs.forRegion(QStringLiteral("US"));
    QVERIFY(us.areaFor(Miami, 1));
    QCOMPARE(us.areaFor(Miami, 1)->state, QStringLiteral("FL"));
    QCOMPARE(us.areaFor(Seattle, 1)->state, QStringLiteral("WA"));
    QVERIFY(!us.areaFor(NewYork, 1));
}

void TestRulePacks::floridaWaitsAtHalfPastEightNewYorkDoesNot()
{
    addPerson(Miami, SubscriberStatus::Subscribed);
    addPerson(NewYork, SubscriberStatus::Subscribed);
    const SendPolicy policy(db(), QuietHours(QTime(21, 0), QTime(8, 0), QTimeZone("America/New_York")),
                            FrequencyCap(), QStringLiteral("US"));
    // 20:30 in Miami and New York (EDT) is 00:30 UTC on 11 June. Florida is quiet from 20:00, read in
    // Miami's zone (Eastern): it goes at 08:00 Miami, 12:00 UTC.
    const QDateTime halfPastEight = utc(2026, 6, 11, 0, 30);
    COMPARE_DECISION(decide(policy, Miami, OutboxPurpose::Campaign, halfPastEight), SendDecision::Kind::Hold,
                     OutboxMessage::QuietHours, utc(2026, 6, 11, 12, 0));
    // The Panhandle (850, Pensacola) keeps Central time: 20:30 there (01:30 UTC) waits for 08:00
    // Central, 13:00 UTC; at 19:30 Central (00:30 UTC) it goes.
    addPerson(Pensacola, SubscriberStatus::Subscribed);
    COMPARE_DECISION(decide(policy, Pensacola, OutboxPurpose::Campaign, utc(2026, 6, 11, 1, 30)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 13, 0));
    COMPARE_DECISION(decide(policy, Pensacola, OutboxPurpose::Campaign, halfPastEight),
                     SendDecision::Kind::Send, QString(), QDateTime());
    // New York has no rule of its own: 21:00–08:00 in every US zone; at 00:30 UTC New York is at
    // 20:30 and Honolulu at 14:30, so it goes.
    COMPARE_DECISION(decide(policy, NewYork, OutboxPurpose::Campaign, halfPastEight),
                     SendDecision::Kind::Send, QString(), QDateTime());
    // 19:55 in Miami: before Florida's 20:00, it goes.
    COMPARE_DECISION(decide(policy, Miami, OutboxPurpose::Campaign, utc(2026, 6, 10, 23, 55)),
                     SendDecision::Kind::Send, QString(), QDateTime());
    // 07:59 in Miami (11:59 UTC) waits a minute; 08:00 (12:00 UTC) goes.
    COMPARE_DECISION(decide(policy, Miami, OutboxPurpose::Campaign, utc(2026, 6, 11, 11, 59)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 12, 0));
    COMPARE_DECISION(decide(policy, Miami, OutboxPurpose::Campaign, utc(2026, 6, 11, 12, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());

    // A reply to the person's own text is not held.
    COMPARE_DECISION(decide(policy, Miami, OutboxPurpose::Welcome, halfPastEight), SendDecision::Kind::Send,
                     QString(), QDateTime());
    // What it holds, in words and in the business's time.
    QCOMPARE(policy.quietHoursEnd(Miami, QString(), halfPastEight), utc(2026, 6, 11, 12, 0));
    QCOMPARE(
        RuleExplanations::heldNow(policy.rulePacks().forNumber(Miami), halfPastEight, utc(2026, 6, 11, 12, 0),
                                  QTimeZone("America/New_York")),
        QStringLiteral("United States (TCPA, FCC 2025 rules, CTIA guidelines): it is quiet hours there now; "
                       "messages wait until tomorrow 08:00 (your time, America/New_York)."));
}

void TestRulePacks::seattleWaitsAtQuarterPastEight()
{
    addPerson(Seattle, SubscriberStatus::Subscribed);
    const SendPolicy policy(db(), QuietHours(QTime(21, 0), QTime(8, 0), QTimeZone("America/New_York")),
                            FrequencyCap(), QStringLiteral("US"));
    // 20:15 Pacific (PDT) is 03:15 UTC on 11 June: Washington is quiet from 20:00 in Los Angeles'
    // zone, until 08:00 there, 15:00 UTC. (The rest of the US, Hawaii included, does not count:
    // the area code says where the person is.)
    COMPARE_DECISION(decide(policy, Seattle, OutboxPurpose::Campaign, utc(2026, 6, 11, 3, 15)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 15, 0));
    // 19:45 Pacific (02:45 UTC): it goes.
    COMPARE_DECISION(decide(policy, Seattle, OutboxPurpose::Campaign, utc(2026, 6, 11, 2, 45)),
                     SendDecision::Kind::Send, QString(), QDateTime());
    // 07:59 Pacific (14:59 UTC): a minute to wait.
    COMPARE_DECISION(decide(policy, Seattle, OutboxPurpose::Campaign, utc(2026, 6, 11, 14, 59)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 15, 0));
}

void TestRulePacks::personsOwnZoneBeatsTheAreasZones()
{
    // A Miami number whose owner is known to live in New York's zone: 20:30 there (00:30 UTC) waits
    // for 08:00 New York (12:00 UTC). A Pensacola number (Central) whose owner lives in New York's
    // zone too: its area's zone does not count either.
    addPerson(Miami, SubscriberStatus::Subscribed, QStringLiteral("America/New_York"));
    addPerson(Pensacola, SubscriberStatus::Subscribed, QStringLiteral("America/New_York"));
    const SendPolicy policy(db(), QuietHours(QTime(21, 0), QTime(8, 0)), FrequencyCap(),
                            QStringLiteral("US"));
    COMPARE_DECISION(decide(policy, Miami, OutboxPurpose::Campaign, utc(2026, 6, 11, 0, 30)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 12, 0));
    COMPARE_DECISION(decide(policy, Pensacola, OutboxPurpose::Campaign, utc(2026, 6, 11, 0, 30)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 12, 0));
}

void TestRulePacks::germanyAwaitingConfirmation()
{
    addPerson(Berlin, SubscriberStatus::AwaitingConfirmation);
    const SendPolicy policy(db(), QuietHours(QTime(21, 0), QTime(8, 0), QTimeZone("Europe/Berlin")),
                            FrequencyCap(1, 7), QStringLiteral("DE"));
    // A campaign never reaches them, by day or by night.
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::Campaign, utc(2026, 6, 10, 10, 0)),
                     SendDecision::Kind::Skip, OutboxMessage::AwaitingConfirmation, QDateTime());
    // The request to confirm goes at 12:00 Berlin (10:00 UTC).
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::ConfirmationRequest, utc(2026, 6, 10, 10, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());
    // At 22:00 Berlin (20:00 UTC) it waits until 08:00 Berlin, 06:00 UTC.
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::ConfirmationRequest, utc(2026, 6, 10, 20, 0)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 6, 0));
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::ConfirmationReminder, utc(2026, 6, 10, 20, 0)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 6, 0));
    // The welcome text answers their own JOIN: at 23:00 Berlin (21:00 UTC) it goes.
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::Welcome, utc(2026, 6, 10, 21, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());

    // No frequency cap for requests: a marketing message sent an hour ago does not hold one.
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO message (phone, state, marketing, sent_at) VALUES ('%1', "
                                   "'sent', 1, '2026-06-10T09:00:00.000Z')")
                        .arg(Berlin)),
             qPrintable(q.lastError().text()));
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::ConfirmationReminder, utc(2026, 6, 10, 10, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());
}

void TestRulePacks::confirmationRequestsOnlyToThoseAwaiting()
{
    const QString confirmed = QStringLiteral("+4915212345678");
    const QString unsubscribed = QStringLiteral("+4916012345678");
    const QString landline = QStringLiteral("+493012345678");
    addPerson(confirmed, SubscriberStatus::Subscribed);
    addPerson(unsubscribed, SubscriberStatus::Unsubscribed);
    addPerson(landline, SubscriberStatus::AwaitingConfirmation, QString(), NumberKind::FixedLine);
    addPerson(Berlin, SubscriberStatus::AwaitingConfirmation);
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO suppression (phone, opted_out_at) VALUES ('%1', "
                                   "'2026-06-01T00:00:00.000Z')")
                        .arg(Berlin)),
             qPrintable(q.lastError().text()));
    const SendPolicy policy(db(), QuietHours(), FrequencyCap(), QStringLiteral("DE"));
    const QDateTime noon = utc(2026, 6, 10, 10, 0);
    // Confirmed since the request was queued: the reminder has no point.
    COMPARE_DECISION(decide(policy, confirmed, OutboxPurpose::ConfirmationReminder, noon),
                     SendDecision::Kind::Skip, OutboxMessage::Superseded, QDateTime());
    COMPARE_DECISION(decide(policy, unsubscribed, OutboxPurpose::ConfirmationRequest, noon),
                     SendDecision::Kind::Skip, OutboxMessage::Unsubscribed, QDateTime());
    // On the suppression list (an opt-out), whatever the person's row says.
    COMPARE_DECISION(decide(policy, Berlin, OutboxPurpose::ConfirmationRequest, noon),
                     SendDecision::Kind::Skip, OutboxMessage::Unsubscribed, QDateTime());
    COMPARE_DECISION(decide(policy, landline, OutboxPurpose::ConfirmationRequest, noon),
                     SendDecision::Kind::Skip, OutboxMessage::NotMobile, QDateTime());
    COMPARE_DECISION(
        decide(policy, QStringLiteral("+4917612345678"), OutboxPurpose::ConfirmationRequest, noon),
        SendDecision::Kind::Skip, OutboxMessage::NotInBook, QDateTime());
}

void TestRulePacks::franceObeysTheStricterOfBothWindows()
{
    addPerson(Paris, SubscriberStatus::Subscribed);
    // The business is quiet 22:00–07:00, the EU pack 21:00–08:00. 21:30 Paris (19:30 UTC) waits for
    // the pack's 08:00 Paris, 06:00 UTC.
    const SendPolicy lenient(db(), QuietHours(QTime(22, 0), QTime(7, 0), QTimeZone("Europe/Paris")),
                             FrequencyCap(), QStringLiteral("FR"));
    COMPARE_DECISION(decide(lenient, Paris, OutboxPurpose::Campaign, utc(2026, 6, 10, 19, 30)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 6, 0));
    // A stricter business (20:00–09:00): 08:30 Paris (06:30 UTC) waits for its 09:00, 07:00 UTC.
    const SendPolicy strict(db(), QuietHours(QTime(20, 0), QTime(9, 0), QTimeZone("Europe/Paris")),
                            FrequencyCap(), QStringLiteral("FR"));
    COMPARE_DECISION(decide(strict, Paris, OutboxPurpose::Campaign, utc(2026, 6, 11, 6, 30)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 7, 0));
    COMPARE_DECISION(decide(strict, Paris, OutboxPurpose::Campaign, utc(2026, 6, 11, 7, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());
}

void TestRulePacks::russiaWaitsForEveryZone()
{
    addPerson(Moscow, SubscriberStatus::Subscribed);
    const SendPolicy policy(db(), QuietHours(), FrequencyCap(), QStringLiteral("RU"));
    // 10:00 Moscow (07:00 UTC): Kaliningrad 09:00, Kamchatka 19:00: it goes.
    COMPARE_DECISION(decide(policy, Moscow, OutboxPurpose::Campaign, utc(2026, 6, 10, 7, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());
    // 12:00 Moscow (09:00 UTC): Kamchatka is at 21:00. Every zone is awake again when Kaliningrad
    // reaches 08:00, 06:00 UTC (Kamchatka 18:00).
    COMPARE_DECISION(decide(policy, Moscow, OutboxPurpose::Campaign, utc(2026, 6, 10, 9, 0)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 6, 0));
}

void TestRulePacks::basicPackForBritain()
{
    addPerson(London, SubscriberStatus::Subscribed);
    const SendPolicy policy(db(), QuietHours(), FrequencyCap(), QStringLiteral("DE"));
    // 21:30 London (BST, 20:30 UTC): held until 08:00 London, 07:00 UTC.
    COMPARE_DECISION(decide(policy, London, OutboxPurpose::Campaign, utc(2026, 6, 10, 20, 30)),
                     SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 7, 0));
    // No double opt-in outside Germany: a subscribed British number gets the campaign by day.
    COMPARE_DECISION(decide(policy, London, OutboxPurpose::Campaign, utc(2026, 6, 10, 12, 0)),
                     SendDecision::Kind::Send, QString(), QDateTime());
}

void TestRulePacks::storedPackIsObeyedEvenWithTheBusinessHoursOff()
{
    addPerson(QStringLiteral("+4915712345678"), SubscriberStatus::Subscribed);
    RulePack mine = *RulePacks::builtIn(QStringLiteral("de"));
    mine.quietFrom = QTime(22, 0);
    mine.quietUntil = QTime(7, 0);
    RulePacks packs(db());
    QVERIFY(packs.save(mine));
    // The business turned its own quiet hours off; the law's still hold.
    const SendPolicy policy(db(), QuietHours(QTime(0, 0), QTime(0, 0)), FrequencyCap(), QStringLiteral("DE"));
    // 21:30 Berlin (19:30 UTC): allowed by the saved pack.
    COMPARE_DECISION(
        decide(policy, QStringLiteral("+4915712345678"), OutboxPurpose::Campaign, utc(2026, 6, 10, 19, 30)),
        SendDecision::Kind::Send, QString(), QDateTime());
    // 22:30 Berlin (20:30 UTC): until 07:00 Berlin, 05:00 UTC.
    COMPARE_DECISION(
        decide(policy, QStringLiteral("+4915712345678"), OutboxPurpose::Campaign, utc(2026, 6, 10, 20, 30)),
        SendDecision::Kind::Hold, OutboxMessage::QuietHours, utc(2026, 6, 11, 5, 0));
}

void TestRulePacks::optOutConfirmationOnlyWithinTheMinutesAllowed()
{
    // A US number's STOP was taken at 15:00:00 UTC (11:00 in New York) and its one confirmation
    // queued then: it may go out until 15:05:00, five minutes later (the US pack); at 15:05:01 it is
    // too late and never goes.
    const QString phone = QStringLiteral("+12125550123");
    addPerson(phone, SubscriberStatus::Unsubscribed);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO suppression (phone, opted_out_at) VALUES ('%1', "
                                  "'2026-06-10T14:00:00.000Z')")
                       .arg(phone)));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO message (id, phone, marketing, purpose, created_at) VALUES (7, "
                              "'%1', 0, 'opt_out_confirmation', '2026-06-10T15:00:00.000Z')")
                   .arg(phone)));
    const SendPolicy policy(db(), QuietHours(), FrequencyCap(), QStringLiteral("US"));
    auto decideAt = [&](const SendPolicy& p, const QDateTime& at) {
        m_clock.setNow(at);
        return p.check(phone, OutboxPurpose::OptOutConfirmation, false, 7, at).value();
    };
    COMPARE_DECISION(decideAt(policy, utc(2026, 6, 10, 15, 4)), SendDecision::Kind::Send, QString(),
                     QDateTime());
    COMPARE_DECISION(decideAt(policy, utc(2026, 6, 10, 15, 5)), SendDecision::Kind::Send, QString(),
                     QDateTime());
    COMPARE_DECISION(decideAt(policy, utc(2026, 6, 10, 15, 5).addSecs(1)), SendDecision::Kind::Skip,
                     OutboxMessage::TooLate, QDateTime());
    // A business that allows more time in its own version of the pack.
    RulePack us = *RulePacks::builtIn(QStringLiteral("us"));
    us.optOutConfirmationMinutes = 60;
    QVERIFY(RulePacks(db()).save(us));
    const SendPolicy patient(db(), QuietHours(), FrequencyCap(), QStringLiteral("US"));
    COMPARE_DECISION(decideAt(patient, utc(2026, 6, 10, 15, 59)), SendDecision::Kind::Send, QString(),
                     QDateTime());
}

void TestRulePacks::explanations()
{
    const RulePack de = *RulePacks::builtIn(QStringLiteral("de"));
    const RulePack us = *RulePacks::builtIn(QStringLiteral("us"));
    QCOMPARE(RuleExplanations::heading(de), QStringLiteral("Germany (UWG § 7, GDPR)"));
    QCOMPARE(RuleExplanations::confirmationKeyword(de), QStringLiteral("JA"));
    QCOMPARE(RuleExplanations::confirmationKeyword(us), QStringLiteral("YES"));
    const QString awaiting = RuleExplanations::awaitingConfirmation(de, 1234);
    QVERIFY2(awaiting.startsWith(QStringLiteral("Germany (UWG § 7, GDPR): ")), qPrintable(awaiting));
    QVERIFY2(awaiting.contains(QStringLiteral("1,234")), qPrintable(awaiting));
    QVERIFY2(
        awaiting.endsWith(QStringLiteral("have not confirmed their consent by SMS yet; they are left out "
                                         "until they reply JA.")),
        qPrintable(awaiting));
    QCOMPARE(
        RuleExplanations::quietHours(us),
        QStringLiteral("United States (TCPA, FCC 2025 rules, CTIA guidelines): quiet hours 21:00–08:00, in "
                       "Florida, Connecticut, Maryland, Oklahoma and Washington 20:00–08:00; messages wait "
                       "until then."));
    QCOMPARE(RuleExplanations::quietHours(de),
             QStringLiteral("Germany (UWG § 7, GDPR): quiet hours 21:00–08:00; messages wait until then."));

    // One sentence per rule, each saying what this pack does.
    const QStringList deRules = RuleExplanations::enforced(de);
    QCOMPARE(deRules.size(), 6);
    QVERIFY2(deRules.at(1).contains(QStringLiteral("replying JA")), qPrintable(deRules.at(1)));
    QVERIFY2(deRules.at(1).contains(QStringLiteral("3 day")), qPrintable(deRules.at(1)));
    QVERIFY2(deRules.at(2).contains(QStringLiteral("within 5 minute")), qPrintable(deRules.at(2)));
    QVERIFY2(deRules.at(3).contains(QStringLiteral("within 10 business day")), qPrintable(deRules.at(3)));
    QCOMPARE(deRules.at(5), QStringLiteral("The welcome text starts with your business's name."));
    const QStringList usRules = RuleExplanations::enforced(us);
    QVERIFY2(usRules.at(0).contains(QStringLiteral("Florida, Connecticut, Maryland, Oklahoma and Washington "
                                                   "20:00–08:00")),
             qPrintable(usRules.at(0)));
    QCOMPARE(usRules.at(1),
             QStringLiteral("The consent you record counts; no confirmation by SMS is asked for."));
    QVERIFY(usRules.at(5).contains(QStringLiteral("message and data rates may apply")));
    QCOMPARE(RuleExplanations::stateName(QStringLiteral("WA")), QStringLiteral("Washington"));
    QCOMPARE(RuleExplanations::stateName(QStringLiteral("ZZ")), QStringLiteral("ZZ"));
}

QTEST_GUILESS_MAIN(TestRulePacks)
#include "tst_rulepacks.moc"
