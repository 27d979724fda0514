// The Compliance screen and Settings → Rules by country as the owner uses them, offscreen: the open
// items with their deadlines (the overdue and the nearly due tinted), an opt-out request recorded
// through its dialog and its number entered later, a malformed rule file refused with its line,
// and double opt-in switched off for Germany moving a person from awaiting to subscribed.

#include "compliance/complianceitemmodel.h"
#include "compliance/compliancepage.h"
#include "compliance/optoutrequestdialog.h"
#include "compliance/optoutrequests.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "settings/rulepacksbox.h"
#include "settings/settingspage.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <memory>

using namespace textwell;

namespace {

QDateTime local(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::LocalTime).toUTC();
}

// Wednesday 16 December 2026, noon on this computer's clock.
const QDateTime Now = local(2026, 12, 16, 12);

} // namespace

class TestCompliancePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saysWhenNothingIsWaiting();
    void listsOpenItemsAndTintsTheOverdue();
    void theDialogRecordsARequest();
    void aNumberIsEnteredForAnOpenRequest();
    void aMalformedRuleFileIsRefusedWithItsLine();
    void switchingDoubleOptInOffSubscribesTheAwaiting();
    void everyoneNotAskedYetIsAskedAtOnce();

private:
    OptOutRequests requests() const
    {
        return OptOutRequests(m_connection->database(), QStringLiteral("DE"), QStringLiteral("anna"));
    }
    void showPage();

    QTemporaryDir m_dir;
    ManualClock m_clock{Now};
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<CompliancePage> m_page;
};

void TestCompliancePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestCompliancePage::init()
{
    m_clock.setNow(Now);
    Clock::setInstance(&m_clock);
    auto opened = Connection::open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
}

void TestCompliancePage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    Clock::setInstance(nullptr);
}

void TestCompliancePage::showPage()
{
    m_page = std::make_unique<CompliancePage>(m_connection.get());
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
}

void TestCompliancePage::saysWhenNothingIsWaiting()
{
    showPage();
    auto* stack = m_page->findChild<QStackedWidget*>();
    auto* empty = m_page->findChild<QLabel*>(QStringLiteral("complianceEmptyText"));
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->text().startsWith(QStringLiteral("Nothing is waiting.")));
    // One card per pack in force, saying what it enforces.
    auto* germany = m_page->findChild<QWidget*>(QStringLiteral("rulePackCard_de"));
    QVERIFY(germany);
    QStringList texts;
    for (QLabel* label : germany->findChildren<QLabel*>())
        texts.append(label->text());
    QVERIFY2(texts.contains(QStringLiteral("Germany")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("rulePackRules"))->text().isEmpty());
    QCOMPARE(m_page->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^rulePackCard_"))).size(), 5);
    QVERIFY(!m_page->findChild<MessageBanner*>(QStringLiteral("rulePackProblems"))->isVisible());
}

void TestCompliancePage::listsOpenItemsAndTintsTheOverdue()
{
    // Monday 2 November: due Monday 16 November, 22 business days ago on Wednesday 16 December.
    m_clock.setNow(local(2026, 11, 2, 10));
    QVERIFY(requests().record(local(2026, 11, 2, 9), OptOutRequests::Email, QStringLiteral("old@example.org"),
                              {}));
    m_clock.setNow(Now);
    // This morning: due Wednesday 30 December, ten business days ahead.
    QVERIFY(
        requests().record(local(2026, 12, 16, 10), OptOutRequests::Letter, QStringLiteral("Frau Neu"), {}));
    // Monday 7 December: due Monday 21 December, three business days ahead.
    QVERIFY(requests().record(local(2026, 12, 7, 10), OptOutRequests::Email,
                              QStringLiteral("soon@example.org"), {}));
    // Thursday 3 December: due Thursday 17 December, tomorrow.
    QVERIFY(
        requests().record(local(2026, 12, 3, 10), OptOutRequests::InPerson, QStringLiteral("Herr Bald"), {}));
    showPage();

    ComplianceItemModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 4);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model->data(model->index(row, column), role);
    };
    QCOMPARE(cell(0, ComplianceItemModel::WhoColumn).toString(), QStringLiteral("old@example.org"));
    // The plural forms come with the English translation, not installed here: the count and the words.
    const auto daysLeft = [&](int row) { return cell(row, ComplianceItemModel::DaysLeftColumn).toString(); };
    QVERIFY2(daysLeft(0).startsWith(QStringLiteral("22 business day")) &&
                 daysLeft(0).endsWith(QStringLiteral("overdue")),
             qPrintable(daysLeft(0)));
    QVERIFY(cell(0, 0, ComplianceItemModel::OverdueRole).toBool());
    QVERIFY(cell(0, 0, Qt::BackgroundRole).isValid());
    QCOMPARE(cell(1, ComplianceItemModel::WhoColumn).toString(), QStringLiteral("Herr Bald"));
    QVERIFY2(daysLeft(1).startsWith(QStringLiteral("1 business day")) &&
                 !daysLeft(1).contains(QStringLiteral("overdue")),
             qPrintable(daysLeft(1)));
    QVERIFY(!cell(1, 0, ComplianceItemModel::OverdueRole).toBool());
    QVERIFY(cell(1, 0, ComplianceItemModel::UrgentRole).toBool());
    QVERIFY(cell(1, 0, Qt::BackgroundRole).isValid());
    QVERIFY2(daysLeft(2).startsWith(QStringLiteral("3 business day")), qPrintable(daysLeft(2)));
    QVERIFY(!cell(2, 0, ComplianceItemModel::UrgentRole).toBool());
    QVERIFY(!cell(2, 0, Qt::BackgroundRole).isValid());
    QCOMPARE(cell(3, ComplianceItemModel::WhoColumn).toString(), QStringLiteral("Frau Neu"));
    QVERIFY2(daysLeft(3).startsWith(QStringLiteral("10 business day")), qPrintable(daysLeft(3)));
    QCOMPARE(cell(3, ComplianceItemModel::KindColumn).toString(), QStringLiteral("Opt-out request"));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("complianceSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("4 opt-out request")) &&
                 summary->text().contains(QStringLiteral("1 overdue")),
             qPrintable(summary->text()));

    // Enter and Close act on a request; Open in Inbox is for replies.
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("complianceTable"));
    table->selectRow(0);
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("enterNumberButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("openInInboxButton"))->isEnabled());
}

void TestCompliancePage::theDialogRecordsARequest()
{
    showPage();
    m_page->findChild<QPushButton*>(QStringLiteral("recordRequestButton"))->click();
    auto* dialog = m_page->findChild<OptOutRequestDialog*>(QStringLiteral("optOutRequestDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nobody named yet
    auto* channel = dialog->findChild<QComboBox*>(QStringLiteral("channelCombo"));
    channel->setCurrentIndex(channel->findData(OptOutRequests::Email));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("contactEdit")),
                     QStringLiteral("lena@example.org"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit")),
                     QStringLiteral("wrote to the shop"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("contactHint"))
                ->text()
                .contains(QStringLiteral("stays open")));
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 1 && !m_page->isBusy(), 10000);
    QCOMPARE(m_page->model()->item(0)->contact, QStringLiteral("lena@example.org"));
    QCOMPARE(m_page->model()->item(0)->detail, QStringLiteral("By e-mail: wrote to the shop"));
    QCOMPARE(m_page->model()->item(0)->due, local(2026, 12, 30, 23, 59, 59));

    // With a number, it is opted out at once and nothing more is open.
    m_page->findChild<QPushButton*>(QStringLiteral("recordRequestButton"))->click();
    QTRY_VERIFY((dialog = m_page->findChild<OptOutRequestDialog*>(QStringLiteral("optOutRequestDialog"))) &&
                dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("contactEdit")),
                     QStringLiteral("0171 2345678"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->banner()->text().contains(QStringLiteral("opted out")), 10000);
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->model()->rowCount(), 1);
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("anna"));
    QVERIFY(book.suppression(QStringLiteral("+491712345678")).value().optedOut());
}

void TestCompliancePage::aNumberIsEnteredForAnOpenRequest()
{
    QVERIFY(
        requests().record(local(2026, 12, 14, 10), OptOutRequests::Letter, QStringLiteral("Herr Meier"), {}));
    showPage();
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->findChild<QTableView*>(QStringLiteral("complianceTable"))->selectRow(0);
    m_page->findChild<QPushButton*>(QStringLiteral("enterNumberButton"))->click();
    auto* dialog = m_page->findChild<QInputDialog*>(QStringLiteral("enterNumberDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("+49 160 5555555"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == 0 && !m_page->isBusy(), 10000);
    auto* stack = m_page->findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("complianceEmptyText"));
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("anna"));
    auto history = book.history(QStringLiteral("+491605555555"));
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().constFirst().at, local(2026, 12, 14, 10));
}

void TestCompliancePage::aMalformedRuleFileIsRefusedWithItsLine()
{
    SettingsPage settings(m_connection.get());
    auto* box = settings.findChild<RulePacksBox*>(QStringLiteral("rulePacksBox"));
    QVERIFY(box);
    box->showPack(QStringLiteral("de"));
    const QString path = m_dir.filePath(QStringLiteral("broken-de.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n"
               "    \"id\": \"de\",\n"
               "    \"name\": {\"en\": \"Germany\"},\n"
               "    \"law\": {\"en\": \"UWG\"},\n"
               "    \"countries\": [\"DE\"],\n"
               "    \"quiet_hours\": {\n"
               "        \"from\": \"25:00\",\n"
               "        \"until\": \"08:00\"\n"
               "    }\n"
               "}\n");
    file.close();
    QVERIFY(!box->loadFile(path));
    const QString error = box->banner()->text();
    QVERIFY2(error.contains(QStringLiteral("broken-de.json")) &&
                 error.contains(QStringLiteral("line 7"), Qt::CaseInsensitive),
             qPrintable(error));
    QCOMPARE(box->banner()->kind(), MessageBanner::Kind::Error);
    // Nothing of it was taken.
    QCOMPARE(box->findChild<QTimeEdit*>(QStringLiteral("quietFromEdit"))->time(), QTime(21, 0));

    // A good file shows its rules, to be saved with the page.
    RulePack stricter = *RulePacks::builtIn(QStringLiteral("de"));
    stricter.quietFrom = QTime(20, 0);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(stricter.toJson());
    file.close();
    QVERIFY(box->loadFile(path));
    QCOMPARE(box->findChild<QTimeEdit*>(QStringLiteral("quietFromEdit"))->time(), QTime(20, 0));
    settings.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();
    QCOMPARE(RulePacks(m_connection->database()).byId(QStringLiteral("de")).quietFrom, QTime(20, 0));
}

void TestCompliancePage::switchingDoubleOptInOffSubscribesTheAwaiting()
{
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("anna"));
    Subscriber jonas;
    jonas.phone = QStringLiteral("+49 171 7777777");
    auto added = book.add(jonas, ConsentRecord{QStringLiteral("form"), QStringLiteral("#7"), {}});
    QVERIFY(added);
    const auto status = [&] { return book.get(added.value().id).value().status; };
    QCOMPARE(status(), SubscriberStatus::AwaitingConfirmation);

    SettingsPage settings(m_connection.get());
    settings.show();
    auto* box = settings.findChild<RulePacksBox*>(QStringLiteral("rulePacksBox"));
    box->showPack(QStringLiteral("de"));
    auto* confirmation = box->findChild<QCheckBox*>(QStringLiteral("requiresConfirmationCheck"));
    QVERIFY(confirmation->isChecked());
    confirmation->setChecked(false);
    QVERIFY(!box->draft(QStringLiteral("de")).requiresConfirmation);
    QVERIFY(box->confirmationChanged());
    settings.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();
    QVERIFY(!RulePacks(m_connection->database()).byId(QStringLiteral("de")).requiresConfirmation);
    QTRY_COMPARE_WITH_TIMEOUT(status(), SubscriberStatus::Subscribed, 10000);
    QTRY_VERIFY(box->banner()->text().contains(QStringLiteral("1 person")) &&
                box->banner()->text().contains(QStringLiteral("may be sent to again")));

    // And back.
    confirmation->setChecked(true);
    settings.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(status(), SubscriberStatus::AwaitingConfirmation, 10000);
}

void TestCompliancePage::everyoneNotAskedYetIsAskedAtOnce()
{
    // Two German people added today await confirmation: too new for the open items (the pack lists
    // them after 14 days), but they can be asked at once.
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("anna"));
    for (const QString& phone : {QStringLiteral("+49 171 7777771"), QStringLiteral("+49 171 7777772")}) {
        Subscriber person;
        person.phone = phone;
        QVERIFY(book.add(person, ConsentRecord{QStringLiteral("form"), QStringLiteral("#7"), {}}));
    }
    showPage();
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto* askEveryone = m_page->findChild<QPushButton*>(QStringLiteral("askEveryoneButton"));
    QVERIFY(askEveryone->isEnabled());
    QString question; // the English plural forms are not loaded here: "2 person(s)"
    QTimer::singleShot(0, this, [&question] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    askEveryone->click();
    QVERIFY2(question.contains(QStringLiteral("to 2 person")), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->banner()->text().startsWith(QStringLiteral("2 person")), 10000);
    QTRY_VERIFY(!m_page->isBusy());
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM message WHERE purpose = 'confirmation_request'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // Nobody is left to ask: the button rests.
    QVERIFY(!askEveryone->isEnabled());
}

QTEST_MAIN(TestCompliancePage)
#include "tst_compliancepage.moc"
