#include "conversationlistmodel.h"

#include "inboxformats.h"
#include "util/clock.h"

#include <QTextDocument>

using namespace textwell;

ConversationListModel::ConversationListModel(QObject* parent)
    : QAbstractListModel(parent), m_now(Clock::currentUtc())
{}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Conversation& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return InboxFormats::title(c);
    case PhoneRole:
        return c.phone;
    case LastTextRole:
        return InboxFormats::oneLine(c.lastText);
    case TimeRole:
        return InboxFormats::shortTime(c.lastAt, m_now);
    case UnreadRole:
        return c.unread;
    case ReviewDueRole:
        return c.reviewDue;
    case DeadlineTextRole:
        return InboxFormats::deadline(c.reviewDue, m_now);
    case UrgencyRole:
        return static_cast<int>(InboxFormats::urgency(c.reviewDue, m_now));
    case SuppressedRole:
        return c.suppressed;
    case Qt::ToolTipRole: {
        QStringList lines{InboxFormats::title(c)};
        if (!c.name.isEmpty())
            lines.append(InboxFormats::number(c.phone));
        if (c.suppressed)
            lines.append(tr("Unsubscribed or excluded: no message goes to this number."));
        lines.append(c.lastText.left(300));
        // Replies are data: never let the tooltip read them as markup.
        return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleTextRole: {
        QStringList parts{InboxFormats::title(c), InboxFormats::shortTime(c.lastAt, m_now),
                          InboxFormats::oneLine(c.lastText)};
        if (c.unread > 0)
            parts.append(tr("%n unread", nullptr, c.unread));
        if (c.reviewDue.isValid())
            parts.append(InboxFormats::deadline(c.reviewDue, m_now));
        return parts.join(QStringLiteral(", "));
    }
    default:
        break;
    }
    return {};
}

void ConversationListModel::setConversations(const QVector<Conversation>& conversations)
{
    m_loaded = true;
    bool samePhones = conversations.size() == m_rows.size();
    for (int i = 0; samePhones && i < m_rows.size(); ++i)
        samePhones = m_rows.at(i).phone == conversations.at(i).phone;
    if (samePhones) {
        m_rows = conversations;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = conversations;
    endResetModel();
}

void ConversationListModel::setUnread(const QString& phone, int unread)
{
    const int row = rowOf(phone);
    if (row < 0 || m_rows.at(row).unread == unread)
        return;
    m_rows[row].unread = unread;
    Q_EMIT dataChanged(index(row), index(row));
}

void ConversationListModel::setNow(const QDateTime& nowUtc)
{
    m_now = nowUtc;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int ConversationListModel::rowOf(const QString& phone) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).phone == phone)
            return i;
    }
    return -1;
}

QString ConversationListModel::phoneAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).phone : QString();
}

const Conversation* ConversationListModel::conversation(const QString& phone) const
{
    const int row = rowOf(phone);
    return row < 0 ? nullptr : &m_rows.at(row);
}
