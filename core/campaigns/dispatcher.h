#pragma once

#include "gateways/gateway.h"
#include "outbox.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace textwell {

struct DispatcherOptions
{
    int maxAttempts = 8;        // retryable errors in a row before a message fails
    int firstRetrySeconds = 15; // doubled on each retry ...
    int maxRetrySeconds = 3600; // ... up to this
    double maxRate = 0;         // messages per second; 0 = the settings' rate
};

// Sends what campaigns have due, one message at a time, as DESIGN.md "Sending" says: claim under
// the rules in a committed transaction, then call the gateway, then record its answer. Runs in a
// worker thread (or the CLI), never the UI thread: every call may block.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

public:
    Dispatcher(QSqlDatabase db, Gateway* gateway, DispatcherOptions options = {});
    ~Dispatcher();
    Dispatcher(const Dispatcher&) = delete;
    Dispatcher& operator=(const Dispatcher&) = delete;

    // Only one dispatcher may send from a database file at a time; the lock file sits beside it and
    // is released by the OS when its process dies. Fails with a message when another one sends.
    // A shared database needs none (an empty lock): every desk may send from it at once.
    static Result<std::unique_ptr<QLockFile>> lock(const QString& databasePath);

    // Rows the previous run claimed without an answer: asked about where the gateway can tell,
    // else marked unknown for a person to decide. Never resent blindly. Call once before sending.
    Status recoverInterrupted();
    // Starts scheduled campaigns whose time came, and sends A/B tests' rest to the winner when due.
    Status startDue(const std::atomic_bool* stop = nullptr);

    enum class Step
    {
        Handled, // one message was sent, skipped, held or failed
        Idle,    // nothing is due now
    };
    // One due message: claimed under the rules, sent at the allowed rate, its answer recorded.
    // `stop` cuts a wait for the rate short.
    Result<Step> step(const std::atomic_bool* stop = nullptr);
    // Asks the gateway about sent messages, where it has to be asked (Twilio).
    Status pollDeliveries();
    Status finishDone();
    // When the next held or retried message, or scheduled campaign, comes due; invalid for never.
    Result<QDateTime> nextWakeUp() const { return m_outbox.nextWakeUp(); }

    // `send --due`: everything due now, until nothing is or `stop` is set.
    Status runUntilIdle(const std::atomic_bool* stop = nullptr);

    // A message not in the gateway's list this long after its claim never got there.
    static constexpr int SettleSeconds = 120;
    static constexpr int RecheckSeconds = 300;
    // Asked about for a day at most; then a person decides.
    static constexpr int GiveUpSeconds = 24 * 3600;

    // Called after each handled message and each campaign change, with the campaign's id.
    std::function<void(qint64 campaignId)> onChange;

private:
    Status apply(const OutboxMessage& message, const SendOutcome& outcome);
    // A message without a clear answer: asked about later where the gateway keeps a list, else
    // left for a person.
    Status unknown(const OutboxMessage& message, const QString& errorCode, const QString& why);
    // Asks the gateway's list about an unknown message and acts on what it says.
    Status reconcile(const OutboxMessage& message);
    static OutgoingSms outgoing(const OutboxMessage& message);

    QDateTime retryAt(int attempts, int hintSeconds) const;
    // False when stopped while waiting.
    bool waitForRate(const std::atomic_bool* stop);
    double rate() const;

    QSqlDatabase m_db;
    Gateway* m_gateway; // not owned
    DispatcherOptions m_options;
    Outbox m_outbox;
    int m_desk; // this dispatcher's number on its claims, locked while it runs (SqlDialect)
    QElapsedTimer m_sinceLastSend;
    struct Answer
    {
        OutboxMessage message;
        SendOutcome outcome;
    };
    std::optional<Answer> m_unsaved; // a gateway's answer still to be written
    QSet<qint64> m_troubled;         // campaigns whose last error is the gateway's, cleared once it works
};

} // namespace textwell
