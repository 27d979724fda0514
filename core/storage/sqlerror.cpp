#include "sqlerror.h"

namespace textwell {

bool SqlError::isNotADatabase(const QSqlError& error)
{
    const QString text = error.databaseText().toLower() + QLatin1Char(' ') + error.text().toLower();
    return text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed"));
}

QString SqlError::describe(const QSqlError& error)
{
    const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = driverText.toLower();
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy")))
        return tr("The database is busy: another program or another Textwell window is writing to it. "
                  "Try again in a moment, or close the other program.");
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return tr("The database file is read-only. Check that you may write to it and to its folder, "
                  "or open a copy.");
    if (lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("disk full")))
        return tr("The disk is full. Free some space and try again; nothing was changed.");
    if (lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")))
        return tr("The database file is damaged or is not a Textwell database.");
    if (lower.contains(QLatin1String("append-only")))
        return tr("The consent history cannot be changed or deleted; it only grows.");
    return tr("Database error: %1").arg(driverText.trimmed());
}

} // namespace textwell
