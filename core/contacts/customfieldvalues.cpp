#include "customfieldvalues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace textwell {

QString CustomFieldValues::toJson(const QMap<QString, QString>& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty())
            object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> CustomFieldValues::fromJson(const QString& json)
{
    QMap<QString, QString> values;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        values.insert(it.key(), v.isDouble() ? QString::number(v.toDouble()) : v.toString());
    }
    return values;
}

QString CustomFieldValues::jsonPath(const QString& field)
{
    // Field names never hold a double quote or a backslash (CustomFields refuses them), so quoting
    // the name is all the path needs.
    return QStringLiteral("$.\"%1\"").arg(field);
}

} // namespace textwell
