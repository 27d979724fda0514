#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace textwell {

// The database schema as an ordered list of migrations, written for SQLite and translated for
// PostgreSQL by SqlDialect. Each step runs in one transaction that also records its number
// (SQLite: PRAGMA user_version), so a database is always at a whole step.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    // Marks a database as ours (SQLite: PRAGMA application_id), so we never mistake another for one.
    static constexpr int ApplicationId = 0x5458574C; // "TXWL"

    struct Migration
    {
        int version;
        QStringList statements;
    };

    static const QVector<Migration>& migrations();
    static int currentVersion();

    // Brings db from the step it is at up to targetVersion (default: the newest).
    static Status migrate(const QSqlDatabase& db, int targetVersion = -1);
};

} // namespace textwell
