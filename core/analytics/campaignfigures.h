#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace textwell {

// Opt-outs against the messages that reached people: the unsubscribe rate of one campaign or of
// several added up. Defined once, here, for the dashboard, the reports and the CLI alike.
struct UnsubscribeRate
{
    qint64 optOuts = 0; // opt-outs attributed to the campaigns (each number once per campaign)
    qint64 reached = 0; // their messages delivered, or sent where a campaign has no delivery reports

    // optOuts / reached; none without messages (never a division by zero, never NaN).
    std::optional<double> rate() const;
    UnsubscribeRate& operator+=(const UnsubscribeRate& other);
};

// What happened to one campaign's messages, and who left after it.
struct CampaignFigures
{
    qint64 id = 0;
    QString name;
    QDateTime startedAt; // UTC; campaigns count in the period they started in
    bool marketing = true;
    qint64 sent = 0;      // handed to the gateway
    qint64 delivered = 0; // reported delivered to the phone
    qint64 failed = 0;    // refused or reported undelivered
    qint64 optOuts = 0;
    QString topReason; // the most given opt-out reason's code; empty without reasons

    // A campaign whose gateway reported any delivery is measured against its delivered messages.
    bool hasDeliveryReports() const { return delivered > 0; }
    UnsubscribeRate unsubscribeRate() const;
};

// Delivered against sent, over the campaigns that have delivery reports.
struct DeliveryRate
{
    qint64 delivered = 0;
    qint64 sent = 0;

    std::optional<double> rate() const;
    void add(const CampaignFigures& campaign);
};

} // namespace textwell
