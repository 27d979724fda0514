#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTime>
#include <QVector>

namespace textwell {

// Quiet hours that a law sets for part of a country, found by the number's area code (the US
// states that allow marketing texts only from 08:00 to 20:00).
struct AreaQuietHours
{
    QString state;         // "FL", for people
    QTime from;            // quiet from ...
    QTime until;           // ... to, local time
    QStringList timeZones; // the zones of that area, where most of its people live first
    QStringList areaCodes; // "305": the digits after the country code
};

// The rules of one country or group of countries, read from a file (resources/rulepacks/*.json):
// what the law there asks of an SMS sender, as numbers and switches the dispatcher, the composer
// and the Inbox obey. The names carry their own translations, since a pack is data, not code.
struct RulePack
{
    Q_DECLARE_TR_FUNCTIONS(RulePack)

public:
    QString id;                     // "de"
    QMap<QString, QString> names;   // language -> "Germany"
    QMap<QString, QString> laws;    // language -> "UWG § 7, GDPR"
    QStringList countries;          // two-letter regions; empty for the pack of every other one
    QTime quietFrom = QTime(21, 0); // no message from here ...
    QTime quietUntil = QTime(8, 0); // ... to here, the recipient's local time
    QVector<AreaQuietHours> areaQuietHours;
    bool requiresConfirmation = false; // consent counts once the number itself confirmed it (YES)
    int confirmationReminderDays = 3;  // the one reminder goes this long after the request
    int awaitingAlertDays = 14;        // the Compliance view lists people awaiting longer
    int optOutConfirmationMinutes = 5; // the opt-out confirmation goes out within this time
    int manualOptOutBusinessDays = 10; // an opt-out asked for by phone or e-mail is due within
    bool helpAnswered = true;          // HELP gets the help text
    bool welcomeRatesNotice = false;   // the welcome text says "message and data rates may apply"
    bool welcomeNamesSender = true;    // the welcome text starts with the business's name

    // The name and law in the app's language (English when the pack has none in it).
    QString name() const;
    QString law() const;
    // The quiet hours for a number of this pack: its area's when an area code rule names it.
    // Returns nullptr for the pack's own quiet hours.
    const AreaQuietHours* areaFor(const QString& e164, int callingCode) const;

    // Reads a pack. Errors name the line ("Line 7: quiet_hours.from must be a time such as 21:00.")
    // and say where the text came from (origin: a file name, "Germany (stored)").
    static Result<RulePack> parse(const QByteArray& json, const QString& origin);
    QByteArray toJson() const;
    bool operator==(const RulePack& other) const;
    bool operator!=(const RulePack& other) const { return !(*this == other); }

    static constexpr int MaxReminders = 1; // the cap: one reminder, never more
};

} // namespace textwell
