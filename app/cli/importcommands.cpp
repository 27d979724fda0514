#include "importcommands.h"

#include "clicommands.h"

#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/importreport.h"
#include "importing/suppressionimporter.h"
#include "storage/businesssettings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace textwell;

namespace {

QJsonArray problemsJson(const QVector<ImportProblem>& problems)
{
    QJsonArray out;
    for (const ImportProblem& p : problems)
        out.append(QJsonObject{{QStringLiteral("row"), p.row},
                               {QStringLiteral("problem"), p.reason},
                               {QStringLiteral("imported"), p.imported}});
    return out;
}

} // namespace

void ImportCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("mapping"),
         tr("import: which column is which field, e.g. \"Handy=phone,Vorname=first_name,3=city,"
            "Kundennr=custom:Customer no\" (default: guessed from the header)."),
         tr("spec")},
        {QStringLiteral("consent-source"), tr("import: where everyone in the file gave consent."),
         tr("text")},
        {QStringLiteral("consent-evidence"), tr("import: what proves their consent."), tr("text")},
        {QStringLiteral("consent-date"),
         tr("import: when they gave it (YYYY-MM-DD; default: each row's consent "
            "date column, else now)."),
         tr("date")},
        {QStringLiteral("duplicates"),
         tr("import: a number already in the address book: skip (default), update (fill empty fields) or "
            "overwrite."),
         tr("policy")},
        {QStringLiteral("dry-run"), tr("import: show what would happen, write nothing.")},
        {QStringLiteral("errors-out"),
         tr("import: save the rows not imported, with the reason, to this CSV file."), tr("file")},
        {QStringLiteral("encoding"),
         tr("import: the file's encoding (utf-8, utf-16le, utf-16be, windows-1251, "
            "windows-1252; default: detected)."),
         tr("name")},
        {QStringLiteral("no-header"), tr("import: the first row holds data, not column names.")},
        {QStringLiteral("create-fields"), tr("import: create the custom fields the mapping names.")},
        {QStringLiteral("list-source"),
         tr("import-suppression: where the list comes from, kept in each number's history."), tr("text")},
    });
}

ImportCommands::ImportCommands(CliCommands& cli, const QCommandLineParser& parser, Connection& connection)
    : m_cli(cli), m_parser(parser), m_connection(connection), m_out(stdout)
{}

QString ImportCommands::region() const
{
    return m_parser.isSet(QStringLiteral("country"))
               ? m_parser.value(QStringLiteral("country")).toUpper()
               : BusinessSettings(m_connection.database()).value(BusinessSettings::Key::DefaultCountry);
}

Result<FileFormat> ImportCommands::format(const QString& path) const
{
    Result<FileFormat> sniffed = ImportFile::sniff(path);
    if (!sniffed)
        return sniffed;
    FileFormat f = sniffed.value();
    if (m_parser.isSet(QStringLiteral("encoding"))) {
        const QString name = m_parser.value(QStringLiteral("encoding"));
        if (!TextEncoding::fromCode(name, &f.encoding))
            return Result<FileFormat>::failure(tr("Unknown encoding \"%1\": use utf-8, utf-16le, utf-16be, "
                                                  "windows-1251 or windows-1252.")
                                                   .arg(name));
    }
    // --delimiter is export's option too (ExportCommands adds it): one name for both directions.
    if (m_parser.isSet(QStringLiteral("delimiter"))) {
        const QString s = m_parser.value(QStringLiteral("delimiter"));
        if (s == QLatin1String("tab") || s == QLatin1String("\\t"))
            f.delimiter = QLatin1Char('\t');
        else if (s.size() == 1 && QStringLiteral(",;|\t").contains(s))
            f.delimiter = s.at(0);
        else
            return Result<FileFormat>::failure(tr("The delimiter must be , ; tab or |."));
    }
    if (m_parser.isSet(QStringLiteral("no-header")))
        f.hasHeader = false;
    return f;
}

bool ImportCommands::saveProblems(const QStringList& header, const QVector<ImportProblem>& problems)
{
    if (!m_parser.isSet(QStringLiteral("errors-out")))
        return true;
    const QString path = m_parser.value(QStringLiteral("errors-out"));
    if (Status saved = ImportReport::save(path, header, problems); !saved) {
        m_cli.fail(saved.error());
        return false;
    }
    return true;
}

void ImportCommands::printProblems(const QVector<ImportProblem>& problems)
{
    const int shown = 20;
    for (int i = 0; i < problems.size() && i < shown; ++i)
        m_out << "  " << tr("Row %1: %2").arg(problems.at(i).row).arg(problems.at(i).reason) << '\n';
    if (problems.size() > shown)
        m_out << "  "
              << tr("… and %Ln more (--errors-out FILE saves them all).", nullptr,
                    int(problems.size() - shown))
              << '\n';
}

int ImportCommands::importPeople(const QStringList& args)
{
    if (args.size() != 1)
        return m_cli.usage(tr("Usage: import FILE [--country CC] [--mapping SPEC] [--consent-source S "
                              "--consent-evidence E] [--duplicates skip|update|overwrite] [--dry-run] "
                              "[--errors-out FILE]"));
    const QString path = args.first();
    Result<FileFormat> f = format(path);
    if (!f)
        return m_cli.fail(f.error());
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(path, f.value());
    if (!reader)
        return m_cli.fail(reader.error());
    const QStringList header = reader.value()->header();

    ImportOptions options;
    options.defaultRegion = region();
    options.fileName = QFileInfo(path).fileName();
    options.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    options.createCustomFields = m_parser.isSet(QStringLiteral("create-fields"));
    if (m_parser.isSet(QStringLiteral("mapping"))) {
        Result<ColumnMapping> mapping =
            ColumnMapping::parse(m_parser.value(QStringLiteral("mapping")), header);
        if (!mapping)
            return m_cli.usage(mapping.error());
        options.mapping = mapping.value();
    } else {
        // The guess looks at the first rows; a second reader keeps this one at the start.
        Result<std::unique_ptr<RecordReader>> sampler = ImportFile::open(path, f.value());
        QVector<QStringList> sample;
        SourceRecord record;
        while (sampler && sample.size() < 50 && sampler.value()->next(record))
            sample.append(record.fields);
        options.mapping = ColumnMapping::guess(header, sample);
    }
    if (const QString problem = options.mapping.problem(header); !problem.isEmpty())
        return m_cli.usage(tr("%1 Columns: %2. Give --mapping, e.g. --mapping \"%3=phone\".")
                               .arg(problem, header.join(QStringLiteral(", ")), header.value(0)));
    if (m_parser.isSet(QStringLiteral("duplicates")) &&
        !duplicatePolicyFromCode(m_parser.value(QStringLiteral("duplicates")), &options.duplicates))
        return m_cli.usage(tr("--duplicates is skip, update or overwrite."));
    const QString source = m_parser.value(QStringLiteral("consent-source")).trimmed();
    const QString evidence = m_parser.value(QStringLiteral("consent-evidence")).trimmed();
    if (source.isEmpty() != evidence.isEmpty())
        return m_cli.usage(tr("A consent needs both --consent-source and --consent-evidence."));
    options.declaredConsent.source = source;
    options.declaredConsent.evidence = evidence;
    // Given for the file, consent holds for every row, unless a consent column says row by row.
    options.declaredForEveryone = !source.isEmpty() && !options.mapping.has(ImportField::ConsentDate);
    if (m_parser.isSet(QStringLiteral("consent-date"))) {
        const QDate date = QDate::fromString(m_parser.value(QStringLiteral("consent-date")), Qt::ISODate);
        if (!date.isValid())
            return m_cli.usage(tr("--consent-date is YYYY-MM-DD."));
        options.declaredConsent.at = QDateTime(date, QTime(12, 0));
    }

#ifdef Q_OS_UNIX
    const bool showProgress = !m_cli.json() && isatty(STDERR_FILENO);
#else
    const bool showProgress = false;
#endif
    Importer importer(m_connection.database(), options, CliCommands::actorName());
    Result<ImportSummary> summary = importer.run(*reader.value(), [&](const ImportProgress& p) {
        if (showProgress)
            std::fprintf(
                stderr, "\r%s",
                qPrintable(
                    tr("%Ln row(s), %L1 rows/s", nullptr, int(p.rows)).arg(qRound(p.rowsPerSecond()))));
    });
    if (showProgress)
        std::fprintf(stderr, "\r\033[K");
    if (!summary)
        return m_cli.fail(summary.error());
    const ImportSummary& s = summary.value();
    if (!saveProblems(header, s.problems))
        return 1;
    if (m_cli.json()) {
        m_cli.printJson(QJsonObject{
            {QStringLiteral("dry_run"), s.dryRun},
            {QStringLiteral("rows"), s.rows},
            {QStringLiteral("added"), s.added},
            {QStringLiteral("updated"), s.updated},
            {QStringLiteral("unchanged"), s.unchanged},
            {QStringLiteral("duplicates_in_file"), s.duplicatesInFile},
            {QStringLiteral("invalid_numbers"), s.invalidNumbers},
            {QStringLiteral("other_problems"), s.otherProblems},
            {QStringLiteral("suppressed"), s.suppressed},
            {QStringLiteral("without_consent"), s.withoutConsent},
            {QStringLiteral("consents_recorded"), s.consentRecorded},
            {QStringLiteral("created_custom_fields"), QJsonArray::fromStringList(s.createdCustomFields)},
            {QStringLiteral("mapping"), options.mapping.spec(header)},
            {QStringLiteral("seconds"), s.seconds},
            {QStringLiteral("problems"), problemsJson(s.problems)}});
        return 0;
    }
    m_out << (s.dryRun ? tr("Dry run of %1: nothing was written.") : tr("Imported %1.")).arg(path) << '\n';
    m_out << tr("Columns: %1").arg(options.mapping.spec(header)) << '\n';
    for (const QString& line : s.describe())
        m_out << "  " << line << '\n';
    printProblems(s.problems);
    return 0;
}

int ImportCommands::importSuppression(const QStringList& args)
{
    if (args.size() != 1)
        return m_cli.usage(tr("Usage: import-suppression FILE --list-source TEXT [--country CC] [--dry-run] "
                              "[--errors-out FILE]"));
    const QString path = args.first();
    const QString source = m_parser.value(QStringLiteral("list-source")).trimmed();
    if (source.isEmpty())
        return m_cli.usage(
            tr("Say where the list comes from with --list-source, e.g. --list-source \"opt-outs "
               "from our previous SMS provider\"."));
    Result<FileFormat> f = format(path);
    if (!f)
        return m_cli.fail(f.error());
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(path, f.value());
    if (!reader)
        return m_cli.fail(reader.error());
    const QStringList header = reader.value()->header();
    int column = 0;
    if (m_parser.isSet(QStringLiteral("mapping"))) {
        Result<ColumnMapping> mapping =
            ColumnMapping::parse(m_parser.value(QStringLiteral("mapping")), header);
        if (!mapping)
            return m_cli.usage(mapping.error());
        column = qMax(0, mapping.value().columnOf(ImportField::Phone));
    } else {
        column = qMax(0, ColumnMapping::guess(header, {}).columnOf(ImportField::Phone));
    }
    const bool dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    SuppressionImporter importer(m_connection.database(), region(), source, CliCommands::actorName());
    Result<SuppressionImportSummary> summary = importer.run(*reader.value(), column, dryRun);
    if (!summary)
        return m_cli.fail(summary.error());
    const SuppressionImportSummary& s = summary.value();
    if (!saveProblems(header, s.problems))
        return 1;
    if (m_cli.json()) {
        m_cli.printJson(QJsonObject{{QStringLiteral("dry_run"), s.dryRun},
                                    {QStringLiteral("rows"), s.rows},
                                    {QStringLiteral("excluded"), s.excluded},
                                    {QStringLiteral("already_excluded"), s.alreadyExcluded},
                                    {QStringLiteral("invalid_numbers"), s.invalidNumbers},
                                    {QStringLiteral("problems"), problemsJson(s.problems)}});
        return 0;
    }
    m_out << (dryRun ? tr("Dry run of %1: nothing was written.") : tr("Imported %1.")).arg(path) << '\n';
    m_out << "  "
          << (dryRun ? tr("%Ln numbers will be excluded.", nullptr, int(s.excluded))
                     : tr("%Ln numbers were excluded.", nullptr, int(s.excluded)))
          << '\n';
    if (s.alreadyExcluded > 0)
        m_out << "  " << tr("%Ln numbers were already excluded.", nullptr, int(s.alreadyExcluded)) << '\n';
    if (s.invalidNumbers > 0)
        m_out << "  " << tr("%Ln rows have no valid phone number.", nullptr, int(s.invalidNumbers)) << '\n';
    printProblems(s.problems);
    return 0;
}
