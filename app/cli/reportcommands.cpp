#include "reportcommands.h"

#include "clicommands.h"
#include "cliprogress.h"
#include "reports/reportfiles.h"
#include "util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <cstring>

using namespace textwell;

namespace {

std::optional<Granularity> granularityFromCode(const QString& code)
{
    if (code == QLatin1String("day"))
        return Granularity::Day;
    if (code == QLatin1String("week"))
        return Granularity::Week;
    if (code == QLatin1String("month"))
        return Granularity::Month;
    return std::nullopt;
}

} // namespace

void ReportCommands::addOptions(QCommandLineParser& parser)
{
    // --from, the first day, is shared with replies receive (see ReplyCommands::addOptions).
    parser.addOptions({
        {QStringLiteral("to"), tr("report: the last day (YYYY-MM-DD; default: today)."), tr("date")},
        {QStringLiteral("granularity"), tr("report dashboard: day, week or month (default: by the span)."),
         tr("unit")},
    });
}

bool ReportCommands::needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

ReportCommands::ReportCommands(CliCommands& cli, const QCommandLineParser& parser, Connection& connection)
    : m_cli(cli), m_parser(parser), m_connection(connection), m_out(stdout)
{}

Result<ReportRequest> ReportCommands::request(const QStringList& args) const
{
    using R = Result<ReportRequest>;
    const std::optional<ReportRequest::Kind> kind = ReportRequest::kindFromCode(args.value(0));
    if (!kind)
        return R::failure(tr("report takes dashboard, campaign ID, optouts or consent NUMBER."));
    ReportRequest request;
    request.kind = *kind;
    auto date = [this](const QString& option) {
        return QDate::fromString(m_parser.value(option), Qt::ISODate);
    };
    request.last = Clock::currentUtc().toLocalTime().date();
    if (m_parser.isSet(QStringLiteral("to")) && !(request.last = date(QStringLiteral("to"))).isValid())
        return R::failure(tr("--to takes a date as YYYY-MM-DD."));
    request.first = request.last.addDays(-89);
    if (m_parser.isSet(QStringLiteral("from")) && !(request.first = date(QStringLiteral("from"))).isValid())
        return R::failure(tr("--from takes a date as YYYY-MM-DD."));
    if (request.first > request.last)
        return R::failure(tr("--from must not be after --to."));
    if (m_parser.isSet(QStringLiteral("granularity"))) {
        request.granularity = granularityFromCode(m_parser.value(QStringLiteral("granularity")));
        if (!request.granularity)
            return R::failure(tr("--granularity takes day, week or month."));
    }
    request.segmentName = m_parser.value(QStringLiteral("segment"));
    request.defaultRegion = m_parser.value(QStringLiteral("country")).toUpper();
    if (request.kind == ReportRequest::Kind::Campaign) {
        bool ok = false;
        request.campaignId = args.value(1).toLongLong(&ok);
        if (!ok || request.campaignId <= 0)
            return R::failure(tr("report campaign needs the campaign's number (see campaign list)."));
    }
    if (request.kind == ReportRequest::Kind::ConsentRecord) {
        request.number = args.value(1);
        if (request.number.isEmpty())
            return R::failure(tr("report consent needs a phone number."));
    }
    return request;
}

int ReportCommands::report(const QStringList& args)
{
    Result<ReportRequest> request = this->request(args);
    if (!request)
        return m_cli.usage(request.error());
    if (!m_parser.isSet(QStringLiteral("out")))
        return m_cli.usage(tr("report needs --out FILE."));
    Result<ReportDocument> document = request.value().build(m_connection.database());
    if (!document)
        return m_cli.fail(document.error());
    return write(document.value());
}

int ReportCommands::write(const ReportDocument& document)
{
    const QString path = m_parser.value(QStringLiteral("out"));
    std::optional<ReportFormat> format = ReportFormats::fromPath(path);
    if (m_parser.isSet(QStringLiteral("format")))
        format = ReportFormats::fromCode(m_parser.value(QStringLiteral("format")));
    if (!format)
        return m_cli.usage(
            tr("--format takes csv, xlsx or pdf (or name the --out file .csv, .xlsx or .pdf)."));
    Status written;
    {
        CliProgress progress(!m_cli.json()); // its line ends before the outcome is printed
        written = ReportFiles::write(document, *format, path, progress.callback(), CliProgress::cancel());
    }
    if (!written)
        return m_cli.fail(written.error(), CliProgress::interrupted() ? 130 : 1);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_cli.json())
        m_cli.printJson(QJsonObject{{QStringLiteral("path"), absolute},
                                    {QStringLiteral("format"), ReportFormats::code(*format)}});
    else
        m_out << tr("Wrote “%1” to %2.").arg(document.title, QDir::toNativeSeparators(absolute)) << Qt::endl;
    return 0;
}
