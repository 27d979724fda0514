#pragma once

#include "importoptions.h"
#include "importsummary.h"
#include "recordreader.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace textwell {

// Imports people from a file into the address book, in one transaction: either the whole file is
// imported or (on an error in the file, the disk or the database, or a cancel) nothing is.
// Numbers are normalised on worker threads; this thread is the only writer.
// Opt-outs and exclusions are never lifted by an import, and consent is recorded only on the
// basis the options declare, with the import as its channel in the history.
// Runs on the thread that calls run(), with its own connection (never the UI's).
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using ProgressFn = std::function<void(const ImportProgress&)>;

    Importer(QSqlDatabase db, ImportOptions options, QString actor);

    // progress is called on this thread about ten times a second; cancel is polled as often.
    // A cancelled import fails with a message saying nothing was imported.
    Result<ImportSummary> run(RecordReader& reader, const ProgressFn& progress = {},
                              const std::atomic_bool* cancel = nullptr);

private:
    QSqlDatabase m_db;
    ImportOptions m_options;
    QString m_actor;
};

} // namespace textwell
