#pragma once

#include "segmentrule.h"
#include "storage/sqldialect.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

namespace textwell {

// What a rule is checked and compiled against: the time, the tags and custom fields that exist, and
// the database's SQL.
struct SegmentContext
{
    QDateTime now; // UTC
    QDate today;   // the local date at `now`: ages and birthdays count in the user's days
    QStringList tags;
    QStringList customFields;
    SqlDialect dialect{SqlDialect::Kind::SQLite};

    // Now from the clock, tags, custom fields and the dialect from the database.
    static Result<SegmentContext> load(const QSqlDatabase& db);
};

// A mistake in a rule, at the condition or group it is about.
struct RuleProblem
{
    QVector<int> path; // child indices from the top group; empty for the top group
    QString message;   // for the place itself: "“abc” is not a whole number."

    QString location() const; // "Rule 2.1", or "The rule" for the top group
    QString describe() const; // "Rule 2.1: “abc” is not a whole number."
};

// A rule as SQL over "subscriber s": a condition to AND into a WHERE clause, and its values in order.
struct CompiledSegment
{
    QString where;
    QVariantList values;
    // When the rule is a single tag condition that names people (has any / has all): SQL giving
    // exactly the matching ids, once each, as "id", and its values. A count starts from these
    // ids instead of checking every person against the tags.
    QString ids;
    QVariantList idsValues;
};

// Checks a rule and turns it into SQL. Every value is bound as a parameter; the SQL text is made
// only of our own fragments, never of a value.
class SegmentCompiler
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCompiler)

public:
    static QVector<RuleProblem> validate(const SegmentRule& rule, const SegmentContext& context);
    // Fails with the first problem's description.
    static Result<CompiledSegment> compile(const SegmentRule& rule, const SegmentContext& context);

    // The latest birth date of a person who is at least `years` old on `today`
    // (someone born on 29 February comes of age on 28 February in other years).
    static QDate latestBirthDateForAge(const QDate& today, int years);
    // Most values one condition may list; SQLite binds at most 32,766 per statement.
    static constexpr int MaxValues = 1000;
};

} // namespace textwell
