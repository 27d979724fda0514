#include "kannelgateway.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace textwell {

namespace {

const QString SendSmsPath = QStringLiteral("/cgi-bin/sendsms");
constexpr int MaxAnswerBytes = 4096;
constexpr int MaxQuotedAnswer = 200;

// Kannel's reply text, fit to be quoted to a person: one line, short, and never the password
// (Kannel does not echo it today; this keeps it so if a proxy in between ever does).
QString quotedAnswer(const QByteArray& body, const QString& password)
{
    QString text = QString::fromUtf8(body).simplified();
    if (password.size() >= 4)
        text.replace(password, QStringLiteral("***"));
    if (text.size() > MaxQuotedAnswer)
        text = text.left(MaxQuotedAnswer) + QChar(0x2026);
    return text;
}

int retryAfterSeconds(const QNetworkReply& reply)
{
    bool ok = false;
    const int seconds = reply.rawHeader("Retry-After").trimmed().toInt(&ok);
    return ok && seconds > 0 ? seconds : 0;
}

} // namespace

KannelGateway::KannelGateway(Config config) : m_config(std::move(config)) {}

KannelGateway::~KannelGateway()
{
    // The network access belongs to the thread that sent; let that thread delete it.
    if (m_network && m_network->thread() != QThread::currentThread())
        m_network.release()->deleteLater();
}

QString KannelGateway::configProblem(const Config& config)
{
    const QUrl& url = config.baseUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("Enter Kannel's sendsms address, for example http://127.0.0.1:13013.");
    if (url.hasQuery() || !url.userInfo().isEmpty())
        return tr("Kannel's address must not contain a query or a user name: enter those in their own "
                  "fields.");
    if (config.username.isEmpty())
        return tr("Enter the user name of Kannel's sendsms-user.");
    if (config.password.isEmpty())
        return tr("Enter the password of Kannel's sendsms-user.");
    if (!config.dlrUrlBase.isEmpty()) {
        const QUrl dlr(config.dlrUrlBase, QUrl::StrictMode);
        if (!dlr.isValid() || dlr.host().isEmpty() || !dlr.scheme().startsWith(QLatin1String("http")))
            return tr("The address for delivery reports is not a valid http address.");
        // Kannel reads every '%' in a dlr-url as one of its escapes (%A, %d, ...).
        if (config.dlrUrlBase.contains(QLatin1Char('%')))
            return tr("The address for delivery reports must not contain '%'.");
    }
    if (config.requestTimeoutMs <= 0)
        return tr("The time to wait for Kannel must be longer than zero.");
    if (config.maxRate < 0)
        return tr("The sending rate for Kannel must not be negative.");
    return {};
}

QNetworkAccessManager* KannelGateway::network()
{
    if (m_network && m_network->thread() != QThread::currentThread()) {
        // Another thread sends now; the old object may only be deleted by its own thread.
        m_network.release()->deleteLater();
    }
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

QNetworkRequest KannelGateway::requestFor(const OutgoingSms& sms) const
{
    QUrl url = m_config.baseUrl;
    if (!url.path().endsWith(SendSmsPath)) {
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + SendSmsPath);
    }

    // Encoded by hand: QUrlQuery leaves '+' as it is, and Kannel would read it as a space.
    QByteArray query;
    const auto add = [&query](const char* key, const QString& value) {
        if (!query.isEmpty())
            query += '&';
        query += key;
        query += '=';
        query += QUrl::toPercentEncoding(value);
    };
    add("username", m_config.username);
    add("password", m_config.password);
    if (!m_config.from.isEmpty())
        add("from", m_config.from);
    add("to", sms.to);
    add("text", sms.body);
    add("charset", QStringLiteral("UTF-8"));
    // Kannel never chooses UCS-2 by itself: without coding=2 Cyrillic arrives as "??????".
    // The text decides too, so a wrongly marked message is not garbled.
    if (sms.coding == SmsCoding::Ucs2 || SmsEncoding::analyse(sms.body).encoding == SmsCoding::Ucs2)
        add("coding", QStringLiteral("2"));
    if (!m_config.smscId.isEmpty())
        add("smsc", m_config.smscId);
    if (!m_config.dlrUrlBase.isEmpty()) {
        // Delivered (1), not delivered (2) and refused by the SMSC (16): each extra kind of report
        // costs Kannel time per message (measured: 25 ms per sendsms with 31, 14 ms with 3).
        add("dlr-mask", QStringLiteral("19"));
        add("dlr-url", deliveryReportUrl(m_config.dlrUrlBase, sms.messageId));
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Textwell"));

    return request;
}

SendOutcome KannelGateway::send(const OutgoingSms& sms)
{
    const std::unique_ptr<QNetworkReply> reply(network()->get(requestFor(sms)));
    bool requestSent = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, [&requestSent] { requestSent = true; });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_config.requestTimeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QObject::disconnect(reply.get(), nullptr, &loop, nullptr);
    return outcomeOf(*reply, requestSent);
}

SendOutcome KannelGateway::outcomeOf(QNetworkReply& reply, bool requestSent) const
{
    using Kind = SendOutcome::Kind;
    const QUrl url = reply.url();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString where = url.host() + QLatin1Char(':') + QString::number(url.port(defaultPort));
    if (!reply.isFinished()) {
        reply.abort();
        if (!requestSent)
            return SendOutcome::failed(Kind::Retry, QStringLiteral("connect-timeout"),
                                       tr("Kannel at %1 did not take the connection in time.").arg(where));
        // The request went out: Kannel may have taken the message. Resending could duplicate it.
        return SendOutcome::failed(Kind::Unknown, QStringLiteral("timeout"),
                                   tr("Kannel at %1 did not answer in time; whether it took the message "
                                      "is not known.")
                                       .arg(where));
    }

    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply.read(MaxAnswerBytes);
    const QString code = QStringLiteral("http-%1").arg(status);

    if (status == 0) {
        // No HTTP answer at all. Before the request went out nothing was taken; after, we cannot tell.
        const QNetworkReply::NetworkError error = reply.error();
        QString errorCode = QStringLiteral("network-%1").arg(int(error));
        QString text = tr("Kannel at %1 cannot be reached (network error %2).").arg(where).arg(int(error));
        if (error == QNetworkReply::ConnectionRefusedError) {
            errorCode = QStringLiteral("connection-refused");
            text = tr("Kannel at %1 refused the connection: is smsbox running?").arg(where);
        } else if (error == QNetworkReply::HostNotFoundError) {
            errorCode = QStringLiteral("host-not-found");
            text = tr("The Kannel host %1 was not found.").arg(url.host());
        }
        if (requestSent)
            return SendOutcome::failed(Kind::Unknown, errorCode,
                                       tr("The connection to Kannel at %1 broke after the message was sent; "
                                          "whether it took the message is not known.")
                                           .arg(where));
        return SendOutcome::failed(Kind::Retry, errorCode, text);
    }

    if (status == 202) {
        // "0: Accepted for delivery" or "3: Queued for later delivery" (no SMSC connected yet).
        static const QRegularExpression accepted(QStringLiteral("^\\s*[03]:"));
        if (accepted.match(QString::fromUtf8(body)).hasMatch())
            return SendOutcome::accepted();
    }
    if (status >= 200 && status < 300)
        return SendOutcome::failed(Kind::Unknown, code,
                                   tr("Kannel gave an answer that cannot be read (HTTP %1: %2); whether it "
                                      "took the message is not known.")
                                       .arg(status)
                                       .arg(quotedAnswer(body, m_config.password)));
    if (status == 403)
        return SendOutcome::failed(Kind::Permanent, code,
                                   tr("Kannel refused the user name or password: check them in Settings."),
                                   SendOutcome::Effect::Unauthorized);
    if (status == 400)
        return SendOutcome::failed(
            Kind::Permanent, code,
            tr("Kannel refused the message: %1").arg(quotedAnswer(body, m_config.password)));
    if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
        SendOutcome outcome = SendOutcome::failed(
            Kind::Retry, code, tr("Kannel cannot take messages right now (HTTP %1).").arg(status));
        outcome.retryAfterSeconds = retryAfterSeconds(reply);
        return outcome;
    }
    if ((status >= 300 && status < 400) || status == 404)
        return SendOutcome::failed(
            Kind::Permanent, code,
            tr("The address of Kannel looks wrong (HTTP %1): check it in Settings.").arg(status));
    if (status >= 400 && status < 500)
        return SendOutcome::failed(Kind::Permanent, code,
                                   tr("Kannel refused the message (HTTP %1): %2")
                                       .arg(status)
                                       .arg(quotedAnswer(body, m_config.password)));
    return SendOutcome::failed(Kind::Unknown, code,
                               tr("Kannel gave an answer that cannot be read (HTTP %1); whether it took the "
                                  "message is not known.")
                                   .arg(status));
}

QString KannelGateway::deliveryReportUrl(const QString& dlrUrlBase, qint64 messageId)
{
    const QChar separator = dlrUrlBase.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return dlrUrlBase + separator + QStringLiteral("id=") + QString::number(messageId) +
           QStringLiteral("&status=%d&answer=%A&fid=%F&ts=%T");
}

Result<std::optional<DeliveryUpdate>> KannelGateway::parseDeliveryReport(const QUrlQuery& query)
{
    using Parsed = std::optional<DeliveryUpdate>;
    const auto value = [&query](const QString& key) { return query.queryItemValue(key, QUrl::FullyDecoded); };

    bool ok = false;
    const qint64 id = value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return Result<Parsed>::failure(tr("The delivery report has no valid message id."));
    const int status = value(QStringLiteral("status")).toInt(&ok);
    if (!ok)
        return Result<Parsed>::failure(tr("The delivery report has no valid status."));

    DeliveryUpdate update;
    update.messageId = id;
    update.providerId = value(QStringLiteral("fid"));
    switch (status) {
    case 1:
        update.state = DeliveryUpdate::State::Delivered;
        break;
    case 8:
        update.state = DeliveryUpdate::State::Submitted;
        break;
    case 2:
    case 16:
        update.state = DeliveryUpdate::State::Undelivered;
        update.errorCode = QStringLiteral("dlr-%1").arg(status);
        // The SMSC's own words (e.g. "NACK/0x0000000b/Invalid Destination Address").
        update.error = value(QStringLiteral("answer")).simplified().left(MaxQuotedAnswer);
        break;
    case 4:
        return Parsed(); // buffered at the SMSC: nothing that changes the message's state
    default:
        return Result<Parsed>::failure(tr("The delivery report has an unknown status %1.").arg(status));
    }
    const qint64 seconds = value(QStringLiteral("ts")).toLongLong(&ok);
    update.at =
        ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime::currentDateTimeUtc();
    return Parsed(update);
}

QString KannelGateway::replyServiceConfig(const QString& moUrl)
{
    // max-messages = 0: the app answers by itself (the confirmation goes through the outbox).
    // mo-recode: a Cyrillic STOP arrives as UTF-8. http-request-retry belongs to the smsbox group.
    return QStringLiteral("# in the smsbox group:\n"
                          "mo-recode = true\n"
                          "http-request-retry = 3\n"
                          "http-queue-delay = 10\n"
                          "\n"
                          "group = sms-service\n"
                          "keyword = default\n"
                          "catch-all = true\n"
                          "max-messages = 0\n"
                          "get-url = \"%1\"\n")
        .arg(moUrl);
}

} // namespace textwell
