#pragma once

#include "reportchart.h"
#include "reporttable.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// A key figure, shown as a small card: "Unsubscribe rate" "1.4 %" "+0.3 pt vs previous 30 days".
struct ReportFigure
{
    // Colours the note: a rising unsubscribe rate is bad news, a rising delivery rate good.
    enum class Tone
    {
        Neutral,
        Good,
        Bad,
    };

    QString label;
    QString value; // as it should read, already formatted
    QString note;  // optional, smaller
    Tone tone = Tone::Neutral;
};

// A definition of a measure, printed at the end: "Unsubscribe rate" — "opt-outs divided by ...".
struct ReportNote
{
    QString term;
    QString definition;
};

// A part of a report under one heading. Any of its parts may be empty; they are shown in this
// order: the paragraph, the key figures, the chart, the table.
struct ReportSection
{
    QString heading;
    QString paragraph;
    QVector<ReportFigure> figures;
    std::optional<ReportChart> chart;
    std::optional<ReportTable> table;
};

// A report as the builders fill it and the writers (CSV, XLSX, PDF) write it. It knows nothing of
// campaigns or opt-outs: it is headings, figures, charts, tables and text. Every text in it is
// already in the app's language; the writers add only their own few words ("Page 1 of 3").
//
// What each format makes of it:
// - CSV: the data only. A report that is one table and nothing else (the opt-out log) is that
//   table: its header and rows, so it reads back as exactly those rows. Any other report is a
//   series of blocks, each a line with its title, a header row, the rows and a blank line: first
//   the report's title with the business, period and time of writing, then per section its key
//   figures, its chart's data and its table, then the notes. Paragraphs are left out.
// - XLSX: a "Summary" sheet (title, business, period, then per section its heading, key figures
//   and paragraph), a sheet per chart (its data, with a native Excel chart beside it), a sheet per
//   table, and a "Notes" sheet.
// - PDF: everything, in order, with the notes on the last page.
struct ReportDocument
{
    QString title;        // "Unsubscribe report"
    QString businessName; // in every page's header
    QString period;       // "1 Nov 2026 – 30 Nov 2026", as it should read
    QDateTime generatedAt;
    QVector<ReportSection> sections;
    QVector<ReportNote> notes;

    // The one table of a report that holds nothing else to export (no key figures, no chart):
    // written to CSV as a plain table. nullptr for any other report.
    const ReportTable* soleTable() const;
    // The rows of all its tables, or -1 if a table does not know its count before reading.
    qint64 totalRows() const;
};

} // namespace textwell
