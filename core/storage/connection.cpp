#include "connection.h"

#include "businesssettings.h"
#include "contacts/phonenumbers.h"
#include "schema.h"
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

struct FileHeader
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// Reads what identifies the file; on failure returns the driver's error.
QSqlError readHeader(const QSqlDatabase& db, FileHeader* header)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return q.lastError();
    header->applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError();
    header->userVersion = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return q.lastError();
    header->objectCount = q.value(0).toInt();
    return {};
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, Mode mode)
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

Status Connection::prepare(Mode mode, bool createdNow)
{
    QSqlDatabase db = database();
    const QString shownPath = QDir::toNativeSeparators(m_path);
    FileHeader h;
    if (const QSqlError error = readHeader(db, &h); error.isValid()) {
        if (SqlError::isNotADatabase(error))
            return Status::failure(
                tr("“%1” is not a Textwell database, or it is damaged. It was not changed.").arg(shownPath));
        return Status::failure(tr("Cannot open “%1”: %2").arg(shownPath, SqlError::describe(error)));
    }
    const bool empty = h.applicationId == 0 && h.userVersion == 0 && h.objectCount == 0;
    if (!empty && h.applicationId != Schema::ApplicationId)
        return Status::failure(tr("“%1” is not a Textwell database. It was not changed.").arg(shownPath));
    if (empty && !createdNow && mode == Mode::MustExist)
        return Status::failure(tr("“%1” is an empty file, not a Textwell database.").arg(shownPath));
    if (h.userVersion > Schema::currentVersion())
        return Status::failure(tr("“%1” was made by a newer version of Textwell (database version %2; this "
                                  "version understands up to %3). Update Textwell to open it; the file "
                                  "was not changed.")
                                   .arg(shownPath)
                                   .arg(h.userVersion)
                                   .arg(Schema::currentVersion()));

    QSqlQuery q(db);
    // WAL lets readers (the address book, counts) work while one writer writes; FULL makes every
    // commit durable, which the sender relies on to never send a message twice. Reading through a
    // memory map instead of a read() per page makes a count over a million people several times
    // faster (measured: 570 ms -> 85 ms for the cap check over everyone).
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA mmap_size = 1073741824")};
    for (const QString& pragma : pragmas) {
        if (!q.exec(pragma))
            return Status::failure(SqlError::describe(q.lastError()));
    }
    if (h.userVersion < Schema::currentVersion()) {
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
