#pragma once

#include <QElapsedTimer>

#include <atomic>
#include <functional>

namespace textwell {

// Counts an export's rows, tells the caller about ten times a second how far it is, and asks
// whether it was cancelled. The callback runs in the exporting thread.
class ExportProgress
{
public:
    using Callback = std::function<void(qint64 done, qint64 total)>;

    ExportProgress(Callback callback, const std::atomic_bool* cancel, qint64 total);

    // Counts one row; false once the export is cancelled.
    bool advance();
    // Reports the final count.
    void finish();
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    qint64 done() const { return m_done; }
    double seconds() const { return m_started.elapsed() / 1000.0; }

    static constexpr int IntervalMs = 100;

private:
    Callback m_callback;
    const std::atomic_bool* m_cancel;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_lastReport = 0;
    QElapsedTimer m_started;
};

} // namespace textwell
