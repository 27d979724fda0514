#pragma once

#include "exportwriter.h"

#include <QByteArray>
#include <QSaveFile>
#include <QTimeZone>

namespace textwell {

// CSV as Excel and LibreOffice read it: UTF-8 (with a byte order mark when asked), RFC 4180
// quoting, CRLF line ends, and free text guarded against formula injection (CsvFormat).
// QSaveFile writes beside the target and renames over it on commit.
class CsvExportWriter : public ExportWriter
{
public:
    CsvExportWriter(QString path, const ExportOptions& options, QVector<ExportColumn> columns);

    Status open(); // creates the file and writes the header row
    Status writeRow(const QVariantList& values) override;
    Status commit() override;

private:
    void appendLine(const QStringList& fields, const QVariantList* values);
    Status flush();

    QString m_path;
    QChar m_delimiter;
    bool m_byteOrderMark;
    QVector<ExportColumn> m_columns;
    QSaveFile m_file;
    QString m_line;
    QByteArray m_buffer;
    QString m_error; // the first write error; later writes are skipped
    // Local time through the zone's rules held in memory: QDateTime::toLocalTime() asks the C
    // library, which looks at /etc/localtime again for every value (a sixth of a big export).
    QTimeZone m_localZone = QTimeZone::systemTimeZone();
};

} // namespace textwell
