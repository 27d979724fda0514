// The GSM-7 / UCS-2 maths against the test vectors of Twilio's segment calculator
// (sms-segments-calculator 1.3.0, see the SMS encoding reference) and the GSM 03.38 tables.

#include "messages/gsmalphabet.h"
#include "messages/gsmlookalikes.h"
#include "messages/smsencoding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace textwell;

Q_DECLARE_METATYPE(textwell::SmsCoding)

namespace {

QString times(int n, QStringView piece)
{
    return piece.toString().repeated(n);
}

const QStringView kEmoji = u"\U0001F600"; // 😀
const QStringView kFamily =
    u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"; // 👨‍👩‍👧‍👦

// The 127 + 10 characters as listed in the reference, sorted; deliberately a separate copy.
const char32_t kReferenceBasic[] = {
    0x000A, 0x000D, 0x0020, 0x0021, 0x0022, 0x0023, 0x0024, 0x0025, 0x0026, 0x0027, 0x0028, 0x0029, 0x002A,
    0x002B, 0x002C, 0x002D, 0x002E, 0x002F, 0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037,
    0x0038, 0x0039, 0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F, 0x0040, 0x0041, 0x0042, 0x0043, 0x0044,
    0x0045, 0x0046, 0x0047, 0x0048, 0x0049, 0x004A, 0x004B, 0x004C, 0x004D, 0x004E, 0x004F, 0x0050, 0x0051,
    0x0052, 0x0053, 0x0054, 0x0055, 0x0056, 0x0057, 0x0058, 0x0059, 0x005A, 0x005F, 0x0061, 0x0062, 0x0063,
    0x0064, 0x0065, 0x0066, 0x0067, 0x0068, 0x0069, 0x006A, 0x006B, 0x006C, 0x006D, 0x006E, 0x006F, 0x0070,
    0x0071, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0077, 0x0078, 0x0079, 0x007A, 0x00A1, 0x00A3, 0x00A4,
    0x00A5, 0x00A7, 0x00BF, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00D8, 0x00DC, 0x00DF,
    0x00E0, 0x00E4, 0x00E5, 0x00E6, 0x00E8, 0x00E9, 0x00EC, 0x00F1, 0x00F2, 0x00F6, 0x00F8, 0x00F9, 0x00FC,
    0x0393, 0x0394, 0x0398, 0x039B, 0x039E, 0x03A0, 0x03A3, 0x03A6, 0x03A8, 0x03A9,
};
const char32_t kReferenceExtension[] = {0x000C, 0x005E, 0x007B, 0x007D, 0x005C,
                                        0x005B, 0x007E, 0x005D, 0x007C, 0x20AC};

QString codePoints(const SmsInfo& info)
{
    QStringList out;
    for (const NonGsmChar& c : info.nonGsm)
        out << QStringLiteral("U+%1@%2/%3")
                   .arg(uint(c.codePoint), 4, 16, QLatin1Char('0'))
                   .arg(c.position)
                   .arg(c.length);
    return out.join(u' ');
}

} // namespace

class TestSmsEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void calculatorVectors_data();
    void calculatorVectors();
    void traps_data();
    void traps();
    void alphabetMatchesReference();
    void nothingElseIsGsm();
    void counts();
    void nonGsmPositions();
    void graphemesAreNeverSplit();
    void lookalikes_data();
    void lookalikes();
    void lookalikeEntriesAreGsm();
    void longTexts();
    void names();
};

void TestSmsEncoding::calculatorVectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsCoding>("encoding");
    QTest::addColumn<int>("parts");
    QTest::addColumn<QVector<int>>("perPart");

    const auto gsm = SmsCoding::Gsm7;
    const auto ucs = SmsCoding::Ucs2;
    QTest::newRow("empty") << QString() << gsm << 1 << QVector<int>{0};
    QTest::newRow("160 a") << times(160, u"a") << gsm << 1 << QVector<int>{160};
    QTest::newRow("161 a") << times(161, u"a") << gsm << 2 << QVector<int>{153, 8};
    QTest::newRow("306 a") << times(306, u"a") << gsm << 2 << QVector<int>{153, 153};
    QTest::newRow("307 a") << times(307, u"a") << gsm << 3 << QVector<int>{153, 153, 1};
    QTest::newRow("459 a") << times(459, u"a") << gsm << 3 << QVector<int>{153, 153, 153};
    QTest::newRow("460 a") << times(460, u"a") << gsm << 4 << QVector<int>{153, 153, 153, 1};
    QTest::newRow("80 euro") << times(80, u"€") << gsm << 1 << QVector<int>{80};
    QTest::newRow("81 euro") << times(81, u"€") << gsm << 2 << QVector<int>{76, 5};
    QTest::newRow("159 a + euro") << times(159, u"a") + u"€" << gsm << 2 << QVector<int>{153, 7};
    QTest::newRow("euro moved whole")
        << times(152, u"a") + u"€" + times(8, u"a") << gsm << 2 << QVector<int>{152, 9};
    QTest::newRow("brace moved whole")
        << times(152, u"a") + u"{" + times(10, u"b") << gsm << 2 << QVector<int>{152, 11};
    QTest::newRow("70 Zhe") << times(70, u"Ж") << ucs << 1 << QVector<int>{70};
    QTest::newRow("71 Zhe") << times(71, u"Ж") << ucs << 2 << QVector<int>{67, 4};
    QTest::newRow("134 Zhe") << times(134, u"Ж") << ucs << 2 << QVector<int>{67, 67};
    QTest::newRow("135 Zhe") << times(135, u"Ж") << ucs << 3 << QVector<int>{67, 67, 1};
    QTest::newRow("201 Zhe") << times(201, u"Ж") << ucs << 3 << QVector<int>{67, 67, 67};
    QTest::newRow("202 Zhe") << times(202, u"Ж") << ucs << 4 << QVector<int>{67, 67, 67, 1};
    QTest::newRow("35 emoji") << times(35, kEmoji) << ucs << 1 << QVector<int>{35};
    QTest::newRow("36 emoji") << times(36, kEmoji) << ucs << 2 << QVector<int>{33, 3};
    QTest::newRow("68 a + emoji") << times(68, u"a") + kEmoji << ucs << 1 << QVector<int>{69};
    QTest::newRow("69 a + emoji") << times(69, u"a") + kEmoji << ucs << 2 << QVector<int>{67, 3};
    QTest::newRow("emoji moved whole")
        << times(66, u"Ж") + kEmoji + times(4, u"Ж") << ucs << 2 << QVector<int>{66, 5};
    QTest::newRow("family") << kFamily.toString() << ucs << 1 << QVector<int>{1};
    QTest::newRow("smart quotes") << QStringLiteral("“Hello” it’s") << ucs << 1 << QVector<int>{12};
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << gsm << 1 << QVector<int>{4};
    QTest::newRow("form feed") << QStringLiteral("\f") << gsm << 1 << QVector<int>{1};
}

void TestSmsEncoding::calculatorVectors()
{
    QFETCH(QString, text);
    QFETCH(SmsCoding, encoding);
    QFETCH(int, parts);
    QFETCH(QVector<int>, perPart);

    const SmsInfo info = SmsEncoding::analyse(text);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.parts, parts);
    QCOMPARE(info.charactersPerPart, perPart);
}

void TestSmsEncoding::traps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsCoding>("encoding");
    QTest::addColumn<int>("septets");

    QTest::newRow("capital C cedilla") << QStringLiteral("Ç") << SmsCoding::Gsm7 << 1;
    QTest::newRow("small c cedilla") << QStringLiteral("ç") << SmsCoding::Ucs2 << 0;
    QTest::newRow("backtick") << QStringLiteral("`") << SmsCoding::Ucs2 << 0;
    QTest::newRow("TAB") << QStringLiteral("\t") << SmsCoding::Ucs2 << 0;
    QTest::newRow("NBSP") << QStringLiteral("a\u00A0b") << SmsCoding::Ucs2 << 0;
    QTest::newRow("form feed") << QStringLiteral("\f") << SmsCoding::Gsm7 << 2;
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << SmsCoding::Gsm7 << 4;
    QTest::newRow("dollar at underscore") << QStringLiteral("$@_") << SmsCoding::Gsm7 << 3;
    QTest::newRow("extension chars") << QStringLiteral("^{}\\[~]|€") << SmsCoding::Gsm7 << 18;
    QTest::newRow("greek capitals") << QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ") << SmsCoding::Gsm7 << 10;
    QTest::newRow("greek small delta") << QStringLiteral("δ") << SmsCoding::Ucs2 << 0;
    QTest::newRow("ESC control") << QStringLiteral("\x1B") << SmsCoding::Ucs2 << 0;
    QTest::newRow("NUL") << QString(QChar(0)) << SmsCoding::Ucs2 << 0;
    QTest::newRow("german") << QStringLiteral("Grüße aus Köln, Ä Ö Ü ä ö ü ß") << SmsCoding::Gsm7 << 29;
    QTest::newRow("e circumflex") << QStringLiteral("crêpe") << SmsCoding::Ucs2 << 0;
    QTest::newRow("combining acute") << QStringLiteral("e\u0301") << SmsCoding::Ucs2 << 0;
}

void TestSmsEncoding::traps()
{
    QFETCH(QString, text);
    QFETCH(SmsCoding, encoding);
    QFETCH(int, septets);

    const SmsInfo info = SmsEncoding::analyse(text);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.septets, septets);
    QCOMPARE(info.parts, 1);
    QCOMPARE(info.units, encoding == SmsCoding::Gsm7 ? septets : int(text.size()));
}

void TestSmsEncoding::alphabetMatchesReference()
{
    const QVector<char32_t> basic(std::begin(kReferenceBasic), std::end(kReferenceBasic));
    QVector<char32_t> extension(std::begin(kReferenceExtension), std::end(kReferenceExtension));
    std::sort(extension.begin(), extension.end());
    QCOMPARE(basic.size(), 127);
    QCOMPARE(extension.size(), 10);
    QCOMPARE(GsmAlphabet::basicCharacters(), basic);
    QCOMPARE(GsmAlphabet::extensionCharacters(), extension);
    for (const char32_t c : basic)
        QCOMPARE(GsmAlphabet::septets(c), 1);
    for (const char32_t c : extension)
        QCOMPARE(GsmAlphabet::septets(c), 2);
}

void TestSmsEncoding::nothingElseIsGsm()
{
    QSet<char32_t> known;
    for (const char32_t c : kReferenceBasic)
        known.insert(c);
    for (const char32_t c : kReferenceExtension)
        known.insert(c);
    int gsm = 0;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        const int septets = GsmAlphabet::septets(cp);
        if (septets != 0) {
            ++gsm;
            if (!known.contains(cp))
                QFAIL(qPrintable(
                    QStringLiteral("U+%1 is not in GSM 03.38").arg(uint(cp), 4, 16, QLatin1Char('0'))));
        }
    }
    QCOMPARE(gsm, 137);
    // Each BMP character on its own: GSM-7 exactly when it is in the tables.
    for (char32_t cp = 0; cp <= 0xFFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const SmsInfo info = SmsEncoding::analyse(QString(QChar(char16_t(cp))));
        if ((info.encoding == SmsCoding::Gsm7) != known.contains(cp))
            QFAIL(qPrintable(
                QStringLiteral("U+%1 has the wrong encoding").arg(uint(cp), 4, 16, QLatin1Char('0'))));
    }
}

void TestSmsEncoding::counts()
{
    // 5 ASCII, 1 extension, 1 emoji (2 units), 1 ZWJ family (7 code points, 11 units), CR LF.
    const QString text = QStringLiteral("Hello€") + kEmoji + kFamily + QStringLiteral("\r\n");
    const SmsInfo info = SmsEncoding::analyse(text);
    QCOMPARE(info.encoding, SmsCoding::Ucs2);
    QCOMPARE(info.characters, 5 + 1 + 1 + 7 + 2);
    QCOMPARE(info.codeUnits, 5 + 1 + 2 + 11 + 2);
    QCOMPARE(info.units, info.codeUnits);
    QCOMPARE(info.septets, 0);
    QCOMPARE(info.charactersPerPart, QVector<int>{5 + 1 + 1 + 1 + 2});

    const SmsInfo gsm = SmsEncoding::analyse(QStringLiteral("Price: 5€ [sale]"));
    QCOMPARE(gsm.encoding, SmsCoding::Gsm7);
    QCOMPARE(gsm.characters, 16);
    QCOMPARE(gsm.codeUnits, 16);
    QCOMPARE(gsm.septets, 19);
    QCOMPARE(gsm.units, 19);
    QVERIFY(gsm.nonGsm.isEmpty());

    QCOMPARE(SmsEncoding::singlePartLimit(SmsCoding::Gsm7), 160);
    QCOMPARE(SmsEncoding::multiPartLimit(SmsCoding::Gsm7), 153);
    QCOMPARE(SmsEncoding::singlePartLimit(SmsCoding::Ucs2), 70);
    QCOMPARE(SmsEncoding::multiPartLimit(SmsCoding::Ucs2), 67);
}

void TestSmsEncoding::nonGsmPositions()
{
    // “Hi” 😀 ç👍🏽 — positions are UTF-16 indices; astral characters have length 2.
    const QString text = QStringLiteral("“Hi” ") + kEmoji + QStringLiteral(" ç\U0001F44D\U0001F3FD\t");
    const SmsInfo info = SmsEncoding::analyse(text);
    QCOMPARE(codePoints(info), QStringLiteral("U+201c@0/1 U+201d@3/1 U+1f600@5/2 U+00e7@8/1 U+1f44d@9/2 "
                                              "U+1f3fd@11/2 U+0009@13/1"));
    for (const NonGsmChar& c : info.nonGsm) {
        const QString piece = text.mid(c.position, c.length);
        QCOMPARE(piece.toUcs4(), QList<uint>{uint(c.codePoint)});
    }

    // A lone surrogate is not GSM either, and is reported as one unit.
    const QString broken = QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b");
    const SmsInfo brokenInfo = SmsEncoding::analyse(broken);
    QCOMPARE(codePoints(brokenInfo), QStringLiteral("U+d83d@1/1"));
    QCOMPARE(brokenInfo.characters, 3);
}

void TestSmsEncoding::graphemesAreNeverSplit()
{
    // 66 units, then a family of 11 units: it moves whole to part 2.
    const SmsInfo family = SmsEncoding::analyse(times(66, u"Ж") + kFamily);
    QCOMPARE(family.charactersPerPart, (QVector<int>{66, 1}));
    // A flag is two regional indicators: one grapheme of 4 units.
    const SmsInfo flags =
        SmsEncoding::analyse(times(65, u"Ж") + QStringLiteral("\U0001F1E9\U0001F1EA") + times(2, u"Ж"));
    QCOMPARE(flags.charactersPerPart, (QVector<int>{65, 3}));
    // Flags pair up from the start of a run of regional indicators, also right after an emoji
    // (Qt 6.4 alone gets that wrong; SmsEncoding corrects it).
    const QString flagsAfterEmoji =
        kEmoji + QStringLiteral("\U0001F1F7\U0001F1FA\U0001F1E9\U0001F1EA\U0001F1FA");
    QCOMPARE(SmsEncoding::analyse(flagsAfterEmoji).charactersPerPart, QVector<int>{4}); // 😀 🇷🇺 🇩🇪 🇺
    const QString heartFlag =
        QStringLiteral("\u2764\U0001F1F7\U0001F1FAa\U0001F1E9\U0001F1EA\U0001F1FA\U0001F1E6");
    QCOMPARE(SmsEncoding::analyse(heartFlag).charactersPerPart, QVector<int>{5}); // ❤ 🇷🇺 a 🇩🇪 🇺🇦
    // CR LF is two characters for the calculator, also in UCS-2, and may be split.
    const SmsInfo crlf = SmsEncoding::analyse(times(66, u"Ж") + QStringLiteral("\r\n") + times(3, u"Ж"));
    QCOMPARE(crlf.charactersPerPart, (QVector<int>{67, 4}));
    // An extension character never straddles a GSM-7 boundary.
    const SmsInfo euro = SmsEncoding::analyse(times(152, u"a") + times(10, u"€"));
    QCOMPARE(euro.charactersPerPart, (QVector<int>{152, 10}));
}

void TestSmsEncoding::lookalikes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("reference example")
        << QStringLiteral("“Hello” it’s — ok…") << QStringLiteral("\"Hello\" it's - ok...");
    QTest::newRow("fractions") << QStringLiteral("½ price, ¼ off, ¾ full")
                               << QStringLiteral("1/2 price, 1/4 off, 3/4 full");
    QTest::newRow("guillemets") << QStringLiteral("«Sale» „Angebot“ ‹a›")
                                << QStringLiteral("\"Sale\" \"Angebot\" <a>");
    QTest::newRow("spaces are one") << QStringLiteral("a\u00A0b\u2009c\u3000d\u202Fe\u2003f\tg")
                                    << QStringLiteral("a b c d e f g");
    QTest::newRow("invisible removed")
        << QStringLiteral("a\u200Bb\u200Cc\u2060d\uFEFFe\u00ADf") << QStringLiteral("abcdef");
    QTest::newRow("dashes and bullets")
        << QStringLiteral("a\u2010b\u2011c\u2013d\u2014e\u2212f\u2022g") << QStringLiteral("a-b-c-d-e-f-g");
    QTest::newRow("quotes and primes") << QStringLiteral("‘a’ `b´ 5′ 6″") << QStringLiteral("'a' 'b' 5' 6\"");
    QTest::newRow("full-width") << QStringLiteral("ＳＡＬＥ！ ５０％ ｛ｘ｝ ｀")
                                << QStringLiteral("SALE! 50% {x} '");
    QTest::newRow("emoji and cyrillic stay")
        << QStringLiteral("Привет “друг” 😀 👨‍👩‍👧‍👦")
        << QStringLiteral("Привет \"друг\" 😀 👨‍👩‍👧‍👦");
    QTest::newRow("c cedilla stays") << QStringLiteral("façade") << QStringLiteral("façade");
    QTest::newRow("nothing to do") << QStringLiteral("plain") << QStringLiteral("plain");
}

void TestSmsEncoding::lookalikes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(GsmLookalikes::replaceAll(input), expected);
}

void TestSmsEncoding::lookalikeEntriesAreGsm()
{
    // Every replacement must itself be GSM-7, or replacing would not help.
    int entries = 0;
    for (char32_t cp = 0; cp <= 0xFFFF; ++cp) {
        const std::optional<QString> replacement = GsmLookalikes::replacement(cp);
        QCOMPARE(replacement.has_value(), GsmLookalikes::hasReplacement(cp));
        if (!replacement)
            continue;
        ++entries;
        QVERIFY2(!GsmAlphabet::contains(cp), qPrintable(QString::number(uint(cp), 16)));
        QVERIFY2(SmsEncoding::analyse(*replacement).encoding == SmsCoding::Gsm7,
                 qPrintable(QString::number(uint(cp), 16)));
    }
    QVERIFY(entries > 100);
    QVERIFY(!GsmLookalikes::hasReplacement(0x00E7)); // ç
    QVERIFY(!GsmLookalikes::hasReplacement(0x200D)); // ZWJ holds emoji together
    QVERIFY(!GsmLookalikes::hasReplacement(0x1F600));
    QCOMPARE(GsmLookalikes::replacement(0x2026).value_or(QStringLiteral("none")), QStringLiteral("..."));
    QCOMPARE(GsmLookalikes::replacement(0x200B).value_or(QStringLiteral("none")), QString());

    const SmsInfo before = SmsEncoding::analyse(QStringLiteral("“Hello” it’s — ok…"));
    QCOMPARE(before.encoding, SmsCoding::Ucs2);
    const SmsInfo after =
        SmsEncoding::analyse(GsmLookalikes::replaceAll(QStringLiteral("“Hello” it’s — ok…")));
    QCOMPARE(after.encoding, SmsCoding::Gsm7);
    QCOMPARE(after.parts, 1);
    const SmsInfo emoji = SmsEncoding::analyse(GsmLookalikes::replaceAll(QStringLiteral("“Hi” 😀")));
    QCOMPARE(emoji.encoding, SmsCoding::Ucs2);
    QCOMPARE(emoji.nonGsm.size(), 1);
}

void TestSmsEncoding::longTexts()
{
    // 5,000 characters: far over Twilio's 1,600, still counted right and fast.
    const SmsInfo gsm = SmsEncoding::analyse(times(5000, u"a"));
    QCOMPARE(gsm.parts, 33); // ceil(5000 / 153)
    QCOMPARE(gsm.charactersPerPart.last(), 5000 - 32 * 153);

    const SmsInfo cyrillic = SmsEncoding::analyse(times(5000, u"Ж"));
    QCOMPARE(cyrillic.parts, 75); // ceil(5000 / 67)
    QCOMPARE(cyrillic.charactersPerPart.last(), 5000 - 74 * 67);

    const SmsInfo euro = SmsEncoding::analyse(times(2500, u"€"));
    QCOMPARE(euro.septets, 5000);
    QCOMPARE(euro.parts, 33); // 76 per part: ceil(2500 / 76)
    QCOMPARE(euro.charactersPerPart.first(), 76);

    const SmsInfo emoji = SmsEncoding::analyse(times(2500, kEmoji));
    QCOMPARE(emoji.codeUnits, 5000);
    QCOMPARE(emoji.parts, 76); // 33 per part: ceil(2500 / 33)
    QCOMPARE(emoji.nonGsm.size(), 2500);

    // Mixed text, every character of a random mix; parts always add up to the whole.
    QRandomGenerator random(42);
    const QStringList pool = {QStringLiteral("a"), QStringLiteral("Z"),        QStringLiteral(" "),
                              QStringLiteral("€"), QStringLiteral("{"),        QStringLiteral("Ж"),
                              QStringLiteral("ç"), QStringLiteral("ü"),        QStringLiteral("\r\n"),
                              kEmoji.toString(),   QStringLiteral("👍🏽"), kFamily.toString()};
    QString mixed;
    while (mixed.size() < 5000)
        mixed += pool.at(int(random.bounded(pool.size())));
    const SmsInfo info = SmsEncoding::analyse(mixed);
    QCOMPARE(info.encoding, SmsCoding::Ucs2);
    QCOMPARE(info.parts, info.charactersPerPart.size());
    QVERIFY(info.parts >= (info.units + 66) / 67);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i)
        SmsEncoding::analyse(mixed);
    qInfo("analyse of 5,000 mixed characters: %.1f µs", double(timer.nsecsElapsed()) / 100 / 1000);
}

void TestSmsEncoding::names()
{
    QCOMPARE(SmsEncoding::encodingName(SmsCoding::Gsm7), QStringLiteral("GSM-7"));
    QCOMPARE(SmsEncoding::encodingName(SmsCoding::Ucs2), QStringLiteral("UCS-2"));
}

QTEST_APPLESS_MAIN(TestSmsEncoding)
#include "tst_smsencoding.moc"
