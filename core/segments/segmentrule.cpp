#include "segmentrule.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace textwell {

namespace {

const std::array<std::pair<SegmentField, const char*>, 11> fieldCodes = {{
    {SegmentField::City, "city"},
    {SegmentField::Region, "region"},
    {SegmentField::Tags, "tags"},
    {SegmentField::Age, "age"},
    {SegmentField::BirthdayMonth, "birthday_month"},
    {SegmentField::Language, "language"},
    {SegmentField::LastActivity, "last_activity"},
    {SegmentField::Purchases, "purchases"},
    {SegmentField::SignupDate, "signup_date"},
    {SegmentField::ConsentSource, "consent_source"},
    {SegmentField::Custom, "custom"},
}};

const std::array<std::pair<SegmentOperator, const char*>, 16> operatorCodes = {{
    {SegmentOperator::Is, "is"},
    {SegmentOperator::IsNot, "is_not"},
    {SegmentOperator::Contains, "contains"},
    {SegmentOperator::IsEmpty, "is_empty"},
    {SegmentOperator::IsNotEmpty, "is_not_empty"},
    {SegmentOperator::HasAny, "any"},
    {SegmentOperator::HasAll, "all"},
    {SegmentOperator::HasNone, "none"},
    {SegmentOperator::AtLeast, "at_least"},
    {SegmentOperator::AtMost, "at_most"},
    {SegmentOperator::Between, "between"},
    {SegmentOperator::InMonths, "in"},
    {SegmentOperator::WithinDays, "within_days"},
    {SegmentOperator::NotWithinDays, "not_within_days"},
    {SegmentOperator::Before, "before"},
    {SegmentOperator::Since, "since"},
}};

// Values may be written as strings or numbers; both are kept as text until validation.
QString valueText(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

Result<SegmentRule> parse(const QJsonObject& json, const QString& where)
{
    using R = Result<SegmentRule>;
    const QString label =
        where.isEmpty() ? SegmentRule::tr("The rule") : SegmentRule::tr("Rule %1").arg(where);
    const bool all = json.contains(QLatin1String("all"));
    const bool any = json.contains(QLatin1String("any"));
    if (all || any) {
        if (all && any)
            return R::failure(SegmentRule::tr("%1: a group is either “all” or “any”, not both.").arg(label));
        const QJsonValue list = json.value(all ? QLatin1String("all") : QLatin1String("any"));
        if (!list.isArray())
            return R::failure(SegmentRule::tr("%1: a group needs a list of conditions.").arg(label));
        SegmentRule group = SegmentRule::group(all ? SegmentRule::Match::All : SegmentRule::Match::Any);
        const QJsonArray items = list.toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QString at =
                where.isEmpty() ? QString::number(i + 1) : where + QLatin1Char('.') + QString::number(i + 1);
            if (!items.at(i).isObject())
                return R::failure(SegmentRule::tr("Rule %1: each condition must be an object.").arg(at));
            R child = parse(items.at(i).toObject(), at);
            if (!child)
                return child;
            group.children.push_back(child.takeValue());
        }
        return group;
    }
    const QString fieldCode = json.value(QLatin1String("field")).toString();
    const auto field = SegmentRule::fieldFromCode(fieldCode);
    if (!field)
        return R::failure(SegmentRule::tr("%1: unknown field “%2”.").arg(label, fieldCode));
    const QString opCode = json.value(QLatin1String("op")).toString();
    const auto op = SegmentRule::operatorFromCode(opCode);
    if (!op)
        return R::failure(SegmentRule::tr("%1: unknown comparison “%2”.").arg(label, opCode));
    SegmentCondition c;
    c.field = *field;
    c.op = *op;
    c.customField = json.value(QLatin1String("name")).toString();
    if (json.contains(QLatin1String("value")))
        c.values.append(valueText(json.value(QLatin1String("value"))));
    const QJsonValue values = json.value(QLatin1String("values"));
    if (values.isArray()) {
        for (const QJsonValue& v : values.toArray())
            c.values.append(valueText(v));
    } else if (!values.isUndefined()) {
        c.values.append(valueText(values));
    }
    return SegmentRule::of(c);
}

} // namespace

bool SegmentCondition::operator==(const SegmentCondition& other) const
{
    return field == other.field && customField == other.customField && op == other.op &&
           values == other.values;
}

SegmentRule SegmentRule::group(Match match, std::vector<SegmentRule> children)
{
    SegmentRule rule;
    rule.kind = Kind::Group;
    rule.match = match;
    rule.children = std::move(children);
    return rule;
}

SegmentRule SegmentRule::of(SegmentCondition condition)
{
    SegmentRule rule;
    rule.kind = Kind::Condition;
    rule.condition = std::move(condition);
    return rule;
}

bool SegmentRule::operator==(const SegmentRule& other) const
{
    if (kind != other.kind)
        return false;
    if (kind == Kind::Condition)
        return condition == other.condition;
    return match == other.match && children == other.children;
}

QJsonObject SegmentRule::toJson() const
{
    if (kind == Kind::Group) {
        QJsonArray items;
        for (const SegmentRule& child : children)
            items.append(child.toJson());
        return {{match == Match::All ? QStringLiteral("all") : QStringLiteral("any"), items}};
    }
    QJsonObject json{{QStringLiteral("field"), fieldCode(condition.field)},
                     {QStringLiteral("op"), operatorCode(condition.op)},
                     {QStringLiteral("values"), QJsonArray::fromStringList(condition.values)}};
    if (condition.field == SegmentField::Custom)
        json.insert(QStringLiteral("name"), condition.customField);
    return json;
}

QString SegmentRule::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Result<SegmentRule> SegmentRule::fromJson(const QJsonObject& json)
{
    return parse(json, QString());
}

Result<SegmentRule> SegmentRule::fromJsonText(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result<SegmentRule>::failure(tr("The rule is not valid JSON (at character %1: %2).")
                                                .arg(error.offset + 1)
                                                .arg(error.errorString()));
    if (!doc.isObject())
        return Result<SegmentRule>::failure(tr("The rule must be a JSON object such as {\"all\": [...]}."));
    return fromJson(doc.object());
}

QString SegmentRule::fieldCode(SegmentField field)
{
    for (const auto& [f, code] : fieldCodes) {
        if (f == field)
            return QLatin1String(code);
    }
    return {};
}

QString SegmentRule::operatorCode(SegmentOperator op)
{
    for (const auto& [o, code] : operatorCodes) {
        if (o == op)
            return QLatin1String(code);
    }
    return {};
}

std::optional<SegmentField> SegmentRule::fieldFromCode(const QString& code)
{
    for (const auto& [f, c] : fieldCodes) {
        if (code == QLatin1String(c))
            return f;
    }
    return std::nullopt;
}

std::optional<SegmentOperator> SegmentRule::operatorFromCode(const QString& code)
{
    for (const auto& [o, c] : operatorCodes) {
        if (code == QLatin1String(c))
            return o;
    }
    return std::nullopt;
}

} // namespace textwell
