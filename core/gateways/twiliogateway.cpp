#include "twiliogateway.h"

#include "util/clock.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace textwell {

namespace {

using Kind = SendOutcome::Kind;
using Effect = SendOutcome::Effect;
using Config = TwilioGateway::Config;

// Twilio error codes that change what happens beyond the one message (reference 3.5).
const QString AuthenticationFailed = QStringLiteral("20003");
const QString TooManyRequests = QStringLiteral("20429");
const QString InvalidNumber = QStringLiteral("21211");
const QString CarrierOptOut = QStringLiteral("21610");

// lookUp() reads at most this many pages of 1,000 messages before giving up as "cannot tell".
constexpr int MaxListPages = 50;
// A Retry-After beyond this is treated as a mistake rather than obeyed.
constexpr qint64 MaxRetryAfterSeconds = 3600;
// A message created this long before its claim cannot be the one the claim sent.
// Generous: this computer's clock may run ahead of Twilio's, and missing our own message would
// send it twice, while the same text to the same number twice in half an hour is rare.
constexpr qint64 ClaimSlackSeconds = 30 * 60;

// One HTTP request and what became of it.
struct Exchange
{
    int status = 0; // the HTTP status; 0 when no answer came
    QByteArray body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    // Whether any of the request may have reached the server: until then a failure is harmless.
    bool requestWentOut = false;

    bool answered() const { return status > 0 && !timedOut; }
};

enum class Method
{
    Get,
    Post,
};

Exchange exchange(QNetworkAccessManager* network, const Config& config, Method method, const QUrl& url,
                  const QByteArray& form = {})
{
    QNetworkRequest request(url);
    // Sent up front: Twilio answers 401 without a challenge round trip that QAuthenticator needs.
    const QString credentials = config.accountSid + QLatin1Char(':') + config.authToken;
    request.setRawHeader("Authorization", "Basic " + credentials.toUtf8().toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Textwell"));
    // HTTP/1.1, whose requestSent() tells "nothing left this machine" from "maybe sent".
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirect would carry the credentials elsewhere, and Twilio's API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    std::unique_ptr<QNetworkReply> reply;
    if (method == Method::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply.reset(network->post(request, form));
    } else {
        reply.reset(network->get(request));
    }

    Exchange result;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, [&] { result.requestWentOut = true; });
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        if (sent > 0)
            result.requestWentOut = true;
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        timer.start(qMax(1, config.requestTimeoutMs));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen()) // closed by abort()
        result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.error = reply->error();
    result.errorString = reply->errorString();
    return result;
}

// x-www-form-urlencoded by hand: QUrlQuery leaves '+' as is, which the server reads as a space.
QByteArray formEncode(const QVector<QPair<QString, QString>>& fields)
{
    QByteArray form;
    for (const auto& field : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return form;
}

std::optional<QJsonObject> jsonObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Twilio sends codes as numbers ("code": 21211, "error_code": 30003); accept strings as well.
QString codeText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QDateTime parseRfc2822(QString text)
{
    // Qt 6.4 rejects the "GMT" of HTTP dates (Retry-After) but takes the equivalent offset.
    text = text.trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 3) + QLatin1String("+0000");
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

int retryAfterSeconds(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return 0;
    bool isNumber = false;
    qint64 seconds = value.toLongLong(&isNumber);
    if (!isNumber) {
        const QDateTime at = parseRfc2822(QString::fromLatin1(value));
        if (!at.isValid())
            return 0;
        seconds = Clock::currentUtc().secsTo(at);
    }
    return static_cast<int>(qBound<qint64>(0, seconds, MaxRetryAfterSeconds));
}

QString httpCode(int status)
{
    return QStringLiteral("http-%1").arg(status);
}

Effect effectOf(const QString& code)
{
    if (code == InvalidNumber)
        return Effect::InvalidNumber;
    if (code == CarrierOptOut)
        return Effect::CarrierOptOut;
    return Effect::None;
}

// What to do about the Twilio refusals a person can fix; empty when Twilio's words must do.
QString adviceFor(const QString& code)
{
    if (code == QLatin1String("21408"))
        return TwilioGateway::tr(
            "Allow the destination country in the Twilio Console's SMS geo permissions.");
    if (code == QLatin1String("21606"))
        return TwilioGateway::tr("Choose an SMS-capable sender in Settings.");
    if (code == QLatin1String("21608"))
        return TwilioGateway::tr(
            "A trial account can only send to verified numbers: verify the number or upgrade the "
            "account.");
    if (code == QLatin1String("21612") || code == QLatin1String("21614") || code == QLatin1String("21635"))
        return TwilioGateway::tr("The number cannot receive SMS; use a mobile number.");
    return {};
}

SendOutcome withRetryAfter(SendOutcome outcome, const Exchange& answer)
{
    outcome.retryAfterSeconds = retryAfterSeconds(answer.retryAfter);
    return outcome;
}

SendOutcome transportOutcome(const Exchange& answer, const Config& config)
{
    if (answer.timedOut) {
        const int seconds = qMax(1, config.requestTimeoutMs / 1000);
        if (answer.requestWentOut)
            return SendOutcome::failed(
                Kind::Unknown, QStringLiteral("timeout"),
                TwilioGateway::tr("Twilio did not answer within %n second(s); the message may have "
                                  "been sent. It will be checked with Twilio before any new attempt.",
                                  nullptr, seconds));
        return SendOutcome::failed(
            Kind::Retry, QStringLiteral("timeout"),
            TwilioGateway::tr("Twilio could not be reached within %n second(s); nothing was sent. "
                              "Sending will be tried again.",
                              nullptr, seconds));
    }
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
        return SendOutcome::failed(
            Kind::Retry, QStringLiteral("connection-refused"),
            TwilioGateway::tr("Twilio refused the connection; nothing was sent. Sending will be "
                              "tried again."));
    case QNetworkReply::HostNotFoundError:
        return SendOutcome::failed(
            Kind::Retry, QStringLiteral("host-not-found"),
            TwilioGateway::tr("Twilio's server was not found; check the internet connection. "
                              "Nothing was sent; sending will be tried again."));
    case QNetworkReply::SslHandshakeFailedError:
        return SendOutcome::failed(
            Kind::Retry, QStringLiteral("tls"),
            TwilioGateway::tr("No secure connection to Twilio (%1); nothing was sent. Check the "
                              "computer's date and any proxy or firewall.")
                .arg(answer.errorString));
    default:
        break;
    }
    if (!answer.requestWentOut)
        return SendOutcome::failed(
            Kind::Retry, QStringLiteral("network"),
            TwilioGateway::tr("The connection to Twilio failed before the message went out (%1). "
                              "Sending will be tried again.")
                .arg(answer.errorString));
    return SendOutcome::failed(
        Kind::Unknown, QStringLiteral("network"),
        TwilioGateway::tr("The connection to Twilio broke after the message went out (%1); it may "
                          "have been sent. It will be checked with Twilio before any new attempt.")
            .arg(answer.errorString));
}

SendOutcome sendOutcome(const Exchange& answer, const Config& config)
{
    if (!answer.answered())
        return transportOutcome(answer, config);

    const int status = answer.status;
    const std::optional<QJsonObject> json = jsonObject(answer.body);
    if (status >= 200 && status < 300) {
        const QString sid = json ? json->value(QLatin1String("sid")).toString() : QString();
        if (!sid.isEmpty())
            return SendOutcome::accepted(sid);
        // Twilio may well have created the message: only its message list can tell.
        return SendOutcome::failed(
            Kind::Unknown, httpCode(status),
            TwilioGateway::tr("Twilio's answer (HTTP %1) could not be read; the message may have "
                              "been sent. It will be checked with Twilio before any new attempt.")
                .arg(status));
    }

    const QString code = json ? codeText(json->value(QLatin1String("code"))) : QString();
    const QString message = json ? json->value(QLatin1String("message")).toString().trimmed() : QString();
    const QString recordedCode = code.isEmpty() ? httpCode(status) : code;

    if (status == 401 || code == AuthenticationFailed)
        return SendOutcome::failed(
            Kind::Permanent, recordedCode,
            TwilioGateway::tr("Twilio did not accept the credentials. Check the Account SID and "
                              "auth token in Settings."),
            Effect::Unauthorized);
    if (status == 429 || code == TooManyRequests)
        return withRetryAfter(
            SendOutcome::failed(Kind::Retry, recordedCode,
                                TwilioGateway::tr("Twilio asked to slow down (too many requests). "
                                                  "Sending will be tried again shortly.")),
            answer);
    if (status >= 500) {
        const QString reason = message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message;
        return withRetryAfter(
            SendOutcome::failed(Kind::Retry, recordedCode,
                                TwilioGateway::tr("Twilio had a temporary problem (%1). Sending will "
                                                  "be tried again.")
                                    .arg(reason)),
            answer);
    }
    if (status >= 400) {
        if (code.isEmpty() && message.isEmpty())
            return SendOutcome::failed(
                Kind::Permanent, recordedCode,
                TwilioGateway::tr("Twilio refused the message (HTTP %1) without saying why. Check "
                                  "the Twilio settings.")
                    .arg(status));
        if (code == InvalidNumber)
            return SendOutcome::failed(
                Kind::Permanent, code,
                TwilioGateway::tr("Twilio says the number is not a valid phone number (%1). Correct "
                                  "or remove it in the address book.")
                    .arg(message),
                Effect::InvalidNumber);
        if (code == CarrierOptOut)
            return SendOutcome::failed(
                Kind::Permanent, code,
                TwilioGateway::tr("The recipient replied STOP to your Twilio sender and gets no "
                                  "messages from it until they reply START."),
                Effect::CarrierOptOut);
        const QString refusal = TwilioGateway::tr("Twilio refused the message: %1 (error %2).")
                                    .arg(message.isEmpty() ? recordedCode : message, recordedCode);
        const QString advice = adviceFor(code);
        return SendOutcome::failed(Kind::Permanent, recordedCode,
                                   advice.isEmpty() ? refusal : refusal + QLatin1Char(' ') + advice);
    }
    // 1xx or 3xx: something other than Twilio's API answered, and it did not take the message.
    return SendOutcome::failed(
        Kind::Permanent, httpCode(status),
        TwilioGateway::tr("The Twilio address answered HTTP %1 instead of Twilio's API. Check the "
                          "address in Settings.")
            .arg(status));
}

// What a message found in Twilio's list means for the send that lost its answer.
SendOutcome foundOutcome(const QJsonObject& message)
{
    const QString sid = message.value(QLatin1String("sid")).toString();
    const QString status = message.value(QLatin1String("status")).toString();
    if (status != QLatin1String("failed") && status != QLatin1String("canceled"))
        return SendOutcome::accepted(sid);

    const QString code = codeText(message.value(QLatin1String("error_code")));
    const QString reason = message.value(QLatin1String("error_message")).toString();
    SendOutcome outcome = SendOutcome::failed(
        Kind::Permanent, code.isEmpty() ? status : code,
        reason.isEmpty()
            ? TwilioGateway::tr("Twilio took the message but could not send it (status %1).").arg(status)
            : TwilioGateway::tr("Twilio took the message but could not send it: %1").arg(reason),
        effectOf(code));
    outcome.providerId = sid;
    return outcome;
}

// Nothing we show or store may contain the token, whatever a server puts in its answers.
QString withoutSecret(QString text, const Config& config)
{
    if (config.authToken.isEmpty())
        return text;
    const QString hidden = QStringLiteral("[hidden]");
    const QString credentials = config.accountSid + QLatin1Char(':') + config.authToken;
    text.replace(QString::fromLatin1(credentials.toUtf8().toBase64()), hidden);
    text.replace(config.authToken, hidden);
    return text;
}

SendOutcome withoutSecret(SendOutcome outcome, const Config& config)
{
    outcome.error = withoutSecret(std::move(outcome.error), config);
    outcome.errorCode = withoutSecret(std::move(outcome.errorCode), config);
    outcome.providerId = withoutSecret(std::move(outcome.providerId), config);
    return outcome;
}

bool isLocalHost(const QString& host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool isHttpUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

TwilioGateway::TwilioGateway(Config config) : m_config(std::move(config)) {}

TwilioGateway::~TwilioGateway()
{
    // A manager belongs to the thread that made it; another thread may not delete it directly.
    if (m_network && m_networkThread != QThread::currentThread())
        m_network.release()->deleteLater();
}

QString TwilioGateway::accountSidProblem(const QString& sid)
{
    static const QRegularExpression accountSid(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    if (accountSid.match(sid).hasMatch())
        return {};
    return tr("The Account SID is \"AC\" followed by 32 characters (0-9, a-f), as shown in the Twilio "
              "Console.");
}

QString TwilioGateway::messagingServiceSidProblem(const QString& sid)
{
    static const QRegularExpression serviceSid(QStringLiteral("^MG[0-9a-fA-F]{32}$"));
    if (serviceSid.match(sid).hasMatch())
        return {};
    return tr("The Messaging Service SID is \"MG\" followed by 32 characters (0-9, a-f).");
}

QString TwilioGateway::senderProblem(const QString& from)
{
    // E.164, a short code, or an alphanumeric sender ID (up to 11 characters, not only digits).
    static const QRegularExpression sender(
        QStringLiteral("^(\\+[1-9][0-9]{6,14}|[0-9]{3,8}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11})$"));
    if (sender.match(from).hasMatch())
        return {};
    return tr("The sender must be a phone number in international format (such as +15017122661), a "
              "short code, or a sender ID of up to 11 letters, digits and spaces.");
}

QString TwilioGateway::configProblem(const Config& config)
{
    if (config.accountSid.isEmpty())
        return tr("Enter the Twilio Account SID in Settings.");
    if (QString problem = accountSidProblem(config.accountSid); !problem.isEmpty())
        return problem;
    if (config.authToken.isEmpty())
        return tr("Enter the Twilio auth token in Settings.");
    if (config.from.isEmpty() && config.messagingServiceSid.isEmpty())
        return tr("Enter a sender in Settings: a Twilio phone number, a sender ID or a Messaging Service "
                  "SID.");
    if (!config.messagingServiceSid.isEmpty())
        if (QString problem = messagingServiceSidProblem(config.messagingServiceSid); !problem.isEmpty())
            return problem;
    if (!config.from.isEmpty())
        if (QString problem = senderProblem(config.from); !problem.isEmpty())
            return problem;
    if (!isHttpUrl(config.baseUrl))
        return tr("The Twilio address must be an https:// address.");
    if (config.baseUrl.scheme() == QLatin1String("http") && !isLocalHost(config.baseUrl.host()))
        return tr("The Twilio address must use https: over http the auth token would travel unencrypted.");
    if (!config.statusCallbackUrl.isEmpty()) {
        if (!isHttpUrl(config.statusCallbackUrl))
            return tr("The status callback must be an http:// or https:// address.");
        if (config.statusCallbackUrl.host().contains(QLatin1Char('_')))
            return tr("The status callback's host name may not contain underscores: Twilio rejects them.");
    }
    if (config.requestTimeoutMs <= 0)
        return tr("The request timeout must be longer than zero.");
    if (!std::isfinite(config.maxRate) || config.maxRate < 0)
        return tr("The sending rate cannot be negative.");
    return {};
}

QNetworkAccessManager* TwilioGateway::network()
{
    QThread* const current = QThread::currentThread();
    if (m_network && m_networkThread != current)
        m_network.release()->deleteLater(); // the thread that made it deletes it
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_networkThread = current;
    }
    return m_network.get();
}

namespace {

QUrl apiUrl(const Config& config, const QByteArray& pathAndQuery)
{
    const QByteArray base = config.baseUrl.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                                     QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QUrl::fromEncoded(base + pathAndQuery, QUrl::StrictMode);
}

QByteArray messagesPath(const Config& config)
{
    return "/2010-04-01/Accounts/" + QUrl::toPercentEncoding(config.accountSid) + "/Messages";
}

// The page after `page` of a message list: nullopt on the last page, an invalid URL when the link
// may not be followed.
std::optional<QUrl> nextPage(const QJsonObject& page, const Config& config)
{
    const QString next = page.value(QLatin1String("next_page_uri")).toString();
    if (next.isEmpty())
        return std::nullopt;
    // Only a path on the same server: the credentials go nowhere else.
    if (!next.startsWith(QLatin1Char('/')) || next.startsWith(QLatin1String("//")))
        return QUrl();
    return apiUrl(config, next.toUtf8());
}

// Why a page of the message list did not come, in words for a person; empty when it did (HTTP 200).
QString listingFailure(const Exchange& answer, const Config& config)
{
    if (answer.timedOut)
        return TwilioGateway::tr("Twilio did not answer within %n second(s) when asked for replies.", nullptr,
                                 qMax(1, config.requestTimeoutMs / 1000));
    if (!answer.answered())
        return TwilioGateway::tr("Twilio could not be reached to fetch replies (%1).")
            .arg(answer.errorString);

    const int status = answer.status;
    if (status == 200)
        return {};
    const std::optional<QJsonObject> json = jsonObject(answer.body);
    const QString code = json ? codeText(json->value(QLatin1String("code"))) : QString();
    const QString message = json ? json->value(QLatin1String("message")).toString().trimmed() : QString();
    const QString reason = message.isEmpty()
                               ? QStringLiteral("HTTP %1").arg(status)
                               : QStringLiteral("%1, HTTP %2").arg(message, QString::number(status));

    if (status == 401 || code == AuthenticationFailed)
        return TwilioGateway::tr(
            "Twilio did not accept the credentials. Check the Account SID and auth token "
            "in Settings.");
    if (status == 429 || code == TooManyRequests)
        return TwilioGateway::tr("Twilio asked to slow down (too many requests) when asked for replies.");
    if (status >= 500)
        return TwilioGateway::tr("Twilio had a temporary problem listing the replies (%1).").arg(reason);
    if (status >= 400)
        return TwilioGateway::tr("Twilio refused to list the replies (%1).").arg(reason);
    return TwilioGateway::tr("The Twilio address answered HTTP %1 instead of Twilio's API. Check the address "
                             "in Settings.")
        .arg(status);
}

QString statusCallback(const Config& config, qint64 messageId)
{
    QUrl url = config.statusCallbackUrl;
    if (messageId > 0) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("message"), QString::number(messageId));
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

SendOutcome TwilioGateway::send(const OutgoingSms& sms)
{
    if (const QString problem = configProblem(m_config); !problem.isEmpty()) {
        // Every message would fail the same way: stop the campaign as for wrong credentials.
        return SendOutcome::failed(Kind::Permanent, QStringLiteral("config"), problem, Effect::Unauthorized);
    }

    QVector<QPair<QString, QString>> fields{{QStringLiteral("To"), sms.to}};
    if (!m_config.from.isEmpty())
        fields.append({QStringLiteral("From"), m_config.from});
    if (!m_config.messagingServiceSid.isEmpty())
        fields.append({QStringLiteral("MessagingServiceSid"), m_config.messagingServiceSid});
    fields.append({QStringLiteral("Body"), sms.body});
    if (!m_config.statusCallbackUrl.isEmpty())
        fields.append({QStringLiteral("StatusCallback"), statusCallback(m_config, sms.messageId)});

    const Exchange answer = exchange(network(), m_config, Method::Post,
                                     apiUrl(m_config, messagesPath(m_config) + ".json"), formEncode(fields));
    return withoutSecret(sendOutcome(answer, m_config), m_config);
}

std::optional<SendOutcome> TwilioGateway::lookUp(const OutgoingSms& sms)
{
    if (!configProblem(m_config).isEmpty() || !sms.claimedAt.isValid())
        return std::nullopt;

    const QDateTime claimedAt = sms.claimedAt.toUTC();
    const QDateTime earliest = claimedAt.addSecs(-ClaimSlackSeconds);
    // Listed by recipient only, newest first: a message still queued has no date_sent yet, so a
    // DateSent filter could hide it and turn "sent" into "send again".
    QUrl url = apiUrl(m_config, messagesPath(m_config) + ".json?To=" + QUrl::toPercentEncoding(sms.to) +
                                    "&PageSize=1000");

    bool ambiguous = false;
    for (int page = 0; page < MaxListPages; ++page) {
        const Exchange answer = exchange(network(), m_config, Method::Get, url);
        if (!answer.answered() || answer.status != 200)
            return std::nullopt;
        const std::optional<QJsonObject> json = jsonObject(answer.body);
        if (!json || !json->value(QLatin1String("messages")).isArray())
            return std::nullopt;

        const QJsonArray messages = json->value(QLatin1String("messages")).toArray();
        bool pageBeforeClaim = !messages.isEmpty(); // every message on the page made before the claim
        for (const QJsonValue& value : messages) {
            const QDateTime made =
                parseRfc2822(value.toObject().value(QLatin1String("date_created")).toString());
            if (!made.isValid() || made >= earliest)
                pageBeforeClaim = false;
            const QJsonObject message = value.toObject();
            if (message.value(QLatin1String("body")).toString() != sms.body ||
                message.value(QLatin1String("direction")).toString().startsWith(QLatin1String("inbound")))
                continue;
            const QDateTime created = parseRfc2822(message.value(QLatin1String("date_created")).toString());
            if (!created.isValid() || message.value(QLatin1String("sid")).toString().isEmpty()) {
                ambiguous = true; // it could be ours: never say "not sent" then
                continue;
            }
            if (created >= earliest)
                return withoutSecret(foundOutcome(message), m_config);
        }

        const std::optional<QUrl> next = nextPage(*json, m_config);
        // Newest first: once a whole page is older than the claim, ours cannot come later.
        if (!next || pageBeforeClaim) {
            if (ambiguous)
                return std::nullopt;
            return SendOutcome::failed(Kind::Retry, QStringLiteral("not-found"),
                                       tr("Twilio has no record of the message: it was not sent and can be "
                                          "sent again."));
        }
        if (!next->isValid())
            return std::nullopt;
        url = *next;
    }
    return std::nullopt; // more pages than any real listing: cannot tell
}

QVector<DeliveryUpdate> TwilioGateway::pollDeliveries(const QVector<QString>& providerIds)
{
    QVector<DeliveryUpdate> updates;
    if (!configProblem(m_config).isEmpty())
        return updates;

    const qsizetype count = qMin<qsizetype>(providerIds.size(), MaxPollsPerCall);
    for (qsizetype i = 0; i < count; ++i) {
        const QString& sid = providerIds.at(i);
        if (sid.isEmpty())
            continue;
        const QByteArray path = messagesPath(m_config) + '/' + QUrl::toPercentEncoding(sid) + ".json";
        const Exchange answer = exchange(network(), m_config, Method::Get, apiUrl(m_config, path));
        // Without a connection or with wrong credentials the rest would only fail the same way.
        if (!answer.answered() || answer.status == 401)
            break;
        if (answer.status != 200)
            continue;
        const std::optional<QJsonObject> json = jsonObject(answer.body);
        if (!json)
            continue;

        DeliveryUpdate update;
        const QString status = json->value(QLatin1String("status")).toString();
        if (status == QLatin1String("sent"))
            update.state = DeliveryUpdate::State::Submitted;
        else if (status == QLatin1String("delivered"))
            update.state = DeliveryUpdate::State::Delivered;
        else if (status == QLatin1String("undelivered") || status == QLatin1String("failed") ||
                 status == QLatin1String("canceled"))
            update.state = DeliveryUpdate::State::Undelivered;
        else
            continue; // queued, sending, accepted, ...: no news yet

        update.providerId = sid;
        if (update.state == DeliveryUpdate::State::Undelivered) {
            update.errorCode = codeText(json->value(QLatin1String("error_code")));
            update.error = json->value(QLatin1String("error_message")).toString();
            if (update.error.isEmpty())
                update.error =
                    update.errorCode.isEmpty()
                        ? tr("Twilio reports the message as %1.").arg(status)
                        : tr("Twilio reports the message as %1 (error %2).").arg(status, update.errorCode);
        }
        const QDateTime updated = parseRfc2822(json->value(QLatin1String("date_updated")).toString());
        update.at = updated.isValid() ? updated : Clock::currentUtc();
        updates.append(update);
    }
    return updates;
}

Result<QVector<IncomingReply>> TwilioGateway::fetchReplies(const QDateTime& since)
{
    using Replies = Result<QVector<IncomingReply>>;
    // Nothing shown may contain the token, whatever a server puts in its answers.
    const auto fail = [this](const QString& message) {
        return Replies::failure(withoutSecret(message, m_config));
    };
    if (const QString problem = configProblem(m_config); !problem.isEmpty())
        return fail(problem);

    const QDateTime earliest = since.toUTC(); // invalid: all that Twilio still keeps
    QByteArray query;
    // Replies are sent to our number; with only a Messaging Service the number varies, so list all.
    if (!m_config.from.isEmpty())
        query += "To=" + QUrl::toPercentEncoding(m_config.from) + '&';
    // Twilio filters by GMT day only ("DateSent>=" is on or after it); the time is checked below.
    if (earliest.isValid())
        query += "DateSent%3E=" + earliest.date().toString(Qt::ISODate).toLatin1() + '&';
    query += "PageSize=1000";
    QUrl url = apiUrl(m_config, messagesPath(m_config) + ".json?" + query);

    QVector<IncomingReply> replies;
    QSet<QString> seen; // a reply listed twice while the list grows under us is returned once
    for (int page = 0; page < MaxReplyPages; ++page) {
        const Exchange answer = exchange(network(), m_config, Method::Get, url);
        if (const QString failure = listingFailure(answer, m_config); !failure.isEmpty())
            return fail(failure);
        const std::optional<QJsonObject> json = jsonObject(answer.body);
        if (!json || !json->value(QLatin1String("messages")).isArray())
            return fail(tr("Twilio's list of replies could not be read (HTTP 200 without the list Twilio "
                           "sends)."));

        const QJsonArray messages = json->value(QLatin1String("messages")).toArray();
        bool pageBeforeSince = earliest.isValid() && !messages.isEmpty(); // all on the page too old
        for (const QJsonValue& value : messages) {
            const QJsonObject message = value.toObject();
            const QDateTime created = parseRfc2822(message.value(QLatin1String("date_created")).toString());
            const QDateTime sent = parseRfc2822(message.value(QLatin1String("date_sent")).toString());
            const QDateTime at = sent.isValid() ? sent : created;
            if (!created.isValid() || created >= earliest || (sent.isValid() && sent >= earliest))
                pageBeforeSince = false;
            if (message.value(QLatin1String("direction")).toString() != QLatin1String("inbound"))
                continue;
            // An undated reply is kept rather than lost: the caller knows it again by its sid.
            if (at.isValid() && earliest.isValid() && at < earliest)
                continue;
            const QString sid = message.value(QLatin1String("sid")).toString();
            if (seen.contains(sid))
                continue;
            if (!sid.isEmpty())
                seen.insert(sid);

            IncomingReply reply;
            reply.from = message.value(QLatin1String("from")).toString();
            reply.body = message.value(QLatin1String("body")).toString();
            reply.receivedAt = at;
            reply.source = QStringLiteral("twilio");
            reply.sourceId = sid;
            replies.append(reply);
        }

        const std::optional<QUrl> next = nextPage(*json, m_config);
        // Newest first (by creation and by sending): once a whole page is older than `since`, so are
        // the pages after it.
        if (!next || pageBeforeSince) {
            // Oldest first, the undated (taken as "now") last.
            const auto key = [](const IncomingReply& reply) {
                return reply.receivedAt.isValid() ? reply.receivedAt.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::max();
            };
            std::reverse(replies.begin(), replies.end());
            std::stable_sort(replies.begin(), replies.end(),
                             [&](const IncomingReply& a, const IncomingReply& b) { return key(a) < key(b); });
            return replies;
        }
        if (!next->isValid())
            return fail(tr("Twilio's list of replies went on at another address, which was not followed."));
        url = *next;
    }
    // Returning only the newest replies could lose the older ones for good.
    return fail(tr("Twilio lists more than %n page(s) of messages to look through for replies; none were "
                   "fetched.",
                   nullptr, MaxReplyPages));
}

} // namespace textwell
