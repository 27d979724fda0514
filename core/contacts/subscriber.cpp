#include "subscriber.h"

namespace textwell {

QString Subscriber::displayName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString Subscriber::displayLabel() const
{
    const QString name = displayName();
    return name.isEmpty() ? PhoneNumbers::formatInternational(phone) : name;
}

} // namespace textwell
