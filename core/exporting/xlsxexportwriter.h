#pragma once

#include "exportwriter.h"

#include <QByteArray>
#include <QTemporaryFile>
#include <QTimeZone>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace textwell {

// An Excel workbook with one sheet, written by libxlsxwriter in constant-memory mode (each row
// goes to disk as it is written, so a million rows take no more memory than ten): a bold, frozen
// header with an autofilter, phone numbers as text, dates as dates. Written to a temporary file
// beside the target and renamed over it once workbook_close() reports success.
class XlsxExportWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExportWriter)

public:
    XlsxExportWriter(QString path, QVector<ExportColumn> columns);
    ~XlsxExportWriter() override;

    Status open(const QString& sheetName, qint64 expectedRows); // writes the header row
    Status writeRow(const QVariantList& values) override;
    Status commit() override;

    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\ .
    static QString sheetName(const QString& wanted);

private:
    Status failed(int error);

    QString m_path;
    QVector<ExportColumn> m_columns;
    QTemporaryFile m_temporary;
    QByteArray m_temporaryPath; // in the file system's encoding, for libxlsxwriter
    QByteArray m_folder;        // where libxlsxwriter keeps its own temporary files
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    quint32 m_row = 0;                                   // the last row written; 0 is the header
    QTimeZone m_localZone = QTimeZone::systemTimeZone(); // see CsvExportWriter
    QString m_error;
};

} // namespace textwell
