#pragma once

#include "contacts/optoutreason.h"
#include "contacts/suppression.h"
#include "gateways/gateway.h"
#include "replyclassification.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace textwell {

// What was done about a reply. Stored as the code.
struct ReplyAction
{
    Q_DECLARE_TR_FUNCTIONS(ReplyAction)

public:
    static inline const QString OptedOut = QStringLiteral("opted_out");
    static inline const QString AlreadyOptedOut = QStringLiteral("already_opted_out");
    static inline const QString OptedIn = QStringLiteral("opted_in");
    static inline const QString StillExcluded =
        QStringLiteral("still_excluded");                                      // opted in, excluded by hand
    static inline const QString NotOptedOut = QStringLiteral("not_opted_out"); // START with nothing to undo
    static inline const QString NotInBook = QStringLiteral("not_in_book");     // START from a stranger
    static inline const QString HelpSent = QStringLiteral("help_sent");
    static inline const QString Suppressed = QStringLiteral("suppressed"); // HELP from a suppressed number
    static inline const QString Superseded = QStringLiteral("superseded"); // a later STOP/START came first
    static inline const QString ReasonStored = QStringLiteral("reason_stored");
    static inline const QString DecidedOptOut = QStringLiteral("decided_opt_out");
    static inline const QString DecidedNotOptOut = QStringLiteral("decided_not_opt_out");
    static inline const QString Joined = QStringLiteral("joined"); // JOIN: subscribed and welcomed
    static inline const QString JoinExcluded =
        QStringLiteral("join_excluded"); // JOIN from a number excluded by hand: nothing changed
    static inline const QString AlreadySubscribed = QStringLiteral("already_subscribed"); // JOIN again
    static inline const QString Confirmed = QStringLiteral("confirmed"); // YES to a confirmation request
    static inline const QString NotAsked = QStringLiteral("not_asked");  // YES nobody asked for
    static QString label(const QString& code);
};

// One reply as stored.
struct StoredReply
{
    qint64 id = 0;
    QString phone;
    QString body;
    QDateTime receivedAt;
    QString source;
    ReplyClassification classification;
    QString action;
    qint64 campaignId = 0;
    bool read = false;
    bool handled = false;
    QDateTime reviewDue; // review replies not yet decided
    QDateTime decidedAt;
    QString decidedBy;
};

// What receive() did.
struct ReceivedReply
{
    StoredReply reply;
    bool duplicate = false; // the same reply was stored before: nothing was done again
    qint64 answerId = 0;    // the outbox row of the confirmation or help text, 0 for none
};

// A number's replies, for the Inbox's list.
struct Conversation
{
    QString phone;
    QString name; // of the person in the book, empty for a stranger
    QString lastText;
    QDateTime lastAt;
    int unread = 0;
    int open = 0;            // not handled yet
    QDateTime reviewDue;     // the earliest deadline of its undecided review replies; invalid for none
    bool suppressed = false; // unsubscribed or excluded
};

// One line of a conversation: a reply received, or a message sent to the number.
struct ThreadEntry
{
    bool incoming = true;
    qint64 id = 0; // the reply's or the outbox row's
    QString body;
    QDateTime at;
    QString kind;   // incoming: a ReplyClassification code; outgoing: the message's purpose
    QString status; // incoming: the action; outgoing: the message state
    QString reasonCode;
    QDateTime reviewDue;
};

// Replies: stored, read and acted on in one transaction each, and the Inbox's view of them.
//
// receive() stores a reply and acts on it before it commits: an opt-out suppresses the number
// (so a running campaign's next claim sees it), START re-subscribes, JOIN subscribes (adding the
// person) and is welcomed, YES to a confirmation request confirms the consent (double opt-in), HELP
// is answered where the number's rule pack wants it. An answer
// is an outbox row without a campaign that the dispatcher sends first; an opt-out is confirmed
// once, only when it changed something. A reply delivered twice is stored once; one older than a
// STOP or START already taken from the number is kept but not acted on.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    // actor: who decides by hand ("anna"); the gateway's replies are recorded as "sms".
    Inbox(QSqlDatabase db, QString defaultRegion, QString actor);

    Result<ReceivedReply> receive(const IncomingReply& reply);

    enum class Filter
    {
        Open,   // with replies nobody handled yet
        Review, // with possible opt-outs to decide
        All,
    };
    Result<QVector<Conversation>> conversations(Filter filter, const QString& search = QString(),
                                                int limit = 500) const;
    Result<QVector<ThreadEntry>> thread(const QString& phone) const;
    Result<StoredReply> reply(qint64 id) const;
    // The number's latest replies in full (as many as thread() shows), newest first.
    Result<QVector<StoredReply>> repliesFrom(const QString& phone) const;
    // Undecided possible opt-outs, the nearest deadline first.
    Result<QVector<StoredReply>> reviewQueue() const;
    struct Counts
    {
        int unread = 0;
        int review = 0;
        int overdue = 0; // review replies past their deadline
    };
    Result<Counts> counts(const QDateTime& nowUtc) const;

    Status markRead(const QString& phone);
    Status markHandled(const QString& phone, bool handled);
    // A person's decision about a reply: it is an opt-out (with its reason) ...
    Result<ReceivedReply> decideOptOut(qint64 replyId, OptOutReason reason, const QString& reasonText);
    // ... or it is not.
    Status decideNotOptOut(qint64 replyId);
    // Queues a message to the number, answering its replies. Refused for suppressed numbers.
    Result<qint64> sendAnswer(const QString& phone, const QString& text);

    // The legal deadline to decide a possible opt-out: 10 business days (Monday to Friday) after
    // the day it came, at the end of that day, local time.
    static QDateTime reviewDeadline(const QDateTime& receivedUtc);
    static constexpr int ReviewBusinessDays = 10;
    // Business days left until a deadline; negative when past.
    static int businessDaysLeft(const QDateTime& nowUtc, const QDateTime& deadlineUtc);

    // The number a gateway wrote, in E.164: "79161234567" from Kannel is "+79161234567" when a
    // person or a message of ours has that number, or when it is no number of the default region.
    Result<QString> senderNumber(const QString& raw) const;

private:
    struct Acted
    {
        QString action;
        qint64 answerId = 0;
        bool handled = true;
        QString reasonCode = {}; // a reason learned by acting (a digit answering "why?")
    };
    Result<Acted> act(const StoredReply& reply, const QString& language);
    enum class DecidedBy
    {
        Reply,  // the reply's keyword or phrase
        Person, // someone at the desk read it
    };
    Result<Acted> optOut(const StoredReply& reply, const QString& reasonCode, const QString& reasonText,
                         const QString& language, DecidedBy decidedBy);
    Result<Acted> join(const StoredReply& reply, const QString& language, const Suppression& suppression);
    Result<Acted> confirm(const StoredReply& reply, const Suppression& suppression);
    Result<qint64> queueAnswer(const QString& phone, const QString& body, const QString& purpose,
                               qint64 replyId);
    // The person's language, empty when not known.
    QString personLanguage(const QString& phone) const;
    Result<qint64> lastCampaign(const QString& phone, const QDateTime& before) const;
    Result<bool> supersededBy(const StoredReply& reply) const;
    Result<bool> knownNumber(const QString& e164) const;
    Status setAction(const StoredReply& reply, const Acted& acted);

    QSqlDatabase m_db;
    QString m_region;
    QString m_actor;
};

} // namespace textwell
