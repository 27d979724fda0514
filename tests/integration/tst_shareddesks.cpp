// Two desks send one campaign from one shared PostgreSQL database (the acceptance test):
// two `textwell-cli send --due` processes against a real Kannel (kannel-harness.py) and a real
// PostgreSQL server (postgres-harness.py, which runs the Kannel harness). While they send, a third
// process excludes the number whose message would go out last. Afterwards fakesmsc's log must show
// exactly one message per eligible person and none for the excluded number, and the database that
// both desks took part and the exclusion stopped its message.
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "contacts/addressbook.h"
#include "fakesmsclog.h"
#include "kannelapp.h"
#include "messages/messagetemplate.h"
#include "messages/optoutfooter.h"
#include "messages/placeholdervalues.h"
#include "relaxedrulepacks.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/timestamps.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace textwell;

namespace {

using kannelapp::env;

constexpr int Recipients = 60;
// Messages per second and desk: the campaign takes a few seconds, far longer than a sender takes
// to start (so both take part) and than the exclusion takes to arrive.
constexpr int SendRate = 10;
// The exclusion is made once this many messages went out: the campaign is well under way.
constexpr int SentBeforeExclusion = 5;
// For the senders from their start (they need about 4 s): generous, yet the whole test stays
// well within two minutes even when something hangs.
constexpr int SendersTimeoutMs = 45'000;

QString phoneOf(int i)
{
    return QStringLiteral("+49152%1").arg(40'000'000 + i, 8, 10, QLatin1Char('0'));
}

// A process of the command line against the shared database, as a desk's scheduler runs it.
std::unique_ptr<QProcess> startCli(const QString& database, const QStringList& args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEXTWELL_GATEWAY_SECRET"), env("TEXTWELL_KANNEL_PASSWORD"));
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(TEXTWELL_CLI), QStringList{QStringLiteral("--database"), database} + args);
    return process;
}

// Waits for a process started with startCli; empty when it exited with status 0, else why not.
QString finish(QProcess& process, const QDeadlineTimer& deadline)
{
    // waitForFinished() is false for a process that already ended (while the test waited elsewhere).
    if (process.state() != QProcess::NotRunning &&
        !process.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())))) {
        process.kill();
        process.waitForFinished(10'000);
        return QStringLiteral("did not finish in time");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("exited with status %1: %2")
            .arg(process.exitCode())
            .arg(QString::fromUtf8(process.readAllStandardError()));
    return {};
}

} // namespace

class TestSharedDesks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoSendersShareOneCampaignAndHonourAnExclusion();
};

void TestSharedDesks::initTestCase()
{
    QVERIFY2(!env("TEXTWELL_KANNEL_URL").isEmpty(), "run through tests/integration/kannel-harness.py");
    QVERIFY2(testing::onPostgres(),
             "run through tests/postgres-harness.py (TEXTWELL_TEST_POSTGRES is not set): the desks share "
             "a PostgreSQL database");
}

void TestSharedDesks::twoSendersShareOneCampaignAndHonourAnExclusion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = testing::freshDatabase(dir.path());
    QVERIFY2(!database.isEmpty(), "could not create a database on the harness's PostgreSQL server");
    auto opened = Connection::open(database, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    const std::unique_ptr<Connection> connection = opened.takeValue();
    const QSqlDatabase db = connection->database();
    const QString problem = kannelapp::configure(db, SendRate);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(relaxRulePacks(db)); // German consents count, at any hour

    QMap<QString, Subscriber> people;
    {
        static const QStringList languages = {QStringLiteral("de"), QStringLiteral("en")};
        AddressBook book(db, QStringLiteral("DE"), QStringLiteral("test"));
        for (int i = 0; i < Recipients; ++i) {
            Subscriber s;
            s.phone = phoneOf(i);
            s.firstName = QStringLiteral("Kunde %1").arg(i);
            s.language = languages.at(i % languages.size());
            auto added = book.add(s, ConsentRecord{QStringLiteral("paper form"),
                                                   QStringLiteral("form %1").arg(i), QDateTime()});
            QVERIFY2(added, qPrintable(added.error()));
            people.insert(s.phone, s);
        }
    }
    Campaign c;
    c.name = QStringLiteral("Two desks");
    c.segmentName = QStringLiteral("Everyone");
    c.rule = SegmentRule().toJsonText();
    c.body = QStringLiteral("Sale ends Sunday, {first_name|friend}!");
    Result<qint64> created = CampaignStore(db).create(c);
    QVERIFY2(created, qPrintable(created.error()));
    const qint64 campaignId = created.value();
    Result<qint64> started = CampaignStarter(db).start(campaignId);
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started.value(), qint64(Recipients));

    // The number to exclude: its message is the one the desks would send last.
    QString excluded;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT phone FROM message WHERE campaign_id = ? AND state = 'queued' "
                                 "ORDER BY next_attempt_at DESC, id DESC LIMIT 1"));
        q.addBindValue(campaignId);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        excluded = q.value(0).toString();
    }
    QVERIFY(people.contains(excluded));

    auto countSent = [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM message WHERE campaign_id = ? AND state IN ('sent', 'delivered')"));
        q.addBindValue(campaignId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };

    // Both desks at once; the test's own connection stays open, as a third desk's would.
    const QStringList send = {QStringLiteral("send"), QStringLiteral("--due"),
                              QStringLiteral("--wait-reports"), QStringLiteral("0")};
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer sendersDeadline(SendersTimeoutMs);
    std::unique_ptr<QProcess> first = startCli(database, send);
    std::unique_ptr<QProcess> second = startCli(database, send);
    QVERIFY2(first->waitForStarted(10'000), qPrintable(first->errorString()));
    QVERIFY2(second->waitForStarted(10'000), qPrintable(second->errorString()));

    // A third process excludes the last number while the campaign is under way.
    QTRY_VERIFY_WITH_TIMEOUT(countSent() >= SentBeforeExclusion, 15'000);
    std::unique_ptr<QProcess> exclusion =
        startCli(database, {QStringLiteral("exclude"), excluded, QStringLiteral("--note"),
                            QStringLiteral("asked on the phone not to be texted")});
    const QString excludeProblem = finish(*exclusion, QDeadlineTimer(15'000));
    QVERIFY2(excludeProblem.isEmpty(), qPrintable(QStringLiteral("exclude ") + excludeProblem));
    const int sentAtExclusion = countSent();

    const QString firstProblem = finish(*first, sendersDeadline);
    QVERIFY2(firstProblem.isEmpty(), qPrintable(QStringLiteral("first sender ") + firstProblem));
    const QString secondProblem = finish(*second, sendersDeadline);
    QVERIFY2(secondProblem.isEmpty(), qPrintable(QStringLiteral("second sender ") + secondProblem));
    qInfo("Two desks sent %d messages in %lld ms; the exclusion came after %d", countSent(), clock.elapsed(),
          sentAtExclusion);

    // What the phones got: each eligible person their own text once, the excluded number nothing,
    // and nobody else anything.
    const OptOutSettings optOut = BusinessSettings(db).optOutSettings();
    const MessageTemplate text = MessageTemplate::parse(c.body, MessageTemplate::standardFields());
    QMap<QString, QString> expected;
    for (const Subscriber& s : std::as_const(people)) {
        if (s.phone == excluded)
            continue;
        expected.insert(s.phone, OptOutFooter::messageFor(text.render([&](const QString& field) {
                            return PlaceholderValues::valueOf(s, field);
                        }),
                                                          optOut, s.language));
    }
    QCOMPARE(expected.size(), Recipients - 1);
    FakeSmscLog log(env("TEXTWELL_FAKESMSC_LOG"));
    QVERIFY2(
        log.waitForMessages(expected.size(), 15'000),
        qPrintable(QStringLiteral("fakesmsc has %1 of %2").arg(log.messages().size()).arg(expected.size())));
    QTest::qWait(2000); // a second copy of a message would come right behind the first
    QMap<QString, int> received;
    for (const FakeSmscMessage& m : log.messages()) {
        ++received[m.to];
        QVERIFY2(m.to != excluded, qPrintable(QStringLiteral("the excluded %1 got: %2").arg(m.to, m.text)));
        QVERIFY2(expected.contains(m.to),
                 qPrintable(QStringLiteral("%1 is not a recipient but got: %2").arg(m.to, m.text)));
        QCOMPARE(m.text, expected.value(m.to));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(received.value(it.key()) == 1,
                 qPrintable(
                     QStringLiteral("%1 received %2 messages").arg(it.key()).arg(received.value(it.key()))));
    QCOMPARE(log.pendingParts(), 0);

    // What the database says: the excluded number's message skipped for its exclusion, every other
    // one sent, and the sent ones claimed by two desks.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT phone, state, reason, claimed_by, claimed_at FROM message WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    int rows = 0;
    QMap<qint64, int> sentByDesk;
    QMap<qint64, QDateTime> firstClaimByDesk;
    while (q.next()) {
        ++rows;
        const QString phone = q.value(0).toString();
        const QString state = q.value(1).toString();
        if (phone == excluded) {
            QCOMPARE(state, QStringLiteral("skipped"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("excluded"));
            continue;
        }
        QVERIFY2(state == QLatin1String("sent") || state == QLatin1String("delivered"),
                 qPrintable(QStringLiteral("%1 is %2 (%3)").arg(phone, state, q.value(2).toString())));
        QVERIFY2(!q.value(3).isNull(), qPrintable(phone + QStringLiteral(" has no desk")));
        const qint64 desk = q.value(3).toLongLong();
        ++sentByDesk[desk];
        const QDateTime claimed = Timestamps::fromDb(q.value(4));
        if (!firstClaimByDesk.contains(desk) || claimed < firstClaimByDesk.value(desk))
            firstClaimByDesk.insert(desk, claimed);
    }
    QCOMPARE(rows, Recipients);
    QCOMPARE(sentByDesk.size(), 2);
    const QList<QDateTime> firstClaims = firstClaimByDesk.values();
    qInfo("The desks sent %d and %d messages; the second one's first claim came %lld ms after the first's",
          sentByDesk.first(), sentByDesk.last(), std::abs(firstClaims.first().msecsTo(firstClaims.last())));
}

QTEST_GUILESS_MAIN(TestSharedDesks)
#include "tst_shareddesks.moc"
