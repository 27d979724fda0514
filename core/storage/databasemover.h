#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>
#include <functional>

namespace textwell {

// Moves an address book with all its history from one database to another: a local file into a
// new shared database, or back. The target must be a Textwell database with nothing in it yet.
// Everything is written in one transaction and counted again before the commit, so the target
// ends up with all of it or, after a failure or a cancel, with nothing; the source is only read.
class DatabaseMover
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseMover)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0; // in the source, and as counted again in the target
    };
    // rowsDone of rowsTotal copied; returns false to cancel.
    using ProgressFn = std::function<bool(qint64 rowsDone, qint64 rowsTotal)>;

    DatabaseMover(QSqlDatabase source, QSqlDatabase target);

    Result<QVector<TableCount>> run(const ProgressFn& progress = {});

    // Every table of the schema, parents before the tables that refer to them.
    static const QStringList& tables();

private:
    Status refuseUnlessEmpty() const;
    Status copyTable(const QString& table, qint64* done, qint64 total, const ProgressFn& progress);

    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

} // namespace textwell
