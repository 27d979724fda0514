#pragma once

#include "exportcolumn.h"
#include "exportoptions.h"
#include "exportprogress.h"
#include "exportsummary.h"

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>

namespace textwell {

// Writes the suppression list, every number that is unsubscribed or excluded (in the address
// book or not), to a CSV or XLSX file, by number. With each opt-out its reason (and the words the
// person gave, from the history); with each exclusion its note and who made it.
class SuppressionExport
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionExport)

public:
    explicit SuppressionExport(QSqlDatabase db);

    Result<qint64> count() const;
    Result<ExportSummary> write(const QString& path, const ExportOptions& options,
                                const ExportProgress::Callback& progress = {},
                                const std::atomic_bool* cancel = nullptr) const;

    // Phone, Unsubscribed at, Reason, Reason details, Excluded at, Note, Excluded by.
    static QVector<ExportColumn> columns();
    static QString sheetName();

private:
    QSqlDatabase m_db;
};

} // namespace textwell
