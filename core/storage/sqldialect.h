#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

    // Appended to a SELECT of rows to claim: on PostgreSQL the rows are locked until the commit and
    // rows another desk has locked are left out; SQLite's write transaction holds the whole file.
    QString skipLockedRows(const QString& tableAlias) const;
    // A statement (bound to one number) that, inside a transaction, waits for and then holds the
    // number against any other transaction doing the same: a claim and an opt-out of one number
    // happen one after the other. Empty on SQLite, whose write transactions already do that.
    QString lockNumber() const;

    // A desk that sends holds its lock for as long as its connection lives (PostgreSQL: a session
    // advisory lock on the desk's number), so other desks can tell its claims in flight from the
    // claims of a desk that stopped. Statements bound to the desk's number; empty on SQLite, where
    // one dispatcher per file is the rule (Dispatcher::lock).
    QString takeDeskLock() const;
    QString releaseDeskLock() const;
    // A condition on `deskColumn`: the desk that holds that number is not running any more.
    QString deskIsGone(const QString& deskColumn) const;

    // " INDEXED BY index", after a FROM item whose index SQLite must take (where its own choice
    // was measured slower); nothing on PostgreSQL, which has no such hint and plans by statistics.
    QString indexedBy(const QString& index) const;
    // A table of this connection only (CREATE TEMP TABLE), by name: temp.NAME, pg_temp.NAME.
    QString temporaryTable(const QString& name) const;
    // The type of a temporary table's 64-bit integer column: INTEGER (as the PRIMARY KEY, SQLite's
    // rowid itself, so a lookup by it reads no other b-tree), BIGINT on PostgreSQL.
    QString integerType() const;
    // The condition that `expression` matches the LIKE pattern bound to the one placeholder, '\'
    // escaping, ASCII letters in either case alike: SQLite's LIKE. PostgreSQL's LIKE tells case
    // apart and its ILIKE folds every letter, so there both sides are folded to ASCII lower case.
    QString like(const QString& expression) const;
    // The text at the JSON path bound to the one placeholder ($."Shoe size") in `column`, a TEXT
    // column holding a JSON object; '' when it is missing. SQLite reads a column that is not JSON as
    // {}; PostgreSQL before 16 cannot test text for JSON without failing the statement, so there
    // the column must hold JSON (every writer stores one object: CustomFieldValues::toJson).
    QString jsonText(const QString& column) const;
    // The number that the text `text` holds when it is one as JSON writes one ("42", "-3", "7.5",
    // "1e2"; not "abc", "12 cm", "+5" or ""), else NULL; text that is not JSON is no error.
    // `text` may be used more than once: its placeholders' values, `textValues`, are appended to
    // `values` once per use.
    QString jsonNumber(const QString& text, const QVariantList& textValues, QVariantList* values) const;

    // Use in place of query.setForwardOnly(true): rows are read one by one as they come where the
    // database lets other statements run on the connection meanwhile (SQLite). PostgreSQL's driver
    // would drop the rest of the rows at the next statement, so there they are fetched whole.
    static void readRowsAsTheyCome(QSqlQuery& query);

    // For removing a custom field from everyone: the condition that `column` (as for jsonText())
    // has a member at the path bound to its one placeholder, and `column` without that member (one
    // placeholder, the path again).
    QString jsonHas(const QString& column) const;
    QString jsonWithout(const QString& column) const;

    // Rests every trigger of the database until the end of the transaction it is called in (SQLite:
    // drops them; PostgreSQL: disables them); `restore` gets the statements that bring them back.
    QSqlError suspendTriggers(const QSqlDatabase& db, QStringList* restore) const;
    // After rows were written with their own ids into `table` (its key: id): the statement that
    // makes the next new id follow the highest (PostgreSQL's identity sequence); empty on SQLite,
    // which always does.
    QString afterExplicitIds(const QString& table) const;
    // Starts a transaction that only reads and sees the database as it was at its start.
    QString beginSnapshot() const;

    // How many rows of `columns` values one INSERT of many rows should carry: PostgreSQL answers
    // each statement over the network, so many; SQLite's driver looks up every bound value by
    // number in a list, which grows slow with thousands, and one prepared row is as fast there.
    int rowsPerInsert(int columns) const;

    // Starts a transaction that writes: SQLite takes the write lock at once, so two writers wait
    // for each other instead of failing halfway.
    QString beginTransaction() const;
    // Settings for every new connection.
    QStringList connectionSetup() const;

private:
    Kind m_kind;
};

} // namespace textwell
