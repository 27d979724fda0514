#include "cliprogress.h"

#include <csignal>

namespace {

std::atomic_bool interruptedFlag{false};
static_assert(std::atomic_bool::is_always_lock_free, "set from a signal handler");

extern "C" void onInterrupt(int)
{
    interruptedFlag = true;
}

} // namespace

CliProgress::CliProgress(bool show) : m_show(show), m_err(stderr)
{
    interruptedFlag = false;
    m_previous = std::signal(SIGINT, onInterrupt);
}

CliProgress::~CliProgress()
{
    std::signal(SIGINT, m_previous);
    if (m_shown)
        m_err << Qt::endl;
}

std::function<void(qint64, qint64)> CliProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        if (!m_show || (total >= 0 && total < 100000) || (total < 0 && done < 100000))
            return;
        m_shown = true;
        if (total >= 0)
            m_err << '\r' << tr("%L1 of %Ln row(s)…", nullptr, int(total)).arg(done);
        else
            m_err << '\r' << tr("%Ln row(s)…", nullptr, int(done));
        m_err.flush();
    };
}

const std::atomic_bool* CliProgress::cancel()
{
    return &interruptedFlag;
}

bool CliProgress::interrupted()
{
    return interruptedFlag;
}
