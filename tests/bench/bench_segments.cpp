// Recipient counts on a big address book, as the segment editor and the composer ask for them.
//
// bench_segments [--subscribers N] [--database PATH] [--keep]
//
// Generates N made-up people (default 1,000,000) with the real textwell-cli, adds marketing
// messages for the frequency cap (one per person in the last 30 days, four for every tenth), then
// times the full breakdown (matching, the left-out lines, will receive) for ten typical rules and
// for the worst rule we can build, five runs each after one warm-up, and prints the median against
// the targets: under 100 ms for a typical rule, under 1 s for the worst.

#include "segments/recipientcounter.h"
#include "segments/segmentcompiler.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace textwell;

namespace {

struct Case
{
    const char* name;
    const char* rule;
    bool worst = false;
};

const Case cases[] = {
    {"everyone", R"({"all": []})"},
    {"one city", R"({"all": [{"field": "city", "op": "is", "values": ["Berlin"]}]})"},
    {"three cities", R"({"all": [{"field": "city", "op": "is", "values": ["Berlin", "Moscow", "Boston"]}]})"},
    {"region", R"({"all": [{"field": "region", "op": "is", "values": ["Bayern"]}]})"},
    {"tag vip", R"({"all": [{"field": "tags", "op": "any", "values": ["vip"]}]})"},
    {"language de", R"({"all": [{"field": "language", "op": "is", "values": ["de"]}]})"},
    {"age 25-40", R"({"all": [{"field": "age", "op": "between", "values": [25, 40]}]})"},
    {"birthday in May", R"({"all": [{"field": "birthday_month", "op": "in", "values": [5]}]})"},
    {"active in 30 days", R"({"all": [{"field": "last_activity", "op": "within_days", "values": [30]}]})"},
    {"city and tag", R"({"all": [{"field": "city", "op": "is", "values": ["Berlin"]},
                                {"field": "tags", "op": "any", "values": ["regular"]}]})"},
    {"worst: OR of text scans, tags all/none, ages",
     R"({"any": [{"field": "city", "op": "contains", "values": ["er"]},
                 {"all": [{"field": "tags", "op": "all", "values": ["vip", "regular"]},
                          {"field": "tags", "op": "none", "values": ["new customer"]}]},
                 {"all": [{"field": "age", "op": "at_least", "values": [30]},
                          {"field": "last_activity", "op": "not_within_days", "values": [90]},
                          {"field": "consent_source", "op": "contains", "values": ["a"]}]},
                 {"field": "purchases", "op": "between", "values": [2, 9]}]})",
     true},
};

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_segments: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int subscribers = args.contains(QStringLiteral("--subscribers"))
                                ? args.value(args.indexOf(QStringLiteral("--subscribers")) + 1).toInt()
                                : 1000000;
    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    QString path = args.contains(QStringLiteral("--database"))
                       ? args.value(args.indexOf(QStringLiteral("--database")) + 1)
                       : dir.filePath(QStringLiteral("bench.sqlite"));
    if (!args.contains(QStringLiteral("--database"))) {
        std::printf("Generating %d people with textwell-cli...\n", subscribers);
        std::fflush(stdout);
        QProcess cli;
        cli.start(QStringLiteral(TEXTWELL_CLI),
                  {QStringLiteral("--database"), path, QStringLiteral("demo"),
                   QStringLiteral("--subscribers"), QString::number(subscribers)});
        if (!cli.waitForFinished(-1) || cli.exitCode() != 0)
            return fail(QString::fromUtf8(cli.readAllStandardError()));
    }
    auto opened = Connection::open(path, Connection::Mode::MustExist);
    if (!opened)
        return fail(opened.error());
    auto connection = opened.takeValue();
    QSqlDatabase db = connection->database();
    const QDateTime now = Clock::currentUtc();

    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM message")) && q.next() && q.value(0).toLongLong() == 0) {
        std::printf("Adding marketing messages for the frequency cap...\n");
        Transaction tx(db);
        q.prepare(QStringLiteral("INSERT INTO message (phone, marketing, state, sent_at) "
                                 "SELECT phone, 1, 'delivered', ? FROM subscriber WHERE id % ? = 0"));
        for (int i = 0; i < 4; ++i) {
            q.addBindValue(Timestamps::toDb(now.addDays(-3 - i * 5)));
            q.addBindValue(i == 0 ? 1 : 10);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        if (Status committed = tx.commit(); !committed)
            return fail(committed.error());
        q.exec(QStringLiteral("ANALYZE"));
    }
    qint64 people = 0, messages = 0;
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM subscriber), (SELECT COUNT(*) FROM message)")) &&
        q.next()) {
        people = q.value(0).toLongLong();
        messages = q.value(1).toLongLong();
    }
    std::printf("\n%lld people, %lld messages; median of 5 runs after a warm-up\n\n", people, messages);
    std::printf("%-48s %10s %10s %8s  %s\n", "rule", "matching", "receive", "ms", "target");

    Result<SegmentContext> context = SegmentContext::load(db);
    if (!context)
        return fail(context.error());
    const RecipientCounter counter(db, BusinessSettings(db).frequencyCap(), now);
    int misses = 0;
    for (const Case& c : cases) {
        Result<SegmentRule> rule = SegmentRule::fromJsonText(QString::fromUtf8(c.rule));
        if (!rule)
            return fail(rule.error());
        Result<CompiledSegment> compiled = SegmentCompiler::compile(rule.value(), context.value());
        if (!compiled)
            return fail(compiled.error());
        std::vector<double> times;
        RecipientBreakdown last;
        for (int run = 0; run < 6; ++run) {
            QElapsedTimer timer;
            timer.start();
            Result<RecipientBreakdown> counted = counter.count(compiled.value());
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!counted)
                return fail(counted.error());
            last = counted.value();
            if (run > 0)
                times.push_back(ms);
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        const double target = c.worst ? 1000 : 100;
        misses += median > target;
        std::printf("%-48s %10lld %10lld %8.1f  %s %.0f ms\n", c.name, last.matching, last.willReceive,
                    median, median <= target ? "PASS <" : "MISS <", target);
    }
    std::printf("\n%d of %zu rules over their target\n", misses, std::size(cases));
    return 0; // misses are findings, not errors
}
