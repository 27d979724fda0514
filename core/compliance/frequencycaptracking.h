#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace textwell {

// Keeps subscriber.cap_reached_at (the sent_at of the N-th newest marketing message to the
// number) in line with the frequency cap's message count N, kept in the one-row table
// frequency_cap_tracking. Triggers keep each row right for the messages with the tracked N; a
// change of N is worked through here in short transactions, so no writer waits long for it.
// While that runs (ready = 0) the rows are a mix of old and new N and must not be read for the cap.
class FrequencyCapTracking
{
public:
    explicit FrequencyCapTracking(QSqlDatabase db);

    // SQL for the cap_reached_at of the number `phone` (an SQL expression) with the tracked
    // count. The one place of that text: migration 7's triggers and the recomputation use it, so
    // what it computes must never change (it is part of migration 7); its words changed once, to
    // what PostgreSQL reads the same (databases made before keep their triggers' older words).
    static QString capReachedAtSql(const QString& phone);

    // Whether every row is worked out for `wantedMessages`.
    Result<bool> upToDate(int wantedMessages) const;
    // Starts working the rows out for `messages`: from now on the triggers use it.
    Status begin(int messages);
    // Works out the next `rows` rows with marketing history; true when all are done.
    Result<bool> step(int rows = 5000);
    // begin() unless the count is already tracked, then step() until done, or until `stop`.
    Status catchUp(int messages, const std::atomic_bool* stop = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace textwell
