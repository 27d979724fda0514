#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace textwell {

// Turns a database driver error into a sentence a person can act on. One place for all of them,
// so that "locked", "read-only", "disk full" and "damaged" read the same everywhere.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    static QString describe(const QSqlError& error);
    // The file is not an SQLite database at all, or it is damaged.
    static bool isNotADatabase(const QSqlError& error);
};

} // namespace textwell
