#pragma once

#include <QElapsedTimer>

#include <atomic>
#include <functional>

namespace textwell {

// Counts the table rows a report writer has written, tells the caller about ten times a second
// how far it is, and asks whether it was cancelled. The callback runs in the writing thread.
class ReportProgress
{
public:
    // rowsWritten of totalRows; totalRows is -1 while a table does not know its size.
    using Callback = std::function<void(qint64 rowsWritten, qint64 totalRows)>;

    explicit ReportProgress(Callback callback = {}, const std::atomic_bool* cancel = nullptr);

    // Reports 0 rows of totalRows (-1 if unknown).
    void start(qint64 totalRows);
    // Counts one row; false once the write is cancelled.
    bool advance();
    // Reports the final count.
    void finish();
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    qint64 rowsWritten() const { return m_done; }

    static constexpr int IntervalMs = 100;

private:
    Callback m_callback;
    const std::atomic_bool* m_cancel;
    qint64 m_total = -1;
    qint64 m_done = 0;
    qint64 m_lastReport = 0;
    QElapsedTimer m_started;
};

} // namespace textwell
