#pragma once

#include "compliance/rulepacks.h"

#include <QSqlDatabase>

// For tests about something other than the rule packs (tst_rulepacks, tst_doubleoptin and the
// Compliance tests are about them): no pack asks for a confirmation by SMS and no pack has quiet
// hours of its own, so German consents count as before and a test sends the same at any hour. The
// business's own quiet hours still apply as the test sets them. Call it on a new database, before
// people are added.
inline bool relaxRulePacks(const QSqlDatabase& db)
{
    textwell::RulePacks packs(db);
    for (textwell::RulePack pack : textwell::RulePacks::builtIn()) {
        pack.requiresConfirmation = false;
        pack.quietFrom = pack.quietUntil = QTime(0, 0); // the same start and end: no quiet hours
        pack.areaQuietHours.clear();
        if (!packs.save(pack).ok())
            return false;
    }
    return true;
}
