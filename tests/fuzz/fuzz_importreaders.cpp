// libFuzzer target for the readers of files to import: the format sniffer, the encodings, the
// CSV/TSV reader and the vCard reader. Whatever the bytes, nothing may crash, hang or leak, and
// the records must not depend on how the bytes arrive (a differential check with tiny chunks).
// Built and run by scripts/fuzz.sh; the readers need no QCoreApplication.
#include "importing/delimitedreader.h"
#include "importing/importfile.h"
#include "importing/textencoding.h"
#include "importing/vcardreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace textwell;

namespace {

constexpr int MaxRecords = 5000;

std::unique_ptr<QIODevice> bufferOf(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return buffer;
}

// The header, every record with its row, and the error, as one list to compare.
QStringList readAll(RecordReader& reader)
{
    QStringList out{reader.header().join(QChar(0x1F))};
    SourceRecord record;
    qint64 lastRow = 0;
    for (int n = 0; n < MaxRecords && reader.next(record); ++n) {
        if (record.row <= lastRow)
            abort(); // rows are 1-based and go up
        lastRow = record.row;
        out.append(QString::number(record.row) + QLatin1Char(':') + record.fields.join(QChar(0x1F)));
    }
    out.append(reader.error());
    if (reader.bytesRead() > reader.totalBytes())
        abort();
    return out;
}

QStringList readInChunks(const QByteArray& bytes, const FileFormat& format, qsizetype chunk)
{
    if (format.kind == FileFormat::VCard) {
        VCardReader reader(bufferOf(bytes), format, chunk);
        return readAll(reader);
    }
    DelimitedReader reader(bufferOf(bytes), format, chunk);
    return readAll(reader);
}

void mustEqual(const QStringList& a, const QStringList& b, const char* what)
{
    if (a == b)
        return;
    fprintf(stderr, "%s differ:\n", what);
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            fprintf(stderr, "  at %lld: '%s'\n      vs '%s'\n", static_cast<long long>(i),
                    qPrintable(a.value(i)), qPrintable(b.value(i)));
            break;
        }
    }
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const unsigned char first = size > 0 ? data[0] : 0;
    const unsigned char last = size > 0 ? data[size - 1] : 0;

    // Decoding in pieces gives what decoding at once gives, valid bytes or not.
    const qsizetype cut = size > 0 ? qsizetype(last) % qsizetype(size + 1) : 0;
    for (TextEncoding::Encoding encoding : TextEncoding::all()) {
        TextDecoder whole(encoding);
        QString once = whole.decode(bytes);
        once += whole.finish();
        TextDecoder pieces(encoding);
        QString twice = pieces.decode(bytes.left(cut));
        twice += pieces.decode(bytes.mid(cut, 1));
        twice += pieces.decode(bytes.mid(cut + 1));
        twice += pieces.finish();
        mustEqual({once}, {twice}, "decoded pieces");
        if (whole.hasError() != pieces.hasError())
            abort();
    }

    const auto sniffed = ImportFile::sniff(bytes);
    FileFormat format;
    if (sniffed) {
        format = sniffed.value();
        readAll(*ImportFile::open(bufferOf(bytes), format));
    }

    // Each kind forced, with an encoding, a delimiter and a header picked by the first byte; read
    // whole and in chunks of 1 to 61 bytes.
    static const QChar delimiters[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'),
                                       QLatin1Char('|'), QLatin1Char(':'), QLatin1Char('"'),
                                       QChar()};
    const qsizetype chunk = 1 + last % 61;
    for (FileFormat::Kind kind : {FileFormat::Delimited, FileFormat::VCard}) {
        FileFormat forced = format;
        forced.kind = kind;
        if (!sniffed || (first & 1)) {
            forced.encoding = TextEncoding::all().at((first >> 1) % 5);
            forced.delimiter = delimiters[(first >> 4) % 7];
            forced.hasHeader = first & 0x80;
        }
        const QStringList whole = readAll(*ImportFile::open(bufferOf(bytes), forced));
        mustEqual(whole, readInChunks(bytes, forced, chunk), "records by chunk size");
    }
    return 0;
}
