#include "inboxpage.h"

#include "answerbox.h"
#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "inboxformats.h"
#include "replydecisionbox.h"
#include "storage/connection.h"
#include "threaddelegate.h"
#include "threadmodel.h"
#include "util/clock.h"
#include "widgets/deskuser.h"
#include "widgets/displayformats.h"
#include "widgets/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

namespace {

// Typing pauses this long before the list is read again.
constexpr int SearchDelayMs = 250;

const QVector<Inbox::Filter>& filterOrder()
{
    static const QVector<Inbox::Filter> order{Inbox::Filter::Open, Inbox::Filter::Review, Inbox::Filter::All};
    return order;
}

QFont scaledBold(QFont font, qreal scale)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace

InboxPage::InboxPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_latest(std::make_shared<InboxGenerations>()),
      m_loader(new InboxLoader(connection->path(), DeskUser::name(), m_latest)),
      m_conversations(new ConversationListModel(this)), m_thread(new ThreadModel(this)),
      m_banner(new MessageBanner(this)), m_filterBar(new QTabBar(this)), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_listStack(new QStackedWidget(this)), m_list(new QListView(this)),
      m_listEmpty(new QLabel(this)), m_rightStack(new QStackedWidget(this)),
      m_noConversation(new QLabel(this)), m_conversationPane(new QWidget(this)), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_threadView(new QListView(this)), m_decision(new ReplyDecisionBox(this)),
      m_answer(new AnswerBox(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxPage"));
    qRegisterMetaType<ConversationsReply>();
    qRegisterMetaType<ThreadReply>();
    qRegisterMetaType<InboxCountsReply>();
    qRegisterMetaType<InboxResult>();
    m_worker.setObjectName(QStringLiteral("inbox loader"));
    m_loader->moveToThread(&m_worker);
    connect(&m_worker, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &InboxLoader::conversationsLoaded, this, &InboxPage::onConversationsLoaded);
    connect(m_loader, &InboxLoader::threadLoaded, this, &InboxPage::onThreadLoaded);
    connect(m_loader, &InboxLoader::countsLoaded, this, &InboxPage::onCountsLoaded);
    connect(m_loader, &InboxLoader::performed, this, &InboxPage::onPerformed);
    m_worker.start();

    auto* title = new QLabel(tr("Inbox"), this);
    title->setFont(scaledBold(title->font(), 1.15));
    m_banner->setObjectName(QStringLiteral("inboxBanner"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPane());
    splitter->addWidget(m_rightStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    const int unit = fontMetrics().averageCharWidth();
    // The list wide enough for a deadline badge on one line; the thread takes the rest.
    splitter->setSizes({unit * 64, unit * 110});

    m_noConversation->setObjectName(QStringLiteral("noConversationText"));
    m_noConversation->setText(tr("Choose a conversation to read it and answer."));
    m_noConversation->setAlignment(Qt::AlignCenter);
    m_noConversation->setWordWrap(true);
    m_noConversation->setForegroundRole(QPalette::PlaceholderText);
    m_rightStack->addWidget(m_noConversation);
    m_rightStack->addWidget(createConversationPane());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_searchText = m_search->text().trimmed();
        refreshList();
    });
    // Replies arrive without the window being told: the counts are read again every so often,
    // the list too while it is shown.
    m_refreshTimer->setInterval(RefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        const QDateTime now = Clock::currentUtc();
        m_conversations->setNow(now);
        m_thread->setNow(now);
        refreshCounts();
        if (isVisible()) {
            refreshList();
            refreshThread();
        }
    });
    m_refreshTimer->start();

    refreshCounts();
    refreshList();
}

InboxPage::~InboxPage()
{
    // Reads still queued are dropped; changes already asked for are made before the thread ends.
    m_latest->conversations.store(std::numeric_limits<quint64>::max());
    m_latest->thread.store(std::numeric_limits<quint64>::max());
    m_latest->counts.store(std::numeric_limits<quint64>::max());
    QMetaObject::invokeMethod(
        m_loader, [thread = &m_worker] { thread->quit(); }, Qt::QueuedConnection);
    m_worker.wait();
}

QWidget* InboxPage::createListPane()
{
    auto* pane = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("inboxFilter"));
    m_filterBar->setAccessibleName(tr("Show"));
    m_filterBar->setExpanding(false);
    m_filterBar->setDrawBase(false);
    for (int i = 0; i < filterOrder().size(); ++i)
        m_filterBar->addTab(QString());
    m_filterBar->setTabToolTip(0, tr("Conversations with replies nobody handled yet"));
    m_filterBar->setTabToolTip(1, tr("Possible opt-outs to decide, the nearest deadline first"));
    m_filterBar->setTabToolTip(2, tr("Every conversation, the latest first"));
    updateFilterLabels();
    connect(m_filterBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0 || index >= filterOrder().size() || filterOrder().at(index) == m_filter)
            return;
        m_filter = filterOrder().at(index);
        refreshList();
    });

    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search name, number or text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InboxPage::onListCurrentChanged);

    m_listEmpty->setObjectName(QStringLiteral("inboxEmptyText"));
    m_listEmpty->setTextFormat(Qt::PlainText); // it may quote the search
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setMargin(fontMetrics().averageCharWidth() * 3);
    m_listEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_listEmpty);

    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_search);
    layout->addWidget(m_listStack, 1);
    pane->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    return pane;
}

QWidget* InboxPage::createConversationPane()
{
    m_conversationPane->setObjectName(QStringLiteral("conversationPane"));
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_title->setTextFormat(Qt::PlainText); // a name is data
    m_title->setFont(scaledBold(m_title->font(), 1.3));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("conversationSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_threadView->setObjectName(QStringLiteral("threadView"));
    m_threadView->setAccessibleName(tr("Conversation"));
    m_threadView->setModel(m_thread);
    m_threadView->setItemDelegate(new ThreadDelegate(m_threadView));
    m_threadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_threadView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_threadView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_threadView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_threadView->setUniformItemSizes(false);
    // Bubbles wrap to the view's width: lay them out again when it changes.
    m_threadView->setResizeMode(QListView::Adjust);
    // The bubbles draw their own selection; the style's row highlight would hide their shape.
    m_threadView->setStyleSheet(
        QStringLiteral("QListView#threadView::item:selected { background: transparent; }"
                       "QListView#threadView::item:hover { background: transparent; }"));
    connect(m_threadView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InboxPage::onThreadSelectionChanged);

    connect(m_decision, &ReplyDecisionBox::optOutRequested, this,
            [this](qint64 replyId, OptOutReason reason, const QString& reasonText) {
                InboxRequest request;
                request.action = InboxRequest::Action::DecideOptOut;
                request.phone = m_phone;
                request.replyId = replyId;
                request.reason = reason;
                request.text = reasonText;
                perform(request);
            });
    connect(m_decision, &ReplyDecisionBox::notOptOutRequested, this, [this](qint64 replyId) {
        InboxRequest request;
        request.action = InboxRequest::Action::DecideNotOptOut;
        request.phone = m_phone;
        request.replyId = replyId;
        perform(request);
    });
    connect(m_answer, &AnswerBox::sendRequested, this, [this](const QString& text) {
        InboxRequest request;
        request.action = InboxRequest::Action::SendAnswer;
        request.phone = m_phone;
        request.text = text;
        perform(request);
    });
    connect(m_answer, &AnswerBox::handledToggled, this, [this](bool handled) {
        InboxRequest request;
        request.action = InboxRequest::Action::MarkHandled;
        request.phone = m_phone;
        request.handled = handled;
        perform(request);
    });

    auto* layout = new QVBoxLayout(m_conversationPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_threadView, 1);
    layout->addWidget(m_decision);
    layout->addWidget(m_answer);
    return m_conversationPane;
}

void InboxPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void InboxPage::refresh()
{
    const QDateTime now = Clock::currentUtc();
    m_conversations->setNow(now);
    m_thread->setNow(now);
    refreshList();
    refreshThread();
    refreshCounts();
}

void InboxPage::refreshList()
{
    const quint64 generation = ++m_latest->conversations;
    m_listBusy = true;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation, filter = m_filter, search = m_searchText] {
            loader->loadConversations(generation, filter, search);
        },
        Qt::QueuedConnection);
}

void InboxPage::refreshThread()
{
    if (m_phone.isEmpty())
        return;
    const quint64 generation = ++m_latest->thread;
    m_threadBusy = true;
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, generation, phone = m_phone] { loader->loadThread(generation, phone); },
        Qt::QueuedConnection);
}

void InboxPage::refreshCounts()
{
    const quint64 generation = ++m_latest->counts;
    m_countsBusy = true;
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, generation] { loader->loadCounts(generation); }, Qt::QueuedConnection);
}

void InboxPage::perform(InboxRequest request)
{
    if (request.phone.isEmpty())
        return;
    request.id = ++m_nextRequest;
    ++m_pendingWrites;
    using Action = InboxRequest::Action;
    if (request.action == Action::DecideOptOut || request.action == Action::DecideNotOptOut)
        m_decisionBusy = true;
    if (request.action == Action::SendAnswer || request.action == Action::MarkHandled)
        m_answerBusy = true;
    updateBusy();
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, request] { loader->perform(request); }, Qt::QueuedConnection);
}

bool InboxPage::isBusy() const
{
    return m_listBusy || m_threadBusy || m_countsBusy || m_pendingWrites > 0;
}

void InboxPage::setFilter(Inbox::Filter filter)
{
    m_filterBar->setCurrentIndex(int(filterOrder().indexOf(filter)));
}

void InboxPage::onConversationsLoaded(const ConversationsReply& reply)
{
    if (reply.generation != m_latest->conversations.load())
        return; // a newer answer is on its way
    m_listBusy = false;
    if (!reply.error.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The conversations could not be read: %1").arg(reply.error));
        return;
    }
    m_conversations->setConversations(reply.conversations);
    // The conversation on the right stays open even when the list no longer has it (an answer
    // sent, a decision made): the person sees what they did.
    const int row = m_conversations->rowOf(m_phone);
    if (row >= 0) {
        m_list->selectionModel()->setCurrentIndex(m_conversations->index(row),
                                                  QItemSelectionModel::ClearAndSelect);
        m_current = *m_conversations->conversation(m_phone);
        showHeader();
    } else {
        m_list->selectionModel()->clear();
    }
    updateEmptyText(reply.anyReplies);
    m_listStack->setCurrentWidget(reply.conversations.isEmpty() ? static_cast<QWidget*>(m_listEmpty)
                                                                : m_list);
}

void InboxPage::onListCurrentChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // a reset in passing: the selection is restored by number
    const QString phone = m_conversations->phoneAt(current.row());
    if (!phone.isEmpty() && phone != m_phone)
        openConversation(phone);
}

void InboxPage::openConversation(const QString& phone)
{
    if (phone.isEmpty())
        return;
    if (phone != m_phone) {
        m_phone = phone;
        m_selectedReplyId = 0;
        m_suppression = Suppression{};
        m_thread->clear();
        m_decision->showReply(nullptr, Clock::currentUtc());
        m_answer->setPhone(phone);
        m_scrollOnLoad = true;
    }
    if (const Conversation* c = m_conversations->conversation(phone)) {
        m_current = *c;
        const QModelIndex index = m_conversations->index(m_conversations->rowOf(phone));
        if (m_list->selectionModel()->currentIndex() != index)
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    } else if (m_current.phone != phone) {
        m_current = Conversation{};
        m_current.phone = phone;
    }
    m_rightStack->setCurrentWidget(m_conversationPane);
    showHeader();
    refreshThread();
    if (m_current.unread > 0) {
        // Shown read at once; the worker writes it.
        m_conversations->setUnread(phone, 0);
        m_current.unread = 0;
        InboxRequest request;
        request.action = InboxRequest::Action::MarkRead;
        request.phone = phone;
        perform(request);
    }
}

void InboxPage::onThreadLoaded(const ThreadReply& reply)
{
    if (reply.generation != m_latest->thread.load())
        return;
    m_threadBusy = false;
    if (reply.phone != m_phone)
        return;
    if (!reply.error.isEmpty())
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The conversation could not be read: %1").arg(reply.error));
    m_suppression = reply.suppression;
    // Where the reader is: at the end (new lines come into view), or at a line that stays there.
    const QScrollBar* bar = m_threadView->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const QModelIndex top = m_threadView->indexAt(QPoint(1, 1));
    const bool topIncoming = top.data(ThreadModel::IncomingRole).toBool();
    const qint64 topId = top.data(ThreadModel::IdRole).toLongLong();
    {
        const QSignalBlocker quiet(m_threadView->selectionModel());
        m_thread->setThread(reply.phone, reply.entries, reply.replies);
    }
    // The reply chosen stays chosen; a newly opened conversation starts at what needs deciding.
    const bool keep = m_selectedReplyId != 0 && m_thread->rowOfReply(m_selectedReplyId) >= 0;
    selectReply(keep ? m_selectedReplyId : m_thread->replyToDecide());
    if (m_scrollOnLoad) {
        m_scrollOnLoad = false;
        const int row = m_thread->rowOfReply(m_selectedReplyId);
        if (row >= 0 && row < m_thread->rowCount() - 1)
            m_threadView->scrollTo(m_thread->index(row), QAbstractItemView::PositionAtCenter);
        else
            m_threadView->scrollToBottom();
    } else if (atEnd) {
        m_threadView->scrollToBottom();
    } else if (const int row = top.isValid() ? m_thread->rowOf(topIncoming, topId) : -1; row >= 0) {
        m_threadView->scrollTo(m_thread->index(row), QAbstractItemView::PositionAtTop);
    }
    m_answer->setHandled(m_thread->allHandled());
    showHeader();
}

void InboxPage::selectReply(qint64 replyId)
{
    const int row = replyId == 0 ? -1 : m_thread->rowOfReply(replyId);
    {
        const QSignalBlocker quiet(m_threadView->selectionModel());
        if (row < 0)
            m_threadView->selectionModel()->clear();
        else
            m_threadView->selectionModel()->setCurrentIndex(m_thread->index(row),
                                                            QItemSelectionModel::ClearAndSelect);
    }
    m_threadView->viewport()->update();
    m_selectedReplyId = row < 0 ? 0 : replyId;
    showDecision();
}

void InboxPage::onThreadSelectionChanged()
{
    const QModelIndexList selected = m_threadView->selectionModel()->selectedIndexes();
    m_selectedReplyId = selected.isEmpty() ? 0 : m_thread->replyIdAt(selected.first().row());
    showDecision();
}

void InboxPage::showDecision()
{
    m_decision->showReply(m_thread->reply(m_selectedReplyId), Clock::currentUtc());
}

void InboxPage::showHeader()
{
    m_title->setText(InboxFormats::title(m_current));
    QStringList parts;
    if (!m_current.name.isEmpty())
        parts.append(InboxFormats::number(m_current.phone));
    if (m_suppression.optedOut())
        parts.append(tr("Unsubscribed since %1: no message goes to this number")
                         .arg(DisplayFormats::date(m_suppression.optedOutAt.toLocalTime().date())));
    if (m_suppression.excluded())
        parts.append(tr("Excluded by hand since %1: no message goes to this number")
                         .arg(DisplayFormats::date(m_suppression.excludedAt.toLocalTime().date())));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!parts.isEmpty());
}

void InboxPage::onCountsLoaded(const InboxCountsReply& reply)
{
    if (reply.generation != m_latest->counts.load())
        return;
    m_countsBusy = false;
    if (!reply.error.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error, tr("The inbox could not be counted: %1").arg(reply.error));
        return;
    }
    m_counts = reply.counts;
    updateFilterLabels();
    Q_EMIT countsChanged(m_counts);
}

void InboxPage::onPerformed(const InboxResult& result)
{
    --m_pendingWrites;
    using Action = InboxRequest::Action;
    const InboxRequest& request = result.request;
    const bool failed = !result.error.isEmpty();
    const QString who = InboxFormats::number(request.phone);
    switch (request.action) {
    case Action::MarkRead:
        if (failed)
            m_banner->show(MessageBanner::Kind::Error,
                           tr("The replies could not be marked read: %1").arg(result.error));
        break;
    case Action::MarkHandled:
        m_answerBusy = false;
        if (failed && request.phone == m_phone)
            m_answer->showError(result.error);
        else if (failed)
            m_banner->show(MessageBanner::Kind::Error, result.error);
        else if (request.handled && request.phone == m_phone && m_thread->anyUndecided())
            m_answer->showInfo(
                tr("Handled, except the possible opt-out: it stays open until you decide it."));
        break;
    case Action::SendAnswer:
        m_answerBusy = false;
        if (request.phone != m_phone) {
            // Written for another conversation meanwhile: tell it in the banner.
            if (failed)
                m_banner->show(MessageBanner::Kind::Error, result.error);
            else
                m_banner->show(MessageBanner::Kind::Information, tr("The answer to %1 is queued.").arg(who));
            break;
        }
        if (failed) {
            m_answer->showError(result.error); // the text stays, to change or copy
        } else {
            m_answer->clearText();
            m_answer->showInfo(tr("Queued: it goes out before any campaign message."));
        }
        break;
    case Action::DecideOptOut:
        m_decisionBusy = false;
        if (failed) {
            if (request.phone == m_phone && m_decision->replyId() == request.replyId)
                m_decision->showError(result.error);
            else
                m_banner->show(MessageBanner::Kind::Error, result.error);
        } else if (result.replyAction == ReplyAction::AlreadyOptedOut) {
            m_banner->show(MessageBanner::Kind::Information,
                           tr("%1 was already unsubscribed; the reason “%2” is stored with it.")
                               .arg(who, OptOutReasons::label(request.reason)));
        } else {
            m_banner->show(
                MessageBanner::Kind::Information,
                result.queuedId > 0
                    ? tr("%1 is unsubscribed (%2). A confirmation is sent once.")
                          .arg(who, OptOutReasons::label(request.reason))
                    : tr("%1 is unsubscribed (%2).").arg(who, OptOutReasons::label(request.reason)));
        }
        break;
    case Action::DecideNotOptOut:
        m_decisionBusy = false;
        if (failed)
            m_decision->showError(result.error);
        else
            m_banner->show(MessageBanner::Kind::Information,
                           tr("%1 stays subscribed: the reply is marked as not an opt-out.").arg(who));
        break;
    }
    updateBusy();
    if (!failed && result.queuedId > 0)
        Q_EMIT messagesQueued();
    refreshList();
    if (request.phone == m_phone)
        refreshThread();
    refreshCounts();
}

void InboxPage::updateBusy()
{
    m_decision->setBusy(m_decisionBusy);
    m_answer->setBusy(m_answerBusy);
}

void InboxPage::updateFilterLabels()
{
    m_filterBar->setTabText(0, tr("Open"));
    m_filterBar->setTabText(1, m_counts.review > 0
                                   ? tr("To review (%1)").arg(QLocale().toString(m_counts.review))
                                   : tr("To review"));
    m_filterBar->setTabText(2, tr("All"));
}

void InboxPage::updateEmptyText(bool anyReplies)
{
    QString text;
    if (!m_searchText.isEmpty())
        text = tr("No conversation matches “%1”.").arg(m_searchText);
    else if (!anyReplies)
        text = tr("No replies yet. Replies to your campaigns appear here; STOP, START and HELP are handled "
                  "automatically.");
    else if (m_filter == Inbox::Filter::Open)
        text =
            tr("Nothing to answer. Replies that need a person appear here; STOP, START and HELP are handled "
               "automatically.");
    else if (m_filter == Inbox::Filter::Review)
        text = tr("No possible opt-outs to decide. Unclear replies such as “wrong number” appear here with "
                  "the date to decide by.");
    else
        text = tr("No replies yet.");
    m_listEmpty->setText(text);
}
