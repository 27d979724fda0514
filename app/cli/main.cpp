#include "clicommands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
