#pragma once

#include "storage/lazyconnection.h"

#include "campaigns/campaign.h"
#include "campaigns/campaignstore.h"
#include "campaigns/outbox.h"
#include "storage/connection.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>

// One variant of an A/B test: how many got it, how many went out, arrived, and opted out after.
// One line of the campaign list: the campaign with its totals.
struct CampaignRow
{
    textwell::Campaign campaign;
    textwell::CampaignTotals totals;
    bool totalsLoaded = false;                        // false until the worker has counted them
    QMap<QString, textwell::VariantFigures> variants; // "A" and "B", for the selected A/B test
};

struct CampaignListReply
{
    quint64 generation = 0;
    // False for a quick first answer with the campaigns whose totals are still being counted.
    bool complete = true;
    QString error;
    QVector<CampaignRow> rows; // newest first
};
Q_DECLARE_METATYPE(CampaignListReply)

// Reads the campaign list and counts each campaign's messages on its own thread with its own
// connection: the totals are a GROUP BY over the outbox and grow with it. Totals are kept between
// requests and counted again only where they can have moved. A request older than the latest when
// its turn comes (or while it runs) is dropped.
class CampaignLoader : public QObject
{
    Q_OBJECT

public:
    CampaignLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~CampaignLoader() override;

public Q_SLOTS:
    // Reads every campaign and counts again the totals of those in `changed`, those sending, those
    // whose status moved and those never counted; of all when `everything`. The A/B figures are
    // counted for `selected` only.
    void load(quint64 generation, const QSet<qint64>& changed, bool everything, qint64 selected);

Q_SIGNALS:
    void loaded(const CampaignListReply& reply);

private:
    bool stale(quint64 generation) const { return generation < m_latest->load(); }
    QString countVariants(CampaignRow& row) const;

    textwell::LazyConnection m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QHash<qint64, CampaignRow> m_counted; // the latest totals per campaign
};
