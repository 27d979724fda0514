#include "campaigncommands.h"

#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/deliveryrecorder.h"
#include "campaigns/outbox.h"
#include "campaigns/sendingworker.h"
#include "clicommands.h"
#include "gateways/callbackserver.h"
#include "gateways/gatewayfactory.h"
#include "gateways/keychainsecretstore.h"
#include "inbound/replyrecorder.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <iostream>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace textwell;

namespace {

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Campaign& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("status"), Campaign::statusCode(c.status)},
                       {QStringLiteral("segment"), c.segmentName},
                       {QStringLiteral("text"), c.body},
                       {QStringLiteral("text_b"), c.bodyB},
                       {QStringLiteral("ab_share"), c.abSharePercent},
                       {QStringLiteral("winner"), c.winner},
                       {QStringLiteral("scheduled_at"), isoOrEmpty(c.scheduledAt)},
                       {QStringLiteral("started_at"), isoOrEmpty(c.startedAt)},
                       {QStringLiteral("finished_at"), isoOrEmpty(c.finishedAt)},
                       {QStringLiteral("last_error"), c.lastError}};
}

QJsonObject toJson(const QMap<QString, qint64>& counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// A line typed on the terminal without showing it.
QString readHidden(const QString& prompt)
{
    std::cerr << prompt.toStdString() << std::flush;
#ifdef Q_OS_UNIX
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    std::cerr << std::endl;
    return QString::fromStdString(line).trimmed();
}

} // namespace

void CampaignCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("segment"), tr("The saved segment a campaign goes to."), tr("name")},
        {QStringLiteral("template-b"), tr("The second text of an A/B test."), tr("text")},
        {QStringLiteral("ab-share"), tr("A/B test: each text goes to this percentage first (1-50)."),
         tr("percent")},
        {QStringLiteral("ab-metric"),
         tr("A/B test: the winner has fewer opt-outs (opt-out) or more deliveries "
            "(delivery)."),
         tr("metric")},
        {QStringLiteral("ab-hours"),
         tr("A/B test: the rest goes to the winner this many hours after the start."), tr("hours")},
        {QStringLiteral("at"), tr("Schedule for this local date and time, e.g. 2026-12-01T10:00."),
         tr("time")},
        {QStringLiteral("due"), tr("send: send what is due now, then stop.")},
        {QStringLiteral("wait-reports"),
         tr("send: keep listening this many seconds for delivery reports at the end (default 5)."),
         tr("seconds")},
    });
}

CampaignCommands::CampaignCommands(CliCommands& cli, const QCommandLineParser& parser, Connection& connection)
    : m_cli(cli), m_parser(parser), m_connection(connection), m_out(stdout)
{}

Result<Campaign> CampaignCommands::find(const QString& idOrName) const
{
    CampaignStore store(m_connection.database());
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    if (isId)
        return store.get(id);
    Result<std::optional<Campaign>> named = store.findByName(idOrName);
    if (!named)
        return Result<Campaign>::failure(named.error());
    if (!named.value())
        return Result<Campaign>::failure(tr("There is no campaign named “%1”.").arg(idOrName));
    return *named.value();
}

int CampaignCommands::campaign(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("list"))
        return list();
    if (action == QLatin1String("create"))
        return args.size() == 2 ? create(args.value(1))
                                : m_cli.usage(tr("campaign create needs a name, in quotes."));
    static const QStringList actions = {QStringLiteral("start"),  QStringLiteral("pause"),
                                        QStringLiteral("resume"), QStringLiteral("cancel"),
                                        QStringLiteral("status"), QStringLiteral("messages")};
    if (!actions.contains(action))
        return m_cli.usage(
            tr("campaign needs one of: create, list, start, pause, resume, cancel, status, messages."));
    if (args.size() != 2)
        return m_cli.usage(tr("campaign %1 needs the campaign's number or name.").arg(action));
    Result<Campaign> found = find(args.value(1));
    if (!found)
        return m_cli.fail(found.error());
    const Campaign& c = found.value();
    CampaignStore store(m_connection.database());
    if (action == QLatin1String("status"))
        return status(c);
    if (action == QLatin1String("messages"))
        return messages(c);
    if (action == QLatin1String("start"))
        return start(c);
    Status changed = action == QLatin1String("pause")    ? store.pause(c.id)
                     : action == QLatin1String("resume") ? store.resume(c.id)
                                                         : store.cancel(c.id);
    if (!changed)
        return m_cli.fail(changed.error());
    Result<Campaign> now = store.get(c.id);
    if (!now)
        return m_cli.fail(now.error());
    if (m_cli.json())
        m_cli.printJson(toJson(now.value()));
    else
        m_out << tr("Campaign %1 “%2”: %3.").arg(c.id).arg(c.name, Campaign::statusLabel(now.value().status))
              << Qt::endl;
    return 0;
}

int CampaignCommands::create(const QString& name)
{
    Campaign c;
    c.name = name;
    c.body = m_parser.value(QStringLiteral("template"));
    c.bodyB = m_parser.value(QStringLiteral("template-b"));
    if (m_parser.isSet(QStringLiteral("segment"))) {
        Result<SavedSegment> segment =
            SegmentStore(m_connection.database()).find(m_parser.value(QStringLiteral("segment")));
        if (!segment)
            return m_cli.fail(segment.error());
        c.segmentName = segment.value().name;
        c.rule = segment.value().ruleJson;
    } else if (m_parser.isSet(QStringLiteral("rule"))) {
        c.rule = m_parser.value(QStringLiteral("rule"));
        c.segmentName = tr("Custom rule");
    } else {
        return m_cli.usage(tr("campaign create needs --segment NAME or --rule JSON, and --template TEXT."));
    }
    if (!c.bodyB.isEmpty()) {
        bool ok = false;
        c.abSharePercent = m_parser.value(QStringLiteral("ab-share")).toInt(&ok);
        if (!ok)
            c.abSharePercent = 10;
        c.abHours = m_parser.isSet(QStringLiteral("ab-hours"))
                        ? m_parser.value(QStringLiteral("ab-hours")).toInt()
                        : 4;
        const auto metric = Campaign::metricFromCode(m_parser.value(QStringLiteral("ab-metric")));
        if (m_parser.isSet(QStringLiteral("ab-metric")) && !metric)
            return m_cli.usage(tr("--ab-metric is opt-out or delivery."));
        c.abMetric = metric.value_or(AbMetric::OptOutRate);
    }
    CampaignStore store(m_connection.database());
    Result<qint64> id = store.create(c);
    if (!id)
        return m_cli.fail(id.error());
    if (m_parser.isSet(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(m_parser.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return m_cli.usage(tr("“%1” is not a date and time such as 2026-12-01T10:00.")
                                   .arg(m_parser.value(QStringLiteral("at"))));
        if (Status s = store.schedule(id.value(), at.toUTC()); !s)
            return m_cli.fail(tr("The campaign was saved as draft %1 but not scheduled: %2")
                                  .arg(id.value())
                                  .arg(s.error()));
    }
    Result<Campaign> saved = store.get(id.value());
    if (!saved)
        return m_cli.fail(saved.error());
    if (m_cli.json())
        m_cli.printJson(toJson(saved.value()));
    else
        m_out << tr("Created campaign %1 “%2”: %3.")
                     .arg(id.value())
                     .arg(saved.value().name, Campaign::statusLabel(saved.value().status))
              << Qt::endl;
    return 0;
}

int CampaignCommands::list()
{
    Result<QVector<Campaign>> campaigns = CampaignStore(m_connection.database()).list();
    if (!campaigns)
        return m_cli.fail(campaigns.error());
    if (m_cli.json()) {
        QJsonArray rows;
        for (const Campaign& c : campaigns.value())
            rows.append(toJson(c));
        m_cli.printJson(rows);
        return 0;
    }
    if (campaigns.value().isEmpty())
        m_out << tr("No campaigns yet. Create one with: textwell-cli campaign create NAME --segment S "
                    "--template TEXT")
              << Qt::endl;
    for (const Campaign& c : campaigns.value())
        m_out << c.id << '\t' << Campaign::statusCode(c.status) << '\t' << c.name << Qt::endl;
    return 0;
}

int CampaignCommands::start(const Campaign& campaign)
{
    Result<qint64> started = CampaignStarter(m_connection.database()).start(campaign.id);
    if (!started) {
        CampaignStore(m_connection.database()).setLastError(campaign.id, started.error());
        return m_cli.fail(started.error());
    }
    if (m_cli.json())
        m_cli.printJson(
            QJsonObject{{QStringLiteral("id"), campaign.id}, {QStringLiteral("to_send"), started.value()}});
    else
        //: %1 is the campaign's number, %n how many messages it sends.
        m_out
            << tr("Campaign %1 started: %n message(s) to send. Textwell sends them while it is open, or run: "
                  "textwell-cli send --due",
                  nullptr, int(started.value()))
                   .arg(campaign.id)
            << Qt::endl;
    return 0;
}

int CampaignCommands::status(const Campaign& campaign)
{
    Result<CampaignTotals> totals = CampaignStore(m_connection.database()).totals(campaign.id);
    if (!totals)
        return m_cli.fail(totals.error());
    const CampaignTotals& t = totals.value();
    if (m_cli.json()) {
        QJsonObject states;
        for (auto it = t.byState.cbegin(); it != t.byState.cend(); ++it)
            states.insert(OutboxMessage::stateCode(it.key()), it.value());
        QJsonObject json = toJson(campaign);
        json.insert(QStringLiteral("total"), t.total());
        json.insert(QStringLiteral("pending"), t.pending());
        json.insert(QStringLiteral("states"), states);
        json.insert(QStringLiteral("skipped"), toJson(t.skippedByReason));
        json.insert(QStringLiteral("held"), toJson(t.heldByReason));
        json.insert(QStringLiteral("failed"), toJson(t.failedByReason));
        m_cli.printJson(json);
        return 0;
    }
    m_out << tr("Campaign %1 “%2”: %3")
                 .arg(campaign.id)
                 .arg(campaign.name, Campaign::statusLabel(campaign.status))
          << Qt::endl;
    if (!campaign.lastError.isEmpty())
        m_out << tr("Problem: %1").arg(campaign.lastError) << Qt::endl;
    for (MessageState state : OutboxMessage::allStates()) {
        if (t.count(state) > 0)
            m_out << "  " << OutboxMessage::stateLabel(state) << ": " << t.count(state) << Qt::endl;
    }
    auto reasons = [&](const QString& title, const QMap<QString, qint64>& counts) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_out << "  " << title << " — " << OutboxMessage::reasonLabel(it.key()) << ": " << it.value()
                  << Qt::endl;
    };
    reasons(tr("skipped"), t.skippedByReason);
    reasons(tr("waiting"), t.heldByReason);
    reasons(tr("failed"), t.failedByReason);
    return 0;
}

int CampaignCommands::messages(const Campaign& campaign)
{
    const int limit =
        m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt() : 50;
    const qint64 offset = m_parser.value(QStringLiteral("offset")).toLongLong();
    Result<QVector<OutboxMessage>> rows =
        CampaignStore(m_connection.database()).messages(campaign.id, offset, limit);
    if (!rows)
        return m_cli.fail(rows.error());
    QJsonArray json;
    for (const OutboxMessage& m : rows.value()) {
        if (m_cli.json()) {
            json.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("phone"), m.phone},
                                    {QStringLiteral("variant"), m.variant},
                                    {QStringLiteral("text"), m.body},
                                    {QStringLiteral("parts"), m.parts},
                                    {QStringLiteral("encoding"), m.encoding},
                                    {QStringLiteral("state"), OutboxMessage::stateCode(m.state)},
                                    {QStringLiteral("reason"), m.reason},
                                    {QStringLiteral("attempts"), m.attempts},
                                    {QStringLiteral("provider_id"), m.providerId},
                                    {QStringLiteral("error_code"), m.errorCode},
                                    {QStringLiteral("error"), m.error},
                                    {QStringLiteral("sent_at"), isoOrEmpty(m.sentAt)},
                                    {QStringLiteral("delivered_at"), isoOrEmpty(m.deliveredAt)}});
        } else {
            m_out << m.id << '\t' << m.phone << '\t' << OutboxMessage::stateCode(m.state) << '\t' << m.reason
                  << '\t' << m.parts << '\t'
                  << QString(m.body).replace(QLatin1Char('\n'), QStringLiteral(" / ")) << Qt::endl;
        }
    }
    if (m_cli.json())
        m_cli.printJson(json);
    return 0;
}

Result<QString> CampaignCommands::gatewaySecret() const
{
    const BusinessSettings settings(m_connection.database());
    const QString key = GatewayFactory::secretKey(settings);
    if (key.isEmpty())
        return QString();
    // For the OS scheduler on a machine without a keychain: the environment, never a file.
    if (qEnvironmentVariableIsSet("TEXTWELL_GATEWAY_SECRET"))
        return qEnvironmentVariable("TEXTWELL_GATEWAY_SECRET");
    KeychainSecretStore keychain;
    SecretError why = SecretError::None;
    Result<QString> stored = keychain.read(key, &why);
    if (stored)
        return stored;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO))
        return readHidden(tr("%1 (not kept): ").arg(GatewayFactory::secretLabel(settings)));
#endif
    return Result<QString>::failure(tr("%1 The %2 is needed: store it with “textwell-cli gateway secret”, or "
                                       "set TEXTWELL_GATEWAY_SECRET.")
                                        .arg(stored.error(), GatewayFactory::secretLabel(settings)));
}

int CampaignCommands::send(const QStringList& args)
{
    if (!args.isEmpty() || !m_parser.isSet(QStringLiteral("due")))
        return m_cli.usage(tr("send needs --due: it sends what is due now, then stops."));
    return sendDue();
}

int CampaignCommands::sendDue()
{
    Result<QString> secret = gatewaySecret();
    if (!secret)
        return m_cli.fail(secret.error());
    BusinessSettings settings(m_connection.database());
    // Delivery reports come back while this runs (Kannel); the worker sends on its own thread.
    std::unique_ptr<CallbackServer> callbacks;
    DeliveryRecorder reports(m_connection.path());
    ReplyRecorder replies(m_connection.path());
    if (settings.value(BusinessSettings::Key::Gateway) == QLatin1String("kannel")) {
        Result<QString> token = settings.callbackToken();
        if (!token)
            return m_cli.fail(token.error());
        callbacks = std::make_unique<CallbackServer>(token.value());
        const Status listening =
            callbacks->listen(QHostAddress(settings.value(BusinessSettings::Key::CallbackAddress)),
                              quint16(settings.value(BusinessSettings::Key::CallbackPort).toUInt()));
        if (!listening) {
            m_cli.fail(tr("%1 Sending without delivery reports.").arg(listening.error()));
            callbacks.reset();
        } else {
            QObject::connect(callbacks.get(), &CallbackServer::deliveryReport, &reports,
                             &DeliveryRecorder::record);
            QObject::connect(callbacks.get(), &CallbackServer::replyReceived, &replies,
                             &ReplyRecorder::record);
            QObject::connect(&replies, &ReplyRecorder::recorded, callbacks.get(),
                             &CallbackServer::answerReply);
            QObject::connect(&replies, &ReplyRecorder::problem, &replies,
                             [this](const QString& message) { m_cli.fail(message); });
        }
    }
    SendingWorker::Config config;
    config.databasePath = m_connection.path();
    config.secret = secret.value();
    config.dlrUrlBase = callbacks ? callbacks->dlrUrlBase() : QString();
    config.untilIdle = true;
    // Replies that came while listening at the end may have queued answers (a STOP's
    // confirmation): another pass sends them, a few passes at most.
    constexpr int MaxPasses = 3;
    for (int pass = 0; pass < MaxPasses; ++pass) {
        auto* worker = new SendingWorker(config);
        QThread thread;
        worker->moveToThread(&thread);
        QEventLoop loop;
        bool ok = true;
        QObject::connect(&thread, &QThread::started, worker, &SendingWorker::run);
        QObject::connect(worker, &SendingWorker::problem, &loop,
                         [&](const QString& message) { m_cli.fail(message); });
        // The context is the recorder: the worker's own thread is busy in run(); wake() is thread-safe.
        QObject::connect(&replies, &ReplyRecorder::received, &replies, [worker](bool answerQueued) {
            if (answerQueued)
                worker->wake();
        });
        QObject::connect(worker, &SendingWorker::finished, &loop, [&](bool started) {
            ok = started;
            const int waitSeconds = m_parser.isSet(QStringLiteral("wait-reports"))
                                        ? m_parser.value(QStringLiteral("wait-reports")).toInt()
                                        : 5;
            QTimer::singleShot(callbacks ? waitSeconds * 1000 : 0, &loop, &QEventLoop::quit);
        });
        thread.start();
        loop.exec();
        thread.quit();
        thread.wait();
        delete worker;
        if (!ok)
            return 1;
        const Result<bool> answers = Outbox(m_connection.database()).hasQueuedAnswers();
        if (!answers || !answers.value())
            break;
    }
    m_out << tr("Sent what was due.") << Qt::endl;
    return 0;
}

int CampaignCommands::gateway(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("test") && args.size() == 2)
        return testMessage(args.value(1));
    if (action == QLatin1String("secret") && args.size() == 1)
        return storeSecret();
    return m_cli.usage(tr("gateway needs one of: test NUMBER, secret."));
}

int CampaignCommands::storeSecret()
{
    const BusinessSettings settings(m_connection.database());
    const QString key = GatewayFactory::secretKey(settings);
    if (key.isEmpty())
        return m_cli.fail(tr("The chosen gateway needs no secret."));
    const QString secret = readHidden(tr("%1: ").arg(GatewayFactory::secretLabel(settings)));
    if (secret.isEmpty())
        return m_cli.usage(tr("Nothing was typed; nothing was stored."));
    KeychainSecretStore keychain;
    if (Status stored = keychain.write(key, secret); !stored)
        return m_cli.fail(stored.error());
    m_out << tr("Stored in the keychain.") << Qt::endl;
    return 0;
}

int CampaignCommands::testMessage(const QString& number)
{
    const BusinessSettings settings(m_connection.database());
    Result<ParsedNumber> parsed =
        PhoneNumbers::parse(number, settings.value(BusinessSettings::Key::DefaultCountry));
    if (!parsed)
        return m_cli.fail(parsed.error());
    Result<QString> secret = gatewaySecret();
    if (!secret)
        return m_cli.fail(secret.error());
    Result<std::unique_ptr<Gateway>> gateway = GatewayFactory::create(settings, secret.value(), QString());
    if (!gateway)
        return m_cli.fail(gateway.error());
    const QString body = tr("Test message from Textwell: the gateway works.");
    const SmsInfo info = SmsEncoding::analyse(body);
    const SendOutcome outcome = gateway.value()->send(
        OutgoingSms{0, parsed.value().e164, body, info.encoding, info.parts, Clock::currentUtc()});
    if (outcome.kind != SendOutcome::Kind::Accepted)
        return m_cli.fail(tr("The gateway did not take the test message: %1").arg(outcome.error));
    m_out << (gateway.value()->isExport()
                  ? tr("The test message was written to the export file.")
                  : tr("The gateway took the test message for %1.").arg(parsed.value().e164))
          << Qt::endl;
    return 0;
}
