#pragma once

#include "reporttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QVariant>

namespace textwell {

// How report values read, for a person (the PDF, in the user's locale) and for a spreadsheet
// (CSV: plain numbers, ISO dates). Free of I/O so that it can be tested alone.
class ReportValues
{
    Q_DECLARE_TR_FUNCTIONS(ReportValues)

public:
    // "2.4%" in English, "2,4 %" in German and Russian: the number and the sign as the locale writes them.
    static QString percent(double fraction, int decimals, const QLocale& locale);
    // A number as the locale writes it, with grouping: "12,480" / "12.480" / "12 480".
    static QString number(double value, int decimals, const QLocale& locale);
    // A cell as a person reads it; date-times in zone (the system's local time).
    static QString display(const QVariant& value, ReportColumn::Kind kind, const QLocale& locale,
                           const QTimeZone& zone);
    // "30 November 2026": the locale's long date without the weekday.
    static QString longDate(const QDate& date, const QLocale& locale);
    // "November 30, 2026, 9:15 AM": the long date and the short time, in zone.
    static QString longDateTime(const QDateTime& time, const QLocale& locale, const QTimeZone& zone);

    // A number as a spreadsheet reads it from a CSV file: no grouping, no exponent, at most ten
    // decimals, the decimal point given ("0.024", "1250", "-3.5").
    static QString plainNumber(double value, QChar decimalPoint);
    // Spreadsheets in countries that write a decimal comma separate CSV fields with ";" and read
    // "0,024" as a number but "0.024" as text (or a date); with "," or a tab they read a point.
    static QChar csvDecimalPoint(QChar delimiter);
    // A cell of a CSV file: percentages as the plain fraction (0.024), integers as digits, dates
    // as ISO "2026-11-30", date-times as "2026-11-30 14:05:00" in zone; text unchanged (the
    // writer guards it). Empty for a null or invalid value.
    static QString csvText(const QVariant& value, ReportColumn::Kind kind, QChar decimalPoint,
                           const QTimeZone& zone);
};

} // namespace textwell
