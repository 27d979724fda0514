#include "clicommands.h"
#include "reportcommands.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // A PDF report lays out its text in fonts, which takes a QGuiApplication; the command line
    // never shows a window, so it runs on the offscreen platform, display or not.
    std::unique_ptr<QCoreApplication> app;
    if (ReportCommands::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Outside a desktop session (cron, ssh, a service) the GUI library warns that it has no
        // runtime folder; the command line needs none, and its stderr is for its own messages.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                previous(type, context, message);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Textwell"));
    QCoreApplication::setApplicationName(QStringLiteral("Textwell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTWELL_VERSION));
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Textwell on the command line: the address book, consent, segments, campaigns and sending."));
    parser.addHelpOption();
    parser.addVersionOption();
    CliCommands::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        fprintf(stderr, "textwell-cli: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    return CliCommands(parser).run(parser.positionalArguments());
}
