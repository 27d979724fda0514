#pragma once

#include "contacts/consentevent.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace textwell {

// One made-up person of the demo, drawn first and written once their year of campaigns is known:
// their opt-out (before the year, or after a campaign) decides the status their row is written with.
struct DemoPerson
{
    qint64 id = 0; // the subscriber row, once written
    QString phone;
    QString firstName;
    QString lastName;
    int country = 0; // the demo's country, which gives the language
    QString language;
    QString city;
    QDate birthDate;
    int purchases = 0;
    quint8 tags = 0;     // bit i: the demo's i-th tag
    QString source;      // where consent was given; empty without consent
    QString evidence;    // what proves it
    QDateTime createdAt; // also the consent's time, with consent
    QDateTime lastActivity;
    QDateTime excludedAt; // invalid when not excluded
    QString excludeNote;
    ConsentEvent optOut;     // at invalid when the person never left
    int optOutCampaign = -1; // the DemoHistory campaign it is attributed to; -1 for none
    // Double opt-in, where the number's rule pack wants a consent confirmed from the number (Germany)
    // and the consent did not come from it (JOIN): the request, its one reminder and the YES.
    bool needsConfirmation = false;
    QDateTime requestedAt; // invalid when never asked
    QDateTime remindedAt;
    QDateTime confirmedAt; // invalid while awaiting confirmation
    // A complaint call about a number not in the book, drawn with this person; empty for none.
    QString strangerPhone;
    QDateTime strangerExcludedAt;

    bool hasConsent() const { return !source.isEmpty(); }
    QDateTime consentAt() const { return hasConsent() ? createdAt : QDateTime(); }
    bool hasTag(int index) const { return (tags >> index) & 1; }
    // Whether campaigns had to skip the person at this time: consent given, not confirmed yet.
    bool awaitingConfirmationAt(const QDateTime& at) const
    {
        return needsConfirmation && !(confirmedAt.isValid() && confirmedAt <= at);
    }
};

} // namespace textwell
