#include "exportwriter.h"

#include "csvexportwriter.h"
#include "exportfiles.h"
#include "xlsxexportwriter.h"

namespace textwell {

Result<std::unique_ptr<ExportWriter>> ExportWriter::create(const QString& path, const ExportOptions& options,
                                                           const QString& sheetName,
                                                           const QVector<ExportColumn>& columns,
                                                           qint64 expectedRows)
{
    using R = Result<std::unique_ptr<ExportWriter>>;
    if (const QString problem = ExportFiles::targetProblem(path); !problem.isEmpty())
        return R::failure(problem);
    if (options.format == ExportFormat::Xlsx) {
        if (expectedRows > MaxXlsxRows)
            //: %Ln is the most rows a sheet holds, %L1 how many rows the export has.
            return R::failure(tr("An Excel sheet holds at most %Ln row(s), and this export has %L1. Export "
                                 "to CSV instead, or export a smaller part.",
                                 nullptr, int(MaxXlsxRows))
                                  .arg(expectedRows));
        auto writer = std::make_unique<XlsxExportWriter>(path, columns);
        if (Status opened = writer->open(sheetName, expectedRows); !opened)
            return R::failure(opened.error());
        return R(std::move(writer));
    }
    auto writer = std::make_unique<CsvExportWriter>(path, options, columns);
    if (Status opened = writer->open(); !opened)
        return R::failure(opened.error());
    return R(std::move(writer));
}

} // namespace textwell
