#pragma once

#include "importsummary.h"
#include "util/result.h"

#include <QCoreApplication>

namespace textwell {

// The rows an import left out (or took in without something), as a CSV to fix and import again:
// "Row" and "Problem", then the row as it was in the file. UTF-8 with a BOM, so Excel opens it right.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static Status save(const QString& path, const QStringList& header,
                       const QVector<ImportProblem>& problems);
};

} // namespace textwell
