#pragma once

#include <QDateTime>
#include <QString>

namespace textwell {

// The current suppression state of one number. Kept when the person is deleted.
struct Suppression
{
    QString phone;
    QDateTime optedOutAt; // invalid when not opted out
    QString optOutReason; // OptOutReasons code
    QDateTime excludedAt; // invalid when not excluded
    QString excludeNote;

    bool optedOut() const { return optedOutAt.isValid(); }
    bool excluded() const { return excludedAt.isValid(); }
    bool suppressed() const { return optedOut() || excluded(); }
};

} // namespace textwell
