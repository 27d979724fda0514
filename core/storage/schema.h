#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace textwell {

// The database schema as an ordered list of migrations. Each step runs in one transaction that
// also writes its number into PRAGMA user_version, so a database is always at a whole step.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    // Marks a file as ours (PRAGMA application_id), so we never mistake another SQLite file for one.
    static constexpr int ApplicationId = 0x5458574C; // "TXWL"

    struct Migration
    {
        int version;
        QStringList statements;
    };

    static const QVector<Migration>& migrations();
    static int currentVersion();

    // Brings db from its user_version up to targetVersion (default: the newest).
    static Status migrate(const QSqlDatabase& db, int targetVersion = -1);
};

} // namespace textwell
