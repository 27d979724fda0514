#pragma once

#include "analyticsscope.h"
#include "campaignfigures.h"
#include "period.h"

#include <QString>
#include <QVector>

namespace textwell {

// A count under a code: an opt-out reason ("too_frequent", "" when none was given) or how people
// left (a consent channel code: "keyword", "reply", "manual", "carrier", "import", ...).
struct CodeCount
{
    QString code;
    qint64 count = 0;
};

// The figures of one period of the timeline.
struct PeriodFigures
{
    Period period;
    UnsubscribeRate unsubscribeRate; // of the campaigns started in the period
    DeliveryRate deliveryRate;       // of the same campaigns
    qint64 optOuts = 0;              // opt-outs recorded in the period, attributed or not
    qint64 gained = 0;               // consents recorded in the period
    qint64 lost = 0;                 // opt-outs and exclusions recorded in the period
};

// Everything the dashboard shows, computed in one go on a worker.
struct DashboardFigures
{
    AnalyticsScope scope;
    Granularity granularity = Granularity::Week;
    QDate today;

    // Key figures: fixed spans up to today, whatever the scope's span.
    qint64 activeSubscribers = 0;   // may be sent marketing now
    UnsubscribeRate last30Days;     // campaigns started in the last 30 days
    UnsubscribeRate previous30Days; // the 30 days before those
    qint64 optOutsThisWeek = 0;     // since the start of the current week
    DeliveryRate deliveryLast30Days;
    // Twelve weeks up to today, for each key figure's trend line.
    QVector<PeriodFigures> trend;
    QVector<qint64> activeTrend; // people who could be sent marketing at the end of each trend week

    // The scope's span.
    QVector<PeriodFigures> timeline;
    QVector<CodeCount> reasons;         // most given first
    QVector<CodeCount> channels;        // most used first
    QVector<CampaignFigures> campaigns; // started in the span, newest first

    bool hasAnyCampaign() const { return !campaigns.isEmpty(); }
};

} // namespace textwell
