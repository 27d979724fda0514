#pragma once

#include "storage/lazyconnection.h"

#include "campaigns/outboxmessage.h"
#include "storage/connection.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

// One line of a campaign's message list, with the number formatted on the worker.
struct MessageRow
{
    textwell::OutboxMessage message;
    QString phoneText; // "+49 171 1234567"
};

// What the worker answers: the next page after an id, or rows read again within an id range.
struct MessagePage
{
    quint64 generation = 0;
    bool reread = false;      // rows read again between fromId and toId, not a new page
    qint64 fromId = 0;        // for reread
    qint64 toId = 0;          // for reread
    bool atEnd = false;       // for a page: there is nothing after it
    QVector<MessageRow> rows; // by id
    QString error;
};
Q_DECLARE_METATYPE(MessagePage)

// Reads a campaign's outbox rows for CampaignMessagesModel on its own thread with its own
// connection. Pages are keyed by id, never OFFSET, and bounded by the campaign's first and last id
// (its rows were written together), so a page is as quick at row 900,000 as at row 1 and the end
// of a small campaign is found without walking the rows of the campaigns after it.
class CampaignMessageLoader : public QObject
{
    Q_OBJECT

public:
    CampaignMessageLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~CampaignMessageLoader() override;

public Q_SLOTS:
    // The first `limit` rows after `afterId` in one of `states` (any state when empty).
    void loadPage(quint64 generation, qint64 campaignId, const QStringList& states, qint64 afterId,
                  int limit);
    // The rows with fromId <= id <= toId again, to follow their state.
    void reread(quint64 generation, qint64 campaignId, const QStringList& states, qint64 fromId, qint64 toId);

Q_SIGNALS:
    void loaded(const MessagePage& page);

private:
    struct Bounds
    {
        qint64 first = 0;
        qint64 last = -1; // empty when last < first
    };
    bool stale(quint64 generation) const { return generation < m_latest->load(); }
    QString readBounds(qint64 campaignId, Bounds* bounds);
    QString select(qint64 campaignId, const QStringList& states, qint64 afterId, qint64 lastId, int limit,
                   QVector<MessageRow>* rows);

    textwell::LazyConnection m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QHash<qint64, Bounds> m_bounds;
};
