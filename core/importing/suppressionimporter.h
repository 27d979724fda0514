#pragma once

#include "importsummary.h"
#include "recordreader.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace textwell {

// What a suppression-list import did (or, dry run, would do).
struct SuppressionImportSummary
{
    qint64 rows = 0;
    qint64 excluded = 0;        // numbers newly excluded
    qint64 alreadyExcluded = 0; // left as they were
    qint64 invalidNumbers = 0;  // not imported
    QVector<ImportProblem> problems;
    double seconds = 0;
    bool dryRun = false;
};

// A plain list of numbers (a previous provider's opt-out export, a do-not-contact list) becomes
// exclusions, each with the list's source in the history, in one transaction.
// The numbers are read from the column mapped to the phone, else from the first column.
class SuppressionImporter
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionImporter)

public:
    SuppressionImporter(QSqlDatabase db, QString defaultRegion, QString source, QString actor);

    Result<SuppressionImportSummary> run(RecordReader& reader, int phoneColumn, bool dryRun,
                                         const std::function<void(const ImportProgress&)>& progress = {},
                                         const std::atomic_bool* cancel = nullptr);

private:
    QSqlDatabase m_db;
    QString m_region;
    QString m_source;
    QString m_actor;
};

} // namespace textwell
