#include "csvexportwriter.h"

#include "csvformat.h"
#include "exportfiles.h"

#include <QDate>
#include <QDateTime>

#include <cerrno>

namespace textwell {

namespace {

// Written in pieces of this size: few system calls, little memory.
constexpr int BufferSize = 256 * 1024;

} // namespace

CsvExportWriter::CsvExportWriter(QString path, const ExportOptions& options, QVector<ExportColumn> columns)
    : m_path(std::move(path)), m_delimiter(options.delimiter), m_byteOrderMark(options.byteOrderMark),
      m_columns(std::move(columns)), m_file(m_path)
{
    m_buffer.reserve(BufferSize + 4096);
}

Status CsvExportWriter::open()
{
    // Unbuffered: QSaveFile's own buffer would report a failed write (a full disk) only at commit,
    // when errno no longer says why.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure(ExportFiles::cannotCreate(m_path, m_file.errorString()));
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
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
    m_buffer += m_line.toUtf8();
}

Status CsvExportWriter::flush()
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (m_buffer.isEmpty())
        return {};
    errno = 0;
    if (m_file.write(m_buffer) != m_buffer.size()) {
        const int errorNumber = errno;
        m_error = ExportFiles::writeFailed(m_path, m_file.errorString(), errorNumber);
        m_file.cancelWriting();
        return Status::failure(m_error);
    }
    m_buffer.clear();
    return {};
}

Status CsvExportWriter::writeRow(const QVariantList& values)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    appendLine({}, &values);
    if (m_buffer.size() >= BufferSize)
        return flush();
    return {};
}

Status CsvExportWriter::commit()
{
    if (Status flushed = flush(); !flushed)
        return flushed;
    errno = 0;
    if (!m_file.commit()) {
        const int errorNumber = errno;
        return Status::failure(ExportFiles::writeFailed(m_path, m_file.errorString(), errorNumber));
    }
    return {};
}

} // namespace textwell
