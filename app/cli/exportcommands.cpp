#include "exportcommands.h"

#include "clicommands.h"
#include "cliprogress.h"
#include "exporting/addressbookexport.h"
#include "exporting/exportfiles.h"
#include "exporting/suppressionexport.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"

#include <QDir>
#include <QJsonObject>

#include <optional>

using namespace textwell;

void ExportCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("out"), tr("export, report: the file to write."), tr("file")},
        {QStringLiteral("format"),
         tr("export: csv or xlsx; report: csv, xlsx or pdf (default: from the --out file's extension)."),
         tr("format")},
        {QStringLiteral("delimiter"),
         tr("export: the CSV delimiter: , ; or tab (default ,); import: , ; tab or | (default: detected)."),
         tr("char")},
        {QStringLiteral("bom"), tr("export: start the CSV with a UTF-8 byte order mark, for Excel.")},
    });
}

ExportCommands::ExportCommands(CliCommands& cli, const QCommandLineParser& parser, Connection& connection)
    : m_cli(cli), m_parser(parser), m_connection(connection), m_out(stdout)
{}

Result<ExportOptions> ExportCommands::options() const
{
    using R = Result<ExportOptions>;
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return R::failure(tr("export needs --out FILE."));
    ExportOptions options;
    options.format = ExportOptions::formatForPath(out);
    if (m_parser.isSet(QStringLiteral("format"))) {
        const auto format = ExportOptions::formatFromCode(m_parser.value(QStringLiteral("format")));
        if (!format)
            return R::failure(tr("--format takes csv or xlsx."));
        options.format = *format;
    }
    const bool csvOptions =
        m_parser.isSet(QStringLiteral("delimiter")) || m_parser.isSet(QStringLiteral("bom"));
    if (options.format == ExportFormat::Xlsx && csvOptions)
        return R::failure(tr("--delimiter and --bom are for CSV files only."));
    if (m_parser.isSet(QStringLiteral("delimiter"))) {
        const auto delimiter = ExportOptions::delimiterFromName(m_parser.value(QStringLiteral("delimiter")));
        if (!delimiter)
            return R::failure(tr("--delimiter takes , ; or tab."));
        options.delimiter = *delimiter;
    } else if (out.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)) {
        options.delimiter = QLatin1Char('\t');
    }
    options.byteOrderMark = m_parser.isSet(QStringLiteral("bom"));
    return options;
}

int ExportCommands::exportAddressBook(const QStringList& args)
{
    if (!args.isEmpty())
        return m_cli.usage(tr("export takes no arguments besides its options; see --help."));
    Result<ExportOptions> options = this->options();
    if (!options)
        return m_cli.usage(options.error());
    const bool bySegment =
        m_parser.isSet(QStringLiteral("segment")) || m_parser.isSet(QStringLiteral("rule"));
    const bool byFilter =
        m_parser.isSet(QStringLiteral("status")) || m_parser.isSet(QStringLiteral("search"));
    if (m_parser.isSet(QStringLiteral("segment")) && m_parser.isSet(QStringLiteral("rule")))
        return m_cli.usage(tr("give either --segment NAME or --rule JSON, not both."));
    if (bySegment && byFilter)
        return m_cli.usage(tr("export takes either a segment (--segment, --rule) or a filter (--status, "
                              "--search), not both."));

    const QSqlDatabase db = m_connection.database();
    std::optional<AddressBookExport> exporter;
    if (m_parser.isSet(QStringLiteral("segment"))) {
        Result<SavedSegment> saved = SegmentStore(db).find(m_parser.value(QStringLiteral("segment")));
        if (!saved)
            return m_cli.fail(saved.error());
        Result<SegmentRule> rule = saved.value().rule();
        if (!rule)
            return m_cli.fail(rule.error());
        exporter = AddressBookExport::matching(db, rule.value());
    } else if (m_parser.isSet(QStringLiteral("rule"))) {
        Result<SegmentRule> rule = SegmentRule::fromJsonText(m_parser.value(QStringLiteral("rule")));
        if (!rule)
            return m_cli.fail(rule.error());
        exporter = AddressBookExport::matching(db, rule.value());
    } else {
        SubscriberFilter filter;
        filter.search = m_parser.value(QStringLiteral("search"));
        filter.region = m_parser.isSet(QStringLiteral("country"))
                            ? m_parser.value(QStringLiteral("country")).toUpper()
                            : BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry);
        if (m_parser.isSet(QStringLiteral("status"))) {
            filter.status = SubscriberStatuses::fromCode(m_parser.value(QStringLiteral("status")));
            if (!filter.status)
                return m_cli.usage(tr("--status takes subscribed, no_consent, unsubscribed or excluded."));
        }
        exporter = AddressBookExport::filtered(db, filter);
    }
    Result<ExportSummary> summary = Result<ExportSummary>::failure(QString());
    {
        CliProgress progress(!m_cli.json()); // its line ends before the outcome is printed
        summary = exporter->write(m_parser.value(QStringLiteral("out")), options.value(), progress.callback(),
                                  CliProgress::cancel());
    }
    return report(summary, false);
}

int ExportCommands::exportSuppression(const QStringList& args)
{
    if (!args.isEmpty())
        return m_cli.usage(tr("export-suppression takes no arguments besides its options; see --help."));
    Result<ExportOptions> options = this->options();
    if (!options)
        return m_cli.usage(options.error());
    Result<ExportSummary> summary = Result<ExportSummary>::failure(QString());
    {
        CliProgress progress(!m_cli.json());
        summary = SuppressionExport(m_connection.database())
                      .write(m_parser.value(QStringLiteral("out")), options.value(), progress.callback(),
                             CliProgress::cancel());
    }
    return report(summary, true);
}

int ExportCommands::report(const Result<ExportSummary>& summary, bool suppressionList)
{
    if (!summary)
        return m_cli.fail(summary.error(), CliProgress::interrupted() ? 130 : 1);
    const ExportSummary& s = summary.value();
    if (m_cli.json()) {
        m_cli.printJson(QJsonObject{{QStringLiteral("rows"), s.rows},
                                    {QStringLiteral("path"), s.path},
                                    {QStringLiteral("seconds"), s.seconds}});
        return 0;
    }
    const QString path = QDir::toNativeSeparators(s.path);
    const int n = int(qMin<qint64>(s.rows, std::numeric_limits<int>::max()));
    m_out << (suppressionList
                  ? tr("Exported %n number(s) of the suppression list to %1.", nullptr, n).arg(path)
                  : tr("Exported %n person(s) to %1.", nullptr, n).arg(path))
          << Qt::endl;
    return 0;
}
