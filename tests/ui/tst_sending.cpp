// Sending as a user does it, offscreen: Send… in the composer (now, or scheduled), the message
// reaching the gateway (the export file here) with its opt-out line and not reaching the
// unsubscribed; the gateway settings and their test message; closing the window mid-send.
#include "campaigns/campaignspage.h"
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/sendingservice.h"
#include "composer/composerpage.h"
#include "contacts/addressbook.h"
#include "mainwindow.h"
#include "relaxedrulepacks.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace textwell;

class TestSending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendNowReachesTheGatewayWithTheOptOutLine();
    void sendLaterSchedulesTheCampaign();
    void gatewaySettingsAreSavedAndTested();
    void closingMidSendOffersToPause();

private:
    void showScreen(int row);
    // Runs `act` on the next modal dialog as soon as it is open.
    void onNextDialog(const std::function<void(QWidget*)>& act);
    void addPerson(const QString& phone, const QString& first, bool consent);
    QStringList exportedLines() const;
    QVector<Campaign> campaigns() const;

    QTemporaryDir m_dir;
    QString m_exportFile;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestSending::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never the desk's real keychain: the password typed below must not land in it.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/textwell-test");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestSending::addPerson(const QString& phone, const QString& first, bool consent)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = first;
    s.language = QStringLiteral("en");
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    const ConsentRecord record{QStringLiteral("Paper form"), QStringLiteral("Signed at the till"), {}};
    auto added = book.add(s, consent ? std::optional<ConsentRecord>(record) : std::nullopt);
    QVERIFY2(added.ok(), qPrintable(added.error()));
}

void TestSending::init()
{
    QSettings().clear();
    const QString name = QLatin1String(QTest::currentTestFunction());
    auto opened =
        Connection::open(m_dir.filePath(name + QStringLiteral(".sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(relaxRulePacks(m_connection->database()));
    m_exportFile = m_dir.filePath(name + QStringLiteral("-outbox.csv"));
    BusinessSettings settings(m_connection->database());
    using Key = BusinessSettings::Key;
    for (const auto& [key, value] :
         QVector<std::pair<Key, QString>>{{Key::DefaultCountry, QStringLiteral("DE")},
                                          {Key::MessageLanguage, QStringLiteral("en")},
                                          {Key::ExportFile, m_exportFile},
                                          {Key::SendRate, QStringLiteral("100")},
                                          // Off, so the test passes at any hour.
                                          {Key::QuietHoursStart, QStringLiteral("00:00")},
                                          {Key::QuietHoursEnd, QStringLiteral("00:00")}})
        QVERIFY(settings.setValue(key, value));
    addPerson(QStringLiteral("+4917111111111"), QStringLiteral("Anna"), true);
    addPerson(QStringLiteral("+4917111111112"), QStringLiteral("Bernd"), true);
    addPerson(QStringLiteral("+4917111111113"), QStringLiteral("Clara"), false);
    addPerson(QStringLiteral("+4917111111114"), QStringLiteral("Dmitri"), true);
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    QVERIFY(book.unsubscribe(QStringLiteral("+4917111111112"), OptOutReason::TooFrequent, QString()).ok());
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSending::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

// Rows: 0 Dashboard, 1 Address book, 2 Segments, 3 Compose, 4 Campaigns, 5 Inbox, 6 Settings.
void TestSending::showScreen(int row)
{
    m_window->findChild<QListWidget*>(QStringLiteral("sidebar"))->setCurrentRow(row);
}

void TestSending::onNextDialog(const std::function<void(QWidget*)>& act)
{
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, act] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

QStringList TestSending::exportedLines() const
{
    QFile file(m_exportFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QVector<Campaign> TestSending::campaigns() const
{
    Result<QVector<Campaign>> list = CampaignStore(m_connection->database()).list();
    return list ? list.value() : QVector<Campaign>();
}

void TestSending::sendNowReachesTheGatewayWithTheOptOutLine()
{
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    QTest::keyClicks(composer->editor(), QStringLiteral("Hi {first_name}, 20% off today!"));
    auto* willReceive = composer->findChild<QLabel*>(QStringLiteral("count_will_receive"));
    QVERIFY(willReceive);
    QTRY_COMPARE(willReceive->text(), QStringLiteral("2"));

    onNextDialog([](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("campaignName"));
        name->setText(QStringLiteral("Spring sale"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

    // The campaign screen shows it, and the sender finishes it.
    QTRY_COMPARE(m_window->findChild<QListWidget*>(QStringLiteral("sidebar"))->currentRow(), 4);
    QTRY_COMPARE(campaigns().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(campaigns().constFirst().status, CampaignStatus::Finished, 15000);
    QCOMPARE(campaigns().constFirst().name, QStringLiteral("Spring sale"));

    const QStringList lines = exportedLines();
    QCOMPARE(lines.size(), 3); // the header and one line for each who can receive it
    QCOMPARE(lines.at(0), QStringLiteral("message_id,phone,text,parts,encoding"));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QStringLiteral("+4917111111111,\"Hi Anna, 20% off today!\nReply STOP to opt out\"")),
        qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("+4917111111114,\"Hi Dmitri")));
    QVERIFY(!all.contains(QStringLiteral("+4917111111112"))); // unsubscribed
    QVERIFY(!all.contains(QStringLiteral("+4917111111113"))); // no consent
}

void TestSending::sendLaterSchedulesTheCampaign()
{
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    QTest::keyClicks(composer->editor(), QStringLiteral("See you at the opening on Saturday!"));
    QTRY_COMPARE(composer->findChild<QLabel*>(QStringLiteral("count_will_receive"))->text(),
                 QStringLiteral("2"));
    const QDateTime at = QDateTime::currentDateTime().addDays(2);
    onNextDialog([at](QWidget* dialog) {
        dialog->findChild<QRadioButton*>(QStringLiteral("sendLater"))->setChecked(true);
        dialog->findChild<QDateTimeEdit*>(QStringLiteral("scheduledAt"))->setDateTime(at);
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(!confirm->text().contains(QStringLiteral("now"), Qt::CaseInsensitive));
        QTest::mouseClick(confirm, Qt::LeftButton);
    });
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(campaigns().size(), 1);
    const Campaign c = campaigns().constFirst();
    QCOMPARE(c.status, CampaignStatus::Scheduled);
    QVERIFY(qAbs(c.scheduledAt.secsTo(at.toUTC())) < 60);
    QTest::qWait(500);
    QVERIFY(exportedLines().isEmpty()); // nothing goes before its time
}

void TestSending::gatewaySettingsAreSavedAndTested()
{
    showScreen(6); // Settings, after Campaigns and Inbox
    auto* box = m_window->findChild<QWidget*>(QStringLiteral("gatewaySettings"));
    QVERIFY(box);
    // A test message through the export file, to the owner's own number.
    auto* number = box->findChild<QLineEdit*>(QStringLiteral("testNumberEdit"));
    QTest::keyClicks(number, QStringLiteral("0171 9876543"));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("testMessageButton")), Qt::LeftButton);
    auto* result = box->findChild<QLabel*>(QStringLiteral("testResult"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("export file")), qPrintable(result->text()));
    QTRY_VERIFY(exportedLines().join(QLatin1Char('\n')).contains(QStringLiteral("+491719876543")));

    // Kannel chosen and filled in: stored for every desk; the password is not in the database.
    auto* gateway = box->findChild<QComboBox*>(QStringLiteral("gatewayCombo"));
    gateway->setCurrentIndex(gateway->findData(QStringLiteral("kannel")));
    auto* url = box->findChild<QLineEdit*>(QStringLiteral("kannelUrlEdit"));
    QVERIFY(url->isVisibleTo(box));
    QVERIFY(!box->findChild<QLineEdit*>(QStringLiteral("exportFileEdit"))->isVisibleTo(box));
    url->setText(QStringLiteral("http://127.0.0.1:13013"));
    auto* password = box->findChild<QLineEdit*>(QStringLiteral("kannelPasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("pa55-not-on-disk"));
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    BusinessSettings settings(m_connection->database());
    QCOMPARE(settings.value(BusinessSettings::Key::Gateway), QStringLiteral("kannel"));
    QCOMPARE(settings.value(BusinessSettings::Key::KannelUrl), QStringLiteral("http://127.0.0.1:13013"));
    QVERIFY(password->text().isEmpty()); // taken away to the keychain (or this session)
    QFile file(m_connection->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pa55-not-on-disk"));
}

void TestSending::closingMidSendOffersToPause()
{
    // A campaign that is sending slowly, as a big one would be.
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::SendRate, QStringLiteral("0.1")));
    Campaign c;
    c.name = QStringLiteral("Long one");
    c.rule = QStringLiteral("{\"all\": []}");
    c.body = QStringLiteral("Hello!");
    CampaignStore store(m_connection->database());
    Result<qint64> id = store.create(c);
    QVERIFY(id);
    QVERIFY(CampaignStarter(m_connection->database()).start(id.value()));
    m_window->sending()->start();
    QVERIFY(m_window->sending()->isRunning());

    bool asked = false;
    onNextDialog([&asked](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        asked = true;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click(); // Pause and quit
        }
    });
    m_window->close();
    QVERIFY(asked);
    QVERIFY(!m_window->sending()->isRunning());
    QCOMPARE(store.get(id.value()).value().status, CampaignStatus::Paused);
}

QTEST_MAIN(TestSending)
#include "tst_sending.moc"
