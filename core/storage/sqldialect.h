#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace textwell {

// What differs between SQLite (the local file) and PostgreSQL (the shared database), in one place.
// Everything above the storage layer writes one SQL text that both understand; the schema's
// migrations are written for SQLite and translated here, so both get the same steps.
class SqlDialect
{
public:
    enum class Kind
    {
        SQLite,
        PostgreSQL,
    };

    explicit SqlDialect(const QSqlDatabase& db);
    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }

    // The statements that do on this database what `statement`, written for SQLite, does.
    // Several for a trigger on PostgreSQL (its function, then the trigger); none for a PRAGMA.
    QStringList schemaStatements(const QString& statement) const;

    // What marks a database as Textwell's and says which schema step it is at.
    struct Stamp
    {
        int applicationId = 0;
        int version = 0;
        int objectCount = 0; // tables, indexes and the like: 0 in an empty database
    };
    QSqlError readStamp(const QSqlDatabase& db, Stamp* stamp) const;
    // The statements that mark the database as Textwell's (before the first schema step) and
    // record the step it has reached.
    QStringList markAsTextwell(int applicationId) const;
    QString setVersion(int version) const;

    // The values of `expression` over a group, joined by `separator` (one character): SQLite's
    // group_concat, PostgreSQL's string_agg.
    QString joinedValues(const QString& expression, char separator) const;
    // `column` for an ORDER BY that must not walk the column's index: SQLite's planner takes a
    // unary + as "not this index"; PostgreSQL chooses by its statistics.
    QString notIndexed(const QString& column) const;

    // Starts a transaction that writes: SQLite takes the write lock at once, so two writers wait
    // for each other instead of failing halfway.
    QString beginTransaction() const;
    // Settings for every new connection.
    QStringList connectionSetup() const;

private:
    Kind m_kind;
};

} // namespace textwell
