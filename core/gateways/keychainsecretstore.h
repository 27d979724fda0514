#pragma once

#include "secretstore.h"

#include <QCoreApplication>
#include <QString>

namespace textwell {

// Secrets in the OS keychain through QtKeychain: Secret Service (gnome-keyring, KeePassXC) or
// KWallet on Linux, Keychain on macOS, Credential Manager on Windows. Never falls back to a plain
// text file: without a keychain every call fails with SecretError::Unavailable.
//
// Each call waits in a local event loop for QtKeychain's asynchronous job, at most timeoutMs, so
// a hung D-Bus never hangs the caller. QtKeychain runs its jobs one at a time through a
// per-process queue that is not thread-safe: use every KeychainSecretStore from one thread (the
// UI thread); a call from another thread fails with SecretError::Failed.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit KeychainSecretStore(QString service = QStringLiteral("Textwell"),
                                 int timeoutMs = DefaultTimeoutMs);

    QString service() const { return m_service; }

protected:
    Result<QString> readSecret(const QString& key, SecretError& why) override;
    Status writeSecret(const QString& key, const QString& secret, SecretError& why) override;
    Status removeSecret(const QString& key, SecretError& why) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace textwell
