// Sending campaigns as a shop owner relies on it (PRODUCT.md rules 1, 2, 3 and 6; DESIGN.md
// "Sending"): starting writes one outbox row per matching person and says who is left out and
// why; the dispatcher checks every rule again at the moment of sending, so an opt-out that comes
// in during a campaign stops the very next message; quiet hours and the frequency cap hold a
// message rather than drop it; gateway errors are retried with a growing pause or end the row,
// and a row claimed without an answer is never sent again blindly.
//
// The gateway is a scripted fake that records every message it is handed. Time is a ManualClock,
// so "tomorrow at 08:00" is reached by setting the clock, not by waiting.

#include "campaigns/campaign.h"
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/dispatcher.h"
#include "campaigns/outbox.h"
#include "campaigns/outboxmessage.h"
#include "compliance/quiethours.h"
#include "contacts/addressbook.h"
#include "gateways/fileexportgateway.h"
#include "gateways/gateway.h"
#include "messages/optoutfooter.h"
#include "messages/smsencoding.h"
#include "relaxedrulepacks.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/timestamps.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace textwell;

namespace textwell {
// Readable QCOMPARE failures.
inline char* toString(MessageState state)
{
    return QTest::toString(OutboxMessage::stateCode(state));
}
inline char* toString(CampaignStatus status)
{
    return QTest::toString(Campaign::statusCode(status));
}
} // namespace textwell

namespace {

// A gateway that does what the test tells it and remembers everything it was handed.
class FakeGateway : public Gateway
{
public:
    // Answers for one number, used in order; when they run out, `always` for that number; then the
    // answers by call number; then Accepted with a fresh provider id.
    QHash<QString, QList<SendOutcome>> script;
    QHash<QString, SendOutcome> always;
    QList<SendOutcome> byCall;
    // Runs before each answer; `call` counts from 1.
    std::function<void(int call, const OutgoingSms& sms)> beforeAnswer;

    // Whether lookUp() is offered, and its answer per number (nullopt: cannot tell).
    bool lookUps = false;
    QHash<QString, std::optional<SendOutcome>> lookUpAnswers;

    QVector<OutgoingSms> calls;    // every send(), in order
    QVector<OutgoingSms> accepted; // the sends answered Accepted
    QVector<OutgoingSms> lookedUp; // every lookUp()

    SendOutcome send(const OutgoingSms& sms) override
    {
        calls.append(sms);
        if (beforeAnswer)
            beforeAnswer(int(calls.size()), sms);
        SendOutcome outcome = answerFor(sms);
        if (outcome.kind == SendOutcome::Kind::Accepted)
            accepted.append(sms);
        return outcome;
    }

    bool canLookUp() const override { return lookUps; }
    std::optional<SendOutcome> lookUp(const OutgoingSms& sms) override
    {
        lookedUp.append(sms);
        return lookUpAnswers.value(sms.to, std::nullopt);
    }

    int callsTo(const QString& phone) const { return count(calls, phone); }
    int acceptedTo(const QString& phone) const { return count(accepted, phone); }

private:
    SendOutcome answerFor(const OutgoingSms& sms)
    {
        auto scripted = script.find(sms.to);
        if (scripted != script.end() && !scripted->isEmpty())
            return scripted->takeFirst();
        if (always.contains(sms.to))
            return always.value(sms.to);
        if (!byCall.isEmpty())
            return byCall.takeFirst();
        return SendOutcome::accepted(QStringLiteral("SM%1").arg(calls.size()));
    }

    static int count(const QVector<OutgoingSms>& list, const QString& phone)
    {
        int n = 0;
        for (const OutgoingSms& sms : list)
            n += sms.to == phone ? 1 : 0;
        return n;
    }
};

SendOutcome retry(const QString& code = QStringLiteral("503"), int afterSeconds = 0)
{
    SendOutcome o =
        SendOutcome::failed(SendOutcome::Kind::Retry, code, QStringLiteral("The gateway is busy."));
    o.retryAfterSeconds = afterSeconds;
    return o;
}

SendOutcome timeout()
{
    return SendOutcome::failed(SendOutcome::Kind::Unknown, QStringLiteral("timeout"),
                               QStringLiteral("No answer from the gateway."));
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// German mobile numbers, E.164.
QString mobile(int i)
{
    return QStringLiteral("+4915112%1").arg(i, 6, 10, QLatin1Char('0'));
}

QString allRule()
{
    return SegmentRule::group(SegmentRule::Match::All).toJsonText();
}

QString tagRule(const QString& tag)
{
    SegmentCondition c;
    c.field = SegmentField::Tags;
    c.op = SegmentOperator::HasAny;
    c.values = {tag};
    return SegmentRule::group(SegmentRule::Match::All, {SegmentRule::of(c)}).toJsonText();
}

QString cityRule(const QString& city)
{
    SegmentCondition c;
    c.field = SegmentField::City;
    c.op = SegmentOperator::Is;
    c.values = {city};
    return SegmentRule::group(SegmentRule::Match::All, {SegmentRule::of(c)}).toJsonText();
}

DispatcherOptions fast()
{
    DispatcherOptions options;
    options.maxRate = 1000;
    return options;
}

// Quiet hours as a person reads them off a clock in the zone: the oracle for the dispatcher.
bool quietIn(const QTimeZone& zone, const QDateTime& atUtc)
{
    const QTime local = atUtc.toTimeZone(zone).time();
    return local >= QTime(21, 0) || local < QTime(8, 0);
}

// One CSV file as RFC 4180 reads it: records of fields, quotes doubled inside quoted fields.
QVector<QStringList> parseCsv(const QString& text)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            any = false;
            ++i;
        } else {
            field.append(c);
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

public:
    TestCampaigns() : m_clock(utc(2026, 6, 10, 10, 0)) {}

private Q_SLOTS:
    void init();
    void cleanup();

    void startWritesOneRowPerMatchingPerson();
    void startRefusesASegmentThatReachesNoOne();
    void runUntilIdleSendsEveryoneOnceWithTheOptOutLine();
    void optOutDuringASendStopsTheNextMessage();
    void personDeletedAfterTheStartIsSkipped();
    void optOutWhileWaitingForTheRateStopsTheMessage();
    void quietHoursInThePersonsZone();
    void quietHoursForANumberWithoutAZoneUseEveryZoneOfItsCountry();
    void frequencyCapHoldsUntilAPlaceFrees();
    void retryWithGrowingBackoffThenSend();
    void retryGivesUpAfterMaxAttempts();
    void invalidNumberEndsTheRowAndMarksTheNumber();
    void carrierOptOutSuppressesTheNumber();
    void unauthorizedPausesTheCampaign();
    void interruptedClaimWithoutLookUpBecomesUnknown();
    void interruptedClaimIsReconciledByLookUp();
    void timeoutWithoutLookUpIsUnknownAndNotResent();
    void timeoutTheGatewayNeverGotIsRetriedBoundedly();
    void abTestSendsTheRestTheFewerOptOutsText();
    void abTestByDeliveryRate();
    void pauseResumeAndCancel();
    void cancelWhileInFlightNeverRequeues();
    void scheduledCampaignStartsAtItsTime();
    void deliveryUpdates();
    void fileExportWritesAPrivateCsv();
    void onlyOneDispatcherPerDatabase();
    // A shared database (PostgreSQL): several desks send at once.
    void twoDesksShareOneCampaignWithoutDuplicates();
    void aStartingDeskLeavesAnotherDesksClaimsAlone();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    QString dbPath() const { return m_connection->path(); }

    // Adds a person with a recorded consent (or none); returns their id, or 0 with m_error set.
    qint64 add(const QString& phone, const QString& firstName, const QStringList& tags = {},
               const QString& language = QStringLiteral("en"), bool consent = true,
               const QString& timeZone = QString(), const QString& city = QString());
    // Saves a draft; returns its id, or 0 with m_error set.
    qint64 create(const QString& name, const QString& body, const QString& rule,
                  const QString& segmentName = QStringLiteral("Everyone"));
    qint64 create(const Campaign& campaign);
    // Creates and starts a campaign to the people with `tag`; returns its id, or 0.
    qint64 startFor(const QString& tag, const QString& body = QStringLiteral("Spring sale: 20% off today."));
    QVector<OutboxMessage> rows(qint64 campaignId) const;
    OutboxMessage row(qint64 campaignId, const QString& phone) const;
    Campaign campaign(qint64 id) const;
    CampaignTotals totals(qint64 id) const;
    bool exec(const QString& sql, const QVariantList& values = {});
    AddressBook book() const { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("test")); }
    bool setSetting(BusinessSettings::Key key, const QString& value);

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    QString m_error;
};

void TestCampaigns::init()
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
    QVERIFY(relaxRulePacks(db()));
    QVERIFY(setSetting(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    // No quiet hours except where a test turns them on.
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursStart, QStringLiteral("00:00")));
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("00:00")));
    QVERIFY(setSetting(BusinessSettings::Key::SendRate, QStringLiteral("1000")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestCampaigns::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

bool TestCampaigns::setSetting(BusinessSettings::Key key, const QString& value)
{
    Status s = BusinessSettings(db()).setValue(key, value);
    if (!s)
        qWarning("setting %s: %s", qPrintable(BusinessSettings::name(key)), qPrintable(s.error()));
    return s.ok();
}

qint64 TestCampaigns::add(const QString& phone, const QString& firstName, const QStringList& tags,
                          const QString& language, bool consent, const QString& timeZone, const QString& city)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = firstName;
    s.tags = tags;
    s.language = language;
    s.timeZone = timeZone;
    s.city = city;
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

qint64 TestCampaigns::create(const QString& name, const QString& body, const QString& rule,
                             const QString& segmentName)
{
    Campaign c;
    c.name = name;
    c.body = body;
    c.rule = rule;
    c.segmentName = segmentName;
    return create(c);
}

qint64 TestCampaigns::create(const Campaign& campaign)
{
    Result<qint64> id = CampaignStore(db()).create(campaign);
    if (!id) {
        m_error = id.error();
        return 0;
    }
    return id.value();
}

qint64 TestCampaigns::startFor(const QString& tag, const QString& body)
{
    const qint64 id = create(QStringLiteral("To ") + tag, body, tagRule(tag), tag);
    if (!id)
        return 0;
    Result<qint64> started = CampaignStarter(db()).start(id);
    if (!started) {
        m_error = started.error();
        return 0;
    }
    return id;
}

QVector<OutboxMessage> TestCampaigns::rows(qint64 campaignId) const
{
    Result<QVector<OutboxMessage>> list = CampaignStore(db()).messages(campaignId, 0, 100000);
    if (!list)
        qWarning("messages: %s", qPrintable(list.error()));
    return list ? list.value() : QVector<OutboxMessage>();
}

OutboxMessage TestCampaigns::row(qint64 campaignId, const QString& phone) const
{
    for (const OutboxMessage& m : rows(campaignId)) {
        if (m.phone == phone)
            return m;
    }
    return {};
}

Campaign TestCampaigns::campaign(qint64 id) const
{
    Result<Campaign> c = CampaignStore(db()).get(id);
    if (!c)
        qWarning("campaign: %s", qPrintable(c.error()));
    return c ? c.value() : Campaign();
}

CampaignTotals TestCampaigns::totals(qint64 id) const
{
    Result<CampaignTotals> t = CampaignStore(db()).totals(id);
    if (!t)
        qWarning("totals: %s", qPrintable(t.error()));
    return t ? t.value() : CampaignTotals();
}

bool TestCampaigns::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db());
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

void TestCampaigns::startWritesOneRowPerMatchingPerson()
{
    const QString anna = mobile(1), ben = mobile(2), gone = mobile(3), blocked = mobile(4),
                  noConsent = mobile(5), landline = QStringLiteral("+493012345678");
    for (const QString& phone : {anna, ben, gone, blocked})
        QVERIFY2(add(phone, QStringLiteral("P"), {QStringLiteral("spring")}), qPrintable(m_error));
    QVERIFY2(add(noConsent, QStringLiteral("N"), {QStringLiteral("spring")}, QStringLiteral("en"), false),
             qPrintable(m_error));
    QVERIFY2(add(landline, QStringLiteral("L"), {QStringLiteral("spring")}), qPrintable(m_error));
    // Someone outside the segment gets no row at all.
    QVERIFY2(add(mobile(6), QStringLiteral("Other")), qPrintable(m_error));
    QVERIFY(book().unsubscribe(gone, OptOutReason::TooFrequent, QString()).ok());
    QVERIFY(book().exclude(blocked, QStringLiteral("complaint call")).ok());

    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale: 20% off."),
                             tagRule(QStringLiteral("spring")), QStringLiteral("Spring fans"));
    QVERIFY2(id, qPrintable(m_error));
    Result<qint64> started = CampaignStarter(db()).start(id);
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started.value(), 2);
    QCOMPARE(campaign(id).status, CampaignStatus::Sending);
    QVERIFY(campaign(id).startedAt.isValid());

    const QVector<OutboxMessage> list = rows(id);
    QCOMPARE(list.size(), 6);
    QSet<QString> phones;
    for (const OutboxMessage& m : list)
        phones.insert(m.phone);
    QCOMPARE(phones, (QSet<QString>{anna, ben, gone, blocked, noConsent, landline}));

    const QHash<QString, QString> skipped{{gone, OutboxMessage::Unsubscribed},
                                          {blocked, OutboxMessage::Excluded},
                                          {noConsent, OutboxMessage::NoConsent},
                                          {landline, OutboxMessage::NotMobile}};
    for (const OutboxMessage& m : list) {
        if (skipped.contains(m.phone)) {
            QCOMPARE(m.state, MessageState::Skipped);
            QCOMPARE(m.reason, skipped.value(m.phone));
            QVERIFY2(m.body.isEmpty(), "a skipped row carries no text");
        } else {
            QCOMPARE(m.state, MessageState::Queued);
            QVERIFY(m.reason.isEmpty());
            QVERIFY(!m.body.isEmpty());
        }
    }
    const CampaignTotals t = totals(id);
    QCOMPARE(t.total(), 6);
    QCOMPARE(t.count(MessageState::Queued), 2);
    QCOMPARE(t.count(MessageState::Skipped), 4);
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        QCOMPARE(t.skippedByReason.value(it.value()), 1);

    // A second start is refused and writes nothing more.
    QVERIFY(!CampaignStarter(db()).start(id));
    QCOMPARE(rows(id).size(), 6);
}

void TestCampaigns::startRefusesASegmentThatReachesNoOne()
{
    QVERIFY2(add(mobile(1), QStringLiteral("Anna"), {}, QStringLiteral("en"), true, QString(),
                 QStringLiteral("Berlin")),
             qPrintable(m_error));
    const QString gone = mobile(2), blocked = mobile(3), noConsent = mobile(4);
    const QString landline = QStringLiteral("+493012345678");
    for (const QString& phone : {gone, blocked, landline})
        QVERIFY2(add(phone, QStringLiteral("X"), {QStringLiteral("lost")}), qPrintable(m_error));
    QVERIFY2(add(noConsent, QStringLiteral("X"), {QStringLiteral("lost")}, QStringLiteral("en"), false),
             qPrintable(m_error));
    QVERIFY(book().unsubscribe(gone, OptOutReason::NotRelevant, QString()).ok());
    QVERIFY(book().exclude(blocked, QStringLiteral("asked by phone")).ok());

    struct Case
    {
        QString segment;
        QString rule;
    };
    const QVector<Case> cases{{QStringLiteral("Atlantis regulars"), cityRule(QStringLiteral("Atlantis"))},
                              {QStringLiteral("Lost customers"), tagRule(QStringLiteral("lost"))}};
    for (const Case& c : cases) {
        const qint64 id = create(c.segment, QStringLiteral("Hello!"), c.rule, c.segment);
        QVERIFY2(id, qPrintable(m_error));
        Result<qint64> started = CampaignStarter(db()).start(id);
        QVERIFY2(!started, qPrintable(c.segment));
        QVERIFY2(started.error().contains(c.segment), qPrintable(started.error()));
        QCOMPARE(campaign(id).status, CampaignStatus::Draft);
        QVERIFY(!campaign(id).startedAt.isValid());
        Result<qint64> count = CampaignStore(db()).messageCount(id);
        QVERIFY(count);
        QCOMPARE(count.value(), 0);
    }
}

void TestCampaigns::runUntilIdleSendsEveryoneOnceWithTheOptOutLine()
{
    struct Person
    {
        QString phone;
        QString name;
        QString language;
    };
    const QVector<Person> people{{mobile(1), QStringLiteral("Anna"), QStringLiteral("en")},
                                 {mobile(2), QStringLiteral("Dieter"), QStringLiteral("de")},
                                 {mobile(3), QString::fromUtf8("Иван"), QStringLiteral("ru")},
                                 {mobile(4), QStringLiteral("Kim"), QString()}};
    for (const Person& p : people)
        QVERIFY2(add(p.phone, p.name, {}, p.language), qPrintable(m_error));
    const QString text = QStringLiteral("Hi {first_name}, our spring sale starts today: 20% off every "
                                        "bouquet until Sunday.");
    const qint64 id = create(QStringLiteral("Spring"), text, allRule());
    QVERIFY2(id, qPrintable(m_error));
    Result<qint64> started = CampaignStarter(db()).start(id);
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started.value(), people.size());

    FakeGateway gateway;
    Dispatcher dispatcher(db(), &gateway, fast());
    Status ran = dispatcher.runUntilIdle();
    QVERIFY2(ran, qPrintable(ran.error()));

    const OptOutSettings optOut = BusinessSettings(db()).optOutSettings();
    QCOMPARE(gateway.calls.size(), people.size());
    bool sawUnicode = false;
    for (const Person& p : people) {
        QCOMPARE(gateway.callsTo(p.phone), 1);
        QString rendered = text;
        rendered.replace(QStringLiteral("{first_name}"), p.name);
        const QString expected = OptOutFooter::messageFor(rendered, optOut, p.language);
        // Rule 2: the opt-out line in the person's language is there.
        QVERIFY(expected.endsWith(OptOutFooter::line(optOut, p.language)));
        const SmsInfo info = SmsEncoding::analyse(expected);
        sawUnicode = sawUnicode || info.encoding == SmsCoding::Ucs2;

        const OutboxMessage m = row(id, p.phone);
        QCOMPARE(m.state, MessageState::Sent);
        QCOMPARE(m.body, expected);
        QCOMPARE(m.parts, info.parts);
        QCOMPARE(m.encoding, SmsEncoding::encodingName(info.encoding));
        QCOMPARE(m.attempts, 1);
        QVERIFY(m.sentAt.isValid());
        QVERIFY(!m.providerId.isEmpty());
        for (const OutgoingSms& sms : gateway.calls) {
            if (sms.to != p.phone)
                continue;
            QCOMPARE(sms.body, expected);
            QCOMPARE(sms.parts, info.parts);
            QVERIFY(sms.coding == info.encoding);
            QCOMPARE(sms.messageId, m.id);
        }
    }
    QVERIFY2(sawUnicode, "the Russian text should need UCS-2: the test covers both encodings");

    const Campaign done = campaign(id);
    QCOMPARE(done.status, CampaignStatus::Finished);
    QVERIFY(done.finishedAt.isValid());
    QCOMPARE(totals(id).count(MessageState::Sent), people.size());

    // Nothing is sent twice, now or later.
    QVERIFY(dispatcher.runUntilIdle());
    m_clock.advanceSeconds(3 * 24 * 3600);
    Dispatcher again(db(), &gateway, fast());
    QVERIFY(again.recoverInterrupted());
    QVERIFY(again.runUntilIdle());
    QCOMPARE(gateway.calls.size(), people.size());
}

void TestCampaigns::optOutDuringASendStopsTheNextMessage()
{
    QVector<QString> phones;
    for (int i = 1; i <= 6; ++i) {
        phones.append(mobile(i));
        QVERIFY2(add(phones.last(), QStringLiteral("P%1").arg(i)), qPrintable(m_error));
    }
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    Result<qint64> started = CampaignStarter(db()).start(id);
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started.value(), 6);

    // Another desk, with its own connection to the same file, takes two opt-outs while the third
    // message is with the gateway.
    QString excluded, unsubscribed;
    FakeGateway gateway;
    gateway.beforeAnswer = [&](int call, const OutgoingSms&) {
        if (call != 3)
            return;
        QStringList notYet;
        for (const QString& phone : phones) {
            if (gateway.callsTo(phone) == 0)
                notYet.append(phone);
        }
        QVERIFY(notYet.size() >= 2);
        excluded = notYet.at(0);
        unsubscribed = notYet.at(1);
        auto other = Connection::open(dbPath(), Connection::Mode::MustExist);
        QVERIFY2(other, qPrintable(other.error()));
        {
            AddressBook desk(other.value()->database(), QStringLiteral("DE"), QStringLiteral("desk2"));
            Result<bool> ex = desk.exclude(excluded, QStringLiteral("complaint call"));
            QVERIFY2(ex && ex.value(), qPrintable(ex.error()));
            Result<bool> un = desk.unsubscribe(unsubscribed, OptOutReason::TooFrequent, QString(),
                                               ConsentEvent::Channel::Keyword);
            QVERIFY2(un && un.value(), qPrintable(un.error()));
        }
    };
    Dispatcher dispatcher(db(), &gateway, fast());
    Status ran = dispatcher.runUntilIdle();
    QVERIFY2(ran, qPrintable(ran.error()));
    QVERIFY(!excluded.isEmpty() && !unsubscribed.isEmpty());

    // Rule 1: neither got anything; everyone else got exactly one.
    QCOMPARE(gateway.callsTo(excluded), 0);
    QCOMPARE(gateway.callsTo(unsubscribed), 0);
    QCOMPARE(gateway.calls.size(), 4);
    for (const QString& phone : phones) {
        if (phone != excluded && phone != unsubscribed)
            QCOMPARE(gateway.acceptedTo(phone), 1);
    }
    OutboxMessage m = row(id, excluded);
    QCOMPARE(m.state, MessageState::Skipped);
    QCOMPARE(m.reason, OutboxMessage::Excluded);
    m = row(id, unsubscribed);
    QCOMPARE(m.state, MessageState::Skipped);
    QCOMPARE(m.reason, OutboxMessage::Unsubscribed);
    QCOMPARE(totals(id).skippedByReason.value(OutboxMessage::Excluded), 1);
    QCOMPARE(totals(id).skippedByReason.value(OutboxMessage::Unsubscribed), 1);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::personDeletedAfterTheStartIsSkipped()
{
    const QString stays = mobile(1), leaves = mobile(2);
    const qint64 staysId = add(stays, QStringLiteral("Anna"));
    QVERIFY2(staysId, qPrintable(m_error));
    const qint64 leavesId = add(leaves, QStringLiteral("Ben"));
    QVERIFY2(leavesId, qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Hi {first_name}!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    QVERIFY(book().remove({leavesId}));

    FakeGateway gateway;
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.callsTo(leaves), 0);
    QCOMPARE(gateway.callsTo(stays), 1);
    const OutboxMessage m = row(id, leaves);
    QCOMPARE(m.state, MessageState::Skipped);
    QCOMPARE(m.reason, OutboxMessage::NotInBook);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::optOutWhileWaitingForTheRateStopsTheMessage()
{
    // At one message a second the next message waits for its turn. An exclusion taken at another
    // desk during that wait must stop it: rule 1 speaks of the moment of sending.
    const QString first = mobile(1), second = mobile(2);
    QVERIFY2(add(first, QStringLiteral("First")), qPrintable(m_error));
    QVERIFY2(add(second, QStringLiteral("Second")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Slow"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    QStringList suppressedWhenSent;
    gateway.beforeAnswer = [&](int, const OutgoingSms& sms) {
        Result<Suppression> now = book().suppression(sms.to);
        if (now && now.value().suppressed())
            suppressedWhenSent.append(sms.to);
    };
    DispatcherOptions options;
    options.maxRate = 1;
    Dispatcher dispatcher(db(), &gateway, options);
    Result<Dispatcher::Step> step = dispatcher.step();
    QVERIFY(step && step.value() == Dispatcher::Step::Handled);
    QCOMPARE(gateway.callsTo(first), 1);

    QString deskError;
    const QString path = dbPath();
    std::thread desk([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        auto other = Connection::open(path, Connection::Mode::MustExist);
        if (!other) {
            deskError = other.error();
            return;
        }
        AddressBook book(other.value()->database(), QStringLiteral("DE"), QStringLiteral("desk2"));
        Result<bool> excluded = book.exclude(second, QStringLiteral("complaint call"));
        if (!excluded)
            deskError = excluded.error();
    });
    step = dispatcher.step();
    desk.join();
    QVERIFY2(deskError.isEmpty(), qPrintable(deskError));
    QVERIFY2(step, qPrintable(step.error()));
    QVERIFY2(
        suppressedWhenSent.isEmpty(),
        qPrintable(QStringLiteral("sent to excluded %1").arg(suppressedWhenSent.join(QLatin1Char(' ')))));
    QCOMPARE(gateway.callsTo(second), 0);
    QCOMPARE(row(id, second).state, MessageState::Skipped);
    QCOMPARE(row(id, second).reason, OutboxMessage::Excluded);
}

void TestCampaigns::quietHoursInThePersonsZone()
{
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursStart, QStringLiteral("21:00")));
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("08:00")));
    // A US number whose owner lives in Berlin: at 22:30 in Berlin it is afternoon in every US
    // zone, so only the zone set on the person can hold the message.
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    QVERIFY(berlin.isValid());
    const QString phone = QStringLiteral("+12015550123");
    QVERIFY2(
        add(phone, QStringLiteral("Sam"), {}, QStringLiteral("en"), true, QStringLiteral("Europe/Berlin")),
        qPrintable(m_error));
    const QDateTime lateEvening = QDateTime(QDate(2026, 6, 10), QTime(22, 30), berlin).toUTC();
    m_clock.setNow(lateEvening);
    const qint64 id = create(QStringLiteral("Late"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);
    const QDateTime morning = QDateTime(QDate(2026, 6, 11), QTime(8, 0), berlin).toUTC();
    OutboxMessage m = row(id, phone);
    QCOMPARE(m.state, MessageState::Held);
    QCOMPARE(m.reason, OutboxMessage::QuietHours);
    QCOMPARE(m.nextAttemptAt, morning);
    const CampaignTotals t = totals(id);
    QCOMPARE(t.heldByReason.value(OutboxMessage::QuietHours), 1);
    QCOMPARE(t.nextHeldAt, morning);
    QCOMPARE(campaign(id).status, CampaignStatus::Sending);
    Result<QDateTime> wake = Dispatcher(db(), &gateway, fast()).nextWakeUp();
    QVERIFY(wake);
    QCOMPARE(wake.value(), morning);

    m_clock.setNow(morning.addSecs(-1));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);

    m_clock.setNow(morning);
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 1);
    m = row(id, phone);
    QCOMPARE(m.state, MessageState::Sent);
    QVERIFY(m.reason.isEmpty());
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::quietHoursForANumberWithoutAZoneUseEveryZoneOfItsCountry()
{
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursStart, QStringLiteral("21:00")));
    QVERIFY(setSetting(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("08:00")));
    const QString phone = QStringLiteral("+79161234567");
    QVERIFY2(add(phone, QString::fromUtf8("Иван"), {}, QStringLiteral("ru")), qPrintable(m_error));

    QVector<QTimeZone> russia;
    for (const QByteArray& zoneId : QTimeZone::availableTimeZoneIds(QLocale::Russia))
        russia.append(QTimeZone(zoneId));
    QVERIFY(russia.size() > 10);

    // 15:00 in Moscow, but midnight in Kamchatka: held.
    const QDateTime afternoon = utc(2026, 6, 10, 12, 0);
    QVERIFY(!quietIn(QTimeZone(QByteArrayLiteral("Europe/Moscow")), afternoon));
    m_clock.setNow(afternoon);
    const qint64 id = create(QStringLiteral("Russia"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    FakeGateway gateway;
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);
    const OutboxMessage held = row(id, phone);
    QCOMPARE(held.state, MessageState::Held);
    QCOMPARE(held.reason, OutboxMessage::QuietHours);

    // It waits for the first moment at which no Russian zone has quiet hours.
    const QDateTime next = held.nextAttemptAt;
    QVERIFY(next > afternoon);
    QVERIFY(next < afternoon.addDays(1));
    for (const QTimeZone& zone : russia)
        QVERIFY2(!quietIn(zone, next), zone.id().constData());
    bool quietSomewhereBefore = false;
    for (const QTimeZone& zone : russia)
        quietSomewhereBefore = quietSomewhereBefore || quietIn(zone, next.addSecs(-60));
    QVERIFY(quietSomewhereBefore);

    m_clock.setNow(next.addSecs(-60));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);
    m_clock.setNow(next);
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 1);
    QCOMPARE(row(id, phone).state, MessageState::Sent);
}

void TestCampaigns::frequencyCapHoldsUntilAPlaceFrees()
{
    const QString phone = mobile(1);
    QVERIFY2(add(phone, QStringLiteral("Anna")), qPrintable(m_error));
    const QDateTime now = Clock::currentUtc();
    const QDateTime oldest = now.addDays(-20);
    for (const QDateTime& at : {now.addDays(-1), now.addDays(-5), now.addDays(-10), oldest})
        QVERIFY(exec(QStringLiteral("INSERT INTO message (phone, marketing, state, sent_at) "
                                    "VALUES (?, 1, 'sent', ?)"),
                     {phone, Timestamps::toDb(at)}));
    // A service message of the past does not count.
    QVERIFY(exec(
        QStringLiteral("INSERT INTO message (phone, marketing, state, sent_at) VALUES (?, 0, 'sent', ?)"),
        {phone, Timestamps::toDb(now.addDays(-2))}));

    const qint64 id = create(QStringLiteral("Fifth"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    FakeGateway gateway;
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);
    const OutboxMessage m = row(id, phone);
    QCOMPARE(m.state, MessageState::Held);
    QCOMPARE(m.reason, OutboxMessage::FrequencyCap);
    QCOMPARE(m.nextAttemptAt, oldest.addDays(30));
    QCOMPARE(totals(id).heldByReason.value(OutboxMessage::FrequencyCap), 1);

    m_clock.setNow(oldest.addDays(30).addSecs(-1));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);
    m_clock.setNow(oldest.addDays(30));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 1);
    QCOMPARE(row(id, phone).state, MessageState::Sent);

    // Four in the window again (three inserted, one just sent): a cap of 0 means no cap.
    QVERIFY(setSetting(BusinessSettings::Key::FrequencyCapMessages, QStringLiteral("0")));
    const qint64 second = create(QStringLiteral("Sixth"), QStringLiteral("Last chance!"), allRule());
    QVERIFY2(second, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(second));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 2);
    QCOMPARE(row(second, phone).state, MessageState::Sent);
}

void TestCampaigns::retryWithGrowingBackoffThenSend()
{
    const QString busy = mobile(1), fine = mobile(2), hinted = mobile(3);
    for (const QString& phone : {busy, fine, hinted})
        QVERIFY2(add(phone, QStringLiteral("P")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    gateway.script[busy] = {retry(), retry(), SendOutcome::accepted(QStringLiteral("SMbusy"))};
    gateway.script[hinted] = {retry(QStringLiteral("429"), 120)};
    DispatcherOptions options = fast();
    options.firstRetrySeconds = 15;
    Dispatcher dispatcher(db(), &gateway, options);

    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.acceptedTo(fine), 1);
    OutboxMessage m = row(id, busy);
    QCOMPARE(m.state, MessageState::Queued);
    QCOMPARE(m.attempts, 1);
    QCOMPARE(m.errorCode, QStringLiteral("503"));
    const qint64 firstPause = Clock::currentUtc().secsTo(m.nextAttemptAt);
    QVERIFY2(firstPause > 0, qPrintable(QString::number(firstPause)));
    // The gateway's own Retry-After wins over the backoff.
    const OutboxMessage h = row(id, hinted);
    QCOMPARE(h.state, MessageState::Queued);
    QCOMPARE(Clock::currentUtc().secsTo(h.nextAttemptAt), 120);

    // Not before its time.
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.callsTo(busy), 1);
    QCOMPARE(campaign(id).status, CampaignStatus::Sending);

    m_clock.setNow(m.nextAttemptAt);
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.callsTo(busy), 2);
    m = row(id, busy);
    QCOMPARE(m.state, MessageState::Queued);
    QCOMPARE(m.attempts, 2);
    const qint64 secondPause = Clock::currentUtc().secsTo(m.nextAttemptAt);
    const QDateTime updatedAtRetry = m.updatedAt, retriedAt = Clock::currentUtc();
    QVERIFY2(secondPause > firstPause,
             qPrintable(QStringLiteral("%1 then %2").arg(firstPause).arg(secondPause)));

    m_clock.setNow(std::max(m.nextAttemptAt, h.nextAttemptAt));
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.callsTo(busy), 3);
    QCOMPARE(gateway.acceptedTo(busy), 1);
    QCOMPARE(gateway.acceptedTo(hinted), 1);
    m = row(id, busy);
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.providerId, QStringLiteral("SMbusy"));
    QVERIFY(m.errorCode.isEmpty());
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
    for (const QString& phone : {busy, fine, hinted})
        QCOMPARE(gateway.acceptedTo(phone), 1);
    // A retried row says when it was last changed, not when it will be tried next.
    QCOMPARE(updatedAtRetry, retriedAt);
}

void TestCampaigns::retryGivesUpAfterMaxAttempts()
{
    const QString busy = mobile(1);
    QVERIFY2(add(busy, QStringLiteral("P")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    gateway.always[busy] = retry();
    DispatcherOptions options = fast();
    options.maxAttempts = 4;
    Dispatcher dispatcher(db(), &gateway, options);
    for (int round = 0; round < 20; ++round) {
        QVERIFY(dispatcher.runUntilIdle());
        const OutboxMessage m = row(id, busy);
        if (m.state != MessageState::Queued)
            break;
        QVERIFY(m.nextAttemptAt > Clock::currentUtc());
        m_clock.setNow(m.nextAttemptAt);
    }
    QCOMPARE(gateway.callsTo(busy), options.maxAttempts);
    QCOMPARE(gateway.acceptedTo(busy), 0);
    const OutboxMessage m = row(id, busy);
    QCOMPARE(m.state, MessageState::Failed);
    QCOMPARE(m.reason, OutboxMessage::GatewayError);
    QCOMPARE(m.attempts, options.maxAttempts);
    QVERIFY(!m.error.isEmpty());
    QCOMPARE(totals(id).failedByReason.value(OutboxMessage::GatewayError), 1);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::invalidNumberEndsTheRowAndMarksTheNumber()
{
    const QString bad = mobile(1), good = mobile(2);
    const qint64 badId = add(bad, QStringLiteral("Bad"));
    QVERIFY2(badId, qPrintable(m_error));
    QVERIFY2(add(good, QStringLiteral("Good")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    gateway.always[bad] =
        SendOutcome::failed(SendOutcome::Kind::Permanent, QStringLiteral("21211"),
                            QStringLiteral("The number is not valid."), SendOutcome::Effect::InvalidNumber);
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    const OutboxMessage m = row(id, bad);
    QCOMPARE(m.state, MessageState::Failed);
    QCOMPARE(m.reason, OutboxMessage::InvalidNumber);
    QCOMPARE(m.errorCode, QStringLiteral("21211"));
    Result<Subscriber> person = book().get(badId);
    QVERIFY(person);
    QVERIFY(person.value().numberKind == NumberKind::Rejected);
    QCOMPARE(gateway.acceptedTo(good), 1);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);

    // The next campaign does not try the number again.
    const qint64 next = create(QStringLiteral("Summer"), QStringLiteral("Summer sale!"), allRule());
    QVERIFY2(next, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(next));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.callsTo(bad), 1);
    QCOMPARE(row(next, bad).state, MessageState::Skipped);
    QCOMPARE(row(next, bad).reason, OutboxMessage::NotMobile);
}

void TestCampaigns::carrierOptOutSuppressesTheNumber()
{
    const QString left = mobile(1), stays = mobile(2);
    QVERIFY2(add(left, QStringLiteral("Left")), qPrintable(m_error));
    QVERIFY2(add(stays, QStringLiteral("Stays")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    gateway.always[left] = SendOutcome::failed(SendOutcome::Kind::Permanent, QStringLiteral("21610"),
                                               QStringLiteral("The recipient unsubscribed at the carrier."),
                                               SendOutcome::Effect::CarrierOptOut);
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    const OutboxMessage m = row(id, left);
    QCOMPARE(m.state, MessageState::Failed);
    QCOMPARE(m.reason, OutboxMessage::CarrierOptOut);
    QCOMPARE(totals(id).failedByReason.value(OutboxMessage::CarrierOptOut), 1);

    Result<Suppression> suppression = book().suppression(left);
    QVERIFY(suppression);
    QVERIFY(suppression.value().optedOut());
    Result<std::optional<Subscriber>> person = book().findByPhone(left);
    QVERIFY(person && person.value());
    QVERIFY(person.value()->status == SubscriberStatus::Unsubscribed);
    Result<QVector<ConsentEvent>> history = book().history(left);
    QVERIFY(history);
    QVERIFY(!history.value().isEmpty());
    const ConsentEvent last = history.value().constLast();
    QVERIFY(last.kind == ConsentEvent::Kind::OptOut);
    QVERIFY(last.channel == ConsentEvent::Channel::Carrier);
    QVERIFY(!book().suppression(stays).value().suppressed());

    // And the number gets nothing from the next campaign.
    const qint64 next = create(QStringLiteral("Summer"), QStringLiteral("Summer sale!"), allRule());
    QVERIFY2(next, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(next));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.callsTo(left), 1);
    QCOMPARE(row(next, left).reason, OutboxMessage::Unsubscribed);
    QCOMPARE(gateway.acceptedTo(stays), 2);
}

void TestCampaigns::unauthorizedPausesTheCampaign()
{
    QVector<QString> phones;
    for (int i = 1; i <= 3; ++i) {
        phones.append(mobile(i));
        QVERIFY2(add(phones.last(), QStringLiteral("P%1").arg(i)), qPrintable(m_error));
    }
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    const QString refusal = QStringLiteral("The gateway refused the password.");
    FakeGateway gateway;
    gateway.byCall = {SendOutcome::failed(SendOutcome::Kind::Permanent, QStringLiteral("20003"), refusal,
                                          SendOutcome::Effect::Unauthorized)};
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 1);
    const QString first = gateway.calls.constFirst().to;
    const Campaign paused = campaign(id);
    QCOMPARE(paused.status, CampaignStatus::Paused);
    QCOMPARE(paused.lastError, refusal);
    OutboxMessage m = row(id, first);
    QCOMPARE(m.state, MessageState::Queued);
    for (const QString& phone : phones)
        QCOMPARE(row(id, phone).state, MessageState::Queued);

    // Paused stays paused: nothing else goes out until the user resumes.
    m_clock.advanceSeconds(3600);
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 1);

    QVERIFY(CampaignStore(db()).resume(id));
    QVERIFY(campaign(id).lastError.isEmpty());
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 4);
    for (const QString& phone : phones) {
        QCOMPARE(gateway.acceptedTo(phone), 1);
        QCOMPARE(row(id, phone).state, MessageState::Sent);
    }
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::interruptedClaimWithoutLookUpBecomesUnknown()
{
    const QString cut = mobile(1), other = mobile(2);
    QVERIFY2(add(cut, QStringLiteral("Cut")), qPrintable(m_error));
    QVERIFY2(add(other, QStringLiteral("Other")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    // What a run killed between the claim and the gateway's answer leaves behind.
    const QVariant now = Timestamps::toDb(Clock::currentUtc());
    QVERIFY(exec(QStringLiteral("UPDATE message SET state = 'sending', attempts = 1, claimed_at = ?, "
                                "sent_at = ? WHERE campaign_id = ? AND phone = ?"),
                 {now, now, id, cut}));

    FakeGateway gateway;
    Dispatcher dispatcher(db(), &gateway, fast());
    QVERIFY(dispatcher.recoverInterrupted());
    QCOMPARE(row(id, cut).state, MessageState::Unknown);
    QVERIFY(!row(id, cut).error.isEmpty());
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.callsTo(cut), 0);
    QCOMPARE(gateway.acceptedTo(other), 1);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);

    m_clock.advanceSeconds(2 * 24 * 3600);
    Dispatcher later(db(), &gateway, fast());
    QVERIFY(later.recoverInterrupted());
    QVERIFY(later.runUntilIdle());
    QCOMPARE(gateway.callsTo(cut), 0);
    QCOMPARE(row(id, cut).state, MessageState::Unknown);
}

void TestCampaigns::interruptedClaimIsReconciledByLookUp()
{
    const QString found = mobile(1), notThere = mobile(2);
    QVERIFY2(add(found, QStringLiteral("Found"), {QStringLiteral("a")}), qPrintable(m_error));
    QVERIFY2(add(notThere, QStringLiteral("Missing"), {QStringLiteral("b")}), qPrintable(m_error));
    const qint64 a = startFor(QStringLiteral("a"));
    QVERIFY2(a, qPrintable(m_error));
    const qint64 b = startFor(QStringLiteral("b"));
    QVERIFY2(b, qPrintable(m_error));
    const QDateTime claimedAt = Clock::currentUtc().addSecs(-30);
    for (const auto& [campaignId, phone] : {std::pair{a, found}, std::pair{b, notThere}})
        QVERIFY(exec(QStringLiteral("UPDATE message SET state = 'sending', attempts = 1, claimed_at = ?, "
                                    "sent_at = ? WHERE campaign_id = ? AND phone = ?"),
                     {Timestamps::toDb(claimedAt), Timestamps::toDb(claimedAt), campaignId, phone}));

    FakeGateway gateway;
    gateway.lookUps = true;
    gateway.lookUpAnswers[found] = SendOutcome::accepted(QStringLiteral("SMfound"));
    gateway.lookUpAnswers[notThere] =
        SendOutcome::failed(SendOutcome::Kind::Retry, QStringLiteral("404"), QStringLiteral("Not found."));
    Dispatcher dispatcher(db(), &gateway, fast());
    QVERIFY(dispatcher.recoverInterrupted());
    QCOMPARE(row(a, found).state, MessageState::Unknown); // asked about by the sender, first thing
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.lookedUp.size(), 2);
    for (const OutgoingSms& sms : gateway.lookedUp) {
        const OutboxMessage m = row(sms.to == found ? a : b, sms.to);
        QCOMPARE(sms.messageId, m.id);
        QCOMPARE(sms.body, m.body);
        QCOMPARE(sms.claimedAt, claimedAt);
    }
    OutboxMessage m = row(a, found);
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.providerId, QStringLiteral("SMfound"));
    QCOMPARE(gateway.callsTo(found), 0);
    // Not listed 30 s after its claim: the gateway may still be taking it. Not sent, not finished.
    QCOMPARE(row(b, notThere).state, MessageState::Unknown);
    QCOMPARE(gateway.callsTo(notThere), 0);
    QCOMPARE(campaign(b).status, CampaignStatus::Sending);

    // Still not listed two minutes after the claim: it never got there, so it is sent, once.
    m_clock.advanceSeconds(Dispatcher::SettleSeconds);
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.callsTo(notThere), 1);
    QCOMPARE(row(b, notThere).state, MessageState::Sent);
    m_clock.advanceSeconds(3600);
    QVERIFY(dispatcher.recoverInterrupted());
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.callsTo(notThere), 1);
    QCOMPARE(campaign(a).status, CampaignStatus::Finished);
    QCOMPARE(campaign(b).status, CampaignStatus::Finished);
}

void TestCampaigns::timeoutWithoutLookUpIsUnknownAndNotResent()
{
    const QString slow = mobile(1), other = mobile(2), asked = mobile(3);
    QVERIFY2(add(slow, QStringLiteral("Slow"), {QStringLiteral("a")}), qPrintable(m_error));
    QVERIFY2(add(other, QStringLiteral("Other"), {QStringLiteral("a")}), qPrintable(m_error));
    QVERIFY2(add(asked, QStringLiteral("Asked"), {QStringLiteral("b")}), qPrintable(m_error));
    const qint64 id = startFor(QStringLiteral("a"));
    QVERIFY2(id, qPrintable(m_error));

    FakeGateway gateway;
    gateway.always[slow] = timeout();
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    const OutboxMessage m = row(id, slow);
    QCOMPARE(m.state, MessageState::Unknown);
    QVERIFY(!m.error.isEmpty());
    QCOMPARE(gateway.acceptedTo(other), 1);
    m_clock.advanceSeconds(24 * 3600);
    Dispatcher later(db(), &gateway, fast());
    QVERIFY(later.recoverInterrupted());
    QVERIFY(later.runUntilIdle());
    QCOMPARE(gateway.callsTo(slow), 1);
    QCOMPARE(totals(id).count(MessageState::Unknown), 1);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);

    // A gateway that can be asked settles it: it had the message, so it is sent, not resent.
    const qint64 second = startFor(QStringLiteral("b"));
    QVERIFY2(second, qPrintable(m_error));
    FakeGateway asking;
    asking.lookUps = true;
    asking.always[asked] = timeout();
    asking.lookUpAnswers[asked] = SendOutcome::accepted(QStringLiteral("SMlate"));
    QVERIFY(Dispatcher(db(), &asking, fast()).runUntilIdle());
    QCOMPARE(asking.callsTo(asked), 1);
    QCOMPARE(row(second, asked).state, MessageState::Sent);
    QCOMPARE(row(second, asked).providerId, QStringLiteral("SMlate"));

    // The row keeps what the gateway said (its code and words), not a made-up cause.
    QCOMPARE(m.errorCode, QStringLiteral("timeout"));
    QVERIFY2(m.error.contains(QStringLiteral("No answer from the gateway.")), qPrintable(m.error));
}

void TestCampaigns::timeoutTheGatewayNeverGotIsRetriedBoundedly()
{
    // Every send times out and the gateway's list never has the message: a retry is safe, but
    // like any retry it waits and gives up after maxAttempts instead of hammering the gateway.
    const QString phone = mobile(1);
    QVERIFY2(add(phone, QStringLiteral("P")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    std::atomic_bool stop{false};
    FakeGateway gateway;
    gateway.lookUps = true;
    gateway.always[phone] = timeout();
    gateway.lookUpAnswers[phone] =
        SendOutcome::failed(SendOutcome::Kind::Retry, QStringLiteral("404"), QStringLiteral("Not found."));
    // A guard so that an unbounded loop ends the test instead of hanging it.
    gateway.beforeAnswer = [&](int call, const OutgoingSms&) {
        if (call >= 25)
            stop = true;
    };
    DispatcherOptions options = fast();
    options.maxAttempts = 3;
    Dispatcher dispatcher(db(), &gateway, options);
    for (int round = 0; round < 10 && !stop; ++round) {
        QVERIFY(dispatcher.runUntilIdle(&stop));
        m_clock.advanceSeconds(2 * 3600);
    }
    QVERIFY2(gateway.callsTo(phone) <= options.maxAttempts,
             qPrintable(QStringLiteral("sent %1 times").arg(gateway.callsTo(phone))));
    const OutboxMessage m = row(id, phone);
    QCOMPARE(m.state, MessageState::Failed);
    QCOMPARE(m.reason, OutboxMessage::GatewayError);
}

void TestCampaigns::cancelWhileInFlightNeverRequeues()
{
    // Cancelled while its message is at the gateway, which then answers "try later": the
    // message must not wait in a queue nobody looks at any more.
    const QString phone = mobile(1);
    QVERIFY2(add(phone, QStringLiteral("P")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    FakeGateway gateway;
    gateway.always[phone] =
        SendOutcome::failed(SendOutcome::Kind::Retry, QStringLiteral("http-503"), QStringLiteral("Busy."));
    gateway.beforeAnswer = [&](int, const OutgoingSms&) { QVERIFY(CampaignStore(db()).cancel(id)); };
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(row(id, phone).state, MessageState::Cancelled);
    QCOMPARE(totals(id).pending(), 0);
}

void TestCampaigns::abTestSendsTheRestTheFewerOptOutsText()
{
    QHash<QString, QString> names;
    for (int i = 1; i <= 200; ++i) {
        const QString name = QStringLiteral("N%1").arg(i);
        names.insert(mobile(i), name);
        QVERIFY2(add(mobile(i), name), qPrintable(m_error));
    }
    // Not sendable: no row to send, no share.
    QVERIFY2(add(mobile(500), QStringLiteral("No"), {}, QStringLiteral("en"), false), qPrintable(m_error));

    Campaign c;
    c.name = QStringLiteral("Which text");
    c.segmentName = QStringLiteral("Everyone");
    c.rule = allRule();
    c.body = QStringLiteral("Hi {first_name}, spring sale: 20% off.");
    c.bodyB = QStringLiteral("{first_name}, SPRING SALE NOW!!! 20% off everything.");
    c.abSharePercent = 10;
    c.abMetric = AbMetric::OptOutRate;
    c.abHours = 24;
    const qint64 id = create(c);
    QVERIFY2(id, qPrintable(m_error));
    Result<qint64> started = CampaignStarter(db()).start(id);
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started.value(), 200);

    const OptOutSettings optOut = BusinessSettings(db()).optOutSettings();
    auto expectedBody = [&](const QString& text, const QString& phone) {
        QString rendered = text;
        rendered.replace(QStringLiteral("{first_name}"), names.value(phone));
        return OptOutFooter::messageFor(rendered, optOut, QStringLiteral("en"));
    };
    QStringList variantB;
    int a = 0, b = 0, waiting = 0;
    for (const OutboxMessage& m : rows(id)) {
        if (m.phone == mobile(500))
            continue;
        if (m.state == MessageState::Queued && m.variant == QLatin1String("A")) {
            ++a;
            QCOMPARE(m.body, expectedBody(c.body, m.phone));
        } else if (m.state == MessageState::Queued && m.variant == QLatin1String("B")) {
            ++b;
            variantB.append(m.phone);
            QCOMPARE(m.body, expectedBody(c.bodyB, m.phone));
        } else {
            QCOMPARE(m.state, MessageState::Waiting);
            ++waiting;
        }
    }
    QCOMPARE(a, 20);
    QCOMPARE(b, 20);
    QCOMPARE(waiting, 160);

    FakeGateway gateway;
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 40);
    QCOMPARE(campaign(id).status, CampaignStatus::Sending);
    QVERIFY(campaign(id).winner.isEmpty());

    // B drives people away: five of its recipients opt out after their message, none of A's.
    m_clock.advanceSeconds(3600);
    for (int i = 0; i < 5; ++i)
        QVERIFY(book().unsubscribe(variantB.at(i), OptOutReason::TooFrequent, QString(),
                                   ConsentEvent::Channel::Keyword));
    // Before the test period ends nothing changes.
    m_clock.setNow(campaign(id).abDecideAt().addSecs(-1));
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 40);

    m_clock.setNow(campaign(id).abDecideAt());
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(campaign(id).winner, QStringLiteral("A"));
    QCOMPARE(gateway.calls.size(), 200);
    QSet<QString> seen;
    for (const OutgoingSms& sms : gateway.calls) {
        QVERIFY2(!seen.contains(sms.to), qPrintable(sms.to));
        seen.insert(sms.to);
    }
    // The rest gets A's text and no variant letter of its own: the test's figures stay the test's.
    int restWithA = 0, testA = 0, testB = 0;
    for (const OutboxMessage& m : rows(id)) {
        if (m.phone == mobile(500))
            continue;
        QCOMPARE(m.state, MessageState::Sent);
        if (m.variant.isEmpty()) {
            QCOMPARE(m.body, expectedBody(c.body, m.phone));
            ++restWithA;
        } else {
            (m.variant == QLatin1String("A") ? testA : testB) += 1;
        }
    }
    QCOMPARE(restWithA, 160);
    QCOMPARE(testA, 20);
    QCOMPARE(testB, 20);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::abTestByDeliveryRate()
{
    for (int i = 1; i <= 40; ++i)
        QVERIFY2(add(mobile(i), QStringLiteral("N%1").arg(i)), qPrintable(m_error));
    Campaign c;
    c.name = QStringLiteral("Which arrives");
    c.segmentName = QStringLiteral("Everyone");
    c.rule = allRule();
    c.body = QStringLiteral("Text A: sale today.");
    c.bodyB = QStringLiteral("Text B: sale today.");
    c.abSharePercent = 25;
    c.abMetric = AbMetric::DeliveryRate;
    c.abHours = 4;
    const qint64 id = create(c);
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    FakeGateway gateway;
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(gateway.calls.size(), 20);
    // Every B message arrives, two of A's; B's readers opt out more, which the metric ignores.
    Outbox outbox(db());
    int deliveredA = 0, optedOutB = 0;
    m_clock.advanceSeconds(600);
    for (const OutboxMessage& m : rows(id)) {
        if (m.variant == QLatin1String("B") ||
            (m.variant == QLatin1String("A") && m.state == MessageState::Sent && deliveredA < 2)) {
            if (m.variant == QLatin1String("A"))
                ++deliveredA;
            DeliveryUpdate u;
            u.providerId = m.providerId;
            u.state = DeliveryUpdate::State::Delivered;
            u.at = Clock::currentUtc();
            Result<bool> recorded = outbox.recordDelivery(u);
            QVERIFY(recorded && recorded.value());
            if (m.variant == QLatin1String("B") && optedOutB < 3) {
                ++optedOutB;
                QVERIFY(book().unsubscribe(m.phone, OptOutReason::NotRelevant, QString()));
            }
        }
    }
    QCOMPARE(deliveredA, 2);
    m_clock.setNow(campaign(id).abDecideAt());
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    QCOMPARE(campaign(id).winner, QStringLiteral("B"));
    QCOMPARE(gateway.calls.size(), 40);
    const OptOutSettings optOut = BusinessSettings(db()).optOutSettings();
    for (const OutboxMessage& m : rows(id)) {
        // The test's rows by their letter; the rest (no letter) got the winner, B.
        const bool gotA = m.variant == QLatin1String("A");
        QCOMPARE(m.body, OptOutFooter::messageFor(gotA ? c.body : c.bodyB, optOut, QStringLiteral("en")));
    }
    QCOMPARE(totals(id).count(MessageState::Sent) + totals(id).count(MessageState::Delivered), 40);
}

void TestCampaigns::pauseResumeAndCancel()
{
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(add(mobile(i), QStringLiteral("P%1").arg(i), {QStringLiteral("a")}), qPrintable(m_error));
    for (int i = 11; i <= 15; ++i)
        QVERIFY2(add(mobile(i), QStringLiteral("P%1").arg(i), {QStringLiteral("b")}), qPrintable(m_error));
    CampaignStore store(db());

    const qint64 paused = startFor(QStringLiteral("a"));
    QVERIFY2(paused, qPrintable(m_error));
    QVERIFY(store.pause(paused));
    QCOMPARE(campaign(paused).status, CampaignStatus::Paused);
    FakeGateway gateway;
    Dispatcher dispatcher(db(), &gateway, fast());
    Result<Dispatcher::Step> step = dispatcher.step();
    QVERIFY(step);
    QVERIFY(step.value() == Dispatcher::Step::Idle);
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);
    QCOMPARE(campaign(paused).status, CampaignStatus::Paused);

    QVERIFY(store.resume(paused));
    QCOMPARE(campaign(paused).status, CampaignStatus::Sending);
    step = dispatcher.step();
    QVERIFY(step);
    QVERIFY(step.value() == Dispatcher::Step::Handled);
    QCOMPARE(gateway.calls.size(), 1);
    QVERIFY(store.pause(paused));
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.calls.size(), 1);
    QVERIFY(store.resume(paused));
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.calls.size(), 5);
    QCOMPARE(campaign(paused).status, CampaignStatus::Finished);

    const qint64 cancelled = startFor(QStringLiteral("b"));
    QVERIFY2(cancelled, qPrintable(m_error));
    step = dispatcher.step();
    QVERIFY(step && step.value() == Dispatcher::Step::Handled);
    QCOMPARE(gateway.calls.size(), 6);
    QVERIFY(store.cancel(cancelled));
    const Campaign c = campaign(cancelled);
    QCOMPARE(c.status, CampaignStatus::Cancelled);
    QVERIFY(c.finishedAt.isValid());
    const CampaignTotals t = totals(cancelled);
    QCOMPARE(t.count(MessageState::Cancelled), 4);
    QCOMPARE(t.count(MessageState::Sent), 1);
    QCOMPARE(t.pending(), 0);
    step = dispatcher.step();
    QVERIFY(step && step.value() == Dispatcher::Step::Idle);
    QVERIFY(!store.resume(cancelled));
    m_clock.advanceSeconds(24 * 3600);
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.calls.size(), 6);
    QCOMPARE(campaign(cancelled).status, CampaignStatus::Cancelled);
}

void TestCampaigns::scheduledCampaignStartsAtItsTime()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(add(mobile(i), QStringLiteral("P%1").arg(i)), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Tomorrow"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    const QDateTime at = Clock::currentUtc().addSecs(2 * 3600);
    QVERIFY(CampaignStore(db()).schedule(id, at));
    QCOMPARE(campaign(id).status, CampaignStatus::Scheduled);
    QCOMPARE(campaign(id).scheduledAt, at);

    FakeGateway gateway;
    Dispatcher dispatcher(db(), &gateway, fast());
    Result<QDateTime> wake = dispatcher.nextWakeUp();
    QVERIFY(wake);
    QCOMPARE(wake.value(), at);
    QVERIFY(dispatcher.startDue());
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(campaign(id).status, CampaignStatus::Scheduled);
    QCOMPARE(CampaignStore(db()).messageCount(id).value(), 0);

    m_clock.setNow(at.addSecs(-1));
    QVERIFY(dispatcher.startDue());
    QCOMPARE(campaign(id).status, CampaignStatus::Scheduled);
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.calls.size(), 0);

    m_clock.setNow(at);
    QVERIFY(dispatcher.startDue());
    QCOMPARE(campaign(id).status, CampaignStatus::Sending);
    QCOMPARE(campaign(id).startedAt, at);
    QCOMPARE(CampaignStore(db()).messageCount(id).value(), 3);
    QVERIFY(dispatcher.runUntilIdle());
    QCOMPARE(gateway.calls.size(), 3);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);
}

void TestCampaigns::deliveryUpdates()
{
    const QString one = mobile(1), two = mobile(2), three = mobile(3), four = mobile(4);
    for (const QString& phone : {one, two, three, four})
        QVERIFY2(add(phone, QStringLiteral("P")), qPrintable(m_error));
    const qint64 id = create(QStringLiteral("Spring"), QStringLiteral("Spring sale!"), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    FakeGateway gateway;
    gateway.always[four] = timeout();
    QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());

    Outbox outbox(db());
    auto update = [](qint64 messageId, const QString& providerId, DeliveryUpdate::State state,
                     const QDateTime& at) {
        DeliveryUpdate u;
        u.messageId = messageId;
        u.providerId = providerId;
        u.state = state;
        u.at = at;
        return u;
    };
    const QDateTime t1 = Clock::currentUtc().addSecs(5), t2 = t1.addSecs(10);

    // By message id: submitted, then delivered.
    OutboxMessage m = row(id, one);
    QCOMPARE(m.state, MessageState::Sent);
    QVERIFY(outbox.recordDelivery(update(m.id, QString(), DeliveryUpdate::State::Submitted, t1)));
    QCOMPARE(row(id, one).state, MessageState::Sent);
    Result<bool> recorded =
        outbox.recordDelivery(update(m.id, QString(), DeliveryUpdate::State::Delivered, t2));
    QVERIFY(recorded && recorded.value());
    QCOMPARE(row(id, one).state, MessageState::Delivered);
    QCOMPARE(row(id, one).deliveredAt, t2);

    // By the provider's id.
    m = row(id, two);
    QVERIFY(!m.providerId.isEmpty());
    recorded = outbox.recordDelivery(update(0, m.providerId, DeliveryUpdate::State::Delivered, t1));
    QVERIFY(recorded && recorded.value());
    QCOMPARE(row(id, two).state, MessageState::Delivered);
    QCOMPARE(row(id, two).deliveredAt, t1);
    // Late news out of order never downgrades a delivered message.
    QVERIFY(outbox.recordDelivery(update(0, m.providerId, DeliveryUpdate::State::Submitted, t2)));
    QCOMPARE(row(id, two).state, MessageState::Delivered);
    QVERIFY(outbox.recordDelivery(update(m.id, QString(), DeliveryUpdate::State::Undelivered, t2)));
    QCOMPARE(row(id, two).state, MessageState::Delivered);
    QCOMPARE(row(id, two).deliveredAt, t1);

    // Undelivered ends a sent row as failed.
    m = row(id, three);
    recorded = outbox.recordDelivery(update(0, m.providerId, DeliveryUpdate::State::Undelivered, t1));
    QVERIFY(recorded && recorded.value());
    QCOMPARE(row(id, three).state, MessageState::Failed);
    QCOMPARE(row(id, three).reason, OutboxMessage::Undelivered);

    // A report for a message whose send timed out says it went out after all.
    m = row(id, four);
    QCOMPARE(m.state, MessageState::Unknown);
    recorded = outbox.recordDelivery(update(m.id, QString(), DeliveryUpdate::State::Submitted, t1));
    QVERIFY(recorded && recorded.value());
    QCOMPARE(row(id, four).state, MessageState::Sent);

    // Unknown ids change nothing.
    const QString before = [&] {
        QStringList states;
        for (const OutboxMessage& r : rows(id))
            states.append(OutboxMessage::stateCode(r.state));
        return states.join(QLatin1Char(','));
    }();
    recorded = outbox.recordDelivery(update(987654, QString(), DeliveryUpdate::State::Delivered, t2));
    QVERIFY(recorded);
    QVERIFY(!recorded.value());
    recorded =
        outbox.recordDelivery(update(0, QStringLiteral("SMnosuch"), DeliveryUpdate::State::Delivered, t2));
    QVERIFY(recorded);
    QVERIFY(!recorded.value());
    recorded = outbox.recordDelivery(update(0, QString(), DeliveryUpdate::State::Delivered, t2));
    QVERIFY(recorded);
    QVERIFY(!recorded.value());
    QStringList after;
    for (const OutboxMessage& r : rows(id))
        after.append(OutboxMessage::stateCode(r.state));
    QCOMPARE(after.join(QLatin1Char(',')), before);
}

void TestCampaigns::fileExportWritesAPrivateCsv()
{
    const QString plain = mobile(1), comma = mobile(2), quote = mobile(3);
    QVERIFY2(add(plain, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(comma, QStringLiteral("Maria, Jose")), qPrintable(m_error));
    QVERIFY2(add(quote, QStringLiteral("Jo \"JJ\"")), qPrintable(m_error));
    const qint64 id =
        create(QStringLiteral("Export"), QStringLiteral("Hi {first_name}!\nSpring sale today."), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    const QString path = m_dir->filePath(QStringLiteral("outbox.csv"));
    {
        FileExportGateway gateway(path);
        QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    }
    const CampaignTotals t = totals(id);
    QCOMPARE(t.count(MessageState::Exported), 3);
    QCOMPARE(campaign(id).status, CampaignStatus::Finished);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(text.startsWith(QStringLiteral("message_id,phone,text,parts,encoding\r\n")));
    const QVector<QStringList> records = parseCsv(text);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0),
             (QStringList{QStringLiteral("message_id"), QStringLiteral("phone"), QStringLiteral("text"),
                          QStringLiteral("parts"), QStringLiteral("encoding")}));
    QSet<QString> phones;
    for (int i = 1; i < records.size(); ++i) {
        const QStringList& r = records.at(i);
        QCOMPARE(r.size(), 5);
        phones.insert(r.at(1));
        const OutboxMessage m = row(id, r.at(1));
        QCOMPARE(m.state, MessageState::Exported);
        QCOMPARE(r.at(0), QString::number(m.id));
        QCOMPARE(r.at(2), m.body);
        QCOMPARE(r.at(3), QString::number(m.parts));
        QCOMPARE(r.at(4), m.encoding);
        QVERIFY(m.body.contains(QLatin1Char('\n')));
    }
    QCOMPARE(phones, (QSet<QString>{plain, comma, quote}));
    QVERIFY(row(id, comma).body.contains(QLatin1Char(',')));
    QVERIFY(row(id, quote).body.contains(QLatin1Char('"')));

#ifdef Q_OS_UNIX
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
#endif
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(!(QFile::permissions(path) & others));

    // A later export appends to the file without a second header.
    QVERIFY2(add(mobile(4), QStringLiteral("Dora")), qPrintable(m_error));
    const qint64 next = create(QStringLiteral("Export 2"), QStringLiteral("Summer sale."), allRule());
    QVERIFY2(next, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(next));
    {
        FileExportGateway gateway(path);
        QVERIFY(Dispatcher(db(), &gateway, fast()).runUntilIdle());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> all = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(all.size(), 1 + 3 + 4);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i).constFirst() != QLatin1String("message_id"));
}

void TestCampaigns::onlyOneDispatcherPerDatabase()
{
    if (testing::onPostgres()) { // every desk may send from a shared database at once
        auto first = Dispatcher::lock(dbPath());
        auto second = Dispatcher::lock(dbPath());
        QVERIFY2(first && second, qPrintable(first.error() + second.error()));
        return;
    }
    auto first = Dispatcher::lock(dbPath());
    QVERIFY2(first, qPrintable(first.error()));
    auto second = Dispatcher::lock(dbPath());
    QVERIFY(!second);
    QVERIFY(!second.error().isEmpty());
    QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error()));
    // Another database is not affected.
    const QString otherPath = m_dir->filePath(QStringLiteral("other.sqlite"));
    auto other = Dispatcher::lock(otherPath);
    QVERIFY2(other, qPrintable(other.error()));

    first.value().reset();
    auto third = Dispatcher::lock(dbPath());
    QVERIFY2(third, qPrintable(third.error()));
}

// Two desks, each with its own connection, gateway and dispatcher in its own thread, send one
// campaign; the first desk excludes a number halfway. Every other person gets exactly one
// message, from one desk or the other; the excluded number none.
void TestCampaigns::twoDesksShareOneCampaignWithoutDuplicates()
{
    if (!testing::onPostgres())
        QSKIP("one dispatcher per database file (onlyOneDispatcherPerDatabase)");
    constexpr int People = 30;
    for (int i = 1; i <= People; ++i)
        QVERIFY2(add(mobile(i), QStringLiteral("P%1").arg(i)), qPrintable(m_error));
    const QString excluded = mobile(People); // sent last, if it were sent
    const qint64 id =
        create(QStringLiteral("Spring"), QStringLiteral("Spring sale: 20% off today."), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));

    struct Desk
    {
        FakeGateway gateway;
        QString error;
    };
    Desk desks[2];
    std::atomic<bool> excludedOnce{false};
    auto run = [&](Desk& desk, bool excludes) {
        auto connection = Connection::open(dbPath());
        if (!connection) {
            desk.error = connection.error();
            return;
        }
        const QSqlDatabase deskDb = connection.value()->database();
        desk.gateway.beforeAnswer = [&](int call, const OutgoingSms&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // a gateway takes its time
            if (excludes && call == 3 && !excludedOnce.exchange(true)) {
                AddressBook deskBook(deskDb, QStringLiteral("DE"), QStringLiteral("desk 1"));
                if (!deskBook.exclude(excluded, QStringLiteral("asked at the till")))
                    desk.error = QStringLiteral("could not exclude");
            }
        };
        Dispatcher dispatcher(deskDb, &desk.gateway, fast());
        if (Status ran = dispatcher.runUntilIdle(); !ran)
            desk.error = ran.error();
    };
    std::thread first([&] { run(desks[0], true); });
    std::thread second([&] { run(desks[1], false); });
    first.join();
    second.join();
    QVERIFY2(desks[0].error.isEmpty(), qPrintable(desks[0].error));
    QVERIFY2(desks[1].error.isEmpty(), qPrintable(desks[1].error));
    QVERIFY(excludedOnce);
    QVERIFY2(!desks[0].gateway.calls.isEmpty() && !desks[1].gateway.calls.isEmpty(),
             "both desks sent part of the campaign");
    for (int i = 1; i < People; ++i) {
        QCOMPARE(desks[0].gateway.callsTo(mobile(i)) + desks[1].gateway.callsTo(mobile(i)), 1);
        QCOMPARE(row(id, mobile(i)).state, MessageState::Sent);
    }
    QCOMPARE(desks[0].gateway.callsTo(excluded) + desks[1].gateway.callsTo(excluded), 0);
    QCOMPARE(row(id, excluded).state, MessageState::Skipped);
    QCOMPARE(row(id, excluded).reason, OutboxMessage::Excluded);
}

// A desk that starts recovers the claims of a desk that stopped (marked unknown for a person to
// decide), and leaves alone the claim another desk is sending at that moment.
void TestCampaigns::aStartingDeskLeavesAnotherDesksClaimsAlone()
{
    if (!testing::onPostgres())
        QSKIP("one dispatcher per database file: every claim left is from a run that stopped");
    for (int i = 1; i <= 2; ++i)
        QVERIFY2(add(mobile(i), QStringLiteral("P%1").arg(i)), qPrintable(m_error));
    const qint64 id =
        create(QStringLiteral("Spring"), QStringLiteral("Spring sale: 20% off today."), allRule());
    QVERIFY2(id, qPrintable(m_error));
    QVERIFY(CampaignStarter(db()).start(id));
    // mobile(2) was claimed by a desk that is gone (nobody holds desk 12345).
    QVERIFY(exec(QStringLiteral("UPDATE message SET state = 'sending', claimed_by = 12345, claimed_at = ?, "
                                "sent_at = ?, attempts = 1 WHERE phone = ?"),
                 {Timestamps::toDb(Clock::currentUtc()), Timestamps::toDb(Clock::currentUtc()), mobile(2)}));

    FakeGateway sending;
    FakeGateway otherDesksGateway; // cannot look messages up: a stopped desk's claim is for a person
    MessageState seenByTheOtherDesk = MessageState::Queued;
    QString otherDeskError;
    auto other = Connection::open(dbPath());
    QVERIFY2(other, qPrintable(other.error()));
    sending.beforeAnswer = [&](int, const OutgoingSms& sms) {
        // mobile(1) is in flight at this desk while another desk starts.
        Dispatcher starting(other.value()->database(), &otherDesksGateway, fast());
        if (Status recovered = starting.recoverInterrupted(); !recovered)
            otherDeskError = recovered.error();
        seenByTheOtherDesk = row(id, sms.to).state;
    };
    Dispatcher dispatcher(db(), &sending, fast());
    Result<Dispatcher::Step> step = dispatcher.step();
    QVERIFY2(step, qPrintable(step.error()));
    QVERIFY2(otherDeskError.isEmpty(), qPrintable(otherDeskError));
    QCOMPARE(sending.calls.size(), 1);
    QCOMPARE(sending.calls.constFirst().to, mobile(1));
    QCOMPARE(seenByTheOtherDesk, MessageState::Sending); // left alone while it was being sent
    QCOMPARE(row(id, mobile(1)).state, MessageState::Sent);
    QCOMPARE(row(id, mobile(2)).state, MessageState::Unknown); // the stopped desk's claim
    QCOMPARE(sending.callsTo(mobile(2)), 0);
}

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
