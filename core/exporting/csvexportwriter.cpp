#include "csvexportwriter.h"

#include "csvformat.h"

#include <QDate>
#include <QDateTime>

namespace textwell {

CsvExportWriter::CsvExportWriter(QString path, const ExportOptions& options, QVector<ExportColumn> columns)
    : m_delimiter(options.delimiter), m_byteOrderMark(options.byteOrderMark), m_columns(std::move(columns)),
      m_file(std::move(path))
{}

Status CsvExportWriter::open()
{
    if (Status opened = m_file.open(); !opened)
        return opened;
    if (m_byteOrderMark)
        m_file.append("\xEF\xBB\xBF");
    QStringList headers;
    for (const ExportColumn& column : m_columns)
        headers.append(column.header);
    appendLine(headers, nullptr);
    return {};
}

void CsvExportWriter::appendLine(const QStringList& fields, const QVariantList* values)
{
    m_line.clear();
    const int count = values ? m_columns.size() : fields.size();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            m_line += m_delimiter;
        if (!values) {
            CsvFormat::appendField(m_line, fields.at(i), m_delimiter);
            continue;
        }
        const QVariant& value = values->at(i);
        switch (m_columns.at(i).kind) {
        case ExportColumn::Kind::Text:
            CsvFormat::appendField(m_line, CsvFormat::guarded(value.toString()), m_delimiter);
            break;
        case ExportColumn::Kind::Phone:
            CsvFormat::appendField(m_line, value.toString(), m_delimiter);
            break;
        case ExportColumn::Kind::Date: {
            const QDate date = value.toDate();
            if (date.isValid())
                m_line += date.toString(Qt::ISODate);
            break;
        }
        case ExportColumn::Kind::DateTime: {
            const QDateTime time = value.toDateTime();
            if (time.isValid())
                m_line += time.toTimeZone(m_localZone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            break;
        }
        }
    }
    m_line += QLatin1String(CsvFormat::LineEnd);
    m_file.append(m_line.toUtf8());
}

Status CsvExportWriter::writeRow(const QVariantList& values)
{
    appendLine({}, &values);
    return m_file.flushIfFull();
}

Status CsvExportWriter::commit()
{
    return m_file.commit();
}

} // namespace textwell
