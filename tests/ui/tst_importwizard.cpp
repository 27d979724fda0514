// The import wizard as a user drives it, offscreen: a semicolon file from German Excel is read,
// its columns guessed (and one changed), consent declared for the whole file, the dry run's
// figures checked, the import run and its rows found in the database with their consent history;
// a cancelled import leaves the database as it was; a suppression list excludes its numbers; a
// file dropped on the address book asks for the wizard.

#include "addressbook/addressbookpage.h"
#include "contacts/addressbook.h"
#include "importing/importdonepage.h"
#include "importing/importproblemmodel.h"
#include "importing/importwizard.h"
#include "importing/textencoding.h"
#include "mainwindow.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace textwell;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsASemicolonFileWithDeclaredConsent();
    void showsWhatWasDetectedAndLetsTheEncodingChange();
    void refusesAnEmptyFile();
    void cancelledImportLeavesTheDatabaseUnchanged();
    void importsASuppressionList();
    void dropOnTheAddressBookAsksForTheWizard();
    void problemModelIsAValidModel();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    std::unique_ptr<ImportWizard> openWizard(ImportWizard::Mode mode, const QString& path);
    // Clicks Next (or the commit button) as a person does: only when it is enabled.
    void clickNext(ImportWizard* wizard);
    void waitForSummary(ImportWizard* wizard);
    QString labelText(QWidget* parent, const QString& name);
    QVariant scalar(const QString& sql, const QVariantList& values = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestImportWizard::init()
{
    auto opened = Connection::open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
}

void TestImportWizard::cleanup()
{
    m_connection.reset();
}

QString TestImportWizard::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

std::unique_ptr<ImportWizard> TestImportWizard::openWizard(ImportWizard::Mode mode, const QString& path)
{
    auto wizard = std::make_unique<ImportWizard>(mode, m_connection.get(), path);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

void TestImportWizard::clickNext(ImportWizard* wizard)
{
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    if (!next->isVisible())
        next = wizard->button(QWizard::CommitButton);
    QVERIFY2(next->isVisible() && next->isEnabled(),
             qPrintable(QStringLiteral("Next is not enabled on page %1").arg(wizard->currentId())));
    next->click();
}

void TestImportWizard::waitForSummary(ImportWizard* wizard)
{
    QWidget* page = wizard->page(ImportWizard::SummaryPageId);
    auto* commit = wizard->button(QWizard::CommitButton);
    // The dry run runs on a worker: its figures come when it has read the whole file.
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel*>(QStringLiteral("count_added")) ||
                                 page->findChild<QLabel*>(QStringLiteral("count_excluded")) ||
                                 page->findChild<MessageBanner*>()->isVisible(),
                             60000);
    QVERIFY2(!page->findChild<MessageBanner*>()->isVisible(),
             qPrintable(page->findChild<MessageBanner*>()->text()));
    QVERIFY(commit->isVisible());
}

QString TestImportWizard::labelText(QWidget* parent, const QString& name)
{
    auto* label = parent->findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

QVariant TestImportWizard::scalar(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_connection->database());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

void TestImportWizard::importsASemicolonFileWithDeclaredConsent()
{
    // Olga is in the book already, without a city.
    Subscriber olga;
    olga.phone = QStringLiteral("+4915123456789");
    olga.firstName = QStringLiteral("Olga");
    olga.lastName = QStringLiteral("Petrova");
    QVERIFY(AddressBook(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test")).add(olga));

    // German Excel: semicolons, a header in German, a consent column that is not what we want.
    const QString path = writeFile(QStringLiteral("kunden.csv"),
                                   QStringLiteral("Vorname;Nachname;Handy;Stadt;Einwilligung;Kundennr\r\n"
                                                  "Anna;Müller;0171 1234567;Berlin;ja;K-1\r\n"
                                                  "Jürgen;Schmidt;+49 172 7654321;Hamburg;;K-2\r\n"
                                                  "Olga;Petrova;0151 23456789;München;;K-3\r\n"
                                                  "Karl;Klein;12;Köln;;K-4\r\n"
                                                  "Anna;Müller;+49 171 1234567;Berlin;;K-1\r\n")
                                       .toUtf8());
    auto wizard = openWizard(ImportWizard::Mode::People, path);
    QVERIFY(wizard);
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);

    // 1. The file: what was detected, in a sentence, once the rows are counted.
    QWidget* filePage = wizard->page(ImportWizard::FilePageId);
    QTRY_VERIFY(labelText(filePage, QStringLiteral("detectedLabel")).contains(QLatin1String("5 row")));
    const QString detected = labelText(filePage, QStringLiteral("detectedLabel"));
    QVERIFY2(detected.startsWith(QLatin1String("Semicolon-separated text")), qPrintable(detected));
    QVERIFY2(detected.contains(QLatin1String("UTF-8")), qPrintable(detected));
    QVERIFY2(detected.contains(QLatin1String("first row is a header")), qPrintable(detected));
    QCOMPARE(filePage->findChild<QComboBox*>(QStringLiteral("separatorCombo"))->currentData().toString(),
             QStringLiteral(";"));
    QVERIFY(filePage->findChild<QCheckBox*>(QStringLiteral("headerCheck"))->isChecked());
    QVERIFY(filePage->findChild<QPlainTextEdit*>(QStringLiteral("rawPreview"))
                ->toPlainText()
                .contains(QStringLiteral("Jürgen;Schmidt")));
    clickNext(wizard.get());

    // 2. The columns: guessed from the German names.
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));
    QWidget* columns = wizard->currentPage();
    auto combo = [&](int column) {
        return columns->findChild<QComboBox*>(QStringLiteral("mappingCombo%1").arg(column));
    };
    QVERIFY(combo(0) && combo(5));
    QCOMPARE(combo(0)->currentText(), ColumnMapping::label(ImportField::FirstName));
    QCOMPARE(combo(1)->currentText(), ColumnMapping::label(ImportField::LastName));
    QCOMPARE(combo(2)->currentText(), ColumnMapping::label(ImportField::Phone));
    QCOMPARE(combo(3)->currentText(), ColumnMapping::label(ImportField::City));
    QCOMPARE(combo(4)->currentText(), ColumnMapping::label(ImportField::ConsentDate));
    QCOMPARE(combo(5)->currentText(), ColumnMapping::label(ImportField::Ignore));
    QCOMPARE(columns->findChild<QComboBox*>(QStringLiteral("regionCombo"))->currentData().toString(),
             QStringLiteral("DE"));
    // The stored preview: the number normalised, the invalid one shown as it was.
    QAbstractItemModel* stored = columns->findChild<QTableView*>(QStringLiteral("storedPreview"))->model();
    QCOMPARE(stored->rowCount(), 5);
    QCOMPARE(stored->index(0, 0).data().toString(), QStringLiteral("+49 171 1234567"));
    QCOMPARE(stored->index(3, 0).data().toString(), QStringLiteral("12"));
    QVERIFY(!stored->index(3, 0).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(stored->index(3, 0).data(Qt::ForegroundRole).isValid());

    // The consent column says "ja" for one row only: not what this shop wants. Don't import it;
    // and keep the customer number as a new custom field.
    combo(4)->setCurrentIndex(combo(4)->count() - 1);
    Q_EMIT combo(4)->activated(combo(4)->currentIndex());
    const int custom = combo(5)->findText(QStringLiteral("New custom field: Kundennr"));
    QVERIFY(custom >= 0);
    combo(5)->setCurrentIndex(custom);
    Q_EMIT combo(5)->activated(custom);
    QVERIFY(columns->findChild<QCheckBox*>(QStringLiteral("createFieldsCheck"))->isChecked());
    // Without a phone column there is no going on, and the page says why.
    combo(2)->setCurrentIndex(combo(2)->count() - 1);
    Q_EMIT combo(2)->activated(combo(2)->currentIndex());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!labelText(columns, QStringLiteral("mappingProblem")).isEmpty());
    combo(2)->setCurrentIndex(combo(2)->findText(ColumnMapping::label(ImportField::Phone)));
    Q_EMIT combo(2)->activated(combo(2)->currentIndex());
    clickNext(wizard.get());

    // 3. Consent: nothing chosen for the person; the column choice is gone with the column.
    QCOMPARE(wizard->currentId(), int(ImportWizard::ConsentPageId));
    QWidget* consent = wizard->currentPage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!consent->findChild<QRadioButton*>(QStringLiteral("consentColumnRadio"))->isEnabled());
    consent->findChild<QRadioButton*>(QStringLiteral("consentDeclaredRadio"))->click();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // a source and evidence first
    QTest::keyClicks(consent->findChild<QLineEdit*>(QStringLiteral("consentSourceEdit")),
                     QStringLiteral("Paper sign-up form at the till"));
    QTest::keyClicks(consent->findChild<QLineEdit*>(QStringLiteral("consentEvidenceEdit")),
                     QStringLiteral("Forms kept in the shop's folder, 2024"));
    clickNext(wizard.get());

    // 4. The summary of a dry run; Skip leaves Olga as she is.
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QWidget* summary = wizard->currentPage();
    waitForSummary(wizard.get());
    QCOMPARE(labelText(summary, QStringLiteral("count_added")), QStringLiteral("2"));
    QCOMPARE(labelText(summary, QStringLiteral("count_unchanged")), QStringLiteral("1"));
    QCOMPARE(labelText(summary, QStringLiteral("count_duplicates")), QStringLiteral("1"));
    QCOMPARE(labelText(summary, QStringLiteral("count_invalid")), QStringLiteral("1"));
    // Everyone new has the declared consent; Olga, skipped, is not imported, so not counted.
    QVERIFY(!summary->findChild<QLabel*>(QStringLiteral("count_noConsent")));
    QCOMPARE(labelText(summary, QStringLiteral("count_fields")), QStringLiteral("1"));
    QVERIFY(wizard->button(QWizard::CommitButton)->text().contains(QLatin1String("Import 2")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subscriber")).toInt(), 1); // nothing written yet

    // Filling in what is missing: the dry run runs again and Olga will get her city.
    summary->findChild<QRadioButton*>(QStringLiteral("updateRadio"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(summary->findChild<QLabel*>(QStringLiteral("count_updated")), 60000);
    waitForSummary(wizard.get());
    QCOMPARE(labelText(summary, QStringLiteral("count_updated")), QStringLiteral("1"));
    QCOMPARE(labelText(summary, QStringLiteral("count_added")), QStringLiteral("2"));
    QVERIFY(!summary->findChild<QLabel*>(QStringLiteral("count_noConsent"))); // Olga's consent is added
    QVERIFY(wizard->button(QWizard::CommitButton)->text().contains(QLatin1String("Import 3")));
    summary->findChild<QAbstractButton*>(QStringLiteral("showProblemsButton"))->click();

    // 5 and 6. The import, then what it did.
    clickNext(wizard.get());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::DonePageId), 60000);
    QWidget* done = wizard->currentPage();
    QVERIFY2(!done->findChild<MessageBanner*>()->isVisible(),
             qPrintable(done->findChild<MessageBanner*>()->text()));
    QCOMPARE(labelText(done, QStringLiteral("count_added")), QStringLiteral("2"));
    QCOMPARE(labelText(done, QStringLiteral("count_updated")), QStringLiteral("1"));
    QCOMPARE(imported.count(), 1);
    auto* save = done->findChild<QPushButton*>(QStringLiteral("saveReportButton"));
    QVERIFY(save->isEnabled()); // Karl's number was not valid
    auto* donePage = qobject_cast<ImportDonePage*>(done);
    QCOMPARE(QFileInfo(donePage->defaultReportPath()).fileName(), QStringLiteral("kunden-not-imported.csv"));
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(donePage->saveReport(report));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(reportFile.readAll());
    QVERIFY2(reportText.contains(QLatin1String("Karl")), qPrintable(reportText));

    // In the database: names, normalised numbers, the declared consent and its history.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subscriber")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM subscriber WHERE phone = ?"),
                    {QStringLiteral("+491711234567")})
                 .toString(),
             QStringLiteral("Anna Müller"));
    QCOMPARE(scalar(QStringLiteral("SELECT city FROM subscriber WHERE phone = ?"),
                    {QStringLiteral("+491727654321")})
                 .toString(),
             QStringLiteral("Hamburg"));
    QCOMPARE(scalar(QStringLiteral("SELECT city FROM subscriber WHERE phone = ?"), {olga.phone}).toString(),
             QStringLiteral("München"));
    QCOMPARE(scalar(QStringLiteral("SELECT consent_source FROM subscriber WHERE phone = ?"),
                    {QStringLiteral("+491711234567")})
                 .toString(),
             QStringLiteral("Paper sign-up form at the till"));
    QVERIFY(scalar(QStringLiteral("SELECT custom_fields FROM subscriber WHERE phone = ?"),
                   {QStringLiteral("+491711234567")})
                .toString()
                .contains(QLatin1String("K-1")));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM consent_event WHERE phone = ? AND kind = 'opt_in' AND "
                              "channel = 'import' AND source = ?"),
               {QStringLiteral("+491711234567"), QStringLiteral("Paper sign-up form at the till")})
            .toInt(),
        1);
    QVERIFY(
        scalar(QStringLiteral("SELECT evidence FROM consent_event WHERE phone = ? AND channel = 'import'"),
               {QStringLiteral("+491727654321")})
            .toString()
            .contains(QLatin1String("Forms kept in the shop's folder, 2024")));
    QVERIFY(!scalar(QStringLiteral("SELECT count(*) FROM subscriber WHERE phone LIKE '%12'")).toBool());
}

void TestImportWizard::showsWhatWasDetectedAndLetsTheEncodingChange()
{
    // Russian Excel: Windows-1251, semicolons.
    const QByteArray cp1251 = QByteArray("\xC8\xEC\xFF;\xD2\xE5\xEB\xE5\xF4\xEE\xED\r\n" // Имя;Телефон
                                         "\xC8\xE2\xE0\xED;+7 916 123-45-67\r\n"         // Иван
                                         "\xCC\xE0\xF0\xE8\xFF;8 (916) 765-43-21\r\n"); // Мария
    const QString path = writeFile(QStringLiteral("clients.csv"), cp1251);
    auto wizard = openWizard(ImportWizard::Mode::People, path);
    QVERIFY(wizard);
    QWidget* page = wizard->currentPage();
    auto* encoding = page->findChild<QComboBox*>(QStringLiteral("encodingCombo"));
    auto* raw = page->findChild<QPlainTextEdit*>(QStringLiteral("rawPreview"));
    QTRY_VERIFY(labelText(page, QStringLiteral("detectedLabel")).contains(QLatin1String("2 row")));
    QCOMPARE(encoding->currentData().toInt(), int(TextEncoding::Windows1251));
    QVERIFY(labelText(page, QStringLiteral("detectedLabel"))
                .contains(TextEncoding::label(TextEncoding::Windows1251)));
    QVERIFY2(raw->toPlainText().contains(QStringLiteral("Имя;Телефон")), qPrintable(raw->toPlainText()));

    // The wrong encoding shows as garbage at once, and in the sentence.
    page->findChild<QAbstractButton*>(QStringLiteral("adjustButton"))->click();
    QVERIFY(encoding->isVisible());
    const int western = encoding->findData(int(TextEncoding::Windows1252));
    encoding->setCurrentIndex(western);
    Q_EMIT encoding->activated(western);
    QVERIFY(!raw->toPlainText().contains(QStringLiteral("Имя")));
    QVERIFY(labelText(page, QStringLiteral("detectedLabel"))
                .contains(TextEncoding::label(TextEncoding::Windows1252)));

    // No header row: the first row becomes a person, and is counted.
    auto* header = page->findChild<QCheckBox*>(QStringLiteral("headerCheck"));
    header->click();
    QTRY_VERIFY(labelText(page, QStringLiteral("detectedLabel")).contains(QLatin1String("3 row")));
    QVERIFY(labelText(page, QStringLiteral("detectedLabel")).contains(QLatin1String("no header row")));
    QCOMPARE(wizard->choices().header.size(), 2);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::refusesAnEmptyFile()
{
    const QString path = writeFile(QStringLiteral("empty.csv"), QByteArray());
    auto wizard = openWizard(ImportWizard::Mode::People, path);
    QVERIFY(wizard);
    auto* banner = wizard->currentPage()->findChild<MessageBanner*>();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY(!banner->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::cancelledImportLeavesTheDatabaseUnchanged()
{
    // Big enough that the import is still running when Cancel is pressed.
    constexpr int people = 60000;
    QByteArray csv = "Name,Phone\n";
    csv.reserve(people * 28);
    for (int i = 0; i < people; ++i)
        csv += "Person " + QByteArray::number(i) + ",+49151" + QByteArray::number(10000000 + i) + '\n';
    const QString path = writeFile(QStringLiteral("big.csv"), csv);
    auto wizard = openWizard(ImportWizard::Mode::People, path);
    QVERIFY(wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
    clickNext(wizard.get());
    clickNext(wizard.get());
    wizard->currentPage()->findChild<QRadioButton*>(QStringLiteral("consentNoneRadio"))->click();
    clickNext(wizard.get());
    waitForSummary(wizard.get());
    QCOMPARE(labelText(wizard->currentPage(), QStringLiteral("count_added")), QLocale().toString(people));
    QCOMPARE(labelText(wizard->currentPage(), QStringLiteral("count_noConsent")), QLocale().toString(people));
    clickNext(wizard.get());

    QCOMPARE(wizard->currentId(), int(ImportWizard::ProgressPageId));
    QWidget* progress = wizard->currentPage();
    // Once rows are going in, Cancel: the worker rolls them back.
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText(progress, QStringLiteral("progressRows")).contains(QLatin1String(" of ")), 60000);
    QAbstractButton* cancel = wizard->button(QWizard::CancelButton);
    QVERIFY(cancel->text().contains(QLatin1String("nothing will be imported")));
    cancel->click();
    QVERIFY(wizard->isVisible()); // the wizard waits for the rollback
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::DonePageId), 60000);
    QVERIFY(wizard->choices().result.cancelled);
    QVERIFY(!wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("saveReportButton"))->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subscriber")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consent_event")).toInt(), 0);
}

void TestImportWizard::importsASuppressionList()
{
    const QString path = writeFile(QStringLiteral("optouts.txt"),
                                   QByteArray("Nummer\n0171 1111111\n+49 172 2222222\nnot a number\n"));
    auto wizard = openWizard(ImportWizard::Mode::SuppressionList, path);
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    clickNext(wizard.get());
    QCOMPARE(wizard->currentId(), int(ImportWizard::SuppressionPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // the list's source first
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("suppressionSourceEdit")),
                     QStringLiteral("Opt-out list from our previous SMS provider"));
    clickNext(wizard.get());
    waitForSummary(wizard.get());
    QWidget* summary = wizard->currentPage();
    QCOMPARE(labelText(summary, QStringLiteral("count_excluded")), QStringLiteral("2"));
    QCOMPARE(labelText(summary, QStringLiteral("count_invalid")), QStringLiteral("1"));
    QVERIFY(!summary->findChild<QWidget*>(QStringLiteral("duplicatesBox"))->isVisible());
    clickNext(wizard.get());
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::DonePageId), 60000);
    QCOMPARE(labelText(wizard->currentPage(), QStringLiteral("count_excluded")), QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM suppression WHERE excluded_at IS NOT NULL")).toInt(),
             2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM consent_event WHERE kind = 'exclude' AND channel = "
                                   "'import' AND phone = ?"),
                    {QStringLiteral("+491711111111")})
                 .toInt(),
             1);
}

void TestImportWizard::dropOnTheAddressBookAsksForTheWizard()
{
    MainWindow window(m_connection.get());
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(importAction);
    QCOMPARE(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("importSuppressionAction")));

    AddressBookPage* page = window.addressBook();
    QSignalSpy requested(page, &AddressBookPage::importRequested);
    auto drop = [&](const QString& path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &dropped);
        return true;
    };
    QVERIFY(!drop(m_dir.filePath(QStringLiteral("photo.png"))));
    QVERIFY(drop(m_dir.filePath(QStringLiteral("Kunden.CSV"))));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), m_dir.filePath(QStringLiteral("Kunden.CSV")));

    // The menu opens the wizard, on a file still to choose.
    importAction->trigger();
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->mode(), ImportWizard::Mode::People);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
}

void TestImportWizard::problemModelIsAValidModel()
{
    ImportProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportProblem problem;
    problem.row = 12;
    problem.reason = QStringLiteral("No phone number.");
    problem.fields = {QStringLiteral("Karl"), QString()};
    model.setProblems({problem, problem});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ImportProblemModel::RowColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(1, ImportProblemModel::ReasonColumn).data().toString(),
             QStringLiteral("No phone number."));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
