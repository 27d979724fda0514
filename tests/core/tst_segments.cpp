// Segments as a shop owner relies on them: a rule counts exactly the people a plain reading of it
// picks, line by line (matching, unsubscribed, excluded, no consent, not mobile, over the cap,
// will receive); no value ever becomes SQL; a mistake is reported at its condition; saved segments
// keep their names apart; and the frequency cap follows the settings.
//
// Signup dates, ages and birthdays count in the user's local days. The tests run in Europe/Berlin,
// where the local day differs from the UTC day for an hour or two and summer time starts and ends,
// so a rule that counted in UTC days would be caught.

#include "campaigns/outbox.h"
#include "compliance/frequencycap.h"
#include "compliance/frequencycaptracking.h"
#include "compliance/rulepacks.h"
#include "compliance/sendpolicy.h"
#include "contacts/addressbook.h"
#include "contacts/customfields.h"
#include "contacts/subscriberquery.h"
#include "segments/recipientcounter.h"
#include "segments/segmentcompiler.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/databaselocation.h"
#include "storage/schema.h"
#include "storage/timestamps.h"
#include "testdatabase.h"
#include "util/clock.h"

#include "relaxedrulepacks.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <limits>
#include <optional>
#include <time.h>

using namespace textwell;

namespace textwell {
QString describe(const RecipientBreakdown& b)
{
    QStringList parts;
    for (RecipientGroup group : RecipientBreakdown::groups())
        parts.append(QStringLiteral("%1 %2").arg(RecipientBreakdown::code(group)).arg(b.count(group)));
    return parts.join(QStringLiteral(", "));
}
// Readable QCOMPARE failures.
inline char* toString(const RecipientBreakdown& b)
{
    return QTest::toString(describe(b));
}
} // namespace textwell

namespace {

using Op = SegmentOperator;
using Field = SegmentField;
using Predicate = std::function<bool(const Subscriber&)>;
using Lines = QMap<RecipientGroup, QSet<qint64>>;

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList u8List(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// SQLite's LIKE and NOCASE fold ASCII letters only, and so does a shop owner's "vip" for "VIP".
QString asciiLower(const QString& text)
{
    QString lower = text;
    for (QChar& c : lower) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return lower;
}

// A person's birthday in a given year: 29 February falls on 28 February in other years.
QDate birthdayIn(const QDate& birth, int year)
{
    if (birth.month() == 2 && birth.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birth.month(), birth.day());
}

int ageOn(const QDate& birth, const QDate& today)
{
    const int years = today.year() - birth.year();
    return today < birthdayIn(birth, today.year()) ? years - 1 : years;
}

// A custom field value that is a number, written plainly as JSON writes one: "42", "-3", "7.5",
// "1e2". "abc", "12 cm", "" and "+5" are not numbers and never match "at least" or "at most".
std::optional<double> numberIn(const QString& text)
{
    static const QRegularExpression plainNumber(
        QStringLiteral(R"(^[ \t\r\n]*-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?[ \t\r\n]*$)"));
    if (!plainNumber.match(text).hasMatch())
        return std::nullopt;
    return text.trimmed().toDouble();
}

std::optional<qint64> wholeNumber(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

std::optional<QDate> isoDate(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

bool canReceiveSms(NumberKind kind)
{
    return kind == NumberKind::Mobile || kind == NumberKind::MobileOrFixed;
}

QVector<Op> operatorsOf(Field field)
{
    switch (field) {
    case Field::City:
    case Field::Region:
    case Field::ConsentSource:
        return {Op::Is, Op::IsNot, Op::Contains, Op::IsEmpty, Op::IsNotEmpty};
    case Field::Custom:
        return {Op::Is, Op::IsNot, Op::Contains, Op::IsEmpty, Op::IsNotEmpty, Op::AtLeast, Op::AtMost};
    case Field::Language:
        return {Op::Is, Op::IsNot};
    case Field::Tags:
        return {Op::HasAny, Op::HasAll, Op::HasNone};
    case Field::Age:
        return {Op::AtLeast, Op::AtMost, Op::Between};
    case Field::Purchases:
        return {Op::Is, Op::AtLeast, Op::AtMost, Op::Between};
    case Field::BirthdayMonth:
        return {Op::InMonths};
    case Field::LastActivity:
        return {Op::WithinDays, Op::NotWithinDays};
    case Field::SignupDate:
        return {Op::Since, Op::Before, Op::Between, Op::WithinDays};
    }
    return {};
}

const QVector<Op> allOperators = {Op::Is,         Op::IsNot,         Op::Contains, Op::IsEmpty,
                                  Op::IsNotEmpty, Op::HasAny,        Op::HasAll,   Op::HasNone,
                                  Op::AtLeast,    Op::AtMost,        Op::Between,  Op::InMonths,
                                  Op::WithinDays, Op::NotWithinDays, Op::Before,   Op::Since};

const QVector<Field> allFields = {Field::City,          Field::Region,        Field::Tags,
                                  Field::Age,           Field::BirthdayMonth, Field::Language,
                                  Field::LastActivity,  Field::Purchases,     Field::SignupDate,
                                  Field::ConsentSource, Field::Custom};

struct Message
{
    QString phone;
    bool marketing = true;
    QDateTime sentAt; // invalid: still queued
};

// What a database holds, read back after it was built.
struct Population
{
    QDateTime now;
    QVector<Subscriber> people;
    QVector<Message> messages;
    QStringList tags;         // as stored
    QStringList customFields; // as registered
};

// A rule read the plain way, person by person and without SQL: who a segment should pick.
class PlainReading
{
public:
    PlainReading(const QDateTime& now, const QStringList& tags, const QStringList& customFields)
        : m_now(now), m_today(now.toLocalTime().date()), m_customFields(customFields)
    {
        for (const QString& tag : tags)
            m_tagKeys.insert(asciiLower(tag));
    }

    // Who the rule picks, or nullopt when it has a mistake the user has to correct first.
    std::optional<Predicate> rule(const SegmentRule& rule, bool top = true) const
    {
        if (!rule.isGroup())
            return condition(rule.condition);
        if (rule.children.empty()) {
            if (!top)
                return std::nullopt;
            return Predicate([](const Subscriber&) { return true; });
        }
        QVector<Predicate> parts;
        bool valid = true;
        for (const SegmentRule& child : rule.children) {
            std::optional<Predicate> part = this->rule(child, false);
            if (part)
                parts.append(*part);
            valid = valid && part.has_value();
        }
        if (!valid)
            return std::nullopt;
        const bool all = rule.match == SegmentRule::Match::All;
        return Predicate([parts, all](const Subscriber& s) {
            for (const Predicate& part : parts) {
                if (part(s) != all)
                    return !all;
            }
            return all;
        });
    }

private:
    std::optional<Predicate> condition(const SegmentCondition& c) const
    {
        QStringList values;
        for (const QString& v : c.values) {
            if (!v.trimmed().isEmpty())
                values.append(v.trimmed());
        }
        const qsizetype n = values.size();
        const bool some = n >= 1 && n <= 1000;
        switch (c.field) {
        case Field::City:
        case Field::Region:
        case Field::ConsentSource:
        case Field::Custom:
            return text(c, values);
        case Field::Language: {
            if ((c.op != Op::Is && c.op != Op::IsNot) || !some)
                return std::nullopt;
            QSet<QString> codes;
            for (const QString& v : values)
                codes.insert(v.toLower());
            const bool is = c.op == Op::Is;
            return Predicate([codes, is](const Subscriber& s) { return codes.contains(s.language) == is; });
        }
        case Field::Tags: {
            if ((c.op != Op::HasAny && c.op != Op::HasAll && c.op != Op::HasNone) || !some)
                return std::nullopt;
            QSet<QString> wanted;
            for (const QString& v : values) {
                if (!m_tagKeys.contains(asciiLower(v)))
                    return std::nullopt;
                wanted.insert(asciiLower(v));
            }
            const Op op = c.op;
            return Predicate([wanted, op](const Subscriber& s) {
                qsizetype held = 0;
                for (const QString& key : wanted) {
                    bool has = false;
                    for (const QString& tag : s.tags)
                        has = has || asciiLower(tag) == key;
                    held += has ? 1 : 0;
                }
                if (op == Op::HasAll)
                    return held == wanted.size();
                return op == Op::HasAny ? held > 0 : held == 0;
            });
        }
        case Field::Age:
        case Field::Purchases: {
            const qint64 max = c.field == Field::Age ? 150 : std::numeric_limits<int>::max();
            std::optional<qint64> low;
            std::optional<qint64> high;
            if (c.op == Op::AtLeast || c.op == Op::AtMost ||
                (c.op == Op::Is && c.field == Field::Purchases)) {
                if (n != 1)
                    return std::nullopt;
                const std::optional<qint64> bound = wholeNumber(values[0], 0, max);
                if (!bound)
                    return std::nullopt;
                if (c.op != Op::AtMost)
                    low = bound;
                if (c.op != Op::AtLeast)
                    high = bound;
            } else if (c.op == Op::Between) {
                if (n != 2)
                    return std::nullopt;
                low = wholeNumber(values[0], 0, max);
                high = wholeNumber(values[1], 0, max);
                if (!low || !high || *low > *high)
                    return std::nullopt;
            } else {
                return std::nullopt;
            }
            if (c.field == Field::Purchases)
                return Predicate([low, high](const Subscriber& s) {
                    return (!low || s.purchases >= *low) && (!high || s.purchases <= *high);
                });
            const QDate today = m_today;
            return Predicate([low, high, today](const Subscriber& s) {
                if (!s.birthDate.isValid())
                    return false;
                const int age = ageOn(s.birthDate, today);
                return (!low || age >= *low) && (!high || age <= *high);
            });
        }
        case Field::BirthdayMonth: {
            if (c.op != Op::InMonths || !some)
                return std::nullopt;
            QSet<int> months;
            for (const QString& v : values) {
                const std::optional<qint64> month = wholeNumber(v, 1, 12);
                if (!month)
                    return std::nullopt;
                months.insert(static_cast<int>(*month));
            }
            return Predicate([months](const Subscriber& s) {
                return s.birthDate.isValid() && months.contains(s.birthDate.month());
            });
        }
        case Field::LastActivity: {
            if ((c.op != Op::WithinDays && c.op != Op::NotWithinDays) || n != 1)
                return std::nullopt;
            const std::optional<qint64> days = wholeNumber(values[0], 0, 36500);
            if (!days)
                return std::nullopt;
            const QDateTime cutoff = m_now.addDays(-*days);
            if (c.op == Op::WithinDays)
                return Predicate([cutoff](const Subscriber& s) {
                    return s.lastActivity.isValid() && s.lastActivity >= cutoff;
                });
            return Predicate([cutoff](const Subscriber& s) {
                return !s.lastActivity.isValid() || s.lastActivity < cutoff;
            });
        }
        case Field::SignupDate: {
            // The day a consent was given is the user's local day.
            auto day = [](const Subscriber& s) { return s.consentAt.toLocalTime().date(); };
            if (c.op == Op::WithinDays) {
                const std::optional<qint64> days = n == 1 ? wholeNumber(values[0], 0, 36500) : std::nullopt;
                if (!days)
                    return std::nullopt;
                const QDateTime cutoff = m_now.addDays(-*days);
                return Predicate(
                    [cutoff](const Subscriber& s) { return s.consentAt.isValid() && s.consentAt >= cutoff; });
            }
            if (c.op == Op::Since || c.op == Op::Before) {
                const std::optional<QDate> date = n == 1 ? isoDate(values[0]) : std::nullopt;
                if (!date)
                    return std::nullopt;
                const bool since = c.op == Op::Since;
                const QDate d = *date;
                return Predicate([d, since, day](const Subscriber& s) {
                    return s.consentAt.isValid() && (since ? day(s) >= d : day(s) < d);
                });
            }
            if (c.op != Op::Between || n != 2)
                return std::nullopt;
            const std::optional<QDate> from = isoDate(values[0]);
            const std::optional<QDate> to = isoDate(values[1]);
            if (!from || !to || *from > *to)
                return std::nullopt;
            const QDate first = *from;
            const QDate last = *to;
            return Predicate([first, last, day](const Subscriber& s) {
                return s.consentAt.isValid() && day(s) >= first && day(s) <= last;
            });
        }
        }
        return std::nullopt;
    }

    std::optional<Predicate> text(const SegmentCondition& c, const QStringList& values) const
    {
        QString name;
        if (c.field == Field::Custom) {
            for (const QString& known : m_customFields) {
                if (asciiLower(known) == asciiLower(c.customField.trimmed()))
                    name = known;
            }
            if (name.isEmpty())
                return std::nullopt;
        }
        const Field field = c.field;
        auto valueOf = [field, name](const Subscriber& s) -> QString {
            switch (field) {
            case Field::City:
                return s.city;
            case Field::Region:
                return s.region;
            case Field::ConsentSource:
                return s.consentSource;
            default:
                return s.customFields.value(name);
            }
        };
        switch (c.op) {
        case Op::Is:
        case Op::IsNot: {
            if (values.isEmpty() || values.size() > 1000)
                return std::nullopt;
            const QSet<QString> set(values.cbegin(), values.cend());
            const bool is = c.op == Op::Is;
            return Predicate(
                [set, is, valueOf](const Subscriber& s) { return set.contains(valueOf(s)) == is; });
        }
        case Op::Contains: {
            if (values.size() != 1)
                return std::nullopt;
            const QString needle = asciiLower(values.first());
            return Predicate(
                [needle, valueOf](const Subscriber& s) { return asciiLower(valueOf(s)).contains(needle); });
        }
        case Op::IsEmpty:
            return Predicate([valueOf](const Subscriber& s) { return valueOf(s).isEmpty(); });
        case Op::IsNotEmpty:
            return Predicate([valueOf](const Subscriber& s) { return !valueOf(s).isEmpty(); });
        case Op::AtLeast:
        case Op::AtMost: {
            if (field != Field::Custom || values.size() != 1)
                return std::nullopt;
            const std::optional<double> bound = numberIn(values.first());
            if (!bound)
                return std::nullopt;
            const bool atLeast = c.op == Op::AtLeast;
            const double b = *bound;
            return Predicate([atLeast, b, valueOf](const Subscriber& s) {
                const std::optional<double> v = numberIn(valueOf(s));
                return v.has_value() && (atLeast ? *v >= b : *v <= b);
            });
        }
        default:
            return std::nullopt;
        }
    }

    QDateTime m_now;
    QDate m_today;
    QStringList m_customFields;
    QSet<QString> m_tagKeys;
};

// The numbers that reached the cap at `now`: marketing messages sent in the last `days` days.
QSet<QString> overTheCap(const Population& p, const FrequencyCap& cap)
{
    QSet<QString> phones;
    if (cap.maxMessages() <= 0)
        return phones;
    const QDateTime from = p.now.addDays(-cap.days());
    QHash<QString, int> sent;
    for (const Message& m : p.messages) {
        if (m.marketing && m.sentAt.isValid() && m.sentAt > from && ++sent[m.phone] >= cap.maxMessages())
            phones.insert(m.phone);
    }
    return phones;
}

// The breakdown a plain reading gives, and who is on each line.
RecipientBreakdown plainBreakdown(const Population& p, const Predicate& picks, const QSet<QString>& capped,
                                  Lines* lines)
{
    RecipientBreakdown b;
    lines->clear();
    for (RecipientGroup group : RecipientBreakdown::groups())
        lines->insert(group, {});
    for (const Subscriber& s : p.people) {
        if (!picks(s))
            continue;
        RecipientGroup line = RecipientGroup::WillReceive;
        if (s.status == SubscriberStatus::Unsubscribed)
            line = RecipientGroup::Unsubscribed;
        else if (s.status == SubscriberStatus::Excluded)
            line = RecipientGroup::Excluded;
        else if (s.status == SubscriberStatus::NoConsent)
            line = RecipientGroup::NoConsent;
        else if (s.status == SubscriberStatus::AwaitingConfirmation)
            line = RecipientGroup::AwaitingConfirmation;
        else if (!canReceiveSms(s.numberKind))
            line = RecipientGroup::NotMobile;
        else if (capped.contains(s.phone))
            line = RecipientGroup::OverCap;
        (*lines)[RecipientGroup::Matching].insert(s.id);
        (*lines)[line].insert(s.id);
    }
    b.matching = lines->value(RecipientGroup::Matching).size();
    b.unsubscribed = lines->value(RecipientGroup::Unsubscribed).size();
    b.excluded = lines->value(RecipientGroup::Excluded).size();
    b.noConsent = lines->value(RecipientGroup::NoConsent).size();
    b.notMobile = lines->value(RecipientGroup::NotMobile).size();
    b.awaitingConfirmation = lines->value(RecipientGroup::AwaitingConfirmation).size();
    b.overCap = lines->value(RecipientGroup::OverCap).size();
    b.willReceive = lines->value(RecipientGroup::WillReceive).size();
    return b;
}

class Dice
{
public:
    explicit Dice(quint32 seed) : m_random(seed) {}
    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    int between(int low, int high) { return low + below(high - low + 1); } // both included
    bool chance(int percent) { return below(100) < percent; }
    QString pick(const QStringList& list) { return list.at(below(static_cast<int>(list.size()))); }
    template<class T> T pick(const QVector<T>& list) { return list.at(below(static_cast<int>(list.size()))); }
    // The same text with some ASCII letters in the other case: "vIP" for "VIP".
    QString flipCase(const QString& text)
    {
        QString flipped = text;
        for (QChar& c : flipped) {
            if (c.unicode() < 128 && c.isLetter() && chance(30))
                c = c.isUpper() ? c.toLower() : c.toUpper();
        }
        return flipped;
    }

private:
    QRandomGenerator m_random;
};

const QStringList firstNames = u8List({"Anna", "Jürgen", "Ольга", "Mary", "anna", "", "Zoë"});
const QStringList lastNames = u8List({"Müller", "Иванова", "Adams", "Schmidt", "", "O'Brien", "adams"});
const QStringList cities =
    u8List({"Berlin", "berlin", "München", "MÜNCHEN", "Köln", "Hamburg", "Москва", "Санкт-Петербург",
            "New York", "Saint-Louis", "O'Fallon", "50% Stadt", "a_b", "back\\slash", ""});
const QStringList regions =
    u8List({"Bayern", "NRW", "Berlin", "Московская область", "", "Île-de-France", "new york"});
const QStringList languages = u8List({"en", "ru", "de", "", "fr"});
const QStringList sources = u8List({"paper form", "Paper form at the till", "website", "import: old shop",
                                    "O'Reilly's desk", "100% sure", "under_score"});
const QStringList tagPool = u8List(
    {"VIP", "regular", "Stammkunde", "Ärzte", "new", "O'Reilly", "say \"hi\"", "50%", "a_b", "постоянный"});
const QString shoeSize = QStringLiteral("Shoe size");
const QString treatment = QStringLiteral("Favourite treatment");
const QString kidsName = QStringLiteral("Kid's name");
const QStringList shoeSizes = u8List({"42", "7.5", "-3", "0", "39", "40", "41", "1e2", "abc", "12 cm", ""});
const QStringList treatments = u8List({"Manicure", "manicure", "Massage 60%", "", "Gesichtsbehandlung"});
const QStringList kidsNames = u8List({"Anna", "O'Neil", "Ann", "", "Ольга"});
const QVector<int> activityDays = {0, 1, 7, 30, 90};
const QVector<int> leapYears = {1960, 1976, 1988, 2000, 2004, 2020};

// Random rules over every field and operator, with values from the data and from outside it, and
// now and then a mistake (a value the user must correct, an empty group, an unknown tag or field).
class RuleGenerator
{
public:
    RuleGenerator(quint32 seed, const Population& population) : m_dice(seed), m_p(population)
    {
        m_today = population.now.toLocalTime().date();
    }

    SegmentRule rule()
    {
        SegmentRule top =
            SegmentRule::group(m_dice.chance(50) ? SegmentRule::Match::All : SegmentRule::Match::Any);
        const int children = m_dice.chance(3) ? 0 : m_dice.between(1, 4);
        for (int i = 0; i < children; ++i)
            top.children.push_back(child(1));
        return top;
    }

private:
    SegmentRule child(int depth)
    {
        if (depth <= 3 && m_dice.chance(25)) {
            SegmentRule group =
                SegmentRule::group(m_dice.chance(50) ? SegmentRule::Match::All : SegmentRule::Match::Any);
            const int children = m_dice.chance(2) ? 0 : m_dice.between(1, 3);
            for (int i = 0; i < children; ++i)
                group.children.push_back(child(depth + 1));
            return group;
        }
        return SegmentRule::of(condition());
    }

    SegmentCondition condition()
    {
        SegmentCondition c;
        c.field = m_dice.chance(15) ? Field::Custom : m_dice.pick(allFields);
        c.op = m_dice.chance(2) ? m_dice.pick(allOperators) : m_dice.pick(operatorsOf(c.field));
        if (c.field == Field::Custom)
            c.customField = m_dice.chance(3) ? QStringLiteral("Eye colour")
                                             : m_dice.flipCase(m_dice.pick(m_p.customFields));
        c.values = values(c);
        return c;
    }

    const Subscriber& somebody() { return m_p.people.at(m_dice.below(static_cast<int>(m_p.people.size()))); }

    QString textOf(const SegmentCondition& c, const Subscriber& s)
    {
        switch (c.field) {
        case Field::City:
            return s.city;
        case Field::Region:
            return s.region;
        case Field::ConsentSource:
            return s.consentSource;
        default:
            for (auto it = s.customFields.cbegin(); it != s.customFields.cend(); ++it) {
                if (asciiLower(it.key()) == asciiLower(c.customField))
                    return it.value();
            }
            return QString();
        }
    }

    QString outside()
    {
        return m_dice.pick(u8List({"Atlantis", "%", "_", "\\", "'", "zz", "Berlin ", " 42"}));
    }

    QString textValue(const SegmentCondition& c)
    {
        const int kind = m_dice.below(100);
        const QString fromData = textOf(c, somebody());
        if (kind < 60)
            return fromData;
        if (kind < 70)
            return m_dice.flipCase(fromData);
        if (kind < 80)
            return QStringLiteral("  ") + fromData + QLatin1Char(' ');
        if (kind < 93)
            return outside();
        return QString();
    }

    QString fragment(const SegmentCondition& c)
    {
        const QString fromData = textOf(c, somebody());
        if (fromData.isEmpty() || m_dice.chance(15))
            return outside();
        const int start = m_dice.below(static_cast<int>(fromData.size()));
        const int length = m_dice.between(1, static_cast<int>(fromData.size()) - start);
        return m_dice.flipCase(fromData.mid(start, length));
    }

    QString days()
    {
        if (m_dice.chance(3))
            return m_dice.pick(u8List({"36501", "-2", "soon", "1.5"}));
        return QString::number(m_dice.chance(50) ? m_dice.pick(activityDays) : m_dice.between(0, 1200));
    }

    QString date()
    {
        if (m_dice.chance(3))
            return m_dice.pick(u8List({"2025-02-29", "2025-13-01", "01.02.2025", "yesterday"}));
        const int kind = m_dice.below(100);
        if (kind < 40) {
            const Subscriber& s = somebody();
            if (s.consentAt.isValid())
                return s.consentAt.toLocalTime().date().addDays(m_dice.between(-1, 1)).toString(Qt::ISODate);
        }
        if (kind < 60)
            return m_today.addDays(-m_dice.pick(QVector<int>{0, 1, 7, 30})).toString(Qt::ISODate);
        return m_today.addDays(-m_dice.between(-30, 1200)).toString(Qt::ISODate);
    }

    QString age()
    {
        if (m_dice.chance(3))
            return m_dice.pick(u8List({"abc", "151", "-1", "12.5"}));
        const Subscriber& s = somebody();
        if (s.birthDate.isValid() && m_dice.chance(70))
            return QString::number(qMax(0, ageOn(s.birthDate, m_today) + m_dice.between(-1, 1)));
        return QString::number(m_dice.between(0, 150));
    }

    QString purchases()
    {
        if (m_dice.chance(3))
            return m_dice.pick(u8List({"-1", "2147483648", "x"}));
        if (m_dice.chance(5))
            return QStringLiteral("2147483647");
        return QString::number(m_dice.between(0, 45));
    }

    // Two values in order, or now and then the other way round.
    QStringList range(const std::function<QString()>& value, bool byDate)
    {
        QStringList pair = {value(), value()};
        const bool swapped =
            byDate ? isoDate(pair[0]) && isoDate(pair[1]) && *isoDate(pair[0]) > *isoDate(pair[1])
                   : pair[0].toLongLong() > pair[1].toLongLong();
        if (swapped && !m_dice.chance(10))
            pair.swapItemsAt(0, 1);
        return pair;
    }

    QStringList several(const std::function<QString()>& value)
    {
        QStringList list;
        const int n = m_dice.chance(2) ? 0 : m_dice.between(1, 3);
        for (int i = 0; i < n; ++i)
            list.append(value());
        return list;
    }

    QStringList values(const SegmentCondition& c)
    {
        switch (c.op) {
        case Op::IsEmpty:
        case Op::IsNotEmpty:
            return m_dice.chance(10) ? QStringList{outside()} : QStringList(); // ignored
        case Op::Contains:
            return m_dice.chance(3) ? QStringList{fragment(c), fragment(c)} : QStringList{fragment(c)};
        default:
            break;
        }
        switch (c.field) {
        case Field::City:
        case Field::Region:
        case Field::ConsentSource:
        case Field::Custom:
            if (c.op == Op::AtLeast || c.op == Op::AtMost)
                return {m_dice.chance(3) ? QStringLiteral("large")
                                         : m_dice.pick(u8List({"-3", "0", "7.5", "39.9", "40", "41", "42",
                                                               "100", "1e2", "-0.5"}))};
            return several([this, &c] { return textValue(c); });
        case Field::Language:
            return several([this] {
                return m_dice.pick(u8List({"en", "ru", "de", "fr", "EN", "De", "", "xx"}));
            });
        case Field::Tags:
            return several([this] {
                return m_dice.chance(3) ? QStringLiteral("Gold") : m_dice.flipCase(m_dice.pick(m_p.tags));
            });
        case Field::Age:
            if (c.op == Op::Between)
                return range([this] { return age(); }, false);
            return {age()};
        case Field::Purchases:
            if (c.op == Op::Between)
                return range([this] { return purchases(); }, false);
            return {purchases()};
        case Field::BirthdayMonth:
            return several([this] {
                return m_dice.chance(3) ? m_dice.pick(u8List({"13", "0", "May"}))
                                        : QString::number(m_dice.between(1, 12));
            });
        case Field::LastActivity:
            return {days()};
        case Field::SignupDate:
            if (c.op == Op::WithinDays)
                return {days()};
            if (c.op == Op::Between)
                return range([this] { return date(); }, true);
            return {date()};
        }
        return {};
    }

    Dice m_dice;
    const Population& m_p;
    QDate m_today;
};

// The value of a result that should have one. A failure fails the test (through its warning, see
// init()) with the reason, instead of crashing it on a value that is not there.
template<typename T> T must(Result<T> result)
{
    if (!result) {
        qWarning("unexpected failure: %s", qPrintable(result.error()));
        return T();
    }
    return result.takeValue();
}

QSet<qint64> idsOf(const QVector<Subscriber>& people)
{
    QSet<qint64> ids;
    for (const Subscriber& s : people)
        ids.insert(s.id);
    return ids;
}

SegmentRule allOf(std::vector<SegmentRule> children)
{
    return SegmentRule::group(SegmentRule::Match::All, std::move(children));
}

SegmentRule condition(Field field, Op op, const QStringList& values, const QString& customField = QString())
{
    SegmentCondition c;
    c.field = field;
    c.op = op;
    c.values = values;
    c.customField = customField;
    return SegmentRule::of(c);
}

ConsentRecord proof(const QString& source = QStringLiteral("paper form"), const QDateTime& at = QDateTime())
{
    return ConsentRecord{source, QStringLiteral("form #12, signed"), at};
}

} // namespace

class TestSegments : public QObject
{
    Q_OBJECT

public:
    TestSegments() : m_clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC)) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The count is what a plain reading of the rule gives.
    void countsMatchAPlainReading_data();
    void countsMatchAPlainReading();
    void emptyTopGroupMatchesEveryone();

    // Values are values, never SQL.
    void valuesNeverBecomeSql();

    // Mistakes, reported where they are.
    void unreadableRulesNameTheRule_data();
    void unreadableRulesNameTheRule();
    void mistakesAreReportedAtTheirCondition_data();
    void mistakesAreReportedAtTheirCondition();
    void everyMistakeIsReported();
    void aDeletedCustomFieldIsReportedAtItsCondition();
    void oversizedValuesAreRefused();

    // Saved segments.
    void storeSavesListsAndRemoves();
    void storeKeepsNamesApartIgnoringCase();
    void storeDuplicatesWithNumberedCopies();
    void storeRefusesBadNames();

    // The frequency cap.
    void capOfZeroMeansNoCap();
    void capFollowsTheSettings();
    // The cap kept on the subscriber row (cap_reached_at) stays what the messages say.
    void capOnTheRowFollowsTheOutbox();
    void capOnTheRowFollowsNumbersAndPeople();
    void capOnTheRowFollowsTheSettings();
    void capOnTheRowIsWorkedOutByTheMigration();
    // A change of the cap's count is worked through in steps; counts are exact at every moment.
    void capCountChangeIsExactAtEveryMoment();
    void sendsDuringACatchUpLeaveTheRowsExact();
    void anInterruptedCatchUpResumes();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    AddressBook book() const { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("anna")); }
    void populate(quint32 seed, int size, Population* population);
    void readPopulation(Population* population);
    void addMessages(const QString& phone, const QVector<QDateTime>& sentAt, bool marketing = true);
    qint64 addPerson(const QString& phone, bool consent, const QString& city = QString(),
                     const QStringList& tags = {});
    SegmentContext context();
    QStringList tables() const;
    // Where cap_reached_at differs from the messages, worked out here; empty when nowhere.
    QString capRowProblems() const;
    QSet<qint64> overCapNow(const FrequencyCap& cap = FrequencyCap());
    // The counter's breakdown of everyone, and its over-cap line, against the plain reading.
    QString countProblems(const Population& p, const FrequencyCap& cap);
    void readMessages(Population* p);
    // A population in which a change of the cap's count changes many rows.
    void populateForCatchUp(Population* p);

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location; // of the test's database, to open it again
    std::unique_ptr<Connection> m_connection;
};

void TestSegments::initTestCase()
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    // Without the zone (no tz database?) the local-day checks would prove nothing.
    QVERIFY2(QDateTime(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC).toLocalTime().time() == QTime(14, 0) &&
                 QTimeZone::systemTimeZoneId() == "Europe/Berlin",
             "cannot switch to the time zone Europe/Berlin");
}

void TestSegments::init()
{
    m_clock.setNow(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = testing::newDatabase(m_dir->path(), QStringLiteral("segments.sqlite"));
    QVERIFY(!m_location.isEmpty());
    auto opened = Connection::open(m_location, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(relaxRulePacks(db()));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestSegments::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

SegmentContext TestSegments::context()
{
    Result<SegmentContext> loaded = SegmentContext::load(db());
    if (!loaded)
        qWarning("cannot load the segment context: %s", qPrintable(loaded.error()));
    return loaded ? loaded.takeValue() : SegmentContext();
}

QStringList TestSegments::tables() const
{
    // Every table, index, sequence and trigger of the database, as "table subscriber".
    const QString sql =
        testing::onPostgres()
            ? QStringLiteral(
                  "SELECT kind || ' ' || name FROM (SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'i' "
                  "THEN 'index' WHEN 'S' THEN 'sequence' ELSE 'other' END AS kind, c.relname AS name FROM "
                  "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                  "current_schema() UNION ALL SELECT 'trigger', t.tgname FROM pg_trigger t WHERE NOT "
                  "t.tgisinternal) AS objects ORDER BY name, kind")
            : QStringLiteral("SELECT type || ' ' || name FROM sqlite_master ORDER BY name");
    QStringList names;
    QSqlQuery q(db());
    if (!q.exec(sql))
        qWarning("cannot list the tables: %s", qPrintable(q.lastError().text()));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

qint64 TestSegments::addPerson(const QString& phone, bool consent, const QString& city,
                               const QStringList& tags)
{
    Subscriber s;
    s.phone = phone;
    s.city = city;
    s.tags = tags;
    Result<AddressBook::Added> added =
        book().add(s, consent ? std::optional<ConsentRecord>(proof()) : std::nullopt);
    if (!added)
        qWarning("cannot add %s: %s", qPrintable(phone), qPrintable(added.error()));
    return added ? added.value().id : 0;
}

void TestSegments::addMessages(const QString& phone, const QVector<QDateTime>& sentAt, bool marketing)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO message (phone, marketing, state, sent_at) VALUES (?, ?, ?, ?)"));
    for (const QDateTime& at : sentAt) {
        q.addBindValue(phone);
        q.addBindValue(marketing ? 1 : 0);
        q.addBindValue(at.isValid() ? QStringLiteral("sent") : QStringLiteral("queued"));
        q.addBindValue(Timestamps::toDb(at));
        if (!q.exec())
            qWarning("cannot add a message: %s", qPrintable(q.lastError().text()));
    }
}

void TestSegments::readPopulation(Population* p)
{
    Result<QVector<Subscriber>> people = SubscriberQuery(db(), SubscriberFilter()).page(0, 1000000);
    QVERIFY2(people, qPrintable(people.error()));
    p->people = people.takeValue();
    Result<QStringList> fields = CustomFields(db()).list();
    QVERIFY2(fields, qPrintable(fields.error()));
    p->customFields = fields.value();
    p->tags.clear();
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM tag")));
    while (q.next())
        p->tags.append(q.value(0).toString());
}

// A random address book built the way users build one, so every status is real.
void TestSegments::populate(quint32 seed, int size, Population* p)
{
    Dice dice(seed);
    const QDateTime now = p->now;
    const QDate today = now.toLocalTime().date();
    QSqlQuery fast(db());
    // A test database: speed over safety (the PostgreSQL test server runs without fsync anyway).
    if (!testing::onPostgres())
        QVERIFY(fast.exec(QStringLiteral("PRAGMA synchronous = OFF")));
    QVERIFY(RulePacks(db()).reset(QStringLiteral("de"))); // German consents want confirming by SMS
    for (const QString& field : {shoeSize, treatment, kidsName})
        QVERIFY(CustomFields(db()).add(field));
    // Days whose local midnight a consent falls on or just before.
    QVector<QDate> dates;
    for (const QDate& d :
         {today, today.addDays(-1), today.addDays(-7), today.addDays(-30), today.addDays(-365),
          QDate(2024, 2, 29), QDate(2024, 3, 31), QDate(2024, 10, 27), QDate(2023, 12, 31)}) {
        if (d <= today)
            dates.append(d);
    }
    AddressBook book = this->book();
    QStringList reconsent;
    m_clock.setNow(now.addSecs(-60));
    for (int i = 0; i < size; ++i) {
        Subscriber s;
        const int kind = dice.below(100);
        if (kind < 66)
            s.phone = QStringLiteral("+49151%1").arg(20000000 + i);
        else if (kind < 78)
            s.phone = QStringLiteral("+7916%1").arg(2000000 + i);
        else if (kind < 85)
            s.phone = QStringLiteral("+1212234%1").arg(i, 4, 10, QLatin1Char('0'));
        else if (kind < 92)
            s.phone = QStringLiteral("+4930%1").arg(20000000 + i); // Berlin landline
        else if (kind < 96)
            s.phone = QStringLiteral("+7495%1").arg(2000000 + i); // Moscow landline
        else
            s.phone = QStringLiteral("+49800%1").arg(1000000 + i); // toll-free
        s.firstName = dice.pick(firstNames);
        s.lastName = dice.pick(lastNames);
        s.city = dice.pick(cities);
        s.region = dice.pick(regions);
        s.language = dice.pick(languages);
        const int birth = dice.below(100);
        if (birth < 8)
            s.birthDate = QDate();
        else if (birth < 15)
            s.birthDate = QDate(dice.pick(leapYears), 2, 29);
        else if (birth < 35)
            s.birthDate = qMin(today, today.addYears(-dice.between(0, 80)).addDays(dice.between(-2, 2)));
        else
            s.birthDate =
                QDate(1940, 1, 1).addDays(dice.below(static_cast<int>(QDate(1940, 1, 1).daysTo(today))));
        const int activity = dice.below(100);
        if (activity < 15)
            s.lastActivity = QDateTime();
        else if (activity < 35)
            s.lastActivity = now.addDays(-dice.pick(activityDays)).addMSecs(dice.between(-1, 1));
        else
            s.lastActivity = now.addSecs(-dice.below(400 * 86400));
        s.purchases = dice.chance(2)    ? std::numeric_limits<int>::max()
                      : dice.chance(20) ? 0
                                        : dice.between(0, 40);
        const int tagCount = dice.below(4);
        for (int t = 0; t < tagCount; ++t)
            s.tags.append(dice.flipCase(dice.pick(tagPool)));
        s.customFields.insert(shoeSize, dice.pick(shoeSizes));
        s.customFields.insert(treatment, dice.pick(treatments));
        s.customFields.insert(kidsName, dice.pick(kidsNames));

        std::optional<ConsentRecord> consent;
        if (dice.chance(85)) {
            QDateTime at = now.addSecs(-dice.between(120, 3 * 365 * 86400));
            if (dice.chance(25)) {
                at = QDateTime(dice.pick(dates), QTime(0, 0), Qt::LocalTime).toUTC();
                if (dice.chance(50))
                    at = at.addMSecs(-1);
            }
            consent = proof(dice.pick(sources), qMin(at, now.addSecs(-60)));
        }
        Result<AddressBook::Added> added = book.add(s, consent);
        QVERIFY2(added, qPrintable(s.phone + QStringLiteral(": ") + added.error()));
        // Most German numbers confirmed by SMS; the others await confirmation (their own line).
        if (consent && dice.chance(70))
            QVERIFY(book.recordConsent(s.phone, proof(QStringLiteral("replied JA")),
                                       ConsentEvent::Channel::Confirmation));
        const int fate = dice.below(100);
        if (fate < 20)
            QVERIFY(book.unsubscribe(s.phone, OptOutReason::TooFrequent, QString()));
        if (fate >= 15 && fate < 25)
            QVERIFY(book.exclude(s.phone, QStringLiteral("complaint")));
        if (fate < 4)
            reconsent.append(s.phone);
    }
    // A consent given by hand after the opt-out subscribes the number again.
    m_clock.setNow(now);
    for (const QString& phone : reconsent)
        QVERIFY(book.recordConsent(phone, proof(QStringLiteral("asked at the till"))));
    // Numbers of a kind AddressBook would not store today: unknown, and another that cannot take SMS.
    QVERIFY(fast.exec(QStringLiteral("UPDATE subscriber SET number_kind = 0 WHERE id % 37 = 5")));
    QVERIFY(fast.exec(QStringLiteral("UPDATE subscriber SET number_kind = 4 WHERE id % 41 = 7")));

    readPopulation(p);
    QCOMPARE(p->people.size(), qsizetype(size));
    for (const Subscriber& s : std::as_const(p->people)) {
        if (!dice.chance(40))
            continue;
        QVector<QDateTime> sent;
        const int count = dice.between(1, 7);
        for (int m = 0; m < count; ++m) {
            const int when = dice.below(100);
            if (when < 10)
                sent.append(QDateTime());
            else if (when < 30) // at the edge of a cap window
                sent.append(now.addDays(-dice.pick(QVector<int>{1, 7, 30})).addMSecs(dice.between(-1, 1)));
            else
                sent.append(now.addSecs(-dice.below(45 * 86400)));
        }
        const bool marketing = !dice.chance(10);
        addMessages(s.phone, sent, marketing);
        for (const QDateTime& at : sent)
            p->messages.append({s.phone, marketing, at});
    }
    const QVector<QDateTime> stranger(6, now.addDays(-1));
    addMessages(QStringLiteral("+491510000000"), stranger); // a number no longer in the book
    for (const QDateTime& at : stranger)
        p->messages.append({QStringLiteral("+491510000000"), true, at});
    // The cap kept on each row agrees with the messages.
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));

    // The data covers what the rules distinguish.
    QSet<int> statuses;
    QSet<int> kinds;
    for (const Subscriber& s : std::as_const(p->people)) {
        statuses.insert(static_cast<int>(s.status));
        kinds.insert(static_cast<int>(s.numberKind));
    }
    QCOMPARE(statuses.size(), qsizetype(5));
    QCOMPARE(kinds.size(), qsizetype(5));
}

// ---------------------------------------------------------------------------------------------

void TestSegments::countsMatchAPlainReading_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("people");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("rules");
    // Each "now" puts a local day boundary or a leap day where a UTC reading would go wrong.
    QTest::addRow("29 February 2024")
        << 11u << 640 << QDateTime(QDate(2024, 2, 29), QTime(11, 0), Qt::UTC) << 300;
    QTest::addRow("1 March 2025 local, 28 February UTC")
        << 12u << 800 << QDateTime(QDate(2025, 2, 28), QTime(23, 30), Qt::UTC) << 300;
    QTest::addRow("summer time ends")
        << 13u << 400 << QDateTime(QDate(2024, 10, 27), QTime(1, 30), Qt::UTC) << 300;
    QTest::addRow("New Year local, old year UTC")
        << 14u << 560 << QDateTime(QDate(2025, 12, 31), QTime(23, 15), Qt::UTC) << 300;
    QTest::addRow("28 February 2026 local, 27th UTC")
        << 15u << 480 << QDateTime(QDate(2026, 2, 27), QTime(23, 30), Qt::UTC) << 300;
}

void TestSegments::countsMatchAPlainReading()
{
    QFETCH(quint32, seed);
    QFETCH(int, people);
    QFETCH(QDateTime, now);
    QFETCH(int, rules);
    Population p;
    p.now = now;
    populate(seed, people, &p);
    if (QTest::currentTestFailed())
        return;
    m_clock.setNow(now);
    const SegmentContext ctx = context();
    QCOMPARE(ctx.now, now);
    const PlainReading reading(now, p.tags, p.customFields);
    const QVector<FrequencyCap> caps = {FrequencyCap(), FrequencyCap(2, 7), FrequencyCap(0, 30),
                                        FrequencyCap(1, 1)};
    QVector<QSet<QString>> capped;
    for (const FrequencyCap& cap : caps)
        capped.append(overTheCap(p, cap));
    QVERIFY(!capped[0].isEmpty() && !capped[1].isEmpty() && !capped[3].isEmpty());

    RuleGenerator generator(seed * 7919u, p);
    int valid = 0;
    int partial = 0; // rules that pick some people but not all
    QSet<QString> seen;
    for (int i = 0; i < rules; ++i) {
        const SegmentRule rule = generator.rule();
        const QString json = rule.toJsonText();
        Result<SegmentRule> reread = SegmentRule::fromJsonText(json);
        QVERIFY2(reread && reread.value() == rule, qPrintable(json));

        const std::optional<Predicate> picks = reading.rule(rule);
        Result<CompiledSegment> compiled = SegmentCompiler::compile(reread.value(), ctx);
        QVERIFY2(compiled.ok() == picks.has_value(),
                 qPrintable(QStringLiteral("%1\nexpected it to be %2; the compiler says: %3")
                                .arg(json, picks ? QStringLiteral("valid") : QStringLiteral("refused"),
                                     compiled ? QStringLiteral("valid") : compiled.error())));
        if (!picks)
            continue;
        ++valid;
        for (int c = 0; c < caps.size(); ++c) {
            const RecipientCounter counter(db(), caps[c], ctx.now);
            Lines lines;
            const RecipientBreakdown expected = plainBreakdown(p, *picks, capped[c], &lines);
            Result<RecipientBreakdown> counted = counter.count(compiled.value());
            QVERIFY2(counted, qPrintable(json + QLatin1Char('\n') + counted.error()));
            QVERIFY2(counted.value() == expected,
                     qPrintable(QStringLiteral("%1\ncap %2 per %3 days\ncounted:  %4\nexpected: %5")
                                    .arg(json)
                                    .arg(caps[c].maxMessages())
                                    .arg(caps[c].days())
                                    .arg(describe(counted.value()), describe(expected))));
            if (c == 0 && expected.matching > 0 && expected.matching < people)
                ++partial;
            if (c > 1)
                continue; // the lines of two caps are enough to check people()
            for (RecipientGroup group : RecipientBreakdown::groups()) {
                Result<QVector<Subscriber>> listed = counter.people(compiled.value(), group, 100000);
                QVERIFY2(listed, qPrintable(json + QLatin1Char('\n') + listed.error()));
                QVERIFY2(idsOf(listed.value()) == lines.value(group) &&
                             listed.value().size() == lines.value(group).size(),
                         qPrintable(QStringLiteral("%1\ncap %2 per %3 days, line %4: listed %5, expected %6")
                                        .arg(json)
                                        .arg(caps[c].maxMessages())
                                        .arg(caps[c].days())
                                        .arg(RecipientBreakdown::code(group))
                                        .arg(listed.value().size())
                                        .arg(lines.value(group).size())));
            }
        }
        for (const SegmentRule& child : rule.children) {
            if (!child.isGroup())
                seen.insert(SegmentRule::fieldCode(child.condition.field) + QLatin1Char(' ') +
                            SegmentRule::operatorCode(child.condition.op));
        }
    }
    // The rules were worth checking: most were valid, many picked some people but not all, and
    // every field met every one of its operators.
    QVERIFY2(valid > rules / 2, qPrintable(QString::number(valid)));
    QVERIFY2(partial > valid / 3, qPrintable(QString::number(partial)));
    for (Field field : allFields) {
        for (Op op : operatorsOf(field)) {
            const QString pair =
                SegmentRule::fieldCode(field) + QLatin1Char(' ') + SegmentRule::operatorCode(op);
            QVERIFY2(seen.contains(pair), qPrintable(pair));
        }
    }
}

void TestSegments::emptyTopGroupMatchesEveryone()
{
    addPerson(QStringLiteral("+4915112345601"), true, QStringLiteral("Berlin"));
    addPerson(QStringLiteral("+4915112345602"), false);
    addPerson(QStringLiteral("+49301234567"), true); // a landline
    const qint64 unsubscribed = addPerson(QStringLiteral("+4915112345603"), true);
    QVERIFY(book().unsubscribe(QStringLiteral("+4915112345603"), OptOutReason::NotRelevant, QString()));
    const SegmentContext ctx = context();
    for (SegmentRule::Match match : {SegmentRule::Match::All, SegmentRule::Match::Any}) {
        const SegmentRule rule = SegmentRule::group(match);
        QVERIFY(SegmentCompiler::validate(rule, ctx).isEmpty());
        Result<CompiledSegment> compiled = SegmentCompiler::compile(rule, ctx);
        QVERIFY2(compiled, qPrintable(compiled.error()));
        const RecipientCounter counter(db(), FrequencyCap(), ctx.now);
        Result<RecipientBreakdown> counted = counter.count(compiled.value());
        QVERIFY2(counted, qPrintable(counted.error()));
        RecipientBreakdown expected;
        expected.matching = 4;
        expected.unsubscribed = 1;
        expected.noConsent = 1;
        expected.notMobile = 1;
        expected.willReceive = 1;
        QCOMPARE(counted.value(), expected);
        Result<QVector<Subscriber>> left = counter.people(compiled.value(), RecipientGroup::Unsubscribed, 10);
        QVERIFY(left);
        QCOMPARE(idsOf(left.value()), QSet<qint64>{unsubscribed});
    }
}

// ---------------------------------------------------------------------------------------------

void TestSegments::valuesNeverBecomeSql()
{
    const QStringList hostile = u8List({"'; DROP TABLE subscriber; --", "\" OR 1=1 --", "%", "_", "\\",
                                        "') OR ('1'='1", "Zürich 🙂 Ελλάδα", "%_\\%",
                                        "1) OR 1=1; --", "?", ":name", "$1", "*", "a%b", "NULL"});
    // A custom field whose very name is an injection attempt, and one with a quote.
    const QString evilField = QStringLiteral("'; DROP TABLE subscriber; --");
    QVERIFY(CustomFields(db()).add(evilField));
    QVERIFY(CustomFields(db()).add(kidsName));
    AddressBook book = this->book();
    QMap<QString, qint64> owner; // the person whose every text is that value
    for (int i = 0; i < hostile.size(); ++i) {
        Subscriber s;
        s.phone = QStringLiteral("+4915130000%1").arg(i, 3, 10, QLatin1Char('0'));
        s.city = hostile[i];
        s.region = hostile[i];
        s.language = QStringLiteral("de");
        s.tags = {hostile[i]};
        s.customFields = {{evilField, hostile[i]}, {kidsName, hostile[i]}};
        Result<AddressBook::Added> added = book.add(s, proof(hostile[i]));
        QVERIFY2(added, qPrintable(added.error()));
        owner.insert(hostile[i], added.value().id);
    }
    for (int i = 0; i < 3; ++i)
        addPerson(QStringLiteral("+4915140000%1").arg(i, 3, 10, QLatin1Char('0')), true,
                  QStringLiteral("Berlin"), {QStringLiteral("regular")});
    const QStringList tablesBefore = tables();
    QVERIFY(tablesBefore.contains(QStringLiteral("table subscriber")));

    Population p;
    p.now = Clock::currentUtc();
    readPopulation(&p);
    if (QTest::currentTestFailed())
        return;
    const PlainReading reading(p.now, p.tags, p.customFields);
    const SegmentContext ctx = context();
    const RecipientCounter counter(db(), FrequencyCap(), ctx.now);
    SegmentStore store(db());

    auto matched = [&](const SegmentRule& rule) -> std::optional<QSet<qint64>> {
        Result<CompiledSegment> compiled = SegmentCompiler::compile(rule, ctx);
        if (!compiled)
            return std::nullopt;
        Result<QVector<Subscriber>> listed = counter.people(compiled.value(), RecipientGroup::Matching, 1000);
        Result<RecipientBreakdown> counted = counter.count(compiled.value());
        if (!listed || !counted || counted.value().matching != listed.value().size())
            return std::nullopt;
        return idsOf(listed.value());
    };
    auto plain = [&](const SegmentRule& rule) {
        QSet<qint64> ids;
        const std::optional<Predicate> picks = reading.rule(rule);
        for (const Subscriber& s : std::as_const(p.people)) {
            if (picks && (*picks)(s))
                ids.insert(s.id);
        }
        return ids;
    };

    for (const QString& value : hostile) {
        const qint64 who = owner.value(value);
        struct Text
        {
            Field field;
            QString name;
        };
        for (const Text& text :
             {Text{Field::City, {}}, Text{Field::Region, {}}, Text{Field::ConsentSource, {}},
              Text{Field::Custom, evilField}, Text{Field::Custom, kidsName}}) {
            for (Op op : {Op::Is, Op::IsNot, Op::Contains}) {
                const SegmentRule rule = allOf({condition(text.field, op, {value}, text.name)});
                const QString json = rule.toJsonText();
                const std::optional<QSet<qint64>> ids = matched(rule);
                QVERIFY2(ids, qPrintable(json));
                QVERIFY2(*ids == plain(rule), qPrintable(json));
                if (op == Op::Is)
                    QVERIFY2(*ids == QSet<qint64>{who}, qPrintable(json));
                else
                    QVERIFY2(ids->contains(who) == (op == Op::Contains), qPrintable(json));
            }
        }
        for (Op op : {Op::HasAny, Op::HasAll, Op::HasNone}) {
            const SegmentRule rule = allOf({condition(Field::Tags, op, {value})});
            const std::optional<QSet<qint64>> ids = matched(rule);
            QVERIFY2(ids, qPrintable(rule.toJsonText()));
            QCOMPARE(*ids, plain(rule));
            QCOMPARE(ids->contains(who), op != Op::HasNone);
        }
        const std::optional<QSet<qint64>> language =
            matched(allOf({condition(Field::Language, Op::Is, {value})}));
        QVERIFY(language);
        QVERIFY2(language->isEmpty(), qPrintable(value));
        // In a number or a date field it is a mistake, named as typed.
        for (const SegmentRule& rule :
             {condition(Field::Age, Op::AtLeast, {value}), condition(Field::Purchases, Op::Is, {value}),
              condition(Field::BirthdayMonth, Op::InMonths, {value}),
              condition(Field::LastActivity, Op::WithinDays, {value}),
              condition(Field::SignupDate, Op::Since, {value}),
              condition(Field::Custom, Op::AtLeast, {value}, kidsName)}) {
            const QVector<RuleProblem> problems = SegmentCompiler::validate(allOf({rule}), ctx);
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().message.contains(value), qPrintable(problems.first().message));
        }
        // As the name of a custom field that does not exist.
        if (value != evilField) {
            const QVector<RuleProblem> problems =
                SegmentCompiler::validate(allOf({condition(Field::Custom, Op::Is, {value}, value)}), ctx);
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().message.contains(value), qPrintable(problems.first().message));
        }
        // Saved under that name, with that value: both come back as they were.
        const SegmentRule rule =
            allOf({condition(Field::City, Op::Is, {value}), condition(Field::Tags, Op::HasAny, {value})});
        Result<SavedSegment> saved = store.save(value, rule);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value().name, value);
        Result<SavedSegment> found = store.find(value);
        QVERIFY2(found, qPrintable(found.error()));
        QCOMPARE(found.value().id, saved.value().id);
        QVERIFY(found.value().rule());
        QCOMPARE(must(found.value().rule()), rule);
    }
    QCOMPARE(must(store.list()).size(), hostile.size());
    QCOMPARE(tables(), tablesBefore);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM subscriber")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), hostile.size() + 3);
    // SQLite checks its file; a PostgreSQL server has no such check to ask for.
    if (!testing::onPostgres()) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
}

// ---------------------------------------------------------------------------------------------

void TestSegments::unreadableRulesNameTheRule_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::addRow("unknown field in rule 2")
        << QStringLiteral(R"({"all": [{"field": "city", "op": "is", "value": "Berlin"},
                                      {"field": "colour", "op": "is", "value": "red"}]})")
        << u8("Rule 2: unknown field “colour”.");
    QTest::addRow("unknown comparison in rule 1.2")
        << QStringLiteral(R"({"any": [{"all": [{"field": "city", "op": "is", "value": "Berlin"},
                                               {"field": "city", "op": "equals", "value": "Berlin"}]}]})")
        << u8("Rule 1.2: unknown comparison “equals”.");
    QTest::addRow("missing field in rule 1.3")
        << QStringLiteral(R"({"all": [{"any": [{"field": "city", "op": "is_empty"},
                                               {"field": "region", "op": "is_empty"},
                                               {"op": "is", "value": "x"}]}]})")
        << u8("Rule 1.3: unknown field “”.");
    QTest::addRow("a condition alone") << QStringLiteral(R"({"field": "colour", "op": "is", "value": "red"})")
                                       << u8("The rule: unknown field “colour”.");
    QTest::addRow("a number for a condition")
        << QStringLiteral(R"({"all": [{"field": "city", "op": "is_empty"}, 7]})")
        << u8("Rule 2: each condition must be an object.");
    QTest::addRow("all and any at once") << QStringLiteral(R"({"all": [], "any": []})")
                                         << u8("The rule: a group is either “all” or “any”, not both.");
    QTest::addRow("all and any at once in rule 2")
        << QStringLiteral(R"({"any": [{"field": "city", "op": "is_empty"}, {"all": [], "any": []}]})")
        << u8("Rule 2: a group is either “all” or “any”, not both.");
    QTest::addRow("a group without a list")
        << QStringLiteral(R"({"all": "city"})") << u8("The rule: a group needs a list of conditions.");
    QTest::addRow("a group without a list in rule 1") << QStringLiteral(R"({"all": [{"any": "city"}]})")
                                                      << u8("Rule 1: a group needs a list of conditions.");
    QTest::addRow("not JSON") << QStringLiteral(R"({"all": [)") << u8("The rule is not valid JSON");
    QTest::addRow("a list") << QStringLiteral("[]") << u8("The rule must be a JSON object");
}

void TestSegments::unreadableRulesNameTheRule()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    Result<SegmentRule> rule = SegmentRule::fromJsonText(json);
    QVERIFY(!rule);
    QVERIFY2(rule.error().startsWith(error), qPrintable(rule.error()));
}

void TestSegments::mistakesAreReportedAtTheirCondition_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    const QString berlin = QStringLiteral(R"({"field": "city", "op": "is", "values": ["Berlin"]})");
    auto all = [](const QStringList& children) {
        return QStringLiteral(R"({"all": [%1]})").arg(children.join(QStringLiteral(", ")));
    };
    auto any = [](const QStringList& children) {
        return QStringLiteral(R"({"any": [%1]})").arg(children.join(QStringLiteral(", ")));
    };
    QTest::addRow("an empty nested group") << all({berlin, any({})}) << u8("Rule 2")
                                           << u8("This group is empty: add a condition to it or remove it.");
    QTest::addRow("a word for an age")
        << all({berlin, any({QStringLiteral(R"({"field": "tags", "op": "any", "values": ["VIP"]})"),
                             QStringLiteral(R"({"field": "age", "op": "at_least", "value": "abc"})")})})
        << u8("Rule 2.2") << u8("“abc” is not a whole number.");
    QTest::addRow("month 13, written as a JSON number")
        << any({QStringLiteral(R"({"field": "birthday_month", "op": "in", "values": [3, 13]})")})
        << u8("Rule 1") << u8("13 is out of range: use a number from 1 to 12.");
    QTest::addRow("month 0") << any({QStringLiteral(
                                    R"({"field": "birthday_month", "op": "in", "values": ["0"]})")})
                             << u8("Rule 1") << u8("0 is out of range: use a number from 1 to 12.");
    QTest::addRow("a day that does not exist")
        << all({berlin, berlin,
                QStringLiteral(R"({"field": "signup_date", "op": "since", "value": "2025-02-29"})")})
        << u8("Rule 3") << u8("“2025-02-29” is not a date; write it as YYYY-MM-DD.");
    QTest::addRow("a date written the German way")
        << all({QStringLiteral(R"({"field": "signup_date", "op": "before", "value": "01.02.2025"})")})
        << u8("Rule 1") << u8("“01.02.2025” is not a date; write it as YYYY-MM-DD.");
    QTest::addRow("ages from 60 to 18")
        << all({any(
               {all({berlin, QStringLiteral(R"({"field": "age", "op": "between", "values": [60, 18]})")})})})
        << u8("Rule 1.1.2") << u8("The first number is greater than the second.");
    QTest::addRow("dates the wrong way round")
        << all({QStringLiteral(
               R"({"field": "signup_date", "op": "between", "values": ["2025-03-01", "2025-02-01"]})")})
        << u8("Rule 1") << u8("The first date is after the second.");
    QTest::addRow("a tag that does not exist")
        << all({berlin, QStringLiteral(R"({"field": "tags", "op": "all", "values": ["vip", "Gold"]})")})
        << u8("Rule 2") << u8("There is no tag “Gold”.");
    QTest::addRow("a custom field that does not exist")
        << all({QStringLiteral(R"({"field": "custom", "name": "Eye colour", "op": "is", "value": "blue"})")})
        << u8("Rule 1") << u8("The custom field “Eye colour” no longer exists.");
    QTest::addRow("a custom field without a name")
        << all({QStringLiteral(R"({"field": "custom", "op": "is", "value": "blue"})")}) << u8("Rule 1")
        << u8("Choose a custom field.");
    QTest::addRow("a word for a custom number")
        << all({QStringLiteral(
               R"({"field": "custom", "name": "shoe SIZE", "op": "at_most", "value": "large"})")})
        << u8("Rule 1") << u8("“large” is not a number.");
    QTest::addRow("a comparison the field does not have")
        << all({berlin, QStringLiteral(R"({"field": "city", "op": "at_least", "value": "5"})")})
        << u8("Rule 2") << u8("“City” cannot be compared with “is at least”.");
    QTest::addRow("contains without a value")
        << all({QStringLiteral(R"({"field": "region", "op": "contains", "values": ["  "]})")}) << u8("Rule 1")
        << u8("Enter a value.");
    QTest::addRow("contains with two values")
        << all({QStringLiteral(R"({"field": "region", "op": "contains", "values": ["a", "b"]})")})
        << u8("Rule 1") << u8("Enter a value.");
    QTest::addRow("between with one value")
        << all({QStringLiteral(R"({"field": "purchases", "op": "between", "values": [5]})")}) << u8("Rule 1")
        << u8("Enter both values.");
    QTest::addRow("is without values")
        << all({QStringLiteral(R"({"field": "city", "op": "is", "values": []})")}) << u8("Rule 1")
        << u8("Enter at least one value.");
    QTest::addRow("purchases below zero")
        << all({QStringLiteral(R"({"field": "purchases", "op": "at_least", "value": -1})")}) << u8("Rule 1")
        << u8("-1 is out of range");
    QTest::addRow("an age of 151") << all({QStringLiteral(
                                          R"({"field": "age", "op": "at_most", "value": 151})")})
                                   << u8("Rule 1") << u8("151 is out of range: use a number from 0 to 150.");
    QTest::addRow("a fractional age")
        << all({QStringLiteral(R"({"field": "age", "op": "at_most", "value": 12.5})")}) << u8("Rule 1")
        << u8("“12.5” is not a whole number.");
    QTest::addRow("more than a hundred years of activity")
        << all({QStringLiteral(R"({"field": "last_activity", "op": "within_days", "value": 36501})")})
        << u8("Rule 1") << u8("36501 is out of range");
    QTest::addRow("four levels down")
        << all({any({berlin,
                     all({berlin, any({berlin, QStringLiteral(R"({"field": "language", "op": "is"})")})})})})
        << u8("Rule 1.2.2.2") << u8("Enter at least one value.");
}

void TestSegments::mistakesAreReportedAtTheirCondition()
{
    QFETCH(QString, json);
    QFETCH(QString, location);
    QFETCH(QString, message);
    addPerson(QStringLiteral("+4915112345601"), true, QStringLiteral("Berlin"), {QStringLiteral("VIP")});
    QVERIFY(CustomFields(db()).add(shoeSize));
    Result<SegmentRule> rule = SegmentRule::fromJsonText(json);
    QVERIFY2(rule, qPrintable(rule.error()));
    const QVector<RuleProblem> problems = SegmentCompiler::validate(rule.value(), context());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().location(), location);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    QCOMPARE(problems.first().describe(), location + QStringLiteral(": ") + problems.first().message);
    // The path points at the condition the location names.
    QStringList numbers;
    for (int i : problems.first().path)
        numbers.append(QString::number(i + 1));
    QCOMPARE(QStringLiteral("Rule ") + numbers.join(QLatin1Char('.')), location);
    Result<CompiledSegment> compiled = SegmentCompiler::compile(rule.value(), context());
    QVERIFY(!compiled);
    QCOMPARE(compiled.error(), problems.first().describe());
}

void TestSegments::everyMistakeIsReported()
{
    const SegmentRule rule =
        allOf({condition(Field::Age, Op::AtLeast, {QStringLiteral("abc")}),
               condition(Field::City, Op::Is, {QStringLiteral("Berlin")}),
               SegmentRule::group(SegmentRule::Match::Any,
                                  {condition(Field::BirthdayMonth, Op::InMonths, {QStringLiteral("13")}),
                                   SegmentRule::group(SegmentRule::Match::All)})});
    const QVector<RuleProblem> problems = SegmentCompiler::validate(rule, context());
    QStringList where;
    for (const RuleProblem& problem : problems)
        where.append(problem.location());
    QCOMPARE(where,
             (QStringList{QStringLiteral("Rule 1"), QStringLiteral("Rule 3.1"), QStringLiteral("Rule 3.2")}));
    Result<CompiledSegment> compiled = SegmentCompiler::compile(rule, context());
    QVERIFY(!compiled);
    QCOMPARE(compiled.error(), problems.first().describe());
}

void TestSegments::aDeletedCustomFieldIsReportedAtItsCondition()
{
    QVERIFY(CustomFields(db()).add(shoeSize));
    Subscriber s;
    s.phone = QStringLiteral("+4915112345601");
    s.city = QStringLiteral("Berlin");
    s.customFields = {{shoeSize, QStringLiteral("42")}};
    QVERIFY(book().add(s, proof()));
    const SegmentRule rule =
        allOf({condition(Field::City, Op::Is, {QStringLiteral("Berlin")}),
               SegmentRule::group(SegmentRule::Match::Any,
                                  {condition(Field::Custom, Op::AtLeast, {QStringLiteral("40")}, shoeSize),
                                   condition(Field::City, Op::IsEmpty, {})})});
    SegmentStore store(db());
    Result<SavedSegment> saved = store.save(QStringLiteral("Big feet"), rule);
    QVERIFY2(saved, qPrintable(saved.error()));
    {
        Result<CompiledSegment> compiled = SegmentCompiler::compile(rule, context());
        QVERIFY2(compiled, qPrintable(compiled.error()));
        QCOMPARE(must(RecipientCounter(db(), FrequencyCap(), context().now).count(compiled.value())).matching,
                 1);
    }

    QVERIFY(CustomFields(db()).remove(QStringLiteral("shoe size")));
    // The segment still opens, with its rule as saved ...
    Result<SavedSegment> reopened = store.get(saved.value().id);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    Result<SegmentRule> kept = reopened.value().rule();
    QVERIFY2(kept, qPrintable(kept.error()));
    QCOMPARE(kept.value(), rule);
    // ... and says which condition to fix, naming the field.
    const QVector<RuleProblem> problems = SegmentCompiler::validate(kept.value(), context());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, (QVector<int>{1, 0}));
    QCOMPARE(problems.first().location(), QStringLiteral("Rule 2.1"));
    QVERIFY2(problems.first().message.contains(shoeSize), qPrintable(problems.first().message));
    Result<CompiledSegment> compiled = SegmentCompiler::compile(kept.value(), context());
    QVERIFY(!compiled);
    QVERIFY2(compiled.error().startsWith(QStringLiteral("Rule 2.1: ")) && compiled.error().contains(shoeSize),
             qPrintable(compiled.error()));
}

void TestSegments::oversizedValuesAreRefused()
{
    addPerson(QStringLiteral("+4915112345601"), true, QStringLiteral("Berlin"), {QStringLiteral("VIP")});
    const SegmentContext ctx = context();
    // A thousand values are fine: the people of any of them are counted.
    QStringList thousand;
    for (int i = 0; i < 999; ++i)
        thousand.append(QStringLiteral("Town %1").arg(i));
    thousand.append(QStringLiteral("Berlin"));
    Result<CompiledSegment> compiled =
        SegmentCompiler::compile(allOf({condition(Field::City, Op::Is, thousand)}), ctx);
    QVERIFY2(compiled, qPrintable(compiled.error()));
    QCOMPARE(must(RecipientCounter(db(), FrequencyCap(), ctx.now).count(compiled.value())).matching, 1);

    QStringList tooMany = thousand;
    tooMany.append(QStringLiteral("Hamburg"));
    const QString long5000 = QString(5000, QLatin1Char('x'));
    const QString percent30000 = QString(30000, QLatin1Char('%'));
    struct Case
    {
        SegmentRule rule;
        QString location;
        QString message;
    };
    const QVector<Case> cases = {
        {allOf({condition(Field::City, Op::IsNot, {QStringLiteral("Berlin")}),
                condition(Field::City, Op::Is, tooMany)}),
         QStringLiteral("Rule 2"), QStringLiteral("At most 1,000 value")},
        {allOf({condition(Field::Region, Op::Is, {long5000})}), QStringLiteral("Rule 1"),
         QStringLiteral("1,000")},
        {allOf({condition(Field::ConsentSource, Op::Contains, {long5000})}), QStringLiteral("Rule 1"),
         QStringLiteral("1,000")},
        // Longer than SQLite's LIKE patterns may be: refused as a mistake, not an SQL error.
        {allOf({condition(Field::City, Op::Contains, {percent30000})}), QStringLiteral("Rule 1"),
         QStringLiteral("1,000")},
    };
    SegmentStore store(db());
    for (const Case& c : cases) {
        const QString json = c.rule.toJsonText().left(200);
        const QVector<RuleProblem> problems = SegmentCompiler::validate(c.rule, ctx);
        QVERIFY2(problems.size() == 1, qPrintable(json));
        QCOMPARE(problems.first().location(), c.location);
        QVERIFY2(problems.first().message.contains(c.message), qPrintable(problems.first().message));
        QVERIFY2(problems.first().message.size() < 200, qPrintable(problems.first().message.left(300)));
        QVERIFY(!SegmentCompiler::compile(c.rule, ctx));
        // A draft with such a value is still kept as it is, to be corrected.
        Result<SavedSegment> saved = store.save(QStringLiteral("Draft"), c.rule);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(must(must(store.get(saved.value().id)).rule()), c.rule);
    }
}

// ---------------------------------------------------------------------------------------------

void TestSegments::storeSavesListsAndRemoves()
{
    SegmentStore store(db());
    QCOMPARE(must(store.list()).size(), 0);
    const SegmentRule berlin = allOf({condition(Field::City, Op::Is, {QStringLiteral("Berlin")})});
    const SegmentRule regulars = SegmentRule::group(
        SegmentRule::Match::Any, {condition(Field::Purchases, Op::AtLeast, {QStringLiteral("5")}),
                                  condition(Field::LastActivity, Op::WithinDays, {QStringLiteral("30")})});
    Result<SavedSegment> first = store.save(QStringLiteral("  Berlin   customers "), berlin);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first.value().name, QStringLiteral("Berlin customers"));
    QCOMPARE(first.value().updatedAt, Clock::currentUtc());
    m_clock.advanceSeconds(60);
    Result<SavedSegment> second = store.save(QStringLiteral("regulars"), regulars);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(second.value().id != first.value().id);

    // Listed by name, ignoring case; each with its rule.
    Result<QVector<SavedSegment>> listed = store.list();
    QVERIFY(listed);
    QCOMPARE(listed.value().size(), 2);
    QCOMPARE(listed.value().at(0).name, QStringLiteral("Berlin customers"));
    QCOMPARE(must(listed.value().at(0).rule()), berlin);
    QCOMPARE(listed.value().at(1).name, QStringLiteral("regulars"));
    QCOMPARE(must(listed.value().at(1).rule()), regulars);

    // Found by the name as saved, as typed with other spacing, or in other letters' case.
    for (const QString& name : {QStringLiteral("Berlin customers"), QStringLiteral("  Berlin   customers "),
                                QStringLiteral("BERLIN CUSTOMERS")}) {
        Result<SavedSegment> found = store.find(name);
        QVERIFY2(found, qPrintable(name + QStringLiteral(": ") + found.error()));
        QCOMPARE(found.value().id, first.value().id);
    }
    Result<SavedSegment> missing = store.find(QStringLiteral("Hamburg"));
    QVERIFY(!missing);
    QCOMPARE(missing.error(), u8("There is no segment named “Hamburg”."));

    // Saving under an existing name replaces that segment's rule.
    m_clock.advanceSeconds(60);
    Result<SavedSegment> replaced = store.save(QStringLiteral("REGULARS"), berlin);
    QVERIFY2(replaced, qPrintable(replaced.error()));
    QCOMPARE(replaced.value().id, second.value().id);
    QCOMPARE(replaced.value().name, QStringLiteral("regulars"));
    QCOMPARE(must(replaced.value().rule()), berlin);
    QCOMPARE(replaced.value().updatedAt, Clock::currentUtc());
    QCOMPARE(must(store.list()).size(), 2);

    QVERIFY(store.updateRule(first.value().id, regulars));
    QCOMPARE(must(must(store.get(first.value().id)).rule()), regulars);

    QVERIFY(store.remove(first.value().id));
    QCOMPARE(must(store.list()).size(), 1);
    Result<SavedSegment> gone = store.get(first.value().id);
    QVERIFY(!gone);
    QCOMPARE(gone.error(), QStringLiteral("The segment no longer exists."));
    QVERIFY(!store.updateRule(first.value().id, berlin));
    QVERIFY(!store.rename(first.value().id, QStringLiteral("Elsewhere")));
    QVERIFY(!store.duplicate(first.value().id));
}

void TestSegments::storeKeepsNamesApartIgnoringCase()
{
    SegmentStore store(db());
    const SegmentRule rule = SegmentRule::group(SegmentRule::Match::All);
    const qint64 vips = must(store.save(QStringLiteral("VIPs"), rule)).id;
    const qint64 regulars = must(store.save(QStringLiteral("Stammkunden"), rule)).id;

    Status clash = store.rename(regulars, QStringLiteral("vips"));
    QVERIFY(!clash);
    QCOMPARE(clash.error(), u8("There is already a segment named “VIPs”."));
    clash = store.rename(regulars, QStringLiteral("  VIPS "));
    QVERIFY(!clash);
    QCOMPARE(must(store.get(regulars)).name, QStringLiteral("Stammkunden"));

    // A segment may change the case of its own name.
    QVERIFY(store.rename(vips, QStringLiteral("vips")));
    QCOMPARE(must(store.get(vips)).name, QStringLiteral("vips"));
    QVERIFY(store.rename(regulars, QStringLiteral("Regulars")));
    QStringList names;
    const QVector<SavedSegment> segments = must(store.list());
    for (const SavedSegment& s : segments)
        names.append(s.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Regulars"), QStringLiteral("vips")}));
}

void TestSegments::storeDuplicatesWithNumberedCopies()
{
    SegmentStore store(db());
    const SegmentRule rule = allOf({condition(Field::Tags, Op::HasAny, {QStringLiteral("VIP")})});
    const qint64 id = must(store.save(QStringLiteral("VIPs"), rule)).id;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        Result<SavedSegment> copy = store.duplicate(id);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(must(copy.value().rule()), rule);
        names.append(copy.value().name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("VIPs (copy)"), QStringLiteral("VIPs (copy 2)"),
                                 QStringLiteral("VIPs (copy 3)")}));
    // A freed name is used again; a copy of a copy is named after the copy.
    QVERIFY(store.remove(must(store.find(QStringLiteral("VIPs (copy)"))).id));
    QCOMPARE(must(store.duplicate(id)).name, QStringLiteral("VIPs (copy)"));
    const qint64 second = must(store.find(QStringLiteral("VIPs (copy 2)"))).id;
    QCOMPARE(must(store.duplicate(second)).name, QStringLiteral("VIPs (copy 2) (copy)"));
    // The original is untouched.
    QCOMPARE(must(store.get(id)).name, QStringLiteral("VIPs"));
    QCOMPARE(must(store.list()).size(), 5);
}

void TestSegments::storeRefusesBadNames()
{
    SegmentStore store(db());
    const SegmentRule rule = SegmentRule::group(SegmentRule::Match::All);
    const qint64 id = must(store.save(QStringLiteral("VIPs"), rule)).id;
    const QString tooLong = QString(5000, QLatin1Char('n'));
    for (const QString& name : {QString(), QStringLiteral("   "), tooLong, QString(101, QLatin1Char('n'))}) {
        Result<SavedSegment> saved = store.save(name, rule);
        QVERIFY(!saved);
        QVERIFY2(saved.error() == QStringLiteral("Give the segment a name.") ||
                     saved.error().startsWith(QStringLiteral("The name is too long: at most 100 character")),
                 qPrintable(saved.error().left(200)));
        Status renamed = store.rename(id, name);
        QVERIFY(!renamed);
        QCOMPARE(renamed.error(), saved.error());
    }
    QVERIFY(store.save(QString(100, QLatin1Char('n')), rule));
    QCOMPARE(must(store.list()).size(), 2);
    QCOMPARE(must(store.get(id)).name, QStringLiteral("VIPs"));
}

// ---------------------------------------------------------------------------------------------

void TestSegments::capOfZeroMeansNoCap()
{
    const QDateTime now = Clock::currentUtc();
    addPerson(QStringLiteral("+4915112345601"), true);
    addMessages(QStringLiteral("+4915112345601"), QVector<QDateTime>(20, now.addSecs(-3600)));
    const SegmentContext ctx = context();
    const CompiledSegment everyone =
        must(SegmentCompiler::compile(SegmentRule::group(SegmentRule::Match::All), ctx));

    const RecipientCounter capped(db(), FrequencyCap(4, 30), ctx.now);
    QCOMPARE(must(capped.count(everyone)).overCap, 1);
    QCOMPARE(must(capped.count(everyone)).willReceive, 0);

    QVERIFY(FrequencyCap(0, 30).isOff());
    const RecipientCounter uncapped(db(), FrequencyCap(0, 30), ctx.now);
    Result<RecipientBreakdown> counted = uncapped.count(everyone);
    QVERIFY(counted);
    QCOMPARE(counted.value().overCap, 0);
    QCOMPARE(counted.value().willReceive, 1);
    QCOMPARE(must(uncapped.people(everyone, RecipientGroup::OverCap, 10)).size(), 0);
    QCOMPARE(must(uncapped.people(everyone, RecipientGroup::WillReceive, 10)).size(), 1);
}

void TestSegments::capFollowsTheSettings()
{
    const QDateTime now = Clock::currentUtc();
    const qint64 recent = addPerson(QStringLiteral("+4915112345601"), true);
    addMessages(QStringLiteral("+4915112345601"),
                {now.addSecs(-3600), now.addSecs(-36 * 3600), now.addSecs(-47 * 3600)});
    const qint64 once = addPerson(QStringLiteral("+4915112345602"), true);
    addMessages(QStringLiteral("+4915112345602"), {now.addDays(-3)});
    // Messages that do not count: not marketing, or not sent yet.
    addPerson(QStringLiteral("+4915112345603"), true);
    addMessages(QStringLiteral("+4915112345603"), QVector<QDateTime>(5, now.addSecs(-60)), false);
    addMessages(QStringLiteral("+4915112345603"), QVector<QDateTime>(5, QDateTime()));
    // Four messages just inside the 30-day window, and four just outside it.
    const qint64 inside = addPerson(QStringLiteral("+4915112345604"), true);
    addMessages(QStringLiteral("+4915112345604"), QVector<QDateTime>(4, now.addDays(-30).addSecs(1)));
    addPerson(QStringLiteral("+4915112345605"), true);
    addMessages(QStringLiteral("+4915112345605"), QVector<QDateTime>(4, now.addDays(-30)));
    // Someone who is not sendable anyway stays on their own line, not over the cap.
    addPerson(QStringLiteral("+4915112345606"), true);
    addMessages(QStringLiteral("+4915112345606"), QVector<QDateTime>(9, now.addSecs(-60)));
    QVERIFY(book().unsubscribe(QStringLiteral("+4915112345606"), OptOutReason::TooFrequent, QString()));

    BusinessSettings settings(db());
    const SegmentContext ctx = context();
    const CompiledSegment everyone =
        must(SegmentCompiler::compile(SegmentRule::group(SegmentRule::Match::All), ctx));
    auto overCap = [&]() {
        const RecipientCounter counter(db(), settings.frequencyCap(), ctx.now);
        const RecipientBreakdown b = must(counter.count(everyone));
        const QSet<qint64> ids = idsOf(must(counter.people(everyone, RecipientGroup::OverCap, 100)));
        if (b.overCap != ids.size() || b.unsubscribed != 1 || b.overCap + b.willReceive != 5)
            qWarning("inconsistent count: %s", qPrintable(describe(b)));
        return ids;
    };
    // The default: 4 per 30 days.
    QCOMPARE(overCap(), QSet<qint64>{inside});
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QStringLiteral("3")));
    QCOMPARE(overCap(), (QSet<qint64>{inside, recent}));
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapDays, QStringLiteral("1")));
    QCOMPARE(overCap(), QSet<qint64>());
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QStringLiteral("1")));
    QCOMPARE(overCap(), QSet<qint64>{recent});
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapDays, QStringLiteral("7")));
    QCOMPARE(overCap(), (QSet<qint64>{recent, once}));
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QStringLiteral("0")));
    QCOMPARE(overCap(), QSet<qint64>());
    // A value the settings refuse leaves the cap as it was.
    QVERIFY(!settings.setValue(BusinessSettings::Key::FrequencyCapDays, QStringLiteral("0")));
    QVERIFY(!settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QStringLiteral("-1")));
    QCOMPARE(settings.frequencyCap().maxMessages(), 0);
    QCOMPARE(settings.frequencyCap().days(), 7);
}

QString TestSegments::capRowProblems() const
{
    QStringList problems;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT messages FROM frequency_cap_tracking")) || !q.next())
        return QStringLiteral("no tracked cap: ") + q.lastError().text();
    const int n = q.value(0).toInt();
    if (!must(FrequencyCapTracking(db()).upToDate(n)))
        problems.append(QStringLiteral("the rows are still being worked out for %1").arg(n));
    QMap<QString, QStringList> sent;
    if (!q.exec(QStringLiteral("SELECT phone, sent_at, marketing FROM message")))
        return q.lastError().text();
    while (q.next()) {
        if (q.value(2).toInt() == 1 && !q.value(1).isNull())
            sent[q.value(0).toString()].append(q.value(1).toString());
    }
    if (!q.exec(QStringLiteral("SELECT phone, cap_reached_at FROM subscriber")))
        return q.lastError().text();
    while (q.next()) {
        QStringList times = sent.value(q.value(0).toString());
        std::sort(times.begin(), times.end(), std::greater<QString>());
        const QString expected = n > 0 && times.size() >= n ? times.at(n - 1) : QString();
        const QString stored = q.value(1).isNull() ? QString() : q.value(1).toString();
        if (stored != expected || q.value(1).isNull() != expected.isNull())
            problems.append(QStringLiteral("%1: stored %2, expected %3")
                                .arg(q.value(0).toString(), stored.isNull() ? QStringLiteral("NULL") : stored,
                                     expected.isNull() ? QStringLiteral("NULL") : expected));
    }
    return problems.join(QStringLiteral("; "));
}

QSet<qint64> TestSegments::overCapNow(const FrequencyCap& cap)
{
    const SegmentContext ctx = context();
    const CompiledSegment everyone =
        must(SegmentCompiler::compile(SegmentRule::group(SegmentRule::Match::All), ctx));
    const RecipientCounter counter(db(), cap, ctx.now);
    const RecipientBreakdown b = must(counter.count(everyone));
    const QSet<qint64> ids = idsOf(must(counter.people(everyone, RecipientGroup::OverCap, 100)));
    const QVector<Subscriber> receiving = must(counter.people(everyone, RecipientGroup::WillReceive, 100));
    if (b.overCap != ids.size() || b.willReceive != receiving.size())
        qWarning("the count and the lists disagree: %s", qPrintable(describe(b)));
    return ids;
}

void TestSegments::capOnTheRowFollowsTheOutbox()
{
    const QDateTime now = Clock::currentUtc();
    const QString anna = QStringLiteral("+4915112345601");
    const qint64 annaId = addPerson(anna, true);
    addPerson(QStringLiteral("+4915112345602"), true);
    addMessages(anna, {now.addDays(-1), now.addDays(-2), now.addDays(-3), now.addDays(-40)});
    addMessages(anna, {now.addSecs(-60)}, false);
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>());

    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign (id, name, marketing, status, created_at) VALUES "
                                  "(1, 'Spring', 1, 'sending', '2025-03-01T00:00:00.000Z')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO message (id, campaign_id, phone, marketing, state) VALUES "
                                  "(100, 1, '%1', 1, 'queued')")
                       .arg(anna)));
    Outbox outbox(db());
    const SendPolicy policy(db(), QuietHours(), FrequencyCap(), QStringLiteral("DE"));
    OutboxMessage message;
    message.id = 100;
    message.campaignId = 1;
    message.phone = anna;
    auto claim = [&]() {
        Result<SendDecision> claimed = outbox.claim(message, policy, Clock::currentUtc());
        return claimed && claimed.value().kind == SendDecision::Kind::Send;
    };
    // The claim sets sent_at: the fourth message in 30 days reaches the cap.
    QVERIFY(claim());
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    // A retry clears it: not sent after all.
    QVERIFY(outbox.markRetry(100, now, QStringLiteral("503"), QStringLiteral("busy")));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>());
    QVERIFY(claim());
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    // So does a failure.
    QVERIFY(outbox.markFailed(100, QStringLiteral("invalid"), QStringLiteral("21211"), QStringLiteral("no")));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>());
    // Accepted, it stays counted; and time moves it out of the window again.
    QVERIFY(q.exec(QStringLiteral("UPDATE message SET state = 'queued' WHERE id = 100")));
    QVERIFY(claim());
    QVERIFY(outbox.markAccepted(100, QStringLiteral("SM1"), false, now));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    // The fourth newest was sent three days ago.
    m_clock.setNow(now.addDays(27).addSecs(-1));
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    m_clock.setNow(now.addDays(27));
    QCOMPARE(overCapNow(), QSet<qint64>());
    // The same rows counted the slow way agree, for a cap the rows are not kept for.
    m_clock.setNow(now);
    QCOMPARE(overCapNow(FrequencyCap(3, 30)), QSet<qint64>{annaId});
    QCOMPARE(overCapNow(FrequencyCap(5, 30)), QSet<qint64>());
}

void TestSegments::capOnTheRowFollowsNumbersAndPeople()
{
    const QDateTime now = Clock::currentUtc();
    const QString anna = QStringLiteral("+4915112345601");
    const QString ben = QStringLiteral("+4915112345602");
    // Messages to a number before its person is in the book (or after they were deleted).
    addMessages(ben, QVector<QDateTime>(4, now.addDays(-1)));
    const qint64 annaId = addPerson(anna, true);
    const qint64 benId = addPerson(ben, true);
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>{benId});
    QSqlQuery q(db());
    // A message moved to another number, or deleted.
    QVERIFY(q.exec(QStringLiteral("UPDATE message SET phone = '%1' WHERE id = (SELECT MIN(id) FROM message)")
                       .arg(anna)));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>());
    addMessages(anna, QVector<QDateTime>(3, now.addDays(-2)));
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    QVERIFY(q.exec(QStringLiteral("DELETE FROM message WHERE id = (SELECT MAX(id) FROM message)")));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>());
    // Marketing or not, sent or not.
    QVERIFY(q.exec(QStringLiteral("UPDATE message SET marketing = 0 WHERE phone = '%1'").arg(ben)));
    addMessages(anna, {QDateTime()});
    QVERIFY(q.exec(QStringLiteral("UPDATE message SET sent_at = '%1' WHERE sent_at IS NULL")
                       .arg(Timestamps::toDb(now.addDays(-3)).toString())));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    // A person's number changes: the row follows the messages of the new number.
    QVERIFY(
        q.exec(QStringLiteral("UPDATE subscriber SET phone = '+4915112345609' WHERE id = %1").arg(annaId)));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>());
    QVERIFY(q.exec(QStringLiteral("UPDATE subscriber SET phone = '%1' WHERE id = %2").arg(anna).arg(annaId)));
    QCOMPARE(overCapNow(), QSet<qint64>{annaId});
    // Deleted and added again.
    QVERIFY(book().remove({annaId}));
    QCOMPARE(overCapNow(), QSet<qint64>());
    const qint64 again = addPerson(anna, true);
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QCOMPARE(overCapNow(), QSet<qint64>{again});
}

void TestSegments::capOnTheRowFollowsTheSettings()
{
    const QDateTime now = Clock::currentUtc();
    const qint64 four = addPerson(QStringLiteral("+4915112345601"), true);
    addMessages(QStringLiteral("+4915112345601"), QVector<QDateTime>(4, now.addDays(-1)));
    const qint64 two = addPerson(QStringLiteral("+4915112345602"), true);
    addMessages(QStringLiteral("+4915112345602"), {now.addDays(-1), now.addDays(-10)});
    addPerson(QStringLiteral("+4915112345603"), true);
    BusinessSettings settings(db());
    QCOMPARE(overCapNow(settings.frequencyCap()), QSet<qint64>{four});
    FrequencyCapTracking tracking(db());
    auto catchUp = [&]() { return tracking.catchUp(settings.frequencyCap().maxMessages()); };
    for (const char* messages : {"2", "1", "0", "3", "4"}) {
        QVERIFY(
            settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QString::fromLatin1(messages)));
        QVERIFY(catchUp());
        QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
        QVERIFY(must(tracking.upToDate(settings.frequencyCap().maxMessages())));
    }
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QStringLiteral("2")));
    // Before the rows are worked out the count comes from the messages, and is as exact.
    QVERIFY(!must(tracking.upToDate(2)));
    QCOMPARE(overCapNow(settings.frequencyCap()), (QSet<qint64>{four, two}));
    QVERIFY(catchUp());
    QCOMPARE(overCapNow(settings.frequencyCap()), (QSet<qint64>{four, two}));
    QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapDays, QStringLiteral("5")));
    QCOMPARE(overCapNow(settings.frequencyCap()), QSet<qint64>{four});
    // Without a stored value the default count holds again.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM setting WHERE key = 'frequency_cap_messages'")));
    QCOMPARE(overCapNow(settings.frequencyCap()), QSet<qint64>{four});
    QVERIFY(catchUp());
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QVERIFY(must(tracking.upToDate(FrequencyCap::DefaultMaxMessages)));
    QCOMPARE(overCapNow(settings.frequencyCap()), QSet<qint64>{four});
}

void TestSegments::capOnTheRowIsWorkedOutByTheMigration()
{
    // A database of version 6 with people and messages, then opened by this version.
    m_connection.reset();
    const QString location = testing::freshDatabase(m_dir->path(), QStringLiteral("old.sqlite"));
    QVERIFY(!location.isEmpty());
    const QDateTime now = Clock::currentUtc();
    {
        const DatabaseLocation where = DatabaseLocation::parse(location);
        QSqlDatabase raw = QSqlDatabase::addDatabase(
            where.isShared() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(where.isShared() ? where.database() : where.filePath());
        raw.setHostName(where.host());
        raw.setPort(where.port());
        raw.setUserName(where.user());
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QVERIFY(Schema::migrate(raw, 6));
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('frequency_cap_messages', '2')")));
            for (int i = 1; i <= 4; ++i) {
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO subscriber (phone, created_at, updated_at, number_kind, "
                                   "status, consent_at) VALUES ('+3361234560%1', 'x', 'x', %2, %3, 'x')")
                        .arg(i)
                        .arg(static_cast<int>(NumberKind::Mobile))
                        .arg(static_cast<int>(SubscriberStatus::Subscribed))));
                for (int m = 0; m < i; ++m) {
                    q.prepare(
                        QStringLiteral("INSERT INTO message (phone, marketing, state, sent_at) VALUES (?, ?, "
                                       "'sent', ?)"));
                    q.addBindValue(QStringLiteral("+3361234560%1").arg(i));
                    q.addBindValue(i == 4 ? 0 : 1);
                    q.addBindValue(Timestamps::toDb(now.addDays(-1 - m)));
                    QVERIFY(q.exec());
                }
            }
        } // its statements are let go before the connection closes
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto opened = Connection::open(location, Connection::Mode::MustExist);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QVERIFY(must(FrequencyCapTracking(db()).upToDate(2)));
    // Two or more marketing messages: the second and third person.
    QCOMPARE(overCapNow(BusinessSettings(db()).frequencyCap()).size(), 2);
}

QString TestSegments::countProblems(const Population& p, const FrequencyCap& cap)
{
    const SegmentContext ctx = context();
    const CompiledSegment everyone =
        must(SegmentCompiler::compile(SegmentRule::group(SegmentRule::Match::All), ctx));
    const RecipientCounter counter(db(), cap, ctx.now);
    Lines lines;
    const RecipientBreakdown expected = plainBreakdown(
        p, [](const Subscriber&) { return true; }, overTheCap(p, cap), &lines);
    Result<RecipientBreakdown> counted = counter.count(everyone);
    if (!counted)
        return counted.error();
    if (!(counted.value() == expected))
        return QStringLiteral("cap %1: counted %2, expected %3")
            .arg(cap.maxMessages())
            .arg(describe(counted.value()), describe(expected));
    Result<QVector<Subscriber>> listed = counter.people(everyone, RecipientGroup::OverCap, 1000000);
    if (!listed)
        return listed.error();
    if (idsOf(listed.value()) != lines.value(RecipientGroup::OverCap))
        return QStringLiteral("cap %1: the over-cap line lists other people").arg(cap.maxMessages());
    return QString();
}

void TestSegments::readMessages(Population* p)
{
    p->messages.clear();
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT phone, marketing, sent_at FROM message")));
    while (q.next())
        p->messages.append({q.value(0).toString(), q.value(1).toInt() == 1, Timestamps::fromDb(q.value(2))});
}

void TestSegments::populateForCatchUp(Population* p)
{
    p->now = Clock::currentUtc();
    populate(20251123u, 300, p);
    if (QTest::currentTestFailed())
        return;
    m_clock.setNow(p->now);
    readMessages(p);
    // Enough marketing history that 2 and 4 messages differ for many rows.
    QVERIFY(!(overTheCap(*p, FrequencyCap(2, 30)) - overTheCap(*p, FrequencyCap(4, 30))).isEmpty());
}

void TestSegments::capCountChangeIsExactAtEveryMoment()
{
    Population p;
    populateForCatchUp(&p);
    if (QTest::currentTestFailed())
        return;
    BusinessSettings settings(db());
    FrequencyCapTracking tracking(db());
    QVERIFY(must(tracking.upToDate(4)));
    QVERIFY2(countProblems(p, FrequencyCap(4, 30)).isEmpty(),
             qPrintable(countProblems(p, FrequencyCap(4, 30))));
    for (int messages : {2, 1, 3, 0, 4}) {
        const FrequencyCap cap(messages, 30);
        QVERIFY(settings.setValue(BusinessSettings::Key::FrequencyCapMessages, QString::number(messages)));
        // Saved, not yet worked out: exact from the messages.
        QVERIFY2(countProblems(p, cap).isEmpty(), qPrintable(countProblems(p, cap)));
        QVERIFY(tracking.begin(messages));
        QVERIFY(!must(tracking.upToDate(messages)));
        QVERIFY2(countProblems(p, cap).isEmpty(), qPrintable(countProblems(p, cap)));
        // Some steps in: still exact, still from the messages.
        Result<bool> stepped = tracking.step(7);
        QVERIFY2(stepped, qPrintable(stepped.error()));
        QVERIFY(!stepped.value());
        QVERIFY2(countProblems(p, cap).isEmpty(), qPrintable(countProblems(p, cap)));
        // Done: from the rows, and the rows agree with the messages.
        QVERIFY(tracking.catchUp(messages));
        QVERIFY(must(tracking.upToDate(messages)));
        QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
        QVERIFY2(countProblems(p, cap).isEmpty(), qPrintable(countProblems(p, cap)));
        QVERIFY2(countProblems(p, FrequencyCap(messages, 7)).isEmpty(),
                 qPrintable(countProblems(p, FrequencyCap(messages, 7))));
    }
}

void TestSegments::sendsDuringACatchUpLeaveTheRowsExact()
{
    Population p;
    populateForCatchUp(&p);
    if (QTest::currentTestFailed())
        return;
    // Two people with history on either side of where the steps will have got to.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT s.id, s.phone FROM subscriber s WHERE EXISTS (SELECT 1 FROM "
                                  "message m WHERE m.phone = s.phone AND m.marketing = 1 AND m.sent_at "
                                  "IS NOT NULL) ORDER BY s.id")));
    QStringList phones;
    while (q.next())
        phones.append(q.value(1).toString());
    QVERIFY(phones.size() > 20);
    const QString early = phones.first();
    const QString late = phones.last();
    // A new person too (the highest id), sent to through the outbox.
    const QString newcomer = QStringLiteral("+33612399901"); // France: no confirmation by SMS needed
    QVERIFY(addPerson(newcomer, true) > 0);
    addMessages(newcomer, {p.now.addDays(-2)});

    FrequencyCapTracking tracking(db());
    QVERIFY(tracking.begin(2));
    Result<bool> stepped = tracking.step(10);
    QVERIFY(stepped && !stepped.value());
    // Sends in the middle: before the cursor, after it, and a claim through the outbox.
    addMessages(early, {p.now.addSecs(-30)});
    addMessages(late, {p.now.addSecs(-30)});
    QVERIFY(q.exec(QStringLiteral("INSERT INTO campaign (id, name, marketing, status, created_at) VALUES "
                                  "(1, 'Spring', 1, 'sending', '2025-03-01T00:00:00.000Z')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO message (id, campaign_id, phone, marketing, state) VALUES "
                                  "(100000, 1, '%1', 1, 'queued')")
                       .arg(newcomer)));
    Outbox outbox(db());
    const SendPolicy policy(db(), QuietHours(), FrequencyCap(), QStringLiteral("DE"));
    OutboxMessage message;
    message.id = 100000;
    message.campaignId = 1;
    message.phone = newcomer;
    Result<SendDecision> claimed = outbox.claim(message, policy, Clock::currentUtc());
    QVERIFY2(claimed, qPrintable(claimed.error()));
    QCOMPARE(claimed.value().kind, SendDecision::Kind::Send);
    readPopulation(&p);
    readMessages(&p);
    QVERIFY2(countProblems(p, FrequencyCap(2, 30)).isEmpty(),
             qPrintable(countProblems(p, FrequencyCap(2, 30))));
    stepped = tracking.step(10);
    QVERIFY(stepped && !stepped.value());
    // And one more, removed again (a retry), between further steps.
    QVERIFY(outbox.markRetry(100000, Clock::currentUtc(), QStringLiteral("503"), QStringLiteral("busy")));
    readMessages(&p);
    QVERIFY(tracking.catchUp(2));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QVERIFY2(countProblems(p, FrequencyCap(2, 30)).isEmpty(),
             qPrintable(countProblems(p, FrequencyCap(2, 30))));
}

void TestSegments::anInterruptedCatchUpResumes()
{
    Population p;
    populateForCatchUp(&p);
    if (QTest::currentTestFailed())
        return;
    {
        FrequencyCapTracking tracking(db());
        // Stopped before its first step: the new count is tracked, the rows are not ready.
        std::atomic_bool stop(true);
        QVERIFY(tracking.catchUp(2, &stop));
        QVERIFY(!must(tracking.upToDate(2)));
        QVERIFY(!must(tracking.upToDate(4)));
        Result<bool> stepped = tracking.step(5);
        QVERIFY(stepped && !stepped.value());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT next_id FROM frequency_cap_tracking")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
    }
    // The app closed: a new connection (as at the next start) carries on from the cursor.
    m_connection.reset();
    auto opened = Connection::open(m_location, Connection::Mode::MustExist);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    FrequencyCapTracking resumed(db());
    QVERIFY(!must(resumed.upToDate(2)));
    QVERIFY2(countProblems(p, FrequencyCap(2, 30)).isEmpty(),
             qPrintable(countProblems(p, FrequencyCap(2, 30))));
    QVERIFY(resumed.catchUp(2));
    QVERIFY(must(resumed.upToDate(2)));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QVERIFY2(countProblems(p, FrequencyCap(2, 30)).isEmpty(),
             qPrintable(countProblems(p, FrequencyCap(2, 30))));
    // Interrupted with a count and asked for another: starts over with that one.
    QVERIFY(resumed.begin(3));
    QVERIFY(must(FrequencyCapTracking(db()).step(5)) == false);
    QVERIFY(FrequencyCapTracking(db()).catchUp(1));
    QVERIFY(must(FrequencyCapTracking(db()).upToDate(1)));
    QVERIFY2(capRowProblems().isEmpty(), qPrintable(capRowProblems()));
    QVERIFY2(countProblems(p, FrequencyCap(1, 30)).isEmpty(),
             qPrintable(countProblems(p, FrequencyCap(1, 30))));
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
