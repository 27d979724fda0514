#pragma once

#include "gateways/gateway.h"
#include "storage/lazyconnection.h"

#include <QObject>
#include <QTimer>
#include <QVector>

namespace textwell {

// Writes delivery reports into the outbox, a batch per transaction: a report arrives for every
// message, and one commit each would compete with the sender for the database (measured: 700
// messages with reports took 15 s one by one, about 1 s batched).
class DeliveryRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 250;

    // Writes through its own connection to the database at databasePath, opened in the thread
    // the recorder lives in (move it to a thread of its own to keep the UI thread out of it).
    explicit DeliveryRecorder(QString databasePath, QObject* parent = nullptr);
    ~DeliveryRecorder() override;

    // Writes what is waiting now.
    void flush();

public Q_SLOTS:
    void record(const textwell::DeliveryUpdate& update);

Q_SIGNALS:
    // Reports for these campaigns' messages were written (0 when not known).
    void recorded(int count);
    void problem(const QString& message);

private:
    LazyConnection m_db;
    QVector<DeliveryUpdate> m_waiting;
    QTimer m_timer;
};

} // namespace textwell
