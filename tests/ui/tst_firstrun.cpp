// The first-run assistant as a shop owner goes through it, offscreen: when it shows, what Finish
// stores (and that the gateway's secret never reaches the database file), Next waiting for what
// cannot work, the demo database made on a worker (and a cancelled one leaving nothing behind), a
// change of language making the assistant anew without losing what was typed, and the time zone in
// Settings → Business.

#include "contacts/addressbook.h"
#include "demo/demodata.h"
#include "firstrun/demodatabasejob.h"
#include "firstrun/firstrunassistant.h"
#include "gateways/secretstore.h"
#include "settings/settingspage.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/timezonecombo.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace textwell;
using Key = BusinessSettings::Key;

namespace {

const QString validSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString token = QStringLiteral("tok-7f3a9c2e51d84b06a1c9e7f2d3b4a5c6");

// A keychain in memory: what the assistant hands over, and under which key.
class MemorySecretStore : public SecretStore
{
public:
    explicit MemorySecretStore(QMap<QString, QString>* secrets) : m_secrets(secrets) {}

protected:
    Result<QString> readSecret(const QString& key, SecretError& why) override
    {
        if (!m_secrets->contains(key)) {
            why = SecretError::NotFound;
            return Result<QString>::failure(QStringLiteral("not found"));
        }
        return m_secrets->value(key);
    }
    Status writeSecret(const QString& key, const QString& secret, SecretError&) override
    {
        m_secrets->insert(key, secret);
        return {};
    }
    Status removeSecret(const QString& key, SecretError&) override
    {
        m_secrets->remove(key);
        return {};
    }

private:
    QMap<QString, QString>* m_secrets;
};

// Russian for two of the assistant's texts: enough to see that the pages are made anew in the
// language installed (the shipped translations are filled in separately).
class RussianForTest : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString key = QLatin1String(context) + QLatin1Char('|') + QLatin1String(sourceText);
        if (key == QLatin1String("FirstRunBusinessPage|Your business"))
            return QStringLiteral("Ваш бизнес");
        if (key == QLatin1String("FirstRunAssistant|Welcome to Textwell"))
            return QStringLiteral("Добро пожаловать в Textwell");
        return QString();
    }
};

// The user picks an entry of a combo box (activated is what a click emits).
void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QStringList storedKeys(const QSqlDatabase& db)
{
    QStringList keys;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key FROM setting ORDER BY key"))) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    return keys;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void neededOnlyOnANewDatabase();
    void finishingStoresTheChoicesAndKeepsTheSecretOutOfTheDatabase();
    void setUpLaterStoresNothing();
    void nextWaitsForWhatCanWork();
    void keychainProblemKeepsTheSecretForThisSession();
    void demoChoiceMakesADemoDatabase();
    void cancelledDemoLeavesNothingBehind();
    void changingTheLanguageMakesTheAssistantAnew();
    void settingsKeepTheTimeZone();

private:
    std::unique_ptr<FirstRunAssistant> makeAssistant();
    template<class T> T* find(const QString& name) const
    {
        T* widget = m_assistant->findChild<T*>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    void fillBusinessPage(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<FirstRunAssistant> m_assistant;
    QMap<QString, QString> m_keychain;
    QStringList m_installed; // languages the assistant asked for
};

void TestFirstRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never the desk's real keychain, nor its settings.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/textwell-test");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestFirstRun::init()
{
    QSettings().clear();
    m_keychain.clear();
    m_installed.clear();
    const QString name = QLatin1String(QTest::currentTestFunction());
    auto opened =
        Connection::open(m_dir.filePath(name + QStringLiteral(".sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
}

void TestFirstRun::cleanup()
{
    m_assistant.reset();
    m_connection.reset();
    for (QTranslator* translator : qApp->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

std::unique_ptr<FirstRunAssistant> TestFirstRun::makeAssistant()
{
    auto assistant = std::make_unique<FirstRunAssistant>(m_connection.get());
    assistant->setSecretStore(std::make_unique<MemorySecretStore>(&m_keychain));
    assistant->setDemoDatabase(
        m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral("-demo.sqlite")), 40);
    assistant->setLanguageInstaller([this](const QString& language) {
        m_installed.append(language);
        if (language == QLatin1String("ru")) {
            auto* russian = new RussianForTest(qApp);
            QCoreApplication::installTranslator(russian);
        }
    });
    return assistant;
}

void TestFirstRun::fillBusinessPage(const QString& name)
{
    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::BusinessPageId));
    auto* nameEdit = find<QLineEdit>(QStringLiteral("businessNameEdit"));
    QVERIFY(nameEdit);
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    choose(find<QComboBox>(QStringLiteral("countryCombo")), QStringLiteral("DE"));
}

void TestFirstRun::neededOnlyOnANewDatabase()
{
    const QSqlDatabase db = m_connection->database();
    QVERIFY(FirstRunAssistant::isNeeded(db));

    // A business name alone: a database in use (set up by hand or by the CLI).
    BusinessSettings settings(db);
    QVERIFY(settings.setValue(Key::BusinessName, QStringLiteral("Salon Anna")).ok());
    QVERIFY(!FirstRunAssistant::isNeeded(db));
    QVERIFY(settings.setValue(Key::BusinessName, QString()).ok());
    QVERIFY(FirstRunAssistant::isNeeded(db));

    // People in the book, as in a database made by `textwell-cli demo` or an import.
    Subscriber anna;
    anna.phone = QStringLiteral("+4915112345678");
    anna.firstName = QStringLiteral("Anna");
    auto added = AddressBook(db, QStringLiteral("DE"), QStringLiteral("test")).add(anna);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(!FirstRunAssistant::isNeeded(db));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM subscriber")));
    QVERIFY(FirstRunAssistant::isNeeded(db));

    // Set up once, it never shows again, whatever is deleted later.
    QVERIFY(
        settings.store(FirstRunAssistant::setupCompletedName(), QStringLiteral("2026-06-10T12:00:00.000Z"))
            .ok());
    QVERIFY(!FirstRunAssistant::isNeeded(db));

    // The demo of `textwell-cli demo`.
    auto demo = Connection::open(m_dir.filePath(QStringLiteral("cli-demo.sqlite")),
                                 Connection::Mode::CreateIfMissing);
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    QVERIFY(FirstRunAssistant::isNeeded(demo.value()->database()));
    auto generated = DemoData::generate(demo.value()->database(), 20);
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QVERIFY(!FirstRunAssistant::isNeeded(demo.value()->database()));
}

void TestFirstRun::finishingStoresTheChoicesAndKeepsTheSecretOutOfTheDatabase()
{
    const QSqlDatabase db = m_connection->database();
    const QStringList before = storedKeys(db);
    m_assistant = makeAssistant();
    m_assistant->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_assistant.get()));

    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::WelcomePageId));
    QVERIFY(find<QRadioButton>(QStringLiteral("setUpRadio"))->isChecked());
    m_assistant->next();
    fillBusinessPage(QStringLiteral("Salon Anna"));
    // The zone follows the country until one is chosen by hand; then it is the one chosen.
    auto* zones = find<QComboBox>(QStringLiteral("timeZoneCombo"));
    QCOMPARE(zones->currentData().toString(), FirstRunAssistant::suggestedTimeZone(QStringLiteral("DE")));
    QCOMPARE(zones->itemData(0).toString(), QStringLiteral("Europe/Berlin")); // the country's zones first
    choose(zones, QStringLiteral("Europe/Busingen"));
    choose(find<QComboBox>(QStringLiteral("messageLanguageCombo")), QStringLiteral("de"));
    QVERIFY(m_assistant->button(QWizard::NextButton)->isEnabled());
    m_assistant->next();

    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::SendingPageId));
    find<QRadioButton>(QStringLiteral("twilioGatewayRadio"))->click();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("twilioSidEdit")), validSid);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("twilioTokenEdit")), token);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("twilioFromEdit")), QStringLiteral("+4915112345678"));
    QVERIFY(m_assistant->button(QWizard::NextButton)->isEnabled());
    m_assistant->next();

    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::ReadyPageId));
    QCOMPARE(find<QLabel>(QStringLiteral("summaryName"))->text(), QStringLiteral("Salon Anna"));
    QVERIFY(find<QLabel>(QStringLiteral("summaryTimeZone"))->text().startsWith(QStringLiteral("Busingen")));
    QVERIFY(FirstRunAssistant::isNeeded(db)); // nothing stored before Finish
    m_assistant->button(QWizard::FinishButton)->click();
    QCOMPARE(m_assistant->result(), int(QDialog::Accepted));
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::SetUp);
    QVERIFY(m_assistant->sessionSecret().isEmpty());

    // Exactly these (a new database holds its default country from the start), and nothing of the
    // other gateways.
    QCOMPARE(before, QStringList{QStringLiteral("default_country")});
    QCOMPARE(storedKeys(db),
             QStringList({QStringLiteral("business_name"), QStringLiteral("default_country"),
                          QStringLiteral("gateway"), QStringLiteral("message_language"),
                          QStringLiteral("setup_completed"), QStringLiteral("time_zone"),
                          QStringLiteral("twilio_account_sid"), QStringLiteral("twilio_from")}));
    const BusinessSettings settings(db);
    QCOMPARE(settings.value(Key::BusinessName), QStringLiteral("Salon Anna"));
    QCOMPARE(settings.value(Key::DefaultCountry), QStringLiteral("DE"));
    QCOMPARE(settings.value(Key::TimeZone), QStringLiteral("Europe/Busingen"));
    QCOMPARE(settings.value(Key::MessageLanguage), QStringLiteral("de"));
    QCOMPARE(settings.value(Key::Gateway), QStringLiteral("twilio"));
    QCOMPARE(settings.value(Key::TwilioAccountSid), validSid);
    QCOMPARE(settings.value(Key::TwilioFrom), QStringLiteral("+4915112345678"));
    QVERIFY(settings.stored(FirstRunAssistant::setupCompletedName()).has_value());
    QVERIFY(!FirstRunAssistant::isNeeded(db));

    // The token went to the keychain, under the key the gateway reads it from ...
    QCOMPARE(m_keychain, (QMap<QString, QString>{{QStringLiteral("twilio/") + validSid, token}}));
    // ... and is nowhere in the database's files, the write-ahead log included.
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile file(m_connection->path() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(
        bytes.contains(QByteArrayLiteral("Salon Anna"))); // the settings are there as typed: so would it be
    QVERIFY(!bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains(QByteArray(reinterpret_cast<const char*>(token.utf16()), token.size() * 2)));
}

void TestFirstRun::setUpLaterStoresNothing()
{
    const QSqlDatabase db = m_connection->database();
    const QStringList before = storedKeys(db);
    m_assistant = makeAssistant();
    m_assistant->show();
    m_assistant->next();
    fillBusinessPage(QStringLiteral("Salon Anna"));
    m_assistant->next();
    QCOMPARE(m_assistant->button(QWizard::CancelButton)->text(), QStringLiteral("Set up &later"));
    m_assistant->button(QWizard::CancelButton)->click();
    QCOMPARE(m_assistant->result(), int(QDialog::Rejected));
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::Later);
    QCOMPARE(storedKeys(db), before);
    QVERIFY(FirstRunAssistant::isNeeded(db)); // it comes back at the next start
    QVERIFY(m_keychain.isEmpty());
}

void TestFirstRun::nextWaitsForWhatCanWork()
{
    m_assistant = makeAssistant();
    m_assistant->show();
    m_assistant->next();
    QAbstractButton* next = m_assistant->button(QWizard::NextButton);

    // No name: Next waits; once typed and taken away again, the page says why.
    auto* name = find<QLineEdit>(QStringLiteral("businessNameEdit"));
    auto* nameProblem = find<QLabel>(QStringLiteral("businessNameProblem"));
    QVERIFY(!next->isEnabled());
    QVERIFY(nameProblem->isHidden()); // an empty field is not yet a mistake
    QTest::keyClicks(name, QStringLiteral("S"));
    QVERIFY(next->isEnabled());
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!next->isEnabled());
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(nameProblem->text(),
             QStringLiteral("Type the name of your business, as your customers know it."));
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!next->isEnabled()); // spaces are no name
    QTest::keyClicks(name, QStringLiteral("Salon Anna"));
    QVERIFY(next->isEnabled());
    QVERIFY(nameProblem->isHidden());
    QCOMPARE(name->maxLength(), BusinessSettings::MaxBusinessNameLength);
    m_assistant->next();

    // The file needs a name; Twilio needs its SID as Twilio writes it, the token and a sender.
    QVERIFY(next->isEnabled()); // the default file beside the database
    auto* file = find<QLineEdit>(QStringLiteral("exportFileEdit"));
    QCOMPARE(
        file->text(),
        QDir::toNativeSeparators(
            QFileInfo(m_connection->path()).absoluteDir().filePath(QStringLiteral("Textwell outbox.csv"))));
    file->clear();
    QVERIFY(!next->isEnabled());
    find<QRadioButton>(QStringLiteral("twilioGatewayRadio"))->click();
    QVERIFY(!next->isEnabled());
    auto* sid = find<QLineEdit>(QStringLiteral("twilioSidEdit"));
    auto* sidProblem = find<QLabel>(QStringLiteral("twilioSidEditProblem"));
    QTest::keyClicks(sid, QStringLiteral("AC123"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("twilioTokenEdit")), token);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("twilioFromEdit")), QStringLiteral("ANNASALON"));
    QVERIFY(!next->isEnabled());
    QVERIFY(sidProblem->isVisible());
    QCOMPARE(sidProblem->text(),
             BusinessSettings::valueProblem(Key::TwilioAccountSid, QStringLiteral("AC123")));
    QVERIFY(sidProblem->text().contains(QStringLiteral("32 characters")));
    sid->clear();
    QTest::keyClicks(sid, validSid);
    QVERIFY(sidProblem->isHidden());
    QVERIFY(next->isEnabled());
    // A sender that is neither a number nor a sender ID.
    auto* from = find<QLineEdit>(QStringLiteral("twilioFromEdit"));
    from->clear();
    QTest::keyClicks(from, QStringLiteral("ANNA'S SALON!"));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("twilioFromEditProblem"))->isVisible());

    // Kannel: an address that is not one.
    find<QRadioButton>(QStringLiteral("kannelGatewayRadio"))->click();
    QVERIFY(!next->isEnabled());
    auto* url = find<QLineEdit>(QStringLiteral("kannelUrlEdit"));
    QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:13013"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("kannelUserEdit")), QStringLiteral("textwell"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("kannelPasswordEdit")), QStringLiteral("pw"));
    QVERIFY(next->isEnabled()); // the sender is optional
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ftp://kannel"));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<QLabel>(QStringLiteral("kannelUrlEditProblem"))->isVisible());
}

void TestFirstRun::keychainProblemKeepsTheSecretForThisSession()
{
    m_assistant = std::make_unique<FirstRunAssistant>(m_connection.get()); // the real keychain: none here
    m_assistant->show();
    m_assistant->next();
    fillBusinessPage(QStringLiteral("Salon Anna"));
    m_assistant->next();
    find<QRadioButton>(QStringLiteral("kannelGatewayRadio"))->click();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("kannelUserEdit")), QStringLiteral("textwell"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("kannelPasswordEdit")), token);
    m_assistant->next();
    m_assistant->button(QWizard::FinishButton)->click();
    // Stored, but the assistant stays to say that the password is asked for again next time.
    QVERIFY(m_assistant->isVisible());
    auto* banner = find<QWidget>(QStringLiteral("readyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(!FirstRunAssistant::isNeeded(m_connection->database()));
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::SetUp);
    QCOMPARE(m_assistant->sessionSecret(), token);
    QCOMPARE(BusinessSettings(m_connection->database()).value(Key::KannelUsername),
             QStringLiteral("textwell"));
    m_assistant->button(QWizard::FinishButton)->click();
    QCOMPARE(m_assistant->result(), int(QDialog::Accepted));
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::SetUp);
}

void TestFirstRun::demoChoiceMakesADemoDatabase()
{
    m_assistant = makeAssistant();
    m_assistant->show();
    const QString demo = m_assistant->demoPath();
    QVERIFY(!QFile::exists(demo));
    auto* demoRadio = find<QRadioButton>(QStringLiteral("demoRadio"));
    QVERIFY(demoRadio->text().startsWith(QStringLiteral("E&xplore a demo database first")));
    demoRadio->click();
    // The demo is the end of the assistant: Finish ("Open the demo") instead of Next.
    QVERIFY(m_assistant->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_assistant->button(QWizard::NextButton)->isVisible());
    QCOMPARE(m_assistant->button(QWizard::FinishButton)->text(), QStringLiteral("&Open the demo"));
    m_assistant->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_assistant->result(), int(QDialog::Accepted), 60000);
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::Demo);

    auto opened = Connection::open(demo, Connection::Mode::MustExist);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery q(opened.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM subscriber")) && q.next());
    QCOMPARE(q.value(0).toInt(), 40);
    QVERIFY(!FirstRunAssistant::isNeeded(opened.value()->database()));
    // The person's own database stays as it was: the assistant comes back next time.
    QVERIFY(FirstRunAssistant::isNeeded(m_connection->database()));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part*")}), QStringList());

    // The next time, the demo is there to open again, without waiting.
    m_assistant = makeAssistant();
    m_assistant->show();
    demoRadio = find<QRadioButton>(QStringLiteral("demoRadio"));
    QCOMPARE(demoRadio->text(), QStringLiteral("Open the demo database &again"));
    demoRadio->click();
    m_assistant->button(QWizard::FinishButton)->click();
    QCOMPARE(m_assistant->result(), int(QDialog::Accepted));
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::Demo);
}

void TestFirstRun::cancelledDemoLeavesNothingBehind()
{
    m_assistant = makeAssistant();
    m_assistant->show();
    find<QRadioButton>(QStringLiteral("demoRadio"))->click();
    m_assistant->button(QWizard::FinishButton)->click();
    auto* progress = m_assistant->findChild<QProgressDialog*>(QStringLiteral("demoProgress"));
    QVERIFY(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    // Back in the assistant at once; the worker ends on its own and takes its file away.
    QVERIFY(m_assistant->isVisible());
    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::WelcomePageId));
    QTRY_VERIFY_WITH_TIMEOUT(m_assistant->findChildren<DemoDatabaseJob*>().isEmpty(), 60000);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part*")}), QStringList());
    QVERIFY(!QFile::exists(m_assistant->demoPath()));
    QVERIFY(m_assistant->isVisible());
    QCOMPARE(m_assistant->outcome(), FirstRunAssistant::Outcome::Later);
}

void TestFirstRun::changingTheLanguageMakesTheAssistantAnew()
{
    m_assistant = makeAssistant();
    m_assistant->show();
    m_assistant->next();
    fillBusinessPage(QStringLiteral("Salon Anna"));
    m_assistant->back();
    QCOMPARE(m_assistant->windowTitle(), QStringLiteral("Welcome to Textwell"));
    QCOMPARE(m_assistant->page(FirstRunAssistant::BusinessPageId)->title(), QStringLiteral("Your business"));

    choose(find<QComboBox>(QStringLiteral("languageCombo")), QStringLiteral("ru"));
    QCOMPARE(m_installed, QStringList{QStringLiteral("ru")});
    QCOMPARE(QSettings().value(SettingsPage::languageKey()).toString(), QStringLiteral("ru"));
    QCOMPARE(m_assistant->page(FirstRunAssistant::BusinessPageId)->title(), QStringLiteral("Ваш бизнес"));
    QCOMPARE(m_assistant->windowTitle(), QStringLiteral("Добро пожаловать в Textwell"));
    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::WelcomePageId));
    QCOMPARE(find<QComboBox>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("ru"));

    // What was typed is still there, in the new pages.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old pages go
    m_assistant->next();
    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::BusinessPageId));
    QCOMPARE(find<QLineEdit>(QStringLiteral("businessNameEdit"))->text(), QStringLiteral("Salon Anna"));
    QCOMPARE(find<QComboBox>(QStringLiteral("countryCombo"))->currentData().toString(), QStringLiteral("DE"));
    // The message language was not chosen by hand: it follows the new language.
    QCOMPARE(find<QComboBox>(QStringLiteral("messageLanguageCombo"))->currentData().toString(),
             QStringLiteral("ru"));
    QVERIFY(m_assistant->button(QWizard::NextButton)->isEnabled());
}

void TestFirstRun::settingsKeepTheTimeZone()
{
    BusinessSettings settings(m_connection->database());
    QVERIFY(settings.setValue(Key::DefaultCountry, QStringLiteral("JP")).ok());
    QVERIFY(settings.setValue(Key::TimeZone, QStringLiteral("Asia/Tokyo")).ok());
    SettingsPage page(m_connection.get());
    auto* zones = page.findChild<TimeZoneCombo*>(QStringLiteral("timeZoneCombo"));
    QVERIFY(zones);
    QCOMPARE(zones->zoneId(), QStringLiteral("Asia/Tokyo"));
    // "This computer's time zone" first, then Japan's own.
    QCOMPARE(zones->itemData(0).toString(), QString());
    QCOMPARE(zones->itemData(1).toString(), QStringLiteral("Asia/Tokyo"));

    choose(zones, QStringLiteral("Europe/Berlin"));
    page.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();
    QCOMPARE(settings.value(Key::TimeZone), QStringLiteral("Europe/Berlin"));
    QCOMPARE(settings.quietHours().businessZone(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    choose(zones, QString());
    page.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->click();
    QCOMPARE(settings.value(Key::TimeZone), QString());
    QCOMPARE(settings.quietHours().businessZone(), QTimeZone::systemTimeZone());
    QTest::qWait(500); // Save starts the cap's bookkeeping on a thread: let it end before the file goes
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
