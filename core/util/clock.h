#pragma once

#include <QDateTime>

namespace textwell {

// The one source of "now" for the core, so that tests can set the time.
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentUtc();
    // Tests install their own clock; nullptr restores the system clock. Not owned.
    static void setInstance(Clock* clock);

protected:
    virtual QDateTime nowUtc() const;
};

// A clock that stands still until told otherwise.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    void setNow(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

protected:
    QDateTime nowUtc() const override { return m_now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace textwell
