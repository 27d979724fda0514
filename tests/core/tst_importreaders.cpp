// The readers of files to import: encodings, the format sniffer, the CSV/TSV reader and the vCard
// reader, against the real-shaped files of tests/data/import (written by make-files.py there) and
// against files built here for the edge cases (chunk boundaries, endless lines, read errors).
#include "importing/delimitedreader.h"
#include "importing/importfile.h"
#include "importing/textencoding.h"
#include "importing/vcardreader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

class ImportReadersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectEncoding_data();
    void detectEncoding();
    void detectUtf8CutAtTheEndOfTheHead();
    void encodingCodesAndLabels();
    void decoderKeepsCharactersSplitBetweenPieces();
    void windowsTables();

    void sniff_data();
    void sniff();
    void sniffRefusesEmptyBinaryAndMissingFiles();
    void sniffDelimiterAndHeader_data();
    void sniffDelimiterAndHeader();

    void russianExcel1251();
    void germanUnicodeText();
    void utf8WithBom();
    void german1252();
    void multilineNotes();
    void strayQuotes();
    void unterminatedQuote();
    void raggedRows();
    void numbersOnly();
    void excelSepLine();
    void headerNamesAndWidth();
    void emptyFileHasNoRecords();

    void vcard30();
    void vcard21QuotedPrintable();
    void vcard40();
    void vcardOddities();
    void vcardWithoutCardsFails();

    void everyChunkSizeReadsTheSame_data();
    void everyChunkSizeReadsTheSame();
    void charactersAndLineEndsAcrossChunks();
    void endlessLineIsAnErrorNotAMemoryHog();
    void endlessQuoteIsAnError();
    void recordLimitIsExact();
    void readErrorIsReported();
    void fileCutShortWhileReadingIsAnError();
    void fileDeletedWhileReadingIsStillRead();
    void fuzzFindings();
};

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(TEXTWELL_TEST_DATA "/import/") + QString::fromUtf8(name);
}

QByteArray bytesOf(const char* name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return file.readAll();
}

// "2: Иванов | Иван | 8 916 123-45-67": a record as one string, so that a list of them compares
// with a readable difference.
QString rec(qint64 row, std::initializer_list<QStringView> fields)
{
    QStringList list;
    for (QStringView field : fields)
        list.append(field.toString());
    return QString::number(row) + QStringLiteral(": ") + list.join(QStringLiteral(" | "));
}

QString rec(const SourceRecord& record)
{
    return QString::number(record.row) + QStringLiteral(": ") + record.fields.join(QStringLiteral(" | "));
}

QStringList names(std::initializer_list<QStringView> fields)
{
    QStringList list;
    for (QStringView field : fields)
        list.append(field.toString());
    return list;
}

struct Read
{
    QStringList header;
    QStringList records; // as rec() writes them
    QVector<SourceRecord> raw;
    QString error;
};

Read readAll(RecordReader& reader, int limit = 1000000)
{
    Read read;
    read.header = reader.header();
    SourceRecord record;
    while (read.raw.size() < limit && reader.next(record)) {
        read.records.append(rec(record));
        read.raw.append(record);
    }
    read.error = reader.error();
    return read;
}

Read readFile(const char* name, const FileFormat& format)
{
    auto opened = ImportFile::open(dataFile(name), format);
    if (!opened)
        return Read{{}, {}, {}, opened.error()};
    return readAll(*opened.value());
}

FileFormat sniffed(const char* name)
{
    const auto format = ImportFile::sniff(dataFile(name));
    if (!format)
        qFatal("sniff %s: %s", name, qPrintable(format.error()));
    return format.value();
}

std::unique_ptr<QIODevice> bufferOf(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return buffer;
}

FileFormat csv(QChar delimiter = QLatin1Char(','), bool header = true,
               TextEncoding::Encoding encoding = TextEncoding::Utf8)
{
    FileFormat format;
    format.delimiter = delimiter;
    format.hasHeader = header;
    format.encoding = encoding;
    return format;
}

FileFormat vcf(TextEncoding::Encoding encoding = TextEncoding::Utf8)
{
    FileFormat format;
    format.kind = FileFormat::VCard;
    format.encoding = encoding;
    format.hasHeader = false;
    return format;
}

Read readBytes(const QByteArray& bytes, const FileFormat& format,
               qsizetype chunkSize = DelimitedReader::ChunkSize)
{
    if (format.kind == FileFormat::VCard) {
        VCardReader reader(bufferOf(bytes), format, chunkSize);
        return readAll(reader);
    }
    DelimitedReader reader(bufferOf(bytes), format, chunkSize);
    return readAll(reader);
}

// A device that reads like a file until it fails like a broken disk.
class FailingDevice : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 failAt) : m_data(std::move(data)), m_failAt(failAt) {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_offset >= m_failAt) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min({maxSize, m_failAt - m_offset, qint64(m_data.size()) - m_offset});
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_failAt;
    qint64 m_offset = 0;
};

#ifdef Q_OS_LINUX
// The peak resident memory of this process, in KB.
qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+)")).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}
#endif

} // namespace

// ---------------------------------------------------------------------------------------------
// Encodings

void ImportReadersTest::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");

    QTest::newRow("ascii") << QByteArray("Name,Phone\nAnna,+49 171 1\n") << int(TextEncoding::Utf8);
    QTest::newRow("utf-8") << QStringLiteral("Имя;Телефон\nАнна;+7 916\n").toUtf8()
                           << int(TextEncoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFName\n") << int(TextEncoding::Utf8);
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEN\0a\0", 6) << int(TextEncoding::Utf16LE);
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0N\0a", 6) << int(TextEncoding::Utf16BE);
    const QString german = QStringLiteral("Vorname\tNachname\r\nJürgen\tMüller\r\n");
    QByteArray le(reinterpret_cast<const char*>(german.utf16()), german.size() * 2);
    QByteArray be;
    for (qsizetype i = 0; i < le.size(); i += 2)
        be.append(le.at(i + 1)).append(le.at(i));
    QTest::newRow("utf-16le no bom") << le << int(TextEncoding::Utf16LE);
    QTest::newRow("utf-16be no bom") << be << int(TextEncoding::Utf16BE);
    const QString russian = QStringLiteral("Имя;Телефон\r\nЖанна;+7 916 000 11 22\r\n");
    QByteArray russianLe(reinterpret_cast<const char*>(russian.utf16()), russian.size() * 2);
    QTest::newRow("cyrillic utf-16le no bom") << russianLe << int(TextEncoding::Utf16LE);
    // Фамилия;Имя / Семёнов;Пётр in Windows-1251.
    QTest::newRow("1251") << QByteArray("\xD4\xE0\xEC\xE8\xEB\xE8\xFF;"
                                        "\xC8\xEC\xFF\r\n\xD1\xE5\xEC\xB8\xED\xEE\xE2;\xCF\xB8\xF2\xF0\r\n")
                          << int(TextEncoding::Windows1251);
    // Müller;Köln;Weiß;Straße in Windows-1252.
    QTest::newRow("1252") << QByteArray("M\xFCller;K\xF6ln;Wei\xDF;Stra\xDF\x65\r\n")
                          << int(TextEncoding::Windows1252);
    // A single umlaut between ASCII letters, and a lone high byte: still German.
    QTest::newRow("1252 one umlaut") << QByteArray("Name;Stadt\nAnna;K\xF6ln\n\xE0 la carte\n")
                                     << int(TextEncoding::Windows1252);
    QTest::newRow("1252 euro only") << QByteArray("Betrag\n12,50 \x80\n") << int(TextEncoding::Windows1252);
    QTest::newRow("1251 short words")
        << QByteArray("\xE2 \xF1 \xEA \xCC\xEE\xF1\xEA\xE2\xE0\n") << int(TextEncoding::Windows1251);
    QTest::newRow("empty") << QByteArray() << int(TextEncoding::Utf8);
}

void ImportReadersTest::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QCOMPARE(int(TextEncoding::detect(bytes)), encoding);
}

void ImportReadersTest::detectUtf8CutAtTheEndOfTheHead()
{
    // The sniffer sees only the first 64 KB; a character cut there is no reason to doubt UTF-8.
    QByteArray text;
    while (text.size() < 70000)
        text += QStringLiteral("Жанна;+7 916 000 11 22\n").toUtf8();
    for (qsizetype cut = 65530; cut <= 65536; ++cut)
        QCOMPARE(int(TextEncoding::detect(text.left(cut))), int(TextEncoding::Utf8));
    QCOMPARE(int(TextEncoding::detect(text)), int(TextEncoding::Utf8));
    // A broken sequence inside the head is: Windows-1251 then.
    QByteArray broken = text.left(1000);
    broken[500] = '\xFF';
    QVERIFY(TextEncoding::detect(broken) != TextEncoding::Utf8);
}

void ImportReadersTest::encodingCodesAndLabels()
{
    QSet<QString> labels;
    for (TextEncoding::Encoding encoding : TextEncoding::all()) {
        TextEncoding::Encoding back = TextEncoding::Utf8;
        QVERIFY(TextEncoding::fromCode(TextEncoding::code(encoding), &back));
        QCOMPARE(int(back), int(encoding));
        labels.insert(TextEncoding::label(encoding));
    }
    QCOMPARE(labels.size(), TextEncoding::all().size());
    const std::pair<const char*, TextEncoding::Encoding> aliases[] = {
        {"UTF8", TextEncoding::Utf8},
        {"cp1251", TextEncoding::Windows1251},
        {"Windows-1251", TextEncoding::Windows1251},
        {"latin1", TextEncoding::Windows1252},
        {"ISO-8859-1", TextEncoding::Windows1252},
        {"UTF-16LE", TextEncoding::Utf16LE},
        {"utf-16be", TextEncoding::Utf16BE},
    };
    for (const auto& [code, encoding] : aliases) {
        TextEncoding::Encoding found = TextEncoding::Utf8;
        QVERIFY2(TextEncoding::fromCode(QString::fromLatin1(code), &found), code);
        QCOMPARE(int(found), int(encoding));
    }
    QVERIFY(!TextEncoding::fromCode(QStringLiteral("koi8-r"), nullptr));
    QCOMPARE(TextEncoding::bomLength("\xEF\xBB\xBFx", TextEncoding::Utf8), 3);
    QCOMPARE(TextEncoding::bomLength("\xEF\xBB\xBFx", TextEncoding::Windows1252), 0);
    QCOMPARE(TextEncoding::bomLength("\xFF\xFEx", TextEncoding::Utf16LE), 2);
    QCOMPARE(TextEncoding::bomLength("\xFF\xFEx", TextEncoding::Utf16BE), 0);
    QCOMPARE(TextEncoding::bomLength("\xFE\xFFx", TextEncoding::Utf16BE), 2);
}

void ImportReadersTest::decoderKeepsCharactersSplitBetweenPieces()
{
    const QString text = QStringLiteral("Пётр Weiß 😀 €");
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    for (qsizetype cut = 0; cut <= utf8.size(); ++cut) {
        TextDecoder decoder(TextEncoding::Utf8);
        QString decoded = decoder.decode(utf8.left(cut));
        decoded += decoder.decode(utf8.mid(cut));
        decoded += decoder.finish();
        QCOMPARE(decoded, text);
        QVERIFY(!decoder.hasError());
    }
    for (qsizetype cut = 0; cut <= utf16.size(); ++cut) {
        TextDecoder decoder(TextEncoding::Utf16LE);
        QString decoded = decoder.decode(utf16.left(cut));
        decoded += decoder.decode(utf16.mid(cut));
        decoded += decoder.finish();
        QCOMPARE(decoded, text);
    }
    TextDecoder broken(TextEncoding::Utf8);
    broken.decode(QByteArray("ok \xC3("));
    QVERIFY(broken.hasError());
    // Invalid bytes read the same wherever the pieces are cut (Qt's stateful decoder loses the "b"
    // when the cut falls right after the "\xDC"; found by the fuzzer).
    const QByteArray latin1 = "Am \xDC"
                              "berweg 3";
    for (qsizetype cut = 0; cut <= latin1.size(); ++cut) {
        TextDecoder decoder(TextEncoding::Utf8);
        QString decoded = decoder.decode(latin1.left(cut));
        decoded += decoder.decode(latin1.mid(cut));
        decoded += decoder.finish();
        QCOMPARE(decoded, QStringLiteral("Am \uFFFDberweg 3"));
        QVERIFY(decoder.hasError());
    }
    // Only a character cut off waits for the next piece, or for the end.
    TextDecoder held(TextEncoding::Utf8);
    QCOMPARE(held.decode(QByteArray("ab\xD0\x96")), QStringLiteral("abЖ"));
    QCOMPARE(held.decode(QByteArray("c\xF0\x9F\x98")), QStringLiteral("c"));
    QCOMPARE(held.decode(QByteArray("\x80!")), QStringLiteral("😀!"));
    QCOMPARE(held.finish(), QString());
    // 200 KB of "Ж" in pieces of 7 bytes.
    const QByteArray cyrillic = QString(100000, QChar(0x0416)).toUtf8();
    TextDecoder atOnce(TextEncoding::Utf8);
    QString once = atOnce.decode(cyrillic);
    once += atOnce.finish();
    QCOMPARE(once, QString(100000, QChar(0x0416)));
    TextDecoder inPieces(TextEncoding::Utf8);
    QString pieces;
    for (qsizetype i = 0; i < cyrillic.size(); i += 7)
        pieces += inPieces.decode(cyrillic.mid(i, 7));
    pieces += inPieces.finish();
    QCOMPARE(pieces, once);
    QVERIFY(!inPieces.hasError());
    TextDecoder cutOff(TextEncoding::Utf8);
    QCOMPARE(cutOff.decode(QByteArray("a\xD0")), QStringLiteral("a"));
    QCOMPARE(cutOff.finish(), QStringLiteral("\uFFFD"));
    QVERIFY(cutOff.hasError());
    // A BOM the reader did not skip is text, not swallowed.
    TextDecoder bom(TextEncoding::Utf8);
    QCOMPARE(bom.decode(QByteArray("\xEF\xBB\xBF"
                                   "a")),
             QStringLiteral("\uFEFFa"));
}

void ImportReadersTest::windowsTables()
{
    TextDecoder cyrillic(TextEncoding::Windows1251);
    QCOMPARE(cyrillic.decode(QByteArray("\xC0\xDF\xE0\xFF\xA8\xB8\xB9\x88\x96 ok")),
             QStringLiteral("АЯаяЁё№€– ok"));
    QVERIFY(!cyrillic.hasError());
    TextDecoder western(TextEncoding::Windows1252);
    QCOMPARE(western.decode(QByteArray("\x80\x8A\x9A\x8E\x9E\x9F\xC4\xD6\xDC\xDF\xE4\xF6\xFC\x84\x93")),
             QStringLiteral("€ŠšŽžŸÄÖÜßäöü„“"));
    // Every byte decodes to one character, the undefined ones to their C1 control.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    for (auto encoding : {TextEncoding::Windows1251, TextEncoding::Windows1252}) {
        TextDecoder decoder(encoding);
        const QString decoded = decoder.decode(all);
        QCOMPARE(decoded.size(), 256);
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
    }
    TextDecoder undefined(TextEncoding::Windows1252);
    QCOMPARE(undefined.decode(QByteArray("\x81")), QString(QChar(0x81)));
}

// ---------------------------------------------------------------------------------------------
// Sniffing

void ImportReadersTest::sniff_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("header");

    const int delimited = FileFormat::Delimited;
    const int vcard = FileFormat::VCard;
    auto row = [&](const char* file, int kind, TextEncoding::Encoding encoding, const char* delimiter,
                   bool header) {
        QTest::newRow(file) << QString::fromLatin1(file) << kind << int(encoding)
                            << QString::fromLatin1(delimiter) << header;
    };
    row("russian-excel-1251.csv", delimited, TextEncoding::Windows1251, ";", true);
    row("german-unicode-text-utf16le.txt", delimited, TextEncoding::Utf16LE, "\t", true);
    row("utf8-bom.csv", delimited, TextEncoding::Utf8, ",", true);
    row("german-1252.csv", delimited, TextEncoding::Windows1252, ";", true);
    row("multiline-notes-crlf.csv", delimited, TextEncoding::Utf8, ",", true);
    row("stray-quotes.csv", delimited, TextEncoding::Utf8, ";", true);
    row("unterminated-quote.csv", delimited, TextEncoding::Utf8, ",", true);
    row("ragged-rows.csv", delimited, TextEncoding::Utf8, ",", true);
    row("numbers-only.txt", delimited, TextEncoding::Utf8, ",", false);
    row("excel-sep-line.csv", delimited, TextEncoding::Utf8, "|", true);
    row("contacts-3.0.vcf", vcard, TextEncoding::Utf8, ",", false);
    row("android-2.1.vcf", vcard, TextEncoding::Utf8, ",", false);
    row("contacts-4.0.vcf", vcard, TextEncoding::Utf8, ",", false);
}

void ImportReadersTest::sniff()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(int, encoding);
    QFETCH(QString, delimiter);
    QFETCH(bool, header);
    const FileFormat format = sniffed(qPrintable(file));
    QCOMPARE(int(format.kind), kind);
    QCOMPARE(int(format.encoding), encoding);
    if (kind == FileFormat::Delimited) {
        QCOMPARE(QString(format.delimiter), delimiter);
        QCOMPARE(format.hasHeader, header);
    }
    // The head alone tells the same.
    const auto fromHead = ImportFile::sniff(bytesOf(qPrintable(file)));
    QVERIFY(fromHead.ok());
    QCOMPARE(int(fromHead.value().encoding), encoding);
}

void ImportReadersTest::sniffRefusesEmptyBinaryAndMissingFiles()
{
    const auto empty = ImportFile::sniff(dataFile("empty.csv"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error(), QStringLiteral("The file is empty."));
    QCOMPARE(ImportFile::sniff(QByteArray()).error(), QStringLiteral("The file is empty."));
    QCOMPARE(ImportFile::sniff(QByteArray("\r\n \n")).error(), QStringLiteral("The file is empty."));

    const auto binary = ImportFile::sniff(dataFile("binary.png"));
    QVERIFY(!binary.ok());
    QVERIFY2(binary.error().contains(QStringLiteral("does not look like a text file")),
             qPrintable(binary.error()));
    // A zip (an .xlsx saved under .csv) and text with NUL bytes in it are not text either.
    QVERIFY(
        !ImportFile::sniff(QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0\xb5U0#\xf4\x01\0\0", 24)).ok());
    QVERIFY(!ImportFile::sniff(QByteArray("Name,Phone\nAnna,+49\0\0\0 171\n", 26)).ok());

    const QString missing = dataFile("no-such-file.csv");
    const auto notThere = ImportFile::sniff(missing);
    QVERIFY(!notThere.ok());
    QVERIFY2(notThere.error().contains(QDir::toNativeSeparators(missing)), qPrintable(notThere.error()));
    const auto notOpened = ImportFile::open(missing, FileFormat());
    QVERIFY(!notOpened.ok());
    QVERIFY(notOpened.error().contains(QStringLiteral("could not be opened")));

    // A directory is not a file to import.
    QVERIFY(!ImportFile::sniff(QStringLiteral(TEXTWELL_TEST_DATA "/import")).ok());
}

void ImportReadersTest::sniffDelimiterAndHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("header");

    QTest::newRow("decimal commas in a semicolon file")
        << QByteArray("Kunde;Umsatz;Telefon\nA;12,50;0171 2345678\nB;1,00;0171 2345679\n") << ";" << true;
    QTest::newRow("commas inside quotes")
        << QByteArray("Name,Phone\n\"Smith, John\",+1 415 555 0134\n\"Doe, Jane\",+1 415 555 0135\n") << ","
        << true;
    QTest::newRow("pipes, nothing tells a header") << QByteArray("a|b|c\n1|2|3\n") << "|" << false;
    QTest::newRow("tabs beat a stray comma")
        << QByteArray("Name\tPhone\tCity\nSmith, John\t+1 415 555 0134\tSF\nJane\t+1 415 555 0135\tLA\n")
        << "\t" << true;
    QTest::newRow("single column of numbers")
        << QByteArray("+49 171 2345678\n0151 23456789\n") << "," << false;
    QTest::newRow("times do not make a colon file")
        << QByteArray("Name,Time,Phone\nA,12:30,+49 171 2345678\nB,13:45,+49 171 2345679\n") << "," << true;
    QTest::newRow("sep line decides") << QByteArray("sep=;\r\na,b;c\r\n1,2;3\r\n") << ";" << false;
    QTest::newRow("quoted sep line") << QByteArray("\"sep=,\"\nx;y,z\n") << "," << false;
    QTest::newRow("header by words, no numbers")
        << QByteArray("Vorname;Nachname;Stadt\nAnna;Schmidt;Berlin\n") << ";" << true;
    QTest::newRow("header by numbers below")
        << QByteArray("Kunde;Nummer 1\nAnna;+49 171 2345678\n") << ";" << true;
    QTest::newRow("no header: a number in the first row")
        << QByteArray("Anna;+49 171 2345678;Berlin\nBoris;+49 171 2345679;Bonn\n") << ";" << false;
    QTest::newRow("no header: names only") << QByteArray("Anna;Berlin\nBoris;Bonn\n") << ";" << false;
    QTest::newRow("russian header") << QStringLiteral("ФИО;Телефон\nИванов Иван;8 916 123-45-67\n").toUtf8()
                                    << ";" << true;
}

void ImportReadersTest::sniffDelimiterAndHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(bool, header);
    const auto format = ImportFile::sniff(bytes);
    QVERIFY2(format.ok(), qPrintable(format.error()));
    QCOMPARE(int(format.value().kind), int(FileFormat::Delimited));
    QCOMPARE(QString(format.value().delimiter), delimiter);
    QCOMPARE(format.value().hasHeader, header);
}

// ---------------------------------------------------------------------------------------------
// Delimited files

void ImportReadersTest::russianExcel1251()
{
    const Read read = readFile("russian-excel-1251.csv", sniffed("russian-excel-1251.csv"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Фамилия", u"Имя", u"Мобильный телефон", u"Город", u"Дата рождения"}));
    QCOMPARE(read.records,
             QStringList({
                 rec(2, {u"Иванов", u"Иван", u"8 916 123-45-67", u"Москва", u"12.03.1985"}),
                 rec(3, {u"Петрова", u"Алёна", u"+7 (926) 555-12-34", u"Санкт-Петербург; Васильевский остров",
                         u"01.01.1990"}),
                 rec(4, {u"Семёнов", u"Пётр", u"+79031234567", u"Казань", u""}),
                 rec(5, {u"Кузнецова", u"Мария", u"8(985)765-43-21", u"Екатеринбург", u"30.11.1978"}),
                 rec(6, {u"Смирнов", u"Андрей", u"+7 999 000 11 22", u"Ростов-на-Дону", u"05.07.2001"}),
             }));
}

void ImportReadersTest::germanUnicodeText()
{
    const Read read = readFile("german-unicode-text-utf16le.txt", sniffed("german-unicode-text-utf16le.txt"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Vorname", u"Nachname", u"Handy", u"Stadt", u"E-Mail"}));
    QCOMPARE(
        read.records,
        QStringList({
            rec(2, {u"Jürgen", u"Müller", u"0171 2345678", u"München", u"juergen.mueller@example.de"}),
            rec(3, {u"Sabine", u"Weiß", u"+49 152 34567890", u"Köln", u"sabine@example.de"}),
            rec(4, {u"Ömer", u"Öztürk", u"+49 (0)160 9876543", u"Düsseldorf", u""}),
            rec(5, {u"Renée", u"Groß \"die Große\"", u"0176-12345678", u"Nürnberg", u"renee@example.de"}),
        }));
}

void ImportReadersTest::utf8WithBom()
{
    const Read read = readFile("utf8-bom.csv", sniffed("utf8-bom.csv"));
    QCOMPARE(read.error, QString());
    // The BOM is not part of the first column's name.
    QCOMPARE(read.header, names({u"Name", u"Phone", u"City", u"Email", u"Notes"}));
    QCOMPARE(
        read.records,
        QStringList({
            rec(2, {u"Smith, John", u"+1 (415) 555-0134", u"San Francisco", u"john@example.com", u"VIP"}),
            rec(3, {u"Zoë Brontë", u"+44 7700 900123", u"London", u"zoe@example.co.uk", u""}),
            rec(4, {u"José Ñúñez", u"+34 612 345 678", u"Málaga", u"jose@example.es",
                    u"Prefers \"SMS\" over calls"}),
            rec(5, {u"Łukasz Żółć", u"+48 512 345 678", u"Kraków", u"", u""}),
        }));
}

void ImportReadersTest::german1252()
{
    const Read read = readFile("german-1252.csv", sniffed("german-1252.csv"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Vorname", u"Nachname", u"Handy", u"Stadt", u"Straße", u"Umsatz"}));
    QCOMPARE(
        read.records,
        QStringList({
            rec(2, {u"Jürgen", u"Müller", u"0171 2345678", u"Köln", u"Hauptstraße 5", u"12,50 €"}),
            rec(3,
                {u"Sabine", u"Weiß", u"+49 (0)151 23456789", u"Düsseldorf", u"Königsallee 1", u"1.234,00 €"}),
            rec(4, {u"Björn", u"Schäfer", u"0160/9876543", u"München", u"Maximilianstraße 12", u"0,00 €"}),
            rec(5, {u"Änne", u"Öhler", u"+49 176 12345678", u"Würzburg", u"Am Überweg 3", u""}),
            rec(6, {u"Jörg", u"Groß", u"0172-3456789", u"Lübeck", u"Breite Straße 7", u"99,99 €"}),
        }));
}

void ImportReadersTest::multilineNotes()
{
    const Read read = readFile("multiline-notes-crlf.csv", sniffed("multiline-notes-crlf.csv"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Name", u"Phone", u"Notes"}));
    QCOMPARE(
        read.records,
        QStringList({
            rec(2, {u"Anna Schmidt", u"+49 170 1234567", u"Ruft abends an.\nBitte nur SMS."}),
            rec(3, {u"Boris \"Bob\" Petrov", u"+7 916 765-43-21", u"Line one\n\nLine three, with a comma"}),
            rec(4, {u"Clara Vogel", u"0157 12345678", u""}),
        }));
    for (const SourceRecord& record : read.raw) {
        for (const QString& field : record.fields)
            QVERIFY2(!field.contains(QLatin1Char('\r')), qPrintable(field));
    }
}

void ImportReadersTest::strayQuotes()
{
    const Read read = readFile("stray-quotes.csv", sniffed("stray-quotes.csv"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records, QStringList({
                               rec(2, {u"Frank \"Frankie\" Meier", u"+49 160 5550001", u"says \"hi\""}),
                               rec(3, {u"Gerda Krause", u"+49 160 5550002", u"quoted then text"}),
                               rec(4, {u"Hans", u"+49 160 5550003", u"5\" display"}),
                           }));
}

void ImportReadersTest::unterminatedQuote()
{
    const Read read = readFile("unterminated-quote.csv", sniffed("unterminated-quote.csv"));
    QCOMPARE(read.records, QStringList({rec(2, {u"Ina", u"+49 151 1111111", u"ok"})}));
    QCOMPARE(read.error, QStringLiteral("Row 3: a quotation mark opened in this row is never closed."));
}

void ImportReadersTest::raggedRows()
{
    const Read read = readFile("ragged-rows.csv", sniffed("ragged-rows.csv"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Name", u"Phone", u"City"}));
    // The ",," row is row 5 in a spreadsheet: skipped, but counted.
    QCOMPARE(read.records, QStringList({
                               rec(2, {u"Max", u"+49 171 0000001", u"Berlin"}),
                               rec(3, {u"Nina", u"+49 171 0000002"}),
                               rec(4, {u"Otto", u"+49 171 0000003", u"Hamburg", u"extra", u"fields"}),
                               rec(6, {u"Paul", u"+49 171 0000004", u"Bremen", u""}),
                           }));
}

void ImportReadersTest::numbersOnly()
{
    const Read read = readFile("numbers-only.txt", sniffed("numbers-only.txt"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Column 1"}));
    QCOMPARE(read.records, QStringList({
                               rec(1, {u"+49 171 2345678"}),
                               rec(2, {u"0151 23456789"}),
                               rec(4, {u"8 916 123-45-67"}),
                               rec(5, {u"+7 (926) 555-12-34"}),
                               rec(6, {u"+491761234567"}),
                           }));
}

void ImportReadersTest::excelSepLine()
{
    // The sep= line names the delimiter whatever the format says, and is not a row.
    const Read read = readFile("excel-sep-line.csv", csv(QLatin1Char(';')));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header, names({u"Name", u"Phone"}));
    QCOMPARE(read.records, QStringList({
                               rec(2, {u"Anna", u"+49 171 2345601"}),
                               rec(4, {u"Bert", u"+49 171 2345602"}),
                               rec(6, {u"Carl", u"+49 171 2345603"}),
                           }));
    DelimitedReader reader(bufferOf(bytesOf("excel-sep-line.csv")), csv());
    QCOMPARE(reader.delimiter(), QLatin1Char('|'));

    QChar sep;
    QVERIFY(DelimitedReader::parseSepLine(u"sep=;", &sep));
    QCOMPARE(sep, QLatin1Char(';'));
    QVERIFY(DelimitedReader::parseSepLine(u"SEP=\t", &sep));
    QCOMPARE(sep, QLatin1Char('\t'));
    QVERIFY(DelimitedReader::parseSepLine(u"\"sep=,\",,", &sep));
    QCOMPARE(sep, QLatin1Char(','));
    QVERIFY(!DelimitedReader::parseSepLine(u"sep=", &sep));
    QVERIFY(!DelimitedReader::parseSepLine(u"sep=;x", &sep));
    QVERIFY(!DelimitedReader::parseSepLine(u"separator;phone", &sep));
}

void ImportReadersTest::headerNamesAndWidth()
{
    // Names are trimmed; an empty one becomes "Column N".
    Read read = readBytes("  Name ;;Phone\r\nAnna;x;+49 171 2345678\r\n", csv(QLatin1Char(';')));
    QCOMPARE(read.header, names({u"Name", u"Column 2", u"Phone"}));
    QCOMPARE(read.records, QStringList({rec(2, {u"Anna", u"x", u"+49 171 2345678"})}));
    // Without a header the first record says how many columns; it is row 1 and still a record.
    read = readBytes("\n\n  +49 171 2345678 ;Anna\n", csv(QLatin1Char(';'), false));
    QCOMPARE(read.header, names({u"Column 1", u"Column 2"}));
    QCOMPARE(read.records, QStringList({rec(3, {u"  +49 171 2345678 ", u"Anna"})}));
    // A trailing delimiter is an empty last field; the last line needs no line end.
    read = readBytes("a,b\n1,\n2,3", csv());
    QCOMPARE(read.records, QStringList({rec(2, {u"1", u""}), rec(3, {u"2", u"3"})}));
    // A quote right at the end of the file closes its field.
    read = readBytes("a\n\"x\"", csv());
    QCOMPARE(read.records, QStringList({rec(2, {u"x"})}));
}

void ImportReadersTest::emptyFileHasNoRecords()
{
    auto opened = ImportFile::open(dataFile("empty.csv"), FileFormat());
    QVERIFY(opened.ok());
    const Read read = readAll(*opened.value());
    QVERIFY(read.header.isEmpty());
    QVERIFY(read.records.isEmpty());
    QCOMPARE(read.error, QString());
}

// ---------------------------------------------------------------------------------------------
// vCards

void ImportReadersTest::vcard30()
{
    const Read read = readFile("contacts-3.0.vcf", sniffed("contacts-3.0.vcf"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.header,
             names({u"Full name", u"First name", u"Last name", u"Mobile", u"Other phones", u"Email", u"City",
                    u"Region", u"Birthday", u"Organization", u"Categories", u"Note"}));
    QCOMPARE(
        read.records,
        QStringList({
            // iPhone: the mobile is the number labelled "Handy", not the preferred landline.
            rec(1,
                {u"Jürgen Müller", u"Jürgen", u"Müller", u"+49 171 2345678", u"+49 30 1234567, 030 7654321",
                 u"juergen@example.de", u"Köln", u"NRW", u"1985-03-12", u"Bäckerei Müller GmbH",
                 u"Kunden, VIP", u"Kunde seit 2019\nbevorzugt SMS, keine Anrufe"}),
            // Android: of two mobiles the preferred one; the home address before the work one.
            rec(2, {u"Анна Иванова", u"Анна", u"Иванова", u"+7 (926) 555-12-34",
                    u"+7 495 123-45-67, 8 916 123-45-67", u"anna.ivanova@example.ru", u"Санкт-Петербург",
                    u"Ленинградская область", u"1990-01-01", u"", u"Друзья, Работа", u""}),
            // Google: of two mobiles the first; a folded note; an escaped semicolon.
            rec(3,
                {u"Björn Schäfer", u"Björn", u"Schäfer", u"0160 9876543", u"+49 89 1234567, +49 160 9876543",
                 u"bjoern@example.de", u"", u"", u"", u"Schäfer; Söhne", u"",
                 u"Sehr lange Notiz, die beim Export umbrochen wurde: erste Zeile, zweite Zeile, dritte "
                 u"Zeile."}),
        }));
}

void ImportReadersTest::vcard21QuotedPrintable()
{
    const Read read = readFile("android-2.1.vcf", sniffed("android-2.1.vcf"));
    QCOMPARE(read.error, QString());
    QCOMPARE(
        read.records,
        QStringList({
            rec(1, {u"Пётр Семёнов", u"Пётр", u"Семёнов", u"+79031234567",
                    u"8 (843) 231-11-22, +7 843 555 66 77", u"petr@example.ru", u"Казань", u"Татарстан", u"",
                    u"", u"", u"Покупатель с 2018 года\nпишет только в WhatsApp, звонить после 18:00"}),
            // No mobile: the preferred number. CHARSET=WINDOWS-1251.
            rec(2, {u"", u"Мария", u"Кузнецова", u"8(985)765-43-21", u"+7 985 765-43-21", u"", u"", u"", u"",
                    u"", u"", u""}),
            // CHARSET=ISO-8859-1, with the bare QUOTED-PRINTABLE of old phones.
            rec(3, {u"", u"Sabine", u"Weiß", u"+49 152 34567890", u"+49 221 9876543", u"", u"", u"",
                    u"1979-07-04", u"", u"", u""}),
        }));
}

void ImportReadersTest::vcard40()
{
    const Read read = readFile("contacts-4.0.vcf", sniffed("contacts-4.0.vcf"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records,
             QStringList({
                 rec(1, {u"Sabine Weiß", u"Sabine", u"Weiß", u"+49-152-34567890",
                         u"+49-221-9876543, +49-176-1112223", u"sabine.weiss@example.de", u"Düsseldorf",
                         u"NRW", u"--0312", u"Weiß & Partner", u"Kunden", u""}),
                 // No END:VCARD at the end of the file; no mobile and nothing preferred: the first number.
                 rec(2, {u"Ömer Öztürk", u"", u"", u"+49-211-555-0100", u"+49 211 123456", u"", u"", u"",
                         u"1979-07-04", u"", u"", u""}),
             }));
}

void ImportReadersTest::vcardOddities()
{
    // Lower-case keywords, LF only, tab folding, a nested 2.1 AGENT card, a card that a BEGIN ends,
    // a quoted-printable value whose "=" at the end must not swallow END:VCARD.
    const QByteArray bytes = "garbage line\n"
                             "begin:vcard\n"
                             "version:2.1\n"
                             "fn:Anna\n"
                             "agent:\n"
                             "BEGIN:VCARD\n"
                             "FN:Her Assistant\n"
                             "TEL;CELL:+49 170 0000000\n"
                             "END:VCARD\n"
                             "tel;type=cell:+49 171\n"
                             "\t2345678\n"
                             "end:vcard\n"
                             "BEGIN:VCARD\n"
                             "FN:Bert\n"
                             "TEL;TYPE=WORK,PREF:+49 30 111111\n"
                             "TEL;TYPE=HOME:+49 30 222222\n"
                             "BEGIN:VCARD\n"
                             "FN:Carl\n"
                             "NOTE;ENCODING=QUOTED-PRINTABLE:broken=\n"
                             "END:VCARD\n"
                             "more garbage\n";
    const Read read = readBytes(bytes, vcf());
    QCOMPARE(read.error, QString());
    QCOMPARE(read.raw.size(), 3);
    QCOMPARE(read.raw[0].row, 1);
    QCOMPARE(read.raw[0].fields[VCardReader::FullName], QStringLiteral("Anna"));
    QCOMPARE(read.raw[0].fields[VCardReader::Mobile], QStringLiteral("+49 1712345678"));
    QCOMPARE(read.raw[0].fields[VCardReader::OtherPhones], QString());
    QCOMPARE(read.raw[1].row, 2);
    QCOMPARE(read.raw[1].fields[VCardReader::FullName], QStringLiteral("Bert"));
    QCOMPARE(read.raw[1].fields[VCardReader::Mobile], QStringLiteral("+49 30 111111"));
    QCOMPARE(read.raw[1].fields[VCardReader::OtherPhones], QStringLiteral("+49 30 222222"));
    QCOMPARE(read.raw[2].row, 3);
    QCOMPARE(read.raw[2].fields[VCardReader::FullName], QStringLiteral("Carl"));
    QCOMPARE(read.raw[2].fields[VCardReader::Note], QStringLiteral("broken"));
    for (const SourceRecord& record : read.raw)
        QCOMPARE(record.fields.size(), int(VCardReader::ColumnCount));

    // The same number twice (as types and as a uri) is listed once.
    const Read twice = readBytes("BEGIN:VCARD\r\nTEL;TYPE=CELL:+49 171 2345678\r\nTEL:tel:+49-171-2345678\r\n"
                                 "TEL;TYPE=HOME:+49 30 5\\,55\r\nEND:VCARD\r\n",
                                 vcf());
    QCOMPARE(twice.raw.size(), 1);
    QCOMPARE(twice.raw[0].fields[VCardReader::Mobile], QStringLiteral("+49 171 2345678"));
    QCOMPARE(twice.raw[0].fields[VCardReader::OtherPhones], QStringLiteral("+49 30 5,55"));
}

void ImportReadersTest::vcardWithoutCardsFails()
{
    const Read read = readBytes("Name,Phone\nAnna,+49 171 2345678\n", vcf());
    QVERIFY(read.records.isEmpty());
    QVERIFY2(read.error.contains(QStringLiteral("BEGIN:VCARD")), qPrintable(read.error));
    const auto opened = ImportFile::open(dataFile("utf8-bom.csv"), vcf());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), read.error);
}

// ---------------------------------------------------------------------------------------------
// Streaming

void ImportReadersTest::everyChunkSizeReadsTheSame_data()
{
    QTest::addColumn<QString>("file");
    for (const char* file : {"russian-excel-1251.csv", "german-unicode-text-utf16le.txt", "utf8-bom.csv",
                             "german-1252.csv", "multiline-notes-crlf.csv", "stray-quotes.csv",
                             "unterminated-quote.csv", "ragged-rows.csv", "numbers-only.txt",
                             "excel-sep-line.csv", "contacts-3.0.vcf", "android-2.1.vcf", "contacts-4.0.vcf"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void ImportReadersTest::everyChunkSizeReadsTheSame()
{
    // However the bytes arrive, the records are the same: characters, CRLFs, quotes and BOMs cut
    // between reads come out whole.
    QFETCH(QString, file);
    const FileFormat format = sniffed(qPrintable(file));
    const QByteArray bytes = bytesOf(qPrintable(file));
    const Read whole = readBytes(bytes, format);
    QVERIFY(!whole.records.isEmpty());
    for (qsizetype chunk : {1, 2, 3, 4, 5, 7, 13, 64}) {
        const Read pieces = readBytes(bytes, format, chunk);
        QCOMPARE(pieces.header, whole.header);
        QCOMPARE(pieces.records, whole.records);
        QCOMPARE(pieces.error, whole.error);
    }
}

void ImportReadersTest::charactersAndLineEndsAcrossChunks()
{
    const qsizetype chunk = DelimitedReader::ChunkSize;
    // Filler rows, then a row "Pad,xxx" that ends exactly at byte offset.
    auto padTo = [](QByteArray& bytes, qsizetype offset) {
        while (bytes.size() < offset - 100)
            bytes += "Filler,+49 171 0000000\r\n";
        bytes += "Pad," + QByteArray(offset - bytes.size() - 6, 'x') + "\r\n";
    };
    auto fieldsOf = [](const Read& read, const QString& first) {
        for (const SourceRecord& record : read.raw) {
            if (record.fields.value(0) == first)
                return record.fields;
        }
        return QStringList();
    };

    // UTF-8: "Ж" (2 bytes) across the first chunk boundary, "😀" (4 bytes) across the second, a
    // CRLF across the third.
    QByteArray utf8 = "Name,Phone\r\n";
    padTo(utf8, chunk - 1);
    QCOMPARE(utf8.size(), chunk - 1);
    utf8 += QStringLiteral("Жанна,+7 916 000 11 22\r\n").toUtf8();
    padTo(utf8, 2 * chunk - 2);
    utf8 += QStringLiteral("😀 Emoji,+49 171 1111111\r\n").toUtf8();
    while (utf8.size() < 3 * chunk - 100)
        utf8 += "Filler,+49 171 0000000\r\n";
    utf8 += "Last," + QByteArray(3 * chunk - 1 - utf8.size() - 5, '9');
    utf8 += "\r\nAfter,+49 171 2222222\r\n";
    QCOMPARE(utf8.at(3 * chunk - 1), '\r');
    QCOMPARE(utf8.at(3 * chunk), '\n');

    const Read read = readBytes(utf8, csv());
    QCOMPARE(read.error, QString());
    QCOMPARE(fieldsOf(read, QStringLiteral("Жанна")), names({u"Жанна", u"+7 916 000 11 22"}));
    QCOMPARE(fieldsOf(read, QStringLiteral("😀 Emoji")), names({u"😀 Emoji", u"+49 171 1111111"}));
    const qsizetype nines = 3 * chunk - 1 - (utf8.indexOf("\r\nLast,") + 7);
    QCOMPARE(fieldsOf(read, QStringLiteral("Last")), names({u"Last", QString(nines, QLatin1Char('9'))}));
    QCOMPARE(fieldsOf(read, QStringLiteral("After")), names({u"After", u"+49 171 2222222"}));
    // One record per line, none lost or doubled, rows in order.
    QCOMPARE(read.raw.size(), utf8.count("\r\n") - 1);
    for (qsizetype i = 0; i < read.raw.size(); ++i)
        QCOMPARE(read.raw[i].row, i + 2);

    // UTF-16 LE with a BOM: a surrogate pair across the first boundary; and in odd-sized chunks,
    // every character cut in half.
    QString text = QStringLiteral("Name\tPhone\r\n");
    while (2 + text.size() * 2 < chunk - 200)
        text += QStringLiteral("Füller\t+49 171 0000000\r\n");
    text += QStringLiteral("Pad\t") + QString((chunk - 2 - (2 + text.size() * 2)) / 2 - 6, QLatin1Char('y')) +
            QStringLiteral("\r\n");
    QCOMPARE(2 + text.size() * 2, chunk - 2);
    text += QStringLiteral("😀 Smile\t+49 171 1111111\r\nÄnne\t+49 171 3333333\r\n");
    const QByteArray utf16 =
        "\xFF\xFE" + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const FileFormat tsv = csv(QLatin1Char('\t'), true, TextEncoding::Utf16LE);
    const Read wide = readBytes(utf16, tsv);
    QCOMPARE(wide.error, QString());
    QCOMPARE(wide.header, names({u"Name", u"Phone"}));
    QCOMPARE(fieldsOf(wide, QStringLiteral("😀 Smile")), names({u"😀 Smile", u"+49 171 1111111"}));
    QCOMPARE(fieldsOf(wide, QStringLiteral("Änne")), names({u"Änne", u"+49 171 3333333"}));
    QCOMPARE(readBytes(utf16, tsv, 3).records, wide.records);
}

void ImportReadersTest::endlessLineIsAnErrorNotAMemoryHog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("endless.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Phone\nAnna,+49 171 2345678\n");
        const QByteArray block(1 << 20, 'a');
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(block), block.size());
    }
#ifdef Q_OS_LINUX
    const qint64 peakBefore = peakMemoryKb();
#endif
    QElapsedTimer timer;
    timer.start();
    auto opened = ImportFile::open(path, csv());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    RecordReader& reader = *opened.value();
    SourceRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(record.row, 2);
    QVERIFY(!reader.next(record));
    QCOMPARE(
        reader.error(),
        QStringLiteral("Row 3 is longer than 1 MB: this does not look like a file of rows and columns."));
    // It stopped soon after the limit instead of reading the 100 MB.
    QVERIFY2(reader.bytesRead() < 4 * ImportFile::MaxRecordChars,
             qPrintable(QString::number(reader.bytesRead())));
    QVERIFY(!reader.next(record));
    qInfo("100 MB line refused after %lld bytes in %lld ms", reader.bytesRead(), timer.elapsed());
#ifdef Q_OS_LINUX
    const qint64 peakAfter = peakMemoryKb();
    QVERIFY2(peakAfter - peakBefore < 32 * 1024,
             qPrintable(QStringLiteral("peak memory grew by %1 KB").arg(peakAfter - peakBefore)));
#endif

    // The same as a vCard: the line is dropped, the card around it kept.
    QByteArray card =
        "BEGIN:VCARD\nFN:Anna\nPHOTO:" + QByteArray(3 << 20, 'A') + "\nTEL:+49 171 2345678\nEND:VCARD\n";
    const Read read = readBytes(card, vcf());
    QCOMPARE(read.error, QString());
    QCOMPARE(read.raw.size(), 1);
    QCOMPARE(read.raw[0].fields[VCardReader::Mobile], QStringLiteral("+49 171 2345678"));
    // ... and folded: still dropped, still kept.
    card = "BEGIN:VCARD\nFN:Anna\nNOTE:x\n";
    for (int i = 0; i < 40000; ++i)
        card += " " + QByteArray(74, 'n') + "\n";
    card += "TEL:+49 171 2345678\nEND:VCARD\n";
    const Read folded = readBytes(card, vcf());
    QCOMPARE(folded.error, QString());
    QCOMPARE(folded.raw.size(), 1);
    QCOMPARE(folded.raw[0].fields[VCardReader::Note], QString());
    QCOMPARE(folded.raw[0].fields[VCardReader::Mobile], QStringLiteral("+49 171 2345678"));
}

void ImportReadersTest::endlessQuoteIsAnError()
{
    QByteArray bytes = "Name,Note\nAnna,ok\nBoris,\"";
    for (int i = 0; i < 60000; ++i)
        bytes += "line of a note that never ends\n";
    const Read read = readBytes(bytes, csv());
    QCOMPARE(read.records, QStringList({rec(2, {u"Anna", u"ok"})}));
    QCOMPARE(read.error,
             QStringLiteral(
                 "Row 3 is longer than 1 MB: a quotation mark opened in this row is probably never closed."));
}

void ImportReadersTest::recordLimitIsExact()
{
    // A record of up to MaxRecordChars characters is read, a longer one is not, however the file
    // arrives in chunks.
    for (qsizetype length : {ImportFile::MaxRecordChars, ImportFile::MaxRecordChars + 1}) {
        for (bool quoted : {false, true}) {
            QByteArray record(length, 'a');
            if (quoted)
                record[0] = record[length - 1] = '"';
            const QByteArray bytes = "Name\r\n" + record + "\r\nBert\r\n";
            for (qsizetype chunk : {DelimitedReader::ChunkSize, qsizetype(4093), qsizetype(3 << 20)}) {
                const Read read = readBytes(bytes, csv(), chunk);
                if (length == ImportFile::MaxRecordChars) {
                    QCOMPARE(read.error, QString());
                    QCOMPARE(read.raw.size(), 2);
                    QCOMPARE(read.raw[0].fields.value(0).size(), quoted ? length - 2 : length);
                    QCOMPARE(read.records.last(), rec(3, {u"Bert"}));
                } else {
                    QVERIFY2(read.error.startsWith(QStringLiteral("Row 2 is longer than 1 MB")),
                             qPrintable(read.error));
                    QVERIFY(read.raw.isEmpty());
                }
            }
        }
    }
}

void ImportReadersTest::readErrorIsReported()
{
    QByteArray bytes = "Name,Phone\n";
    for (int i = 0; i < 10000; ++i)
        bytes += "Anna,+49 171 " + QByteArray::number(1000000 + i) + "\n";
    auto device = std::make_unique<FailingDevice>(bytes, 100000);
    QVERIFY(device->open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    std::unique_ptr<RecordReader> reader = ImportFile::open(std::move(device), csv());
    const Read read = readAll(*reader);
    QVERIFY(read.raw.size() > 1000);
    QVERIFY(read.raw.size() < 10000);
    QCOMPARE(read.error, QStringLiteral("The file could not be read: Input/output error"));

    auto cardDevice = std::make_unique<FailingDevice>("BEGIN:VCARD\nFN:Anna\n", 10);
    QVERIFY(cardDevice->open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const Read cards = readAll(*ImportFile::open(std::move(cardDevice), vcf()));
    QCOMPARE(cards.error, QStringLiteral("The file could not be read: Input/output error"));
}

void ImportReadersTest::fileCutShortWhileReadingIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("growing.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Phone\n");
        for (int i = 0; i < 20000; ++i)
            file.write("Anna,+49 171 " + QByteArray::number(1000000 + i) + "\n");
    }
    auto opened = ImportFile::open(path, csv());
    QVERIFY(opened.ok());
    SourceRecord record;
    for (int i = 0; i < 10; ++i)
        QVERIFY(opened.value()->next(record));
    QVERIFY(QFile::resize(path, 100000));
    const Read read = readAll(*opened.value());
    QVERIFY(read.raw.size() < 20000);
    QVERIFY2(read.error.startsWith(QStringLiteral("The file became shorter while it was read")),
             qPrintable(read.error));
}

void ImportReadersTest::fileDeletedWhileReadingIsStillRead()
{
    // On Linux and macOS a file removed while it is open is still there for the reader.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("deleted.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Phone\n");
        for (int i = 0; i < 20000; ++i)
            file.write("Anna,+49 171 " + QByteArray::number(1000000 + i) + "\n");
    }
    auto opened = ImportFile::open(path, csv());
    QVERIFY(opened.ok());
    SourceRecord record;
    QVERIFY(opened.value()->next(record));
#ifdef Q_OS_WIN
    QSKIP("Windows does not delete open files");
#endif
    QVERIFY(QFile::remove(path));
    const Read read = readAll(*opened.value());
    QCOMPARE(read.error, QString());
    QCOMPARE(read.raw.size(), 19999);
    QCOMPARE(opened.value()->bytesRead(), opened.value()->totalBytes());
}

void ImportReadersTest::fuzzFindings()
{
    // The inputs the fuzzer (scripts/fuzz.sh) found a problem with are in tests/data/import/fuzz;
    // with a few tiny ones, each is read in every kind and encoding, whole and in small chunks,
    // and must give the same records either way (the fuzzer's own check).
    QVector<QByteArray> inputs = {"\"", "\r", "\r\n\r", "BEGIN:VCARD\r", "sep=", "\xEF\xBB", "\xFF\xFE\0"};
    const QDir dir(QStringLiteral(TEXTWELL_TEST_DATA "/import/fuzz"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        inputs.append(file.readAll());
    }
    for (const QByteArray& input : std::as_const(inputs)) {
        const auto sniffedFormat = ImportFile::sniff(input);
        FileFormat format = sniffedFormat ? sniffedFormat.value() : FileFormat();
        for (TextEncoding::Encoding encoding : TextEncoding::all()) {
            for (FileFormat::Kind kind : {FileFormat::Delimited, FileFormat::VCard}) {
                format.encoding = encoding;
                format.kind = kind;
                const Read whole = readBytes(input, format);
                for (qsizetype chunk : {1, 2, 3, 61}) {
                    const Read pieces = readBytes(input, format, chunk);
                    QCOMPARE(pieces.header, whole.header);
                    QCOMPARE(pieces.records, whole.records);
                    QCOMPARE(pieces.error, whole.error);
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(ImportReadersTest)
#include "tst_importreaders.moc"
