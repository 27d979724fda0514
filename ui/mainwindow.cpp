#include "mainwindow.h"

#include "addressbook/addressbookpage.h"
#include "addressbook/exportdialog.h"
#include "addressbook/subscribertablemodel.h"
#include "campaigns/campaignspage.h"
#include "campaigns/sendingservice.h"
#include "compliance/compliancepage.h"
#include "composer/composerpage.h"
#include "dashboard/dashboardpage.h"
#include "importing/importwizard.h"
#include "inbox/inboxformats.h"
#include "inbox/inboxpage.h"
#include "reportspage/reportspage.h"
#include "segments/segmentspage.h"
#include "settings/captrackingrunner.h"
#include "settings/settingspage.h"
#include "storage/connection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

MainWindow::MainWindow(textwell::Connection* connection, QWidget* parent)
    : QMainWindow(parent), m_connection(connection), m_undoStack(new QUndoStack(this)),
      m_sidebar(new QListWidget(this)), m_screens(new QStackedWidget(this)),
      m_dashboard(new DashboardPage(connection, this)),
      m_addressBook(new AddressBookPage(connection, m_undoStack, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Textwell"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Screens"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(window); "
                                            "border-right: 1px solid palette(mid); } "
                                            "QListWidget#sidebar::item { padding: 6px 12px; }"));

    // The dashboard comes first: whether people are starting to leave is the first thing to see.
    addScreen(m_dashboard, tr("Dashboard"), QStringLiteral("utilities-system-monitor"));
    addScreen(m_addressBook, tr("Address book"), QStringLiteral("x-office-address-book"));
    m_segments = new SegmentsPage(connection, this);
    addScreen(m_segments, tr("Segments"), QStringLiteral("view-filter"));
    m_composer = new ComposerPage(connection, this);
    addScreen(m_composer, tr("Compose"), QStringLiteral("mail-message-new"));
    connect(m_segments, &SegmentsPage::segmentsChanged, m_composer, &ComposerPage::reload);
    connect(m_segments, &SegmentsPage::segmentsChanged, m_dashboard, &DashboardPage::reloadSegments);
    m_sending = new SendingService(connection, this, this);
    m_campaigns = new CampaignsPage(connection, this);
    m_campaigns->setSendingService(m_sending);
    addScreen(m_campaigns, tr("Campaigns"), QStringLiteral("mail-send"));
    connect(m_composer, &ComposerPage::campaignCreated, this, [this](qint64 id) {
        m_sending->wake();
        m_sidebar->setCurrentRow(m_screens->indexOf(m_campaigns));
        m_campaigns->showCampaign(id);
    });
    connect(m_campaigns, &CampaignsPage::composeRequested, this,
            [this] { m_sidebar->setCurrentRow(m_screens->indexOf(m_composer)); });
    connect(m_dashboard, &DashboardPage::composeRequested, this,
            [this] { m_sidebar->setCurrentRow(m_screens->indexOf(m_composer)); });
    connect(m_dashboard, &DashboardPage::openPersonRequested, this, &MainWindow::showPerson);
    // What was sent and who replied STOP move the figures.
    connect(m_sending, &SendingService::campaignChanged, m_dashboard, &DashboardPage::refreshSoon);
    connect(m_sending, &SendingService::repliesChanged, m_dashboard, &DashboardPage::refreshSoon);
    m_inbox = new InboxPage(connection, this);
    m_inboxItem = addScreen(m_inbox, InboxFormats::sidebarTitle({}), QStringLiteral("mail-folder-inbox"));
    // Room for the second line ("3 to review") from the start: the rows below never move.
    m_inboxItem->setSizeHint(QSize(0, 36 + m_sidebar->fontMetrics().lineSpacing()));
    connect(m_inbox, &InboxPage::countsChanged, this, [this](const textwell::Inbox::Counts& counts) {
        m_inboxItem->setText(InboxFormats::sidebarTitle(counts));
        m_inboxItem->setToolTip(InboxFormats::sidebarToolTip(counts));
    });
    // An answer or a confirmation goes before campaign messages: the sender looks at once.
    connect(m_inbox, &InboxPage::messagesQueued, m_sending, &SendingService::wake);
    // A reply that came in shows at once, not at the next half-minute refresh.
    connect(m_sending, &SendingService::repliesChanged, m_inbox, &InboxPage::refresh);
    connect(m_sending, &SendingService::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    m_reports = new ReportsPage(connection, this);
    addScreen(m_reports, tr("Reports"), QStringLiteral("x-office-document"));
    // What the law asks and what is due, just before the settings that change the rules.
    m_compliance = new CompliancePage(connection, this);
    addScreen(m_compliance, tr("Compliance"), QStringLiteral("security-high"));
    connect(m_compliance, &CompliancePage::openInInboxRequested, this, &MainWindow::showConversation);
    connect(m_compliance, &CompliancePage::messagesQueued, m_sending, &SendingService::wake);
    // A reply deciding a review, or one confirming consent, changes what is open.
    connect(m_sending, &SendingService::repliesChanged, m_compliance, [this] {
        if (m_compliance->isVisible())
            m_compliance->refresh();
    });
    auto* settings = new SettingsPage(connection, this);
    // A cap count saved but not yet worked into the rows (the app quit first) is finished now.
    CapTrackingRunner::start(connection->path());
    addScreen(settings, tr("Settings"), QStringLiteral("preferences-system"));
    connect(settings, &SettingsPage::defaultCountryChanged, m_addressBook, &AddressBookPage::applyFilter);
    connect(settings, &SettingsPage::saved, m_composer, &ComposerPage::reload);
    connect(settings, &SettingsPage::gatewayChanged, this, [this](const QString& sessionSecret) {
        m_sending->setSessionSecret(sessionSecret);
        m_sending->start();
    });
    connect(m_addressBook, &AddressBookPage::importRequested, this,
            [this](const QString& path) { importFile(false, path); });
    connect(m_sidebar, &QListWidget::currentRowChanged, m_screens, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
    // Wide enough for every entry, the Inbox's with its counts too (they change while the app runs).
    QStringList titles = InboxFormats::sidebarTitle({99, 99, 0}).split(QLatin1Char('\n'));
    for (int i = 0; i < m_sidebar->count(); ++i)
        titles.append(m_sidebar->item(i)->text());
    int sidebarWidth = 0;
    for (const QString& title : titles)
        sidebarWidth = qMax(sidebarWidth, m_sidebar->fontMetrics().horizontalAdvance(title));
    m_sidebar->setFixedWidth(qMax(150, sidebarWidth + 60));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);
    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(connection->path())));

    QSettings prefs;
    if (!restoreGeometry(prefs.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1200, 760);
}

QListWidgetItem* MainWindow::addScreen(QWidget* screen, const QString& title, const QString& iconName)
{
    m_screens->addWidget(screen);
    auto* item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_sidebar);
    item->setSizeHint(QSize(0, 36));
    return item;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import…"), this, [this] { importFile(false, QString()); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* importSuppression =
        file->addAction(tr("Import &suppression list…"), this, [this] { importFile(true, QString()); });
    importSuppression->setObjectName(QStringLiteral("importSuppressionAction"));
    QAction* exportAction = file->addAction(tr("&Export…"), this, [this] {
        // On the dashboard (or the Reports screen) it is the report of what is shown there.
        if (m_screens->currentWidget() == m_dashboard || m_screens->currentWidget() == m_reports) {
            if (m_screens->currentWidget() == m_dashboard)
                m_reports->setRequest(m_dashboard->reportRequest());
            m_sidebar->setCurrentRow(m_screens->indexOf(m_reports)); // the outcome shows in its banner
            m_reports->exportChosen();
            return;
        }
        showAddressBook(); // the outcome shows in the address book's banner
        ExportDialog::start(this, m_connection, m_addressBook->model()->filter(),
                            m_addressBook->model()->rowCount(), m_addressBook->banner());
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    // Save As's keys: Ctrl+Shift+E is the address book's "Exclude a number".
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);

    // Every screen from the keyboard, Ctrl+1 to Ctrl+9 in the sidebar's order, listed where people
    // look for them.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        const QString title = m_sidebar->item(row)->text().section(QLatin1Char('\n'), 0, 0);
        QAction* show = view->addAction(title, this, [this, row] { showScreen(row); });
        show->setObjectName(QStringLiteral("showScreen%1Action").arg(row + 1));
        if (row < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu* people = menuBar()->addMenu(tr("&People"));
    people->addActions(m_addressBook->editActions());
    // The people's actions act on the address book: show it when one is used from elsewhere.
    for (QAction* action : m_addressBook->editActions())
        connect(action, &QAction::triggered, this, &MainWindow::showAddressBook);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Textwell"), this, &MainWindow::about);
}

void MainWindow::importFile(bool suppressionList, const QString& path)
{
    auto* wizard =
        new ImportWizard(suppressionList ? ImportWizard::Mode::SuppressionList : ImportWizard::Mode::People,
                         m_connection, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The imported people (or their new statuses) show in the address book at once.
    connect(wizard, &ImportWizard::imported, m_addressBook->model(), &SubscriberTableModel::refresh);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::showAddressBook);
    wizard->open();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Textwell"),
                       tr("<h3>Textwell %1</h3><p>SMS campaigns for small businesses that respect every "
                          "customer's choice: consent recorded with its proof, every opt-out honoured at "
                          "once and for good.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showScreen(int row)
{
    m_sidebar->setCurrentRow(row);
    // Into the screen, so that Tab goes on from its first control (or the one last used there).
    QWidget* screen = m_screens->widget(row);
    if (!screen || screen->isAncestorOf(QApplication::focusWidget()))
        return;
    QWidget* target = screen->focusWidget();
    if (!target || !target->isVisible() || !target->isEnabled()) {
        target = nullptr;
        for (QWidget* next = screen->nextInFocusChain(); next && next != screen;
             next = next->nextInFocusChain()) {
            if (screen->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
                (next->focusPolicy() & Qt::TabFocus)) {
                target = next;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showAddressBook()
{
    m_sidebar->setCurrentRow(m_screens->indexOf(m_addressBook));
}

void MainWindow::showPerson(const QString& phone)
{
    showAddressBook();
    m_addressBook->showNumber(phone);
}

void MainWindow::showConversation(const QString& phone)
{
    m_sidebar->setCurrentRow(m_screens->indexOf(m_inbox));
    m_inbox->setFilter(textwell::Inbox::Filter::Review);
    m_inbox->openConversation(phone);
}

void MainWindow::startSending()
{
    m_sending->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (const int sending = m_sending->sendingCount(); sending > 0) {
        QMessageBox box(QMessageBox::Question, tr("Campaigns are sending"),
                        tr("%n campaign(s) are still sending.", nullptr, sending), QMessageBox::NoButton,
                        this);
        box.setInformativeText(
            tr("Pause them, or let them go on the next time Textwell opens? Nothing is sent "
               "while Textwell is closed, unless “textwell-cli send --due” runs."));
        QPushButton* pause = box.addButton(tr("&Pause and quit"), QMessageBox::AcceptRole);
        box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
        QPushButton* stay = box.addButton(tr("&Keep sending"), QMessageBox::RejectRole);
        box.setDefaultButton(pause);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton*>(stay)) {
            event->ignore();
            return;
        }
        if (box.clickedButton() == static_cast<QAbstractButton*>(pause))
            m_sending->pauseAll();
    }
    m_sending->stop();
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    event->accept();
}
