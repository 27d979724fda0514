#include "customfields.h"

#include "customfieldvalues.h"
#include "messages/messagetemplate.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace textwell {

CustomFields::CustomFields(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QStringList> CustomFields::list() const
{
    QSqlQuery q(m_db);
    // The column compares without regard to case (NOCASE, citext), and so sorts.
    if (!q.exec(QStringLiteral("SELECT name FROM custom_field ORDER BY name")))
        return Result<QStringList>::failure(SqlError::describe(q.lastError()));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QString CustomFields::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the field a name.");
    if (trimmed.size() > MaxNameLength)
        return tr("The name is too long: at most %Ln character(s).", nullptr, MaxNameLength);
    // Names become placeholders ({Shoe size}) and JSON keys: no braces, bars, quotes or backslashes.
    for (QChar c : trimmed) {
        if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('|') ||
            c == QLatin1Char('"') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return c.category() == QChar::Other_Control
                       ? tr("A field name cannot contain control characters.")
                       : tr("A field name cannot contain the character %1.").arg(c);
    }
    for (const QString& standard : MessageTemplate::standardFields()) {
        if (standard.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("“%1” is already a standard field.").arg(trimmed);
    }
    return {};
}

Status CustomFields::add(const QString& name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Status::failure(problem);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO custom_field (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(name.trimmed());
    q.addBindValue(Timestamps::toDb(Clock::currentUtc()));
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status CustomFields::remove(const QString& name)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM custom_field WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return Status::failure(tr("There is no custom field “%1”.").arg(name.trimmed()));
    const QString stored = q.value(0).toString();
    const SqlDialect dialect(m_db);
    const QString column = QStringLiteral("custom_fields");
    q.prepare(QStringLiteral("UPDATE subscriber SET custom_fields = %1 WHERE %2")
                  .arg(dialect.jsonWithout(column), dialect.jsonHas(column)));
    q.addBindValue(CustomFieldValues::jsonPath(stored));
    q.addBindValue(CustomFieldValues::jsonPath(stored));
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    q.prepare(QStringLiteral("DELETE FROM custom_field WHERE name = ?"));
    q.addBindValue(stored);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return tx.commit();
}

} // namespace textwell
