// Message templates: {field}, {field|fallback}, {{ }} escapes, and the errors a shop owner sees.

#include "messages/messagetemplate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace textwell;

Q_DECLARE_METATYPE(textwell::TemplateError::Kind)

namespace {

QStringList fields()
{
    return MessageTemplate::standardFields() << QStringLiteral("Loyalty Points");
}

QString renderWith(const MessageTemplate& t, const QHash<QString, QString>& values)
{
    return t.render([&](const QString& field) { return values.value(field); });
}

const QHash<QString, QString> kAnna = {{QStringLiteral("first_name"), QStringLiteral("Anna")},
                                       {QStringLiteral("last_name"), QStringLiteral("Schmidt")},
                                       {QStringLiteral("city"), QStringLiteral("Köln")},
                                       {QStringLiteral("Loyalty Points"), QStringLiteral("120")}};

} // namespace

class TestMessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void placeholders();
    void usedFieldsAreDistinct();
    void errors_data();
    void errors();
    void suggestions_data();
    void suggestions();
    void invalidTemplateRendersAsWritten();
    void standardFields();
    void longTemplate();
    void garbageNeverCrashes();
};

void TestMessageTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("Sale today") << QStringLiteral("Sale today");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("field") << QStringLiteral("Hi {first_name}!") << QStringLiteral("Hi Anna!");
    QTest::newRow("two fields") << QStringLiteral("{first_name} {last_name}")
                                << QStringLiteral("Anna Schmidt");
    QTest::newRow("case-insensitive") << QStringLiteral("Hi {First_Name}") << QStringLiteral("Hi Anna");
    QTest::newRow("spaces in braces") << QStringLiteral("Hi { first_name }") << QStringLiteral("Hi Anna");
    QTest::newRow("custom field with space")
        << QStringLiteral("{loyalty points} pts") << QStringLiteral("120 pts");
    QTest::newRow("fallback unused") << QStringLiteral("Hi {first_name|there}") << QStringLiteral("Hi Anna");
    QTest::newRow("fallback used") << QStringLiteral("In {region|your area}")
                                   << QStringLiteral("In your area");
    QTest::newRow("fallback trimmed")
        << QStringLiteral("In {region | your area }") << QStringLiteral("In your area");
    QTest::newRow("empty fallback") << QStringLiteral("In {region|}.") << QStringLiteral("In .");
    QTest::newRow("no fallback, no value") << QStringLiteral("[{full_name}]") << QStringLiteral("[]");
    QTest::newRow("fallback with bar") << QStringLiteral("{region|a|b}") << QStringLiteral("a|b");
    QTest::newRow("escaped braces") << QStringLiteral("{{first_name}} is {first_name}")
                                    << QStringLiteral("{first_name} is Anna");
    QTest::newRow("escaped lone") << QStringLiteral("a {{ b }} c") << QStringLiteral("a { b } c");
    QTest::newRow("triple") << QStringLiteral("{{{first_name}}}") << QStringLiteral("{Anna}");
    QTest::newRow("unicode") << QStringLiteral("Привет, {first_name|друг} 😀")
                             << QStringLiteral("Привет, Anna 😀");
    QTest::newRow("value kept verbatim") << QStringLiteral("{city}") << QStringLiteral("Köln");
}

void TestMessageTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const MessageTemplate t = MessageTemplate::parse(text, fields());
    QVERIFY2(t.isValid(), qPrintable(t.errors().isEmpty() ? QString() : t.errors().first().message));
    QCOMPARE(renderWith(t, kAnna), expected);
}

void TestMessageTemplate::placeholders()
{
    const QString text = QStringLiteral("😀 {FIRST_NAME|friend}, {{x}} {city}");
    const MessageTemplate t = MessageTemplate::parse(text, fields());
    QVERIFY(t.isValid());
    QCOMPARE(t.placeholders().size(), 2);
    const TemplatePlaceholder& first = t.placeholders().at(0);
    QCOMPARE(first.name, QStringLiteral("first_name")); // the known field's spelling
    QCOMPARE(first.fallback, QStringLiteral("friend"));
    QCOMPARE(first.start, 3); // UTF-16: the emoji is 2 units
    QCOMPARE(first.length, 19);
    QCOMPARE(text.mid(first.start, first.length), QStringLiteral("{FIRST_NAME|friend}"));
    const TemplatePlaceholder& second = t.placeholders().at(1);
    QCOMPARE(second.name, QStringLiteral("city"));
    QCOMPARE(second.fallback, QString());
    QCOMPARE(text.mid(second.start, second.length), QStringLiteral("{city}"));
    // A blank value counts as none.
    QCOMPARE(t.render([](const QString&) { return QStringLiteral("  "); }), QStringLiteral("😀 friend, {x} "));
}

void TestMessageTemplate::usedFieldsAreDistinct()
{
    const MessageTemplate t =
        MessageTemplate::parse(QStringLiteral("{city} {first_name} {City|x} {first_name}"), fields());
    QCOMPARE(t.usedFields(), (QStringList{QStringLiteral("city"), QStringLiteral("first_name")}));
    QCOMPARE(t.placeholders().size(), 4);
}

void TestMessageTemplate::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TemplateError::Kind>("kind");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("messagePart");

    using K = TemplateError::Kind;
    QTest::newRow("unknown") << QStringLiteral("Hi {nickname}!") << K::UnknownPlaceholder << 3 << 10
                             << QStringLiteral(
                                    "There is no field “nickname” (character 4). You can use: first_name");
    QTest::newRow("unclosed") << QStringLiteral("Get 10% off {first_name") << K::UnclosedBrace << 12 << 1
                              << QStringLiteral("The { at character 13 is not closed. Write {{ for a brace.");
    QTest::newRow("unclosed before another")
        << QStringLiteral("Hi {first_name, see {city}!") << K::UnclosedBrace << 3 << 1
        << QStringLiteral("The { at character 4 is not closed.");
    QTest::newRow("lone closing") << QStringLiteral("Smile :} now") << K::UnmatchedClosingBrace << 7 << 1
                                  << QStringLiteral(
                                         "The } at character 8 has no { before it. Write }} for a brace.");
    QTest::newRow("empty") << QStringLiteral("Hi {}") << K::EmptyPlaceholder << 3 << 2
                           << QStringLiteral("The placeholder at character 4 names no field.");
    QTest::newRow("blank") << QStringLiteral("Hi { }") << K::EmptyPlaceholder << 3 << 3
                           << QStringLiteral("character 4 names no field");
    QTest::newRow("fallback only") << QStringLiteral("{|friend}") << K::EmptyPlaceholder << 0 << 9
                                   << QStringLiteral("character 1 names no field");
    QTest::newRow("nested") << QStringLiteral("Hi {first_name|{city}}") << K::BraceInsidePlaceholder << 15
                            << 1
                            << QStringLiteral(
                                   "The { at character 16 is inside the placeholder that starts at "
                                   "character 4.");
    // Characters are counted as a person sees them: the emoji is one.
    QTest::newRow("after emoji") << QStringLiteral("😀😀 {") << K::UnclosedBrace << 5 << 1
                                 << QStringLiteral("The { at character 4 is not closed.");
    QTest::newRow("unknown with percent") << QStringLiteral("{%2}") << K::UnknownPlaceholder << 0 << 4
                                          << QStringLiteral("There is no field “%2” (character 1).");
}

void TestMessageTemplate::errors()
{
    QFETCH(QString, text);
    QFETCH(TemplateError::Kind, kind);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, messagePart);

    const MessageTemplate t = MessageTemplate::parse(text, fields());
    QVERIFY(!t.isValid());
    QCOMPARE(t.errors().size(), 1);
    const TemplateError& error = t.errors().first();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
}

void TestMessageTemplate::suggestions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("swapped letters") << QStringLiteral("{frist_name}") << QStringLiteral("first_name");
    QTest::newRow("space for underscore") << QStringLiteral("{first name}") << QStringLiteral("first_name");
    QTest::newRow("no underscore") << QStringLiteral("{Lastname}") << QStringLiteral("last_name");
    QTest::newRow("missing letter") << QStringLiteral("{cty}") << QStringLiteral("city");
    QTest::newRow("custom field") << QStringLiteral("{loyalty point}") << QStringLiteral("Loyalty Points");
    QTest::newRow("far off") << QStringLiteral("{birthday}") << QString();
    QTest::newRow("short") << QStringLiteral("{ab}") << QString();
}

void TestMessageTemplate::suggestions()
{
    QFETCH(QString, text);
    QFETCH(QString, suggestion);

    const MessageTemplate t = MessageTemplate::parse(text, fields());
    QCOMPARE(t.errors().size(), 1);
    const QString message = t.errors().first().message;
    if (suggestion.isEmpty()) {
        QVERIFY2(!message.contains(QStringLiteral("Did you mean")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("You can use: first_name, last_name")), qPrintable(message));
    } else {
        QVERIFY2(message.contains(QStringLiteral("Did you mean {%1}?").arg(suggestion)), qPrintable(message));
    }
}

void TestMessageTemplate::invalidTemplateRendersAsWritten()
{
    const QString text = QStringLiteral("Hi {nickname} and {first_name}} :) {{ {city");
    const MessageTemplate t = MessageTemplate::parse(text, fields());
    // {first_name} closes at its first }, so the second } is a lone one; {{ is an escape.
    QCOMPARE(t.errors().size(), 3);
    QCOMPARE(t.errors().at(0).kind, TemplateError::Kind::UnknownPlaceholder);
    QCOMPARE(t.errors().at(1).kind, TemplateError::Kind::UnmatchedClosingBrace);
    QCOMPARE(t.errors().at(1).position, 30);
    QCOMPARE(t.errors().at(2).kind, TemplateError::Kind::UnclosedBrace);
    QCOMPARE(t.errors().at(2).position, int(text.size()) - 5);
    QCOMPARE(renderWith(t, kAnna), QStringLiteral("Hi {nickname} and Anna} :) { {city"));

    const MessageTemplate nested =
        MessageTemplate::parse(QStringLiteral("a {first_name|{city}} b"), fields());
    QCOMPARE(renderWith(nested, kAnna), QStringLiteral("a {first_name|{city}} b"));

    const MessageTemplate noFields = MessageTemplate::parse(QStringLiteral("{x}"), QStringList());
    QCOMPARE(noFields.errors().first().message, QStringLiteral("There is no field “x” (character 1)."));
}

void TestMessageTemplate::standardFields()
{
    QCOMPARE(MessageTemplate::standardFields(),
             (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                          QStringLiteral("full_name"), QStringLiteral("city"), QStringLiteral("region")}));
}

void TestMessageTemplate::longTemplate()
{
    QString text;
    int expectedPlaceholders = 0;
    while (text.size() < 5000) {
        text += QStringLiteral("Dear {first_name|customer} from {city}, {{VIP}} offer! ");
        expectedPlaceholders += 2;
    }
    QElapsedTimer timer;
    timer.start();
    const MessageTemplate t = MessageTemplate::parse(text, fields());
    const QString rendered = renderWith(t, kAnna);
    const qint64 micros = timer.nsecsElapsed() / 1000;
    QVERIFY(t.isValid());
    QCOMPARE(t.placeholders().size(), expectedPlaceholders);
    QVERIFY(rendered.startsWith(QStringLiteral("Dear Anna from Köln, {VIP} offer! Dear Anna")));
    QVERIFY2(micros < 50000, qPrintable(QString::number(micros)));

    // Many errors in a long text stay fast too.
    const MessageTemplate broken =
        MessageTemplate::parse(QStringLiteral("{nope} } x").repeated(500), fields());
    QCOMPARE(broken.errors().size(), 1000);
}

void TestMessageTemplate::garbageNeverCrashes()
{
    QRandomGenerator random(20240601);
    const QString braces = QStringLiteral("{}|{}|{}  ab_");
    for (int round = 0; round < 2000; ++round) {
        const int length = int(random.bounded(200));
        QByteArray bytes(length, Qt::Uninitialized);
        for (char& b : bytes)
            b = char(random.bounded(256));
        // Half of the rounds: mostly braces, bars and letters, where the parser has the most to do.
        QString text = QString::fromUtf8(bytes);
        if (round % 2 == 1) {
            text.clear();
            for (int i = 0; i < length; ++i)
                text += braces.at(int(random.bounded(braces.size())));
        }
        const MessageTemplate t = MessageTemplate::parse(text, fields());
        for (const TemplateError& error : t.errors()) {
            QVERIFY(error.position >= 0 && error.length >= 1 && error.position + error.length <= text.size());
            QVERIFY(!error.message.isEmpty());
        }
        for (const TemplatePlaceholder& p : t.placeholders())
            QVERIFY(p.start >= 0 && p.start + p.length <= text.size());
        // With no values and no fallbacks, a valid template renders to its text minus placeholders;
        // at least rendering must not crash and an invalid one keeps its faulty parts.
        const QString rendered = t.render([](const QString&) { return QString(); });
        QVERIFY(rendered.size() <= text.size());
        t.usedFields();
    }
}

QTEST_APPLESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
