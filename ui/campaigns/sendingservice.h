#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace textwell {
class CallbackServer;
class Connection;
class SendingWorker;
} // namespace textwell

// Sending while the app is open: the dispatcher on its own thread, and the local listener for
// delivery reports and replies on this one. Starts when the window opens (campaigns left "sending" resume
// where they stopped) and restarts when the gateway settings change. The gateway's secret comes from the
// keychain, or is asked for once per session where there is no keychain.
class SendingService : public QObject
{
    Q_OBJECT

public:
    SendingService(textwell::Connection* connection, QWidget* window, QObject* parent = nullptr);
    ~SendingService() override;

    // (Re)starts with the current settings. Asks for the secret when it must; false when the
    // person declined or the gateway cannot work (the reason comes as problem()).
    bool start();
    // Finishes the message in flight (and what the sender is doing with it), then stops. Blocks
    // until then.
    void stop();
    bool isRunning() const;
    // Something changed (a campaign started, resumed): look for due messages now.
    void wake();

    // Pauses every campaign that is sending (for closing the app mid-send). Returns how many.
    int pauseAll();
    // How many campaigns are sending now.
    int sendingCount() const;
    // Whether the sender has anything to do: a campaign sending or scheduled, an answer to a reply
    // waiting, or Twilio's replies to fetch.
    bool hasWork() const;

    // The secret typed for this session, for when the keychain cannot keep it; empty if none.
    void setSessionSecret(const QString& secret) { m_sessionSecret = secret; }

Q_SIGNALS:
    void campaignChanged(qint64 campaignId);
    void problem(const QString& message);
    void runningChanged(bool running);
    // Replies were stored: the Inbox has news.
    void repliesChanged();

private:
    QString secret(bool* declined);
    void startListener();
    bool startWorker();
    void stopReports();

    textwell::Connection* m_connection;
    QWidget* m_window;
    QThread* m_thread = nullptr;
    textwell::SendingWorker* m_worker = nullptr;
    std::unique_ptr<textwell::CallbackServer> m_callbacks;
    QThread* m_reportsThread = nullptr; // its DeliveryRecorder writes the reports
    QString m_sessionSecret;
    bool m_stopping = false;
};
