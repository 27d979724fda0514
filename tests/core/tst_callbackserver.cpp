#include "gateways/callbackserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <vector>

using namespace textwell;

namespace {

struct Answer
{
    int status = 0; // 0 = no HTTP answer
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// One request written as raw bytes, in flight: what came back so far, and whether it ended.
struct RawClient
{
    QTcpSocket socket;
    QByteArray answer;
    bool closed = false;

    // The status of the HTTP answer; 0 for none (yet).
    int status() const { return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0; }
};

// Kannel's MO request for the query (the token is the caller's).
QByteArray moRequest(const QByteArray& query)
{
    return "GET /kannel/mo?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Kannel/1.4.5\r\n\r\n";
}

// A receiver of replies: remembers what the server hands over; answers only when told to.
struct Receiver
{
    struct Handed
    {
        IncomingReply reply;
        quint64 ticket = 0;
    };
    QVector<Handed> handed;
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
    void moReplyIsDecoded_data();
    void moReplyIsDecoded();
    void moIsAnsweredOnlyOnceStored();
    void moWithoutReceiverIs503();
    void moWithoutTokenIs401();
    void moWithoutSenderIs400_data();
    void moWithoutSenderIs400();
    void moClientHangsUpBeforeTheAnswer();
    void moListenerRestartedWhileAReplyIsStored();
    void moFlood();
    void rateBound();
    void portInUse();
    void reportReachesAnotherThread();

private:
    Answer get(const QString& url);
    Answer post(const QString& url, const QByteArray& body);
    Answer wait(QNetworkReply* reply);
    QByteArray raw(const QByteArray& request);
    QString dlr(const QString& query) const { return m_server->dlrUrlBase() + QLatin1Char('&') + query; }
    QByteArray token() const { return "token=" + m_token.toUtf8(); }
    // Starts a raw request; the answer collects in the client.
    std::unique_ptr<RawClient> start(const QByteArray& request);
    // Hands every reply to `receiver`, which answers none by itself.
    void connectReceiver(Receiver& receiver, QObject* context);

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

std::unique_ptr<RawClient> TestCallbackServer::start(const QByteArray& request)
{
    auto client = std::make_unique<RawClient>();
    RawClient* c = client.get();
    connect(&c->socket, &QTcpSocket::readyRead, &c->socket, [c] { c->answer += c->socket.readAll(); });
    auto ended = [c] {
        if (c->socket.isOpen())
            c->answer += c->socket.readAll();
        c->closed = true;
    };
    connect(&c->socket, &QTcpSocket::disconnected, &c->socket, ended);
    connect(&c->socket, &QTcpSocket::errorOccurred, &c->socket, ended);
    c->socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    c->socket.write(request);
    return client;
}

void TestCallbackServer::connectReceiver(Receiver& receiver, QObject* context)
{
    connect(m_server.get(), &CallbackServer::replyReceived, context,
            [&receiver](const IncomingReply& reply, quint64 ticket) {
                receiver.handed.append({reply, ticket});
            });
}

void TestCallbackServer::moReplyIsDecoded_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("id");

    const QDateTime at = QDateTime::fromSecsSinceEpoch(1795433622, Qt::UTC);
    // As Kannel fills in its escapes (%p %a %T %I), URL-encoded as a form: a space is '+'.
    QTest::newRow("Cyrillic STOP") << QByteArray(
                                          "from=%2B79161234567&text=%D0%A1%D0%A2%D0%9E%D0%9F&ts=1795433622"
                                          "&id=b3b6f1c2-1")
                                   << QStringLiteral("+79161234567") << QStringLiteral("СТОП") << at
                                   << QStringLiteral("b3b6f1c2-1");
    QTest::newRow("'+' is a space") << QByteArray(
                                           "from=79161234567&text=Stop+it+please&ts=1795433622&id=a%2Bb")
                                    << QStringLiteral("79161234567") << QStringLiteral("Stop it please") << at
                                    << QStringLiteral("a+b");
    QTest::newRow("%2B is a '+'") << QByteArray(
                                         "from=%2B4915112000001&text=1%2B1%3D2+%26+more%3F&ts=1795433622"
                                         "&id=7")
                                  << QStringLiteral("+4915112000001") << QStringLiteral("1+1=2 & more?") << at
                                  << QStringLiteral("7");
    QTest::newRow("unescaped '+' in the sender")
        << QByteArray("from=+4915112000001&text=Hallo&ts=1795433622&id=8") << QStringLiteral("4915112000001")
        << QStringLiteral("Hallo") << at << QStringLiteral("8");
    QTest::newRow("umlauts and an emoji")
        << QByteArray("from=4915112000001&text=Gr%C3%BC%C3%9Fe+%F0%9F%9B%91"
                      "&ts=1795433622&id=9")
        << QStringLiteral("4915112000001") << QStringLiteral("Grüße 🛑") << at << QStringLiteral("9");
    QTest::newRow("no time, no id") << QByteArray("from=4915112000001&text=&ts=&id=")
                                    << QStringLiteral("4915112000001") << QString() << QDateTime()
                                    << QString();
    QTest::newRow("placeholders not filled in")
        << QByteArray("from=4915112000001&text=Hi&ts=%25T&id=%25I") << QStringLiteral("4915112000001")
        << QStringLiteral("Hi") << QDateTime() << QStringLiteral("%I");
}

void TestCallbackServer::moReplyIsDecoded()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, from);
    QFETCH(QString, text);
    QFETCH(QDateTime, at);
    QFETCH(QString, id);

    // Answered at once, inside the signal: the server must cope with that too.
    QObject context;
    QVector<IncomingReply> replies;
    connect(m_server.get(), &CallbackServer::replyReceived, &context,
            [&](const IncomingReply& reply, quint64 ticket) {
                replies.append(reply);
                m_server->answerReply(ticket, true);
            });
    std::unique_ptr<RawClient> client = start(moRequest(token() + '&' + query));
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
    QCOMPARE(client->status(), 200);
    QCOMPARE(replies.size(), 1);
    const IncomingReply& reply = replies.first();
    QCOMPARE(reply.from, from);
    QCOMPARE(reply.body, text);
    QCOMPARE(reply.receivedAt, at);
    QCOMPARE(reply.sourceId, id);
    QCOMPARE(reply.source, QStringLiteral("kannel"));
}

void TestCallbackServer::moIsAnsweredOnlyOnceStored()
{
    QObject context;
    Receiver receiver;
    connectReceiver(receiver, &context);

    std::unique_ptr<RawClient> kept =
        start(moRequest(token() + "&from=4915112000001&text=STOP&ts=1795433622&id=1"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 1, 10000);
    // Nothing is said while the reply is being stored.
    QTest::qWait(300);
    QVERIFY2(kept->answer.isEmpty(), kept->answer.constData());
    QVERIFY(!kept->closed);
    m_server->answerReply(receiver.handed.at(0).ticket, true);
    QTRY_VERIFY_WITH_TIMEOUT(kept->closed, 10000);
    QCOMPARE(kept->status(), 200);

    // Not stored: 503, and Kannel delivers it again later.
    std::unique_ptr<RawClient> lost =
        start(moRequest(token() + "&from=4915112000001&text=HELP&ts=1795433622&id=2"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 2, 10000);
    QVERIFY(receiver.handed.at(1).ticket != receiver.handed.at(0).ticket);
    m_server->answerReply(receiver.handed.at(1).ticket, false);
    QTRY_VERIFY_WITH_TIMEOUT(lost->closed, 10000);
    QCOMPARE(lost->status(), 503);

    // Two waiting at once, answered in the other order: each hears its own answer.
    std::unique_ptr<RawClient> first = start(moRequest(token() + "&from=4915112000001&text=a&id=3"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 3, 10000);
    std::unique_ptr<RawClient> second = start(moRequest(token() + "&from=4915112000001&text=b&id=4"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 4, 10000);
    m_server->answerReply(receiver.handed.at(3).ticket, false);
    QTRY_VERIFY_WITH_TIMEOUT(second->closed, 10000);
    QVERIFY(!first->closed);
    m_server->answerReply(receiver.handed.at(2).ticket, true);
    QTRY_VERIFY_WITH_TIMEOUT(first->closed, 10000);
    QCOMPARE(first->status(), 200);
    QCOMPARE(second->status(), 503);

    // Answers for tickets already answered, or never given, change nothing.
    m_server->answerReply(receiver.handed.at(0).ticket, false);
    m_server->answerReply(987654321, true);
    std::unique_ptr<RawClient> after = start(moRequest(token() + "&from=4915112000001&text=c&id=5"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 5, 10000);
    m_server->answerReply(receiver.handed.at(0).ticket, true);
    QTest::qWait(100);
    QVERIFY(!after->closed);
    m_server->answerReply(receiver.handed.at(4).ticket, true);
    QTRY_VERIFY_WITH_TIMEOUT(after->closed, 10000);
    QCOMPARE(after->status(), 200);
    QCOMPARE(m_server->refusedRequests(), qint64(0));
}

void TestCallbackServer::moWithoutReceiverIs503()
{
    const QByteArray request = moRequest(token() + "&from=4915112000001&text=STOP&id=1");
    std::unique_ptr<RawClient> client = start(request);
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
    QCOMPARE(client->status(), 503);

    // A receiver that goes away again: 503 again.
    {
        QObject context;
        Receiver receiver;
        connectReceiver(receiver, &context);
        client = start(request);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 1, 10000);
        m_server->answerReply(receiver.handed.first().ticket, true);
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
        QCOMPARE(client->status(), 200);
    }
    client = start(request);
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
    QCOMPARE(client->status(), 503);
}

void TestCallbackServer::moWithoutTokenIs401()
{
    QObject context;
    Receiver receiver;
    connectReceiver(receiver, &context);
    QString changed = m_token;
    changed.front() = changed.front() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QList<QByteArray> queries{
        "from=4915112000001&text=STOP&id=1",
        "token=&from=4915112000001&text=STOP&id=1",
        "token=" + changed.toUtf8() + "&from=4915112000001&text=STOP&id=1",
        "from=4915112000001&text=STOP&id=1&Token=" + m_token.toUtf8(),
    };
    for (const QByteArray& query : queries) {
        std::unique_ptr<RawClient> client = start(moRequest(query));
        QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
        QCOMPARE(client->status(), 401);
    }
    QTest::qWait(50);
    QCOMPARE(receiver.handed.size(), 0);
    QCOMPARE(m_server->refusedRequests(), qint64(queries.size()));
}

void TestCallbackServer::moWithoutSenderIs400_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("no from") << QByteArray("text=STOP&ts=1795433622&id=1");
    QTest::newRow("empty from") << QByteArray("from=&text=STOP&id=1");
    QTest::newRow("spaces only") << QByteArray("from=+++&text=STOP&id=1");
    QTest::newRow("from under another name") << QByteArray("sender=4915112000001&text=STOP&id=1");
}

void TestCallbackServer::moWithoutSenderIs400()
{
    QFETCH(QByteArray, query);
    QObject context;
    Receiver receiver;
    connectReceiver(receiver, &context);
    std::unique_ptr<RawClient> client = start(moRequest(token() + '&' + query));
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
    QCOMPARE(client->status(), 400);
    QCOMPARE(receiver.handed.size(), 0);
}

void TestCallbackServer::moClientHangsUpBeforeTheAnswer()
{
    QObject context;
    Receiver receiver;
    connectReceiver(receiver, &context);

    // Gone before the reply is stored; the server notices, then the answer comes.
    std::unique_ptr<RawClient> gone = start(moRequest(token() + "&from=4915112000001&text=STOP&id=1"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 1, 10000);
    gone->socket.abort();
    gone.reset();
    QTest::qWait(200);
    m_server->answerReply(receiver.handed.at(0).ticket, true);

    // Gone, and the answer comes before the server noticed.
    std::unique_ptr<RawClient> hasty = start(moRequest(token() + "&from=4915112000001&text=STOP&id=2"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 2, 10000);
    hasty->socket.abort();
    hasty.reset();
    m_server->answerReply(receiver.handed.at(1).ticket, true);
    QTest::qWait(200);
    m_server->answerReply(receiver.handed.at(1).ticket, false);

    // The server still serves, and a late answer for a gone client answers no one else.
    std::unique_ptr<RawClient> next = start(moRequest(token() + "&from=4915112000001&text=STOP&id=3"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 3, 10000);
    m_server->answerReply(receiver.handed.at(0).ticket, true);
    m_server->answerReply(receiver.handed.at(1).ticket, false);
    QTest::qWait(100);
    QVERIFY(!next->closed);
    m_server->answerReply(receiver.handed.at(2).ticket, true);
    QTRY_VERIFY_WITH_TIMEOUT(next->closed, 10000);
    QCOMPARE(next->status(), 200);
}

void TestCallbackServer::moListenerRestartedWhileAReplyIsStored()
{
    // Settings change the port while the recorder stores a reply; its answer comes afterwards.
    QObject context;
    Receiver receiver;
    connectReceiver(receiver, &context);
    std::unique_ptr<RawClient> client = start(moRequest(token() + "&from=4915112000001&text=STOP&id=1"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 1, 10000);
    m_server->close();
    QVERIFY(m_server->listen().ok());
    m_server->answerReply(receiver.handed.first().ticket, true);
    QTRY_VERIFY_WITH_TIMEOUT(client->closed, 10000);
    std::unique_ptr<RawClient> next = start(moRequest(token() + "&from=4915112000001&text=STOP&id=2"));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.handed.size(), 2, 10000);
    m_server->answerReply(receiver.handed.last().ticket, true);
    QTRY_VERIFY_WITH_TIMEOUT(next->closed, 10000);
    QCOMPARE(next->status(), 200);
}

void TestCallbackServer::moFlood()
{
    m_server->setMaxRequestsPerSecond(300);
    // The receiver stores each reply a moment later, as the recorder's thread would, then answers.
    QObject context;
    QSet<QByteArray> stored;
    QSet<QString> handed;
    int handedTwice = 0;
    connect(m_server.get(), &CallbackServer::replyReceived, &context,
            [&](const IncomingReply& reply, quint64 ticket) {
                handedTwice += handed.contains(reply.sourceId) ? 1 : 0;
                handed.insert(reply.sourceId);
                QTimer::singleShot(int(ticket % 3), &context, [&, id = reply.sourceId.toUtf8(), ticket] {
                    stored.insert(id);
                    m_server->answerReply(ticket, true);
                });
            });

    enum Kind
    {
        Reply,       // tokened and well-formed: 200 once stored, or 429
        NoToken,     // 401
        WrongToken,  // 401
        NoSender,    // tokened: 400, or 429
        Garbage,     // 400
        Report,      // a delivery report: 200 or 429
        HangUp,      // a whole reply, then the client is gone
        HalfRequest, // half a request, then the client is gone
        LongReply,   // tokened, a long text: 200 or 429
        Kinds
    };
    constexpr int Total = 2000;
    constexpr int InFlight = 32;
    struct Flight
    {
        std::unique_ptr<RawClient> client;
        Kind kind;
        QByteArray id;
    };
    std::vector<Flight> flights;
    QMap<int, int> statuses[Kinds];
    int repliesAnsweredBeforeStored = 0;
    int missing429Hint = 0;
    int nextRequest = 0;
    int refusedExpected = 0;
    QElapsedTimer clock;
    clock.start();
    QString wrong = m_token;
    wrong.back() = wrong.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

    while ((nextRequest < Total || !flights.empty()) && clock.elapsed() < 120000) {
        while (nextRequest < Total && int(flights.size()) < InFlight) {
            const int i = nextRequest++;
            const Kind kind = Kind(i % Kinds);
            const QByteArray id = "flood-" + QByteArray::number(i);
            const QByteArray from = "&from=%2B4915112" + QByteArray::number(i).rightJustified(6, '0');
            QByteArray request;
            switch (kind) {
            case Reply:
            case HangUp:
                request =
                    moRequest(token() + from + "&text=Flood+%D0%A1%D0%A2%D0%9E%D0%9F&ts=1795433622&id=" + id);
                break;
            case LongReply:
                request = moRequest(token() + from + "&text=" + QByteArray(3000, 'x') + "&id=" + id);
                break;
            case NoToken:
                request = moRequest(from.mid(1) + "&text=STOP&id=" + id);
                ++refusedExpected;
                break;
            case WrongToken:
                request = moRequest("token=" + wrong.toUtf8() + from + "&text=STOP&id=" + id);
                ++refusedExpected;
                break;
            case NoSender:
                request = moRequest(token() + "&text=STOP&id=" + id);
                break;
            case Garbage: {
                QByteArray junk(64 + i % 200, '\0');
                for (qsizetype k = 0; k < junk.size(); ++k)
                    junk[k] = char((i * 31 + k * 7) % 256);
                request = junk.replace("\r\n\r\n", "xxxx") + "\r\n\r\n";
                break;
            }
            case Report:
                request = "GET /kannel/dlr?" + token() + "&id=" + QByteArray::number(i + 1) +
                          "&status=1 HTTP/1.1\r\n\r\n";
                break;
            case HalfRequest:
                request = "GET /kannel/mo?" + token() + "&fr";
                break;
            case Kinds:
                break;
            }
            Flight flight{start(request), kind, id};
            if (kind == HangUp || kind == HalfRequest) {
                RawClient* c = flight.client.get();
                QTimer::singleShot(1 + i % 3, &c->socket, [c] {
                    c->socket.abort();
                    c->closed = true;
                });
            }
            flights.push_back(std::move(flight));
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (auto it = flights.begin(); it != flights.end();) {
            if (!it->client->closed) {
                ++it;
                continue;
            }
            const int status = it->client->status();
            ++statuses[it->kind][status];
            if ((it->kind == Reply || it->kind == LongReply) && status == 200 && !stored.contains(it->id))
                ++repliesAnsweredBeforeStored;
            if (status == 429 && !it->client->answer.contains("Retry-After: 1\r\n"))
                ++missing429Hint;
            it = flights.erase(it);
        }
    }
    QVERIFY2(flights.empty(), "every request came to an end");
    QTest::qWait(50);

    auto only = [&](Kind kind, const QList<int>& allowed) {
        for (auto it = statuses[kind].cbegin(); it != statuses[kind].cend(); ++it) {
            if (!allowed.contains(it.key())) {
                qWarning("kind %d: %d answered %d", int(kind), it.value(), it.key());
                return false;
            }
        }
        return true;
    };
    QVERIFY(only(Reply, {200, 429}));
    QVERIFY(only(LongReply, {200, 429}));
    QVERIFY(only(Report, {200, 429}));
    QVERIFY(only(NoSender, {400, 429}));
    QVERIFY(only(NoToken, {401}));
    QVERIFY(only(WrongToken, {401}));
    QVERIFY(only(Garbage, {400}));
    QVERIFY(statuses[Reply].value(200) > 0);
    QCOMPARE(repliesAnsweredBeforeStored, 0);
    QCOMPARE(missing429Hint, 0);
    QCOMPARE(handedTwice, 0);
    QVERIFY(handed.size() >= statuses[Reply].value(200) + statuses[LongReply].value(200));
    QCOMPARE(m_server->refusedRequests(), qint64(refusedExpected));

    // Still serving afterwards, once the rate's second is over.
    QTest::qWait(1100);
    std::unique_ptr<RawClient> last = start(moRequest(token() + "&from=4915112000001&text=after&id=after"));
    QTRY_VERIFY_WITH_TIMEOUT(last->closed, 10000);
    QCOMPARE(last->status(), 200);
    QVERIFY(stored.contains("after"));
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
