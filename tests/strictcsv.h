#pragma once

// A strict CSV reader for the tests that check what the app writes: the export and the reports.

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

// RFC 4180, strictly: a quote may only open a field or be doubled inside a quoted one, and a line
// ends with CRLF. Any other shape sets *error.
inline QVector<QStringList> parseCsv(const QString& text, QChar delimiter, QString* error)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *error = QStringLiteral("a quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            *error = QStringLiteral("a bare line end outside quotes at %1").arg(i);
            return {};
        } else if (wasQuoted) {
            *error = QStringLiteral("text after a closing quote at %1").arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted)
        *error = QStringLiteral("an unclosed quote");
    else if (!field.isEmpty() || !row.isEmpty())
        *error = QStringLiteral("the last line has no CRLF");
    return rows;
}
