#include "subscriberquery.h"

#include "customfieldvalues.h"

#include "contacts/phonenumbers.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/timestamps.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace textwell {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

// "+49 171-12" and "(916) 123" search the number; anything with a letter searches the name.
bool looksLikeNumber(const QString& text)
{
    bool digit = false;
    for (QChar c : text) {
        if (c.isDigit())
            digit = true;
        else if (!c.isSpace() && !QStringLiteral("+-()./").contains(c))
            return false;
    }
    return digit;
}

} // namespace

QString SubscriberQuery::tagsExpression(const SqlDialect& dialect, const QString& subscriberIdColumn)
{
    return QStringLiteral("(SELECT %1 FROM subscriber_tag st JOIN tag t ON t.id = st.tag_id WHERE "
                          "st.subscriber_id = %2)")
        .arg(dialect.joinedValues(QStringLiteral("t.name"), TagSeparator), subscriberIdColumn);
}

QStringList SubscriberQuery::splitTags(const QString& value)
{
    if (value.isEmpty())
        return {};
    QStringList tags = value.split(QLatin1Char(TagSeparator));
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QString SubscriberQuery::columns(const SqlDialect& dialect)
{
    return QStringLiteral("s.id, s.phone, s.first_name, s.last_name, s.city, s.region, s.birth_date, "
                          "s.language, s.time_zone, s.notes, s.number_kind, s.status, s.consent_at, "
                          "s.consent_source, s.last_activity, s.purchases, s.created_at, s.updated_at, "
                          "s.custom_fields, ") +
           tagsExpression(dialect, QStringLiteral("s.id"));
}

Subscriber SubscriberQuery::read(const QSqlQuery& q)
{
    Subscriber s;
    s.id = q.value(0).toLongLong();
    s.phone = q.value(1).toString();
    s.firstName = q.value(2).toString();
    s.lastName = q.value(3).toString();
    s.city = q.value(4).toString();
    s.region = q.value(5).toString();
    s.birthDate = Timestamps::dateFromDb(q.value(6));
    s.language = q.value(7).toString();
    s.timeZone = q.value(8).toString();
    s.notes = q.value(9).toString();
    s.numberKind = static_cast<NumberKind>(q.value(10).toInt());
    s.status = static_cast<SubscriberStatus>(q.value(11).toInt());
    s.consentAt = Timestamps::fromDb(q.value(12));
    s.consentSource = q.value(13).toString();
    s.lastActivity = Timestamps::fromDb(q.value(14));
    s.purchases = q.value(15).toInt();
    s.createdAt = Timestamps::fromDb(q.value(16));
    s.updatedAt = Timestamps::fromDb(q.value(17));
    s.customFields = CustomFieldValues::fromJson(q.value(18).toString());
    s.tags = splitTags(q.value(19).toString());
    return s;
}

SubscriberQuery::SubscriberQuery(QSqlDatabase db, SubscriberFilter filter)
    : m_db(std::move(db)), m_filter(std::move(filter))
{}

QString SubscriberQuery::whereClause(QVariantList* values) const
{
    QStringList conditions;
    const QString search = m_filter.search.trimmed();
    if (!search.isEmpty()) {
        Result<ParsedNumber> whole = looksLikeNumber(search) && !m_filter.region.isEmpty()
                                         ? PhoneNumbers::parse(search, m_filter.region)
                                         : Result<ParsedNumber>::failure(QString());
        if (whole) {
            // A complete number, written any way ("8 916 123-45-67"): find exactly that number.
            conditions.append(QStringLiteral("phone = ?"));
            values->append(whole.value().e164);
        } else if (looksLikeNumber(search)) {
            QString digits;
            for (QChar c : search) {
                if (c.isDigit())
                    digits.append(c);
            }
            conditions.append(QStringLiteral("phone LIKE ? ESCAPE '\\'"));
            values->append(QString(QLatin1Char('%') + escapeLike(digits) + QLatin1Char('%')));
        } else {
            conditions.append(QStringLiteral("search_key LIKE ? ESCAPE '\\'"));
            values->append(QString(QLatin1Char('%') + escapeLike(search.simplified().toCaseFolded()) +
                                   QLatin1Char('%')));
        }
    }
    if (m_filter.status) {
        conditions.append(QStringLiteral("status = ?"));
        values->append(static_cast<int>(*m_filter.status));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString SubscriberQuery::orderClause() const
{
    QStringList columns;
    switch (m_filter.sort) {
    case SubscriberFilter::SortColumn::ByPhone:
        columns = {QStringLiteral("phone")};
        break;
    case SubscriberFilter::SortColumn::ByName:
        columns = {QStringLiteral("last_name"), QStringLiteral("first_name")};
        break;
    case SubscriberFilter::SortColumn::ByCity:
        columns = {QStringLiteral("city")};
        break;
    case SubscriberFilter::SortColumn::ByStatus:
        columns = {QStringLiteral("status")};
        break;
    case SubscriberFilter::SortColumn::ByConsentDate:
        columns = {QStringLiteral("consent_at")};
        break;
    }
    columns.append(QStringLiteral("id")); // a stable order among equal values, served by the same index
    // With a search, walking the sort index and testing every row for the text reads most of the
    // table one row at a time when the matches sort late (1.5 s at a million people); a scan that
    // sorts only the matches stays near 0.2 s. A unary + keeps SQLite off the index.
    const bool searching = !m_filter.search.trimmed().isEmpty();
    const QString direction = m_filter.descending ? QStringLiteral(" DESC") : QString();
    for (QString& c : columns)
        c = (searching ? SqlDialect(m_db).notIndexed(c) : c) + direction;
    return QStringLiteral(" ORDER BY ") + columns.join(QLatin1String(", "));
}

Result<qint64> SubscriberQuery::count() const
{
    QVariantList values;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    q.prepare(QStringLiteral("SELECT count(*) FROM subscriber") + whereClause(&values));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Result<QVector<Subscriber>> SubscriberQuery::page(qint64 offset, int limit) const
{
    using R = Result<QVector<Subscriber>>;
    QVariantList values;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    q.prepare(QStringLiteral("SELECT %1 FROM subscriber s").arg(columns(SqlDialect(m_db))) +
              whereClause(&values) + orderClause() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return R::failure(SqlError::describe(q.lastError()));
    QVector<Subscriber> rows;
    rows.reserve(limit);
    while (q.next()) {
        rows.append(read(q));
    }
    return rows;
}

} // namespace textwell
