#include "campaignspage.h"

#include "campaigndetailpane.h"
#include "campaignformats.h"
#include "campaignlistmodel.h"
#include "campaigns/campaignstore.h"
#include "campaigns/sendingservice.h"
#include "progressdelegate.h"
#include "storage/connection.h"
#include "storage/lazyconnection.h"
#include "widgets/displayformats.h"
#include "widgets/messagebanner.h"
#include "widgets/messageboxes.h"
#include "widgets/taborder.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>
#include <optional>
#include <tuple>

using namespace textwell;

namespace {
// At most about three list refreshes a second however fast the sender reports.
constexpr int ThrottleMs = 333;
// While something sends, the totals are read this often even without news.
constexpr int FollowMs = 5000;

QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback, const QWidget* widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

QString withShortcut(const QString& text, const QAction* action)
{
    return QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}
} // namespace

CampaignsPage::CampaignsPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_list(new CampaignListModel(connection->path(), this)),
      m_banner(new MessageBanner(this)), m_stack(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_detail(new CampaignDetailPane(connection->path(), this)), m_empty(new QWidget(this)),
      m_composeButton(new QPushButton(tr("Open &Compose"), this)), m_pause(new QAction(tr("P&ause"), this)),
      m_resume(new QAction(tr("Res&ume"), this)), m_cancel(new QAction(tr("Cance&l campaign…"), this)),
      m_pauseButton(new QPushButton(this)), m_resumeButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)), m_throttle(new QTimer(this)), m_follow(new QTimer(this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    const int unit = fontMetrics().averageCharWidth();

    // The actions, with shortcuts that work anywhere on this screen.
    m_pause->setObjectName(QStringLiteral("pauseCampaignAction"));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pause->setIcon(themedIcon(QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause, this));
    m_pause->setToolTip(withShortcut(tr("Stop sending for now; resume whenever you like"), m_pause));
    m_resume->setObjectName(QStringLiteral("resumeCampaignAction"));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resume->setIcon(themedIcon(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay, this));
    m_resume->setToolTip(withShortcut(tr("Go on sending where it stopped"), m_resume));
    m_cancel->setObjectName(QStringLiteral("cancelCampaignAction"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancel->setIcon(themedIcon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop, this));
    m_cancel->setToolTip(withShortcut(tr("Stop for good: messages not sent yet are never sent"), m_cancel));
    for (QAction* action : {m_pause, m_resume, m_cancel}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    const QList<QPair<QPushButton*, QAction*>> buttons{
        {m_pauseButton, m_pause}, {m_resumeButton, m_resume}, {m_cancelButton, m_cancel}};
    for (const auto& [button, action] : buttons) {
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setToolTip(action->toolTip());
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    m_pauseButton->setObjectName(QStringLiteral("pauseCampaignButton"));
    m_resumeButton->setObjectName(QStringLiteral("resumeCampaignButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelCampaignButton"));
    connect(m_pause, &QAction::triggered, this, &CampaignsPage::pauseSelected);
    connect(m_resume, &QAction::triggered, this, &CampaignsPage::resumeSelected);
    connect(m_cancel, &QAction::triggered, this, &CampaignsPage::cancelSelected);

    auto* title = new QLabel(tr("Campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(title);
    toolbar->addStretch();
    toolbar->addWidget(m_pauseButton);
    toolbar->addWidget(m_resumeButton);
    toolbar->addSpacing(unit * 2);
    toolbar->addWidget(m_cancelButton);

    // The list.
    m_view->setObjectName(QStringLiteral("campaignList"));
    m_view->setAccessibleName(tr("Campaigns"));
    m_view->setModel(m_list);
    m_view->setItemDelegateForColumn(CampaignListModel::ProgressColumn,
                                     new ProgressDelegate(CampaignListModel::ProgressDoneRole,
                                                          CampaignListModel::ProgressTotalRole,
                                                          CampaignListModel::ShowProgressRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->setIconSize(QSize(14, 14));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::Stretch);
    columns->setMinimumSectionSize(unit * 8);
    // Wide enough for what goes in them, measured in this font and language.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = unit * 3;
    Campaign scheduled;
    scheduled.status = CampaignStatus::Scheduled;
    scheduled.scheduledAt = QDateTime::currentDateTime().addDays(40);
    columns->resizeSection(CampaignListModel::StatusColumn,
                           metrics.horizontalAdvance(CampaignFormats::status(scheduled, true)) +
                               m_view->iconSize().width() + padding * 2);
    columns->resizeSection(CampaignListModel::ProgressColumn, unit * 22);
    for (int column : {CampaignListModel::SentColumn, CampaignListModel::DeliveredColumn,
                       CampaignListModel::FailedColumn, CampaignListModel::SkippedColumn})
        columns->resizeSection(
            column,
            qMax(unit * 10,
                 metrics.horizontalAdvance(m_list->headerData(column, Qt::Horizontal).toString()) + padding));
    columns->resizeSection(CampaignListModel::CreatedColumn,
                           metrics.horizontalAdvance(DisplayFormats::date(QDate(2026, 9, 30))) + padding);
    // A menu on the list, with the same actions.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_pause, m_resume, m_cancel});

    // The empty screen: where campaigns come from.
    m_empty->setObjectName(QStringLiteral("campaignsEmptyState"));
    auto* emptyTitle = new QLabel(tr("No campaigns yet"), m_empty);
    QFont emptyFont = emptyTitle->font();
    emptyFont.setBold(true);
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.4);
    emptyTitle->setFont(emptyFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText = new QLabel(tr("Campaigns are created in Compose: write your message, choose who gets "
                                    "it, then send it now or schedule it. It appears here with its progress, "
                                    "and you can pause or cancel it at any time."),
                                 m_empty);
    emptyText->setObjectName(QStringLiteral("campaignsEmptyText"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setFixedWidth(unit * 64); // a wrapped label needs a width to wrap to
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_composeButton->setObjectName(QStringLiteral("openComposeButton"));
    m_composeButton->setIcon(QIcon::fromTheme(QStringLiteral("mail-message-new")));
    m_composeButton->hide(); // shown when someone listens to composeRequested
    connect(m_composeButton, &QPushButton::clicked, this, &CampaignsPage::composeRequested);
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addSpacing(6);
    // Centred by stretches, not by an alignment flag: an aligned item loses its height-for-width
    // and the wrapped text would be cut off.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(emptyText);
    textRow->addStretch();
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_composeButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("campaignsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    const int line = fontMetrics().height();
    splitter->setSizes({line * 10, line * 30});
    m_view->setMinimumHeight(line * 6);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    // The toolbar above the list comes first, as it reads.
    TabOrder::set({m_pauseButton, m_resumeButton, m_cancelButton, m_banner, m_stack});

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(ThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, [this] {
        m_list->refresh(m_changed);
        m_changed.clear();
    });
    m_follow->setInterval(FollowMs);
    connect(m_follow, &QTimer::timeout, this, [this] { m_list->refresh(); });
    connect(m_list, &CampaignListModel::loaded, this, &CampaignsPage::onLoaded);
    connect(m_list, &CampaignListModel::loadFailed, this, [this](const QString& message) {
        m_banner->show(MessageBanner::Kind::Error, tr("The campaigns could not be read: %1").arg(message));
    });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        if (!select(m_selectedId))
            select(m_list->idAt(0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::onCurrentChanged);

    updateActions();
    m_list->refresh({}, true);
}

QList<QAction*> CampaignsPage::campaignActions() const
{
    return {m_pause, m_resume, m_cancel};
}

void CampaignsPage::setSendingService(SendingService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service)
        connect(m_service, &SendingService::campaignChanged, this, &CampaignsPage::onCampaignChanged);
}

void CampaignsPage::refresh()
{
    m_list->refresh({}, true);
}

void CampaignsPage::showCampaign(qint64 id)
{
    if (select(id)) {
        m_wantedId = 0;
        m_list->refresh({id});
        return;
    }
    // Not in the list yet (just made): select it when the list has it.
    m_wantedId = id;
    m_list->refresh({id});
}

void CampaignsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_composeButton->setVisible(isSignalConnected(QMetaMethod::fromSignal(&CampaignsPage::composeRequested)));
    // News that came while the screen was hidden, and whatever is sending.
    m_list->refresh(m_changed);
    m_changed.clear();
    updateFollowing();
}

void CampaignsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateFollowing();
}

void CampaignsPage::onCampaignChanged(qint64 id)
{
    m_changed.insert(id);
    // Hidden: nothing to show; showEvent reads what changed meanwhile.
    if (isVisible() && !m_throttle->isActive())
        m_throttle->start();
}

void CampaignsPage::updateFollowing()
{
    const bool follow = isVisible() && m_list->anyActive();
    if (follow && !m_follow->isActive())
        m_follow->start();
    else if (!follow)
        m_follow->stop();
}

void CampaignsPage::onLoaded(bool complete)
{
    const bool empty = m_list->isLoaded() && m_list->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_empty : m_stack->widget(0));
    // Nothing to pause or cancel: the buttons would only be clutter around the empty screen.
    for (QPushButton* button : {m_pauseButton, m_resumeButton, m_cancelButton})
        button->setVisible(!empty);
    if (m_wantedId != 0 && select(m_wantedId))
        m_wantedId = 0;
    else if (m_selectedId == 0 || m_list->rowOf(m_selectedId) < 0)
        select(m_list->idAt(0));
    showSelected();
    if (complete)
        m_detail->refreshMessages();
    updateFollowing();
}

bool CampaignsPage::select(qint64 id)
{
    const int row = id == 0 ? -1 : m_list->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_list->index(row, CampaignListModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    if (m_selectedId != id) {
        m_selectedId = id;
        m_list->setSelectedId(id);
        showSelected();
    }
    return true;
}

void CampaignsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // a reset in passing; the selection is restored by id
    const qint64 id = m_list->idAt(current.row());
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    m_list->setSelectedId(id);
    showSelected();
    const CampaignRow* row = m_list->campaign(id);
    if (row && row->campaign.isAbTest() && row->variants.isEmpty())
        m_list->refresh({id}); // the A/B figures are read for the selected campaign only
}

void CampaignsPage::showSelected()
{
    m_detail->showCampaign(m_list->campaign(m_selectedId));
    updateActions();
}

void CampaignsPage::updateActions()
{
    const CampaignRow* row = m_list->campaign(m_selectedId);
    const auto status = row ? std::optional<CampaignStatus>(row->campaign.status) : std::nullopt;
    const bool canPause = status == CampaignStatus::Sending || status == CampaignStatus::Scheduled;
    const bool canResume = status == CampaignStatus::Paused;
    const bool canCancel =
        status && *status != CampaignStatus::Finished && *status != CampaignStatus::Cancelled;
    const QList<std::tuple<QAction*, QPushButton*, bool>> states{{m_pause, m_pauseButton, canPause},
                                                                 {m_resume, m_resumeButton, canResume},
                                                                 {m_cancel, m_cancelButton, canCancel}};
    for (const auto& [action, button, enabled] : states) {
        action->setEnabled(enabled);
        button->setEnabled(enabled);
    }
}

bool CampaignsPage::change(const std::function<Status(CampaignStore&, qint64)>& step, bool startsSending)
{
    const qint64 id = m_selectedId;
    if (id == 0)
        return false;
    CampaignStore store(m_connection->database());
    const Status done = step(store, id);
    changed(id, done, startsSending);
    return done.ok();
}

void CampaignsPage::changed(qint64 id, const Status& done, bool startsSending)
{
    if (!done)
        m_banner->show(MessageBanner::Kind::Error, done.error());
    else if (m_service && (startsSending || m_service->isRunning()))
        m_service->wake(); // a stopped sender is not started (nor its password asked) for a pause
    // The row as stored now, shown at once; the totals follow from the worker.
    if (Result<Campaign> now = CampaignStore(m_connection->database()).get(id))
        m_list->updateCampaign(now.value());
    showSelected();
    m_list->refresh({id});
}

void CampaignsPage::pauseSelected()
{
    const CampaignRow* row = m_list->campaign(m_selectedId);
    if (!row || !m_pause->isEnabled())
        return;
    const QString name = row->campaign.name;
    if (change([](CampaignStore& store, qint64 id) { return store.pause(id); }))
        m_banner->show(
            MessageBanner::Kind::Information,
            tr("“%1” is paused. A message already on its way to the gateway may still go out.").arg(name));
}

void CampaignsPage::resumeSelected()
{
    const CampaignRow* row = m_list->campaign(m_selectedId);
    if (!row || !m_resume->isEnabled())
        return;
    const QString name = row->campaign.name;
    if (change([](CampaignStore& store, qint64 id) { return store.resume(id); }, true))
        m_banner->show(MessageBanner::Kind::Information, tr("“%1” goes on where it stopped.").arg(name));
}

void CampaignsPage::cancelSelected()
{
    const CampaignRow* row = m_list->campaign(m_selectedId);
    if (!row || !m_cancel->isEnabled())
        return;
    const Campaign campaign = row->campaign;
    const CampaignTotals& t = row->totals;
    // Those the cancel turns into "cancelled"; a message in flight still gets its answer.
    const qint64 notSent =
        t.count(MessageState::Queued) + t.count(MessageState::Held) + t.count(MessageState::Waiting);
    QString question;
    if (!row->totalsLoaded || t.total() == 0)
        question =
            tr("Cancel “%1”? It will not be sent to anyone.\n\nThis cannot be undone.").arg(campaign.name);
    else
        question = tr("Cancel “%1”?\n\n%Ln message(s) not sent yet will not be sent. Messages already "
                      "sent stay sent.\n\nThis cannot be undone.",
                      nullptr, int(qMin<qint64>(notSent, INT_MAX)))
                       .arg(campaign.name);
    if (!MessageBoxes::confirm(this, tr("Cancel campaign"), question, tr("Stop for good")))
        return;
    // Cancelling turns every message not yet sent into "cancelled": a big campaign has many, so
    // it is done on a thread of its own, with its own connection.
    const qint64 id = m_selectedId;
    const QString path = m_connection->path();
    const QString done = notSent > 0 ? tr("“%1” is cancelled; %Ln message(s) will not be sent.", nullptr,
                                          int(qMin<qint64>(notSent, INT_MAX)))
                                           .arg(campaign.name)
                                     : tr("“%1” is cancelled.").arg(campaign.name);
    m_cancel->setEnabled(false);
    QPointer<CampaignsPage> self(this);
    QThread* thread = QThread::create([self, path, id, done] {
        LazyConnection db(path);
        Status cancelled = db.open();
        if (cancelled)
            cancelled = CampaignStore(db.database()).cancel(id);
        QMetaObject::invokeMethod(qApp, [self, id, cancelled, done] {
            if (!self)
                return;
            self->changed(id, cancelled, false);
            if (cancelled)
                self->m_banner->show(MessageBanner::Kind::Information, done);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
