#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace textwell {

// Whether a number confirmed its consent itself (double opt-in). It has when the number texted
// the consent (START, JOIN) or answered the confirmation request (YES) after its last opt-out:
// the consent history alone says so, and a new opt-out ends it.
class DoubleOptIn
{
public:
    // SQL true when the number in the expression `phone` (a column or "?") has confirmed.
    static QString confirmedSql(const QString& phone);
    static Result<bool> isConfirmed(const QSqlDatabase& db, const QString& e164);
};

} // namespace textwell
