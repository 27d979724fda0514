#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace textwell {

// The custom fields the business keeps about people ("Shoe size", "Favourite treatment"). Values
// live on each person (Subscriber::customFields); this is the list of fields that exist.
class CustomFields
{
    Q_DECLARE_TR_FUNCTIONS(CustomFields)

public:
    explicit CustomFields(QSqlDatabase db);

    Result<QStringList> list() const;
    Status add(const QString& name);
    // Removes the field and every person's value of it, in one transaction.
    Status remove(const QString& name);

    // Why a name cannot be a field name, or an empty string when it can.
    static QString nameProblem(const QString& name);
    static constexpr int MaxNameLength = 40;

private:
    QSqlDatabase m_db;
};

} // namespace textwell
