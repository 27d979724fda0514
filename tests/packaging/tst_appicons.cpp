// The icon files the Windows and macOS packages carry are read as those systems read them: every
// size is there, each image decodes, and each is the same drawing as the Linux icons.
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

namespace {

const QString packaging = QStringLiteral(TEXTWELL_PACKAGING_DIR);

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The Linux icon of this size, rendered from the same SVG by the same script.
QImage linuxIcon(int size)
{
    return QImage(packaging + QStringLiteral("/icons/hicolor/%1x%1/apps/org.textwell.Textwell.png").arg(size))
        .convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestAppIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsIconHasEverySize();
    void windowsResourceNamesTheIcon();
    void macIconHasEverySize();
};

void TestAppIcons::windowsIconHasEverySize()
{
    QImageReader reader(packaging + QStringLiteral("/windows/textwell.ico"), "ico");
    QVERIFY2(reader.canRead(), qPrintable(reader.errorString()));
    QList<int> sizes;
    do {
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.width(), image.height());
        QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), linuxIcon(image.width()));
        sizes.append(image.width());
    } while (reader.jumpToNextImage());
    QCOMPARE(sizes, (QList<int>{16, 24, 32, 48, 64, 128, 256}));
}

void TestAppIcons::windowsResourceNamesTheIcon()
{
    const QString rc = QString::fromUtf8(readAll(packaging + QStringLiteral("/windows/textwell.rc")));
    // Qt's convention: the first icon resource, IDI_ICON1, is the program's icon.
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^IDI_ICON1\\s+ICON\\s+\"([^\"]+)\""),
                           QRegularExpression::MultilineOption)
            .match(rc);
    QVERIFY2(match.hasMatch(), qPrintable(rc));
    QVERIFY(QFile::exists(packaging + QStringLiteral("/windows/") + match.captured(1)));
}

void TestAppIcons::macIconHasEverySize()
{
    // An .icns is "icns" and its whole length, then per image a four-letter type, the image's length
    // with that 8-byte head, and a PNG (big-endian throughout).
    const QByteArray icns = readAll(packaging + QStringLiteral("/macos/textwell.icns"));
    QVERIFY(icns.size() > 8);
    QCOMPARE(icns.left(4), QByteArray("icns"));
    QCOMPARE(qFromBigEndian<quint32>(icns.constData() + 4), quint32(icns.size()));

    const QMap<QByteArray, int> expected = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},   {"ic07", 128},
                                            {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}, {"ic11", 32},
                                            {"ic12", 64},  {"ic13", 256}, {"ic14", 512}};
    QMap<QByteArray, int> found;
    for (qsizetype at = 8; at < icns.size();) {
        QVERIFY(at + 8 <= icns.size());
        const QByteArray type = icns.mid(at, 4);
        const quint32 length = qFromBigEndian<quint32>(icns.constData() + at + 4);
        QVERIFY2(length > 8 && at + length <= quint32(icns.size()), type.constData());
        const QImage image = QImage::fromData(icns.mid(at + 8, length - 8), "PNG");
        QVERIFY2(!image.isNull(), type.constData());
        QCOMPARE(image.width(), image.height());
        found.insert(type, image.width());
        if (image.width() <= 256)
            QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), linuxIcon(image.width()));
        at += length;
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestAppIcons)
#include "tst_appicons.moc"
