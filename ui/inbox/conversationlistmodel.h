#pragma once

#include "inbound/inbox.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QVector>

// The Inbox's conversations, one row per number, in the order the worker read them. Holds what it
// is given; reading happens elsewhere (InboxLoader), so it never blocks.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PhoneRole = Qt::UserRole + 1,
        TitleRole,        // the name, else the formatted number
        LastTextRole,     // on one line
        TimeRole,         // the last reply's time, short
        UnreadRole,       // int
        ReviewDueRole,    // QDateTime, invalid when nothing awaits a decision
        DeadlineTextRole, // "Decide by Tue 8 Dec — 3 business days left", empty for none
        UrgencyRole,      // InboxFormats::Urgency as int
        SuppressedRole,   // bool: unsubscribed or excluded
    };

    explicit ConversationListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Shows a new answer; rows that stay in place keep the selection and the scroll position.
    void setConversations(const QVector<textwell::Conversation>& conversations);
    // Shows a change made here at once, before the worker reads it back.
    void setUnread(const QString& phone, int unread);
    // The time deadlines are measured against (tests set it; the page moves it on).
    void setNow(const QDateTime& nowUtc);

    bool isLoaded() const { return m_loaded; }
    int rowOf(const QString& phone) const;
    QString phoneAt(int row) const;
    const textwell::Conversation* conversation(const QString& phone) const;

private:
    QVector<textwell::Conversation> m_rows;
    QDateTime m_now;
    bool m_loaded = false;
};
