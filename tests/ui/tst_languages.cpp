// The whole window in each shipped language, offscreen, on a demo database: in Russian and German
// every sidebar entry and menu title is translated (none is left in English), and German, the
// longest, fits: on every screen at the window's default size, no label, button, check box, radio
// button or group box title is narrower than its text needs.

#include "addressbook/addressbookpage.h"
#include "addressbook/subscribertablemodel.h"
#include "dashboard/dashboardpage.h"
#include "demo/demodata.h"
#include "inbox/inboxpage.h"
#include "mainwindow.h"
#include "storage/connection.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionGroupBox>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

// The window's size when no geometry was saved (MainWindow's constructor).
const QSize defaultWindowSize(1200, 760);

// What a mnemonic-marked text shows: "&File" reads "File", "R&&D" reads "R&D".
QString withoutMnemonics(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

struct WindowTexts
{
    QStringList sidebar;
    QStringList menus;
};

// How many pixels wide a button must be for its text (and icon) to show whole, with the style's
// margins: its size hint, less any minimum width the style adds on top of what the text needs.
int buttonNeeds(QPushButton* button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    int needed = button->fontMetrics().horizontalAdvance(withoutMnemonics(button->text()));
    if (!button->icon().isNull())
        needed += button->iconSize().width() + 4;
    if (button->menu())
        needed += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
    needed += 2 * button->style()->pixelMetric(QStyle::PM_ButtonMargin, &option, button);
    return qMin(button->sizeHint().width(), needed);
}

// The width a group box needs for its title, as QGroupBox::minimumSizeHint works it out.
int groupBoxTitleNeeds(QGroupBox* box)
{
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
    int width = box->fontMetrics().horizontalAdvance(withoutMnemonics(box->title()));
    int height = box->fontMetrics().height();
    if (box->isCheckable()) {
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
        width += box->style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, box) +
                 box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &option, box);
        height = qMax(height, box->style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, box));
    }
    return box->style()->sizeFromContents(QStyle::CT_GroupBox, &option, QSize(width, height), box).width();
}

QString describe(const QString& screen, QWidget* widget, const QString& text)
{
    const QString name =
        widget->objectName().isEmpty() ? QStringLiteral("(no objectName)") : widget->objectName();
    return QStringLiteral("[%1] %2 %3 \"%4\"")
        .arg(screen, QLatin1String(widget->metaObject()->className()), name,
             QString(text).replace(QLatin1Char('\n'), QStringLiteral("\\n")));
}

// Every visible text of the current screen that does not fit its widget, one line each.
QStringList cutOffTexts(QWidget* screen, const QString& screenName)
{
    QStringList found;
    const auto widthShort = [&](QWidget* widget, const QString& text, int needed) {
        if (widget->width() < needed)
            found.append(QStringLiteral("%1: %2 px wide, needs %3 (%4 px short)")
                             .arg(describe(screenName, widget, text))
                             .arg(widget->width())
                             .arg(needed)
                             .arg(needed - widget->width()));
    };
    for (QWidget* widget : screen->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                // Wrapped text may take any width, as long as all its lines fit the height.
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    found.append(QStringLiteral("%1: %2 px high at %3 px wide, needs %4 (%5 px short)")
                                     .arg(describe(screenName, label, label->text()))
                                     .arg(label->height())
                                     .arg(label->width())
                                     .arg(needed)
                                     .arg(needed - label->height()));
            } else {
                widthShort(label, label->text(), label->sizeHint().width());
            }
        } else if (auto* button = qobject_cast<QPushButton*>(widget)) {
            if (!button->text().isEmpty())
                widthShort(button, button->text(), buttonNeeds(button));
        } else if (qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget)) {
            auto* check = static_cast<QAbstractButton*>(widget);
            if (!check->text().isEmpty())
                widthShort(check, check->text(), check->sizeHint().width());
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            if (!box->title().isEmpty())
                widthShort(box, box->title(), groupBoxTitleNeeds(box));
        }
    }
    return found;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sidebarAndMenusAreTranslated();
    void germanScreensShowTheirWholeTexts();

private:
    // Installs the language, as the app does at start, and opens the window on the demo.
    void openWindow(const QString& language);
    WindowTexts windowTexts() const;
    QListWidget* sidebar() const;
    QStackedWidget* screens() const;
    // Lets the screen just selected finish what it reads on workers and lay itself out.
    void waitForScreen(QWidget* screen);

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No saved geometry: the window opens at its default size.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Connection::open(m_demoPath, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    auto generated = DemoData::generate(opened.value()->database(), 600);
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QVERIFY(generated.value().campaigns > 0);
}

void TestLanguages::cleanup()
{
    m_window.reset();
    m_connection.reset();
    // Back to no translation, so that the next language is the only one installed.
    Translations::uninstall();
}

void TestLanguages::openWindow(const QString& language)
{
    cleanup();
    QCOMPARE(Translations::install(language), language);
    auto opened = Connection::open(m_demoPath, Connection::Mode::MustExist);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    m_window = std::make_unique<MainWindow>(m_connection.get());
    QCOMPARE(m_window->size(), defaultWindowSize);
}

QListWidget* TestLanguages::sidebar() const
{
    return m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
}

QStackedWidget* TestLanguages::screens() const
{
    return m_window->centralWidget()->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
}

WindowTexts TestLanguages::windowTexts() const
{
    WindowTexts texts;
    for (int row = 0; row < sidebar()->count(); ++row)
        texts.sidebar.append(sidebar()->item(row)->text());
    for (QAction* menu : m_window->menuBar()->actions())
        texts.menus.append(menu->text());
    return texts;
}

void TestLanguages::waitForScreen(QWidget* screen)
{
    if (screen == m_window->dashboard())
        QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->hasFigures() && !m_window->dashboard()->isBusy(),
                                 20000);
    else if (screen == m_window->addressBook())
        QTRY_VERIFY_WITH_TIMEOUT(m_window->addressBook()->model()->isLoaded(), 20000);
    else if (screen == m_window->inbox())
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->inbox()->isBusy(), 20000);
    // The layouts the new texts asked for.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

void TestLanguages::sidebarAndMenusAreTranslated()
{
    QMap<QString, WindowTexts> shown;
    for (const QString& language : Translations::available()) {
        openWindow(language);
        if (QTest::currentTestFailed())
            return;
        // Read before any event runs: the Inbox's entry later gets its counts ("Inbox (3)").
        shown.insert(language, windowTexts());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    const WindowTexts& english = shown.value(QStringLiteral("en"));
    QCOMPARE(english.sidebar.size(), 9);
    QCOMPARE(english.sidebar.first(), QStringLiteral("Dashboard"));
    QCOMPARE(english.menus,
             QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                          QStringLiteral("&People"), QStringLiteral("&Help")}));
    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("de")}) {
        const WindowTexts& translated = shown.value(language);
        QCOMPARE(translated.sidebar.size(), english.sidebar.size());
        QCOMPARE(translated.menus.size(), english.menus.size());
        for (int i = 0; i < english.sidebar.size(); ++i) {
            QVERIFY2(!translated.sidebar.at(i).isEmpty() && translated.sidebar.at(i) != english.sidebar.at(i),
                     qPrintable(QStringLiteral("%1: sidebar entry “%2” is not translated")
                                    .arg(language, english.sidebar.at(i))));
        }
        for (int i = 0; i < english.menus.size(); ++i) {
            QVERIFY2(
                !translated.menus.at(i).isEmpty() && translated.menus.at(i) != english.menus.at(i),
                qPrintable(
                    QStringLiteral("%1: menu “%2” is not translated").arg(language, english.menus.at(i))));
        }
    }
    // Checked by hand in textwell_ru.ts and textwell_de.ts.
    QCOMPARE(shown.value(QStringLiteral("ru")).sidebar.first(), QStringLiteral("Сводка"));
    QCOMPARE(shown.value(QStringLiteral("ru")).menus.first(), QStringLiteral("&Файл"));
    QCOMPARE(shown.value(QStringLiteral("de")).sidebar.first(), QStringLiteral("Übersicht"));
    QCOMPARE(shown.value(QStringLiteral("de")).sidebar.at(1), QStringLiteral("Adressbuch"));
    QCOMPARE(shown.value(QStringLiteral("de")).menus.first(), QStringLiteral("&Datei"));
}

void TestLanguages::germanScreensShowTheirWholeTexts()
{
    openWindow(QStringLiteral("de"));
    if (QTest::currentTestFailed())
        return;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    QStringList offenders;
    QCOMPARE(sidebar()->count(), screens()->count());
    for (int row = 0; row < sidebar()->count(); ++row) {
        sidebar()->setCurrentRow(row);
        QWidget* screen = screens()->currentWidget();
        QCOMPARE(screens()->currentIndex(), row);
        waitForScreen(screen);
        if (QTest::currentTestFailed())
            return;
        const QString screenName = sidebar()->item(row)->text().section(QLatin1Char('\n'), 0, 0);
        // A screen that needs more room than the default size would make the window grow.
        if (m_window->minimumSizeHint().width() > defaultWindowSize.width())
            offenders.append(QStringLiteral("[%1] the window needs %2 px, wider than its default %3")
                                 .arg(screenName)
                                 .arg(m_window->minimumSizeHint().width())
                                 .arg(defaultWindowSize.width()));
        if (m_window->size() != defaultWindowSize)
            offenders.append(QStringLiteral("[%1] the window is %2×%3, not its default size")
                                 .arg(screenName)
                                 .arg(m_window->width())
                                 .arg(m_window->height()));
        offenders += cutOffTexts(screen, screenName);
    }
    // Qt Test shortens long failure messages: each offender is also a warning line of its own.
    for (const QString& offender : offenders)
        qWarning("%s", qPrintable(offender));
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("%1 German text(s) cut off at %2×%3:\n")
                                                 .arg(offenders.size())
                                                 .arg(defaultWindowSize.width())
                                                 .arg(defaultWindowSize.height()) +
                                             offenders.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
