#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// Where one outbox row stands. Stored as its code.
enum class MessageState
{
    Queued,    // to be sent; may wait for next_attempt_at after a retryable error
    Held,      // waits for quiet hours to end or the frequency cap to free up; not dropped
    Waiting,   // an A/B test's rest, waiting for the winner's text
    Sending,   // claimed: the gateway was (about to be) called; never sent again blindly
    Sent,      // the gateway took it
    Delivered, // the phone got it
    Failed,    // refused for good, or reported undelivered
    Skipped,   // not sent by the rules: unsubscribed, excluded, no consent, not a mobile
    Unknown,   // claimed, but no answer came (the app stopped, a timeout): never resent blindly
    Exported,  // written to the export file for a provider's bulk upload
    Cancelled, // the campaign was cancelled before this row went out
};

// Why an outbox row exists: a campaign's message, or an answer to a reply (no campaign).
// Stored as the code.
struct OutboxPurpose
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPurpose)

public:
    static inline const QString Campaign = QStringLiteral("campaign");
    static inline const QString OptOutConfirmation = QStringLiteral("opt_out_confirmation");
    static inline const QString OptInConfirmation = QStringLiteral("opt_in_confirmation");
    static inline const QString Help = QStringLiteral("help");
    static inline const QString Answer = QStringLiteral("answer");   // written by a person in the Inbox
    static inline const QString Welcome = QStringLiteral("welcome"); // answers a JOIN text
    // Asks a number to confirm its consent by replying YES (double opt-in), and the one reminder.
    // Never marketing; sent in the recipient's daytime like any message nobody asked for.
    static inline const QString ConfirmationRequest = QStringLiteral("confirmation_request");
    static inline const QString ConfirmationReminder = QStringLiteral("confirmation_reminder");
    static QString label(const QString& code);
};

// One row of a campaign's outbox: a recipient, the exact text they get, and where it stands.
struct OutboxMessage
{
    Q_DECLARE_TR_FUNCTIONS(OutboxMessage)

public:
    qint64 id = 0;
    qint64 campaignId = 0;
    QString phone;
    QString purpose = OutboxPurpose::Campaign;
    QString variant; // "A", "B" or empty
    QString body;    // exactly as sent, opt-out line included
    int parts = 0;
    QString encoding;
    MessageState state = MessageState::Queued;
    QString reason; // a reason code below, for skipped, held and failed rows
    int attempts = 0;
    QString providerId;
    QString errorCode;
    QString error;
    QDateTime nextAttemptAt;
    QDateTime claimedAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime updatedAt;

    static QString stateCode(MessageState state);
    static std::optional<MessageState> stateFromCode(const QString& code);
    static QString stateLabel(MessageState state);
    static QVector<MessageState> allStates();
    // Rows the campaign is not done with.
    static bool isPending(MessageState state)
    {
        return state == MessageState::Queued || state == MessageState::Held ||
               state == MessageState::Waiting || state == MessageState::Sending;
    }

    // Why a row was skipped, held or failed: stored as the code, shown as the label.
    static inline const QString Unsubscribed = QStringLiteral("unsubscribed");
    static inline const QString Excluded = QStringLiteral("excluded");
    static inline const QString NoConsent = QStringLiteral("no_consent");
    // consent not confirmed from the number where its country's rule pack wants it (double opt-in)
    static inline const QString AwaitingConfirmation = QStringLiteral("awaiting_confirmation");
    static inline const QString NotMobile = QStringLiteral("not_mobile");
    static inline const QString NotInBook = QStringLiteral("not_in_book"); // deleted since the start
    static inline const QString QuietHours = QStringLiteral("quiet_hours");
    static inline const QString FrequencyCap = QStringLiteral("frequency_cap");
    static inline const QString InvalidNumber = QStringLiteral("invalid_number");
    static inline const QString CarrierOptOut = QStringLiteral("carrier_opt_out");
    static inline const QString GatewayError = QStringLiteral("gateway_error");
    static inline const QString Undelivered = QStringLiteral("undelivered");
    static inline const QString Superseded = QStringLiteral("superseded"); // a confirmation no longer true
    // an opt-out confirmation not sent within the time the rules allow after the opt-out
    static inline const QString TooLate = QStringLiteral("too_late");
    static QString reasonLabel(const QString& code);
};

} // namespace textwell
