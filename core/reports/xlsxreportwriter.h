#pragma once

#include "reportdocument.h"
#include "reportprogress.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QTemporaryFile>
#include <QTimeZone>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace textwell {

// A report as an Excel workbook: a "Summary" sheet (title, business, period, each section's key
// figures and paragraph, a link to each chart and table), a sheet per chart holding its data with
// a native Excel chart beside it (line, column or doughnut; a band as two pale lines and a
// threshold as a dashed line on line charts), a sheet per table (a bold, frozen header with an
// autofilter, numbers as numbers, percentages in a percent format, dates as dates), and a "Notes"
// sheet.
//
// Written by libxlsxwriter in constant-memory mode: each sheet is written top to bottom and its
// rows go to disk as they come, so a table of a million rows takes no more memory than one of ten.
// The sheet order (summary, charts and tables in document order, notes) is also the writing order,
// so nothing has to be revisited. The charts reference their cells; Excel and LibreOffice read the
// values from there when the file is opened.
class XlsxReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReportWriter)

public:
    explicit XlsxReportWriter(QString path);
    ~XlsxReportWriter();
    XlsxReportWriter(const XlsxReportWriter&) = delete;
    XlsxReportWriter& operator=(const XlsxReportWriter&) = delete;

    Status write(const ReportDocument& document, ReportProgress& progress);

    // An Excel sheet holds 1,048,576 rows, the header being one of them.
    static constexpr qint64 MaxRows = 1048575;

private:
    struct SectionSheets
    {
        QString chart;
        QString table;
    };

    Status open(const ReportDocument& document);
    QString uniqueSheetName(const QString& wanted);
    lxw_worksheet* addSheet(const QString& name);
    Status writeSummary(const QString& sheetName, const ReportDocument& document,
                        const QVector<SectionSheets>& sheets);
    Status writeChart(const QString& sheetName, const ReportChart& chart);
    Status writeTable(const QString& sheetName, const ReportTable& table, ReportProgress& progress);
    Status writeNotes(const QString& sheetName, const QVector<ReportNote>& notes);
    Status commit();
    bool check(int error);
    Status failed() const;

    QString m_path;
    QTemporaryFile m_temporary;
    QByteArray m_temporaryPath; // in the file system's encoding, for libxlsxwriter
    QByteArray m_folder;        // where libxlsxwriter keeps its own temporary files
    lxw_workbook* m_workbook = nullptr;
    QSet<QString> m_sheetNames; // folded to lower case: Excel compares them so
    lxw_format* m_title = nullptr;
    lxw_format* m_subtitle = nullptr;
    lxw_format* m_muted = nullptr;
    lxw_format* m_heading = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_wrap = nullptr;
    lxw_format* m_link = nullptr;
    lxw_format* m_figureValue = nullptr;
    lxw_format* m_integer = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    int m_error = 0; // the first lxw_error
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
};

} // namespace textwell
