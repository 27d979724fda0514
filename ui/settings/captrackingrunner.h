#pragma once

#include <QString>

// Works a new frequency-cap message count into the subscriber rows (FrequencyCapTracking) on a
// thread of its own, so that saving Settings never waits for a million rows; recipient counts
// stay exact meanwhile. A newer start stops the older run; quitting stops it after its current
// step, and the next start resumes where it stopped.
class CapTrackingRunner
{
public:
    static void start(const QString& databasePath);
};
