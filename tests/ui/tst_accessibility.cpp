// Keyboard and screen-reader access, offscreen, on a demo database: every control Tab lands on, on
// every screen (in each state that shows other controls) and in the main dialogs, has a name a
// screen reader can say, and an icon-only button a tooltip; Tab follows the reading order; every
// screen has a shortcut listed in a menu; no two menu actions share a shortcut and no two mnemonics
// of a screen, a dialog or a menu share a letter, in each shipped language; the KPI cards and charts
// say what they show; the painted icons stay sharp at 200 %; and money is written as each language
// writes it.

#include "addressbook/addressbookpage.h"
#include "addressbook/consentdialog.h"
#include "addressbook/erasedialog.h"
#include "addressbook/excludedialog.h"
#include "addressbook/exportdialog.h"
#include "addressbook/subscriberdialog.h"
#include "addressbook/subscribertablemodel.h"
#include "addressbook/unsubscribedialog.h"
#include "analytics/dashboardsettings.h"
#include "campaigns/campaignformats.h"
#include "compliance/compliancepage.h"
#include "compliance/optoutrequestdialog.h"
#include "composer/campaigndialog.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardsettingsdialog.h"
#include "dashboard/kpicard.h"
#include "dashboard/optoutlistdialog.h"
#include "demo/demodata.h"
#include "firstrun/firstrunassistant.h"
#include "importing/importwizard.h"
#include "inbox/inboxpage.h"
#include "mainwindow.h"
#include "storage/connection.h"
#include "translations.h"
#include "widgets/displayformats.h"
#include "widgets/messagebanner.h"
#include "widgets/paintedicons.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace textwell;

namespace {

QString describe(const QString& where, const QWidget* widget)
{
    const auto name = [](const QWidget* w) {
        return QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()),
                                           w->objectName().isEmpty() ? QStringLiteral("(no objectName)")
                                                                     : w->objectName());
    };
    QString text = QStringLiteral("[%1] %2").arg(where, name(widget));
    // Without a name of its own, the nearest ancestor that has one says where it is.
    if (widget->objectName().isEmpty()) {
        for (const QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (!up->objectName().isEmpty()) {
                text += QStringLiteral(" in %1").arg(name(up));
                break;
            }
        }
    }
    return text;
}

QString accessibleText(QWidget* widget, QAccessible::Text kind)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(kind).trimmed() : QString();
}

// A control's name as a screen reader gets it. On Linux Qt gives a combo box's current text as its
// name (the label goes as a relation), so a combo box without a label would pass there and be
// nameless on Windows and macOS: its name is worked out as those do, from its own accessible
// name, else the label it is the buddy of, else its group box's title.
QString nameOf(QWidget* control)
{
    if (!qobject_cast<QComboBox*>(control))
        return accessibleText(control, QAccessible::Name);
    if (!control->accessibleName().trimmed().isEmpty())
        return control->accessibleName().trimmed();
    for (QLabel* label : control->window()->findChildren<QLabel*>()) {
        if (label->buddy() == control)
            return label->text().remove(QLatin1Char('&')).trimmed();
    }
    if (auto* group = qobject_cast<QGroupBox*>(control->parentWidget()))
        return group->title().remove(QLatin1Char('&')).trimmed();
    return {};
}

// The visible, enabled controls of `root` that Tab lands on and a screen reader has no name for,
// or that show only an icon and no tooltip.
QStringList unnamedControls(QWidget* root, const QString& where)
{
    QStringList found;
    QSet<QWidget*> checked;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget that hands its focus on (a chart's viewport to the chart) is announced as the
        // one that takes it; the line edit inside a spin box or combo box as the box.
        QWidget* control = widget;
        while (control->focusProxy())
            control = control->focusProxy();
        if (qobject_cast<QAbstractSpinBox*>(control->parentWidget()) ||
            qobject_cast<QComboBox*>(control->parentWidget()))
            control = control->parentWidget();
        if (checked.contains(control))
            continue;
        checked.insert(control);
        // A button with only an icon or a sign ("✕", "▶") says what it does when pointed at too.
        if (auto* button = qobject_cast<QAbstractButton*>(control);
            button && !button->text().contains(QRegularExpression(QStringLiteral("\\p{L}"))) &&
            button->toolTip().isEmpty())
            found.append(describe(where, control) + QStringLiteral(" (an icon without a tooltip)"));
        const QString name = nameOf(control);
        if (name.isEmpty()) {
            found.append(describe(where, control));
            continue;
        }
        // Qt falls back to the title of the group box a field sits in: "Sending" says nothing of
        // which of its fields this is.
        auto* group = qobject_cast<QGroupBox*>(control->parentWidget());
        if (group && !qobject_cast<QAbstractButton*>(control) && control->accessibleName().isEmpty() &&
            name == QString(group->title()).remove(QLatin1Char('&')))
            found.append(describe(where, control) + QStringLiteral(" (only its group's title)"));
    }
    return found;
}

// Where a widget is in its window.
QRect windowRect(QWidget* widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

// The Tab stops of `root` that Tab reaches against the reading order: back up within a column, or
// back left within a row.
QStringList outOfReadingOrder(QWidget* root, const QString& where)
{
    QList<QWidget*> stops;
    QWidget* window = root->window();
    for (QWidget* w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy())
            stops.append(w);
    }
    QStringList found;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect a = windowRect(stops.at(i - 1));
        const QRect b = windowRect(stops.at(i));
        const bool sameColumn = a.left() < b.right() && b.left() < a.right();
        const bool sameRow = a.top() < b.bottom() && b.top() < a.bottom();
        if ((sameColumn && b.bottom() <= a.top()) || (sameRow && b.right() <= a.left()))
            found.append(QStringLiteral("%1 → %2").arg(describe(where, stops.at(i - 1)),
                                                       describe(where, stops.at(i))));
    }
    return found;
}

// The visible mnemonics of `root` (Alt+letter), each with what carries it.
QMultiMap<QString, QString> mnemonics(QWidget* root, const QString& where)
{
    QMultiMap<QString, QString> found;
    const auto add = [&](const QString& text, const QString& owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(), QStringLiteral("%1 “%2”").arg(owner, text));
    };
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text(), describe(where, label));
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text(), describe(where, button));
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box->title(), describe(where, box));
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), describe(where, tabs));
        }
    }
    return found;
}

QStringList clashes(const QMultiMap<QString, QString>& mnemonics)
{
    QStringList found;
    for (const QString& key : mnemonics.uniqueKeys()) {
        const QStringList owners = mnemonics.values(key);
        if (owners.size() > 1)
            found.append(QStringLiteral("%1: %2").arg(key, owners.join(QStringLiteral(", "))));
    }
    return found;
}

void collectActions(const QList<QAction*>& actions, QList<QAction*>& into)
{
    for (QAction* action : actions) {
        if (action->menu())
            collectActions(action->menu()->actions(), into);
        else if (!action->isSeparator())
            into.append(action);
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyScreenNamesItsControls();
    void mainDialogsNameTheirControls();
    void kpiCardsAndChartsSayWhatTheyShow();
    void iconsStaySharpAtTwiceTheDensity();
    void everyScreenHasAShortcutInAMenu();
    void menuShortcutsAreShownAndUnique();
    void mnemonicsAreUniqueOnEachScreen_data();
    void mnemonicsAreUniqueOnEachScreen();
    void mnemonicsAreUniqueInEachDialog_data();
    void mnemonicsAreUniqueInEachDialog();
    void tabFollowsTheReadingOrder();
    void moneyFollowsTheLocale_data();
    void moneyFollowsTheLocale();
    void unitPriceKeepsItsDecimals();

private:
    // Opens the window on the demo database (the tests that need it call it first).
    void openWindow();
    QListWidget* sidebar() const;
    QStackedWidget* screens() const;
    // Shows the screen in this sidebar row and waits until it has read what it shows.
    void showScreen(int row);
    QString screenName(int row) const;
    // Shows the screen in this row and calls `check` in each of its states that shows other
    // controls: every gateway in Settings, every report, every kind of condition in the rule
    // builder, every list of the Inbox with a conversation open.
    void forEachState(int row, const std::function<void(QWidget* screen, const QString& where)>& check);
    // Shows each main dialog in each of its states that shows other controls (the import wizard's
    // pages, every way to give consent) and calls `check` on it.
    void forEachDialog(const std::function<void(QWidget* dialog, const QString& where)>& check);
    void inDialog(QDialog* dialog, const QString& where,
                  const std::function<void(QWidget* dialog, const QString& where)>& check);
    // The import wizard's pages one after the other, on a small file (nothing is imported).
    void forEachImportPage(const std::function<void(QWidget* dialog, const QString& where)>& check);
    // The first-run assistant's pages one after the other, with every way of sending (nothing is
    // stored).
    void forEachFirstRunPage(const std::function<void(QWidget* dialog, const QString& where)>& check);
    // The rows "en", "ru", "de" of a test that runs in each shipped language.
    static void addLanguages();
    // Installs the language's translations as the app does at start; cleanup() takes them away.
    static void installLanguage(const QString& language);

    QTemporaryDir m_dir;
    QString m_demoPath;
    QLocale m_startLocale;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_startLocale = QLocale();
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

void TestAccessibility::openWindow()
{
    auto opened = Connection::open(m_demoPath, Connection::Mode::MustExist);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_connection.reset();
    // Back to the untranslated texts and the locale the tests started with.
    Translations::uninstall();
    QLocale::setDefault(m_startLocale);
}

void TestAccessibility::addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestAccessibility::installLanguage(const QString& language)
{
    QCOMPARE(Translations::install(language), language);
}

QListWidget* TestAccessibility::sidebar() const
{
    return m_window->findChild<QListWidget*>(QStringLiteral("sidebar"));
}

QStackedWidget* TestAccessibility::screens() const
{
    return m_window->centralWidget()->findChild<QStackedWidget*>(QString(), Qt::FindDirectChildrenOnly);
}

QString TestAccessibility::screenName(int row) const
{
    return sidebar()->item(row)->text().section(QLatin1Char('\n'), 0, 0);
}

void TestAccessibility::showScreen(int row)
{
    sidebar()->setCurrentRow(row);
    QWidget* screen = screens()->currentWidget();
    if (screen == m_window->dashboard()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->dashboard()->hasFigures() && !m_window->dashboard()->isBusy(),
                                 20000);
    } else if (screen == m_window->addressBook()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->addressBook()->model()->isLoaded(), 20000);
        // With a person selected, so that the detail pane shows its buttons too.
        auto* table = screen->findChild<QTableView*>(QStringLiteral("subscriberTable"));
        table->selectRow(0);
    } else if (screen == m_window->inbox()) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->inbox()->isBusy(), 20000);
    } else if (screen == m_window->compliance()) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->compliance()->isBusy(), 20000);
    }
    QTest::qWait(200); // what the screen shows once its workers answered
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

void TestAccessibility::forEachState(int row,
                                     const std::function<void(QWidget* screen, const QString& where)>& check)
{
    showScreen(row);
    if (QTest::currentTestFailed())
        return;
    QWidget* screen = screens()->currentWidget();
    const QString name = screenName(row);
    const auto settle = [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    };
    check(screen, name);
    if (auto* gateways = screen->findChild<QComboBox*>(QStringLiteral("gatewayCombo"))) {
        for (int i = 0; i < gateways->count(); ++i) {
            gateways->setCurrentIndex(i);
            settle();
            check(screen, QStringLiteral("%1 / %2").arg(name, gateways->itemText(i)));
        }
        gateways->setCurrentIndex(0);
    }
    if (auto* kinds = screen->findChild<QListWidget*>(QStringLiteral("reportKinds"))) {
        for (int i = 0; i < kinds->count(); ++i) {
            kinds->setCurrentRow(i);
            settle();
            check(screen, QStringLiteral("%1 / %2").arg(name, kinds->item(i)->text()));
        }
        kinds->setCurrentRow(0);
    }
    if (auto* addCondition = screen->findChild<QPushButton*>(QStringLiteral("addConditionButton"))) {
        addCondition->click();
        settle();
        const QList<QComboBox*> fieldCombos = screen->findChildren<QComboBox*>(QStringLiteral("fieldCombo"));
        QVERIFY(!fieldCombos.isEmpty());
        QComboBox* fields = fieldCombos.last();
        auto* conditionRow = fields->parentWidget();
        auto* operators = conditionRow->findChild<QComboBox*>(QStringLiteral("operatorCombo"));
        QVERIFY(operators);
        for (int f = 0; f < fields->count(); ++f) {
            fields->setCurrentIndex(f);
            for (int o = 0; o < operators->count(); ++o) {
                operators->setCurrentIndex(o);
                settle();
                check(screen,
                      QStringLiteral("%1 / %2 %3").arg(name, fields->itemText(f), operators->itemText(o)));
            }
        }
    }
    if (auto* filters = screen->findChild<QTabBar*>(QStringLiteral("inboxFilter"))) {
        auto* conversations = screen->findChild<QAbstractItemView*>(QStringLiteral("conversationList"));
        QVERIFY(conversations);
        for (int i = 0; i < filters->count(); ++i) {
            filters->setCurrentIndex(i);
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->inbox()->isBusy(), 20000);
            if (conversations->model()->rowCount() > 0) {
                conversations->setCurrentIndex(conversations->model()->index(0, 0));
                QTRY_VERIFY_WITH_TIMEOUT(!m_window->inbox()->isBusy(), 20000);
                QTest::qWait(100);
            }
            settle();
            check(screen,
                  QStringLiteral("%1 / %2").arg(name, filters->tabText(i).section(QLatin1Char('\n'), 0, 0)));
        }
    }
}

void TestAccessibility::forEachImportPage(
    const std::function<void(QWidget* dialog, const QString& where)>& check)
{
    const QString path = m_dir.filePath(QStringLiteral("kunden.csv"));
    QFile file(path);
    QVERIFY2(
        file.open(QIODevice::WriteOnly) &&
            file.write(QStringLiteral("Vorname;Nachname;Handy;Stadt\r\nAnna;Müller;0171 1234567;Berlin\r\n"
                                      "Jürgen;Schmidt;+49 172 7654321;Hamburg\r\n")
                           .toUtf8()) >= 0,
        qPrintable(QStringLiteral("[Import] cannot write %1").arg(path)));
    file.close();
    ImportWizard wizard(ImportWizard::Mode::People, m_connection.get(), path, m_window.get());
    wizard.show();
    QVERIFY2(QTest::qWaitForWindowExposed(&wizard), "[Import] did not show");
    const auto checkPage = [&](const QString& where) {
        QCoreApplication::processEvents();
        check(&wizard, where);
    };
    const auto next = [&] {
        QAbstractButton* button = wizard.button(QWizard::NextButton);
        if (!QTest::qWaitFor([&] { return button->isEnabled(); }, 10000))
            return false;
        button->click();
        return true;
    };
    QTest::qWait(300); // the file is read on a worker
    checkPage(QStringLiteral("Import / file"));
    QVERIFY2(next(), "[Import] Next stayed disabled on the file page");
    checkPage(QStringLiteral("Import / columns"));
    QVERIFY2(next(), "[Import] Next stayed disabled on the columns page");
    checkPage(QStringLiteral("Import / consent"));
    // Every way to say where the consent came from shows its own fields.
    for (QRadioButton* way : wizard.currentPage()->findChildren<QRadioButton*>()) {
        if (!way->isEnabled())
            continue;
        way->click();
        checkPage(QStringLiteral("Import / consent / %1").arg(way->text().remove(QLatin1Char('&'))));
    }
    wizard.reject();
}

void TestAccessibility::forEachFirstRunPage(
    const std::function<void(QWidget* dialog, const QString& where)>& check)
{
    FirstRunAssistant assistant(m_connection.get(), m_window.get());
    // No demo made yet: the welcome page offers to make one.
    assistant.setDemoDatabase(m_dir.filePath(QStringLiteral("no-demo-yet.sqlite")), 600);
    assistant.show();
    QVERIFY2(QTest::qWaitForWindowExposed(&assistant), "[First run] did not show");
    const auto checkPage = [&](const QString& where) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        check(&assistant, where);
    };
    const auto next = [&] {
        QAbstractButton* button = assistant.button(QWizard::NextButton);
        if (!QTest::qWaitFor([&] { return button->isVisible() && button->isEnabled(); }, 10000))
            return false;
        button->click();
        return true;
    };
    auto* setUp = assistant.findChild<QRadioButton*>(QStringLiteral("setUpRadio"));
    auto* demo = assistant.findChild<QRadioButton*>(QStringLiteral("demoRadio"));
    QVERIFY(setUp && demo);
    checkPage(QStringLiteral("First run / welcome"));
    // The demo chosen, Finish opens it.
    demo->click();
    checkPage(QStringLiteral("First run / welcome / demo"));
    // A demo made before is opened again.
    assistant.setDemoDatabase(m_demoPath, 600);
    checkPage(QStringLiteral("First run / welcome / demo again"));
    setUp->click();
    QVERIFY2(next(), "[First run] Next stayed disabled on the welcome page");

    auto* name = assistant.findChild<QLineEdit*>(QStringLiteral("businessNameEdit"));
    auto* country = assistant.findChild<QComboBox*>(QStringLiteral("countryCombo"));
    QVERIFY(name && country);
    QTest::keyClicks(name, QStringLiteral("Salon Anna"));
    const int germany = country->findData(QStringLiteral("DE"));
    QVERIFY(germany >= 0);
    country->setCurrentIndex(germany);
    Q_EMIT country->activated(germany); // as a click picks it
    checkPage(QStringLiteral("First run / business"));
    QVERIFY2(next(), "[First run] Next stayed disabled on the business page");

    // Every way of sending shows its own fields; the file, chosen last, lets Next through.
    for (const QString& objectName :
         {QStringLiteral("twilioGatewayRadio"), QStringLiteral("kannelGatewayRadio"),
          QStringLiteral("fileGatewayRadio")}) {
        auto* way = assistant.findChild<QRadioButton*>(objectName);
        QVERIFY(way);
        way->click();
        checkPage(QStringLiteral("First run / sending / %1").arg(way->text().remove(QLatin1Char('&'))));
    }
    QVERIFY2(next(), "[First run] Next stayed disabled on the sending page");
    checkPage(QStringLiteral("First run / ready"));
    assistant.reject();
}

void TestAccessibility::inDialog(QDialog* dialog, const QString& where,
                                 const std::function<void(QWidget* dialog, const QString& where)>& check)
{
    dialog->show();
    QVERIFY2(QTest::qWaitForWindowExposed(dialog),
             qPrintable(QStringLiteral("[%1] did not show").arg(where)));
    check(dialog, where);
    dialog->close();
}

void TestAccessibility::forEachDialog(const std::function<void(QWidget* dialog, const QString& where)>& check)
{
    Subscriber person;
    person.id = 1;
    person.phone = QStringLiteral("+4915112345678");
    person.firstName = QStringLiteral("Anna");
    {
        SubscriberDialog add(Subscriber(), QStringLiteral("DE"), m_window.get());
        inDialog(&add, QStringLiteral("Add a person"), check);
    }
    {
        SubscriberDialog edit(person, QStringLiteral("DE"), m_window.get());
        inDialog(&edit, QStringLiteral("Edit a person"), check);
    }
    {
        ExcludeDialog typed({}, QStringLiteral("DE"), m_window.get());
        inDialog(&typed, QStringLiteral("Exclude a number"), check);
    }
    {
        ExcludeDialog selected({person.phone}, QStringLiteral("DE"), m_window.get());
        inDialog(&selected, QStringLiteral("Exclude the selected"), check);
    }
    {
        ExportDialog dialog(m_connection.get(), SubscriberFilter(), 600, m_window.get());
        inDialog(&dialog, QStringLiteral("Export"), check);
    }
    {
        ConsentDialog dialog(person, m_window.get());
        inDialog(&dialog, QStringLiteral("Record consent"), check);
    }
    {
        UnsubscribeDialog dialog(QStringLiteral("Anna"), m_window.get());
        inDialog(&dialog, QStringLiteral("Unsubscribe"), check);
    }
    {
        OptOutRequestDialog dialog(QStringLiteral("DE"), m_window.get());
        inDialog(&dialog, QStringLiteral("Record opt-out request"), check);
    }
    {
        DashboardSettingsDialog dialog(m_connection.get(), DashboardSettings(), m_window.get());
        inDialog(&dialog, QStringLiteral("Benchmarks"), check);
    }
    {
        CampaignDialog dialog(QStringLiteral("Everyone"), QStringLiteral("Hello {first_name}"),
                              QStringLiteral("600 people will receive it."), m_window.get());
        inDialog(&dialog, QStringLiteral("Send the message"), check);
    }
    {
        PersonEraser::Outcome preview;
        preview.phone = person.phone;
        preview.personDeleted = true;
        EraseDialog dialog(person, preview, m_window.get());
        inDialog(&dialog, QStringLiteral("Erase personal data"), check);
    }
    forEachImportPage(check);
    {
        ImportWizard wizard(ImportWizard::Mode::SuppressionList, m_connection.get(), QString(),
                            m_window.get());
        inDialog(&wizard, QStringLiteral("Import a suppression list"), check);
    }
    // The people behind a bar of the dashboard.
    showScreen(0);
    if (QTest::currentTestFailed())
        return;
    OptOutListDialog* optOuts = m_window->dashboard()->showReasonOptOuts(QStringLiteral("too_frequent"));
    QVERIFY(optOuts);
    QTRY_VERIFY_WITH_TIMEOUT(optOuts->isLoaded(), 20000);
    inDialog(optOuts, QStringLiteral("Opt-outs"), check);
}

void TestAccessibility::everyScreenNamesItsControls()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(sidebar()->count(), 9);
    QStringList unnamed;
    for (int row = 0; row < sidebar()->count(); ++row) {
        forEachState(
            row, [&](QWidget* screen, const QString& where) { unnamed += unnamedControls(screen, where); });
        if (QTest::currentTestFailed())
            return;
    }
    unnamed.removeDuplicates();
    // The sidebar, beside every screen.
    if (accessibleText(sidebar(), QAccessible::Name).isEmpty())
        unnamed += describe(QStringLiteral("window"), sidebar());
    for (const QString& control : unnamed)
        qWarning("unnamed: %s", qPrintable(control));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n%2")
                                               .arg(unnamed.size())
                                               .arg(unnamed.join(QLatin1Char('\n')))));
}

void TestAccessibility::mainDialogsNameTheirControls()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList problems;
    const auto collect = [&](QWidget* dialog, const QString& where) {
        problems += unnamedControls(dialog, where);
    };
    forEachDialog(collect);
    forEachFirstRunPage(collect);
    if (QTest::currentTestFailed())
        return;
    for (const QString& problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::kpiCardsAndChartsSayWhatTheyShow()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    showScreen(0);
    if (QTest::currentTestFailed())
        return;
    const QList<KpiCard*> cards = m_window->dashboard()->findChildren<KpiCard*>();
    QCOMPARE(cards.size(), 4);
    for (KpiCard* card : cards) {
        // "Active subscribers: 412": the figure with what it counts.
        const QString name = accessibleText(card, QAccessible::Name);
        QVERIFY2(name.startsWith(card->title() + QStringLiteral(": ")) && name.endsWith(card->value()),
                 qPrintable(describe(QStringLiteral("Dashboard"), card) + QStringLiteral(": ") + name));
        QVERIFY2(accessibleText(card, QAccessible::Description).contains(card->detail()),
                 qPrintable(describe(QStringLiteral("Dashboard"), card)));
    }
    const QList<QChartView*> charts = m_window->dashboard()->findChildren<QChartView*>();
    QCOMPARE(charts.size(), 4);
    for (QChartView* chart : charts) {
        if (!chart->isVisible())
            continue; // a chart without data shows the sentence that says why instead
        QVERIFY2(!accessibleText(chart, QAccessible::Name).isEmpty(),
                 qPrintable(describe(QStringLiteral("Dashboard"), chart)));
        QVERIFY2(!accessibleText(chart, QAccessible::Description).isEmpty(),
                 qPrintable(describe(QStringLiteral("Dashboard"), chart)));
    }
    auto* rate = m_window->dashboard()->findChild<QChartView*>(QStringLiteral("rateChartView"));
    QVERIFY(rate && rate->isVisible());
    QCOMPARE(accessibleText(rate, QAccessible::Name), QStringLiteral("Unsubscribe rate over time"));
    // Stepping through the points from the keyboard, the name says the point (its tooltip is not read).
    rate->setFocus();
    QTRY_VERIFY(rate->hasFocus());
    QTest::keyClick(rate, Qt::Key_Right);
    const QString point = accessibleText(rate, QAccessible::Name);
    QVERIFY2(point.startsWith(QStringLiteral("Unsubscribe rate over time: ")) &&
                 point.contains(QLatin1Char('%')) && point.contains(QStringLiteral("opt-out")),
             qPrintable(point));
    QTest::keyClick(rate, Qt::Key_Right);
    QVERIFY(accessibleText(rate, QAccessible::Name) != point);
    m_window->findChild<QComboBox*>(QStringLiteral("granularityCombo"))->setFocus();
    QTRY_COMPARE(accessibleText(rate, QAccessible::Name), QStringLiteral("Unsubscribe rate over time"));
}

void TestAccessibility::iconsStaySharpAtTwiceTheDensity()
{
    // Drawn for 2x, an icon has twice the pixels, not a 1x bitmap stretched.
    const auto sharp = [](const QIcon& icon, const QString& what) {
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QVERIFY2(pixmap.size() == QSize(32, 32) && qFuzzyCompare(pixmap.devicePixelRatio(), 2.0),
                 qPrintable(QStringLiteral("%1: %2×%3 at %4")
                                .arg(what)
                                .arg(pixmap.width())
                                .arg(pixmap.height())
                                .arg(pixmap.devicePixelRatio())));
    };
    MessageBanner banner;
    banner.show(MessageBanner::Kind::Error, QStringLiteral("Something went wrong"));
    auto* close = banner.findChild<QToolButton*>();
    QVERIFY(close);
    sharp(close->icon(), QStringLiteral("the banner's close button"));
    sharp(CampaignFormats::statusIcon(CampaignStatus::Sending), QStringLiteral("a campaign's status"));
    sharp(PaintedIcons::warning(), QStringLiteral("the warning sign"));

    // What is drawn: the dot's middle is its colour, its corners stay clear.
    const QImage dot = PaintedIcons::dot(QColor(0x1e, 0x7a, 0x3a)).pixmap(QSize(16, 16), 2.0).toImage();
    QCOMPARE(dot.pixelColor(16, 16), QColor(0x1e, 0x7a, 0x3a));
    QCOMPARE(dot.pixelColor(1, 1).alpha(), 0);
    // The cross runs corner to corner through the middle, not across the edges' centres.
    const QImage cross = PaintedIcons::close(Qt::black).pixmap(QSize(16, 16), 2.0).toImage();
    QCOMPARE(cross.pixelColor(16, 16).alpha(), 255);
    QCOMPARE(cross.pixelColor(16, 10).alpha(), 0);
}

void TestAccessibility::everyScreenHasAShortcutInAMenu()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QList<QAction*> actions;
    collectActions(m_window->menuBar()->actions(), actions);
    QCOMPARE(sidebar()->count(), 9);
    for (int row = sidebar()->count() - 1; row >= 0; --row) {
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + row));
        const QString name = screenName(row);
        // Listed in a menu, named as in the sidebar.
        QAction* listed = nullptr;
        for (QAction* action : std::as_const(actions)) {
            if (action->shortcut() == key)
                listed = action;
        }
        QVERIFY2(listed, qPrintable(QStringLiteral("no menu action with %1").arg(key.toString())));
        // The Inbox's entry has its counts after its name: "Inbox (3)".
        QVERIFY2(name.startsWith(listed->text().remove(QLatin1Char('&'))), qPrintable(listed->text()));

        QTest::keySequence(m_window.get(), key);
        QCOMPARE(screens()->currentIndex(), row);
        QCOMPARE(sidebar()->currentRow(), row);
        // Tab goes on from inside the screen just opened.
        QVERIFY2(screens()->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QStringLiteral("%1: the focus stayed outside the screen").arg(name)));
    }
}

void TestAccessibility::menuShortcutsAreShownAndUnique()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QList<QAction*> actions;
    collectActions(m_window->menuBar()->actions(), actions);
    QMap<QString, QKeySequence> expected = {
        {QStringLiteral("importAction"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {QStringLiteral("quitAction"), QKeySequence(QKeySequence::Quit)},
        {QStringLiteral("undoAction"), QKeySequence(QKeySequence::Undo)},
        {QStringLiteral("redoAction"), QKeySequence(QKeySequence::Redo)},
        {QStringLiteral("addAction"), QKeySequence(QKeySequence::New)},
        {QStringLiteral("findAction"), QKeySequence(QKeySequence::Find)},
        {QStringLiteral("editAction"), QKeySequence(Qt::Key_F2)},
        {QStringLiteral("consentAction"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {QStringLiteral("unsubscribeAction"), QKeySequence(Qt::CTRL | Qt::Key_U)},
        {QStringLiteral("excludeAction"), QKeySequence(Qt::CTRL | Qt::Key_E)},
        {QStringLiteral("excludeNumberAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {QStringLiteral("deleteAction"), QKeySequence(QKeySequence::Delete)},
    };
    for (int row = 0; row < 9; ++row)
        expected.insert(QStringLiteral("showScreen%1Action").arg(row + 1),
                        QKeySequence(Qt::CTRL | (Qt::Key_1 + row)));

    QMap<QString, QString> owners;
    QStringList problems;
    for (QAction* action : std::as_const(actions)) {
        if (expected.contains(action->objectName())) {
            if (action->shortcut() != expected.take(action->objectName()))
                problems.append(
                    QStringLiteral("%1 “%2” has %3")
                        .arg(action->objectName(), action->text(), action->shortcut().toString()));
        }
        for (const QKeySequence& key : action->shortcuts()) {
            const QString owner = QStringLiteral("“%1”").arg(action->text());
            if (owners.contains(key.toString()))
                problems.append(QStringLiteral("%1 belongs to %2 and %3")
                                    .arg(key.toString(), owners.value(key.toString()), owner));
            owners.insert(key.toString(), owner);
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        problems.append(QStringLiteral("%1 is not in a menu").arg(it.key()));
    // The screens' own shortcuts that work anywhere in the window must not clash with the menus'.
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (actions.contains(action) || action->shortcutContext() != Qt::WindowShortcut)
            continue;
        for (const QKeySequence& key : action->shortcuts()) {
            if (owners.contains(key.toString()))
                problems.append(QStringLiteral("%1 belongs to %2 and “%3”")
                                    .arg(key.toString(), owners.value(key.toString()), action->text()));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::mnemonicsAreUniqueOnEachScreen_data()
{
    addLanguages();
}

void TestAccessibility::mnemonicsAreUniqueOnEachScreen()
{
    QFETCH(QString, language);
    installLanguage(language);
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList problems;
    QMultiMap<QString, QString> menus;
    for (QAction* menu : m_window->menuBar()->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(menu->text());
        if (!key.isEmpty())
            menus.insert(key.toString(), QStringLiteral("[menu bar] “%1”").arg(menu->text()));
        // Within an open menu, Alt is not needed: the letter alone picks the item.
        QMultiMap<QString, QString> items;
        for (QAction* item : menu->menu()->actions()) {
            const QKeySequence itemKey = QKeySequence::mnemonic(item->text());
            if (!itemKey.isEmpty())
                items.insert(itemKey.toString(),
                             QStringLiteral("[menu %1] “%2”").arg(menu->text(), item->text()));
        }
        problems += clashes(items);
    }
    problems += clashes(menus);
    for (int row = 0; row < sidebar()->count(); ++row) {
        forEachState(row, [&](QWidget* screen, const QString& where) {
            // The menu bar's Alt+letters work on every screen too.
            QMultiMap<QString, QString> shown = menus;
            const QMultiMap<QString, QString> own = mnemonics(screen, where);
            for (auto it = own.cbegin(); it != own.cend(); ++it)
                shown.insert(it.key(), it.value());
            problems += clashes(shown);
        });
        if (QTest::currentTestFailed())
            return;
    }
    problems.removeDuplicates();
    for (const QString& problem : problems)
        qWarning("%s: %s", qPrintable(language), qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::mnemonicsAreUniqueInEachDialog_data()
{
    addLanguages();
}

void TestAccessibility::mnemonicsAreUniqueInEachDialog()
{
    QFETCH(QString, language);
    installLanguage(language);
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList problems;
    const auto check = [&](QWidget* dialog, const QString& where) {
        problems += clashes(mnemonics(dialog, where));
    };
    forEachDialog(check);
    forEachFirstRunPage(check);
    if (QTest::currentTestFailed())
        return;
    problems.removeDuplicates();
    for (const QString& problem : problems)
        qWarning("%s: %s", qPrintable(language), qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::tabFollowsTheReadingOrder()
{
    openWindow();
    if (QTest::currentTestFailed())
        return;
    QStringList problems;
    for (int row = 0; row < sidebar()->count(); ++row) {
        forEachState(row, [&](QWidget* screen, const QString& where) {
            problems += outOfReadingOrder(screen, where);
        });
        if (QTest::currentTestFailed())
            return;
    }
    problems.removeDuplicates();
    for (const QString& problem : problems)
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::moneyFollowsTheLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar::Nbsp);
    // Written out by hand from how each language writes money (CLDR, as Qt ships it).
    QTest::newRow("en EUR") << "en"
                            << "EUR" << QStringLiteral("€597.24");
    QTest::newRow("de EUR") << "de"
                            << "EUR" << QStringLiteral("597,24") + nbsp + QStringLiteral("€");
    QTest::newRow("ru EUR") << "ru"
                            << "EUR" << QStringLiteral("597,24") + nbsp + QStringLiteral("€");
    QTest::newRow("en RUB") << "en"
                            << "RUB" << QStringLiteral("₽597.24");
    QTest::newRow("de RUB") << "de"
                            << "RUB" << QStringLiteral("597,24") + nbsp + QStringLiteral("₽");
    QTest::newRow("ru RUB") << "ru"
                            << "RUB" << QStringLiteral("597,24") + nbsp + QStringLiteral("₽");
    // A code no locale has a symbol for stays the code, kept apart from the digits.
    QTest::newRow("en XYZ") << "en"
                            << "XYZ" << QStringLiteral("XYZ") + nbsp + QStringLiteral("597.24");
    QTest::newRow("de XYZ") << "de"
                            << "XYZ" << QStringLiteral("597,24") + nbsp + QStringLiteral("XYZ");
    QTest::newRow("ru XYZ") << "ru"
                            << "XYZ" << QStringLiteral("597,24") + nbsp + QStringLiteral("XYZ");
    // A code typed in lower case in Settings is still the currency.
    QTest::newRow("de eur") << "de"
                            << "eur" << QStringLiteral("597,24") + nbsp + QStringLiteral("€");
    // "$" is many currencies' sign: only the US's own locale writes US dollars with it alone.
    QTest::newRow("en USD") << "en"
                            << "USD" << QStringLiteral("$597.24");
    QTest::newRow("de USD") << "de"
                            << "USD" << QStringLiteral("597,24") + nbsp + QStringLiteral("US$");
    // "£" is also the Gibraltar pound's, but most who write it mean GBP; "kr" is three currencies'.
    QTest::newRow("en GBP") << "en"
                            << "GBP" << QStringLiteral("£597.24");
    QTest::newRow("de SEK") << "de"
                            << "SEK" << QStringLiteral("597,24") + nbsp + QStringLiteral("SEK");
}

void TestAccessibility::moneyFollowsTheLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(DisplayFormats::money(597.24, code, QLocale(language)), expected);
}

void TestAccessibility::unitPriceKeepsItsDecimals()
{
    const QString nbsp(QChar::Nbsp);
    QCOMPARE(DisplayFormats::unitPrice(0.0725, QStringLiteral("EUR"), QLocale(QStringLiteral("en"))),
             QStringLiteral("€0.0725"));
    QCOMPARE(DisplayFormats::unitPrice(0.07, QStringLiteral("EUR"), QLocale(QStringLiteral("de"))),
             QStringLiteral("0,07") + nbsp + QStringLiteral("€"));
    QCOMPARE(DisplayFormats::unitPrice(1.5, QStringLiteral("RUB"), QLocale(QStringLiteral("ru"))),
             QStringLiteral("1,50") + nbsp + QStringLiteral("₽"));
    // Thousands are grouped as the language groups them.
    QCOMPARE(DisplayFormats::money(12345.5, QStringLiteral("EUR"), QLocale(QStringLiteral("de"))),
             QStringLiteral("12.345,50") + nbsp + QStringLiteral("€"));
    QCOMPARE(DisplayFormats::money(12345.5, QStringLiteral("EUR"), QLocale(QStringLiteral("en"))),
             QStringLiteral("€12,345.50"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
