// Exports of the address book and the suppression list, read back with a parser of our own (not
// the product's): every stored value comes back exactly, for every delimiter with and without a
// byte order mark; the filter and segment variants hold the right people; an XLSX has its sheet,
// header and typed cells; and a failed or cancelled export never leaves a file behind.

#include "contacts/addressbook.h"
#include "contacts/customfields.h"
#include "contacts/optoutreason.h"
#include "exporting/addressbookexport.h"
#include "exporting/csvformat.h"
#include "exporting/suppressionexport.h"
#include "segments/segmentrule.h"
#include "storage/connection.h"
#include "util/clock.h"

#include "strictcsv.h"
#include "xlsxsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace textwell;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray unzip(const QString& archive, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return QByteArray();
    return unzip.readAllStandardOutput();
}

bool isText(const Cell& cell)
{
    return cell.type == QLatin1String("inlineStr") || cell.type == QLatin1String("s") ||
           cell.type == QLatin1String("str");
}

QStringList headers(const QVector<ExportColumn>& columns)
{
    QStringList names;
    for (const ExportColumn& c : columns)
        names.append(c.header);
    return names;
}

// What an export must hold for a person, written out independently of the exporter.
QStringList expectedRow(const Subscriber& s, const QStringList& customFields)
{
    QStringList row = {s.phone,
                       s.firstName,
                       s.lastName,
                       s.city,
                       s.region,
                       s.birthDate.isValid() ? s.birthDate.toString(QStringLiteral("yyyy-MM-dd")) : QString(),
                       s.language,
                       s.tags.join(QStringLiteral(", ")),
                       SubscriberStatuses::label(s.status),
                       s.consentAt.isValid()
                           ? s.consentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QString(),
                       s.consentSource,
                       PhoneNumbers::kindLabel(s.numberKind),
                       s.notes};
    for (const QString& field : customFields)
        row.append(s.customFields.value(field));
    return row;
}

// "a b c" -> {"a", "b", "c"}
QStringList numbers(const char* spaced)
{
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void csvFieldQuoting();
    void formulaGuardSparesNumbers_data();
    void formulaGuardSparesNumbers();

    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvGuardsFormulasButNotPhoneNumbers();
    void filterSelectsTheShownPeople_data();
    void filterSelectsTheShownPeople();
    void segmentSelectsTheMatchingPeople_data();
    void segmentSelectsTheMatchingPeople();
    void xlsxHasTheSheetHeaderAndTypedCells();
    void suppressionListCsv();
    void suppressionListXlsx();
    void progressIsReported();

    void unwritableTargetFailsClearly_data();
    void unwritableTargetFailsClearly();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void failedExportKeepsTheOldFile();
    void exportIsForTheOwnerOnly();
    void fullDiskFailsClearly_data();
    void fullDiskFailsClearly();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    AddressBook book() const { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("tester")); }
    void addPeople();
    void addMany(int count);
    QVector<Subscriber> everyone() const;
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // The exported CSV's rows, checked for RFC 4180 on the way.
    QVector<QStringList> readCsv(const QString& file, QChar delimiter, bool bom);

    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    QStringList m_fields = {QStringLiteral("Shoe size")};
};

void TestExport::init()
{
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Connection::open(path(QStringLiteral("book.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
}

void TestExport::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

void TestExport::addPeople()
{
    QVERIFY(CustomFields(db()).add(m_fields.first()));
    AddressBook b = book();

    Subscriber anna;
    anna.phone = QStringLiteral("+79161234567");
    anna.firstName = QStringLiteral("Анна");
    anna.lastName = QStringLiteral("Иванова");
    anna.city = QStringLiteral("Москва");
    anna.region = QStringLiteral("Московская область");
    anna.birthDate = QDate(1990, 5, 17);
    anna.language = QStringLiteral("ru");
    anna.tags = {QStringLiteral("vip"), QStringLiteral("Stammkunde")};
    anna.notes = QStringLiteral("Line one\nLine \"two\", with a comma; and a semicolon\tand a tab");
    anna.customFields = {{m_fields.first(), QStringLiteral("38")}};
    auto added = b.add(anna, ConsentRecord{QStringLiteral("paper form"), QStringLiteral("form #12"),
                                           QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC)});
    QVERIFY2(added, qPrintable(added.error()));

    Subscriber juergen;
    juergen.phone = QStringLiteral("+4917112345678");
    juergen.firstName = QStringLiteral("Jürgen");
    juergen.lastName = QStringLiteral("Müller-Lüdenscheidt");
    juergen.city = QStringLiteral("München");
    juergen.language = QStringLiteral("de");
    juergen.tags = {QStringLiteral("vip")};
    juergen.notes = QStringLiteral("Straße \"Größe\" ß");
    added = b.add(juergen);
    QVERIFY2(added, qPrintable(added.error()));

    Subscriber bob;
    bob.phone = QStringLiteral("+12025550123");
    bob.firstName = QStringLiteral("Bob");
    bob.lastName = QStringLiteral("O'Neil; Jr");
    bob.city = QStringLiteral("Washington, D.C.");
    bob.birthDate = QDate(1875, 2, 1); // before Excel's calendar
    added = b.add(bob, ConsentRecord{QStringLiteral("web form"), QStringLiteral("ip 192.0.2.1"),
                                     QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC)});
    QVERIFY2(added, qPrintable(added.error()));
    auto unsubscribed = b.unsubscribe(bob.phone, OptOutReason::TooFrequent, QStringLiteral("three a week"));
    QVERIFY2(unsubscribed, qPrintable(unsubscribed.error()));

    // A complaint call about a number that is not in the book.
    auto excluded =
        b.exclude(QStringLiteral("+4930901820"), QStringLiteral("called, angry; \"never again\""));
    QVERIFY2(excluded, qPrintable(excluded.error()));
}

void TestExport::addMany(int count)
{
    AddressBook b = book();
    for (int i = 0; i < count; ++i) {
        Subscriber s;
        s.phone = QStringLiteral("+491711%1").arg(i, 6, 10, QLatin1Char('0'));
        s.firstName = QStringLiteral("Person %1").arg(i);
        auto added = b.add(s);
        QVERIFY2(added, qPrintable(added.error()));
    }
}

QVector<Subscriber> TestExport::everyone() const
{
    QVector<Subscriber> people;
    for (qint64 id = 1; id < 100; ++id) {
        Result<Subscriber> s = book().get(id);
        if (s)
            people.append(s.value());
    }
    return people;
}

QVector<QStringList> TestExport::readCsv(const QString& file, QChar delimiter, bool bom)
{
    const QByteArray bytes = readAll(file);
    const QByteArray mark("\xEF\xBB\xBF");
    if (bom != bytes.startsWith(mark)) {
        qWarning("byte order mark %s", bom ? "missing" : "unexpected");
        return {};
    }
    QString error;
    const QVector<QStringList> rows =
        parseCsv(QString::fromUtf8(bom ? bytes.mid(mark.size()) : bytes), delimiter, &error);
    if (!error.isEmpty())
        qWarning("not RFC 4180: %s", qPrintable(error));
    return rows;
}

void TestExport::csvFieldQuoting()
{
    auto field = [](const QString& value, QChar delimiter) {
        QString line;
        CsvFormat::appendField(line, value, delimiter);
        return line;
    };
    QCOMPARE(field(QStringLiteral("plain"), QLatin1Char(',')), QStringLiteral("plain"));
    QCOMPARE(field(QStringLiteral("a,b"), QLatin1Char(',')), QStringLiteral("\"a,b\""));
    QCOMPARE(field(QStringLiteral("a,b"), QLatin1Char(';')), QStringLiteral("a,b"));
    QCOMPARE(field(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
    QCOMPARE(field(QStringLiteral("a\tb"), QLatin1Char('\t')), QStringLiteral("\"a\tb\""));
    QCOMPARE(field(QStringLiteral("say \"hi\""), QLatin1Char(',')), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(field(QStringLiteral("two\nlines"), QLatin1Char(',')), QStringLiteral("\"two\nlines\""));
    QCOMPARE(field(QStringLiteral("cr\r"), QLatin1Char(',')), QStringLiteral("\"cr\r\""));
    QCOMPARE(field(QString(), QLatin1Char(',')), QString());
}

void TestExport::formulaGuardSparesNumbers_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << QString::fromUtf8("=1+2") << QString::fromUtf8("'=1+2");
    QTest::newRow("plus") << QString::fromUtf8("+cmd|' /C calc'!A0")
                          << QString::fromUtf8("'+cmd|' /C calc'!A0");
    QTest::newRow("minus") << QString::fromUtf8("-2+3") << QString::fromUtf8("'-2+3");
    QTest::newRow("at") << QString::fromUtf8("@SUM(A1)") << QString::fromUtf8("'@SUM(A1)");
    QTest::newRow("tab") << QString::fromUtf8("\t=1") << QString::fromUtf8("'\t=1");
    QTest::newRow("negative number") << QString::fromUtf8("-5") << QString::fromUtf8("-5");
    QTest::newRow("signed decimal") << QString::fromUtf8("+3.50") << QString::fromUtf8("+3.50");
    QTest::newRow("decimal comma") << QString::fromUtf8("-1,5") << QString::fromUtf8("-1,5");
    QTest::newRow("minus alone") << QString::fromUtf8("-") << QString::fromUtf8("'-");
    QTest::newRow("text") << QString::fromUtf8("Anna") << QString::fromUtf8("Anna");
    QTest::newRow("inner equals") << QString::fromUtf8("a=b") << QString::fromUtf8("a=b");
    QTest::newRow("empty") << QString::fromUtf8("") << QString::fromUtf8("");
}

void TestExport::formulaGuardSparesNumbers()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(CsvFormat::guarded(value), written);
}

void TestExport::csvRoundTrip_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("bom");
    for (const char* d : {",", ";", "\t"}) {
        const QString name =
            QLatin1String(d) == QLatin1String("\t") ? QStringLiteral("tab") : QLatin1String(d);
        QTest::addRow("%s with BOM", qPrintable(name)) << QString::fromLatin1(d) << true;
        QTest::addRow("%s without BOM", qPrintable(name)) << QString::fromLatin1(d) << false;
    }
}

void TestExport::csvRoundTrip()
{
    QFETCH(QString, delimiter);
    QFETCH(bool, bom);
    addPeople();
    ExportOptions options;
    options.delimiter = delimiter.at(0);
    options.byteOrderMark = bom;
    const QString file = path(QStringLiteral("people.csv"));
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(file, options);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary.value().rows, 3);
    QCOMPARE(summary.value().path, QFileInfo(file).absoluteFilePath());

    const QVector<QStringList> rows = readCsv(file, options.delimiter, bom);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first(), headers(AddressBookExport::columns(m_fields)));
    const QVector<Subscriber> people = everyone();
    QCOMPARE(people.size(), 3);
    for (int i = 0; i < people.size(); ++i)
        QCOMPARE(rows.at(i + 1), expectedRow(people.at(i), m_fields));
    // The values themselves, not only as the helper above writes them.
    QCOMPARE(rows.at(1).at(1), QStringLiteral("Анна"));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("1990-05-17"));
    QCOMPARE(rows.at(1).at(7), QStringLiteral("Stammkunde, vip"));
    QCOMPARE(rows.at(1).at(12),
             QStringLiteral("Line one\nLine \"two\", with a comma; and a semicolon\tand a tab"));
    QCOMPARE(rows.at(1).at(13), QStringLiteral("38"));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("Müller-Lüdenscheidt"));
    QCOMPARE(rows.at(3).at(8), SubscriberStatuses::label(SubscriberStatus::Unsubscribed));
    QCOMPARE(rows.at(3).at(5), QStringLiteral("1875-02-01"));
}

void TestExport::csvGuardsFormulasButNotPhoneNumbers()
{
    QVERIFY(CustomFields(db()).add(QStringLiteral("Balance")));
    Subscriber s;
    s.phone = QStringLiteral("+4915112345678");
    s.firstName = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    s.city = QStringLiteral("@evil");
    s.notes = QStringLiteral("-2+3");
    s.customFields = {{QStringLiteral("Balance"), QStringLiteral("-5")}};
    QVERIFY(book().add(s));
    const QString file = path(QStringLiteral("guarded.csv"));
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(file, ExportOptions());
    QVERIFY2(summary, qPrintable(summary.error()));
    const QVector<QStringList> rows = readCsv(file, QLatin1Char(','), false);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("+4915112345678")); // E.164 is never touched
    QCOMPARE(rows.at(1).at(1), QStringLiteral("'=HYPERLINK(\"http://example.com\")"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("'@evil"));
    QCOMPARE(rows.at(1).at(12), QStringLiteral("'-2+3"));
    QCOMPARE(rows.at(1).at(13), QStringLiteral("-5"));
}

void TestExport::filterSelectsTheShownPeople_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QStringList>("phones");
    QTest::newRow("everyone") << QString() << -1 << numbers("+79161234567 +4917112345678 +12025550123");
    QTest::newRow("unsubscribed") << QString() << int(SubscriberStatus::Unsubscribed)
                                  << numbers("+12025550123");
    QTest::newRow("no consent") << QString() << int(SubscriberStatus::NoConsent) << numbers("+4917112345678");
    QTest::newRow("name") << QStringLiteral("müller") << -1 << numbers("+4917112345678");
    QTest::newRow("cyrillic name") << QStringLiteral("Анна") << -1 << numbers("+79161234567");
    QTest::newRow("digits") << QStringLiteral("171") << -1 << numbers("+4917112345678");
    QTest::newRow("whole number") << QStringLiteral("0171 12345678") << -1 << numbers("+4917112345678");
    QTest::newRow("name and status") << QStringLiteral("anna") << int(SubscriberStatus::Unsubscribed)
                                     << QStringList{};
    // Every number has a 1: by status, then in the order people were added.
    QTest::newRow("everyone by digits")
        << QStringLiteral("1") << -1 << numbers("+79161234567 +4917112345678 +12025550123");
}

void TestExport::filterSelectsTheShownPeople()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(QStringList, phones);
    addPeople();
    SubscriberFilter filter;
    filter.search = search;
    filter.region = QStringLiteral("DE");
    if (status >= 0)
        filter.status = SubscriberStatus(status);
    filter.sort = SubscriberFilter::SortColumn::ByPhone; // the export keeps its own order
    const AddressBookExport exporter = AddressBookExport::filtered(db(), filter);
    QCOMPARE(exporter.count().value(), phones.size());
    const QString file = path(QStringLiteral("filtered.csv"));
    Result<ExportSummary> summary = exporter.write(file, ExportOptions());
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary.value().rows, phones.size());
    QStringList written;
    const QVector<QStringList> rows = readCsv(file, QLatin1Char(','), false);
    for (int i = 1; i < rows.size(); ++i)
        written.append(rows.at(i).first());
    QCOMPARE(written, phones);
}

void TestExport::segmentSelectsTheMatchingPeople_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("phones");
    QTest::newRow("everyone") << QString::fromUtf8(R"({"all": []})")
                              << numbers("+79161234567 +4917112345678 +12025550123");
    QTest::newRow("tag") << QString::fromUtf8(
                                R"({"all": [{"field": "tags", "op": "any", "values": ["VIP"]}]})")
                         << numbers("+79161234567 +4917112345678");
    QTest::newRow("city") << QString::fromUtf8(
                                 R"({"all": [{"field": "city", "op": "is", "values": ["Москва"]}]})")
                          << numbers("+79161234567");
    QTest::newRow("custom field")
        << QString::fromUtf8(
               R"({"all": [{"field": "custom", "name": "Shoe size", "op": "is", "values": ["38"]}]})")
        << numbers("+79161234567");
    // Whatever their status: the unsubscribed Bob is in the file, marked so.
    QTest::newRow("any of two") << QString::fromUtf8(
                                       R"({"any": [{"field": "language", "op": "is", "values": ["de"]},
                                                {"field": "city", "op": "contains", "values": ["Washington"]}]})")
                                << numbers("+4917112345678 +12025550123");
    QTest::newRow("nobody") << QString::fromUtf8(
                                   R"({"all": [{"field": "city", "op": "is", "values": ["Paris"]}]})")
                            << QStringList{};
}

void TestExport::segmentSelectsTheMatchingPeople()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, phones);
    addPeople();
    Result<SegmentRule> parsed = SegmentRule::fromJsonText(rule);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const AddressBookExport exporter = AddressBookExport::matching(db(), parsed.value());
    QCOMPARE(exporter.count().value(), phones.size());
    const QString file = path(QStringLiteral("segment.csv"));
    Result<ExportSummary> summary = exporter.write(file, ExportOptions());
    QVERIFY2(summary, qPrintable(summary.error()));
    QStringList written;
    const QVector<QStringList> rows = readCsv(file, QLatin1Char(','), false);
    QCOMPARE(rows.value(0), headers(AddressBookExport::columns(m_fields)));
    for (int i = 1; i < rows.size(); ++i)
        written.append(rows.at(i).first());
    QCOMPARE(written, phones);
}

void TestExport::xlsxHasTheSheetHeaderAndTypedCells()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    addPeople();
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    const QString file = path(QStringLiteral("people.xlsx"));
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(file, options);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary.value().rows, 3);

    const QByteArray workbook = unzip(file, QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains("<sheet name=\"Subscribers\""), workbook.constData());
    const QByteArray sheet = unzip(file, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(sheet.contains("state=\"frozen\""), "the header row is frozen");
    QVERIFY2(sheet.contains("<autoFilter ref=\"A1:N4\""), "an autofilter over the table");
    const QVector<QVector<Cell>> rows = readSheet(sheet, unzip(file, QStringLiteral("xl/sharedStrings.xml")));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(texts(rows.at(0)), headers(AddressBookExport::columns(m_fields)));

    const QVector<Subscriber> people = everyone();
    for (int i = 0; i < people.size(); ++i) {
        const QVector<Cell>& row = rows.at(i + 1);
        const QStringList expected = expectedRow(people.at(i), m_fields);
        // The phone is a text cell, never a number that loses its "+".
        QVERIFY2(isText(row.at(0)), qPrintable(row.at(0).type));
        QCOMPARE(row.at(0).value, people.at(i).phone);
        for (int column : {1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13}) {
            const QString value = column < row.size() ? row.at(column).value : QString();
            QCOMPARE(value, expected.at(column));
            if (!value.isEmpty())
                QVERIFY(isText(row.at(column)));
        }
    }
    // Dates are numbers (days since 1899-12-30) with a date format; one before 1900 stays text.
    const Cell birth = rows.at(1).at(5);
    QVERIFY(birth.type.isEmpty());
    QVERIFY(!birth.style.isEmpty());
    QCOMPARE(birth.value.toInt(), QDate(1899, 12, 30).daysTo(QDate(1990, 5, 17)));
    const Cell consent = rows.at(1).at(9);
    QVERIFY(consent.type.isEmpty());
    const QDateTime local = QDateTime(QDate(2025, 1, 15), QTime(10, 30), Qt::UTC).toLocalTime();
    const double serial =
        QDate(1899, 12, 30).daysTo(local.date()) + local.time().msecsSinceStartOfDay() / 86400000.0;
    QVERIFY(qAbs(consent.value.toDouble() - serial) < 1e-6);
    QVERIFY(isText(rows.at(3).at(5)));
    QCOMPARE(rows.at(3).at(5).value, QStringLiteral("1875-02-01"));
    // The date formats exist in the styles.
    const QByteArray styles = unzip(file, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd\""));
    QVERIFY(styles.contains("formatCode=\"yyyy-mm-dd hh:mm\""));
}

void TestExport::suppressionListCsv()
{
    addPeople();
    const QString file = path(QStringLiteral("suppression.csv"));
    ExportOptions options;
    options.delimiter = QLatin1Char(';');
    Result<ExportSummary> summary = SuppressionExport(db()).write(file, options);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary.value().rows, 2);
    const QVector<QStringList> rows = readCsv(file, QLatin1Char(';'), false);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), headers(SuppressionExport::columns()));
    const QString now = m_clock.currentUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // By number.
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("+12025550123"), now,
                                      OptOutReasons::label(OptOutReason::TooFrequent),
                                      QStringLiteral("three a week"), QString(), QString(), QString()}));
    QCOMPARE(rows.at(2),
             (QStringList{QStringLiteral("+4930901820"), QString(), QString(), QString(), now,
                          QStringLiteral("called, angry; \"never again\""), QStringLiteral("tester")}));
}

void TestExport::suppressionListXlsx()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    addPeople();
    const QString file = path(QStringLiteral("suppression.xlsx"));
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    Result<ExportSummary> summary = SuppressionExport(db()).write(file, options);
    QVERIFY2(summary, qPrintable(summary.error()));
    QVERIFY(unzip(file, QStringLiteral("xl/workbook.xml")).contains("<sheet name=\"Suppression list\""));
    const QVector<QVector<Cell>> rows = readSheet(unzip(file, QStringLiteral("xl/worksheets/sheet1.xml")),
                                                  unzip(file, QStringLiteral("xl/sharedStrings.xml")));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(texts(rows.at(0)), headers(SuppressionExport::columns()));
    QVERIFY(isText(rows.at(1).at(0)));
    QCOMPARE(rows.at(1).at(0).value, QStringLiteral("+12025550123"));
    QVERIFY(rows.at(1).at(1).type.isEmpty()); // a date
    QCOMPARE(rows.at(1).at(2).value, OptOutReasons::label(OptOutReason::TooFrequent));
    QCOMPARE(rows.at(2).at(0).value, QStringLiteral("+4930901820"));
    QCOMPARE(rows.at(2).at(5).value, QStringLiteral("called, angry; \"never again\""));
}

void TestExport::progressIsReported()
{
    addMany(300);
    QVector<QPair<qint64, qint64>> reports;
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(
        path(QStringLiteral("progress.csv")), ExportOptions(), [&reports](qint64 done, qint64 total) {
            reports.append({done, total});
        });
    QVERIFY2(summary, qPrintable(summary.error()));
    QVERIFY(reports.size() >= 2);
    QCOMPARE(reports.first(), (QPair<qint64, qint64>(0, 300)));
    QCOMPARE(reports.last(), (QPair<qint64, qint64>(300, 300)));
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
}

void TestExport::unwritableTargetFailsClearly_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("kind");
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QByteArray name = ExportOptions::formatCode(format).toLatin1();
        QTest::addRow("%s, no such folder", name.constData()) << int(format) << QStringLiteral("missing");
        QTest::addRow("%s, a folder by that name", name.constData())
            << int(format) << QStringLiteral("folder");
        QTest::addRow("%s, a file as the folder", name.constData()) << int(format) << QStringLiteral("file");
        QTest::addRow("%s, read-only folder", name.constData()) << int(format) << QStringLiteral("readonly");
        QTest::addRow("%s, the database", name.constData()) << int(format) << QStringLiteral("database");
    }
}

void TestExport::unwritableTargetFailsClearly()
{
    QFETCH(int, format);
    QFETCH(QString, kind);
    addPeople();
    ExportOptions options;
    options.format = ExportFormat(format);
    const QString suffix = QLatin1Char('.') + ExportOptions::suffix(options.format);
    QString target;
    QString expected;
    QString folder = m_dir->path();
    if (kind == QLatin1String("missing")) {
        target = path(QStringLiteral("no/such/folder/people") + suffix);
        expected = QStringLiteral("does not exist. Choose another folder.");
    } else if (kind == QLatin1String("folder")) {
        target = path(QStringLiteral("people") + suffix);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("people") + suffix));
        expected = QStringLiteral("it is a folder");
    } else if (kind == QLatin1String("file")) {
        QFile plain(path(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        target = path(QStringLiteral("plain.txt/people") + suffix);
        expected = QStringLiteral("is not a folder. Choose another folder.");
    } else if (kind == QLatin1String("database")) {
        target = path(QStringLiteral("book.sqlite"));
        expected = QStringLiteral("it is the Textwell database itself. Choose another file name.");
    } else {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders");
#endif
        folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        target = folder + QStringLiteral("/people") + suffix;
        expected = QStringLiteral("Permission denied. Choose another folder.");
    }
    const QStringList before = filesIn(folder);
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(target, options);
    QVERIFY(!summary);
    QVERIFY2(summary.error().startsWith(QStringLiteral("Cannot write ") + QDir::toNativeSeparators(target)),
             qPrintable(summary.error()));
    QVERIFY2(summary.error().contains(expected), qPrintable(summary.error()));
    QCOMPARE(filesIn(folder), before);
    // The suppression list says the same.
    Result<ExportSummary> suppression = SuppressionExport(db()).write(target, options);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!suppression);
    QCOMPARE(suppression.error(), summary.error());
    QCOMPARE(filesIn(folder), before);
}

void TestExport::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("early"); // cancelled before the first row, or on the way
    QTest::newRow("csv, on the way") << int(ExportFormat::Csv) << false;
    QTest::newRow("xlsx, on the way") << int(ExportFormat::Xlsx) << false;
    QTest::newRow("csv, before the first row") << int(ExportFormat::Csv) << true;
    QTest::newRow("xlsx, before the first row") << int(ExportFormat::Xlsx) << true;
}

void TestExport::cancelledExportLeavesNoFile()
{
    QFETCH(int, format);
    QFETCH(bool, early);
    addMany(300);
    ExportOptions options;
    options.format = ExportFormat(format);
    const QString target = path(QStringLiteral("people.") + ExportOptions::suffix(options.format));
    const QStringList before = filesIn(m_dir->path());
    std::atomic_bool cancel{early};
    qint64 seen = 0;
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(
        target, options,
        [&](qint64 done, qint64) {
            seen = done;
            cancel = true;
        },
        &cancel);
    QVERIFY(!summary);
    QCOMPARE(summary.error(), QStringLiteral("The export was cancelled; no file was written."));
    QVERIFY(seen < 300);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(filesIn(m_dir->path()), before); // and no temporary file either

    std::atomic_bool cancelSuppression{true};
    QVERIFY(!SuppressionExport(db()).write(target, options, {}, &cancelSuppression));
    QCOMPARE(filesIn(m_dir->path()), before);
}

void TestExport::failedExportKeepsTheOldFile()
{
    addMany(300);
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        ExportOptions options;
        options.format = format;
        const QString target = path(QStringLiteral("people.") + ExportOptions::suffix(format));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday's export");
        }
        std::atomic_bool cancel{false};
        QVERIFY(!AddressBookExport::everyone(db()).write(
            target, options, [&cancel](qint64, qint64) { cancel = true; }, &cancel));
        QCOMPARE(readAll(target), QByteArray("yesterday's export"));
        // A finished export replaces it.
        QVERIFY(AddressBookExport::everyone(db()).write(target, options));
        QVERIFY(readAll(target).size() > 1000);
    }
}

void TestExport::exportIsForTheOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix thing");
#endif
    addPeople();
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        ExportOptions options;
        options.format = format;
        const QString target = path(QStringLiteral("people.") + ExportOptions::suffix(format));
        QVERIFY(AddressBookExport::everyone(db()).write(target, options));
        QCOMPARE(QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
}

void TestExport::fullDiskFailsClearly_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ExportFormat::Csv);
    QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
}

void TestExport::fullDiskFailsClearly()
{
    // Needs a small file system the tester made, e.g. mount -t tmpfs -o size=64k tmpfs /tmp/full
    // and TEXTWELL_FULL_DISK=/tmp/full.
    const QString full = qEnvironmentVariable("TEXTWELL_FULL_DISK");
    if (full.isEmpty())
        QSKIP("set TEXTWELL_FULL_DISK to a folder on a small file system to run this");
    QFETCH(int, format);
    addMany(2000);
    ExportOptions options;
    options.format = ExportFormat(format);
    const QString target = full + QStringLiteral("/people.") + ExportOptions::suffix(options.format);
    const QStringList before = filesIn(full);
    Result<ExportSummary> summary = AddressBookExport::everyone(db()).write(target, options);
    QVERIFY(!summary);
    QVERIFY2(summary.error().startsWith(QStringLiteral("The disk is full")), qPrintable(summary.error()));
    QCOMPARE(filesIn(full), before);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
