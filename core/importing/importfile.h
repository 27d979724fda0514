#pragma once

#include "recordreader.h"
#include "textencoding.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace textwell {

// How a file to import is written: found by sniff(), shown and changeable in the wizard.
struct FileFormat
{
    enum Kind
    {
        Delimited, // CSV, TSV, TXT
        VCard,     // .vcf 2.1, 3.0, 4.0
    };
    Kind kind = Delimited;
    TextEncoding::Encoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(','); // , ; \t |
    bool hasHeader = true;
};

// Opening a file to import: what it is, and a reader for its records.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    // Guesses the format from the first 64 KB: vCard by BEGIN:VCARD; the encoding; the delimiter
    // that splits the first rows into the same number of fields (a leading "sep=;" line of Excel
    // decides); a header when the first row has no number in it while later rows do, or names
    // columns the mapping knows. Fails for a 0-byte file, a binary file or one that cannot be read.
    static Result<FileFormat> sniff(const QString& path);
    static Result<FileFormat> sniff(const QByteArray& head);

    // A reader over path (or over an open device, for tests and the fuzzer) in format.
    static Result<std::unique_ptr<RecordReader>> open(const QString& path, const FileFormat& format);
    static std::unique_ptr<RecordReader> open(std::unique_ptr<QIODevice> device, const FileFormat& format);

    // The longest record accepted; a longer one is an error naming its row (a quote never closed,
    // or not a text file).
    static constexpr qsizetype MaxRecordChars = 1 << 20;
};

} // namespace textwell
