#include "connection.h"

#include "businesssettings.h"
#include "contacts/phonenumbers.h"
#include "databaselocation.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace textwell {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("textwell-%1").arg(++counter);
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString& location, Mode mode)
{
    const DatabaseLocation where = DatabaseLocation::parse(location);
    if (const QString problem = where.problem(); !problem.isEmpty())
        return Result<std::unique_ptr<Connection>>::failure(problem);
    return where.isShared() ? openServer(where) : openFile(where.filePath(), mode);
}

Result<std::unique_ptr<Connection>> Connection::openFile(const QString& path, Mode mode)
{
    using R = Result<std::unique_ptr<Connection>>;
    const QFileInfo info(path);
    if (info.isDir())
        return R::failure(tr("“%1” is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    const bool exists = info.exists();
    if (!exists && mode == Mode::MustExist)
        return R::failure(tr("There is no database at “%1”.").arg(QDir::toNativeSeparators(path)));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return R::failure(
            tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (exists && !info.isWritable())
        return R::failure(tr("The database file “%1” is read-only. Check its permissions, or open a copy.")
                              .arg(QDir::toNativeSeparators(path)));

    std::unique_ptr<Connection> connection(new Connection(nextConnectionName(), info.absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return R::failure(tr("Cannot open “%1”: %2")
                                  .arg(QDir::toNativeSeparators(path), SqlError::describe(db.lastError())));
    }
    if (!exists) // Personal data: readable by the user only.
        QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    if (Status prepared = connection->prepare(mode, !exists); !prepared)
        return R::failure(prepared.error());
    return R(std::move(connection));
}

// The shared database must exist on the server (whoever runs the server creates it); an empty
// one is set up here, whatever the mode, because every desk may be the first to open it.
Result<std::unique_ptr<Connection>> Connection::openServer(const DatabaseLocation& where)
{
    using R = Result<std::unique_ptr<Connection>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(tr("This copy of Textwell cannot reach a shared database: its PostgreSQL "
                             "driver is missing. Reinstall Textwell."));
    std::unique_ptr<Connection> connection(new Connection(nextConnectionName(), where.toString()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_name);
        db.setHostName(where.host());
        db.setPort(where.port());
        db.setDatabaseName(where.database());
        db.setUserName(where.user());
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Textwell"));
        if (!db.open())
            return R::failure(tr("Cannot reach the shared database %1: %2")
                                  .arg(where.displayName(), SqlError::describe(db.lastError())));
    }
    if (Status prepared = connection->prepare(Mode::CreateIfMissing, false); !prepared)
        return R::failure(prepared.error());
    return R(std::move(connection));
}

Status Connection::prepare(Mode mode, bool createdNow)
{
    QSqlDatabase db = database();
    const SqlDialect dialect(db);
    const QString shownPath = DatabaseLocation::parse(m_path).displayName();
    SqlDialect::Stamp h;
    if (const QSqlError error = dialect.readStamp(db, &h); error.isValid()) {
        if (SqlError::isNotADatabase(error))
            return Status::failure(
                tr("“%1” is not a Textwell database, or it is damaged. It was not changed.").arg(shownPath));
        return Status::failure(tr("Cannot open “%1”: %2").arg(shownPath, SqlError::describe(error)));
    }
    const bool empty = h.applicationId == 0 && h.version == 0 && h.objectCount == 0;
    if (!empty && h.applicationId != Schema::ApplicationId)
        return Status::failure(tr("“%1” is not a Textwell database. It was not changed.").arg(shownPath));
    if (empty && !createdNow && mode == Mode::MustExist)
        return Status::failure(tr("“%1” is an empty file, not a Textwell database.").arg(shownPath));
    if (h.version > Schema::currentVersion())
        return Status::failure(tr("“%1” was made by a newer version of Textwell (database version %2; this "
                                  "version understands up to %3). Update Textwell to open it; the file "
                                  "was not changed.")
                                   .arg(shownPath)
                                   .arg(h.version)
                                   .arg(Schema::currentVersion()));

    QSqlQuery q(db);
    for (const QString& setting : dialect.connectionSetup()) {
        if (!q.exec(setting))
            return Status::failure(SqlError::describe(q.lastError()));
    }
    if (h.version < Schema::currentVersion()) {
        if (Status migrated = Schema::migrate(db); !migrated)
            return migrated;
    }
    if (createdNow || empty) // fix the default country once, from the locale of whoever created the file
        return BusinessSettings(db).setValue(BusinessSettings::Key::DefaultCountry,
                                             PhoneNumbers::regionFromSystemLocale());
    return {};
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString Connection::defaultPath()
{
    // ~/.local/share/Textwell on Linux, %LOCALAPPDATA%\\Textwell on Windows, Application Support on macOS.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Textwell/textwell.sqlite"));
}

} // namespace textwell
