#include "firstrunassistant.h"

#include "compliance/quiethours.h"
#include "contacts/phonenumbers.h"
#include "firstrunbusinesspage.h"
#include "firstrunreadypage.h"
#include "firstrunsendingpage.h"
#include "firstrunwelcomepage.h"
#include "gateways/gatewayfactory.h"
#include "gateways/keychainsecretstore.h"
#include "settings/settingspage.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QTimeZone>

using namespace textwell;
using Key = BusinessSettings::Key;

namespace {

// The message language that matches the app's language, the likeliest for the business's
// customers too.
QString messageLanguageOfApp()
{
    const QString language = QLocale().name().left(2);
    return BusinessSettings::messageLanguages().contains(language) ? language : QStringLiteral("en");
}

} // namespace

FirstRunAssistant::FirstRunAssistant(Connection* connection, QWidget* parent)
    : QWizard(parent), m_connection(connection), m_demoPath(defaultDemoPath())
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    // The look of the import wizard: a title and a plain-words subtitle on top of every page.
    setWizardStyle(QWizard::ModernStyle);
    // Cancel ("Set up later") stays on every page, the summary included.
    setOptions(QWizard::NoBackButtonOnStartPage);

    m_choices.language = QSettings().value(SettingsPage::languageKey()).toString();
    m_choices.country = PhoneNumbers::regionFromSystemLocale();
    m_choices.timeZone = suggestedTimeZone(m_choices.country);
    m_choices.messageLanguage = messageLanguageOfApp();
    m_choices.gateway = QStringLiteral("file");
    // Beside the database: found again with it, and not in a folder the person may not expect.
    m_choices.exportFile =
        QFileInfo(connection->path()).absoluteDir().filePath(QStringLiteral("Textwell outbox.csv"));
    m_choices.kannelUrl = BusinessSettings::defaultValue(Key::KannelUrl);

    createPages();
    retranslate();

    // Room for the explanations and for German labels without squeezing, on a small screen too.
    const int em = fontMetrics().averageCharWidth();
    const int line = fontMetrics().lineSpacing();
    setMinimumSize(em * 84, line * 32);
    QSize size(em * 118, line * 40);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size.expandedTo(minimumSize()));
}

FirstRunAssistant::~FirstRunAssistant() = default;

bool FirstRunAssistant::isNeeded(const QSqlDatabase& db)
{
    const BusinessSettings settings(db);
    if (settings.stored(setupCompletedName()) || !settings.value(Key::BusinessName).trimmed().isEmpty())
        return false;
    // Anyone in the book, a number excluded by hand, a campaign: the database is in use.
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM subscriber) OR EXISTS (SELECT 1 FROM suppression) "
                           "OR EXISTS (SELECT 1 FROM campaign)")) ||
        !q.next())
        return false; // a database that cannot be read is not a new one; the window says what is wrong
    return !q.value(0).toBool();
}

QString FirstRunAssistant::defaultDemoPath()
{
    return QFileInfo(Connection::defaultPath()).absoluteDir().filePath(QStringLiteral("demo.sqlite"));
}

QString FirstRunAssistant::suggestedTimeZone(const QString& country)
{
    const QVector<QTimeZone> zones = QuietHours::zonesOfRegion(country);
    const QByteArray system = QTimeZone::systemTimeZoneId();
    for (const QTimeZone& zone : zones) {
        if (zone.id() == system)
            return QString::fromUtf8(system);
    }
    // An older name of one of the country's zones ("Europe/Kiev") is this computer's too.
    const QTimeZone systemZone = QTimeZone::systemTimeZone();
    if (systemZone.isValid() && systemZone.territory() != QLocale::AnyTerritory &&
        systemZone.territory() == QLocale::codeToTerritory(country))
        return QString::fromUtf8(systemZone.id());
    return zones.isEmpty() ? QString::fromUtf8(systemZone.id()) : QString::fromUtf8(zones.first().id());
}

void FirstRunAssistant::setLanguageInstaller(std::function<void(const QString&)> install)
{
    m_installLanguage = std::move(install);
}

void FirstRunAssistant::setDemoDatabase(const QString& path, qint64 people)
{
    m_demoPath = path;
    m_demoPeople = people;
    if (auto* welcome = qobject_cast<FirstRunWelcomePage*>(page(WelcomePageId)))
        welcome->showDemoChoice();
}

void FirstRunAssistant::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secretStore = std::move(store);
}

void FirstRunAssistant::createPages()
{
    setPage(WelcomePageId, new FirstRunWelcomePage(this));
    setPage(BusinessPageId, new FirstRunBusinessPage(this));
    setPage(SendingPageId, new FirstRunSendingPage(this));
    setPage(ReadyPageId, new FirstRunReadyPage(this));
    setStartId(WelcomePageId);
}

void FirstRunAssistant::retranslate()
{
    setWindowTitle(tr("Welcome to Textwell"));
    setButtonText(QWizard::CancelButton, tr("Set up &later"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Store nothing now; this assistant comes back the next time Textwell starts."));
}

void FirstRunAssistant::changeLanguage(const QString& language)
{
    m_choices.language = language;
    QSettings().setValue(SettingsPage::languageKey(), language);
    if (m_installLanguage)
        m_installLanguage(language);
    if (!m_choices.messageLanguageChosen)
        m_choices.messageLanguage = BusinessSettings::messageLanguages().contains(language)
                                        ? language
                                        : messageLanguageOfApp(); // "as the system": as installed

    // Every page is made anew in the new language from the choices, which hold all that was typed.
    // The pages go later: the language combo that asked for this is still on the stack.
    const QList<int> ids = pageIds();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) { // the current (first) page last
        QWizardPage* old = page(*it);
        removePage(*it);
        old->hide();
        old->deleteLater();
    }
    createPages();
    retranslate();
    restart();
    // The keyboard stays where it was: on the language.
    if (auto* combo = currentPage()->findChild<QWidget*>(QStringLiteral("languageCombo")))
        combo->setFocus();
}

Status FirstRunAssistant::store(QString* secretProblem)
{
    const QSqlDatabase db = m_connection->database();
    BusinessSettings settings(db);
    Transaction tx(db); // everything or nothing
    if (!tx.isActive())
        return Status::failure(tx.error());
    QVector<std::pair<Key, QString>> values = {{Key::BusinessName, m_choices.businessName.trimmed()},
                                               {Key::DefaultCountry, m_choices.country},
                                               {Key::TimeZone, m_choices.timeZone},
                                               {Key::MessageLanguage, m_choices.messageLanguage},
                                               {Key::Gateway, m_choices.gateway}};
    // Only the chosen way of sending; the secret is not among them.
    if (m_choices.gateway == QLatin1String("file")) {
        values.append({Key::ExportFile, QDir::fromNativeSeparators(m_choices.exportFile.trimmed())});
    } else if (m_choices.gateway == QLatin1String("twilio")) {
        values.append({Key::TwilioAccountSid, m_choices.twilioSid.trimmed()});
        values.append({Key::TwilioFrom, m_choices.twilioFrom.trimmed()});
    } else if (m_choices.gateway == QLatin1String("kannel")) {
        values.append({Key::KannelUrl, m_choices.kannelUrl.trimmed()});
        values.append({Key::KannelUsername, m_choices.kannelUser.trimmed()});
        if (!m_choices.kannelFrom.trimmed().isEmpty())
            values.append({Key::KannelFrom, m_choices.kannelFrom.trimmed()});
    }
    for (const auto& [key, value] : std::as_const(values)) {
        if (Status saved = settings.setValue(key, value); !saved)
            return saved;
    }
    if (Status marked =
            settings.store(setupCompletedName(), Timestamps::toDb(Clock::currentUtc()).toString());
        !marked)
        return marked;
    if (Status committed = tx.commit(); !committed)
        return committed;
    m_stored = true;

    // As Settings does it: the secret only ever goes to the keychain, under the key the gateway
    // reads it from.
    const QString secret = m_choices.gateway == QLatin1String("twilio")   ? m_choices.twilioToken
                           : m_choices.gateway == QLatin1String("kannel") ? m_choices.kannelPassword
                                                                          : QString();
    m_sessionSecret.clear();
    if (!secret.isEmpty()) {
        if (!m_secretStore)
            m_secretStore = std::make_unique<KeychainSecretStore>();
        if (Status kept = m_secretStore->write(GatewayFactory::secretKey(settings), secret); !kept) {
            m_sessionSecret = secret;
            if (secretProblem)
                *secretProblem = tr("%1 The %2 is used until Textwell closes and asked for again next time.")
                                     .arg(kept.error(), GatewayFactory::secretLabel(settings));
        }
    }
    return {};
}

FirstRunAssistant::Outcome FirstRunAssistant::outcome() const
{
    // Stored is stored, even when the assistant was closed after a keychain problem.
    if (m_stored)
        return Outcome::SetUp;
    return result() == QDialog::Accepted && m_choices.demo ? Outcome::Demo : Outcome::Later;
}

void FirstRunAssistant::openDemo()
{
    accept(); // the welcome page lets it through now that the demo is there
}
