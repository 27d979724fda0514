#include "threadmodel.h"

#include "campaigns/outboxmessage.h"
#include "contacts/optoutreason.h"
#include "inboxformats.h"
#include "util/clock.h"

using namespace textwell;

namespace {
const QString Separator = QStringLiteral(" · ");
}

ThreadModel::ThreadModel(QObject* parent) : QAbstractListModel(parent), m_now(Clock::currentUtc()) {}

int ThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

bool ThreadModel::isUndecidedReview(const StoredReply& reply)
{
    return reply.classification.kind == ReplyClassification::Kind::Review && !reply.decidedAt.isValid();
}

bool ThreadModel::canDecide(const StoredReply& reply)
{
    // What was acted on when it came (an opt-out, a help request answered) is handled; a person
    // decides the rest. A sender that is no phone number cannot be unsubscribed.
    if (isUndecidedReview(reply))
        return true;
    return !reply.handled && !reply.decidedAt.isValid() && reply.phone.startsWith(QLatin1Char('+'));
}

QString ThreadModel::metaText(const ThreadEntry& entry) const
{
    QStringList parts{InboxFormats::lineTime(entry.at, m_now)};
    if (!entry.incoming) {
        parts.append(OutboxPurpose::label(entry.kind));
        if (const std::optional<MessageState> state = OutboxMessage::stateFromCode(entry.status))
            parts.append(OutboxMessage::stateLabel(*state));
        return parts.join(Separator);
    }
    const ReplyClassification::Kind kind =
        ReplyClassification::kindFromCode(entry.kind).value_or(ReplyClassification::Kind::Other);
    parts.append(ReplyClassification::kindLabel(kind));
    const StoredReply* stored = reply(entry.id);
    if (stored && isUndecidedReview(*stored)) {
        parts.append(InboxFormats::deadline(stored->reviewDue, m_now));
        return parts.join(Separator);
    }
    if (const QString done = ReplyAction::label(entry.status); !done.isEmpty())
        parts.append(done);
    else if (stored)
        parts.append(stored->handled ? tr("Handled") : tr("Open"));
    if (const std::optional<OptOutReason> reason = OptOutReasons::fromCode(entry.reasonCode))
        parts.append(tr("Reason: %1").arg(OptOutReasons::label(*reason)));
    return parts.join(Separator);
}

QVariant ThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ThreadEntry& entry = m_entries.at(index.row());
    const StoredReply* stored = entry.incoming ? reply(entry.id) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return entry.body;
    case IdRole:
        return entry.id;
    case IncomingRole:
        return entry.incoming;
    case MetaRole:
        return metaText(entry);
    case UndecidedRole:
        return stored && isUndecidedReview(*stored);
    case UrgencyRole:
        return static_cast<int>(stored && isUndecidedReview(*stored)
                                    ? InboxFormats::urgency(stored->reviewDue, m_now)
                                    : InboxFormats::Urgency::None);
    case Qt::AccessibleTextRole:
        return QString((entry.incoming ? tr("Received: %1") : tr("Sent: %1")).arg(entry.body) +
                       QLatin1Char('\n') + metaText(entry));
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ThreadModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // Only replies are chosen, to decide about them; what was sent is there to read.
    return m_entries.at(index.row()).incoming ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

void ThreadModel::setThread(const QString& phone, const QVector<ThreadEntry>& entries,
                            const QHash<qint64, StoredReply>& replies)
{
    bool sameLines = phone == m_phone && entries.size() == m_entries.size();
    for (int i = 0; sameLines && i < entries.size(); ++i)
        sameLines =
            entries.at(i).incoming == m_entries.at(i).incoming && entries.at(i).id == m_entries.at(i).id;
    if (sameLines) {
        // The same lines with news (a state, a decision): the selection stays.
        m_entries = entries;
        m_replies = replies;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
        return;
    }
    beginResetModel();
    m_phone = phone;
    m_entries = entries;
    m_replies = replies;
    endResetModel();
}

void ThreadModel::clear()
{
    beginResetModel();
    m_phone.clear();
    m_entries.clear();
    m_replies.clear();
    endResetModel();
}

void ThreadModel::setNow(const QDateTime& nowUtc)
{
    m_now = nowUtc;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

const StoredReply* ThreadModel::reply(qint64 id) const
{
    auto found = m_replies.constFind(id);
    return found == m_replies.constEnd() ? nullptr : &*found;
}

int ThreadModel::rowOfReply(qint64 id) const
{
    return rowOf(true, id);
}

int ThreadModel::rowOf(bool incoming, qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).incoming == incoming && m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

qint64 ThreadModel::replyIdAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).incoming)
        return 0;
    return m_entries.at(row).id;
}

qint64 ThreadModel::replyToDecide() const
{
    const StoredReply* nearest = nullptr;
    const StoredReply* latestOpen = nullptr;
    for (const ThreadEntry& entry : m_entries) {
        const StoredReply* r = entry.incoming ? reply(entry.id) : nullptr;
        if (!r)
            continue;
        if (isUndecidedReview(*r) && (!nearest || r->reviewDue < nearest->reviewDue))
            nearest = r;
        if (!r->handled)
            latestOpen = r; // oldest first: the last one seen is the latest
    }
    if (nearest)
        return nearest->id;
    return latestOpen ? latestOpen->id : 0;
}

bool ThreadModel::allHandled() const
{
    for (const StoredReply& r : m_replies) {
        if (!r.handled)
            return false;
    }
    return true;
}

bool ThreadModel::anyUndecided() const
{
    for (const StoredReply& r : m_replies) {
        if (isUndecidedReview(r))
            return true;
    }
    return false;
}
