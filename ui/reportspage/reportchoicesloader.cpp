#include "reportchoicesloader.h"

#include "campaigns/campaignstore.h"
#include "segments/segmentstore.h"

#include <algorithm>

using namespace textwell;

ReportChoicesLoader::ReportChoicesLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(std::move(databasePath)), m_latest(std::move(latest))
{}

ReportChoicesLoader::~ReportChoicesLoader() = default;

void ReportChoicesLoader::load(quint64 generation)
{
    if (generation < m_latest->load())
        return; // a newer request is queued behind this one
    ReportChoices choices;
    choices.generation = generation;
    if (Status opened = m_db.open(); !opened) {
        choices.error = opened.error();
        Q_EMIT loaded(choices);
        return;
    }
    Result<QVector<SavedSegment>> segments = SegmentStore(m_db.database()).list();
    if (!segments) {
        choices.error = segments.error();
        Q_EMIT loaded(choices);
        return;
    }
    for (const SavedSegment& s : segments.value())
        choices.segments.append(s.name);
    Result<QVector<Campaign>> campaigns = CampaignStore(m_db.database()).list();
    if (!campaigns) {
        choices.error = campaigns.error();
        Q_EMIT loaded(choices);
        return;
    }
    for (const Campaign& c : campaigns.value()) {
        if (c.startedAt.isValid())
            choices.campaigns.append(c);
    }
    std::sort(choices.campaigns.begin(), choices.campaigns.end(),
              [](const Campaign& a, const Campaign& b) { return a.startedAt > b.startedAt; });
    Q_EMIT loaded(choices);
}
