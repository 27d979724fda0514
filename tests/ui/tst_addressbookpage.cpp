// The address book screen as a user drives it, offscreen: add a person with consent, exclude a
// number that is not in the book, add that number, undo and redo, delete; the table and the
// history show each step.

#include "addressbook/addressbookpage.h"
#include "addressbook/subscriberdetailpane.h"
#include "addressbook/subscribertablemodel.h"
#include "contacts/addressbook.h"
#include "contacts/personeraser.h"
#include "mainwindow.h"
#include "relaxedrulepacks.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"
#include "widgets/messageboxes.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace textwell;

class TestAddressBookPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheEmptyStateOnANewDatabase();
    void addsAPersonAndExcludesANumber();
    void undoAndRedoAddAndDelete();
    void undoOfAnExclusionLeavesANewerOneAlone();
    void refusesAnInvalidNumberInPlace();
    void erasesAPersonOnRequest();

private:
    // Runs fill() on the next modal dialog as soon as it opens, then the action that opens it.
    void answerNextDialog(const std::function<void(QDialog*)>& fill);
    void waitForTotal(qint64 expected);
    int rowOf(const QString& e164);
    QStringList historyTexts();
    // Selects a row as a click does and waits until the detail pane shows that person.
    void selectRow(int row);

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    AddressBookPage* m_page = nullptr;
    QTableView* m_table = nullptr;
};

void TestAddressBookPage::init()
{
    auto opened = Connection::open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(relaxRulePacks(m_connection->database()));
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The dashboard comes first; the address book is the next screen.
    m_window->findChild<QListWidget*>(QStringLiteral("sidebar"))->setCurrentRow(1);
    m_page = m_window->addressBook();
    m_table = m_page->findChild<QTableView*>(QStringLiteral("subscriberTable"));
    QVERIFY(m_table);
    QVERIFY(QTest::qWaitFor([this] { return m_page->model()->isLoaded(); }, 5000));
}

void TestAddressBookPage::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestAddressBookPage::answerNextDialog(const std::function<void(QDialog*)>& fill)
{
    QTimer::singleShot(0, this, [fill] {
        QDialog* dialog = nullptr;
        const bool opened = QTest::qWaitFor([&] {
            dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            return dialog != nullptr;
        });
        QVERIFY(opened);
        QVERIFY(dialog);
        fill(dialog);
    });
}

void TestAddressBookPage::waitForTotal(qint64 expected)
{
    QVERIFY2(
        QTest::qWaitFor(
            [&] { return m_page->model()->isLoaded() && m_page->model()->rowCount() == expected; }, 5000),
        qPrintable(QStringLiteral("rows: %1, expected %2").arg(m_page->model()->rowCount()).arg(expected)));
}

int TestAddressBookPage::rowOf(const QString& e164)
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        const QModelIndex index = m_page->model()->index(row, 0);
        if (!QTest::qWaitFor([&] { return index.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000))
            return -1;
        if (index.data(SubscriberTableModel::PhoneRole).toString() == e164)
            return row;
    }
    return -1;
}

void TestAddressBookPage::selectRow(int row)
{
    m_table->selectRow(row);
    const qint64 id =
        m_page->model()->index(row, 0).data(SubscriberTableModel::SubscriberIdRole).toLongLong();
    auto* detail = m_page->findChild<SubscriberDetailPane*>();
    QVERIFY(QTest::qWaitFor([&] { return detail->subscriberId() == id; }, 2000));
}

QStringList TestAddressBookPage::historyTexts()
{
    auto* list = m_page->findChild<QListWidget*>(QStringLiteral("historyList"));
    QStringList texts;
    for (int i = 0; list && i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

void TestAddressBookPage::showsTheEmptyStateOnANewDatabase()
{
    auto* empty = m_page->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!m_table->isVisible());
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(),
             QStringLiteral("Your address book is empty"));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("emptyAddButton"))->isVisible());
}

void TestAddressBookPage::addsAPersonAndExcludesANumber()
{
    // Add Anna with her consent, typing the number as people do.
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("0171 1234567"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")),
                         QStringLiteral("Anna"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("lastNameEdit")),
                         QStringLiteral("Schmidt"));
        dialog->findChild<QGroupBox*>(QStringLiteral("consentBox"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("consentEvidenceEdit")),
                         QStringLiteral("Form no. 7"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("addAction"))->trigger();
    waitForTotal(1);
    QVERIFY(m_table->isVisible());
    const int anna = rowOf(QStringLiteral("+491711234567"));
    QVERIFY(anna >= 0);
    QCOMPARE(m_page->model()->index(anna, SubscriberTableModel::NameColumn).data().toString(),
             QStringLiteral("Anna Schmidt"));
    QCOMPARE(m_page->model()->index(anna, 0).data(SubscriberTableModel::StatusRole).toInt(),
             int(SubscriberStatus::Subscribed));
    QVERIFY(historyTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Form no. 7")));
    // The pane keeps showing the new person after the table has reloaded.
    auto* detail = m_page->findChild<SubscriberDetailPane*>();
    QTest::qWait(200);
    QCOMPARE(detail->subscriberId(),
             m_page->model()->index(anna, 0).data(SubscriberTableModel::SubscriberIdRole).toLongLong());
    QVERIFY(detail->findChild<QWidget*>(QStringLiteral("historyList"))->isVisible());

    // A complaint call from a number that is not in the book.
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("+49 (0)151 2345 6789"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("excludeNoteEdit")),
                         QStringLiteral("Complaint call"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("excludeNumberAction"))->trigger();
    QVERIFY(QTest::qWaitFor([this] { return m_page->banner()->isVisible(); }, 2000));
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("+49 1512 3456789")),
             qPrintable(m_page->banner()->text()));
    waitForTotal(1); // not a person: the table is unchanged

    // Adding that number later keeps it excluded, and says so.
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("015123456789"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")),
                         QStringLiteral("Bernd"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("addAction"))->trigger();
    waitForTotal(2);
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("stays excluded")),
             qPrintable(m_page->banner()->text()));
    const int bernd = rowOf(QStringLiteral("+4915123456789"));
    QVERIFY(bernd >= 0);
    QCOMPARE(m_page->model()->index(bernd, 0).data(SubscriberTableModel::StatusRole).toInt(),
             int(SubscriberStatus::Excluded));
    selectRow(bernd);
    const QString history = historyTexts().join(QLatin1Char('\n'));
    QVERIFY2(history.contains(QStringLiteral("Excluded")) &&
                 history.contains(QStringLiteral("Complaint call")),
             qPrintable(history));

    // Exclude Anna from the table's selection; her row and her history show it.
    selectRow(rowOf(QStringLiteral("+491711234567")));
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("excludeNoteEdit")),
                         QStringLiteral("Asked us"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("excludeAction"))->trigger();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return m_page->model()
                       ->index(rowOf(QStringLiteral("+491711234567")), 0)
                       .data(SubscriberTableModel::StatusRole)
                       .toInt() == int(SubscriberStatus::Excluded);
        },
        5000));
    QVERIFY(historyTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Asked us")));
}

void TestAddressBookPage::undoAndRedoAddAndDelete()
{
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("0171 7654321"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")),
                         QStringLiteral("Clara"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("addAction"))->trigger();
    waitForTotal(1);
    QUndoStack* undo = m_window->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    waitForTotal(0);
    QVERIFY(!book.findByPhone(QStringLiteral("+491717654321")).value().has_value());
    undo->redo();
    waitForTotal(1);
    QVERIFY(book.findByPhone(QStringLiteral("+491717654321")).value().has_value());

    // Delete, confirmed; undo brings Clara back with the same id.
    const qint64 id = book.findByPhone(QStringLiteral("+491717654321")).value()->id;
    m_table->selectRow(0);
    MessageBoxes::setNextAnswer(true);
    m_page->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    waitForTotal(0);
    undo->undo();
    waitForTotal(1);
    QCOMPARE(book.findByPhone(QStringLiteral("+491717654321")).value()->id, id);

    // A declined confirmation deletes nothing.
    m_table->selectRow(0);
    MessageBoxes::setNextAnswer(false);
    m_page->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    QTest::qWait(200);
    waitForTotal(1);
}

void TestAddressBookPage::refusesAnInvalidNumberInPlace()
{
    bool okWasEnabled = true;
    QString feedback;
    answerNextDialog([&](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("0171 12"));
        okWasEnabled = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
        feedback = dialog->findChild<QLabel*>(QStringLiteral("phoneFeedback"))->text();
        dialog->reject();
    });
    m_page->findChild<QAction*>(QStringLiteral("addAction"))->trigger();
    QVERIFY(!okWasEnabled);
    QVERIFY2(feedback.contains(QStringLiteral("0171 12")), qPrintable(feedback));
    waitForTotal(0);
}

void TestAddressBookPage::undoOfAnExclusionLeavesANewerOneAlone()
{
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("0171 5550001"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("excludeNoteEdit")),
                         QStringLiteral("Call"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("excludeNumberAction"))->trigger();
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Meanwhile another desk lifts it and, after a complaint, excludes the number again.
    AddressBook other(m_connection->database(), QStringLiteral("DE"), QStringLiteral("desk 2"));
    QVERIFY(other.unexclude(QStringLiteral("+491715550001"), QString()).value());
    QTest::qWait(5); // a later moment
    QVERIFY(other.exclude(QStringLiteral("+491715550001"), QStringLiteral("complaint")).value());

    // Undo here must not lift desk 2's exclusion.
    m_window->undoStack()->undo();
    const Suppression now = other.suppression(QStringLiteral("+491715550001")).value();
    QVERIFY(now.excluded());
    QCOMPARE(now.excludeNote, QStringLiteral("complaint"));
}

void TestAddressBookPage::erasesAPersonOnRequest()
{
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber anna;
    anna.phone = QStringLiteral("+491711234567");
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Schmidt");
    anna.tags = {QStringLiteral("vip")};
    anna.notes = QStringLiteral("Allergic to latex");
    QVERIFY(book.add(anna, ConsentRecord{QStringLiteral("paper form"), QStringLiteral("form #7"), {}}));
    // Ben is added at the desk, so the Undo history holds something.
    answerNextDialog([](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("phoneEdit")),
                         QStringLiteral("0171 7654321"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameEdit")),
                         QStringLiteral("Ben"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QAction*>(QStringLiteral("addAction"))->trigger();
    waitForTotal(2);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // In the People menu, for one person at a time.
    auto* erase = m_page->findChild<QAction*>(QStringLiteral("eraseAction"));
    QVERIFY(erase);
    QVERIFY(erase->shortcut().isEmpty());
    bool inPeopleMenu = false;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QStringLiteral("People"))
            inPeopleMenu = menu->menu()->actions().contains(erase);
    }
    QVERIFY(inPeopleMenu);
    m_table->selectAll();
    QVERIFY(!erase->isEnabled());
    selectRow(rowOf(QStringLiteral("+491711234567")));
    QVERIFY(erase->isEnabled());

    // The confirmation names her, says what goes and what stays, and Enter does not erase.
    QString title, deleted, kept;
    bool eraseIsDefault = true, cancelIsDefault = false;
    answerNextDialog([&](QDialog* dialog) {
        title = dialog->findChild<QLabel*>(QStringLiteral("eraseTitle"))->text();
        for (QLabel* item :
             dialog->findChild<QWidget*>(QStringLiteral("eraseDeletedList"))->findChildren<QLabel*>())
            deleted += item->text() + QLatin1Char('\n');
        kept = dialog->findChild<QLabel*>(QStringLiteral("eraseKeptText"))->text();
        auto* eraseButton = dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"));
        eraseIsDefault = eraseButton->isDefault() || eraseButton->autoDefault();
        cancelIsDefault =
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->isDefault();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    erase->trigger();
    QVERIFY2(title.contains(QStringLiteral("Anna Schmidt")) &&
                 title.contains(QStringLiteral("+49 171 1234567")),
             qPrintable(title));
    QVERIFY2(deleted.contains(QStringLiteral("address book")) &&
                 deleted.contains(QStringLiteral("of the consent history")),
             qPrintable(deleted));
    QVERIFY2(kept.contains(QStringLiteral("never texted again; the law requires it")), qPrintable(kept));
    QVERIFY(!eraseIsDefault);
    QVERIFY(cancelIsDefault);
    QVERIFY(book.findByPhone(QStringLiteral("+491711234567")).value().has_value());
    PersonEraser eraser(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    QCOMPARE(eraser.erasures(QStringLiteral("+491711234567")).value().size(), 0);

    // Erase, saying she asked yesterday.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    answerNextDialog([&](QDialog* dialog) {
        dialog->findChild<QDateEdit*>(QStringLiteral("requestedOnEdit"))->setDate(yesterday);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("eraseNoteEdit")),
                         QStringLiteral("by e-mail"));
        dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"))->click();
    });
    erase->trigger();
    waitForTotal(1);
    QCOMPARE(rowOf(QStringLiteral("+491711234567")), -1);
    QVERIFY2(m_page->banner()->text().contains(QStringLiteral("Erased the personal data of +49 171 1234567")),
             qPrintable(m_page->banner()->text()));
    QVERIFY(!book.findByPhone(QStringLiteral("+491711234567")).value().has_value());
    QVERIFY(book.suppression(QStringLiteral("+491711234567")).value().excluded());
    const QVector<Erasure> log = eraser.erasures(QStringLiteral("+491711234567")).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().requestedAt, yesterday.startOfDay().toUTC());
    QCOMPARE(log.first().note, QStringLiteral("by e-mail"));
    // Nothing to undo: no undo could bring her data back.
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!m_window->undoStack()->canUndo() && !m_window->undoStack()->canRedo());
}

QTEST_MAIN(TestAddressBookPage)
#include "tst_addressbookpage.moc"
