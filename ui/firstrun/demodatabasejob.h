#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// Makes the demo database (DemoData, made-up people) on its own thread with its own connection.
// It is written under a temporary name beside `path` and renamed when whole, so that a cancelled
// or failed job leaves no half-made demo behind, and a demo file is always a finished one.
class DemoDatabaseJob : public QObject
{
    Q_OBJECT

public:
    DemoDatabaseJob(QString path, qint64 people, QObject* parent = nullptr);
    // Cancels a job still running, waits for it and removes what it wrote.
    ~DemoDatabaseJob() override;

    void start();
    // Takes effect at once for finished(): a job cancelled before it reports never makes the demo.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    // created: the demo database is at the path given. Not created with an empty error: cancelled.
    void finished(bool created, const QString& error);
    // From the worker when it is done with the temporary file; the job itself listens.
    void written(const QString& error);

private:
    // On this object's thread, once the worker is done with the temporary file.
    void onWritten(const QString& error);
    void removeTemporary();

    QString m_path;
    QString m_temporaryPath;
    qint64 m_people;
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};
