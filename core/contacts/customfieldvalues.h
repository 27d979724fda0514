#pragma once

#include <QMap>
#include <QString>

namespace textwell {

// A person's custom field values as stored in subscriber.custom_fields: one JSON object of strings.
class CustomFieldValues
{
public:
    static QString toJson(const QMap<QString, QString>& values);
    // Unreadable or non-object JSON reads as no values rather than failing the whole row.
    static QMap<QString, QString> fromJson(const QString& json);
    // The JSON path of a field, bound as a parameter of SqlDialect::jsonText: $."Shoe size".
    static QString jsonPath(const QString& field);
};

} // namespace textwell
