#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace textwell {

class DatabaseLocation;

// One database connection, owned by the thread that opened it (Qt's rule for QSqlDatabase), to a
// local file or a shared database on a PostgreSQL server (DatabaseLocation).
// Opening checks that it is a Textwell database, refuses one that is newer than this app
// (leaving it untouched), and brings an older one up to date.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)

public:
    enum class Mode
    {
        CreateIfMissing, // the app's own database: made on first start
        MustExist,       // workers, and any file the user names that should already be there
    };

    // location: a file path or postgresql://user@host:port/database (DatabaseLocation).
    static Result<std::unique_ptr<Connection>> open(const QString& location, Mode mode = Mode::MustExist);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Valid only in the thread that opened the connection.
    QSqlDatabase database() const;
    // The location it was opened with, for workers that open their own connection to it.
    const QString& path() const { return m_path; }

    // The folder for the user's own database when no --database is given.
    static QString defaultPath();

private:
    Connection(QString name, QString path) : m_name(std::move(name)), m_path(std::move(path)) {}
    static Result<std::unique_ptr<Connection>> openFile(const QString& path, Mode mode);
    static Result<std::unique_ptr<Connection>> openServer(const DatabaseLocation& where);
    Status prepare(Mode mode, bool createdNow);

    QString m_name;
    QString m_path;
};

} // namespace textwell
