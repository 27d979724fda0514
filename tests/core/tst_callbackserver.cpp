#include "gateways/callbackserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace textwell;

namespace {

struct Answer
{
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestCallbackServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dlrUrlBaseNamesTheServer();
    void refusesAWeakToken();
    void deliveryReport_data();
    void deliveryReport();
    void bufferedReportChangesNothing();
    void wrongToken_data();
    void wrongToken();
    void malformedReport_data();
    void malformedReport();
    void malformedHttp_data();
    void malformedHttp();
    void oversizedUrl();
    void oversizedBody();
    void unknownPathAndMethod();
    void moRouteIsGuardedButNotHandledYet();
    void rateBound();
    void portInUse();
    void reportReachesAnotherThread();

private:
    Answer get(const QString& url);
    Answer post(const QString& url, const QByteArray& body);
    Answer wait(QNetworkReply* reply);
    QByteArray raw(const QByteArray& request);
    QString dlr(const QString& query) const { return m_server->dlrUrlBase() + QLatin1Char('&') + query; }

    QString m_token;
    std::unique_ptr<CallbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestCallbackServer::init()
{
    m_token = CallbackServer::generateToken();
    m_server = std::make_unique<CallbackServer>(m_token);
    const Status listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestCallbackServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

Answer TestCallbackServer::wait(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

Answer TestCallbackServer::get(const QString& url)
{
    return wait(m_network->get(QNetworkRequest(QUrl(url))));
}

Answer TestCallbackServer::post(const QString& url, const QByteArray& body)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    return wait(m_network->post(request, body));
}

// Writes bytes as they are and returns whatever comes back before the server closes.
QByteArray TestCallbackServer::raw(const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    if (closed.isEmpty())
        closed.wait(10000);
    answer += socket.readAll();
    return answer;
}

void TestCallbackServer::dlrUrlBaseNamesTheServer()
{
    QCOMPARE(m_server->dlrUrlBase(),
             QStringLiteral("http://127.0.0.1:%1/kannel/dlr?token=%2").arg(m_server->port()).arg(m_token));
    QVERIFY(m_token.size() >= 40);
    QVERIFY(CallbackServer::generateToken() != m_token);
    m_server->close();
    QVERIFY(m_server->dlrUrlBase().isEmpty());
}

void TestCallbackServer::refusesAWeakToken()
{
    CallbackServer tooShort(QStringLiteral("abc"));
    QVERIFY(!tooShort.listen().ok());
    CallbackServer unsafe(QStringLiteral("abcdefghijklmnop&q=1"));
    QVERIFY(!unsafe.listen().ok());
    QVERIFY(!unsafe.isListening());
}

void TestCallbackServer::deliveryReport_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("error");

    // As Kannel calls back (kannel.md 4.3): its escapes URL-encoded, a space as '+'.
    QTest::newRow("submitted (8)") << QStringLiteral("id=42&status=8&answer=ACK%2F&fid=&ts=1795433622")
                                   << int(DeliveryUpdate::State::Submitted) << QString() << QString()
                                   << QString();
    QTest::newRow("delivered (1)")
        << QStringLiteral("id=42&status=1&answer=&fid=50019858-e4b7-4357-b549-94259b6a530d&ts=1795433622")
        << int(DeliveryUpdate::State::Delivered) << QStringLiteral("50019858-e4b7-4357-b549-94259b6a530d")
        << QString() << QString();
    QTest::newRow("undelivered (2)")
        << QStringLiteral("id=42&status=2&answer=NACK%2F0x0000000b%2FInvalid+Destination+Address&fid=f%2B1"
                          "&ts=1795433622")
        << int(DeliveryUpdate::State::Undelivered) << QStringLiteral("f+1") << QStringLiteral("dlr-2")
        << QStringLiteral("NACK/0x0000000b/Invalid Destination Address");
    QTest::newRow("rejected by SMSC (16)")
        << QStringLiteral("id=42&status=16&answer=Throttling+error&fid=&ts=1795433622")
        << int(DeliveryUpdate::State::Undelivered) << QString() << QStringLiteral("dlr-16")
        << QStringLiteral("Throttling error");
}

void TestCallbackServer::deliveryReport()
{
    QFETCH(QString, query);
    QFETCH(int, state);
    QFETCH(QString, providerId);
    QFETCH(QString, errorCode);
    QFETCH(QString, error);

    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    const Answer answer = get(dlr(query));
    QCOMPARE(answer.status, 200);
    QCOMPARE(reports.size(), 1);
    const auto update = reports.first().first().value<DeliveryUpdate>();
    QCOMPARE(update.messageId, qint64(42));
    QCOMPARE(int(update.state), state);
    QCOMPARE(update.providerId, providerId);
    QCOMPARE(update.errorCode, errorCode);
    QCOMPARE(update.error, error);
    QCOMPARE(update.at, QDateTime::fromSecsSinceEpoch(1795433622, Qt::UTC));
    QCOMPARE(m_server->refusedRequests(), qint64(0));
}

void TestCallbackServer::bufferedReportChangesNothing()
{
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    QCOMPARE(get(dlr(QStringLiteral("id=7&status=4&answer=&fid=&ts=1795433622"))).status, 200);
    QCOMPARE(reports.size(), 0);
}

void TestCallbackServer::wrongToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("no token") << QStringLiteral("/kannel/dlr?id=42&status=1");
    QTest::newRow("empty token") << QStringLiteral("/kannel/dlr?token=&id=42&status=1");
    QTest::newRow("no query") << QStringLiteral("/kannel/dlr");
    QTest::newRow("token under another name") << QStringLiteral("/kannel/dlr?tok=%1&id=42&status=1");
    QTest::newRow("last character changed") << QStringLiteral("/kannel/dlr?token=%2&id=42&status=1");
    QTest::newRow("token plus more") << QStringLiteral("/kannel/dlr?token=%1x&id=42&status=1");
    QTest::newRow("prefix of token") << QStringLiteral("/kannel/dlr?token=%3&id=42&status=1");
}

void TestCallbackServer::wrongToken()
{
    QFETCH(QString, path);
    QString changed = m_token;
    changed.back() = changed.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) +
                        QString(path)
                            .replace(QLatin1String("%1"), m_token)
                            .replace(QLatin1String("%2"), changed)
                            .replace(QLatin1String("%3"), m_token.left(m_token.size() - 1));

    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    QCOMPARE(get(url).status, 401);
    QCOMPARE(get(url).status, 401);
    QCOMPARE(reports.size(), 0);
    QCOMPARE(m_server->refusedRequests(), qint64(2));
}

void TestCallbackServer::malformedReport_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("id not a number") << QStringLiteral("id=abc&status=1");
    QTest::newRow("id negative") << QStringLiteral("id=-5&status=1");
    QTest::newRow("id zero") << QStringLiteral("id=0&status=1");
    QTest::newRow("id missing") << QStringLiteral("status=1");
    QTest::newRow("id too large") << QStringLiteral("id=99999999999999999999&status=1");
    QTest::newRow("status missing") << QStringLiteral("id=42");
    QTest::newRow("status unknown") << QStringLiteral("id=42&status=3");
    QTest::newRow("status a placeholder") << QStringLiteral("id=42&status=%25d");
}

void TestCallbackServer::malformedReport()
{
    QFETCH(QString, query);
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    QCOMPARE(get(dlr(query)).status, 400);
    QCOMPARE(reports.size(), 0);
    QCOMPARE(m_server->refusedRequests(), qint64(0));
}

void TestCallbackServer::malformedHttp_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /kannel/dlr\r\n\r\n");
    QTest::newRow("bad header") << QByteArray("GET /kannel/dlr HTTP/1.1\r\nno colon here\r\n\r\n");
    QTest::newRow("lower-case method") << QByteArray("get /kannel/dlr HTTP/1.1\r\n\r\n");
    QTest::newRow("bad length") << QByteArray("GET /kannel/dlr HTTP/1.1\r\nContent-Length: x\r\n\r\n");
    QTest::newRow("chunked") << QByteArray("POST /kannel/dlr HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("absolute target") << QByteArray("GET http://x/kannel/dlr HTTP/1.1\r\n\r\n");
}

void TestCallbackServer::malformedHttp()
{
    QFETCH(QByteArray, request);
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    const QByteArray answer = raw(request);
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QCOMPARE(reports.size(), 0);
}

void TestCallbackServer::oversizedUrl()
{
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    const QString padding(CallbackServer::MaxRequestBytes + 100, QLatin1Char('a'));
    const Answer answer = get(dlr(QStringLiteral("id=42&status=1&pad=") + padding));
    QVERIFY2(answer.status == 414 || answer.status == 431, QByteArray::number(answer.status).constData());
    QCOMPARE(reports.size(), 0);

    // A request line alone longer than the limit.
    const QByteArray longLine =
        raw("GET /kannel/dlr?" + QByteArray(CallbackServer::MaxRequestBytes * 2, 'a') + " HTTP/1.1\r\n\r\n");
    QVERIFY2(longLine.startsWith("HTTP/1.1 414 "), longLine.left(40).constData());
    QCOMPARE(reports.size(), 0);
}

void TestCallbackServer::oversizedBody()
{
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    const QByteArray body(CallbackServer::MaxRequestBytes * 2, 'x');
    QCOMPARE(post(dlr(QStringLiteral("id=42&status=1")), body).status, 413);

    // Far too large: answered at once; the client may see the answer or a reset connection.
    const Answer huge = post(dlr(QStringLiteral("id=42&status=1")), QByteArray(4 * 1024 * 1024, 'x'));
    QVERIFY(huge.status == 413 || huge.status == 0);
    QCOMPARE(reports.size(), 0);

    // The server still serves afterwards.
    QCOMPARE(get(dlr(QStringLiteral("id=42&status=1"))).status, 200);
    QCOMPARE(reports.size(), 1);
}

void TestCallbackServer::unknownPathAndMethod()
{
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    QCOMPARE(get(base + QStringLiteral("/")).status, 404);
    QCOMPARE(
        get(base + QStringLiteral("/kannel/dlrx?token=") + m_token + QStringLiteral("&id=1&status=1")).status,
        404);
    QCOMPARE(get(base + QStringLiteral("/favicon.ico")).status, 404);
    QCOMPARE(post(dlr(QStringLiteral("id=42&status=1")), "x").status, 405);
    QCOMPARE(reports.size(), 0);
    QCOMPARE(m_server->refusedRequests(), qint64(0));
}

void TestCallbackServer::moRouteIsGuardedButNotHandledYet()
{
    const QString base = QStringLiteral("http://127.0.0.1:%1/kannel/mo").arg(m_server->port());
    QCOMPARE(get(base + QStringLiteral("?from=1&text=STOP")).status, 401);
    QCOMPARE(m_server->refusedRequests(), qint64(1));
    QCOMPARE(get(base + QStringLiteral("?token=") + m_token + QStringLiteral("&from=1&text=STOP")).status,
             501);
}

void TestCallbackServer::rateBound()
{
    m_server->setMaxRequestsPerSecond(3);
    QSignalSpy reports(m_server.get(), &CallbackServer::deliveryReport);
    QElapsedTimer clock;
    clock.start();
    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < 10; ++i) {
        const int status = get(dlr(QStringLiteral("id=%1&status=1").arg(i + 1))).status;
        accepted += status == 200;
        limited += status == 429;
    }
    QCOMPARE(accepted + limited, 10);
    QVERIFY(limited > 0);
    // At most 3 per started second.
    QVERIFY(accepted <= 3 * (1 + int(clock.elapsed() / 1000)));
    QCOMPARE(reports.size(), accepted);

    QTest::qWait(1100);
    QCOMPARE(get(dlr(QStringLiteral("id=99&status=1"))).status, 200);
}

void TestCallbackServer::portInUse()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    CallbackServer second(CallbackServer::generateToken());
    const Status status = second.listen(QHostAddress::LocalHost, other.serverPort());
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(QString::number(other.serverPort())), qPrintable(status.error()));
    QVERIFY(!second.isListening());
    QVERIFY(second.dlrUrlBase().isEmpty());
}

void TestCallbackServer::reportReachesAnotherThread()
{
    QThread thread;
    QObject receiver;
    receiver.moveToThread(&thread);
    thread.start();
    std::atomic<qint64> received{0};
    connect(m_server.get(), &CallbackServer::deliveryReport, &receiver,
            [&received](const DeliveryUpdate& update) { received = update.messageId; });
    QCOMPARE(get(dlr(QStringLiteral("id=77&status=1"))).status, 200);
    QTRY_COMPARE(received.load(), qint64(77));
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestCallbackServer)
#include "tst_callbackserver.moc"
