#pragma once

#include "subscriberstatus.h"

#include <QString>

#include <optional>

namespace textwell {

// What the address book shows: a search text, a status, and the sort order.
struct SubscriberFilter
{
    enum class SortColumn
    {
        ByPhone,
        ByName,
        ByCity,
        ByStatus,
        ByConsentDate,
    };

    QString search; // digits search the number, anything else the name
    QString region; // the default country, to read a whole number typed as "0171 1234567"
    std::optional<SubscriberStatus> status;
    SortColumn sort = SortColumn::ByName;
    bool descending = false;

    bool operator==(const SubscriberFilter& other) const
    {
        return search == other.search && region == other.region && status == other.status &&
               sort == other.sort && descending == other.descending;
    }
    bool operator!=(const SubscriberFilter& other) const { return !(*this == other); }
};

} // namespace textwell
