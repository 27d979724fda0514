#pragma once

#include "exporting/bufferedsavefile.h"
#include "reportdocument.h"
#include "reportprogress.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace textwell {

// A report as CSV that Excel and LibreOffice open as they are: UTF-8 with a byte order mark,
// RFC 4180 quoting and CRLF (CsvFormat), free text guarded against formulas. What goes in the
// file is described at ReportDocument: one table alone is a plain table; anything else is blocks.
// Numbers are plain: percentages as the fraction (0.024 for 2.4 %, which a spreadsheet formats as
// a percentage on request), integers without grouping, dates as ISO text, date-times in local
// time. The decimal separator follows the delimiter (see ReportValues::csvDecimalPoint).
// The file is complete or not there (BufferedSaveFile).
class CsvReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvReportWriter)

public:
    explicit CsvReportWriter(QString path, QChar delimiter = QLatin1Char(','));

    Status write(const ReportDocument& document, ReportProgress& progress);

private:
    void appendText(const QString& text); // guarded free text
    void appendNumber(double value);
    void appendValue(const QVariant& value, ReportColumn::Kind kind);
    void endLine();
    void appendLine(const QStringList& texts); // a line of free texts
    void writeHeading(const ReportDocument& document);
    void writeFigures(const QString& title, const QVector<ReportFigure>& figures);
    void writeChart(const QString& title, const ReportChart& chart);
    void writeNotes(const QVector<ReportNote>& notes);
    Status writeRows(const ReportTable& table, ReportProgress& progress);

    QChar m_delimiter;
    QChar m_decimalPoint;
    BufferedSaveFile m_file;
    QString m_line;
    bool m_lineStarted = false;
    // Local time through the zone's rules held in memory (see CsvExportWriter).
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
};

} // namespace textwell
