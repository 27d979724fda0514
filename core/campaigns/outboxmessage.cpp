#include "outboxmessage.h"

namespace textwell {

namespace {

struct StateName
{
    MessageState state;
    const char* code;
};

constexpr StateName stateNames[] = {
    {MessageState::Queued, "queued"},       {MessageState::Held, "held"},
    {MessageState::Waiting, "waiting"},     {MessageState::Sending, "sending"},
    {MessageState::Sent, "sent"},           {MessageState::Delivered, "delivered"},
    {MessageState::Failed, "failed"},       {MessageState::Skipped, "skipped"},
    {MessageState::Unknown, "unknown"},     {MessageState::Exported, "exported"},
    {MessageState::Cancelled, "cancelled"},
};

} // namespace

QString OutboxMessage::stateCode(MessageState state)
{
    for (const StateName& name : stateNames) {
        if (name.state == state)
            return QString::fromLatin1(name.code);
    }
    return {};
}

std::optional<MessageState> OutboxMessage::stateFromCode(const QString& code)
{
    for (const StateName& name : stateNames) {
        if (code == QLatin1String(name.code))
            return name.state;
    }
    return std::nullopt;
}

QVector<MessageState> OutboxMessage::allStates()
{
    QVector<MessageState> states;
    for (const StateName& name : stateNames)
        states.append(name.state);
    return states;
}

QString OutboxMessage::stateLabel(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return tr("Queued");
    case MessageState::Held:
        return tr("Waiting for its window");
    case MessageState::Waiting:
        return tr("Waiting for the A/B winner");
    case MessageState::Sending:
        return tr("Sending");
    case MessageState::Sent:
        return tr("Sent");
    case MessageState::Delivered:
        return tr("Delivered");
    case MessageState::Failed:
        return tr("Failed");
    case MessageState::Skipped:
        return tr("Skipped");
    case MessageState::Unknown:
        return tr("Unknown — check");
    case MessageState::Exported:
        return tr("Exported to file");
    case MessageState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OutboxMessage::reasonLabel(const QString& code)
{
    if (code == Unsubscribed)
        return tr("unsubscribed");
    if (code == Excluded)
        return tr("excluded");
    if (code == NoConsent)
        return tr("no recorded consent");
    if (code == AwaitingConfirmation)
        return tr("consent not yet confirmed by SMS");
    if (code == NotMobile)
        return tr("not a mobile number");
    if (code == NotInBook)
        return tr("no longer in the address book");
    if (code == QuietHours)
        return tr("quiet hours");
    if (code == FrequencyCap)
        return tr("message limit reached");
    if (code == InvalidNumber)
        return tr("invalid number");
    if (code == CarrierOptOut)
        return tr("unsubscribed at the carrier");
    if (code == GatewayError)
        return tr("gateway error");
    if (code == Undelivered)
        return tr("not delivered");
    if (code == Superseded)
        return tr("no longer true: a later reply changed it");
    if (code == TooLate)
        return tr("too late: the opt-out was longer ago than the rules allow for its confirmation");
    return code;
}

QString OutboxPurpose::label(const QString& code)
{
    if (code == OptOutConfirmation)
        return tr("Opt-out confirmation");
    if (code == OptInConfirmation)
        return tr("Opt-in confirmation");
    if (code == Help)
        return tr("Help text");
    if (code == Answer)
        return tr("Answer");
    if (code == Welcome)
        return tr("Welcome text");
    if (code == ConfirmationRequest)
        return tr("Confirmation request");
    if (code == ConfirmationReminder)
        return tr("Confirmation reminder");
    return tr("Campaign message");
}

} // namespace textwell
