#include "dispatcher.h"

#include "campaignstarter.h"
#include "campaignstore.h"
#include "contacts/addressbook.h"
#include "storage/businesssettings.h"
#include "storage/databaselocation.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>

namespace textwell {

Dispatcher::Dispatcher(QSqlDatabase db, Gateway* gateway, DispatcherOptions options)
    : m_db(db), m_gateway(gateway), m_options(options), m_outbox(db),
      m_desk(int(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max())))
{
    QSqlQuery q(m_db);
    if (const QString lock = SqlDialect(m_db).takeDeskLock(); !lock.isEmpty())
        execBound(q, lock, {m_desk});
}

Dispatcher::~Dispatcher()
{
    QSqlQuery q(m_db);
    if (const QString unlock = SqlDialect(m_db).releaseDeskLock(); !unlock.isEmpty())
        execBound(q, unlock, {m_desk});
}

Result<std::unique_ptr<QLockFile>> Dispatcher::lock(const QString& databasePath)
{
    // A shared database is sent from by every desk at once: claims skip what another desk holds,
    // and each desk's claims in flight are known by its lock (SqlDialect::takeDeskLock).
    if (DatabaseLocation::parse(databasePath).isShared())
        return std::unique_ptr<QLockFile>();
    auto file = std::make_unique<QLockFile>(databasePath + QStringLiteral(".sending"));
    // Never "stale" by age: a long send is still alive. A dead owner's lock is taken over.
    file->setStaleLockTime(0);
    if (file->tryLock(0))
        return file;
    qint64 pid = 0;
    QString host, app;
    file->getLockInfo(&pid, &host, &app);
    return Result<std::unique_ptr<QLockFile>>::failure(
        tr("Another Textwell (process %1 on %2) is sending from this database; it sends what is due.")
            .arg(pid)
            .arg(host));
}

double Dispatcher::rate() const
{
    double rate = m_options.maxRate > 0
                      ? m_options.maxRate
                      : BusinessSettings(m_db).value(BusinessSettings::Key::SendRate).toDouble();
    if (rate <= 0)
        rate = 1;
    if (m_gateway->maxRate() > 0)
        rate = std::min(rate, m_gateway->maxRate());
    return rate;
}

bool Dispatcher::waitForRate(const std::atomic_bool* stop)
{
    if (m_sinceLastSend.isValid()) {
        const qint64 gapMs = qint64(1000.0 / rate());
        while (m_sinceLastSend.elapsed() < gapMs) {
            if (stop && stop->load())
                return false;
            QThread::msleep(ulong(std::min<qint64>(50, gapMs - m_sinceLastSend.elapsed())));
        }
    }
    return !(stop && stop->load());
}

QDateTime Dispatcher::retryAt(int attempts, int hintSeconds) const
{
    qint64 seconds = hintSeconds;
    if (seconds <= 0) {
        seconds = qint64(m_options.firstRetrySeconds) << std::clamp(attempts - 1, 0, 20);
        seconds = std::min<qint64>(seconds, m_options.maxRetrySeconds);
    }
    return Clock::currentUtc().addSecs(seconds);
}

Status Dispatcher::recoverInterrupted()
{
    Result<QVector<OutboxMessage>> rows = m_outbox.interrupted();
    if (!rows)
        return Status::failure(rows.error());
    for (const OutboxMessage& m : rows.value()) {
        const QString why = tr("Textwell stopped while this message was being sent.");
        if (Status s = unknown(m, QStringLiteral("interrupted"), why); !s)
            return s;
        if (onChange)
            onChange(m.campaignId);
    }
    return {};
}

OutgoingSms Dispatcher::outgoing(const OutboxMessage& m)
{
    return OutgoingSms{m.id,    m.phone,
                       m.body,  m.encoding == QLatin1String("UCS-2") ? SmsCoding::Ucs2 : SmsCoding::Gsm7,
                       m.parts, m.claimedAt};
}

Status Dispatcher::unknown(const OutboxMessage& message, const QString& errorCode, const QString& why)
{
    // A gateway that keeps a list is asked (now, and again later: it may still be taking the
    // message); the others cannot tell, and a person decides.
    if (m_gateway->canLookUp())
        return m_outbox.markUnknown(message.id, errorCode,
                                    tr("%1 Whether it went out is not known yet; Textwell asks the gateway "
                                       "before doing anything else with it.")
                                        .arg(why),
                                    Clock::currentUtc());
    return m_outbox.markUnknown(
        message.id, errorCode,
        tr("%1 It may or may not have gone out, so it is not sent again by itself: check "
           "with your gateway or the recipient.")
            .arg(why));
}

Status Dispatcher::reconcile(const OutboxMessage& message)
{
    const QDateTime now = Clock::currentUtc();
    const std::optional<SendOutcome> found = m_gateway->lookUp(outgoing(message));
    const QDateTime claimed = message.claimedAt.isValid() ? message.claimedAt : now;
    if (found && found->kind == SendOutcome::Kind::Accepted)
        return m_outbox.markAccepted(message.id, found->providerId, m_gateway->isExport(), now);
    if (found && found->kind == SendOutcome::Kind::Permanent)
        return m_outbox.markFailed(message.id, OutboxMessage::GatewayError, found->errorCode, found->error);
    if (found && found->kind == SendOutcome::Kind::Retry) {
        // Not in the gateway's list. Only once it has had time to list it is that a "no".
        if (claimed.addSecs(SettleSeconds) > now)
            return m_outbox.markUnknown(message.id, message.errorCode, message.error,
                                        claimed.addSecs(SettleSeconds));
        if (message.attempts >= m_options.maxAttempts)
            return m_outbox.markFailed(
                message.id, OutboxMessage::GatewayError, found->errorCode,
                tr("Gave up after %n attempt(s): %1", nullptr, message.attempts).arg(found->error));
        return m_outbox.markRetry(message.id, now, found->errorCode, found->error);
    }
    // The gateway cannot be asked right now: again later, for a day; then a person decides.
    if (claimed.addSecs(GiveUpSeconds) <= now)
        return m_outbox.markUnknown(
            message.id, message.errorCode,
            tr("The gateway could not say whether this message went out. It is not sent "
               "again by itself: check with your gateway or the recipient."));
    return m_outbox.markUnknown(message.id, message.errorCode, message.error, now.addSecs(RecheckSeconds));
}

Status Dispatcher::startDue(const std::atomic_bool* stop)
{
    const QDateTime now = Clock::currentUtc();
    CampaignStore store(m_db);
    CampaignStarter starter(m_db);
    Result<QVector<qint64>> scheduled = m_outbox.dueScheduled(now);
    if (!scheduled)
        return Status::failure(scheduled.error());
    for (qint64 id : scheduled.value()) {
        // A big outbox takes a while to write: a stop cancels it, and it starts again next time.
        Result<qint64> started =
            starter.start(id, [stop](qint64, qint64) { return !(stop && stop->load()); });
        if (stop && stop->load())
            return {};
        if (!started) {
            // Waiting for its time again would fail again: stop it and say why.
            store.pause(id);
            store.setLastError(id, started.error());
        }
        if (onChange)
            onChange(id);
    }
    Result<QVector<qint64>> decisions = m_outbox.dueAbDecisions(now);
    if (!decisions)
        return Status::failure(decisions.error());
    for (qint64 id : decisions.value()) {
        Result<Campaign> campaign = store.get(id);
        if (!campaign)
            return Status::failure(campaign.error());
        Result<QString> winner = m_outbox.abWinner(campaign.value());
        if (!winner)
            return Status::failure(winner.error());
        if (Status s = starter.sendRestWithWinner(id, winner.value()); !s)
            store.setLastError(id, s.error());
        if (onChange)
            onChange(id);
    }
    return {};
}

Result<Dispatcher::Step> Dispatcher::step(const std::atomic_bool* stop)
{
    using R = Result<Step>;
    // A gateway's answer that could not be written (the database busy) is written before anything
    // else is sent; until then the row stays "sending", so nothing sends it again.
    if (m_unsaved) {
        if (Status s = apply(m_unsaved->message, m_unsaved->outcome); !s)
            return R::failure(s.error());
        m_unsaved.reset();
        return Step::Handled;
    }
    // Then what is still open from before: a message whose fate the gateway is to be asked about.
    if (m_gateway->canLookUp()) {
        Result<std::optional<OutboxMessage>> recheck = m_outbox.dueRecheck(Clock::currentUtc());
        if (!recheck)
            return R::failure(recheck.error());
        if (recheck.value()) {
            if (Status s = reconcile(*recheck.value()); !s)
                return R::failure(s.error());
            if (onChange)
                onChange(recheck.value()->campaignId);
            return Step::Handled;
        }
    }
    Result<std::optional<OutboxMessage>> next = m_outbox.nextDue(Clock::currentUtc());
    if (!next)
        return R::failure(next.error());
    if (!next.value())
        return Step::Idle;
    // Wait for the rate before the claim, never between the claim and the send: an opt-out that
    // arrives while waiting must stop this very message.
    if (!waitForRate(stop))
        return Step::Idle;
    const QDateTime now = Clock::currentUtc();
    const OutboxMessage message = *next.value();

    const BusinessSettings settings(m_db);
    const SendPolicy policy(m_db, settings.quietHours(), settings.frequencyCap(),
                            settings.value(BusinessSettings::Key::DefaultCountry));
    Result<SendDecision> decision = m_outbox.claim(message, policy, now, m_desk);
    if (!decision)
        return R::failure(decision.error());
    if (decision.value().kind == SendDecision::Kind::Send) {
        m_sinceLastSend.start();
        OutboxMessage claimed = message;
        claimed.attempts += 1;
        claimed.claimedAt = now;
        const SendOutcome outcome = m_gateway->send(outgoing(claimed));
        if (Status s = apply(claimed, outcome); !s) {
            m_unsaved = Answer{claimed, outcome};
            return R::failure(s.error());
        }
    }
    if (onChange)
        onChange(message.campaignId);
    return Step::Handled;
}

Status Dispatcher::apply(const OutboxMessage& message, const SendOutcome& outcome)
{
    const QDateTime now = Clock::currentUtc();
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted:
        // The gateway works again: the campaign's problem, if it had one, is over.
        if (m_troubled.remove(message.campaignId))
            CampaignStore(m_db).setLastError(message.campaignId, QString());
        return m_outbox.markAccepted(message.id, outcome.providerId, m_gateway->isExport(), now);
    case SendOutcome::Kind::Retry: {
        if (message.attempts >= m_options.maxAttempts)
            return m_outbox.markFailed(
                message.id, OutboxMessage::GatewayError, outcome.errorCode,
                tr("Gave up after %n attempt(s): %1", nullptr, message.attempts).arg(outcome.error));
        const QDateTime at = retryAt(message.attempts, outcome.retryAfterSeconds);
        if (message.campaignId == 0) // an answer to a reply: no campaign to tell
            return m_outbox.markRetry(message.id, at, outcome.errorCode, outcome.error);
        // The campaign says so too, not only the message: "the gateway is down" is news for the owner.
        m_troubled.insert(message.campaignId);
        CampaignStore(m_db).setLastError(
            message.campaignId,
            tr("%1 Trying again at %2.")
                .arg(outcome.error, QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
        return m_outbox.markRetry(message.id, at, outcome.errorCode, outcome.error);
    }
    case SendOutcome::Kind::Unknown:
        // No answer: never send again on a guess.
        return unknown(message, outcome.errorCode, outcome.error);
    case SendOutcome::Kind::Permanent:
        break;
    }

    switch (outcome.effect) {
    case SendOutcome::Effect::Unauthorized: {
        // Every message would fail the same way: stop the campaign, keep the message for later.
        // An answer has no campaign to stop: it waits as after any retryable error.
        if (message.campaignId == 0) {
            if (message.attempts >= m_options.maxAttempts)
                return m_outbox.markFailed(message.id, OutboxMessage::GatewayError, outcome.errorCode,
                                           outcome.error);
            return m_outbox.markRetry(message.id, retryAt(message.attempts, 0), outcome.errorCode,
                                      outcome.error);
        }
        CampaignStore store(m_db);
        if (Status s = m_outbox.markRetry(message.id, now, outcome.errorCode, outcome.error); !s)
            return s;
        store.pause(message.campaignId);
        return store.setLastError(message.campaignId, outcome.error);
    }
    case SendOutcome::Effect::InvalidNumber: {
        if (Status s = m_outbox.markFailed(message.id, OutboxMessage::InvalidNumber, outcome.errorCode,
                                           outcome.error);
            !s)
            return s;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE subscriber SET number_kind = ? WHERE phone = ?"));
        q.addBindValue(static_cast<int>(NumberKind::Rejected));
        q.addBindValue(message.phone);
        if (!q.exec())
            return Status::failure(SqlError::describe(q.lastError()));
        return {};
    }
    case SendOutcome::Effect::CarrierOptOut: {
        if (Status s = m_outbox.markFailed(message.id, OutboxMessage::CarrierOptOut, outcome.errorCode,
                                           outcome.error);
            !s)
            return s;
        const BusinessSettings settings(m_db);
        AddressBook book(m_db, settings.value(BusinessSettings::Key::DefaultCountry),
                         QStringLiteral("gateway"));
        Result<bool> unsubscribed =
            book.unsubscribe(message.phone, OptOutReason::Other,
                             tr("Unsubscribed at the carrier (gateway error %1)").arg(outcome.errorCode),
                             ConsentEvent::Channel::Carrier);
        if (!unsubscribed)
            return Status::failure(unsubscribed.error());
        return {};
    }
    case SendOutcome::Effect::None:
        break;
    }
    return m_outbox.markFailed(message.id, OutboxMessage::GatewayError, outcome.errorCode, outcome.error);
}

Status Dispatcher::pollDeliveries()
{
    Result<QVector<QString>> ids = m_outbox.awaitingDelivery(Clock::currentUtc().addDays(-3), 100);
    if (!ids)
        return Status::failure(ids.error());
    if (ids.value().isEmpty())
        return {};
    for (const DeliveryUpdate& update : m_gateway->pollDeliveries(ids.value())) {
        if (Result<bool> recorded = m_outbox.recordDelivery(update); !recorded)
            return Status::failure(recorded.error());
    }
    return {};
}

Status Dispatcher::finishDone()
{
    Result<QVector<qint64>> finished = m_outbox.finishDone(Clock::currentUtc());
    if (!finished)
        return Status::failure(finished.error());
    if (onChange) {
        for (qint64 id : finished.value())
            onChange(id);
    }
    return {};
}

Status Dispatcher::runUntilIdle(const std::atomic_bool* stop)
{
    if (Status s = startDue(stop); !s)
        return s;
    while (!(stop && stop->load())) {
        Result<Step> done = step(stop);
        if (!done)
            return Status::failure(done.error());
        if (done.value() == Step::Idle)
            break;
    }
    return finishDone();
}

} // namespace textwell
