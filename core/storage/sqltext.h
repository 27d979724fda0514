#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace textwell {

// A null QString binds as SQL NULL; our text columns are NOT NULL DEFAULT ''. Bind text through this.
// A NUL character becomes U+FFFD: PostgreSQL cannot store it in text, and the two databases keep
// the same.
inline QVariant sqlText(const QString& text)
{
    if (text.isNull())
        return QVariant(QString(QLatin1String("")));
    if (!text.contains(QChar(0)))
        return QVariant(text);
    QString storable = text;
    storable.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    return QVariant(storable);
}

// Prepares sql, binds values in order and runs it.
inline bool execBound(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace textwell
