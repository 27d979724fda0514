#include "clicommands.h"

#include "campaigncommands.h"
#include "cliprogress.h"
#include "exportcommands.h"
#include "importcommands.h"
#include "replycommands.h"
#include "reportcommands.h"
#include "rulecommands.h"

#include "compliance/frequencycaptracking.h"
#include "contacts/customfields.h"
#include "contacts/optoutreason.h"
#include "contacts/personeraser.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberquery.h"
#include "demo/demodata.h"
#include "messages/gsmlookalikes.h"
#include "messages/messagetemplate.h"
#include "messages/optoutfooter.h"
#include "messages/placeholdervalues.h"
#include "messages/smsencoding.h"
#include "segments/recipientcounter.h"
#include "segments/segmentcompiler.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "storage/databaselocation.h"
#include "storage/databasemover.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace textwell;

namespace {} // namespace

QString CliCommands::actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
}

namespace {

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Subscriber& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("phone"), s.phone},
                       {QStringLiteral("first_name"), s.firstName},
                       {QStringLiteral("last_name"), s.lastName},
                       {QStringLiteral("city"), s.city},
                       {QStringLiteral("region"), s.region},
                       {QStringLiteral("language"), s.language},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                       {QStringLiteral("status"), SubscriberStatuses::code(s.status)},
                       {QStringLiteral("consent_at"), isoOrEmpty(s.consentAt)},
                       {QStringLiteral("consent_source"), s.consentSource}};
}

QJsonObject toJson(const ConsentEvent& e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("phone"), e.phone},
                       {QStringLiteral("kind"), ConsentEvent::kindCode(e.kind)},
                       {QStringLiteral("at"), isoOrEmpty(e.at)},
                       {QStringLiteral("recorded_at"), isoOrEmpty(e.recordedAt)},
                       {QStringLiteral("channel"), ConsentEvent::channelCode(e.channel)},
                       {QStringLiteral("source"), e.source},
                       {QStringLiteral("evidence"), e.evidence},
                       {QStringLiteral("reason"), e.reasonCode},
                       {QStringLiteral("text"), e.reasonText},
                       {QStringLiteral("actor"), e.actor}};
}

QJsonObject toJson(const Erasure& e)
{
    return QJsonObject{{QStringLiteral("phone"), e.phone},
                       {QStringLiteral("kind"), QStringLiteral("erasure")},
                       {QStringLiteral("at"), isoOrEmpty(e.erasedAt)},
                       {QStringLiteral("requested_at"), isoOrEmpty(e.requestedAt)},
                       {QStringLiteral("text"), e.note},
                       {QStringLiteral("actor"), e.actor}};
}

QString describeErasure(const Erasure& e)
{
    QStringList parts{e.erasedAt.toLocalTime().toString(Qt::ISODate),
                      CliCommands::tr("Personal data erased (asked on %1)")
                          .arg(e.requestedAt.toLocalTime().date().toString(Qt::ISODate))};
    if (!e.note.isEmpty())
        parts.append(e.note);
    parts.append(e.actor);
    return parts.join(QStringLiteral(" · "));
}

// What an erasure deletes, as a list a person reads; empty when nothing of the person was stored.
// Each item stands on its own, as in a bulleted list, so that it reads the same in every language.
QStringList erasedParts(const PersonEraser::Outcome& o)
{
    //: The items below make a list after a colon: “Erased the personal data of …: the person in the
    //: address book and 2 replies”. Write each as a list item that stands on its own.
    QStringList parts;
    if (o.personDeleted)
        parts.append(CliCommands::tr("the person in the address book"));
    if (o.repliesDeleted > 0)
        parts.append(CliCommands::tr("%n reply(ies)", nullptr, o.repliesDeleted));
    if (o.messageTextsCleared > 0)
        parts.append(CliCommands::tr("the texts of %n message(s)", nullptr, o.messageTextsCleared));
    if (o.historyEntriesDeleted > 0)
        parts.append(CliCommands::tr("%n consent history entry(ies)", nullptr, o.historyEntriesDeleted));
    if (o.historyEntriesCleared > 0)
        parts.append(CliCommands::tr("the details of %n history entry(ies) that prove the suppression",
                                     nullptr, o.historyEntriesCleared));
    return parts;
}

QString describeEvent(const ConsentEvent& e)
{
    QStringList parts{e.at.toLocalTime().toString(Qt::ISODate), ConsentEvent::kindLabel(e.kind),
                      ConsentEvent::channelLabel(e.channel)};
    if (!e.source.isEmpty())
        parts.append(e.source);
    if (!e.evidence.isEmpty())
        parts.append(e.evidence);
    if (auto reason = OptOutReasons::fromCode(e.reasonCode))
        parts.append(OptOutReasons::label(*reason));
    if (!e.reasonText.isEmpty())
        parts.append(e.reasonText);
    parts.append(e.actor);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void CliCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("database"),
         tr("The database file, or a shared database: postgresql://user@server:5432/name (default: the "
            "app's own)."),
         tr("path")},
        {QStringLiteral("json"), tr("Print the result as JSON for scripts.")},
        {QStringLiteral("country"),
         tr("Country for numbers without a country code, e.g. DE (default: from "
            "the database's settings)."),
         tr("code")},
        {QStringLiteral("first-name"), tr("First name."), tr("text")},
        {QStringLiteral("last-name"), tr("Last name."), tr("text")},
        {QStringLiteral("city"), tr("City."), tr("text")},
        {QStringLiteral("region"), tr("Region or state."), tr("text")},
        {QStringLiteral("language"), tr("The person's language: en, ru or de."), tr("code")},
        {QStringLiteral("tags"), tr("Tags, separated by commas."), tr("list")},
        {QStringLiteral("source"), tr("Where consent was given."), tr("text")},
        {QStringLiteral("evidence"), tr("What proves the consent."), tr("text")},
        {QStringLiteral("date"), tr("When consent was given (YYYY-MM-DD; default: now)."), tr("date")},
        {QStringLiteral("note"), tr("A note for the history."), tr("text")},
        {QStringLiteral("requested-at"),
         tr("erase: when the person asked for the erasure (YYYY-MM-DD; default: now)."), tr("date")},
        {QStringLiteral("yes"),
         tr("erase: confirms it. Erasing deletes the person with their tags, custom fields and notes, every "
            "reply from the number, the texts of the messages sent to it and the details of its consent "
            "history. The number stays suppressed (excluded, unless it unsubscribed) so that it is never "
            "texted again, as the law requires, and the erasure is logged. It cannot be undone.")},
        {QStringLiteral("reason"), tr("Reason code: %1.").arg(OptOutReasons::allCodes()), tr("code")},
        {QStringLiteral("text"), tr("The reason in words."), tr("text")},
        {QStringLiteral("search"), tr("Only people whose number or name contains this."), tr("text")},
        {QStringLiteral("status"),
         tr("Only people with this status: subscribed, no_consent, unsubscribed, "
            "excluded."),
         tr("status")},
        {QStringLiteral("limit"), tr("At most this many rows (default 50)."), tr("n")},
        {QStringLiteral("offset"), tr("Skip this many rows."), tr("n")},
        {QStringLiteral("subscribers"), tr("How many demo people to create."), tr("n")},
        {QStringLiteral("seed"), tr("Random seed for demo data."), tr("n")},
        {QStringLiteral("rule"),
         tr("A segment rule as JSON, e.g. {\"all\": [{\"field\": \"city\", \"op\": \"is\", "
            "\"values\": [\"Berlin\"]}]}."),
         tr("json")},
        {QStringLiteral("name"), tr("The name of a saved segment."), tr("name")},
        {QStringLiteral("phone"), tr("The phone number of a person in the address book."), tr("number")},
        {QStringLiteral("template"), tr("Message text with placeholders such as {first_name|friend}."),
         tr("text")},
    });
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, "
           "consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, "
           "custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|"
           "status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, "
           "replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, "
           "import-suppression, export, "
           "export-suppression, "
           "report dashboard|campaign ID|optouts|consent NUMBER, move-to DATABASE"));
    CampaignCommands::addOptions(parser);
    ReplyCommands::addOptions(parser);
    ImportCommands::addOptions(parser);
    ExportCommands::addOptions(parser);
    ReportCommands::addOptions(parser);
}

CliCommands::CliCommands(const QCommandLineParser& parser)
    : m_parser(parser), m_out(stdout), m_err(stderr), m_json(parser.isSet(QStringLiteral("json")))
{}

int CliCommands::fail(const QString& message, int code)
{
    m_err << "textwell-cli: " << message.simplified() << Qt::endl;
    return code;
}

void CliCommands::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliCommands::openDatabase(bool mayCreate)
{
    // A path typed by hand must exist: a typo would otherwise start a new, empty database and an
    // opt-out recorded there would never reach the real one. Only init and demo create one (and
    // the app's own default database is created on first use).
    const bool named = m_parser.isSet(QStringLiteral("database"));
    const QString path = named ? m_parser.value(QStringLiteral("database")) : Connection::defaultPath();
    const auto mode = !named || mayCreate ? Connection::Mode::CreateIfMissing : Connection::Mode::MustExist;
    auto opened = Connection::open(path, mode);
    if (!opened) {
        fail(QFileInfo::exists(path) ? opened.error()
                                     : tr("There is no database at “%1”. Check the path, or create one with: "
                                          "textwell-cli --database %1 init")
                                           .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_connection = opened.takeValue();
    return true;
}

AddressBook CliCommands::addressBook() const
{
    const QString country =
        m_parser.isSet(QStringLiteral("country"))
            ? m_parser.value(QStringLiteral("country")).toUpper()
            : BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry);
    return AddressBook(m_connection->database(), country, actorName());
}

int CliCommands::run(const QStringList& args)
{
    if (args.isEmpty())
        return usage(tr("name a command; see --help."));
    if (m_parser.isSet(QStringLiteral("country")) &&
        !PhoneNumbers::isKnownRegion(m_parser.value(QStringLiteral("country"))))
        return usage(tr("“%1” is not a country code such as DE, RU or US.")
                         .arg(m_parser.value(QStringLiteral("country"))));
    const QString command = args.first();
    const QString number = args.value(1);
    if (command == QLatin1String("classify")) // needs no database
        return ReplyCommands::classify(*this, m_parser, args.mid(1));
    if (command == QLatin1String("sms-info")) // needs no database
        return args.size() == 2 ? smsInfo(args.value(1)) : usage(tr("sms-info needs the text, in quotes."));
    static const QStringList needNumber = {QStringLiteral("exclude"),     QStringLiteral("unexclude"),
                                           QStringLiteral("unsubscribe"), QStringLiteral("consent"),
                                           QStringLiteral("history"),     QStringLiteral("erase")};
    if (needNumber.contains(command) && number.isEmpty())
        return usage(tr("%1 needs a phone number.").arg(command));
    static const QStringList known =
        needNumber + QStringList{QStringLiteral("subscriber"), QStringLiteral("demo"),
                                 QStringLiteral("settings"),   QStringLiteral("init"),
                                 QStringLiteral("segment"),    QStringLiteral("custom-field"),
                                 QStringLiteral("render"),     QStringLiteral("campaign"),
                                 QStringLiteral("send"),       QStringLiteral("gateway"),
                                 QStringLiteral("inbox"),      QStringLiteral("replies"),
                                 QStringLiteral("export"),     QStringLiteral("export-suppression"),
                                 QStringLiteral("import"),     QStringLiteral("import-suppression"),
                                 QStringLiteral("report"),     QStringLiteral("confirmations"),
                                 QStringLiteral("rules"),      QStringLiteral("move-to")};
    if (!known.contains(command))
        return usage(tr("unknown command “%1”; see --help.").arg(command));
    const bool creates = command == QLatin1String("init") || command == QLatin1String("demo");
    if (!openDatabase(creates))
        return 1;
    if (command == QLatin1String("init")) {
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("database"), m_connection->path()}});
        else
            m_out << tr("Database ready: %1").arg(QDir::toNativeSeparators(m_connection->path())) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("move-to"))
        return moveTo(args.value(1));
    if (command == QLatin1String("subscriber"))
        return subscriber(args.mid(1));
    if (command == QLatin1String("exclude"))
        return exclude(number, true);
    if (command == QLatin1String("unexclude"))
        return exclude(number, false);
    if (command == QLatin1String("unsubscribe"))
        return unsubscribe(number);
    if (command == QLatin1String("consent"))
        return consent(number);
    if (command == QLatin1String("history"))
        return history(number);
    if (command == QLatin1String("erase"))
        return erase(number);
    if (command == QLatin1String("demo"))
        return demo();
    if (command == QLatin1String("segment"))
        return segment(args.mid(1));
    if (command == QLatin1String("custom-field"))
        return customField(args.mid(1));
    if (command == QLatin1String("render"))
        return render();
    if (command == QLatin1String("campaign"))
        return CampaignCommands(*this, m_parser, *m_connection).campaign(args.mid(1));
    if (command == QLatin1String("send"))
        return CampaignCommands(*this, m_parser, *m_connection).send(args.mid(1));
    if (command == QLatin1String("gateway"))
        return CampaignCommands(*this, m_parser, *m_connection).gateway(args.mid(1));
    if (command == QLatin1String("inbox"))
        return ReplyCommands(*this, m_parser, *m_connection).inbox(args.mid(1));
    if (command == QLatin1String("replies"))
        return ReplyCommands(*this, m_parser, *m_connection).replies(args.mid(1));
    if (command == QLatin1String("confirmations"))
        return ReplyCommands(*this, m_parser, *m_connection).confirmations(args.mid(1));
    if (command == QLatin1String("rules"))
        return RuleCommands(
                   *this, *m_connection,
                   BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry))
            .rules(args.mid(1));
    if (command == QLatin1String("import"))
        return ImportCommands(*this, m_parser, *m_connection).importPeople(args.mid(1));
    if (command == QLatin1String("import-suppression"))
        return ImportCommands(*this, m_parser, *m_connection).importSuppression(args.mid(1));
    if (command == QLatin1String("export"))
        return ExportCommands(*this, m_parser, *m_connection).exportAddressBook(args.mid(1));
    if (command == QLatin1String("export-suppression"))
        return ExportCommands(*this, m_parser, *m_connection).exportSuppression(args.mid(1));
    if (command == QLatin1String("report"))
        return ReportCommands(*this, m_parser, *m_connection).report(args.mid(1));
    return settings(args.mid(1));
}

int CliCommands::subscriber(const QStringList& args)
{
    const QString action = args.value(0);
    const QString number = args.value(1);
    if (action == QLatin1String("list"))
        return subscriberList();
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("show"),
                                        QStringLiteral("delete")};
    if (!actions.contains(action))
        return usage(tr("subscriber needs one of: add, show, list, delete."));
    if (number.isEmpty())
        return usage(tr("subscriber %1 needs a phone number.").arg(action));
    if (action == QLatin1String("add"))
        return subscriberAdd(number);
    if (action == QLatin1String("show"))
        return subscriberShow(number);
    return subscriberDelete(number);
}

int CliCommands::subscriberAdd(const QString& number)
{
    Subscriber s;
    s.phone = number;
    s.firstName = m_parser.value(QStringLiteral("first-name"));
    s.lastName = m_parser.value(QStringLiteral("last-name"));
    s.city = m_parser.value(QStringLiteral("city"));
    s.region = m_parser.value(QStringLiteral("region"));
    s.language = m_parser.value(QStringLiteral("language"));
    s.tags = m_parser.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::optional<ConsentRecord> consent;
    if (m_parser.isSet(QStringLiteral("source")) || m_parser.isSet(QStringLiteral("evidence"))) {
        consent = ConsentRecord{
            m_parser.value(QStringLiteral("source")), m_parser.value(QStringLiteral("evidence")), {}};
        if (m_parser.isSet(QStringLiteral("date"))) {
            const QDate date = QDate::fromString(m_parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!date.isValid())
                return usage(tr("--date takes a date as YYYY-MM-DD."));
            consent->at = date.startOfDay(Qt::UTC);
        }
    }
    AddressBook book = addressBook();
    auto added = book.add(s, consent);
    if (!added)
        return fail(added.error());
    auto stored = book.get(added.value().id);
    if (!stored)
        return fail(stored.error());
    if (m_json) {
        QJsonObject o = toJson(stored.value());
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(added.value().notices));
        printJson(o);
    } else {
        m_out << tr("Added %1 (%2).")
                     .arg(PhoneNumbers::formatInternational(stored.value().phone),
                          SubscriberStatuses::label(stored.value().status))
              << Qt::endl;
        for (const QString& notice : added.value().notices)
            m_out << notice << Qt::endl;
    }
    return 0;
}

int CliCommands::subscriberShow(const QString& number)
{
    AddressBook book = addressBook();
    auto found = book.findByPhone(number);
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail(tr("%1 is not in the address book.").arg(number));
    const Subscriber& s = *found.value();
    auto suppression = book.suppression(s.phone);
    if (!suppression)
        return fail(suppression.error());
    if (m_json) {
        QJsonObject o = toJson(s);
        o.insert(QStringLiteral("opted_out_at"), isoOrEmpty(suppression.value().optedOutAt));
        o.insert(QStringLiteral("excluded_at"), isoOrEmpty(suppression.value().excludedAt));
        printJson(o);
        return 0;
    }
    m_out << PhoneNumbers::formatInternational(s.phone) << "  " << s.displayName() << Qt::endl;
    m_out << tr("Status: %1").arg(SubscriberStatuses::label(s.status)) << Qt::endl;
    if (!s.city.isEmpty())
        m_out << tr("City: %1").arg(s.city) << Qt::endl;
    if (!s.tags.isEmpty())
        m_out << tr("Tags: %1").arg(s.tags.join(QLatin1String(", "))) << Qt::endl;
    if (s.consentAt.isValid())
        m_out << tr("Consent: %1, %2").arg(s.consentAt.toLocalTime().toString(Qt::ISODate), s.consentSource)
              << Qt::endl;
    return 0;
}

int CliCommands::subscriberList()
{
    SubscriberFilter filter;
    filter.search = m_parser.value(QStringLiteral("search"));
    filter.region = addressBook().defaultRegion();
    if (m_parser.isSet(QStringLiteral("status"))) {
        filter.status = SubscriberStatuses::fromCode(m_parser.value(QStringLiteral("status")));
        if (!filter.status)
            return usage(tr("--status takes subscribed, no_consent, unsubscribed or excluded."));
    }
    bool ok = true;
    const int limit =
        m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 0)
        return usage(tr("--limit takes a number of rows."));
    const qint64 offset = m_parser.isSet(QStringLiteral("offset"))
                              ? m_parser.value(QStringLiteral("offset")).toLongLong(&ok)
                              : 0;
    if (!ok || offset < 0)
        return usage(tr("--offset takes a number of rows."));
    SubscriberQuery query(m_connection->database(), filter);
    auto total = query.count();
    if (!total)
        return fail(total.error());
    auto rows = query.page(offset, limit);
    if (!rows)
        return fail(rows.error());
    if (m_json) {
        QJsonArray array;
        for (const Subscriber& s : rows.value())
            array.append(toJson(s));
        printJson(QJsonObject{{QStringLiteral("total"), total.value()}, {QStringLiteral("rows"), array}});
        return 0;
    }
    for (const Subscriber& s : rows.value())
        m_out << s.phone << '\t' << s.displayName() << '\t' << s.city << '\t'
              << SubscriberStatuses::label(s.status) << Qt::endl;
    m_out << tr("%n person(s) in all.", nullptr, static_cast<int>(total.value())) << Qt::endl;
    return 0;
}

int CliCommands::subscriberDelete(const QString& number)
{
    AddressBook book = addressBook();
    auto found = book.findByPhone(number);
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail(tr("%1 is not in the address book.").arg(number));
    if (Status removed = book.remove({found.value()->id}); !removed)
        return fail(removed.error());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("deleted"), found.value()->phone}});
    else
        m_out << tr("Deleted %1. Its consent history and any opt-out or exclusion are kept.")
                     .arg(PhoneNumbers::formatInternational(found.value()->phone))
              << Qt::endl;
    return 0;
}

int CliCommands::exclude(const QString& number, bool on)
{
    AddressBook book = addressBook();
    const QString note = m_parser.value(QStringLiteral("note"));
    auto changed = on ? book.exclude(number, note) : book.unexclude(number, note);
    if (!changed)
        return fail(changed.error());
    auto parsed = book.normalize(number);
    const QString shown = parsed.value().international;
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("phone"), parsed.value().e164},
                              {QStringLiteral("excluded"), on},
                              {QStringLiteral("changed"), changed.value()}});
    } else if (on) {
        m_out << (changed.value() ? tr("Excluded %1.").arg(shown) : tr("%1 was already excluded.").arg(shown))
              << Qt::endl;
    } else {
        m_out << (changed.value() ? tr("Lifted the exclusion of %1.").arg(shown)
                                  : tr("%1 was not excluded.").arg(shown))
              << Qt::endl;
    }
    return 0;
}

int CliCommands::unsubscribe(const QString& number)
{
    if (!m_parser.isSet(QStringLiteral("reason")))
        return usage(tr("unsubscribe needs --reason, one of: %1.").arg(OptOutReasons::allCodes()));
    const auto reason = OptOutReasons::fromCode(m_parser.value(QStringLiteral("reason")));
    if (!reason) // a value that is wrong, not a wrong use of the command: bad input
        return fail(tr("“%1” is not a reason; use one of: %2.")
                        .arg(m_parser.value(QStringLiteral("reason")), OptOutReasons::allCodes()));
    AddressBook book = addressBook();
    auto changed = book.unsubscribe(number, *reason, m_parser.value(QStringLiteral("text")));
    if (!changed)
        return fail(changed.error());
    auto parsed = book.normalize(number);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("phone"), parsed.value().e164},
                              {QStringLiteral("changed"), changed.value()}});
    else
        m_out << (changed.value() ? tr("Unsubscribed %1.").arg(parsed.value().international)
                                  : tr("%1 was already unsubscribed.").arg(parsed.value().international))
              << Qt::endl;
    return 0;
}

int CliCommands::consent(const QString& number)
{
    ConsentRecord record{
        m_parser.value(QStringLiteral("source")), m_parser.value(QStringLiteral("evidence")), {}};
    if (m_parser.isSet(QStringLiteral("date"))) {
        const QDate date = QDate::fromString(m_parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return usage(tr("--date takes a date as YYYY-MM-DD."));
        record.at = date.startOfDay(Qt::UTC);
    }
    AddressBook book = addressBook();
    auto notices = book.recordConsent(number, record);
    if (!notices)
        return fail(notices.error());
    auto person = book.findByPhone(number);
    if (!person || !person.value())
        return fail(person ? tr("%1 is not in the address book.").arg(number) : person.error());
    if (m_json) {
        QJsonObject o = toJson(*person.value());
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(notices.value()));
        printJson(o);
        return 0;
    }
    m_out << tr("Consent recorded for %1; status: %2.")
                 .arg(PhoneNumbers::formatInternational(person.value()->phone),
                      SubscriberStatuses::label(person.value()->status))
          << Qt::endl;
    for (const QString& notice : notices.value())
        m_out << notice << Qt::endl;
    return 0;
}

int CliCommands::history(const QString& number)
{
    AddressBook book = addressBook();
    auto events = book.history(number);
    if (!events)
        return fail(events.error());
    // An erasure belongs to the number's story: it says why so little is left.
    auto erasures =
        PersonEraser(m_connection->database(), book.defaultRegion(), actorName()).erasures(number);
    if (!erasures)
        return fail(erasures.error());
    if (m_json) {
        QJsonArray array;
        for (const ConsentEvent& e : events.value())
            array.append(toJson(e));
        for (const Erasure& e : erasures.value())
            array.append(toJson(e));
        printJson(array);
        return 0;
    }
    if (events.value().isEmpty() && erasures.value().isEmpty())
        m_out << tr("No consent history for %1.").arg(number) << Qt::endl;
    for (const ConsentEvent& e : events.value())
        m_out << describeEvent(e) << Qt::endl;
    for (const Erasure& e : erasures.value())
        m_out << describeErasure(e) << Qt::endl;
    return 0;
}

int CliCommands::erase(const QString& number)
{
    QDateTime requestedAt;
    if (m_parser.isSet(QStringLiteral("requested-at"))) {
        const QString text = m_parser.value(QStringLiteral("requested-at"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        requestedAt = date.isValid() ? date.startOfDay() : QDateTime::fromString(text, Qt::ISODate);
        if (!requestedAt.isValid())
            return usage(tr("--requested-at takes a date as YYYY-MM-DD."));
    }
    AddressBook book = addressBook();
    auto parsed = book.normalize(number);
    if (!parsed)
        return fail(parsed.error());
    const QString shown = parsed.value().international;
    PersonEraser eraser(m_connection->database(), book.defaultRegion(), actorName());
    auto formatDate = [](const QDateTime& at) { return at.toLocalTime().date().toString(Qt::ISODate); };

    if (!m_parser.isSet(QStringLiteral("yes"))) {
        // Say what would go, so that the user confirms knowing it; nothing is changed.
        auto preview = eraser.preview(number);
        if (!preview)
            return fail(preview.error());
        if (!preview.value().erased)
            return usage(tr("%1 was already erased on %2; nothing is left to erase.")
                             .arg(shown, formatDate(preview.value().previousErasureAt)));
        const QStringList parts = erasedParts(preview.value());
        if (parts.isEmpty())
            return usage(
                tr("erasing cannot be undone. Nothing personal is stored for %1; it would be excluded "
                   "so that it is never texted, and the erasure logged. Add --yes to erase.")
                    .arg(shown));
        //: %1 is the phone number, %2 the list of what would be deleted, joined as the language joins a
        //: list (the items are translated on their own, as list items: “the person in the address book
        //: and 1 consent history entry”).
        return usage(tr("erasing cannot be undone. It would delete the personal data of %1: %2. The number "
                        "stays suppressed so that it is never texted again; the law requires it. Add --yes "
                        "to erase.")
                         .arg(shown, QLocale().createSeparatedList(parts)));
    }

    auto erased = eraser.erase(number, requestedAt, m_parser.value(QStringLiteral("note")));
    if (!erased)
        return fail(erased.error());
    const PersonEraser::Outcome& done = erased.value();
    if (m_json) {
        QJsonObject o{{QStringLiteral("phone"), done.phone},
                      {QStringLiteral("erased"), done.erased},
                      {QStringLiteral("previous_erasure_at"), isoOrEmpty(done.previousErasureAt)},
                      {QStringLiteral("person_deleted"), done.personDeleted},
                      {QStringLiteral("replies_deleted"), done.repliesDeleted},
                      {QStringLiteral("message_texts_cleared"), done.messageTextsCleared},
                      {QStringLiteral("unsent_messages_skipped"), done.unsentMessagesSkipped},
                      {QStringLiteral("history_entries_deleted"), done.historyEntriesDeleted},
                      {QStringLiteral("history_entries_cleared"), done.historyEntriesCleared},
                      {QStringLiteral("excluded_now"), done.excludedNow},
                      {QStringLiteral("opted_out_at"), isoOrEmpty(done.suppression.optedOutAt)},
                      {QStringLiteral("excluded_at"), isoOrEmpty(done.suppression.excludedAt)}};
        if (done.erased)
            o.insert(QStringLiteral("erasure"), toJson(done.erasure));
        printJson(o);
        return 0;
    }
    if (!done.erased) {
        m_out << tr("%1 was already erased on %2; nothing was left to erase. The number stays suppressed.")
                     .arg(shown, formatDate(done.previousErasureAt))
              << Qt::endl;
        return 0;
    }
    const QStringList parts = erasedParts(done);
    m_out
        << (parts.isEmpty()
                ? tr("Nothing personal was stored for %1; the erasure is logged.").arg(shown)
                //: %1 is the phone number, %2 the list of what was deleted, joined as the language joins a
                //: list.
                : tr("Erased the personal data of %1: %2.").arg(shown, QLocale().createSeparatedList(parts)))
        << Qt::endl;
    if (done.unsentMessagesSkipped > 0)
        m_out << tr("%n message(s) not sent yet will not be sent.", nullptr, done.unsentMessagesSkipped)
              << Qt::endl;
    m_out
        << (done.suppression.excluded()
                ? tr("The number stays excluded so that it is never texted again; the law requires it.")
                : tr("The number stays unsubscribed so that it is never texted again; the law requires it."))
        << Qt::endl;
    if (done.previousErasureAt.isValid())
        m_out << tr("It had been erased before, on %1.").arg(formatDate(done.previousErasureAt)) << Qt::endl;
    return 0;
}

int CliCommands::demo()
{
    bool ok = false;
    const qint64 count = m_parser.value(QStringLiteral("subscribers")).toLongLong(&ok);
    if (!m_parser.isSet(QStringLiteral("subscribers")) || !ok || count < 0)
        return usage(tr("demo needs --subscribers N."));
    const quint32 seed =
        m_parser.isSet(QStringLiteral("seed")) ? m_parser.value(QStringLiteral("seed")).toUInt() : 20261123u;
    QElapsedTimer timer;
    timer.start();
    const bool interactive = !m_json && count >= 100000;
    auto summary = DemoData::generate(m_connection->database(), count, seed, [&](qint64 done) {
        if (interactive) {
            m_err << '\r' << tr("%L1 of %Ln person(s)…", nullptr, int(count)).arg(done);
            m_err.flush();
        }
        return true;
    });
    if (interactive)
        m_err << Qt::endl;
    if (!summary)
        return fail(summary.error());
    const auto& s = summary.value();
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("subscribers"), s.subscribers},
                              {QStringLiteral("unsubscribed"), s.unsubscribed},
                              {QStringLiteral("excluded"), s.excluded},
                              {QStringLiteral("without_consent"), s.withoutConsent},
                              {QStringLiteral("excluded_non_subscribers"), s.excludedNonSubscribers},
                              {QStringLiteral("campaigns"), s.campaigns},
                              {QStringLiteral("messages_sent"), s.messagesSent},
                              {QStringLiteral("campaign_opt_outs"), s.campaignOptOuts},
                              {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        return 0;
    }
    //: %n is how many people were created; %1, %2 and %3 how many of them are unsubscribed, excluded
    //: and without consent; %L4 the seconds it took.
    m_out << tr("Created %n person(s) (%1 unsubscribed, %2 excluded, %3 without consent) in %L4 s.", nullptr,
                int(s.subscribers))
                 .arg(s.unsubscribed)
                 .arg(s.excluded)
                 .arg(s.withoutConsent)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    //: %n is how many campaigns were made up, %L1 how many messages they sent, %L2 how many people
    //: opted out after one.
    m_out << tr("A year of history: %n campaign(s); messages sent: %L1; opt-outs after a campaign: %L2.",
                nullptr, int(s.campaigns))
                 .arg(s.messagesSent)
                 .arg(s.campaignOptOuts)
          << Qt::endl;
    return 0;
}

int CliCommands::settings(const QStringList& args)
{
    // Keys as the database names them, with dashes: business-name, opt-out-wording-de, ...
    QMap<QString, BusinessSettings::Key> keys;
    for (BusinessSettings::Key key : BusinessSettings::keys())
        keys.insert(BusinessSettings::name(key).replace(QLatin1Char('_'), QLatin1Char('-')), key);
    const QString action = args.value(0);
    if ((action != QLatin1String("get") && action != QLatin1String("set")) || !keys.contains(args.value(1)))
        return usage(
            tr("settings get|set KEY [VALUE]; keys: %1.").arg(keys.keys().join(QLatin1String(", "))));
    BusinessSettings settings(m_connection->database());
    const BusinessSettings::Key key = keys.value(args.value(1));
    if (action == QLatin1String("set")) {
        if (args.size() < 3)
            return usage(tr("settings set %1 needs a value.").arg(args.value(1)));
        if (Status saved = settings.setValue(key, args.value(2)); !saved)
            return fail(saved.error());
        // A new cap count is worked into the subscriber rows now: the command line may wait.
        if (key == BusinessSettings::Key::FrequencyCapMessages) {
            if (Status tracked = FrequencyCapTracking(m_connection->database())
                                     .catchUp(settings.frequencyCap().maxMessages());
                !tracked)
                return fail(tracked.error());
        }
    }
    if (m_json)
        printJson(QJsonObject{{args.value(1), settings.value(key)}});
    else
        m_out << settings.value(key) << Qt::endl;
    return 0;
}

int CliCommands::segment(const QStringList& args)
{
    const QString action = args.value(0);
    SegmentStore store(m_connection->database());
    if (action == QLatin1String("list")) {
        Result<QVector<SavedSegment>> segments = store.list();
        if (!segments)
            return fail(segments.error());
        QJsonArray list;
        for (const SavedSegment& s : segments.value()) {
            list.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("name"), s.name},
                            {QStringLiteral("rule"), QJsonDocument::fromJson(s.ruleJson.toUtf8()).object()}});
            if (!m_json)
                m_out << s.name << Qt::endl;
        }
        if (m_json)
            printJson(list);
        return 0;
    }
    if (action == QLatin1String("count"))
        return segmentCount();
    const QString name = m_parser.value(QStringLiteral("name"));
    if (action == QLatin1String("show") || action == QLatin1String("delete")) {
        if (name.isEmpty())
            return usage(tr("segment %1 needs --name NAME.").arg(action));
        Result<SavedSegment> saved = store.find(name);
        if (!saved)
            return fail(saved.error());
        if (action == QLatin1String("delete")) {
            if (Status removed = store.remove(saved.value().id); !removed)
                return fail(removed.error());
            if (!m_json)
                m_out << tr("Deleted the segment “%1”.").arg(saved.value().name) << Qt::endl;
            else
                printJson(QJsonObject{{QStringLiteral("deleted"), saved.value().name}});
            return 0;
        }
        const QJsonObject rule = QJsonDocument::fromJson(saved.value().ruleJson.toUtf8()).object();
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("id"), saved.value().id},
                                  {QStringLiteral("name"), saved.value().name},
                                  {QStringLiteral("rule"), rule}});
        else
            m_out << QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (action == QLatin1String("save")) {
        if (name.isEmpty() || !m_parser.isSet(QStringLiteral("rule")))
            return usage(tr("segment save needs --name NAME and --rule JSON."));
        Result<SegmentRule> rule = SegmentRule::fromJsonText(m_parser.value(QStringLiteral("rule")));
        if (!rule)
            return fail(rule.error());
        Result<SegmentContext> context = SegmentContext::load(m_connection->database());
        if (!context)
            return fail(context.error());
        const QVector<RuleProblem> problems = SegmentCompiler::validate(rule.value(), context.value());
        if (!problems.isEmpty())
            return fail(problems.first().describe());
        Result<SavedSegment> saved = store.save(name, rule.value());
        if (!saved)
            return fail(saved.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("id"), saved.value().id},
                                  {QStringLiteral("name"), saved.value().name}});
        else
            m_out << tr("Saved the segment “%1”.").arg(saved.value().name) << Qt::endl;
        return 0;
    }
    return usage(tr("segment needs one of: list, show, save, delete, count."));
}

int CliCommands::segmentCount()
{
    const bool hasRule = m_parser.isSet(QStringLiteral("rule"));
    const bool hasName = m_parser.isSet(QStringLiteral("name"));
    if (hasRule == hasName)
        return usage(tr("give either --rule JSON or --name NAME."));
    // One context for the rule and the count: "now" is the same instant for both.
    Result<SegmentContext> context = SegmentContext::load(m_connection->database());
    if (!context)
        return fail(context.error());
    const SegmentStore store(m_connection->database());
    Result<CompiledSegment> compiled = Result<CompiledSegment>::failure(QString());
    if (hasName) {
        compiled = store.compile(m_parser.value(QStringLiteral("name")), &context.value());
    } else {
        Result<SegmentRule> rule = SegmentRule::fromJsonText(m_parser.value(QStringLiteral("rule")));
        if (!rule)
            return fail(rule.error());
        compiled = store.compile(rule.value(), &context.value());
    }
    if (!compiled)
        return fail(compiled.error());
    const BusinessSettings settings(m_connection->database());
    Result<RecipientBreakdown> counted =
        RecipientCounter(m_connection->database(), settings.frequencyCap(), context.value().now)
            .count(compiled.value());
    if (!counted)
        return fail(counted.error());
    QJsonObject json;
    for (RecipientGroup group : RecipientBreakdown::groups()) {
        const qint64 n = counted.value().count(group);
        json.insert(RecipientBreakdown::code(group), n);
        if (!m_json) {
            const bool leftOut = group != RecipientGroup::Matching && group != RecipientGroup::WillReceive;
            m_out << QStringLiteral("%1%2  %3")
                         .arg(leftOut ? QStringLiteral("− ") : QStringLiteral("  "))
                         .arg(QLocale().toString(n), 10)
                         .arg(RecipientBreakdown::label(group))
                  << Qt::endl;
        }
    }
    if (m_json)
        printJson(json);
    return 0;
}

int CliCommands::customField(const QStringList& args)
{
    const QString action = args.value(0);
    CustomFields fields(m_connection->database());
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        if (args.size() < 2)
            return usage(tr("custom-field %1 needs the field's name.").arg(action));
        const Status done =
            action == QLatin1String("add") ? fields.add(args.value(1)) : fields.remove(args.value(1));
        if (!done)
            return fail(done.error());
    } else if (action != QLatin1String("list")) {
        return usage(tr("custom-field needs one of: list, add, remove."));
    }
    Result<QStringList> names = fields.list();
    if (!names)
        return fail(names.error());
    if (m_json)
        printJson(QJsonArray::fromStringList(names.value()));
    else if (action == QLatin1String("list"))
        for (const QString& name : names.value())
            m_out << name << Qt::endl;
    return 0;
}

// The address book with all its history into another database (DatabaseMover): the local file into a
// new shared database, or back. The count of every table is printed as the check.
int CliCommands::moveTo(const QString& location)
{
    if (location.isEmpty())
        return usage(
            tr("move-to needs the database to move to, e.g. postgresql://shop@server:5432/textwell."));
    if (DatabaseLocation::parse(location).toString() ==
        DatabaseLocation::parse(m_connection->path()).toString())
        return usage(tr("move-to needs another database than the one it moves from."));
    Result<std::unique_ptr<Connection>> target =
        Connection::open(location, Connection::Mode::CreateIfMissing);
    if (!target)
        return fail(target.error());
    Result<QVector<DatabaseMover::TableCount>> moved = [&] {
        CliProgress progress(!m_json); // its line ends before the outcome is printed
        auto report = progress.callback();
        return DatabaseMover(m_connection->database(), target.value()->database())
            .run([&](qint64 done, qint64 total) {
                report(done, total);
                return !CliProgress::cancel()->load();
            });
    }();
    if (!moved)
        return fail(moved.error());
    QJsonObject counts;
    for (const DatabaseMover::TableCount& count : moved.value())
        counts.insert(count.table, count.rows);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("database"), target.value()->path()},
                              {QStringLiteral("rows"), counts}});
        return 0;
    }
    m_out << tr("Moved to %1; every table counted again there:")
                 .arg(DatabaseLocation::parse(target.value()->path()).displayName())
          << Qt::endl;
    for (const DatabaseMover::TableCount& count : moved.value())
        m_out << QStringLiteral("  %1 %2").arg(count.table, -24).arg(QLocale().toString(count.rows))
              << Qt::endl;
    return 0;
}

int CliCommands::smsInfo(const QString& text)
{
    const SmsInfo info = SmsEncoding::analyse(text);
    QJsonArray nonGsm;
    QStringList shown;
    for (const NonGsmChar& c : info.nonGsm) {
        const QString character = text.mid(c.position, c.length);
        const auto replacement = GsmLookalikes::replacement(c.codePoint);
        QJsonObject item{{QStringLiteral("position"), c.position},
                         {QStringLiteral("character"), character},
                         {QStringLiteral("code_point"), SmsEncoding::codePointName(c.codePoint)}};
        if (replacement)
            item.insert(QStringLiteral("replacement"), *replacement);
        nonGsm.append(item);
        shown.append(QStringLiteral("%1 (%2)").arg(character).arg(c.position));
    }
    QJsonArray perPart;
    for (int n : info.charactersPerPart)
        perPart.append(n);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("encoding"), SmsEncoding::encodingName(info.encoding)},
                              {QStringLiteral("characters"), info.characters},
                              {QStringLiteral("code_units"), info.codeUnits},
                              {QStringLiteral("septets"), info.septets},
                              {QStringLiteral("parts"), info.parts},
                              {QStringLiteral("characters_per_part"), perPart},
                              {QStringLiteral("non_gsm"), nonGsm}});
        return 0;
    }
    m_out << tr("Encoding: %1").arg(SmsEncoding::encodingName(info.encoding)) << Qt::endl
          << tr("Characters: %1").arg(info.characters) << Qt::endl
          << tr("Code units: %1").arg(info.codeUnits) << Qt::endl;
    if (info.encoding == SmsCoding::Gsm7)
        m_out << tr("Septets: %1").arg(info.septets) << Qt::endl;
    m_out << tr("SMS parts: %1").arg(info.parts) << Qt::endl;
    if (!shown.isEmpty())
        m_out << tr("Not in GSM-7 (character and position): %1").arg(shown.join(QStringLiteral(", ")))
              << Qt::endl;
    return 0;
}

int CliCommands::render()
{
    const QString number = m_parser.value(QStringLiteral("phone"));
    if (!m_parser.isSet(QStringLiteral("template")) || number.isEmpty())
        return usage(tr("render needs --template TEXT and --phone NUMBER."));
    Result<std::optional<Subscriber>> found = addressBook().findByPhone(number);
    if (!found)
        return fail(found.error());
    if (!found.value())
        return fail(tr("%1 is not in the address book.").arg(number));
    const Subscriber& person = *found.value();
    Result<QStringList> custom = CustomFields(m_connection->database()).list();
    if (!custom)
        return fail(custom.error());
    const MessageTemplate message = MessageTemplate::parse(
        m_parser.value(QStringLiteral("template")), MessageTemplate::standardFields() + custom.value());
    if (!message.isValid()) {
        return fail(message.errors().first().message); // it names the place
    }
    const QString text = OptOutFooter::messageFor(
        message.render([&person](const QString& field) { return PlaceholderValues::valueOf(person, field); }),
        BusinessSettings(m_connection->database()).optOutSettings(), person.language);
    const SmsInfo info = SmsEncoding::analyse(text);
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("phone"), person.phone},
                              {QStringLiteral("status"), SubscriberStatuses::code(person.status)},
                              {QStringLiteral("text"), text},
                              {QStringLiteral("encoding"), SmsEncoding::encodingName(info.encoding)},
                              {QStringLiteral("parts"), info.parts}});
        return 0;
    }
    m_out << text << Qt::endl;
    if (person.status != SubscriberStatus::Subscribed)
        m_err << tr("Note: %1 has the status “%2” and would not receive this message.")
                     .arg(PhoneNumbers::formatInternational(person.phone),
                          SubscriberStatuses::label(person.status))
              << Qt::endl;
    return 0;
}
