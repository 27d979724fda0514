#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace textwell {

enum class CampaignStatus
{
    Draft,
    Scheduled,
    Sending,
    Paused,
    Finished,
    Cancelled,
};

// How an A/B test picks its winner.
enum class AbMetric
{
    OptOutRate,   // fewer opt-outs wins
    DeliveryRate, // more deliveries wins
};

// A message sent to a segment: drafted, perhaps scheduled, then sent, with an optional A/B test
// of two texts on a share of the recipients each before the rest get the winner.
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)

public:
    qint64 id = 0;
    QString name;
    CampaignStatus status = CampaignStatus::Draft;
    bool marketing = true;
    QString segmentName;    // as it was when the campaign was made
    QString rule;           // the segment's rule as JSON, fixed when the campaign was made
    QString body;           // the text (variant A); the opt-out line is added per recipient
    QString bodyB;          // variant B; empty when there is no A/B test
    int abSharePercent = 0; // each variant goes to this share of the recipients first
    AbMetric abMetric = AbMetric::OptOutRate;
    int abHours = 0;       // the rest goes to the winner this many hours after the start
    QString winner;        // "A", "B" or empty while undecided
    QDateTime scheduledAt; // UTC; invalid when not scheduled
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString lastError; // the latest problem, for people: "The gateway refused the password."

    bool isAbTest() const { return !bodyB.isEmpty() && abSharePercent > 0; }
    QDateTime abDecideAt() const { return startedAt.addSecs(qint64(abHours) * 3600); }

    static QString statusCode(CampaignStatus status);
    static std::optional<CampaignStatus> statusFromCode(const QString& code);
    static QString statusLabel(CampaignStatus status);
    static QString metricCode(AbMetric metric);
    static std::optional<AbMetric> metricFromCode(const QString& code);
    static QString metricLabel(AbMetric metric);
};

} // namespace textwell
