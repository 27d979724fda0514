#pragma once

#include "gateways/gateway.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;
QT_END_NAMESPACE

namespace textwell {

// Kannel's sendsms HTTP interface (GET /cgi-bin/sendsms on smsbox's sendsms-port).
// Kannel must allow long texts: the sendsms-user needs `max-messages` of at least the largest
// part count we send (10 covers 1,530 GSM-7 characters) and `concatenation = true`, otherwise
// Kannel silently cuts a long text down to its first part. Kannel cannot be asked afterwards
// what became of a message: a send without an answer stays "unknown".
class KannelGateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(KannelGateway)

public:
    struct Config
    {
        QUrl baseUrl; // e.g. http://127.0.0.1:13013 (smsbox's sendsms-port)
        QString username;
        QString password; // from the keychain; never logged nor put into error texts
        QString from;     // sender; empty = Kannel's global-sender
        QString smscId;   // route to this smsc-id; empty = Kannel decides
        // Where Kannel reports deliveries (CallbackServer::dlrUrlBase()); empty = no reports.
        QString dlrUrlBase;
        int requestTimeoutMs = 15000;
        double maxRate = 0; // messages per second; 0 = no limit of our own
    };

    explicit KannelGateway(Config config);
    ~KannelGateway() override;
    KannelGateway(const KannelGateway&) = delete;
    KannelGateway& operator=(const KannelGateway&) = delete;

    // Why the settings cannot work (translated), or an empty string when they can.
    static QString configProblem(const Config& config);

    // Blocks until Kannel answers or the timeout passes. The first call creates the network
    // access in the calling thread; keep calling from that thread (the dispatcher's worker).
    SendOutcome send(const OutgoingSms& sms) override;
    double maxRate() const override { return m_config.maxRate; }

    // The dlr-url for one message: dlrUrlBase plus our id and Kannel's escapes for the event
    // (%d), the SMSC's answer (%A), its message id (%F) and the time (%T). Kannel fills and
    // URL-encodes them when it calls back.
    static QString deliveryReportUrl(const QString& dlrUrlBase, qint64 messageId);
    // Reads the query of such a callback. nullopt for a report that changes nothing (status 4,
    // buffered at the SMSC); a failure when the query is not one of ours (no valid id/status).
    // Values are read fully decoded: '+' must already have been turned into a space.
    static Result<std::optional<DeliveryUpdate>> parseDeliveryReport(const QUrlQuery& query);
    // The smsbox configuration that brings every incoming message to the app: one catch-all
    // sms-service calling moUrl, sending no SMS back itself, and trying again when the app answers
    // 503 (it is busy or closed).
    static QString replyServiceConfig(const QString& moUrl);

private:
    QNetworkAccessManager* network();
    QNetworkRequest requestFor(const OutgoingSms& sms) const;
    SendOutcome outcomeOf(QNetworkReply& reply, bool requestSent) const;

    Config m_config;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace textwell
