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
    void importRussianExcelWithConsent();
    void importDryRunWritesNothing();
    void importReportsRowsNotImported();
    void importSuppressionListExcludes();
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
    void eraseWithoutYesChangesNothing();
    void eraseJsonAndHistory();
    void demoJson();
    void demoCountsInRussian();
    void settingsJson();
    void textOutput();
    void badInputExitsWithOne_data();
    void badInputExitsWithOne();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();
    void optOutBelongsToTheNumber();
    void newerDatabaseIsRefusedAndUntouched();
    void otherFileIsRefusedAndUntouched();

    // Segments, custom fields, message texts.
    void segmentCountJson();
    void segmentSaveShowListDeleteJson();
    void segmentSaveRefusesAMistakeNamingTheRule_data();
    void segmentSaveRefusesAMistakeNamingTheRule();
    void customFieldJson();
    void smsInfoJson_data();
    void smsInfoJson();
    void renderJson();
    void rulesLoadShowAndReset();
    void renderNamesThePositionAsAPersonCounts_data();
    void renderNamesThePositionAsAPersonCounts();
    void messageSettingsJson();

private:
    Run cli(const QStringList& args) const;
    Run cliWithoutDatabase(const QStringList& args) const;
    void addAnna(bool withConsent);
    // subscriber add NUMBER with these options (--json, so notices do not go to stderr).
    void addPerson(const QString& number, const QStringList& options);
    // Marketing messages sent to a number a day ago, as the outbox records them.
    void addSentMessages(const QString& phone, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_language; // the LANGUAGE the CLI runs in; empty for the C locale's English
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(TEXTWELL_CLI)).isExecutable(), TEXTWELL_CLI);
}

void TestCli::init()
{
    m_language.clear();
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
    if (m_language.isEmpty())
        env.remove(QStringLiteral("LANGUAGE"));
    else
        env.insert(QStringLiteral("LANGUAGE"), m_language); // the CLI picks its translation from it
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

void TestCli::addPerson(const QString& number, const QStringList& options)
{
    const Run run = cli(
        QStringList{QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"), number} +
        options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestCli::addSentMessages(const QString& phone, int count)
{
    const QString name = QStringLiteral("tst_cli-outbox");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO message (phone, marketing, state, sent_at) VALUES (?, 1, 'sent', ?)"));
        for (int i = 0; i < count; ++i) {
            q.addBindValue(phone);
            q.addBindValue(
                QDateTime::currentDateTimeUtc().addDays(-1).addSecs(-60).toString(Qt::ISODateWithMs));
            QVERIFY(q.exec());
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
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

namespace {
QString importData(const char* name)
{
    return QStringLiteral(TEXTWELL_TEST_DATA "/import/") + QLatin1String(name);
}
} // namespace

void TestCli::importRussianExcelWithConsent()
{
    const Run run =
        cli({QStringLiteral("--json"), QStringLiteral("import"), importData("russian-excel-1251.csv"),
             QStringLiteral("--country"), QStringLiteral("RU"), QStringLiteral("--consent-source"),
             QStringLiteral("Анкета на кассе"), QStringLiteral("--consent-evidence"),
             QStringLiteral("Папка 2024")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("added")).toInt(), 5);
    QCOMPARE(run.object().value(QLatin1String("consents_recorded")).toInt(), 5);
    QCOMPARE(run.object().value(QLatin1String("mapping")).toString(),
             QStringLiteral("Фамилия=last_name,Имя=first_name,Мобильный телефон=phone,Город=city,"
                            "Дата рождения=birth_date"));
    const Run shown = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("show"),
                           QStringLiteral("+79265551234")});
    QVERIFY_RUN_OK(shown);
    const QJsonObject alena = shown.object();
    QCOMPARE(alena.value(QLatin1String("first_name")).toString(), QStringLiteral("Алёна"));
    QCOMPARE(alena.value(QLatin1String("last_name")).toString(), QStringLiteral("Петрова"));
    QCOMPARE(alena.value(QLatin1String("city")).toString(),
             QStringLiteral("Санкт-Петербург; Васильевский остров"));
    QCOMPARE(alena.value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));
    QCOMPARE(alena.value(QLatin1String("consent_source")).toString(), QStringLiteral("Анкета на кассе"));
    const Run history =
        cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79265551234")});
    QVERIFY_RUN_OK(history);
    QCOMPARE(history.json().array().size(), 1);
    QCOMPARE(history.json().array().first().toObject().value(QLatin1String("channel")).toString(),
             QStringLiteral("import"));
}

void TestCli::importDryRunWritesNothing()
{
    const Run run = cli({QStringLiteral("import"), importData("german-1252.csv"), QStringLiteral("--country"),
                         QStringLiteral("DE"), QStringLiteral("--dry-run")});
    QVERIFY_RUN_OK(run);
    QVERIFY2(run.out.contains("5 new people will be added."), run.out.constData());
    QVERIFY2(run.out.contains("will have no consent"), run.out.constData());
    const Run list = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("list")});
    QVERIFY_RUN_OK(list);
    QCOMPARE(list.json().array().size(), 0);
}

void TestCli::importReportsRowsNotImported()
{
    const QString errors = m_dir->filePath(QStringLiteral("not-imported.csv"));
    const Run run =
        cli({QStringLiteral("--json"), QStringLiteral("import"), importData("ragged-rows.csv"),
             QStringLiteral("--country"), QStringLiteral("DE"), QStringLiteral("--errors-out"), errors});
    QVERIFY_RUN_OK(run);
    const QJsonArray problems = run.object().value(QLatin1String("problems")).toArray();
    QVERIFY(!problems.isEmpty());
    QFile file(errors);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    for (const QJsonValue& p : problems)
        QVERIFY(
            report.contains(QStringLiteral("\r\n%1,").arg(p.toObject().value(QLatin1String("row")).toInt())));
    // Wrong usage: a mapping naming a column the file does not have.
    const Run wrong = cli({QStringLiteral("import"), importData("ragged-rows.csv"),
                           QStringLiteral("--mapping"), QStringLiteral("Telefon=phone")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains("Telefon"));
    const Run empty = cli({QStringLiteral("import"), importData("empty.csv")});
    QCOMPARE(empty.exitCode, 1);
    QCOMPARE(empty.err.count('\n'), 1);
}

void TestCli::importSuppressionListExcludes()
{
    const Run run =
        cli({QStringLiteral("--json"), QStringLiteral("import-suppression"), importData("numbers-only.txt"),
             QStringLiteral("--country"), QStringLiteral("DE"), QStringLiteral("--list-source"),
             QStringLiteral("Opt-outs of our previous provider")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("excluded")).toInt(), 5);
    const Run history =
        cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+491712345678")});
    QVERIFY_RUN_OK(history);
    const QJsonObject event = history.json().array().first().toObject();
    QCOMPARE(event.value(QLatin1String("kind")).toString(), QStringLiteral("exclude"));
    QCOMPARE(event.value(QLatin1String("channel")).toString(), QStringLiteral("import"));
    QCOMPARE(event.value(QLatin1String("source")).toString(),
             QStringLiteral("Opt-outs of our previous provider"));
    const Run noSource = cli({QStringLiteral("import-suppression"), importData("numbers-only.txt")});
    QCOMPARE(noSource.exitCode, 2);
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

void TestCli::eraseWithoutYesChangesNothing()
{
    addAnna(true);
    const Run run = cli({QStringLiteral("--country"), QStringLiteral("RU"), QStringLiteral("erase"),
                         QStringLiteral("8 916 123-45-67")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString said = QString::fromUtf8(run.err);
    QCOMPARE(said.count(QLatin1Char('\n')), 1);
    for (const char* part : {"cannot be undone", "+7 916 123-45-67", "stays suppressed", "--yes"})
        QVERIFY2(said.contains(QLatin1String(part)), qPrintable(said));
    // What would go reads as a sentence: the last item joined with "and", not a comma.
    QVERIFY2(said.contains(QLatin1String("the person in the address book and 1 consent history entry.")),
             qPrintable(said));
    // Anna is still there, with her consent.
    const Run shown = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("show"),
                           QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(shown);
    QCOMPARE(shown.object().value(QLatin1String("status")).toString(), QStringLiteral("subscribed"));
    const Run history =
        cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(history);
    QCOMPARE(history.json().array().size(), 1);

    // A wrong number is bad input, said before anything else.
    const Run wrong = cli({QStringLiteral("erase"), QStringLiteral("12"), QStringLiteral("--yes")});
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(cli({QStringLiteral("erase")}).exitCode, 2);
}

void TestCli::eraseJsonAndHistory()
{
    addAnna(true);
    Run run = cli({QStringLiteral("--json"), QStringLiteral("erase"), QStringLiteral("+79161234567"),
                   QStringLiteral("--requested-at"), QStringLiteral("2026-01-02"), QStringLiteral("--note"),
                   QStringLiteral("e-mail of 2 January"), QStringLiteral("--yes")});
    QVERIFY_RUN_OK(run);
    QJsonObject o = run.object();
    QCOMPARE(o.value(QLatin1String("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(o.value(QLatin1String("erased")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("person_deleted")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("replies_deleted")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("message_texts_cleared")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("history_entries_deleted")).toInt(), 1); // her consent
    QCOMPARE(o.value(QLatin1String("history_entries_cleared")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("excluded_now")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("opted_out_at")).toString(), QString());
    QVERIFY(!o.value(QLatin1String("excluded_at")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("previous_erasure_at")).toString(), QString());
    const QJsonObject erasure = o.value(QLatin1String("erasure")).toObject();
    // The day the person asked, in the user's time zone.
    QCOMPARE(erasure.value(QLatin1String("requested_at")).toString(),
             QDate(2026, 1, 2).startOfDay().toUTC().toString(Qt::ISODate));
    QCOMPARE(erasure.value(QLatin1String("text")).toString(), QStringLiteral("e-mail of 2 January"));
    QCOMPARE(erasure.value(QLatin1String("actor")).toString(), QStringLiteral("cli:tester"));
    const QString erasedAt = erasure.value(QLatin1String("at")).toString();
    QVERIFY(qAbs(QDateTime::fromString(erasedAt, Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // Anna is gone; her number's history holds the exclusion and the erasure, nothing of her.
    run = cli({QStringLiteral("subscriber"), QStringLiteral("show"), QStringLiteral("+79161234567")});
    QCOMPARE(run.exitCode, 1);
    run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("+79161234567")});
    QVERIFY_RUN_OK(run);
    const QJsonArray history = run.json().array();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("exclude"));
    QCOMPARE(history.at(0).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("personal data erased on request"));
    QCOMPARE(history.at(0).toObject().value(QLatin1String("evidence")).toString(), QString());
    QCOMPARE(history.at(1).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("erasure"));
    QCOMPARE(history.at(1).toObject().value(QLatin1String("at")).toString(), erasedAt);
    QVERIFY(!run.out.contains("form #12") && !run.out.contains("paper form"));

    // Twice: harmless, and it says so.
    run = cli({QStringLiteral("erase"), QStringLiteral("+79161234567"), QStringLiteral("--yes")});
    QVERIFY_RUN_OK(run);
    const QString date =
        QDateTime::fromString(erasedAt, Qt::ISODate).toLocalTime().date().toString(Qt::ISODate);
    QCOMPARE(
        QString::fromUtf8(run.out),
        QStringLiteral("+7 916 123-45-67 was already erased on %1; nothing was left to erase. The number "
                       "stays suppressed.\n")
            .arg(date));

    // Re-adding the number finds it excluded. The consent recorded with it is new data: erasing
    // again deletes it, and says the number had been erased before.
    run = cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"),
               QStringLiteral("+79161234567"), QStringLiteral("--source"), QStringLiteral("web"),
               QStringLiteral("--evidence"), QStringLiteral("log 3")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("status")).toString(), QStringLiteral("excluded"));
    run = cli({QStringLiteral("erase"), QStringLiteral("+79161234567"), QStringLiteral("--yes")});
    QVERIFY_RUN_OK(run);
    QVERIFY2(
        run.out.startsWith("Erased the personal data of +7 916 123-45-67: the person in the address book"),
        run.out.constData());
    QVERIFY2(run.out.endsWith(QStringLiteral("It had been erased before, on %1.\n").arg(date).toUtf8()),
             run.out.constData());

    // Text output for a number with a person. (The plural's wording comes from the translation.)
    addPerson(QStringLiteral("+79161234568"), {QStringLiteral("--source"), QStringLiteral("web"),
                                               QStringLiteral("--evidence"), QStringLiteral("log 4")});
    run = cli({QStringLiteral("erase"), QStringLiteral("+79161234568"), QStringLiteral("--yes")});
    QVERIFY_RUN_OK(run);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("Erased the personal data of +7 916 123-45-68: the person in the "
                                         "address book and 1 consent history entry."));
    QCOMPARE(
        lines.at(1),
        QStringLiteral("The number stays excluded so that it is never texted again; the law requires it."));
}

void TestCli::demoJson()
{
    Run run = cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--subscribers"),
                   QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY_RUN_OK(run);
    const QJsonObject o = run.object();
    QCOMPARE(keys(o), (QStringList{QStringLiteral("campaign_opt_outs"), QStringLiteral("campaigns"),
                                   QStringLiteral("excluded"), QStringLiteral("excluded_non_subscribers"),
                                   QStringLiteral("messages_sent"), QStringLiteral("seconds"),
                                   QStringLiteral("subscribers"), QStringLiteral("unsubscribed"),
                                   QStringLiteral("without_consent")}));
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

void TestCli::demoCountsInRussian()
{
    // Russian has three plural forms: 1 контакт, 2 контакта, 5 контактов. The count is written
    // in the Russian locale too.
    m_language = QStringLiteral("ru");
    const QList<std::pair<int, QString>> cases = {{2, QStringLiteral("Создано 2 контакта (")},
                                                  {5, QStringLiteral("Создано 5 контактов (")},
                                                  {21, QStringLiteral("Создан 21 контакт (")}};
    for (const auto& [count, expected] : cases) {
        init(); // a fresh, empty database for each
        m_language = QStringLiteral("ru");
        const Run run = cli({QStringLiteral("demo"), QStringLiteral("--subscribers"), QString::number(count),
                             QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY_RUN_OK(run);
        const QString said = QString::fromUtf8(run.out);
        QVERIFY2(said.startsWith(expected), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("История за год: ")), qPrintable(said));
    }
    // English keeps its two forms.
    init();
    const Run english = cli({QStringLiteral("demo"), QStringLiteral("--subscribers"), QStringLiteral("1"),
                             QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY_RUN_OK(english);
    QVERIFY2(english.out.startsWith("Created 1 person ("), english.out.constData());
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
    const QString seg = QStringLiteral("segment");
    const QString rule = QStringLiteral("--rule");
    const QString name = QStringLiteral("--name");
    QTest::addRow("segment save with a word for an age")
        << QStringList{seg,
                       QStringLiteral("save"),
                       name,
                       QStringLiteral("Adults"),
                       rule,
                       QStringLiteral(R"({"all": [{"field": "city", "op": "is_not_empty"},
                                                  {"any": [{"field": "age", "op": "at_least", "value": "abc"}]}]})")}
        << QStringLiteral("Rule 2.1: “abc” is not a whole number.");
    QTest::addRow("segment save with an unknown field")
        << QStringList{seg,
                       QStringLiteral("save"),
                       name,
                       QStringLiteral("Colour"),
                       rule,
                       QStringLiteral(R"({"all": [{"field": "city", "op": "is_not_empty"},
                                                  {"field": "colour", "op": "is", "value": "red"}]})")}
        << QStringLiteral("Rule 2: unknown field “colour”.");
    QTest::addRow("segment save with a rule that is not JSON")
        << QStringList{seg,  QStringLiteral("save"),        name, QStringLiteral("Broken"),
                       rule, QStringLiteral(R"({"all": [)")}
        << QStringLiteral("The rule is not valid JSON");
    QTest::addRow("segment count with a tag that does not exist")
        << QStringList{seg, QStringLiteral("count"), rule,
                       QStringLiteral(R"({"any": [{"field": "tags", "op": "any", "values": ["Gold"]}]})")}
        << QStringLiteral("Rule 1: There is no tag “Gold”.");
    QTest::addRow("segment show of a segment that does not exist")
        << QStringList{seg, QStringLiteral("show"), name, QStringLiteral("Nope")}
        << QStringLiteral("There is no segment named “Nope”.");
    QTest::addRow("segment count of a segment that does not exist")
        << QStringList{seg, QStringLiteral("count"), name, QStringLiteral("Nope")}
        << QStringLiteral("There is no segment named “Nope”.");
    QTest::addRow("render with an unknown placeholder")
        << QStringList{QStringLiteral("render"), QStringLiteral("--phone"), anna,
                       QStringLiteral("--template"), QStringLiteral("Hallo {frist_name}!")}
        << QStringLiteral("There is no field “frist_name” (character 7).");
    QTest::addRow("render for a number not in the book")
        << QStringList{QStringLiteral("render"), QStringLiteral("--phone"), QStringLiteral("+79161234568"),
                       QStringLiteral("--template"), QStringLiteral("Hallo")}
        << QStringLiteral("+79161234568 is not in the address book");
    QTest::addRow("custom field with a brace")
        << QStringList{QStringLiteral("custom-field"), QStringLiteral("add"), QStringLiteral("Size {EU}")}
        << QStringLiteral("A field name cannot contain");
    QTest::addRow("custom field named like a standard one")
        << QStringList{QStringLiteral("custom-field"), QStringLiteral("add"), QStringLiteral("First_Name")}
        << QStringLiteral("“First_Name” is already a standard field.");
    QTest::addRow("removing a custom field that does not exist")
        << QStringList{QStringLiteral("custom-field"), QStringLiteral("remove"), QStringLiteral("Nope")}
        << QStringLiteral("There is no custom field “Nope”.");
    QTest::addRow("an empty opt-out line") << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                                          QStringLiteral("opt-out-wording-de"), QString()}
                                           << QStringLiteral("The opt-out line cannot be empty");
    QTest::addRow("an opt-out line of 81 characters")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("opt-out-wording-ru"), QString(81, QLatin1Char('x'))}
        << QStringLiteral("The opt-out line is too long: at most 80 characters.");
    QTest::addRow("a frequency cap over 1000")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("frequency-cap-messages"), QStringLiteral("1001")}
        << QStringLiteral("from 0 (no cap) to 1000");
    QTest::addRow("a price that is not a number")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("price-per-part"),
                       QStringLiteral("seven cents")}
        << QStringLiteral("“seven cents” is not a price");
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
        << QStringLiteral("keys: business-name, callback-address, callback-port, currency, default-country")
        << false;
    QTest::addRow("settings set without value")
        << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business-name")}
        << QStringLiteral("needs a value") << false;
    const QString everyone = QStringLiteral(R"({"all": []})");
    QTest::addRow("sms-info without text")
        << QStringList{QStringLiteral("sms-info")} << QStringLiteral("sms-info needs the text") << true;
    QTest::addRow("segment without action") << QStringList{QStringLiteral("segment")}
                                            << QStringLiteral("segment needs one of: list, show") << false;
    QTest::addRow("segment save without a rule")
        << QStringList{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                       QStringLiteral("Berlin")}
        << QStringLiteral("segment save needs --name NAME and --rule JSON") << false;
    QTest::addRow("segment save without a name")
        << QStringList{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--rule"), everyone}
        << QStringLiteral("segment save needs --name NAME and --rule JSON") << false;
    QTest::addRow("segment count without a rule")
        << QStringList{QStringLiteral("segment"), QStringLiteral("count")}
        << QStringLiteral("give either --rule JSON or --name NAME") << false;
    QTest::addRow("segment count with a rule and a name")
        << QStringList{QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--rule"), everyone,
                       QStringLiteral("--name"),  QStringLiteral("Berlin")}
        << QStringLiteral("give either --rule JSON or --name NAME") << false;
    QTest::addRow("segment delete without a name")
        << QStringList{QStringLiteral("segment"), QStringLiteral("delete")}
        << QStringLiteral("segment delete needs --name NAME") << false;
    QTest::addRow("custom-field without action") << QStringList{QStringLiteral("custom-field")}
                                                 << QStringLiteral("custom-field needs one of") << false;
    QTest::addRow("custom-field add without a name")
        << QStringList{QStringLiteral("custom-field"), QStringLiteral("add")}
        << QStringLiteral("custom-field add needs the field's name") << false;
    QTest::addRow("render without a template")
        << QStringList{QStringLiteral("render"), QStringLiteral("--phone"), n}
        << QStringLiteral("render needs --template TEXT and --phone NUMBER") << false;
    QTest::addRow("render without a number")
        << QStringList{QStringLiteral("render"), QStringLiteral("--template"), QStringLiteral("Hallo")}
        << QStringLiteral("render needs --template TEXT and --phone NUMBER") << false;
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

// ---------------------------------------------------------------------------------------------
// Segments, custom fields and message texts.

namespace {

QJsonObject breakdown(qint64 matching, qint64 unsubscribed, qint64 excluded, qint64 noConsent,
                      qint64 notMobile, qint64 overCap, qint64 willReceive, qint64 awaitingConfirmation = 0)
{
    return QJsonObject{{QStringLiteral("matching"), matching},
                       {QStringLiteral("unsubscribed"), unsubscribed},
                       {QStringLiteral("excluded"), excluded},
                       {QStringLiteral("no_consent"), noConsent},
                       {QStringLiteral("not_mobile"), notMobile},
                       {QStringLiteral("over_cap"), overCap},
                       {QStringLiteral("will_receive"), willReceive},
                       {QStringLiteral("awaiting_confirmation"), awaitingConfirmation}};
}

const QStringList withConsent = {QStringLiteral("--source"), QStringLiteral("paper form"),
                                 QStringLiteral("--evidence"), QStringLiteral("form #1")};

} // namespace

void TestCli::segmentCountJson()
{
    // French numbers: France's rules need no confirmation by SMS (German consents would all be
    // awaiting one; tst_doubleoptin counts those).
    const QStringList berlin = {QStringLiteral("--city"), QStringLiteral("Berlin")};
    addPerson(QStringLiteral("+33610000001"),
              berlin + withConsent + QStringList{QStringLiteral("--tags"), QStringLiteral("vip")});
    addPerson(QStringLiteral("+33610000002"), berlin + withConsent);
    addPerson(QStringLiteral("+33610000003"), berlin + withConsent); // unsubscribes below
    addPerson(QStringLiteral("+33610000004"), berlin + withConsent); // excluded below
    addPerson(QStringLiteral("+33610000005"), berlin);               // no consent
    addPerson(QStringLiteral("+33123456789"), berlin + withConsent); // a landline
    addPerson(QStringLiteral("+33610000006"), berlin + withConsent); // over the cap
    addPerson(QStringLiteral("+33610000007"),
              QStringList{QStringLiteral("--city"), QStringLiteral("München")} + withConsent);
    QVERIFY_RUN_OK(cli({QStringLiteral("unsubscribe"), QStringLiteral("+33610000003"),
                        QStringLiteral("--reason"), QStringLiteral("too_frequent")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("exclude"), QStringLiteral("+33610000004")}));
    addSentMessages(QStringLiteral("+33610000006"), 4); // the default cap: 4 per 30 days
    if (QTest::currentTestFailed())
        return;

    const QString inBerlin =
        QStringLiteral(R"({"all": [{"field": "city", "op": "is", "values": ["Berlin"]}]})");
    auto count = [this](const QStringList& how) {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("count")} +
                   how);
    };
    Run run = count({QStringLiteral("--rule"), inBerlin});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), breakdown(7, 1, 1, 1, 1, 1, 2));
    run = count({QStringLiteral("--rule"), QStringLiteral(R"({"any": []})")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), breakdown(8, 1, 1, 1, 1, 1, 3));
    run = count({QStringLiteral("--rule"),
                 QStringLiteral(R"({"all": [{"field": "city", "op": "is", "value": "Berlin"},
                                            {"field": "tags", "op": "any", "values": ["VIP"]}]})")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), breakdown(1, 0, 0, 0, 0, 0, 1));

    // A saved segment counts the same, found by its name in any case.
    QVERIFY_RUN_OK(cli({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                        QStringLiteral("Berlin"), QStringLiteral("--rule"), inBerlin}));
    run = count({QStringLiteral("--name"), QStringLiteral("BERLIN")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), breakdown(7, 1, 1, 1, 1, 1, 2));

    // For people: one line per group, the left-out ones marked.
    run = cli({QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--name"),
               QStringLiteral("Berlin")});
    QVERIFY_RUN_OK(run);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(0).simplified(), QStringLiteral("7 Match the rules"));
    QCOMPARE(lines.at(4).simplified(), QStringLiteral("− 0 Awaiting confirmation by SMS"));
    QCOMPARE(lines.at(6).simplified(), QStringLiteral("− 1 Over the frequency cap"));
    QCOMPARE(lines.at(7).simplified(), QStringLiteral("2 Will receive"));

    // The cap follows the settings.
    auto set = [this](const QString& key, const QString& value) {
        return cli({QStringLiteral("settings"), QStringLiteral("set"), key, value});
    };
    QVERIFY_RUN_OK(set(QStringLiteral("frequency-cap-messages"), QStringLiteral("0"))); // no cap
    QCOMPARE(count({QStringLiteral("--name"), QStringLiteral("Berlin")}).object(),
             breakdown(7, 1, 1, 1, 1, 0, 3));
    QVERIFY_RUN_OK(set(QStringLiteral("frequency-cap-messages"), QStringLiteral("5")));
    QCOMPARE(count({QStringLiteral("--name"), QStringLiteral("Berlin")}).object(),
             breakdown(7, 1, 1, 1, 1, 0, 3));
    QVERIFY_RUN_OK(set(QStringLiteral("frequency-cap-messages"), QStringLiteral("4")));
    QVERIFY_RUN_OK(
        set(QStringLiteral("frequency-cap-days"), QStringLiteral("1"))); // sent more than a day ago
    QCOMPARE(count({QStringLiteral("--name"), QStringLiteral("Berlin")}).object(),
             breakdown(7, 1, 1, 1, 1, 0, 3));
    QVERIFY_RUN_OK(set(QStringLiteral("frequency-cap-days"), QStringLiteral("2")));
    QCOMPARE(count({QStringLiteral("--name"), QStringLiteral("Berlin")}).object(),
             breakdown(7, 1, 1, 1, 1, 1, 2));
}

void TestCli::segmentSaveShowListDeleteJson()
{
    addPerson(QStringLiteral("+4915110000001"),
              QStringList{QStringLiteral("--city"), QStringLiteral("Berlin"), QStringLiteral("--tags"),
                          QStringLiteral("vip")} +
                  withConsent);
    const QStringList list = {QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("list")};
    Run run = cli(list);
    QVERIFY_RUN_OK(run);
    QVERIFY(run.json().isArray());
    QCOMPARE(run.json().array(), QJsonArray());

    // "value" for one is stored as "values", the form every rule is shown in.
    const QString rule = QStringLiteral(R"({"all": [{"field": "city", "op": "is", "value": "Berlin"},
                                                    {"field": "tags", "op": "any", "values": ["VIP"]}]})");
    const QJsonObject stored =
        QJsonDocument::fromJson(R"({"all": [{"field": "city", "op": "is", "values": ["Berlin"]},
                                             {"field": "tags", "op": "any", "values": ["VIP"]}]})")
            .object();
    run = cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("save"),
               QStringLiteral("--name"), QStringLiteral("Berlin VIPs"), QStringLiteral("--rule"), rule});
    QVERIFY_RUN_OK(run);
    QCOMPARE(keys(run.object()), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    const qint64 id = run.object().value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(run.object().value(QLatin1String("name")).toString(), QStringLiteral("Berlin VIPs"));
    const QJsonObject segment{{QStringLiteral("id"), id},
                              {QStringLiteral("name"), QStringLiteral("Berlin VIPs")},
                              {QStringLiteral("rule"), stored}};
    run = cli(list);
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.json().array(), QJsonArray{segment});
    run = cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("show"),
               QStringLiteral("--name"), QStringLiteral("berlin vips")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), segment);
    run = cli({QStringLiteral("segment"), QStringLiteral("show"), QStringLiteral("--name"),
               QStringLiteral("Berlin VIPs")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(QJsonDocument::fromJson(run.out).object(), stored);
    run = cli({QStringLiteral("segment"), QStringLiteral("list")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Berlin VIPs\n"));

    // Saving under the same name, in any case, replaces its rule.
    run = cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("save"),
               QStringLiteral("--name"), QStringLiteral("BERLIN VIPS"), QStringLiteral("--rule"),
               QStringLiteral(R"({"any": [{"field": "city", "op": "is_empty"}]})")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), QStringLiteral("Berlin VIPs")}}));
    run = cli(list);
    QCOMPARE(run.json().array().size(), 1);
    QCOMPARE(
        run.json().array().at(0).toObject().value(QLatin1String("rule")).toObject(),
        QJsonDocument::fromJson(R"({"any": [{"field": "city", "op": "is_empty", "values": []}]})").object());

    run = cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("delete"),
               QStringLiteral("--name"), QStringLiteral("berlin VIPs")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), (QJsonObject{{QStringLiteral("deleted"), QStringLiteral("Berlin VIPs")}}));
    QCOMPARE(cli(list).json().array(), QJsonArray());
    run = cli({QStringLiteral("segment"), QStringLiteral("delete"), QStringLiteral("--name"),
               QStringLiteral("Berlin VIPs")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("There is no segment named “Berlin VIPs”."), run.err.constData());
}

void TestCli::segmentSaveRefusesAMistakeNamingTheRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("message");
    const QString berlin = QStringLiteral(R"({"field": "city", "op": "is", "values": ["Berlin"]})");
    QTest::addRow("a word for an age")
        << QStringLiteral(
               R"({"all": [%1, {"any": [%1, {"field": "age", "op": "at_least", "value": "abc"}]}]})")
               .arg(berlin)
        << QStringLiteral("Rule 2.2: “abc” is not a whole number.");
    QTest::addRow("month 13")
        << QStringLiteral(R"({"any": [%1, {"field": "birthday_month", "op": "in", "values": [12, 13]}]})")
               .arg(berlin)
        << QStringLiteral("Rule 2: 13 is out of range: use a number from 1 to 12.");
    QTest::addRow("dates the wrong way round")
        << QStringLiteral(
               R"({"all": [{"field": "signup_date", "op": "between", "values": ["2025-03-01", "2025-02-01"]}]})")
        << QStringLiteral("Rule 1: The first date is after the second.");
    QTest::addRow("a tag that does not exist")
        << QStringLiteral(R"({"all": [{"field": "tags", "op": "any", "values": ["vip", "Gold"]}]})")
        << QStringLiteral("Rule 1: There is no tag “Gold”.");
    QTest::addRow("an empty group") << QStringLiteral(R"({"all": [%1, {"any": []}]})").arg(berlin)
                                    << QStringLiteral("Rule 2: This group is empty");
    QStringList towns;
    for (int i = 0; i < 1001; ++i)
        towns.append(QStringLiteral("\"Town %1\"").arg(i));
    QTest::addRow("1,001 values") << QStringLiteral(
                                         R"({"all": [{"field": "city", "op": "is", "values": [%1]}]})")
                                         .arg(towns.join(QLatin1Char(',')))
                                  << QStringLiteral("Rule 1: At most 1,000 values, please.");
    QTest::addRow("a value of 5,000 characters")
        << QStringLiteral(R"({"all": [%1, {"field": "region", "op": "contains", "value": "%2"}]})")
               .arg(berlin, QString(5000, QLatin1Char('x')))
        << QStringLiteral("Rule 2: A value can have at most 1,000 characters.");
}

void TestCli::segmentSaveRefusesAMistakeNamingTheRule()
{
    QFETCH(QString, rule);
    QFETCH(QString, message);
    addPerson(QStringLiteral("+4915110000001"), QStringList{QStringLiteral("--tags"), QStringLiteral("VIP")});
    const QStringList save = {QStringLiteral("segment"), QStringLiteral("save"),   QStringLiteral("--name"),
                              QStringLiteral("Mistake"), QStringLiteral("--rule"), rule};
    const QStringList count = {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--rule"),
                               rule};
    for (const QStringList& args : {save, count}) {
        const Run run = cli(QStringList{QStringLiteral("--json")} + args);
        QVERIFY2(run.exitCode == 1 && run.out.isEmpty(), qPrintable(run.describe().left(2000)));
        QCOMPARE(QString::fromUtf8(run.err).left(message.size() + 14),
                 QStringLiteral("textwell-cli: ") + message);
        QCOMPARE(run.err.count('\n'), 1);
    }
    QCOMPARE(
        cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("list")}).json().array(),
        QJsonArray()); // nothing saved
}

void TestCli::customFieldJson()
{
    auto field = [this](const QStringList& args) {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("custom-field")} + args);
    };
    Run run = field({QStringLiteral("list")});
    QVERIFY_RUN_OK(run);
    QVERIFY(run.json().isArray());
    QCOMPARE(run.json().array(), QJsonArray());
    run = field({QStringLiteral("add"), QStringLiteral("Shoe size")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.json().array(), QJsonArray{QStringLiteral("Shoe size")});
    run = field({QStringLiteral("add"), QStringLiteral("  Kid's name ")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.json().array(), (QJsonArray{QStringLiteral("Kid's name"), QStringLiteral("Shoe size")}));
    // The same name in other letters' case is the same field.
    run = field({QStringLiteral("add"), QStringLiteral("SHOE SIZE")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.json().array(), (QJsonArray{QStringLiteral("Kid's name"), QStringLiteral("Shoe size")}));
    run = cli({QStringLiteral("custom-field"), QStringLiteral("list")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Kid's name\nShoe size\n"));

    // A segment on a field that is then removed still opens; counting it names the segment, the rule and the
    // field.
    addPerson(QStringLiteral("+4915110000001"), withConsent);
    QVERIFY_RUN_OK(cli({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                        QStringLiteral("Big feet"), QStringLiteral("--rule"),
                        QStringLiteral(R"({"all": [{"field": "city", "op": "is_empty"},
                                                   {"field": "custom", "name": "shoe size", "op": "at_least",
                                                    "value": 40}]})")}));
    run = cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("count"),
               QStringLiteral("--name"), QStringLiteral("Big feet")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), breakdown(0, 0, 0, 0, 0, 0, 0)); // nobody has a shoe size yet
    run = field({QStringLiteral("remove"), QStringLiteral("Shoe Size")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.json().array(), QJsonArray{QStringLiteral("Kid's name")});
    run = cli({QStringLiteral("--json"), QStringLiteral("segment"), QStringLiteral("show"),
               QStringLiteral("--name"), QStringLiteral("Big feet")});
    QVERIFY_RUN_OK(run);
    run = cli({QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--name"),
               QStringLiteral("Big feet")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.startsWith("textwell-cli: The segment “Big feet” cannot be used: Rule 2: The custom field "
                           "“shoe size” no longer exists."),
        run.err.constData());
}

void TestCli::smsInfoJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("parts");
    QTest::addColumn<QList<int>>("perPart");
    QTest::addColumn<QList<int>>("nonGsm"); // UTF-16 positions of the characters that force UCS-2
    // The vectors of /work/shared/reference/sms-encoding.md section 1.4 (Twilio's calculator).
    const QString a = QStringLiteral("a");
    const QString euro = QStringLiteral("€");
    const QString zhe = QStringLiteral("Ж");
    const QString grin = QStringLiteral("😀");
    auto range = [](int from, int to, int step = 1) {
        QList<int> positions;
        for (int i = from; i <= to; i += step)
            positions.append(i);
        return positions;
    };
    QTest::addRow("empty") << QString() << QStringLiteral("GSM-7") << 1 << QList<int>{0} << QList<int>();
    QTest::addRow("160 a") << a.repeated(160) << QStringLiteral("GSM-7") << 1 << QList<int>{160}
                           << QList<int>();
    QTest::addRow("161 a") << a.repeated(161) << QStringLiteral("GSM-7") << 2 << QList<int>{153, 8}
                           << QList<int>();
    QTest::addRow("307 a") << a.repeated(307) << QStringLiteral("GSM-7") << 3 << QList<int>{153, 153, 1}
                           << QList<int>();
    QTest::addRow("80 euro signs") << euro.repeated(80) << QStringLiteral("GSM-7") << 1 << QList<int>{80}
                                   << QList<int>();
    QTest::addRow("81 euro signs") << euro.repeated(81) << QStringLiteral("GSM-7") << 2 << QList<int>{76, 5}
                                   << QList<int>();
    QTest::addRow("a euro sign moved whole")
        << a.repeated(152) + euro + a.repeated(8) << QStringLiteral("GSM-7") << 2 << QList<int>{152, 9}
        << QList<int>();
    QTest::addRow("a brace moved whole")
        << a.repeated(152) + QStringLiteral("{") + QStringLiteral("b").repeated(10) << QStringLiteral("GSM-7")
        << 2 << QList<int>{152, 11} << QList<int>();
    QTest::addRow("71 Cyrillic") << zhe.repeated(71) << QStringLiteral("UCS-2") << 2 << QList<int>{67, 4}
                                 << range(0, 70);
    QTest::addRow("36 emoji") << grin.repeated(36) << QStringLiteral("UCS-2") << 2 << QList<int>{33, 3}
                              << range(0, 70, 2);
    QTest::addRow("an emoji moved whole")
        << zhe.repeated(66) + grin + zhe.repeated(4) << QStringLiteral("UCS-2") << 2 << QList<int>{66, 5}
        << range(0, 66) + range(68, 71);
    QTest::addRow("a family, one grapheme")
        << QStringLiteral("👨‍👩‍👧‍👦") << QStringLiteral("UCS-2") << 1 << QList<int>{1}
        << QList<int>{0, 2, 3, 5, 6, 8, 9};
    QTest::addRow("smart quotes") << QStringLiteral("“Hello” it’s") << QStringLiteral("UCS-2") << 1
                                  << QList<int>{12} << QList<int>{0, 6, 10};
    QTest::addRow("capital C cedilla")
        << QStringLiteral("Ç") << QStringLiteral("GSM-7") << 1 << QList<int>{1} << QList<int>();
    QTest::addRow("small c cedilla") << QStringLiteral("ç") << QStringLiteral("UCS-2") << 1 << QList<int>{1}
                                     << QList<int>{0};
    QTest::addRow("grave accent, tab, no-break space")
        << QStringLiteral("`\ta\u00A0b") << QStringLiteral("UCS-2") << 1 << QList<int>{5}
        << QList<int>{0, 1, 3};
    QTest::addRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("GSM-7") << 1 << QList<int>{4}
                           << QList<int>();
}

void TestCli::smsInfoJson()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, parts);
    QFETCH(QList<int>, perPart);
    QFETCH(QList<int>, nonGsm);
    // No database is needed, nor created.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    const Run run = cliWithoutDatabase(
        {QStringLiteral("--database"), fresh, QStringLiteral("--json"), QStringLiteral("sms-info"), text});
    QVERIFY_RUN_OK(run);
    QVERIFY(!QFileInfo::exists(fresh));
    const QJsonObject o = run.object();
    QCOMPARE(o.value(QLatin1String("encoding")).toString(), encoding);
    QCOMPARE(o.value(QLatin1String("parts")).toInt(), parts);
    QList<int> shownPerPart;
    for (const QJsonValue& n : o.value(QLatin1String("characters_per_part")).toArray())
        shownPerPart.append(n.toInt());
    QCOMPARE(shownPerPart, perPart);
    QList<int> positions;
    for (const QJsonValue& c : o.value(QLatin1String("non_gsm")).toArray()) {
        const QJsonObject item = c.toObject();
        const int position = item.value(QLatin1String("position")).toInt();
        positions.append(position);
        // The character shown is the one at that position.
        QCOMPARE(item.value(QLatin1String("character")).toString(),
                 text.mid(position, text.at(position).isHighSurrogate() ? 2 : 1));
    }
    QCOMPARE(positions, nonGsm);
}

void TestCli::renderJson()
{
    const QString de = QStringLiteral("+4915110000001");
    const QString ru = QStringLiteral("+79161234567");
    const QString fr = QStringLiteral("+33612345678");
    const QString noConsent = QStringLiteral("+4915110000002");
    addPerson(de,
              QStringList{QStringLiteral("--first-name"), QStringLiteral("Jürgen"), QStringLiteral("--city"),
                          QStringLiteral("Berlin"), QStringLiteral("--language"), QStringLiteral("de")} +
                  withConsent);
    addPerson(ru, QStringList{QStringLiteral("--city"), QStringLiteral("Москва"),
                              QStringLiteral("--language"), QStringLiteral("ru")} +
                      withConsent);
    addPerson(fr, QStringList{QStringLiteral("--first-name"), QStringLiteral("Amélie"),
                              QStringLiteral("--language"), QStringLiteral("fr")} +
                      withConsent);
    addPerson(noConsent, {QStringLiteral("--first-name"), QStringLiteral("Ida"), QStringLiteral("--language"),
                          QStringLiteral("de")});
    const QString hello = QStringLiteral("Hallo {first_name|Freund}, neu in {city|Ihrer Nähe}!");
    auto render = [this](const QString& phone, const QString& text) {
        return cli({QStringLiteral("--json"), QStringLiteral("render"), QStringLiteral("--phone"), phone,
                    QStringLiteral("--template"), text});
    };
    auto rendered = [](const QString& phone, const QString& status, const QString& text,
                       const QString& encoding) {
        return QJsonObject{{QStringLiteral("phone"), phone},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("encoding"), encoding},
                           {QStringLiteral("parts"), 1}};
    };
    const QString subscribed = QStringLiteral("subscribed");

    // Each person's values, or the fallback; the opt-out line in their language.
    Run run = render(de, hello);
    QVERIFY_RUN_OK(run);
    // A German consent from the desk still waits for the number's own confirmation (UWG § 7).
    QCOMPARE(run.object(), rendered(de, QStringLiteral("awaiting_confirmation"),
                                    QStringLiteral("Hallo Jürgen, neu in Berlin!\nAbmelden: Antwort STOP"),
                                    QStringLiteral("GSM-7")));
    run = render(ru, hello);
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), rendered(ru, subscribed,
                                    QStringLiteral("Hallo Freund, neu in Москва!\nОтписаться: ответьте СТОП"),
                                    QStringLiteral("UCS-2")));
    // A language without its own line gets the line of the message language (English by default).
    run = render(fr, hello);
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), rendered(fr, subscribed,
                                    QStringLiteral("Hallo Amélie, neu in Ihrer Nähe!\nReply STOP to opt out"),
                                    QStringLiteral("GSM-7")));
    run = render(noConsent, hello);
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), rendered(noConsent, QStringLiteral("no_consent"),
                                    QStringLiteral("Hallo Ida, neu in Ihrer Nähe!\nAbmelden: Antwort STOP"),
                                    QStringLiteral("GSM-7")));
    // A text that already says how to opt out gets no second line.
    run = render(de, QStringLiteral("Hallo {first_name}! Abmelden: Antwort STOP"));
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QLatin1String("text")).toString(),
             QStringLiteral("Hallo Jürgen! Abmelden: Antwort STOP"));

    // For people: the text alone; a note on stderr for someone who would not receive it.
    run = cli({QStringLiteral("render"), QStringLiteral("--phone"), de, QStringLiteral("--template"), hello});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("Hallo Jürgen, neu in Berlin!\nAbmelden: Antwort STOP\n"));
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("“Awaiting confirmation”")),
             run.err.constData());
    run = cli({QStringLiteral("render"), QStringLiteral("--phone"), noConsent, QStringLiteral("--template"),
               hello});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("Hallo Ida, neu in Ihrer Nähe!\nAbmelden: Antwort STOP\n"));
    QVERIFY2(run.err.contains("would not receive this message"), run.err.constData());

    // The wording and the message language come from the settings.
    QVERIFY_RUN_OK(
        cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("opt-out-wording-de"),
             QStringLiteral("Keine SMS mehr? Antwort STOP")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("message-language"),
                        QStringLiteral("de")}));
    QCOMPARE(render(de, hello).object().value(QLatin1String("text")).toString(),
             QStringLiteral("Hallo Jürgen, neu in Berlin!\nKeine SMS mehr? Antwort STOP"));
    QCOMPARE(render(fr, hello).object().value(QLatin1String("text")).toString(),
             QStringLiteral("Hallo Amélie, neu in Ihrer Nähe!\nKeine SMS mehr? Antwort STOP"));
    QCOMPARE(render(ru, hello).object().value(QLatin1String("text")).toString(),
             QStringLiteral("Hallo Freund, neu in Москва!\nОтписаться: ответьте СТОП"));
}

void TestCli::renderNamesThePositionAsAPersonCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("character"); // of the {, counting an emoji as one character
    QTest::addRow("plain text") << QStringLiteral("Hallo {frist_name}!") << 7;
    QTest::addRow("after Cyrillic") << QStringLiteral("Привет, {frist_name}!") << 9;
    QTest::addRow("after an emoji") << QStringLiteral("Hi 😀 {frist_name}") << 6;
}

void TestCli::renderNamesThePositionAsAPersonCounts()
{
    QFETCH(QString, text);
    QFETCH(int, character);
    addAnna(true);
    const Run run = cli({QStringLiteral("render"), QStringLiteral("--phone"), QStringLiteral("+79161234567"),
                         QStringLiteral("--template"), text});
    QVERIFY2(run.exitCode == 1 && run.out.isEmpty(), qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QLatin1String("textwell-cli: ")) && err.count(QLatin1Char('\n')) == 1,
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("“frist_name” (character %1)").arg(character)), qPrintable(err));
    // No other position, such as a count of UTF-16 units, contradicts it.
    QCOMPARE(err.count(QLatin1String("character")), 1);
    QVERIFY2(err.contains(QLatin1String("{first_name}")), qPrintable(err)); // the field likely meant
}

void TestCli::messageSettingsJson()
{
    auto settings = [this](const QStringList& args) {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("settings")} + args);
    };
    auto setting = [](const QString& key, const QString& value) { return QJsonObject{{key, value}}; };
    const QString de = QStringLiteral("opt-out-wording-de");
    const QString ru = QStringLiteral("opt-out-wording-ru");
    const QString cap = QStringLiteral("frequency-cap-messages");
    const QString days = QStringLiteral("frequency-cap-days");
    const QString price = QStringLiteral("price-per-part");
    const QString get = QStringLiteral("get");
    const QString set = QStringLiteral("set");
    // The defaults.
    QCOMPARE(settings({get, de}).object(), setting(de, QStringLiteral("Abmelden: Antwort STOP")));
    QCOMPARE(settings({get, ru}).object(), setting(ru, QStringLiteral("Отписаться: ответьте СТОП")));
    QCOMPARE(settings({get, cap}).object(), setting(cap, QStringLiteral("4")));
    QCOMPARE(settings({get, days}).object(), setting(days, QStringLiteral("30")));
    QCOMPARE(settings({get, price}).object(), setting(price, QString()));
    // Set, trimmed, and read back.
    Run run = settings({set, ru, QStringLiteral("  Не хотите SMS? Ответьте СТОП ")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object(), setting(ru, QStringLiteral("Не хотите SMS? Ответьте СТОП")));
    QCOMPARE(settings({get, ru}).object(), setting(ru, QStringLiteral("Не хотите SMS? Ответьте СТОП")));
    QVERIFY_RUN_OK(settings({set, cap, QStringLiteral("0")}));
    QCOMPARE(settings({get, cap}).object(), setting(cap, QStringLiteral("0")));
    QVERIFY_RUN_OK(settings({set, price, QStringLiteral("0.07")}));
    QCOMPARE(settings({get, price}).object(), setting(price, QStringLiteral("0.07")));
    // Refused values leave the stored ones.
    QCOMPARE(settings({set, days, QStringLiteral("366")}).exitCode, 1);
    QCOMPARE(settings({get, days}).object(), setting(days, QStringLiteral("30")));
    QCOMPARE(settings({set, price, QStringLiteral("100.01")}).exitCode, 1);
    QCOMPARE(settings({get, price}).object(), setting(price, QStringLiteral("0.07")));
}

void TestCli::rulesLoadShowAndReset()
{
    const QString number = QStringLiteral("+4915110000001");
    addPerson(number, withConsent);
    auto status = [this, &number] {
        const Run run =
            cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("show"), number});
        return run.object().value(QLatin1String("status")).toString();
    };
    QCOMPARE(status(), QStringLiteral("awaiting_confirmation")); // Germany wants a confirmation by SMS

    // The German pack as it is, changed to ask for no confirmation, loaded back: the person counts.
    Run shown = cli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("de")});
    QVERIFY_RUN_OK(shown);
    QByteArray pack = shown.out;
    QVERIFY(pack.contains("\"requires_confirmation\": true"));
    pack.replace("\"requires_confirmation\": true", "\"requires_confirmation\": false");
    const QString path = m_dir->filePath(QStringLiteral("germany.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pack) == pack.size());
    file.close();
    Run loaded = cli({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("load"), path});
    QVERIFY_RUN_OK(loaded);
    QCOMPARE(loaded.object().value(QLatin1String("now_subscribed")).toInt(), 1);
    QCOMPARE(status(), QStringLiteral("subscribed"));
    Run listed = cli({QStringLiteral("rules"), QStringLiteral("list")});
    QVERIFY_RUN_OK(listed);
    QVERIFY(QString::fromUtf8(listed.out).contains(QStringLiteral("de\tGermany\tUWG § 7, GDPR\tchanged")));

    // A broken file is refused with its line, and nothing changes.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n    \"id\": \"de\",\n    \"name\": {\"en\": \"Germany\"}\n    \"law\": {}\n}\n");
    file.close();
    Run broken = cli({QStringLiteral("rules"), QStringLiteral("load"), path});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(QString::fromUtf8(broken.err).contains(QStringLiteral("germany.json, line 4")),
             broken.err.constData());
    QCOMPARE(status(), QStringLiteral("subscribed"));

    // Back to the built-in rules: the person awaits confirmation again.
    QVERIFY_RUN_OK(cli({QStringLiteral("rules"), QStringLiteral("reset"), QStringLiteral("de")}));
    QCOMPARE(status(), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("xx")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
