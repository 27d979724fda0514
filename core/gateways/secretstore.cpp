#include "secretstore.h"

#include <utility>

namespace textwell {

namespace {

template<class R> R emptyKey(SecretError* why)
{
    if (why)
        *why = SecretError::Failed;
    return R::failure(SecretStore::tr("The keychain entry has no name."));
}

template<class R> R finish(R result, SecretError kind, SecretError* why)
{
    if (why)
        *why = result.ok() ? SecretError::None : kind;
    return result;
}

} // namespace

QString SecretStore::keyFor(const QString& gateway, const QString& account)
{
    return gateway.trimmed().toLower() + QLatin1Char('/') + account.trimmed();
}

Result<QString> SecretStore::read(const QString& key, SecretError* why)
{
    if (key.isEmpty())
        return emptyKey<Result<QString>>(why);
    SecretError kind = SecretError::Failed;
    auto result = readSecret(key, kind); // before reading `kind`
    return finish(std::move(result), kind, why);
}

Status SecretStore::write(const QString& key, const QString& secret, SecretError* why)
{
    if (key.isEmpty())
        return emptyKey<Status>(why);
    SecretError kind = SecretError::Failed;
    auto result = writeSecret(key, secret, kind); // before reading `kind`
    return finish(std::move(result), kind, why);
}

Status SecretStore::remove(const QString& key, SecretError* why)
{
    if (key.isEmpty())
        return emptyKey<Status>(why);
    SecretError kind = SecretError::Failed;
    auto result = removeSecret(key, kind); // before reading `kind`
    return finish(std::move(result), kind, why);
}

} // namespace textwell
