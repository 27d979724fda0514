#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace textwell {

// Settings the business shares, stored in the database so every desk sees the same.
// (Per-desk preferences such as window layout live in QSettings, not here.)
class BusinessSettings
{
public:
    enum class Key
    {
        DefaultCountry, // region for numbers written without a country code: "DE"
        BusinessName,
    };

    explicit BusinessSettings(QSqlDatabase db);

    // The stored value, or the key's default when none is stored or the database cannot be read.
    QString value(Key key) const;
    Status setValue(Key key, const QString& value);

    static QString name(Key key);
    static QString defaultValue(Key key);

private:
    QSqlDatabase m_db;
};

} // namespace textwell
