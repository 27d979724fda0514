#pragma once

#include "messages/smsencoding.h"
#include "util/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// One message as the dispatcher hands it to a gateway: the exact text that will arrive.
struct OutgoingSms
{
    qint64 messageId = 0; // the outbox row; gateways put it in callback URLs
    QString to;           // E.164
    QString body;         // the text as sent, opt-out line included
    SmsCoding coding = SmsCoding::Gsm7;
    int parts = 1;
    QDateTime claimedAt; // when the dispatcher claimed the row (UTC); used to reconcile
};

// What a gateway said about one send.
struct SendOutcome
{
    enum class Kind
    {
        Accepted,  // the gateway took the message; providerId may name it
        Retry,     // certainly not taken (429, 503, connection refused): try again after a pause
        Permanent, // refused for good (invalid number, unsubscribed at the carrier, bad token, ...)
        Unknown,   // no answer that says either way (timeout after the request went out)
    };
    // What a permanent refusal means for the number, beyond this one message.
    enum class Effect
    {
        None,
        InvalidNumber, // e.g. Twilio 21211: the number cannot take messages
        CarrierOptOut, // e.g. Twilio 21610: the person unsubscribed at the carrier
        Unauthorized,  // wrong credentials: stop the whole campaign, not just this row
    };

    Kind kind = Kind::Unknown;
    Effect effect = Effect::None;
    QString providerId;        // the gateway's id of the message ("SM…" for Twilio), if any
    QString error;             // for people: what went wrong, in words (already translated)
    QString errorCode;         // the gateway's own code ("21211", "429", "timeout"), for the record
    int retryAfterSeconds = 0; // a gateway's hint (Retry-After); 0 = use the dispatcher's backoff

    static SendOutcome accepted(QString providerId = {})
    {
        SendOutcome o;
        o.kind = Kind::Accepted;
        o.providerId = std::move(providerId);
        return o;
    }
    static SendOutcome failed(Kind kind, QString code, QString error, Effect effect = Effect::None)
    {
        SendOutcome o;
        o.kind = kind;
        o.errorCode = std::move(code);
        o.error = std::move(error);
        o.effect = effect;
        return o;
    }
};

// A later word about a message already accepted: from a delivery report or a status poll.
struct DeliveryUpdate
{
    enum class State
    {
        Submitted,   // reached the operator (Kannel 8, Twilio sent)
        Delivered,   // reached the phone (Kannel 1, Twilio delivered)
        Undelivered, // will not reach the phone (Kannel 2/16, Twilio undelivered/failed)
    };
    qint64 messageId = 0; // 0 when only providerId is known
    QString providerId;
    State state = State::Submitted;
    QString errorCode;
    QString error;
    QDateTime at; // UTC
};

// A reply as a gateway hands it over, before anyone has read it.
struct IncomingReply
{
    QString from;         // the sender's number as the gateway writes it ("79161234567", "+4915…")
    QString body;         // the text, decoded
    QDateTime receivedAt; // when the person sent it, as the gateway says (UTC); invalid = now
    QString source;       // "kannel", "twilio", "file", "cli"
    QString sourceId;     // the gateway's id of the reply, if any; a repeated delivery has the same
};

// A way to get messages out: a file for a provider's bulk upload, Twilio, or Kannel.
// Every call blocks and is made from the dispatcher's worker thread, never the UI thread.
class Gateway
{
public:
    virtual ~Gateway() = default;

    virtual SendOutcome send(const OutgoingSms& sms) = 0;

    // Whether the gateway can be asked afterwards what became of a message whose send had no
    // answer (Twilio's message list). Without it such a message stays "unknown" for a person.
    virtual bool canLookUp() const { return false; }
    // The outcome for a message sent earlier: Accepted when the gateway has it, Permanent/Retry
    // when it certainly does not, nullopt when it cannot tell (yet).
    virtual std::optional<SendOutcome> lookUp(const OutgoingSms& sms)
    {
        Q_UNUSED(sms);
        return std::nullopt;
    }

    // Gateways without delivery callbacks are asked for news about accepted messages
    // (Twilio's status). The default has nothing to say.
    virtual QVector<DeliveryUpdate> pollDeliveries(const QVector<QString>& providerIds)
    {
        Q_UNUSED(providerIds);
        return {};
    }

    // Gateways that keep replies for the app to fetch (Twilio), instead of pushing them to the
    // listener (Kannel) or leaving them to a file (export).
    virtual bool canFetchReplies() const { return false; }
    // The replies the gateway received since `since` (UTC), oldest first. Fetching the same ones
    // again is harmless: each carries its id.
    virtual Result<QVector<IncomingReply>> fetchReplies(const QDateTime& since)
    {
        Q_UNUSED(since);
        return QVector<IncomingReply>();
    }

    // Messages per second the gateway should be sent at most; 0 = no limit of its own.
    virtual double maxRate() const { return 0; }

    // Whether "accepted" means written to a file for someone to upload, not sent.
    virtual bool isExport() const { return false; }
};

} // namespace textwell

Q_DECLARE_METATYPE(textwell::DeliveryUpdate)
Q_DECLARE_METATYPE(textwell::IncomingReply)
