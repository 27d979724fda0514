#pragma once

#include "reports/reportdocument.h"
#include "reports/reportprogress.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QLocale>

namespace textwell {

// A report as a PDF to print or send: A4 at 300 dpi (landscape when a table has too many columns
// for portrait), real (selectable, searchable) text in fonts that cover Latin, Cyrillic and
// umlauts. Every page has a header (business, title, period) and a footer ("Page 2 of 5"); the
// first page opens with the title; then each section in order: its heading, paragraph, key figures
// as a row of cards, chart (ReportChartPainter) and table (header repeated on every page, numbers
// right-aligned and never cut, every other row shaded, long text wrapped onto up to eight lines).
// The notes come last. The pages are laid out once before they are drawn, so the footer knows how
// many there are. Written through QSaveFile: a file by the target's name is always a whole one.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    explicit PdfReportWriter(QString path);

    // Numbers, percentages and dates are written for this locale; QLocale() by default.
    void setLocale(const QLocale& locale) { m_locale = locale; }

    Status write(const ReportDocument& document, ReportProgress& progress);

    // How many pages document takes, from its layout, without writing anything; 0 when its rows
    // cannot be read.
    static int pageCount(const ReportDocument& document, const QLocale& locale = QLocale());

    static constexpr int Resolution = 300; // dots per inch

private:
    QString m_path;
    QLocale m_locale;
};

} // namespace textwell
