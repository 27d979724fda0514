// The tests' database locations (testdatabase.h): a new SQLite file, or a new database of its own on
// the throwaway PostgreSQL server of tests/postgres-harness.py, which listens on 127.0.0.1 only.

#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace textwell::testing;

namespace {

// A QPSQL connection to a postgresql://USER@HOST:PORT/DBNAME location, parsed here on its own
// (not with the code under test), closed and removed when it goes out of scope.
class PostgresConnection
{
public:
    explicit PostgresConnection(const QString& location) : m_name(QStringLiteral("check-%1").arg(++s_counter))
    {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qWarning("Cannot open %s: %s", qPrintable(location), qPrintable(db.lastError().text()));
    }
    ~PostgresConnection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row of a query, or an invalid QVariant (with a warning).
    QVariant value(const QString& sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

class TestTestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteLocationIsANewFileInTheFolder();
    void postgresGivesEachCallItsOwnDatabase();
    void postgresServerIsOnLoopbackOnly();
};

void TestTestDatabase::sqliteLocationIsANewFileInTheFolder()
{
    if (onPostgres())
        QSKIP("runs on SQLite (the tst_testdatabase entry)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString location = freshDatabase(dir.path());
    QCOMPARE(location, dir.path() + QStringLiteral("/textwell.sqlite"));
    QVERIFY(!QFileInfo::exists(location));
    QCOMPARE(freshDatabase(dir.path(), QStringLiteral("second.sqlite")),
             dir.path() + QStringLiteral("/second.sqlite"));
    // Nothing is made ahead: the app is the one that creates the file.
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestTestDatabase::postgresGivesEachCallItsOwnDatabase()
{
    if (!onPostgres())
        QSKIP("runs on PostgreSQL (the tst_testdatabase_postgres entry)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QUrl server(qEnvironmentVariable("TEXTWELL_TEST_POSTGRES"));

    const QString first = freshDatabase(dir.path());
    const QString second = freshDatabase(dir.path());
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);
    const QRegularExpression name(QStringLiteral("^/tw_[0-9]+_%1$").arg(QCoreApplication::applicationPid()));
    for (const QString& location : {first, second}) {
        const QUrl url(location);
        QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
        QCOMPARE(url.userName(), server.userName());
        QCOMPARE(url.host(), server.host());
        QCOMPARE(url.port(), server.port());
        QVERIFY2(name.match(url.path()).hasMatch(), qPrintable(location));
    }
    // Nothing on the disk: the database lives on the server.
    QVERIFY(QDir(dir.path()).isEmpty());

    PostgresConnection firstDb(first);
    PostgresConnection secondDb(second);
    QVERIFY(firstDb.database().isOpen());
    QVERIFY(secondDb.database().isOpen());
    QCOMPARE(firstDb.value(QStringLiteral("SELECT current_database()")).toString(),
             QUrl(first).path().mid(1));
    QCOMPARE(secondDb.value(QStringLiteral("SELECT current_database()")).toString(),
             QUrl(second).path().mid(1));

    // A new database is empty, and what one test writes the other does not see.
    QVERIFY(firstDb.database().tables().isEmpty());
    QSqlQuery create(firstDb.database());
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE contacts (phone TEXT)")),
             qPrintable(create.lastError().text()));
    QVERIFY2(create.exec(QStringLiteral("INSERT INTO contacts VALUES ('+4915112345678')")),
             qPrintable(create.lastError().text()));
    QCOMPARE(firstDb.database().tables(), QStringList{QStringLiteral("contacts")});
    QCOMPARE(firstDb.value(QStringLiteral("SELECT phone FROM contacts")).toString(),
             QStringLiteral("+4915112345678"));
    QVERIFY(secondDb.database().tables().isEmpty());
    QVERIFY(secondDb.value(QStringLiteral("SELECT to_regclass('contacts') IS NULL")).toBool());
}

void TestTestDatabase::postgresServerIsOnLoopbackOnly()
{
    if (!onPostgres())
        QSKIP("runs on PostgreSQL (the tst_testdatabase_postgres entry)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString location = freshDatabase(dir.path());
    QVERIFY(!location.isEmpty());
    QCOMPARE(QUrl(location).host(), QStringLiteral("127.0.0.1"));

    PostgresConnection db(location);
    QVERIFY(db.database().isOpen());
    // The address the server answered on, and every address it listens on.
    QCOMPARE(db.value(QStringLiteral("SELECT host(inet_server_addr())")).toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(db.value(QStringLiteral("SHOW listen_addresses")).toString(), QStringLiteral("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestTestDatabase)
#include "tst_testdatabase.moc"
