// The real textwell-cli binary, run with QProcess against temporary databases: its --json output,
// its exit codes (0 done, 1 refused with one line on stderr, 2 wrong usage) and the consent rules
// as a script would meet them.

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), out.constData());
        return doc;
    }
    QJsonObject object() const { return json().object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

const QStringList subscriberKeys = {
    QStringLiteral("city"),       QStringLiteral("consent_at"), QStringLiteral("consent_source"),
    QStringLiteral("first_name"), QStringLiteral("id"),         QStringLiteral("language"),
    QStringLiteral("last_name"),  QStringLiteral("phone"),      QStringLiteral("region"),
    QStringLiteral("status"),     QStringLiteral("tags")};

QStringList plus(QStringList list, const QStringList& more)
{
    list += more;
    list.sort();
    return list;
}

} // namespace

// Checks that a run succeeded, printing what it said when not.
#define QVERIFY_RUN_OK(run)                                                                                  \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.exitCode == 0 && r_.err.isEmpty(), qPrintable(r_.describe()));                           \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aMistypedDatabasePathIsRefused();
    void init();

    void subscriberAddJson();
    void subscriberAddLandlineWithoutConsent();
    void subscriberShowJson();
    void subscriberListJson();
    void subscriberDeleteJson();
    void excludeAndUnexcludeJson();
    void unsubscribeJson();
    void consentJson();
    void historyJson();
    void demoJson();
    void settingsJson();
    void textOutput();
    void badInputExitsWithOne_data();
    void badInputExitsWithOne();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();
    void optOutBelongsToTheNumber();
    void newerDatabaseIsRefusedAndUntouched();
    void otherFileIsRefusedAndUntouched();

private:
    Run cli(const QStringList& args) const;
    Run cliWithoutDatabase(const QStringList& args) const;
    void addAnna(bool withConsent);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(TEXTWELL_CLI)).isExecutable(), TEXTWELL_CLI);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("cli.sqlite"));
    const Run created = cli({QStringLiteral("init")});
    QVERIFY2(created.exitCode == 0 && QFileInfo::exists(m_db), qPrintable(created.describe()));
}

Run TestCli::cliWithoutDatabase(const QStringList& args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    // Never the user's own database, even when --database is missing.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEXTWELL_CLI), args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        run.err = "did not finish normally: " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run TestCli::cli(const QStringList& args) const
{
    return cliWithoutDatabase(QStringList{QStringLiteral("--database"), m_db} + args);
}

void TestCli::addAnna(bool withConsent)
{
    QStringList args = {QStringLiteral("--country"),
                        QStringLiteral("RU"),
                        QStringLiteral("subscriber"),
                        QStringLiteral("add"),
                        QStringLiteral("8 (916) 123-45-67"),
                        QStringLiteral("--first-name"),
                        QStringLiteral("Анна"),
                        QStringLiteral("--last-name"),
                        QStringLiteral("Иванова")};
    if (withConsent)
        args += {QStringLiteral("--source"), QStringLiteral("paper form"), QStringLiteral("--evidence"),
                 QStringLiteral("form #12"), QStringLiteral("--date"),     QStringLiteral("2025-01-15")};
    QVERIFY_RUN_OK(cli(args));
}

// ---------------------------------------------------------------------------------------------

void TestCli::subscriberAddJson()
{
    const Run run = cli({QStringLiteral("--json"),       QStringLiteral("--country"),
                         QStringLiteral("RU"),           QStringLiteral("subscriber"),
                         QStringLiteral("add"),          QStringLiteral("8 (916) 123-45-67"),
                         QStringLiteral("--first-name"), QStringLiteral("Анна"),
                         QStringLiteral("--last-name"),  QStringLiteral("Иванова"),
                         QStringLiteral("--city"),       QStringLiteral("Москва"),
                         QStringLiteral("--region"),     QStringLiteral("Московская область"),
                         QStringLiteral("--language"),   QStringLiteral("ru"),
                         QStringLiteral("--tags"),       QStringLiteral("vip, regular,,VIP"),
                         QStringLiteral("--source"),     QStringLiteral("paper form"),
                         QStringLiteral("--evidence"),   QStringLiteral("form #12"),
                         QStringLiteral("--date"),       QStringLiteral("2025-01-15")});
    QVERIFY_RUN_OK(run);
    const QJsonObject o = run.object();
    QCOMPARE(keys(o), plus(subscriberKeys, {QStringLiteral("notices")}));
    QVERIFY(o.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(o.value(QLatin1String("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(o.value(QLatin1String("first_name")).toString(), QStringLiteral("Анна"));
    QCOMPARE(o.value(QLatin1String("last_name")).toString(), QStringLiteral("Иванова"));
    QCOMPARE(o.value(QLatin1String("city")).toString(), QStringLiteral("Москва"));
    QCOMPARE(o.value(QLatin1String("region")).toString(), QStringLiteral("Московская область"));
    QCOMPARE(o.value(QLatin1String("language")).toString(), QStringLiteral("ru"));
    QCOMPARE(o.value(QLatin1String("tags")).toArray(),
             (QJsonArray{QStringLiteral("regular"), QStringLiteral("vip")}));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));
    QCOMPARE(o.value(QLatin1String("consent_at")).toString(), QStringLiteral("2025-01-15T00:00:00Z"));
    QCOMPARE(o.value(QLatin1String("consent_source")).toString(), QStringLiteral("paper form"));
    QCOMPARE(o.value(QLatin1String("notices")).toArray(), QJsonArray());
}

void TestCli::subscriberAddLandlineWithoutConsent()
{
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("DE"),
                         QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("030 1234567")});
    QVERIFY_RUN_OK(run);
    const QJsonObject o = run.object();
    QCOMPARE(o.value(QLatin1String("phone")).toString(), QStringLiteral("+49301234567"));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("no_consent"));
    QCOMPARE(o.value(QLatin1String("consent_at")).toString(), QString());
    const QJsonArray notices = o.value(QLatin1String("notices")).toArray();
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.at(0).toString().contains(QLatin1String("landline")),
             qPrintable(notices.at(0).toString()));
}

void TestCli::subscriberShowJson()
{
    addAnna(true);
    Run run = cli({QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("RU"),
                   QStringLiteral("subscriber"), QStringLiteral("show"), QStringLiteral("+7 916 123 45 67")});
    QVERIFY_RUN_OK(run);
    QJsonObject o = run.object();
    QCOMPARE(keys(o), plus(subscriberKeys, {QStringLiteral("excluded_at"), QStringLiteral("opted_out_at")}));
    QCOMPARE(o.value(QLatin1String("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));
    QCOMPARE(o.value(QLatin1String("opted_out_at")).toString(), QString());
    QCOMPARE(o.value(QLatin1String("excluded_at")).toString(), QString());

    QVERIFY_RUN_OK(cli({QStringLiteral("unsubscribe"), QStringLiteral("+79161234567"),
                        QStringLiteral("--reason"), QStringLiteral("too_frequent")}));
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("show"),
               QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(run);
    o = run.object();
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("unsubscribed"));
    const QDateTime optedOut =
        QDateTime::fromString(o.value(QLatin1String("opted_out_at")).toString(), Qt::ISODate);
    QVERIFY2(optedOut.isValid(), qPrintable(o.value(QLatin1String("opted_out_at")).toString()));
    QVERIFY(qAbs(optedOut.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestCli::subscriberListJson()
{
    addAnna(true);
    QVERIFY_RUN_OK(cli({QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("+491711234567"),
                        QStringLiteral("--first-name"), QStringLiteral("Jürgen"),
                        QStringLiteral("--last-name"), QStringLiteral("Müller")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("+12125550123"),
                        QStringLiteral("--first-name"), QStringLiteral("Mary"), QStringLiteral("--last-name"),
                        QStringLiteral("Adams"), QStringLiteral("--source"), QStringLiteral("web"),
                        QStringLiteral("--evidence"), QStringLiteral("log 1")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("exclude"), QStringLiteral("+12125550123")}));

    Run run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list")});
    QVERIFY_RUN_OK(run);
    QJsonObject o = run.object();
    QCOMPARE(keys(o), (QStringList{QStringLiteral("rows"), QStringLiteral("total")}));
    QCOMPARE(o.value(QLatin1String("total")).toInteger(), 3);
    QJsonArray rows = o.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    QStringList phones;
    for (const QJsonValue& row : rows) {
        QCOMPARE(keys(row.toObject()), subscriberKeys);
        phones.append(row.toObject().value(QLatin1String("phone")).toString());
    }
    // By last name: Adams, Müller, Иванова.
    QCOMPARE(phones, (QStringList{QStringLiteral("+12125550123"), QStringLiteral("+491711234567"),
                                  QStringLiteral("+79161234567")}));
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("excluded"));
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("no_consent"));

    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list"),
               QStringLiteral("--search"), QStringLiteral("MÜLLER")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("total")).toInteger(), 1);
    QCOMPARE(run.object()
                 .value(QLatin1String("rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("phone"))
                 .toString(),
             QStringLiteral("+491711234567"));

    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list"),
               QStringLiteral("--status"), QStringLiteral("subscribed")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("total")).toInteger(), 1);
    QCOMPARE(run.object()
                 .value(QLatin1String("rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("phone"))
                 .toString(),
             QStringLiteral("+79161234567"));

    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list"),
               QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--offset"),
               QStringLiteral("1")});
    QVERIFY_RUN_OK(run);
    o = run.object();
    QCOMPARE(o.value(QLatin1String("total")).toInteger(), 3); // the total, not the page
    rows = o.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("phone")).toString(), QStringLiteral("+491711234567"));
}

void TestCli::subscriberDeleteJson()
{
    addAnna(true);
    Run run = cli({QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("RU"),
                   QStringLiteral("subscriber"), QStringLiteral("delete"), QStringLiteral("89161234567")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("deleted"), QStringLiteral("+79161234567")}}));
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("show"),
               QStringLiteral("+79161234567")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is not in the address book"), run.err.constData());
    // The consent history of the number stays.
    run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.json().array().size(), 1);
}

void TestCli::excludeAndUnexcludeJson()
{
    const QString number = QStringLiteral("+491711234567"); // not in the book: a complaint call
    auto expect = [&](const QString& command, bool excluded, bool changed) {
        const Run run = cli({QStringLiteral("--json"), command, number, QStringLiteral("--note"),
                             QStringLiteral("complaint call")});
        QVERIFY_RUN_OK(run);
        QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("phone"), number},
                                            {QStringLiteral("excluded"), excluded},
                                            {QStringLiteral("changed"), changed}}));
    };
    expect(QStringLiteral("exclude"), true, true);
    expect(QStringLiteral("exclude"), true, false);
    expect(QStringLiteral("unexclude"), false, true);
    expect(QStringLiteral("unexclude"), false, false);
    if (QTest::currentTestFailed())
        return;
    const Run history = cli({QStringLiteral("--json"), QStringLiteral("history"), number});
    QVERIFY_RUN_OK(history);
    const QJsonArray events = history.json().array();
    QCOMPARE(events.size(), 2); // the two changes only
    QCOMPARE(events.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("exclude"));
    QCOMPARE(events.at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("complaint call"));
    QCOMPARE(events.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("unexclude"));
}

void TestCli::unsubscribeJson()
{
    addAnna(true);
    Run run = cli({QStringLiteral("--json"), QStringLiteral("unsubscribe"), QStringLiteral("+79161234567"),
                   QStringLiteral("--reason"), QStringLiteral("other"), QStringLiteral("--text"),
                   QStringLiteral("moved abroad")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("phone"), QStringLiteral("+79161234567")},
                                        {QStringLiteral("changed"), true}}));
    run = cli({QStringLiteral("--json"), QStringLiteral("unsubscribe"), QStringLiteral("+79161234567"),
               QStringLiteral("--reason"), QStringLiteral("too_frequent")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("changed")).toBool(), false);
    run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")});
    const QJsonObject last = run.json().array().last().toObject();
    QCOMPARE(last.value(QLatin1String("kind")).toString(), QStringLiteral("opt_out"));
    QCOMPARE(last.value(QLatin1String("reason")).toString(), QStringLiteral("other"));
    QCOMPARE(last.value(QLatin1String("text")).toString(), QStringLiteral("moved abroad"));
}

void TestCli::consentJson()
{
    addAnna(false);
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("+79161234567"),
                         QStringLiteral("--source"), QStringLiteral("website form"),
                         QStringLiteral("--evidence"), QStringLiteral("double opt-in log #77"),
                         QStringLiteral("--date"), QStringLiteral("2025-01-15")});
    QVERIFY_RUN_OK(run);
    const QJsonObject o = run.object();
    QCOMPARE(keys(o), plus(subscriberKeys, {QStringLiteral("notices")}));
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));
    QCOMPARE(o.value(QLatin1String("consent_at")).toString(), QStringLiteral("2025-01-15T00:00:00Z"));
    QCOMPARE(o.value(QLatin1String("consent_source")).toString(), QStringLiteral("website form"));
    QCOMPARE(o.value(QLatin1String("notices")).toArray(), QJsonArray());
}

void TestCli::historyJson()
{
    Run run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(run);
    QVERIFY(run.json().isArray());
    QCOMPARE(run.json().array(), QJsonArray());

    addAnna(true);
    QVERIFY_RUN_OK(
        cli({QStringLiteral("unsubscribe"), QStringLiteral("+79161234567"), QStringLiteral("--reason"),
             QStringLiteral("not_relevant"), QStringLiteral("--text"), QStringLiteral("wrong city")}));
    run = cli({QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("RU"),
               QStringLiteral("history"), QStringLiteral("8 916 123-45-67")});
    QVERIFY_RUN_OK(run);
    const QJsonArray events = run.json().array();
    QCOMPARE(events.size(), 2);
    const QStringList eventKeys = {
        QStringLiteral("actor"),    QStringLiteral("at"),     QStringLiteral("channel"),
        QStringLiteral("evidence"), QStringLiteral("id"),     QStringLiteral("kind"),
        QStringLiteral("phone"),    QStringLiteral("reason"), QStringLiteral("recorded_at"),
        QStringLiteral("source"),   QStringLiteral("text")};
    const QJsonObject in = events.at(0).toObject();
    QCOMPARE(keys(in), eventKeys);
    QCOMPARE(in.value(QLatin1String("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(in.value(QLatin1String("kind")).toString(), QStringLiteral("opt_in"));
    QCOMPARE(in.value(QLatin1String("channel")).toString(), QStringLiteral("manual"));
    QCOMPARE(in.value(QLatin1String("source")).toString(), QStringLiteral("paper form"));
    QCOMPARE(in.value(QLatin1String("evidence")).toString(), QStringLiteral("form #12"));
    QCOMPARE(in.value(QLatin1String("at")).toString(), QStringLiteral("2025-01-15T00:00:00Z"));
    QCOMPARE(in.value(QLatin1String("actor")).toString(), QStringLiteral("cli:tester"));
    const QDateTime recorded =
        QDateTime::fromString(in.value(QLatin1String("recorded_at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(recorded.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QJsonObject out = events.at(1).toObject();
    QCOMPARE(keys(out), eventKeys);
    QVERIFY(out.value(QLatin1String("id")).toInteger() > in.value(QLatin1String("id")).toInteger());
    QCOMPARE(out.value(QLatin1String("kind")).toString(), QStringLiteral("opt_out"));
    QCOMPARE(out.value(QLatin1String("reason")).toString(), QStringLiteral("not_relevant"));
    QCOMPARE(out.value(QLatin1String("text")).toString(), QStringLiteral("wrong city"));
    QCOMPARE(out.value(QLatin1String("actor")).toString(), QStringLiteral("cli:tester"));
}

void TestCli::demoJson()
{
    Run run = cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--subscribers"),
                   QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY_RUN_OK(run);
    const QJsonObject o = run.object();
    QCOMPARE(keys(o), (QStringList{QStringLiteral("excluded"), QStringLiteral("excluded_non_subscribers"),
                                   QStringLiteral("seconds"), QStringLiteral("subscribers"),
                                   QStringLiteral("unsubscribed"), QStringLiteral("without_consent")}));
    QCOMPARE(o.value(QLatin1String("subscribers")).toInteger(), 300);
    QVERIFY(o.value(QLatin1String("unsubscribed")).toInteger() > 0);
    QVERIFY(o.value(QLatin1String("seconds")).isDouble());

    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list"),
               QStringLiteral("--limit"), QStringLiteral("0")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("total")).toInteger(), 300);
    QCOMPARE(run.object().value(QLatin1String("rows")).toArray().size(), 0);
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list"),
               QStringLiteral("--status"), QStringLiteral("unsubscribed"), QStringLiteral("--limit"),
               QStringLiteral("1000")});
    QCOMPARE(run.object().value(QLatin1String("total")).toInteger(),
             o.value(QLatin1String("unsubscribed")).toInteger());

    // Demo data goes into an empty address book only.
    run = cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--subscribers"),
               QStringLiteral("10")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("empty address book"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::settingsJson()
{
    // Nothing stored: the country of the system locale, "US" for the C locale the test runs in.
    Run run = cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("get"),
                   QStringLiteral("default-country")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("default-country"), QStringLiteral("US")}}));

    run = cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("set"),
               QStringLiteral("default-country"), QStringLiteral("ru")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("default-country"), QStringLiteral("RU")}}));

    // Numbers without a country code are now read as Russian ones.
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"),
               QStringLiteral("8 (916) 123-45-67")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("phone")).toString(), QStringLiteral("+79161234567"));
    // --country wins over the setting.
    run = cli({QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("DE"),
               QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("0171 1234567")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("phone")).toString(), QStringLiteral("+491711234567"));

    run = cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("get"),
               QStringLiteral("business-name")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("business-name"), QString()}}));
    run = cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("set"),
               QStringLiteral("business-name"), QStringLiteral("Салон «Анна»")});
    QVERIFY_RUN_OK(run);
    run = cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("get"),
               QStringLiteral("business-name")});
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("business-name"), QStringLiteral("Салон «Анна»")}}));
}

void TestCli::textOutput()
{
    Run run = cli({QStringLiteral("--country"), QStringLiteral("RU"), QStringLiteral("subscriber"),
                   QStringLiteral("add"), QStringLiteral("89161234567"), QStringLiteral("--source"),
                   QStringLiteral("paper form"), QStringLiteral("--evidence"), QStringLiteral("form #12")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Added +7 916 123-45-67 (Subscribed).\n"));
    run = cli({QStringLiteral("exclude"), QStringLiteral("+79161234567"), QStringLiteral("--note"),
               QStringLiteral("complaint")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Excluded +7 916 123-45-67.\n"));
    run = cli({QStringLiteral("exclude"), QStringLiteral("+79161234567")});
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("+7 916 123-45-67 was already excluded.\n"));
    run = cli({QStringLiteral("subscriber"), QStringLiteral("show"), QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(run);
    QVERIFY2(run.out.contains("Status: Excluded"), run.out.constData());
}

// ---------------------------------------------------------------------------------------------

void TestCli::badInputExitsWithOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString anna = QStringLiteral("+79161234567");
    const QString s = QStringLiteral("--source"), e = QStringLiteral("--evidence");
    QTest::addRow("invalid number") << QStringList{QStringLiteral("subscriber"), QStringLiteral("add"),
                                                   QStringLiteral("12")}
                                    << QStringLiteral("“12” is too short");
    QTest::addRow("not valid for the country")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("add"),
                       QStringLiteral("+7 123 456 78 90")}
        << QStringLiteral("“+7 123 456 78 90” is not a valid number");
    QTest::addRow("duplicate, written differently")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("8 916 123-45-67")}
        << QStringLiteral("+7 916 123-45-67 is already in the address book (Анна Иванова)");
    QTest::addRow("unknown reason code")
        << QStringList{QStringLiteral("unsubscribe"), anna, QStringLiteral("--reason"),
                       QStringLiteral("spam")}
        << QStringLiteral("“spam” is not a reason; use one of: too_frequent");
    QTest::addRow("other without text") << QStringList{QStringLiteral("unsubscribe"), anna,
                                                       QStringLiteral("--reason"), QStringLiteral("other")}
                                        << QStringLiteral("“Other”");
    QTest::addRow("consent for a number not in the book")
        << QStringList{QStringLiteral("consent"),
                       QStringLiteral("+79161234568"),
                       s,
                       QStringLiteral("form"),
                       e,
                       QStringLiteral("#1")}
        << QStringLiteral("+7 916 123-45-68 is not in the address book");
    QTest::addRow("consent without evidence")
        << QStringList{QStringLiteral("consent"), anna, s, QStringLiteral("form")}
        << QStringLiteral("what proves");
    QTest::addRow("consent in the future") << QStringList{QStringLiteral("consent"),
                                                          anna,
                                                          s,
                                                          QStringLiteral("form"),
                                                          e,
                                                          QStringLiteral("#1"),
                                                          QStringLiteral("--date"),
                                                          QStringLiteral("2999-01-01")}
                                           << QStringLiteral("in the future");
    QTest::addRow("add with consent in the future")
        << QStringList{QStringLiteral("subscriber"),   QStringLiteral("add"),
                       QStringLiteral("+79161234569"), s,
                       QStringLiteral("form"),         e,
                       QStringLiteral("#1"),           QStringLiteral("--date"),
                       QStringLiteral("2999-01-01")}
        << QStringLiteral("in the future");
    QTest::addRow("show a number not in the book")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("show"), QStringLiteral("+79161234568")}
        << QStringLiteral("is not in the address book");
    QTest::addRow("delete a number not in the book")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("delete"), QStringLiteral("+79161234568")}
        << QStringLiteral("is not in the address book");
    QTest::addRow("exclude an invalid number")
        << QStringList{QStringLiteral("exclude"), QStringLiteral("Анна")}
        << QStringLiteral("“Анна” is not a phone number");
    QTest::addRow("history of an invalid number")
        << QStringList{QStringLiteral("history"), QStringLiteral("12")}
        << QStringLiteral("“12” is too short");
    QTest::addRow("unknown default country")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("default-country"),
                       QStringLiteral("XX")}
        << QStringLiteral("“XX” is not a country code");
}

void TestCli::badInputExitsWithOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    addAnna(true);
    const QStringList snapshotArgs[] = {
        {QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list")},
        {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")},
        {QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("get"),
         QStringLiteral("default-country")}};
    QByteArrayList before;
    for (const QStringList& a : snapshotArgs)
        before.append(cli(a).out);

    for (bool json : {false, true}) {
        const Run run = cli(QStringList{QStringLiteral("--country"), QStringLiteral("RU")} +
                            (json ? QStringList{QStringLiteral("--json")} : QStringList()) + args);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QLatin1String("textwell-cli: ")), qPrintable(err));
        QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
    }
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(cli(snapshotArgs[i]).out, before.at(i)); // nothing changed
}

void TestCli::wrongUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("beforeOpening"); // refused before the database is even created
    const QString n = QStringLiteral("+79161234567");
    QTest::addRow("no command") << QStringList() << QStringLiteral("name a command") << true;
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command “frobnicate”") << true;
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("subscriber"),
                                                   QStringLiteral("list")}
                                    << QStringLiteral("bogus") << true;
    QTest::addRow("exclude without number")
        << QStringList{QStringLiteral("exclude")} << QStringLiteral("exclude needs a phone number") << true;
    QTest::addRow("unsubscribe without number") << QStringList{QStringLiteral("unsubscribe")}
                                                << QStringLiteral("unsubscribe needs a phone number") << true;
    QTest::addRow("history without number")
        << QStringList{QStringLiteral("history")} << QStringLiteral("history needs a phone number") << true;
    QTest::addRow("unknown --country") << QStringList{QStringLiteral("--country"), QStringLiteral("XX"),
                                                      QStringLiteral("subscriber"), QStringLiteral("list")}
                                       << QStringLiteral("“XX” is not a country code") << true;
    QTest::addRow("subscriber add without number")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("add")}
        << QStringLiteral("subscriber add needs a phone number") << false;
    QTest::addRow("subscriber without action")
        << QStringList{QStringLiteral("subscriber")} << QStringLiteral("subscriber needs one of") << false;
    QTest::addRow("subscriber with unknown action")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("remove"), n}
        << QStringLiteral("subscriber needs one of") << false;
    QTest::addRow("unsubscribe without reason")
        << QStringList{QStringLiteral("unsubscribe"), n} << QStringLiteral("needs --reason") << false;
    QTest::addRow("consent with a malformed date")
        << QStringList{QStringLiteral("consent"), n, QStringLiteral("--date"), QStringLiteral("15.01.2025")}
        << QStringLiteral("YYYY-MM-DD") << false;
    QTest::addRow("list with unknown status")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("active")}
        << QStringLiteral("--status takes") << false;
    QTest::addRow("list with negative limit")
        << QStringList{QStringLiteral("subscriber"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("-1")}
        << QStringLiteral("--limit takes") << false;
    QTest::addRow("demo without count")
        << QStringList{QStringLiteral("demo")} << QStringLiteral("demo needs --subscribers") << false;
    QTest::addRow("demo with a word for a count")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--subscribers"), QStringLiteral("many")}
        << QStringLiteral("demo needs --subscribers") << false;
    QTest::addRow("settings with unknown key")
        << QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("colour")}
        << QStringLiteral("keys: business-name, default-country") << false;
    QTest::addRow("settings set without value")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business-name")}
        << QStringLiteral("needs a value") << false;
}

void TestCli::wrongUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(bool, beforeOpening);
    // On a path with no database yet, so that "refused before opening" can be seen: no file appears.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    const Run run = beforeOpening
                        ? cliWithoutDatabase(QStringList{QStringLiteral("--database"), fresh} + args)
                        : cli(args);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String("textwell-cli: ")), qPrintable(err));
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    if (beforeOpening)
        QVERIFY2(!QFileInfo::exists(fresh), "a wrong command must not create a database");
}

void TestCli::aMistypedDatabasePathIsRefused()
{
    // An opt-out typed against a wrong path must not land in a new, empty database.
    const QString typo = m_dir->filePath(QStringLiteral("cli.sqlitee"));
    const Run run = cliWithoutDatabase({QStringLiteral("--database"), typo, QStringLiteral("unsubscribe"),
                                        QStringLiteral("+79161234567"), QStringLiteral("--reason"),
                                        QStringLiteral("too_frequent")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("There is no database") && run.err.contains(" init"),
             qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(typo));
    // init makes one there, on purpose.
    QCOMPARE(cliWithoutDatabase({QStringLiteral("--database"), typo, QStringLiteral("init")}).exitCode, 0);
    QVERIFY(QFileInfo::exists(typo));
}

// ---------------------------------------------------------------------------------------------

void TestCli::optOutBelongsToTheNumber()
{
    addAnna(true);
    QVERIFY_RUN_OK(cli({QStringLiteral("unsubscribe"), QStringLiteral("+79161234567"),
                        QStringLiteral("--reason"), QStringLiteral("too_frequent")}));
    QVERIFY_RUN_OK(
        cli({QStringLiteral("subscriber"), QStringLiteral("delete"), QStringLiteral("+79161234567")}));

    // Re-added, even with a consent record: still unsubscribed, and the output says so.
    Run run = cli({QStringLiteral("--json"), QStringLiteral("--country"), QStringLiteral("RU"),
                   QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("8 916 123 45 67"),
                   QStringLiteral("--first-name"), QStringLiteral("Анна"), QStringLiteral("--source"),
                   QStringLiteral("import from the old shop system"), QStringLiteral("--evidence"),
                   QStringLiteral("column consent=yes")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("status")).toString(), QStringLiteral("unsubscribed"));
    const QJsonArray notices = run.object().value(QLatin1String("notices")).toArray();
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.at(0).toString().contains(QLatin1String("stays unsubscribed")),
             qPrintable(notices.at(0).toString()));
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("show"),
               QStringLiteral("+79161234567")});
    QVERIFY(!run.object().value(QLatin1String("opted_out_at")).toString().isEmpty());
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list"),
               QStringLiteral("--status"), QStringLiteral("subscribed")});
    QCOMPARE(run.object().value(QLatin1String("total")).toInteger(), 0);

    // A consent entered by hand with its evidence does re-subscribe it.
    run = cli({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("+79161234567"),
               QStringLiteral("--source"), QStringLiteral("asked at the till"), QStringLiteral("--evidence"),
               QStringLiteral("signed form #13")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));
    QCOMPARE(run.object().value(QLatin1String("notices")).toArray(), QJsonArray());

    run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")});
    QStringList kinds;
    for (const QJsonValue& e : run.json().array())
        kinds.append(e.toObject().value(QLatin1String("kind")).toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("opt_in"), QStringLiteral("opt_out"),
                                 QStringLiteral("opt_in"), QStringLiteral("opt_in")}));

    // A number excluded before it was ever in the book is excluded when added.
    QVERIFY_RUN_OK(cli({QStringLiteral("exclude"), QStringLiteral("+491711234567"), QStringLiteral("--note"),
                        QStringLiteral("complaint call")}));
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"),
               QStringLiteral("+491711234567"), QStringLiteral("--source"), QStringLiteral("web"),
               QStringLiteral("--evidence"), QStringLiteral("log")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("status")).toString(), QStringLiteral("excluded"));
    run = cli({QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("+491711234567"),
               QStringLiteral("--source"), QStringLiteral("web"), QStringLiteral("--evidence"),
               QStringLiteral("log 2")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("status")).toString(), QStringLiteral("excluded"));
}

void TestCli::newerDatabaseIsRefusedAndUntouched()
{
    addAnna(true);
    {
        const QString name = QStringLiteral("tst_cli-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            const int version = q.value(0).toInt();
            QVERIFY(version > 0);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(!QFileInfo::exists(m_db + QLatin1String("-wal")));
    const QByteArray before = fileHash(m_db);
    const QStringList commands[] = {
        {QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list")},
        {QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("+79161234568")},
        {QStringLiteral("unsubscribe"), QStringLiteral("+79161234567"), QStringLiteral("--reason"),
         QStringLiteral("too_frequent")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business-name"),
         QStringLiteral("x")}};
    for (const QStringList& args : commands) {
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("newer version of Textwell"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(fileHash(m_db), before);
    }
}

void TestCli::otherFileIsRefusedAndUntouched()
{
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("first_name,phone\nАнна,+79161234567\n");
    file.close();
    const QByteArray before = fileHash(m_db);
    const Run run =
        cli({QStringLiteral("subscriber"), QStringLiteral("add"), QStringLiteral("+79161234567")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("not a Textwell database"), run.err.constData());
    QCOMPARE(fileHash(m_db), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
