#pragma once

#include "contacts/optoutreason.h"
#include "contacts/suppression.h"
#include "inbound/inbox.h"
#include "storage/lazyconnection.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

// The newest request of each kind of read: an answer to an older one is dropped, on the worker
// before it runs and in the window when it arrives.
struct InboxGenerations
{
    std::atomic<quint64> conversations{0};
    std::atomic<quint64> thread{0};
    std::atomic<quint64> counts{0};
};

// The conversations of one filter and search.
struct ConversationsReply
{
    quint64 generation = 0;
    QString error;
    QVector<textwell::Conversation> conversations;
    bool anyReplies = true; // false when the database has no reply at all (for the empty list's text)
};
Q_DECLARE_METATYPE(ConversationsReply)

// One number's conversation, and what deciding about its replies needs to know.
struct ThreadReply
{
    quint64 generation = 0;
    QString phone;
    QString error;
    QVector<textwell::ThreadEntry> entries;       // oldest first
    QHash<qint64, textwell::StoredReply> replies; // the incoming entries' replies, by id
    textwell::Suppression suppression;
};
Q_DECLARE_METATYPE(ThreadReply)

struct InboxCountsReply
{
    quint64 generation = 0;
    QString error;
    textwell::Inbox::Counts counts;
};
Q_DECLARE_METATYPE(InboxCountsReply)

// A change the person asked for. Changes are never dropped: each one is made and answered.
struct InboxRequest
{
    enum class Action
    {
        MarkRead,
        MarkHandled, // handled: `handled`
        DecideOptOut,
        DecideNotOptOut,
        SendAnswer,
    };
    quint64 id = 0;
    Action action = Action::MarkRead;
    QString phone;
    qint64 replyId = 0;
    bool handled = true;
    textwell::OptOutReason reason = textwell::OptOutReason::Other;
    QString text; // the answer, or the reason in the person's words
};

struct InboxResult
{
    InboxRequest request;
    QString error;       // empty when it was done
    qint64 queuedId = 0; // the outbox row it queued (an answer, an opt-out confirmation); 0 for none
    QString replyAction; // DecideOptOut: what was done, a ReplyAction code
};
Q_DECLARE_METATYPE(InboxResult)

// Reads and writes the Inbox on its own thread with its own connection: the lists grow with the
// replies, and every change is a transaction that may wait for the sender's. Requests arrive as
// queued calls; answers leave as signals.
class InboxLoader : public QObject
{
    Q_OBJECT

public:
    // actor: who decides by hand, for the history.
    InboxLoader(QString databasePath, QString actor, std::shared_ptr<InboxGenerations> latest);
    ~InboxLoader() override;

    // Called on the loader's thread.
    void loadConversations(quint64 generation, textwell::Inbox::Filter filter, const QString& search);
    void loadThread(quint64 generation, const QString& phone);
    void loadCounts(quint64 generation);
    void perform(const InboxRequest& request);

Q_SIGNALS:
    void conversationsLoaded(const ConversationsReply& reply);
    void threadLoaded(const ThreadReply& reply);
    void countsLoaded(const InboxCountsReply& reply);
    void performed(const InboxResult& result);

private:
    // The Inbox on this thread's connection, with the region as set now; empty with `error` set.
    std::optional<textwell::Inbox> inbox(QString* error);

    textwell::LazyConnection m_db;
    QString m_actor;
    std::shared_ptr<InboxGenerations> m_latest;
};
