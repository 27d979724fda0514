// The reply classifier against its acceptance table (tests/data/reply-classifier.tsv), and the
// keyword matching rules that the table cannot show on its own.
#include "inbound/replyclassifier.h"

#include <QFile>
#include <QTest>

using namespace textwell;

class ReplyClassifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void tableIsLargeAndBalanced();
    void editedKeywordsAreMatched();
    void ownerCannotRemoveStopStartHelp();
    void originalTextIsNotChanged();
};

namespace {

struct Row
{
    int line = 0;
    QString text, lang, kind, reason;
};

QVector<Row> readTable()
{
    QFile file(QStringLiteral(TEXTWELL_TEST_DATA "/reply-classifier.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the classifier table");
    QVector<Row> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString line = QString::fromUtf8(lines.at(i));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 4)
            qFatal("reply-classifier.tsv line %d: %d fields instead of 4", i + 1, int(fields.size()));
        rows.append(Row{i + 1, fields[0], fields[1], fields[2], fields[3]});
    }
    return rows;
}

} // namespace

void ReplyClassifierTest::table_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    for (const Row& row : readTable())
        QTest::addRow("line %d: %s", row.line, qPrintable(row.text.left(40)))
            << row.text << row.lang << row.kind << row.reason;
}

void ReplyClassifierTest::table()
{
    QFETCH(QString, text);
    QFETCH(QString, lang);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    static const ReplyClassifier classifier;
    const ReplyClassification c = classifier.classify(text, lang);
    QCOMPARE(ReplyClassification::kindCode(c.kind), kind);
    QCOMPARE(c.reasonCode, reason);
    if (c.kind != ReplyClassification::Kind::Other)
        QVERIFY2(!c.rule.isEmpty(), "every decision names the rule that made it");
}

void ReplyClassifierTest::tableIsLargeAndBalanced()
{
    const QVector<Row> rows = readTable();
    QVERIFY(rows.size() >= 300);
    QHash<QString, int> perLanguage;
    int notOptOut = 0;
    for (const Row& row : rows) {
        ++perLanguage[row.lang];
        notOptOut += row.kind == QLatin1String("other") || row.kind == QLatin1String("review");
    }
    for (const char* lang : {"en", "ru", "de"})
        QVERIFY2(perLanguage.value(QString::fromLatin1(lang)) >= 100, lang);
    QVERIFY(notOptOut >= 80);
}

void ReplyClassifierTest::editedKeywordsAreMatched()
{
    ReplyKeywords keywords = ReplyKeywords::defaults();
    keywords.words[ReplyKeywords::Kind::OptOut][QStringLiteral("de")].append(QStringLiteral("SCHLUSS"));
    keywords.words[ReplyKeywords::Kind::OptOut][QStringLiteral("en")].removeAll(QStringLiteral("END"));
    const ReplyClassifier classifier(keywords);
    QCOMPARE(classifier.classify(QStringLiteral("Schluss!"), QStringLiteral("de")).kind,
             ReplyClassification::Kind::OptOut);
    QCOMPARE(classifier.classify(QStringLiteral("schluss"), QStringLiteral("en")).rule,
             QStringLiteral("keyword:SCHLUSS"));
    QCOMPARE(classifier.classify(QStringLiteral("END"), QStringLiteral("en")).kind,
             ReplyClassification::Kind::Other);
}

void ReplyClassifierTest::ownerCannotRemoveStopStartHelp()
{
    const QStringList cleaned = ReplyKeywords::cleaned(ReplyKeywords::Kind::OptOut,
                                                       {QStringLiteral(" ende "), QStringLiteral("ENDE")});
    QCOMPARE(cleaned, (QStringList{QStringLiteral("STOP"), QStringLiteral("ENDE")}));
    QCOMPARE(ReplyKeywords::cleaned(ReplyKeywords::Kind::OptIn, {}), QStringList{QStringLiteral("START")});
    QCOMPARE(ReplyKeywords::cleaned(ReplyKeywords::Kind::Help, {}), QStringList{QStringLiteral("HELP")});
}

void ReplyClassifierTest::originalTextIsNotChanged()
{
    QCOMPARE(ReplyClassifier::keywordKey(QStringLiteral("S.T.O.P!")), QStringLiteral("stop"));
    QCOMPARE(ReplyClassifier::keywordKey(QStringLiteral("CТОП")),
             ReplyClassifier::keywordKey(QStringLiteral("СТОП")));
    QVERIFY(ReplyClassifier::keywordKey(QStringLiteral("STOP")) !=
            ReplyClassifier::keywordKey(QStringLiteral("СТОП")));
    const ReplyClassification c = ReplyClassifier().classify(QStringLiteral("CТОП"), QStringLiteral("ru"));
    QCOMPARE(c.rule, QStringLiteral("keyword:СТОП"));
    QCOMPARE(c.language, QStringLiteral("ru"));
}

QTEST_GUILESS_MAIN(ReplyClassifierTest)
#include "tst_replyclassifier.moc"
