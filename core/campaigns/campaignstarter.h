#pragma once

#include "campaign.h"
#include "contacts/subscriber.h"
#include "messages/messagetemplate.h"
#include "messages/optoutfooter.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace textwell {

// A message made for one recipient: the exact text, with the opt-out line for marketing.
struct RenderedMessage
{
    QString body;
    int parts = 0;
    QString encoding; // "GSM-7" or "UCS-2"
};

// Starts a campaign: writes its outbox, one row per person the segment matches, in one transaction.
// People the rules leave out get a skipped row with the reason, so the campaign can say who did not
// get it and why; the dispatcher checks everyone again at the moment of sending. With an A/B test,
// each variant gets its share at random and the rest wait for the winner's text.
class CampaignStarter
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStarter)

public:
    explicit CampaignStarter(QSqlDatabase db);

    // Reports (rows written, rows matching); returning false cancels, leaving nothing written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Returns the number of rows that will be sent (not skipped). A segment that reaches no one
    // is refused, and the campaign stays as it was.
    Result<qint64> start(qint64 campaignId, const Progress& progress = {});

    // Gives an A/B test's waiting rows the winner's text and queues them.
    Status sendRestWithWinner(qint64 campaignId, const QString& winner);

    static RenderedMessage render(const MessageTemplate& text, const Subscriber& person,
                                  const OptOutSettings& optOut, bool marketing);

private:
    Result<QStringList> templateFields() const;

    QSqlDatabase m_db;
};

} // namespace textwell
