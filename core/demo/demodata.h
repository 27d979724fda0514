#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace textwell {

// Fills an empty database with realistic people from Russia, Germany and the US: names and cities
// in their languages, tags, consents with their evidence, some unsubscribed with reasons, some
// excluded by hand, activity dates, German consents confirmed by SMS (double opt-in) or still
// awaiting it; and a year of campaigns to them, ending now, with what each
// message became and the people who left after one (DemoHistory). The histories obey the same
// rules as the address book's (the status follows from the suppression list and the consent),
// written in bulk for speed.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Summary
    {
        qint64 subscribers = 0;
        qint64 unsubscribed = 0;
        qint64 excluded = 0;
        qint64 withoutConsent = 0;
        qint64 awaitingConfirmation = 0;   // German consents not confirmed by SMS yet (double opt-in)
        qint64 excludedNonSubscribers = 0; // complaint calls about numbers not in the book
        qint64 campaigns = 0;              // finished in the past year, and one still to come
        qint64 messagesSent = 0;           // campaign messages handed to the gateway
        qint64 campaignOptOuts = 0;        // opt-outs attributed to a campaign (of `unsubscribed`)
    };

    // progress(done) is called now and then; returning false cancels (nothing is kept).
    static Result<Summary> generate(const QSqlDatabase& db, qint64 count, quint32 seed = 20261123,
                                    const std::function<bool(qint64 done)>& progress = {});
};

} // namespace textwell
