#pragma once

#include <QChar>
#include <QString>

namespace textwell {

// The text of CSV fields as RFC 4180 writes them, free of I/O so that it can be tested alone.
class CsvFormat
{
public:
    // Appends value, in double quotes (its quotes doubled) when it holds the delimiter, a quote,
    // a CR or an LF; otherwise as it is.
    static void appendField(QString& line, const QString& value, QChar delimiter);

    // Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula,
    // so a name or note from outside could run one when the file is opened ("CSV injection").
    // Such a text gets a leading apostrophe, which Excel and LibreOffice hide and show as text.
    // A plain number ("-5", "+3.5") stays as it is: it cannot call anything. Only for free text:
    // phone numbers (E.164 starts with "+") and dates are written by us and never guarded.
    static bool startsFormula(const QString& value);
    static QString guarded(const QString& value);

    // CRLF, as RFC 4180 and Excel expect.
    static constexpr const char* LineEnd = "\r\n";
};

} // namespace textwell
