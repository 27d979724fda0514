#include "reportfiles.h"

#include "exporting/exportfiles.h"
#include "pdfreportwriter.h"
#include "reports/csvreportwriter.h"
#include "reports/xlsxreportwriter.h"

namespace textwell {

Status ReportFiles::write(const ReportDocument& document, ReportFormat format, const QString& path,
                          const ReportProgress::Callback& progress, const std::atomic_bool* cancel,
                          QChar csvDelimiter)
{
    // A missing folder or a folder by the file's name is said plainly before anything is started.
    if (const QString problem = ExportFiles::targetProblem(path); !problem.isEmpty())
        return Status::failure(problem);
    ReportProgress counter(progress, cancel);
    switch (format) {
    case ReportFormat::Csv:
        return CsvReportWriter(path, csvDelimiter).write(document, counter);
    case ReportFormat::Xlsx:
        return XlsxReportWriter(path).write(document, counter);
    case ReportFormat::Pdf:
        return PdfReportWriter(path).write(document, counter);
    }
    return Status::failure(tr("Unknown report format."));
}

} // namespace textwell
