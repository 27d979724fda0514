#pragma once

#include "decodedtextstream.h"
#include "importfile.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace textwell {

// A CSV, TSV or TXT file read record by record, in chunks, so that neither a million rows nor one
// endless line ever sits in memory (a record longer than ImportFile::MaxRecordChars is an error).
//
// RFC 4180 quoting (doubled quotes, line breaks inside quotes), CR, LF and CRLF line ends in any
// mix, and lenient where Excel is: a quote inside an unquoted field is a plain character, and text
// after a closing quote belongs to the field. A byte-order mark and Excel's "sep=;" first line
// (which sets the delimiter) are skipped. Fields are not trimmed; line breaks inside a quoted
// field become "\n".
//
// Row numbers are those a spreadsheet shows for the file: the header is row 1, a record is one
// row even when quoted line breaks spread it over several lines, and an empty line (or one whose
// fields are all blank, like ";;;") is a row too, although it is skipped and never returned.
// The "sep=" line is not a row: Excel does not show it.
class DelimitedReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedReader)

public:
    static constexpr qsizetype ChunkSize = 64 * 1024;

    // device: open for reading, or opened here. chunkSize: bytes per read, smaller in tests.
    DelimitedReader(std::unique_ptr<QIODevice> device, const FileFormat& format,
                    qsizetype chunkSize = ChunkSize);
    ~DelimitedReader() override;

    QStringList header() const override;
    bool next(SourceRecord& record) override;
    QString error() const override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

    // The delimiter in use: the format's, or the one Excel's "sep=" line named.
    QChar delimiter() const { return m_delimiter; }

    // Excel's "sep=;" line (also quoted, with trailing blanks or delimiters): the delimiter it names.
    static bool parseSepLine(QStringView line, QChar* delimiter);

private:
    enum class Parsed
    {
        Record,
        Blank,            // an empty line, consumed
        Incomplete,       // the buffer ends inside the record
        IncompleteQuoted, // ... inside a quoted field
        Unclosed,         // the file ends inside a quoted field
    };

    bool fill();
    bool readRecord(QStringList& fields, qint64* row);
    Parsed parseRecord(QStringList& fields, bool atEnd);
    void skipSepLine();
    static QString tooLong(qint64 row, bool inQuotes);
    bool fail(const QString& message);

    DecodedTextStream m_stream;
    QChar m_delimiter;
    QString m_text; // decoded, not yet consumed from m_pos on
    qsizetype m_pos = 0;
    bool m_skipLf = false; // the last line ended with CR: a LF right after it is part of that end
    bool m_failed = false;
    QString m_error;
    qint64 m_row = 0;            // of the last record or blank line consumed
    qsizetype m_recordChars = 0; // of the last record parsed, without its line end
    QStringList m_header;
    bool m_hasPending = false; // a headerless file's first record, read for its width
    SourceRecord m_pending;
};

} // namespace textwell
