#pragma once

#include <QString>

#include <optional>

namespace textwell {

// Where a person stands, derived from the suppression list and their consent. The numeric values
// are stored and sorted on: the more a status blocks sending, the higher.
enum class SubscriberStatus
{
    Subscribed = 0,
    NoConsent = 1,
    Unsubscribed = 2,
    Excluded = 3,
};

class SubscriberStatuses
{
public:
    static QString label(SubscriberStatus status); // translated, for people
    static QString code(SubscriberStatus status);  // "subscribed", for files and --json
    static std::optional<SubscriberStatus> fromCode(const QString& code);
    // Excluded beats unsubscribed beats no consent: the most restrictive state wins.
    static SubscriberStatus derive(bool excluded, bool optedOut, bool hasConsent);
};

} // namespace textwell
