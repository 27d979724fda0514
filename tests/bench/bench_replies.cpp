// Incoming replies (MO) stored per second with durable state, as the app takes them from Kannel:
// the CallbackServer listening on its own thread (the app's window thread), the ReplyRecorder on
// another (the app's "delivery reports and replies" thread), each reply in its own transaction
// (store, classify, act: an opt-out suppresses the number and queues one confirmation) on a real
// SQLite file (WAL, synchronous=FULL) with a demo address book. A client on the main thread fires
// GET /kannel/mo?token=… requests as Kannel's smsbox would, a bounded number at once, over raw
// sockets (one request per connection, as the listener answers; QNetworkAccessManager would open
// at most six connections to one host). The mix: opt-outs from distinct
// subscribed numbers, HELP, ordinary texts from people in the book and from strangers, and
// duplicates (the same Kannel id again, as after a lost answer). A 429 or 503 is asked again a
// second later, as Kannel does with http-request-retry.
// At the end: every distinct reply stored exactly once, every opt-out number suppressed with one
// confirmation queued.
// Usage: bench_replies [--subscribers N] [--requests N] [--in-flight N] [--database PATH]
//        (defaults 10,000 people, 5,000 requests, 32 in flight, a temporary file)
#include "demo/demodata.h"
#include "gateways/callbackserver.h"
#include "inbound/replyrecorder.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace textwell;

namespace {

struct Request
{
    QString from; // as Kannel writes %p: digits, often without the '+'
    QString text;
    QString id; // Kannel's %I; a duplicate repeats an earlier one
    bool duplicate = false;
};

// Fires the requests over raw sockets, at most `inFlight` at once; a request that gets no final
// answer (429, 503, a dropped connection) is sent again a second later.
class Load : public QObject
{
public:
    Load(QVector<QByteArray> targets, quint16 port, int inFlight)
        : m_targets(std::move(targets)), m_port(port), m_inFlight(inFlight)
    {}

    void run()
    {
        m_clock.start();
        for (int i = 0; i < m_targets.size(); ++i)
            m_pending.push_back(i);
        std::reverse(m_pending.begin(), m_pending.end()); // taken from the back: first request first
        m_firstSent.assign(size_t(m_targets.size()), -1);
        fill();
    }
    bool done() const { return m_finished == m_targets.size(); }
    double seconds() const { return double(m_lastAnswerNs) / 1e9; }
    const std::vector<double>& latenciesMs() const { return m_latencies; }
    int retried() const { return m_retried; }
    int refused() const { return m_refused; }
    int errors() const { return m_errors; }

private:
    void fill()
    {
        while (m_running < m_inFlight && !m_pending.empty()) {
            const int index = m_pending.back();
            m_pending.pop_back();
            send(index);
        }
    }

    void send(int index)
    {
        ++m_running;
        auto* socket = new QTcpSocket(this);
        auto buffer = std::make_shared<QByteArray>();
        const qint64 started = m_clock.nsecsElapsed();
        if (m_firstSent[size_t(index)] < 0)
            m_firstSent[size_t(index)] = started;
        connect(socket, &QTcpSocket::connected, socket, [this, socket, index] {
            socket->write("GET " + m_targets.at(index) +
                          " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                          "\r\nUser-Agent: Kannel/1.4.5\r\nConnection: close\r\n\r\n");
        });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] { *buffer += socket->readAll(); });
        auto finish = [this, socket, buffer, index] {
            if (socket->property("finished").toBool())
                return;
            socket->setProperty("finished", true);
            *buffer += socket->readAll();
            const QList<QByteArray> statusLine = buffer->left(buffer->indexOf('\r')).split(' ');
            const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
            socket->deleteLater();
            --m_running;
            if (status == 200) {
                const qint64 now = m_clock.nsecsElapsed();
                // Latency per request: from the first try to the 200, retries included.
                m_latencies.push_back(double(now - m_firstSent[size_t(index)]) / 1e6);
                m_lastAnswerNs = now;
                ++m_finished;
            } else {
                if (status == 0)
                    ++m_errors;
                else
                    ++m_refused;
                ++m_retried;
                QTimer::singleShot(1000, this, [this, index] {
                    m_pending.push_back(index);
                    fill();
                });
            }
            fill();
        };
        connect(socket, &QTcpSocket::disconnected, socket, finish);
        connect(socket, &QTcpSocket::errorOccurred, socket, [socket, finish](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError ||
                socket->state() == QAbstractSocket::UnconnectedState)
                finish();
        });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }

    QVector<QByteArray> m_targets;
    quint16 m_port;
    int m_inFlight;
    QElapsedTimer m_clock;
    std::vector<int> m_pending;
    std::vector<qint64> m_firstSent;
    std::vector<double> m_latencies;
    int m_running = 0;
    int m_finished = 0;
    int m_retried = 0;
    int m_refused = 0;
    int m_errors = 0;
    qint64 m_lastAnswerNs = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size() - 1) + 0.5));
    return values[i];
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int subscribers = 10'000;
    int requests = 5'000;
    int inFlight = 32;
    QString databasePath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--subscribers")) {
            subscribers = value.toInt();
            ++i;
        } else if (a == QLatin1String("--requests")) {
            requests = value.toInt();
            ++i;
        } else if (a == QLatin1String("--in-flight")) {
            inFlight = value.toInt();
            ++i;
        } else if (a == QLatin1String("--database")) {
            databasePath = value;
            ++i;
        } else {
            std::fprintf(stderr, "usage: bench_replies [--subscribers N] [--requests N] [--in-flight N] "
                                 "[--database PATH]\n");
            return 2;
        }
    }
    if (subscribers < 1000 || requests < 100 || inFlight < 1) {
        std::fprintf(stderr, "bench_replies: at least 1,000 subscribers, 100 requests and 1 in flight\n");
        return 2;
    }
    QTemporaryDir dir;
    if (databasePath.isEmpty())
        databasePath = dir.filePath(QStringLiteral("replies.sqlite"));
    else if (QFile::exists(databasePath)) {
        std::fprintf(stderr, "bench_replies: %s exists; name a new file\n", qPrintable(databasePath));
        return 2;
    }

    // The address book.
    auto opened = Connection::open(databasePath, Connection::Mode::CreateIfMissing);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    std::unique_ptr<Connection> db = opened.takeValue();
    QElapsedTimer clock;
    clock.start();
    Result<DemoData::Summary> demo = DemoData::generate(db->database(), subscribers);
    if (!demo)
        qFatal("%s", qPrintable(demo.error()));
    const qint64 generatedMs = clock.elapsed();
    BusinessSettings settings(db->database());
    Result<QString> token = settings.callbackToken();
    if (!token)
        qFatal("%s", qPrintable(token.error()));

    // The mix, drawn with a fixed seed: one opt-out in ten from distinct subscribed numbers, one
    // HELP in fifty, one duplicate in ten, the rest ordinary texts (one in five from strangers).
    QStringList subscribed;
    {
        QSqlQuery q(db->database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT phone FROM subscriber WHERE status = 0 ORDER BY id"));
        while (q.next())
            subscribed.append(q.value(0).toString());
    }
    QRandomGenerator random(20261123);
    std::shuffle(subscribed.begin(), subscribed.end(), random);
    const int stops = std::min<int>(requests / 10, int(subscribed.size()) / 2);
    const QStringList stopNumbers = subscribed.mid(0, stops);
    const QStringList talkers = subscribed.mid(stops);
    static const QStringList stopTexts = {
        QStringLiteral("STOP"),       QStringLiteral("Stop."),
        QStringLiteral("СТОП"),       QStringLiteral("STOPP"),
        QStringLiteral("Abmelden"),   QStringLiteral("unsubscribe"),
        QStringLiteral("Отписаться"), QStringLiteral("bitte keine SMS mehr")};
    static const QStringList otherTexts = {QStringLiteral("Danke!"),
                                           QStringLiteral("Wann habt ihr am Samstag offen?"),
                                           QStringLiteral("Спасибо, приду"),
                                           QStringLiteral("ok"),
                                           QStringLiteral("Is the sale on Sunday too? 🎉"),
                                           QStringLiteral("Привет! А скидка на всё?")};
    const qint64 ts = QDateTime::currentSecsSinceEpoch();
    QVector<Request> mix;
    mix.reserve(requests);
    int stopIndex = 0;
    for (int i = 0; i < requests; ++i) {
        Request r;
        const int dice = int(random.bounded(100));
        const bool stopsLeft = stopIndex < stops;
        const bool mustStop = requests - i <= stops - stopIndex; // the last ones, to place them all
        if (i > 0 && dice < 10 && !mustStop) {
            r = mix.at(int(random.bounded(mix.size())));
            r.duplicate = true;
        } else if (stopsLeft && (dice < 20 || mustStop)) {
            r.from = stopNumbers.at(stopIndex).mid(1);
            r.text = stopTexts.at(stopIndex % stopTexts.size());
            ++stopIndex;
        } else if (dice < 22) {
            r.from = talkers.at(int(random.bounded(talkers.size()))).mid(1);
            r.text = QStringLiteral("HELP");
        } else if (dice < 38) {
            r.from = QStringLiteral("1555%1").arg(random.bounded(1'000'000, 9'999'999)); // a stranger
            r.text = otherTexts.at(int(random.bounded(otherTexts.size())));
        } else {
            r.from = talkers.at(int(random.bounded(talkers.size()))).mid(1);
            r.text = otherTexts.at(int(random.bounded(otherTexts.size())));
        }
        if (!r.duplicate)
            r.id = QStringLiteral("bench-%1").arg(i);
        mix.append(r);
    }
    if (stopIndex != stops)
        qFatal("the mix has %d of %d opt-outs", stopIndex, stops);
    int duplicates = 0;
    for (const Request& r : mix)
        duplicates += r.duplicate;
    const int distinct = requests - duplicates;

    // The app's side: the listener on one thread, the recorder on another.
    QThread listenerThread;
    listenerThread.setObjectName(QStringLiteral("listener"));
    QThread recorderThread;
    recorderThread.setObjectName(QStringLiteral("delivery reports and replies"));
    auto* server = new CallbackServer(token.value());
    server->moveToThread(&listenerThread);
    auto* recorder = new ReplyRecorder(databasePath);
    recorder->moveToThread(&recorderThread);
    QObject::connect(&listenerThread, &QThread::finished, server, &QObject::deleteLater);
    QObject::connect(&recorderThread, &QThread::finished, recorder, &QObject::deleteLater);
    QObject::connect(server, &CallbackServer::replyReceived, recorder, &ReplyRecorder::record);
    QObject::connect(recorder, &ReplyRecorder::recorded, server, &CallbackServer::answerReply);
    int problems = 0;
    QString firstProblem;
    QObject::connect(recorder, &ReplyRecorder::problem, &app, [&](const QString& p) {
        if (problems++ == 0)
            firstProblem = p;
    });
    listenerThread.start();
    recorderThread.start();
    quint16 port = 0;
    QString listenError;
    QMetaObject::invokeMethod(
        server,
        [&] {
            const Status listening = server->listen();
            listenError = listening ? QString() : listening.error();
            port = server->port();
        },
        Qt::BlockingQueuedConnection);
    if (!listenError.isEmpty())
        qFatal("%s", qPrintable(listenError));

    QVector<QByteArray> targets;
    targets.reserve(mix.size());
    for (const Request& r : mix) {
        // As Kannel writes its get-url: form encoding, '+' for a space.
        auto encode = [](const QString& s) { return QUrl::toPercentEncoding(s, " ").replace(' ', '+'); };
        targets.append("/kannel/mo?token=" + token.value().toLatin1() + "&from=" + encode(r.from) +
                       "&to=12345&text=" + encode(r.text) + "&ts=" + QByteArray::number(ts) +
                       "&smsc=fake1&coding=0&charset=UTF-8&id=" + encode(r.id));
    }

    const qint64 fileBefore = QFileInfo(databasePath).size();
    Load load(targets, port, inFlight);
    QTimer::singleShot(0, &load, [&] { load.run(); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (load.done())
            app.quit();
    });
    poll.start(5);
    app.exec();
    poll.stop();

    listenerThread.quit();
    listenerThread.wait();
    recorderThread.quit();
    recorderThread.wait();

    // Every distinct reply stored once, every opt-out number suppressed and confirmed once.
    const QSqlDatabase sql = db->database();
    const qint64 stored = count(sql, QStringLiteral("SELECT COUNT(*) FROM reply"));
    const qint64 storedIds =
        count(sql, QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM reply WHERE source = "
                                  "'kannel' AND source_id LIKE 'bench-%'"));
    const qint64 optOutKind = count(sql, QStringLiteral("SELECT COUNT(*) FROM reply WHERE kind = 'opt_out'"));
    qint64 suppressed = 0;
    {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT opted_out_at IS NOT NULL FROM suppression WHERE phone = ?"));
        for (const QString& phone : stopNumbers) {
            q.addBindValue(phone);
            if (q.exec() && q.next() && q.value(0).toBool())
                ++suppressed;
        }
    }
    const qint64 confirmations = count(sql, QStringLiteral("SELECT COUNT(*) FROM message WHERE purpose = "
                                                           "'opt_out_confirmation' AND campaign_id IS NULL"));
    const qint64 helpAnswers =
        count(sql, QStringLiteral("SELECT COUNT(*) FROM message WHERE purpose = 'help'"));
    QSqlQuery pragma(sql);
    pragma.exec(QStringLiteral("PRAGMA synchronous"));
    pragma.next();
    const int synchronous = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA journal_mode"));
    pragma.next();
    const QString journal = pragma.value(0).toString();
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());

    const std::vector<double>& latencies = load.latenciesMs();
    const double seconds = load.seconds();
    std::printf("Replies (MO) through the CallbackServer into SQLite, as the app takes them from Kannel\n");
    std::printf("  machine      : %d CPUs (QThread::idealThreadCount), %s, %s\n", QThread::idealThreadCount(),
                qPrintable(cpuModel()), qPrintable(QSysInfo::prettyProductName()));
    std::printf("  database     : %s on %s (%s), journal %s, synchronous=%s\n", qPrintable(databasePath),
                qPrintable(QString::fromUtf8(storage.device())),
                qPrintable(QString::fromUtf8(storage.fileSystemType())), qPrintable(journal),
                synchronous == 2 ? "FULL" : qPrintable(QString::number(synchronous)));
    std::printf("  data         : %lld people from DemoData (%lld unsubscribed, %lld excluded) in %lld ms; "
                "file %.1f MB "
                "before, %.1f MB after\n",
                demo.value().subscribers, demo.value().unsubscribed, demo.value().excluded, generatedMs,
                double(fileBefore) / 1e6, double(QFileInfo(databasePath).size()) / 1e6);
    std::printf(
        "  requests     : %d GET /kannel/mo, %d in flight: %d opt-outs, %d duplicates, the rest HELP and "
        "texts\n",
        requests, inFlight, stops, duplicates);
    std::printf("  throughput   : %.0f replies stored/s (%d distinct in %.2f s), %.0f requests answered/s "
                "(%.2f ms each, one after the other on the recorder's thread)\n",
                distinct / seconds, distinct, seconds, requests / seconds, seconds * 1000 / requests);
    std::printf("  latency      : p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms per request (first try "
                "to 200)\n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                percentile(latencies, 100));
    std::printf(
        "  retried      : %d (%d answered 429/503, %d connection errors); recorder problems: %d%s%s\n",
        load.retried(), load.refused(), load.errors(), problems, problems ? ": " : "",
        qPrintable(firstProblem));
    std::printf(
        "  check        : %lld reply rows for %d distinct replies (%lld distinct ids); %lld opt-out rows; "
        "%lld of %d opt-out numbers suppressed; %lld confirmations queued; %lld help answers\n",
        stored, distinct, storedIds, optOutKind, suppressed, stops, confirmations, helpAnswers);
    const bool ok = stored == distinct && storedIds == distinct && suppressed == stops &&
                    confirmations == stops && optOutKind == stops && int(latencies.size()) == requests &&
                    problems == 0;
    std::printf("  result       : %s\n", ok ? "OK: every reply stored exactly once, every opt-out suppressed"
                                            : "FAILED: see the check above");
    return ok ? 0 : 1;
}
