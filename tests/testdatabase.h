#pragma once

// Where a test keeps its database: a new SQLite file, or, when the test runs through
// tests/postgres-harness.py (the ctest entries named *_postgres), a new database on the harness's
// PostgreSQL server. Tests pass the location to the app's core like a user would.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QtGlobal>

namespace textwell::testing {

// postgresql://USER@HOST:PORT/DBNAME of the server to use, set by postgres-harness.py.
inline QString postgresServer()
{
    return qEnvironmentVariable("TEXTWELL_TEST_POSTGRES");
}

inline bool onPostgres()
{
    return !postgresServer().isEmpty();
}

// A database that nobody has used yet: on SQLite the path of a file in dir that does not exist yet,
// on PostgreSQL postgresql://USER@HOST:PORT/tw_<n>_<pid>, newly created on the harness's server.
// Empty (with a warning saying why) when the database could not be created.
inline QString freshDatabase(const QString& dir, const QString& fileName = QStringLiteral("textwell.sqlite"))
{
    if (!onPostgres())
        return dir + QLatin1Char('/') + fileName;

    static QAtomicInt counter;
    const int number = counter.fetchAndAddRelaxed(1) + 1;
    // The process id keeps apart the test programs that share a server at the same time.
    const QString name = QStringLiteral("tw_%1_%2").arg(number).arg(QCoreApplication::applicationPid());
    const QUrl server(postgresServer());
    const QString connection = QStringLiteral("textwell-testing-create-%1").arg(number);
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server.host());
        if (server.port() != -1)
            db.setPort(server.port());
        db.setUserName(server.userName());
        db.setPassword(server.password());
        db.setDatabaseName(server.path().mid(1));
        if (!db.open()) {
            qWarning("Cannot connect to %s: %s", qPrintable(server.toDisplayString()),
                     qPrintable(db.lastError().text()));
        } else {
            // A database left by an earlier run whose process had the same id: nobody uses it.
            QSqlQuery query(db);
            created = query.exec(QStringLiteral("SET client_min_messages = warning")) &&
                      query.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name) &&
                      query.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!created)
                qWarning("Cannot create the database %s: %s", qPrintable(name),
                         qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created)
        return {};
    QUrl location = server;
    location.setPath(QLatin1Char('/') + name);
    return location.toString();
}

} // namespace textwell::testing
