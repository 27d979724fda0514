#pragma once

#include "gateways/gateway.h"

#include <QObject>
#include <QSqlDatabase>
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

    explicit DeliveryRecorder(QSqlDatabase db, QObject* parent = nullptr);
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
    QSqlDatabase m_db;
    QVector<DeliveryUpdate> m_waiting;
    QTimer m_timer;
};

} // namespace textwell
