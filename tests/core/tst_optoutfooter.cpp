// The opt-out line: wording per language, the business-name prefix, and the rule that no message
// leaves without a way to opt out (an existing instruction is recognised, prose is not).

#include "messages/optoutfooter.h"
#include "messages/optoutkeywords.h"

#include <QRandomGenerator>
#include <QTest>

using namespace textwell;

namespace {

OptOutSettings configured()
{
    OptOutSettings settings;
    settings.wordingByLanguage = {
        {QStringLiteral("en"), QStringLiteral("Text END to stop our texts")},
        {QStringLiteral("ru"), QString()},
        {QStringLiteral("de"), QStringLiteral("  Keine SMS mehr? Antworte STOPP  ")}};
    settings.businessName = QStringLiteral("Rosa's Salon");
    return settings;
}

} // namespace

class TestOptOutFooter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultWordings();
    void line_data();
    void line();
    void businessPrefix();
    void alreadyInstructs_data();
    void alreadyInstructs();
    void configuredWordingCounts();
    void compose();
    void messageFor();
    void messageForAlwaysInstructs();
    void keywords();
};

void TestOptOutFooter::defaultWordings()
{
    QCOMPARE(OptOutFooter::defaultWording(QStringLiteral("en")), QStringLiteral("Reply STOP to opt out"));
    QCOMPARE(OptOutFooter::defaultWording(QStringLiteral("ru")), QStringLiteral("Отписаться: ответьте СТОП"));
    QCOMPARE(OptOutFooter::defaultWording(QStringLiteral("de")), QStringLiteral("Abmelden: Antwort STOP"));
    QCOMPARE(OptOutFooter::defaultWording(QStringLiteral("de_AT")), QStringLiteral("Abmelden: Antwort STOP"));
    QCOMPARE(OptOutFooter::defaultWording(QStringLiteral("fr")), QString());
    QCOMPARE(OptOutFooter::defaultWording(QString()), QString());
}

void TestOptOutFooter::line_data()
{
    QTest::addColumn<QString>("defaultLanguage");
    QTest::addColumn<QString>("recipientLanguage");
    QTest::addColumn<QString>("expected");

    // configured(): en is configured, ru is empty (so the default), de is configured with spaces.
    QTest::newRow("en") << "en"
                        << "en"
                        << "Text END to stop our texts";
    QTest::newRow("ru empty -> default ru") << "en"
                                            << "ru"
                                            << "Отписаться: ответьте СТОП";
    QTest::newRow("de trimmed") << "en"
                                << "de"
                                << "Keine SMS mehr? Antworte STOPP";
    QTest::newRow("de_DE") << "en"
                           << "de_DE"
                           << "Keine SMS mehr? Antworte STOPP";
    QTest::newRow("de-AT upper") << "en"
                                 << " DE-AT "
                                 << "Keine SMS mehr? Antworte STOPP";
    QTest::newRow("unknown -> default language") << "ru"
                                                 << "fr"
                                                 << "Отписаться: ответьте СТОП";
    QTest::newRow("none -> default language") << "de"
                                              << ""
                                              << "Keine SMS mehr? Antworte STOPP";
    QTest::newRow("unknown default -> en") << "fr"
                                           << "es"
                                           << "Text END to stop our texts";
    QTest::newRow("empty default -> en") << ""
                                         << ""
                                         << "Text END to stop our texts";
}

void TestOptOutFooter::line()
{
    QFETCH(QString, defaultLanguage);
    QFETCH(QString, recipientLanguage);
    QFETCH(QString, expected);

    OptOutSettings settings = configured();
    settings.defaultLanguage = defaultLanguage;
    QCOMPARE(OptOutFooter::line(settings, recipientLanguage), expected);

    // Nothing configured: the built-in wordings, with the same fallbacks.
    OptOutSettings plain;
    plain.defaultLanguage = defaultLanguage;
    const QString wording = OptOutFooter::line(plain, recipientLanguage);
    QVERIFY(!wording.isEmpty());
    QVERIFY(wording == OptOutFooter::defaultWording(QStringLiteral("en")) ||
            wording == OptOutFooter::defaultWording(QStringLiteral("ru")) ||
            wording == OptOutFooter::defaultWording(QStringLiteral("de")));
}

void TestOptOutFooter::businessPrefix()
{
    OptOutSettings settings;
    settings.businessName = QStringLiteral(" Rosa's   Salon ");
    QCOMPARE(OptOutFooter::line(settings, QStringLiteral("en")), QStringLiteral("Reply STOP to opt out"));
    settings.prefixBusinessName = true;
    QCOMPARE(OptOutFooter::line(settings, QStringLiteral("en")),
             QStringLiteral("Rosa's Salon: Reply STOP to opt out"));
    QCOMPARE(OptOutFooter::line(settings, QStringLiteral("ru")),
             QStringLiteral("Rosa's Salon: Отписаться: ответьте СТОП"));
    settings.businessName = QStringLiteral("   ");
    QCOMPARE(OptOutFooter::line(settings, QStringLiteral("en")), QStringLiteral("Reply STOP to opt out"));
}

void TestOptOutFooter::alreadyInstructs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("instructs");

    // Each language's wording, also with other case, spacing and normalisation.
    QTest::newRow("en wording") << "New prices! Reply STOP to opt out" << true;
    QTest::newRow("en wording lower case") << "new prices! reply stop to opt out." << true;
    QTest::newRow("en wording all caps") << "NEW PRICES! REPLY STOP TO OPT OUT" << true;
    QTest::newRow("en wording spread") << "Sale!\nReply   STOP\tto\n opt out" << true;
    QTest::newRow("ru wording") << "Скидки! Отписаться: ответьте СТОП" << true;
    QTest::newRow("ru wording lower") << "скидки! отписаться: ответьте стоп" << true;
    QTest::newRow("de wording") << "Rabatt! Abmelden: Antwort STOP" << true;
    // Reply instructions in other words.
    QTest::newRow("reply to unsubscribe") << "Reply STOP to unsubscribe" << true;
    QTest::newRow("text to number") << "Text STOP to 12345 to stop these messages" << true;
    QTest::newRow("reply with the word") << "To opt out, reply to this message with the word STOP." << true;
    QTest::newRow("send quoted") << "Send \"UNSUBSCRIBE\" to leave" << true;
    QTest::newRow("ru instruction") << "Ответьте СТОП, чтобы отписаться" << true;
    QTest::newRow("ru guillemets") << "Напишите «ОТПИСКА», чтобы не получать SMS" << true;
    QTest::newRow("de instruction") << "Antworte STOPP zum Abmelden" << true;
    QTest::newRow("de senden") << "Zum Abbestellen senden Sie ABMELDEN an 12345" << true;
    QTest::newRow("decomposed")
        << QString::fromUtf8("Antworte STOPP zum Abmelden").normalized(QString::NormalizationForm_D) << true;
    // Prose, not instructions.
    QTest::newRow("don't stop") << "Don't stop shopping!" << false;
    QTest::newRow("stop by") << "Stop by our store" << false;
    QTest::newRow("end of summer") << "the end of summer sale" << false;
    QTest::newRow("lower-case stop after verb") << "Reply now and don't stop shopping" << false;
    QTest::newRow("capital Stop after verb") << "Text your friends: Stop by today" << false;
    QTest::newRow("keyword before verb") << "STOP waiting, reply today" << false;
    QTest::newRow("other sentence") << "Reply today. STOP by tomorrow" << false;
    QTest::newRow("too far") << "Reply to this message with your favourite colour and size, and STOP"
                             << false;
    QTest::newRow("part of a word") << "Reply for the END-of-season deals" << false;
    QTest::newRow("longer word") << "Reply STOPWATCH for details" << false;
    QTest::newRow("all caps prose") << "DON'T STOP! TEXT US TO SHOP, END OF STORY" << false;
    QTest::newRow("verb inside word") << "Textiles STOP here" << false;
    QTest::newRow("stop in wording only partly") << "Reply stop to opt outside" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("ru prose") << "Не останавливайтесь, стоп-кран не нужен" << false;
    QTest::newRow("de prose") << "Das Ende des Sommers: jetzt antworten!" << false;
}

void TestOptOutFooter::alreadyInstructs()
{
    QFETCH(QString, text);
    QFETCH(bool, instructs);
    QCOMPARE(OptOutFooter::alreadyInstructs(text, OptOutSettings()), instructs);
}

void TestOptOutFooter::configuredWordingCounts()
{
    OptOutSettings settings;
    settings.wordingByLanguage.insert(QStringLiteral("en"), QStringLiteral("No more texts? Just say bye"));
    QVERIFY(OptOutFooter::alreadyInstructs(QStringLiteral("Sale! no more texts?  just say BYE"), settings));
    QVERIFY(
        !OptOutFooter::alreadyInstructs(QStringLiteral("Sale! No more texts? Just say byebye"), settings));
    QVERIFY(!OptOutFooter::alreadyInstructs(QStringLiteral("Sale! Just say bye"), settings));
    // An empty configured wording matches nothing (it would be in every text).
    settings.wordingByLanguage.insert(QStringLiteral("ru"), QStringLiteral("  "));
    QVERIFY(!OptOutFooter::alreadyInstructs(QStringLiteral("Sale!"), settings));
}

void TestOptOutFooter::compose()
{
    const QString line = QStringLiteral("Reply STOP to opt out");
    QCOMPARE(OptOutFooter::compose(QStringLiteral("Sale!"), line, false),
             QStringLiteral("Sale!\nReply STOP to opt out"));
    QCOMPARE(OptOutFooter::compose(QStringLiteral("Sale! \n\n\t "), line, false),
             QStringLiteral("Sale!\nReply STOP to opt out"));
    QCOMPARE(OptOutFooter::compose(QStringLiteral("  Sale"), line, false),
             QStringLiteral("  Sale\nReply STOP to opt out"));
    QCOMPARE(OptOutFooter::compose(QString(), line, false), line);
    QCOMPARE(OptOutFooter::compose(QStringLiteral(" \n "), line, false), line);
    QCOMPARE(OptOutFooter::compose(QStringLiteral("Reply STOP to opt out\n"), line, true), line);
}

void TestOptOutFooter::messageFor()
{
    OptOutSettings settings;
    settings.businessName = QStringLiteral("Rosa's Salon");
    settings.prefixBusinessName = true;
    QCOMPARE(OptOutFooter::messageFor(QStringLiteral("Don't stop shopping!"), settings, QStringLiteral("en")),
             QStringLiteral("Don't stop shopping!\nRosa's Salon: Reply STOP to opt out"));
    QCOMPARE(OptOutFooter::messageFor(QStringLiteral("Скидка 20%!"), settings, QStringLiteral("ru")),
             QStringLiteral("Скидка 20%!\nRosa's Salon: Отписаться: ответьте СТОП"));
    // Already there: not repeated.
    QCOMPARE(OptOutFooter::messageFor(QStringLiteral("Sale! Reply STOP to unsubscribe"), settings,
                                      QStringLiteral("en")),
             QStringLiteral("Sale! Reply STOP to unsubscribe"));
    QCOMPARE(OptOutFooter::messageFor(QString(), settings, QStringLiteral("de")),
             QStringLiteral("Rosa's Salon: Abmelden: Antwort STOP"));
}

void TestOptOutFooter::messageForAlwaysInstructs()
{
    // Random bodies made of words that come close to an instruction; whatever alreadyInstructs
    // thinks of the body, the message as sent must instruct.
    const QStringList pieces = {
        QStringLiteral("Reply"),     QStringLiteral("reply"),    QStringLiteral("STOP"),
        QStringLiteral("stop"),      QStringLiteral("Stop"),     QStringLiteral("to"),
        QStringLiteral("opt"),       QStringLiteral("out"),      QStringLiteral("."),
        QStringLiteral("!"),         QStringLiteral("\n"),       QStringLiteral(" "),
        QStringLiteral("  "),        QStringLiteral("ответьте"), QStringLiteral("СТОП"),
        QStringLiteral("стоп"),      QStringLiteral("Antwort"),  QStringLiteral("STOPP"),
        QStringLiteral("Abmelden:"), QStringLiteral("😀"),        QStringLiteral("e\u0301"),
        QStringLiteral("\u00A0"),    QStringLiteral("-"),        QStringLiteral("'"),
        QStringLiteral("END"),       QStringLiteral("Sale"),     QStringLiteral("\t"),
        QStringLiteral(":"),
    };
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de"),
                                   QStringLiteral("fr"), QString()};
    QRandomGenerator random(7);
    for (int round = 0; round < 5000; ++round) {
        OptOutSettings settings = round % 3 == 0 ? configured() : OptOutSettings();
        settings.prefixBusinessName = round % 2 == 0;
        settings.businessName = round % 4 == 0 ? QStringLiteral("Shop") : QString();
        settings.defaultLanguage = languages.at(int(random.bounded(languages.size())));
        QString body;
        const int count = int(random.bounded(30));
        for (int i = 0; i < count; ++i)
            body += pieces.at(int(random.bounded(pieces.size())));
        const QString language = languages.at(int(random.bounded(languages.size())));
        const QString sent = OptOutFooter::messageFor(body, settings, language);
        if (!OptOutFooter::alreadyInstructs(sent, settings))
            QFAIL(qPrintable(QStringLiteral("no opt-out instruction in: %1").arg(sent)));
        QVERIFY(!sent.isEmpty());
    }
}

void TestOptOutFooter::keywords()
{
    const QStringList& optOut = OptOutKeywords::optOut();
    for (const char* word : {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
                             "СТОП", "ОТПИСКА", "ОТПИСАТЬСЯ", "STOPP", "ABMELDEN", "ABBESTELLEN", "ENDE"})
        QVERIFY2(optOut.contains(QString::fromUtf8(word)), word);
    for (const QStringList* list :
         {&OptOutKeywords::optOut(), &OptOutKeywords::optIn(), &OptOutKeywords::help()}) {
        for (const QString& word : *list)
            QCOMPARE(word, word.toUpper());
    }
    for (const QString& verb : OptOutKeywords::replyVerbs())
        QCOMPARE(verb, verb.toLower());
    QVERIFY(OptOutKeywords::optIn().contains(QStringLiteral("START")));
    QVERIFY(OptOutKeywords::help().contains(QStringLiteral("HELP")));
}

QTEST_APPLESS_MAIN(TestOptOutFooter)
#include "tst_optoutfooter.moc"
