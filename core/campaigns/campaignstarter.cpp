#include "campaignstarter.h"

#include "campaignstore.h"
#include "contacts/customfields.h"
#include "contacts/subscriberquery.h"
#include "messages/placeholdervalues.h"
#include "messages/smsencoding.h"
#include "reports/reportvalues.h"
#include "segments/segmentcompiler.h"
#include "storage/businesssettings.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace textwell {

namespace {

// Why a matching person is left out before sending, from what their row says now.
QString reasonToSkip(const Subscriber& person)
{
    switch (person.status) {
    case SubscriberStatus::Excluded:
        return OutboxMessage::Excluded;
    case SubscriberStatus::Unsubscribed:
        return OutboxMessage::Unsubscribed;
    case SubscriberStatus::NoConsent:
        return OutboxMessage::NoConsent;
    case SubscriberStatus::AwaitingConfirmation:
        return OutboxMessage::AwaitingConfirmation;
    case SubscriberStatus::Subscribed:
        break;
    }
    if (!PhoneNumbers::canReceiveSms(person.numberKind))
        return OutboxMessage::NotMobile;
    return {};
}

} // namespace

CampaignStarter::CampaignStarter(QSqlDatabase db) : m_db(std::move(db)) {}

RenderedMessage CampaignStarter::render(const MessageTemplate& text, const Subscriber& person,
                                        const OptOutSettings& optOut, bool marketing)
{
    const QString body =
        text.render([&](const QString& field) { return PlaceholderValues::valueOf(person, field); });
    RenderedMessage message;
    message.body = marketing ? OptOutFooter::messageFor(body, optOut, person.language) : body.trimmed();
    const SmsInfo info = SmsEncoding::analyse(message.body);
    message.parts = info.parts;
    message.encoding = SmsEncoding::encodingName(info.encoding);
    return message;
}

Result<QStringList> CampaignStarter::templateFields() const
{
    Result<QStringList> custom = CustomFields(m_db).list();
    if (!custom)
        return custom;
    return MessageTemplate::standardFields() + custom.value();
}

Result<qint64> CampaignStarter::start(qint64 campaignId, const Progress& progress)
{
    using R = Result<qint64>;
    CampaignStore store(m_db);
    Result<Campaign> loaded = store.get(campaignId);
    if (!loaded)
        return R::failure(loaded.error());
    const Campaign campaign = loaded.value();
    if (campaign.status != CampaignStatus::Draft && campaign.status != CampaignStatus::Scheduled)
        return R::failure(tr("The campaign’s status is “%1”; only a draft or a scheduled campaign can start.")
                              .arg(Campaign::statusLabel(campaign.status)));

    Result<SegmentRule> rule = SegmentRule::fromJsonText(campaign.rule);
    if (!rule)
        return R::failure(rule.error());
    Result<SegmentContext> context = SegmentContext::load(m_db);
    if (!context)
        return R::failure(context.error());
    Result<CompiledSegment> segment = SegmentCompiler::compile(rule.value(), context.value());
    if (!segment)
        return R::failure(segment.error());
    Result<QStringList> fields = templateFields();
    if (!fields)
        return R::failure(fields.error());
    const MessageTemplate textA = MessageTemplate::parse(campaign.body, fields.value());
    const MessageTemplate textB = MessageTemplate::parse(campaign.bodyB, fields.value());
    if (!textA.isValid() || (campaign.isAbTest() && !textB.isValid()))
        return R::failure(tr("The text has a mistake; open the campaign in the composer to fix it."));
    const OptOutSettings optOut = BusinessSettings(m_db).optOutSettings();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // Again inside the write transaction: another desk or the sender may have started, paused or
    // cancelled it since it was read.
    {
        QSqlQuery q(m_db);
        if (!execBound(q, QStringLiteral("SELECT status FROM campaign WHERE id = ?"), {campaignId}) ||
            !q.next())
            return R::failure(SqlError::describe(q.lastError()));
        const QString status = q.value(0).toString();
        if (status != QLatin1String("draft") && status != QLatin1String("scheduled"))
            return R::failure(
                tr("The campaign was started, paused or cancelled meanwhile; it did not start again."));
    }
    // First pass: who can receive it at all, read from the status columns alone.
    qint64 matching = 0;
    qint64 sendable = 0;
    {
        QSqlQuery q(m_db);
        SqlDialect::readRowsAsTheyCome(q);
        if (!execBound(q,
                       QStringLiteral("SELECT s.status, s.number_kind FROM subscriber s WHERE %1")
                           .arg(segment.value().where),
                       segment.value().values))
            return R::failure(SqlError::describe(q.lastError()));
        while (q.next()) {
            ++matching;
            Subscriber person;
            person.status = static_cast<SubscriberStatus>(q.value(0).toInt());
            person.numberKind = static_cast<NumberKind>(q.value(1).toInt());
            if (reasonToSkip(person).isEmpty())
                ++sendable;
        }
    }
    if (sendable == 0) {
        const QString error = matching == 0
                                  ? tr("The segment “%1” matches no one, so there is no one to send to.")
                                        .arg(campaign.segmentName)
                                  //: %1 is the segment's name, %n how many people it matches.
                                  : tr("No one in the segment “%1” can receive this message (all %n of them "
                                       "are unsubscribed, excluded, without consent, awaiting their "
                                       "confirmation by SMS or without a mobile number).",
                                       nullptr, int(matching))
                                        .arg(campaign.segmentName);
        return R::failure(error);
    }

    // An A/B test draws each variant's share at random from those who can receive it (selection
    // sampling: exact shares in one pass); the rest wait for the winner.
    // Each variant gets its share (at least one person); the test needs someone left for the winner.
    const qint64 share =
        campaign.isAbTest() ? std::max<qint64>(1, sendable * campaign.abSharePercent / 100) : sendable;
    if (campaign.isAbTest() && 2 * share >= sendable)
        //: %Ln is how many people can receive the message, %1 the share of them each text goes to (“10%”).
        return R::failure(
            tr("An A/B test needs more people: %Ln person(s) can receive this message, too few to "
               "try two texts on %1 each and send the rest the winner.",
               nullptr, int(sendable))
                .arg(ReportValues::percent(campaign.abSharePercent / 100.0, 0, QLocale())));
    qint64 needA = share;
    qint64 needB = campaign.isAbTest() ? share : 0;
    qint64 sendableLeft = sendable;
    QRandomGenerator random(QRandomGenerator::global()->generate());

    QSqlQuery people(m_db);
    SqlDialect::readRowsAsTheyCome(people);
    if (!execBound(people,
                   QStringLiteral("SELECT %1 FROM subscriber s WHERE %2 ORDER BY s.id")
                       .arg(SubscriberQuery::columns(SqlDialect(m_db)), segment.value().where),
                   segment.value().values))
        return R::failure(SqlError::describe(people.lastError()));
    const QVariant nowDb = Timestamps::toDb(Clock::currentUtc());
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO message (campaign_id, phone, subscriber_id, marketing, variant, body, parts, "
            "encoding, "
            "state, reason, next_attempt_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return R::failure(SqlError::describe(insert.lastError()));
    qint64 written = 0;
    while (people.next()) {
        const Subscriber person = SubscriberQuery::read(people);
        const QString skip = reasonToSkip(person);
        QString variant;
        RenderedMessage message;
        MessageState state = MessageState::Skipped;
        if (skip.isEmpty()) {
            state = MessageState::Waiting;
            const qint64 r = qint64(random.generate64() % quint64(sendableLeft));
            if (r < needA) {
                variant = QStringLiteral("A");
                --needA;
            } else if (r < needA + needB) {
                variant = QStringLiteral("B");
                --needB;
            }
            --sendableLeft;
            if (!variant.isEmpty()) {
                message =
                    render(variant == QLatin1String("B") ? textB : textA, person, optOut, campaign.marketing);
                state = MessageState::Queued;
            }
            if (!campaign.isAbTest())
                variant.clear(); // one text: no variants to tell apart
        }
        insert.addBindValue(campaignId);
        insert.addBindValue(person.phone);
        insert.addBindValue(person.id);
        insert.addBindValue(campaign.marketing ? 1 : 0);
        insert.addBindValue(sqlText(variant));
        insert.addBindValue(sqlText(message.body));
        insert.addBindValue(message.parts);
        insert.addBindValue(sqlText(message.encoding));
        insert.addBindValue(OutboxMessage::stateCode(state));
        insert.addBindValue(sqlText(skip));
        insert.addBindValue(nowDb);
        insert.addBindValue(nowDb);
        if (!insert.exec())
            return R::failure(SqlError::describe(insert.lastError()));
        ++written;
        if (progress && (written % 1000 == 0 || written == matching) && !progress(written, matching))
            return R::failure(tr("Cancelled; nothing was sent."));
    }
    people.finish();
    QSqlQuery update(m_db);
    if (!execBound(update,
                   QStringLiteral("UPDATE campaign SET status = 'sending', started_at = ?, updated_at = ?, "
                                  "last_error = '' WHERE id = ? AND status IN ('draft', 'scheduled')"),
                   {nowDb, nowDb, campaignId}))
        return R::failure(SqlError::describe(update.lastError()));
    if (update.numRowsAffected() != 1)
        return R::failure(tr("The campaign was paused or cancelled meanwhile; it did not start."));
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return sendable;
}

Status CampaignStarter::sendRestWithWinner(qint64 campaignId, const QString& winner)
{
    Result<Campaign> loaded = CampaignStore(m_db).get(campaignId);
    if (!loaded)
        return Status::failure(loaded.error());
    const Campaign campaign = loaded.value();
    if (winner != QLatin1String("A") && winner != QLatin1String("B"))
        return Status::failure(tr("The winner is A or B."));
    if (!campaign.winner.isEmpty())
        return Status::failure(tr("The rest already went to variant %1.").arg(campaign.winner));
    Result<QStringList> fields = templateFields();
    if (!fields)
        return Status::failure(fields.error());
    const MessageTemplate text =
        MessageTemplate::parse(winner == QLatin1String("B") ? campaign.bodyB : campaign.body, fields.value());
    const OptOutSettings optOut = BusinessSettings(m_db).optOutSettings();

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const QVariant nowDb = Timestamps::toDb(Clock::currentUtc());
    // The decision first: of two deciders (the app and the command line) only one gets here.
    QSqlQuery mark(m_db);
    if (!execBound(
            mark,
            QStringLiteral("UPDATE campaign SET winner = ?, updated_at = ? WHERE id = ? AND winner = ''"),
            {winner, nowDb, campaignId}))
        return Status::failure(SqlError::describe(mark.lastError()));
    if (mark.numRowsAffected() != 1)
        return Status::failure(tr("The rest of this A/B test was already given its text."));

    // In slices by id, so a rest of a million people never sits in memory at once. The rest keeps
    // no variant letter: the test's figures stay the test's; the campaign says who won.
    QSqlQuery waiting(m_db);
    SqlDialect::readRowsAsTheyCome(waiting);
    if (!waiting.prepare(QStringLiteral("SELECT %1, m.id FROM message m LEFT JOIN subscriber s ON s.id = "
                                        "m.subscriber_id WHERE m.campaign_id = ? AND m.state = 'waiting' AND "
                                        "m.id > ? ORDER BY m.id LIMIT 1000")
                             .arg(SubscriberQuery::columns(SqlDialect(m_db)))))
        return Status::failure(SqlError::describe(waiting.lastError()));
    QSqlQuery write(m_db);
    if (!write.prepare(
            QStringLiteral("UPDATE message SET body = ?, parts = ?, encoding = ?, state = ?, reason = ?, "
                           "next_attempt_at = ?, updated_at = ? WHERE id = ?")))
        return Status::failure(SqlError::describe(write.lastError()));
    struct Update
    {
        qint64 id = 0;
        RenderedMessage message;
        bool gone = false; // the person was deleted since the start
    };
    for (qint64 after = 0;;) {
        waiting.addBindValue(campaignId);
        waiting.addBindValue(after);
        if (!waiting.exec())
            return Status::failure(SqlError::describe(waiting.lastError()));
        QVector<Update> slice;
        while (waiting.next()) {
            Update u;
            u.id = waiting.value(waiting.record().count() - 1).toLongLong();
            u.gone = waiting.value(0).isNull();
            if (!u.gone)
                u.message = render(text, SubscriberQuery::read(waiting), optOut, campaign.marketing);
            slice.append(u);
        }
        waiting.finish();
        if (slice.isEmpty())
            break;
        for (const Update& u : std::as_const(slice)) {
            write.addBindValue(sqlText(u.message.body));
            write.addBindValue(u.message.parts);
            write.addBindValue(sqlText(u.message.encoding));
            write.addBindValue(
                OutboxMessage::stateCode(u.gone ? MessageState::Skipped : MessageState::Queued));
            write.addBindValue(u.gone ? OutboxMessage::NotInBook : QString(QLatin1String("")));
            write.addBindValue(nowDb);
            write.addBindValue(nowDb);
            write.addBindValue(u.id);
            if (!write.exec())
                return Status::failure(SqlError::describe(write.lastError()));
        }
        after = slice.constLast().id;
    }
    return tx.commit();
}

} // namespace textwell
