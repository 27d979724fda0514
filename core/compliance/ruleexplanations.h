#pragma once

#include "compliance/rulepack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace textwell {

// What a rule pack asks of a sender, in words for people: the one wording the composer, the
// Compliance screen and the command line share, so that a rule reads the same everywhere.
class RuleExplanations
{
    Q_DECLARE_TR_FUNCTIONS(RuleExplanations)

public:
    // "Germany (UWG § 7, GDPR)": the pack and the law behind it, as every explanation begins.
    static QString heading(const RulePack& pack);
    // One sentence per rule the pack enforces: quiet hours (with the areas that have their own),
    // whether consent must be confirmed by SMS and when the reminder goes, how soon an opt-out is
    // confirmed, when an opt-out asked for by phone or e-mail is due, HELP, the welcome text.
    static QStringList enforced(const RulePack& pack);
    // "quiet hours 21:00–08:00, in Florida, Connecticut, … 20:00–08:00; messages wait until then."
    static QString quietHours(const RulePack& pack);
    // Why `count` people under the pack are left out of a campaign: they have not confirmed their
    // consent by SMS yet.
    static QString awaitingConfirmation(const RulePack& pack, qint64 count);
    // The same for people under any of several packs that ask for confirmation (a count that was
    // not split by pack); one pack gives the sentence above.
    static QString awaitingConfirmation(const QVector<RulePack>& packs, qint64 count);
    // Messages to the pack's recipients would be held by quiet hours now, until untilUtc, told in
    // the business's time zone.
    static QString heldNow(const RulePack& pack, const QDateTime& nowUtc, const QDateTime& untilUtc,
                           const QTimeZone& businessZone);
    // The word people under the pack reply to confirm their consent ("JA" in Germany).
    static QString confirmationKeyword(const RulePack& pack);
    // A US state's name from its postal code ("FL" -> "Florida"); the code itself when unknown.
    static QString stateName(const QString& code);
};

} // namespace textwell
