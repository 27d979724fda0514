#include "keychainsecretstore.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <atomic>
#include <utility>

namespace textwell {

namespace {

struct Answer
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    QString text;
};

// QtKeychain's job queue is a plain singleton: the first thread to use it owns it.
bool onOwningThread()
{
    static std::atomic<QThread*> owner{nullptr};
    QThread* expected = nullptr;
    QThread* current = QThread::currentThread();
    return owner.compare_exchange_strong(expected, current) || expected == current;
}

// Runs the job to its end or to the timeout. On a timeout the job keeps running and deletes
// itself when it ends; only our connection to it goes away with the local event loop.
Answer run(QKeychain::Job* job, int timeoutMs)
{
    Answer answer;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        answer.finished = true;
        answer.error = done->error();
        answer.detail = done->errorString();
        if (const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
            answer.text = read->textData();
        loop.quit();
    });
    job->setAutoDelete(true);
    // Plain text in a settings file is what the keychain is there to avoid.
    job->setInsecureFallback(false);
    timer.start(timeoutMs);
    job->start();
    if (!answer.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return answer;
}

// The person reads this; QtKeychain's own text (often English, from D-Bus) goes in brackets.
QString describe(const Answer& answer, const QString& key, int timeoutMs, SecretError& why)
{
    if (!answer.finished) {
        why = SecretError::Unavailable;
        return KeychainSecretStore::tr("The keychain did not answer within %n second(s).", nullptr,
                                       qMax(1, timeoutMs / 1000));
    }
    const QString detail = answer.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(answer.detail);
    switch (answer.error) {
    case QKeychain::NoError:
        why = SecretError::None;
        return QString();
    case QKeychain::EntryNotFound:
        why = SecretError::NotFound;
        return KeychainSecretStore::tr("The keychain holds no secret for “%1”.").arg(key);
    case QKeychain::AccessDeniedByUser:
        why = SecretError::Denied;
        return KeychainSecretStore::tr("Access to the keychain was refused.") + detail;
    case QKeychain::AccessDenied:
        why = SecretError::Denied;
        return KeychainSecretStore::tr("The keychain is locked or refused access.") + detail;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        why = SecretError::Unavailable;
        return KeychainSecretStore::tr("No keychain is available on this computer.") + detail;
    case QKeychain::OtherError:
        // What a desktop without a Secret Service or a D-Bus session answers.
        why = SecretError::Unavailable;
        return KeychainSecretStore::tr("The keychain could not be reached.") + detail;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    why = SecretError::Failed;
    return KeychainSecretStore::tr("The keychain could not change “%1”.").arg(key) + detail;
}

QString wrongThread()
{
    return KeychainSecretStore::tr("The keychain was used from two threads at once.");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service)), m_timeoutMs(qMax(1, timeoutMs))
{}

Result<QString> KeychainSecretStore::readSecret(const QString& key, SecretError& why)
{
    if (!onOwningThread())
        return Result<QString>::failure(wrongThread());
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const Answer answer = run(job, m_timeoutMs);
    if (answer.finished && answer.error == QKeychain::NoError)
        return answer.text;
    return Result<QString>::failure(describe(answer, key, m_timeoutMs, why));
}

Status KeychainSecretStore::writeSecret(const QString& key, const QString& secret, SecretError& why)
{
    if (!onOwningThread())
        return Status::failure(wrongThread());
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const Answer answer = run(job, m_timeoutMs);
    if (answer.finished && answer.error == QKeychain::NoError)
        return Status();
    return Status::failure(describe(answer, key, m_timeoutMs, why));
}

Status KeychainSecretStore::removeSecret(const QString& key, SecretError& why)
{
    if (!onOwningThread())
        return Status::failure(wrongThread());
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const Answer answer = run(job, m_timeoutMs);
    // Gone is gone, whether or not it was there.
    if (answer.finished && (answer.error == QKeychain::NoError || answer.error == QKeychain::EntryNotFound))
        return Status();
    return Status::failure(describe(answer, key, m_timeoutMs, why));
}

} // namespace textwell
