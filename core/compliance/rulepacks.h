#pragma once

#include "compliance/rulepack.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace textwell {

// The rule packs in force: the built-in ones (resources/rulepacks, one file per pack), each
// replaced by the business's own version where one was saved in Settings (kept in the database,
// so every desk obeys the same). A stored version that cannot be read is refused with its line,
// and the built-in pack is used instead (problems() says so).
//
// A number is under the pack that lists its country; "basic" covers every country no pack lists.
class RulePacks
{
    Q_DECLARE_TR_FUNCTIONS(RulePacks)

public:
    static inline const QString BasicId = QStringLiteral("basic");

    explicit RulePacks(QSqlDatabase db);

    // The built-in packs, read once from the resources; "basic" first.
    static const QVector<RulePack>& builtIn();
    static std::optional<RulePack> builtIn(const QString& id);

    // The packs in force, in the order of builtIn().
    const QVector<RulePack>& all() const { return m_packs; }
    const RulePack& byId(const QString& id) const;
    // The pack of a country ("DE"), the basic pack for a country no pack lists or "".
    const RulePack& forRegion(const QString& region) const;
    // The pack of a number's country; fallbackRegion for a number that cannot be read.
    const RulePack& forNumber(const QString& e164, const QString& fallbackRegion = QString()) const;
    // Whether a person with consent who has not confirmed it from their number may be sent to.
    bool requiresConfirmation(const QString& e164) const { return forNumber(e164).requiresConfirmation; }

    // Stored versions that were refused, each naming the pack, the line and the problem.
    const QStringList& problems() const { return m_problems; }
    // Whether the business changed this pack (a stored version is in force).
    bool isCustomized(const QString& id) const;

    // Stores the business's version of a pack (same id as a built-in one); a pack equal to the
    // built-in one is stored as no version at all.
    Status save(const RulePack& pack);
    // Back to the built-in pack.
    Status reset(const QString& id);
    // Reads a pack file a person chose ("Load from file…"). Errors name the file and the line.
    static Result<RulePack> readFile(const QString& path);

    static QString settingName(const QString& id); // "rule_pack_de"

private:
    void load();

    QSqlDatabase m_db;
    QVector<RulePack> m_packs;
    QStringList m_customized;
    QStringList m_problems;
};

} // namespace textwell
