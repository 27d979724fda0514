#include "deliveryrecorder.h"

#include "outbox.h"
#include "storage/transaction.h"

namespace textwell {

DeliveryRecorder::DeliveryRecorder(QString databasePath, QObject* parent)
    : QObject(parent), m_db(std::move(databasePath))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryRecorder::flush);
}

DeliveryRecorder::~DeliveryRecorder()
{
    flush();
}

void DeliveryRecorder::record(const DeliveryUpdate& update)
{
    m_waiting.append(update);
    if (!m_timer.isActive())
        m_timer.start();
}

void DeliveryRecorder::flush()
{
    m_timer.stop();
    if (m_waiting.isEmpty())
        return;
    if (Status opened = m_db.open(); !opened) {
        Q_EMIT problem(opened.error());
        m_timer.start();
        return;
    }
    Transaction tx(m_db.database());
    if (!tx.isActive()) {
        // Busy: keep them and try again shortly; nothing is lost while the app runs.
        Q_EMIT problem(tx.error());
        m_timer.start();
        return;
    }
    Outbox outbox(m_db.database());
    int written = 0;
    for (const DeliveryUpdate& update : std::as_const(m_waiting)) {
        Result<bool> recorded = outbox.recordDelivery(update);
        if (!recorded) {
            Q_EMIT problem(recorded.error());
            m_timer.start();
            return;
        }
        written += recorded.value() ? 1 : 0;
    }
    if (Status committed = tx.commit(); !committed) {
        Q_EMIT problem(committed.error());
        m_timer.start();
        return;
    }
    m_waiting.clear();
    if (written > 0)
        Q_EMIT recorded(written);
}

} // namespace textwell
