#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace textwell {

// How times are stored: ISO 8601 in UTC with milliseconds, so text order is time order.
class Timestamps
{
public:
    static QVariant toDb(const QDateTime& time);
    static QDateTime fromDb(const QVariant& value);
    static QVariant dateToDb(const QDate& date);
    static QDate dateFromDb(const QVariant& value);
};

} // namespace textwell
