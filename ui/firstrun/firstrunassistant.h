#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QWizard>

#include <functional>
#include <memory>

namespace textwell {
class Connection;
class SecretStore;
} // namespace textwell

// The first start on a database that was never set up (issue 9): the language of this desk, a
// demo database to look around in or the business's own setup (name, country, time zone, message
// language, how messages leave), and a summary; Finish stores it all in one transaction and marks
// the database as set up.
//
// "Set up later" (the Cancel button, Escape, closing the window) stores nothing: the main window
// opens on the database as it is and the assistant comes back at the next start, because a half
// set-up business (a name but no way of sending, say) would never be asked again. What was typed
// stays while the assistant is open, across Back, Next and a change of language.
class FirstRunAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        BusinessPageId,
        SendingPageId,
        ReadyPageId,
    };
    enum class Outcome
    {
        Later, // nothing stored
        SetUp, // the business is set up
        Demo,  // the demo database at demoPath() is ready to open
    };

    // What the person chose so far; the pages read it when they are made and write every change,
    // so that nothing is lost when they are made anew in another language.
    struct Choices
    {
        QString language; // this desk's: "" (as the system), "en", "ru", "de"
        bool demo = false;
        QString businessName;
        QString country;             // "DE"
        QString timeZone;            // "Europe/Berlin"
        bool timeZoneChosen = false; // by hand: a new country does not replace it
        QString messageLanguage;
        bool messageLanguageChosen = false; // by hand: a new app language does not replace it
        QString gateway;                    // "file", "twilio", "kannel"
        QString exportFile;
        QString twilioSid;
        QString twilioToken;
        QString twilioFrom;
        QString kannelUrl;
        QString kannelUser;
        QString kannelPassword;
        QString kannelFrom;
    };

    static constexpr qint64 DemoPeople = 5000;

    // connection: the database being started on (the UI thread's).
    explicit FirstRunAssistant(textwell::Connection* connection, QWidget* parent = nullptr);
    ~FirstRunAssistant() override;

    // Whether to show the assistant before the main window: the database was never set up here,
    // has no business name and nobody in it (a database made by `textwell-cli demo`, or one already
    // in use, never shows it).
    static bool isNeeded(const QSqlDatabase& db);
    // The setting that marks a database as set up (its value: when).
    static QString setupCompletedName() { return QStringLiteral("setup_completed"); }
    // Where the demo database lives: beside the default database, where scripts/run.sh makes it.
    static QString defaultDemoPath();
    // The zone to suggest for a country: this computer's when it is one of the country's, else the
    // zone where most of the country lives.
    static QString suggestedTimeZone(const QString& country);

    // Installs a language for the whole app ("" for the system's); without one a change of language
    // is only saved for the next start.
    void setLanguageInstaller(std::function<void(const QString&)> install);
    // Where the demo is and how many people a new one gets (tests make small ones).
    void setDemoDatabase(const QString& path, qint64 people);
    // Where the gateway's secret goes; the OS keychain unless a test gives another.
    void setSecretStore(std::unique_ptr<textwell::SecretStore> store);

    textwell::Connection* connection() const { return m_connection; }
    Choices& choices() { return m_choices; }
    const Choices& choices() const { return m_choices; }
    QString demoPath() const { return m_demoPath; }
    qint64 demoPeople() const { return m_demoPeople; }
    Outcome outcome() const;
    // A secret the keychain could not keep, for this session's sending; empty when none.
    QString sessionSecret() const { return m_sessionSecret; }

    // The desk's language: saved at once, installed, and the pages made anew in it.
    void changeLanguage(const QString& language);
    // Stores the choices in one transaction and marks the database as set up, then hands the
    // secret to the keychain. A failure of the database leaves everything as it was; a keychain
    // that cannot keep the secret is not a failure: *secretProblem says so and the secret is kept
    // for this session.
    textwell::Status store(QString* secretProblem);
    // Closes with Outcome::Demo once the demo database is at demoPath().
    void openDemo();

private:
    void createPages();
    void retranslate();

    textwell::Connection* m_connection;
    Choices m_choices;
    std::function<void(const QString&)> m_installLanguage;
    std::unique_ptr<textwell::SecretStore> m_secretStore;
    QString m_demoPath;
    qint64 m_demoPeople = DemoPeople;
    bool m_stored = false;
    QString m_sessionSecret;
};
