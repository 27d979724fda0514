#pragma once

#include "gateway.h"
#include "storage/businesssettings.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

namespace textwell {

// The gateway the settings choose, made ready to send. The secret (Twilio auth token, Kannel
// password) comes from the keychain or the person, never from the database.
class GatewayFactory
{
    Q_DECLARE_TR_FUNCTIONS(GatewayFactory)

public:
    // The keychain entry holding the secret the chosen gateway needs; empty when it needs none.
    static QString secretKey(const BusinessSettings& settings);
    // What the secret is called, for a prompt: "Twilio auth token".
    static QString secretLabel(const BusinessSettings& settings);

    // dlrUrlBase: where delivery reports go (CallbackServer::dlrUrlBase()); empty for none.
    static Result<std::unique_ptr<Gateway>> create(const BusinessSettings& settings, const QString& secret,
                                                   const QString& dlrUrlBase);
    // What is missing or wrong in the settings, for the settings page; empty when they can work.
    static QString configProblem(const BusinessSettings& settings, const QString& secret);
};

} // namespace textwell
