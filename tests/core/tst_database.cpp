// Opening, creating, migrating and refusing database files; locking; transactions; settings.
// A file that is refused must be left byte for byte as it was (PRODUCT.md rules 6 and 7).
// tst_database_postgres runs the same on a shared PostgreSQL database; what is about SQLite's file
// (permissions, locks, bytes on disk) is skipped there.

#include "contacts/addressbook.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberquery.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/databaselocation.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

using namespace textwell;

namespace {

// A plain connection of "another program", closed and removed when it goes out of scope.
class RawDb
{
public:
    explicit RawDb(const QString& location, const QString& options = QString())
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        const DatabaseLocation where = DatabaseLocation::parse(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(
            where.isShared() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(where.isShared() ? where.database() : where.filePath());
        db.setHostName(where.host());
        db.setPort(where.port());
        db.setUserName(where.user());
        if (!options.isEmpty())
            db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString exec(const QString& sql) const // the error, empty on success
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

int storedVersion(const QSqlDatabase& db)
{
    SqlDialect::Stamp stamp;
    return SqlDialect(db).readStamp(db, &stamp).isValid() ? -1 : stamp.version;
}

// Whether a table, index or trigger of this name exists.
bool hasObject(const QSqlDatabase& db, const QString& name)
{
    const QString sql = SqlDialect(db).isPostgres()
                            ? QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = '%1' AND "
                                             "relnamespace = current_schema()::regnamespace")
                            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'");
    return scalar(db, sql.arg(name)).toInt() == 1;
}

QString shown(const QString& location)
{
    return DatabaseLocation::parse(location).displayName();
}

#define SKIP_ON_POSTGRES(why)                                                                                \
    if (testing::onPostgres())                                                                               \
    QSKIP(why)

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

Subscriber person(const QString& phone, const QString& first, const QString& last)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = first;
    s.lastName = last;
    return s;
}

constexpr QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

Q_DECLARE_METATYPE(textwell::Connection::Mode)

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsNewDatabase();
    void newFileIsReadableByTheUserOnly();
    void reopensExistingDatabase();
    void migratesVersion1AndKeepsData();
    void failedMigrationLeavesTheOldVersion();
    void refusesNewerVersionUnchanged_data();
    void refusesNewerVersionUnchanged();
    void refusesOtherSqliteFileUnchanged_data();
    void refusesOtherSqliteFileUnchanged();
    void refusesNonDatabaseFileUnchanged_data();
    void refusesNonDatabaseFileUnchanged();
    void refusesFolder_data();
    void refusesFolder();
    void mustExistOnMissingFile();
    void emptyFile();
    void busyDatabaseRefusesWriteAndChangesNothing();
    void busyTimeoutWaitsForAShortLock();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionDoesNotUndoTheOuterOne();
    void businessSettings();
    void sharedDatabaseAddressProblemsAreNamed_data();
    void sharedDatabaseAddressProblemsAreNamed();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A new database: the file `name` in the test's folder, or a new database on the server.
    QString fresh(const QString& name) const { return testing::freshDatabase(m_dir->path(), name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A connection left open or a driver complaint is a bug here too.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDatabase::createsNewDatabase()
{
    const QString location = fresh(QStringLiteral("nested/folder/textwell.sqlite"));
    QVERIFY(!location.isEmpty());
    auto opened = Connection::open(location, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->database();
    SqlDialect::Stamp stamp;
    QVERIFY(!SqlDialect(db).readStamp(db, &stamp).isValid());
    QCOMPARE(stamp.version, Schema::currentVersion());
    QCOMPARE(stamp.applicationId, Schema::ApplicationId);
    if (testing::onPostgres()) {
        QCOMPARE(opened.value()->path(), location);
    } else {
        QVERIFY(QFileInfo::exists(location));
        QCOMPARE(opened.value()->path(), QFileInfo(location).absoluteFilePath());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // The same tables and triggers on both; PostgreSQL keeps the version in a table of its own and
    // refuses TRUNCATE on the tables whose rows may not be deleted.
    QSqlQuery q(db);
    QVERIFY(q.exec(testing::onPostgres()
                       ? QStringLiteral("SELECT 'table', table_name FROM information_schema.tables WHERE "
                                        "table_schema = current_schema() UNION ALL SELECT 'trigger', tgname "
                                        "FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2")
                       : QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('table', "
                                        "'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY type, name")));
    QStringList objects;
    while (q.next())
        objects.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
    QStringList expected = {QStringLiteral("table campaign"),
                            QStringLiteral("table confirmation_request"),
                            QStringLiteral("table consent_event"),
                            QStringLiteral("table custom_field"),
                            QStringLiteral("table erasure"),
                            QStringLiteral("table frequency_cap_tracking"),
                            QStringLiteral("table message"),
                            QStringLiteral("table message_tally"),
                            QStringLiteral("table opt_out_request"),
                            QStringLiteral("table reply"),
                            QStringLiteral("table segment"),
                            QStringLiteral("table setting"),
                            QStringLiteral("table subscriber"),
                            QStringLiteral("table subscriber_tag"),
                            QStringLiteral("table suppression"),
                            QStringLiteral("table tag"),
                            QStringLiteral("trigger consent_event_no_delete"),
                            QStringLiteral("trigger consent_event_no_replace"),
                            QStringLiteral("trigger consent_event_no_update"),
                            QStringLiteral("trigger erasure_no_delete"),
                            QStringLiteral("trigger erasure_no_replace"),
                            QStringLiteral("trigger erasure_no_update"),
                            QStringLiteral("trigger frequency_cap_message_delete"),
                            QStringLiteral("trigger frequency_cap_message_insert"),
                            QStringLiteral("trigger frequency_cap_message_update"),
                            QStringLiteral("trigger frequency_cap_subscriber_insert"),
                            QStringLiteral("trigger frequency_cap_subscriber_phone"),
                            QStringLiteral("trigger message_tally_delete"),
                            QStringLiteral("trigger message_tally_insert"),
                            QStringLiteral("trigger message_tally_update")};
    if (testing::onPostgres()) {
        expected << QStringLiteral("table textwell_database")
                 << QStringLiteral("trigger consent_event_no_delete_truncate")
                 << QStringLiteral("trigger erasure_no_delete_truncate");
        expected.sort();
    }
    QCOMPARE(objects, expected);
}

void TestDatabase::newFileIsReadableByTheUserOnly()
{
    SKIP_ON_POSTGRES("a file's permissions");
    const QString file = path(QStringLiteral("private.sqlite"));
    auto opened = Connection::open(file, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    AddressBook book(opened.value()->database(), QStringLiteral("RU"), QStringLiteral("anna"));
    QVERIFY(book.add(person(QStringLiteral("+79161234567"), QStringLiteral("Анна"), QString())));

    const QFile::Permissions perms = QFileInfo(file).permissions();
    QVERIFY(perms.testFlag(QFile::ReadOwner));
    QVERIFY(perms.testFlag(QFile::WriteOwner));
    QVERIFY2(!(perms & groupOrOther), qPrintable(QString::number(perms.toInt(), 16)));
    QVERIFY(!perms.testFlag(QFile::ExeOwner));
    // SQLite gives its -wal and -shm files the database's permissions: they hold the same data.
    for (const char* suffix : {"-wal", "-shm"}) {
        const QFileInfo side(file + QLatin1String(suffix));
        QVERIFY2(side.exists(), suffix);
        QVERIFY2(!(side.permissions() & groupOrOther), suffix);
    }
}

void TestDatabase::reopensExistingDatabase()
{
    const QString file = fresh(QStringLiteral("textwell.sqlite"));
    QVERIFY(!file.isEmpty());
    qint64 id = 0;
    {
        auto opened = Connection::open(file, Connection::Mode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        AddressBook book(opened.value()->database(), QStringLiteral("DE"), QStringLiteral("jan"));
        auto added = book.add(
            person(QStringLiteral("0171 1234567"), QStringLiteral("Jürgen"), QStringLiteral("Müller")));
        QVERIFY2(added, qPrintable(added.error()));
        id = added.value().id;
    }
    auto reopened = Connection::open(file, Connection::Mode::MustExist);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    AddressBook book(reopened.value()->database(), QStringLiteral("DE"), QStringLiteral("jan"));
    auto got = book.get(id);
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(got.value().phone, QStringLiteral("+491711234567"));
    QCOMPARE(got.value().lastName, QStringLiteral("Müller"));
    QCOMPARE(storedVersion(reopened.value()->database()), Schema::currentVersion());
}

void TestDatabase::migratesVersion1AndKeepsData()
{
    const QString file = fresh(QStringLiteral("old.sqlite"));
    QVERIFY(!file.isEmpty());
    qint64 id = 0;
    {
        RawDb raw(file);
        QVERIFY(raw.isOpen());
        const Status migrated = Schema::migrate(raw.db(), 1);
        QVERIFY2(migrated, qPrintable(migrated.error()));
        SqlDialect::Stamp stamp;
        QVERIFY(!SqlDialect(raw.db()).readStamp(raw.db(), &stamp).isValid());
        QCOMPARE(stamp.version, 1);
        QCOMPARE(stamp.applicationId, Schema::ApplicationId);
        QCOMPARE(raw.exec(QStringLiteral(
                     "INSERT INTO subscriber (phone, first_name, last_name, status, consent_at, "
                     "consent_source, search_key, created_at, updated_at) VALUES ('+79161234567', 'Анна', "
                     "'Иванова', 0, '2024-01-02T03:04:05.000Z', 'paper form', 'анна иванова', "
                     "'2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z')")),
                 QString());
        QCOMPARE(
            raw.exec(QStringLiteral(
                "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, source, evidence, actor) "
                "VALUES ('+79161234567', 'opt_in', '2024-01-02T03:04:05.000Z', "
                "'2024-01-02T03:04:05.000Z', 'manual', 'paper form', 'form #1', 'anna')")),
            QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO suppression (phone, excluded_at, exclude_note) VALUES "
                                         "('+74951234567', '2024-02-01T00:00:00.000Z', 'complaint')")),
                 QString());
        id = scalar(raw.db(), QStringLiteral("SELECT id FROM subscriber")).toLongLong();
        QVERIFY(id > 0);
        // The step-2 indexes are not there yet.
        QVERIFY(!hasObject(raw.db(), QStringLiteral("subscriber_by_name")));
    }

    auto opened = Connection::open(file, Connection::Mode::MustExist);
    QVERIFY2(opened, qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->database();
    QCOMPARE(storedVersion(db), Schema::currentVersion());
    for (const char* name :
         {"subscriber_by_name", "subscriber_by_city", "subscriber_by_status", "subscriber_by_consent"})
        QVERIFY2(hasObject(db, QLatin1String(name)), name);
    AddressBook book(db, QStringLiteral("RU"), QStringLiteral("anna"));
    auto got = book.get(id);
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(got.value().phone, QStringLiteral("+79161234567"));
    QCOMPARE(got.value().displayName(), QStringLiteral("Анна Иванова"));
    QCOMPARE(got.value().status, SubscriberStatus::Subscribed);
    QCOMPARE(got.value().consentAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    auto history = book.history(QStringLiteral("+79161234567"));
    QVERIFY(history);
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().constFirst().evidence, QStringLiteral("form #1"));
    auto excluded = book.suppression(QStringLiteral("+74951234567"));
    QVERIFY(excluded);
    QVERIFY(excluded.value().excluded());
    QCOMPARE(excluded.value().excludeNote, QStringLiteral("complaint"));
    // And the migrated file works like a new one.
    auto added = book.add(person(QStringLiteral("+79161234568"), QStringLiteral("Пётр"), QString()));
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added.value().id > id);
}

void TestDatabase::failedMigrationLeavesTheOldVersion()
{
    const QString file = fresh(QStringLiteral("clash.sqlite"));
    QVERIFY(!file.isEmpty());
    {
        RawDb raw(file);
        QVERIFY(Schema::migrate(raw.db(), 1));
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO subscriber (phone, first_name, created_at, updated_at) "
                                         "VALUES ('+79161234567', 'Анна', 'x', 'x')")),
                 QString());
        // Someone made an index that step 2 wants to create under the same name (its second statement).
        QCOMPARE(raw.exec(QStringLiteral("CREATE INDEX subscriber_by_city ON subscriber(region)")),
                 QString());
    }
    auto opened = Connection::open(file, Connection::Mode::MustExist);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("version 2")), qPrintable(opened.error()));

    RawDb raw(file);
    // The step ran in one transaction: no half-upgraded file.
    QCOMPARE(storedVersion(raw.db()), 1);
    QVERIFY(!hasObject(raw.db(), QStringLiteral("subscriber_by_name")));
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT first_name FROM subscriber")).toString(),
             QStringLiteral("Анна"));
}

void TestDatabase::refusesNewerVersionUnchanged_data()
{
    QTest::addColumn<Connection::Mode>("mode");
    QTest::addRow("create if missing") << Connection::Mode::CreateIfMissing;
    QTest::addRow("must exist") << Connection::Mode::MustExist;
}

void TestDatabase::refusesNewerVersionUnchanged()
{
    QFETCH(Connection::Mode, mode);
    const QString file = fresh(QStringLiteral("newer.sqlite"));
    QVERIFY(!file.isEmpty());
    {
        auto opened = Connection::open(file, Connection::Mode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        AddressBook book(opened.value()->database(), QStringLiteral("RU"), QStringLiteral("anna"));
        QVERIFY(book.add(person(QStringLiteral("+79161234567"), QStringLiteral("Анна"), QString())));
    }
    {
        RawDb raw(file);
        QCOMPARE(raw.exec(SqlDialect(raw.db()).setVersion(Schema::currentVersion() + 1)), QString());
    }
    const bool onFile = !testing::onPostgres();
    QVERIFY(!QFileInfo::exists(file + QLatin1String("-wal")));
    const QByteArray before = onFile ? fileHash(file) : QByteArray("n/a");
    QVERIFY(!before.isEmpty());
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    auto opened = Connection::open(file, mode);
    QVERIFY(!opened);
    const QString message = opened.error();
    QVERIFY2(message.contains(QLatin1String("newer version")), qPrintable(message));
    QVERIFY2(message.contains(shown(file)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Schema::currentVersion() + 1)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not changed")), qPrintable(message));
    QCOMPARE(onFile ? fileHash(file) : QByteArray("n/a"), before);
    {
        RawDb raw(file);
        QCOMPARE(storedVersion(raw.db()), Schema::currentVersion() + 1);
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT count(*) FROM subscriber")).toInt(), 1);
    }
    QVERIFY(!QFileInfo::exists(file + QLatin1String("-wal")));
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore); // nothing left open
}

void TestDatabase::refusesOtherSqliteFileUnchanged_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addRow("another program's tables")
        << QStringList{QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"),
                       QStringLiteral("INSERT INTO invoice VALUES (1, 12.5)")};
    QTest::addRow("a table named like ours")
        << QStringList{QStringLiteral("CREATE TABLE subscriber (phone TEXT)"),
                       QStringLiteral("INSERT INTO subscriber VALUES ('+79161234567')")};
    if (testing::onPostgres())
        return;
    QTest::addRow("another application_id with tables")
        << QStringList{QStringLiteral("PRAGMA application_id = 305419896"),
                       QStringLiteral("CREATE TABLE notes (body TEXT)")};
    QTest::addRow("another application_id, no tables") << QStringList{
        QStringLiteral("PRAGMA application_id = 305419896"), QStringLiteral("PRAGMA user_version = 1")};
}

void TestDatabase::refusesOtherSqliteFileUnchanged()
{
    QFETCH(QStringList, statements);
    const QString file = fresh(QStringLiteral("other.db"));
    QVERIFY(!file.isEmpty());
    {
        RawDb raw(file);
        for (const QString& sql : statements)
            QCOMPARE(raw.exec(sql), QString());
    }
    const bool onFile = !testing::onPostgres();
    const QByteArray before = onFile ? fileHash(file) : QByteArray("n/a");
    for (auto mode : {Connection::Mode::CreateIfMissing, Connection::Mode::MustExist}) {
        auto opened = Connection::open(file, mode);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QLatin1String("is not a Textwell database")),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(shown(file)), qPrintable(opened.error()));
        QCOMPARE(onFile ? fileHash(file) : QByteArray("n/a"), before);
        // Not switched to WAL either (that would leave -wal/-shm files next to it).
        QVERIFY(!QFileInfo::exists(file + QLatin1String("-wal")));
    }
    RawDb raw(file); // nothing of ours was added
    QVERIFY(!hasObject(raw.db(), QStringLiteral("consent_event")));
    QVERIFY(!hasObject(raw.db(), QStringLiteral("textwell_database")));
}

void TestDatabase::refusesNonDatabaseFileUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("a CSV export") << QByteArray("first_name,last_name,phone\nАнна,Иванова,+79161234567\n"
                                                "Jürgen,Müller,+491711234567\n");
    QTest::addRow("a short text") << QByteArray("hello");
    QByteArray random(8192, '\0');
    QRandomGenerator rng(42);
    for (char& c : random)
        c = static_cast<char>(rng.bounded(256));
    QTest::addRow("random bytes") << random;
    QByteArray fakeHeader("SQLite format 3");
    fakeHeader.append('\0');
    fakeHeader.append(QByteArray(4080, 'x'));
    QTest::addRow("SQLite magic, broken header") << fakeHeader;
}

void TestDatabase::refusesNonDatabaseFileUnchanged()
{
    SKIP_ON_POSTGRES("a file's bytes");
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("contacts.sqlite"));
    QVERIFY(writeFile(file, bytes));
    const QByteArray before = fileHash(file);
    for (auto mode : {Connection::Mode::CreateIfMissing, Connection::Mode::MustExist}) {
        auto opened = Connection::open(file, mode);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QLatin1String("not a Textwell database")),
                 qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QDir::toNativeSeparators(file)), qPrintable(opened.error()));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(QFileInfo(file).size(), bytes.size());
    }
}

void TestDatabase::refusesFolder_data()
{
    QTest::addColumn<Connection::Mode>("mode");
    QTest::addRow("create if missing") << Connection::Mode::CreateIfMissing;
    QTest::addRow("must exist") << Connection::Mode::MustExist;
}

void TestDatabase::refusesFolder()
{
    SKIP_ON_POSTGRES("a folder in place of the file");
    QFETCH(Connection::Mode, mode);
    const QString folder = path(QStringLiteral("a folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    auto opened = Connection::open(folder, mode);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("is a folder")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(folder)), qPrintable(opened.error()));
    QVERIFY(QDir(folder).isEmpty());
}

void TestDatabase::mustExistOnMissingFile()
{
    SKIP_ON_POSTGRES("a missing file");
    const QString file = path(QStringLiteral("missing/textwell.sqlite"));
    auto opened = Connection::open(file, Connection::Mode::MustExist);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("There is no database")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(file)), qPrintable(opened.error()));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
}

// An empty file is not a database somebody named by mistake (MustExist refuses it) but may be
// what a crash left at the app's own path before the first schema step (CreateIfMissing sets it up).
void TestDatabase::emptyFile()
{
    SKIP_ON_POSTGRES("an empty file");
    const QString file = path(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(file, QByteArray()));
    auto refused = Connection::open(file, Connection::Mode::MustExist);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("empty file")), qPrintable(refused.error()));
    QCOMPARE(QFileInfo(file).size(), 0);

    auto created = Connection::open(file, Connection::Mode::CreateIfMissing);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(scalar(created.value()->database(), QStringLiteral("PRAGMA user_version")).toInt(),
             Schema::currentVersion());
}

void TestDatabase::busyDatabaseRefusesWriteAndChangesNothing()
{
    SKIP_ON_POSTGRES("SQLite's file lock");
    const QString file = path(QStringLiteral("busy.sqlite"));
    auto opened = Connection::open(file, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->database();
    AddressBook book(db, QStringLiteral("RU"), QStringLiteral("anna"));

    RawDb other(file, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(other.isOpen());
    QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    QCOMPARE(other.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('business_name', 'other')")),
             QString());

    QElapsedTimer timer;
    timer.start();
    auto added = book.add(person(QStringLiteral("+79161234567"), QStringLiteral("Анна"), QString()),
                          ConsentRecord{QStringLiteral("paper form"), QStringLiteral("form #1"), {}});
    const qint64 waited = timer.elapsed();
    QVERIFY(!added);
    QVERIFY2(added.error().contains(QLatin1String("busy")), qPrintable(added.error()));
    // It waited for the busy timeout (5 s), not forever and not not at all.
    QVERIFY2(waited >= 4000 && waited < 15000, qPrintable(QString::number(waited)));

    // Readers are not blocked by the writer (WAL).
    auto counted = SubscriberQuery(db, {}).count();
    QVERIFY2(counted, qPrintable(counted.error()));
    QCOMPARE(counted.value(), 0);

    QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
    for (const char* table : {"subscriber", "consent_event", "suppression"})
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);

    // Once the other writer is gone the same call goes through.
    auto retried = book.add(person(QStringLiteral("+79161234567"), QStringLiteral("Анна"), QString()));
    QVERIFY2(retried, qPrintable(retried.error()));
}

void TestDatabase::busyTimeoutWaitsForAShortLock()
{
    SKIP_ON_POSTGRES("SQLite's file lock");
    const QString file = path(QStringLiteral("short-lock.sqlite"));
    auto opened = Connection::open(file, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    AddressBook book(opened.value()->database(), QStringLiteral("RU"), QStringLiteral("anna"));

    std::promise<bool> locked;
    std::future<bool> isLocked = locked.get_future();
    std::atomic<bool> committed{false};
    std::thread writer([&]() {
        // Its own connection, made, used and removed in this thread only.
        RawDb other(file, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        const bool ok = other.isOpen() && other.exec(QStringLiteral("BEGIN EXCLUSIVE")).isEmpty();
        locked.set_value(ok);
        if (!ok)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        committed = other.exec(QStringLiteral("COMMIT")).isEmpty();
    });
    const bool gotLock = isLocked.get();
    QElapsedTimer timer;
    timer.start();
    auto added = gotLock
                     ? book.add(person(QStringLiteral("+79161234567"), QStringLiteral("Анна"), QString()))
                     : Result<AddressBook::Added>::failure(QStringLiteral("the other writer got no lock"));
    const qint64 waited = timer.elapsed();
    writer.join();
    QVERIFY(gotLock);
    QVERIFY(committed);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY2(waited >= 250, qPrintable(QString::number(waited)));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto opened = Connection::open(fresh(QStringLiteral("tx.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->database();
    // The setting table serves as a scratch table here; a new database holds its default country.
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM setting")));
    {
        Transaction tx(db);
        QVERIFY2(tx.isActive(), qPrintable(tx.error()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('dropped', '1')")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 1);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 0);
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('kept', '1')")));
        const Status done = tx.commit();
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT key FROM setting")).toString(), QStringLiteral("kept"));
    // Committed is committed: another connection sees it.
    RawDb other(opened.value()->path());
    QCOMPARE(scalar(other.db(), QStringLiteral("SELECT key FROM setting")).toString(),
             QStringLiteral("kept"));
}

void TestDatabase::nestedTransactionDoesNotUndoTheOuterOne()
{
    auto opened = Connection::open(fresh(QStringLiteral("nested.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    const QSqlDatabase db = opened.value()->database();
    // The setting table serves as a scratch table here; a new database holds its default country.
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM setting")));
    Transaction outer(db);
    QVERIFY(outer.isActive());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('outer', '1')")));
    {
        // A step that is whole on its own, abandoned: only its own work goes.
        Transaction inner(db);
        QVERIFY(inner.isActive());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('dropped', '1')")));
    }
    {
        Transaction inner(db);
        QVERIFY(inner.isActive());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('inner', '1')")));
        QVERIFY(inner.commit());
    }
    QVERIFY(outer.commit());
    QCOMPARE(scalar(db, QStringLiteral("SELECT %1 FROM (SELECT key FROM setting ORDER BY key) AS k")
                            .arg(SqlDialect(db).joinedValues(QStringLiteral("key"), ',')))
                 .toString(),
             QStringLiteral("inner,outer"));

    // Rolling the outer one back takes the committed inner step with it: they were one whole.
    {
        Transaction whole(db);
        Transaction part(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('part', '1')")));
        QVERIFY(part.commit());
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM setting WHERE key = 'part'")).toInt(), 0);
    // And a new outer transaction after all this is a real one again.
    Transaction again(db);
    QVERIFY(again.isActive());
    QVERIFY(again.commit());
}

void TestDatabase::businessSettings()
{
    const QString file = fresh(QStringLiteral("settings.sqlite"));
    QVERIFY(!file.isEmpty());
    {
        auto opened = Connection::open(file, Connection::Mode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened.error()));
        BusinessSettings settings(opened.value()->database());
        // A new database stores the creator's country once, so it no longer depends on who runs the app.
        QCOMPARE(scalar(opened.value()->database(),
                        QStringLiteral("SELECT value FROM setting WHERE key = 'default_country'"))
                     .toString(),
                 PhoneNumbers::regionFromSystemLocale());
        QCOMPARE(settings.value(BusinessSettings::Key::DefaultCountry),
                 PhoneNumbers::regionFromSystemLocale());
        QCOMPARE(settings.value(BusinessSettings::Key::BusinessName), QString());

        QVERIFY(settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("de")));
        QCOMPARE(settings.value(BusinessSettings::Key::DefaultCountry), QStringLiteral("DE"));
        const Status refused = settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("XX"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("“XX”")), qPrintable(refused.error()));
        QCOMPARE(settings.value(BusinessSettings::Key::DefaultCountry), QStringLiteral("DE"));

        QVERIFY(settings.setValue(BusinessSettings::Key::BusinessName, QStringLiteral("Салон «Анна»")));
        QVERIFY(settings.setValue(BusinessSettings::Key::BusinessName, QStringLiteral("Friseur Müller")));
        QCOMPARE(scalar(opened.value()->database(), QStringLiteral("SELECT count(*) FROM setting")).toInt(),
                 2);
    }
    auto reopened = Connection::open(file, Connection::Mode::MustExist);
    QVERIFY(reopened);
    BusinessSettings settings(reopened.value()->database());
    QCOMPARE(settings.value(BusinessSettings::Key::DefaultCountry), QStringLiteral("DE"));
    QCOMPARE(settings.value(BusinessSettings::Key::BusinessName), QStringLiteral("Friseur Müller"));
}

void TestDatabase::sharedDatabaseAddressProblemsAreNamed_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");
    QTest::addRow("password in the address")
        << QStringLiteral("postgresql://shop:secret@127.0.0.1:5432/textwell")
        << QStringLiteral("must not contain its password");
    QTest::addRow("no database name")
        << QStringLiteral("postgresql://shop@127.0.0.1:5432/") << QStringLiteral("name of the database");
    QTest::addRow("no user") << QStringLiteral("postgresql://127.0.0.1:5432/textwell")
                             << QStringLiteral("user name");
    QTest::addRow("no server") << QStringLiteral("postgresql:///textwell")
                               << QStringLiteral("is not a server address");
    // Nothing listens on port 1: the message names the database and where it was looked for.
    QTest::addRow("nobody there") << QStringLiteral("postgresql://shop@127.0.0.1:1/textwell")
                                  << QStringLiteral(
                                         "Cannot reach the shared database “textwell” on 127.0.0.1:1");
}

void TestDatabase::sharedDatabaseAddressProblemsAreNamed()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    auto opened = Connection::open(location, Connection::Mode::CreateIfMissing);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains(QLatin1String("secret")), qPrintable(opened.error()));
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    QVERIFY(QDir(m_dir->path()).isEmpty()); // never taken for a file name
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
