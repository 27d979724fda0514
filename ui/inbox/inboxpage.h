#pragma once

#include "inboxloader.h"

#include <QDateTime>
#include <QThread>
#include <QWidget>

#include <memory>

class AnswerBox;
class ConversationListModel;
class MessageBanner;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTabBar;
class QTimer;
class ReplyDecisionBox;
class ThreadModel;

namespace textwell {
class Connection;
}

// The Inbox screen: conversations on the left (Open, To review by deadline, All; search), the
// chosen one's thread on the right with its answer box and, for a reply that may be an opt-out,
// the decision. Every read and write runs on the loader's thread with its own connection; the
// window only sends requests and shows answers, so it never waits on the database.
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(textwell::Connection* connection, QWidget* parent = nullptr);
    ~InboxPage() override;

    // How often the counts (and, while shown, the list) are read again without news.
    static constexpr int RefreshMs = 30000;

    void setFilter(textwell::Inbox::Filter filter);
    textwell::Inbox::Filter filter() const { return m_filter; }
    // Opens a number's conversation (and marks its replies read).
    void openConversation(const QString& phone);
    const QString& currentPhone() const { return m_phone; }
    qint64 selectedReplyId() const { return m_selectedReplyId; }
    // Chooses a reply in the thread, as a click on it does.
    void selectReply(qint64 replyId);
    const textwell::Inbox::Counts& counts() const { return m_counts; }
    // Whether a read or a change is still on its way.
    bool isBusy() const;

    ConversationListModel* conversationModel() const { return m_conversations; }
    ThreadModel* threadModel() const { return m_thread; }

public Q_SLOTS:
    // Reads the list, the open conversation and the counts again.
    void refresh();
    void refreshCounts();

Q_SIGNALS:
    // The unread and review counts, for the sidebar.
    void countsChanged(const textwell::Inbox::Counts& counts);
    // A message was queued (an answer, an opt-out confirmation): the sender may look now.
    void messagesQueued();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createListPane();
    QWidget* createConversationPane();
    void refreshList();
    void refreshThread();
    void perform(InboxRequest request);

    void onConversationsLoaded(const ConversationsReply& reply);
    void onThreadLoaded(const ThreadReply& reply);
    void onCountsLoaded(const InboxCountsReply& reply);
    void onPerformed(const InboxResult& result);
    void onListCurrentChanged();
    void onThreadSelectionChanged();

    void showHeader();
    void showDecision();
    void updateFilterLabels();
    void updateEmptyText(bool anyReplies);
    void updateBusy();

    std::shared_ptr<InboxGenerations> m_latest;
    QThread m_worker;
    InboxLoader* m_loader;
    ConversationListModel* m_conversations;
    ThreadModel* m_thread;

    MessageBanner* m_banner;
    QTabBar* m_filterBar;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QStackedWidget* m_listStack;
    QListView* m_list;
    QLabel* m_listEmpty;
    QStackedWidget* m_rightStack;
    QLabel* m_noConversation;
    QWidget* m_conversationPane;
    QLabel* m_title;
    QLabel* m_subtitle;
    QListView* m_threadView;
    ReplyDecisionBox* m_decision;
    AnswerBox* m_answer;
    QTimer* m_refreshTimer;

    textwell::Inbox::Filter m_filter = textwell::Inbox::Filter::Open;
    QString m_searchText;
    QString m_phone;                  // the conversation shown on the right
    textwell::Conversation m_current; // its list row as last seen
    textwell::Suppression m_suppression;
    qint64 m_selectedReplyId = 0;
    bool m_scrollOnLoad = false; // a newly opened thread shows its end
    textwell::Inbox::Counts m_counts;
    quint64 m_nextRequest = 0;
    int m_pendingWrites = 0;
    bool m_listBusy = false;
    bool m_threadBusy = false;
    bool m_countsBusy = false;
    bool m_decisionBusy = false;
    bool m_answerBusy = false;
};
