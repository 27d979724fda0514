#include "sendingservice.h"

#include "campaigns/campaignstore.h"
#include "campaigns/deliveryrecorder.h"
#include "campaigns/outbox.h"
#include "campaigns/sendingworker.h"
#include "gateways/callbackserver.h"
#include "gateways/gatewayfactory.h"
#include "gateways/keychainsecretstore.h"
#include "inbound/replyrecorder.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QSqlQuery>
#include <QThread>

using namespace textwell;

SendingService::SendingService(Connection* connection, QWidget* window, QObject* parent)
    : QObject(parent), m_connection(connection), m_window(window)
{}

SendingService::~SendingService()
{
    stop();
}

bool SendingService::isRunning() const
{
    return m_thread != nullptr;
}

QString SendingService::secret(bool* declined)
{
    *declined = false;
    const BusinessSettings settings(m_connection->database());
    const QString key = GatewayFactory::secretKey(settings);
    if (key.isEmpty())
        return {};
    if (!m_sessionSecret.isEmpty())
        return m_sessionSecret;
    KeychainSecretStore keychain;
    SecretError why = SecretError::None;
    Result<QString> stored = keychain.read(key, &why);
    if (stored)
        return stored.value();
    if (!SecretStore::asksEachSession(why)) {
        Q_EMIT problem(tr("%1 Enter the %2 in Settings → Sending.")
                           .arg(stored.error(), GatewayFactory::secretLabel(settings)));
        *declined = true;
        return {};
    }
    // No keychain here: ask, and keep it for this session only.
    bool ok = false;
    const QString typed = QInputDialog::getText(m_window, GatewayFactory::secretLabel(settings),
                                                tr("This computer has no keychain to keep the %1 in, so "
                                                   "Textwell asks for it once per session.\n\n%1:")
                                                    .arg(GatewayFactory::secretLabel(settings)),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok || typed.isEmpty()) {
        *declined = true;
        Q_EMIT problem(
            tr("Sending waits until the %1 is entered.").arg(GatewayFactory::secretLabel(settings)));
        return {};
    }
    m_sessionSecret = typed;
    return typed;
}

bool SendingService::start()
{
    stop();
    startListener();
    return startWorker();
}

void SendingService::startListener()
{
    BusinessSettings settings(m_connection->database());
    if (settings.value(BusinessSettings::Key::Gateway) != QLatin1String("kannel"))
        return;
    // Kannel brings delivery reports and replies at any time; taking them needs no password.
    Result<QString> token = settings.callbackToken();
    if (!token) {
        Q_EMIT problem(token.error());
        return;
    }
    m_callbacks = std::make_unique<CallbackServer>(token.value());
    const Status listening =
        m_callbacks->listen(QHostAddress(settings.value(BusinessSettings::Key::CallbackAddress)),
                            quint16(settings.value(BusinessSettings::Key::CallbackPort).toUInt()));
    if (!listening) {
        Q_EMIT problem(tr("%1 Messages are sent, but delivery reports and replies cannot come back.")
                           .arg(listening.error()));
        m_callbacks.reset();
        return;
    }
    // Reports and replies are written on a thread of their own: waiting for the database while a
    // big campaign's messages are written must not freeze the window.
    m_reportsThread = new QThread(this);
    m_reportsThread->setObjectName(QStringLiteral("delivery reports and replies"));
    auto* reports = new DeliveryRecorder(m_connection->path());
    reports->moveToThread(m_reportsThread);
    connect(m_reportsThread, &QThread::finished, reports, &QObject::deleteLater);
    connect(m_callbacks.get(), &CallbackServer::deliveryReport, reports, &DeliveryRecorder::record);
    connect(reports, &DeliveryRecorder::recorded, this, [this] { Q_EMIT campaignChanged(0); });
    // The listener answers Kannel once a reply is kept (Kannel tries again otherwise).
    auto* replies = new ReplyRecorder(m_connection->path());
    replies->moveToThread(m_reportsThread);
    connect(m_reportsThread, &QThread::finished, replies, &QObject::deleteLater);
    connect(m_callbacks.get(), &CallbackServer::replyReceived, replies, &ReplyRecorder::record);
    connect(replies, &ReplyRecorder::recorded, m_callbacks.get(), &CallbackServer::answerReply);
    connect(replies, &ReplyRecorder::received, this, [this](bool answerQueued) {
        if (answerQueued)
            wake();
        Q_EMIT repliesChanged();
    });
    connect(replies, &ReplyRecorder::problem, this, &SendingService::problem);
    m_reportsThread->start();
}

bool SendingService::startWorker()
{
    // Nothing to send, nothing to ask: a fresh install does not greet anyone with a password
    // prompt or a gateway problem. wake() starts it when a campaign starts or a reply needs an answer.
    if (!hasWork())
        return true;
    bool declined = false;
    const QString gatewaySecret = secret(&declined);
    if (declined)
        return false;
    BusinessSettings settings(m_connection->database());
    if (const QString problemText = GatewayFactory::configProblem(settings, gatewaySecret);
        !problemText.isEmpty()) {
        Q_EMIT problem(problemText);
        return false;
    }
    const QString dlrUrlBase = m_callbacks ? m_callbacks->dlrUrlBase() : QString();
    SendingWorker::Config config;
    config.databasePath = m_connection->path();
    config.secret = gatewaySecret;
    config.dlrUrlBase = dlrUrlBase;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sending"));
    m_worker = new SendingWorker(config);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SendingWorker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SendingWorker::campaignChanged, this, &SendingService::campaignChanged);
    connect(m_worker, &SendingWorker::problem, this, &SendingService::problem);
    connect(m_worker, &SendingWorker::repliesReceived, this, &SendingService::repliesChanged);
    SendingWorker* worker = m_worker;
    connect(m_worker, &SendingWorker::finished, this, [this, worker](bool) {
        // The worker ends by itself only when it could not start (no database, another sender).
        // A worker stopped and replaced meanwhile is none of this one's business.
        if (worker != m_worker || m_stopping)
            return;
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_worker = nullptr;
        Q_EMIT runningChanged(false);
    });
    m_thread->start();
    Q_EMIT runningChanged(true);
    return true;
}

void SendingService::stop()
{
    stopReports();
    if (!m_thread)
        return;
    m_stopping = true;
    // Its last words (finished, progress) are not wanted once it is replaced.
    disconnect(m_worker, nullptr, this, nullptr);
    m_worker->stop();
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker goes with the thread's finished() -> deleteLater
    m_thread = nullptr;
    m_worker = nullptr;
    m_stopping = false;
    Q_EMIT runningChanged(false);
}

void SendingService::stopReports()
{
    m_callbacks.reset(); // no new reports; the recorder writes those it holds as it goes
    if (m_reportsThread) {
        m_reportsThread->quit();
        m_reportsThread->wait();
        delete m_reportsThread;
        m_reportsThread = nullptr;
    }
}

void SendingService::wake()
{
    if (m_worker)
        m_worker->wake();
    else
        startWorker();
}

bool SendingService::hasWork() const
{
    // Twilio keeps replies to be asked for, all the time (Kannel brings its own to the listener).
    if (BusinessSettings(m_connection->database()).value(BusinessSettings::Key::Gateway) ==
        QLatin1String("twilio"))
        return true;
    const Result<bool> answers = Outbox(m_connection->database()).hasQueuedAnswers();
    if (answers && answers.value())
        return true;
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral(
               "SELECT EXISTS (SELECT 1 FROM campaign WHERE status IN ('sending', 'scheduled'))")) &&
           q.next() && q.value(0).toBool();
}

int SendingService::sendingCount() const
{
    QSqlQuery q(m_connection->database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM campaign WHERE status = 'sending'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

int SendingService::pauseAll()
{
    CampaignStore store(m_connection->database());
    Result<QVector<Campaign>> campaigns = store.list();
    int paused = 0;
    if (!campaigns)
        return 0;
    for (const Campaign& c : campaigns.value()) {
        if (c.status == CampaignStatus::Sending && store.pause(c.id))
            ++paused;
    }
    return paused;
}
