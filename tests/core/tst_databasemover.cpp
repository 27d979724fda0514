// Moving an address book with its history between databases (DatabaseMover): a local file to a
// shared database and back leaves every row as it was. tst_databasemover_postgres moves through
// PostgreSQL; the plain run through a second SQLite file.

#include "contacts/addressbook.h"
#include "storage/connection.h"
#include "storage/databasemover.h"
#include "storage/schema.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

constexpr int People = 100'000;

bool run(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + QStringLiteral(" in ") + sql.left(120);
    return false;
}

// People with a year of history, written straight into a new file (SQLite's own SQL: fast, and the
// source of a move is the local file): consents, opt-outs and exclusions with their events, tags,
// a custom field, two campaigns with a message to each person, replies, an erasure, confirmation and
// opt-out requests, settings and a segment. Returns the first error.
QString fillSource(const QSqlDatabase& db)
{
    const QString people =
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
            .arg(People);
    const QStringList statements = {
        QStringLiteral(
            "INSERT INTO setting (key, value) VALUES ('business_name', 'Blumen Müller') ON CONFLICT DO "
            "NOTHING"),
        QStringLiteral(
            "INSERT INTO custom_field (name, created_at) VALUES ('Kundennr', '2025-01-02T03:04:05.000Z')"),
        QStringLiteral("INSERT INTO tag (name) VALUES ('VIP'), ('Stammkunde'), ('Köln')"),
        QStringLiteral("INSERT INTO segment (name, rule, created_at, updated_at) VALUES ('Köln', "
                       "'{\"all\":[{\"field\":\"city\",\"op\":\"is\",\"values\":[\"Köln\"]}]}', "
                       "'2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z')"),
        people +
            QStringLiteral(
                "INSERT INTO subscriber (phone, first_name, last_name, city, birth_date, language, "
                "number_kind, "
                "status, consent_at, consent_source, custom_fields, search_key, created_at, updated_at) "
                "SELECT "
                "printf('+4915%09d', i), 'Jürgen ' || i, CASE i % 3 WHEN 0 THEN 'Müller' WHEN 1 THEN 'Weiß' "
                "ELSE "
                "'Ёлкина' END, CASE i % 4 WHEN 0 THEN 'Köln' ELSE 'Berlin' END, CASE WHEN i % 5 = 0 THEN "
                "NULL "
                "ELSE printf('19%02d-%02d-%02d', 40 + i % 60, 1 + i % 12, 1 + i % 28) END, CASE i % 2 WHEN 0 "
                "THEN 'de' ELSE 'en' END, 1, CASE WHEN i % 97 = 0 THEN 3 WHEN i % 10 = 0 THEN 2 WHEN i % 25 "
                "= "
                "0 THEN 0 ELSE 1 END, CASE WHEN i % 25 = 0 THEN NULL ELSE "
                "printf('2025-%02d-%02dT10:00:00.000Z', "
                "1 + i % 12, 1 + i % 28) END, CASE WHEN i % 25 = 0 THEN '' ELSE 'Formular an der Kasse' END, "
                "printf('{\"Kundennr\":\"%d\"}', i), 'jurgen ' || i, '2025-01-01T00:00:00.000Z', "
                "'2025-06-01T00:00:00.000Z' FROM n"),
        QStringLiteral(
            "INSERT INTO subscriber_tag (subscriber_id, tag_id) SELECT s.id, 1 + s.id % 3 FROM subscriber "
            "s WHERE s.id % 2 = 0"),
        QStringLiteral(
            "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, source, evidence, actor) "
            "SELECT phone, 'opt_in', consent_at, consent_at, 'manual', consent_source, 'Formular Nr. ' || "
            "id, 'anna' FROM subscriber WHERE consent_at IS NOT NULL"),
        QStringLiteral(
            "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, reason_code, reason_text, "
            "campaign_id, actor) SELECT phone, 'opt_out', '2025-09-01T08:00:00.000Z', "
            "'2025-09-01T08:00:00.000Z', 'keyword', 'too_frequent', 'STOP', 1, '' FROM subscriber WHERE "
            "status = 2"),
        QStringLiteral(
            "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, reason_text, actor) SELECT "
            "phone, 'exclude', '2025-10-01T08:00:00.000Z', '2025-10-01T08:00:00.000Z', 'manual', "
            "'Beschwerde am Telefon', 'anna' FROM subscriber WHERE status = 3"),
        QStringLiteral(
            "INSERT INTO suppression (phone, opted_out_at, opt_out_reason, excluded_at, exclude_note) "
            "SELECT phone, CASE WHEN status = 2 THEN '2025-09-01T08:00:00.000Z' END, CASE WHEN status = "
            "2 THEN 'too_frequent' ELSE '' END, CASE WHEN status = 3 THEN '2025-10-01T08:00:00.000Z' END, "
            "CASE WHEN status = 3 THEN 'Beschwerde' ELSE '' END FROM subscriber WHERE status IN (2, 3)"),
        QStringLiteral(
            "INSERT INTO campaign (name, marketing, created_at, status, body, started_at, finished_at, "
            "updated_at) VALUES ('Frühling', 1, '2025-03-01T00:00:00.000Z', 'finished', 'Frühlingsfest: "
            "20 % auf alles!', '2025-03-02T09:00:00.000Z', '2025-03-02T12:00:00.000Z', "
            "'2025-03-02T12:00:00.000Z'), ('Sommer', 1, '2025-06-01T00:00:00.000Z', 'draft', 'Sommer!', "
            "NULL, NULL, '2025-06-01T00:00:00.000Z')"),
        QStringLiteral(
            "INSERT INTO message (campaign_id, phone, subscriber_id, marketing, state, body, parts, "
            "encoding, attempts, provider_id, sent_at, delivered_at, claimed_at, updated_at, created_at) "
            "SELECT 1, phone, id, 1, CASE id % 7 WHEN 0 THEN 'failed' WHEN 1 THEN 'sent' ELSE 'delivered' "
            "END, 'Frühlingsfest: 20 % auf alles! STOP an 12345', 1, 'UCS-2', 1, 'k-' || id, "
            "'2025-03-02T09:00:00.000Z', CASE WHEN id % 7 > 1 THEN '2025-03-02T09:01:00.000Z' END, "
            "'2025-03-02T09:00:00.000Z', '2025-03-02T09:01:00.000Z', '2025-03-02T08:59:00.000Z' FROM "
            "subscriber WHERE status = 1"),
        QStringLiteral(
            "INSERT INTO reply (phone, body, received_at, recorded_at, source, source_id, kind, "
            "confidence, rule, action, campaign_id, is_read, handled) SELECT phone, CASE WHEN status = 2 "
            "THEN 'STOP' ELSE 'Danke! 😊' END, '2025-03-02T10:00:00.000Z', '2025-03-02T10:00:01.000Z', "
            "'kannel', 'mo-' || id, CASE WHEN status = 2 THEN 'opt_out' ELSE 'other' END, 0.75, 'keyword', "
            "'', 1, id % 2, 1 FROM subscriber WHERE id % 20 = 0"),
        QStringLiteral(
            "INSERT INTO erasure (phone, requested_at, erased_at, actor, note) VALUES ('+4915999999999', "
            "'2025-05-01T00:00:00.000Z', '2025-05-01T00:00:01.000Z', 'anna', 'Art. 17 DSGVO')"),
        QStringLiteral(
            "INSERT INTO confirmation_request (phone, requested_at, request_message_id, reminded_at) "
            "SELECT phone, '2025-04-01T00:00:00.000Z', NULL, CASE WHEN id % 2 = 0 THEN "
            "'2025-04-05T00:00:00.000Z' END FROM subscriber WHERE id % 50 = 0"),
        QStringLiteral(
            "INSERT INTO opt_out_request (received_at, channel, contact, phone, note, due_at, entered_at, "
            "outcome, recorded_at, actor) VALUES ('2025-07-01T00:00:00.000Z', 'email', "
            "'kunde@example.org', '', 'Bitte löschen', '2025-07-15T00:00:00.000Z', NULL, '', "
            "'2025-07-01T00:00:00.000Z', 'anna')"),
    };
    QString error;
    QSqlQuery begin(db);
    if (!run(db, QStringLiteral("BEGIN"), &error))
        return error;
    for (const QString& sql : statements) {
        if (!run(db, sql, &error))
            return error;
    }
    run(db, QStringLiteral("COMMIT"), &error);
    return error;
}

// Every row of every table, column by column in name order, one line a row, in key order: what two
// databases holding the same address book agree on to the byte.
QByteArray fingerprint(const QSqlDatabase& db, const QString& table, qint64* rows)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    columns.sort();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // In the order of every column, NULL first as in SQLite (PostgreSQL puts it last by default).
    const QString order = columns.join(QStringLiteral(" NULLS FIRST, ")) + QStringLiteral(" NULLS FIRST");
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), table, order)))
        return "error: " + q.lastError().text().toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *rows = 0;
    while (q.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            hash.addData(v.isNull() ? QByteArray("\\N") : v.toString().toUtf8());
            hash.addData("\t");
        }
        hash.addData("\n");
        ++*rows;
    }
    return hash.result().toHex();
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestDatabaseMover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void toSharedAndBackIsIdentical();
    void refusesATargetThatIsNotEmpty();
    void cancelLeavesTheTargetEmpty();

private:
    std::unique_ptr<Connection> open(const QString& location);
    // A new, empty database to move into: a file in the test's folder, or one on the server.
    std::unique_ptr<Connection> openNew(const QString& fileName);
    QTemporaryDir m_sourceDir;
    QString m_sourcePath; // the address book to move, made once: it is only read
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseMover::initTestCase()
{
    QVERIFY(m_sourceDir.isValid());
    m_sourcePath = m_sourceDir.filePath(QStringLiteral("shop.sqlite"));
    auto source = open(m_sourcePath);
    QVERIFY(source);
    const QString filled = fillSource(source->database());
    QVERIFY2(filled.isEmpty(), qPrintable(filled));
    QCOMPARE(scalar(source->database(), QStringLiteral("SELECT COUNT(*) FROM subscriber")), People);
}

void TestDatabaseMover::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Connection> TestDatabaseMover::open(const QString& location)
{
    auto opened = Connection::open(location, Connection::Mode::CreateIfMissing);
    if (!opened)
        qWarning("%s", qPrintable(opened.error()));
    return opened ? opened.takeValue() : nullptr;
}

std::unique_ptr<Connection> TestDatabaseMover::openNew(const QString& fileName)
{
    const QString location = testing::freshDatabase(m_dir->path(), fileName);
    return location.isEmpty() ? nullptr : open(location);
}

void TestDatabaseMover::toSharedAndBackIsIdentical()
{
    auto source = open(m_sourcePath);
    QVERIFY(source);

    auto shared = openNew(QStringLiteral("shared.sqlite"));
    QVERIFY(shared);
    qint64 lastDone = 0;
    int progressCalls = 0;
    auto there = DatabaseMover(source->database(), shared->database()).run([&](qint64 done, qint64 total) {
        ++progressCalls;
        const bool ok = done > lastDone && done <= total;
        lastDone = done;
        return ok;
    });
    QVERIFY2(there, qPrintable(there.error()));
    QVERIFY(progressCalls > 10);

    auto back = open(m_dir->filePath(QStringLiteral("back.sqlite")));
    QVERIFY(back);
    auto home = DatabaseMover(shared->database(), back->database()).run();
    QVERIFY2(home, qPrintable(home.error()));

    for (const QString& table : DatabaseMover::tables()) {
        qint64 sourceRows = 0, sharedRows = 0, backRows = 0;
        const QByteArray original = fingerprint(source->database(), table, &sourceRows);
        const QByteArray inShared = fingerprint(shared->database(), table, &sharedRows);
        const QByteArray returned = fingerprint(back->database(), table, &backRows);
        QVERIFY2(!original.startsWith("error"), original.constData());
        QCOMPARE(sharedRows, sourceRows);
        QCOMPARE(backRows, sourceRows);
        QVERIFY2(inShared == original, qPrintable(table));
        QVERIFY2(returned == original, qPrintable(table));
    }
    for (const DatabaseMover::TableCount& count : there.value())
        QCOMPARE(count.rows,
                 scalar(source->database(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(count.table)));

    // The moved book works as one made there: new ids follow the moved ones, the history stays
    // append-only and a new message is counted in its campaign's tally.
    const QSqlDatabase db = shared->database();
    const qint64 maxId = scalar(db, QStringLiteral("SELECT MAX(id) FROM subscriber"));
    AddressBook book(db, QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber newcomer;
    newcomer.phone = QStringLiteral("+491701234567");
    newcomer.firstName = QStringLiteral("Neu");
    auto added = book.add(newcomer);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added.value().id > maxId);
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM consent_event")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
    const qint64 tallyBefore =
        scalar(db, QStringLiteral("SELECT SUM(n) FROM message_tally WHERE campaign_id = 2"));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO message (campaign_id, phone, state) VALUES (2, '+491701234567', "
                              "'waiting')")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(n) FROM message_tally WHERE campaign_id = 2")),
             std::max<qint64>(tallyBefore, 0) + 1);
}

void TestDatabaseMover::refusesATargetThatIsNotEmpty()
{
    auto source = open(m_sourcePath);
    QVERIFY(source);
    auto target = openNew(QStringLiteral("other.sqlite"));
    QVERIFY(target);
    AddressBook book(target->database(), QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber someone;
    someone.phone = QStringLiteral("+491701234567");
    QVERIFY(book.add(someone));
    auto moved = DatabaseMover(source->database(), target->database()).run();
    QVERIFY(!moved);
    QVERIFY2(moved.error().contains(QLatin1String("not empty")), qPrintable(moved.error()));
    QCOMPARE(scalar(target->database(), QStringLiteral("SELECT COUNT(*) FROM subscriber")), 1);
}

void TestDatabaseMover::cancelLeavesTheTargetEmpty()
{
    auto source = open(m_sourcePath);
    QVERIFY(source);
    auto target = openNew(QStringLiteral("target.sqlite"));
    QVERIFY(target);
    auto moved = DatabaseMover(source->database(), target->database()).run([](qint64 done, qint64) {
        return done < 20'000;
    });
    QVERIFY(!moved);
    QVERIFY2(moved.error().contains(QLatin1String("cancelled")), qPrintable(moved.error()));
    for (const QString& table : {QStringLiteral("subscriber"), QStringLiteral("consent_event"),
                                 QStringLiteral("tag"), QStringLiteral("custom_field")})
        QCOMPARE(scalar(target->database(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), 0);
    // The triggers are back: the history of the empty target is append-only again.
    QSqlQuery q(target->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO consent_event (phone, kind, at, recorded_at, channel) VALUES "
                                  "('+491701234567', 'opt_in', 'x', 'x', 'manual')")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM consent_event")));
}

QTEST_GUILESS_MAIN(TestDatabaseMover)
#include "tst_databasemover.moc"
