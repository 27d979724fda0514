#include "clock.h"

#include <atomic>

namespace textwell {

namespace {
Clock systemClock;
std::atomic<Clock*> installed{&systemClock};
} // namespace

QDateTime Clock::currentUtc()
{
    return installed.load()->nowUtc();
}

void Clock::setInstance(Clock* clock)
{
    installed.store(clock ? clock : &systemClock);
}

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace textwell
