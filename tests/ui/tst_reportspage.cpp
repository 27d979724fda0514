// The Reports screen as a user drives it, offscreen, on a demo database: the choices each report
// needs, Export… writing the file on a worker, and a failure told in the banner with nothing left.
#include "demo/demodata.h"
#include "importing/importfile.h"
#include "reportspage/reportspage.h"
#include "segments/segmentstore.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"
#include "widgets/phonenumberedit.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void eachReportAsksForWhatItNeeds();
    void choicesAreReadOnTheWorkerAndOnlyTheLatestShows();
    void campaignsAreListedNewestFirst();
    void exportsTheDashboardAsPdf();
    void exportsTheOptOutLogAsCsv();
    void consentRecordNeedsAValidNumber();
    void aFolderThatCannotBeWrittenIsToldAndNothingIsLeft();

private:
    void choose(ReportRequest::Kind kind);
    static QComboBox* comboNamed(QWidget* page, const QString& accessibleName);
    // Exports to name and waits for the worker; the error, empty when written.
    QString exportTo(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ReportsPage> m_page;
};

void TestReportsPage::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    auto opened =
        Connection::open(m_dir->filePath(QStringLiteral("demo.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    auto demo = DemoData::generate(m_connection->database(), 800);
    QVERIFY2(demo, qPrintable(demo.error()));
}

void TestReportsPage::init()
{
    QSettings().clear();
    m_page = std::make_unique<ReportsPage>(m_connection.get());
    QSignalSpy loaded(m_page.get(), &ReportsPage::choicesLoaded);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
}

QComboBox* TestReportsPage::comboNamed(QWidget* page, const QString& accessibleName)
{
    for (auto* combo : page->findChildren<QComboBox*>())
        if (combo->accessibleName() == accessibleName)
            return combo;
    return nullptr;
}

void TestReportsPage::cleanupTestCase()
{
    m_page.reset();
    m_connection.reset();
    m_dir.reset();
}

void TestReportsPage::choose(ReportRequest::Kind kind)
{
    auto* kinds = m_page->findChild<QListWidget*>(QStringLiteral("reportKinds"));
    QVERIFY(kinds);
    kinds->setCurrentRow(int(ReportRequest::kinds().indexOf(kind)));
    QCOMPARE(m_page->request().kind, kind);
}

QString TestReportsPage::exportTo(const QString& name)
{
    QSignalSpy finished(m_page.get(), &ReportsPage::finished);
    ReportsPage::setNextPath(name.startsWith(QLatin1Char('/')) ? name : m_dir->filePath(name));
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("exportReportButton"));
    if (!button || !button->isEnabled())
        return QStringLiteral("Export… is not enabled");
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(60000))
        return QStringLiteral("the report did not finish");
    return finished.constFirst().at(1).toString();
}

void TestReportsPage::eachReportAsksForWhatItNeeds()
{
    auto visible = [this](const QString& accessibleName) {
        for (QWidget* w : m_page->findChildren<QWidget*>())
            if (w->accessibleName() == accessibleName)
                return w->isVisible();
        return false;
    };
    choose(ReportRequest::Kind::Dashboard);
    QVERIFY(visible(QStringLiteral("Segment")));
    QVERIFY(!visible(QStringLiteral("Campaign")));
    choose(ReportRequest::Kind::Campaign);
    QVERIFY(visible(QStringLiteral("Campaign")));
    choose(ReportRequest::Kind::ConsentRecord);
    QVERIFY(!visible(QStringLiteral("Segment")));
    QVERIFY(m_page->findChild<PhoneNumberEdit*>()->isVisible());
    // The default span: the 90 days up to today.
    choose(ReportRequest::Kind::OptOuts);
    QCOMPARE(m_page->request().first.daysTo(m_page->request().last), 89);
}

void TestReportsPage::choicesAreReadOnTheWorkerAndOnlyTheLatestShows()
{
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM campaign WHERE started_at IS NOT NULL")) && q.next());
    const int started = q.value(0).toInt();
    QVERIFY2(started > 0, "the demo has campaigns");

    // Nothing is read while the page is made: the lists arrive from the worker.
    ReportsPage page(m_connection.get());
    QSignalSpy loaded(&page, &ReportsPage::choicesLoaded);
    QComboBox* campaigns = comboNamed(&page, QStringLiteral("Campaign"));
    QComboBox* segments = comboNamed(&page, QStringLiteral("Segment"));
    QVERIFY(campaigns && segments);
    QCOMPARE(campaigns->count(), 0);
    QCOMPARE(campaigns->placeholderText(), QStringLiteral("Loading…"));
    QCOMPARE(segments->count(), 1); // everyone
    auto* kinds = page.findChild<QListWidget*>(QStringLiteral("reportKinds"));
    kinds->setCurrentRow(int(ReportRequest::kinds().indexOf(ReportRequest::Kind::Campaign)));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("exportReportButton"));
    QVERIFY(!button->isEnabled());

    // The dashboard's segment, asked for before the segments arrive, is what the report uses.
    const QString name = QStringLiteral("Reports worker test");
    Result<SavedSegment> saved =
        SegmentStore(m_connection->database()).save(name, SegmentRule::group(SegmentRule::Match::All));
    QVERIFY2(saved, qPrintable(saved.error()));
    ReportRequest wanted;
    wanted.kind = ReportRequest::Kind::Campaign;
    wanted.segmentName = name;
    page.setRequest(wanted);
    QCOMPARE(page.request().segmentName, name);

    // A second reload before the first answer: only the latest answer is shown, once.
    page.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(campaigns->count(), started);
    QCOMPARE(campaigns->placeholderText(), QString());
    QCOMPARE(segments->currentData().toString(), name);
    QCOMPARE(page.request().segmentName, name);
    QVERIFY(button->isEnabled());

    // A segment deleted since is no longer offered: everyone's figures instead.
    QVERIFY(SegmentStore(m_connection->database()).remove(saved.value().id));
    page.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
    QCOMPARE(segments->findData(name), -1);
    QCOMPARE(page.request().segmentName, QString());
}

void TestReportsPage::campaignsAreListedNewestFirst()
{
    choose(ReportRequest::Kind::Campaign);
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(
        QStringLiteral("SELECT id FROM campaign WHERE started_at IS NOT NULL ORDER BY started_at DESC")));
    QVector<qint64> expected;
    while (q.next())
        expected.append(q.value(0).toLongLong());
    QVERIFY2(!expected.isEmpty(), "the demo has campaigns");
    QComboBox* campaigns = comboNamed(m_page.get(), QStringLiteral("Campaign"));
    QVERIFY(campaigns);
    QCOMPARE(campaigns->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(campaigns->itemData(i).toLongLong(), expected[i]);
    QCOMPARE(m_page->request().campaignId, expected.first());
}

void TestReportsPage::exportsTheDashboardAsPdf()
{
    choose(ReportRequest::Kind::Dashboard);
    m_page->findChildren<QRadioButton*>().at(0)->click(); // PDF
    QCOMPARE(m_page->format(), ReportFormat::Pdf);
    QVERIFY(m_page->suggestedFileName().endsWith(QLatin1String(".pdf")));
    const QString error = exportTo(QStringLiteral("dashboard.pdf"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile pdf(m_dir->filePath(QStringLiteral("dashboard.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    auto* banner = m_page->findChild<MessageBanner*>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("dashboard.pdf")), qPrintable(banner->text()));
}

void TestReportsPage::exportsTheOptOutLogAsCsv()
{
    choose(ReportRequest::Kind::OptOuts);
    m_page->findChildren<QRadioButton*>().at(2)->click(); // CSV
    QCOMPARE(m_page->format(), ReportFormat::Csv);
    const QString error = exportTo(QStringLiteral("optouts.csv"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("optouts.csv"));
    Result<FileFormat> format = ImportFile::sniff(path);
    QVERIFY2(format, qPrintable(format.error()));
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(path, format.value());
    QVERIFY(reader);
    QCOMPARE(reader.value()->header().value(1), QStringLiteral("Number"));
    qint64 rows = 0;
    SourceRecord record;
    while (reader.value()->next(record))
        ++rows;
    QSqlQuery q(m_connection->database());
    QVERIFY(
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM consent_event WHERE kind = 'opt_out' AND at >= ?")));
    q.addBindValue(QDateTime(m_page->request().first, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(rows, q.value(0).toLongLong());
}

void TestReportsPage::consentRecordNeedsAValidNumber()
{
    choose(ReportRequest::Kind::ConsentRecord);
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("exportReportButton"));
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    auto* number = m_page->findChild<PhoneNumberEdit*>();
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM subscriber LIMIT 1")) && q.next());
    number->setText(q.value(0).toString());
    QTRY_VERIFY(button->isEnabled());
    m_page->findChildren<QRadioButton*>().at(1)->click(); // XLSX
    const QString error = exportTo(QStringLiteral("consent.xlsx"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("consent.xlsx"))).size() > 0);
}

void TestReportsPage::aFolderThatCannotBeWrittenIsToldAndNothingIsLeft()
{
    choose(ReportRequest::Kind::Dashboard);
    const QString error = exportTo(QStringLiteral("/nonexistent-folder/report.pdf"));
    QVERIFY(!error.isEmpty());
    auto* banner = m_page->findChild<MessageBanner*>();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QLatin1String("/nonexistent-folder")), qPrintable(banner->text()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-folder/report.pdf")));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
