#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// Where a person stands, derived from the suppression list and their consent. The numeric values
// are stored and sorted on: the more a status blocks sending, the higher (AwaitingConfirmation came
// later and was given the next free value).
enum class SubscriberStatus
{
    Subscribed = 0,
    NoConsent = 1,
    Unsubscribed = 2,
    Excluded = 3,
    // Consent recorded, but the rule pack of the number's country wants it confirmed from the
    // number itself (double opt-in) and it was not yet: not sendable.
    AwaitingConfirmation = 4,
};

class SubscriberStatuses
{
public:
    static QString label(SubscriberStatus status); // translated, for people
    static QString code(SubscriberStatus status);  // "subscribed", for files and --json
    static std::optional<SubscriberStatus> fromCode(const QString& code);
    // Every status, in the order people see them in lists.
    static const QVector<SubscriberStatus>& all();
    // Excluded beats unsubscribed beats no consent beats awaiting confirmation: the most
    // restrictive state wins. awaitingConfirmation: the consent is not confirmed from the number
    // where the number's rule pack wants that.
    static SubscriberStatus derive(bool excluded, bool optedOut, bool hasConsent,
                                   bool awaitingConfirmation = false);
};

} // namespace textwell
