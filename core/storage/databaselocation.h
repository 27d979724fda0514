#pragma once

#include <QCoreApplication>
#include <QString>

namespace textwell {

// Where the address book lives: a local SQLite file, or a database on a PostgreSQL server that
// several desks share. Written as one string wherever a database is named (--database, the
// settings, the workers that open their own connection): a file path, or
// postgresql://USER@HOST:PORT/DATABASE. A password is never part of it; it comes from the
// keychain or from libpq's own PGPASSWORD and ~/.pgpass.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind
    {
        File,
        Postgres,
    };

    static constexpr int DefaultPostgresPort = 5432;

    DatabaseLocation() = default;
    static DatabaseLocation parse(const QString& text);
    static DatabaseLocation file(const QString& path);
    static DatabaseLocation postgres(const QString& host, int port, const QString& database,
                                     const QString& user);

    Kind kind() const { return m_kind; }
    bool isShared() const { return m_kind == Kind::Postgres; }
    const QString& filePath() const { return m_path; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    const QString& user() const { return m_user; }

    // What is wrong with the location as written, for the user; empty when it can be tried.
    QString problem() const;
    // The string parse() reads back.
    QString toString() const;
    // For messages: the file's native path, or “shop” on db.example:5432.
    QString displayName() const;

private:
    Kind m_kind = Kind::File;
    QString m_path;
    QString m_host;
    int m_port = DefaultPostgresPort;
    QString m_database;
    QString m_user;
    QString m_problem;
};

} // namespace textwell
