#include "campaignfigures.h"

namespace textwell {

std::optional<double> UnsubscribeRate::rate() const
{
    if (reached <= 0)
        return std::nullopt;
    return double(optOuts) / double(reached);
}

UnsubscribeRate& UnsubscribeRate::operator+=(const UnsubscribeRate& other)
{
    optOuts += other.optOuts;
    reached += other.reached;
    return *this;
}

UnsubscribeRate CampaignFigures::unsubscribeRate() const
{
    return UnsubscribeRate{optOuts, hasDeliveryReports() ? delivered : sent};
}

std::optional<double> DeliveryRate::rate() const
{
    if (sent <= 0)
        return std::nullopt;
    return double(delivered) / double(sent);
}

void DeliveryRate::add(const CampaignFigures& campaign)
{
    if (!campaign.hasDeliveryReports())
        return;
    delivered += campaign.delivered;
    sent += campaign.sent;
}

} // namespace textwell
