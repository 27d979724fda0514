#pragma once

#include "compliance/statusrefresh.h"

#include <QObject>
#include <QString>

#include <atomic>

Q_DECLARE_METATYPE(textwell::StatusRefresh::Summary)

class MessageBanner;
class QThread;
class QWidget;

// Runs StatusRefresh on its own thread with its own connection (a million people take a while),
// reporting progress; cancel() stops it after its current batch.
class StatusRefreshJob : public QObject
{
    Q_OBJECT

public:
    StatusRefreshJob(QString databasePath, QObject* parent = nullptr);
    ~StatusRefreshJob() override;

    void start();
    void cancel() { m_cancelled = true; }

    // Starts a job behind a progress dialog over parent; the outcome shows in banner.
    static StatusRefreshJob* startWithProgress(QWidget* parent, const QString& databasePath,
                                               MessageBanner* banner);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // error is empty when it ran (to its end or until cancelled).
    void finished(const textwell::StatusRefresh::Summary& summary, const QString& error);

private:
    QString m_databasePath;
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};
