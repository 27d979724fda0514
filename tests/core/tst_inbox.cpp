// Replies as a shop owner relies on them (PRODUCT.md rule 1, DESIGN.md "Replies"): a STOP
// suppresses the number in the same transaction that stores it, so the very next message of a
// running campaign is skipped, and it is confirmed once, by a message the dispatcher sends even
// though the number is unsubscribed; START re-subscribes; HELP is answered; a possible opt-out
// waits for a person within 10 business days; a reply delivered twice is stored once; an older
// STOP or START arriving late changes nothing; bad input is kept and not acted on. JOIN adds and
// welcomes a number (not an excluded one); YES confirms a consent only when the number was asked
// (double opt-in), with the request's time in the proof.
//
// The gateway is a fake that records what it is handed and keeps replies to fetch. Time is a
// ManualClock.

#include "campaigns/campaign.h"
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/dispatcher.h"
#include "campaigns/outbox.h"
#include "campaigns/outboxmessage.h"
#include "compliance/confirmationrequests.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "gateways/callbackserver.h"
#include "gateways/gateway.h"
#include "inbound/inbox.h"
#include "inbound/replyfetcher.h"
#include "inbound/replyfile.h"
#include "inbound/replyrecorder.h"
#include "inbound/replysettings.h"
#include "relaxedrulepacks.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace textwell;

namespace textwell {
// Readable QCOMPARE failures.
inline char* toString(MessageState state)
{
    return QTest::toString(OutboxMessage::stateCode(state));
}
inline char* toString(SubscriberStatus status)
{
    return QTest::toString(SubscriberStatuses::code(status));
}
} // namespace textwell

namespace {

// A gateway that takes every message (unless scripted otherwise), remembers what it was handed
// and keeps replies for fetchReplies().
class FakeGateway : public Gateway
{
public:
    QVector<OutgoingSms> sent;                 // every send(), in order
    QHash<QString, QList<SendOutcome>> script; // answers for one number, used in order
    bool fetches = false;                      // canFetchReplies()
    QVector<IncomingReply> replies;            // what fetchReplies() lists
    QVector<QDateTime> asked;                  // the `since` of every fetchReplies()

    SendOutcome send(const OutgoingSms& sms) override
    {
        sent.append(sms);
        auto scripted = script.find(sms.to);
        if (scripted != script.end() && !scripted->isEmpty())
            return scripted->takeFirst();
        return SendOutcome::accepted(QStringLiteral("SM%1").arg(sent.size()));
    }

    bool canFetchReplies() const override { return fetches; }
    Result<QVector<IncomingReply>> fetchReplies(const QDateTime& since) override
    {
        asked.append(since);
        QVector<IncomingReply> listed;
        for (const IncomingReply& r : replies) {
            if (!r.receivedAt.isValid() || r.receivedAt >= since)
                listed.append(r);
        }
        return listed;
    }

    QVector<OutgoingSms> to(const QString& phone) const
    {
        QVector<OutgoingSms> list;
        for (const OutgoingSms& sms : sent) {
            if (sms.to == phone)
                list.append(sms);
        }
        return list;
    }
};

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QDateTime local(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::LocalTime);
}

// German mobile numbers, E.164.
QString mobile(int i)
{
    return QStringLiteral("+4915112%1").arg(i, 6, 10, QLatin1Char('0'));
}

DispatcherOptions fast()
{
    DispatcherOptions options;
    options.maxRate = 1000;
    return options;
}

SendOutcome busy()
{
    return SendOutcome::failed(SendOutcome::Kind::Retry, QStringLiteral("503"),
                               QStringLiteral("The gateway is busy."));
}

// Writes a request as it is and returns whatever comes back before the server closes.
QByteArray rawRequest(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    if (closed.isEmpty())
        closed.wait(10000);
    answer += socket.readAll();
    return answer;
}

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

public:
    TestInbox() : m_clock(utc(2026, 6, 10, 10, 0)) {}

private Q_SLOTS:
    void init();
    void cleanup();

    void stopFromASubscriberSuppressesAndIsConfirmedOnce();
    void optOutNamesTheCampaignThatSentLast();
    void optOutInWordsIsToldApartFromAKeyword();
    void optOutBetweenTwoDispatcherStepsStopsTheNextMessage();
    void nothingButTheConfirmationAfterAnOptOut();
    void confirmationOfAnUndoneOptOutIsNotSent();
    void confirmationGoesOutInQuietHours();
    void stopStartStopConfirmsOnlyTheLastWord();
    void startAfterStopResubscribes();
    void startSentBeforeALaterOptOutChangesNothing();
    void startFromAnExcludedNumberKeepsItExcluded();
    void startWithNothingToUndoStaysOpen();
    void startFromAStranger();
    void stopFromANumberNotInTheBook();
    void helpIsAnsweredWithTheBusinessName();
    void helpFromASuppressedNumberIsNotAnswered();
    void duplicateDeliveryIsStoredOnce();
    void olderStopOrStartArrivingLateIsSuperseded();
    void possibleOptOutWaitsTenBusinessDays();
    void businessDaysLeft();
    void reviewListShowsTheNearestDeadlinesFirst();
    void decideOptOutUnsubscribesWithTheReason();
    void decideNotOptOutMarksHandled();
    void digitAnswersTheReasonQuestion();
    void digitIsAMessageWhenTheQuestionIsOff();
    void sendAnswerOnlyToNumbersThatMayGetIt();
    void badInputIsStoredAndNotActedOn();
    void senderNumberReadsGatewayNumbers();
    void replyFileReadsProviderExports();
    void replyFileImportedTwiceAddsNothing();
    void replyFileFromRussianExcel();
    void replyFetcherStoresEachReplyOnce();
    void kannelReplyIsAnsweredOnceStored();
    void joinFromANewNumberSubscribesAndWelcomes();
    void joinFromAnExcludedNumberKeepsItExcluded();
    void joinAfterStopResubscribes();
    void yesToARequestConfirmsTheConsent();
    void yesFromANumberNeverAskedIsIgnored();
    void yesFromAnOptedOutNumberChangesNothing();
    void helpIsAnsweredOnlyWhereThePackSaysSo();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    QString dbPath() const { return m_connection->path(); }
    AddressBook book() const { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("test")); }
    Inbox inbox() const { return Inbox(db(), QStringLiteral("DE"), QStringLiteral("anna")); }

    // A reply as Kannel hands it over, sent now unless `at` says otherwise; a fresh id unless given.
    IncomingReply sms(const QString& from, const QString& body, const QDateTime& at = QDateTime(),
                      const QString& id = QString());
    // Adds a person with a recorded consent (or none); returns their id, or 0 with m_error set.
    qint64 add(const QString& phone, const QString& name, const QString& language = QStringLiteral("en"),
               bool consent = true);
    // Creates and starts a campaign to everyone; returns its id, or 0 with m_error set.
    qint64 startCampaign(const QString& name, const QString& body);
    bool setSetting(BusinessSettings::Key key, const QString& value);
    qint64 number(const QString& sql, const QVariantList& values = {}) const;
    QVariant value(const QString& sql, const QVariantList& values = {}) const;
    qint64 rowsFor(const QString& phone, const QString& purpose) const
    {
        return number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND purpose = ?"),
                      {phone, purpose});
    }
    OutboxMessage message(qint64 id) const;
    // The campaign's row for a number.
    OutboxMessage campaignRow(qint64 campaignId, const QString& phone) const;
    Suppression suppression(const QString& phone) const;
    SubscriberStatus status(const QString& phone) const;
    QVector<ConsentEvent> history(const QString& phone) const;
    Status runDispatcher(FakeGateway& gateway);
    // Germany's rule pack as built in: consent from a form waits for a YES from the number.
    bool germanyRequiresConfirmation() { return RulePacks(db()).reset(QStringLiteral("de")).ok(); }

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    QString m_error;
    int m_nextId = 0;
};

// Receives a reply and fails the test when it could not be stored.
#define RECEIVE(var, reply)                                                                                  \
    Result<ReceivedReply> var = inbox().receive(reply);                                                      \
    QVERIFY2(var, qPrintable(var.error()))

void TestInbox::init()
{
    m_clock.setNow(utc(2026, 6, 10, 10, 0));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString location = testing::newDatabase(m_dir->path(), QStringLiteral("shop.sqlite"));
    QVERIFY(!location.isEmpty());
    auto opened = Connection::open(location, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(setSetting(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    QVERIFY(setSetting(BusinessSettings::Key::MessageLanguage, QStringLiteral("en")));
    // No quiet hours except where a test turns them on.
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursStart, QStringLiteral("00:00")));
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("00:00")));
    QVERIFY(setSetting(BusinessSettings::Key::SendRate, QStringLiteral("1000")));
    // The people here have German numbers and paper consents; the tests of replies in general
    // send to them without the double opt-in, which its own tests turn back on.
    QVERIFY(relaxRulePacks(db()));
    m_nextId = 0;
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestInbox::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

IncomingReply TestInbox::sms(const QString& from, const QString& body, const QDateTime& at, const QString& id)
{
    IncomingReply r;
    r.from = from;
    r.body = body;
    r.receivedAt = at.isValid() ? at : Clock::currentUtc();
    r.source = QStringLiteral("kannel");
    r.sourceId = id.isEmpty() ? QStringLiteral("mo-%1").arg(++m_nextId) : id;
    return r;
}

qint64 TestInbox::add(const QString& phone, const QString& name, const QString& language, bool consent)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = name;
    s.language = language;
    std::optional<ConsentRecord> record;
    if (consent)
        record = ConsentRecord{QStringLiteral("paper form at the till"), QStringLiteral("form #12, signed"),
                               Clock::currentUtc().addDays(-100)};
    Result<AddressBook::Added> added = book().add(s, record);
    if (!added) {
        m_error = phone + QStringLiteral(": ") + added.error();
        return 0;
    }
    return added.value().id;
}

qint64 TestInbox::startCampaign(const QString& name, const QString& body)
{
    Campaign c;
    c.name = name;
    c.body = body;
    c.rule = SegmentRule::group(SegmentRule::Match::All).toJsonText();
    c.segmentName = QStringLiteral("Everyone");
    Result<qint64> id = CampaignStore(db()).create(c);
    if (!id) {
        m_error = id.error();
        return 0;
    }
    Result<qint64> started = CampaignStarter(db()).start(id.value());
    if (!started) {
        m_error = started.error();
        return 0;
    }
    return id.value();
}

bool TestInbox::setSetting(BusinessSettings::Key key, const QString& value)
{
    Status s = BusinessSettings(db()).setValue(key, value);
    if (!s)
        qWarning("setting %s: %s", qPrintable(BusinessSettings::name(key)), qPrintable(s.error()));
    return s.ok();
}

QVariant TestInbox::value(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(db());
    if (!execBound(q, sql, values)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

qint64 TestInbox::number(const QString& sql, const QVariantList& values) const
{
    const QVariant v = value(sql, values);
    return v.isValid() ? v.toLongLong() : -1;
}

OutboxMessage TestInbox::message(qint64 id) const
{
    QSqlQuery q(db());
    if (!execBound(
            q, QStringLiteral("SELECT %1 FROM message m WHERE m.id = ?").arg(CampaignStore::messageColumns()),
            {id}) ||
        !q.next())
        return {};
    return CampaignStore::readMessage(q);
}

OutboxMessage TestInbox::campaignRow(qint64 campaignId, const QString& phone) const
{
    return message(number(QStringLiteral("SELECT id FROM message WHERE campaign_id = ? AND phone = ?"),
                          {campaignId, phone}));
}

Suppression TestInbox::suppression(const QString& phone) const
{
    Result<Suppression> s = book().suppression(phone);
    if (!s)
        qWarning("suppression: %s", qPrintable(s.error()));
    return s ? s.value() : Suppression();
}

SubscriberStatus TestInbox::status(const QString& phone) const
{
    Result<std::optional<Subscriber>> person = book().findByPhone(phone);
    if (!person || !person.value()) {
        qWarning("no person %s", qPrintable(phone));
        return SubscriberStatus::NoConsent;
    }
    return person.value()->status;
}

QVector<ConsentEvent> TestInbox::history(const QString& phone) const
{
    Result<QVector<ConsentEvent>> events = book().history(phone);
    if (!events)
        qWarning("history: %s", qPrintable(events.error()));
    return events ? events.value() : QVector<ConsentEvent>();
}

Status TestInbox::runDispatcher(FakeGateway& gateway)
{
    Dispatcher dispatcher(db(), &gateway, fast());
    return dispatcher.runUntilIdle();
}

// ---------------------------------------------------------------------------------------------

void TestInbox::stopFromASubscriberSuppressesAndIsConfirmedOnce()
{
    const QString anna = mobile(1), ben = mobile(2);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));

    // A campaign reaches Anna first: her STOP answers it.
    FakeGateway gateway;
    const qint64 spring = startCampaign(QStringLiteral("Spring"), QStringLiteral("Spring sale: 20% off."));
    QVERIFY2(spring, qPrintable(m_error));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);

    // A second campaign is running, its message to Anna not yet sent, when she writes STOP.
    m_clock.advanceSeconds(3600);
    const qint64 summer = startCampaign(QStringLiteral("Summer"), QStringLiteral("Summer sale: 30% off."));
    QVERIFY2(summer, qPrintable(m_error));
    QCOMPARE(campaignRow(summer, anna).state, MessageState::Queued);
    m_clock.advanceSeconds(60);
    const QDateTime stopAt = Clock::currentUtc();
    RECEIVE(stop, sms(anna, QStringLiteral("STOP"), stopAt));
    QVERIFY(!stop.value().duplicate);
    QCOMPARE(stop.value().reply.classification.kind, ReplyClassification::Kind::OptOut);
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    QCOMPARE(stop.value().reply.campaignId, spring);
    QVERIFY(stop.value().reply.handled);
    QVERIFY(stop.value().answerId > 0);

    // Suppressed at once, with the history saying how, when, with what words and after what.
    QVERIFY(suppression(anna).optedOut());
    QCOMPARE(suppression(anna).optedOutAt, stopAt);
    QCOMPARE(status(anna), SubscriberStatus::Unsubscribed);
    const QVector<ConsentEvent> events = history(anna);
    QVERIFY(!events.isEmpty());
    const ConsentEvent optOut = events.last();
    QCOMPARE(optOut.kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(optOut.channel, ConsentEvent::Channel::Keyword);
    QVERIFY2(optOut.evidence.contains(QStringLiteral("STOP")), qPrintable(optOut.evidence));
    QCOMPARE(optOut.campaignId, spring);
    QCOMPARE(optOut.at, stopAt);
    QCOMPARE(number(QStringLiteral("SELECT campaign_id FROM reply WHERE id = ?"), {stop.value().reply.id}),
             spring);

    // Exactly one confirmation: an answer row, not a campaign's and not marketing.
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
    const OutboxMessage confirmation = message(stop.value().answerId);
    QCOMPARE(confirmation.purpose, OutboxPurpose::OptOutConfirmation);
    QCOMPARE(confirmation.campaignId, 0);
    QCOMPARE(confirmation.state, MessageState::Queued);
    QCOMPARE(confirmation.body,
             ReplySettings(db()).answer(ReplySettings::Text::OptOutConfirmation, QStringLiteral("en")));
    QVERIFY(
        value(QStringLiteral("SELECT campaign_id FROM message WHERE id = ?"), {confirmation.id}).isNull());
    QCOMPARE(number(QStringLiteral("SELECT marketing FROM message WHERE id = ?"), {confirmation.id}), 0);
    QCOMPARE(number(QStringLiteral("SELECT reply_id FROM message WHERE id = ?"), {confirmation.id}),
             stop.value().reply.id);

    // A second STOP changes nothing and is not confirmed again.
    m_clock.advanceSeconds(30);
    RECEIVE(again, sms(anna, QStringLiteral("Stop")));
    QCOMPARE(again.value().reply.action, ReplyAction::AlreadyOptedOut);
    QCOMPARE(again.value().answerId, 0);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM consent_event WHERE phone = ? AND kind = 'opt_out'"),
                    {anna}),
             1);

    // The dispatcher sends the confirmation first, though Anna is unsubscribed, and nothing else:
    // the running campaign's message to her is skipped; Ben still gets his.
    const qsizetype before = gateway.sent.size();
    QVERIFY(runDispatcher(gateway).ok());
    QVERIFY(gateway.sent.size() > before);
    const OutgoingSms first = gateway.sent.at(before);
    QCOMPARE(first.messageId, confirmation.id);
    QCOMPARE(first.to, anna);
    QCOMPARE(first.body, confirmation.body);
    QCOMPARE(gateway.to(anna).size(), 2); // Spring, then the confirmation only
    QCOMPARE(gateway.to(anna).last().messageId, confirmation.id);
    QCOMPARE(message(confirmation.id).state, MessageState::Sent);
    QCOMPARE(campaignRow(summer, anna).state, MessageState::Skipped);
    QCOMPARE(campaignRow(summer, anna).reason, OutboxMessage::Unsubscribed);
    QCOMPARE(campaignRow(summer, ben).state, MessageState::Sent);

    // Later runs send her nothing more.
    m_clock.advanceSeconds(3600);
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 2);
}

void TestInbox::optOutNamesTheCampaignThatSentLast()
{
    // Autumn was started first but paused; Winter reached Anna at 10:00, Autumn at 11:00.
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    const qint64 autumn = startCampaign(QStringLiteral("Autumn"), QStringLiteral("Autumn sale!"));
    QVERIFY2(autumn, qPrintable(m_error));
    QVERIFY(CampaignStore(db()).pause(autumn).ok());
    const qint64 winter = startCampaign(QStringLiteral("Winter"), QStringLiteral("Winter sale!"));
    QVERIFY2(winter, qPrintable(m_error));
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(campaignRow(winter, anna).state, MessageState::Sent);
    m_clock.advanceSeconds(3600);
    QVERIFY(CampaignStore(db()).resume(autumn).ok());
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(campaignRow(autumn, anna).state, MessageState::Sent);
    QVERIFY(campaignRow(autumn, anna).sentAt > campaignRow(winter, anna).sentAt);

    m_clock.advanceSeconds(300);
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    QCOMPARE(stop.value().reply.campaignId, autumn);
    QCOMPARE(history(anna).last().campaignId, autumn);
}

void TestInbox::optOutInWordsIsToldApartFromAKeyword()
{
    // The dashboard shows how people left: by a keyword, or by asking in their own words.
    const QString anna = mobile(1), ben = mobile(2);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    RECEIVE(stop, sms(anna, QStringLiteral("Stop please")));
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    QCOMPARE(history(anna).last().channel, ConsentEvent::Channel::Keyword);
    RECEIVE(words, sms(ben, QStringLiteral("Please stop texting me")));
    QCOMPARE(words.value().reply.action, ReplyAction::OptedOut);
    QCOMPARE(history(ben).last().kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(history(ben).last().channel, ConsentEvent::Channel::Reply);
}

void TestInbox::optOutBetweenTwoDispatcherStepsStopsTheNextMessage()
{
    QVector<QString> phones;
    for (int i = 1; i <= 4; ++i) {
        phones.append(mobile(i));
        QVERIFY2(add(phones.last(), QStringLiteral("P%1").arg(i)), qPrintable(m_error));
    }
    const qint64 id = startCampaign(QStringLiteral("Spring"), QStringLiteral("Spring sale!"));
    QVERIFY2(id, qPrintable(m_error));
    FakeGateway gateway;
    Dispatcher dispatcher(db(), &gateway, fast());
    Result<Dispatcher::Step> step = dispatcher.step();
    QVERIFY2(step, qPrintable(step.error()));
    QCOMPARE(gateway.sent.size(), 1);

    // The row the dispatcher takes next ...
    Result<std::optional<OutboxMessage>> next = Outbox(db()).nextDue(Clock::currentUtc());
    QVERIFY2(next && next.value(), "a row is due");
    const QString leaving = next.value()->phone;
    QCOMPARE(next.value()->campaignId, id);

    // ... belongs to someone whose STOP the listener stores now, on its own connection.
    {
        auto other = Connection::open(dbPath(), Connection::Mode::MustExist);
        QVERIFY2(other, qPrintable(other.error()));
        Inbox listener(other.value()->database(), QStringLiteral("DE"), QStringLiteral("sms"));
        Result<ReceivedReply> stop = listener.receive(sms(leaving, QStringLiteral("STOP")));
        QVERIFY2(stop, qPrintable(stop.error()));
        QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    }

    // The next step sends the confirmation; the one after it skips the campaign's message.
    step = dispatcher.step();
    QVERIFY2(step, qPrintable(step.error()));
    QCOMPARE(gateway.sent.size(), 2);
    QCOMPARE(gateway.sent.last().to, leaving);
    QCOMPARE(message(gateway.sent.last().messageId).purpose, OutboxPurpose::OptOutConfirmation);
    step = dispatcher.step();
    QVERIFY2(step, qPrintable(step.error()));
    QCOMPARE(gateway.sent.size(), 2);
    QCOMPARE(campaignRow(id, leaving).state, MessageState::Skipped);
    QCOMPARE(campaignRow(id, leaving).reason, OutboxMessage::Unsubscribed);

    QVERIFY(dispatcher.runUntilIdle().ok());
    QCOMPARE(gateway.to(leaving).size(), 1); // the confirmation, nothing of the campaign
    for (const QString& phone : phones) {
        if (phone != leaving)
            QCOMPARE(gateway.to(phone).size(), 1);
    }
}

void TestInbox::nothingButTheConfirmationAfterAnOptOut()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    // Answers queued before the opt-out, not sent yet: a help text and a person's answer.
    RECEIVE(help, sms(anna, QStringLiteral("HELP")));
    QVERIFY(help.value().answerId > 0);
    Result<qint64> answer = inbox().sendAnswer(anna, QStringLiteral("We open at 9 tomorrow."));
    QVERIFY2(answer, qPrintable(answer.error()));
    m_clock.advanceSeconds(10);
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    QVERIFY(stop.value().answerId > 0);

    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QCOMPARE(gateway.to(anna).first().messageId, stop.value().answerId);
    QCOMPARE(message(help.value().answerId).state, MessageState::Skipped);
    QCOMPARE(message(help.value().answerId).reason, OutboxMessage::Unsubscribed);
    QCOMPARE(message(answer.value()).state, MessageState::Skipped);
}

void TestInbox::confirmationOfAnUndoneOptOutIsNotSent()
{
    // STOP while the gateway is busy: the confirmation waits for its retry. START comes before it.
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    FakeGateway gateway;
    gateway.script[anna] = {busy()};
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QCOMPARE(message(stop.value().answerId).state, MessageState::Queued);

    m_clock.advanceSeconds(5);
    RECEIVE(start, sms(anna, QStringLiteral("START")));
    QCOMPARE(start.value().reply.action, ReplyAction::OptedIn);
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);

    // After the retry pause: she hears she is subscribed again, and nothing that says otherwise.
    m_clock.advanceSeconds(600);
    QVERIFY(runDispatcher(gateway).ok());
    QVector<QString> purposes;
    for (const OutgoingSms& sms : gateway.to(anna).mid(1))
        purposes.append(message(sms.messageId).purpose);
    QCOMPARE(purposes, QVector<QString>{OutboxPurpose::OptInConfirmation});
}

void TestInbox::stopStartStopConfirmsOnlyTheLastWord()
{
    // Three replies taken before the sender comes round (one Twilio fetch, or a busy gateway): she
    // hears once that she is unsubscribed, and nothing that the later STOP made untrue.
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RECEIVE(first, sms(anna, QStringLiteral("STOP")));
    m_clock.advanceSeconds(5);
    RECEIVE(start, sms(anna, QStringLiteral("START")));
    m_clock.advanceSeconds(5);
    RECEIVE(last, sms(anna, QStringLiteral("STOP")));
    QCOMPARE(last.value().reply.action, ReplyAction::OptedOut);
    QVERIFY(last.value().answerId > 0);

    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QCOMPARE(gateway.to(anna).first().messageId, last.value().answerId);
    QCOMPARE(message(first.value().answerId).state, MessageState::Skipped);
    QCOMPARE(message(first.value().answerId).reason, OutboxMessage::Superseded);
    QCOMPARE(message(start.value().answerId).state, MessageState::Skipped);
}

void TestInbox::confirmationGoesOutInQuietHours()
{
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursStart, QStringLiteral("21:00")));
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("08:00")));
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    m_clock.setNow(utc(2026, 6, 10, 21, 30)); // 23:30 in Berlin
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QCOMPARE(gateway.to(anna).first().messageId, stop.value().answerId);
}

void TestInbox::startAfterStopResubscribes()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    FakeGateway gateway;
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(status(anna), SubscriberStatus::Unsubscribed);

    m_clock.advanceSeconds(3600);
    const QDateTime startAt = Clock::currentUtc();
    RECEIVE(start, sms(anna, QStringLiteral("START"), startAt));
    QCOMPARE(start.value().reply.classification.kind, ReplyClassification::Kind::OptIn);
    QCOMPARE(start.value().reply.action, ReplyAction::OptedIn);
    QVERIFY(start.value().answerId > 0);
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);
    QVERIFY(!suppression(anna).optedOut());
    const ConsentEvent optIn = history(anna).last();
    QCOMPARE(optIn.kind, ConsentEvent::Kind::OptIn);
    QCOMPARE(optIn.channel, ConsentEvent::Channel::Keyword);
    QCOMPARE(optIn.at, startAt);
    QVERIFY2(optIn.evidence.contains(QStringLiteral("START")), qPrintable(optIn.evidence));

    QCOMPARE(rowsFor(anna, OutboxPurpose::OptInConfirmation), 1);
    const OutboxMessage confirmation = message(start.value().answerId);
    QCOMPARE(confirmation.purpose, OutboxPurpose::OptInConfirmation);
    QCOMPARE(confirmation.campaignId, 0);
    QCOMPARE(confirmation.body,
             ReplySettings(db()).answer(ReplySettings::Text::OptInConfirmation, QStringLiteral("en")));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 2);
    QCOMPARE(gateway.to(anna).last().messageId, confirmation.id);

    // Campaigns reach her again.
    const qint64 id = startCampaign(QStringLiteral("Autumn"), QStringLiteral("Autumn sale!"));
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(campaignRow(id, anna).state, MessageState::Sent);
}

void TestInbox::startSentBeforeALaterOptOutChangesNothing()
{
    // Anna wrote START at 10:03; at 10:05 she asked the desk by phone to unsubscribe her; the
    // START reaches the app at 10:10. She stays unsubscribed, and nothing tells her otherwise.
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY(book().unsubscribe(anna, OptOutReason::TooFrequent, QString()).ok()); // a START to undo
    m_clock.advanceSeconds(60);
    QVERIFY(book()
                .recordConsent(anna, ConsentRecord{QStringLiteral("desk"),
                                                   QStringLiteral("asked in the shop"), QDateTime()})
                .ok());
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);
    m_clock.setNow(utc(2026, 6, 10, 10, 5));
    QVERIFY(book().unsubscribe(anna, OptOutReason::TooFrequent, QString()).ok());
    m_clock.setNow(utc(2026, 6, 10, 10, 10));
    RECEIVE(start, sms(anna, QStringLiteral("START"), utc(2026, 6, 10, 10, 3)));
    QCOMPARE(status(anna), SubscriberStatus::Unsubscribed);
    QVERIFY(suppression(anna).optedOut());
    QVERIFY2(start.value().reply.action != ReplyAction::OptedIn, qPrintable(start.value().reply.action));
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptInConfirmation), 0);
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 0);
}

void TestInbox::startFromAnExcludedNumberKeepsItExcluded()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    FakeGateway gateway;
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QVERIFY(book().exclude(anna, QStringLiteral("asked us by phone never to write")).ok());

    m_clock.advanceSeconds(3600);
    RECEIVE(start, sms(anna, QStringLiteral("START")));
    QCOMPARE(start.value().reply.action, ReplyAction::StillExcluded);
    QCOMPARE(start.value().answerId, 0);
    QVERIFY(!suppression(anna).optedOut());
    QVERIFY(suppression(anna).excluded());
    QCOMPARE(status(anna), SubscriberStatus::Excluded);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptInConfirmation), 0);

    const qint64 id = startCampaign(QStringLiteral("Autumn"), QStringLiteral("Autumn sale!"));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    if (id)
        QCOMPARE(campaignRow(id, anna).state, MessageState::Skipped);
}

void TestInbox::startWithNothingToUndoStaysOpen()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    const qsizetype events = history(anna).size();
    RECEIVE(start, sms(anna, QStringLiteral("START")));
    QCOMPARE(start.value().reply.action, ReplyAction::NotOptedOut);
    QVERIFY(!start.value().reply.handled);
    QCOMPARE(start.value().answerId, 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {anna}), 0);
    QCOMPARE(history(anna).size(), events);
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);

    Result<QVector<Conversation>> open = inbox().conversations(Inbox::Filter::Open);
    QVERIFY2(open, qPrintable(open.error()));
    QCOMPARE(open.value().size(), 1);
    QCOMPARE(open.value().first().phone, anna);
    QCOMPARE(open.value().first().open, 1);
}

void TestInbox::startFromAStranger()
{
    // A stranger who left by STOP and writes START: not re-subscribed, left for a person.
    const QString stranger = mobile(7);
    RECEIVE(stop, sms(stranger, QStringLiteral("STOP")));
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    m_clock.advanceSeconds(600);
    RECEIVE(start, sms(stranger, QStringLiteral("START")));
    QCOMPARE(start.value().reply.action, ReplyAction::NotInBook);
    QVERIFY(!start.value().reply.handled);
    QCOMPARE(start.value().answerId, 0);
    QVERIFY(suppression(stranger).optedOut());
    QCOMPARE(rowsFor(stranger, OutboxPurpose::OptInConfirmation), 0);

    // A stranger who never left: still nobody in the book to subscribe.
    const QString other = mobile(8);
    RECEIVE(hello, sms(other, QStringLiteral("START")));
    QVERIFY(!hello.value().reply.handled);
    QCOMPARE(hello.value().answerId, 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {other}), 0);
    QCOMPARE(hello.value().reply.action, ReplyAction::NotInBook);
}

void TestInbox::stopFromANumberNotInTheBook()
{
    const QString stranger = mobile(9);
    RECEIVE(stop, sms(stranger, QStringLiteral("STOP")));
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    QVERIFY(suppression(stranger).optedOut());
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM suppression WHERE phone = ? AND opted_out_at IS NOT "
                                   "NULL"),
                    {stranger}),
             1);
    QCOMPARE(rowsFor(stranger, OutboxPurpose::OptOutConfirmation), 1);
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(stranger).size(), 1);

    // Added later, with a consent: they stay unsubscribed, and campaigns skip them.
    m_clock.advanceSeconds(24 * 3600);
    Subscriber s;
    s.phone = stranger;
    s.firstName = QStringLiteral("Later");
    Result<AddressBook::Added> added =
        book().add(s, ConsentRecord{QStringLiteral("web form"), QStringLiteral("ip 1.2.3.4"), QDateTime()});
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(status(stranger), SubscriberStatus::Unsubscribed);
    QVERIFY(!added.value().notices.isEmpty());
    QVERIFY2(add(mobile(1), QStringLiteral("Anna")), qPrintable(m_error));
    const qint64 id = startCampaign(QStringLiteral("Autumn"), QStringLiteral("Autumn sale!"));
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(stranger).size(), 1);
    QCOMPARE(campaignRow(id, stranger).reason, OutboxMessage::Unsubscribed);
}

void TestInbox::helpIsAnsweredWithTheBusinessName()
{
    QVERIFY(setSetting(BusinessSettings::Key::BusinessName, QStringLiteral("Rosa's Salon")));
    QVERIFY(ReplySettings(db()).setContact(QStringLiteral("030 1234567")).ok());
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RECEIVE(help, sms(anna, QStringLiteral("HELP")));
    QCOMPARE(help.value().reply.classification.kind, ReplyClassification::Kind::Help);
    QCOMPARE(help.value().reply.action, ReplyAction::HelpSent);
    QVERIFY(help.value().answerId > 0);
    const OutboxMessage answer = message(help.value().answerId);
    QCOMPARE(answer.purpose, OutboxPurpose::Help);
    QCOMPARE(answer.body,
             QStringLiteral("Rosa's Salon: Questions: 030 1234567. Reply STOP to opt out, START to "
                            "opt back in."));
    QCOMPARE(number(QStringLiteral("SELECT marketing FROM message WHERE id = ?"), {answer.id}), 0);
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QCOMPARE(gateway.to(anna).first().body, answer.body);

    // The owner's own wording, in the person's language.
    QVERIFY(ReplySettings(db())
                .setText(ReplySettings::Text::Help, QStringLiteral("de"), QStringLiteral("Rufen Sie uns an."))
                .ok());
    const QString karl = mobile(2);
    QVERIFY2(add(karl, QStringLiteral("Karl"), QStringLiteral("de")), qPrintable(m_error));
    RECEIVE(hilfe, sms(karl, QStringLiteral("HILFE")));
    QCOMPARE(message(hilfe.value().answerId).body, QStringLiteral("Rosa's Salon: Rufen Sie uns an."));
}

void TestInbox::helpFromASuppressedNumberIsNotAnswered()
{
    const QString ben = mobile(2), carl = mobile(3);
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    QVERIFY2(add(carl, QStringLiteral("Carl")), qPrintable(m_error));
    QVERIFY(book().unsubscribe(ben, OptOutReason::TooFrequent, QString()).ok());
    QVERIFY(book().exclude(carl, QStringLiteral("complaint")).ok());
    for (const QString& phone : {ben, carl}) {
        RECEIVE(help, sms(phone, QStringLiteral("HELP")));
        QCOMPARE(help.value().reply.action, ReplyAction::Suppressed);
        QCOMPARE(help.value().answerId, 0);
        QVERIFY(!help.value().reply.handled); // a person may still want to call them
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {phone}), 0);
    }
}

void TestInbox::duplicateDeliveryIsStoredOnce()
{
    const QString anna = mobile(1), ben = mobile(2);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));

    // The gateway's id: Kannel delivers the same STOP again.
    const IncomingReply stop = sms(anna, QStringLiteral("STOP"), QDateTime(), QStringLiteral("kannel-42"));
    RECEIVE(first, stop);
    QVERIFY(!first.value().duplicate);
    m_clock.advanceSeconds(120);
    RECEIVE(second, stop);
    QVERIFY(second.value().duplicate);
    QCOMPARE(second.value().reply.id, first.value().reply.id);
    QCOMPARE(second.value().answerId, 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {anna}), 1);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM consent_event WHERE phone = ? AND kind = 'opt_out'"),
                    {anna}),
             1);

    // No id: the same sender, text and time are the same reply, however the number is written.
    const QDateTime at = utc(2026, 6, 10, 9, 58, 12);
    IncomingReply help = sms(ben, QStringLiteral("HELP"), at);
    help.sourceId.clear();
    RECEIVE(once, help);
    QVERIFY(!once.value().duplicate);
    help.from = ben.mid(1); // "4915112000002", as Kannel writes it
    RECEIVE(twice, help);
    QVERIFY(twice.value().duplicate);
    QCOMPARE(rowsFor(ben, OutboxPurpose::Help), 1);
    // A minute later it is a new reply.
    help.receivedAt = at.addSecs(60);
    RECEIVE(later, help);
    QVERIFY(!later.value().duplicate);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {ben}), 2);
}

void TestInbox::olderStopOrStartArrivingLateIsSuperseded()
{
    const QString anna = mobile(1), ben = mobile(2);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    const QDateTime t1 = Clock::currentUtc().addSecs(-600), t2 = Clock::currentUtc().addSecs(-300);

    // Anna wrote STOP, then START; the START arrives first.
    RECEIVE(start, sms(anna, QStringLiteral("START"), t2));
    QCOMPARE(start.value().reply.action, ReplyAction::NotOptedOut);
    RECEIVE(stop, sms(anna, QStringLiteral("STOP"), t1));
    QCOMPARE(stop.value().reply.action, ReplyAction::Superseded);
    QCOMPARE(stop.value().answerId, 0);
    QVERIFY(!suppression(anna).optedOut());
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM consent_event WHERE phone = ? AND kind = 'opt_out'"),
                    {anna}),
             0);

    // Ben wrote START, then STOP; the STOP arrives first.
    RECEIVE(benStop, sms(ben, QStringLiteral("STOP"), t2));
    QCOMPARE(benStop.value().reply.action, ReplyAction::OptedOut);
    RECEIVE(benStart, sms(ben, QStringLiteral("START"), t1));
    QCOMPARE(benStart.value().reply.action, ReplyAction::Superseded);
    QVERIFY(suppression(ben).optedOut());
    QCOMPARE(status(ben), SubscriberStatus::Unsubscribed);
    QCOMPARE(rowsFor(ben, OutboxPurpose::OptInConfirmation), 0);
}

void TestInbox::possibleOptOutWaitsTenBusinessDays()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    // Friday noon: the deadline is the Friday two weeks later, at the end of the day.
    const QDateTime friday = local(2026, 6, 12, 12, 0).toUTC();
    QCOMPARE(friday.toLocalTime().date().dayOfWeek(), 5);
    m_clock.setNow(friday);
    RECEIVE(wrong, sms(anna, QStringLiteral("wrong number")));
    const StoredReply r = wrong.value().reply;
    QCOMPARE(r.classification.kind, ReplyClassification::Kind::Review);
    QVERIFY(r.action.isEmpty());
    QVERIFY(!r.handled);
    QCOMPARE(wrong.value().answerId, 0);
    const QDateTime due = local(2026, 6, 26, 23, 59, 59).toUTC();
    QCOMPARE(r.reviewDue, due);
    Result<StoredReply> stored = inbox().reply(r.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored.value().reviewDue, due);
    // Nothing is done before a person decides.
    QVERIFY(!suppression(anna).optedOut());
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {anna}), 0);

    Result<QVector<StoredReply>> queue = inbox().reviewQueue();
    QVERIFY2(queue, qPrintable(queue.error()));
    QCOMPARE(queue.value().size(), 1);
    QCOMPARE(queue.value().first().id, r.id);
    Result<QVector<Conversation>> review = inbox().conversations(Inbox::Filter::Review);
    QVERIFY2(review, qPrintable(review.error()));
    QCOMPARE(review.value().size(), 1);
    QCOMPARE(review.value().first().reviewDue, due);
    Result<Inbox::Counts> counts = inbox().counts(friday);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts.value().review, 1);
    QCOMPARE(counts.value().overdue, 0);
    counts = inbox().counts(local(2026, 6, 27, 0, 0, 1).toUTC());
    QCOMPARE(counts.value().overdue, 1);

    // Other days of the week.
    QCOMPARE(Inbox::reviewDeadline(local(2026, 6, 10, 9, 0).toUTC()), local(2026, 6, 24, 23, 59, 59).toUTC());
    QCOMPARE(Inbox::reviewDeadline(local(2026, 6, 13, 9, 0).toUTC()), local(2026, 6, 26, 23, 59, 59).toUTC());
    QCOMPARE(Inbox::reviewDeadline(local(2026, 6, 14, 23, 0).toUTC()),
             local(2026, 6, 26, 23, 59, 59).toUTC());
}

void TestInbox::reviewListShowsTheNearestDeadlinesFirst()
{
    // Three possible opt-outs; the newest came from the number whose deadline is furthest. With
    // room for two, the list keeps the two that must be decided first.
    m_clock.setNow(utc(2026, 6, 20, 10, 0));
    RECEIVE(middle, sms(mobile(1), QStringLiteral("wrong number"), utc(2026, 6, 10, 9, 0)));
    RECEIVE(oldest, sms(mobile(2), QStringLiteral("who is this?"), utc(2026, 6, 2, 9, 0)));
    RECEIVE(newest, sms(mobile(3), QStringLiteral("enough"), utc(2026, 6, 19, 9, 0)));
    Result<QVector<Conversation>> list = inbox().conversations(Inbox::Filter::Review, QString(), 2);
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().at(0).phone, mobile(2));
    QCOMPARE(list.value().at(1).phone, mobile(1));
    QVERIFY(list.value().at(0).reviewDue < list.value().at(1).reviewDue);
    // Everywhere else the newest reply comes first.
    Result<QVector<Conversation>> all = inbox().conversations(Inbox::Filter::All);
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all.value().constFirst().phone, mobile(3));
}

void TestInbox::businessDaysLeft()
{
    const QDateTime due = local(2026, 6, 26, 23, 59, 59).toUTC(); // a Friday
    auto left = [&](int day, int hour) {
        return Inbox::businessDaysLeft(local(2026, 6, day, hour, 0).toUTC(), due);
    };
    QCOMPARE(left(12, 12), 10); // the Friday it came
    QCOMPARE(left(13, 12), 10); // Saturday
    QCOMPARE(left(15, 9), 9);   // Monday
    QCOMPARE(left(25, 9), 1);
    QCOMPARE(left(26, 9), 0); // the last day
    QCOMPARE(left(27, 9), -1);
    QCOMPARE(left(29, 9), -1); // the weekend does not count
    QCOMPARE(left(30, 9), -2);
}

void TestInbox::decideOptOutUnsubscribesWithTheReason()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RECEIVE(wrong, sms(anna, QStringLiteral("wrong number")));
    QCOMPARE(wrong.value().reply.classification.kind, ReplyClassification::Kind::Review);

    QVERIFY(!inbox().decideOptOut(wrong.value().reply.id, OptOutReason::Other, QStringLiteral("  ")));
    QVERIFY(!suppression(anna).optedOut());

    m_clock.advanceSeconds(2 * 24 * 3600);
    Result<ReceivedReply> decided =
        inbox().decideOptOut(wrong.value().reply.id, OptOutReason::NeverSignedUp, {});
    QVERIFY2(decided, qPrintable(decided.error()));
    QVERIFY(decided.value().answerId > 0);
    QCOMPARE(decided.value().reply.action, ReplyAction::DecidedOptOut);
    QCOMPARE(decided.value().reply.classification.reasonCode, QStringLiteral("never_signed_up"));
    QVERIFY(decided.value().reply.handled);
    QCOMPARE(decided.value().reply.decidedBy, QStringLiteral("anna"));
    QCOMPARE(decided.value().reply.decidedAt, Clock::currentUtc());

    QVERIFY(suppression(anna).optedOut());
    QCOMPARE(suppression(anna).optOutReason, QStringLiteral("never_signed_up"));
    QCOMPARE(status(anna), SubscriberStatus::Unsubscribed);
    const ConsentEvent optOut = history(anna).last();
    QCOMPARE(optOut.kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(optOut.reasonCode, QStringLiteral("never_signed_up"));
    // A person decided, from the person's own words: the history names both.
    QCOMPARE(optOut.channel, ConsentEvent::Channel::Manual);
    QCOMPARE(optOut.actor, QStringLiteral("anna"));
    QVERIFY(optOut.evidence.contains(QStringLiteral("wrong number")));
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
    QCOMPARE(message(decided.value().answerId).purpose, OutboxPurpose::OptOutConfirmation);
    Result<QVector<StoredReply>> queue = inbox().reviewQueue();
    QVERIFY(queue && queue.value().isEmpty());

    // Deciding again confirms nothing twice.
    Result<ReceivedReply> again = inbox().decideOptOut(wrong.value().reply.id, OptOutReason::TooFrequent, {});
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value().answerId, 0);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);

    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
}

void TestInbox::decideNotOptOutMarksHandled()
{
    const QString ben = mobile(2);
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    RECEIVE(wrong, sms(ben, QStringLiteral("wrong person")));
    QCOMPARE(wrong.value().reply.classification.kind, ReplyClassification::Kind::Review);
    m_clock.advanceSeconds(3600);
    QVERIFY(inbox().decideNotOptOut(wrong.value().reply.id).ok());
    Result<StoredReply> r = inbox().reply(wrong.value().reply.id);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().action, ReplyAction::DecidedNotOptOut);
    QVERIFY(r.value().handled);
    QCOMPARE(r.value().decidedAt, Clock::currentUtc());
    QCOMPARE(r.value().decidedBy, QStringLiteral("anna"));
    Result<QVector<StoredReply>> queue = inbox().reviewQueue();
    QVERIFY(queue && queue.value().isEmpty());
    QCOMPARE(inbox().counts(Clock::currentUtc()).value().review, 0);
    QCOMPARE(status(ben), SubscriberStatus::Subscribed);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {ben}), 0);
}

void TestInbox::digitAnswersTheReasonQuestion()
{
    QVERIFY(ReplySettings(db()).setAsksReason(true).ok());
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    const QString question =
        ReplySettings(db()).text(ReplySettings::Text::ReasonQuestion, QStringLiteral("en"));
    QVERIFY2(message(stop.value().answerId).body.contains(question),
             qPrintable(message(stop.value().answerId).body));

    m_clock.advanceSeconds(3600);
    RECEIVE(two, sms(anna, QStringLiteral(" 2 ")));
    QCOMPARE(two.value().reply.action, ReplyAction::ReasonStored);
    QVERIFY(two.value().reply.handled);
    QCOMPARE(two.value().answerId, 0);
    QCOMPARE(suppression(anna).optOutReason, QStringLiteral("not_relevant"));
    QCOMPARE(
        value(QStringLiteral("SELECT opt_out_reason FROM suppression WHERE phone = ?"), {anna}).toString(),
        QStringLiteral("not_relevant"));
    // The reply itself says which reason it gave (the Inbox's thread shows it).
    QCOMPARE(inbox().reply(two.value().reply.id).value().classification.reasonCode,
             QStringLiteral("not_relevant"));

    // Once a reason is known, another digit is a message for a person.
    RECEIVE(three, sms(anna, QStringLiteral("3")));
    QVERIFY(three.value().reply.action.isEmpty());
    QVERIFY(!three.value().reply.handled);
    QCOMPARE(suppression(anna).optOutReason, QStringLiteral("not_relevant"));

    // A digit that names no reason, and one that comes too late, are messages too.
    const QString ben = mobile(2);
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    RECEIVE(benStop, sms(ben, QStringLiteral("STOP")));
    RECEIVE(seven, sms(ben, QStringLiteral("7")));
    QVERIFY(seven.value().reply.action.isEmpty());
    m_clock.advanceSeconds(8 * 24 * 3600);
    RECEIVE(late, sms(ben, QStringLiteral("1")));
    QVERIFY(late.value().reply.action.isEmpty());
    QVERIFY(suppression(ben).optOutReason.isEmpty());
}

void TestInbox::digitIsAMessageWhenTheQuestionIsOff()
{
    QVERIFY(!ReplySettings(db()).asksReason());
    const QString ben = mobile(2);
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    RECEIVE(stop, sms(ben, QStringLiteral("STOP")));
    const QString question =
        ReplySettings(db()).text(ReplySettings::Text::ReasonQuestion, QStringLiteral("en"));
    QVERIFY(!message(stop.value().answerId).body.contains(question));
    m_clock.advanceSeconds(60);
    RECEIVE(two, sms(ben, QStringLiteral("2")));
    QCOMPARE(two.value().reply.classification.kind, ReplyClassification::Kind::Other);
    QVERIFY(two.value().reply.action.isEmpty());
    QVERIFY(!two.value().reply.handled);
    QVERIFY(suppression(ben).optOutReason.isEmpty());
}

void TestInbox::sendAnswerOnlyToNumbersThatMayGetIt()
{
    const QString anna = mobile(1), ben = mobile(2), carl = mobile(3);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    QVERIFY2(add(carl, QStringLiteral("Carl")), qPrintable(m_error));
    RECEIVE(question, sms(anna, QStringLiteral("Are you open on Sunday?")));
    QVERIFY(!question.value().reply.handled);

    Result<qint64> id = inbox().sendAnswer(anna, QStringLiteral("  Yes, from 10 to 4.  "));
    QVERIFY2(id, qPrintable(id.error()));
    const OutboxMessage answer = message(id.value());
    QCOMPARE(answer.purpose, OutboxPurpose::Answer);
    QCOMPARE(answer.campaignId, 0);
    QCOMPARE(answer.body, QStringLiteral("Yes, from 10 to 4."));
    QCOMPARE(answer.state, MessageState::Queued);
    QCOMPARE(number(QStringLiteral("SELECT marketing FROM message WHERE id = ?"), {answer.id}), 0);
    QVERIFY(inbox().reply(question.value().reply.id).value().handled);
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(anna).size(), 1);
    QCOMPARE(gateway.to(anna).first().body, answer.body);

    QVERIFY(book().unsubscribe(ben, OptOutReason::TooFrequent, QString()).ok());
    Result<qint64> refused = inbox().sendAnswer(ben, QStringLiteral("Sorry to see you go"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("unsubscribed")), qPrintable(refused.error()));
    QVERIFY(book().exclude(carl, QStringLiteral("complaint")).ok());
    refused = inbox().sendAnswer(carl, QStringLiteral("Hello"));
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(!inbox().sendAnswer(anna, QStringLiteral("   ")));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone IN (?, ?)"), {ben, carl}), 0);
    QCOMPARE(rowsFor(anna, OutboxPurpose::Answer), 1);
}

void TestInbox::badInputIsStoredAndNotActedOn()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QString junk = QStringLiteral("a");
    junk += QChar(0);
    junk += QChar(1);
    junk += QChar(0xD800); // a lone high surrogate
    junk += QStringLiteral("b");
    junk += QChar(0xDC00); // a lone low surrogate
    junk += QChar(0xFFFF);
    const QString long1000(1000, QLatin1Char('x'));
    const QString long5000(5000, QChar(0x0416)); // Ж

    struct Case
    {
        QString from;
        QString body;
    };
    const QVector<Case> cases{
        {anna, QString()},
        {anna, QStringLiteral("")},
        {anna, long1000},
        {anna, long5000},
        {anna, junk},
        {QStringLiteral("abc"), QStringLiteral("STOP")},
        {QStringLiteral("abc"), QStringLiteral("HELP")},
        {QString(), QStringLiteral("STOP")},
        {QStringLiteral("+"), QStringLiteral("START")},
        {QStringLiteral("0000000000000000000000"), QStringLiteral("STOP")},
    };
    QVector<qint64> ids;
    for (const Case& c : cases) {
        m_clock.advanceSeconds(1);
        RECEIVE(r, sms(c.from, c.body));
        QVERIFY(!r.value().duplicate);
        ids.append(r.value().reply.id);
        QVERIFY(r.value().reply.id > 0);
        QCOMPARE(r.value().answerId, 0);
        QVERIFY2(r.value().reply.action.isEmpty(), qPrintable(r.value().reply.action));
    }
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply")), cases.size());
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message")), 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM suppression")), 0);
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);

    // Kept as they came: the long body whole up to its limit, the sender as written.
    QCOMPARE(inbox().reply(ids.at(2)).value().body, long1000);
    QCOMPARE(inbox().reply(ids.at(3)).value().body, long5000.left(4000)); // a flood is kept cut
    QCOMPARE(inbox().reply(ids.at(5)).value().phone, QStringLiteral("abc"));
    const QString storedJunk = inbox().reply(ids.at(4)).value().body;
    // Control characters are kept; NUL becomes U+FFFD (PostgreSQL cannot store it in text).
    QCOMPARE(storedJunk.left(3), QStringLiteral("a\uFFFD\u0001"));
    // A STOP from a number that cannot be read cannot be unsubscribed by a person either.
    QVERIFY(!inbox().decideOptOut(ids.at(5), OptOutReason::TooFrequent, {}));

    // The Inbox still lists and shows everything.
    Result<QVector<Conversation>> all = inbox().conversations(Inbox::Filter::All);
    QVERIFY2(all, qPrintable(all.error()));
    QVERIFY(all.value().size() >= 4);
    Result<QVector<ThreadEntry>> thread = inbox().thread(anna);
    QVERIFY2(thread, qPrintable(thread.error()));
    QCOMPARE(thread.value().size(), 5);
    Result<QVector<Conversation>> found = inbox().conversations(Inbox::Filter::All, QStringLiteral("%_'\""));
    QVERIFY2(found, qPrintable(found.error()));
}

void TestInbox::senderNumberReadsGatewayNumbers()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    auto read = [&](const QString& raw) {
        Result<QString> n = inbox().senderNumber(raw);
        return n ? n.value() : QStringLiteral("error: ") + n.error();
    };
    QCOMPARE(read(QStringLiteral("79161234567")), QStringLiteral("+79161234567"));
    QCOMPARE(read(QStringLiteral("+79161234567")), QStringLiteral("+79161234567"));
    QCOMPARE(read(anna.mid(1)), anna);
    QCOMPARE(read(QStringLiteral("015112000001")), anna);
    QCOMPARE(read(QStringLiteral(" +49 151 12000001 ")), anna);
    QVERIFY(!inbox().senderNumber(QStringLiteral("abc")));

    RECEIVE(stop, sms(QStringLiteral("79161234567"), QStringLiteral("СТОП")));
    QCOMPARE(stop.value().reply.phone, QStringLiteral("+79161234567"));
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);
    QVERIFY(suppression(QStringLiteral("+79161234567")).optedOut());
    // Answered in Russian: the stop word says the language.
    QCOMPARE(message(stop.value().answerId).body,
             ReplySettings(db()).answer(ReplySettings::Text::OptOutConfirmation, QStringLiteral("ru")));
}

void TestInbox::replyFileReadsProviderExports()
{
    // UTF-8 with BOM, ';', German headers, a quoted field with the delimiter and doubled quotes.
    const QByteArray german = QByteArray("\xEF\xBB\xBF") +
                              QStringLiteral("Absender;Nachricht;Datum\r\n"
                                             "+4915112000001;\"Grüße; \"\"Rosa\"\"\";12.06.2026 14:30:00\r\n"
                                             ";ohne Absender;12.06.2026 14:31:00\r\n"
                                             "015112000002;STOPP;12.06.2026 14:32\r\n")
                                  .toUtf8();
    Result<ReplyFile::Read> de = ReplyFile::parse(german, QStringLiteral("file"));
    QVERIFY2(de, qPrintable(de.error()));
    QCOMPARE(de.value().replies.size(), 2);
    QCOMPARE(de.value().replies.at(0).from, QStringLiteral("+4915112000001"));
    QCOMPARE(de.value().replies.at(0).body, QStringLiteral("Grüße; \"Rosa\""));
    QCOMPARE(de.value().replies.at(0).receivedAt, local(2026, 6, 12, 14, 30).toUTC());
    QCOMPARE(de.value().replies.at(0).source, QStringLiteral("file"));
    QVERIFY(!de.value().replies.at(0).sourceId.isEmpty());
    QCOMPARE(de.value().replies.at(1).body, QStringLiteral("STOPP"));
    QCOMPARE(de.value().replies.at(1).receivedAt, local(2026, 6, 12, 14, 32).toUTC());
    QCOMPARE(de.value().problems.size(), 1);
    QVERIFY2(de.value().problems.first().startsWith(QStringLiteral("Row 3:")),
             qPrintable(de.value().problems.first()));

    // UTF-16LE with BOM, tabs, Russian headers, an id, and a quoted text over two lines.
    const QString russianText = QStringLiteral("Отправитель\tТекст\tДата\tid\r\n"
                                               "+79161234567\t\"Он сказал \"\"СТОП\"\"\r\nи ушёл\"\t"
                                               "2026-06-12T08:00:00Z\tru-1\r\n"
                                               "\tБез отправителя\t2026-06-12T08:01:00Z\tru-2\r\n"
                                               "+79161234568\tСТОП\t2026-06-12T08:02:00Z\tru-3");
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray russian = QByteArray("\xFF\xFE") + QByteArray(utf16(russianText));
    Result<ReplyFile::Read> ru = ReplyFile::parse(russian, QStringLiteral("file"));
    QVERIFY2(ru, qPrintable(ru.error()));
    QCOMPARE(ru.value().replies.size(), 2);
    QCOMPARE(ru.value().replies.at(0).from, QStringLiteral("+79161234567"));
    // A line break inside quotes comes out as "\n", whatever the file's line ends.
    QCOMPARE(ru.value().replies.at(0).body, QStringLiteral("Он сказал \"СТОП\"\nи ушёл"));
    QCOMPARE(ru.value().replies.at(0).receivedAt, utc(2026, 6, 12, 8, 0));
    QCOMPARE(ru.value().replies.at(0).sourceId, QStringLiteral("ru-1"));
    QCOMPARE(ru.value().replies.at(1).body, QStringLiteral("СТОП"));
    QCOMPARE(ru.value().replies.at(1).sourceId, QStringLiteral("ru-3"));
    QCOMPARE(ru.value().problems.size(), 1);
    QVERIFY2(ru.value().problems.first().startsWith(QStringLiteral("Row 3:")),
             qPrintable(ru.value().problems.first()));

    // Windows-1252 without BOM.
    const QByteArray latin = QByteArray("Absender;Nachricht\r\n+4915112000001;Gr\xFC\xDF"
                                        "e\r\n");
    Result<ReplyFile::Read> cp = ReplyFile::parse(latin, QStringLiteral("file"));
    QVERIFY2(cp, qPrintable(cp.error()));
    QCOMPARE(cp.value().replies.size(), 1);
    QCOMPARE(cp.value().replies.first().body, QStringLiteral("Grüße"));

    // Without columns to read it is refused with what it has; an empty file too.
    QVERIFY(!ReplyFile::parse("name,city\r\nAnna,Berlin\r\n", QStringLiteral("file")));
    QVERIFY(!ReplyFile::parse(QByteArray(), QStringLiteral("file")));

    // The STOPs take effect when the file is imported.
    Inbox in = inbox();
    for (const IncomingReply& r : ru.value().replies + de.value().replies) {
        Result<ReceivedReply> stored = in.receive(r);
        QVERIFY2(stored, qPrintable(stored.error()));
    }
    QVERIFY(suppression(QStringLiteral("+79161234568")).optedOut());
    QVERIFY(suppression(mobile(2)).optedOut());
    QVERIFY(!suppression(mobile(1)).optedOut());
    QVERIFY(!suppression(QStringLiteral("+79161234567")).optedOut());
}

void TestInbox::replyFileFromRussianExcel()
{
    // Windows-1251 without a BOM, Excel's "sep=;" line first: СТОП is read as СТОП and honoured,
    // and a German Windows-1252 file beside it keeps its umlauts.
    QStringEncoder cp1251("windows-1251");
    QVERIFY(cp1251.isValid());
    const QByteArray russian = cp1251(QStringLiteral("sep=;\r\nТелефон;Сообщение\r\n+4915112000001;СТОП\r\n"
                                                     ";без номера\r\n"));
    Result<ReplyFile::Read> ru = ReplyFile::parse(russian, QStringLiteral("file"));
    QVERIFY2(ru, qPrintable(ru.error()));
    QCOMPARE(ru.value().replies.size(), 1);
    QCOMPARE(ru.value().replies.first().body, QStringLiteral("СТОП"));
    QCOMPARE(ru.value().problems.size(), 1);
    // Numbered as Excel shows the file: the "sep=" line is no row, the header is row 1.
    QVERIFY2(ru.value().problems.first().startsWith(QStringLiteral("Row 3:")),
             qPrintable(ru.value().problems.first()));
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RECEIVE(stop, ru.value().replies.first());
    QCOMPARE(stop.value().reply.action, ReplyAction::OptedOut);

    QStringEncoder cp1252("windows-1252");
    const QByteArray german = cp1252(QStringLiteral("from,text\n+4915112000002,Grüße aus Köln\n"));
    Result<ReplyFile::Read> de = ReplyFile::parse(german, QStringLiteral("file"));
    QVERIFY2(de, qPrintable(de.error()));
    QCOMPARE(de.value().replies.first().body, QStringLiteral("Grüße aus Köln"));
}

void TestInbox::replyFileImportedTwiceAddsNothing()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    // No id and no time: the rows themselves name the replies.
    const QByteArray file = "from,text\n+4915112000001,STOP\n+4915112000002,\"Hello, \"\"you\"\"\"\n"
                            "+4915112000003,HELP\n";
    auto importFile = [&]() -> int {
        Result<ReplyFile::Read> read = ReplyFile::parse(file, QStringLiteral("file"));
        if (!read)
            return -1;
        int added = 0;
        for (const IncomingReply& r : read.value().replies) {
            Result<ReceivedReply> stored = inbox().receive(r);
            if (!stored)
                return -1;
            added += stored.value().duplicate ? 0 : 1;
        }
        return added;
    };
    QCOMPARE(importFile(), 3);
    const qint64 messages = number(QStringLiteral("SELECT COUNT(*) FROM message"));
    QCOMPARE(messages, 2); // the confirmation and the help text
    m_clock.advanceSeconds(3600);
    QCOMPARE(importFile(), 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply")), 3);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message")), messages);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
}

void TestInbox::replyFetcherStoresEachReplyOnce()
{
    const QString anna = mobile(1), ben = mobile(2);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    FakeGateway gateway;

    // A gateway that keeps no replies is not asked.
    Result<ReplyFetcher::Fetched> none = ReplyFetcher(db(), &gateway).fetch();
    QVERIFY2(none, qPrintable(none.error()));
    QCOMPARE(none.value().received, 0);
    QVERIFY(gateway.asked.isEmpty());

    gateway.fetches = true;
    auto twilio = [](const QString& from, const QString& body, const QDateTime& at, const QString& sid) {
        IncomingReply r;
        r.from = from;
        r.body = body;
        r.receivedAt = at;
        r.source = QStringLiteral("twilio");
        r.sourceId = sid;
        return r;
    };
    gateway.replies = {
        twilio(anna, QStringLiteral("STOP"), utc(2026, 6, 10, 9, 0), QStringLiteral("SM1")),
        twilio(ben, QStringLiteral("Thanks!"), utc(2026, 6, 10, 9, 30), QStringLiteral("SM2"))};
    const QDateTime firstFetch = Clock::currentUtc();
    Result<ReplyFetcher::Fetched> fetched = ReplyFetcher(db(), &gateway).fetch();
    QVERIFY2(fetched, qPrintable(fetched.error()));
    QCOMPARE(fetched.value().received, 2);
    QVERIFY(fetched.value().answers);
    QCOMPARE(gateway.asked.size(), 1);
    QCOMPARE(gateway.asked.first(), firstFetch.addDays(-ReplyFetcher::FirstFetchDays));
    QVERIFY(suppression(anna).optedOut());

    // The next fetch looks back over the overlap; a reply the gateway listed late is taken,
    // the ones already stored are not stored again.
    m_clock.advanceSeconds(60);
    gateway.replies.append(
        twilio(ben, QStringLiteral("STOP"), firstFetch.addSecs(-5), QStringLiteral("SM3")));
    fetched = ReplyFetcher(db(), &gateway).fetch();
    QVERIFY2(fetched, qPrintable(fetched.error()));
    QCOMPARE(gateway.asked.size(), 2);
    QCOMPARE(gateway.asked.last(), firstFetch.addSecs(-ReplyFetcher::OverlapSeconds));
    QCOMPARE(fetched.value().received, 1);
    QVERIFY(fetched.value().answers);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply")), 3);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
    QVERIFY(suppression(ben).optedOut());

    // The same list again: nothing new.
    m_clock.advanceSeconds(60);
    gateway.replies.first().receivedAt = Clock::currentUtc(); // listed again, whatever its time says
    fetched = ReplyFetcher(db(), &gateway).fetch();
    QVERIFY2(fetched, qPrintable(fetched.error()));
    QCOMPARE(fetched.value().received, 0);
    QVERIFY(!fetched.value().answers);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply")), 3);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE purpose = ?"),
                    {OutboxPurpose::OptOutConfirmation}),
             2);
}

void TestInbox::kannelReplyIsAnsweredOnceStored()
{
    // The app's way: the listener hands the reply to the recorder, in its own thread with its own
    // connection, and answers Kannel 200 only once the reply is kept.
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    const QString token = CallbackServer::generateToken();
    CallbackServer server(token);
    QVERIFY(server.listen().ok());
    QThread thread;
    auto* recorder = new ReplyRecorder(dbPath());
    recorder->moveToThread(&thread);
    connect(&thread, &QThread::finished, recorder, &QObject::deleteLater);
    connect(&server, &CallbackServer::replyReceived, recorder, &ReplyRecorder::record);
    connect(recorder, &ReplyRecorder::recorded, &server, &CallbackServer::answerReply);
    QSignalSpy problems(recorder, &ReplyRecorder::problem);
    QSignalSpy received(recorder, &ReplyRecorder::received);
    thread.start();

    const QByteArray request = "GET /kannel/mo?token=" + token.toUtf8() + "&from=" + anna.mid(1).toUtf8() +
                               "&text=STOP&ts=" + QByteArray::number(Clock::currentUtc().toSecsSinceEpoch()) +
                               "&id=kannel-7 HTTP/1.1\r\nHost: x\r\n\r\n";
    QByteArray answer = rawRequest(server.port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    // Kept by the time Kannel hears 200.
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {anna}), 1);
    QVERIFY(suppression(anna).optedOut());
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);

    // Kannel delivers it again: 200, stored once.
    answer = rawRequest(server.port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {anna}), 1);
    QCOMPARE(rowsFor(anna, OutboxPurpose::OptOutConfirmation), 1);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toBool(), true);
    QCOMPARE(problems.size(), 0);

    thread.quit();
    QVERIFY(thread.wait(10000));
}

QTEST_GUILESS_MAIN(TestInbox)
void TestInbox::joinFromANewNumberSubscribesAndWelcomes()
{
    QVERIFY(germanyRequiresConfirmation());
    QVERIFY(setSetting(BusinessSettings::Key::BusinessName, QStringLiteral("Rosa's Salon")));
    // A number in New York nobody knows texts JOIN.
    const QString us = QStringLiteral("+12122345678");
    const QDateTime sentAt = utc(2026, 6, 10, 9, 58);
    RECEIVE(join, sms(us, QStringLiteral("JOIN"), sentAt));
    QCOMPARE(join.value().reply.classification.kind, ReplyClassification::Kind::Join);
    QCOMPARE(join.value().reply.classification.confidence, 1.0);
    QCOMPARE(join.value().reply.classification.rule, QStringLiteral("keyword:JOIN"));
    QCOMPARE(join.value().reply.action, ReplyAction::Joined);
    QVERIFY(join.value().reply.handled);
    Result<std::optional<Subscriber>> person = book().findByPhone(us);
    QVERIFY2(person && person.value(), "the person is in the book");
    QCOMPARE(person.value()->status, SubscriberStatus::Subscribed);
    QCOMPARE(person.value()->consentAt, sentAt);
    const QVector<ConsentEvent> events = history(us);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, ConsentEvent::Kind::OptIn);
    QCOMPARE(events.first().channel, ConsentEvent::Channel::Join);
    QCOMPARE(events.first().at, sentAt);
    QCOMPARE(events.first().source, QStringLiteral("SMS: JOIN"));
    QCOMPARE(events.first().evidence, QStringLiteral("“JOIN”"));
    // The welcome: the program, how often, how to leave, HELP, and the US rates notice.
    QCOMPARE(rowsFor(us, OutboxPurpose::Welcome), 1);
    const OutboxMessage welcome = message(join.value().answerId);
    QCOMPARE(welcome.purpose, OutboxPurpose::Welcome);
    QCOMPARE(welcome.campaignId, 0);
    QCOMPARE(number(QStringLiteral("SELECT marketing FROM message WHERE id = ?"), {welcome.id}), 0);
    QCOMPARE(welcome.body,
             QStringLiteral("Rosa's Salon: Welcome! You will get a few messages a month. Reply STOP "
                            "to opt out, HELP for help. Msg & data rates may apply."));

    // A German number texts ANMELDEN: welcomed in German, without the rates notice, and subscribed
    // at once, since the consent came from the number itself.
    const QString karl = mobile(5);
    RECEIVE(anmelden, sms(karl, QStringLiteral("Anmelden")));
    QCOMPARE(anmelden.value().reply.action, ReplyAction::Joined);
    QCOMPARE(status(karl), SubscriberStatus::Subscribed);
    QCOMPARE(book().findByPhone(karl).value()->language, QStringLiteral("de"));
    QCOMPARE(message(anmelden.value().answerId).body,
             QStringLiteral("Rosa's Salon: Willkommen! Sie erhalten einige Nachrichten im Monat. Abmelden: "
                            "Antwort STOPP, Hilfe: HILFE."));

    // JOIN again: nothing new, no second welcome.
    m_clock.advanceSeconds(600);
    RECEIVE(again, sms(us, QStringLiteral("join")));
    QCOMPARE(again.value().reply.action, ReplyAction::AlreadySubscribed);
    QCOMPARE(again.value().answerId, 0);
    QCOMPARE(rowsFor(us, OutboxPurpose::Welcome), 1);
    QCOMPARE(history(us).size(), 1);

    // The welcome goes out; so do campaigns to both.
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(gateway.to(us).size(), 1);
    QCOMPARE(gateway.to(us).first().body, welcome.body);
    const qint64 id = startCampaign(QStringLiteral("Summer"), QStringLiteral("Summer sale!"));
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(campaignRow(id, karl).state, MessageState::Sent);
}

void TestInbox::joinFromAnExcludedNumberKeepsItExcluded()
{
    const QString anna = mobile(1), stranger = mobile(9);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY(book().exclude(anna, QStringLiteral("asked us by phone never to write")).ok());
    QVERIFY(book().exclude(stranger, QStringLiteral("complaint call")).ok());
    const qsizetype annaEvents = history(anna).size();
    m_clock.advanceSeconds(3600);
    for (const QString& phone : {anna, stranger}) {
        RECEIVE(join, sms(phone, QStringLiteral("JOIN")));
        QCOMPARE(join.value().reply.classification.kind, ReplyClassification::Kind::Join);
        QCOMPARE(join.value().reply.action, ReplyAction::JoinExcluded);
        QVERIFY(!join.value().reply.handled); // the owner decides
        QCOMPARE(join.value().answerId, 0);
        QVERIFY(suppression(phone).excluded());
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {phone}), 0);
    }
    QCOMPARE(status(anna), SubscriberStatus::Excluded);
    QCOMPARE(history(anna).size(), annaEvents);
    QVERIFY(!book().findByPhone(stranger).value()); // not added
    QVERIFY(ReplyAction::label(ReplyAction::JoinExcluded).contains(QStringLiteral("excluded by hand")));
    Result<QVector<Conversation>> open = inbox().conversations(Inbox::Filter::Open);
    QVERIFY2(open, qPrintable(open.error()));
    QCOMPARE(open.value().size(), 2);
}

void TestInbox::joinAfterStopResubscribes()
{
    const QString anna = mobile(1), stranger = mobile(7);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RECEIVE(stop, sms(anna, QStringLiteral("STOP")));
    RECEIVE(strangerStop, sms(stranger, QStringLiteral("STOP")));
    QCOMPARE(status(anna), SubscriberStatus::Unsubscribed);

    m_clock.advanceSeconds(3600);
    for (const QString& phone : {anna, stranger}) {
        RECEIVE(join, sms(phone, QStringLiteral("JOIN")));
        QCOMPARE(join.value().reply.action, ReplyAction::Joined);
        QVERIFY(!suppression(phone).optedOut());
        QCOMPARE(status(phone), SubscriberStatus::Subscribed);
        QCOMPARE(history(phone).last().channel, ConsentEvent::Channel::Join);
        QCOMPARE(history(phone).last().kind, ConsentEvent::Kind::OptIn);
        QCOMPARE(rowsFor(phone, OutboxPurpose::Welcome), 1);
    }
    // A JOIN written before the STOP that reached us first does not undo it.
    const QString ben = mobile(2);
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    RECEIVE(benStop, sms(ben, QStringLiteral("STOP")));
    RECEIVE(late, sms(ben, QStringLiteral("JOIN"), Clock::currentUtc().addSecs(-600)));
    QCOMPARE(late.value().reply.action, ReplyAction::Superseded);
    QCOMPARE(status(ben), SubscriberStatus::Unsubscribed);
    QCOMPARE(rowsFor(ben, OutboxPurpose::Welcome), 0);
}

void TestInbox::yesToARequestConfirmsTheConsent()
{
    QVERIFY(germanyRequiresConfirmation());
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna"), QStringLiteral("de")), qPrintable(m_error));
    QCOMPARE(status(anna), SubscriberStatus::AwaitingConfirmation);
    const QDateTime consentAt = book().findByPhone(anna).value()->consentAt;

    const QDateTime requestedAt = Clock::currentUtc();
    ConfirmationRequests requests(db(), QStringLiteral("DE"));
    Result<ConfirmationRequests::Asked> asked = requests.ask({anna});
    QVERIFY2(asked, qPrintable(asked.error()));
    QCOMPARE(asked.value().asked, 1);
    m_clock.advanceSeconds(4 * 24 * 3600);
    const QDateTime remindedAt = Clock::currentUtc();
    QCOMPARE(requests.remindDue(remindedAt).value(), 1);

    m_clock.advanceSeconds(3600);
    const QDateTime answeredAt = Clock::currentUtc();
    RECEIVE(yes, sms(anna, QStringLiteral("Ja"), answeredAt));
    QCOMPARE(yes.value().reply.classification.kind, ReplyClassification::Kind::Confirm);
    QCOMPARE(yes.value().reply.classification.rule, QStringLiteral("keyword:JA"));
    QCOMPARE(yes.value().reply.action, ReplyAction::Confirmed);
    QVERIFY(yes.value().reply.handled);
    QCOMPARE(yes.value().answerId, 0); // no message answers a confirmation
    QCOMPARE(status(anna), SubscriberStatus::Subscribed);

    // The proof: the reply, its time, the number, and when the request and the reminder went.
    const ConsentEvent proof = history(anna).last();
    QCOMPARE(proof.kind, ConsentEvent::Kind::OptIn);
    QCOMPARE(proof.channel, ConsentEvent::Channel::Confirmation);
    QCOMPARE(proof.source, QStringLiteral("Confirmation by SMS"));
    QCOMPARE(proof.at, answeredAt);
    QCOMPARE(proof.evidence,
             QStringLiteral("Reply “Ja” received 2026-06-14T11:00:00Z from +4915112000001 to the "
                            "confirmation request sent 2026-06-10T10:00:00Z (reminder sent "
                            "2026-06-14T10:00:00Z)"));
    QCOMPARE(requestedAt, utc(2026, 6, 10, 10, 0));
    // The consent stays the paper form; the confirmation proves it.
    QCOMPARE(book().findByPhone(anna).value()->consentAt, consentAt);
    QCOMPARE(
        value(QStringLiteral("SELECT confirmed_reply_id FROM confirmation_request WHERE phone = ?"), {anna})
            .toLongLong(),
        yes.value().reply.id);
    QVERIFY(!value(QStringLiteral("SELECT confirmed_at FROM confirmation_request WHERE phone = ?"), {anna})
                 .isNull());
    QCOMPARE(requests.counts().value().confirmed, 1);
    QCOMPARE(requests.counts().value().awaiting, 0);
    // Campaigns reach her now.
    const qint64 id = startCampaign(QStringLiteral("Summer"), QStringLiteral("Sommerangebot!"));
    QVERIFY2(id, qPrintable(m_error));
    FakeGateway gateway;
    QVERIFY(runDispatcher(gateway).ok());
    QCOMPARE(campaignRow(id, anna).state, MessageState::Sent);
}

void TestInbox::yesFromANumberNeverAskedIsIgnored()
{
    QVERIFY(germanyRequiresConfirmation());
    const QString ben = mobile(2);
    QVERIFY2(add(ben, QStringLiteral("Ben"), QStringLiteral("de")), qPrintable(m_error));
    QCOMPARE(status(ben), SubscriberStatus::AwaitingConfirmation);
    const qsizetype events = history(ben).size();
    for (const QString& text : {QStringLiteral("YES"), QStringLiteral("Да")}) {
        RECEIVE(yes, sms(ben, text));
        QCOMPARE(yes.value().reply.classification.kind, ReplyClassification::Kind::Confirm);
        QCOMPARE(yes.value().reply.action, ReplyAction::NotAsked);
        QVERIFY(yes.value().reply.handled);
        QCOMPARE(yes.value().answerId, 0);
    }
    QCOMPARE(status(ben), SubscriberStatus::AwaitingConfirmation);
    QCOMPARE(history(ben).size(), events);
    QCOMPARE(ReplyAction::label(ReplyAction::NotAsked),
             QStringLiteral("Ignored: this number was never asked to confirm"));
    // Kept in the conversation, as logged.
    QCOMPARE(inbox().repliesFrom(ben).value().size(), 2);
}

void TestInbox::yesFromAnOptedOutNumberChangesNothing()
{
    QVERIFY(germanyRequiresConfirmation());
    const QString carl = mobile(3);
    QVERIFY2(add(carl, QStringLiteral("Carl"), QStringLiteral("de")), qPrintable(m_error));
    QCOMPARE(ConfirmationRequests(db(), QStringLiteral("DE")).ask({carl}).value().asked, 1);
    m_clock.advanceSeconds(3600);
    QVERIFY(book().unsubscribe(carl, OptOutReason::TooFrequent, QString()).ok());
    const qsizetype events = history(carl).size();
    m_clock.advanceSeconds(3600);
    RECEIVE(yes, sms(carl, QStringLiteral("YES")));
    QCOMPARE(yes.value().reply.classification.kind, ReplyClassification::Kind::Confirm);
    QCOMPARE(yes.value().reply.action, ReplyAction::Suppressed);
    QCOMPARE(yes.value().answerId, 0);
    QCOMPARE(status(carl), SubscriberStatus::Unsubscribed);
    QVERIFY(suppression(carl).optedOut());
    QCOMPARE(history(carl).size(), events);
    QVERIFY(value(QStringLiteral("SELECT confirmed_at FROM confirmation_request WHERE phone = ?"), {carl})
                .isNull());
}

void TestInbox::helpIsAnsweredOnlyWhereThePackSaysSo()
{
    const QString anna = mobile(1);
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    RulePacks packs(db());
    RulePack germany = packs.byId(QStringLiteral("de"));
    germany.helpAnswered = false;
    QVERIFY(packs.save(germany).ok());
    RECEIVE(help, sms(anna, QStringLiteral("HELP")));
    QCOMPARE(help.value().reply.classification.kind, ReplyClassification::Kind::Help);
    QCOMPARE(help.value().answerId, 0);
    QVERIFY(!help.value().reply.handled); // the owner reads it like any message
    QCOMPARE(rowsFor(anna, OutboxPurpose::Help), 0);
}

#include "tst_inbox.moc"
