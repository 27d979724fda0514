// The report writers, read back with tools of their own: a strict CSV parser written here, unzip and
// an XML reader for XLSX, pdfinfo and pdftotext for PDF. A small hand-made report (figures, a chart
// of each kind, a table with Cyrillic, umlauts, percentages and dates) and a streamed 5,000-row
// opt-out log; a write that fails or is cancelled leaves no file behind.

#include "reports/csvreportwriter.h"
#include "reports/pdfreportwriter.h"
#include "reports/reportchartpainter.h"
#include "reports/reportfiles.h"
#include "reports/reportvalues.h"

#include "strictcsv.h"
#include "xlsxsheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>
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

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

QByteArray unzip(const QString& archive, const QString& entry)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
}

// Keeps a copy of a written file for a look: TEXTWELL_REPORT_KEEP=/some/folder.
void keep(const QString& file)
{
    const QString folder = qEnvironmentVariable("TEXTWELL_REPORT_KEEP");
    if (folder.isEmpty())
        return;
    const QString copy = QDir(folder).filePath(QFileInfo(file).fileName());
    QFile::remove(copy);
    QFile::copy(file, copy);
}

bool have(const char* program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

// The number format of a cell style, by the style's index in cellXfs: "0.0%", or "builtin:14".
QString numberFormat(const QByteArray& styles, int styleIndex)
{
    QHash<QString, QString> formats;
    QStringList xfFormats;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toString(),
                           xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            xfFormats.append(xml.attributes().value(QLatin1String("numFmtId")).toString());
        }
    }
    const QString id = xfFormats.value(styleIndex);
    return formats.value(id, QStringLiteral("builtin:") + id);
}

QStringList sheetNames(const QByteArray& workbook)
{
    QStringList names;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
            names.append(xml.attributes().value(QLatin1String("name")).toString());
    }
    return names;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// As the CSV and XLSX writers put a date-time: in local time.
QString localText(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

const QString FormulaCampaign = QStringLiteral("=HYPERLINK(\"http://example.com\") Black Friday");

QVector<ReportColumn> campaignColumns()
{
    return {{QStringLiteral("Campaign"), ReportColumn::Kind::Text},
            {QStringLiteral("Sent"), ReportColumn::Kind::Integer},
            {QStringLiteral("Opt-outs"), ReportColumn::Kind::Integer},
            {QStringLiteral("Rate"), ReportColumn::Kind::Percent},
            {QStringLiteral("Started"), ReportColumn::Kind::Date},
            {QStringLiteral("Last opt-out"), ReportColumn::Kind::DateTime}};
}

QVector<QVariantList> campaignRows()
{
    return {{QStringLiteral("Весенняя распродажа"), 5120, 61, 0.0119, QDate(2026, 11, 3),
             utc(2026, 11, 5, 14, 20)},
            {QStringLiteral("Grüße zum Muttertag – 10 % Rabatt"), 3980, 95, 0.0239, QDate(2026, 11, 12),
             utc(2026, 11, 14, 8, 5)},
            {FormulaCampaign, 7400, 52, 0.007, QDate(2026, 11, 27), QVariant()}};
}

// The hand-made report: what the dashboard report will look like.
ReportDocument sampleReport()
{
    ReportDocument report;
    report.title = QStringLiteral("Unsubscribe report");
    report.businessName = QStringLiteral("Blumenladen Müller");
    report.period = QStringLiteral("1 Nov 2026 – 30 Nov 2026");
    report.generatedAt = utc(2026, 12, 1, 9, 15);

    ReportSection overview;
    overview.heading = QStringLiteral("Overview");
    overview.paragraph = QStringLiteral("Fewer people left this month than last, but the Mother's Day "
                                        "campaign went over the alert threshold: "
                                        "most of those who left said they got too many messages.");
    overview.figures = {
        {QStringLiteral("Active subscribers"), QStringLiteral("12,480"),
         QStringLiteral("+214 vs previous 30 days"), ReportFigure::Tone::Good},
        {QStringLiteral("Unsubscribe rate"), QStringLiteral("1.4 %"),
         QStringLiteral("+0.3 pt vs previous 30 days"), ReportFigure::Tone::Bad},
        {QStringLiteral("Opt-outs this week"), QStringLiteral("23"), QString(), ReportFigure::Tone::Neutral},
        {QStringLiteral("Delivery rate"), QStringLiteral("98.6 %"), QStringLiteral("−0.2 pt"),
         ReportFigure::Tone::Neutral}};
    report.sections.append(overview);

    ReportChart trend;
    trend.kind = ReportChart::Kind::Line;
    trend.title = QStringLiteral("Unsubscribe rate by day");
    trend.categoryTitle = QStringLiteral("Day");
    trend.percent = true;
    ReportSeries rate{QStringLiteral("Unsubscribe rate"), {}};
    for (int day = 1; day <= 30; ++day) {
        trend.categories.append(QStringLiteral("%1 Nov").arg(day));
        rate.values.append(day == 5    ? std::numeric_limits<double>::quiet_NaN()
                           : day == 14 ? 0.026
                                       : 0.009 + 0.004 * std::sin(day / 3.0));
    }
    trend.series.append(rate);
    trend.band = ReportBand{0.005, 0.02, QStringLiteral("typical 0.5–2 %")};
    trend.threshold = ReportThreshold{0.02, QStringLiteral("alert 2 %")};
    ReportSection trendSection;
    trendSection.heading = QStringLiteral("Unsubscribe rate");
    trendSection.chart = trend;
    report.sections.append(trendSection);

    ReportChart reasons;
    reasons.kind = ReportChart::Kind::Donut;
    reasons.title = QStringLiteral("Reasons for leaving");
    reasons.categoryTitle = QStringLiteral("Reason");
    reasons.categories = {QStringLiteral("Too many messages"), QStringLiteral("Not relevant"),
                          QStringLiteral("No consent given"), QStringLiteral("Life changed"),
                          QStringLiteral("Другое")};
    reasons.series = {{QStringLiteral("Opt-outs"), {42, 27, 9, 14, 8}}};
    ReportSection reasonSection;
    reasonSection.heading = QStringLiteral("Why people left");
    reasonSection.chart = reasons;
    report.sections.append(reasonSection);

    ReportChart perCampaign;
    perCampaign.kind = ReportChart::Kind::Bar;
    perCampaign.title = QStringLiteral("Opt-out rate per campaign");
    perCampaign.categoryTitle = QStringLiteral("Campaign");
    perCampaign.percent = true;
    perCampaign.categories = {QStringLiteral("Весенняя распродажа"), QStringLiteral("Grüße zum Muttertag"),
                              QStringLiteral("Black Friday"), QStringLiteral("Adventskalender Tag 1"),
                              QStringLiteral("Winter sale")};
    perCampaign.series = {{QStringLiteral("Opt-out rate"), {0.0119, 0.0239, 0.007, 0.0042, 0.0155}}};
    perCampaign.threshold = ReportThreshold{0.02, QStringLiteral("alert 2 %")};
    ReportSection campaigns;
    campaigns.heading = QStringLiteral("Campaigns");
    campaigns.chart = perCampaign;
    campaigns.table =
        ReportTable::fromRows(QStringLiteral("Campaign results"), campaignColumns(), campaignRows());
    report.sections.append(campaigns);

    report.notes = {
        {QStringLiteral("Unsubscribe rate"),
         QStringLiteral("Opt-outs in the period divided by the messages delivered in it.")},
        {QStringLiteral("Typical range"),
         QStringLiteral("0.5–2 % is usual for retail SMS; above 2 % the dashboard raises an alert.")}};
    return report;
}

// The opt-out log, generated row by row. knownCount false hides the count from the writers;
// cancelAt sets *cancel while producing that row; failAt makes the source fail there.
struct OptOutLog
{
    static QString number(int i) { return QStringLiteral("+49151%1").arg(i, 7, 10, QLatin1Char('0')); }
    static QDateTime time(int i) { return utc(2026, 11, 1, 8, 0).addSecs(i * 60); }
    static QString channel(int i) { return i % 3 == 0 ? QStringLiteral("keyword") : QStringLiteral("reply"); }
    static QString keyword(int i) { return i % 2 == 0 ? QStringLiteral("СТОП") : QStringLiteral("STOPP"); }
    static QString campaign(int i)
    {
        return i % 1000 == 7 ? QStringLiteral("@SUM(1+1)*cmd") : QStringLiteral("Grüße zum Muttertag");
    }
    static QVariantList row(int i)
    {
        return {number(i),  time(i),     channel(i),
                keyword(i), campaign(i), i % 4 == 0 ? QVariant(0.5) : QVariant()};
    }
    static QVector<ReportColumn> columns()
    {
        return {{QStringLiteral("Number"), ReportColumn::Kind::Text},
                {QStringLiteral("Time"), ReportColumn::Kind::DateTime},
                {QStringLiteral("Channel"), ReportColumn::Kind::Text},
                {QStringLiteral("Keyword"), ReportColumn::Kind::Text},
                {QStringLiteral("Campaign"), ReportColumn::Kind::Text, 24}, // wider than the others
                {QStringLiteral("Share"), ReportColumn::Kind::Percent}};
    }
};

// Rows that end at stopAt, with error (a lost database) or without (fewer rows than announced).
class FailingSource : public ReportRowSource
{
public:
    FailingSource(int stopAt, qint64 announced, QString error = QString())
        : m_stopAt(stopAt), m_announced(announced), m_error(std::move(error))
    {}
    Status start() override
    {
        m_next = 0;
        return {};
    }
    bool next(QVariantList& row) override
    {
        if (m_next == m_stopAt)
            return false;
        row = OptOutLog::row(m_next++);
        return true;
    }
    qint64 rowCount() const override { return m_announced; }
    QString error() const override { return m_next == m_stopAt ? m_error : QString(); }

private:
    int m_stopAt;
    qint64 m_announced;
    QString m_error;
    int m_next = 0;
};

ReportDocument optOutLog(int rows, bool knownCount = true, std::atomic_bool* cancel = nullptr,
                         int cancelAt = -1)
{
    ReportDocument report;
    report.title = QStringLiteral("Opt-out log");
    report.businessName = QStringLiteral("Салон «Весна»");
    report.period = QStringLiteral("November 2026");
    report.generatedAt = utc(2026, 12, 1, 9, 15);
    ReportSection section;
    section.heading = QStringLiteral("Opt-outs");
    section.table = ReportTable::generated(
        QString(), OptOutLog::columns(),
        [rows, cancel, cancelAt]() {
            auto next = std::make_shared<int>(0);
            return [rows, cancel, cancelAt, next](QVariantList& row) {
                if (*next >= rows)
                    return false;
                if (*next == cancelAt && cancel)
                    *cancel = true;
                row = OptOutLog::row((*next)++);
                return true;
            };
        },
        knownCount ? rows : -1);
    report.sections.append(section);
    report.notes = {{QStringLiteral("Channel"), QStringLiteral("How the opt-out reached us.")}};
    return report;
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void formatsByCode();
    void valuesForPeopleAndSpreadsheets();
    void niceScales_data();
    void niceScales();

    void csvOfOneTableIsThatTable();
    void csvOfAReportIsBlocks();
    void csvWithSemicolonsWritesDecimalCommas();
    void progressCountsTheRows();

    void xlsxHasSheetsTypedCellsAndNativeCharts();
    void xlsxStreamsABigTable();
    void xlsxSheetNamesAreValidAndUnique();

    void pdfHasTheTextAndPageNumbers();
    void pdfPagesFollowTheLayout();
    void pdfOfUnknownLengthCountsItsPages();
    void pdfRefusesRowsThatChanged();
    void pdfFitsCrowdedContent();
    void pdfTurnsForWideTables();

    void unwritableTargetFailsClearly_data();
    void unwritableTargetFailsClearly();
    void cancelledWriteLeavesNoFile_data();
    void cancelledWriteLeavesNoFile();
    void failingRowsLeaveNoFile_data();
    void failingRowsLeaveNoFile();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString pdfText(const QString& file) const;
    int pdfPages(const QString& file) const;
    bool pdfIsLandscape(const QString& file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportWriters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReportWriters::cleanup()
{
    m_dir.reset();
}

QString TestReportWriters::pdfText(const QString& file) const
{
    return QString::fromUtf8(
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")}));
}

int TestReportWriters::pdfPages(const QString& file) const
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {file}));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

bool TestReportWriters::pdfIsLandscape(const QString& file) const
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {file}));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    return size.hasMatch() && size.captured(1).toDouble() > size.captured(2).toDouble();
}

void TestReportWriters::formatsByCode()
{
    QCOMPARE(ReportFormats::fromCode(QStringLiteral("csv")), std::optional<ReportFormat>(ReportFormat::Csv));
    QCOMPARE(ReportFormats::fromCode(QStringLiteral(" XLSX ")),
             std::optional<ReportFormat>(ReportFormat::Xlsx));
    QCOMPARE(ReportFormats::fromCode(QStringLiteral("Pdf")), std::optional<ReportFormat>(ReportFormat::Pdf));
    QCOMPARE(ReportFormats::fromCode(QStringLiteral("xls")), std::nullopt);
    QCOMPARE(ReportFormats::fromCode(QString()), std::nullopt);
    QCOMPARE(ReportFormats::fromPath(QStringLiteral("/tmp/report.final.PDF")),
             std::optional<ReportFormat>(ReportFormat::Pdf));
    for (ReportFormat format : ReportFormats::all()) {
        QCOMPARE(ReportFormats::fromCode(ReportFormats::code(format)), std::optional<ReportFormat>(format));
        QCOMPARE(ReportFormats::suffix(format), ReportFormats::code(format));
        QVERIFY(!ReportFormats::label(format).isEmpty());
    }
    QCOMPARE(ReportFormats::code(ReportFormat::Xlsx), QStringLiteral("xlsx"));
}

void TestReportWriters::valuesForPeopleAndSpreadsheets()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(ReportValues::percent(0.024, 1, english), QStringLiteral("2.4%"));
    // The sign as each language writes it: German and Russian with a no-break space.
    QCOMPARE(ReportValues::percent(0.0239, 1, german), QStringLiteral("2,4\u00A0%"));
    QCOMPARE(ReportValues::percent(0.024, 1, QLocale(QLocale::Russian, QLocale::Russia)),
             QStringLiteral("2,4\u00A0%"));
    QCOMPARE(ReportValues::percent(-0.0001, 1, english), QStringLiteral("0.0%")); // never "-0.0%"
    QCOMPARE(ReportValues::number(12480, 0, german), QStringLiteral("12.480"));
    QCOMPARE(ReportValues::display(QVariant(qint64(1234567)), ReportColumn::Kind::Integer, english,
                                   QTimeZone::utc()),
             QStringLiteral("1,234,567"));
    QCOMPARE(ReportValues::longDate(QDate(2026, 11, 30), german), QStringLiteral("30. November 2026"));

    QCOMPARE(ReportValues::plainNumber(0.024, QLatin1Char('.')), QStringLiteral("0.024"));
    QCOMPARE(ReportValues::plainNumber(0.1 + 0.2, QLatin1Char('.')), QStringLiteral("0.3"));
    QCOMPARE(ReportValues::plainNumber(1250, QLatin1Char('.')), QStringLiteral("1250"));
    QCOMPARE(ReportValues::plainNumber(0.00001, QLatin1Char(',')), QStringLiteral("0,00001")); // no exponent
    QCOMPARE(ReportValues::plainNumber(-3.5, QLatin1Char(',')), QStringLiteral("-3,5"));
    QCOMPARE(ReportValues::csvDecimalPoint(QLatin1Char(';')), QLatin1Char(','));
    QCOMPARE(ReportValues::csvDecimalPoint(QLatin1Char(',')), QLatin1Char('.'));
    QCOMPARE(ReportValues::csvDecimalPoint(QLatin1Char('\t')), QLatin1Char('.'));
}

void TestReportWriters::niceScales_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");
    QTest::newRow("rates up to 3.1 %") << 0.0 << 0.031 << 0.0 << 0.04 << 0.01 << 2;
    QTest::newRow("rates up to 2.6 %") << 0.0 << 0.026 << 0.0 << 0.03 << 0.01 << 2;
    QTest::newRow("counts up to 47") << 0.0 << 47.0 << 0.0 << 50.0 << 10.0 << 0;
    QTest::newRow("counts 1,200 to 9,800") << 1200.0 << 9800.0 << 0.0 << 10000.0 << 2000.0 << 0;
    QTest::newRow("nothing but zeros") << 0.0 << 0.0 << 0.0 << 1.0 << 0.2 << 1;
}

void TestReportWriters::niceScales()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    QFETCH(int, decimals);
    const ReportChartPainter::Scale scale = ReportChartPainter::niceScale(low, high, 6);
    QVERIFY2(qAbs(scale.min - min) < 1e-12, qPrintable(QString::number(scale.min)));
    QVERIFY2(qAbs(scale.max - max) < 1e-12, qPrintable(QString::number(scale.max)));
    QVERIFY2(qAbs(scale.step - step) < 1e-12, qPrintable(QString::number(scale.step)));
    QCOMPARE(scale.decimals, decimals);
}

void TestReportWriters::csvOfOneTableIsThatTable()
{
    const QString file = path(QStringLiteral("optouts.csv"));
    QVERIFY2(ReportFiles::write(optOutLog(5000), ReportFormat::Csv, file), "write");
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the mark
    QString error;
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(','), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 5001); // the header and the rows, nothing else
    QCOMPARE(rows.first(),
             (QStringList{QStringLiteral("Number"), QStringLiteral("Time"), QStringLiteral("Channel"),
                          QStringLiteral("Keyword"), QStringLiteral("Campaign"), QStringLiteral("Share")}));
    for (int i = 0; i < 5000; ++i) {
        // Written out by hand: the formula-like campaign gets the apostrophe Excel hides, the
        // "+49..." number does not (a number cannot call anything), a percentage is its fraction.
        const QString campaign =
            i % 1000 == 7 ? QStringLiteral("'@SUM(1+1)*cmd") : QStringLiteral("Grüße zum Muttertag");
        const QStringList expected{OptOutLog::number(i),
                                   localText(OptOutLog::time(i)),
                                   OptOutLog::channel(i),
                                   OptOutLog::keyword(i),
                                   campaign,
                                   i % 4 == 0 ? QStringLiteral("0.5") : QString()};
        if (rows.at(i + 1) != expected)
            QFAIL(
                qPrintable(QStringLiteral("row %1: %2 != %3")
                               .arg(i)
                               .arg(rows.at(i + 1).join(QLatin1Char('|')), expected.join(QLatin1Char('|')))));
    }
}

void TestReportWriters::csvOfAReportIsBlocks()
{
    const QString file = path(QStringLiteral("report.csv"));
    QVERIFY(ReportFiles::write(sampleReport(), ReportFormat::Csv, file));
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QString error;
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(','), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList blank{QString()};

    // The report's own block.
    QCOMPARE(rows.at(0), QStringList{QStringLiteral("Unsubscribe report")});
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Business"), QStringLiteral("Blumenladen Müller")}));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("Period"), QStringLiteral("1 Nov 2026 – 30 Nov 2026")}));
    QCOMPARE(rows.at(3), (QStringList{QStringLiteral("Generated"), localText(utc(2026, 12, 1, 9, 15))}));
    QCOMPARE(rows.at(4), blank);

    // Key figures; a note that starts with "+" and is not a number is guarded.
    QCOMPARE(rows.at(5), QStringList{QStringLiteral("Overview")});
    QCOMPARE(rows.at(6),
             (QStringList{QStringLiteral("Key figure"), QStringLiteral("Value"), QStringLiteral("Note")}));
    QCOMPARE(rows.at(7), (QStringList{QStringLiteral("Active subscribers"), QStringLiteral("12,480"),
                                      QStringLiteral("'+214 vs previous 30 days")}));
    QCOMPARE(rows.at(8), (QStringList{QStringLiteral("Unsubscribe rate"), QStringLiteral("1.4 %"),
                                      QStringLiteral("'+0.3 pt vs previous 30 days")}));
    QCOMPARE(rows.at(11), blank);

    // The line chart as its data: a row per day, the gap empty, the band and threshold as columns.
    QCOMPARE(rows.at(12), QStringList{QStringLiteral("Unsubscribe rate by day")});
    QCOMPARE(rows.at(13), (QStringList{QStringLiteral("Day"), QStringLiteral("Unsubscribe rate"),
                                       QStringLiteral("typical 0.5–2 % (from)"),
                                       QStringLiteral("typical 0.5–2 % (to)"), QStringLiteral("alert 2 %")}));
    QCOMPARE(rows.at(14).first(), QStringLiteral("1 Nov"));
    QCOMPARE(rows.at(18), (QStringList{QStringLiteral("5 Nov"), QString(), QStringLiteral("0.005"),
                                       QStringLiteral("0.02"), QStringLiteral("0.02")}));
    QCOMPARE(rows.at(27),
             (QStringList{QStringLiteral("14 Nov"), QStringLiteral("0.026"), QStringLiteral("0.005"),
                          QStringLiteral("0.02"), QStringLiteral("0.02")}));
    QCOMPARE(rows.at(44), blank);
    QCOMPARE(rows.at(45), QStringList{QStringLiteral("Reasons for leaving")});
    QCOMPARE(rows.at(46), (QStringList{QStringLiteral("Reason"), QStringLiteral("Opt-outs")}));
    QCOMPARE(rows.at(51), (QStringList{QStringLiteral("Другое"), QStringLiteral("8")}));
    QCOMPARE(rows.at(52), blank);

    // The campaigns: the chart's data, then the table, exactly its rows.
    const int table = int(rows.indexOf(QStringList{QStringLiteral("Campaign results")}));
    QVERIFY(table > 52);
    QCOMPARE(rows.at(table - 8), QStringList{QStringLiteral("Opt-out rate per campaign")});
    QCOMPARE(rows.at(table + 1), (QStringList{QStringLiteral("Campaign"), QStringLiteral("Sent"),
                                              QStringLiteral("Opt-outs"), QStringLiteral("Rate"),
                                              QStringLiteral("Started"), QStringLiteral("Last opt-out")}));
    QCOMPARE(rows.at(table + 2),
             (QStringList{QStringLiteral("Весенняя распродажа"), QStringLiteral("5120"), QStringLiteral("61"),
                          QStringLiteral("0.0119"), QStringLiteral("2026-11-03"),
                          localText(utc(2026, 11, 5, 14, 20))}));
    QCOMPARE(rows.at(table + 3),
             (QStringList{QStringLiteral("Grüße zum Muttertag – 10 % Rabatt"), QStringLiteral("3980"),
                          QStringLiteral("95"), QStringLiteral("0.0239"), QStringLiteral("2026-11-12"),
                          localText(utc(2026, 11, 14, 8, 5))}));
    QCOMPARE(rows.at(table + 4),
             (QStringList{QLatin1Char('\'') + FormulaCampaign, QStringLiteral("7400"), QStringLiteral("52"),
                          QStringLiteral("0.007"), QStringLiteral("2026-11-27"), QString()}));
    QCOMPARE(rows.at(table + 5), blank);
    QCOMPARE(rows.at(table + 6), QStringList{QStringLiteral("Notes")});
    QCOMPARE(rows.at(table + 8).first(), QStringLiteral("Unsubscribe rate"));
    QCOMPARE(rows.size(), table + 11);
    // The paragraph is prose, not data.
    QVERIFY(!QString::fromUtf8(bytes).contains(QStringLiteral("Mother's Day")));
}

void TestReportWriters::csvWithSemicolonsWritesDecimalCommas()
{
    const QString file = path(QStringLiteral("report.csv"));
    QVERIFY(ReportFiles::write(sampleReport(), ReportFormat::Csv, file, {}, nullptr, QLatin1Char(';')));
    QString error;
    const QVector<QStringList> rows =
        parseCsv(QString::fromUtf8(readAll(file).mid(3)), QLatin1Char(';'), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int table = int(rows.indexOf(QStringList{QStringLiteral("Campaign results")}));
    QVERIFY(table > 0);
    QCOMPARE(rows.at(table + 2).at(3), QStringLiteral("0,0119"));
    // A figure's text is text, its comma no separator.
    QCOMPARE(rows.at(7).at(1), QStringLiteral("12,480"));
}

void TestReportWriters::progressCountsTheRows()
{
    for (ReportFormat format : ReportFormats::all()) {
        QVector<QPair<qint64, qint64>> reports;
        const QString file = path(QStringLiteral("optouts.") + ReportFormats::suffix(format));
        QVERIFY(ReportFiles::write(optOutLog(5000), format, file, [&](qint64 done, qint64 total) {
            reports.append({done, total});
        }));
        QVERIFY(reports.size() >= 2);
        QCOMPARE(reports.first(), (QPair<qint64, qint64>(0, 5000)));
        QCOMPARE(reports.last(), (QPair<qint64, qint64>(5000, 5000)));
        for (int i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
    }
    // Without a count, the total is unknown (-1) until the end.
    QVector<QPair<qint64, qint64>> reports;
    QVERIFY(ReportFiles::write(optOutLog(300, false), ReportFormat::Csv, path(QStringLiteral("unknown.csv")),
                               [&](qint64 done, qint64 total) {
                                   reports.append({done, total});
                               }));
    QCOMPARE(reports.first(), (QPair<qint64, qint64>(0, -1)));
    QCOMPARE(reports.last(), (QPair<qint64, qint64>(300, 300)));
}

void TestReportWriters::xlsxHasSheetsTypedCellsAndNativeCharts()
{
    if (!have("unzip"))
        QSKIP("unzip is not installed");
    const QString file = path(QStringLiteral("report.xlsx"));
    const Status written = ReportFiles::write(sampleReport(), ReportFormat::Xlsx, file);
    QVERIFY2(written, qPrintable(written.error()));
    keep(file);
    QCOMPARE(sheetNames(unzip(file, QStringLiteral("xl/workbook.xml"))),
             (QStringList{QStringLiteral("Summary"), QStringLiteral("Unsubscribe rate by day"),
                          QStringLiteral("Reasons for leaving"), QStringLiteral("Opt-out rate per campaign"),
                          QStringLiteral("Campaign results"), QStringLiteral("Notes")}));
    const QByteArray shared = unzip(file, QStringLiteral("xl/sharedStrings.xml"));
    const QByteArray styles = unzip(file, QStringLiteral("xl/styles.xml"));

    // The summary: title, business, period, then the figures.
    const QVector<QVector<Cell>> summary =
        readSheet(unzip(file, QStringLiteral("xl/worksheets/sheet1.xml")), shared);
    QCOMPARE(summary.at(0).at(0).value, QStringLiteral("Unsubscribe report"));
    QCOMPARE(summary.at(1).at(0).value, QStringLiteral("Blumenladen Müller"));
    QCOMPARE(summary.at(2).at(0).value, QStringLiteral("1 Nov 2026 – 30 Nov 2026"));
    bool foundRate = false;
    for (const QVector<Cell>& row : summary) {
        // (The section "Unsubscribe rate" has a heading of that name too.)
        if (row.size() >= 3 && row.at(0).value == QLatin1String("Unsubscribe rate") &&
            !row.at(1).value.isEmpty()) {
            QCOMPARE(texts(row), (QStringList{QStringLiteral("Unsubscribe rate"), QStringLiteral("1.4 %"),
                                              QStringLiteral("+0.3 pt vs previous 30 days")}));
            foundRate = true;
        }
    }
    QVERIFY(foundRate);

    // The table: text as text (the formula-like name too), numbers as numbers, a percent format,
    // real dates.
    const QVector<QVector<Cell>> table =
        readSheet(unzip(file, QStringLiteral("xl/worksheets/sheet5.xml")), shared);
    QCOMPARE(table.size(), 4);
    QCOMPARE(texts(table.at(0)), (QStringList{QStringLiteral("Campaign"), QStringLiteral("Sent"),
                                              QStringLiteral("Opt-outs"), QStringLiteral("Rate"),
                                              QStringLiteral("Started"), QStringLiteral("Last opt-out")}));
    QCOMPARE(table.at(1).at(0).value, QStringLiteral("Весенняя распродажа"));
    QVERIFY(!table.at(1).at(0).type.isEmpty());
    QCOMPARE(table.at(2).at(0).value, QStringLiteral("Grüße zum Muttertag – 10 % Rabatt"));
    QCOMPARE(table.at(3).at(0).value, FormulaCampaign);
    QVERIFY(!table.at(3).at(0).formula);
    QCOMPARE(table.at(1).at(1).value, QStringLiteral("5120"));
    QVERIFY(table.at(1).at(1).type.isEmpty());
    QCOMPARE(table.at(1).at(3).value.toDouble(), 0.0119);
    QCOMPARE(numberFormat(styles, table.at(1).at(3).style.toInt()), QStringLiteral("0.0%"));
    QCOMPARE(table.at(1).at(4).value.toDouble(), double(QDate(1899, 12, 30).daysTo(QDate(2026, 11, 3))));
    QCOMPARE(numberFormat(styles, table.at(1).at(4).style.toInt()), QStringLiteral("yyyy-mm-dd"));
    QVERIFY(table.at(3).size() < 6 || table.at(3).at(5).value.isEmpty()); // no last opt-out
    const QByteArray tableXml = unzip(file, QStringLiteral("xl/worksheets/sheet5.xml"));
    QVERIFY(tableXml.contains(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    QVERIFY(tableXml.contains("<autoFilter ref=\"A1:F4\"/>"));
    // The header is bold.
    const int headerStyle = table.at(0).at(0).style.toInt();
    QVERIFY(headerStyle > 0);

    // The line chart: native, over the data written beside it, with the band's edges and the
    // threshold as series of their own.
    const QByteArray line = unzip(file, QStringLiteral("xl/charts/chart1.xml"));
    QVERIFY2(line.contains("<c:lineChart>"), line.left(400).constData());
    QVERIFY(line.contains("<c:f>'Unsubscribe rate by day'!$A$2:$A$31</c:f>"));
    QVERIFY(line.contains("<c:f>'Unsubscribe rate by day'!$B$2:$B$31</c:f>"));
    QVERIFY(line.contains("<c:f>'Unsubscribe rate by day'!$E$2:$E$31</c:f>")); // the threshold
    QCOMPARE(line.count("<c:ser>"), 4);
    // The categories are text, cached as text (a reader that only looks at the chart sees the days).
    QVERIFY(line.contains("<c:cat><c:strRef><c:f>'Unsubscribe rate by day'!$A$2:$A$31</c:f><c:strCache>"));
    QVERIFY(line.contains("<c:pt idx=\"13\"><c:v>14 Nov</c:v></c:pt>"));
    QVERIFY(line.contains("<c:formatCode>0%</c:formatCode>") || line.contains("formatCode=\"0%\""));
    const QVector<QVector<Cell>> lineData =
        readSheet(unzip(file, QStringLiteral("xl/worksheets/sheet2.xml")), shared);
    QCOMPARE(lineData.size(), 31);
    QCOMPARE(lineData.at(14).at(0).value, QStringLiteral("14 Nov"));
    QCOMPARE(lineData.at(14).at(1).value.toDouble(), 0.026);
    QVERIFY(lineData.at(5).at(1).value.isEmpty()); // the gap stays a gap
    QCOMPARE(numberFormat(styles, lineData.at(14).at(1).style.toInt()), QStringLiteral("0.0%"));

    const QByteArray donut = unzip(file, QStringLiteral("xl/charts/chart2.xml"));
    QVERIFY(donut.contains("<c:doughnutChart>"));
    QVERIFY(donut.contains("<c:f>'Reasons for leaving'!$B$2:$B$6</c:f>"));
    QVERIFY(donut.contains("<c:showPercent val=\"1\"/>"));
    const QByteArray bars = unzip(file, QStringLiteral("xl/charts/chart3.xml"));
    QVERIFY(bars.contains("<c:barChart>"));
    QVERIFY(bars.contains("<c:barDir val=\"col\"/>"));
    QVERIFY(bars.contains("<c:f>'Opt-out rate per campaign'!$B$2:$B$6</c:f>"));

    const QVector<QVector<Cell>> notes =
        readSheet(unzip(file, QStringLiteral("xl/worksheets/sheet6.xml")), shared);
    QCOMPARE(notes.at(2).at(0).value, QStringLiteral("Unsubscribe rate"));
    QCOMPARE(notes.at(3).at(1).value,
             QStringLiteral("0.5–2 % is usual for retail SMS; above 2 % the dashboard raises an alert."));
}

void TestReportWriters::xlsxStreamsABigTable()
{
    if (!have("unzip"))
        QSKIP("unzip is not installed");
    const QString file = path(QStringLiteral("optouts.xlsx"));
    QVERIFY(ReportFiles::write(optOutLog(5000), ReportFormat::Xlsx, file));
    QCOMPARE(sheetNames(unzip(file, QStringLiteral("xl/workbook.xml"))),
             (QStringList{QStringLiteral("Summary"), QStringLiteral("Opt-outs"), QStringLiteral("Notes")}));
    const QVector<QVector<Cell>> rows = readSheet(unzip(file, QStringLiteral("xl/worksheets/sheet2.xml")),
                                                  unzip(file, QStringLiteral("xl/sharedStrings.xml")));
    QCOMPARE(rows.size(), 5001);
    QCOMPARE(rows.at(4000).at(0).value, OptOutLog::number(3999));
    QCOMPARE(rows.at(4000).at(3).value, OptOutLog::keyword(3999));
    QCOMPARE(rows.at(4000).at(4).value, QStringLiteral("Grüße zum Muttertag"));
    // A date-time is a day number with the time as its fraction, in local time.
    const QDateTime local = OptOutLog::time(3999).toLocalTime();
    const double expected =
        QDate(1899, 12, 30).daysTo(local.date()) + local.time().msecsSinceStartOfDay() / 86400000.0;
    QVERIFY(qAbs(rows.at(4000).at(1).value.toDouble() - expected) < 1e-6);
}

void TestReportWriters::xlsxSheetNamesAreValidAndUnique()
{
    if (!have("unzip"))
        QSKIP("unzip is not installed");
    ReportDocument report;
    report.title = QStringLiteral("Names");
    const QString longTitle = QStringLiteral("Opt-outs by campaign and by channel, November");
    for (const QString& title : {QStringLiteral("Q3/Q4: results [draft]*?"), longTitle, longTitle,
                                 QStringLiteral("summary"), QStringLiteral("History")}) {
        ReportSection section;
        section.heading = title;
        section.table = ReportTable::fromRows(QString(), {{QStringLiteral("A"), ReportColumn::Kind::Text}},
                                              {{QStringLiteral("x")}});
        report.sections.append(section);
    }
    const QString file = path(QStringLiteral("names.xlsx"));
    const Status written = ReportFiles::write(report, ReportFormat::Xlsx, file);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(sheetNames(unzip(file, QStringLiteral("xl/workbook.xml"))),
             (QStringList{QStringLiteral("Summary"), QStringLiteral("Q3_Q4_ results _draft___"),
                          QStringLiteral("Opt-outs by campaign and by cha"),
                          QStringLiteral("Opt-outs by campaign and by (2)"), QStringLiteral("summary (2)"),
                          QStringLiteral("History (2)")}));
}

void TestReportWriters::pdfHasTheTextAndPageNumbers()
{
    if (!have("pdftotext") || !have("pdfinfo"))
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    const QString file = path(QStringLiteral("report.pdf"));
    const ReportDocument report = sampleReport();
    const Status written = ReportFiles::write(report, ReportFormat::Pdf, file);
    QVERIFY2(written, qPrintable(written.error()));
    keep(file);
    const int pages = pdfPages(file);
    QVERIFY(pages >= 1);
    QCOMPARE(PdfReportWriter::pageCount(report), pages);
    // Words wrapped in a card come out on two lines.
    const QString text = pdfText(file).simplified();
    for (const QString& expected :
         {QStringLiteral("Unsubscribe report"), QStringLiteral("Blumenladen Müller"),
          QStringLiteral("12,480"), QStringLiteral("1.4 %"), QStringLiteral("+0.3 pt vs previous 30 days"),
          QStringLiteral("Active subscribers"), QStringLiteral("Весенняя распродажа"),
          QStringLiteral("Grüße zum Muttertag"), QStringLiteral("Campaign results"),
          QStringLiteral("typical 0.5–2 %"), QStringLiteral("alert 2 %"), QStringLiteral("Too many messages"),
          // The donut's shares: 42 of 100, the percentage in the English locale.
          QStringLiteral("42.0%"), QStringLiteral("Notes"), QStringLiteral("Page 1 of %1").arg(pages),
          QStringLiteral("Page %1 of %1").arg(pages), QStringLiteral("Generated on December 1, 2026")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    // Numbers in the table as the locale writes them.
    QVERIFY(text.contains(QStringLiteral("5,120")));
    QVERIFY(text.contains(QStringLiteral("2.4%")));
}

void TestReportWriters::pdfPagesFollowTheLayout()
{
    if (!have("pdftotext") || !have("pdfinfo"))
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    const QString file = path(QStringLiteral("optouts.pdf"));
    const ReportDocument report = optOutLog(5000);
    QVERIFY(ReportFiles::write(report, ReportFormat::Pdf, file));
    keep(file);
    const int pages = pdfPages(file);
    QCOMPARE(pages, PdfReportWriter::pageCount(report));

    // Every page says where it is, and holds its share of the rows below a repeated header.
    const QStringList pageTexts = pdfText(file).split(QLatin1Char('\f'));
    QVERIFY(pageTexts.size() >= pages);
    static const QRegularExpression number(QStringLiteral("\\+49151\\d{7}"));
    QVector<int> rowsOnPage;
    qint64 seen = 0;
    for (int p = 0; p < pages; ++p) {
        const QString& page = pageTexts.at(p);
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)),
                 qPrintable(QString::number(p)));
        QVERIFY(page.contains(QStringLiteral("Салон «Весна»")));
        QVERIFY(page.contains(QStringLiteral("Keyword")));
        rowsOnPage.append(int(page.count(number)));
        seen += rowsOnPage.last();
    }
    QCOMPARE(seen, qint64(5000));
    QVERIFY(pageTexts.at(0).contains(OptOutLog::number(0)));
    QVERIFY(pageTexts.at(pages - 1).contains(OptOutLog::number(4999)));
    // The pages between the first and the last are full, all alike: the count follows from them.
    const int full = rowsOnPage.at(1);
    QVERIFY(full > 20);
    for (int p = 1; p < pages - 1; ++p)
        QCOMPARE(rowsOnPage.at(p), full);
    const int first = rowsOnPage.at(0);
    QVERIFY(first < full); // the title takes room
    QCOMPARE(pages, 1 + int(std::ceil((5000.0 - first) / full)));
}

void TestReportWriters::pdfOfUnknownLengthCountsItsPages()
{
    if (!have("pdftotext") || !have("pdfinfo"))
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    // The rows are read to lay the pages out, so the footer knows the total without being told.
    const QString file = path(QStringLiteral("optouts.pdf"));
    const ReportDocument report = optOutLog(500, false);
    QVERIFY(ReportFiles::write(report, ReportFormat::Pdf, file));
    const int pages = pdfPages(file);
    QVERIFY(pages > 2);
    QCOMPARE(PdfReportWriter::pageCount(report), pages);
    const QString text = pdfText(file);
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QCOMPARE(int(text.count(QRegularExpression(QStringLiteral("\\+49151\\d{7}")))), 500);
}

void TestReportWriters::pdfRefusesRowsThatChanged()
{
    // A table that announces 400 rows and has 300 would make every footer wrong.
    ReportDocument report = optOutLog(1);
    report.sections.first().table->rows = std::make_shared<FailingSource>(300, 400);
    const QString file = path(QStringLiteral("changed.pdf"));
    const Status written = ReportFiles::write(report, ReportFormat::Pdf, file);
    QVERIFY(!written);
    QCOMPARE(
        written.error(),
        QStringLiteral("The rows of “Opt-outs” changed while the report was being written. Write it again."));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestReportWriters::pdfFitsCrowdedContent()
{
    if (!have("pdftotext") || !have("pdfinfo"))
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    // Ninety days, fourteen campaigns with long names, seven figures, text too long for its column.
    ReportDocument report;
    report.title = QStringLiteral("Kampagnenbericht");
    report.businessName = QStringLiteral("Fahrschule Größenwahn GmbH & Co. KG");
    report.period = QStringLiteral("1. Sept. 2026 – 30. Nov. 2026");
    report.generatedAt = utc(2026, 12, 1, 9, 15);
    ReportSection figures;
    figures.heading = QStringLiteral("Kennzahlen");
    for (int i = 0; i < 7; ++i)
        figures.figures.append({QStringLiteral("Abmelderate der letzten dreißig Tage %1").arg(i),
                                QStringLiteral("%1,4 %").arg(i),
                                QStringLiteral("+0,%1 Pkt. ggü. den 30 Tagen davor").arg(i),
                                i % 2 ? ReportFigure::Tone::Bad : ReportFigure::Tone::Good});
    report.sections.append(figures);
    ReportChart days;
    days.title = QStringLiteral("Abmelderate pro Tag");
    days.percent = true;
    ReportSeries rate{QStringLiteral("Abmelderate"), {}};
    ReportSeries previous{QStringLiteral("Vorjahr"), {}};
    for (int day = 0; day < 90; ++day) {
        days.categories.append(QDate(2026, 9, 1).addDays(day).toString(QStringLiteral("d. MMM")));
        rate.values.append(0.01 + 0.008 * std::sin(day / 7.0));
        previous.values.append(0.012 + 0.004 * std::cos(day / 9.0));
    }
    days.series = {rate, previous};
    days.band = ReportBand{0.005, 0.02, QStringLiteral("üblich 0,5–2 %")};
    days.threshold = ReportThreshold{0.02, QStringLiteral("Alarm 2 %")};
    ReportSection trend;
    trend.heading = QStringLiteral("Verlauf");
    trend.chart = days;
    report.sections.append(trend);
    ReportChart campaigns;
    campaigns.kind = ReportChart::Kind::Bar;
    campaigns.title = QStringLiteral("Abmeldungen und Beschwerden pro Kampagne");
    QVector<QVariantList> rows;
    ReportSeries optOuts{QStringLiteral("Abmeldungen"), {}};
    ReportSeries complaints{QStringLiteral("Beschwerden"), {}};
    for (int i = 0; i < 14; ++i) {
        const QString name = QStringLiteral("Herbstaktion Führerschein-Intensivkurs Woche %1").arg(i + 1);
        campaigns.categories.append(name);
        optOuts.values.append(20 + (i * 37) % 60);
        complaints.values.append((i * 13) % 9);
        const QString description =
            name + QStringLiteral(" — mit einer sehr langen Beschreibung, die nicht in die Spalte passt");
        rows.append({description, 1000 + i * 250, 0.01 * (i % 4)});
    }
    // A text longer than any row should be: it ends after a few lines.
    const QString note =
        QStringLiteral("Sehr lange Notiz. ").repeated(60) + QStringLiteral("Das Ende der Notiz.");
    rows.append({note, 5, 0.5});
    campaigns.series = {optOuts, complaints};
    ReportSection perCampaign;
    perCampaign.heading = QStringLiteral("Kampagnen");
    perCampaign.chart = campaigns;
    perCampaign.table = ReportTable::fromRows(QStringLiteral("Alle Kampagnen"),
                                              {{QStringLiteral("Kampagne"), ReportColumn::Kind::Text},
                                               {QStringLiteral("Gesendet"), ReportColumn::Kind::Integer},
                                               {QStringLiteral("Abmelderate"), ReportColumn::Kind::Percent}},
                                              rows);
    report.sections.append(perCampaign);

    const QString file = path(QStringLiteral("crowded.pdf"));
    QVERIFY(ReportFiles::write(report, ReportFormat::Pdf, file));
    keep(file);
    const int pages = pdfPages(file);
    QCOMPARE(PdfReportWriter::pageCount(report), pages);
    const QString text = pdfText(file);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // Three columns fit a portrait page.
    QVERIFY(!pdfIsLandscape(file));
    // Text longer than its column wraps onto more lines, whole, beside its numbers; text longer
    // than a row should be ends in an ellipsis, and never runs into the next column.
    const QString words = text.simplified();
    QVERIFY(words.contains(QStringLiteral("Woche 14 — mit einer sehr langen Beschreibung, die nicht in die "
                                          "Spalte passt")));
    QVERIFY(words.contains(QStringLiteral("3,250")));
    QVERIFY(words.contains(QStringLiteral("…")));
    QVERIFY(!words.contains(QStringLiteral("Das Ende der Notiz.")));
}

void TestReportWriters::pdfTurnsForWideTables()
{
    if (!have("pdftotext") || !have("pdfinfo"))
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    // A person's consent record for an access request: nine columns, and evidence that must be
    // read whole.
    const QString evidence = QStringLiteral("„Bitte keine Werbung mehr an diese Nummer, ich habe den Vertrag "
                                            "gekündigt und möchte auch keine Erinnerungen bekommen. Danke!“");
    QVector<QVariantList> rows;
    for (int i = 0; i < 12; ++i)
        rows.append({utc(2026, 3, 1 + i, 9, 30),
                     i % 2 ? QStringLiteral("Unsubscribed") : QStringLiteral("Consent given"),
                     QStringLiteral("SMS reply in words"), QStringLiteral("Paper sign-up form at the till"),
                     i == 11 ? evidence : QStringLiteral("Form %1 in the red folder").arg(i),
                     QStringLiteral("Changed circumstances"), QStringLiteral("Frühlingsaktion %1").arg(i),
                     utc(2026, 3, 1 + i, 9, 31), QStringLiteral("anna.schmidt")});
    ReportDocument report;
    report.title = QStringLiteral("Consent record: +49 151 23456789");
    report.generatedAt = utc(2026, 12, 1, 9, 15);
    ReportSection history;
    history.heading = QStringLiteral("History");
    history.table = ReportTable::fromRows(QString(),
                                          {{QStringLiteral("When"), ReportColumn::Kind::DateTime},
                                           {QStringLiteral("What"), ReportColumn::Kind::Text},
                                           {QStringLiteral("How"), ReportColumn::Kind::Text},
                                           {QStringLiteral("Source"), ReportColumn::Kind::Text},
                                           {QStringLiteral("Evidence"), ReportColumn::Kind::Text},
                                           {QStringLiteral("Reason"), ReportColumn::Kind::Text},
                                           {QStringLiteral("Campaign"), ReportColumn::Kind::Text},
                                           {QStringLiteral("Recorded"), ReportColumn::Kind::DateTime},
                                           {QStringLiteral("By"), ReportColumn::Kind::Text}},
                                          rows);
    report.sections.append(history);

    const QString file = path(QStringLiteral("record.pdf"));
    QVERIFY(ReportFiles::write(report, ReportFormat::Pdf, file));
    keep(file);
    QVERIFY(pdfIsLandscape(file));
    QCOMPARE(pdfPages(file), PdfReportWriter::pageCount(report));
    // Nothing is cut: every time whole, the evidence whole across its lines.
    const QString words = pdfText(file).simplified();
    QVERIFY(!words.contains(QStringLiteral("…")));
    for (int i = 0; i < 12; ++i) {
        QVERIFY(words.contains(ReportValues::display(utc(2026, 3, 1 + i, 9, 31), ReportColumn::Kind::DateTime,
                                                     QLocale(), QTimeZone::systemTimeZone())));
        QVERIFY(words.contains(QStringLiteral("Frühlingsaktion %1").arg(i)));
    }
    QVERIFY(words.contains(evidence));
}

void TestReportWriters::unwritableTargetFailsClearly_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("kind");
    for (ReportFormat format : ReportFormats::all()) {
        const QByteArray name = ReportFormats::code(format).toLatin1();
        QTest::addRow("%s, no such folder", name.constData()) << int(format) << QStringLiteral("missing");
        QTest::addRow("%s, a folder by that name", name.constData())
            << int(format) << QStringLiteral("folder");
        QTest::addRow("%s, a file as the folder", name.constData()) << int(format) << QStringLiteral("file");
        QTest::addRow("%s, read-only folder", name.constData()) << int(format) << QStringLiteral("readonly");
    }
}

void TestReportWriters::unwritableTargetFailsClearly()
{
    QFETCH(int, format);
    QFETCH(QString, kind);
    const QString suffix = QLatin1Char('.') + ReportFormats::suffix(ReportFormat(format));
    QString target;
    QString expected;
    QString folder = m_dir->path();
    if (kind == QLatin1String("missing")) {
        target = path(QStringLiteral("no/such/folder/report") + suffix);
        expected = QStringLiteral("does not exist. Choose another folder.");
    } else if (kind == QLatin1String("folder")) {
        target = path(QStringLiteral("report") + suffix);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("report") + suffix));
        expected = QStringLiteral("it is a folder");
    } else if (kind == QLatin1String("file")) {
        QFile plain(path(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        target = path(QStringLiteral("plain.txt/report") + suffix);
        expected = QStringLiteral("is not a folder. Choose another folder.");
    } else {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders");
#endif
        folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        target = folder + QStringLiteral("/report") + suffix;
        expected = QStringLiteral("Permission denied. Choose another folder.");
    }
    const QStringList before = filesIn(folder);
    const Status written = ReportFiles::write(sampleReport(), ReportFormat(format), target);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(written.error().startsWith(QStringLiteral("Cannot write ") + QDir::toNativeSeparators(target)),
             qPrintable(written.error()));
    QVERIFY2(written.error().contains(expected), qPrintable(written.error()));
    QCOMPARE(filesIn(folder), before);
}

void TestReportWriters::cancelledWriteLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("cancelAt"); // the row being produced when the user cancels; -1: before
    for (ReportFormat format : ReportFormats::all()) {
        const QByteArray name = ReportFormats::code(format).toLatin1();
        QTest::addRow("%s, half-way", name.constData()) << int(format) << 2500;
        QTest::addRow("%s, before the first row", name.constData()) << int(format) << -1;
    }
}

void TestReportWriters::cancelledWriteLeavesNoFile()
{
    QFETCH(int, format);
    QFETCH(int, cancelAt);
    const QString target = path(QStringLiteral("report.") + ReportFormats::suffix(ReportFormat(format)));
    // Yesterday's report by the same name stays as it was.
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's report");
    }
    const QStringList before = filesIn(m_dir->path());
    std::atomic_bool cancel{cancelAt < 0};
    qint64 written = 0;
    const Status status = ReportFiles::write(
        optOutLog(5000, true, &cancel, cancelAt), ReportFormat(format), target,
        [&](qint64 done, qint64) { written = done; }, &cancel);
    QVERIFY(!status);
    QCOMPARE(status.error(), QStringLiteral("The export was cancelled; no file was written."));
    QVERIFY(written <= qMax(0, cancelAt + 1));
    QCOMPARE(filesIn(m_dir->path()), before); // and no temporary file either
    QCOMPARE(readAll(target), QByteArray("yesterday's report"));
}

void TestReportWriters::failingRowsLeaveNoFile_data()
{
    QTest::addColumn<int>("format");
    for (ReportFormat format : ReportFormats::all())
        QTest::newRow(ReportFormats::code(format).toLatin1().constData()) << int(format);
}

void TestReportWriters::failingRowsLeaveNoFile()
{
    QFETCH(int, format);
    ReportDocument report = optOutLog(1);
    report.sections.first().table->rows =
        std::make_shared<FailingSource>(700, 1000, QStringLiteral("The database went away."));
    const Status written =
        ReportFiles::write(report, ReportFormat(format),
                           path(QStringLiteral("report.") + ReportFormats::suffix(ReportFormat(format))));
    QVERIFY(!written);
    QCOMPARE(written.error(), QStringLiteral("The database went away."));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

QTEST_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
