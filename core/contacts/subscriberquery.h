#pragma once

#include "storage/sqldialect.h"
#include "subscriber.h"
#include "subscriberfilter.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <QVector>

namespace textwell {

// Counts and pages the address book for a filter, with bound parameters only. Every sort column
// has an index (schema step 2), so a page deep in a million rows is still quick.
class SubscriberQuery
{
public:
    SubscriberQuery(QSqlDatabase db, SubscriberFilter filter);

    Result<qint64> count() const;
    // Rows [offset, offset + limit) in the filter's order.
    Result<QVector<Subscriber>> page(qint64 offset, int limit) const;

    // Every column of a person (table alias "s"), and reading them back from a query row.
    static QString columns(const SqlDialect& dialect);
    static Subscriber read(const QSqlQuery& query);
    // The SQL expression that lists a person's tags in one value, and its reading back.
    static QString tagsExpression(const SqlDialect& dialect, const QString& subscriberIdColumn);
    static QStringList splitTags(const QString& value);
    static constexpr char TagSeparator = 31; // the ASCII unit separator: never in a tag

private:
    QString whereClause(QVariantList* values) const;
    QString orderClause() const;

    QSqlDatabase m_db;
    SubscriberFilter m_filter;
};

} // namespace textwell
