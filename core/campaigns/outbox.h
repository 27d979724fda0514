#pragma once

#include "campaign.h"
#include "compliance/sendpolicy.h"
#include "gateways/gateway.h"
#include "outboxmessage.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace textwell {

// How one variant of an A/B test did: what the winner is chosen by, and what the screen shows.
struct VariantFigures
{
    qint64 recipients = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 optedOut = 0; // of those sent, opted out after their message

    double optOutRate() const { return sent > 0 ? double(optedOut) / double(sent) : 0.0; }
    double deliveryRate() const { return sent > 0 ? double(delivered) / double(sent) : 0.0; }
};

// The outbox rows' state machine, one small transaction per step, so that a kill at any moment
// leaves every row in a state that says what happened:
// queued/held -> (claim: rules checked, committed before the gateway is called) sending ->
// sent | queued (retry) | failed | unknown; sent -> delivered | failed (delivery reports).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(QSqlDatabase db);

    // The next row due of a sending campaign: oldest campaign first, then the row due first.
    Result<std::optional<OutboxMessage>> nextDue(const QDateTime& nowUtc) const;
    // Whether answers to replies (confirmations, help texts, a person's answers) wait to be sent.
    Result<bool> hasQueuedAnswers() const;
    // When the next held or retried row comes due; invalid when none waits.
    Result<QDateTime> nextWakeUp() const;

    // Checks the rules for the row and, when they allow it, claims it, all in one transaction.
    // A row whose campaign stopped, or that someone else claimed, comes back as Skip with no reason.
    // `desk`: the claiming dispatcher's number (Dispatcher), kept with the claim.
    Result<SendDecision> claim(const OutboxMessage& message, const SendPolicy& policy,
                               const QDateTime& nowUtc, int desk = 0);

    Status markAccepted(qint64 id, const QString& providerId, bool exported, const QDateTime& nowUtc);
    // Not sent: try again at `at`. The cap no longer counts it.
    Status markRetry(qint64 id, const QDateTime& at, const QString& errorCode, const QString& error);
    Status markFailed(qint64 id, const QString& reason, const QString& errorCode, const QString& error);
    // recheckAt: when to ask the gateway about it again; invalid when a person must decide.
    Status markUnknown(qint64 id, const QString& errorCode, const QString& error,
                       const QDateTime& recheckAt = {});
    // An unknown row whose gateway is to be asked about it again now.
    Result<std::optional<OutboxMessage>> dueRecheck(const QDateTime& nowUtc) const;

    // Rows claimed but never answered, from a run that stopped: on a shared database only those of
    // desks that are no longer running (the others are still being sent).
    Result<QVector<OutboxMessage>> interrupted() const;
    // A delivery report or a polled status. Unknown ids are ignored (returns false).
    Result<bool> recordDelivery(const DeliveryUpdate& update);
    // Sent rows of the last days still waiting for news, for gateways that are polled; those
    // asked about longest ago first. Marks them as asked about now.
    Result<QVector<QString>> awaitingDelivery(const QDateTime& sinceUtc, int limit);

    // Campaigns that have nothing pending (unknown rows still to be asked about are pending)
    // become finished. Returns their ids.
    Result<QVector<qint64>> finishDone(const QDateTime& nowUtc);
    // Scheduled campaigns whose time has come, and A/B tests whose test period is over.
    Result<QVector<qint64>> dueScheduled(const QDateTime& nowUtc) const;
    Result<QVector<qint64>> dueAbDecisions(const QDateTime& nowUtc) const;
    // An A/B test's figures per variant ("A", "B"); the rest that got the winner is not in them.
    Result<QMap<QString, VariantFigures>> abFigures(qint64 campaignId) const;
    // The winner of an A/B test by its metric: "A" or "B" (A on a tie).
    Result<QString> abWinner(const Campaign& campaign) const;

private:
    Status update(const QString& sql, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace textwell
