#include "deskuser.h"

#include <QtGlobal>

QString DeskUser::name()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("desk") : user;
}
