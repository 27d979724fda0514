#pragma once

#include "analyticsscope.h"

#include <QString>
#include <QVariantList>

namespace textwell {

// SQL fragments every analytics query shares, so that each measure reads the data one way.
class AnalyticsSql
{
public:
    // "SELECT s.phone FROM subscriber s WHERE <the segment's rule>", its values appended.
    static QString segmentPhones(const AnalyticsScope& scope, QVariantList* values);
    // The reason of an opt-out event "e": its own, or the one the person gave afterwards (answering
    // the reason question stores it on the suppression row "sup" of the latest opt-out).
    static QString reasonOfOptOut();
    static QString joinSuppression();
    // Events "e" of the given kinds ("'opt_out', 'exclude'") recorded in the scope's span, of
    // the segment's people if any; values appended.
    static QString eventsInSpan(const AnalyticsScope& scope, const QString& kinds, QVariantList* values);
};

} // namespace textwell
