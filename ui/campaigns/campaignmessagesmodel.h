#pragma once

#include "campaignmessageloader.h"

#include <QAbstractTableModel>
#include <QThread>

#include <memory>

// A campaign's messages as a table that grows as the user scrolls: canFetchMore/fetchMore ask the
// worker for the next page after the last id, so a campaign of a million rows costs only what has
// been looked at, and the UI thread never counts or skips rows.
class CampaignMessagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        VariantColumn,
        TextColumn, // what the person got: next to who got it
        PartsColumn,
        StateColumn,
        SentColumn,
        DeliveredColumn,
        GatewayIdColumn, // last: it takes the room that is left
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        StateRole, // MessageState as int
    };
    static constexpr int PageSize = 200;

    explicit CampaignMessagesModel(const QString& databasePath, QObject* parent = nullptr);
    ~CampaignMessagesModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Shows the campaign's messages in one of `states` (all when empty), from the first.
    void setCampaign(qint64 campaignId, const QVector<textwell::MessageState>& states = {});
    qint64 campaignId() const { return m_campaignId; }
    // Reads rows [first, last] again, so their state follows the sending.
    void refreshRows(int first, int last);
    // After the end was reached: asks once more, for a campaign that has gained rows (it started).
    void checkForMore();
    bool atEnd() const { return m_atEnd; }
    bool isLoading() const { return m_pagePending; }
    const textwell::OutboxMessage* messageAt(int row) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    void requestPage();
    void sendPageRequest();
    void onLoaded(const MessagePage& page);
    void setPagePending(bool pending);
    QString stateText(const textwell::OutboxMessage& m) const;
    QString stateToolTip(const textwell::OutboxMessage& m) const;

    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread m_thread;
    CampaignMessageLoader* m_loader;
    quint64 m_generation = 0;
    qint64 m_campaignId = 0;
    QStringList m_states;
    QVector<MessageRow> m_rows;
    bool m_atEnd = true;
    bool m_pagePending = false;
};
