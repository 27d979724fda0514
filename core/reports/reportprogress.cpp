#include "reportprogress.h"

namespace textwell {

ReportProgress::ReportProgress(Callback callback, const std::atomic_bool* cancel)
    : m_callback(std::move(callback)), m_cancel(cancel)
{}

void ReportProgress::start(qint64 totalRows)
{
    m_total = totalRows;
    m_done = 0;
    m_lastReport = 0;
    m_started.start();
    if (m_callback)
        m_callback(0, m_total);
}

bool ReportProgress::advance()
{
    ++m_done;
    // The clock is read every 64 rows only; the flag is cheap enough for every row, and a cancel
    // then stops the very next one.
    if (m_callback && (m_done & 63) == 0) {
        const qint64 now = m_started.elapsed();
        if (now - m_lastReport >= IntervalMs) {
            m_lastReport = now;
            m_callback(m_done, m_total < 0 ? -1 : qMax(m_total, m_done));
        }
    }
    return !cancelled();
}

void ReportProgress::finish()
{
    if (m_callback)
        m_callback(m_done, m_total < 0 ? m_done : qMax(m_total, m_done));
}

} // namespace textwell
