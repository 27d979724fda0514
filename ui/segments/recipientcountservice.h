#pragma once

#include "recipientcountworker.h"

#include <QObject>
#include <QThread>

// The segment editor's and the composer's way to count: ask as often as the rules change, get the
// latest answer back; the UI thread never waits for the database.
class RecipientCountService : public QObject
{
    Q_OBJECT

public:
    RecipientCountService(const QString& databasePath, QObject* parent = nullptr);
    ~RecipientCountService() override;

    // Supersedes every earlier request; only the answer to the latest one is delivered.
    void request(const CountRequest& request);
    void requestChoices();

Q_SIGNALS:
    void counted(const CountReply& reply);
    void choicesLoaded(const SegmentChoices& choices);
    void busyChanged(bool busy);

private:
    void deliver(const CountReply& reply);

    QThread m_thread;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    RecipientCountWorker* m_worker;
    bool m_busy = false;
};
