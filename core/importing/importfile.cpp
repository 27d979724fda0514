#include "importfile.h"

#include "delimitedreader.h"
#include "vcardreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <map>

namespace textwell {

namespace {

constexpr qsizetype HeadSize = 64 * 1024;
constexpr int SampleRecords = 20;

// Text has no NUL characters and few other control characters; a PNG, a ZIP (an .xlsx) or an
// executable has plenty of both.
bool looksLikeText(QStringView text)
{
    qsizetype odd = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return false;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v' && u != 0x1A) ||
            u == 0xFFFD)
            ++odd;
    }
    return odd * 20 <= text.size();
}

// Six digits or more, and little else than what numbers are written with.
bool looksLikePhone(QStringView field)
{
    field = field.trimmed();
    qsizetype digits = 0;
    qsizetype other = 0;
    for (QChar c : field) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && !QStringView(u"+()-./").contains(c))
            ++other;
    }
    return digits >= 6 && other * 10 <= field.size();
}

// Column names of address-book exports in English, German and Russian. Kept here (and not taken
// from the column mapping) so that the readers need nothing but QtCore.
bool isHeaderWord(QStringView field)
{
    const QString name = field.trimmed().toString().toLower();
    if (name.isEmpty() || name.contains(QLatin1Char('@')))
        return false;
    static const char* const whole[] = {"tel", "tel.", "fon", "ort", "имя", "cell", "msisdn", "plz"};
    for (const char* word : whole) {
        if (name == QString::fromUtf8(word))
            return true;
    }
    static const char* const parts[] = {
        "phone",  "telefon", "телефон", "mobil",      "handy",   "мобильн", "name",  "фамилия",  "отчество",
        "city",   "stadt",   "город",   "email",      "e-mail",  "почта",   "номер", "nummer",   "birthday",
        "geburt", "рожден",  "region",  "bundesland", "область", "notiz",   "note",  "примечан",
    };
    for (const char* word : parts) {
        if (name.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

// BEGIN:VCARD on one of the first lines: some exporters write a line or two before the cards.
bool startsVCard(QStringView text)
{
    int lines = 0;
    for (QStringView line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive))
            return true;
        if (++lines == 5)
            break;
    }
    return false;
}

QVector<QStringList> sampleRecords(const QByteArray& utf8, QChar delimiter)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(utf8);
    FileFormat format;
    format.encoding = TextEncoding::Utf8;
    format.delimiter = delimiter;
    format.hasHeader = false;
    DelimitedReader reader(std::move(buffer), format);
    QVector<QStringList> records;
    SourceRecord record;
    while (records.size() < SampleRecords && reader.next(record))
        records.append(record.fields);
    return records; // a quote cut off by the end of the head is no reason to doubt the rows before
}

// How well a delimiter splits the sample: the share of records with the most common field count,
// and that count.
struct Split
{
    qsizetype agreeing = 0;
    qsizetype records = 0;
    qsizetype fields = 0;
};

Split splitBy(const QVector<QStringList>& records)
{
    std::map<qsizetype, qsizetype> counts;
    for (const QStringList& record : records)
        ++counts[record.size()];
    Split split;
    split.records = records.size();
    for (const auto& [fields, agreeing] : counts) {
        if (agreeing >= split.agreeing) { // ties: the wider split
            split.agreeing = agreeing;
            split.fields = fields;
        }
    }
    return split;
}

bool better(const Split& a, const Split& b)
{
    if (a.fields <= 1)
        return false;
    if (b.fields <= 1)
        return true;
    const qsizetype lhs = a.agreeing * b.records;
    const qsizetype rhs = b.agreeing * a.records;
    return lhs != rhs ? lhs > rhs : a.fields > b.fields;
}

bool hasPhone(const QStringList& record)
{
    return std::any_of(record.begin(), record.end(),
                       [](const QString& field) { return looksLikePhone(field); });
}

// A header names columns and holds no number, while the rows under it do.
bool guessHeader(const QVector<QStringList>& records)
{
    if (records.isEmpty())
        return true;
    const QStringList& first = records.first();
    if (hasPhone(first))
        return false;
    if (std::any_of(first.begin(), first.end(), [](const QString& field) { return isHeaderWord(field); }))
        return true;
    return std::any_of(records.begin() + 1, records.end(), hasPhone);
}

} // namespace

Result<FileFormat> ImportFile::sniff(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<FileFormat>::failure(tr("The file %1 could not be opened: %2")
                                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray head = file.read(HeadSize);
    if (file.error() != QFileDevice::NoError) {
        return Result<FileFormat>::failure(
            tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return sniff(head);
}

Result<FileFormat> ImportFile::sniff(const QByteArray& fullHead)
{
    if (fullHead.isEmpty())
        return Result<FileFormat>::failure(tr("The file is empty."));
    const QByteArray head = fullHead.left(HeadSize);
    FileFormat format;
    format.encoding = TextEncoding::detect(head);
    const int bom = TextEncoding::bomLength(head, format.encoding);
    TextDecoder decoder(format.encoding);
    QString text = decoder.decode(head.constData() + bom, head.size() - bom);
    text += decoder.finish();
    if (!looksLikeText(text)) {
        return Result<FileFormat>::failure(
            tr("This file does not look like a text file: it holds binary data. Choose a CSV or text file "
               "(in Excel: Save As, CSV) or a vCard file (.vcf)."));
    }
    if (text.trimmed().isEmpty())
        return Result<FileFormat>::failure(tr("The file is empty."));

    if (startsVCard(text)) {
        format.kind = FileFormat::VCard;
        format.hasHeader = false;
        return format;
    }

    // Whole lines only: the head may end in the middle of one.
    if (fullHead.size() > head.size() || head.size() == HeadSize) {
        const qsizetype lastBreak =
            std::max(text.lastIndexOf(QLatin1Char('\n')), text.lastIndexOf(QLatin1Char('\r')));
        if (lastBreak > 0)
            text.truncate(lastBreak + 1);
    }
    const QByteArray utf8 = text.toUtf8();

    qsizetype firstBreak = 0;
    while (firstBreak < text.size() && text.at(firstBreak) != QLatin1Char('\n') &&
           text.at(firstBreak) != QLatin1Char('\r'))
        ++firstBreak;
    QChar excelSep;
    if (DelimitedReader::parseSepLine(QStringView(text).left(firstBreak), &excelSep)) {
        format.delimiter = excelSep;
    } else {
        format.delimiter = QLatin1Char(',');
        Split best;
        for (QChar candidate :
             {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|'), QLatin1Char(':')}) {
            const Split split = splitBy(sampleRecords(utf8, candidate));
            if (better(split, best)) {
                best = split;
                format.delimiter = candidate;
            }
        }
    }
    format.hasHeader = guessHeader(sampleRecords(utf8, format.delimiter));
    return format;
}

Result<std::unique_ptr<RecordReader>> ImportFile::open(const QString& path, const FileFormat& format)
{
    using Opened = Result<std::unique_ptr<RecordReader>>;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Opened::failure(tr("The file %1 could not be opened: %2")
                                   .arg(QDir::toNativeSeparators(path), file->errorString()));
    }
    std::unique_ptr<RecordReader> reader = open(std::move(file), format);
    if (!reader->error().isEmpty())
        return Opened::failure(reader->error());
    return Opened(std::move(reader));
}

std::unique_ptr<RecordReader> ImportFile::open(std::unique_ptr<QIODevice> device, const FileFormat& format)
{
    if (format.kind == FileFormat::VCard)
        return std::make_unique<VCardReader>(std::move(device), format);
    return std::make_unique<DelimitedReader>(std::move(device), format);
}

} // namespace textwell
