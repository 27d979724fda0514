#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace textwell {

// What a condition looks at. Codes (segmentFieldCode) are what saved segments and --rule store.
enum class SegmentField
{
    City,
    Region,
    Tags,
    Age,
    BirthdayMonth,
    Language,
    LastActivity,
    Purchases,
    SignupDate, // when consent was given
    ConsentSource,
    Custom, // a custom field, named in SegmentCondition::customField
};

enum class SegmentOperator
{
    Is,       // one of the values
    IsNot,    // none of the values
    Contains, // the text holds the value
    IsEmpty,
    IsNotEmpty,
    HasAny,  // tags
    HasAll,  // tags
    HasNone, // tags
    AtLeast,
    AtMost,
    Between,  // two values, both included
    InMonths, // birthday month, 1-12
    WithinDays,
    NotWithinDays,
    Before, // a date, not included
    Since,  // a date, included
};

struct SegmentCondition
{
    SegmentField field = SegmentField::City;
    QString customField;
    SegmentOperator op = SegmentOperator::Is;
    QStringList values; // as typed; SegmentCompiler checks and converts them

    bool operator==(const SegmentCondition& other) const;
};

// A segment's rule: a group of conditions and nested groups joined by AND (all) or OR (any).
// An empty top-level group matches everyone.
struct SegmentRule
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRule)

public:
    enum class Kind
    {
        Group,
        Condition,
    };
    enum class Match
    {
        All,
        Any,
    };

    Kind kind = Kind::Group;
    Match match = Match::All;
    std::vector<SegmentRule> children; // for a group
    SegmentCondition condition;        // for a condition

    static SegmentRule group(Match match, std::vector<SegmentRule> children = {});
    static SegmentRule of(SegmentCondition condition);
    bool isGroup() const { return kind == Kind::Group; }
    bool operator==(const SegmentRule& other) const;

    // {"all": [...]} / {"any": [...]}; a condition is
    // {"field": "city", "op": "is", "values": ["Berlin"]} ("value" for one; "name" for a custom field).
    QJsonObject toJson() const;
    QString toJsonText() const;
    static Result<SegmentRule> fromJson(const QJsonObject& json);
    static Result<SegmentRule> fromJsonText(const QString& text);

    static QString fieldCode(SegmentField field);
    static QString operatorCode(SegmentOperator op);
    static std::optional<SegmentField> fieldFromCode(const QString& code);
    static std::optional<SegmentOperator> operatorFromCode(const QString& code);
};

} // namespace textwell
