#include "segmentstore.h"

#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace textwell {

namespace {
constexpr int MaxNameLength = 100;
}

SegmentStore::SegmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<SavedSegment>> SegmentStore::list() const
{
    QSqlQuery q(m_db);
    // The name column compares without regard to case already (NOCASE; citext on PostgreSQL).
    if (!q.exec(QStringLiteral("SELECT id, name, rule, updated_at FROM segment ORDER BY name")))
        return Result<QVector<SavedSegment>>::failure(SqlError::describe(q.lastError()));
    QVector<SavedSegment> segments;
    while (q.next())
        segments.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         Timestamps::fromDb(q.value(3))});
    return segments;
}

Result<SavedSegment> SegmentStore::select(const QString& where, const QVariant& value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, rule, updated_at FROM segment WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return Result<SavedSegment>::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return Result<SavedSegment>::failure(QString());
    return SavedSegment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        Timestamps::fromDb(q.value(3))};
}

Result<SavedSegment> SegmentStore::get(qint64 id) const
{
    Result<SavedSegment> found = select(QStringLiteral("id = ?"), id);
    if (!found && found.error().isEmpty())
        return Result<SavedSegment>::failure(tr("The segment no longer exists."));
    return found;
}

Result<SavedSegment> SegmentStore::find(const QString& name) const
{
    // Names are stored simplified (see checkedName), so "Berlin  VIPs" finds "Berlin VIPs".
    Result<SavedSegment> found = select(QStringLiteral("name = ?"), sqlText(name.simplified()));
    if (!found && found.error().isEmpty())
        return Result<SavedSegment>::failure(tr("There is no segment named “%1”.").arg(name.simplified()));
    return found;
}

Result<QString> SegmentStore::checkedName(const QString& name, qint64 exceptId) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Result<QString>::failure(tr("Give the segment a name."));
    if (trimmed.size() > MaxNameLength)
        return Result<QString>::failure(
            tr("The name is too long: at most %Ln character(s).", nullptr, MaxNameLength));
    Result<SavedSegment> other = select(QStringLiteral("name = ?"), trimmed);
    if (other && other.value().id != exceptId)
        return Result<QString>::failure(tr("There is already a segment named “%1”.").arg(other.value().name));
    return trimmed;
}

Result<SavedSegment> SegmentStore::save(const QString& name, const SegmentRule& rule)
{
    using R = Result<SavedSegment>;
    const QString trimmed = name.simplified();
    Result<SavedSegment> existing = select(QStringLiteral("name = ?"), trimmed);
    if (existing) {
        if (Status updated = updateRule(existing.value().id, rule); !updated)
            return R::failure(updated.error());
        return get(existing.value().id);
    }
    Result<QString> checked = checkedName(trimmed, 0);
    if (!checked)
        return R::failure(checked.error());
    const QVariant now = Timestamps::toDb(Clock::currentUtc());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO segment (name, rule, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(checked.value());
    q.addBindValue(rule.toJsonText());
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite commits the insert once its statement is done
    return get(id);
}

Status SegmentStore::updateRule(qint64 id, const SegmentRule& rule)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE segment SET rule = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(rule.toJsonText());
    q.addBindValue(Timestamps::toDb(Clock::currentUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("The segment no longer exists."));
    return {};
}

Status SegmentStore::rename(qint64 id, const QString& newName)
{
    Result<QString> checked = checkedName(newName, id);
    if (!checked)
        return Status::failure(checked.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE segment SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(checked.value());
    q.addBindValue(Timestamps::toDb(Clock::currentUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("The segment no longer exists."));
    return {};
}

Result<SavedSegment> SegmentStore::duplicate(qint64 id)
{
    using R = Result<SavedSegment>;
    Result<SavedSegment> original = get(id);
    if (!original)
        return original;
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? tr("%1 (copy)").arg(original.value().name)
                                    : tr("%1 (copy %2)").arg(original.value().name).arg(n);
        if (select(QStringLiteral("name = ?"), name))
            continue;
        Result<SegmentRule> rule = original.value().rule();
        if (!rule)
            return R::failure(rule.error());
        return save(name, rule.value());
    }
    return R::failure(tr("Too many copies of “%1”.").arg(original.value().name));
}

Status SegmentStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM segment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Result<CompiledSegment> SegmentStore::compile(qint64 id, const SegmentContext* context) const
{
    Result<SavedSegment> saved = get(id);
    if (!saved)
        return Result<CompiledSegment>::failure(saved.error());
    return compile(saved.value(), context);
}

Result<CompiledSegment> SegmentStore::compile(const QString& name, const SegmentContext* context) const
{
    Result<SavedSegment> saved = find(name);
    if (!saved)
        return Result<CompiledSegment>::failure(saved.error());
    return compile(saved.value(), context);
}

Result<CompiledSegment> SegmentStore::compile(const SavedSegment& segment,
                                              const SegmentContext* context) const
{
    Result<SegmentRule> rule = segment.rule();
    Result<CompiledSegment> compiled =
        rule ? compile(rule.value(), context) : Result<CompiledSegment>::failure(rule.error());
    if (!compiled)
        return Result<CompiledSegment>::failure(
            tr("The segment “%1” cannot be used: %2", "the segment “VIPs” cannot be used: Rule 2: …")
                .arg(segment.name, compiled.error()));
    return compiled;
}

Result<CompiledSegment> SegmentStore::compile(const SegmentRule& rule, const SegmentContext* context) const
{
    if (context)
        return SegmentCompiler::compile(rule, *context);
    Result<SegmentContext> loaded = SegmentContext::load(m_db);
    if (!loaded)
        return Result<CompiledSegment>::failure(loaded.error());
    return SegmentCompiler::compile(rule, loaded.value());
}

} // namespace textwell
