// Sustained send rate with durable per-message state (issue: "the gateway, not the app, is always
// the limit"). Run through tests/integration/kannel-harness.py (scripts/bench.sh sending):
//   1. the dispatcher alone, against a gateway that answers at once: what the database costs
//      per message (claim transaction with the rules, then the answer's transaction);
//   2. Kannel's sendsms alone, without the database: what the gateway costs;
//   3. the whole thing: the dispatcher sending through the real Kannel.
// Usage: bench_sending [--messages N]   (default 3000)
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/deliveryrecorder.h"
#include "campaigns/dispatcher.h"
#include "campaigns/sendingworker.h"
#include "contacts/addressbook.h"
#include "gateways/callbackserver.h"
#include "gateways/kannelgateway.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace textwell;

namespace {

// Takes everything at once: the time measured is the dispatcher's and the database's.
class InstantGateway : public Gateway
{
public:
    SendOutcome send(const OutgoingSms&) override { return SendOutcome::accepted(QStringLiteral("x")); }
};

std::unique_ptr<Connection> makeDatabase(const QString& path, int people)
{
    auto opened = Connection::open(path, Connection::Mode::CreateIfMissing);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    std::unique_ptr<Connection> db = opened.takeValue();
    BusinessSettings settings(db->database());
    settings.setValue(BusinessSettings::Key::QuietHoursStart, QStringLiteral("00:00"));
    settings.setValue(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("00:00"));
    settings.setValue(BusinessSettings::Key::SendRate, QStringLiteral("1000"));
    // Insert people directly: adding them one by one through AddressBook is not what is measured.
    QSqlQuery q(db->database());
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral(
        "INSERT INTO subscriber (phone, first_name, language, number_kind, status, consent_at, "
        "created_at, updated_at) VALUES (?, 'Anna', 'de', 1, 0, '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    for (int i = 0; i < people; ++i) {
        q.addBindValue(QStringLiteral("+49151%1").arg(30'000'000 + i, 8, 10, QLatin1Char('0')));
        q.exec();
    }
    QSqlQuery(db->database()).exec(QStringLiteral("COMMIT"));
    return db;
}

qint64 startCampaign(Connection& db)
{
    Campaign c;
    c.name = QStringLiteral("Bench");
    c.rule = SegmentRule().toJsonText();
    c.body = QStringLiteral("Hallo {first_name}, diese Woche 20% auf alles!");
    const qint64 id = CampaignStore(db.database()).create(c).value();
    CampaignStarter(db.database()).start(id).value();
    return id;
}

double dispatch(Connection& db, Gateway& gateway, int* sent)
{
    Dispatcher dispatcher(db.database(), &gateway, DispatcherOptions{8, 15, 3600, 100000});
    QElapsedTimer timer;
    timer.start();
    *sent = 0;
    while (dispatcher.step().value() == Dispatcher::Step::Handled)
        ++*sent;
    return timer.nsecsElapsed() / 1e9;
}

KannelGateway::Config kannel()
{
    KannelGateway::Config config;
    config.baseUrl = QUrl(qEnvironmentVariable("TEXTWELL_KANNEL_URL"));
    config.username = qEnvironmentVariable("TEXTWELL_KANNEL_USER");
    config.password = qEnvironmentVariable("TEXTWELL_KANNEL_PASSWORD");
    config.from = qEnvironmentVariable("TEXTWELL_KANNEL_FROM");
    return config;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int messages = 3000;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--messages"))); i > 0 && i + 1 < args.size())
        messages = args.at(i + 1).toInt();
    if (qEnvironmentVariable("TEXTWELL_KANNEL_URL").isEmpty()) {
        std::fprintf(stderr, "bench_sending: run it through tests/integration/kannel-harness.py\n");
        return 2;
    }
    QTemporaryDir dir;
    std::printf("Sending %d messages, durable state in SQLite (WAL, synchronous=FULL), 2-core machine\n",
                messages);

    {
        auto db = makeDatabase(dir.filePath(QStringLiteral("instant.sqlite")), messages);
        startCampaign(*db);
        InstantGateway gateway;
        int sent = 0;
        const double seconds = dispatch(*db, gateway, &sent);
        std::printf("  dispatcher + database only : %6.0f messages/s  (%.2f ms per message: claim with the "
                    "rules + answer, two transactions)\n",
                    sent / seconds, seconds * 1000 / sent);
    }
    {
        KannelGateway gateway(kannel());
        QElapsedTimer timer;
        timer.start();
        const int n = qMin(messages, 1000);
        for (int i = 0; i < n; ++i) {
            const SendOutcome o =
                gateway.send(OutgoingSms{i, QStringLiteral("+49151%1").arg(40'000'000 + i),
                                         QStringLiteral("Hallo Anna, diese Woche 20% auf alles!"),
                                         SmsCoding::Gsm7, 1, Clock::currentUtc()});
            if (o.kind != SendOutcome::Kind::Accepted)
                qFatal("Kannel refused: %s", qPrintable(o.error));
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("  Kannel sendsms only        : %6.0f messages/s  (%.2f ms per HTTP request)\n",
                    n / seconds, seconds * 1000 / n);
    }
    {
        auto db = makeDatabase(dir.filePath(QStringLiteral("kannel.sqlite")), messages);
        startCampaign(*db);
        KannelGateway gateway(kannel());
        int sent = 0;
        const double seconds = dispatch(*db, gateway, &sent);
        std::printf("  dispatcher through Kannel  : %6.0f messages/s  (target >= 200)\n", sent / seconds);
    }
    {
        // As the app runs: Kannel calls back with two delivery reports per message while sending
        // goes on, and they are written to the same database in batches.
        auto db = makeDatabase(dir.filePath(QStringLiteral("reports.sqlite")), messages);
        const qint64 campaign = startCampaign(*db);
        CallbackServer callbacks(CallbackServer::generateToken());
        callbacks.listen();
        DeliveryRecorder recorder(dir.filePath(QStringLiteral("reports.sqlite")));
        QObject::connect(&callbacks, &CallbackServer::deliveryReport, &recorder, &DeliveryRecorder::record);
        KannelGateway::Config config = kannel();
        config.dlrUrlBase = callbacks.dlrUrlBase();
        SendingWorker::Config worker;
        worker.databasePath = dir.filePath(QStringLiteral("reports.sqlite"));
        worker.secret = config.password;
        worker.dlrUrlBase =
            qEnvironmentVariableIsSet("DLRBASE") ? qEnvironmentVariable("DLRBASE") : config.dlrUrlBase;
        worker.untilIdle = true;
        BusinessSettings settings(db->database());
        settings.setValue(BusinessSettings::Key::Gateway, QStringLiteral("kannel"));
        settings.setValue(BusinessSettings::Key::KannelUrl, config.baseUrl.toString());
        settings.setValue(BusinessSettings::Key::KannelUsername, config.username);
        settings.setValue(BusinessSettings::Key::KannelFrom, config.from);
        auto* sender = new SendingWorker(worker);
        QThread thread;
        sender->moveToThread(&thread);
        QEventLoop loop;
        QObject::connect(&thread, &QThread::started, sender, &SendingWorker::run);
        QObject::connect(sender, &SendingWorker::finished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        thread.start();
        loop.exec();
        const double seconds = timer.nsecsElapsed() / 1e9;
        thread.quit();
        thread.wait();
        delete sender;
        QSqlQuery q(db->database());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM message WHERE campaign_id = %1 AND state IN ('sent', "
                              "'delivered')")
                   .arg(campaign));
        q.next();
        std::printf(
            "  the app's sender + reports : %6.0f messages/s  (%d sent; reports written in batches)\n",
            q.value(0).toInt() / seconds, q.value(0).toInt());
    }
    return 0;
}
