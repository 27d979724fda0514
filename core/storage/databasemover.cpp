#include "databasemover.h"

#include "sqldialect.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QHash>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace textwell {

namespace {

constexpr int PageRows = 5000;

// The order rows are read in: by id where a table has one (read page after page from the last id),
// else by its primary key.
QString keyOf(const QString& table)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("setting"), QStringLiteral("key")},
        {QStringLiteral("custom_field"), QStringLiteral("name")},
        {QStringLiteral("subscriber_tag"), QStringLiteral("subscriber_id, tag_id")},
        {QStringLiteral("suppression"), QStringLiteral("phone")},
        {QStringLiteral("message_tally"), QStringLiteral("campaign_id, state, sent")},
        {QStringLiteral("confirmation_request"), QStringLiteral("phone")},
    };
    return keys.value(table, QStringLiteral("id"));
}

qint64 countRows(const QSqlDatabase& db, const QString& table, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        *error = SqlError::describe(q.lastError());
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

DatabaseMover::DatabaseMover(QSqlDatabase source, QSqlDatabase target)
    : m_source(std::move(source)), m_target(std::move(target))
{}

const QStringList& DatabaseMover::tables()
{
    static const QStringList all = {
        QStringLiteral("setting"),
        QStringLiteral("tag"),
        QStringLiteral("custom_field"),
        QStringLiteral("segment"),
        QStringLiteral("subscriber"),
        QStringLiteral("subscriber_tag"),
        QStringLiteral("consent_event"),
        QStringLiteral("suppression"),
        QStringLiteral("campaign"),
        QStringLiteral("message"),
        QStringLiteral("message_tally"),
        QStringLiteral("frequency_cap_tracking"),
        QStringLiteral("reply"),
        QStringLiteral("erasure"),
        QStringLiteral("confirmation_request"),
        QStringLiteral("opt_out_request"),
    };
    return all;
}

Status DatabaseMover::refuseUnlessEmpty() const
{
    // A new database holds its settings and the cap's bookkeeping row, which are replaced.
    const QStringList replaced = {QStringLiteral("setting"), QStringLiteral("frequency_cap_tracking")};
    // The people first: what the message names when the database holds another address book.
    QStringList checked = tables();
    checked.move(checked.indexOf(QStringLiteral("subscriber")), 0);
    for (const QString& table : std::as_const(checked)) {
        if (replaced.contains(table))
            continue;
        QString error;
        const qint64 rows = countRows(m_target, table, &error);
        if (rows < 0)
            return Status::failure(error);
        if (rows > 0)
            return Status::failure(tr("The database to move to is not empty: it already holds an address "
                                      "book or its history (%1 rows in “%2”). Choose a new, empty database; "
                                      "nothing was changed.")
                                       .arg(rows)
                                       .arg(table));
    }
    return {};
}

Result<QVector<DatabaseMover::TableCount>> DatabaseMover::run(const ProgressFn& progress)
{
    using R = Result<QVector<TableCount>>;
    if (Status empty = refuseUnlessEmpty(); !empty)
        return R::failure(empty.error());

    // One consistent reading of the source, however long the copy takes.
    const SqlDialect sourceDialect(m_source);
    QSqlQuery snapshot(m_source);
    if (!snapshot.exec(sourceDialect.beginSnapshot()))
        return R::failure(SqlError::describe(snapshot.lastError()));
    struct EndSnapshot
    {
        QSqlDatabase db;
        ~EndSnapshot() { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); }
    } endSnapshot{m_source};

    QVector<TableCount> counts;
    qint64 total = 0;
    for (const QString& table : tables()) {
        QString error;
        const qint64 rows = countRows(m_source, table, &error);
        if (rows < 0)
            return R::failure(error);
        counts.append({table, rows});
        total += rows;
    }

    const SqlDialect targetDialect(m_target);
    Transaction tx(m_target);
    if (!tx.isActive())
        return R::failure(tx.error());
    // The rows come with what the triggers derived from them (the campaigns' tallies, each
    // number's frequency cap), so the triggers rest while they are written.
    QStringList restoreTriggers;
    if (const QSqlError error = targetDialect.suspendTriggers(m_target, &restoreTriggers); error.isValid())
        return R::failure(SqlError::describe(error));
    QSqlQuery q(m_target);
    for (const QString& table : {QStringLiteral("setting"), QStringLiteral("frequency_cap_tracking")}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return R::failure(SqlError::describe(q.lastError()));
    }
    qint64 done = 0;
    for (const QString& table : tables()) {
        if (Status copied = copyTable(table, &done, total, progress); !copied)
            return R::failure(copied.error());
        const QString follow =
            keyOf(table) == QLatin1String("id") ? targetDialect.afterExplicitIds(table) : QString();
        if (!follow.isEmpty() && !q.exec(follow))
            return R::failure(SqlError::describe(q.lastError()));
    }
    for (const QString& sql : std::as_const(restoreTriggers)) {
        if (!q.exec(sql))
            return R::failure(SqlError::describe(q.lastError()));
    }
    // Counted again in the target before anything is kept.
    for (const TableCount& count : std::as_const(counts)) {
        QString error;
        const qint64 rows = countRows(m_target, count.table, &error);
        if (rows < 0)
            return R::failure(error);
        if (rows != count.rows)
            return R::failure(tr("The copy of “%1” has %2 rows instead of %3. Nothing was moved.")
                                  .arg(count.table)
                                  .arg(rows)
                                  .arg(count.rows));
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return counts;
}

Status DatabaseMover::copyTable(const QString& table, qint64* done, qint64 total, const ProgressFn& progress)
{
    const QSqlRecord record = m_source.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (columns.isEmpty())
        return Status::failure(tr("The table “%1” could not be read.").arg(table));
    const QString key = keyOf(table);
    const bool byId = key == QLatin1String("id");
    const int columnCount = int(columns.size());
    const int rowsPerInsert = SqlDialect(m_target).rowsPerInsert(columnCount);
    const QString oneRow = QLatin1Char('(') +
                           QStringList(columnCount, QStringLiteral("?")).join(QLatin1Char(',')) +
                           QLatin1Char(')');
    const QString insertHead =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));

    // Prepared once for a whole batch of rows and once for the batch that ends a page.
    QSqlQuery insertFull(m_target);
    QSqlQuery insertRest(m_target);
    qsizetype preparedRows[2] = {0, 0};
    QVariant lastId = 0;
    qint64 offset = 0;
    for (;;) {
        QSqlQuery page(m_source);
        const QString list = columns.join(QStringLiteral(", "));
        const QString select = byId ? QStringLiteral("SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT %3")
                                          .arg(list, table)
                                          .arg(PageRows)
                                    : QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4 OFFSET ?")
                                          .arg(list, table, key)
                                          .arg(PageRows);
        if (!page.prepare(select))
            return Status::failure(SqlError::describe(page.lastError()));
        page.addBindValue(byId ? lastId : QVariant(offset));
        if (!page.exec())
            return Status::failure(SqlError::describe(page.lastError()));
        QVector<QVariantList> rows;
        while (page.next()) {
            QVariantList values;
            values.reserve(columnCount);
            for (int i = 0; i < columnCount; ++i)
                values << page.value(i);
            rows << values;
        }
        page.finish();
        if (rows.isEmpty())
            return {};
        for (qsizetype first = 0; first < rows.size(); first += rowsPerInsert) {
            const qsizetype n = std::min<qsizetype>(rowsPerInsert, rows.size() - first);
            QSqlQuery& insert = n == rowsPerInsert ? insertFull : insertRest;
            if (n != preparedRows[&insert == &insertFull ? 0 : 1]) {
                if (!insert.prepare(insertHead + QStringList(n, oneRow).join(QLatin1Char(','))))
                    return Status::failure(SqlError::describe(insert.lastError()));
                preparedRows[&insert == &insertFull ? 0 : 1] = n;
            }
            for (qsizetype r = first; r < first + n; ++r) {
                for (const QVariant& value : std::as_const(rows[r]))
                    insert.addBindValue(value);
            }
            if (!insert.exec())
                return Status::failure(
                    tr("Copying “%1” failed: %2").arg(table, SqlError::describe(insert.lastError())));
        }
        *done += rows.size();
        if (progress && !progress(*done, total))
            return Status::failure(tr("The move was cancelled. Nothing was moved."));
        if (byId)
            lastId = rows.constLast().at(int(columns.indexOf(QStringLiteral("id"))));
        offset += rows.size();
        if (rows.size() < PageRows)
            return {};
    }
}

} // namespace textwell
