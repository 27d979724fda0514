#pragma once

#include "analytics/optoutlog.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>

namespace textwell {

// The opt-out log: every opt-out a filter selects, oldest first, with its time, number, name, how
// it came, reason and campaign. The rows are read from the database as they are written, so a log
// of a million opt-outs never sits in memory; the database must be used on the writing thread.
class OptOutReport
{
    Q_DECLARE_TR_FUNCTIONS(OptOutReport)

public:
    static Result<ReportDocument> build(const QSqlDatabase& db, const OptOutFilter& filter,
                                        const QString& businessName, const QLocale& locale = QLocale());
    // The log's table alone, for another report (one campaign's opt-outs: without the campaign
    // column when the filter names one campaign).
    static Result<ReportTable> table(const QSqlDatabase& db, const OptOutFilter& filter,
                                     const QString& title);
};

} // namespace textwell
