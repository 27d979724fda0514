#include "addressbookpage.h"

#include "addsubscribercommand.h"
#include "consentdialog.h"
#include "contacts/personeraser.h"
#include "deletesubscriberscommand.h"
#include "editsubscribercommand.h"
#include "erasedialog.h"
#include "excludedialog.h"
#include "excludenumberscommand.h"
#include "statusdelegate.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "subscriberdetailpane.h"
#include "subscriberdialog.h"
#include "subscribertablemodel.h"
#include "unsubscribedialog.h"
#include "widgets/deskuser.h"
#include "widgets/messagebanner.h"
#include "widgets/messageboxes.h"
#include "widgets/taborder.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

AddressBookPage::AddressBookPage(Connection* connection, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_undoStack(undoStack),
      m_model(new SubscriberTableModel(connection->path(), this)), m_search(new QLineEdit(this)),
      m_statusFilter(new QComboBox(this)), m_searchDelay(new QTimer(this)), m_detailDelay(new QTimer(this)),
      m_banner(new MessageBanner(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_detail(new SubscriberDetailPane(this)), m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("addressBookPage"));
    // A list dropped anywhere on the page opens the import wizard on it.
    setAcceptDrops(true);

    // Actions: the toolbar, the context menu, the main window's menus and the shortcuts share them.
    auto makeAction = [this](const QString& text, const QKeySequence& shortcut,
                             void (AddressBookPage::*slot)(), const QString& name) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addAction = makeAction(tr("&Add a person…"), QKeySequence::New, &AddressBookPage::addSubscriber,
                             QStringLiteral("addAction"));
    m_findAction = makeAction(tr("&Find…"), QKeySequence::Find, &AddressBookPage::focusSearch,
                              QStringLiteral("findAction"));
    m_editAction = makeAction(tr("Ed&it…"), QKeySequence(Qt::Key_F2), &AddressBookPage::editSubscriber,
                              QStringLiteral("editAction"));
    m_consentAction = makeAction(tr("Record &consent…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                 &AddressBookPage::recordConsent, QStringLiteral("consentAction"));
    m_unsubscribeAction =
        makeAction(tr("&Unsubscribe…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                   &AddressBookPage::unsubscribeSelected, QStringLiteral("unsubscribeAction"));
    m_excludeAction = makeAction(tr("E&xclude…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                 &AddressBookPage::excludeSelected, QStringLiteral("excludeAction"));
    m_excludeNumberAction =
        makeAction(tr("Exclude a &number…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   &AddressBookPage::excludeNumber, QStringLiteral("excludeNumberAction"));
    m_unexcludeAction = makeAction(tr("&Lift exclusion"), QKeySequence(), &AddressBookPage::unexcludeSelected,
                                   QStringLiteral("unexcludeAction"));
    m_deleteAction = makeAction(tr("&Delete"), QKeySequence::Delete, &AddressBookPage::deleteSelected,
                                QStringLiteral("deleteAction"));
    // No shortcut: erasing cannot be undone, so it is only ever chosen on purpose.
    m_eraseAction = makeAction(tr("E&rase personal data…"), QKeySequence(), &AddressBookPage::eraseSelected,
                               QStringLiteral("eraseAction"));
    m_eraseAction->setToolTip(tr("When a person asks you to delete their data: deletes it for good and keeps "
                                 "only the number on the suppression list, so they are never texted again."));
    // Adding someone, finding and excluding a number need no selection: they work anywhere in the window.
    m_addAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    m_excludeNumberAction->setShortcutContext(Qt::WindowShortcut);
    m_excludeNumberAction->setToolTip(tr("Exclude any number from all messages, also one that is not in the "
                                         "address book (for example after a complaint call)."));

    // Search and filter.
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name or number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AddressBookPage::applyFilter);
    // Holding Page Down moves the selection many times a second; read the person it stops on.
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(40);
    connect(m_detailDelay, &QTimer::timeout, this, &AddressBookPage::showSelectedPerson);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show people by status"));
    m_statusFilter->addItem(tr("Everyone"), -1);
    for (SubscriberStatus s : SubscriberStatuses::all())
        m_statusFilter->addItem(SubscriberStatuses::label(s), static_cast<int>(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AddressBookPage::applyFilter);

    auto* addButton = new QToolButton(this);
    addButton->setDefaultAction(m_addAction);
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addButton->setObjectName(QStringLiteral("addButton"));
    auto* excludeNumberButton = new QToolButton(this);
    excludeNumberButton->setDefaultAction(m_excludeNumberAction);
    excludeNumberButton->setObjectName(QStringLiteral("excludeNumberButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(m_statusFilter, 1);
    top->addStretch();
    top->addWidget(addButton);
    top->addWidget(excludeNumberButton);

    // The table.
    m_table->setObjectName(QStringLiteral("subscriberTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SubscriberTableModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubscriberTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // A fixed row height: the view never has to measure a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(SubscriberTableModel::NameColumn, charWidth * 24);
    // Wide enough for the longest international format, so a number is never cut short.
    m_table->setColumnWidth(SubscriberTableModel::PhoneColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("+49 0000 00000000")) +
                                24);
    m_table->setColumnWidth(SubscriberTableModel::CityColumn, charWidth * 16);
    m_table->setColumnWidth(SubscriberTableModel::TagsColumn, charWidth * 18);
    int statusWidth = 0;
    for (SubscriberStatus s : SubscriberStatuses::all())
        statusWidth =
            qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(SubscriberStatuses::label(s)));
    m_table->setColumnWidth(SubscriberTableModel::StatusColumn,
                            statusWidth + 40); // badge padding and margins
    m_table->setAccessibleName(tr("Address book"));
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addActions({m_editAction, m_consentAction, m_unsubscribeAction});
        menu.addSeparator();
        menu.addActions({m_excludeAction, m_unexcludeAction});
        menu.addSeparator();
        menu.addActions({m_deleteAction, m_eraseAction});
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::doubleClicked, this, &AddressBookPage::editSubscriber);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AddressBookPage::updateSelection);
    connect(m_model, &SubscriberTableModel::totalChanged, this, &AddressBookPage::onTotalChanged);
    // A reload resets the model; keep the user's place in the list across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_scrollBeforeReset = m_model->isRefresh() ? m_table->verticalScrollBar()->value() : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, this, [this] { m_table->verticalScrollBar()->setValue(m_scrollBeforeReset); });
    });
    connect(m_model, &SubscriberTableModel::loadFailed, this,
            [this](const QString& message) { m_banner->show(MessageBanner::Kind::Error, message); });
    // When a selected row's page arrives, the pane can show the person.
    connect(m_model, &SubscriberTableModel::dataChanged, this, [this] {
        if (m_detail->subscriberId() == 0)
            updateSelection();
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    connect(m_detail, &SubscriberDetailPane::editRequested, this, &AddressBookPage::editSubscriber);
    connect(m_detail, &SubscriberDetailPane::consentRequested, this, &AddressBookPage::recordConsent);
    connect(m_detail, &SubscriberDetailPane::unsubscribeRequested, this,
            &AddressBookPage::unsubscribeSelected);
    connect(m_detail, &SubscriberDetailPane::excludeRequested, this, &AddressBookPage::excludeSelected);
    connect(m_detail, &SubscriberDetailPane::unexcludeRequested, this, &AddressBookPage::unexcludeSelected);
    connect(m_detail, &SubscriberDetailPane::deleteRequested, this, &AddressBookPage::deleteSelected);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("addressBookSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 380});
    splitter->setChildrenCollapsible(false);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_countLabel);
    m_countLabel->setText(tr("Loading…"));
    // The row of search and buttons first, then the table and the person beside it.
    TabOrder::set({m_search, m_statusFilter, addButton, excludeNumberButton, m_banner, m_stack, m_detail});
    updateActions();
}

QWidget* AddressBookPage::createEmptyState()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont font = m_emptyTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_emptyTitle->setFont(font);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setTextFormat(Qt::PlainText);
    m_emptyText = new QLabel(page);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setFixedWidth(m_emptyText->fontMetrics().averageCharWidth() * 60);

    m_emptyButtons = new QWidget(page);
    auto* add = new QPushButton(tr("Add a person"), m_emptyButtons);
    add->setObjectName(QStringLiteral("emptyAddButton"));
    connect(add, &QPushButton::clicked, this, &AddressBookPage::addSubscriber);
    auto* exclude = new QPushButton(tr("Exclude a number"), m_emptyButtons);
    connect(exclude, &QPushButton::clicked, this, &AddressBookPage::excludeNumber);
    auto* import = new QPushButton(tr("Import a file…"), m_emptyButtons);
    import->setObjectName(QStringLiteral("emptyImportButton"));
    connect(import, &QPushButton::clicked, this, [this] { Q_EMIT importRequested(QString()); });
    auto* buttonRow = new QHBoxLayout(m_emptyButtons);
    buttonRow->addStretch();
    buttonRow->addWidget(add);
    buttonRow->addWidget(import);
    buttonRow->addWidget(exclude);
    buttonRow->addStretch();

    auto* clear = new QPushButton(tr("Show everyone"), page);
    clear->setObjectName(QStringLiteral("clearFilterButton"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        applyFilter();
    });
    m_clearFilterButton = clear;

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_emptyButtons);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QString AddressBookPage::importablePath(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    const QString path = data->urls().first().toLocalFile();
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                         QStringLiteral("vcf")};
    return suffixes.contains(QFileInfo(path).suffix().toLower()) ? path : QString();
}

void AddressBookPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!importablePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AddressBookPage::dropEvent(QDropEvent* event)
{
    const QString path = importablePath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT importRequested(path);
}

QList<QAction*> AddressBookPage::editActions() const
{
    return {m_addAction,     m_findAction,          m_editAction,      m_consentAction, m_unsubscribeAction,
            m_excludeAction, m_excludeNumberAction, m_unexcludeAction, m_deleteAction,  m_eraseAction};
}

void AddressBookPage::focusSearch()
{
    // Chosen on another screen, the action shows this one first (the main window's part, after this
    // slot): the search box takes the keys once it is shown.
    QTimer::singleShot(0, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
}

AddressBook AddressBookPage::book() const
{
    QSqlDatabase db = m_connection->database();
    return AddressBook(db, BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry),
                       DeskUser::name());
}

AddressBookEditContext AddressBookPage::editContext()
{
    AddressBookEditContext context;
    context.book = [this] { return book(); };
    context.failed = [this](const QString& message) { m_banner->show(MessageBanner::Kind::Error, message); };
    context.changed = [this] {
        m_model->refresh();
        showPerson(m_detail->subscriberId());
    };
    return context;
}

bool AddressBookPage::runCommand(AddressBookCommand* command, const QString& doneMessage)
{
    Status status = command->applyFirst();
    if (!status) {
        m_banner->show(MessageBanner::Kind::Error, status.error());
        delete command;
        return false;
    }
    m_undoStack->push(command);
    if (!doneMessage.isEmpty())
        m_banner->show(MessageBanner::Kind::Information, doneMessage);
    return true;
}

void AddressBookPage::applyFilter()
{
    SubscriberFilter filter = m_model->filter();
    filter.search = m_search->text();
    filter.region = BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry);
    const int status = m_statusFilter->currentData().toInt();
    filter.status =
        status < 0 ? std::nullopt : std::optional<SubscriberStatus>(static_cast<SubscriberStatus>(status));
    m_model->setFilter(filter);
}

void AddressBookPage::showNumber(const QString& phone)
{
    {
        // One filter for both changes, now, not one per change after the typing delay.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_statusFilter);
        m_search->setText(phone);
        m_statusFilter->setCurrentIndex(0); // everyone: an opted-out person is shown too
    }
    m_searchDelay->stop();
    applyFilter();
}

void AddressBookPage::onTotalChanged(qint64 total)
{
    const SubscriberFilter& filter = m_model->filter();
    const bool filtered = !filter.search.trimmed().isEmpty() || filter.status.has_value();
    m_detail->setVisible(total > 0 || filtered);
    if (total == 0) {
        m_stack->setCurrentIndex(1);
        m_emptyButtons->setVisible(!filtered);
        m_clearFilterButton->setVisible(filtered);
        if (filtered) {
            m_emptyTitle->setText(tr("No one matches"));
            m_emptyText->setText(
                filter.search.trimmed().isEmpty()
                    ? tr("Nobody in the address book has this status.")
                    : tr("Nobody's name or number contains “%1”.").arg(filter.search.trimmed()));
        } else {
            m_emptyTitle->setText(tr("Your address book is empty"));
            m_emptyText->setText(tr("Add the people who agreed to hear from you, with the proof of their "
                                    "consent, or import a list (File > Import…, or drag the file here). You "
                                    "can also exclude a number that must never get a message, even before it "
                                    "is in the book."));
        }
        // A wrapped label in a centred layout gets its one-line height unless told its real one.
        m_emptyText->setFixedHeight(m_emptyText->heightForWidth(m_emptyText->width()));
    } else {
        m_stack->setCurrentIndex(0);
    }
    const int shown = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    m_countLabel->setText(filtered ? tr("%Ln found", nullptr, shown) : tr("%Ln person(s)", nullptr, shown));
    updateSelection();
}

int AddressBookPage::selectedCount() const
{
    int count = 0;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        count += range.height();
    return count;
}

QVector<AddressBookPage::Target> AddressBookPage::targets()
{
    QVector<Target> found;
    const int count = selectedCount();
    if (count == 0) { // nothing selected: the person in the detail pane, if any
        if (const qint64 id = m_detail->subscriberId(); id != 0) {
            if (Result<Subscriber> person = book().get(id))
                found.append({id, person.value().phone, person.value().status});
        }
        return found;
    }
    if (count > MaxBulkSelection) {
        m_banner->show(MessageBanner::Kind::Warning,
                       tr("Select at most %Ln people for one action.", nullptr, MaxBulkSelection));
        return {};
    }
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (!index.data(SubscriberTableModel::LoadedRole).toBool()) {
            // Acting on part of a selection would leave people out without saying so.
            m_banner->show(MessageBanner::Kind::Warning,
                           tr("Some of the selected people are still loading. Scroll through them, or "
                              "select fewer, and try again."));
            return {};
        }
        found.append({index.data(SubscriberTableModel::SubscriberIdRole).toLongLong(),
                      index.data(SubscriberTableModel::PhoneRole).toString(),
                      static_cast<SubscriberStatus>(index.data(SubscriberTableModel::StatusRole).toInt())});
    }
    return found;
}

void AddressBookPage::updateSelection()
{
    updateActions();
    m_detailDelay->start();
}

void AddressBookPage::showSelectedPerson()
{
    const int count = selectedCount();
    if (count > 1)
        m_detail->showMultiple(count);
    else if (count == 1)
        showPerson(m_table->selectionModel()
                       ->selectedRows()
                       .value(0)
                       .data(SubscriberTableModel::SubscriberIdRole)
                       .toLongLong());
    else // nothing selected: keep (and refresh) whoever the pane shows, such as someone just added
        showPerson(m_detail->subscriberId());
}

void AddressBookPage::showPerson(qint64 id)
{
    if (id == 0) {
        if (selectedCount() <= 1)
            m_detail->showSubscriber(std::nullopt, {}, {});
        return;
    }
    // One person and their own history: small, so read here on the GUI thread.
    AddressBook addressBook = book();
    Result<Subscriber> person = addressBook.get(id);
    if (!person) {
        m_detail->showSubscriber(std::nullopt, {}, {});
        return;
    }
    Result<QVector<ConsentEvent>> history = addressBook.history(person.value().phone);
    Result<Suppression> suppression = addressBook.suppression(person.value().phone);
    if (!history || !suppression) {
        m_banner->show(MessageBanner::Kind::Error, history ? suppression.error() : history.error());
        return;
    }
    m_detail->showSubscriber(person.value(), history.value(), suppression.value());
}

void AddressBookPage::updateActions()
{
    // With nothing selected, the actions apply to the person in the detail pane.
    const int selected = selectedCount();
    const int count = selected > 0 ? selected : (m_detail->subscriberId() != 0 ? 1 : 0);
    bool anyExcluded = false, anyNotExcluded = true;
    if (selected > 0 && selected <= MaxBulkSelection) {
        anyNotExcluded = false;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
            const QVariant status = index.data(SubscriberTableModel::StatusRole);
            const bool excluded = status.isValid() && status.toInt() == int(SubscriberStatus::Excluded);
            anyExcluded = anyExcluded || excluded;
            anyNotExcluded = anyNotExcluded || !excluded;
        }
    } else if (selected == 0 && count == 1) {
        anyExcluded = m_detail->showsExcluded();
        anyNotExcluded = !anyExcluded;
    }
    m_editAction->setEnabled(count == 1);
    m_consentAction->setEnabled(count == 1);
    m_unsubscribeAction->setEnabled(count >= 1);
    m_excludeAction->setEnabled(count >= 1 && anyNotExcluded);
    m_unexcludeAction->setEnabled(count >= 1 && anyExcluded);
    m_deleteAction->setEnabled(count >= 1);
    m_eraseAction->setEnabled(count == 1);
}

void AddressBookPage::addSubscriber()
{
    const QString region =
        BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry);
    SubscriberDialog dialog(Subscriber{}, region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new AddSubscriberCommand(editContext(), dialog.subscriber(), dialog.consent());
    const QString shown = PhoneNumbers::formatInternational(dialog.subscriber().phone);
    if (!runCommand(command, QString()))
        return;
    const QStringList notices = command->notices();
    m_banner->show(notices.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Warning,
                   (QStringList{tr("Added %1.").arg(shown)} + notices).join(QLatin1Char(' ')));
    m_table->clearSelection();
    showPerson(command->addedId());
}

void AddressBookPage::editSubscriber()
{
    const QVector<Target> people = targets();
    if (people.size() != 1)
        return;
    Result<Subscriber> before = book().get(people.first().id);
    if (!before) {
        m_banner->show(MessageBanner::Kind::Error, before.error());
        return;
    }
    const QString region =
        BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry);
    SubscriberDialog dialog(before.value(), region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runCommand(new EditSubscriberCommand(editContext(), before.value(), dialog.subscriber()),
               tr("Saved %1.").arg(dialog.subscriber().displayLabel()));
}

void AddressBookPage::excludeSelected()
{
    QStringList numbers;
    for (const Target& person : targets()) {
        if (person.status != SubscriberStatus::Excluded)
            numbers.append(person.phone);
    }
    if (numbers.isEmpty())
        return;
    const QString region =
        BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry);
    ExcludeDialog dialog(numbers, region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runCommand(new ExcludeNumbersCommand(editContext(), dialog.numbers(), dialog.note()),
               tr("Excluded %n number(s). They get no messages until you lift the exclusion.", nullptr,
                  static_cast<int>(dialog.numbers().size())));
}

void AddressBookPage::excludeNumber()
{
    const QString region =
        BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry);
    ExcludeDialog dialog({}, region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString number = dialog.numbers().value(0);
    Result<std::optional<Subscriber>> person = book().findByPhone(number);
    const bool inBook = person && person.value();
    runCommand(new ExcludeNumbersCommand(editContext(), dialog.numbers(), dialog.note()),
               inBook ? tr("Excluded %1 (%2).")
                            .arg(PhoneNumbers::formatInternational(number), person.value()->displayLabel())
                      : tr("Excluded %1. The number is not in the address book; it stays excluded if it is "
                           "added later.")
                            .arg(PhoneNumbers::formatInternational(number)));
}

void AddressBookPage::unexcludeSelected()
{
    QStringList numbers;
    for (const Target& person : targets()) {
        if (person.status == SubscriberStatus::Excluded)
            numbers.append(person.phone);
    }
    if (numbers.isEmpty())
        return;
    if (!MessageBoxes::confirm(this, tr("Lift exclusion"),
                               tr("Lift the exclusion of %n number(s)? People who unsubscribed or never gave "
                                  "consent still get no messages.",
                                  nullptr, static_cast<int>(numbers.size())),
                               tr("Lift exclusion")))
        return;
    AddressBook addressBook = book();
    int lifted = 0;
    for (const QString& number : numbers) {
        Result<bool> done = addressBook.unexclude(number, QString());
        if (!done) {
            //: %L1 is how many exclusions were lifted, %Ln how many were to be, %2 why the next one failed.
            m_banner->show(MessageBanner::Kind::Error,
                           tr("Lifted %L1 of %Ln exclusion(s); the others stay: %2", nullptr,
                              static_cast<int>(numbers.size()))
                               .arg(lifted)
                               .arg(done.error()));
            break;
        }
        ++lifted;
    }
    m_model->refresh();
    showPerson(m_detail->subscriberId());
}

void AddressBookPage::unsubscribeSelected()
{
    QStringList numbers;
    for (const Target& person : targets())
        numbers.append(person.phone);
    if (numbers.isEmpty())
        return;
    const QString who = numbers.size() == 1 ? PhoneNumbers::formatInternational(numbers.first())
                                            : tr("%n people", nullptr, static_cast<int>(numbers.size()));
    UnsubscribeDialog dialog(who, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Not undoable: taking back an opt-out would be a consent nobody gave (PRODUCT.md rule 4).
    AddressBook addressBook = book();
    int changed = 0;
    QString failure;
    for (const QString& number : numbers) {
        Result<bool> done = addressBook.unsubscribe(number, dialog.reason(), dialog.reasonText());
        if (!done) {
            failure = done.error();
            break;
        }
        changed += done.value() ? 1 : 0;
    }
    if (!failure.isEmpty()) // say clearly who is still subscribed; this message stays until closed
        m_banner->show(
            MessageBanner::Kind::Error,
            //: %L1 is how many numbers were unsubscribed, %Ln how many were to be, %2 the problems.
            tr("Unsubscribed %L1 of %Ln number(s); the others are still subscribed: %2", nullptr,
               static_cast<int>(numbers.size()))
                .arg(changed)
                .arg(failure));
    else if (changed > 0)
        m_banner->show(
            MessageBanner::Kind::Information,
            tr("Unsubscribed %n number(s). Only a new consent from the person can re-subscribe them.",
               nullptr, changed));
    m_model->refresh();
    showPerson(m_detail->subscriberId());
}

void AddressBookPage::recordConsent()
{
    const QVector<Target> people = targets();
    if (people.size() != 1)
        return;
    const qint64 id = people.first().id;
    Result<Subscriber> person = book().get(id);
    if (!person) {
        m_banner->show(MessageBanner::Kind::Error, person.error());
        return;
    }
    ConsentDialog dialog(person.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Not undoable: the consent history only grows (PRODUCT.md rule 5).
    Result<QStringList> notices = book().recordConsent(person.value().phone, dialog.consent());
    if (!notices) {
        m_banner->show(MessageBanner::Kind::Error, notices.error());
        return;
    }
    m_banner->show(notices.value().isEmpty() ? MessageBanner::Kind::Information
                                             : MessageBanner::Kind::Warning,
                   (QStringList{tr("Consent recorded.")} + notices.value()).join(QLatin1Char(' ')));
    m_model->refresh();
    showPerson(id);
}

void AddressBookPage::deleteSelected()
{
    QVector<qint64> ids;
    for (const Target& person : targets())
        ids.append(person.id);
    if (ids.isEmpty())
        return;
    if (!MessageBoxes::confirm(this, tr("Delete"),
                               tr("Delete %n person(s) from the address book? Their consent history and any "
                                  "opt-out or exclusion of their numbers are kept. You can undo this.",
                                  nullptr, static_cast<int>(ids.size())),
                               tr("Delete")))
        return;
    runCommand(new DeleteSubscribersCommand(editContext(), ids),
               tr("Deleted %n person(s).", nullptr, static_cast<int>(ids.size())));
    m_table->clearSelection();
}

void AddressBookPage::eraseSelected()
{
    const QVector<Target> people = targets();
    if (people.size() != 1)
        return;
    Result<Subscriber> person = book().get(people.first().id);
    if (!person) {
        m_banner->show(MessageBanner::Kind::Error, person.error());
        return;
    }
    // One person's rows: small enough to work out on the GUI thread, like their history.
    QSqlDatabase db = m_connection->database();
    PersonEraser eraser(db, BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry),
                        DeskUser::name());
    Result<PersonEraser::Outcome> preview = eraser.preview(person.value().phone);
    if (!preview) {
        m_banner->show(MessageBanner::Kind::Error, preview.error());
        return;
    }
    EraseDialog dialog(person.value(), preview.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<PersonEraser::Outcome> erased =
        eraser.erase(person.value().phone, dialog.requestedAt(), dialog.note());
    if (!erased) {
        m_banner->show(MessageBanner::Kind::Error, tr("Nothing was erased: %1").arg(erased.error()));
        return;
    }
    // Not on the undo stack, and the commands already there go: an undo of an earlier delete or a
    // redo of an add would bring the person's data back.
    m_undoStack->clear();
    m_table->clearSelection();
    m_detail->showSubscriber(std::nullopt, {}, {});
    m_model->refresh();
    const QString number = PhoneNumbers::formatInternational(erased.value().phone);
    m_banner->show(MessageBanner::Kind::Information,
                   erased.value().suppression.excluded()
                       ? tr("Erased the personal data of %1. The number stays excluded so it is never texted "
                            "again.")
                             .arg(number)
                       : tr("Erased the personal data of %1. The number stays unsubscribed so it is never "
                            "texted again.")
                             .arg(number));
}
