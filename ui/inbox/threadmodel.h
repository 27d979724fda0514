#pragma once

#include "inbound/inbox.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QVector>

// One number's conversation, oldest first: the replies it sent (selectable, to decide about) and
// the messages it was sent. Holds what the worker read; never reads itself.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the reply's or the outbox row's id
        IncomingRole,              // bool
        BodyRole,                  // the text as received or sent
        MetaRole,                  // "14:05 · Possible opt-out · Marked as an opt-out"
        UndecidedRole,             // bool: a possible opt-out nobody decided yet
        UrgencyRole,               // InboxFormats::Urgency as int, of an undecided one
    };

    explicit ThreadModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setThread(const QString& phone, const QVector<textwell::ThreadEntry>& entries,
                   const QHash<qint64, textwell::StoredReply>& replies);
    void clear();
    void setNow(const QDateTime& nowUtc);

    const QString& phone() const { return m_phone; }
    // The reply behind an incoming line; null for an outgoing one or one not read.
    const textwell::StoredReply* reply(qint64 id) const;
    int rowOfReply(qint64 id) const;
    // The row of a line: a reply (incoming) or an outbox row; -1 when gone.
    int rowOf(bool incoming, qint64 id) const;
    qint64 replyIdAt(int row) const; // 0 for an outgoing line
    // The reply to decide about first: the undecided possible opt-out with the nearest deadline,
    // else the latest reply nobody handled; 0 for none.
    qint64 replyToDecide() const;
    // Whether every reply is handled. A possible opt-out is handled only once decided: marking
    // the conversation handled leaves it open.
    bool allHandled() const;
    bool anyUndecided() const;

    // Whether a reply can be decided as an opt-out here: a possible opt-out not decided yet, or
    // any other reply nobody handled.
    static bool canDecide(const textwell::StoredReply& reply);
    static bool isUndecidedReview(const textwell::StoredReply& reply);

private:
    QString metaText(const textwell::ThreadEntry& entry) const;

    QString m_phone;
    QVector<textwell::ThreadEntry> m_entries;
    QHash<qint64, textwell::StoredReply> m_replies;
    QDateTime m_now;
};
