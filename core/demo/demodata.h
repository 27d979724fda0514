#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace textwell {

// Fills an empty database with realistic people from Russia, Germany and the US: names and cities
// in their languages, tags, consents with their evidence, some unsubscribed with reasons, some
// excluded by hand, activity dates. The histories obey the same rules as the address book's
// (the status follows from the suppression list and the consent), written in bulk for speed.
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
        qint64 excludedNonSubscribers = 0; // complaint calls about numbers not in the book
    };

    // progress(done) is called now and then; returning false cancels (nothing is kept).
    static Result<Summary> generate(const QSqlDatabase& db, qint64 count, quint32 seed = 20261123,
                                    const std::function<bool(qint64 done)>& progress = {});
};

} // namespace textwell
