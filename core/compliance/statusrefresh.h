#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace textwell {

// Derives again whether each person with consent may be sent to or awaits confirmation from
// their number, after a rule pack's requiresConfirmation changed: Subscribed (0) when their
// country's pack does not ask for confirmation or the number confirmed (DoubleOptIn), else
// AwaitingConfirmation (4). People unsubscribed, excluded or without consent are not touched.
//
// It walks the people in batches by id, each batch one short transaction, so that the sender and
// the desk are never held up for long; stopped half-way, it leaves every batch done correct and
// can simply run again.
class StatusRefresh
{
    Q_DECLARE_TR_FUNCTIONS(StatusRefresh)

public:
    struct Summary
    {
        qint64 checked = 0;    // people with status Subscribed or AwaitingConfirmation
        qint64 subscribed = 0; // of them, changed to Subscribed
        qint64 awaiting = 0;   // of them, changed to AwaitingConfirmation
        bool cancelled = false;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr int DefaultBatchSize = 2000;

    // db: a connection of the calling thread. Numbers that cannot be read fall under the pack of
    // defaultRegion.
    static Result<Summary> run(const QSqlDatabase& db, const QString& defaultRegion,
                               const Progress& progress = {}, const std::atomic_bool* cancel = nullptr,
                               int batchSize = DefaultBatchSize);
};

} // namespace textwell
