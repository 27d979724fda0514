#include "delimitedreader.h"

#include <algorithm>

namespace textwell {

namespace {

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// A record of nothing but blanks (";;;" or ",  ,") is an empty spreadsheet row, not a person.
bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        for (QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

// Line breaks inside a quoted field, whatever the file's, become "\n".
void normaliseLineBreaks(QString& field)
{
    if (!field.contains(QLatin1Char('\r')))
        return;
    field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    field.replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

QChar usableDelimiter(QChar delimiter)
{
    if (delimiter.isNull() || delimiter == QLatin1Char('"') || isLineEnd(delimiter))
        return QLatin1Char(',');
    return delimiter;
}

} // namespace

DelimitedReader::DelimitedReader(std::unique_ptr<QIODevice> device, const FileFormat& format,
                                 qsizetype chunkSize)
    : m_stream(std::move(device), format.encoding, chunkSize), m_delimiter(usableDelimiter(format.delimiter))
{
    if (m_stream.error() != DecodedTextStream::Error::None) {
        fail(m_stream.errorMessage());
        return;
    }
    skipSepLine();

    SourceRecord first;
    if (!readRecord(first.fields, &first.row))
        return; // an empty file, or an error that next() reports
    if (format.hasHeader) {
        for (qsizetype i = 0; i < first.fields.size(); ++i) {
            const QString name = first.fields.at(i).trimmed();
            m_header.append(name.isEmpty() ? tr("Column %1").arg(i + 1) : name);
        }
    } else {
        for (qsizetype i = 0; i < first.fields.size(); ++i)
            m_header.append(tr("Column %1").arg(i + 1));
        m_pending = std::move(first);
        m_hasPending = true;
    }
}

DelimitedReader::~DelimitedReader() = default;

QStringList DelimitedReader::header() const
{
    return m_header;
}

bool DelimitedReader::next(SourceRecord& record)
{
    if (m_hasPending) {
        record = std::move(m_pending);
        m_hasPending = false;
        return true;
    }
    return readRecord(record.fields, &record.row);
}

QString DelimitedReader::error() const
{
    return m_error;
}

qint64 DelimitedReader::bytesRead() const
{
    return m_stream.bytesRead();
}

qint64 DelimitedReader::totalBytes() const
{
    return m_stream.totalBytes();
}

bool DelimitedReader::parseSepLine(QStringView line, QChar* delimiter)
{
    if (line.startsWith(QLatin1Char('"')))
        line = line.mid(1);
    if (line.size() < 5 || !line.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return false;
    const QChar sep = line.at(4);
    if (sep == QLatin1Char('"') || isLineEnd(sep))
        return false;
    // What a spreadsheet may have added: a closing quote, blanks, empty fields.
    for (QChar c : line.mid(5)) {
        if (c != QLatin1Char('"') && c != sep && !c.isSpace())
            return false;
    }
    if (delimiter)
        *delimiter = sep;
    return true;
}

QString DelimitedReader::tooLong(qint64 row, bool inQuotes)
{
    if (inQuotes) {
        return tr("Row %1 is longer than 1 MB: a quotation mark opened in this row is probably never closed.")
            .arg(row);
    }
    return tr("Row %1 is longer than 1 MB: this does not look like a file of rows and columns.").arg(row);
}

bool DelimitedReader::fail(const QString& message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
    }
    return false;
}

// Reads one more chunk and decodes it onto m_text (dropping what is consumed). False at the end
// of the file or on an error; true even when the chunk decodes to nothing yet (half a character).
bool DelimitedReader::fill()
{
    if (m_stream.atEnd())
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_stream.readMore(m_text))
        return true;
    if (m_stream.error() != DecodedTextStream::Error::None)
        return fail(m_stream.errorMessage());
    return false;
}

void DelimitedReader::skipSepLine()
{
    auto lineEnd = [this]() {
        for (qsizetype i = m_pos; i < m_text.size(); ++i) {
            if (isLineEnd(m_text.at(i)))
                return i;
        }
        return qsizetype(-1);
    };
    // "sep=X" is short: a few dozen characters tell.
    while (lineEnd() < 0 && m_text.size() - m_pos < 64 && fill()) {
    }
    if (m_failed)
        return;
    qsizetype end = lineEnd();
    if (end < 0) {
        if (!m_stream.atEnd())
            return;
        end = m_text.size();
    }
    QChar sep;
    if (!parseSepLine(QStringView(m_text).mid(m_pos, end - m_pos), &sep))
        return;
    m_delimiter = sep;
    m_pos = end;
    if (m_pos < m_text.size()) {
        if (m_text.at(m_pos) == QLatin1Char('\r'))
            m_skipLf = true;
        ++m_pos;
    }
}

bool DelimitedReader::readRecord(QStringList& fields, qint64* row)
{
    for (;;) {
        if (m_failed)
            return false;
        if (m_pos >= m_text.size()) {
            if (!fill())
                return false;
            continue;
        }
        if (m_skipLf) {
            m_skipLf = false;
            if (m_text.at(m_pos) == QLatin1Char('\n')) {
                ++m_pos;
                continue;
            }
        }
        const Parsed parsed = parseRecord(fields, m_stream.atEnd());
        switch (parsed) {
        case Parsed::Blank:
            ++m_row;
            continue;
        case Parsed::Record:
            ++m_row;
            // Whole in the buffer but too long all the same: the limit does not depend on chunks.
            if (m_recordChars > ImportFile::MaxRecordChars)
                return fail(tooLong(m_row, false));
            if (isBlank(fields))
                continue;
            *row = m_row;
            return true;
        case Parsed::Unclosed:
            return fail(tr("Row %1: a quotation mark opened in this row is never closed.").arg(m_row + 1));
        case Parsed::Incomplete:
        case Parsed::IncompleteQuoted: {
            const qsizetype partial = m_text.size() - m_pos;
            if (partial > ImportFile::MaxRecordChars)
                return fail(tooLong(m_row + 1, parsed == Parsed::IncompleteQuoted));
            // Read on until the record has at least doubled, so that a long record is parsed a few
            // times rather than once per chunk; but never much beyond the limit.
            const qsizetype wanted = std::min(partial * 2, ImportFile::MaxRecordChars + 1);
            while (m_text.size() - m_pos <= wanted && fill()) {
            }
            continue;
        }
        }
    }
}

// One record from m_pos, when the buffer holds all of it (or the file ends: atEnd).
DelimitedReader::Parsed DelimitedReader::parseRecord(QStringList& fields, bool atEnd)
{
    const QChar* s = m_text.constData();
    const qsizetype n = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype i = m_pos;

    // Where the record ends: consumes CR, LF or CRLF (a CR at the end of the buffer leaves its LF
    // to the next call).
    auto endLine = [&](qsizetype at) {
        if (s[at] == QLatin1Char('\r')) {
            if (at + 1 < n) {
                at += s[at + 1] == QLatin1Char('\n') ? 2 : 1;
            } else {
                m_skipLf = true;
                at += 1;
            }
        } else {
            at += 1;
        }
        m_pos = at;
    };
    // The end of an unquoted stretch: the delimiter, a line end or the end of the buffer.
    auto scan = [&](qsizetype from) {
        while (from < n) {
            const char16_t c = s[from].unicode();
            if (c == delimiter || c == u'\n' || c == u'\r')
                break;
            ++from;
        }
        return from;
    };

    if (isLineEnd(s[i])) {
        endLine(i);
        return Parsed::Blank;
    }
    fields.clear();
    for (;;) {
        if (i < n && s[i] == QLatin1Char('"')) {
            QString field;
            qsizetype from = i + 1;
            for (;;) {
                const qsizetype quote = QStringView(s, n).indexOf(QLatin1Char('"'), from);
                if (quote < 0)
                    return atEnd ? Parsed::Unclosed : Parsed::IncompleteQuoted;
                field.append(s + from, quote - from);
                if (quote + 1 < n && s[quote + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    from = quote + 2;
                    continue;
                }
                if (quote + 1 >= n && !atEnd)
                    return Parsed::IncompleteQuoted; // a doubled quote may follow
                i = quote + 1;
                break;
            }
            // Lenient: "Smith" Jr → Smith Jr, as Excel reads it.
            const qsizetype end = scan(i);
            if (end >= n && !atEnd)
                return Parsed::Incomplete;
            field.append(s + i, end - i);
            normaliseLineBreaks(field);
            fields.append(field);
            i = end;
        } else {
            const qsizetype end = scan(i);
            if (end >= n && !atEnd)
                return Parsed::Incomplete;
            fields.append(end > i ? QString(s + i, end - i) : QString());
            i = end;
        }
        if (i < n && s[i].unicode() == delimiter) {
            ++i;
            continue;
        }
        m_recordChars = i - m_pos;
        if (i >= n)
            m_pos = n;
        else
            endLine(i);
        return Parsed::Record;
    }
}

} // namespace textwell
