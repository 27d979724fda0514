// The appearance as the user picks it, offscreen: Dark and Light switch the whole app and System
// brings back the platform's look; the choice is kept for this computer; the colours that carry a
// meaning stay readable in both; Settings applies a new choice at once.

#include "settings/settingspage.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/appearance.h"
#include "widgets/semanticcolors.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textwell;
using Mode = Appearance::Mode;
using Tone = SemanticColors::Tone;

Q_DECLARE_METATYPE(Tone)

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void darkAndLightSwitchTheAppAndSystemRestores();
    void theChoiceIsRemembered();
    void contrastIsMeasuredAsWcagDoes();
    void semanticColorsReadInLightAndDark_data();
    void semanticColorsReadInLightAndDark();
    void tonedTextFollowsAnAppearanceChange();
    void settingsPageAppliesAndKeepsTheChoiceAtOnce();

private:
    QTemporaryDir m_dir;
    QColor m_startWindow;
    QString m_startStyle;
};

void TestAppearance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    m_startWindow = QApplication::palette().color(QPalette::Window);
    m_startStyle = QApplication::style()->name();
}

void TestAppearance::init()
{
    QSettings().clear();
}

void TestAppearance::cleanup()
{
    Appearance::apply(Mode::System);
}

void TestAppearance::darkAndLightSwitchTheAppAndSystemRestores()
{
    QWidget window;
    auto* label = new QLabel(QStringLiteral("text"), &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    Appearance::apply(Mode::Dark);
    QCOMPARE(Appearance::current(), Mode::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2b, 0x2b, 0x2e));
    QVERIFY(Appearance::isDark(QApplication::palette()));
    // Widgets already on screen follow.
    QCOMPARE(label->palette().color(QPalette::Window), QColor(0x2b, 0x2b, 0x2e));
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(0xe6, 0xe6, 0xe6));

    Appearance::apply(Mode::Light);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0xef, 0xef, 0xef)); // Fusion's own
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(Qt::black));

    Appearance::apply(Mode::Dark);
    Appearance::apply(Mode::System);
    QCOMPARE(Appearance::current(), Mode::System);
    QCOMPARE(QApplication::style()->name(), m_startStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);
    QCOMPARE(label->palette().color(QPalette::Window), m_startWindow);
}

void TestAppearance::theChoiceIsRemembered()
{
    QCOMPARE(Appearance::saved(), Mode::System); // nothing chosen yet
    Appearance::save(Mode::Dark);
    QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
    QCOMPARE(Appearance::saved(), Mode::Dark);
    Appearance::save(Mode::Light);
    QCOMPARE(Appearance::saved(), Mode::Light);
    // Saving is not applying: --appearance and the Settings page decide when.
    QCOMPARE(Appearance::current(), Mode::System);
    // A value from a newer version or typed by hand falls back to the system's look.
    QSettings().setValue(QStringLiteral("appearance"), QStringLiteral("sepia"));
    QCOMPARE(Appearance::saved(), Mode::System);
    // The command line's words.
    QVERIFY(Appearance::fromCode(QStringLiteral("Dark")) == Mode::Dark);
    QVERIFY(Appearance::fromCode(QStringLiteral("system")) == Mode::System);
    QVERIFY(!Appearance::fromCode(QStringLiteral("night")));
}

void TestAppearance::contrastIsMeasuredAsWcagDoes()
{
    QCOMPARE(SemanticColors::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(SemanticColors::contrast(Qt::white, Qt::white), 1.0);
    // #767676 is the lightest grey that passes AA on white: 4.54:1.
    QVERIFY(qAbs(SemanticColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // The red the inbox used before: 5.62:1 on white.
    QVERIFY(qAbs(SemanticColors::contrast(QColor(0xc6, 0x28, 0x28), Qt::white) - 5.62) < 0.01);
}

void TestAppearance::semanticColorsReadInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<Tone>("tone");
    for (bool dark : {false, true}) {
        const char* mode = dark ? "dark" : "light";
        QTest::addRow("%s muted", mode) << dark << Tone::Muted;
        QTest::addRow("%s good", mode) << dark << Tone::Good;
        QTest::addRow("%s warning", mode) << dark << Tone::Warning;
        QTest::addRow("%s bad", mode) << dark << Tone::Bad;
        QTest::addRow("%s info", mode) << dark << Tone::Info;
    }
}

void TestAppearance::semanticColorsReadInLightAndDark()
{
    QFETCH(bool, dark);
    QFETCH(Tone, tone);
    const QPalette palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
    QCOMPARE(Appearance::isDark(palette), dark);
    const QColor text = SemanticColors::text(tone, palette);
    const QColor tint = SemanticColors::tint(tone, palette);
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
        const double ratio = SemanticColors::contrast(text, palette.color(role));
        QVERIFY2(
            ratio >= 4.5,
            qPrintable(
                QStringLiteral("%1 on %2: %3:1").arg(text.name(), palette.color(role).name()).arg(ratio)));
    }
    QVERIFY(SemanticColors::contrast(text, tint) >= 4.5);
    QVERIFY(SemanticColors::contrast(palette.color(QPalette::Text), tint) >= 4.5);
    // A tint under dark text stays light; in dark it stays dark, so no patch glares.
    if (dark)
        QVERIFY2(tint.lightness() < 80, qPrintable(tint.name()));
    else
        QVERIFY2(tint.lightness() > 200, qPrintable(tint.name()));
    QVERIFY(SemanticColors::contrast(Qt::white, SemanticColors::badge(tone)) >= 4.5);
}

void TestAppearance::tonedTextFollowsAnAppearanceChange()
{
    Appearance::apply(Mode::Light);
    QWidget window;
    auto* problem = new QLabel(QStringLiteral("Not a valid number"), &window);
    SemanticColors::setTextTone(problem, Tone::Bad);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(problem->palette().color(QPalette::WindowText), QColor(0xc6, 0x28, 0x28));

    Appearance::apply(Mode::Dark);
    const QColor inDark = problem->palette().color(QPalette::WindowText);
    QCOMPARE(inDark, SemanticColors::text(Tone::Bad, Appearance::darkPalette()));
    QVERIFY(SemanticColors::contrast(inDark, problem->palette().color(QPalette::Window)) >= 4.5);

    // Back to the palette's own colour when the problem is gone.
    SemanticColors::setTextTone(problem, Tone::Normal);
    QCOMPARE(problem->palette().color(QPalette::WindowText), QColor(0xe6, 0xe6, 0xe6));
}

void TestAppearance::settingsPageAppliesAndKeepsTheChoiceAtOnce()
{
    auto opened = Connection::open(m_dir.filePath(QStringLiteral("settings.sqlite")),
                                   Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    std::unique_ptr<Connection> connection = opened.takeValue();
    QVERIFY(BusinessSettings(connection->database())
                .setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    SettingsPage page(connection.get());
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* combo = page.findChild<QComboBox*>(QStringLiteral("appearanceCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QStringLiteral("As the system"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Dark"));

    // Tab reaches it right after the language, and the Save button after it.
    auto* language = page.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    language->setFocus(Qt::TabFocusReason);
    QTest::keyClick(language, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), combo);
    QTest::keyClick(combo, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("saveSettingsButton"));

    // Chosen from the keyboard as a user would: no Save needed.
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(combo->currentText(), QStringLiteral("Dark"));
    QCOMPARE(Appearance::current(), Mode::Dark);
    QVERIFY(Appearance::isDark(page.palette()));
    QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Light")));
    QVERIFY(!Appearance::isDark(page.palette()));
    QCOMPARE(Appearance::saved(), Mode::Light);

    // A new page shows the choice in force.
    SettingsPage again(connection.get());
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("appearanceCombo"))->currentText(),
             QStringLiteral("Light"));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
