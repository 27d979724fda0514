#include "segmentcompiler.h"

#include "contacts/customfieldvalues.h"
#include "segmentfields.h"
#include "storage/sqlerror.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace textwell {

namespace {

using Op = SegmentOperator;
using Kind = SegmentValueKind;

constexpr int MaxAge = 150;
constexpr int MaxDays = 36500;
// Longer than any city, tag or field value; keeps a LIKE pattern far below SQLite's limit of 50,000 bytes.
constexpr int MaxValueLength = 1000;

QStringList readNames(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QStringList names;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = SqlError::describe(q.lastError());
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// SQLite's NOCASE folds ASCII letters only; tag names are compared the same way here.
QString asciiFolded(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

QString placeholders(int count)
{
    QString list;
    for (int i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return list;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QVariant startOfLocalDay(const QDate& date)
{
    return Timestamps::toDb(QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toUTC());
}

// Compiles one rule tree, collecting every problem on the way.
class Compilation
{
public:
    explicit Compilation(const SegmentContext& context) : m_context(context) {}

    QString rule(const SegmentRule& rule, const QVector<int>& path)
    {
        if (rule.isGroup())
            return group(rule, path);
        return condition(rule.condition, path);
    }

    QVariantList values;
    QVector<RuleProblem> problems;
    // The id set of the last tag condition compiled that names people, and its values.
    QString lastIds;
    QVariantList lastIdsValues;

private:
    QString group(const SegmentRule& group, const QVector<int>& path)
    {
        if (group.children.empty()) {
            if (path.isEmpty())
                return QStringLiteral("TRUE"); // no conditions at all: everyone
            problem(path, SegmentCompiler::tr("This group is empty: add a condition to it or remove it."));
            return QStringLiteral("FALSE");
        }
        // Beside another condition in an All group, a tag condition is a check of the few people
        // that condition leaves; elsewhere it may be checked for everyone (see tags()).
        bool besideOther = false;
        for (const SegmentRule& child : group.children) {
            besideOther = besideOther || (group.match == SegmentRule::Match::All && !child.isGroup() &&
                                          child.condition.field != SegmentField::Tags);
        }
        QStringList parts;
        for (size_t i = 0; i < group.children.size(); ++i) {
            m_besideOther = besideOther;
            parts.append(rule(group.children[i], QVector<int>(path) << static_cast<int>(i)));
        }
        const QString joint =
            group.match == SegmentRule::Match::All ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
        return QLatin1Char('(') + parts.join(joint) + QLatin1Char(')');
    }

    void problem(const QVector<int>& path, const QString& message) { problems.append({path, message}); }

    // The values of a condition, trimmed, without empty ones; a problem when the count is wrong.
    std::optional<QStringList> texts(const SegmentCondition& c, const QVector<int>& path, int exactly = 0)
    {
        QStringList list;
        for (const QString& v : c.values) {
            if (!v.trimmed().isEmpty())
                list.append(v.trimmed());
        }
        if (exactly > 0 && list.size() != exactly) {
            problem(path, exactly == 1 ? SegmentCompiler::tr("Enter a value.")
                                       : SegmentCompiler::tr("Enter both values."));
            return std::nullopt;
        }
        if (list.isEmpty()) {
            problem(path, SegmentCompiler::tr("Enter at least one value."));
            return std::nullopt;
        }
        if (list.size() > SegmentCompiler::MaxValues) {
            problem(path, SegmentCompiler::tr("At most %Ln value(s), please.", nullptr,
                                              SegmentCompiler::MaxValues));
            return std::nullopt;
        }
        for (const QString& v : list) {
            if (v.size() > MaxValueLength) {
                problem(path, SegmentCompiler::tr("A value can have at most %Ln character(s).", nullptr,
                                                  MaxValueLength));
                return std::nullopt;
            }
        }
        return list;
    }

    std::optional<qint64> wholeNumber(const QString& text, qint64 min, qint64 max, const QVector<int>& path)
    {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok) {
            problem(path, SegmentCompiler::tr("“%1” is not a whole number.").arg(text));
            return std::nullopt;
        }
        if (n < min || n > max) {
            problem(path, SegmentCompiler::tr("%1 is out of range: use a number from %2 to %3.")
                              .arg(n)
                              .arg(min)
                              .arg(max));
            return std::nullopt;
        }
        return n;
    }

    std::optional<QDate> date(const QString& text, const QVector<int>& path)
    {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            problem(path, SegmentCompiler::tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
            return std::nullopt;
        }
        return d;
    }

    // A comparison "expr op ?" for each value, ANDed: for ranges and bounds.
    QString bounds(const QString& expr, const QStringList& ops, const QVariantList& bound)
    {
        QStringList parts;
        for (int i = 0; i < ops.size(); ++i) {
            parts.append(expr + QLatin1Char(' ') + ops[i] + QStringLiteral(" ?"));
            values.append(bound[i]);
        }
        return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }

    // The SQL of a text column, or of a custom field's value (with its path bound) as text.
    QString textColumn(const SegmentCondition& c, const QString& customName)
    {
        switch (c.field) {
        case SegmentField::City:
            return QStringLiteral("s.city");
        case SegmentField::Region:
            return QStringLiteral("s.region");
        case SegmentField::ConsentSource:
            return QStringLiteral("s.consent_source");
        case SegmentField::Language:
            return QStringLiteral("s.language");
        default:
            break;
        }
        values.append(CustomFieldValues::jsonPath(customName));
        return customValue();
    }

    // A custom field's value as text, with one placeholder for the field's jsonPath().
    QString customValue() const { return m_context.dialect.jsonText(QStringLiteral("s.custom_fields")); }

    QString condition(const SegmentCondition& c, const QVector<int>& path)
    {
        if (!SegmentFields::allows(c.field, c.op)) {
            problem(path,
                    SegmentCompiler::tr("“%1” cannot be compared with “%2”.")
                        .arg(SegmentFields::label(c.field), SegmentFields::operatorLabel(c.field, c.op)));
            return QStringLiteral("FALSE");
        }
        QString customName;
        if (c.field == SegmentField::Custom) {
            for (const QString& known : m_context.customFields) {
                if (known.compare(c.customField.trimmed(), Qt::CaseInsensitive) == 0)
                    customName = known;
            }
            if (customName.isEmpty()) {
                problem(path,
                        c.customField.trimmed().isEmpty()
                            ? SegmentCompiler::tr("Choose a custom field.")
                            : SegmentCompiler::tr("The custom field “%1” no longer exists. Choose another "
                                                  "field or remove this condition.")
                                  .arg(c.customField));
                return QStringLiteral("FALSE");
            }
        }
        switch (SegmentFields::valueKind(c.field, c.op)) {
        case Kind::None: {
            const QString column = textColumn(c, customName);
            return column + (c.op == Op::IsEmpty ? QStringLiteral(" = ''") : QStringLiteral(" <> ''"));
        }
        case Kind::Texts:
        case Kind::Languages: {
            auto list = texts(c, path);
            if (!list)
                return QStringLiteral("FALSE");
            if (c.field == SegmentField::Language) {
                for (QString& code : *list)
                    code = code.toLower();
            }
            const QString column = textColumn(c, customName);
            for (const QString& v : *list)
                values.append(v);
            return column + (c.op == Op::Is ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN (")) +
                   placeholders(static_cast<int>(list->size())) + QLatin1Char(')');
        }
        case Kind::Text: {
            auto list = texts(c, path, 1);
            if (!list)
                return QStringLiteral("FALSE");
            const QString column = textColumn(c, customName);
            values.append(likePattern(list->first()));
            return m_context.dialect.like(column);
        }
        case Kind::Tags:
            return tags(c, path);
        case Kind::Number:
            return number(c, customName, path);
        case Kind::NumberRange:
            return numberRange(c, path);
        case Kind::Months: {
            auto list = texts(c, path);
            if (!list)
                return QStringLiteral("FALSE");
            QVariantList months;
            for (const QString& v : *list) {
                auto m = wholeNumber(v, 1, 12, path);
                if (!m)
                    return QStringLiteral("FALSE");
                months.append(*m);
            }
            values.append(months);
            return QStringLiteral("CAST(substr(s.birth_date, 6, 2) AS INTEGER) IN (") +
                   placeholders(static_cast<int>(months.size())) + QLatin1Char(')');
        }
        case Kind::Days: {
            auto list = texts(c, path, 1);
            if (!list)
                return QStringLiteral("FALSE");
            auto days = wholeNumber(list->first(), 0, MaxDays, path);
            if (!days)
                return QStringLiteral("FALSE");
            const QVariant cutoff = Timestamps::toDb(m_context.now.addDays(-*days));
            const QString column = c.field == SegmentField::LastActivity ? QStringLiteral("s.last_activity")
                                                                         : QStringLiteral("s.consent_at");
            values.append(cutoff);
            if (c.op == Op::NotWithinDays)
                return QStringLiteral("(%1 IS NULL OR %1 < ?)").arg(column);
            return column + QStringLiteral(" >= ?");
        }
        case Kind::Date: {
            auto list = texts(c, path, 1);
            if (!list)
                return QStringLiteral("FALSE");
            auto d = date(list->first(), path);
            if (!d)
                return QStringLiteral("FALSE");
            values.append(startOfLocalDay(*d));
            return c.op == Op::Before ? QStringLiteral("s.consent_at < ?")
                                      : QStringLiteral("s.consent_at >= ?");
        }
        case Kind::DateRange: {
            auto list = texts(c, path, 2);
            if (!list)
                return QStringLiteral("FALSE");
            auto from = date(list->at(0), path);
            auto to = from ? date(list->at(1), path) : std::nullopt;
            if (!from || !to)
                return QStringLiteral("FALSE");
            if (*from > *to) {
                problem(path, SegmentCompiler::tr("The first date is after the second."));
                return QStringLiteral("FALSE");
            }
            return bounds(QStringLiteral("s.consent_at"), {QStringLiteral(">="), QStringLiteral("<")},
                          {startOfLocalDay(*from), startOfLocalDay(to->addDays(1))});
        }
        }
        return QStringLiteral("FALSE");
    }

    QString tags(const SegmentCondition& c, const QVector<int>& path)
    {
        auto list = texts(c, path);
        if (!list)
            return QStringLiteral("FALSE");
        QStringList distinct;
        QStringList keys;
        for (const QString& name : *list) {
            const QString key = asciiFolded(name);
            if (keys.contains(key))
                continue;
            bool exists = false;
            for (const QString& known : m_context.tags)
                exists = exists || asciiFolded(known) == key;
            if (!exists) {
                problem(path, SegmentCompiler::tr("There is no tag “%1”.").arg(name));
                return QStringLiteral("FALSE");
            }
            keys.append(key);
            distinct.append(name);
        }
        QVariantList names;
        for (const QString& name : distinct)
            names.append(name);
        const QString inNames = placeholders(static_cast<int>(distinct.size()));
        // The people with the tags, once each (one tag names each person once already).
        const QString named =
            QStringLiteral(
                "SELECT st.subscriber_id AS id FROM subscriber_tag st JOIN tag t ON t.id = st.tag_id "
                "WHERE t.name IN (%1)%2")
                .arg(inNames, distinct.size() > 1 || c.op == Op::HasAll
                                  ? QStringLiteral(" GROUP BY st.subscriber_id")
                                  : QString());
        const QString ids = c.op == Op::HasAll ? named + QStringLiteral(" HAVING COUNT(*) = ?") : named;
        QVariantList idsValues = names;
        if (c.op == Op::HasAll)
            idsValues.append(distinct.size());
        if (c.op != Op::HasNone) {
            lastIds = ids;
            lastIdsValues = idsValues;
        }
        values.append(idsValues);
        if (m_besideOther) {
            // Beside a condition that leaves few people, each one's own tags are looked up
            // (subscriber_tag's key starts with the person): no list of everyone with the tag is
            // built (Berlin and a tag: 156 -> 23 ms on 1M people).
            const QString own =
                QStringLiteral("SELECT %1 FROM subscriber_tag st JOIN tag t ON t.id = st.tag_id "
                               "WHERE st.subscriber_id = s.id AND t.name IN (%2)");
            if (c.op == Op::HasAll)
                return QStringLiteral("(%1) = ?").arg(own.arg(QStringLiteral("COUNT(*)"), inNames));
            return QStringLiteral("%1EXISTS (%2)")
                .arg(c.op == Op::HasNone ? QStringLiteral("NOT ") : QString(),
                     own.arg(QStringLiteral("1"), inNames));
        }
        // Otherwise the list is built once and each person checked against it, cheaper than a
        // lookup per person when everyone is checked (the worst rule: 990 -> 620 ms).
        return QStringLiteral("s.id %1 (%2)")
            .arg(c.op == Op::HasNone ? QStringLiteral("NOT IN") : QStringLiteral("IN"), ids);
    }

    QString number(const SegmentCondition& c, const QString& customName, const QVector<int>& path)
    {
        auto list = texts(c, path, 1);
        if (!list)
            return QStringLiteral("FALSE");
        const QString op = c.op == Op::AtLeast  ? QStringLiteral(">=")
                           : c.op == Op::AtMost ? QStringLiteral("<=")
                                                : QStringLiteral("=");
        if (c.field == SegmentField::Custom) {
            bool ok = false;
            const double n = list->first().toDouble(&ok);
            if (!ok) {
                problem(path, SegmentCompiler::tr("“%1” is not a number.").arg(list->first()));
                return QStringLiteral("FALSE");
            }
            // Only people whose value is a number, written as JSON writes one ("42", "-3", "7.5"):
            // an empty field is not 0, and neither is "large" (CAST would make it 0) or "12 cm" (12).
            const QString number = m_context.dialect.jsonNumber(
                customValue(), {CustomFieldValues::jsonPath(customName)}, &values);
            values.append(n);
            return QStringLiteral("(%1 %2 ?)").arg(number, op);
        }
        if (c.field == SegmentField::Age) {
            auto years = wholeNumber(list->first(), 0, MaxAge, path);
            if (!years)
                return QStringLiteral("FALSE");
            return ageBounds(c.op == Op::AtLeast ? std::optional<qint64>(*years) : std::nullopt,
                             c.op == Op::AtMost ? std::optional<qint64>(*years) : std::nullopt);
        }
        auto n = wholeNumber(list->first(), 0, std::numeric_limits<int>::max(), path);
        if (!n)
            return QStringLiteral("FALSE");
        values.append(*n);
        return QStringLiteral("s.purchases %1 ?").arg(op);
    }

    QString numberRange(const SegmentCondition& c, const QVector<int>& path)
    {
        auto list = texts(c, path, 2);
        if (!list)
            return QStringLiteral("FALSE");
        const qint64 max = c.field == SegmentField::Age ? MaxAge : std::numeric_limits<int>::max();
        auto low = wholeNumber(list->at(0), 0, max, path);
        auto high = low ? wholeNumber(list->at(1), 0, max, path) : std::nullopt;
        if (!low || !high)
            return QStringLiteral("FALSE");
        if (*low > *high) {
            problem(path, SegmentCompiler::tr("The first number is greater than the second."));
            return QStringLiteral("FALSE");
        }
        if (c.field == SegmentField::Age)
            return ageBounds(*low, *high);
        return bounds(QStringLiteral("s.purchases"), {QStringLiteral(">="), QStringLiteral("<=")},
                      {*low, *high});
    }

    // Ages become birth-date bounds, so the birth_date index does the work.
    QString ageBounds(std::optional<qint64> atLeast, std::optional<qint64> atMost)
    {
        QStringList ops;
        QVariantList bound;
        if (atLeast) {
            ops.append(QStringLiteral("<="));
            bound.append(Timestamps::dateToDb(
                SegmentCompiler::latestBirthDateForAge(m_context.today, static_cast<int>(*atLeast))));
        }
        if (atMost) {
            ops.append(QStringLiteral(">"));
            bound.append(Timestamps::dateToDb(
                SegmentCompiler::latestBirthDateForAge(m_context.today, static_cast<int>(*atMost) + 1)));
        }
        return bounds(QStringLiteral("s.birth_date"), ops, bound);
    }

    const SegmentContext& m_context;
    bool m_besideOther = false; // set for each child of a group
};

} // namespace

Result<SegmentContext> SegmentContext::load(const QSqlDatabase& db)
{
    SegmentContext context;
    context.dialect = SqlDialect(db);
    context.now = Clock::currentUtc();
    context.today = context.now.toLocalTime().date();
    QString error;
    context.tags = readNames(db, QStringLiteral("SELECT name FROM tag ORDER BY name"), &error);
    if (error.isEmpty())
        context.customFields =
            readNames(db, QStringLiteral("SELECT name FROM custom_field ORDER BY name"), &error);
    if (!error.isEmpty())
        return Result<SegmentContext>::failure(error);
    return context;
}

QString RuleProblem::location() const
{
    if (path.isEmpty())
        return SegmentCompiler::tr("The rule");
    QStringList numbers;
    for (int i : path)
        numbers.append(QString::number(i + 1));
    return SegmentCompiler::tr("Rule %1").arg(numbers.join(QLatin1Char('.')));
}

QString RuleProblem::describe() const
{
    return location() + QStringLiteral(": ") + message;
}

QVector<RuleProblem> SegmentCompiler::validate(const SegmentRule& rule, const SegmentContext& context)
{
    Compilation compilation(context);
    compilation.rule(rule, {});
    return compilation.problems;
}

Result<CompiledSegment> SegmentCompiler::compile(const SegmentRule& rule, const SegmentContext& context)
{
    Compilation compilation(context);
    CompiledSegment compiled;
    compiled.where = compilation.rule(rule, {});
    if (!compilation.problems.isEmpty())
        return Result<CompiledSegment>::failure(compilation.problems.first().describe());
    compiled.values = compilation.values;
    const bool single = !rule.isGroup() || (rule.children.size() == 1 && !rule.children.front().isGroup());
    if (single && !compilation.lastIds.isEmpty()) {
        compiled.ids = compilation.lastIds;
        compiled.idsValues = compilation.lastIdsValues;
    }
    return compiled;
}

QDate SegmentCompiler::latestBirthDateForAge(const QDate& today, int years)
{
    QDate date = today.addYears(-years);
    // addYears() moves 29 February to the 28th; the person born on the 29th is of age too.
    if (date.addDays(1).addYears(years) <= today)
        date = date.addDays(1);
    return date;
}

} // namespace textwell
