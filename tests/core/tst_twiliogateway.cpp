// The Twilio gateway against a local fake of Twilio's Messages API (faketwilio.h): what each
// answer of Twilio means for the dispatcher, reconciliation through the message list, status polls.

#include "faketwilio.h"

#include "gateways/twiliogateway.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <functional>

using namespace textwell;

namespace {

const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("s3cr3t-T0ken-4f2a9c8e7d6b5a4f3e2d1c0b");
const QString kFrom = QStringLiteral("+15017122661");
const QString kTo = QStringLiteral("+15558675310");
const QString kServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");

// Every line Qt or the gateway logs while the suite runs: the token must never be in it.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    g_log.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

FakeTwilio::Answer answer(int status, const QByteArray& body, const QByteArray& retryAfter = {})
{
    FakeTwilio::Answer a;
    a.status = status;
    a.body = body;
    a.retryAfter = retryAfter;
    return a;
}

QByteArray twilioError(int code, const QString& message, int status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("more_info"),
                                      QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                                     {QStringLiteral("status"), status}})
        .toJson(QJsonDocument::Compact);
}

OutgoingSms sms(const QString& body = QStringLiteral("Spring sale: 20% off. Reply STOP to opt out"))
{
    OutgoingSms message;
    message.messageId = 42;
    message.to = kTo;
    message.body = body;
    message.claimedAt = QDateTime::currentDateTimeUtc();
    return message;
}

// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool containsSecret(const QString& text)
{
    const QByteArray basic = (kAccountSid + QLatin1Char(':') + kToken).toUtf8().toBase64();
    return text.contains(kToken) || text.contains(QString::fromLatin1(basic));
}

} // namespace

Q_DECLARE_METATYPE(SendOutcome::Kind)

class TestTwilioGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void configProblems();
    void defaults();
    void invalidConfigSendsNothing();

    void acceptedWithSid();
    void messagingServiceAndStatusCallback();
    void bodyArrivesByteExact();
    void invalidNumber();
    void carrierOptOut();
    void otherRefusals_data();
    void otherRefusals();
    void wrongToken();
    void rateLimitedThenAccepted();
    void retryAfterAsHttpDate();
    void serverErrors_data();
    void serverErrors();
    void unreadableAnswers_data();
    void unreadableAnswers();
    void slowAnswerIsUnknownThenReconciled();
    void connectionRefused();
    void timeoutBeforeRequestWentOut();

    void lookUpFindsOnSecondPage();
    void lookUpNotFound();
    void lookUpFindsQueuedMessage();
    void lookUpStopsAtOlderPage();
    void lookUpFailedMessage();
    void lookUpListingFails_data();
    void lookUpListingFails();
    void lookUpStaysOnTwilio();

    void pollDeliveriesMapsStatuses();
    void pollDeliveriesIsBounded();

    void fetchRepliesOverPages();
    void fetchRepliesSkipsOutboundAndOlder();
    void fetchRepliesAgainGivesSameSids();
    void fetchRepliesWithMessagingServiceOnly();
    void fetchRepliesFails_data();
    void fetchRepliesFails();
    void fetchRepliesUnreachable();
    void fetchRepliesStaysOnTwilio();
    void fetchRepliesIsBounded();

    void tokenNeverInErrors();

private:
    TwilioGateway::Config config() const;

    std::unique_ptr<FakeTwilio> m_twilio;
};

TwilioGateway::Config TestTwilioGateway::config() const
{
    TwilioGateway::Config c;
    c.baseUrl = m_twilio->baseUrl();
    c.accountSid = kAccountSid;
    c.authToken = kToken;
    c.from = kFrom;
    c.requestTimeoutMs = 5000;
    return c;
}

void TestTwilioGateway::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestTwilioGateway::init()
{
    m_twilio = std::make_unique<FakeTwilio>(kAccountSid, kToken);
    QVERIFY(m_twilio->isListening());
}

void TestTwilioGateway::cleanup()
{
    m_twilio.reset();
    Clock::setInstance(nullptr);
}

void TestTwilioGateway::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!containsSecret(line), qPrintable(line));
}

void TestTwilioGateway::configProblems()
{
    const TwilioGateway::Config good = config();
    QVERIFY2(TwilioGateway::configProblem(good).isEmpty(), qPrintable(TwilioGateway::configProblem(good)));

    const auto problem = [&](const std::function<void(TwilioGateway::Config&)>& change) {
        TwilioGateway::Config c = good;
        change(c);
        return TwilioGateway::configProblem(c);
    };
    QVERIFY(problem([](auto& c) { c.accountSid.clear(); }).contains(QLatin1String("Account SID")));
    QVERIFY(problem([](auto& c) {
                c.accountSid = QStringLiteral("SK0123456789abcdef0123456789abcdef");
            }).contains(QLatin1String("AC")));
    QVERIFY(!problem([](auto& c) { c.accountSid = QStringLiteral("AC123"); }).isEmpty());
    QVERIFY(problem([](auto& c) { c.authToken.clear(); }).contains(QLatin1String("auth token")));
    QVERIFY(problem([](auto& c) { c.from.clear(); }).contains(QLatin1String("sender")));
    QVERIFY(!problem([](auto& c) { c.from = QStringLiteral("15017122661x"); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.from = QStringLiteral("WayTooLongSender"); }).isEmpty());
    QVERIFY(problem([](auto& c) { c.from = QStringLiteral("Textwell"); }).isEmpty());
    QVERIFY(problem([](auto& c) { c.from = QStringLiteral("24680"); }).isEmpty()); // short code
    QVERIFY(problem([](auto& c) {
                c.from.clear();
                c.messagingServiceSid = kServiceSid;
            }).isEmpty());
    QVERIFY(problem([](auto& c) {
                c.messagingServiceSid = QStringLiteral("PN123");
            }).contains(QLatin1String("MG")));
    // The token may only travel encrypted, except to this computer (the tests' fake).
    QVERIFY(problem([](auto& c) {
                c.baseUrl = QUrl(QStringLiteral("http://api.twilio.com"));
            }).contains(QLatin1String("https")));
    QVERIFY(problem([](auto& c) { c.baseUrl = QUrl(QStringLiteral("https://api.twilio.com")); }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.baseUrl = QUrl(QStringLiteral("ftp://api.twilio.com")); }).isEmpty());
    QVERIFY(problem([](auto& c) {
                c.statusCallbackUrl = QUrl(QStringLiteral("https://my_host.example/cb"));
            }).contains(QLatin1String("underscore")));
    QVERIFY(!problem([](auto& c) { c.requestTimeoutMs = 0; }).isEmpty());
    QVERIFY(!problem([](auto& c) { c.maxRate = -1; }).isEmpty());
}

void TestTwilioGateway::defaults()
{
    const TwilioGateway::Config c;
    QCOMPARE(c.baseUrl, QUrl(QStringLiteral("https://api.twilio.com")));
    QCOMPARE(c.requestTimeoutMs, 15000);
    TwilioGateway gateway(config());
    QVERIFY(gateway.canLookUp());
    QCOMPARE(gateway.maxRate(), 1.0);
    TwilioGateway::Config faster = config();
    faster.maxRate = 2.5;
    QCOMPARE(TwilioGateway(faster).maxRate(), 2.5);
}

void TestTwilioGateway::invalidConfigSendsNothing()
{
    TwilioGateway::Config c = config();
    c.authToken.clear();
    TwilioGateway gateway(c);
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
    QCOMPARE(outcome.effect, SendOutcome::Effect::Unauthorized); // the whole campaign stops
    QVERIFY(outcome.error.contains(QLatin1String("auth token")));
    QVERIFY(!gateway.lookUp(sms()).has_value());
    QVERIFY(gateway.pollDeliveries({QStringLiteral("SM1")}).isEmpty());
    QVERIFY(m_twilio->requests().isEmpty());
}

void TestTwilioGateway::acceptedWithSid()
{
    TwilioGateway gateway(config());
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Accepted);
    QCOMPARE(m_twilio->createdSids().size(), 1);
    QCOMPARE(outcome.providerId, m_twilio->createdSids().first());
    QVERIFY(outcome.error.isEmpty());

    const auto requests = m_twilio->requests();
    QCOMPARE(requests.size(), 1);
    const FakeTwilio::Request& r = requests.first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccountSid));
    QCOMPARE(r.authorization, "Basic " + (kAccountSid + QLatin1Char(':') + kToken).toUtf8().toBase64());
    QCOMPARE(r.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.form.value(QStringLiteral("To")), kTo); // "%2B", not a '+' read as a space
    QCOMPARE(r.form.value(QStringLiteral("From")), kFrom);
    QCOMPARE(r.form.value(QStringLiteral("Body")), sms().body);
    QVERIFY(!r.form.contains(QStringLiteral("MessagingServiceSid")));
    QVERIFY(!r.form.contains(QStringLiteral("StatusCallback")));

    // The connection is kept for the next message.
    QCOMPARE(gateway.send(sms()).kind, SendOutcome::Kind::Accepted);
    QCOMPARE(m_twilio->createdSids().size(), 2);
}

void TestTwilioGateway::messagingServiceAndStatusCallback()
{
    TwilioGateway::Config c = config();
    c.from.clear();
    c.messagingServiceSid = kServiceSid;
    c.statusCallbackUrl = QUrl(QStringLiteral("https://hooks.example.com/twilio/status?token=abc123"));
    TwilioGateway gateway(c);
    QCOMPARE(gateway.send(sms()).kind, SendOutcome::Kind::Accepted);

    const FakeTwilio::Request r = m_twilio->requests().first();
    QCOMPARE(r.form.value(QStringLiteral("MessagingServiceSid")), kServiceSid);
    QVERIFY(!r.form.contains(QStringLiteral("From")));
    QCOMPARE(r.form.value(QStringLiteral("StatusCallback")),
             QStringLiteral("https://hooks.example.com/twilio/status?token=abc123&message=42"));
}

void TestTwilioGateway::bodyArrivesByteExact()
{
    const QString body = QStringLiteral("Привет, Анна! 🎉 Tom & Jerry: 1+1=2, 100% off\n"
                                        "a+b%2B=c&Body=x ?#") +
                         QChar(0x00A0) + QStringLiteral("👨‍👩‍👧");
    TwilioGateway gateway(config());
    QCOMPARE(gateway.send(sms(body)).kind, SendOutcome::Kind::Accepted);

    const FakeTwilio::Request r = m_twilio->requests().first();
    QCOMPARE(r.form.value(QStringLiteral("Body")), body);
    QCOMPARE(r.form.size(), 3); // the '&' and '=' inside the body made no fields of their own

    // The raw bytes too: percent-decoding the Body field gives the UTF-8 of the text exactly.
    const QList<QByteArray> fields = r.body.split('&');
    QByteArray rawBody;
    for (const QByteArray& field : fields) {
        if (field.startsWith("Body="))
            rawBody = field.mid(5);
    }
    QVERIFY(rawBody.contains("%2B") && rawBody.contains("%26") && rawBody.contains("%25"));
    QCOMPARE(QByteArray::fromPercentEncoding(QByteArray(rawBody).replace('+', ' ')), body.toUtf8());
    // Only ASCII goes on the wire.
    for (char ch : r.body)
        QVERIFY(static_cast<unsigned char>(ch) < 0x80);
    // And the fake stored what Twilio would have stored.
    OutgoingSms again = sms(body);
    const std::optional<SendOutcome> found = gateway.lookUp(again);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Accepted);
}

void TestTwilioGateway::invalidNumber()
{
    m_twilio->queueSendAnswer(answer(
        400, twilioError(21211, QStringLiteral("The 'To' number +15558675310 is not a valid phone number."),
                         400)));
    TwilioGateway gateway(config());
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
    QCOMPARE(outcome.effect, SendOutcome::Effect::InvalidNumber);
    QCOMPARE(outcome.errorCode, QStringLiteral("21211"));
    QVERIFY(outcome.error.contains(QLatin1String("is not a valid phone number")));
    QVERIFY(outcome.providerId.isEmpty());
}

void TestTwilioGateway::carrierOptOut()
{
    m_twilio->queueSendAnswer(
        answer(400, twilioError(21610, QStringLiteral("Attempt to send to unsubscribed recipient"), 400)));
    TwilioGateway gateway(config());
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
    QCOMPARE(outcome.effect, SendOutcome::Effect::CarrierOptOut);
    QCOMPARE(outcome.errorCode, QStringLiteral("21610"));
    QVERIFY(outcome.error.contains(QLatin1String("STOP")));
}

void TestTwilioGateway::otherRefusals_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("advice"); // what the text tells the user to do, beyond Twilio's words

    QTest::newRow("21614 not mobile")
        << 400 << 21614 << QStringLiteral("'To' number is not a valid mobile number")
        << QStringLiteral("mobile number");
    QTest::newRow("21612 unroutable")
        << 400 << 21612 << QStringLiteral("The 'To' phone number is not currently reachable") << QString();
    QTest::newRow("21635 landline") << 400 << 21635 << QStringLiteral("'To' number cannot be a landline")
                                    << QString();
    QTest::newRow("21408 region") << 400 << 21408
                                  << QStringLiteral("Permission to send an SMS has not been enabled for the "
                                                    "region indicated by the 'To' number")
                                  << QStringLiteral("geo permissions");
    QTest::newRow("21606 sender") << 400 << 21606
                                  << QStringLiteral("The 'From' phone number provided is not a valid message-"
                                                    "capable Twilio phone number")
                                  << QStringLiteral("Settings");
    QTest::newRow("21608 trial") << 400 << 21608
                                 << QStringLiteral("The number is unverified. Trial accounts cannot send "
                                                   "messages to unverified numbers")
                                 << QStringLiteral("verify");
    QTest::newRow("404 other") << 404 << 20404 << QStringLiteral("The requested resource was not found")
                               << QString();
}

void TestTwilioGateway::otherRefusals()
{
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, advice);
    m_twilio->queueSendAnswer(answer(status, twilioError(code, message, status)));
    TwilioGateway gateway(config());
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
    QCOMPARE(outcome.effect, SendOutcome::Effect::None);
    QCOMPARE(outcome.errorCode, QString::number(code));
    QVERIFY2(outcome.error.contains(message), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(advice), qPrintable(outcome.error));
}

void TestTwilioGateway::wrongToken()
{
    TwilioGateway::Config c = config();
    c.authToken = QStringLiteral("wrong-token-0000000000000000000000");
    TwilioGateway gateway(c);
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
    QCOMPARE(outcome.effect, SendOutcome::Effect::Unauthorized);
    QCOMPARE(outcome.errorCode, QStringLiteral("20003"));
    QVERIFY(outcome.error.contains(QLatin1String("Account SID")));
    QVERIFY(outcome.error.contains(QLatin1String("auth token")));
    QVERIFY(outcome.error.contains(QLatin1String("Settings")));
    QVERIFY(!outcome.error.contains(c.authToken));
    QVERIFY(m_twilio->createdSids().isEmpty());

    // A 401 without Twilio's body means the same.
    m_twilio->queueSendAnswer(answer(401, "Unauthorized"));
    const SendOutcome bare = TwilioGateway(config()).send(sms());
    QCOMPARE(bare.effect, SendOutcome::Effect::Unauthorized);
    QCOMPARE(bare.errorCode, QStringLiteral("http-401"));
}

void TestTwilioGateway::rateLimitedThenAccepted()
{
    m_twilio->queueSendAnswer(answer(429, twilioError(20429, QStringLiteral("Too Many Requests"), 429), "7"));
    m_twilio->queueSendAnswer(answer(429, twilioError(20429, QStringLiteral("Too Many Requests"), 429)));
    TwilioGateway gateway(config());

    const SendOutcome first = gateway.send(sms());
    QCOMPARE(first.kind, SendOutcome::Kind::Retry);
    QCOMPARE(first.errorCode, QStringLiteral("20429"));
    QCOMPARE(first.retryAfterSeconds, 7);
    QVERIFY(!first.error.isEmpty());

    const SendOutcome second = gateway.send(sms());
    QCOMPARE(second.kind, SendOutcome::Kind::Retry);
    QCOMPARE(second.retryAfterSeconds, 0); // no header: the dispatcher's own backoff

    const SendOutcome third = gateway.send(sms());
    QCOMPARE(third.kind, SendOutcome::Kind::Accepted);
    QCOMPARE(m_twilio->createdSids().size(), 1);
    QCOMPARE(third.providerId, m_twilio->createdSids().first());
}

void TestTwilioGateway::retryAfterAsHttpDate()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    Clock::setInstance(&clock);
    m_twilio->queueSendAnswer(answer(503, "{}", "Mon, 02 Mar 2026 10:01:30 GMT"));
    m_twilio->queueSendAnswer(answer(429, "{}", "86400000")); // absurd: capped
    TwilioGateway gateway(config());
    const SendOutcome dated = gateway.send(sms());
    QCOMPARE(dated.kind, SendOutcome::Kind::Retry);
    QCOMPARE(dated.retryAfterSeconds, 90);
    const SendOutcome capped = gateway.send(sms());
    QCOMPARE(capped.kind, SendOutcome::Kind::Retry);
    QCOMPARE(capped.retryAfterSeconds, 3600);
}

void TestTwilioGateway::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    QTest::newRow("500 twilio") << 500 << twilioError(20500, QStringLiteral("Internal Server Error"), 500)
                                << QStringLiteral("20500");
    QTest::newRow("503 twilio") << 503 << twilioError(20503, QStringLiteral("Service Unavailable"), 503)
                                << QStringLiteral("20503");
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << QStringLiteral("http-502");
    QTest::newRow("500 malformed") << 500 << QByteArray("{\"code\": 20500, \"mess")
                                   << QStringLiteral("http-500");
}

void TestTwilioGateway::serverErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    m_twilio->queueSendAnswer(answer(status, body));
    TwilioGateway gateway(config());
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Retry);
    QCOMPARE(outcome.effect, SendOutcome::Effect::None);
    QCOMPARE(outcome.errorCode, code);
    if (code.startsWith(QLatin1String("http-"))) // without Twilio's words, the status tells what happened
        QVERIFY2(outcome.error.contains(QString::number(status)), qPrintable(outcome.error));
}

void TestTwilioGateway::unreadableAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SendOutcome::Kind>("kind");
    QTest::addColumn<QString>("code");

    // Twilio may have created the message: only lookUp() can tell.
    QTest::newRow("201 malformed") << 201 << QByteArray("{\"sid\": \"SM12") << SendOutcome::Kind::Unknown
                                   << QStringLiteral("http-201");
    QTest::newRow("201 without sid") << 201 << QByteArray("{\"status\": \"queued\"}")
                                     << SendOutcome::Kind::Unknown << QStringLiteral("http-201");
    QTest::newRow("200 array") << 200 << QByteArray("[]") << SendOutcome::Kind::Unknown
                               << QStringLiteral("http-200");
    // A refusal is a refusal even when its reason cannot be read.
    QTest::newRow("400 malformed") << 400 << QByteArray("<error/>") << SendOutcome::Kind::Permanent
                                   << QStringLiteral("http-400");
    QTest::newRow("302 redirect") << 302 << QByteArray() << SendOutcome::Kind::Permanent
                                  << QStringLiteral("http-302");
}

void TestTwilioGateway::unreadableAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(SendOutcome::Kind, kind);
    QFETCH(QString, code);
    m_twilio->queueSendAnswer(answer(status, body));
    TwilioGateway gateway(config());
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.errorCode, code);
    QVERIFY(outcome.providerId.isEmpty());
    QVERIFY2(outcome.error.contains(QString::number(status)), qPrintable(outcome.error));
}

void TestTwilioGateway::slowAnswerIsUnknownThenReconciled()
{
    // Twilio creates the message, but its answer comes after the gateway stopped waiting.
    FakeTwilio::Answer slow = answer(201, "{\"sid\": \"SMlate\"}");
    slow.delayMs = 1500;
    slow.createMessage = true;
    m_twilio->queueSendAnswer(slow);

    TwilioGateway::Config c = config();
    c.requestTimeoutMs = 300;
    TwilioGateway gateway(c);
    OutgoingSms message = sms();
    QElapsedTimer timer;
    timer.start();
    const SendOutcome outcome = gateway.send(message);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(outcome.kind, SendOutcome::Kind::Unknown);
    QCOMPARE(outcome.errorCode, QStringLiteral("timeout"));
    QVERIFY2(elapsed >= 250 && elapsed < 1200, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_twilio->createdSids().size(), 1);

    // Reconciliation finds it (once the server thread is free again) and must not resend it.
    c.requestTimeoutMs = 5000;
    TwilioGateway later(c);
    const std::optional<SendOutcome> found = later.lookUp(message);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Accepted);
    QCOMPARE(found->providerId, m_twilio->createdSids().first());
}

void TestTwilioGateway::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    TwilioGateway::Config c = config();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    TwilioGateway gateway(c);
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Retry); // nothing was sent
    QCOMPARE(outcome.errorCode, QStringLiteral("connection-refused"));
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(!gateway.lookUp(sms()).has_value());
    QVERIFY(gateway.pollDeliveries({QStringLiteral("SM1"), QStringLiteral("SM2")}).isEmpty());
}

void TestTwilioGateway::timeoutBeforeRequestWentOut()
{
    // A server that takes the TCP connection but never answers the TLS handshake: the request
    // itself never leaves, so a timeout here is safe to retry.
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    TwilioGateway::Config c = config();
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));
    c.requestTimeoutMs = 300;
    TwilioGateway gateway(c);
    const SendOutcome outcome = gateway.send(sms());
    QCOMPARE(outcome.kind, SendOutcome::Kind::Retry);
    QCOMPARE(outcome.errorCode, QStringLiteral("timeout"));
}

void TestTwilioGateway::lookUpFindsOnSecondPage()
{
    const OutgoingSms message = sms();
    const QDateTime claimed = message.claimedAt;
    m_twilio->setListPageSize(2);
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMours"), kTo, message.body,
                                             claimed.addSecs(-60), QStringLiteral("delivered")));
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMnewer1"), kTo, QStringLiteral("Another text"),
                                             claimed.addSecs(30), QStringLiteral("sent")));
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMnewer2"), kTo, QStringLiteral("Yet another"),
                                             claimed.addSecs(20), QStringLiteral("sent")));
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMelse"), QStringLiteral("+15550001111"),
                                             message.body, claimed, QStringLiteral("sent")));

    TwilioGateway gateway(config());
    const std::optional<SendOutcome> found = gateway.lookUp(message);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Accepted);
    QCOMPARE(found->providerId, QStringLiteral("SMours"));

    const auto requests = m_twilio->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccountSid));
    // By recipient only: a queued message has no date_sent, and a DateSent filter would hide it.
    QCOMPARE(requests.at(0).rawQuery, QByteArray("To=%2B15558675310&PageSize=1000"));
    QCOMPARE(requests.at(0).query.value(QStringLiteral("To")), kTo);
    // The second page is next_page_uri as given, on the same server.
    QCOMPARE(requests.at(1).path, requests.at(0).path);
    QCOMPARE(requests.at(1).query.value(QStringLiteral("Page")), QStringLiteral("1"));
    QVERIFY(requests.at(1).query.contains(QStringLiteral("PageToken")));
    QCOMPARE(requests.at(1).authorization, requests.at(0).authorization);
}

void TestTwilioGateway::lookUpNotFound()
{
    const OutgoingSms message = sms();
    m_twilio->setListPageSize(1);
    // Same text, but created long before the claim: an earlier campaign, not this send.
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMold"), kTo, message.body,
                                             message.claimedAt.addSecs(-3600), QStringLiteral("delivered")));
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMother"), kTo, QStringLiteral("Other text"),
                                             message.claimedAt, QStringLiteral("sent")));

    TwilioGateway gateway(config());
    const std::optional<SendOutcome> found = gateway.lookUp(message);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Retry); // Twilio never took it: safe to send again
    QVERIFY(found->providerId.isEmpty());
    QCOMPARE(m_twilio->requests().size(), 2); // read to the end of the listing

    // Nothing at all for the number.
    OutgoingSms other = message;
    other.to = QStringLiteral("+15550009999");
    const std::optional<SendOutcome> none = gateway.lookUp(other);
    QVERIFY(none.has_value());
    QCOMPARE(none->kind, SendOutcome::Kind::Retry);
}

void TestTwilioGateway::lookUpFindsQueuedMessage()
{
    // Still queued at Twilio: no date_sent yet. It was taken, so it must not be sent again.
    const OutgoingSms message = sms();
    QJsonObject queued = FakeTwilio::message(QStringLiteral("SMqueued"), kTo, message.body,
                                             message.claimedAt.addSecs(2), QStringLiteral("queued"));
    queued.insert(QStringLiteral("date_sent"), QJsonValue::Null);
    m_twilio->addMessage(queued);
    TwilioGateway gateway(config());
    const std::optional<SendOutcome> found = gateway.lookUp(message);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Accepted);
    QCOMPARE(found->providerId, QStringLiteral("SMqueued"));
}

void TestTwilioGateway::lookUpStopsAtOlderPage()
{
    // Newest first: a page wholly older than the claim ends the search, however long the history.
    const OutgoingSms message = sms();
    m_twilio->setListPageSize(1);
    for (int i = 1; i <= 5; ++i)
        m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMold%1").arg(i), kTo, QStringLiteral("Old"),
                                                 message.claimedAt.addDays(-i), QStringLiteral("delivered")));
    TwilioGateway gateway(config());
    const std::optional<SendOutcome> found = gateway.lookUp(message);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Retry);
    QCOMPARE(m_twilio->requests().size(), 1);
}

void TestTwilioGateway::lookUpFailedMessage()
{
    const OutgoingSms message = sms();
    QJsonObject failed = FakeTwilio::message(QStringLiteral("SMfailed"), kTo, message.body, message.claimedAt,
                                             QStringLiteral("failed"));
    failed.insert(QStringLiteral("error_code"), 30007);
    failed.insert(QStringLiteral("error_message"), QStringLiteral("Message filtered"));
    m_twilio->addMessage(failed);

    TwilioGateway gateway(config());
    const std::optional<SendOutcome> found = gateway.lookUp(message);
    QVERIFY(found.has_value());
    QCOMPARE(found->kind, SendOutcome::Kind::Permanent);
    QCOMPARE(found->providerId, QStringLiteral("SMfailed"));
    QCOMPARE(found->errorCode, QStringLiteral("30007"));
    QVERIFY(found->error.contains(QLatin1String("Message filtered")));
}

void TestTwilioGateway::lookUpListingFails_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("page 2: 500") << 1 << 500
                                 << twilioError(20500, QStringLiteral("Internal Server Error"), 500);
    QTest::newRow("page 2: 429") << 1 << 429 << twilioError(20429, QStringLiteral("Too Many Requests"), 429);
    QTest::newRow("page 2: malformed") << 1 << 200 << QByteArray("{\"messages\": [");
    QTest::newRow("page 1: no messages array") << 0 << 200 << QByteArray("{\"next_page_uri\": null}");
    QTest::newRow("page 1: 401") << 0 << 401 << twilioError(20003, QStringLiteral("Authenticate"), 401);
}

void TestTwilioGateway::lookUpListingFails()
{
    QFETCH(int, page);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const OutgoingSms message = sms();
    m_twilio->setListPageSize(1);
    for (int i = 0; i < 3; ++i)
        m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMx%1").arg(i), kTo, QStringLiteral("Other"),
                                                 message.claimedAt.addSecs(i), QStringLiteral("sent")));
    m_twilio->setListPageAnswer(page, answer(status, body));

    TwilioGateway gateway(config());
    QVERIFY(!gateway.lookUp(message).has_value()); // cannot tell (yet)
    QCOMPARE(m_twilio->requests().size(), page + 1);
}

void TestTwilioGateway::lookUpStaysOnTwilio()
{
    // A next_page_uri pointing elsewhere is not followed: the credentials would go with it.
    const QByteArray page =
        "{\"messages\": [], \"next_page_uri\": \"http://evil.example/2010-04-01/x.json\"}";
    m_twilio->setListPageAnswer(0, answer(200, page));
    TwilioGateway gateway(config());
    QVERIFY(!gateway.lookUp(sms()).has_value());
    QCOMPARE(m_twilio->requests().size(), 1);

    // Nor is a message without a readable date taken as "not sent".
    QJsonObject undated =
        FakeTwilio::message(QStringLiteral("SMundated"), kTo, sms().body, QDateTime::currentDateTimeUtc());
    undated.insert(QStringLiteral("date_created"), QStringLiteral("soon"));
    const QByteArray odd = QJsonDocument(QJsonObject{{QStringLiteral("messages"), QJsonArray{undated}},
                                                     {QStringLiteral("next_page_uri"), QJsonValue()}})
                               .toJson();
    m_twilio->setListPageAnswer(0, answer(200, odd));
    QVERIFY(!gateway.lookUp(sms()).has_value());
}

void TestTwilioGateway::pollDeliveriesMapsStatuses()
{
    const QDateTime created(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const auto add = [&](const QString& sid, const QString& status, const QJsonValue& code = {},
                         const QJsonValue& text = {}) {
        QJsonObject m = FakeTwilio::message(sid, kTo, QStringLiteral("Hi"), created, status);
        m.insert(QStringLiteral("error_code"), code);
        m.insert(QStringLiteral("error_message"), text);
        m_twilio->addMessage(m);
    };
    add(QStringLiteral("SMqueued"), QStringLiteral("queued"));
    add(QStringLiteral("SMsent"), QStringLiteral("sent"));
    add(QStringLiteral("SMsending"), QStringLiteral("sending"));
    add(QStringLiteral("SMdelivered"), QStringLiteral("delivered"));
    add(QStringLiteral("SMaccepted"), QStringLiteral("accepted"));
    add(QStringLiteral("SMundelivered"), QStringLiteral("undelivered"), 30003,
        QStringLiteral("Unreachable destination handset"));
    add(QStringLiteral("SMfailed"), QStringLiteral("failed"), 30007);
    m_twilio->setFetchAnswer(QStringLiteral("SMgarbled"), answer(200, "{\"status\": \"deliv"));

    TwilioGateway gateway(config());
    const QVector<DeliveryUpdate> updates = gateway.pollDeliveries(
        {QStringLiteral("SMqueued"), QStringLiteral("SMsent"), QStringLiteral("SMgarbled"),
         QStringLiteral("SMsending"), QStringLiteral("SMmissing"), QStringLiteral("SMdelivered"),
         QStringLiteral("SMaccepted"), QStringLiteral("SMundelivered"), QStringLiteral("SMfailed")});

    QCOMPARE(m_twilio->requests().size(), 9); // the unreadable and the unknown ones did not stop it
    QCOMPARE(m_twilio->requests().at(1).path,
             QStringLiteral("/2010-04-01/Accounts/%1/Messages/SMsent.json").arg(kAccountSid));
    QCOMPARE(updates.size(), 4);
    QCOMPARE(updates.at(0).providerId, QStringLiteral("SMsent"));
    QCOMPARE(updates.at(0).state, DeliveryUpdate::State::Submitted);
    QCOMPARE(updates.at(0).at, created.addSecs(5)); // date_updated
    QCOMPARE(updates.at(1).providerId, QStringLiteral("SMdelivered"));
    QCOMPARE(updates.at(1).state, DeliveryUpdate::State::Delivered);
    QVERIFY(updates.at(1).errorCode.isEmpty());
    QCOMPARE(updates.at(2).providerId, QStringLiteral("SMundelivered"));
    QCOMPARE(updates.at(2).state, DeliveryUpdate::State::Undelivered);
    QCOMPARE(updates.at(2).errorCode, QStringLiteral("30003"));
    QCOMPARE(updates.at(2).error, QStringLiteral("Unreachable destination handset"));
    QCOMPARE(updates.at(3).providerId, QStringLiteral("SMfailed"));
    QCOMPARE(updates.at(3).state, DeliveryUpdate::State::Undelivered);
    QCOMPARE(updates.at(3).errorCode, QStringLiteral("30007"));
    QVERIFY(updates.at(3).error.contains(QLatin1String("30007")));
    for (const DeliveryUpdate& u : updates)
        QCOMPARE(u.messageId, 0);
}

void TestTwilioGateway::pollDeliveriesIsBounded()
{
    QVector<QString> sids;
    for (int i = 0; i < 150; ++i)
        sids.append(QStringLiteral("SM%1").arg(i, 32, 16, QLatin1Char('0')));
    TwilioGateway gateway(config());
    QVERIFY(gateway.pollDeliveries(sids).isEmpty()); // all unknown to Twilio: 404s
    QCOMPARE(m_twilio->requests().size(), TwilioGateway::MaxPollsPerCall);
}

void TestTwilioGateway::fetchRepliesOverPages()
{
    const QDateTime since(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_twilio->setListPageSize(2);
    const QString a = m_twilio->addInbound(kTo, kFrom, QStringLiteral("Yes"), since.addSecs(600));
    const QString c = m_twilio->addInbound(QStringLiteral("+15550001111"), kFrom,
                                           QStringLiteral("1+1=2 & Привет 🎉"), since.addSecs(1800));
    const QString b = m_twilio->addInbound(kTo, kFrom, QStringLiteral("STOP"), since.addSecs(1200));
    const QString e = m_twilio->addInbound(kTo, kFrom, QStringLiteral("Later"), since.addDays(1));
    const QString d = m_twilio->addInbound(kTo, kFrom, QStringLiteral("Again"), since.addSecs(3600));
    // To another of the account's numbers: not ours to fetch.
    m_twilio->addInbound(kTo, QStringLiteral("+15017122662"), QStringLiteral("Wrong number"),
                         since.addSecs(900));

    TwilioGateway gateway(config());
    QVERIFY(gateway.canFetchReplies());
    const Result<QVector<IncomingReply>> result = gateway.fetchReplies(since);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QVector<IncomingReply>& replies = result.value();

    QVector<QString> sids;
    for (const IncomingReply& reply : replies) {
        sids.append(reply.sourceId);
        QCOMPARE(reply.source, QStringLiteral("twilio"));
        QCOMPARE(reply.receivedAt.timeSpec(), Qt::UTC);
    }
    QCOMPARE(sids, (QVector<QString>{a, b, c, d, e})); // oldest first
    QCOMPARE(replies.at(0).from, kTo);
    QCOMPARE(replies.at(0).body, QStringLiteral("Yes"));
    QCOMPARE(replies.at(0).receivedAt, since.addSecs(600));
    QCOMPARE(replies.at(2).from, QStringLiteral("+15550001111"));
    QCOMPARE(replies.at(2).body, QStringLiteral("1+1=2 & Привет 🎉"));
    QCOMPARE(replies.at(4).receivedAt, since.addDays(1));

    // Three pages of two: next_page_uri followed on the configured server with the same credentials.
    const auto requests = m_twilio->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccountSid));
    QCOMPARE(requests.at(0).rawQuery, QByteArray("To=%2B15017122661&DateSent%3E=2026-03-02&PageSize=1000"));
    QCOMPARE(requests.at(0).query.value(QStringLiteral("To")), kFrom);
    QCOMPARE(requests.at(0).query.value(QStringLiteral("DateSent>")), QStringLiteral("2026-03-02"));
    for (int i = 1; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i).path, requests.at(0).path);
        QCOMPARE(requests.at(i).query.value(QStringLiteral("Page")), QString::number(i));
        QVERIFY(requests.at(i).query.contains(QStringLiteral("PageToken")));
        QCOMPARE(requests.at(i).query.value(QStringLiteral("To")), kFrom);
        QCOMPARE(requests.at(i).query.value(QStringLiteral("DateSent>")), QStringLiteral("2026-03-02"));
        QCOMPARE(requests.at(i).authorization, requests.at(0).authorization);
    }
}

void TestTwilioGateway::fetchRepliesSkipsOutboundAndOlder()
{
    // Twilio filters by day only: the time of `since` is the gateway's to check.
    const QDateTime since(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    m_twilio->setListPageSize(1);
    m_twilio->addInbound(kTo, kFrom, QStringLiteral("Yesterday"), since.addDays(-1));
    m_twilio->addInbound(kTo, kFrom, QStringLiteral("This morning"), since.addSecs(-3600));
    m_twilio->addInbound(kTo, kFrom, QStringLiteral("Just before"), since.addSecs(-1));
    const QString atNoon = m_twilio->addInbound(kTo, kFrom, QStringLiteral("At noon"), since);
    // Without date_sent the creation date counts.
    QJsonObject undated =
        FakeTwilio::message(QStringLiteral("SMundated"), kFrom, QStringLiteral("No date_sent"),
                            since.addSecs(600), QStringLiteral("received"));
    undated.insert(QStringLiteral("direction"), QStringLiteral("inbound"));
    undated.insert(QStringLiteral("from"), kTo);
    undated.insert(QStringLiteral("date_sent"), QJsonValue::Null);
    m_twilio->addMessage(undated);
    // Messages the account sent to its own number are listed too, and are no replies.
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMoutbound"), kFrom, QStringLiteral("Our own"),
                                             since.addSecs(1800), QStringLiteral("delivered")));
    QJsonObject autoReply =
        FakeTwilio::message(QStringLiteral("SMautoreply"), kFrom, QStringLiteral("Auto reply"),
                            since.addSecs(1900), QStringLiteral("sent"));
    autoReply.insert(QStringLiteral("direction"), QStringLiteral("outbound-reply"));
    m_twilio->addMessage(autoReply);

    TwilioGateway gateway(config());
    const Result<QVector<IncomingReply>> result = gateway.fetchReplies(since);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value().at(0).sourceId, atNoon); // ">= since": the same second counts
    QCOMPARE(result.value().at(1).sourceId, QStringLiteral("SMundated"));
    QCOMPARE(result.value().at(1).receivedAt, since.addSecs(600));

    // One message per page, newest first: the page "Just before" is wholly older than `since`, so
    // "This morning" is not asked for, and "Yesterday" was never listed (DateSent>=).
    const auto requests = m_twilio->requests();
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests.first().query.value(QStringLiteral("DateSent>")), QStringLiteral("2026-03-02"));

    // `since` in another time zone means the same instant; its GMT day is asked for.
    const Result<QVector<IncomingReply>> zoned =
        gateway.fetchReplies(since.toOffsetFromUtc(-13 * 3600)); // 2026-03-01 23:00 at UTC-13
    QVERIFY2(zoned.ok(), qPrintable(zoned.error()));
    QCOMPARE(zoned.value().size(), 2);
    QCOMPARE(m_twilio->requests().at(5).query.value(QStringLiteral("DateSent>")),
             QStringLiteral("2026-03-02"));

    // Without a `since`: every reply Twilio keeps, and no date filter.
    const Result<QVector<IncomingReply>> all = gateway.fetchReplies(QDateTime());
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all.value().size(), 5);
    QCOMPARE(all.value().first().body, QStringLiteral("Yesterday"));
    QVERIFY(!m_twilio->requests().last().query.contains(QStringLiteral("DateSent>")));
}

void TestTwilioGateway::fetchRepliesAgainGivesSameSids()
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_twilio->setListPageSize(2);
    for (int i = 0; i < 3; ++i)
        m_twilio->addInbound(kTo, kFrom, QStringLiteral("Reply %1").arg(i), since.addSecs(60 * (i + 1)));

    const auto sidsOf = [](const Result<QVector<IncomingReply>>& result) {
        QVector<QString> sids;
        for (const IncomingReply& reply : result.value())
            sids.append(reply.sourceId);
        return sids;
    };
    TwilioGateway gateway(config());
    const Result<QVector<IncomingReply>> first = gateway.fetchReplies(since);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value().size(), 3);
    const Result<QVector<IncomingReply>> second = gateway.fetchReplies(since);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(sidsOf(second), sidsOf(first));
    for (const QString& sid : sidsOf(first))
        QVERIFY(sid.startsWith(QLatin1String("SM")));

    // A new reply comes after the ones already seen; those keep their sids.
    const QString later = m_twilio->addInbound(kTo, kFrom, QStringLiteral("One more"), since.addSecs(600));
    const Result<QVector<IncomingReply>> third = TwilioGateway(config()).fetchReplies(since);
    QVERIFY2(third.ok(), qPrintable(third.error()));
    QCOMPARE(sidsOf(third), sidsOf(first) + QVector<QString>{later});
}

void TestTwilioGateway::fetchRepliesWithMessagingServiceOnly()
{
    // The service picks the sender from its pool: replies come to any of its numbers.
    const QDateTime since(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QString one = m_twilio->addInbound(kTo, kFrom, QStringLiteral("To the first"), since.addSecs(60));
    const QString two = m_twilio->addInbound(kTo, QStringLiteral("+15017122662"),
                                             QStringLiteral("To the second"), since.addSecs(120));
    m_twilio->addMessage(FakeTwilio::message(QStringLiteral("SMcampaign"), kTo, QStringLiteral("Spring sale"),
                                             since.addSecs(30), QStringLiteral("delivered")));

    TwilioGateway::Config c = config();
    c.from.clear();
    c.messagingServiceSid = kServiceSid;
    TwilioGateway gateway(c);
    const Result<QVector<IncomingReply>> result = gateway.fetchReplies(since);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().size(), 2);
    QCOMPARE(result.value().at(0).sourceId, one);
    QCOMPARE(result.value().at(1).sourceId, two);

    const auto requests = m_twilio->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().rawQuery, QByteArray("DateSent%3E=2026-03-02&PageSize=1000"));
    QVERIFY(!requests.first().query.contains(QStringLiteral("To")));
}

void TestTwilioGateway::fetchRepliesFails_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions"); // what the message must name

    QTest::newRow("page 1: 500") << 0 << 500
                                 << twilioError(20500, QStringLiteral("Internal Server Error"), 500)
                                 << QStringLiteral("Internal Server Error");
    QTest::newRow("page 2: 500 html") << 1 << 500 << QByteArray("<html>oops</html>") << QStringLiteral("500");
    QTest::newRow("page 2: 503 bare") << 1 << 503 << QByteArray() << QStringLiteral("503");
    QTest::newRow("page 2: malformed")
        << 1 << 200 << QByteArray("{\"messages\": [") << QStringLiteral("read");
    QTest::newRow("page 1: array") << 0 << 200 << QByteArray("[]") << QStringLiteral("read");
    QTest::newRow("page 1: no messages")
        << 0 << 200 << QByteArray("{\"next_page_uri\": null}") << QStringLiteral("read");
    QTest::newRow("page 1: 401") << 0 << 401 << twilioError(20003, QStringLiteral("Authenticate"), 401)
                                 << QStringLiteral("auth token");
    QTest::newRow("page 1: 429") << 0 << 429 << twilioError(20429, QStringLiteral("Too Many Requests"), 429)
                                 << QStringLiteral("too many requests");
    QTest::newRow("page 1: 404") << 0 << 404
                                 << twilioError(20404, QStringLiteral("The requested resource was not found"),
                                                404)
                                 << QStringLiteral("not found");
    QTest::newRow("page 1: 302") << 0 << 302 << QByteArray() << QStringLiteral("302");
    QTest::newRow("page 1: echoes the token")
        << 0 << 500 << twilioError(20500, QStringLiteral("Broken: %1").arg(kToken), 500)
        << QStringLiteral("Broken");
}

void TestTwilioGateway::fetchRepliesFails()
{
    QFETCH(int, page);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_twilio->setListPageSize(1);
    for (int i = 0; i < 3; ++i)
        m_twilio->addInbound(kTo, kFrom, QStringLiteral("Reply %1").arg(i), since.addSecs(60 * (i + 1)));
    m_twilio->setListPageAnswer(page, answer(status, body));

    TwilioGateway gateway(config());
    const Result<QVector<IncomingReply>> result = gateway.fetchReplies(since);
    QVERIFY(!result.ok()); // not the first page's replies alone: the caller asks again later
    QVERIFY2(result.error().contains(mentions, Qt::CaseInsensitive), qPrintable(result.error()));
    QVERIFY2(!containsSecret(result.error()), qPrintable(result.error()));
    QCOMPARE(m_twilio->requests().size(), page + 1);
}

void TestTwilioGateway::fetchRepliesUnreachable()
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    FakeTwilio::Answer slow = answer(200, "{\"messages\": [], \"next_page_uri\": null}");
    slow.delayMs = 1500;
    m_twilio->setListPageAnswer(0, slow);
    TwilioGateway::Config c = config();
    c.requestTimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const Result<QVector<IncomingReply>> late = TwilioGateway(c).fetchReplies(since);
    QVERIFY2(timer.elapsed() < 1200, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QLatin1String("did not answer")), qPrintable(late.error()));

    const quint16 port = closedPort();
    QVERIFY(port != 0);
    c = config();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const Result<QVector<IncomingReply>> refused = TwilioGateway(c).fetchReplies(since);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("could not be reached")), qPrintable(refused.error()));

    // A configuration that cannot work asks nothing.
    c = config();
    c.authToken.clear();
    const qsizetype asked = m_twilio->requests().size();
    const Result<QVector<IncomingReply>> unconfigured = TwilioGateway(c).fetchReplies(since);
    QVERIFY(!unconfigured.ok());
    QVERIFY2(unconfigured.error().contains(QLatin1String("auth token")), qPrintable(unconfigured.error()));
    QCOMPARE(m_twilio->requests().size(), asked);
}

void TestTwilioGateway::fetchRepliesStaysOnTwilio()
{
    // A next_page_uri pointing elsewhere is not followed: the credentials would go with it.
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QByteArray& next : {QByteArray("http://evil.example/2010-04-01/x.json"),
                                   QByteArray("//evil.example/2010-04-01/x.json")}) {
        const QByteArray page = "{\"messages\": [], \"next_page_uri\": \"" + next + "\"}";
        m_twilio->setListPageAnswer(0, answer(200, page));
        const qsizetype asked = m_twilio->requests().size();
        const Result<QVector<IncomingReply>> result = TwilioGateway(config()).fetchReplies(since);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isEmpty());
        QCOMPARE(m_twilio->requests().size(), asked + 1);
    }
}

void TestTwilioGateway::fetchRepliesIsBounded()
{
    // More pages than a poll should read: a failure, not the newest replies without the older ones.
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_twilio->setListPageSize(1);
    for (int i = 0; i <= TwilioGateway::MaxReplyPages; ++i)
        m_twilio->addInbound(kTo, kFrom, QStringLiteral("Reply %1").arg(i), since.addSecs(i + 1));
    TwilioGateway gateway(config());
    const Result<QVector<IncomingReply>> result = gateway.fetchReplies(since);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QString::number(TwilioGateway::MaxReplyPages)),
             qPrintable(result.error()));
    QCOMPARE(m_twilio->requests().size(), TwilioGateway::MaxReplyPages);

    // Exactly as many pages as allowed is fine.
    m_twilio = std::make_unique<FakeTwilio>(kAccountSid, kToken);
    m_twilio->setListPageSize(1);
    for (int i = 0; i < TwilioGateway::MaxReplyPages; ++i)
        m_twilio->addInbound(kTo, kFrom, QStringLiteral("Reply %1").arg(i), since.addSecs(i + 1));
    const Result<QVector<IncomingReply>> all = TwilioGateway(config()).fetchReplies(since);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all.value().size(), TwilioGateway::MaxReplyPages);
}

void TestTwilioGateway::tokenNeverInErrors()
{
    // Answers that echo the credentials back, as a broken proxy or a debugging server might.
    const QString basic = QString::fromLatin1((kAccountSid + QLatin1Char(':') + kToken).toUtf8().toBase64());
    m_twilio->queueSendAnswer(
        answer(400, twilioError(21614, QStringLiteral("Bad request with token %1").arg(kToken), 400)));
    m_twilio->queueSendAnswer(
        answer(500, twilioError(20500, QStringLiteral("Authorization: Basic ") + basic, 500)));
    m_twilio->queueSendAnswer(answer(429, twilioError(20429, kToken, 429)));
    m_twilio->queueSendAnswer(answer(201, "{\"sid\": \"\"}"));
    m_twilio->queueSendAnswer(answer(403, twilioError(20403, kToken + QStringLiteral(" forbidden"), 403)));

    QVector<SendOutcome> outcomes;
    TwilioGateway gateway(config());
    for (int i = 0; i < 6; ++i) // the last one is accepted
        outcomes.append(gateway.send(sms()));
    QCOMPARE(outcomes.last().kind, SendOutcome::Kind::Accepted);

    TwilioGateway::Config c = config();
    c.authToken = QStringLiteral("a-wrong-token-that-must-stay-hidden");
    outcomes.append(TwilioGateway(c).send(sms()));
    c = config();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    outcomes.append(TwilioGateway(c).send(sms()));
    c = config();
    c.accountSid = QStringLiteral("AC-not-valid");
    outcomes.append(TwilioGateway(c).send(sms()));

    QCOMPARE(outcomes.size(), 9);
    for (const SendOutcome& o : outcomes) {
        QVERIFY2(!containsSecret(o.error) && !containsSecret(o.errorCode) && !containsSecret(o.providerId),
                 qPrintable(o.error));
        QVERIFY(!o.error.contains(QLatin1String("a-wrong-token-that-must-stay-hidden")));
        if (o.kind != SendOutcome::Kind::Accepted)
            QVERIFY(!o.error.isEmpty());
    }
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!containsSecret(line), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestTwilioGateway)
#include "tst_twiliogateway.moc"
