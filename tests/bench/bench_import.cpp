// Importing a million-row CSV (tests/bench/bench_import.cpp), run by scripts/bench.sh import:
//   bench_import generate --rows N --first K --out FILE   a German shop's export: semicolons,
//       numbers written four ways, names with umlauts, birthdays, a consent date on 70% of rows
//   bench_import import --database DB --file FILE         the real Importer, as the wizard runs it;
//       prints rows/s and the process's peak memory (run each import in its own process)
//   bench_import floor --file FILE                        sqlite3's own .import of the same file
//       into a bare table: the floor for any import
#include "contacts/phonenumbers.h"
#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/importfile.h"
#include "storage/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
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

int generate(qint64 rows, qint64 first, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    const QStringList firstNames = {
        QStringLiteral("Jürgen"), QStringLiteral("Anna"),  QStringLiteral("Maximilian"),
        QStringLiteral("Sophie"), QStringLiteral("Lukas"), QStringLiteral("Mia"),
        QStringLiteral("Jörg"),   QStringLiteral("Lea"),   QStringLiteral("Ömer")};
    const QStringList lastNames = {QStringLiteral("Müller"), QStringLiteral("Schmidt"),
                                   QStringLiteral("Weiß"),   QStringLiteral("Schäfer"),
                                   QStringLiteral("Becker"), QStringLiteral("Hoffmann"),
                                   QStringLiteral("Groß"),   QStringLiteral("Krüger")};
    const QStringList cities = {QStringLiteral("Köln"),    QStringLiteral("München"),
                                QStringLiteral("Berlin"),  QStringLiteral("Düsseldorf"),
                                QStringLiteral("Hamburg"), QStringLiteral("Nürnberg")};
    QRandomGenerator random(42);
    QByteArray out = "Vorname;Nachname;Handy;Stadt;Geburtstag;Einwilligung am\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 n = first + i;
        const QString digits = QStringLiteral("%1").arg(10000000 + n % 90000000, 8, 10, QLatin1Char('0'));
        const QString prefix = QStringLiteral("15%1").arg(n / 90000000 % 10);
        QString phone;
        switch (n % 4) {
        case 0:
            phone = QStringLiteral("0%1 %2 %3").arg(prefix, digits.left(4), digits.mid(4));
            break;
        case 1:
            phone = QStringLiteral("+49 %1 %2").arg(prefix, digits);
            break;
        case 2:
            phone = QStringLiteral("+49(0)%1-%2").arg(prefix, digits);
            break;
        default:
            phone = QStringLiteral("0049%1%2").arg(prefix, digits);
        }
        const QDate birthday = QDate(1950, 1, 1).addDays(random.bounded(20000));
        const QString consent =
            random.bounded(10) < 7
                ? QDate(2023, 1, 1).addDays(random.bounded(700)).toString(QStringLiteral("dd.MM.yyyy"))
                : QString();
        out += (QStringList{firstNames.at(int(n % firstNames.size())),
                            lastNames.at(int(n / 7 % lastNames.size())), phone,
                            cities.at(random.bounded(int(cities.size()))),
                            birthday.toString(QStringLiteral("dd.MM.yyyy")), consent}
                    .join(QLatin1Char(';')) +
                QStringLiteral("\r\n"))
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.error() == QFile::NoError ? 0 : 1;
}

int importFile(const QString& database, const QString& path, const QString& duplicates, bool dryRun)
{
    Result<std::unique_ptr<Connection>> connection =
        Connection::open(database, Connection::Mode::CreateIfMissing);
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error()));
        return 1;
    }
    Result<FileFormat> format = ImportFile::sniff(path);
    if (!format) {
        std::fprintf(stderr, "%s\n", qPrintable(format.error()));
        return 1;
    }
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(path, format.value());
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error()));
        return 1;
    }
    ImportOptions options;
    options.mapping = ColumnMapping::guess(reader.value()->header(), {});
    options.defaultRegion = QStringLiteral("DE");
    options.fileName = QStringLiteral("bench.csv");
    options.declaredConsent = {QStringLiteral("Kundenkarte"), QStringLiteral("Anmeldebogen"), {}};
    duplicatePolicyFromCode(duplicates, &options.duplicates);
    options.dryRun = dryRun;
    QElapsedTimer clock;
    clock.start();
    Result<ImportSummary> summary =
        Importer(connection.value()->database(), options, QStringLiteral("bench")).run(*reader.value());
    const double seconds = clock.elapsed() / 1000.0;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
        return 1;
    }
    const ImportSummary& s = summary.value();
    std::printf("import: %lld rows in %.2f s = %.0f rows/s (added %lld, updated %lld, unchanged %lld, "
                "consents %lld), peak memory %ld MB (target: >= 100,000 rows/s, < 300 MB)\n",
                s.rows, seconds, s.rows / seconds, s.added, s.updated, s.unchanged, s.consentRecorded,
                peakMegabytes());
    return 0;
}

int floor(const QString& path)
{
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {dir.filePath(QStringLiteral("bare.sqlite")), QStringLiteral(".mode csv"),
                  QStringLiteral(".separator ;"), QStringLiteral(".import %1 t").arg(path)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    std::printf("floor: sqlite3 .import of the same file into a bare table: %.2f s\n",
                clock.elapsed() / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("rows"), QStringLiteral("rows"), QStringLiteral("n"), QStringLiteral("1000000")},
         {QStringLiteral("first"), QStringLiteral("first number"), QStringLiteral("n"), QStringLiteral("0")},
         {QStringLiteral("out"), QStringLiteral("file"), QStringLiteral("path")},
         {QStringLiteral("file"), QStringLiteral("file"), QStringLiteral("path")},
         {QStringLiteral("database"), QStringLiteral("database"), QStringLiteral("path")},
         {QStringLiteral("duplicates"), QStringLiteral("policy"), QStringLiteral("p"),
          QStringLiteral("update")},
         {QStringLiteral("dry-run"), QStringLiteral("read and check only, write nothing")}});
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("generate, import or floor"));
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("generate"))
        return generate(parser.value(QStringLiteral("rows")).toLongLong(),
                        parser.value(QStringLiteral("first")).toLongLong(),
                        parser.value(QStringLiteral("out")));
    if (mode == QLatin1String("import"))
        return importFile(parser.value(QStringLiteral("database")), parser.value(QStringLiteral("file")),
                          parser.value(QStringLiteral("duplicates")),
                          parser.isSet(QStringLiteral("dry-run")));
    if (mode == QLatin1String("floor"))
        return floor(parser.value(QStringLiteral("file")));
    parser.showHelp(2);
}
