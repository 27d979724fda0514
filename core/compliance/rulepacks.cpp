#include "rulepacks.h"

#include "contacts/phonenumbers.h"
#include "storage/businesssettings.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace textwell {

namespace {

// The built-in packs in the order they are shown: every other country first, then by name.
const QStringList BuiltInIds = {QStringLiteral("basic"), QStringLiteral("us"), QStringLiteral("eu"),
                                QStringLiteral("de"), QStringLiteral("ru")};

} // namespace

RulePacks::RulePacks(QSqlDatabase db) : m_db(std::move(db))
{
    load();
}

const QVector<RulePack>& RulePacks::builtIn()
{
    static const QVector<RulePack> packs = [] {
        QVector<RulePack> read;
        for (const QString& id : BuiltInIds) {
            QFile file(QStringLiteral(":/rulepacks/%1.json").arg(id));
            // The files are part of the program, checked by tst_rulepacks: a failure here is a
            // broken build, not something a user can meet.
            Result<RulePack> pack =
                file.open(QIODevice::ReadOnly)
                    ? RulePack::parse(file.readAll(), file.fileName())
                    : Result<RulePack>::failure(QStringLiteral("%1 is missing").arg(file.fileName()));
            Q_ASSERT_X(pack.ok(), "RulePacks::builtIn", qPrintable(pack.error()));
            if (pack)
                read.append(pack.value());
        }
        return read;
    }();
    return packs;
}

std::optional<RulePack> RulePacks::builtIn(const QString& id)
{
    for (const RulePack& pack : builtIn()) {
        if (pack.id == id)
            return pack;
    }
    return std::nullopt;
}

QString RulePacks::settingName(const QString& id)
{
    return QStringLiteral("rule_pack_%1").arg(id);
}

void RulePacks::load()
{
    m_packs = builtIn();
    if (!m_db.isValid())
        return;
    BusinessSettings settings(m_db);
    for (RulePack& pack : m_packs) {
        const std::optional<QString> stored = settings.stored(settingName(pack.id));
        if (!stored)
            continue;
        Result<RulePack> custom =
            RulePack::parse(stored->toUtf8(), tr("The saved rules for %1").arg(pack.name()));
        if (custom && custom.value().id != pack.id)
            custom = Result<RulePack>::failure(tr("The saved rules for %1 belong to another pack (\"%2\").")
                                                   .arg(pack.name(), custom.value().id));
        if (!custom) {
            m_problems.append(
                tr("%1 Textwell uses its built-in rules for %2 instead.").arg(custom.error(), pack.name()));
            continue;
        }
        pack = custom.value();
        m_customized.append(pack.id);
    }
}

const RulePack& RulePacks::byId(const QString& id) const
{
    for (const RulePack& pack : m_packs) {
        if (pack.id == id)
            return pack;
    }
    return m_packs.constFirst(); // basic
}

const RulePack& RulePacks::forRegion(const QString& region) const
{
    if (!region.isEmpty()) {
        for (const RulePack& pack : m_packs) {
            if (pack.countries.contains(region))
                return pack;
        }
    }
    return byId(BasicId);
}

const RulePack& RulePacks::forNumber(const QString& e164, const QString& fallbackRegion) const
{
    Result<ParsedNumber> parsed = PhoneNumbers::parse(e164, fallbackRegion);
    return forRegion(parsed ? parsed.value().region : fallbackRegion);
}

bool RulePacks::isCustomized(const QString& id) const
{
    return m_customized.contains(id);
}

Status RulePacks::save(const RulePack& pack)
{
    const std::optional<RulePack> original = builtIn(pack.id);
    if (!original)
        return Status::failure(tr("There is no rule pack \"%1\" to change.").arg(pack.id));
    if (*original == pack)
        return reset(pack.id);
    BusinessSettings settings(m_db);
    if (Status stored = settings.store(settingName(pack.id), QString::fromUtf8(pack.toJson())); !stored)
        return stored;
    m_packs.clear();
    m_customized.clear();
    m_problems.clear();
    load();
    return {};
}

Status RulePacks::reset(const QString& id)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("DELETE FROM setting WHERE key = ?"), {settingName(id)}))
        return Status::failure(SqlError::describe(q.lastError()));
    m_packs.clear();
    m_customized.clear();
    m_problems.clear();
    load();
    return {};
}

Result<RulePack> RulePacks::readFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<RulePack>::failure(tr("%1 could not be opened: %2").arg(name, file.errorString()));
    constexpr qint64 MaxSize = 1024 * 1024; // a pack is a few kilobytes
    if (file.size() > MaxSize)
        return Result<RulePack>::failure(tr("%1 is too large to be a rule pack.").arg(name));
    Result<RulePack> pack = RulePack::parse(file.readAll(), name);
    if (pack && !builtIn(pack.value().id))
        return Result<RulePack>::failure(
            tr("%1 is for \"%2\"; Textwell has rules for: %3.")
                .arg(name, pack.value().id, BuiltInIds.join(QStringLiteral(", "))));
    return pack;
}

} // namespace textwell
