#pragma once

#include "compliance/frequencycap.h"
#include "compliance/quiethours.h"
#include "messages/optoutfooter.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// Settings the business shares, stored in the database so every desk sees the same.
// (Per-desk preferences such as window layout live in QSettings, not here.)
class BusinessSettings
{
    Q_DECLARE_TR_FUNCTIONS(BusinessSettings)

public:
    enum class Key
    {
        DefaultCountry, // region for numbers written without a country code: "DE"
        BusinessName,
        MessageLanguage, // wording for people whose language is unknown: "en", "ru", "de"
        TimeZone,        // the business's clock, an IANA id ("Europe/Berlin"); "" is this computer's
        OptOutWordingEn,
        OptOutWordingRu,
        OptOutWordingDe,
        OptOutPrefixBusinessName, // "1": "Rosa's Salon: Reply STOP to opt out"
        PricePerPart,             // "0.07", in the currency below
        Currency,                 // "EUR"
        FrequencyCapMessages,     // at most this many marketing messages ...
        FrequencyCapDays,         // ... per this many days
        QuietHoursStart,          // "21:00": no messages from here ...
        QuietHoursEnd,            // ... to "08:00", in each recipient's local time
        SendRate,                 // at most this many messages per second
        Gateway,                  // "file", "twilio" or "kannel"
        ExportFile,               // the CSV the file gateway writes
        TwilioAccountSid,         // "AC…"; its auth token lives in the keychain
        TwilioFrom,               // a Twilio number or sender ID ...
        TwilioMessagingService,   // ... or a Messaging Service "MG…"
        TwilioApiUrl,             // "https://api.twilio.com"
        KannelUrl,                // "http://127.0.0.1:13013": the smsbox sendsms port
        KannelUsername,           // the sendsms-user; its password lives in the keychain
        KannelFrom,               // the sender number
        CallbackAddress,          // where the app listens for delivery reports: "127.0.0.1" ...
        CallbackPort,             // ... and port
    };

    explicit BusinessSettings(QSqlDatabase db);

    // The stored value, or the key's default when none is stored or the database cannot be read.
    QString value(Key key) const;
    Status setValue(Key key, const QString& value);

    // Settings of other modules, kept in the same table under their own names
    // ("reply_text_help_de"); nullopt when none is stored or the database cannot be read.
    std::optional<QString> stored(const QString& name) const;
    Status store(const QString& name, const QString& value);

    static QString name(Key key);
    static QString defaultValue(Key key);
    static QVector<Key> keys();
    // Why a value cannot be stored, or an empty string when it can.
    static QString valueProblem(Key key, const QString& value);
    static constexpr int MaxWordingLength = 80;
    static constexpr int MaxBusinessNameLength = 60;
    // The random token every callback URL carries, made on first use and kept in the database.
    Result<QString> callbackToken();
    static QStringList gateways(); // file, twilio, kannel

    // The settings as the message modules use them.
    OptOutSettings optOutSettings() const;
    FrequencyCap frequencyCap() const;
    // With the business's time zone, the clock of recipients of whom nothing else is known.
    QuietHours quietHours() const;
    double pricePerPart() const;
    static QStringList messageLanguages(); // en, ru, de
    static Key optOutWordingKey(const QString& language);

private:
    QSqlDatabase m_db;
};

} // namespace textwell
