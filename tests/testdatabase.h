#pragma once

// Where a test keeps its database: a new SQLite file, or, when the test runs through
// tests/postgres-harness.py (the ctest entries named *_postgres), a new database on the harness's
// PostgreSQL server. Tests pass the location to the app's core like a user would.

#include "storage/connection.h"

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

namespace detail {

// Creates the database `name` on the harness's server, empty or as a copy of `templateName`.
inline bool createDatabase(const QString& name, const QString& templateName = {})
{
    static QAtomicInt counter;
    const QUrl server(postgresServer());
    const QString connection =
        QStringLiteral("textwell-testing-create-%1").arg(counter.fetchAndAddRelaxed(1));
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
                      query.exec(
                          QStringLiteral("CREATE DATABASE ") + name +
                          (templateName.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + templateName));
            if (!created)
                qWarning("Cannot create the database %s: %s", qPrintable(name),
                         qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

inline QString locationOf(const QString& name)
{
    QUrl location(postgresServer());
    location.setPath(QLatin1Char('/') + name);
    return location.toString();
}

// The process id keeps apart the test programs that share a server at the same time.
inline QString uniqueName(const char* prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(prefix))
        .arg(counter.fetchAndAddRelaxed(1) + 1)
        .arg(QCoreApplication::applicationPid());
}

} // namespace detail

// A database that nobody has used yet: on SQLite the path of a file in dir that does not exist yet,
// on PostgreSQL postgresql://USER@HOST:PORT/tw_<n>_<pid>, newly created (empty) on the harness's
// server. Empty (with a warning saying why) when the database could not be created.
inline QString freshDatabase(const QString& dir, const QString& fileName = QStringLiteral("textwell.sqlite"))
{
    if (!onPostgres())
        return dir + QLatin1Char('/') + fileName;
    const QString name = detail::uniqueName("tw");
    return detail::createDatabase(name) ? detail::locationOf(name) : QString();
}

// A new database as Connection::open(..., CreateIfMissing) makes it, for suites that need one per
// test and nothing else of it: on SQLite the path of a file not there yet (opening creates it); on
// PostgreSQL a copy of one made and brought up to the current schema once per test program,
// which takes a fraction of the time of setting up each one.
inline QString newDatabase(const QString& dir, const QString& fileName = QStringLiteral("textwell.sqlite"))
{
    if (!onPostgres())
        return dir + QLatin1Char('/') + fileName;
    static const QString templateName = [] {
        const QString name = detail::uniqueName("tw_template");
        if (!detail::createDatabase(name))
            return QString();
        auto opened = Connection::open(detail::locationOf(name), Connection::Mode::CreateIfMissing);
        if (!opened) {
            qWarning("Cannot set up %s: %s", qPrintable(name), qPrintable(opened.error()));
            return QString();
        }
        return name; // closed when `opened` goes: a template may have no one connected
    }();
    if (templateName.isEmpty())
        return {};
    const QString name = detail::uniqueName("tw");
    return detail::createDatabase(name, templateName) ? detail::locationOf(name) : QString();
}

} // namespace textwell::testing
