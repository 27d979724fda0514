#include "inboxloader.h"

#include "contacts/addressbook.h"
#include "storage/businesssettings.h"
#include "util/clock.h"

#include <algorithm>

using namespace textwell;

InboxLoader::InboxLoader(QString databasePath, QString actor, std::shared_ptr<InboxGenerations> latest)
    : m_db(std::move(databasePath)), m_actor(std::move(actor)), m_latest(std::move(latest))
{}

InboxLoader::~InboxLoader() = default;

std::optional<Inbox> InboxLoader::inbox(QString* error)
{
    if (Status opened = m_db.open(); !opened) {
        *error = opened.error();
        return std::nullopt;
    }
    // Read each time: the default country may change in Settings while the app runs.
    const QSqlDatabase db = m_db.database();
    return Inbox(db, BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry), m_actor);
}

void InboxLoader::loadConversations(quint64 generation, Inbox::Filter filter, const QString& search)
{
    if (generation < m_latest->conversations.load())
        return;
    ConversationsReply reply;
    reply.generation = generation;
    if (std::optional<Inbox> box = inbox(&reply.error)) {
        Result<QVector<Conversation>> list = box->conversations(filter, search);
        if (list) {
            reply.conversations = list.takeValue();
            // The review queue is worked through by deadline, the nearest first.
            if (filter == Inbox::Filter::Review)
                std::stable_sort(
                    reply.conversations.begin(), reply.conversations.end(),
                    [](const Conversation& a, const Conversation& b) { return a.reviewDue < b.reviewDue; });
            // An empty filter says what would appear there; with nothing at all, that replies come here.
            if (reply.conversations.isEmpty() && search.trimmed().isEmpty() && filter != Inbox::Filter::All) {
                Result<QVector<Conversation>> any = box->conversations(Inbox::Filter::All, QString(), 1);
                reply.anyReplies = !any || !any.value().isEmpty();
            } else if (reply.conversations.isEmpty() && search.trimmed().isEmpty()) {
                reply.anyReplies = false;
            }
        } else {
            reply.error = list.error();
        }
    }
    if (generation < m_latest->conversations.load())
        return;
    Q_EMIT conversationsLoaded(reply);
}

void InboxLoader::loadThread(quint64 generation, const QString& phone)
{
    if (generation < m_latest->thread.load())
        return;
    ThreadReply reply;
    reply.generation = generation;
    reply.phone = phone;
    std::optional<Inbox> box = inbox(&reply.error);
    if (!box) {
        Q_EMIT threadLoaded(reply);
        return;
    }
    Result<QVector<ThreadEntry>> entries = box->thread(phone);
    if (!entries) {
        reply.error = entries.error();
        Q_EMIT threadLoaded(reply);
        return;
    }
    reply.entries = entries.takeValue();
    // Whether each reply is handled and decided is not part of a thread line: read them all at once.
    Result<QVector<StoredReply>> stored = box->repliesFrom(phone);
    if (stored) {
        for (const StoredReply& r : std::as_const(stored.value()))
            reply.replies.insert(r.id, r);
    } else {
        reply.error = stored.error();
    }
    const QSqlDatabase db = m_db.database();
    Result<Suppression> suppression =
        AddressBook(db, BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry), m_actor)
            .suppression(phone);
    if (suppression)
        reply.suppression = suppression.value();
    else if (reply.error.isEmpty())
        reply.error = suppression.error();
    if (generation < m_latest->thread.load())
        return;
    Q_EMIT threadLoaded(reply);
}

void InboxLoader::loadCounts(quint64 generation)
{
    if (generation < m_latest->counts.load())
        return;
    InboxCountsReply reply;
    reply.generation = generation;
    if (std::optional<Inbox> box = inbox(&reply.error)) {
        Result<Inbox::Counts> counts = box->counts(Clock::currentUtc());
        if (counts)
            reply.counts = counts.value();
        else
            reply.error = counts.error();
    }
    if (generation < m_latest->counts.load())
        return;
    Q_EMIT countsLoaded(reply);
}

void InboxLoader::perform(const InboxRequest& request)
{
    InboxResult result;
    result.request = request;
    std::optional<Inbox> box = inbox(&result.error);
    if (!box) {
        Q_EMIT performed(result);
        return;
    }
    using Action = InboxRequest::Action;
    switch (request.action) {
    case Action::MarkRead:
        if (Status done = box->markRead(request.phone); !done)
            result.error = done.error();
        break;
    case Action::MarkHandled:
        if (Status done = box->markHandled(request.phone, request.handled); !done)
            result.error = done.error();
        break;
    case Action::DecideOptOut: {
        Result<ReceivedReply> done = box->decideOptOut(request.replyId, request.reason, request.text);
        if (done) {
            result.queuedId = done.value().answerId;
            result.replyAction = done.value().reply.action;
        } else {
            result.error = done.error();
        }
        break;
    }
    case Action::DecideNotOptOut:
        if (Status done = box->decideNotOptOut(request.replyId); !done)
            result.error = done.error();
        break;
    case Action::SendAnswer: {
        Result<qint64> queued = box->sendAnswer(request.phone, request.text);
        if (queued)
            result.queuedId = queued.value();
        else
            result.error = queued.error();
        break;
    }
    }
    Q_EMIT performed(result);
}
