#pragma once

#include "gateway.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace textwell {

// Twilio's Messages REST API, the part a campaign needs: create a message, find one whose
// answer was lost (reconciliation), fetch the status of accepted ones, and list the replies.
// Blocking like every Gateway: each call runs a local event loop in the calling (worker) thread.
class TwilioGateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(TwilioGateway)

public:
    struct Config
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
        QString accountSid;          // "AC" + 32 hex digits
        QString authToken;           // from the keychain; never logged, never shown
        QString from;                // E.164 number, short code or alphanumeric sender ID
        QString messagingServiceSid; // "MG…": Twilio picks the sender from the service's pool
        // Where Twilio reports delivery; each message adds "message=<outbox id>" to its query.
        QUrl statusCallbackUrl;
        int requestTimeoutMs = 15000;
        double maxRate = 1.0; // messages per second; a US long code sends 1/s, Twilio queues the rest
    };

    // pollDeliveries() asks about at most this many messages per call; the rest wait for the next.
    static constexpr int MaxPollsPerCall = 100;
    // fetchReplies() reads at most this many pages of 1,000 messages; beyond them it fails rather
    // than return some of the replies.
    static constexpr int MaxReplyPages = 20;

    explicit TwilioGateway(Config config);
    ~TwilioGateway() override;
    TwilioGateway(const TwilioGateway&) = delete;
    TwilioGateway& operator=(const TwilioGateway&) = delete;

    // Why the configuration cannot work, in words for the settings page; empty when it can.
    static QString configProblem(const Config& config);
    // Why a value is not in Twilio's format, or an empty string when it is; Settings checks typed
    // values with these too.
    static QString accountSidProblem(const QString& sid);
    static QString messagingServiceSidProblem(const QString& sid);
    static QString senderProblem(const QString& from);

    const Config& config() const { return m_config; }

    SendOutcome send(const OutgoingSms& sms) override;
    bool canLookUp() const override { return true; }
    std::optional<SendOutcome> lookUp(const OutgoingSms& sms) override;
    QVector<DeliveryUpdate> pollDeliveries(const QVector<QString>& providerIds) override;
    bool canFetchReplies() const override { return true; }
    Result<QVector<IncomingReply>> fetchReplies(const QDateTime& since) override;
    double maxRate() const override { return m_config.maxRate; }

private:
    QNetworkAccessManager* network();

    Config m_config;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QThread* m_networkThread = nullptr;
};

} // namespace textwell
