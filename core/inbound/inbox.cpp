#include "inbox.h"

#include "campaigns/outboxmessage.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "contacts/phonenumbers.h"
#include "directmessage.h"
#include "replyclassifier.h"
#include "replysettings.h"
#include "storage/businesssettings.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/businessdays.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace textwell {

namespace {

// Longer bodies are kept cut: an SMS reply is at most a few hundred characters, a flood is not.
constexpr int MaxBodyLength = 4000;
const QString ReplySource = QStringLiteral("SMS reply");
const QString ConfirmationSource = QStringLiteral("Confirmation by SMS");
const QString GatewayActor = QStringLiteral("sms");

// Records a consent the number texted itself (START, JOIN). False when an opt-out recorded after it
// still holds: a text sent before a STOP that was recorded later does not undo that STOP.
Result<bool> recordOwnConsent(AddressBook& book, const QString& phone, const ConsentRecord& consent,
                              ConsentEvent::Channel channel)
{
    Result<QStringList> consented = book.recordConsent(phone, consent, channel);
    if (!consented)
        return Result<bool>::failure(consented.error());
    Result<Suppression> after = book.suppression(phone);
    if (!after)
        return Result<bool>::failure(after.error());
    return !after.value().optedOut();
}

QString replyColumns()
{
    return QStringLiteral(
        "id, phone, body, received_at, source, kind, confidence, rule, reason_code, action, "
        "campaign_id, is_read, handled, review_due, decided_at, decided_by");
}

StoredReply readReply(const QSqlQuery& q)
{
    StoredReply r;
    r.id = q.value(0).toLongLong();
    r.phone = q.value(1).toString();
    r.body = q.value(2).toString();
    r.receivedAt = Timestamps::fromDb(q.value(3));
    r.source = q.value(4).toString();
    r.classification.kind =
        ReplyClassification::kindFromCode(q.value(5).toString()).value_or(ReplyClassification::Kind::Other);
    r.classification.confidence = q.value(6).toDouble();
    r.classification.rule = q.value(7).toString();
    r.classification.reasonCode = q.value(8).toString();
    r.action = q.value(9).toString();
    r.campaignId = q.value(10).toLongLong();
    r.read = q.value(11).toBool();
    r.handled = q.value(12).toBool();
    r.reviewDue = Timestamps::fromDb(q.value(13));
    r.decidedAt = Timestamps::fromDb(q.value(14));
    r.decidedBy = q.value(15).toString();
    return r;
}

// What the history keeps as proof: the reply's own words.
QString evidenceOf(const StoredReply& reply)
{
    return QStringLiteral("“%1”").arg(reply.body.left(200));
}

// Keywords change rarely; the classifier is rebuilt only when they did.
const ReplyClassifier& classifierFor(const ReplyKeywords& keywords)
{
    thread_local ReplyKeywords cachedKeywords;
    thread_local std::unique_ptr<ReplyClassifier> classifier;
    if (!classifier || !(cachedKeywords.words == keywords.words)) {
        classifier = std::make_unique<ReplyClassifier>(keywords);
        cachedKeywords = keywords;
    }
    return *classifier;
}

} // namespace

QString ReplyAction::label(const QString& code)
{
    if (code == OptedOut)
        return tr("Unsubscribed; confirmation sent once");
    if (code == AlreadyOptedOut)
        return tr("Already unsubscribed; no second confirmation");
    if (code == OptedIn)
        return tr("Subscribed again");
    if (code == StillExcluded)
        return tr("Subscribed again, but stays excluded by hand");
    if (code == NotOptedOut)
        return tr("Was not unsubscribed: nothing to undo");
    if (code == NotInBook)
        return tr("Not in the address book: add the person to subscribe them");
    if (code == HelpSent)
        return tr("Help text sent");
    if (code == Suppressed)
        return tr("No answer: the number is unsubscribed or excluded");
    if (code == Superseded)
        return tr("Not acted on: a later STOP or START from this number came first");
    if (code == ReasonStored)
        return tr("Reason stored");
    if (code == DecidedOptOut)
        return tr("Marked as an opt-out");
    if (code == DecidedNotOptOut)
        return tr("Marked as not an opt-out");
    if (code == Joined)
        return tr("Subscribed by JOIN; welcome text sent");
    if (code == JoinExcluded)
        return tr("Not subscribed: the number stays excluded by hand until you lift the exclusion");
    if (code == AlreadySubscribed)
        return tr("Already subscribed; no second welcome");
    if (code == Confirmed)
        return tr("Consent confirmed by the number (double opt-in)");
    if (code == NotAsked)
        return tr("Ignored: this number was never asked to confirm");
    return {};
}

Inbox::Inbox(QSqlDatabase db, QString defaultRegion, QString actor)
    : m_db(std::move(db)), m_region(std::move(defaultRegion)), m_actor(std::move(actor))
{}

Result<bool> Inbox::knownNumber(const QString& e164) const
{
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM subscriber WHERE phone = ?) OR EXISTS (SELECT 1 "
                           "FROM suppression WHERE phone = ?) OR EXISTS (SELECT 1 FROM message WHERE "
                           "phone = ?)"),
            {e164, e164, e164}) ||
        !q.next())
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toBool();
}

QString Inbox::personLanguage(const QString& phone) const
{
    QSqlQuery q(m_db);
    if (execBound(q, QStringLiteral("SELECT language FROM subscriber WHERE phone = ?"), {phone}) && q.next())
        return q.value(0).toString();
    return {}; // a stranger, or unreadable: the reply's own language decides
}

Result<QString> Inbox::senderNumber(const QString& raw) const
{
    const QString trimmed = raw.trimmed();
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{8,15}$"));
    const Result<ParsedNumber> asWritten = PhoneNumbers::parse(trimmed, m_region);
    if (digitsOnly.match(trimmed).hasMatch() && !trimmed.startsWith(QLatin1Char('0'))) {
        // Gateways often write international numbers without their '+'.
        const Result<ParsedNumber> international = PhoneNumbers::parse(QLatin1Char('+') + trimmed, m_region);
        if (international) {
            Result<bool> known = knownNumber(international.value().e164);
            if (!known)
                return Result<QString>::failure(known.error());
            if (known.value() || !asWritten)
                return international.value().e164;
            if (asWritten) {
                Result<bool> local = knownNumber(asWritten.value().e164);
                if (!local)
                    return Result<QString>::failure(local.error());
                if (!local.value())
                    return international.value().e164; // a full-length number is most likely international
            }
        }
    }
    if (!asWritten)
        return Result<QString>::failure(asWritten.error());
    return asWritten.value().e164;
}

Result<ReceivedReply> Inbox::receive(const IncomingReply& incoming)
{
    using R = Result<ReceivedReply>;
    const QDateTime now = Clock::currentUtc();
    StoredReply r;
    // A number that cannot be read is still stored, as written, for a person to see.
    Result<QString> phone = senderNumber(incoming.from);
    r.phone = phone ? phone.value() : incoming.from.trimmed().left(40);
    r.body = incoming.body.left(MaxBodyLength);
    // A handset's clock may be wrong; a time ahead of ours is taken as now.
    r.receivedAt = incoming.receivedAt.isValid() && incoming.receivedAt.toUTC() <= now.addSecs(300)
                       ? incoming.receivedAt.toUTC()
                       : now;
    r.source = incoming.source.isEmpty() ? QStringLiteral("cli") : incoming.source;
    // Without the gateway's id, the same sender, text and second is the same reply.
    const QString sourceId =
        !incoming.sourceId.isEmpty()
            ? incoming.sourceId.left(200)
            : QString::fromLatin1(
                  QCryptographicHash::hash((r.phone + QLatin1Char('\n') + r.body + QLatin1Char('\n') +
                                            r.receivedAt.toString(Qt::ISODate))
                                               .toUtf8(),
                                           QCryptographicHash::Sha1)
                      .toHex());

    const QString language = personLanguage(r.phone);
    r.classification = classifierFor(ReplySettings(m_db).keywords()).classify(r.body, language);
    if (r.classification.kind == ReplyClassification::Kind::Review)
        r.reviewDue = reviewDeadline(r.receivedAt);

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QSqlQuery insert(m_db);
    if (!execBound(insert,
                   QStringLiteral(
                       "INSERT INTO reply (phone, body, received_at, recorded_at, source, source_id, kind, "
                       "confidence, rule, reason_code, review_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (source, source_id) DO NOTHING"),
                   {sqlText(r.phone), sqlText(r.body), Timestamps::toDb(r.receivedAt), Timestamps::toDb(now),
                    r.source, sourceId, ReplyClassification::kindCode(r.classification.kind),
                    r.classification.confidence, sqlText(r.classification.rule),
                    sqlText(r.classification.reasonCode), Timestamps::toDb(r.reviewDue)}))
        return R::failure(SqlError::describe(insert.lastError()));
    ReceivedReply received;
    if (insert.numRowsAffected() == 0) {
        QSqlQuery q(m_db);
        if (!execBound(
                q,
                QStringLiteral("SELECT %1 FROM reply WHERE source = ? AND source_id = ?").arg(replyColumns()),
                {r.source, sourceId}) ||
            !q.next())
            return R::failure(SqlError::describe(q.lastError()));
        received.reply = readReply(q);
        received.duplicate = true;
        return received; // nothing written: the transaction rolls back
    }
    r.id = insert.lastInsertId().toLongLong();
    Result<qint64> campaign = lastCampaign(r.phone, r.receivedAt);
    if (!campaign)
        return R::failure(campaign.error());
    r.campaignId = campaign.value();

    Result<Acted> acted =
        phone ? act(r, r.classification.language.isEmpty() ? language : r.classification.language)
              : Result<Acted>(Acted{QString(), 0, false});
    if (!acted)
        return R::failure(acted.error());
    if (Status written = setAction(r, acted.value()); !written)
        return R::failure(written.error());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    r.action = acted.value().action;
    if (!acted.value().reasonCode.isEmpty())
        r.classification.reasonCode = acted.value().reasonCode;
    r.handled = acted.value().handled;
    r.read = acted.value().handled;
    received.reply = r;
    received.answerId = acted.value().answerId;
    return received;
}

Status Inbox::setAction(const StoredReply& reply, const Acted& acted)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("UPDATE reply SET action = ?, campaign_id = ?, handled = ?, is_read = ?, "
                                  "reason_code = ? WHERE id = ?"),
                   {sqlText(acted.action), reply.campaignId > 0 ? QVariant(reply.campaignId) : QVariant(),
                    acted.handled ? 1 : 0, acted.handled ? 1 : 0,
                    sqlText(acted.reasonCode.isEmpty() ? reply.classification.reasonCode : acted.reasonCode),
                    reply.id}))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Result<qint64> Inbox::lastCampaign(const QString& phone, const QDateTime& before) const
{
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT campaign_id FROM message WHERE phone = ? AND campaign_id IS NOT NULL AND "
                           "sent_at IS NOT NULL AND sent_at <= ? ORDER BY sent_at DESC, id DESC LIMIT 1"),
            {phone, Timestamps::toDb(before)}))
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<bool> Inbox::supersededBy(const StoredReply& reply) const
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral(
                       "SELECT EXISTS (SELECT 1 FROM reply WHERE phone = ? AND id != ? AND received_at > ? "
                       "AND kind IN ('opt_out', 'opt_in', 'join') AND action != ?)"),
                   {reply.phone, reply.id, Timestamps::toDb(reply.receivedAt), ReplyAction::Superseded}) ||
        !q.next())
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toBool();
}

Result<Inbox::Acted> Inbox::act(const StoredReply& reply, const QString& language)
{
    using R = Result<Acted>;
    using Kind = ReplyClassification::Kind;
    const Kind kind = reply.classification.kind;
    AddressBook book(m_db, m_region, GatewayActor);
    if (kind == Kind::OptOut || kind == Kind::OptIn || kind == Kind::Join) {
        Result<bool> superseded = supersededBy(reply);
        if (!superseded)
            return R::failure(superseded.error());
        if (superseded.value())
            return Acted{ReplyAction::Superseded, 0, true};
    }
    Result<Suppression> suppression = book.suppression(reply.phone);
    if (!suppression)
        return R::failure(suppression.error());
    const ReplySettings settings(m_db);

    switch (kind) {
    case Kind::OptOut:
        return optOut(reply, reply.classification.reasonCode, QString(), language, DecidedBy::Reply);
    case Kind::OptIn: {
        Result<std::optional<Subscriber>> person = book.findByPhone(reply.phone);
        if (!person)
            return R::failure(person.error());
        if (!person.value())
            return Acted{ReplyAction::NotInBook, 0, false};
        if (!suppression.value().optedOut())
            return Acted{ReplyAction::NotOptedOut, 0, false};
        Result<bool> holds = recordOwnConsent(book, reply.phone,
                                              ConsentRecord{ReplySource, evidenceOf(reply), reply.receivedAt},
                                              ConsentEvent::Channel::Keyword);
        if (!holds)
            return R::failure(holds.error());
        if (!holds.value())
            return Acted{ReplyAction::Superseded, 0, true};
        if (suppression.value().excluded())
            return Acted{ReplyAction::StillExcluded, 0, true};
        Result<qint64> answer =
            queueAnswer(reply.phone, settings.answer(ReplySettings::Text::OptInConfirmation, language),
                        OutboxPurpose::OptInConfirmation, reply.id);
        if (!answer)
            return R::failure(answer.error());
        return Acted{ReplyAction::OptedIn, answer.value(), true};
    }
    case Kind::Join:
        return join(reply, language, suppression.value());
    case Kind::Confirm:
        return confirm(reply, suppression.value());
    case Kind::Help: {
        if (suppression.value().suppressed())
            return Acted{ReplyAction::Suppressed, 0, false};
        // Some countries' rules do not ask for it: the owner reads the HELP like any message.
        if (!RulePacks(m_db).forNumber(reply.phone, m_region).helpAnswered)
            return Acted{QString(), 0, false};
        Result<qint64> answer = queueAnswer(reply.phone, settings.answer(ReplySettings::Text::Help, language),
                                            OutboxPurpose::Help, reply.id);
        if (!answer)
            return R::failure(answer.error());
        return Acted{ReplyAction::HelpSent, answer.value(), true};
    }
    case Kind::Review:
        return Acted{QString(), 0, false};
    case Kind::Other:
        break;
    }

    // A digit answering the confirmation's "why?", from a number that left lately without a reason.
    static const QRegularExpression digit(QStringLiteral("^\\s*([1-9])\\s*[.)]?\\s*$"));
    const QRegularExpressionMatch match = digit.match(reply.body);
    const Suppression& s = suppression.value();
    if (match.hasMatch() && settings.asksReason() && s.optedOut() && s.optOutReason.isEmpty() &&
        s.optedOutAt >= reply.receivedAt.addDays(-ReplySettings::ReasonAnswerDays)) {
        const int choice = match.captured(1).toInt();
        const QVector<OptOutReason> choices = ReplySettings::reasonChoices();
        if (choice <= choices.size()) {
            Result<bool> stored = book.setOptOutReason(reply.phone, choices.at(choice - 1));
            if (!stored)
                return R::failure(stored.error());
            return Acted{ReplyAction::ReasonStored, 0, true, OptOutReasons::code(choices.at(choice - 1))};
        }
    }
    return Acted{QString(), 0, false};
}

Result<Inbox::Acted> Inbox::optOut(const StoredReply& reply, const QString& reasonCode,
                                   const QString& reasonText, const QString& language, DecidedBy decidedBy)
{
    using R = Result<Acted>;
    // The history says who took it: the reply's own keyword, or a person who read the reply.
    const bool byPerson = decidedBy == DecidedBy::Person;
    AddressBook book(m_db, m_region, byPerson ? m_actor : GatewayActor);
    ConsentEvent event;
    // A keyword (STOP) and an opt-out said in words are told apart: the dashboard shows both.
    const bool byKeyword = reply.classification.rule.startsWith(QLatin1String("keyword"));
    event.channel = byPerson    ? ConsentEvent::Channel::Manual
                    : byKeyword ? ConsentEvent::Channel::Keyword
                                : ConsentEvent::Channel::Reply;
    event.at = reply.receivedAt;
    event.source = ReplySource;
    event.evidence = evidenceOf(reply);
    event.reasonCode = reasonCode;
    event.reasonText = reasonText;
    event.campaignId = reply.campaignId;
    Result<bool> changed = book.recordOptOut(reply.phone, event);
    if (!changed)
        return R::failure(changed.error());
    if (!changed.value())
        return Acted{ReplyAction::AlreadyOptedOut, 0, true};
    Result<Suppression> suppression = book.suppression(reply.phone);
    if (!suppression)
        return R::failure(suppression.error());
    if (suppression.value().excluded()) // excluded by hand: nothing at all goes to the number
        return Acted{ReplyAction::OptedOut, 0, true};
    Result<qint64> answer = queueAnswer(
        reply.phone, ReplySettings(m_db).answer(ReplySettings::Text::OptOutConfirmation, language),
        OutboxPurpose::OptOutConfirmation, reply.id);
    if (!answer)
        return R::failure(answer.error());
    return Acted{ReplyAction::OptedOut, answer.value(), true};
}

Result<Inbox::Acted> Inbox::join(const StoredReply& reply, const QString& language,
                                 const Suppression& suppression)
{
    using R = Result<Acted>;
    // Excluded by hand is the owner's decision: a JOIN does not undo it, but the owner should see it.
    if (suppression.excluded())
        return Acted{ReplyAction::JoinExcluded, 0, false};
    AddressBook book(m_db, m_region, GatewayActor);
    Result<std::optional<Subscriber>> person = book.findByPhone(reply.phone);
    if (!person)
        return R::failure(person.error());
    if (person.value() && person.value()->status == SubscriberStatus::Subscribed)
        return Acted{ReplyAction::AlreadySubscribed, 0, true};

    const QString keyword = reply.classification.rule.section(QLatin1Char(':'), 1);
    const ConsentRecord consent{QStringLiteral("SMS: %1").arg(keyword), evidenceOf(reply), reply.receivedAt};
    // A stranger's language is the one their keyword is in (ПОДПИСКА: Russian), where it tells.
    QString lang = language;
    if (lang.isEmpty() && BusinessSettings::messageLanguages().contains(reply.classification.language))
        lang = reply.classification.language;
    if (!person.value()) {
        Subscriber newcomer;
        newcomer.phone = reply.phone;
        newcomer.language = lang;
        // add() keeps an earlier opt-out whatever consent comes with the person; the number's own
        // JOIN ends it (rule 4), which recordConsent() does.
        Result<AddressBook::Added> added = suppression.optedOut()
                                               ? book.add(newcomer)
                                               : book.add(newcomer, consent, ConsentEvent::Channel::Join);
        if (!added)
            return R::failure(added.error());
    }
    if (person.value() || suppression.optedOut()) {
        Result<bool> holds = recordOwnConsent(book, reply.phone, consent, ConsentEvent::Channel::Join);
        if (!holds)
            return R::failure(holds.error());
        if (!holds.value())
            return Acted{ReplyAction::Superseded, 0, true};
    }
    // The number asked itself: a request to confirm, if one was open, is answered by this.
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("UPDATE confirmation_request SET confirmed_at = ?, confirmed_reply_id = ? "
                                  "WHERE phone = ? AND confirmed_at IS NULL"),
                   {Timestamps::toDb(reply.receivedAt), reply.id, reply.phone}))
        return R::failure(SqlError::describe(q.lastError()));
    const RulePacks packs(m_db);
    Result<qint64> answer = queueAnswer(reply.phone,
                                        ReplySettings(m_db).answer(ReplySettings::Text::Welcome, lang,
                                                                   packs.forNumber(reply.phone, m_region)),
                                        OutboxPurpose::Welcome, reply.id);
    if (!answer)
        return R::failure(answer.error());
    return Acted{ReplyAction::Joined, answer.value(), true};
}

Result<Inbox::Acted> Inbox::confirm(const StoredReply& reply, const Suppression& suppression)
{
    using R = Result<Acted>;
    // An unsubscribed or excluded number confirms nothing: START or the owner brings it back.
    if (suppression.suppressed())
        return Acted{ReplyAction::Suppressed, 0, false};
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT requested_at, reminded_at FROM confirmation_request WHERE phone = ? "
                           "AND confirmed_at IS NULL"),
            {reply.phone}))
        return R::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return Acted{ReplyAction::NotAsked, 0, true}; // a YES to something else: kept, logged, nothing done
    const QDateTime requestedAt = Timestamps::fromDb(q.value(0));
    const QDateTime remindedAt = Timestamps::fromDb(q.value(1));
    q.finish();
    AddressBook book(m_db, m_region, GatewayActor);
    Result<std::optional<Subscriber>> person = book.findByPhone(reply.phone);
    if (!person)
        return R::failure(person.error());
    if (!person.value())
        return Acted{ReplyAction::NotInBook, 0, false}; // deleted since it was asked
    // The proof of the double opt-in, as the consent record prints it: what was answered, when,
    // from which number, to which request.
    QString evidence = QStringLiteral("Reply %1 received %2 from %3 to the confirmation request sent %4")
                           .arg(evidenceOf(reply), reply.receivedAt.toString(Qt::ISODate), reply.phone,
                                requestedAt.toString(Qt::ISODate));
    if (remindedAt.isValid())
        evidence += QStringLiteral(" (reminder sent %1)").arg(remindedAt.toString(Qt::ISODate));
    Result<QStringList> consented =
        book.recordConsent(reply.phone, ConsentRecord{ConfirmationSource, evidence, reply.receivedAt},
                           ConsentEvent::Channel::Confirmation);
    if (!consented)
        return R::failure(consented.error());
    if (!execBound(q,
                   QStringLiteral("UPDATE confirmation_request SET confirmed_at = ?, confirmed_reply_id = ? "
                                  "WHERE phone = ?"),
                   {Timestamps::toDb(reply.receivedAt), reply.id, reply.phone}))
        return R::failure(SqlError::describe(q.lastError()));
    return Acted{ReplyAction::Confirmed, 0, true};
}

Result<qint64> Inbox::queueAnswer(const QString& phone, const QString& body, const QString& purpose,
                                  qint64 replyId)
{
    return DirectMessage::queue(m_db, phone, body, purpose, replyId);
}

Result<ReceivedReply> Inbox::decideOptOut(qint64 replyId, OptOutReason reason, const QString& reasonText)
{
    using R = Result<ReceivedReply>;
    if (reason == OptOutReason::Other && reasonText.trimmed().isEmpty())
        return R::failure(tr("Describe the reason in a few words when it is “Other”."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Result<StoredReply> stored = reply(replyId);
    if (!stored)
        return R::failure(stored.error());
    StoredReply r = stored.value();
    if (!r.phone.startsWith(QLatin1Char('+')))
        return R::failure(tr("“%1” is not a phone number that can be unsubscribed.").arg(r.phone));
    const QString language = personLanguage(r.phone);
    Result<Acted> acted =
        optOut(r, OptOutReasons::code(reason), reasonText.trimmed(), language, DecidedBy::Person);
    if (!acted)
        return R::failure(acted.error());
    // Already unsubscribed by another way: the reason still belongs to the opt-out.
    if (acted.value().action == ReplyAction::AlreadyOptedOut) {
        Result<bool> set = AddressBook(m_db, m_region, m_actor).setOptOutReason(r.phone, reason);
        if (!set)
            return R::failure(set.error());
    }
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("UPDATE reply SET action = ?, reason_code = ?, handled = 1, is_read = 1, "
                                  "decided_at = ?, decided_by = ? WHERE id = ?"),
                   {ReplyAction::DecidedOptOut, OptOutReasons::code(reason),
                    Timestamps::toDb(Clock::currentUtc()), sqlText(m_actor), replyId}))
        return R::failure(SqlError::describe(q.lastError()));
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    ReceivedReply result;
    result.answerId = acted.value().answerId;
    Result<StoredReply> after = reply(replyId);
    if (after)
        result.reply = after.value();
    return result;
}

Status Inbox::decideNotOptOut(qint64 replyId)
{
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("UPDATE reply SET action = ?, handled = 1, is_read = 1, decided_at = ?, "
                                  "decided_by = ? WHERE id = ?"),
                   {ReplyAction::DecidedNotOptOut, Timestamps::toDb(Clock::currentUtc()), sqlText(m_actor),
                    replyId}))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status Inbox::markRead(const QString& phone)
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE reply SET is_read = 1 WHERE phone = ? AND is_read = 0"),
                   {phone}))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status Inbox::markHandled(const QString& phone, bool handled)
{
    // Undecided possible opt-outs stay open: handling a conversation does not decide them.
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral(
                       "UPDATE reply SET handled = ?, is_read = 1 WHERE phone = ? AND NOT (kind = 'review' "
                       "AND decided_at IS NULL)"),
                   {handled ? 1 : 0, phone}))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Result<qint64> Inbox::sendAnswer(const QString& phone, const QString& text)
{
    using R = Result<qint64>;
    if (text.trimmed().isEmpty())
        return R::failure(tr("Write the answer first."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Result<Suppression> suppression = AddressBook(m_db, m_region, m_actor).suppression(phone);
    if (!suppression)
        return R::failure(suppression.error());
    if (suppression.value().excluded())
        return R::failure(tr("%1 is excluded: no message goes to this number.")
                              .arg(PhoneNumbers::formatInternational(phone)));
    if (suppression.value().optedOut())
        return R::failure(tr("%1 unsubscribed: no message goes to this number until they reply START.")
                              .arg(PhoneNumbers::formatInternational(phone)));
    Result<qint64> id = queueAnswer(phone, text.trimmed(), OutboxPurpose::Answer, 0);
    if (!id)
        return id;
    if (Status handled = markHandled(phone, true); !handled)
        return R::failure(handled.error());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return id;
}

Result<StoredReply> Inbox::reply(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT %1 FROM reply WHERE id = ?").arg(replyColumns()), {id}))
        return Result<StoredReply>::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return Result<StoredReply>::failure(tr("There is no reply %1.").arg(id));
    return readReply(q);
}

Result<QVector<StoredReply>> Inbox::repliesFrom(const QString& phone) const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q,
                   QStringLiteral(
                       "SELECT %1 FROM reply WHERE phone = ? ORDER BY received_at DESC, id DESC LIMIT 500")
                       .arg(replyColumns()),
                   {phone}))
        return Result<QVector<StoredReply>>::failure(SqlError::describe(q.lastError()));
    QVector<StoredReply> replies;
    while (q.next())
        replies.append(readReply(q));
    return replies;
}

Result<QVector<StoredReply>> Inbox::reviewQueue() const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!q.exec(QStringLiteral("SELECT %1 FROM reply WHERE kind = 'review' AND decided_at IS NULL ORDER BY "
                               "review_due, id")
                    .arg(replyColumns())))
        return Result<QVector<StoredReply>>::failure(SqlError::describe(q.lastError()));
    QVector<StoredReply> replies;
    while (q.next())
        replies.append(readReply(q));
    return replies;
}

Result<Inbox::Counts> Inbox::counts(const QDateTime& nowUtc) const
{
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT (SELECT COUNT(*) FROM reply WHERE handled = 0 AND is_read = 0), "
                           "(SELECT COUNT(*) FROM reply WHERE kind = 'review' AND decided_at IS NULL), "
                           "(SELECT COUNT(*) FROM reply WHERE kind = 'review' AND decided_at IS NULL AND "
                           "review_due < ?)"),
            {Timestamps::toDb(nowUtc)}) ||
        !q.next())
        return Result<Counts>::failure(SqlError::describe(q.lastError()));
    return Counts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

Result<QVector<Conversation>> Inbox::conversations(Filter filter, const QString& search, int limit) const
{
    // The open and review lists start from the few numbers their partial indexes name, not from
    // every reply ever received.
    QStringList conditions;
    QString having;
    // Newest first; the review queue nearest deadline first, so the limit never hides the urgent.
    QString order = QStringLiteral("MAX(r.received_at) DESC");
    switch (filter) {
    case Filter::Open:
        conditions.append(QStringLiteral("r.phone IN (SELECT phone FROM reply WHERE handled = 0)"));
        having = QStringLiteral("HAVING COUNT(*) FILTER (WHERE r.handled = 0) > 0");
        break;
    case Filter::Review:
        conditions.append(QStringLiteral(
            "r.phone IN (SELECT phone FROM reply WHERE kind = 'review' AND decided_at IS NULL)"));
        having = QStringLiteral(
            "HAVING MIN(CASE WHEN r.kind = 'review' AND r.decided_at IS NULL THEN r.review_due "
            "END) IS NOT NULL");
        order = QStringLiteral(
            "MIN(CASE WHEN r.kind = 'review' AND r.decided_at IS NULL THEN r.review_due END), r.phone");
        break;
    case Filter::All:
        break;
    }
    const QString needle = search.trimmed();
    QVariantList values;
    if (!needle.isEmpty()) {
        conditions.append(QStringLiteral("(r.phone LIKE ? OR s.search_key LIKE ? OR r.body LIKE ?)"));
        QString escaped = needle.toCaseFolded();
        escaped.replace(QLatin1Char('%'), QString()).replace(QLatin1Char('_'), QString());
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    values.append(limit);
    const QString where = conditions.isEmpty()
                              ? QString()
                              : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT r.phone, MAX(s.first_name), MAX(s.last_name), MAX(r.received_at), "
                           "COUNT(*) FILTER (WHERE r.is_read = 0), COUNT(*) FILTER (WHERE r.handled = 0), "
                           "MIN(CASE WHEN r.kind = 'review' AND "
                           "r.decided_at IS NULL THEN r.review_due END), (SELECT x.body FROM reply x WHERE "
                           "x.phone = r.phone ORDER BY x.received_at DESC, x.id DESC LIMIT 1), "
                           "EXISTS (SELECT 1 FROM suppression p WHERE p.phone = r.phone AND "
                           "(p.opted_out_at IS NOT NULL OR p.excluded_at IS NOT NULL)) "
                           "FROM reply r LEFT JOIN subscriber s ON s.phone = r.phone %1 GROUP BY r.phone %2 "
                           "ORDER BY %3 LIMIT ?")
                .arg(where, having, order),
            values))
        return Result<QVector<Conversation>>::failure(SqlError::describe(q.lastError()));
    QVector<Conversation> list;
    while (q.next()) {
        Conversation c;
        c.phone = q.value(0).toString();
        c.name = QString(q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
        c.lastAt = Timestamps::fromDb(q.value(3));
        c.unread = q.value(4).toInt();
        c.open = q.value(5).toInt();
        c.reviewDue = Timestamps::fromDb(q.value(6));
        c.lastText = q.value(7).toString();
        c.suppressed = q.value(8).toBool();
        list.append(c);
    }
    return list;
}

Result<QVector<ThreadEntry>> Inbox::thread(const QString& phone) const
{
    // The latest 500 lines, shown oldest first. Rows that never went out are not part of it.
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT * FROM (SELECT 1, id, body, received_at AS at, kind, action, reason_code, "
                           "review_due FROM reply WHERE phone = ? UNION ALL SELECT 0, id, body, "
                           "COALESCE(sent_at, created_at, updated_at) AS at, purpose, state, '', NULL FROM "
                           "message WHERE phone = ? AND state NOT IN ('skipped', 'waiting', 'cancelled') "
                           "ORDER BY at DESC, 2 DESC LIMIT 500) AS newest ORDER BY at, 2"),
            {phone, phone}))
        return Result<QVector<ThreadEntry>>::failure(SqlError::describe(q.lastError()));
    QVector<ThreadEntry> entries;
    while (q.next()) {
        ThreadEntry e;
        e.incoming = q.value(0).toInt() == 1;
        e.id = q.value(1).toLongLong();
        e.body = q.value(2).toString();
        e.at = Timestamps::fromDb(q.value(3));
        e.kind = q.value(4).toString();
        e.status = q.value(5).toString();
        e.reasonCode = q.value(6).toString();
        e.reviewDue = Timestamps::fromDb(q.value(7));
        entries.append(e);
    }
    return entries;
}

QDateTime Inbox::reviewDeadline(const QDateTime& receivedUtc)
{
    return BusinessDays::deadline(receivedUtc, ReviewBusinessDays);
}

int Inbox::businessDaysLeft(const QDateTime& nowUtc, const QDateTime& deadlineUtc)
{
    return BusinessDays::left(nowUtc, deadlineUtc);
}

} // namespace textwell
