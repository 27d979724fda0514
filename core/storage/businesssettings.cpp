#include "businesssettings.h"

#include "contacts/phonenumbers.h"
#include "gateways/callbackserver.h"
#include "gateways/twiliogateway.h"
#include "sqlerror.h"
#include "sqltext.h"

#include <QDir>
#include <QHostAddress>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTime>
#include <QTimeZone>
#include <QUrl>
#include <QVariant>

namespace textwell {

BusinessSettings::BusinessSettings(QSqlDatabase db) : m_db(std::move(db)) {}

QString BusinessSettings::name(Key key)
{
    switch (key) {
    case Key::DefaultCountry:
        return QStringLiteral("default_country");
    case Key::BusinessName:
        return QStringLiteral("business_name");
    case Key::MessageLanguage:
        return QStringLiteral("message_language");
    case Key::TimeZone:
        return QStringLiteral("time_zone");
    case Key::OptOutWordingEn:
        return QStringLiteral("opt_out_wording_en");
    case Key::OptOutWordingRu:
        return QStringLiteral("opt_out_wording_ru");
    case Key::OptOutWordingDe:
        return QStringLiteral("opt_out_wording_de");
    case Key::OptOutPrefixBusinessName:
        return QStringLiteral("opt_out_prefix_business_name");
    case Key::PricePerPart:
        return QStringLiteral("price_per_part");
    case Key::Currency:
        return QStringLiteral("currency");
    case Key::FrequencyCapMessages:
        return QStringLiteral("frequency_cap_messages");
    case Key::FrequencyCapDays:
        return QStringLiteral("frequency_cap_days");
    case Key::QuietHoursStart:
        return QStringLiteral("quiet_hours_start");
    case Key::QuietHoursEnd:
        return QStringLiteral("quiet_hours_end");
    case Key::SendRate:
        return QStringLiteral("send_rate");
    case Key::Gateway:
        return QStringLiteral("gateway");
    case Key::ExportFile:
        return QStringLiteral("export_file");
    case Key::TwilioAccountSid:
        return QStringLiteral("twilio_account_sid");
    case Key::TwilioFrom:
        return QStringLiteral("twilio_from");
    case Key::TwilioMessagingService:
        return QStringLiteral("twilio_messaging_service");
    case Key::TwilioApiUrl:
        return QStringLiteral("twilio_api_url");
    case Key::KannelUrl:
        return QStringLiteral("kannel_url");
    case Key::KannelUsername:
        return QStringLiteral("kannel_username");
    case Key::KannelFrom:
        return QStringLiteral("kannel_from");
    case Key::CallbackAddress:
        return QStringLiteral("callback_address");
    case Key::CallbackPort:
        return QStringLiteral("callback_port");
    }
    return {};
}

QVector<BusinessSettings::Key> BusinessSettings::keys()
{
    return {Key::DefaultCountry,
            Key::BusinessName,
            Key::MessageLanguage,
            Key::TimeZone,
            Key::OptOutWordingEn,
            Key::OptOutWordingRu,
            Key::OptOutWordingDe,
            Key::OptOutPrefixBusinessName,
            Key::PricePerPart,
            Key::Currency,
            Key::FrequencyCapMessages,
            Key::FrequencyCapDays,
            Key::QuietHoursStart,
            Key::QuietHoursEnd,
            Key::SendRate,
            Key::Gateway,
            Key::ExportFile,
            Key::TwilioAccountSid,
            Key::TwilioFrom,
            Key::TwilioMessagingService,
            Key::TwilioApiUrl,
            Key::KannelUrl,
            Key::KannelUsername,
            Key::KannelFrom,
            Key::CallbackAddress,
            Key::CallbackPort};
}

QStringList BusinessSettings::gateways()
{
    return {QStringLiteral("file"), QStringLiteral("twilio"), QStringLiteral("kannel")};
}

QStringList BusinessSettings::messageLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")};
}

BusinessSettings::Key BusinessSettings::optOutWordingKey(const QString& language)
{
    if (language == QLatin1String("ru"))
        return Key::OptOutWordingRu;
    if (language == QLatin1String("de"))
        return Key::OptOutWordingDe;
    return Key::OptOutWordingEn;
}

QString BusinessSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::DefaultCountry:
        return PhoneNumbers::regionFromSystemLocale();
    case Key::BusinessName:
    case Key::PricePerPart:
    case Key::TimeZone: // this computer's zone
        return {};
    case Key::MessageLanguage: {
        // Where people speak the language, it is the likely one of a customer without a language.
        const QString country = PhoneNumbers::regionFromSystemLocale();
        if (QStringList{QStringLiteral("RU"), QStringLiteral("BY"), QStringLiteral("KZ")}.contains(country))
            return QStringLiteral("ru");
        if (QStringList{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                        QStringLiteral("LI")}
                .contains(country))
            return QStringLiteral("de");
        return QStringLiteral("en");
    }
    case Key::OptOutWordingEn:
        return OptOutFooter::defaultWording(QStringLiteral("en"));
    case Key::OptOutWordingRu:
        return OptOutFooter::defaultWording(QStringLiteral("ru"));
    case Key::OptOutWordingDe:
        return OptOutFooter::defaultWording(QStringLiteral("de"));
    case Key::OptOutPrefixBusinessName:
        return QStringLiteral("0");
    case Key::Currency:
        return QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    case Key::FrequencyCapMessages:
        return QString::number(FrequencyCap::DefaultMaxMessages);
    case Key::FrequencyCapDays:
        return QString::number(FrequencyCap::DefaultDays);
    case Key::QuietHoursStart:
        return QStringLiteral("21:00");
    case Key::QuietHoursEnd:
        return QStringLiteral("08:00");
    case Key::SendRate:
        return QStringLiteral("5");
    case Key::Gateway:
        return QStringLiteral("file");
    case Key::ExportFile:
        // Where people look for their files; the gateway makes it on first use.
        return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("Textwell outbox.csv"));
    case Key::TwilioAccountSid:
    case Key::TwilioFrom:
    case Key::TwilioMessagingService:
    case Key::KannelUsername:
    case Key::KannelFrom:
        return {};
    case Key::TwilioApiUrl:
        return QStringLiteral("https://api.twilio.com");
    case Key::KannelUrl:
        return QStringLiteral("http://127.0.0.1:13013");
    case Key::CallbackAddress:
        return QStringLiteral("127.0.0.1");
    case Key::CallbackPort:
        return QStringLiteral("8470");
    }
    return {};
}

OptOutSettings BusinessSettings::optOutSettings() const
{
    OptOutSettings settings;
    for (const QString& language : messageLanguages())
        settings.wordingByLanguage.insert(language, value(optOutWordingKey(language)));
    settings.businessName = value(Key::BusinessName);
    settings.prefixBusinessName = value(Key::OptOutPrefixBusinessName) == QLatin1String("1");
    settings.defaultLanguage = value(Key::MessageLanguage);
    return settings;
}

FrequencyCap BusinessSettings::frequencyCap() const
{
    return FrequencyCap(value(Key::FrequencyCapMessages).toInt(), value(Key::FrequencyCapDays).toInt());
}

double BusinessSettings::pricePerPart() const
{
    return value(Key::PricePerPart).toDouble();
}

QString BusinessSettings::value(Key key) const
{
    return stored(name(key)).value_or(defaultValue(key));
}

std::optional<QString> BusinessSettings::stored(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status BusinessSettings::store(const QString& name, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(sqlText(value)); // an empty value is stored as '', not NULL
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

QString BusinessSettings::valueProblem(Key key, const QString& value)
{
    bool ok = false;
    switch (key) {
    case Key::DefaultCountry:
        if (!PhoneNumbers::isKnownRegion(value))
            return tr("“%1” is not a country code such as DE, RU or US.").arg(value);
        break;
    case Key::MessageLanguage:
        if (!messageLanguages().contains(value))
            return tr("“%1” is not one of the message languages: %2.")
                .arg(value, messageLanguages().join(QStringLiteral(", ")));
        break;
    case Key::TimeZone: {
        // QTimeZone("") would be this computer's zone: empty is allowed and means just that.
        const QByteArray id = value.trimmed().toUtf8();
        if (!id.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(id))
            return tr("“%1” is not a time zone; write it like Europe/Berlin, or leave it empty for this "
                      "computer's time zone.")
                .arg(value);
        break;
    }
    case Key::OptOutWordingEn:
    case Key::OptOutWordingRu:
    case Key::OptOutWordingDe:
        if (value.trimmed().isEmpty())
            return tr("The opt-out line cannot be empty: every marketing message carries it.");
        if (value.size() > MaxWordingLength)
            return tr("The opt-out line is too long: at most %Ln character(s).", nullptr, MaxWordingLength);
        break;
    case Key::OptOutPrefixBusinessName:
        if (value != QLatin1String("0") && value != QLatin1String("1"))
            return tr("Use 1 (on) or 0 (off).");
        break;
    case Key::PricePerPart: {
        const double price = value.toDouble(&ok);
        if (!value.isEmpty() && (!ok || price < 0 || price > 100))
            return tr("“%1” is not a price; write it like 0.07.").arg(value);
        break;
    }
    case Key::Currency:
        if (!value.isEmpty() && value.trimmed().size() != 3)
            return tr("“%1” is not a currency code such as EUR, RUB or USD.").arg(value);
        break;
    case Key::FrequencyCapMessages: {
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 1000)
            return tr("The cap is a number of messages from 0 (no cap) to 1000.");
        break;
    }
    case Key::FrequencyCapDays: {
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 365)
            return tr("The cap period is a number of days from 1 to 365.");
        break;
    }
    case Key::BusinessName:
        if (value.size() > MaxBusinessNameLength)
            return tr("The business name is too long: at most %Ln character(s).", nullptr,
                      MaxBusinessNameLength);
        break;
    case Key::QuietHoursStart:
    case Key::QuietHoursEnd:
        if (!QTime::fromString(value.trimmed(), QStringLiteral("HH:mm")).isValid())
            return tr("“%1” is not a time of day; write it like 21:00.").arg(value);
        break;
    case Key::SendRate: {
        const double rate = value.toDouble(&ok);
        if (!ok || rate < 0.1 || rate > 1000)
            return tr("The sending rate is a number of messages per second from 0.1 to 1000.");
        break;
    }
    case Key::Gateway:
        if (!gateways().contains(value))
            return tr("“%1” is not one of the gateways: %2.")
                .arg(value, gateways().join(QStringLiteral(", ")));
        break;
    case Key::TwilioApiUrl:
    case Key::KannelUrl: {
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return tr("“%1” is not a web address such as http://127.0.0.1:13013.").arg(value);
        break;
    }
    case Key::CallbackPort: {
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("The port is a number from 1 to 65535.");
        break;
    }
    case Key::CallbackAddress:
        if (QHostAddress(value.trimmed()).isNull())
            return tr("“%1” is not an IP address such as 127.0.0.1.").arg(value);
        break;
    // Empty until Twilio is chosen; once typed, in Twilio's format, so that a typo is caught where it
    // is typed rather than at the first message.
    case Key::TwilioAccountSid:
        return value.trimmed().isEmpty() ? QString() : TwilioGateway::accountSidProblem(value.trimmed());
    case Key::TwilioFrom:
        return value.trimmed().isEmpty() ? QString() : TwilioGateway::senderProblem(value.trimmed());
    case Key::TwilioMessagingService:
        return value.trimmed().isEmpty() ? QString()
                                         : TwilioGateway::messagingServiceSidProblem(value.trimmed());
    case Key::ExportFile:
    case Key::KannelUsername:
    case Key::KannelFrom:
        if (value.size() > 1000)
            return tr("The value is too long.");
        break;
    }
    return {};
}

QuietHours BusinessSettings::quietHours() const
{
    // An empty or unknown id gives an invalid zone, which QuietHours reads as this computer's.
    const QByteArray zoneId = value(Key::TimeZone).toUtf8();
    const QTimeZone zone =
        !zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId) ? QTimeZone(zoneId) : QTimeZone();
    return QuietHours(QTime::fromString(value(Key::QuietHoursStart), QStringLiteral("HH:mm")),
                      QTime::fromString(value(Key::QuietHoursEnd), QStringLiteral("HH:mm")), zone);
}

Result<QString> BusinessSettings::callbackToken()
{
    static const QString key = QStringLiteral("callback_token");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    const QString token = CallbackServer::generateToken();
    // DO NOTHING: two desks making one at once end up with the same (the first).
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(key);
    q.addBindValue(token);
    if (!q.exec())
        return Result<QString>::failure(SqlError::describe(q.lastError()));
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Result<QString>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toString();
}

Status BusinessSettings::setValue(Key key, const QString& value)
{
    if (const QString problem = valueProblem(key, value); !problem.isEmpty())
        return Status::failure(problem);
    return store(name(key), key == Key::DefaultCountry || key == Key::Currency ? value.trimmed().toUpper()
                                                                               : value.trimmed());
}

} // namespace textwell
