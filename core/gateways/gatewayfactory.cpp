#include "gatewayfactory.h"

#include "fileexportgateway.h"
#include "kannelgateway.h"
#include "secretstore.h"
#include "twiliogateway.h"

namespace textwell {

namespace {

using Key = BusinessSettings::Key;

TwilioGateway::Config twilioConfig(const BusinessSettings& settings, const QString& secret)
{
    TwilioGateway::Config config;
    config.baseUrl = QUrl(settings.value(Key::TwilioApiUrl));
    config.accountSid = settings.value(Key::TwilioAccountSid);
    config.authToken = secret;
    config.from = settings.value(Key::TwilioFrom);
    config.messagingServiceSid = settings.value(Key::TwilioMessagingService);
    config.maxRate = settings.value(Key::SendRate).toDouble();
    return config;
}

KannelGateway::Config kannelConfig(const BusinessSettings& settings, const QString& secret,
                                   const QString& dlrUrlBase)
{
    KannelGateway::Config config;
    config.baseUrl = QUrl(settings.value(Key::KannelUrl));
    config.username = settings.value(Key::KannelUsername);
    config.password = secret;
    config.from = settings.value(Key::KannelFrom);
    config.dlrUrlBase = dlrUrlBase;
    config.maxRate = settings.value(Key::SendRate).toDouble();
    return config;
}

} // namespace

QString GatewayFactory::secretKey(const BusinessSettings& settings)
{
    const QString gateway = settings.value(Key::Gateway);
    if (gateway == QLatin1String("twilio"))
        return SecretStore::keyFor(QStringLiteral("twilio"), settings.value(Key::TwilioAccountSid));
    if (gateway == QLatin1String("kannel")) {
        const QUrl url(settings.value(Key::KannelUrl));
        return SecretStore::keyFor(QStringLiteral("kannel"),
                                   settings.value(Key::KannelUsername) + QLatin1Char('@') + url.host() +
                                       QLatin1Char(':') + QString::number(url.port(80)));
    }
    return {};
}

QString GatewayFactory::secretLabel(const BusinessSettings& settings)
{
    const QString gateway = settings.value(Key::Gateway);
    if (gateway == QLatin1String("twilio"))
        return tr("Twilio auth token");
    if (gateway == QLatin1String("kannel"))
        return tr("Kannel password");
    return {};
}

QString GatewayFactory::configProblem(const BusinessSettings& settings, const QString& secret)
{
    const QString gateway = settings.value(Key::Gateway);
    if (gateway == QLatin1String("twilio"))
        return TwilioGateway::configProblem(twilioConfig(settings, secret));
    if (gateway == QLatin1String("kannel"))
        return KannelGateway::configProblem(kannelConfig(settings, secret, QString()));
    return FileExportGateway::configProblem(settings.value(Key::ExportFile));
}

Result<std::unique_ptr<Gateway>> GatewayFactory::create(const BusinessSettings& settings,
                                                        const QString& secret, const QString& dlrUrlBase)
{
    using R = Result<std::unique_ptr<Gateway>>;
    if (const QString problem = configProblem(settings, secret); !problem.isEmpty())
        return R::failure(problem);
    const QString gateway = settings.value(Key::Gateway);
    if (gateway == QLatin1String("twilio"))
        return std::unique_ptr<Gateway>(std::make_unique<TwilioGateway>(twilioConfig(settings, secret)));
    if (gateway == QLatin1String("kannel"))
        return std::unique_ptr<Gateway>(
            std::make_unique<KannelGateway>(kannelConfig(settings, secret, dlrUrlBase)));
    return std::unique_ptr<Gateway>(std::make_unique<FileExportGateway>(settings.value(Key::ExportFile)));
}

} // namespace textwell
