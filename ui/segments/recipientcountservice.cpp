#include "recipientcountservice.h"

RecipientCountService::RecipientCountService(const QString& databasePath, QObject* parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_worker(new RecipientCountWorker(databasePath, m_latest))
{
    qRegisterMetaType<CountReply>();
    qRegisterMetaType<SegmentChoices>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RecipientCountWorker::counted, this, &RecipientCountService::deliver);
    connect(m_worker, &RecipientCountWorker::choicesLoaded, this, &RecipientCountService::choicesLoaded);
    m_thread.setObjectName(QStringLiteral("recipient counter"));
    m_thread.start();
}

RecipientCountService::~RecipientCountService()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // drop whatever is queued
    m_thread.quit();
    m_thread.wait();
}

void RecipientCountService::request(const CountRequest& request)
{
    const quint64 generation = ++*m_latest;
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, request] { worker->count(generation, request); },
        Qt::QueuedConnection);
}

void RecipientCountService::requestChoices()
{
    QMetaObject::invokeMethod(m_worker, &RecipientCountWorker::loadChoices, Qt::QueuedConnection);
}

void RecipientCountService::deliver(const CountReply& reply)
{
    if (reply.generation != m_latest->load())
        return; // an older answer: a newer one is on its way
    m_busy = false;
    Q_EMIT busyChanged(false);
    Q_EMIT counted(reply);
}
