// textwell-cli report, run as a script runs it on a demo database: the files it writes hold the
// figures the analytics compute for the same span (checked in-process against Analytics and
// OptOutLog, not against numbers copied from a run), and its failures leave nothing behind.
#include "analytics/analytics.h"
#include "analytics/optoutlog.h"
#include "importing/importfile.h"
#include "reports/dashboardreport.h"
#include "storage/connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textwell;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

QByteArray tool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QByteArray();
    return process.readAllStandardOutput();
}

// The records of a CSV file as the import reads them, header first.
QVector<QStringList> readCsv(const QString& path)
{
    QVector<QStringList> records;
    Result<FileFormat> format = ImportFile::sniff(path);
    if (!format)
        return records;
    FileFormat f = format.value();
    f.hasHeader = false;
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(path, f);
    if (!reader)
        return records;
    SourceRecord record;
    while (reader.value()->next(record))
        records.append(record.fields);
    return records;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void dashboardAsCsvHoldsTheCampaignFigures();
    void dashboardAsXlsxHasSheetsAndCharts();
    void dashboardAsPdfShowsTheFigures();
    void optOutLogParsesBackToTheSameRows();
    void consentRecordShowsTheHistory();
    void campaignReport();
    void consentRecordOfAnErasedNumber();
    void failuresLeaveNothingBehind_data();
    void failuresLeaveNothingBehind();

private:
    Run cli(const QStringList& args) const;
    QString path(const QString& name) const { return m_dir->filePath(name); }
    AnalyticsScope yearScope() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QDate m_today;
};

void TestCliReport::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(TEXTWELL_CLI)).isExecutable(), TEXTWELL_CLI);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("demo.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--subscribers"), QStringLiteral("1500")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    m_today = QDate::currentDate();
}

void TestCliReport::cleanupTestCase()
{
    m_dir.reset();
}

Run TestCliReport::cli(const QStringList& args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), m_dir->path()); // never the user's own database
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEXTWELL_CLI), QStringList{QStringLiteral("--database"), m_db} + args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = "did not finish normally: " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

AnalyticsScope TestCliReport::yearScope() const
{
    AnalyticsScope scope = AnalyticsScope::lastDays(365, m_today);
    scope.firstDayOfWeek = QLocale().firstDayOfWeek();
    return scope;
}

void TestCliReport::dashboardAsCsvHoldsTheCampaignFigures()
{
    const QString csv = path(QStringLiteral("dashboard.csv"));
    const Run run = cli({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--from"),
                         m_today.addDays(-364).toString(Qt::ISODate), QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));

    auto opened = Connection::open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    auto campaigns = Analytics(opened.value()->database()).campaigns(yearScope());
    QVERIFY2(campaigns, qPrintable(campaigns.error()));
    QVERIFY2(!campaigns.value().isEmpty(), "the demo has a year of campaigns");

    // The block of the campaigns: its title line, its header, then one row per campaign.
    const QVector<QStringList> records = readCsv(csv);
    int at = -1;
    for (int i = 0; i < records.size(); ++i)
        if (records[i].value(0) == QLatin1String("Campaigns") &&
            records.value(i + 1).value(0) == QLatin1String("Campaign"))
            at = i + 2;
    QVERIFY2(at > 0, "a Campaigns block");
    for (const CampaignFigures& c : campaigns.value()) {
        const QStringList row = records.value(at++);
        QCOMPARE(row.value(0), c.name);
        QCOMPARE(row.value(2), QString::number(c.sent));
        QCOMPARE(row.value(3), QString::number(c.delivered));
        QCOMPARE(row.value(5), QString::number(c.optOuts));
        if (const std::optional<double> rate = c.unsubscribeRate().rate())
            QVERIFY2(qAbs(row.value(6).toDouble() - *rate) < 1e-9, qPrintable(row.join(QLatin1Char('|'))));
        else
            QVERIFY(row.value(6).isEmpty());
    }
}

void TestCliReport::dashboardAsXlsxHasSheetsAndCharts()
{
    const QString xlsx = path(QStringLiteral("dashboard.xlsx"));
    const Run run = cli({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--from"),
                         m_today.addDays(-364).toString(Qt::ISODate), QStringLiteral("--out"), xlsx});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    const QString listing = QString::fromUtf8(tool(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx}));
    QVERIFY2(listing.contains(QLatin1String("xl/charts/chart1.xml")), qPrintable(listing));
    QVERIFY2(listing.contains(QLatin1String("xl/charts/chart4.xml")), "rate, reasons, channels, gained/lost");
    const QString workbook = QString::fromUtf8(
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")}));
    for (const char* sheet : {"Summary", "Campaigns", "Notes"})
        QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(sheet))),
                 qPrintable(workbook));
    const QString line = QString::fromUtf8(
        tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/charts/chart1.xml")}));
    QVERIFY2(line.contains(QLatin1String("<c:lineChart>")), qPrintable(line.left(500)));
}

void TestCliReport::dashboardAsPdfShowsTheFigures()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Run named = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business-name"),
                           QStringLiteral("Blumen Müller")});
    QVERIFY2(named.exitCode == 0, qPrintable(named.describe()));
    const QString pdf = path(QStringLiteral("dashboard.pdf"));
    const Run run =
        cli({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));

    // The same figures, made in-process for the same 90 days.
    auto opened = Connection::open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    AnalyticsScope scope = AnalyticsScope::lastDays(90, m_today);
    scope.firstDayOfWeek = QLocale().firstDayOfWeek();
    auto figures = Analytics(opened.value()->database())
                       .dashboard(scope, Period::suggested(scope.first, scope.last), m_today);
    QVERIFY2(figures, qPrintable(figures.error()));
    const ReportDocument expected = DashboardReport::build(figures.value(), DashboardSettings{},
                                                           QStringLiteral("Blumen Müller"), QString());

    const QString text = QString::fromUtf8(
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
    QVERIFY2(text.contains(QStringLiteral("Blumen Müller")), qPrintable(text.left(800)));
    QVERIFY(text.contains(QLatin1String("Unsubscribe report")));
    for (const ReportFigure& figure : expected.sections.constFirst().figures)
        QVERIFY2(text.contains(figure.value), qPrintable(figure.label + QStringLiteral(": ") + figure.value));
    // The campaigns' table (the shortest name: a long one may be shortened to fit its column).
    QString shortest;
    for (const CampaignFigures& c : figures.value().campaigns)
        if (shortest.isEmpty() || c.name.size() < shortest.size())
            shortest = c.name;
    QVERIFY2(!shortest.isEmpty(), "the demo has campaigns in the last 90 days");
    QVERIFY2(text.contains(shortest), qPrintable(shortest));
    QVERIFY(text.contains(QLatin1String("Page 1 of")));
}

void TestCliReport::optOutLogParsesBackToTheSameRows()
{
    const QString csv = path(QStringLiteral("optouts.csv"));
    const Run run = cli({QStringLiteral("report"), QStringLiteral("optouts"), QStringLiteral("--from"),
                         m_today.addDays(-364).toString(Qt::ISODate), QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    auto opened = Connection::open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    OptOutFilter filter;
    filter.scope = yearScope();
    OptOutLog log(opened.value()->database(), filter);
    QVERIFY(log.open());
    const QVector<QStringList> records = readCsv(csv);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().value(1), QStringLiteral("Number"));
    int i = 1;
    OptOutEntry e;
    while (log.next(&e)) {
        const QStringList row = records.value(i++);
        QCOMPARE(row.value(1), e.phone);
        QCOMPARE(row.value(3), Analytics::channelLabel(e.channel));
        QCOMPARE(row.value(4), Analytics::reasonLabel(e.reasonCode));
        QCOMPARE(row.value(7), e.campaignName);
    }
    QVERIFY2(i > 1, "the demo has opt-outs in the last year");
    QCOMPARE(records.size(), i);
}

void TestCliReport::consentRecordShowsTheHistory()
{
    QString number;
    {
        auto opened = Connection::open(m_db);
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlQuery q(opened.value()->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT phone FROM consent_event WHERE kind = 'opt_out' AND evidence != '' "
                                  "ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        number = q.value(0).toString();
    }
    const QString csv = path(QStringLiteral("consent.csv"));
    const Run run =
        cli({QStringLiteral("report"), QStringLiteral("consent"), number, QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    // Every event of the number's history is a row of the record.
    auto opened = Connection::open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    QSqlQuery q(opened.value()->database());
    QVERIFY(q.prepare(
        QStringLiteral("SELECT COUNT(*), SUM(kind = 'opt_out') FROM consent_event WHERE phone = ?")));
    q.addBindValue(number);
    QVERIFY(q.exec() && q.next());
    const int events = q.value(0).toInt(), optOuts = q.value(1).toInt();
    int historyRows = 0, optOutRows = 0;
    bool inHistory = false;
    for (const QStringList& row : readCsv(csv)) {
        if (row.value(0) == QLatin1String("When")) {
            inHistory = true;
            continue;
        }
        if (inHistory && row.size() >= 9) {
            ++historyRows;
            optOutRows += row.value(1) == QLatin1String("Unsubscribed") ? 1 : 0;
        }
    }
    QCOMPARE(historyRows, events);
    QCOMPARE(optOutRows, optOuts);
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        const QString pdf = path(QStringLiteral("consent.pdf"));
        const Run asPdf =
            cli({QStringLiteral("report"), QStringLiteral("consent"), number, QStringLiteral("--out"), pdf});
        QVERIFY2(asPdf.exitCode == 0, qPrintable(asPdf.describe()));
        const QString pdfText =
            QString::fromUtf8(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
        QVERIFY2(pdfText.contains(QLatin1String("Consent record")), qPrintable(pdfText.left(500)));
        QVERIFY(pdfText.contains(QLatin1String("Unsubscribed")));
    }
}

void TestCliReport::campaignReport()
{
    qint64 id = 0;
    {
        auto opened = Connection::open(m_db);
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT campaign_id FROM consent_event WHERE campaign_id IS NOT NULL "
                                      "GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1")));
        QVERIFY(q.next());
        id = q.value(0).toLongLong();
    }
    const QString csv = path(QStringLiteral("campaign.csv"));
    const Run run = cli({QStringLiteral("report"), QStringLiteral("campaign"), QString::number(id),
                         QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY(QFileInfo(csv).size() > 0);
    const Run unknown = cli({QStringLiteral("report"), QStringLiteral("campaign"), QStringLiteral("999999"),
                             QStringLiteral("--out"), path(QStringLiteral("none.csv"))});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("none.csv"))));
}

void TestCliReport::consentRecordOfAnErasedNumber()
{
    // What is left after an erasure on request: the suppression, and the erasure itself.
    const QString number = QStringLiteral("+4915799998888");
    QCOMPARE(cli({QStringLiteral("subscriber"), QStringLiteral("add"), number, QStringLiteral("--first-name"),
                  QStringLiteral("Erika")})
                 .exitCode,
             0);
    const Run erased = cli({QStringLiteral("erase"), number, QStringLiteral("--note"),
                            QStringLiteral("letter of 3 May"), QStringLiteral("--yes")});
    QVERIFY2(erased.exitCode == 0, qPrintable(erased.describe()));
    const QString csv = path(QStringLiteral("erased.csv"));
    const Run run =
        cli({QStringLiteral("report"), QStringLiteral("consent"), number, QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.describe()));
    bool erasure = false, name = false;
    for (const QStringList& row : readCsv(csv)) {
        erasure = erasure || row.contains(QStringLiteral("letter of 3 May"));
        name = name || row.join(QLatin1Char(' ')).contains(QLatin1String("Erika"));
    }
    QVERIFY(erasure);
    QVERIFY(!name);
}

void TestCliReport::failuresLeaveNothingBehind_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("file");
    QTest::addRow("no folder") << QStringList{QStringLiteral("report"), QStringLiteral("dashboard"),
                                              QStringLiteral("--out"), QStringLiteral("/nonexistent/x.pdf")}
                               << 1 << QStringLiteral("/nonexistent/x.pdf");
    QTest::addRow("from after to") << QStringList{QStringLiteral("report"), QStringLiteral("optouts"),
                                                  QStringLiteral("--from"), QStringLiteral("2026-05-02"),
                                                  QStringLiteral("--to"),   QStringLiteral("2026-05-01"),
                                                  QStringLiteral("--out"),  QStringLiteral("@/a.csv")}
                                   << 2 << QStringLiteral("@/a.csv");
    QTest::addRow("not a date") << QStringList{QStringLiteral("report"), QStringLiteral("optouts"),
                                               QStringLiteral("--from"), QStringLiteral("May 1"),
                                               QStringLiteral("--out"),  QStringLiteral("@/b.csv")}
                                << 2 << QStringLiteral("@/b.csv");
    QTest::addRow("unknown report") << QStringList{QStringLiteral("report"), QStringLiteral("weekly"),
                                                   QStringLiteral("--out"), QStringLiteral("@/c.csv")}
                                    << 2 << QStringLiteral("@/c.csv");
    QTest::addRow("unknown format") << QStringList{QStringLiteral("report"), QStringLiteral("dashboard"),
                                                   QStringLiteral("--out"), QStringLiteral("@/d.docx")}
                                    << 2 << QStringLiteral("@/d.docx");
    QTest::addRow("no number") << QStringList{QStringLiteral("report"), QStringLiteral("consent"),
                                              QStringLiteral("--out"), QStringLiteral("@/e.csv")}
                               << 2 << QStringLiteral("@/e.csv");
}

void TestCliReport::failuresLeaveNothingBehind()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, file);
    const QString target = file.replace(QLatin1Char('@'), m_dir->path());
    args.replaceInStrings(QStringLiteral("@"), m_dir->path());
    const Run run = cli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.count('\n') == 1, qPrintable(run.describe())); // one line says why
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(QFileInfo(target).absolutePath()).entryList({QStringLiteral("*.tmp*")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
