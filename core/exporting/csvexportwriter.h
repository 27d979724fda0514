#pragma once

#include "bufferedsavefile.h"
#include "exportwriter.h"

#include <QTimeZone>

namespace textwell {

// CSV as Excel and LibreOffice read it: UTF-8 (with a byte order mark when asked), RFC 4180
// quoting, CRLF line ends, and free text guarded against formula injection (CsvFormat).
// The file is complete or not there (BufferedSaveFile).
class CsvExportWriter : public ExportWriter
{
public:
    CsvExportWriter(QString path, const ExportOptions& options, QVector<ExportColumn> columns);

    Status open(); // creates the file and writes the header row
    Status writeRow(const QVariantList& values) override;
    Status commit() override;

private:
    void appendLine(const QStringList& fields, const QVariantList* values);

    QChar m_delimiter;
    bool m_byteOrderMark;
    QVector<ExportColumn> m_columns;
    BufferedSaveFile m_file;
    QString m_line;
    // Local time through the zone's rules held in memory: QDateTime::toLocalTime() asks the C
    // library, which looks at /etc/localtime again for every value (a sixth of a big export).
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
};

} // namespace textwell
