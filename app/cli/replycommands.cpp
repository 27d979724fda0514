#include "replycommands.h"

#include "campaigncommands.h"
#include "campaigns/outboxmessage.h"
#include "clicommands.h"
#include "compliance/confirmationrequests.h"
#include "contacts/phonenumbers.h"
#include "gateways/gatewayfactory.h"
#include "inbound/inbox.h"
#include "inbound/replyclassifier.h"
#include "inbound/replyfetcher.h"
#include "inbound/replyfile.h"
#include "inbound/replysettings.h"
#include "storage/businesssettings.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace textwell;

namespace {

QString iso(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject classificationJson(const ReplyClassification& c)
{
    return QJsonObject{{QStringLiteral("kind"), ReplyClassification::kindCode(c.kind)},
                       {QStringLiteral("confidence"), c.confidence},
                       {QStringLiteral("rule"), c.rule},
                       {QStringLiteral("reason"), c.reasonCode},
                       {QStringLiteral("language"), c.language}};
}

QJsonObject replyJson(const StoredReply& r)
{
    QJsonObject o = classificationJson(r.classification);
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("phone"), r.phone);
    o.insert(QStringLiteral("text"), r.body);
    o.insert(QStringLiteral("received_at"), iso(r.receivedAt));
    o.insert(QStringLiteral("action"), r.action);
    o.insert(QStringLiteral("campaign_id"), r.campaignId);
    o.insert(QStringLiteral("handled"), r.handled);
    o.insert(QStringLiteral("review_due"), iso(r.reviewDue));
    return o;
}

} // namespace

void ReplyCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("lang"), tr("classify: the sender's language (en, ru, de)."), tr("code")},
        {QStringLiteral("from"),
         tr("replies receive: the sender's number; report: the first day (YYYY-MM-DD; default: 89 days "
            "before --to)."),
         tr("number|date")},
        {QStringLiteral("body"), tr("replies receive, inbox reply: the message text."), tr("text")},
        {QStringLiteral("received"),
         tr("replies receive: when it was sent (ISO date and time; default: now)."), tr("time")},
        {QStringLiteral("review"), tr("inbox list: only numbers with possible opt-outs to decide.")},
        {QStringLiteral("all"), tr("inbox list: also numbers whose replies are all handled; confirmations "
                                   "ask: everyone awaiting confirmation who was never asked.")},
        {QStringLiteral("reply"), tr("inbox mark: the reply to decide about (its id)."), tr("id")},
    });
}

int ReplyCommands::classify(CliCommands& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1)
        return cli.usage(tr("classify needs the reply's text, in quotes."));
    const ReplyClassification c =
        ReplyClassifier().classify(args.first(), parser.value(QStringLiteral("lang")));
    if (cli.json()) {
        cli.printJson(classificationJson(c));
        return 0;
    }
    QTextStream out(stdout);
    out << tr("Kind: %1").arg(ReplyClassification::kindLabel(c.kind)) << " ("
        << ReplyClassification::kindCode(c.kind) << ")" << Qt::endl;
    out << tr("Confidence: %1").arg(c.confidence, 0, 'f', 2) << Qt::endl;
    out << tr("Rule: %1").arg(c.rule.isEmpty() ? tr("none") : c.rule) << Qt::endl;
    if (!c.reasonCode.isEmpty())
        out << tr("Reason: %1").arg(OptOutReasons::label(*OptOutReasons::fromCode(c.reasonCode))) << Qt::endl;
    return 0;
}

ReplyCommands::ReplyCommands(CliCommands& cli, const QCommandLineParser& parser, Connection& connection)
    : m_cli(cli), m_parser(parser), m_connection(connection), m_out(stdout)
{}

QString ReplyCommands::region() const
{
    return m_parser.isSet(QStringLiteral("country"))
               ? m_parser.value(QStringLiteral("country")).toUpper()
               : BusinessSettings(m_connection.database()).value(BusinessSettings::Key::DefaultCountry);
}

int ReplyCommands::inbox(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return list();
    if (action == QLatin1String("show") && args.size() == 2)
        return show(args.value(1));
    if (action == QLatin1String("reply") && args.size() == 2)
        return reply(args.value(1));
    if (action == QLatin1String("mark"))
        return mark(args.mid(1));
    return m_cli.usage(tr("inbox needs one of: list, show NUMBER, reply NUMBER --body TEXT, "
                          "mark NUMBER handled|open, mark --reply ID opt-out --reason CODE|not-opt-out."));
}

int ReplyCommands::list()
{
    const Inbox::Filter filter = m_parser.isSet(QStringLiteral("review")) ? Inbox::Filter::Review
                                 : m_parser.isSet(QStringLiteral("all"))  ? Inbox::Filter::All
                                                                          : Inbox::Filter::Open;
    Result<QVector<Conversation>> list = Inbox(m_connection.database(), region(), CliCommands::actorName())
                                             .conversations(filter, m_parser.value(QStringLiteral("search")));
    if (!list)
        return m_cli.fail(list.error());
    if (m_cli.json()) {
        QJsonArray array;
        for (const Conversation& c : list.value())
            array.append(QJsonObject{{QStringLiteral("phone"), c.phone},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("last_text"), c.lastText},
                                     {QStringLiteral("last_at"), iso(c.lastAt)},
                                     {QStringLiteral("unread"), c.unread},
                                     {QStringLiteral("open"), c.open},
                                     {QStringLiteral("review_due"), iso(c.reviewDue)},
                                     {QStringLiteral("suppressed"), c.suppressed}});
        m_cli.printJson(array);
        return 0;
    }
    if (list.value().isEmpty())
        m_out << tr("No replies here.") << Qt::endl;
    for (const Conversation& c : list.value()) {
        m_out << PhoneNumbers::formatInternational(c.phone);
        if (!c.name.isEmpty())
            m_out << "  " << c.name;
        m_out << "  " << c.lastAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << c.lastText.simplified().left(60);
        if (c.reviewDue.isValid())
            m_out << "  " << tr("[decide by %1]").arg(c.reviewDue.toLocalTime().date().toString(Qt::ISODate));
        m_out << Qt::endl;
    }
    return 0;
}

int ReplyCommands::show(const QString& number)
{
    Inbox inbox(m_connection.database(), region(), CliCommands::actorName());
    Result<QString> phone = inbox.senderNumber(number);
    if (!phone)
        return m_cli.fail(phone.error());
    Result<QVector<ThreadEntry>> thread = inbox.thread(phone.value());
    if (!thread)
        return m_cli.fail(thread.error());
    if (m_cli.json()) {
        QJsonArray array;
        for (const ThreadEntry& e : thread.value())
            array.append(QJsonObject{
                {QStringLiteral("direction"), e.incoming ? QStringLiteral("in") : QStringLiteral("out")},
                {QStringLiteral("id"), e.id},
                {QStringLiteral("text"), e.body},
                {QStringLiteral("at"), iso(e.at)},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("status"), e.status},
                {QStringLiteral("reason"), e.reasonCode},
                {QStringLiteral("review_due"), iso(e.reviewDue)}});
        m_cli.printJson(array);
        return 0;
    }
    for (const ThreadEntry& e : thread.value()) {
        m_out << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << (e.incoming ? "  <  " : "  >  ") << e.body.simplified();
        QStringList what;
        if (e.incoming) {
            what << ReplyClassification::kindLabel(
                ReplyClassification::kindFromCode(e.kind).value_or(ReplyClassification::Kind::Other));
            if (!e.status.isEmpty())
                what << ReplyAction::label(e.status);
        } else {
            what << OutboxPurpose::label(e.kind);
            if (const auto state = OutboxMessage::stateFromCode(e.status))
                what << OutboxMessage::stateLabel(*state);
        }
        m_out << "  [" << what.join(QStringLiteral(" · ")) << "]";
        if (e.incoming)
            m_out << "  #" << e.id;
        m_out << Qt::endl;
    }
    return 0;
}

int ReplyCommands::reply(const QString& number)
{
    Inbox inbox(m_connection.database(), region(), CliCommands::actorName());
    Result<QString> phone = inbox.senderNumber(number);
    if (!phone)
        return m_cli.fail(phone.error());
    Result<qint64> id = inbox.sendAnswer(phone.value(), m_parser.value(QStringLiteral("body")));
    if (!id)
        return m_cli.fail(id.error());
    m_out << tr("Queued; it goes out with the next send.") << Qt::endl;
    return 0;
}

int ReplyCommands::mark(const QStringList& args)
{
    Inbox inbox(m_connection.database(), region(), CliCommands::actorName());
    if (m_parser.isSet(QStringLiteral("reply"))) {
        const qint64 id = m_parser.value(QStringLiteral("reply")).toLongLong();
        if (args.value(0) == QLatin1String("not-opt-out")) {
            if (Status s = inbox.decideNotOptOut(id); !s)
                return m_cli.fail(s.error());
            return 0;
        }
        if (args.value(0) == QLatin1String("opt-out")) {
            const auto reason = OptOutReasons::fromCode(m_parser.value(QStringLiteral("reason")));
            if (!reason)
                return m_cli.usage(tr("opt-out needs --reason, one of: %1.").arg(OptOutReasons::allCodes()));
            Result<ReceivedReply> decided =
                inbox.decideOptOut(id, *reason, m_parser.value(QStringLiteral("text")));
            if (!decided)
                return m_cli.fail(decided.error());
            m_out << tr("Unsubscribed.") << Qt::endl;
            return 0;
        }
        return m_cli.usage(tr("inbox mark --reply ID needs opt-out or not-opt-out."));
    }
    if (args.size() != 2 ||
        (args.value(1) != QLatin1String("handled") && args.value(1) != QLatin1String("open")))
        return m_cli.usage(tr("inbox mark needs a number and handled or open."));
    Result<QString> phone = inbox.senderNumber(args.value(0));
    if (!phone)
        return m_cli.fail(phone.error());
    if (Status s = inbox.markHandled(phone.value(), args.value(1) == QLatin1String("handled")); !s)
        return m_cli.fail(s.error());
    return 0;
}

int ReplyCommands::replies(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("import") && args.size() == 2)
        return importFile(args.value(1));
    if (action == QLatin1String("receive") && args.size() == 1)
        return receive();
    if (action == QLatin1String("fetch") && args.size() == 1)
        return fetch();
    return m_cli.usage(tr("replies needs one of: import FILE, receive --from NUMBER --body TEXT, fetch."));
}

int ReplyCommands::importFile(const QString& path)
{
    Result<ReplyFile::Read> read = ReplyFile::read(path, m_parser.isSet(QStringLiteral("source"))
                                                             ? m_parser.value(QStringLiteral("source"))
                                                             : QStringLiteral("file"));
    if (!read)
        return m_cli.fail(read.error());
    for (const QString& problem : read.value().problems)
        m_cli.fail(problem);
    Inbox inbox(m_connection.database(), region(), CliCommands::actorName());
    int added = 0;
    int optedOut = 0;
    for (const IncomingReply& reply : read.value().replies) {
        Result<ReceivedReply> stored = inbox.receive(reply);
        if (!stored)
            return m_cli.fail(tr("Stopped at the reply from %1: %2 (the replies before it are stored).")
                                  .arg(reply.from, stored.error()));
        added += stored.value().duplicate ? 0 : 1;
        optedOut += stored.value().reply.action == ReplyAction::OptedOut ? 1 : 0;
    }
    //: %n is how many new replies were stored, %L1 how many were known already, %L2 how many numbers
    //: were unsubscribed by them.
    m_out << tr("%n new reply(ies) stored, %L1 already known; numbers unsubscribed: %L2.", nullptr,
                int(added))
                 .arg(read.value().replies.size() - added)
                 .arg(optedOut)
          << Qt::endl;
    return read.value().problems.isEmpty() ? 0 : 1;
}

int ReplyCommands::receive()
{
    if (!m_parser.isSet(QStringLiteral("from")) || !m_parser.isSet(QStringLiteral("body")))
        return m_cli.usage(tr("replies receive needs --from NUMBER and --body TEXT."));
    IncomingReply reply;
    reply.from = m_parser.value(QStringLiteral("from"));
    reply.body = m_parser.value(QStringLiteral("body"));
    reply.source = QStringLiteral("cli");
    if (m_parser.isSet(QStringLiteral("received"))) {
        reply.receivedAt = QDateTime::fromString(m_parser.value(QStringLiteral("received")), Qt::ISODate);
        if (!reply.receivedAt.isValid())
            return m_cli.usage(tr("--received takes a date and time such as 2026-11-23T10:15."));
    }
    Result<ReceivedReply> stored =
        Inbox(m_connection.database(), region(), CliCommands::actorName()).receive(reply);
    if (!stored)
        return m_cli.fail(stored.error());
    if (m_cli.json()) {
        QJsonObject o = replyJson(stored.value().reply);
        o.insert(QStringLiteral("duplicate"), stored.value().duplicate);
        o.insert(QStringLiteral("answer_id"), stored.value().answerId);
        m_cli.printJson(o);
        return 0;
    }
    const StoredReply& r = stored.value().reply;
    m_out << ReplyClassification::kindLabel(r.classification.kind);
    if (!r.action.isEmpty())
        m_out << ": " << ReplyAction::label(r.action);
    m_out << Qt::endl;
    return 0;
}

int ReplyCommands::fetch()
{
    BusinessSettings settings(m_connection.database());
    Result<QString> secret = CampaignCommands(m_cli, m_parser, m_connection).gatewaySecret();
    if (!secret)
        return m_cli.fail(secret.error());
    Result<std::unique_ptr<Gateway>> gateway = GatewayFactory::create(settings, secret.value(), QString());
    if (!gateway)
        return m_cli.fail(gateway.error());
    if (!gateway.value()->canFetchReplies())
        return m_cli.fail(tr("This gateway does not keep replies to fetch: Kannel brings them while the app "
                             "or `send --due` runs, a file export needs `replies import FILE`."));
    Result<ReplyFetcher::Fetched> fetched =
        ReplyFetcher(m_connection.database(), gateway.value().get()).fetch();
    if (!fetched)
        return m_cli.fail(fetched.error());
    m_out << tr("%n new reply(ies) stored.", nullptr, int(fetched.value().received)) << Qt::endl;
    return 0;
}

int ReplyCommands::confirmations(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("ask") &&
        (m_parser.isSet(QStringLiteral("all")) ? args.size() == 1 : args.size() > 1))
        return askConfirmations(args.mid(1));
    if (action == QLatin1String("remind") && args.size() == 1)
        return remindConfirmations();
    if (action == QLatin1String("list") && args.size() == 1)
        return listAwaiting();
    return m_cli.usage(tr("confirmations needs one of: ask --all, ask NUMBER..., remind, list."));
}

int ReplyCommands::askConfirmations(const QStringList& numbers)
{
    ConfirmationRequests requests(m_connection.database(), region());
    Result<ConfirmationRequests::Asked> asked =
        numbers.isEmpty() ? requests.askAllAwaiting()
                          : requests.ask(QVector<QString>(numbers.cbegin(), numbers.cend()));
    if (!asked)
        return m_cli.fail(asked.error());
    const ConfirmationRequests::Asked& a = asked.value();
    if (m_cli.json()) {
        m_cli.printJson(
            QJsonObject{{QStringLiteral("asked"), a.asked},
                        {QStringLiteral("already_asked"), a.alreadyAsked},
                        {QStringLiteral("not_awaiting"), a.notAwaiting},
                        {QStringLiteral("suppressed"), a.suppressed},
                        {QStringLiteral("unreadable"), QJsonArray::fromStringList(a.unreadable)}});
        return a.unreadable.isEmpty() ? 0 : 1;
    }
    for (const QString& number : a.unreadable)
        m_cli.fail(tr("“%1” is not a phone number; skipped.").arg(number));
    //: %n people were asked to confirm; %L1 had an open request already, %L2 have nothing to
    //: confirm (or are not in the book), %L3 are unsubscribed or excluded.
    m_out << tr("%n person(s) asked to confirm by SMS; skipped: %L1 already asked, %L2 not awaiting "
                "confirmation, %L3 unsubscribed or excluded.",
                nullptr, a.asked)
                 .arg(a.alreadyAsked)
                 .arg(a.notAwaiting)
                 .arg(a.suppressed)
          << Qt::endl;
    if (a.asked > 0)
        m_out << tr("The requests go out with the next send.") << Qt::endl;
    return a.unreadable.isEmpty() ? 0 : 1;
}

int ReplyCommands::remindConfirmations()
{
    Result<int> reminded =
        ConfirmationRequests(m_connection.database(), region()).remindDue(Clock::currentUtc());
    if (!reminded)
        return m_cli.fail(reminded.error());
    if (m_cli.json()) {
        m_cli.printJson(QJsonObject{{QStringLiteral("reminded"), reminded.value()}});
        return 0;
    }
    m_out << tr("%n reminder(s) queued; they go out with the next send.", nullptr, reminded.value())
          << Qt::endl;
    return 0;
}

int ReplyCommands::listAwaiting()
{
    Result<QVector<AwaitingConfirmation>> list =
        ConfirmationRequests(m_connection.database(), region()).awaiting();
    if (!list)
        return m_cli.fail(list.error());
    if (m_cli.json()) {
        QJsonArray array;
        for (const AwaitingConfirmation& a : list.value())
            array.append(QJsonObject{{QStringLiteral("phone"), a.phone},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("requested_at"), iso(a.requestedAt)},
                                     {QStringLiteral("reminded_at"), iso(a.remindedAt)},
                                     {QStringLiteral("since"), iso(a.since)}});
        m_cli.printJson(array);
        return 0;
    }
    if (list.value().isEmpty())
        m_out << tr("Nobody is awaiting confirmation.") << Qt::endl;
    auto day = [](const QDateTime& at) { return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")); };
    for (const AwaitingConfirmation& a : list.value()) {
        m_out << PhoneNumbers::formatInternational(a.phone);
        if (!a.name.isEmpty())
            m_out << "  " << a.name;
        m_out << "  " << tr("waiting since %1").arg(day(a.since));
        if (!a.requestedAt.isValid())
            m_out << "  " << tr("[not asked yet]");
        else if (a.remindedAt.isValid())
            m_out << "  " << tr("[asked %1, reminded %2]").arg(day(a.requestedAt), day(a.remindedAt));
        else
            m_out << "  " << tr("[asked %1]").arg(day(a.requestedAt));
        m_out << Qt::endl;
    }
    return 0;
}
