#pragma once

#include "phonenumbers.h"
#include "subscriberstatus.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace textwell {

// A person in the address book. Their consent state lives in the history and the suppression
// list; status, consentAt and consentSource are the current state kept on the row for speed.
struct Subscriber
{
    qint64 id = 0;
    QString phone; // E.164
    QString firstName;
    QString lastName;
    QString city;
    QString region;
    QDate birthDate;
    QString language; // "en", "ru", "de"
    QString timeZone; // IANA id
    QStringList tags;
    QString notes;
    NumberKind numberKind = NumberKind::Unknown;
    SubscriberStatus status = SubscriberStatus::NoConsent;
    QDateTime consentAt;
    QString consentSource;
    QDateTime lastActivity;
    int purchases = 0;
    QMap<QString, QString> customFields; // field name -> value, for the fields in CustomFields
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
    // The name, or the number when there is no name: for titles and messages.
    QString displayLabel() const;
};

// Consent as recorded: where it was given and what proves it (PRODUCT.md rule 3).
struct ConsentRecord
{
    QString source;
    QString evidence;
    QDateTime at; // when it was given; now when invalid
};

} // namespace textwell
