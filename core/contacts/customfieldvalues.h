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
    // The JSON path of a field for json_extract(), bound as a parameter: $."Shoe size".
    static QString jsonPath(const QString& field);
    // A field's value over "subscriber s" as SQL text ('' when missing), with one placeholder for
    // the field's jsonPath().
    static QString sqlExpression();
};

} // namespace textwell
