#pragma once

#include <QString>

namespace textwell {

// One column of an export: its header (in the app's language) and what its cells hold, which
// decides how they are written: a phone number stays text in a spreadsheet (never a number that
// loses its "+"), dates become real dates in XLSX and ISO text in CSV.
struct ExportColumn
{
    enum class Kind
    {
        Text,
        Phone,    // E.164, never a formula guard, always a text cell
        Date,     // a QDate
        DateTime, // a QDateTime, written in local time
    };

    QString header;
    Kind kind = Kind::Text;
    int width = 14; // in characters, for XLSX
};

} // namespace textwell
