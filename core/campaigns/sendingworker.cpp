#include "sendingworker.h"

#include "compliance/confirmationrequests.h"
#include "dispatcher.h"
#include "gateways/gatewayfactory.h"
#include "inbound/replyfetcher.h"
#include "storage/connection.h"
#include "util/clock.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

namespace textwell {

SendingWorker::SendingWorker(Config config, QObject* parent) : QObject(parent), m_config(std::move(config)) {}

void SendingWorker::wake()
{
    QMutexLocker locker(&m_mutex);
    m_wakeRequested = true;
    m_woken.wakeAll();
}

void SendingWorker::stop()
{
    m_stop = true;
    wake();
}

bool SendingWorker::sleepFor(int ms)
{
    QMutexLocker locker(&m_mutex);
    if (!m_wakeRequested && !m_stop)
        m_woken.wait(&m_mutex, QDeadlineTimer(ms));
    m_wakeRequested = false;
    return !m_stop;
}

void SendingWorker::run()
{
    bool started = false;
    {
        Result<std::unique_ptr<Connection>> connection = Connection::open(m_config.databasePath);
        Result<std::unique_ptr<QLockFile>> lock = Dispatcher::lock(m_config.databasePath);
        // Another sender (`textwell-cli send --due` from the scheduler, another desk's app) has
        // the database: the app waits its turn; the command line says so and stops.
        if (connection && !lock && !m_config.untilIdle) {
            Q_EMIT problem(lock.error());
            while (!lock && sleepFor(LockRetryMs))
                lock = Dispatcher::lock(m_config.databasePath);
        }
        std::unique_ptr<Gateway> gateway;
        if (!connection) {
            Q_EMIT problem(connection.error());
        } else if (!lock) {
            if (m_config.untilIdle)
                Q_EMIT problem(lock.error());
        } else {
            const BusinessSettings settings(connection.value()->database());
            Result<std::unique_ptr<Gateway>> made =
                GatewayFactory::create(settings, m_config.secret, m_config.dlrUrlBase);
            if (!made)
                Q_EMIT problem(made.error());
            else
                gateway = made.takeValue();
        }
        if (gateway) {
            started = true;
            const BusinessSettings settings(connection.value()->database());
            Dispatcher dispatcher(connection.value()->database(), gateway.get());
            // Progress for a list of a thousand rows need not be told a thousand times a second.
            QElapsedTimer sinceSignal;
            sinceSignal.start();
            dispatcher.onChange = [&](qint64 campaignId) {
                if (sinceSignal.elapsed() >= 150) {
                    Q_EMIT campaignChanged(campaignId);
                    sinceSignal.restart();
                }
            };
            auto report = [&](const Status& status) {
                if (!status)
                    Q_EMIT problem(status.error());
                return status.ok();
            };
            report(dispatcher.recoverInterrupted());
            QElapsedTimer sincePoll;
            while (!m_stop) {
                if (!report(dispatcher.startDue(&m_stop))) {
                    if (!sleepFor(2000))
                        break;
                    continue;
                }
                Result<Dispatcher::Step> step = dispatcher.step(&m_stop);
                if (!step) {
                    // A busy or locked database, most likely: nothing was lost, try again shortly.
                    Q_EMIT problem(step.error());
                    if (!sleepFor(2000))
                        break;
                    continue;
                }
                // News from gateways that must be asked, also in the middle of a long campaign: a
                // STOP fetched now stops that person's next message.
                if (!sincePoll.isValid() || sincePoll.elapsed() >= m_config.pollIntervalMs) {
                    report(dispatcher.pollDeliveries());
                    Result<ReplyFetcher::Fetched> fetched =
                        ReplyFetcher(connection.value()->database(), gateway.get()).fetch();
                    if (!fetched)
                        Q_EMIT problem(fetched.error());
                    else if (fetched.value().received > 0)
                        Q_EMIT repliesReceived();
                    sincePoll.start();
                    // The one reminder of a confirmation request, once its pack's days have passed.
                    Result<int> reminded =
                        ConfirmationRequests(connection.value()->database(),
                                             settings.value(BusinessSettings::Key::DefaultCountry))
                            .remindDue(Clock::currentUtc());
                    if (!reminded)
                        Q_EMIT problem(reminded.error());
                    if ((fetched && fetched.value().answers) || (reminded && reminded.value() > 0))
                        continue;
                }
                if (step.value() == Dispatcher::Step::Handled)
                    continue;
                report(dispatcher.finishDone());
                if (m_config.untilIdle)
                    break;
                // Sleep until the next held message is due, a minute at most, or until woken.
                int ms = 60'000;
                if (Result<QDateTime> next = dispatcher.nextWakeUp(); next && next.value().isValid())
                    ms = int(std::clamp<qint64>(Clock::currentUtc().msecsTo(next.value()), 200, 60'000));
                sleepFor(ms);
            }
            // Campaigns the last message finished are finished; the list should say so at once.
            report(dispatcher.finishDone());
            dispatcher.onChange = nullptr;
        }
    }
    Q_EMIT campaignChanged(0);
    Q_EMIT finished(started);
}

} // namespace textwell
