#pragma once

#include "reports/reportdocument.h"
#include "reports/reportformat.h"
#include "reports/reportprogress.h"
#include "util/result.h"

#include <QChar>
#include <QCoreApplication>

#include <atomic>

namespace textwell {

// Writes a report in the chosen format: the one call the GUI and the CLI make. Runs in the calling
// thread (a worker, for a big report), reports progress in table rows and stops at the next row
// once *cancel is set. A failed or cancelled write leaves nothing at path, or the file that was
// there before.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    static Status write(const ReportDocument& document, ReportFormat format, const QString& path,
                        const ReportProgress::Callback& progress = {},
                        const std::atomic_bool* cancel = nullptr, QChar csvDelimiter = QLatin1Char(','));
};

} // namespace textwell
