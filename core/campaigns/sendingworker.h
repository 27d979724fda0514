#pragma once

#include "util/result.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>

namespace textwell {

// The dispatcher's thread: opens its own connection, takes the sending lock, recovers what a
// previous run left claimed, then sends what is due — until stopped (the app) or until nothing
// is due (`textwell-cli send --due`). Move it to a QThread and call run() there; wake() and
// stop() may be called from any thread.
class SendingWorker : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString databasePath;
        QString secret;     // the gateway's, from the keychain or the person
        QString dlrUrlBase; // where delivery reports go; empty for none
        bool untilIdle = false;
        int pollIntervalMs = 60'000; // how often gateways without callbacks are asked for news
    };

    explicit SendingWorker(Config config, QObject* parent = nullptr);
    // How often the app tries again when another sender has the database.
    static constexpr int LockRetryMs = 30'000;

    void wake();
    void stop();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // Something about the campaign changed: a message was handled, it started or finished.
    void campaignChanged(qint64 campaignId);
    // Replies fetched from the gateway were stored.
    void repliesReceived();
    // A problem worth showing that did not stop the worker ("The database is busy ...").
    void problem(const QString& message);
    // run() returned; ok is false when it could not start at all (its reason came as problem()).
    void finished(bool ok);

private:
    bool sleepFor(int ms); // false when stopped meanwhile

    Config m_config;
    std::atomic_bool m_stop{false};
    QMutex m_mutex;
    QWaitCondition m_woken;
    bool m_wakeRequested = false;
};

} // namespace textwell
