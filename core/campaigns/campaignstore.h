#pragma once

#include "campaign.h"
#include "outboxmessage.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QVector>

namespace textwell {

// How far a campaign got: its rows by state, and the skipped, held and failed ones by reason.
struct CampaignTotals
{
    QMap<MessageState, qint64> byState;
    QMap<QString, qint64> skippedByReason;
    QMap<QString, qint64> heldByReason;
    QMap<QString, qint64> failedByReason;
    QDateTime nextHeldAt; // when the first held message may go

    qint64 total() const;
    qint64 count(MessageState state) const { return byState.value(state); }
    qint64 pending() const;
    // Rows the campaign is done with, for a progress bar: total() - pending().
    qint64 done() const { return total() - pending(); }
};

// Campaigns as stored: drafts, their life (schedule, start, pause, resume, cancel, finish), and
// their outbox rows for the list of messages. Starting, which writes the outbox, is CampaignStarter's.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(QSqlDatabase db);

    // Saves a new draft and returns its id. The name, text and rule are checked here.
    Result<qint64> create(const Campaign& campaign);
    Result<Campaign> get(qint64 id) const;
    Result<std::optional<Campaign>> findByName(const QString& name) const;
    // Newest first.
    Result<QVector<Campaign>> list() const;

    // A draft goes out at `atUtc` (the dispatcher or `send --due` starts it then).
    Status schedule(qint64 id, const QDateTime& atUtc);
    Status pause(qint64 id);
    Status resume(qint64 id);
    // Stops for good: rows not yet sent become cancelled.
    Status cancel(qint64 id);
    Status setLastError(qint64 id, const QString& error);

    Result<CampaignTotals> totals(qint64 id) const;
    Result<qint64> messageCount(qint64 id) const;
    // Rows [offset, offset + limit) by id.
    Result<QVector<OutboxMessage>> messages(qint64 id, qint64 offset, int limit) const;

    // The columns of an outbox row (alias "m") and reading them back.
    static QString messageColumns();
    static OutboxMessage readMessage(const QSqlQuery& query);
    static Campaign readCampaign(const QSqlQuery& query);
    static QString campaignColumns();

    static constexpr int MaxNameLength = 100;

private:
    Status changeStatus(qint64 id, const QVector<CampaignStatus>& from, CampaignStatus to,
                        const QString& refusal);

    QSqlDatabase m_db;
};

} // namespace textwell
