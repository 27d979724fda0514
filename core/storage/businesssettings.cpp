#include "businesssettings.h"

#include "contacts/phonenumbers.h"
#include "sqlerror.h"

#include <QSqlQuery>
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
    }
    return {};
}

QString BusinessSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::DefaultCountry:
        return PhoneNumbers::regionFromSystemLocale();
    case Key::BusinessName:
        return {};
    }
    return {};
}

QString BusinessSettings::value(Key key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(name(key));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return defaultValue(key);
}

Status BusinessSettings::setValue(Key key, const QString& value)
{
    if (key == Key::DefaultCountry && !PhoneNumbers::isKnownRegion(value))
        return Status::failure(QCoreApplication::translate("BusinessSettings", "“%1” is not a country code "
                                                                               "such as DE, RU or US.")
                                   .arg(value));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name(key));
    q.addBindValue(key == Key::DefaultCountry ? value.toUpper() : value);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

} // namespace textwell
