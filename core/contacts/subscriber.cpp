#include "subscriber.h"

namespace textwell {

QString Subscriber::displayName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

} // namespace textwell
