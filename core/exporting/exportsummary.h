#pragma once

#include <QString>

namespace textwell {

// What an export wrote, for the message that reports it.
struct ExportSummary
{
    qint64 rows = 0; // data rows, without the header
    QString path;    // the finished file
    double seconds = 0;
};

} // namespace textwell
