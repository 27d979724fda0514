// KannelGateway against a real Kannel (bearerbox + smsbox + fakesmsc), started by
// kannel-harness.py, which passes the addresses in TEXTWELL_KANNEL_* variables. Delivery reports
// come back to a CallbackServer in this thread while the blocking send() runs on a worker thread.

#include "fakesmsclog.h"
#include "gateways/callbackserver.h"
#include "gateways/kannelgateway.h"
#include "messages/smsencoding.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>

#include <signal.h>

#include <atomic>

using namespace textwell;

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

QByteArray http(const QByteArray& statusLine, const QByteArray& body, const QByteArray& headers = {})
{
    return "HTTP/1.1 " + statusLine +
           "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + headers + "\r\n" + body;
}

// A stand-in for Kannel that gives one canned answer (none when empty, or a reset for "RESET")
// and keeps the request heads it saw.
class CannedServer
{
public:
    explicit CannedServer(QByteArray answer) : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<QByteArray>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket)
    {
        m_buffers[socket] += socket->readAll();
        const QByteArray& buffer = m_buffers[socket];
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || m_done.contains(socket))
            return;
        m_done.insert(socket);
        m_requests.append(buffer.left(end));
        if (m_answer == "RESET") {
            socket->abort();
        } else if (!m_answer.isEmpty()) {
            socket->write(m_answer);
            socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QByteArray m_answer;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QSet<QTcpSocket*> m_done;
};

} // namespace

class TestKannelGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void configProblems();
    void deliveryReportUrl();
    void deliversByteExact_data();
    void deliversByteExact();
    void eachArrivesOnceAndIsReported();
    void wrongPassword();
    void wrongPort();
    void requestIsEncodedExactly();
    void cannedAnswers_data();
    void cannedAnswers();
    void timeoutAfterSendingIsUnknown();
    void stoppedSmsboxMeansRetry(); // last: it stops smsbox

private:
    KannelGateway::Config config() const;
    SendOutcome sendOnWorker(KannelGateway& gateway, const OutgoingSms& sms);
    bool hasReport(qint64 messageId, DeliveryUpdate::State state) const;
    static OutgoingSms sms(qint64 id, const QString& to, const QString& text);

    std::unique_ptr<CallbackServer> m_server;
    QThread m_worker;
    QObject m_workerContext; // lives in m_worker: send() runs there
    std::unique_ptr<FakeSmscLog> m_log;
    QVector<DeliveryUpdate> m_reports;
    QHash<qint64, QString> m_sent; // message id -> recipient
};

void TestKannelGateway::initTestCase()
{
    if (env("TEXTWELL_KANNEL_URL").isEmpty())
        QSKIP("Run through tests/integration/kannel-harness.py (ctest does).");
    m_server = std::make_unique<CallbackServer>(CallbackServer::generateToken());
    const Status listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    connect(m_server.get(), &CallbackServer::deliveryReport, this,
            [this](const DeliveryUpdate& update) { m_reports.append(update); });
    m_workerContext.moveToThread(&m_worker);
    m_worker.start();
    m_log = std::make_unique<FakeSmscLog>(env("TEXTWELL_FAKESMSC_LOG"));
}

void TestKannelGateway::cleanupTestCase()
{
    m_worker.quit();
    m_worker.wait();
}

KannelGateway::Config TestKannelGateway::config() const
{
    KannelGateway::Config config;
    config.baseUrl = QUrl(env("TEXTWELL_KANNEL_URL"));
    config.username = env("TEXTWELL_KANNEL_USER");
    config.password = env("TEXTWELL_KANNEL_PASSWORD");
    config.from = env("TEXTWELL_KANNEL_FROM");
    config.smscId = env("TEXTWELL_KANNEL_SMSC_ID");
    config.dlrUrlBase = m_server ? m_server->dlrUrlBase() : QString();
    return config;
}

OutgoingSms TestKannelGateway::sms(qint64 id, const QString& to, const QString& text)
{
    const SmsInfo info = SmsEncoding::analyse(text);
    OutgoingSms sms;
    sms.messageId = id;
    sms.to = to;
    sms.body = text;
    sms.coding = info.encoding;
    sms.parts = info.parts;
    sms.claimedAt = QDateTime::currentDateTimeUtc();
    return sms;
}

// Blocks the worker, not this thread: the CallbackServer here keeps answering meanwhile.
SendOutcome TestKannelGateway::sendOnWorker(KannelGateway& gateway, const OutgoingSms& sms)
{
    SendOutcome outcome;
    std::atomic<bool> done{false};
    QMetaObject::invokeMethod(
        &m_workerContext,
        [&] {
            outcome = gateway.send(sms);
            done = true;
        },
        Qt::QueuedConnection);
    while (!done) // send() has its own timeout
        QTest::qWait(5);
    return outcome;
}

bool TestKannelGateway::hasReport(qint64 messageId, DeliveryUpdate::State state) const
{
    return std::any_of(m_reports.cbegin(), m_reports.cend(), [&](const DeliveryUpdate& update) {
        return update.messageId == messageId && update.state == state;
    });
}

void TestKannelGateway::configProblems()
{
    KannelGateway::Config good = config();
    good.dlrUrlBase = QStringLiteral("http://127.0.0.1:1234/kannel/dlr?token=abc");
    QCOMPARE(KannelGateway::configProblem(good), QString());

    const auto problem = [&](auto change) {
        KannelGateway::Config bad = good;
        change(bad);
        return KannelGateway::configProblem(bad);
    };
    QVERIFY(!problem([](auto& c) { c.baseUrl = QUrl(); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1:13013")); }).isEmpty());
    QVERIFY(
        !problem([](auto& c) { c.baseUrl = QUrl(QStringLiteral("http://u:p@127.0.0.1:13013")); }).isEmpty());
    QVERIFY(
        !problem([](auto& c) { c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:13013/?a=1")); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.username.clear(); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.password.clear(); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.dlrUrlBase = QStringLiteral("not a url"); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.dlrUrlBase += QStringLiteral("%41"); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.requestTimeoutMs = 0; }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.maxRate = -1; }).isEmpty());
    QVERIFY(problem([](auto& c) { c.dlrUrlBase.clear(); }).isEmpty());
    QVERIFY(problem([](auto& c) { c.from.clear(); }).isEmpty());
    // The whole sendsms address is fine too.
    QVERIFY(problem([](auto& c) { c.baseUrl = QUrl(env("TEXTWELL_KANNEL_SENDSMS_URL")); }).isEmpty());
    // Never the password in a text.
    QVERIFY(!problem([](auto& c) { c.baseUrl = QUrl(); }).contains(good.password));
}

void TestKannelGateway::deliveryReportUrl()
{
    QCOMPARE(KannelGateway::deliveryReportUrl(QStringLiteral("http://127.0.0.1:5/kannel/dlr?token=t"), 42),
             QStringLiteral("http://127.0.0.1:5/kannel/dlr?token=t&id=42&status=%d&answer=%A&fid=%F&ts=%T"));
    QCOMPARE(KannelGateway::deliveryReportUrl(QStringLiteral("http://h/dlr"), 7),
             QStringLiteral("http://h/dlr?id=7&status=%d&answer=%A&fid=%F&ts=%T"));
}

void TestKannelGateway::deliversByteExact_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("text");

    const QString longGsm = QStringLiteral("Sommerschlussverkauf {alles} muss raus: [Jacken] ab 20 €, "
                                           "Schuhe ab 15 € | Öffnungszeiten ~ 9-18 Uhr.\n")
                                .repeated(5);
    const QString longCyrillic =
        QStringLiteral(
            "Летняя распродажа: куртки от 2000 ₽, обувь от 1500 ₽! "
            "Ответьте СТОП для отказа. ")
            .repeated(3);
    QTest::newRow("German, GSM-7 with €")
        << qint64(1001) << QStringLiteral("+4915100000001")
        << QStringLiteral("Grüße aus Köln! Das Straßenfest kostet 5 € Eintritt, für Kinder 2,50 €.");
    QTest::newRow("Cyrillic") << qint64(1002) << QStringLiteral("+79160000002")
                              << QStringLiteral(
                                     "Привет! Скидка 20% только сегодня. Ответьте СТОП, чтобы отписаться.");
    QTest::newRow("emoji") << qint64(1003) << QStringLiteral("+4915100000003")
                           << QStringLiteral("Danke fürs Mitmachen 🎉 Bis bald 😀👍🏽");
    QTest::newRow("+ & % and friends")
        << qint64(1004) << QStringLiteral("+4915100000004")
        << QStringLiteral("1+1=2 & 50% off: a+b=c, 100%25 real, key=value&x=%41 #1 ?q=/ ^{}[]~|\\ @£$¥");
    QTest::newRow("long GSM-7") << qint64(1005) << QStringLiteral("+4915100000005") << longGsm;
    QTest::newRow("long Cyrillic") << qint64(1006) << QStringLiteral("+79160000006") << longCyrillic;
}

void TestKannelGateway::deliversByteExact()
{
    QFETCH(qint64, id);
    QFETCH(QString, to);
    QFETCH(QString, text);

    KannelGateway gateway(config());
    QCOMPARE(KannelGateway::configProblem(config()), QString());
    const OutgoingSms message = sms(id, to, text);
    QVERIFY(message.parts <= env("TEXTWELL_KANNEL_MAX_MESSAGES").toInt());
    const SendOutcome outcome = sendOnWorker(gateway, message);
    QVERIFY2(outcome.kind == SendOutcome::Kind::Accepted,
             qPrintable(outcome.errorCode + QLatin1Char(' ') + outcome.error));
    m_sent.insert(id, to);

    QTRY_VERIFY_WITH_TIMEOUT(!m_log->messagesTo(to).isEmpty(), 20000);
    const FakeSmscMessage received = m_log->messagesTo(to).first();
    QCOMPARE(received.text, text);
    QCOMPARE(received.from, env("TEXTWELL_KANNEL_FROM"));
    // Kannel splits as the segment calculator does (kannel.md 4.4 / sms-encoding.md 1.4).
    QCOMPARE(received.parts, message.parts);
}

void TestKannelGateway::eachArrivesOnceAndIsReported()
{
    QVERIFY(!m_sent.isEmpty());
    for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it) {
        const qint64 id = it.key();
        // The fake SMSC reports delivery (1) at once; "at the SMSC" (8) is not asked for.
        QTRY_VERIFY2_WITH_TIMEOUT(hasReport(id, DeliveryUpdate::State::Delivered) &&
                                      !hasReport(id, DeliveryUpdate::State::Submitted),
                                  qPrintable(QStringLiteral("no reports for message %1").arg(id)), 20000);
    }
    for (const DeliveryUpdate& update : std::as_const(m_reports)) {
        QVERIFY2(m_sent.contains(update.messageId), qPrintable(QString::number(update.messageId)));
        QVERIFY(update.state != DeliveryUpdate::State::Undelivered);
        QVERIFY(update.at.isValid());
        if (update.state == DeliveryUpdate::State::Delivered)
            QVERIFY(!update.providerId.isEmpty());
    }
    QCOMPARE(m_server->refusedRequests(), qint64(0));

    // Nothing more arrives later: each message exactly once, no part left over.
    QTest::qWait(1500);
    for (const QString& to : std::as_const(m_sent))
        QCOMPARE(m_log->messagesTo(to).size(), 1);
    QCOMPARE(m_log->messages().size(), m_sent.size());
    QCOMPARE(m_log->pendingParts(), 0);
}

void TestKannelGateway::wrongPassword()
{
    KannelGateway::Config wrong = config();
    wrong.password += QStringLiteral("x");
    KannelGateway gateway(wrong);
    const SendOutcome outcome =
        sendOnWorker(gateway, sms(2001, QStringLiteral("+4915100002001"), QStringLiteral("hi")));
    QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
    QCOMPARE(outcome.effect, SendOutcome::Effect::Unauthorized);
    QCOMPARE(outcome.errorCode, QStringLiteral("http-403"));
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(!outcome.error.contains(wrong.password));
}

void TestKannelGateway::wrongPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    KannelGateway::Config wrong = config();
    wrong.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    KannelGateway gateway(wrong);
    const SendOutcome outcome =
        sendOnWorker(gateway, sms(2002, QStringLiteral("+4915100002002"), QStringLiteral("hi")));
    QCOMPARE(outcome.kind, SendOutcome::Kind::Retry);
    QCOMPARE(outcome.errorCode, QStringLiteral("connection-refused"));
    QVERIFY(!outcome.error.contains(wrong.password));
}

void TestKannelGateway::requestIsEncodedExactly()
{
    CannedServer kannel(http("202 Accepted", "0: Accepted for delivery"));
    KannelGateway::Config canned = config();
    canned.baseUrl = kannel.url();
    KannelGateway gateway(canned);
    const QString text = QStringLiteral("a+b & c=d %41 %%  Ж 😀 ü?#/");
    const SendOutcome outcome = sendOnWorker(gateway, sms(3001, QStringLiteral("+4915100003001"), text));
    QCOMPARE(outcome.kind, SendOutcome::Kind::Accepted);
    QCOMPARE(outcome.providerId, QString());
    QCOMPARE(kannel.requests().size(), 1);

    const QByteArray requestLine = kannel.requests().first().split('\r').first();
    QVERIFY2(requestLine.startsWith("GET /cgi-bin/sendsms?"), requestLine.constData());
    const QByteArray target = requestLine.split(' ').at(1);
    // Every '+' and space is encoded, so Kannel cannot read one as the other.
    QVERIFY(!target.contains('+'));
    const QUrlQuery query(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
    const auto value = [&query](const char* key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    QCOMPARE(value("text"), text);
    QCOMPARE(value("to"), QStringLiteral("+4915100003001"));
    QCOMPARE(value("username"), canned.username);
    QCOMPARE(value("password"), canned.password);
    QCOMPARE(value("from"), canned.from);
    QCOMPARE(value("charset"), QStringLiteral("UTF-8"));
    QCOMPARE(value("coding"), QStringLiteral("2"));
    QCOMPARE(value("smsc"), canned.smscId);
    QCOMPARE(value("dlr-mask"), QStringLiteral("19"));
    QCOMPARE(value("dlr-url"), KannelGateway::deliveryReportUrl(canned.dlrUrlBase, 3001));

    // GSM-7 goes without coding; without a report address there is no dlr-url.
    CannedServer plain(http("202 Accepted", "0: Accepted for delivery"));
    canned.baseUrl = plain.url();
    canned.dlrUrlBase.clear();
    KannelGateway noReports(canned);
    QCOMPARE(sendOnWorker(noReports, sms(3002, QStringLiteral("+49151"), QStringLiteral("Hallo €"))).kind,
             SendOutcome::Kind::Accepted);
    const QByteArray plainTarget = plain.requests().first().split(' ').at(1);
    QVERIFY(!plainTarget.contains("coding="));
    QVERIFY(!plainTarget.contains("dlr-"));

    // A message marked GSM-7 by mistake still goes as UCS-2 rather than as "??????".
    CannedServer marked(http("202 Accepted", "0: Accepted for delivery"));
    canned.baseUrl = marked.url();
    KannelGateway wronglyMarked(canned);
    OutgoingSms cyrillic = sms(3003, QStringLiteral("+7916"), QStringLiteral("Привет"));
    cyrillic.coding = SmsCoding::Gsm7;
    QCOMPARE(sendOnWorker(wronglyMarked, cyrillic).kind, SendOutcome::Kind::Accepted);
    QVERIFY(marked.requests().first().contains("&coding=2"));
}

void TestKannelGateway::cannedAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("effect");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("retryAfter");

    using Kind = SendOutcome::Kind;
    using Effect = SendOutcome::Effect;
    QTest::newRow("202 accepted") << http("202 Accepted", "0: Accepted for delivery") << int(Kind::Accepted)
                                  << int(Effect::None) << QString() << 0;
    QTest::newRow("202 queued") << http("202 Accepted", "3: Queued for later delivery") << int(Kind::Accepted)
                                << int(Effect::None) << QString() << 0;
    QTest::newRow("202 garbage") << http("202 Accepted", "hello") << int(Kind::Unknown) << int(Effect::None)
                                 << QStringLiteral("http-202") << 0;
    QTest::newRow("200 garbage") << http("200 OK", "<html>") << int(Kind::Unknown) << int(Effect::None)
                                 << QStringLiteral("http-200") << 0;
    QTest::newRow("403") << http("403 Forbidden", "Authorization failed for sendsms") << int(Kind::Permanent)
                         << int(Effect::Unauthorized) << QStringLiteral("http-403") << 0;
    QTest::newRow("400") << http("400 Bad Request", "Missing receiver number, rejected")
                         << int(Kind::Permanent) << int(Effect::None) << QStringLiteral("http-400") << 0;
    QTest::newRow("404") << http("404 Not Found", "") << int(Kind::Permanent) << int(Effect::None)
                         << QStringLiteral("http-404") << 0;
    QTest::newRow("503") << http("503 Service Unavailable", "") << int(Kind::Retry) << int(Effect::None)
                         << QStringLiteral("http-503") << 0;
    QTest::newRow("500") << http("500 Internal Server Error", "") << int(Kind::Retry) << int(Effect::None)
                         << QStringLiteral("http-500") << 0;
    QTest::newRow("429 Retry-After") << http("429 Too Many Requests", "", "Retry-After: 7\r\n")
                                     << int(Kind::Retry) << int(Effect::None) << QStringLiteral("http-429")
                                     << 7;
    QTest::newRow("not HTTP") << QByteArray("garbage\r\n\r\n") << int(Kind::Unknown) << int(Effect::None)
                              << QString() << 0;
    QTest::newRow("closed without answer")
        << QByteArray("RESET") << int(Kind::Unknown) << int(Effect::None) << QString() << 0;
}

void TestKannelGateway::cannedAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, kind);
    QFETCH(int, effect);
    QFETCH(QString, errorCode);
    QFETCH(int, retryAfter);

    CannedServer kannel(answer);
    KannelGateway::Config canned = config();
    canned.baseUrl = kannel.url();
    KannelGateway gateway(canned);
    const SendOutcome outcome =
        sendOnWorker(gateway, sms(4001, QStringLiteral("+4915100004001"), QStringLiteral("hi")));
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(int(outcome.effect), effect);
    if (!errorCode.isEmpty())
        QCOMPARE(outcome.errorCode, errorCode);
    QCOMPARE(outcome.retryAfterSeconds, retryAfter);
    QCOMPARE(outcome.error.isEmpty(), kind == int(SendOutcome::Kind::Accepted));
    QVERIFY(!outcome.error.contains(canned.password));
    if (answer.contains("Missing receiver"))
        QVERIFY(outcome.error.contains(QStringLiteral("Missing receiver number, rejected")));
}

void TestKannelGateway::timeoutAfterSendingIsUnknown()
{
    CannedServer silent{QByteArray()};
    KannelGateway::Config canned = config();
    canned.baseUrl = silent.url();
    canned.requestTimeoutMs = 500;
    KannelGateway gateway(canned);
    const SendOutcome outcome =
        sendOnWorker(gateway, sms(5001, QStringLiteral("+4915100005001"), QStringLiteral("hi")));
    QCOMPARE(outcome.kind, SendOutcome::Kind::Unknown);
    QCOMPARE(outcome.errorCode, QStringLiteral("timeout"));
    QCOMPARE(silent.requests().size(), 1);
}

void TestKannelGateway::stoppedSmsboxMeansRetry()
{
    const qint64 smsbox = env("TEXTWELL_KANNEL_SMSBOX_PID").toLongLong();
    QVERIFY(smsbox > 0);
    QCOMPARE(::kill(pid_t(smsbox), SIGTERM), 0);
    const QUrl url(env("TEXTWELL_KANNEL_URL"));
    const auto listening = [&url] {
        QTcpSocket probe;
        probe.connectToHost(url.host(), quint16(url.port()));
        return probe.waitForConnected(500);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!listening(), 15000);

    KannelGateway gateway(config());
    const SendOutcome outcome =
        sendOnWorker(gateway, sms(6001, QStringLiteral("+4915100006001"), QStringLiteral("hi")));
    QCOMPARE(outcome.kind, SendOutcome::Kind::Retry);
    QCOMPARE(outcome.errorCode, QStringLiteral("connection-refused"));
    QVERIFY(m_log->messagesTo(QStringLiteral("+4915100006001")).isEmpty());
}

QTEST_GUILESS_MAIN(TestKannelGateway)
#include "tst_kannelgateway.moc"
