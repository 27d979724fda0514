#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTime>

#include <xlsxwriter.h>

namespace textwell {

// What a cell of an XLSX file can hold, for both XLSX writers (the export and the reports).
class XlsxCell
{
public:
    // Excel's limit for the text of one cell.
    static constexpr int MaxTextLength = 32767;

    // text as libxlsxwriter takes it, cut to what Excel keeps.
    static QByteArray text(const QString& text);
    static lxw_datetime dateTime(const QDate& date, const QTime& time = QTime(0, 0));
    // Excel counts days from 1900; an earlier (or invalid) date is written as text.
    static bool fits(const QDate& date);
};

} // namespace textwell
