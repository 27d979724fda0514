#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace textwell {

// Why a secret could not be read or stored. The app asks the person for the secret each session
// when the keychain is missing or refuses (Unavailable, Denied), and asks them to enter it in
// Settings when the keychain works but holds nothing (NotFound).
enum class SecretError
{
    None = 0,
    NotFound = 1,    // the keychain works, the entry does not exist
    Denied = 2,      // the keychain is locked or the person refused access
    Unavailable = 3, // no keychain here (no Secret Service, no D-Bus session), or it did not answer
    Failed = 4,      // anything else
};

// Where gateway secrets (Twilio auth token, Kannel password) live: the OS keychain, never the
// database or a settings file. Calls block until the keychain answers or gives up, which is fine
// for one small item from the UI thread; they may also be called from a worker thread that has a
// QThread event dispatcher.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    virtual ~SecretStore() = default;

    // The one place that names keychain entries: "twilio/AC123", "kannel/user@host:13013".
    static QString keyFor(const QString& gateway, const QString& account);
    // True when the app should ask the person for the secret instead (this session only).
    static bool asksEachSession(SecretError error)
    {
        return error == SecretError::Denied || error == SecretError::Unavailable;
    }

    // The failure message says why (not found, locked, no keychain); `why`, when given, receives
    // the kind, None on success.
    Result<QString> read(const QString& key, SecretError* why = nullptr);
    // Replaces any secret stored under key.
    Status write(const QString& key, const QString& secret, SecretError* why = nullptr);
    // Removing an entry that does not exist succeeds.
    Status remove(const QString& key, SecretError* why = nullptr);

protected:
    SecretStore() = default;
    SecretStore(const SecretStore&) = default;
    SecretStore& operator=(const SecretStore&) = default;

    // Implementations set `why` on failure; the key is never empty here.
    virtual Result<QString> readSecret(const QString& key, SecretError& why) = 0;
    virtual Status writeSecret(const QString& key, const QString& secret, SecretError& why) = 0;
    virtual Status removeSecret(const QString& key, SecretError& why) = 0;
};

} // namespace textwell
