#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <functional>

// The progress of a long write on the command line (an export, a report): a line on stderr for
// 100,000 rows and more, and Ctrl+C turned into a clean cancel, so that the temporary file is
// removed rather than left behind by a killed process. One at a time.
class CliProgress
{
    Q_DECLARE_TR_FUNCTIONS(CliProgress)

public:
    explicit CliProgress(bool show);
    ~CliProgress();
    CliProgress(const CliProgress&) = delete;
    CliProgress& operator=(const CliProgress&) = delete;

    // Reports done of total rows (total -1 when unknown).
    std::function<void(qint64 done, qint64 total)> callback();
    static const std::atomic_bool* cancel();
    // Whether Ctrl+C was pressed during the last write.
    static bool interrupted();

private:
    bool m_show;
    bool m_shown = false;
    QTextStream m_err;
    void (*m_previous)(int);
};
