#pragma once

#include "contacts/subscriber.h"
#include "storage/sqldialect.h"

#include <QVariantList>

namespace textwell {

// What a placeholder stands for: a person's value for it, and the same value as SQL over
// "subscriber s" (for the longest value in a segment). Standard fields and custom fields alike.
class PlaceholderValues
{
public:
    static QString valueOf(const Subscriber& person, const QString& field);
    // Appends the values the expression binds, in order.
    static QString sqlExpression(const SqlDialect& dialect, const QString& field, QVariantList* values);
};

} // namespace textwell
