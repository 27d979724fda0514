#include "placeholdervalues.h"

#include "contacts/customfieldvalues.h"

namespace textwell {

QString PlaceholderValues::valueOf(const Subscriber& person, const QString& field)
{
    if (field == QLatin1String("first_name"))
        return person.firstName;
    if (field == QLatin1String("last_name"))
        return person.lastName;
    if (field == QLatin1String("full_name"))
        return person.displayName();
    if (field == QLatin1String("city"))
        return person.city;
    if (field == QLatin1String("region"))
        return person.region;
    return person.customFields.value(field);
}

QString PlaceholderValues::sqlExpression(const SqlDialect& dialect, const QString& field,
                                         QVariantList* values)
{
    if (field == QLatin1String("first_name"))
        return QStringLiteral("s.first_name");
    if (field == QLatin1String("last_name"))
        return QStringLiteral("s.last_name");
    if (field == QLatin1String("full_name"))
        return QStringLiteral("trim(s.first_name || ' ' || s.last_name)");
    if (field == QLatin1String("city"))
        return QStringLiteral("s.city");
    if (field == QLatin1String("region"))
        return QStringLiteral("s.region");
    values->append(CustomFieldValues::jsonPath(field));
    return dialect.jsonText(QStringLiteral("s.custom_fields"));
}

} // namespace textwell
