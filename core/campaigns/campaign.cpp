#include "campaign.h"

namespace textwell {

namespace {

struct StatusName
{
    CampaignStatus status;
    const char* code;
};

constexpr StatusName statusNames[] = {
    {CampaignStatus::Draft, "draft"},       {CampaignStatus::Scheduled, "scheduled"},
    {CampaignStatus::Sending, "sending"},   {CampaignStatus::Paused, "paused"},
    {CampaignStatus::Finished, "finished"}, {CampaignStatus::Cancelled, "cancelled"},
};

} // namespace

QString Campaign::statusCode(CampaignStatus status)
{
    for (const StatusName& name : statusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.code);
    }
    return {};
}

std::optional<CampaignStatus> Campaign::statusFromCode(const QString& code)
{
    for (const StatusName& name : statusNames) {
        if (code == QLatin1String(name.code))
            return name.status;
    }
    return std::nullopt;
}

QString Campaign::statusLabel(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return tr("Draft");
    case CampaignStatus::Scheduled:
        return tr("Scheduled");
    case CampaignStatus::Sending:
        return tr("Sending");
    case CampaignStatus::Paused:
        return tr("Paused");
    case CampaignStatus::Finished:
        return tr("Finished");
    case CampaignStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Campaign::metricCode(AbMetric metric)
{
    return metric == AbMetric::DeliveryRate ? QStringLiteral("delivery") : QStringLiteral("opt-out");
}

std::optional<AbMetric> Campaign::metricFromCode(const QString& code)
{
    if (code == QLatin1String("delivery"))
        return AbMetric::DeliveryRate;
    if (code == QLatin1String("opt-out"))
        return AbMetric::OptOutRate;
    return std::nullopt;
}

QString Campaign::metricLabel(AbMetric metric)
{
    return metric == AbMetric::DeliveryRate ? tr("more deliveries") : tr("fewer opt-outs");
}

} // namespace textwell
