#pragma once

#include <QString>
#include <QStringList>

namespace textwell {

// One row of an import file, as the person sees it in a spreadsheet or contact list.
struct SourceRecord
{
    qint64 row = 0; // 1-based; the header, when there is one, is row 1; a vCard's row is its card number
    QStringList fields;
};

// A file read record by record, so a million rows never sit in memory at once.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    // The column names: the header row, or "Column 1", "Column 2", ... when the file has none.
    virtual QStringList header() const = 0;
    // The next record; false at the end of the file or on an error (then error() says which row
    // and what; the records before it were good).
    virtual bool next(SourceRecord& record) = 0;
    virtual QString error() const = 0;
    // How far the reading is, for a progress bar.
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
};

} // namespace textwell
