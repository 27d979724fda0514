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
    }
    return {};
}

std::optional<SubscriberStatus> SubscriberStatuses::fromCode(const QString& code)
{
    for (auto s : {SubscriberStatus::Subscribed, SubscriberStatus::NoConsent, SubscriberStatus::Unsubscribed,
                   SubscriberStatus::Excluded}) {
        if (SubscriberStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

SubscriberStatus SubscriberStatuses::derive(bool excluded, bool optedOut, bool hasConsent)
{
    if (excluded)
        return SubscriberStatus::Excluded;
    if (optedOut)
        return SubscriberStatus::Unsubscribed;
    return hasConsent ? SubscriberStatus::Subscribed : SubscriberStatus::NoConsent;
}

} // namespace textwell
