// SmsEncoding against Twilio's own segment calculator (npm sms-segments-calculator 1.3.0): thousands
// of random texts, generated with a fixed seed by tests/crosscheck/smsoracle.js and measured there,
// must give the same encoding, parts, characters per part and non-GSM characters here.
//
// scripts/test.sh installs the calculator into <build>/crosscheck before ctest; without it this
// test fails rather than passing silently.
//
// Known difference, kept out of the random mix: the calculator splits graphemes with
// grapheme-splitter (Unicode 10 rules), Qt with current Unicode rules. Emoji ZWJ sequences whose
// parts became joinable after Unicode 10 (e.g. ❤️‍🔥 heart on fire, 🧑‍🎄) are one character
// here and two or more there; segment counts can then differ by one at a part boundary.

#include "messages/smsencoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace textwell;

namespace {

// What the calculator says about one text.
struct OracleResult
{
    QString text;
    SmsCoding encoding = SmsCoding::Gsm7;
    int parts = 0;
    QVector<int> charactersPerPart;
    int units = 0;
    int characters = 0;
    struct Grapheme
    {
        int at = 0;
        QString text;
    };
    QVector<Grapheme> nonGsm; // the calculator lists whole graphemes ("e" + U+0301, a ZWJ family)
};

std::optional<OracleResult> parseLine(const QByteArray& line)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError || !o.contains(QLatin1String("text")))
        return std::nullopt;
    OracleResult r;
    r.text = o.value(QLatin1String("text")).toString();
    r.encoding =
        o.value(QLatin1String("encoding")).toString() == u"GSM-7" ? SmsCoding::Gsm7 : SmsCoding::Ucs2;
    r.parts = o.value(QLatin1String("segments")).toInt();
    for (const QJsonValue& v : o.value(QLatin1String("charsPerPart")).toArray())
        r.charactersPerPart.append(v.toInt());
    r.units = o.value(QLatin1String("units")).toInt();
    r.characters = o.value(QLatin1String("characters")).toInt();
    for (const QJsonValue& v : o.value(QLatin1String("nonGsm")).toArray()) {
        const QJsonObject g = v.toObject();
        r.nonGsm.append({g.value(QLatin1String("at")).toInt(), g.value(QLatin1String("text")).toString()});
    }
    return r;
}

// The text with everything but printable ASCII written as \u{...}, for a readable failure report.
QString escaped(const QString& text)
{
    QString out;
    for (const uint cp : text.toUcs4()) {
        if (cp >= 0x20 && cp < 0x7F && cp != '\\')
            out += QChar(char16_t(cp));
        else
            out += QStringLiteral("\\u{%1}").arg(cp, 0, 16);
    }
    return out;
}

QString listOf(const QVector<int>& numbers)
{
    QStringList out;
    for (const int n : numbers)
        out << QString::number(n);
    return u'[' + out.join(u',') + u']';
}

// Empty when actual agrees with the oracle, else what differs. actual may come from
// SmsEncoding::analyse or, parsed, from another front end such as the CLI.
QString mismatch(const OracleResult& oracle, const SmsInfo& actual)
{
    QStringList problems;
    if (actual.encoding != oracle.encoding)
        problems << QStringLiteral("encoding %1, calculator %2")
                        .arg(SmsEncoding::encodingName(actual.encoding),
                             SmsEncoding::encodingName(oracle.encoding));
    if (actual.parts != oracle.parts)
        problems << QStringLiteral("parts %1, calculator %2").arg(actual.parts).arg(oracle.parts);
    if (actual.charactersPerPart != oracle.charactersPerPart)
        problems << QStringLiteral("characters per part %1, calculator %2")
                        .arg(listOf(actual.charactersPerPart), listOf(oracle.charactersPerPart));
    if (actual.units != oracle.units)
        problems << QStringLiteral("units %1, calculator %2").arg(actual.units).arg(oracle.units);
    if (actual.characters != oracle.characters)
        problems
            << QStringLiteral("code points %1, calculator %2").arg(actual.characters).arg(oracle.characters);

    // Each non-GSM character of ours must lie in a grapheme the calculator calls non-GSM, and each
    // such grapheme must hold at least one of ours (exactly it, when the grapheme is one character).
    QVector<int> owner(oracle.text.size(), -1);
    for (int g = 0; g < oracle.nonGsm.size(); ++g) {
        for (int i = 0; i < oracle.nonGsm[g].text.size() && oracle.nonGsm[g].at + i < owner.size(); ++i)
            owner[oracle.nonGsm[g].at + i] = g;
    }
    QVector<int> found(oracle.nonGsm.size(), 0);
    for (const NonGsmChar& c : actual.nonGsm) {
        const int g = c.position >= 0 && c.position < owner.size() ? owner[c.position] : -1;
        if (g < 0) {
            problems << QStringLiteral("U+%1 at %2 is GSM-7 for the calculator")
                            .arg(uint(c.codePoint), 4, 16, QLatin1Char('0'))
                            .arg(c.position);
            continue;
        }
        ++found[g];
        const QString& grapheme = oracle.nonGsm[g].text;
        if (grapheme.toUcs4().size() == 1 && grapheme.toUcs4().first() != c.codePoint)
            problems << QStringLiteral("U+%1 at %2, calculator has %3")
                            .arg(uint(c.codePoint), 4, 16, QLatin1Char('0'))
                            .arg(c.position)
                            .arg(escaped(grapheme));
    }
    for (int g = 0; g < oracle.nonGsm.size(); ++g) {
        if (found[g] == 0)
            problems << QStringLiteral("%1 at %2 is not GSM-7 for the calculator")
                            .arg(escaped(oracle.nonGsm[g].text))
                            .arg(oracle.nonGsm[g].at);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestSmsCrossCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyseAgreesWithCalculator();

private:
    QVector<OracleResult> m_oracle;
};

void TestSmsCrossCheck::initTestCase()
{
    const QString modules = QStringLiteral(TEXTWELL_CROSSCHECK_NODE_PATH);
    const QString calculator = modules + QStringLiteral("/sms-segments-calculator/package.json");
    if (!QFileInfo::exists(calculator))
        QFAIL(qPrintable(
            QStringLiteral("The SMS segment calculator is not installed in %1. Run scripts/test.sh, "
                           "which installs it (npm) before running the tests.")
                .arg(QDir::toNativeSeparators(modules))));

    // The version installed must be the one pinned in tests/crosscheck/package.json.
    const auto jsonOf = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    };
    const QString pinned =
        jsonOf(QFileInfo(QStringLiteral(TEXTWELL_SMSORACLE)).dir().filePath(QStringLiteral("package.json")))
            .value(QLatin1String("dependencies"))
            .toObject()
            .value(QLatin1String("sms-segments-calculator"))
            .toString();
    const QString installed = jsonOf(calculator).value(QLatin1String("version")).toString();
    QVERIFY2(!pinned.isEmpty() && installed == pinned,
             qPrintable(
                 QStringLiteral("sms-segments-calculator %1 is installed, %2 is pinned. Run scripts/test.sh.")
                     .arg(installed, pinned)));

    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), modules);
    node.setProcessEnvironment(environment);
    // TEXTWELL_CROSSCHECK_COUNT and TEXTWELL_CROSSCHECK_SEED allow a deeper run by hand.
    const int count = qEnvironmentVariableIsSet("TEXTWELL_CROSSCHECK_COUNT")
                          ? qEnvironmentVariableIntValue("TEXTWELL_CROSSCHECK_COUNT")
                          : 3000;
    const QString seed = qEnvironmentVariable("TEXTWELL_CROSSCHECK_SEED", QStringLiteral("20240611"));
    node.start(QStringLiteral(TEXTWELL_NODE),
               {QStringLiteral(TEXTWELL_SMSORACLE), QString::number(count), seed});
    QVERIFY2(node.waitForFinished(120000), qPrintable(node.errorString()));
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
             qPrintable(QString::fromUtf8(node.readAllStandardError())));

    const QList<QByteArray> lines = node.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const std::optional<OracleResult> result = parseLine(line);
        QVERIFY2(result.has_value(), line.left(200).constData());
        m_oracle.append(*result);
    }
    QCOMPARE(m_oracle.size(), count);
}

void TestSmsCrossCheck::analyseAgreesWithCalculator()
{
    int mismatches = 0;
    int ucs2 = 0;
    int multipart = 0;
    QStringList report;
    for (const OracleResult& oracle : m_oracle) {
        ucs2 += oracle.encoding == SmsCoding::Ucs2 ? 1 : 0;
        multipart += oracle.parts > 1 ? 1 : 0;
        const QString problem = mismatch(oracle, SmsEncoding::analyse(oracle.text));
        if (problem.isEmpty())
            continue;
        if (++mismatches <= 5)
            report << QStringLiteral("\"%1\": %2").arg(escaped(oracle.text), problem);
    }
    qInfo("%d texts checked (%d UCS-2, %d of several parts), %d mismatches", int(m_oracle.size()), ucs2,
          multipart, mismatches);
    QVERIFY2(mismatches == 0, qPrintable(report.join(u'\n')));
    // The mix must cover both encodings and long texts, or the check proves little.
    QVERIFY(ucs2 > 500 && m_oracle.size() - ucs2 > 500);
    QVERIFY(multipart > 500);
}

QTEST_GUILESS_MAIN(TestSmsCrossCheck)
#include "tst_smscrosscheck.moc"
