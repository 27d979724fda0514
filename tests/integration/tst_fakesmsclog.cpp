#include "fakesmsclog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace textwell;

namespace {

// Lines as fakesmsc 1.4.5 wrote them when Kannel sent to it (kannel-harness.py runs).
QByteArray line(int number, const QByteArray& body)
{
    return "2026-11-23 15:36:55 [25705] [0] DEBUG: Got message " + QByteArray::number(number) + ": <" + body +
           ">\n";
}

QByteArray percentEncoded(const QByteArray& bytes)
{
    QByteArray out;
    for (const char c : bytes)
        out += '%' + QByteArray(1, c).toHex().toUpper();
    return out;
}

QByteArray utf16Be(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xff);
    }
    return bytes;
}

} // namespace

class TestFakeSmscLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePartBodies_data();
    void onePartBodies();
    void partsInAnyOrder();
    void sixteenBitReference();
    void interleavedMessages();
    void lineFeedInGsmText();
    void otherLinesAreIgnored();
    void growingFile();
};

void TestFakeSmscLog::onePartBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");

    QTest::newRow("text is literal") << QByteArray("12345 +4915112345678 text a+b & c % 100%25 ü ß €")
                                     << QStringLiteral("a+b & c % 100%25 ü ß €");
    QTest::newRow("text with >") << QByteArray("12345 +4915112345678 text a>b <c>")
                                 << QStringLiteral("a>b <c>");
    QTest::newRow("ucs-2, '+' is a space")
        << QByteArray(
               "12345 +4915112345678 ucs-2 %04%1F%04%40%048%042%045%04B%00+%04%3C%048%04%40%00+%D8%3D%DE%00")
        << QStringLiteral("Привет мир 😀");
    QTest::newRow("ucs2 (MO spelling)")
        << QByteArray("12345 +4915112345678 ucs2 %04%21%04%22%04%1E%04%1F") << QStringLiteral("СТОП");
    QTest::newRow("8-bit data") << QByteArray("12345 +4915112345678 data x+y%21") << QStringLiteral("x y!");
}

void TestFakeSmscLog::onePartBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    const QVector<FakeSmscMessage> messages = FakeSmscLog::parse(line(1, body));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().from, QStringLiteral("12345"));
    QCOMPARE(messages.first().to, QStringLiteral("+4915112345678"));
    QCOMPARE(messages.first().text, text);
    QCOMPARE(messages.first().parts, 1);
    QCOMPARE(messages.first().number, 1);
}

void TestFakeSmscLog::partsInAnyOrder()
{
    // GSM-7 parts carry UTF-8; UCS-2 parts UTF-16BE (a surrogate pair may even be split).
    const QString gsm = QStringLiteral("ü€{@ß+&%").repeated(25);
    const QByteArray gsmBytes = gsm.toUtf8();
    const QString ucs2 = QString(80, QChar(0x0416)) + QStringLiteral("😀");
    const QByteArray ucs2Bytes = utf16Be(ucs2);
    const QByteArray log =
        line(1, "12345 +491 udh %05%00%03%05%02%02 data " + percentEncoded(gsmBytes.mid(180))) +
        line(2, "12345 +492 udh %05%00%03%06%03%03 data " + percentEncoded(ucs2Bytes.mid(161))) +
        line(3, "12345 +492 udh %05%00%03%06%03%01 data " + percentEncoded(ucs2Bytes.left(134))) +
        line(4, "12345 +491 udh %05%00%03%05%02%01 data " + percentEncoded(gsmBytes.left(180))) +
        line(5, "12345 +492 udh %05%00%03%06%03%02 data " + percentEncoded(ucs2Bytes.mid(134, 27)));
    const QVector<FakeSmscMessage> messages = FakeSmscLog::parse(log);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).to, QStringLiteral("+491"));
    QCOMPARE(messages.at(0).text, gsm);
    QCOMPARE(messages.at(0).parts, 2);
    QCOMPARE(messages.at(0).number, 4);
    QCOMPARE(messages.at(1).to, QStringLiteral("+492"));
    QCOMPARE(messages.at(1).text, ucs2);
    QCOMPARE(messages.at(1).parts, 3);
}

void TestFakeSmscLog::sixteenBitReference()
{
    const QByteArray log = line(1, "12345 +491 udh %06%08%04%12%34%02%02 data World") +
                           line(2, "12345 +491 udh %06%08%04%12%34%02%01 data Hello+") +
                           // Same 8-bit number, but another reference: not mixed in.
                           line(3, "12345 +491 udh %05%00%03%34%02%01 data other");
    const QVector<FakeSmscMessage> messages = FakeSmscLog::parse(log);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("Hello World"));
}

void TestFakeSmscLog::interleavedMessages()
{
    // The same reference to two recipients at once, and a reference used again later.
    const QByteArray log = line(1, "12345 +491 udh %05%00%03%07%02%01 data A1") +
                           line(2, "12345 +492 udh %05%00%03%07%02%01 data B1") +
                           line(3, "12345 +492 udh %05%00%03%07%02%02 data B2") +
                           line(4, "12345 +491 udh %05%00%03%07%02%02 data A2") +
                           line(5, "12345 +491 udh %05%00%03%07%02%02 data C2") +
                           line(6, "12345 +491 udh %05%00%03%07%02%01 data C1");
    const QVector<FakeSmscMessage> messages = FakeSmscLog::parse(log);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).text, QStringLiteral("B1B2"));
    QCOMPARE(messages.at(1).text, QStringLiteral("A1A2"));
    QCOMPARE(messages.at(2).text, QStringLiteral("C1C2"));
}

void TestFakeSmscLog::lineFeedInGsmText()
{
    // What fakesmsc logged for text=line1\nline2 (verified).
    const QByteArray log =
        line(7, "12345 +491 text line1") + line(8, "line2") + line(9, "12345 +492 text next");
    const QVector<FakeSmscMessage> messages = FakeSmscLog::parse(log);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).text, QStringLiteral("line1\nline2"));
    QCOMPARE(messages.at(1).text, QStringLiteral("next"));
}

void TestFakeSmscLog::otherLinesAreIgnored()
{
    const QByteArray log = "2026-11-23 15:36:49 [25705] [0] INFO: fakesmsc starting\n"
                           "2026-11-23 15:36:49 [25705] [0] DEBUG: Connecting to <127.0.0.1>\n"
                           "2026-11-23 15:36:50 [25705] [0] DEBUG: fakesmsc: sent message 1\n" +
                           line(1, "12345 +491 text hi") + "garbage without end";
    const QVector<FakeSmscMessage> messages = FakeSmscLog::parse(log);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().text, QStringLiteral("hi"));
}

void TestFakeSmscLog::growingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fakesmsc.log"));
    FakeSmscLog log(path);
    QVERIFY(log.messages().isEmpty()); // not there yet

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray first = line(1, "12345 +491 udh %05%00%03%01%02%01 data Hello+");
    file.write(first.left(30));
    QVERIFY(log.messages().isEmpty());
    file.write(first.mid(30));
    QVERIFY(log.messages().isEmpty());
    QCOMPARE(log.pendingParts(), 1);
    file.write(line(2, "12345 +491 udh %05%00%03%01%02%02 data World"));
    file.write(line(3, "12345 +492 text x"));
    QCOMPARE(log.messages().size(), 2);
    QCOMPARE(log.messagesTo(QStringLiteral("+491")).first().text, QStringLiteral("Hello World"));
    QCOMPARE(log.pendingParts(), 0);
    QVERIFY(log.waitForMessages(2, 0));
    QVERIFY(!log.waitForMessages(3, 100));
}

QTEST_GUILESS_MAIN(TestFakeSmscLog)
#include "tst_fakesmsclog.moc"
