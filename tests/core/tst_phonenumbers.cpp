// Phone numbers as people type them, checked against what libphonenumber 8.12.57 (Debian bookworm)
// actually answers. Every row of the table was verified by running the parser before it was fixed
// here; a row that starts failing after a libphonenumber upgrade means its metadata changed.

#include "contacts/phonenumbers.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <cstdio>

using namespace textwell;

namespace {

enum class ParseError
{
    None,
    Empty,
    NotANumber,
    TooShort,
    TooLong,
    InvalidForCountry,
    UnknownCountryCode,
    NoCountryCode,
};

} // namespace

Q_DECLARE_METATYPE(textwell::NumberKind)
Q_DECLARE_METATYPE(ParseError)

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeAgreesWithParse();
    void parse_data();
    void parse();
    void parseDropsTrailingNoise_data();
    void parseDropsTrailingNoise();
    void formatInternational_data();
    void formatInternational();
    void isKnownRegion_data();
    void isKnownRegion();
    void supportedRegions();
    void regionFromSystemLocale_data();
    void regionFromSystemLocale();
    void regionFromSystemLocaleChild();
    void labels();

private:
    static void addValid(const char* region, const char* input, const char* e164, NumberKind kind,
                         const char* numberRegion, const char* international, bool warning);
    static void addInvalid(const char* region, const char* input, ParseError error, const char* detail = "");
};

void TestPhoneNumbers::addValid(const char* region, const char* input, const char* e164, NumberKind kind,
                                const char* numberRegion, const char* international, bool warning)
{
    QTest::addRow("%s: %s", region, input)
        << QString::fromUtf8(region) << QString::fromUtf8(input) << QString::fromUtf8(e164) << kind
        << QString::fromUtf8(numberRegion) << QString::fromUtf8(international) << warning << ParseError::None
        << QString();
}

void TestPhoneNumbers::addInvalid(const char* region, const char* input, ParseError error, const char* detail)
{
    QTest::addRow("%s: %s (invalid)", region, input)
        << QString::fromUtf8(region) << QString::fromUtf8(input) << QString() << NumberKind::Unknown
        << QString() << QString() << false << error << QString::fromUtf8(detail);
}

void TestPhoneNumbers::parse_data()
{
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<NumberKind>("kind");
    QTest::addColumn<QString>("numberRegion");
    QTest::addColumn<QString>("international");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<ParseError>("error");
    QTest::addColumn<QString>("detail"); // for InvalidForCountry: the country code the message names

    using K = NumberKind;
    const char* ruMobile = "+7 916 123-45-67";

    // Russia: the trunk prefix 8, brackets, dashes, no prefix at all, full-width digits, a tel: link.
    addValid("RU", "8 (916) 123-45-67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "89161234567", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "+7 916 123-45-67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "+7 (916) 123 45 67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "9161234567", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "8-916-123-45-67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "  +7 916 123 45 67  ", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "８９１６１２３４５６７", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "tel:+7-916-123-45-67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("ru", "8 916 123 45 67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("RU", "+7 495 123-45-67", "+74951234567", K::FixedLine, "RU", "+7 495 123-45-67", true);
    addValid("RU", "8 (495) 123-45-67", "+74951234567", K::FixedLine, "RU", "+7 495 123-45-67", true);
    addValid("RU", "+7 812 315-00-00", "+78123150000", K::FixedLine, "RU", "+7 812 315-00-00", true);
    addValid("RU", "8 800 555-35-35", "+78005553535", K::Other, "RU", "+7 800 555-35-35", true);
    // +7 is shared with Kazakhstan: an Astana landline and a Kazakh mobile.
    addValid("RU", "+7 7172 12 34 56", "+77172123456", K::FixedLine, "KZ", "+7 7172 12 34 56", true);
    addValid("KZ", "8 701 123 4567", "+77011234567", K::Mobile, "KZ", "+7 701 123 4567", false);
    addValid("RU", "+44 7812 345678", "+447812345678", K::Mobile, "GB", "+44 7812 345678", false);

    // Germany: the trunk 0, "(0)" after the country code, 00 as international prefix, slashes.
    addValid("DE", "0171 1234567", "+491711234567", K::Mobile, "DE", "+49 171 1234567", false);
    addValid("DE", "+49 (0)171 1234567", "+491711234567", K::Mobile, "DE", "+49 171 1234567", false);
    addValid("DE", "0049 171 1234567", "+491711234567", K::Mobile, "DE", "+49 171 1234567", false);
    addValid("DE", "0171/1234567", "+491711234567", K::Mobile, "DE", "+49 171 1234567", false);
    addValid("DE", "+49 171 12345678", "+4917112345678", K::Mobile, "DE", "+49 171 12345678", false);
    addValid("DE", "0151 12345678", "+4915112345678", K::Mobile, "DE", "+49 1511 2345678", false);
    addValid("DE", "0160 1234567", "+491601234567", K::Mobile, "DE", "+49 160 1234567", false);
    addValid("DE", "030 1234567", "+49301234567", K::FixedLine, "DE", "+49 30 1234567", true);
    addValid("DE", "089 123456", "+4989123456", K::FixedLine, "DE", "+49 89 123456", true);
    addValid("DE", "0800 1234567", "+498001234567", K::Other, "DE", "+49 800 1234567", true);
    addValid("DE", "0900 1234567", "+499001234567", K::Other, "DE", "+49 900 1 234567", true);
    addValid("DE", "+7 (916) 123-45-67", "+79161234567", K::Mobile, "RU", ruMobile, false);
    // A Russian-style number typed with Germany as the default country is a Munich landline:
    // valid, but the warning is what tells the user something is off.
    addValid("DE", "8 (916) 123-45-67", "+4989161234567", K::FixedLine, "DE", "+49 89 161234567", true);

    // USA and Canada: mobile and landline cannot be told apart; toll-free numbers can.
    addValid("US", "(212) 555-0123", "+12125550123", K::MobileOrFixed, "US", "+1 212-555-0123", false);
    addValid("US", "+1 415-555-2671", "+14155552671", K::MobileOrFixed, "US", "+1 415-555-2671", false);
    addValid("US", "415-555-2671", "+14155552671", K::MobileOrFixed, "US", "+1 415-555-2671", false);
    addValid("US", "1 (415) 555-2671", "+14155552671", K::MobileOrFixed, "US", "+1 415-555-2671", false);
    addValid("US", "212.555.0123", "+12125550123", K::MobileOrFixed, "US", "+1 212-555-0123", false);
    addValid("US", "+1 (800) 555-0199", "+18005550199", K::Other, "US", "+1 800-555-0199", true);
    addValid("US", "+1 888 555 0123", "+18885550123", K::Other, "US", "+1 888-555-0123", true);
    addValid("CA", "(416) 555-0123", "+14165550123", K::MobileOrFixed, "CA", "+1 416-555-0123", false);

    // Great Britain (07911 is a Guernsey mobile range: libphonenumber says GG).
    addValid("GB", "07812 345678", "+447812345678", K::Mobile, "GB", "+44 7812 345678", false);
    addValid("GB", "+44 7812 345678", "+447812345678", K::Mobile, "GB", "+44 7812 345678", false);
    addValid("GB", "0044 7812 345678", "+447812345678", K::Mobile, "GB", "+44 7812 345678", false);
    addValid("GB", "+44 (0)7812 345678", "+447812345678", K::Mobile, "GB", "+44 7812 345678", false);
    addValid("GB", "07911 123456", "+447911123456", K::Mobile, "GG", "+44 7911 123456", false);
    addValid("GB", "020 7946 0018", "+442079460018", K::FixedLine, "GB", "+44 20 7946 0018", true);
    addValid("GB", "0161 496 0000", "+441614960000", K::FixedLine, "GB", "+44 161 496 0000", true);
    addValid("GB", "0800 123 4567", "+448001234567", K::Other, "GB", "+44 800 123 4567", true);
    addValid("GB", "0345 123 4567", "+443451234567", K::Other, "GB", "+44 345 123 4567", true);

    // A few others.
    addValid("FR", "06 12 34 56 78", "+33612345678", K::Mobile, "FR", "+33 6 12 34 56 78", false);
    addValid("FR", "01 23 45 67 89", "+33123456789", K::FixedLine, "FR", "+33 1 23 45 67 89", true);
    addValid("AT", "0664 1234567", "+436641234567", K::Mobile, "AT", "+43 664 1234567", false);
    addValid("CH", "079 123 45 67", "+41791234567", K::Mobile, "CH", "+41 79 123 45 67", false);
    addValid("UA", "050 123 4567", "+380501234567", K::Mobile, "UA", "+380 50 123 4567", false);
    addValid("BY", "8 029 123 45 67", "+375291234567", K::Mobile, "BY", "+375 29 123-45-67", false);
    addValid("NL", "06 12345678", "+31612345678", K::Mobile, "NL", "+31 6 12345678", false);

    // No usable default country: fine as long as the number carries its country code.
    addValid("ZZ", "+79161234567", "+79161234567", K::Mobile, "RU", ruMobile, false);
    addValid("", "+49 171 1234567", "+491711234567", K::Mobile, "DE", "+49 171 1234567", false);
    addValid("ZZ", "0049 171 1234567", "+491711234567", K::Mobile, "DE", "+49 171 1234567", false);

    // Invalid input, by the kind of error the message must name.
    addInvalid("RU", "", ParseError::Empty);
    addInvalid("RU", "   ", ParseError::Empty);
    addInvalid("RU", "abc", ParseError::NotANumber);
    addInvalid("RU", "hello world", ParseError::NotANumber);
    addInvalid("DE", "+++", ParseError::NotANumber);
    addInvalid("DE", "0", ParseError::NotANumber);
    addInvalid("RU", "12", ParseError::TooShort);
    addInvalid("RU", "8 916", ParseError::TooShort);
    addInvalid("RU", "+7 916 123-45-6", ParseError::TooShort);
    addInvalid("RU", "8 9xx 123 45 67", ParseError::TooShort);
    addInvalid("US", "(415) 555 267", ParseError::TooShort);
    addInvalid("US", "+1 212 555 01", ParseError::TooShort);
    addInvalid("RU", "+7 916 123 45 67 89 01 23 45", ParseError::TooLong);
    addInvalid("RU", "1234567890123456789", ParseError::TooLong);
    addInvalid("US", "+1 415 555 26711", ParseError::TooLong);
    addInvalid("DE", "+49 171 1234567 8901 2345", ParseError::TooLong);
    addInvalid("RU", "+7 916 123-45-678", ParseError::InvalidForCountry, "+7 (RU)"); // 11 digits
    addInvalid("RU", "+7 123 456 78 90", ParseError::InvalidForCountry, "+7 (RU)");
    addInvalid("RU", "+7 000 000-00-00", ParseError::InvalidForCountry, "+7 (RU)");
    addInvalid("DE", "0171", ParseError::InvalidForCountry, "+49 (DE)");
    addInvalid("DE", "+49 171 123", ParseError::InvalidForCountry, "+49 (DE)");
    addInvalid("US", "+1 123 456 7890", ParseError::InvalidForCountry, "+1 (US)");
    addInvalid("US", "555-0123", ParseError::InvalidForCountry, "+1 (US)"); // no area code
    // Ofcom's drama range: not a real mobile, and the 8.12.57 metadata says so.
    addInvalid("GB", "07700 900123", ParseError::InvalidForCountry, "+44 (GB)");
    addInvalid("GB", "+44 7700 900123", ParseError::InvalidForCountry, "+44 (GB)");
    addInvalid("GB", "020 7946 001", ParseError::InvalidForCountry, "+44 (GB)");
    addInvalid("RU", "+999 123 456 789", ParseError::UnknownCountryCode);
    addInvalid("ZZ", "00999 123 456", ParseError::UnknownCountryCode);
    addInvalid("ZZ", "9161234567", ParseError::NoCountryCode);
    addInvalid("XX", "9161234567", ParseError::NoCountryCode);
    addInvalid("", "89161234567", ParseError::NoCountryCode);
    addInvalid("DEU", "0171 1234567", ParseError::NoCountryCode);
}

void TestPhoneNumbers::parse()
{
    QFETCH(QString, defaultRegion);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(NumberKind, kind);
    QFETCH(QString, numberRegion);
    QFETCH(QString, international);
    QFETCH(bool, warning);
    QFETCH(ParseError, error);
    QFETCH(QString, detail);

    const Result<ParsedNumber> parsed = PhoneNumbers::parse(input, defaultRegion);
    if (error != ParseError::None) {
        QVERIFY2(!parsed,
                 qPrintable(QStringLiteral("accepted as ") + (parsed ? parsed.value().e164 : QString())));
        const QString message = parsed.error();
        if (error == ParseError::Empty) {
            QCOMPARE(message, QStringLiteral("Enter a phone number."));
            return;
        }
        // Every other message names the input as typed (trimmed), so the user sees which one.
        QVERIFY2(message.contains(QStringLiteral("“") + input.trimmed() + QStringLiteral("”")),
                 qPrintable(message));
        switch (error) {
        case ParseError::NotANumber:
            QVERIFY2(message.contains(QLatin1String("is not a phone number")), qPrintable(message));
            break;
        case ParseError::TooShort:
            QVERIFY2(message.contains(QLatin1String("too short")), qPrintable(message));
            break;
        case ParseError::TooLong:
            QVERIFY2(message.contains(QLatin1String("too long")), qPrintable(message));
            break;
        case ParseError::InvalidForCountry:
            QVERIFY2(message.contains(QStringLiteral("is not a valid number for the country code ") + detail),
                     qPrintable(message));
            break;
        case ParseError::UnknownCountryCode:
            QVERIFY2(message.contains(QLatin1String("unknown country code")), qPrintable(message));
            break;
        case ParseError::NoCountryCode:
            QVERIFY2(message.contains(QLatin1String("has no country code")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("default country")), qPrintable(message));
            break;
        case ParseError::None:
        case ParseError::Empty:
            break;
        }
        return;
    }

    QVERIFY2(parsed, qPrintable(parsed.error()));
    const ParsedNumber& n = parsed.value();
    QCOMPARE(n.e164, e164);
    QCOMPARE(n.kind, kind);
    QCOMPARE(n.region, numberRegion);
    QCOMPARE(n.international, international);
    QCOMPARE(n.canReceiveSms(), kind == NumberKind::Mobile || kind == NumberKind::MobileOrFixed);
    QCOMPARE(!n.warning.isEmpty(), warning);
    if (warning) {
        QVERIFY2(n.warning.contains(international), qPrintable(n.warning));
        const QString why =
            kind == NumberKind::FixedLine ? QStringLiteral("landline") : QStringLiteral("may not");
        QVERIFY2(n.warning.contains(why), qPrintable(n.warning));
    }

    // Stored numbers are parsed again later (search, history, CLI): E.164 must read back as itself,
    // whatever the default country is then.
    for (const QString& region : {QStringLiteral("ZZ"), QStringLiteral("US"), QStringLiteral("RU")}) {
        const Result<ParsedNumber> again = PhoneNumbers::parse(n.e164, region);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again.value().e164, n.e164);
        QCOMPARE(again.value().kind, n.kind);
    }
    QCOMPARE(PhoneNumbers::formatInternational(n.e164), international);
}

void TestPhoneNumbers::parseDropsTrailingNoise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("warned"); // the person adding it is told what was left out
    QTest::addRow("extension") << QStringLiteral("+7 916 123-45-67 ext. 5") << true;
    QTest::addRow("letters after the number") << QStringLiteral("+7 916 1234567a") << false;
    QTest::addRow("double plus") << QStringLiteral("++79161234567") << false;
}

// libphonenumber is lenient with trailing noise; whatever it keeps, the E.164 form is the plain
// number (an extension cannot take an SMS and must not end up in the stored phone column).
void TestPhoneNumbers::parseDropsTrailingNoise()
{
    QFETCH(QString, input);
    const Result<ParsedNumber> parsed = PhoneNumbers::parse(input, QStringLiteral("RU"));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed.value().e164, QStringLiteral("+79161234567"));
    QCOMPARE(parsed.value().kind, NumberKind::Mobile);
    QFETCH(bool, warned);
    QCOMPARE(parsed.value().warning.contains(QLatin1String("extension 5")), warned);
}

void TestPhoneNumbers::formatInternational_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("expected");
    QTest::addRow("DE mobile") << QStringLiteral("+4917112345678") << QStringLiteral("+49 171 12345678");
    QTest::addRow("RU mobile") << QStringLiteral("+79161234567") << QStringLiteral("+7 916 123-45-67");
    QTest::addRow("US") << QStringLiteral("+12125550123") << QStringLiteral("+1 212-555-0123");
    QTest::addRow("GB mobile") << QStringLiteral("+447812345678") << QStringLiteral("+44 7812 345678");
    QTest::addRow("KZ on +7") << QStringLiteral("+77011234567") << QStringLiteral("+7 701 123 4567");
    // Not parseable: shown as stored rather than lost.
    QTest::addRow("no plus") << QStringLiteral("89161234567") << QStringLiteral("89161234567");
    QTest::addRow("garbage") << QStringLiteral("not a number") << QStringLiteral("not a number");
    QTest::addRow("empty") << QString() << QString();
}

void TestPhoneNumbers::formatInternational()
{
    QFETCH(QString, e164);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumbers::formatInternational(e164), expected);
}

void TestPhoneNumbers::isKnownRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("known");
    QTest::addRow("DE") << QStringLiteral("DE") << true;
    QTest::addRow("RU") << QStringLiteral("RU") << true;
    QTest::addRow("US") << QStringLiteral("US") << true;
    QTest::addRow("GB") << QStringLiteral("GB") << true;
    QTest::addRow("GG") << QStringLiteral("GG") << true;
    QTest::addRow("lower case") << QStringLiteral("de") << true;
    QTest::addRow("mixed case") << QStringLiteral("Ru") << true;
    QTest::addRow("unknown ZZ") << QStringLiteral("ZZ") << false;
    QTest::addRow("no such XX") << QStringLiteral("XX") << false;
    QTest::addRow("UK is not a code") << QStringLiteral("UK") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("one letter") << QStringLiteral("D") << false;
    QTest::addRow("three letters") << QStringLiteral("DEU") << false;
    QTest::addRow("non-geographic 001") << QStringLiteral("001") << false;
    QTest::addRow("padded") << QStringLiteral(" DE") << false;
}

void TestPhoneNumbers::isKnownRegion()
{
    QFETCH(QString, region);
    QFETCH(bool, known);
    QCOMPARE(PhoneNumbers::isKnownRegion(region), known);
}

void TestPhoneNumbers::supportedRegions()
{
    const QStringList regions = PhoneNumbers::supportedRegions();
    QVERIFY2(regions.size() > 200, qPrintable(QString::number(regions.size())));
    for (const char* code : {"DE", "RU", "US", "GB", "KZ", "AT", "CH"})
        QVERIFY2(regions.contains(QLatin1String(code)), code);
    QVERIFY(!regions.contains(QStringLiteral("ZZ")));
    QStringList sorted = regions;
    sorted.sort();
    QCOMPARE(regions, sorted);
    for (const QString& region : regions) {
        QCOMPARE(region.size(), 2);
        QVERIFY2(PhoneNumbers::isKnownRegion(region), qPrintable(region));
    }
}

void TestPhoneNumbers::regionFromSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("DE");
    QTest::addRow("ru_RU") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("RU");
    QTest::addRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("GB");
    QTest::addRow("de_AT") << QStringLiteral("de_AT.UTF-8") << QStringLiteral("AT");
    QTest::addRow("kk_KZ") << QStringLiteral("kk_KZ.UTF-8") << QStringLiteral("KZ");
    QTest::addRow("language only: ru") << QStringLiteral("ru") << QStringLiteral("RU");
    QTest::addRow("C: falls back to US") << QStringLiteral("C.UTF-8") << QStringLiteral("US");
    QTest::addRow("POSIX: falls back to US") << QStringLiteral("POSIX") << QStringLiteral("US");
}

// The system locale is read once per process, so each locale is tried in a child process that
// runs regionFromSystemLocaleChild() only.
void TestPhoneNumbers::regionFromSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TEXTWELL_PRINT_LOCALE_REGION"), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("regionFromSystemLocaleChild"), QStringLiteral("-silent")});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("region="));
    QVERIFY2(at >= 0, qPrintable(out));
    QCOMPARE(out.mid(at + 7, 2), expected);
}

void TestPhoneNumbers::regionFromSystemLocaleChild()
{
    if (!qEnvironmentVariableIsSet("TEXTWELL_PRINT_LOCALE_REGION"))
        QSKIP("Runs in the child processes of regionFromSystemLocale().");
    const QString region = PhoneNumbers::regionFromSystemLocale();
    QVERIFY(PhoneNumbers::isKnownRegion(region));
    std::printf("region=%s\n", qPrintable(region));
    std::fflush(stdout);
}

void TestPhoneNumbers::labels()
{
    QCOMPARE(PhoneNumbers::regionName(QStringLiteral("DE")), QStringLiteral("Germany"));
    QCOMPARE(PhoneNumbers::regionName(QStringLiteral("RU")), QStringLiteral("Russia"));
    QCOMPARE(PhoneNumbers::regionName(QStringLiteral("ZZ")), QString());
    QStringList kinds;
    for (NumberKind k : {NumberKind::Unknown, NumberKind::Mobile, NumberKind::MobileOrFixed,
                         NumberKind::FixedLine, NumberKind::Other, NumberKind::Rejected}) {
        const QString label = PhoneNumbers::kindLabel(k);
        QVERIFY(!label.isEmpty());
        QVERIFY2(!kinds.contains(label), qPrintable(label));
        kinds.append(label);
    }
}

// The import's lean path must read every number exactly as parse() does, and refuse what it refuses
// with the same message.
void TestPhoneNumbers::normalizeAgreesWithParse()
{
    const QStringList inputs = {QStringLiteral("8 (916) 123-45-67"),
                                QStringLiteral("+7 916 123 45 67"),
                                QStringLiteral("0171 1234567"),
                                QStringLiteral("+49 (0)171 1234567"),
                                QStringLiteral("0049 171 1234567"),
                                QStringLiteral("030 1234567"),
                                QStringLiteral("(212) 555-0123"),
                                QStringLiteral("+1 800 555 0199"),
                                QStringLiteral("+44 7911 123456"),
                                QStringLiteral("+39 06 1234 5678"),
                                QStringLiteral("12"),
                                QStringLiteral("+999 123"),
                                QStringLiteral("call me"),
                                QStringLiteral("0171 1234567 ext. 12"),
                                QStringLiteral("+380 50 123 4567"),
                                QStringLiteral("  +49-171-1234567  "),
                                QStringLiteral("0171 12345678901234")};
    for (const QString& region :
         {QStringLiteral("DE"), QStringLiteral("RU"), QStringLiteral("US"), QString()}) {
        for (const QString& input : inputs) {
            const Result<ParsedNumber> full = PhoneNumbers::parse(input, region);
            const Result<NormalizedNumber> lean = PhoneNumbers::normalize(input, region);
            const QString what = input + QStringLiteral(" in ") + region;
            QVERIFY2(full.ok() == lean.ok(), qPrintable(what));
            if (full) {
                QVERIFY2(lean.value().e164 == full.value().e164, qPrintable(what));
                QVERIFY2(lean.value().kind == full.value().kind, qPrintable(what));
            } else {
                QVERIFY2(lean.error() == full.error(), qPrintable(what));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
