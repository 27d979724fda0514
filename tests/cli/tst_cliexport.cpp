// textwell-cli export and export-suppression, run as a script runs them: the file they write,
// their --json summary, and their exit codes (0 done, 1 refused with one line on stderr, 2 wrong
// usage), with nothing left behind when they fail.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray unzip(const QString& archive, const QString& entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, entry});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return QByteArray();
    return unzip.readAllStandardOutput();
}

QStringList lines(const QByteArray& csv)
{
    return QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

#define QVERIFY_RUN_OK(run)                                                                                  \
    do {                                                                                                     \
        const Run& r_ = (run);                                                                               \
        QVERIFY2(r_.exitCode == 0 && r_.err.isEmpty(), qPrintable(r_.describe()));                           \
    } while (false)

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void exportCsvJson();
    void exportCsvText();
    void exportCsvOptions();
    void exportSelections_data();
    void exportSelections();
    void exportXlsx();
    void formatOverridesTheExtension();
    void exportSuppressionCsvAndXlsx();
    void badPathFailsWithOneLine_data();
    void badPathFailsWithOneLine();
    void unknownSegmentFails();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();

private:
    Run cli(const QStringList& args) const;
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(TEXTWELL_CLI)).isExecutable(), TEXTWELL_CLI);
}

Run TestCliExport::cli(const QStringList& args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("HOME"), m_dir->path()); // never the user's own database
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEXTWELL_CLI), QStringList{QStringLiteral("--database"), m_db} + args);
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

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("cli.sqlite"));
    QVERIFY_RUN_OK(cli({QStringLiteral("init")}));
    // Three people, one of them unsubscribed, and an excluded number that is not in the book.
    QVERIFY_RUN_OK(
        cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"),
             QStringLiteral("+79161234567"), QStringLiteral("--first-name"), QStringLiteral("Анна"),
             QStringLiteral("--city"), QStringLiteral("Москва"), QStringLiteral("--tags"),
             QStringLiteral("vip"), QStringLiteral("--source"), QStringLiteral("paper form"),
             QStringLiteral("--evidence"), QStringLiteral("form #12")}));
    QVERIFY_RUN_OK(
        cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"),
             QStringLiteral("+4915112345678"), QStringLiteral("--first-name"), QStringLiteral("Jürgen"),
             QStringLiteral("--city"), QStringLiteral("Köln, Ehrenfeld"), QStringLiteral("--source"),
             QStringLiteral("web form"), QStringLiteral("--evidence"), QStringLiteral("ip 192.0.2.1")}));
    QVERIFY_RUN_OK(
        cli({QStringLiteral("--json"), QStringLiteral("subscriber"), QStringLiteral("add"),
             QStringLiteral("+12025550123"), QStringLiteral("--first-name"), QStringLiteral("Bob")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("unsubscribe"), QStringLiteral("+4915112345678"),
                        QStringLiteral("--reason"), QStringLiteral("too_frequent")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("exclude"), QStringLiteral("+4930901820"), QStringLiteral("--note"),
                        QStringLiteral("complaint call")}));
    QVERIFY_RUN_OK(cli({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                        QStringLiteral("VIPs"), QStringLiteral("--rule"),
                        QStringLiteral(R"({"all": [{"field": "tags", "op": "any", "values": ["vip"]}]})")}));
}

void TestCliExport::exportCsvJson()
{
    const QString out = path(QStringLiteral("people.csv"));
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QStringLiteral("rows")).toInt(), 3);
    QCOMPARE(run.object().value(QStringLiteral("path")).toString(), QFileInfo(out).absoluteFilePath());
    QVERIFY(run.object().contains(QStringLiteral("seconds")));
    const QStringList rows = lines(readAll(out));
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows.at(0).startsWith(QStringLiteral("Phone,First name,Last name,City,")),
             qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).startsWith(QStringLiteral("+79161234567,Анна,,Москва,")), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).startsWith(QStringLiteral("+4915112345678,Jürgen,,\"Köln, Ehrenfeld\",")),
             qPrintable(rows.at(2)));
}

void TestCliExport::exportCsvText()
{
    const QString out = path(QStringLiteral("people.csv"));
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--out"), out});
    QVERIFY_RUN_OK(run);
    const QString said = QString::fromUtf8(run.out);
    QVERIFY2(said.startsWith(QStringLiteral("Exported 3 ")), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral(" to ") + QDir::toNativeSeparators(out) + QStringLiteral(".\n")),
             qPrintable(said));
    QCOMPARE(said.count(QLatin1Char('\n')), 1);
}

void TestCliExport::exportCsvOptions()
{
    const QString out = path(QStringLiteral("people.csv"));
    QVERIFY_RUN_OK(cli({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--delimiter"),
                        QStringLiteral(";"), QStringLiteral("--bom")}));
    QByteArray bytes = readAll(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFPhone;First name;"));
    QVERIFY(bytes.contains("+4915112345678;J\xC3\xBCrgen;;K\xC3\xB6ln, Ehrenfeld;"));

    QVERIFY_RUN_OK(cli({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--delimiter"),
                        QStringLiteral("tab")}));
    bytes = readAll(out);
    QVERIFY(bytes.startsWith("Phone\tFirst name\t"));

    // A .tsv is tab-separated unless told otherwise.
    const QString tsv = path(QStringLiteral("people.tsv"));
    QVERIFY_RUN_OK(cli({QStringLiteral("export"), QStringLiteral("--out"), tsv}));
    QVERIFY(readAll(tsv).startsWith("Phone\tFirst name\t"));
}

void TestCliExport::exportSelections_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("rows");
    QTest::newRow("everyone") << QStringList() << 3;
    QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("unsubscribed")} << 1;
    QTest::newRow("search") << QStringList{QStringLiteral("--search"), QStringLiteral("анна")} << 1;
    QTest::newRow("status and search")
        << QStringList{QStringLiteral("--status"), QStringLiteral("no_consent"), QStringLiteral("--search"),
                       QStringLiteral("bob")}
        << 1;
    QTest::newRow("saved segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("vips")} << 1;
    QTest::newRow("rule")
        << QStringList{QStringLiteral("--rule"),
                       QStringLiteral(
                           R"({"any": [{"field": "city", "op": "contains", "values": ["Köln"]},
                                                         {"field": "tags", "op": "any", "values": ["vip"]}]})")}
        << 2;
}

void TestCliExport::exportSelections()
{
    QFETCH(QStringList, options);
    QFETCH(int, rows);
    const QString out = path(QStringLiteral("people.csv"));
    const Run run =
        cli(QStringList{QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--out"), out} +
            options);
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QStringLiteral("rows")).toInt(), rows);
    QCOMPARE(lines(readAll(out)).size(), rows + 1);
}

void TestCliExport::exportXlsx()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    const QString out = path(QStringLiteral("people.xlsx"));
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--out"), out});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QStringLiteral("rows")).toInt(), 3);
    QVERIFY(unzip(out, QStringLiteral("xl/workbook.xml")).contains("<sheet name=\"Subscribers\""));
    const QByteArray sheet = unzip(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    // The phone number is a string cell, whichever way the library stores strings.
    QVERIFY2(sheet.contains("t=\"inlineStr\"><is><t>+79161234567</t>") ||
                 unzip(out, QStringLiteral("xl/sharedStrings.xml")).contains("<t>+79161234567</t>"),
             sheet.left(2000).constData());
    QVERIFY(!sheet.contains("<v>79161234567</v>"));
}

void TestCliExport::formatOverridesTheExtension()
{
    const QString out = path(QStringLiteral("people.dat"));
    QVERIFY_RUN_OK(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                        QStringLiteral("--out"), out}));
    QVERIFY(readAll(out).startsWith("PK")); // a zip
    const QString csv = path(QStringLiteral("people.xlsx"));
    QVERIFY_RUN_OK(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), csv}));
    QVERIFY(readAll(csv).startsWith("Phone,"));
}

void TestCliExport::exportSuppressionCsvAndXlsx()
{
    const QString csv = path(QStringLiteral("suppression.csv"));
    Run run =
        cli({QStringLiteral("--json"), QStringLiteral("export-suppression"), QStringLiteral("--out"), csv});
    QVERIFY_RUN_OK(run);
    QCOMPARE(run.object().value(QStringLiteral("rows")).toInt(), 2);
    const QStringList rows = lines(readAll(csv));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0),
             QStringLiteral("Phone,Unsubscribed at,Reason,Reason details,Excluded at,Note,Excluded by"));
    QVERIFY2(rows.at(1).startsWith(QStringLiteral("+4915112345678,")), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).contains(QStringLiteral(",Too frequent,")), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(2).startsWith(QStringLiteral("+4930901820,,,,")), qPrintable(rows.at(2)));
    QVERIFY2(rows.at(2).endsWith(QStringLiteral(",complaint call,cli:tester")), qPrintable(rows.at(2)));

    run =
        cli({QStringLiteral("export-suppression"), QStringLiteral("--out"), path(QStringLiteral("s.xlsx"))});
    QVERIFY_RUN_OK(run);
    QVERIFY2(QString::fromUtf8(run.out).startsWith(QStringLiteral("Exported 2 ")), run.out.constData());
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QVERIFY(unzip(path(QStringLiteral("s.xlsx")), QStringLiteral("xl/workbook.xml"))
                    .contains("<sheet name=\"Suppression list\""));
}

void TestCliExport::badPathFailsWithOneLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("name");
    for (const char* command : {"export", "export-suppression"}) {
        for (const char* name : {"people.csv", "people.xlsx"})
            QTest::addRow("%s %s", command, name)
                << QString::fromLatin1(command) << QString::fromLatin1(name);
    }
}

void TestCliExport::badPathFailsWithOneLine()
{
    QFETCH(QString, command);
    QFETCH(QString, name);
    const QString out = path(QStringLiteral("no/such/folder/") + name);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (bool json : {false, true}) {
        const Run run = cli(QStringList{command, QStringLiteral("--out"), out} +
                            (json ? QStringList{QStringLiteral("--json")} : QStringList()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(
            err.startsWith(QStringLiteral("textwell-cli: Cannot write ") + QDir::toNativeSeparators(out)),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Choose another folder.")), qPrintable(err));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);
}

void TestCliExport::unknownSegmentFails()
{
    const QString out = path(QStringLiteral("people.csv"));
    const Run run = cli({QStringLiteral("export"), QStringLiteral("--segment"), QStringLiteral("Nobody here"),
                         QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err).count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExport::wrongUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("--out");
    QTest::newRow("no --out") << QStringList{QStringLiteral("export")};
    QTest::newRow("suppression without --out") << QStringList{QStringLiteral("export-suppression")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), out, QStringLiteral("a.csv"),
                                                   QStringLiteral("--format"), QStringLiteral("pdf")};
    QTest::newRow("unknown delimiter") << QStringList{QStringLiteral("export"), out, QStringLiteral("a.csv"),
                                                      QStringLiteral("--delimiter"), QStringLiteral("|")};
    QTest::newRow("bom for xlsx") << QStringList{QStringLiteral("export"), out, QStringLiteral("a.xlsx"),
                                                 QStringLiteral("--bom")};
    QTest::newRow("segment and rule")
        << QStringList{QStringLiteral("export"),       out,
                       QStringLiteral("a.csv"),        QStringLiteral("--segment"),
                       QStringLiteral("VIPs"),         QStringLiteral("--rule"),
                       QStringLiteral("{\"all\": []}")};
    QTest::newRow("segment and filter")
        << QStringList{QStringLiteral("export"),    out,
                       QStringLiteral("a.csv"),     QStringLiteral("--segment"),
                       QStringLiteral("VIPs"),      QStringLiteral("--status"),
                       QStringLiteral("subscribed")};
    QTest::newRow("unknown status") << QStringList{QStringLiteral("export"), out, QStringLiteral("a.csv"),
                                                   QStringLiteral("--status"), QStringLiteral("happy")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("export"), QStringLiteral("everyone"), out,
                                                   QStringLiteral("a.csv")};
}

void TestCliExport::wrongUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err).count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("a.csv"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("a.csv")));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
