// File > Export… as a user drives it, offscreen: the dialog offers the address book's current
// filter, the saved segments and the suppression list; Export… asks for the file and the export
// runs on a worker, its outcome shown in the address book's banner.

#include "addressbook/addressbookpage.h"
#include "addressbook/exportdialog.h"
#include "contacts/addressbook.h"
#include "mainwindow.h"
#include "reportspage/reportspage.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersTheCurrentFilterAndTheSegments();
    void withoutAFilterEveryoneIsChosen();
    void cancellingTheFileDialogKeepsTheChoicesOpen();
    void exportsFromTheFileMenu();
    void itsShortcutIsItsAlone();
    void onTheDashboardItWritesTheDashboardReport();

private:
    ExportDialog* openFromMenu();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    auto opened =
        Connection::open(m_dir->filePath(QStringLiteral("book.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("tester"));
    for (const char* phone : {"+4915110000001", "+4915110000002", "+4915110000003"}) {
        Subscriber s;
        s.phone = QString::fromLatin1(phone);
        s.firstName = QStringLiteral("Jürgen");
        s.city = QStringLiteral("Köln");
        QVERIFY(book.add(s));
    }
    QVERIFY(book.unsubscribe(QStringLiteral("+4915110000003"), OptOutReason::TooFrequent, QString()));
    Result<SegmentRule> rule = SegmentRule::fromJsonText(
        QStringLiteral(R"({"all": [{"field": "city", "op": "is", "values": ["Köln"]}]})"));
    QVERIFY(rule);
    QVERIFY(SegmentStore(m_connection->database()).save(QStringLiteral("Köln"), rule.value()));
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExportDialog::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_dir.reset();
}

void TestExportDialog::offersTheCurrentFilterAndTheSegments()
{
    SubscriberFilter filter;
    filter.status = SubscriberStatus::Unsubscribed;
    ExportDialog dialog(m_connection.get(), filter, 1, m_window.get());
    dialog.show();
    auto* filtered = dialog.findChild<QRadioButton*>(QStringLiteral("exportFiltered"));
    QVERIFY(filtered->isEnabled());
    QVERIFY(filtered->isChecked());
    QVERIFY2(filtered->text().contains(QStringLiteral("Unsubscribed")), qPrintable(filtered->text()));
    auto* segments = dialog.findChild<QComboBox*>(QStringLiteral("exportSegmentCombo"));
    QCOMPARE(segments->count(), 1);
    QCOMPARE(segments->currentText(), QStringLiteral("Köln"));
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("exportBom"))->isChecked());
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("exportCsv"))->isChecked());
    QVERIFY(dialog.suggestedFileName().startsWith(QStringLiteral("textwell-subscribers-")));
    QVERIFY(dialog.suggestedFileName().endsWith(QStringLiteral(".csv")));

    // XLSX has no CSV options.
    dialog.findChild<QRadioButton*>(QStringLiteral("exportXlsx"))->click();
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("exportDelimiter"))->isEnabled());
    QVERIFY(dialog.suggestedFileName().endsWith(QStringLiteral(".xlsx")));
    dialog.findChild<QRadioButton*>(QStringLiteral("exportSuppression"))->click();
    QVERIFY(dialog.suggestedFileName().startsWith(QStringLiteral("textwell-suppression-list-")));

    dialog.findChild<QRadioButton*>(QStringLiteral("exportSegment"))->click();
    ExportDialog::setNextPath(m_dir->filePath(QStringLiteral("koeln"))); // no extension: the format's
    dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ExportRequest request = dialog.request();
    QCOMPARE(request.what, ExportRequest::What::Segment);
    QCOMPARE(request.segmentId, segments->currentData().toLongLong());
    QCOMPARE(request.options.format, ExportFormat::Xlsx);
    QCOMPARE(request.path, m_dir->filePath(QStringLiteral("koeln.xlsx")));
    // Remembered for next time.
    QCOMPARE(QSettings().value(QStringLiteral("export/format")).toString(), QStringLiteral("xlsx"));

    if (const QString shots = qEnvironmentVariable("TEXTWELL_SCREENSHOT_DIR"); !shots.isEmpty()) {
        ExportDialog fresh(m_connection.get(), filter, 1, m_window.get());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        fresh.findChild<QRadioButton*>(QStringLiteral("exportCsv"))->click();
        QVERIFY(fresh.grab().save(shots + QStringLiteral("/export-dialog.png")));
    }
}

void TestExportDialog::withoutAFilterEveryoneIsChosen()
{
    ExportDialog dialog(m_connection.get(), SubscriberFilter(), 3, m_window.get());
    QVERIFY(!dialog.findChild<QRadioButton*>(QStringLiteral("exportFiltered"))->isEnabled());
    auto* everyone = dialog.findChild<QRadioButton*>(QStringLiteral("exportEveryone"));
    QVERIFY(everyone->isChecked());
    QVERIFY2(everyone->text().contains(QStringLiteral("3")), qPrintable(everyone->text()));
}

void TestExportDialog::cancellingTheFileDialogKeepsTheChoicesOpen()
{
    ExportDialog dialog(m_connection.get(), SubscriberFilter(), 3, m_window.get());
    dialog.show();
    ExportDialog::setNextPath(QString());
    dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
}

ExportDialog* TestExportDialog::openFromMenu()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("exportAction"));
    if (!action)
        return nullptr;
    // From the address book: on the dashboard File > Export writes the dashboard's report.
    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    sidebar->setCurrentRow(1);
    action->trigger();
    ExportDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<ExportDialog*>()) && dialog->isVisible(); });
    return shown ? dialog : nullptr;
}

void TestExportDialog::exportsFromTheFileMenu()
{
    auto* banner = m_window->addressBook()->banner();
    // Everyone, as CSV with a semicolon and a BOM.
    ExportDialog* dialog = openFromMenu();
    QVERIFY(dialog);
    auto* delimiter = dialog->findChild<QComboBox*>(QStringLiteral("exportDelimiter"));
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    const QString csv = m_dir->filePath(QStringLiteral("people.csv"));
    ExportDialog::setNextPath(csv);
    dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().startsWith(QStringLiteral("Exported 3 ")), 10000);
    QVERIFY2(banner->text().contains(csv), qPrintable(banner->text()));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Information);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFPhone;First name;"));
    QTRY_VERIFY(!m_window->findChild<ExportDialog*>()); // closed and gone

    // The suppression list to a folder that does not exist: the banner says why, no file.
    dialog = openFromMenu();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("exportSuppression"))->click();
    const QString missing = m_dir->filePath(QStringLiteral("gone/list.csv"));
    ExportDialog::setNextPath(missing);
    dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), MessageBanner::Kind::Error, 10000);
    QVERIFY2(banner->text().contains(QStringLiteral("does not exist")), qPrintable(banner->text()));
    QVERIFY(!QFile::exists(missing));
}

void TestExportDialog::itsShortcutIsItsAlone()
{
    auto* exportAction = m_window->findChild<QAction*>(QStringLiteral("exportAction"));
    QVERIFY(exportAction);
    QVERIFY(!exportAction->shortcut().isEmpty());
    // An ambiguous shortcut fires neither action.
    for (QAction* other : m_window->findChildren<QAction*>()) {
        if (other != exportAction)
            QVERIFY2(other->shortcut() != exportAction->shortcut(), qPrintable(other->text()));
    }
}

void TestExportDialog::onTheDashboardItWritesTheDashboardReport()
{
    auto* sidebar = m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    sidebar->setCurrentRow(0); // the dashboard
    auto* reports = m_window->findChild<ReportsPage*>();
    QVERIFY(reports);
    QSignalSpy finished(reports, &ReportsPage::finished);
    const QString pdf = m_dir->filePath(QStringLiteral("dashboard.pdf"));
    ReportsPage::setNextPath(pdf);
    m_window->findChild<QAction*>(QStringLiteral("exportAction"))->trigger();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.constFirst().at(1).toString().isEmpty(),
             qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(reports->request().kind, ReportRequest::Kind::Dashboard);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(!m_window->findChild<ExportDialog*>()); // not the address book's export
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
