#pragma once

#include "exportcolumn.h"
#include "exportoptions.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVector>

#include <memory>

namespace textwell {

// Writes the rows of one export into a CSV or XLSX file. The file is written beside its target
// under a temporary name and takes the target's name only in commit(); a writer destroyed
// without commit (an error, a cancel) removes what it wrote, so no half file is ever left
// looking complete.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)

public:
    virtual ~ExportWriter() = default;
    ExportWriter(const ExportWriter&) = delete;
    ExportWriter& operator=(const ExportWriter&) = delete;

    // Starts the file and writes the header row. sheetName names the XLSX sheet; expectedRows
    // lets the XLSX writer choose its container for very large files.
    static Result<std::unique_ptr<ExportWriter>> create(const QString& path, const ExportOptions& options,
                                                        const QString& sheetName,
                                                        const QVector<ExportColumn>& columns,
                                                        qint64 expectedRows);

    // One value per column: a QString for text and phone columns, a QDate or QDateTime for
    // date columns; an empty string or an invalid date leaves the cell empty.
    virtual Status writeRow(const QVariantList& values) = 0;
    // Completes the file and puts it in place of the target.
    virtual Status commit() = 0;

    // An Excel sheet holds 1,048,576 rows, the header being one of them.
    static constexpr qint64 MaxXlsxRows = 1048575;

protected:
    ExportWriter() = default;
};

} // namespace textwell
