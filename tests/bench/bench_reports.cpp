// Writing a report of a million rows (tests/bench/bench_reports.cpp), run by scripts/bench.sh reports:
//   bench_reports [--rows N] [--pdf-rows N]
// makes a database with N opt-outs (1,000,000 by default) over a year, then writes the opt-out log
// of all of them as CSV and as XLSX, and of the first --pdf-rows (100,000) as PDF, each in a fresh
// pass, with its time, rows per second and the peak memory of the process so far.
#include "analytics/optoutlog.h"
#include "reports/optoutreport.h"
#include "reports/reportfiles.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace textwell;

namespace {

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool fill(const QSqlDatabase& db, qint64 rows)
{
    QSqlQuery q(db);
    const QString now = Clock::currentUtc().toString(Qt::ISODateWithMs);
    // Opt-outs spread over the last year, after twelve campaigns, with reasons and channels.
    const QStringList sql = {
        QStringLiteral("BEGIN"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12) "
                       "INSERT INTO campaign (name, created_at, status, started_at) SELECT 'Campaign ' || i, "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', '%1', '-' || (i * 30) || ' days'), 'finished', "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', '%1', '-' || (i * 30) || ' days') FROM n")
            .arg(now),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %2 - 1) "
            "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, reason_code, evidence, "
            "campaign_id) SELECT '+4915' || substr('0000000' || i, -8), 'opt_out', "
            "strftime('%Y-%m-%dT%H:%M:%fZ', '%1', '-' || (i % 360) || ' days', '-' || (i % 1440) || "
            "' minutes'), '%1', CASE i % 3 WHEN 0 THEN 'manual' ELSE 'keyword' END, "
            "CASE i % 4 WHEN 0 THEN 'too_frequent' WHEN 1 THEN 'not_relevant' ELSE '' END, "
            "'“STOP”', i % 12 + 1 FROM n")
            .arg(now)
            .arg(rows),
        QStringLiteral("COMMIT"),
        QStringLiteral("ANALYZE"),
    };
    for (const QString& statement : sql) {
        if (!q.exec(statement)) {
            std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

void write(const QSqlDatabase& db, const QString& folder, ReportFormat format, qint64 rows)
{
    OptOutFilter filter;
    filter.scope = AnalyticsScope::lastDays(366, Clock::currentUtc().toLocalTime().date());
    Result<ReportDocument> document = OptOutReport::build(db, filter, QStringLiteral("Bench GmbH"));
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error()));
        return;
    }
    if (rows < document.value().totalRows()) {
        // The first rows only: a PDF of a million rows is 20,000 pages nobody prints.
        ReportTable& table = *document.value().sections[0].table;
        auto all = table.rows;
        table = ReportTable::generated(
            table.title, table.columns,
            [all, rows]() -> GeneratedRowSource::NextRow {
                all->start();
                auto left = std::make_shared<qint64>(rows);
                return [all, left](QVariantList& row) { return (*left)-- > 0 && all->next(row); };
            },
            rows);
    }
    const QString path = QStringLiteral("%1/optouts.%2").arg(folder, ReportFormats::suffix(format));
    QElapsedTimer clock;
    clock.start();
    const Status written = ReportFiles::write(document.value(), format, path);
    const double seconds = clock.elapsed() / 1000.0;
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return;
    }
    std::printf("  %-4s %9lld rows in %6.1f s = %7.0f rows/s, %5.1f MB file, peak memory %ld MB\n",
                qPrintable(ReportFormats::code(format)), rows, seconds, rows / seconds,
                QFileInfo(path).size() / 1e6, peakMegabytes());
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Opt-outs in the log."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("pdf-rows"), QStringLiteral("Rows of the PDF."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir dir;
    auto opened =
        Connection::open(dir.filePath(QStringLiteral("bench.sqlite")), Connection::Mode::CreateIfMissing);
    if (!opened || !fill(opened.value()->database(), rows))
        return 1;
    const QSqlDatabase db = opened.value()->database();
    std::printf("opt-out log report, %lld opt-outs:\n", rows);
    write(db, dir.path(), ReportFormat::Csv, rows);
    write(db, dir.path(), ReportFormat::Xlsx, rows);
    write(db, dir.path(), ReportFormat::Pdf,
          qMin(rows, parser.value(QStringLiteral("pdf-rows")).toLongLong()));
    return 0;
}
