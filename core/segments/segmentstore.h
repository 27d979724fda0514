#pragma once

#include "segmentcompiler.h"
#include "segmentrule.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace textwell {

struct SavedSegment
{
    qint64 id = 0;
    QString name;
    QString ruleJson; // as stored; a rule this version cannot read stays listed and is shown as such
    QDateTime updatedAt;

    Result<SegmentRule> rule() const { return SegmentRule::fromJsonText(ruleJson); }
};

// Saved segments: names are unique, ignoring ASCII case.
class SegmentStore
{
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)

public:
    explicit SegmentStore(QSqlDatabase db);

    Result<QVector<SavedSegment>> list() const;
    Result<SavedSegment> get(qint64 id) const;
    Result<SavedSegment> find(const QString& name) const; // fails when there is none by that name
    // Creates a segment, or replaces the rule of the one with that name.
    Result<SavedSegment> save(const QString& name, const SegmentRule& rule);
    Status updateRule(qint64 id, const SegmentRule& rule);
    Status rename(qint64 id, const QString& newName);
    // A copy named "<name> (copy)", "<name> (copy 2)", ...
    Result<SavedSegment> duplicate(qint64 id);
    Status remove(qint64 id);

    // A saved segment as SQL: its rule compiled against `context`, by default the tags and custom
    // fields the database has now. A rule that no longer compiles fails naming the segment.
    Result<CompiledSegment> compile(qint64 id, const SegmentContext* context = nullptr) const;
    Result<CompiledSegment> compile(const QString& name, const SegmentContext* context = nullptr) const;
    Result<CompiledSegment> compile(const SavedSegment& segment,
                                    const SegmentContext* context = nullptr) const;
    // A rule that is not saved, compiled the same way; its failure names the rule's place only.
    Result<CompiledSegment> compile(const SegmentRule& rule, const SegmentContext* context = nullptr) const;

private:
    Result<QString> checkedName(const QString& name, qint64 exceptId) const;
    Result<SavedSegment> select(const QString& where, const QVariant& value) const;

    QSqlDatabase m_db;
};

} // namespace textwell
