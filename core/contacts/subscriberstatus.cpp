#include "subscriberstatus.h"

#include <QCoreApplication>

namespace textwell {

QString SubscriberStatuses::label(SubscriberStatus status)
{
    switch (status) {
    case SubscriberStatus::Subscribed:
        return QCoreApplication::translate("SubscriberStatus", "Subscribed");
    case SubscriberStatus::NoConsent:
        return QCoreApplication::translate("SubscriberStatus", "No consent");
    case SubscriberStatus::Unsubscribed:
        return QCoreApplication::translate("SubscriberStatus", "Unsubscribed");
    case SubscriberStatus::Excluded:
        return QCoreApplication::translate("SubscriberStatus", "Excluded");
    case SubscriberStatus::AwaitingConfirmation:
        return QCoreApplication::translate("SubscriberStatus", "Awaiting confirmation");
    }
    return {};
}

QString SubscriberStatuses::code(SubscriberStatus status)
{
    switch (status) {
    case SubscriberStatus::Subscribed:
        return QStringLiteral("subscribed");
    case SubscriberStatus::NoConsent:
        return QStringLiteral("no_consent");
    case SubscriberStatus::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case SubscriberStatus::Excluded:
        return QStringLiteral("excluded");
    case SubscriberStatus::AwaitingConfirmation:
        return QStringLiteral("awaiting_confirmation");
    }
    return {};
}

std::optional<SubscriberStatus> SubscriberStatuses::fromCode(const QString& code)
{
    for (SubscriberStatus s : all()) {
        if (SubscriberStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

const QVector<SubscriberStatus>& SubscriberStatuses::all()
{
    static const QVector<SubscriberStatus> statuses = {
        SubscriberStatus::Subscribed, SubscriberStatus::AwaitingConfirmation, SubscriberStatus::NoConsent,
        SubscriberStatus::Unsubscribed, SubscriberStatus::Excluded};
    return statuses;
}

SubscriberStatus SubscriberStatuses::derive(bool excluded, bool optedOut, bool hasConsent,
                                            bool awaitingConfirmation)
{
    if (excluded)
        return SubscriberStatus::Excluded;
    if (optedOut)
        return SubscriberStatus::Unsubscribed;
    if (!hasConsent)
        return SubscriberStatus::NoConsent;
    return awaitingConfirmation ? SubscriberStatus::AwaitingConfirmation : SubscriberStatus::Subscribed;
}

} // namespace textwell
