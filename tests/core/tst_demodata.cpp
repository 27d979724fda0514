// Demo data obeys the same rules as data entered through the address book: valid SMS-capable
// numbers, statuses that follow the suppression list and the consent, and a complete history.

#include "contacts/addressbook.h"
#include "contacts/consentevent.h"
#include "contacts/optoutreason.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberquery.h"
#include "demo/demodata.h"
#include "storage/connection.h"
#include "storage/timestamps.h"
#include "util/clock.h"

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

QStringList dump(const QSqlDatabase& db)
{
    QStringList all;
    for (const char* sql :
         {"SELECT * FROM subscriber ORDER BY id", "SELECT * FROM tag ORDER BY id",
          "SELECT * FROM subscriber_tag ORDER BY subscriber_id, tag_id",
          "SELECT * FROM consent_event ORDER BY id", "SELECT * FROM suppression ORDER BY phone"})
        all += rows(db, QLatin1String(sql));
    return all;
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
    void otherSeedsObeyTheRulesToo_data();
    void otherSeedsObeyTheRulesToo();
    void nothingHappensInTheFuture();
    void namesAreSearchable();
    void refusesANonEmptyDatabase();
    void sameSeedSameData();
    void cancelKeepsNothing();
    void refusesANegativeCount();

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
                                  "NOT NULL, s.consent_at IS NOT NULL "
                                  "FROM subscriber s LEFT JOIN suppression p ON p.phone = s.phone"));
    QCOMPARE(people.size(), 2000);
    for (const QString& row : people) {
        const QStringList f = row.split(QLatin1Char('|'));
        const SubscriberStatus expected = SubscriberStatuses::derive(
            f[2] == QLatin1String("1"), f[3] == QLatin1String("1"), f[4] == QLatin1String("1"));
        QVERIFY2(f[1].toInt() == static_cast<int>(expected), qPrintable(row));
    }
    // What the address book would derive for the same person, through its own code path.
    AddressBook book(db(), QStringLiteral("RU"), QStringLiteral("test"));
    for (const QString& phone :
         rows(db(), QStringLiteral("SELECT phone FROM subscriber WHERE id % 97 = 0"))) {
        const Suppression s = book.suppression(phone).value();
        const Subscriber p = book.findByPhone(phone).value().value();
        QCOMPARE(p.status, SubscriberStatuses::derive(s.excluded(), s.optedOut(), p.consentAt.isValid()));
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
                          "WHEN s.consent_at IS NOT NULL THEN 0 ELSE 1 END")),
        qint64(0));
}

void TestDemoData::nothingHappensInTheFuture()
{
    const QString now = Timestamps::toDb(demoNow).toString();
    for (const char* sql :
         {"SELECT max(at) FROM consent_event", "SELECT max(recorded_at) FROM consent_event",
          "SELECT max(created_at) FROM subscriber", "SELECT max(consent_at) FROM subscriber",
          "SELECT max(last_activity) FROM subscriber", "SELECT max(opted_out_at) FROM suppression",
          "SELECT max(excluded_at) FROM suppression"}) {
        const QStringList latest = rows(db(), QLatin1String(sql));
        QCOMPARE(latest.size(), 1);
        QVERIFY2(latest.constFirst() <= now, sql);
    }
    QVERIFY(rows(db(), QStringLiteral("SELECT max(birth_date) FROM subscriber")).constFirst() <=
            demoNow.date().addYears(-18).toString(Qt::ISODate));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM subscriber WHERE consent_at < created_at")),
             qint64(0));
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
    auto cancelled = DemoData::generate(connection->database(), 20000, 1, [&](qint64 done) {
        calls.append(done);
        return false;
    });
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().contains(QLatin1String("Cancelled")), qPrintable(cancelled.error()));
    QCOMPARE(calls, QList<qint64>{10000});
    for (const char* table : {"subscriber", "tag", "subscriber_tag", "consent_event", "suppression"})
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

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
