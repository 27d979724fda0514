#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// Starts a campaign off the UI thread: writing the outbox of a large segment takes a while.
// Progress comes as signals; cancel() leaves nothing written.
class CampaignStartJob : public QObject
{
    Q_OBJECT

public:
    CampaignStartJob(QString databasePath, qint64 campaignId, QObject* parent = nullptr);
    ~CampaignStartJob() override;

    void start();
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // toSend: messages to send; error: why it did not start (empty on success).
    void finished(qint64 toSend, const QString& error);

private:
    QString m_databasePath;
    qint64 m_campaignId;
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};
