#include "campaignloader.h"

#include "campaigns/outbox.h"

using namespace textwell;

CampaignLoader::CampaignLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(std::move(databasePath)), m_latest(std::move(latest))
{}

CampaignLoader::~CampaignLoader() = default;

QString CampaignLoader::countVariants(CampaignRow& row) const
{
    // The measures the A/B decision itself uses.
    Result<QMap<QString, VariantFigures>> figures = Outbox(m_db.database()).abFigures(row.campaign.id);
    if (!figures)
        return figures.error();
    row.variants = figures.value();
    return {};
}

void CampaignLoader::load(quint64 generation, const QSet<qint64>& changed, bool everything, qint64 selected)
{
    if (stale(generation))
        return;
    CampaignListReply reply;
    reply.generation = generation;
    if (Status opened = m_db.open(); !opened) {
        reply.error = opened.error();
        Q_EMIT loaded(reply);
        return;
    }
    const CampaignStore store(m_db.database());
    // The campaign table is small (one row per campaign); its messages are what grows.
    Result<QVector<Campaign>> campaigns = store.list();
    if (!campaigns) {
        reply.error = campaigns.error();
        Q_EMIT loaded(reply);
        return;
    }

    QVector<int> toCount;
    QHash<qint64, CampaignRow> counted;
    reply.rows.reserve(campaigns.value().size());
    bool anyUncounted = false;
    for (const Campaign& campaign : campaigns.value()) {
        CampaignRow row;
        auto known = m_counted.constFind(campaign.id);
        if (known != m_counted.constEnd()) {
            row = *known;
            counted.insert(campaign.id, row);
        } else {
            anyUncounted = true;
        }
        const bool moved = !row.totalsLoaded || row.campaign.status != campaign.status ||
                           campaign.status == CampaignStatus::Sending || changed.contains(campaign.id);
        const bool wantsVariants = campaign.id == selected && campaign.isAbTest() && row.variants.isEmpty();
        row.campaign = campaign;
        if (everything || moved || wantsVariants)
            toCount.append(reply.rows.size());
        reply.rows.append(row);
    }
    // Drop what belongs to campaigns that are gone.
    m_counted = counted;

    if (anyUncounted && !toCount.isEmpty()) {
        // Show the list at once; the new rows' numbers follow.
        CampaignListReply first = reply;
        first.complete = false;
        Q_EMIT loaded(first);
    }

    for (int i : toCount) {
        if (stale(generation))
            return;
        CampaignRow& row = reply.rows[i];
        Result<CampaignTotals> totals = store.totals(row.campaign.id);
        if (!totals) {
            reply.error = totals.error();
            break;
        }
        row.totals = totals.value();
        row.totalsLoaded = true;
        if (row.campaign.id == selected && row.campaign.isAbTest()) {
            if (QString error = countVariants(row); !error.isEmpty()) {
                reply.error = error;
                break;
            }
        }
        m_counted.insert(row.campaign.id, row);
    }
    if (stale(generation))
        return;
    Q_EMIT loaded(reply);
}
