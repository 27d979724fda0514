#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>

namespace textwell {

// Everything the business holds on one number's consent, for a person's access request or to
// prove a consent: who they are in the address book, where they stand, and every consent,
// opt-out and exclusion with its time, channel, source and evidence.
class ConsentRecordReport
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRecordReport)

public:
    // number as a person writes it; defaultRegion reads it when it has no country code.
    static Result<ReportDocument> build(const QSqlDatabase& db, const QString& number,
                                        const QString& defaultRegion, const QString& businessName,
                                        const QLocale& locale = QLocale());
};

} // namespace textwell
