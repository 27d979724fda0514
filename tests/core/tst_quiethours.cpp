// Quiet hours against the system tzdata (Debian: tzdata + ICU). Dates are in 2026, whose clock
// changes are: Berlin 29 Mar and 25 Oct at 01:00 UTC, New York 8 Mar at 07:00 UTC and 1 Nov at
// 06:00 UTC. Russia has had no DST since 2014.

#include "campaigns/outboxmessage.h"
#include "compliance/quiethours.h"
#include "compliance/sendpolicy.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace textwell;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QTimeZone zone(const char* id)
{
    return QTimeZone(QByteArray(id));
}

QVector<QTimeZone> zones(const char* id)
{
    return {zone(id)};
}

QStringList ids(const QVector<QTimeZone>& list)
{
    QStringList result;
    for (const QTimeZone& z : list)
        result.append(QString::fromUtf8(z.id()));
    return result;
}

// The oracle of the property test: local time through QDateTime, not the offset arithmetic of
// QuietHours.
bool quietIn(const QuietHours& hours, const QTimeZone& z, const QDateTime& at)
{
    if (hours.isOff())
        return false;
    const QTime local = at.toTimeZone(z).time();
    if (hours.start() < hours.end())
        return local >= hours.start() && local < hours.end();
    return local >= hours.start() || local < hours.end();
}

bool oracleAllows(const QuietHours& hours, const QVector<QTimeZone>& list, const QDateTime& at)
{
    for (const QTimeZone& z : list) {
        if (quietIn(hours, z, at))
            return false;
    }
    return true;
}

} // namespace

class TestQuietHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tzdataIsThere();
    void defaults();
    void insideAndOutside_data();
    void insideAndOutside();
    void boundaries();
    void windowWithoutWrap();
    void off();
    void nextAllowedOneZone_data();
    void nextAllowedOneZone();
    void berlinSpringForward();
    void berlinFallBack();
    void newYorkSpringForward();
    void newYorkFallBack();
    void endInsideGapMeansFirstMomentAfter();
    void endInsideRepeatedHour();
    void personZoneBeatsCountry();
    void unknownZoneFallsBackToCountry();
    void zonesForFallbacks();
    void oneZoneCountry();
    void russiaNeedsEveryZoneAwake();
    void unitedStates();
    void noCommonWindowFallsBackToMainZone();
    void heldReason();
    void businessZoneIsTheLastFallback();
    void sendPolicyUsesTheBusinessZone();
    void twoWindowsTheStricterSideOfEach();
    void twoWindowsInDifferentZones();
    void twoWindowsThatNeverAgree();
    void propertyTwoWindowsFirstAllowedByBoth();
    void zonesForFromManyThreads();
    void propertyNextAllowedIsFirstAllowed();
};

void TestQuietHours::tzdataIsThere()
{
    QVERIFY(zone("Europe/Berlin").isValid());
    QVERIFY(zone("America/New_York").hasTransitions());
    QVERIFY(QTimeZone::availableTimeZoneIds(QLocale::Russia).size() > 10);
}

void TestQuietHours::defaults()
{
    const QuietHours hours;
    QCOMPARE(hours.start(), QTime(21, 0));
    QCOMPARE(hours.end(), QTime(8, 0));
    QVERIFY(!hours.isOff());
    QCOMPARE(hours.windowText(), QStringLiteral("21:00–08:00"));
    // An invalid time (an unreadable setting) is the default, never "no quiet hours".
    QCOMPARE(QuietHours(QTime(), QTime()).start(), QTime(21, 0));
    QVERIFY(!QuietHours(QTime(), QTime()).isOff());
}

void TestQuietHours::insideAndOutside_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("allowed");
    // Berlin in June is UTC+2.
    QTest::newRow("noon") << utc(2026, 6, 10, 10, 0) << true;
    QTest::newRow("late evening") << utc(2026, 6, 10, 21, 30) << false;
    QTest::newRow("midnight") << utc(2026, 6, 10, 22, 0) << false;
    QTest::newRow("early morning") << utc(2026, 6, 11, 3, 0) << false;
    QTest::newRow("evening before 21") << utc(2026, 6, 10, 18, 59) << true;
    // Berlin in January is UTC+1.
    QTest::newRow("winter 07:30") << utc(2026, 1, 10, 6, 30) << false;
    QTest::newRow("winter 08:30") << utc(2026, 1, 10, 7, 30) << true;
}

void TestQuietHours::insideAndOutside()
{
    QFETCH(QDateTime, at);
    QFETCH(bool, allowed);
    const QuietHours hours;
    QCOMPARE(hours.allows(at, zones("Europe/Berlin")), allowed);
    QCOMPARE(hours.nextAllowed(at, zones("Europe/Berlin")) == at, allowed);
}

void TestQuietHours::boundaries()
{
    const QuietHours hours;
    const auto berlin = zones("Europe/Berlin");
    // 21:00 local starts the quiet hours, 08:00 local ends them.
    QVERIFY(hours.allows(utc(2026, 6, 10, 18, 59, 59, 999), berlin));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 19, 0), berlin));
    QVERIFY(!hours.allows(utc(2026, 6, 11, 5, 59, 59, 999), berlin));
    QVERIFY(hours.allows(utc(2026, 6, 11, 6, 0), berlin));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 19, 0), berlin), utc(2026, 6, 11, 6, 0));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 11, 5, 59, 59, 999), berlin), utc(2026, 6, 11, 6, 0));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 11, 6, 0), berlin), utc(2026, 6, 11, 6, 0));
    // The answer is in UTC whatever the zone of the question.
    const QDateTime localQuestion = utc(2026, 6, 10, 20, 0).toTimeZone(zone("Asia/Tokyo"));
    QCOMPARE(hours.nextAllowed(localQuestion, berlin).timeSpec(), Qt::UTC);
    QCOMPARE(hours.nextAllowed(localQuestion, berlin), utc(2026, 6, 11, 6, 0));
}

void TestQuietHours::windowWithoutWrap()
{
    // A siesta: quiet 13:00–15:00, allowed before and after, also at night.
    const QuietHours hours(QTime(13, 0), QTime(15, 0));
    const auto utcZone = zones("UTC");
    QVERIFY(hours.allows(utc(2026, 6, 10, 12, 59, 59, 999), utcZone));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 13, 0), utcZone));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 14, 59), utcZone));
    QVERIFY(hours.allows(utc(2026, 6, 10, 15, 0), utcZone));
    QVERIFY(hours.allows(utc(2026, 6, 10, 23, 30), utcZone));
    QVERIFY(hours.allows(utc(2026, 6, 10, 2, 0), utcZone));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 13, 45), utcZone), utc(2026, 6, 10, 15, 0));
    QCOMPARE(hours.windowText(), QStringLiteral("13:00–15:00"));
}

void TestQuietHours::off()
{
    const QuietHours hours(QTime(9, 0), QTime(9, 0));
    QVERIFY(hours.isOff());
    const auto russia = QuietHours::zonesOfRegion(QStringLiteral("RU"));
    for (int hour = 0; hour < 24; ++hour) {
        const QDateTime at = utc(2026, 6, 10, hour, 17);
        QVERIFY(hours.allows(at, russia));
        QCOMPARE(hours.nextAllowed(at, russia), at);
        QVERIFY(hours.heldReason(at, russia).isEmpty());
    }
    QVERIFY(!hours.windowText().isEmpty());
}

void TestQuietHours::nextAllowedOneZone_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("berlin before midnight")
        << QByteArray("Europe/Berlin") << utc(2026, 6, 10, 20, 0) << utc(2026, 6, 11, 6, 0);
    QTest::newRow("berlin after midnight")
        << QByteArray("Europe/Berlin") << utc(2026, 6, 11, 1, 0) << utc(2026, 6, 11, 6, 0);
    QTest::newRow("tokyo, no DST") << QByteArray("Asia/Tokyo") << utc(2026, 6, 10, 13, 0)
                                   << utc(2026, 6, 10, 23, 0);
    QTest::newRow("new york crosses the UTC day")
        << QByteArray("America/New_York") << utc(2026, 6, 11, 2, 0) << utc(2026, 6, 11, 12, 0);
    QTest::newRow("half-hour zone") << QByteArray("Asia/Kolkata") << utc(2026, 6, 10, 18, 0)
                                    << utc(2026, 6, 11, 2, 30);
    QTest::newRow("fixed offset zone")
        << QByteArray("UTC+03:00") << utc(2026, 6, 10, 19, 0) << utc(2026, 6, 11, 5, 0);
}

void TestQuietHours::nextAllowedOneZone()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const QuietHours hours;
    QVERIFY(QTimeZone(zoneId).isValid());
    QCOMPARE(hours.nextAllowed(now, {QTimeZone(zoneId)}), expected);
    QVERIFY(hours.allows(expected, {QTimeZone(zoneId)}));
    QVERIFY(!hours.allows(expected.addMSecs(-1), {QTimeZone(zoneId)}));
}

void TestQuietHours::berlinSpringForward()
{
    // 29 Mar 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC; the night starts at UTC+1 and ends
    // at UTC+2, so 08:00 is 06:00 UTC, not 07:00.
    const QuietHours hours;
    const auto berlin = zones("Europe/Berlin");
    QVERIFY(!hours.allows(utc(2026, 3, 28, 20, 0), berlin)); // 21:00 CET
    QVERIFY(hours.allows(utc(2026, 3, 28, 19, 59), berlin));
    QCOMPARE(hours.nextAllowed(utc(2026, 3, 28, 20, 0), berlin), utc(2026, 3, 29, 6, 0));
    QVERIFY(!hours.allows(utc(2026, 3, 29, 5, 59), berlin));
    // The evening after is in CEST: 21:00 is 19:00 UTC.
    QVERIFY(hours.allows(utc(2026, 3, 29, 18, 59), berlin));
    QVERIFY(!hours.allows(utc(2026, 3, 29, 19, 0), berlin));
}

void TestQuietHours::berlinFallBack()
{
    // 25 Oct 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 08:00 CET is 07:00 UTC.
    const QuietHours hours;
    const auto berlin = zones("Europe/Berlin");
    QCOMPARE(hours.nextAllowed(utc(2026, 10, 24, 19, 0), berlin), utc(2026, 10, 25, 7, 0));
    QVERIFY(!hours.allows(utc(2026, 10, 25, 6, 30), berlin));
    QVERIFY(hours.allows(utc(2026, 10, 25, 7, 0), berlin));
    QVERIFY(!hours.allows(utc(2026, 10, 25, 20, 0), berlin)); // 21:00 CET
}

void TestQuietHours::newYorkSpringForward()
{
    // 8 Mar 2026: 02:00 EST becomes 03:00 EDT at 07:00 UTC; 08:00 EDT is 12:00 UTC.
    const QuietHours hours;
    const auto newYork = zones("America/New_York");
    QCOMPARE(hours.nextAllowed(utc(2026, 3, 8, 2, 0), newYork), utc(2026, 3, 8, 12, 0));
    QVERIFY(!hours.allows(utc(2026, 3, 8, 11, 59), newYork));
    QVERIFY(hours.allows(utc(2026, 3, 8, 12, 0), newYork));
    // The day before, 08:00 EST was 13:00 UTC.
    QCOMPARE(hours.nextAllowed(utc(2026, 3, 7, 5, 0), newYork), utc(2026, 3, 7, 13, 0));
}

void TestQuietHours::newYorkFallBack()
{
    // 1 Nov 2026: 02:00 EDT becomes 01:00 EST at 06:00 UTC. The night starts at 21:00 EDT
    // (01:00 UTC) and ends at 08:00 EST (13:00 UTC): one hour longer in UTC.
    const QuietHours hours;
    const auto newYork = zones("America/New_York");
    QVERIFY(hours.allows(utc(2026, 11, 1, 0, 59), newYork));
    QVERIFY(!hours.allows(utc(2026, 11, 1, 1, 0), newYork));
    QCOMPARE(hours.nextAllowed(utc(2026, 11, 1, 1, 0), newYork), utc(2026, 11, 1, 13, 0));
    QVERIFY(!hours.allows(utc(2026, 11, 1, 12, 30), newYork));
}

void TestQuietHours::endInsideGapMeansFirstMomentAfter()
{
    // Quiet until 02:30, which does not exist on the spring-forward night: the first moment
    // after the gap (03:00 local) is allowed.
    const QuietHours hours(QTime(21, 0), QTime(2, 30));
    QCOMPARE(hours.nextAllowed(utc(2026, 3, 28, 22, 0), zones("Europe/Berlin")), utc(2026, 3, 29, 1, 0));
    QVERIFY(!hours.allows(utc(2026, 3, 29, 0, 59, 59, 999), zones("Europe/Berlin")));
    QCOMPARE(hours.nextAllowed(utc(2026, 3, 8, 4, 0), zones("America/New_York")), utc(2026, 3, 8, 7, 0));
}

void TestQuietHours::endInsideRepeatedHour()
{
    // Quiet until 02:30 on the fall-back night: 02:30 CEST (00:30 UTC) is allowed, then the clock
    // goes back to 02:00 CET and it is quiet again until 02:30 CET (01:30 UTC).
    const QuietHours hours(QTime(21, 0), QTime(2, 30));
    const auto berlin = zones("Europe/Berlin");
    QCOMPARE(hours.nextAllowed(utc(2026, 10, 24, 23, 0), berlin), utc(2026, 10, 25, 0, 30));
    QVERIFY(hours.allows(utc(2026, 10, 25, 0, 59), berlin));
    QVERIFY(!hours.allows(utc(2026, 10, 25, 1, 0), berlin));
    QCOMPARE(hours.nextAllowed(utc(2026, 10, 25, 1, 10), berlin), utc(2026, 10, 25, 1, 30));
}

void TestQuietHours::personZoneBeatsCountry()
{
    // A German number whose owner lives in Tokyo.
    const auto list = QuietHours::zonesFor(QStringLiteral("Asia/Tokyo"), QStringLiteral("+4915123456789"),
                                           QStringLiteral("DE"));
    QCOMPARE(ids(list), QStringList{QStringLiteral("Asia/Tokyo")});
    const QuietHours hours;
    // 10:00 UTC: noon in Berlin, 19:00 in Tokyo -> allowed; 13:00 UTC: 22:00 in Tokyo -> held.
    QVERIFY(hours.allows(utc(2026, 6, 10, 10, 0), list));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 13, 0), list));
    QVERIFY(hours.allows(utc(2026, 6, 10, 13, 0),
                         QuietHours::zonesFor(QString(), QStringLiteral("+4915123456789"), QString())));
}

void TestQuietHours::unknownZoneFallsBackToCountry()
{
    for (const QString& bad :
         {QStringLiteral("Mars/Olympus_Mons"), QStringLiteral("   "), QString(), QStringLiteral("berlin")}) {
        const auto list = QuietHours::zonesFor(bad, QStringLiteral("+4915123456789"), QStringLiteral("RU"));
        QVERIFY2(!list.isEmpty(), qPrintable(bad));
        QCOMPARE(QString::fromUtf8(list.first().id()), QStringLiteral("Europe/Berlin"));
    }
}

void TestQuietHours::zonesForFallbacks()
{
    // No usable number: the business's default country.
    auto list = QuietHours::zonesFor(QString(), QStringLiteral("not a number"), QStringLiteral("ru"));
    QCOMPARE(QString::fromUtf8(list.first().id()), QStringLiteral("Europe/Moscow"));
    QCOMPARE(list.size(), QuietHours::zonesOfRegion(QStringLiteral("RU")).size());
    // Nothing known at all: this computer's zone, never an empty list.
    list = QuietHours::zonesFor(QString(), QString(), QString());
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first(), QTimeZone::systemTimeZone());
    list = QuietHours::zonesFor(QString(), QString(), QStringLiteral("ZZ"));
    QCOMPARE(list.size(), 1);
    // +1 and +7 are shared by several countries: libphonenumber tells them apart.
    list = QuietHours::zonesFor(QString(), QStringLiteral("+14165550123"), QString());
    QCOMPARE(QString::fromUtf8(list.first().id()), QStringLiteral("America/Toronto"));
    list = QuietHours::zonesFor(QString(), QStringLiteral("+77710009998"), QString());
    QCOMPARE(QString::fromUtf8(list.first().id()), QStringLiteral("Asia/Almaty"));
    QVERIFY(QuietHours::zonesOfRegion(QStringLiteral("XX")).isEmpty());
    QVERIFY(QuietHours::zonesOfRegion(QString()).isEmpty());
    // Empty zones in allows(): this computer's zone, not "always allowed".
    const QuietHours hours;
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 12, 0), {}),
             hours.nextAllowed(utc(2026, 6, 10, 12, 0), {QTimeZone::systemTimeZone()}));
}

void TestQuietHours::oneZoneCountry()
{
    const auto germany = QuietHours::zonesFor(QString(), QStringLiteral("+4915123456789"), QString());
    // Busingen is an enclave that keeps Berlin's clock; Berlin is the zone people live in.
    QCOMPARE(QString::fromUtf8(germany.first().id()), QStringLiteral("Europe/Berlin"));
    const auto france = QuietHours::zonesOfRegion(QStringLiteral("FR"));
    QCOMPARE(ids(france), QStringList{QStringLiteral("Europe/Paris")});
    const QuietHours hours;
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 20, 0), germany), utc(2026, 6, 11, 6, 0));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 20, 0), france), utc(2026, 6, 11, 6, 0));
}

void TestQuietHours::russiaNeedsEveryZoneAwake()
{
    // Kaliningrad (UTC+2) is awake 06:00–19:00 UTC, Kamchatka (UTC+12) 20:00–09:00 UTC: the
    // country's common window is 06:00–09:00 UTC.
    const QuietHours hours;
    const auto russia = QuietHours::zonesFor(QString(), QStringLiteral("+74951234567"), QString());
    QCOMPARE(QString::fromUtf8(russia.first().id()), QStringLiteral("Europe/Moscow"));
    QVERIFY(ids(russia).contains(QStringLiteral("Asia/Vladivostok")));
    QVERIFY(ids(russia).contains(QStringLiteral("Europe/Kaliningrad")));

    // 12:00 UTC is 15:00 in Moscow but 22:00 in Vladivostok.
    QVERIFY(hours.allows(utc(2026, 6, 10, 12, 0), zones("Europe/Moscow")));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 12, 0), zones("Asia/Vladivostok")));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 12, 0), russia));
    // 05:30 UTC is 08:30 in Moscow but 07:30 in Kaliningrad.
    QVERIFY(hours.allows(utc(2026, 6, 10, 5, 30), zones("Europe/Moscow")));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 5, 30), russia));
    QVERIFY(hours.allows(utc(2026, 6, 10, 6, 0), russia));
    QVERIFY(hours.allows(utc(2026, 6, 10, 8, 59), russia));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 9, 0), russia));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 12, 0), russia), utc(2026, 6, 11, 6, 0));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 5, 30), russia), utc(2026, 6, 10, 6, 0));
}

void TestQuietHours::unitedStates()
{
    // June: New York UTC-4 awake 12:00–01:00 UTC, Honolulu UTC-10 awake 18:00–07:00 UTC, Adak
    // UTC-9 awake 17:00–06:00 UTC: common 18:00–01:00 UTC.
    const QuietHours hours;
    const auto us = QuietHours::zonesFor(QString(), QStringLiteral("+12015550123"), QString());
    QCOMPARE(QString::fromUtf8(us.first().id()), QStringLiteral("America/New_York"));
    QVERIFY(ids(us).contains(QStringLiteral("Pacific/Honolulu")));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 14, 0), us)); // 04:00 in Honolulu
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 14, 0), us), utc(2026, 6, 10, 18, 0));
    QVERIFY(hours.allows(utc(2026, 6, 11, 0, 59), us));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 11, 1, 0), us), utc(2026, 6, 11, 18, 0));
}

void TestQuietHours::noCommonWindowFallsBackToMainZone()
{
    // Quiet 18:00–10:00 leaves 8 hours, and Russia spans 10: no moment suits every zone, so
    // Moscow, where most of the country lives, decides (10:00–18:00 MSK = 07:00–15:00 UTC).
    const QuietHours hours(QTime(18, 0), QTime(10, 0));
    const auto russia = QuietHours::zonesOfRegion(QStringLiteral("RU"));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 3, 0), russia), utc(2026, 6, 10, 7, 0));
    QVERIFY(!hours.allows(utc(2026, 6, 10, 6, 59), russia));
    QVERIFY(hours.allows(utc(2026, 6, 10, 7, 0), russia));
    QVERIFY(hours.allows(utc(2026, 6, 10, 14, 59), russia));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 15, 0), russia), utc(2026, 6, 11, 7, 0));
    QVERIFY(hours.heldReason(utc(2026, 6, 10, 3, 0), russia).contains(QStringLiteral("Europe/Moscow")));
    // A country without an entry in the table takes its middle zone: still a window every day.
    const QVector<QTimeZone> made{zone("UTC-05:00"), zone("UTC+00:00"), zone("UTC+05:00")};
    const QDateTime next = hours.nextAllowed(utc(2026, 6, 10, 3, 0), made);
    QVERIFY(hours.allows(next, made));
    QVERIFY(next <= utc(2026, 6, 11, 3, 0));
}

void TestQuietHours::heldReason()
{
    const QuietHours hours;
    QVERIFY(hours.heldReason(utc(2026, 6, 10, 10, 0), zones("Europe/Berlin")).isEmpty());
    QCOMPARE(hours.heldReason(utc(2026, 6, 10, 20, 0), zones("Europe/Berlin")),
             QStringLiteral("Quiet hours in Europe/Berlin until 08:00."));
    // Russia at 12:00 UTC waits for Kaliningrad to wake at 08:00 its time (06:00 UTC).
    const QString reason =
        hours.heldReason(utc(2026, 6, 10, 12, 0), QuietHours::zonesOfRegion(QStringLiteral("RU")));
    QVERIFY2(reason.contains(QStringLiteral("Europe/Kaliningrad")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("08:00")), qPrintable(reason));
}

void TestQuietHours::businessZoneIsTheLastFallback()
{
    // Tokyo (UTC+9, no DST) is far from this computer's zone, so the two cannot be mistaken.
    const QTimeZone tokyo = zone("Asia/Tokyo");
    const qint64 at = utc(2026, 6, 10, 13, 0).toSecsSinceEpoch();
    QVERIFY2(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)) !=
                 tokyo.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)),
             "this computer keeps Tokyo's time; the test would not tell the zones apart");

    // No zone, no usable number, no default country: the business's clock.
    QCOMPARE(ids(QuietHours::zonesFor(QString(), QStringLiteral("not a number"), QString(), tokyo)),
             QStringList{QStringLiteral("Asia/Tokyo")});
    QCOMPARE(ids(QuietHours::zonesFor(QString(), QString(), QStringLiteral("ZZ"), tokyo)),
             QStringList{QStringLiteral("Asia/Tokyo")});
    // Anything known of the person still comes first.
    QCOMPARE(ids(QuietHours::zonesFor(QString(), QStringLiteral("+4915123456789"), QString(), tokyo)).first(),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(ids(QuietHours::zonesFor(QString(), QStringLiteral("not a number"), QStringLiteral("RU"), tokyo))
                 .first(),
             QStringLiteral("Europe/Moscow"));
    // No business zone: this computer's, as before.
    QCOMPARE(QuietHours::zonesFor(QString(), QString(), QString(), QTimeZone()).first(),
             QTimeZone::systemTimeZone());

    // Empty zones in allows() and nextAllowed() mean the business's clock too: 13:00 UTC is 22:00 in
    // Tokyo, quiet until 08:00 there (23:00 UTC).
    const QuietHours hours(QTime(21, 0), QTime(8, 0), tokyo);
    QCOMPARE(hours.businessZone(), tokyo);
    QCOMPARE(QuietHours().businessZone(), QTimeZone::systemTimeZone());
    QVERIFY(!hours.allows(utc(2026, 6, 10, 13, 0), {}));
    QVERIFY(hours.allows(utc(2026, 6, 10, 5, 0), {}));
    QCOMPARE(hours.nextAllowed(utc(2026, 6, 10, 13, 0), {}), utc(2026, 6, 10, 23, 0));
    QCOMPARE(hours.heldReason(utc(2026, 6, 10, 13, 0), {}),
             QStringLiteral("Quiet hours in Asia/Tokyo until 08:00."));
}

void TestQuietHours::sendPolicyUsesTheBusinessZone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened =
        Connection::open(dir.filePath(QStringLiteral("zone.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->database();
    BusinessSettings settings(db);
    QCOMPARE(settings.value(BusinessSettings::Key::TimeZone), QString()); // this computer's until set
    QCOMPARE(BusinessSettings::name(BusinessSettings::Key::TimeZone), QStringLiteral("time_zone"));
    const Status refused =
        settings.setValue(BusinessSettings::Key::TimeZone, QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Mars/Olympus_Mons")), qPrintable(refused.error()));
    QVERIFY(settings.setValue(BusinessSettings::Key::TimeZone, QStringLiteral(" Asia/Tokyo ")).ok());
    QCOMPARE(settings.value(BusinessSettings::Key::TimeZone), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(settings.quietHours().businessZone(), zone("Asia/Tokyo"));

    // A subscribed person with consent, no time zone and a number that says nothing of a country
    // (written by hand into an old database); the business has no default country.
    QSqlQuery q(db);
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO subscriber (phone, number_kind, status, consent_at, created_at, "
                              "updated_at) VALUES ('12345', 1, 0, '2026-01-01T00:00:00.000Z', "
                              "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")),
        qPrintable(q.lastError().text()));
    const SendPolicy policy(db, settings.quietHours(), FrequencyCap(), QString());
    // 22:00 in Tokyo: held until 08:00 there. (In this computer's zone it would be allowed.)
    Result<SendDecision> late =
        policy.check(QStringLiteral("12345"), OutboxPurpose::Campaign, true, 0, utc(2026, 6, 10, 13, 0));
    QVERIFY2(late.ok(), qPrintable(late.error()));
    QCOMPARE(int(late.value().kind), int(SendDecision::Kind::Hold));
    QCOMPARE(late.value().reason, OutboxMessage::QuietHours);
    QCOMPARE(late.value().until, utc(2026, 6, 10, 23, 0));
    // 14:00 in Tokyo: it goes.
    Result<SendDecision> day =
        policy.check(QStringLiteral("12345"), OutboxPurpose::Campaign, true, 0, utc(2026, 6, 10, 5, 0));
    QVERIFY2(day.ok(), qPrintable(day.error()));
    QCOMPARE(int(day.value().kind), int(SendDecision::Kind::Send));
}

void TestQuietHours::twoWindowsTheStricterSideOfEach()
{
    // Berlin in June is UTC+2. The business is quiet 22:00–07:00, the law 21:00–08:00: the
    // evening starts at the law's 21:00 and ends at its 08:00.
    const auto berlin = zones("Europe/Berlin");
    const QuietHours business(QTime(22, 0), QTime(7, 0));
    const QuietHours law(QTime(21, 0), QTime(8, 0));
    // 21:30 Berlin: quiet by law only; until 08:00 Berlin (06:00 UTC).
    QCOMPARE(business.nextAllowedWith(utc(2026, 6, 10, 19, 30), berlin, law, berlin), utc(2026, 6, 11, 6, 0));
    // 07:30 Berlin: the business allows it, the law not until 08:00.
    QCOMPARE(business.nextAllowedWith(utc(2026, 6, 11, 5, 30), berlin, law, berlin), utc(2026, 6, 11, 6, 0));
    // 20:59 Berlin: allowed by both, at once.
    QCOMPARE(business.nextAllowedWith(utc(2026, 6, 10, 18, 59), berlin, law, berlin),
             utc(2026, 6, 10, 18, 59));

    // A stricter business (20:00–09:00): 08:30 Berlin waits for the business's 09:00 (07:00 UTC).
    const QuietHours strict(QTime(20, 0), QTime(9, 0));
    QCOMPARE(strict.nextAllowedWith(utc(2026, 6, 11, 6, 30), berlin, law, berlin), utc(2026, 6, 11, 7, 0));
    // Either order gives the same moment.
    QCOMPARE(law.nextAllowedWith(utc(2026, 6, 11, 6, 30), berlin, strict, berlin), utc(2026, 6, 11, 7, 0));
    // The business's hours off: the law alone.
    const QuietHours off(QTime(0, 0), QTime(0, 0));
    QCOMPARE(off.nextAllowedWith(utc(2026, 6, 10, 19, 30), berlin, law, berlin), utc(2026, 6, 11, 6, 0));
    QCOMPARE(law.nextAllowedWith(utc(2026, 6, 10, 19, 30), berlin, off, berlin), utc(2026, 6, 11, 6, 0));
}

void TestQuietHours::twoWindowsInDifferentZones()
{
    // One window read in New York (EDT, UTC-4), the other in Chicago (CDT, UTC-5), both 20:00–08:00.
    // At 20:30 New York (00:30 UTC) New York is quiet until 12:00 UTC, Chicago from 01:00 until
    // 13:00 UTC: the first moment both allow is 13:00 UTC, 09:00 in New York.
    const QuietHours hours(QTime(20, 0), QTime(8, 0));
    QCOMPARE(hours.nextAllowedWith(utc(2026, 6, 11, 0, 30), zones("America/New_York"), hours,
                                   zones("America/Chicago")),
             utc(2026, 6, 11, 13, 0));
}

void TestQuietHours::twoWindowsThatNeverAgree()
{
    // Quiet 08:00–20:00 and 20:00–08:00 in Berlin cover the whole day together: the second (the
    // law's) decides alone. At 12:00 Berlin the law allows it now.
    const auto berlin = zones("Europe/Berlin");
    const QuietHours day(QTime(8, 0), QTime(20, 0));
    const QuietHours night(QTime(20, 0), QTime(8, 0));
    QCOMPARE(day.nextAllowedWith(utc(2026, 6, 10, 10, 0), berlin, night, berlin), utc(2026, 6, 10, 10, 0));
    // At 22:00 Berlin: the law's 08:00 (06:00 UTC).
    QCOMPARE(day.nextAllowedWith(utc(2026, 6, 10, 20, 0), berlin, night, berlin), utc(2026, 6, 11, 6, 0));
}

void TestQuietHours::propertyTwoWindowsFirstAllowedByBoth()
{
    // Random pairs of windows and countries: the answer is allowed by both, and no minute before it
    // is - checked with the independent oracle.
    // Countries whose zones lie within two hours, so that every pair has a common moment.
    const QStringList regions{QStringLiteral("DE"), QStringLiteral("PT"), QStringLiteral("GB"),
                              QStringLiteral("ES"), QStringLiteral("FR")};
    const QVector<QPair<QTime, QTime>> windows{{QTime(21, 0), QTime(8, 0)}, {QTime(22, 0), QTime(7, 30)},
                                               {QTime(20, 0), QTime(9, 0)}, {QTime(13, 0), QTime(15, 0)},
                                               {QTime(0, 0), QTime(6, 0)},  {QTime(23, 0), QTime(10, 0)}};
    QRandomGenerator random(20260611);
    const qint64 yearStart = utc(2026, 1, 1, 0, 0).toMSecsSinceEpoch();
    const qint64 yearMs = 365 * 24 * 3600 * 1000LL;
    int held = 0;
    for (int sample = 0; sample < 150; ++sample) {
        const auto a = windows.at(int(random.bounded(windows.size())));
        const auto b = windows.at(int(random.bounded(windows.size())));
        const QuietHours first(a.first, a.second);
        const QuietHours second(b.first, b.second);
        const QString region = regions.at(int(random.bounded(regions.size())));
        // The first window in the country's main zone, the second in all of them.
        const auto all = QuietHours::zonesOfRegion(region);
        const QVector<QTimeZone> main{all.first()};
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(yearStart + qint64(random.bounded(double(yearMs))), Qt::UTC);
        const QDateTime next = first.nextAllowedWith(t, main, second, all);
        const QString where = region + QLatin1Char(' ') + first.windowText() + QLatin1Char('+') +
                              second.windowText() + QLatin1Char(' ') + t.toString(Qt::ISODate) +
                              QStringLiteral(" -> ") + next.toString(Qt::ISODate);
        QVERIFY2(next >= t, qPrintable(where));
        QVERIFY2(first.allows(next, main) && second.allows(next, all), qPrintable(where));
        if (next == t)
            continue;
        ++held;
        for (QDateTime m = t; m < next; m = m.addSecs(60))
            QVERIFY2(!(first.allows(m, main) && second.allows(m, all)), qPrintable(where));
    }
    QVERIFY(held > 30);
}

void TestQuietHours::zonesForFromManyThreads()
{
    // The dispatcher asks from worker threads; the per-country cache must hold up.
    const QStringList regions{QStringLiteral("RU"), QStringLiteral("US"), QStringLiteral("AU"),
                              QStringLiteral("BR"), QStringLiteral("CA"), QStringLiteral("MX")};
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const QString& region = regions.at((i + t) % regions.size());
                const auto list = QuietHours::zonesFor(QString(), QString(), region);
                if (list.size() < 2 ||
                    !QuietHours().nextAllowed(utc(2026, 6, 10, 12, i % 60), list).isValid())
                    ++failures[t];
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
}

void TestQuietHours::propertyNextAllowedIsFirstAllowed()
{
    // For random instants over 2026, random countries and windows: nextAllowed(t) is allowed,
    // one millisecond earlier is not, and no minute from t to it is allowed - with allowed()
    // computed independently through QDateTime::toTimeZone().
    const QStringList regions{QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("RU"),
                              QStringLiteral("AU"), QStringLiteral("BR"), QStringLiteral("CA"),
                              QStringLiteral("KZ"), QStringLiteral("MX"), QStringLiteral("ID"),
                              QStringLiteral("NZ"), QStringLiteral("CL"), QStringLiteral("GB"),
                              QStringLiteral("PT"), QStringLiteral("KI"), QStringLiteral("IN")};
    const QVector<QPair<QTime, QTime>> windows{{QTime(21, 0), QTime(8, 0)},  {QTime(22, 0), QTime(7, 30)},
                                               {QTime(13, 0), QTime(15, 0)}, {QTime(0, 0), QTime(6, 0)},
                                               {QTime(20, 0), QTime(9, 0)},  {QTime(1, 30), QTime(2, 45)},
                                               {QTime(16, 0), QTime(10, 0)}};
    QRandomGenerator random(20260329);
    const qint64 yearStart = utc(2026, 1, 1, 0, 0).toMSecsSinceEpoch();
    const qint64 yearMs = 365 * 24 * 3600 * 1000LL;
    int held = 0;
    int fallbacks = 0;
    for (int sample = 0; sample < 400; ++sample) {
        const QString region = regions.at(int(random.bounded(regions.size())));
        const auto window = windows.at(int(random.bounded(windows.size())));
        const QuietHours hours(window.first, window.second);
        const auto list = QuietHours::zonesOfRegion(region);
        QVERIFY2(!list.isEmpty(), qPrintable(region));
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(yearStart + qint64(random.bounded(double(yearMs))), Qt::UTC);
        const QDateTime next = hours.nextAllowed(t, list);
        const QString where = region + QLatin1Char(' ') + hours.windowText() + QLatin1Char(' ') +
                              t.toString(Qt::ISODateWithMs) + QStringLiteral(" -> ") +
                              next.toString(Qt::ISODateWithMs);
        QVERIFY2(next >= t && next <= t.addSecs(48 * 3600), qPrintable(where));
        QVERIFY2(hours.allows(next, list), qPrintable(where));
        QCOMPARE(hours.allows(t, list), next == t);
        if (next == t)
            continue;
        ++held;
        QVERIFY2(!hours.allows(next.addMSecs(-1), list), qPrintable(where));

        // Either every zone is awake at `next`, or no minute of the next 48 h suits every zone
        // and the main zone is awake.
        const bool common = oracleAllows(hours, list, next);
        if (!common) {
            ++fallbacks;
            QVERIFY2(oracleAllows(hours, {list.first()}, next), qPrintable(where));
            for (QDateTime m = t; m < t.addSecs(48 * 3600); m = m.addSecs(60))
                QVERIFY2(!oracleAllows(hours, list, m), qPrintable(where + m.toString(Qt::ISODate)));
        }
        QVERIFY2(oracleAllows(hours, common ? list : QVector<QTimeZone>{list.first()}, next),
                 qPrintable(where));
        QVERIFY2(!oracleAllows(hours, common ? list : QVector<QTimeZone>{list.first()}, next.addMSecs(-1)),
                 qPrintable(where));
        for (QDateTime m = t; m < next; m = m.addSecs(60))
            QVERIFY2(!oracleAllows(hours, common ? list : QVector<QTimeZone>{list.first()}, m),
                     qPrintable(where + QStringLiteral(" allowed at ") + m.toString(Qt::ISODate)));
    }
    // The sample must have exercised the interesting paths.
    QVERIFY(held > 100);
    QVERIFY(fallbacks > 0);
}

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
