#include "exportprogress.h"

namespace textwell {

ExportProgress::ExportProgress(Callback callback, const std::atomic_bool* cancel, qint64 total)
    : m_callback(std::move(callback)), m_cancel(cancel), m_total(total)
{
    m_started.start();
    if (m_callback)
        m_callback(0, m_total);
}

bool ExportProgress::advance()
{
    ++m_done;
    // The clock is read every 64 rows only: at a million rows a second that is still far more
    // often than reports go out.
    if ((m_done & 63) != 0)
        return true;
    if (m_callback) {
        const qint64 now = m_started.elapsed();
        if (now - m_lastReport >= IntervalMs) {
            m_lastReport = now;
            m_callback(m_done, qMax(m_total, m_done));
        }
    }
    return !cancelled();
}

void ExportProgress::finish()
{
    if (m_callback)
        m_callback(m_done, qMax(m_total, m_done));
}

} // namespace textwell
