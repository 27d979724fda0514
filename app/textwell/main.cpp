#include "appicon.h"
#include "campaigns/sendingservice.h"
#include "firstrun/firstrunassistant.h"
#include "mainwindow.h"
#include "settings/settingspage.h"
#include "storage/connection.h"
#include "translations.h"

#include "widgets/appearance.h"
#include "widgets/messageboxes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Textwell"));
    QApplication::setApplicationName(QStringLiteral("Textwell"));
    QApplication::setApplicationDisplayName(QStringLiteral("Textwell"));
    QApplication::setApplicationVersion(QStringLiteral(TEXTWELL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.textwell.Textwell"));
    QApplication::setWindowIcon(applicationIcon());

    // The language comes first, so that --help and every message are in it: the --language
    // option if given (read ahead of the full parse), else this desk's setting, else the system's.
    const QStringList arguments = QApplication::arguments();
    const qsizetype languageAt = arguments.indexOf(QStringLiteral("--language"));
    Translations::install(languageAt > 0 ? arguments.value(languageAt + 1)
                                         : QSettings().value(SettingsPage::languageKey()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "SMS campaigns that respect the customer's choice."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Open this database file."),
                                            QApplication::translate("main", "path"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Language: en, ru or de."),
                                            QApplication::translate("main", "code"));
    const QCommandLineOption appearanceOption(
        QStringLiteral("appearance"),
        QApplication::translate("main", "Appearance for this run only: system, light or dark."),
        QApplication::translate("main", "mode"));
    parser.addOptions({databaseOption, languageOption, appearanceOption});
    parser.process(app);

    // Before any window, so that none is drawn twice: the option for this run, else this desk's choice.
    std::optional<Appearance::Mode> appearance = Appearance::saved();
    if (parser.isSet(appearanceOption)) {
        appearance = Appearance::fromCode(parser.value(appearanceOption));
        if (!appearance) {
            const QString message = QApplication::translate("main", "Unknown appearance “%1”: use system, "
                                                                    "light or dark.")
                                        .arg(parser.value(appearanceOption));
            std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
            return 2;
        }
    }
    Appearance::apply(*appearance);

    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : textwell::Connection::defaultPath();
    // A path given by hand that leads nowhere is more often a typo than a wish for a new database.
    if (parser.isSet(databaseOption) && !QFileInfo::exists(path) &&
        !MessageBoxes::confirm(nullptr, QApplication::translate("main", "Textwell"),
                               QApplication::translate("main", "There is no database at “%1”. Create a new, "
                                                               "empty one there?")
                                   .arg(QDir::toNativeSeparators(path)),
                               QApplication::translate("main", "Create")))
        return 1;
    auto opened = textwell::Connection::open(path, textwell::Connection::Mode::CreateIfMissing);
    if (!opened) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Textwell"),
                        QApplication::translate("main", "Textwell cannot open its database."),
                        QMessageBox::Close);
        box.setInformativeText(opened.error().toHtmlEscaped()); // informative text may be read as rich text
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    // A database never set up starts with the assistant; it may send the person to the demo instead.
    std::unique_ptr<textwell::Connection> connection = opened.takeValue();
    bool demo = false;
    QString sessionSecret;
    if (FirstRunAssistant::isNeeded(connection->database())) {
        FirstRunAssistant assistant(connection.get());
        // A new language replaces the one installed, for the assistant and the window after it.
        assistant.setLanguageInstaller([](const QString& language) { Translations::install(language); });
        assistant.exec();
        sessionSecret = assistant.sessionSecret();
        if (assistant.outcome() == FirstRunAssistant::Outcome::Demo) {
            auto demoOpened =
                textwell::Connection::open(assistant.demoPath(), textwell::Connection::Mode::MustExist);
            if (demoOpened) {
                connection = demoOpened.takeValue();
                demo = true;
            } else {
                // The person's own database, still not set up, rather than nothing.
                QMessageBox box(QMessageBox::Warning, QApplication::translate("main", "Textwell"),
                                QApplication::translate("main", "The demo database cannot be opened."),
                                QMessageBox::Close);
                box.setInformativeText(demoOpened.error().toHtmlEscaped());
                box.exec();
            }
        }
    }
    MainWindow window(connection.get());
    if (demo)
        window.setWindowTitle(QApplication::translate("main", "Demo database (made-up people)"));
    if (!sessionSecret.isEmpty())
        window.sending()->setSessionSecret(sessionSecret);
    window.show();
    // After showing: sending may ask for the gateway's password.
    QTimer::singleShot(0, &window, &MainWindow::startSending);
    return QApplication::exec();
}
