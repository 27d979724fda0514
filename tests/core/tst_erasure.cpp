// Erasing a person on request, as the owner and the person rely on it (PRODUCT.md rules 1, 4 and 5;
// the right to erasure): every piece of their personal data goes — the person with tags, custom
// fields and notes, their replies, the texts they were sent, the free texts of their consent
// history — while the number stays suppressed with the least that proves it, the erasure is
// logged, and no campaign ever reaches the number again. The consent history stays append-only
// for everything else, and an erasure is all or nothing.
//
// Real SQLite files in a temporary directory; time is a ManualClock; the gateway is a fake that
// records what it is handed.

#include "campaigns/campaign.h"
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/dispatcher.h"
#include "campaigns/outboxmessage.h"
#include "contacts/addressbook.h"
#include "contacts/customfields.h"
#include "contacts/personeraser.h"
#include "gateways/gateway.h"
#include "inbound/inbox.h"
#include "relaxedrulepacks.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textwell;

namespace textwell {
// Readable QCOMPARE failures.
inline char* toString(SubscriberStatus status)
{
    return QTest::toString(SubscriberStatuses::code(status));
}
inline char* toString(ConsentEvent::Kind kind)
{
    return QTest::toString(ConsentEvent::kindCode(kind));
}
inline char* toString(ConsentEvent::Channel channel)
{
    return QTest::toString(ConsentEvent::channelCode(channel));
}
inline char* toString(MessageState state)
{
    return QTest::toString(OutboxMessage::stateCode(state));
}
} // namespace textwell

namespace {

// A gateway that takes every message and remembers to whom.
class RecordingGateway : public Gateway
{
public:
    QStringList sentTo;
    SendOutcome send(const OutgoingSms& sms) override
    {
        sentTo.append(sms.to);
        return SendOutcome::accepted(QStringLiteral("SM%1").arg(sentTo.size()));
    }
};

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

const QString anna = QStringLiteral("+4915112000001");
const QString ben = QStringLiteral("+4915112000002");
const QString carl = QStringLiteral("+4915112000003");
// Anna's personal data, as it may turn up in any column: none of it may survive her erasure.
const QStringList annasData = {QStringLiteral("Anna"),         QStringLiteral("Schmidt"),
                               QStringLiteral("Lindenstraße"), QStringLiteral("latex gloves"),
                               QStringLiteral("form #7"),      QStringLiteral("Saturday"),
                               QStringLiteral("complained"),   QStringLiteral("sorted out")};

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

public:
    TestErasure() : m_clock(utc(2026, 6, 10, 10, 0)) {}

private Q_SLOTS:
    void init();
    void cleanup();

    void erasesEverythingPersonalAndExcludesTheNumber();
    void keepsAnOptOutWithoutItsTexts();
    void campaignsNeverReachTheNumberAgain();
    void aNumberNobodyKnowsIsExcludedAndLogged();
    void erasingTwiceIsHarmless();
    void aFailureHalfwayLeavesEverythingAsItWas_data();
    void aFailureHalfwayLeavesEverythingAsItWas();
    void historyStaysAppendOnlyForEverythingElse();
    void erasureLogOnlyGrows();
    void refusesBadInputAndWritesNothing();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    AddressBook book() const { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("desk")); }
    PersonEraser eraser() const { return PersonEraser(db(), QStringLiteral("DE"), QStringLiteral("desk")); }
    Inbox inbox() const { return Inbox(db(), QStringLiteral("DE"), QStringLiteral("desk")); }
    // Anna with everything a person can have: tags, a custom field, notes, a consent, an
    // exclusion that was lifted, a campaign message, replies, an opt-out and a re-subscription.
    // Ben, beside her, with his own consent, message, reply and opt-out. Returns Anna's id.
    qint64 seedAnnaAndBen();
    qint64 add(const QString& phone, const QString& firstName, const QStringList& tags,
               const QString& evidence = QStringLiteral("form #12, signed"));
    qint64 startCampaign(const QString& name, const QString& body);
    bool receive(const QString& from, const QString& body);
    bool dispatch(RecordingGateway& gateway);
    qint64 number(const QString& sql, const QVariantList& values = {}) const;
    // Runs sql; returns the driver's error text, empty when it worked.
    QString exec(const QString& sql, const QVariantList& values = {}) const;
    // Every row of every table, as text: the whole state of the file.
    QString dump() const;
    // "table.column" wherever one of the texts occurs, in any table.
    QStringList whereFound(const QStringList& texts) const;

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    QString m_error;
    int m_replyId = 0;
};

void TestErasure::init()
{
    m_clock.setNow(utc(2026, 6, 10, 10, 0));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Connection::open(m_dir->filePath(QStringLiteral("shop.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(relaxRulePacks(db()));
    BusinessSettings settings(db());
    QVERIFY(settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    QVERIFY(settings.setValue(BusinessSettings::Key::MessageLanguage, QStringLiteral("en")));
    QVERIFY(settings.setValue(BusinessSettings::Key::QuietHoursStart, QStringLiteral("00:00")));
    QVERIFY(settings.setValue(BusinessSettings::Key::QuietHoursEnd, QStringLiteral("00:00")));
    QVERIFY(settings.setValue(BusinessSettings::Key::SendRate, QStringLiteral("1000")));
    m_replyId = 0;
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestErasure::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

qint64 TestErasure::add(const QString& phone, const QString& firstName, const QStringList& tags,
                        const QString& evidence)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = firstName;
    s.tags = tags;
    s.language = QStringLiteral("en");
    Result<AddressBook::Added> added =
        book().add(s, ConsentRecord{QStringLiteral("paper form at the till"), evidence,
                                    Clock::currentUtc().addDays(-100)});
    if (!added) {
        m_error = phone + QStringLiteral(": ") + added.error();
        return 0;
    }
    return added.value().id;
}

qint64 TestErasure::startCampaign(const QString& name, const QString& body)
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

bool TestErasure::receive(const QString& from, const QString& body)
{
    IncomingReply r;
    r.from = from;
    r.body = body;
    r.receivedAt = Clock::currentUtc();
    r.source = QStringLiteral("kannel");
    r.sourceId = QStringLiteral("mo-%1").arg(++m_replyId);
    Result<ReceivedReply> received = inbox().receive(r);
    if (!received)
        m_error = received.error();
    return received.ok();
}

bool TestErasure::dispatch(RecordingGateway& gateway)
{
    DispatcherOptions options;
    options.maxRate = 1000;
    Status ran = Dispatcher(db(), &gateway, options).runUntilIdle();
    if (!ran)
        m_error = ran.error();
    return ran.ok();
}

qint64 TestErasure::number(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(db());
    if (!execBound(q, sql, values) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString TestErasure::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(db());
    if (!execBound(q, sql, values))
        return q.lastError().text().isEmpty() ? QStringLiteral("failed") : q.lastError().text();
    return QString();
}

QString TestErasure::dump() const
{
    QSqlQuery tables(db());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QString text;
    for (const QString& table : names) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        text += table + QLatin1Char('\n');
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            text += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

QStringList TestErasure::whereFound(const QStringList& texts) const
{
    QSqlQuery tables(db());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList found;
    for (const QString& table : names) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                for (const QString& text : texts) {
                    if (q.value(i).toString().contains(text, Qt::CaseInsensitive))
                        found.append(QStringLiteral("%1.%2: %3").arg(table, q.record().fieldName(i), text));
                }
            }
        }
    }
    return found;
}

qint64 TestErasure::seedAnnaAndBen()
{
    if (!CustomFields(db()).add(QStringLiteral("Street")))
        return 0;
    Subscriber s;
    s.phone = anna;
    s.firstName = QStringLiteral("Anna");
    s.lastName = QStringLiteral("Schmidt");
    s.city = QStringLiteral("Berlin");
    s.tags = {QStringLiteral("vip"), QStringLiteral("latex-free")};
    s.notes = QStringLiteral("Allergic to latex gloves");
    s.customFields = {{QStringLiteral("Street"), QStringLiteral("Lindenstraße 5")}};
    s.language = QStringLiteral("en");
    Result<AddressBook::Added> added = book().add(s, ConsentRecord{QStringLiteral("paper form at the till"),
                                                                   QStringLiteral("form #7, signed by Anna"),
                                                                   Clock::currentUtc().addDays(-100)});
    if (!added) {
        m_error = added.error();
        return 0;
    }
    if (!add(ben, QStringLiteral("Ben"), {QStringLiteral("vip")}))
        return 0;
    m_clock.advanceSeconds(3600);
    if (!book().exclude(anna, QStringLiteral("complained by phone about her order")).ok())
        return 0;
    m_clock.advanceSeconds(3600);
    if (!book().unexclude(anna, QStringLiteral("sorted out with her")).ok())
        return 0;
    m_clock.advanceSeconds(3600);
    RecordingGateway gateway;
    if (!startCampaign(QStringLiteral("Spring"),
                       QStringLiteral("Hi {first_name}, our spring sale starts today: 20% off.")) ||
        !dispatch(gateway))
        return 0;
    m_clock.advanceSeconds(3600);
    if (!receive(anna, QStringLiteral("Thanks, see you on Saturday!")) ||
        !receive(ben, QStringLiteral("Hello")))
        return 0;
    m_clock.advanceSeconds(3600);
    if (!receive(anna, QStringLiteral("STOP")) || !dispatch(gateway))
        return 0;
    m_clock.advanceSeconds(3600);
    if (!receive(anna, QStringLiteral("START")) || !dispatch(gateway))
        return 0;
    if (!book().unsubscribe(ben, OptOutReason::NotRelevant, QStringLiteral("moved to Hamburg")).ok())
        return 0;
    m_clock.advanceSeconds(3600);
    return added.value().id;
}

// ---------------------------------------------------------------------------------------------

void TestErasure::erasesEverythingPersonalAndExcludesTheNumber()
{
    const qint64 annaId = seedAnnaAndBen();
    QVERIFY2(annaId, qPrintable(m_error));
    // What there is to erase, as seeded: three replies (a thank-you, STOP, START), three texts
    // sent (the campaign's, the opt-out's and the opt-in's confirmations), five history events.
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {anna}), 3);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND body != ''"), {anna}),
             3);
    QCOMPARE(book().history(anna).value().size(), 5);
    QCOMPARE(book().get(annaId).value().status, SubscriberStatus::Subscribed);
    QVERIFY(!whereFound(annasData).isEmpty());
    const QVector<ConsentEvent> bensHistory = book().history(ben).value();
    const QString bensMessage =
        QString::number(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND body LIKE "
                                              "'Hi Ben,%'"),
                               {ben}));
    QCOMPARE(bensMessage, QStringLiteral("1"));

    const QDateTime asked = utc(2026, 6, 10, 20, 0);
    m_clock.setNow(utc(2026, 6, 11, 9, 30));
    // The confirmation's preview says what will go, and changes nothing.
    const QString beforePreview = dump();
    Result<PersonEraser::Outcome> preview = eraser().preview(anna);
    QVERIFY2(preview, qPrintable(preview.error()));
    QVERIFY(preview.value().erased && preview.value().personDeleted && preview.value().excludedNow);
    QCOMPARE(preview.value().repliesDeleted, 3);
    QCOMPARE(preview.value().messageTextsCleared, 3);
    QCOMPARE(preview.value().historyEntriesDeleted, 5);
    QCOMPARE(dump(), beforePreview);

    Result<PersonEraser::Outcome> erased =
        eraser().erase(QStringLiteral("0151 12000001"), asked, QStringLiteral("letter of 10 June"));
    QVERIFY2(erased, qPrintable(erased.error()));
    const PersonEraser::Outcome& done = erased.value();
    QVERIFY(done.erased);
    QCOMPARE(done.phone, anna);
    QVERIFY(done.personDeleted);
    QCOMPARE(done.repliesDeleted, 3);
    QCOMPARE(done.messageTextsCleared, 3);
    QCOMPARE(done.unsentMessagesSkipped, 0);
    QCOMPARE(done.historyEntriesDeleted, 5); // subscribed again: no event proves a suppression
    QCOMPARE(done.historyEntriesCleared, 0);
    QVERIFY(done.excludedNow);
    QVERIFY(!done.previousErasureAt.isValid());

    // Nothing of Anna is left anywhere in the file, whatever the table.
    QCOMPARE(whereFound(annasData), QStringList());
    QVERIFY(!book().findByPhone(anna).value().has_value());
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM subscriber_tag WHERE subscriber_id = ?"), {annaId}),
             0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {anna}), 0);
    // The message rows stay for the campaign's figures, without their texts.
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ?"), {anna}), 3);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND body != ''"), {anna}),
             0);
    QCOMPARE(
        number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND state = 'sent'"), {anna}), 3);
    Result<CampaignTotals> totals =
        CampaignStore(db()).totals(number(QStringLiteral("SELECT id FROM campaign WHERE name = 'Spring'")));
    QVERIFY(totals);
    QCOMPARE(totals.value().total(), 2);

    // The number is excluded, with the least that proves it.
    const Suppression suppression = book().suppression(anna).value();
    QVERIFY(suppression.excluded());
    QCOMPARE(suppression.excludedAt, utc(2026, 6, 11, 9, 30));
    QVERIFY(!suppression.optedOut());
    QCOMPARE(suppression.excludeNote, QStringLiteral("personal data erased on request"));
    QCOMPARE(suppression.optOutReason, QString());
    const QVector<ConsentEvent> history = book().history(anna).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, ConsentEvent::Kind::Exclude);
    QCOMPARE(history.first().channel, ConsentEvent::Channel::Manual);
    QCOMPARE(history.first().at, utc(2026, 6, 11, 9, 30));
    QCOMPARE(history.first().reasonText, QStringLiteral("personal data erased on request"));
    QCOMPARE(history.first().actor, QStringLiteral("desk"));
    QVERIFY(history.first().source.isEmpty() && history.first().evidence.isEmpty());

    // The erasure is logged: when asked, when done, by whom.
    const QVector<Erasure> log = eraser().erasures(anna).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().id, done.erasure.id);
    QCOMPARE(log.first().phone, anna);
    QCOMPARE(log.first().requestedAt, asked);
    QCOMPARE(log.first().erasedAt, utc(2026, 6, 11, 9, 30));
    QCOMPARE(log.first().actor, QStringLiteral("desk"));
    QCOMPARE(log.first().note, QStringLiteral("letter of 10 June"));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM erasure WHERE erased_at IS NULL")), 0);

    // Ben is untouched.
    QCOMPARE(book().history(ben).value().size(), bensHistory.size());
    for (int i = 0; i < bensHistory.size(); ++i) {
        QCOMPARE(book().history(ben).value().at(i).evidence, bensHistory.at(i).evidence);
        QCOMPARE(book().history(ben).value().at(i).reasonText, bensHistory.at(i).reasonText);
    }
    QCOMPARE(book().suppression(ben).value().optOutReason, QStringLiteral("not_relevant"));
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM reply WHERE phone = ?"), {ben}), 1);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND body LIKE 'Hi Ben,%'"),
                    {ben}),
             1);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM subscriber_tag st JOIN tag t ON t.id = st.tag_id "
                                   "WHERE t.name = 'vip'")),
             1);
}

void TestErasure::keepsAnOptOutWithoutItsTexts()
{
    QVERIFY2(add(anna, QStringLiteral("Anna"), {}, QStringLiteral("form #7, signed by Anna")),
             qPrintable(m_error));
    m_clock.advanceSeconds(600);
    QVERIFY2(receive(anna, QStringLiteral("STOP")), qPrintable(m_error));
    QVERIFY(book().setOptOutReason(anna, OptOutReason::TooFrequent).value());
    const ConsentEvent optOut = book().history(anna).value().constLast();
    QCOMPARE(optOut.kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(optOut.channel, ConsentEvent::Channel::Keyword);
    QVERIFY(!optOut.evidence.isEmpty());
    const Suppression before = book().suppression(anna).value();
    // The confirmation of the opt-out waits in the outbox: it must not go out empty.
    QCOMPARE(
        number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND state = 'queued'"), {anna}),
        1);

    m_clock.advanceSeconds(600);
    Result<PersonEraser::Outcome> erased = eraser().erase(anna);
    QVERIFY2(erased, qPrintable(erased.error()));
    QVERIFY(erased.value().erased);
    QVERIFY(!erased.value().excludedNow);              // already opted out: that suppression is enough
    QCOMPARE(erased.value().historyEntriesDeleted, 1); // the consent
    QCOMPARE(erased.value().historyEntriesCleared, 1); // the opt-out, kept
    QCOMPARE(erased.value().repliesDeleted, 1);
    QCOMPARE(erased.value().messageTextsCleared, 1);
    QCOMPARE(erased.value().unsentMessagesSkipped, 1);

    const QVector<ConsentEvent> history = book().history(anna).value();
    QCOMPARE(history.size(), 1);
    const ConsentEvent& kept = history.first();
    QCOMPARE(kept.id, optOut.id);
    QCOMPARE(kept.kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(kept.at, optOut.at);
    QCOMPARE(kept.recordedAt, optOut.recordedAt);
    QCOMPARE(kept.channel, ConsentEvent::Channel::Keyword);
    QCOMPARE(kept.source, QString());
    QCOMPARE(kept.evidence, QString());
    QCOMPARE(kept.reasonCode, QString());
    QCOMPARE(kept.reasonText, QString());

    const Suppression after = book().suppression(anna).value();
    QCOMPARE(after.optedOutAt, before.optedOutAt);
    QCOMPARE(after.optOutReason, QString());
    QVERIFY(!after.excluded());
    QCOMPARE(after.excludeNote, QString());

    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND state = 'skipped' AND "
                                   "reason = 'unsubscribed' AND body = ''"),
                    {anna}),
             1);
    RecordingGateway gateway;
    QVERIFY2(dispatch(gateway), qPrintable(m_error));
    QCOMPARE(gateway.sentTo, QStringList());
}

void TestErasure::campaignsNeverReachTheNumberAgain()
{
    QVERIFY2(add(anna, QStringLiteral("Anna"), {}), qPrintable(m_error));
    QVERIFY2(add(carl, QStringLiteral("Carl"), {}), qPrintable(m_error));
    // A campaign started before the request, not sent yet.
    const qint64 before = startCampaign(QStringLiteral("Before"), QStringLiteral("Hi {first_name}!"));
    QVERIFY2(before, qPrintable(m_error));

    Result<PersonEraser::Outcome> erased = eraser().erase(anna);
    QVERIFY2(erased, qPrintable(erased.error()));
    QCOMPARE(erased.value().unsentMessagesSkipped, 1);

    // Added again (an import, a new form): the number stays excluded, and the person is told.
    m_clock.advanceSeconds(3600);
    Subscriber again;
    again.phone = anna;
    again.firstName = QStringLiteral("Anna");
    Result<AddressBook::Added> added =
        book().add(again, ConsentRecord{QStringLiteral("web form"), QStringLiteral("log 9"), {}});
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY2(added.value().notices.join(QLatin1Char(' ')).contains(QStringLiteral("stays excluded")),
             qPrintable(added.value().notices.join(QLatin1Char(' '))));
    QCOMPARE(book().get(added.value().id).value().status, SubscriberStatus::Excluded);

    const qint64 after = startCampaign(QStringLiteral("After"), QStringLiteral("Hi {first_name}, news!"));
    QVERIFY2(after, qPrintable(m_error));
    RecordingGateway gateway;
    QVERIFY2(dispatch(gateway), qPrintable(m_error));
    QCOMPARE(gateway.sentTo, (QStringList{carl, carl}));
    for (qint64 campaign : {before, after}) {
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message WHERE campaign_id = ? AND phone = ? AND "
                                       "state = 'skipped' AND reason = 'excluded'"),
                        {campaign, anna}),
                 1);
    }
}

void TestErasure::aNumberNobodyKnowsIsExcludedAndLogged()
{
    // The request can come before the person is found: the number is suppressed all the same.
    Result<PersonEraser::Outcome> erased =
        eraser().erase(QStringLiteral("+49 151 12000099"), {}, QStringLiteral("call"));
    QVERIFY2(erased, qPrintable(erased.error()));
    const PersonEraser::Outcome& done = erased.value();
    QVERIFY(done.erased);
    QVERIFY(done.excludedNow);
    QVERIFY(!done.personDeleted);
    QCOMPARE(done.repliesDeleted + done.messageTextsCleared + done.historyEntriesDeleted +
                 done.historyEntriesCleared + done.unsentMessagesSkipped,
             0);
    QCOMPARE(done.erasure.requestedAt, utc(2026, 6, 10, 10, 0)); // asked now
    QVERIFY(book().suppression(QStringLiteral("+4915112000099")).value().excluded());
    const QVector<ConsentEvent> history = book().history(QStringLiteral("+4915112000099")).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, ConsentEvent::Kind::Exclude);
    QCOMPARE(eraser().erasures(QStringLiteral("+4915112000099")).value().size(), 1);
}

void TestErasure::erasingTwiceIsHarmless()
{
    QVERIFY2(add(anna, QStringLiteral("Anna"), {QStringLiteral("vip")}), qPrintable(m_error));
    Result<PersonEraser::Outcome> first = eraser().erase(anna);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first.value().erased);
    const QString afterFirst = dump();

    m_clock.advanceSeconds(86400);
    Result<PersonEraser::Outcome> second = eraser().erase(anna, {}, QStringLiteral("asked again"));
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!second.value().erased);
    QCOMPARE(second.value().previousErasureAt, utc(2026, 6, 10, 10, 0));
    QVERIFY(second.value().suppression.excluded());
    QCOMPARE(dump(), afterFirst); // nothing changed, nothing logged twice

    // Something new came in since (a reply): then there is something to erase, and it is logged.
    QVERIFY2(receive(anna, QStringLiteral("Is the shop open on Sunday? - Anna")), qPrintable(m_error));
    m_clock.advanceSeconds(60);
    Result<PersonEraser::Outcome> third = eraser().erase(anna);
    QVERIFY2(third, qPrintable(third.error()));
    QVERIFY(third.value().erased);
    QCOMPARE(third.value().repliesDeleted, 1);
    QCOMPARE(third.value().historyEntriesDeleted, 0);
    QCOMPARE(third.value().previousErasureAt, utc(2026, 6, 10, 10, 0));
    QCOMPARE(eraser().erasures(anna).value().size(), 2);
    QCOMPARE(whereFound({QStringLiteral("Sunday? - Anna")}), QStringList());
    // The first erasure's exclusion keeps its note.
    QCOMPARE(book().history(anna).value().size(), 1);
    QCOMPARE(book().history(anna).value().first().reasonText,
             QStringLiteral("personal data erased on request"));
}

void TestErasure::aFailureHalfwayLeavesEverythingAsItWas_data()
{
    QTest::addColumn<QString>("failingTrigger");
    // Midway: after the person, the replies and the history are gone, when the texts are cleared.
    QTest::newRow("clearing the texts")
        << QStringLiteral("CREATE TEMP TRIGGER fail BEFORE UPDATE OF body ON message BEGIN SELECT "
                          "RAISE(ABORT, 'disk I/O error'); "
                          "END");
    // At the very end, when the log entry is closed.
    QTest::newRow("closing the log entry") << QStringLiteral(
        "CREATE TEMP TRIGGER fail BEFORE UPDATE OF erased_at ON erasure BEGIN SELECT RAISE(ABORT, 'disk I/O "
        "error'); END");
}

void TestErasure::aFailureHalfwayLeavesEverythingAsItWas()
{
    QFETCH(QString, failingTrigger);
    QVERIFY2(seedAnnaAndBen(), qPrintable(m_error));
    QCOMPARE(exec(failingTrigger), QString());
    const QString before = dump();

    Result<PersonEraser::Outcome> erased = eraser().erase(anna);
    QVERIFY(!erased);
    QVERIFY2(erased.error().contains(QStringLiteral("disk I/O error")), qPrintable(erased.error()));
    QCOMPARE(dump(), before);
    QVERIFY(book().findByPhone(anna).value().has_value());
    QCOMPARE(book().history(anna).value().size(), 5);

    // Once the trouble is gone, the same request goes through.
    QCOMPARE(exec(QStringLiteral("DROP TRIGGER temp.fail")), QString());
    Result<PersonEraser::Outcome> retried = eraser().erase(anna);
    QVERIFY2(retried, qPrintable(retried.error()));
    QVERIFY(retried.value().erased);
    QCOMPARE(whereFound(annasData), QStringList());
}

void TestErasure::historyStaysAppendOnlyForEverythingElse()
{
    // Anna opted out (her latest event proves it); Ben gave consent.
    QVERIFY2(add(anna, QStringLiteral("Anna"), {}), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben"), {}), qPrintable(m_error));
    QVERIFY(book().unsubscribe(anna, OptOutReason::TooFrequent, QStringLiteral("too many")).value());
    const QString refused = QStringLiteral("append-only");
    const QString now = Timestamps::toDb(Clock::currentUtc()).toString();

    // Without an erasure, nobody changes anybody's history.
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET evidence = '' WHERE phone = ?"), {anna})
                .contains(refused));
    QVERIFY(exec(QStringLiteral("DELETE FROM consent_event WHERE phone = ?"), {anna}).contains(refused));
    QVERIFY(exec(QStringLiteral("DELETE FROM consent_event WHERE phone = ?"), {ben}).contains(refused));

    // While Anna's erasure is open, in its own transaction:
    QCOMPARE(exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
    QCOMPARE(exec(QStringLiteral("INSERT INTO erasure (phone, requested_at) VALUES (?, ?)"), {anna, now}),
             QString());
    // ... Ben's history stays as it is,
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET evidence = '' WHERE phone = ?"), {ben})
                .contains(refused));
    QVERIFY(exec(QStringLiteral("DELETE FROM consent_event WHERE phone = ?"), {ben}).contains(refused));
    // ... Anna's may only lose texts: not be rewritten, moved or redated,
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET evidence = 'forged' WHERE phone = ?"), {anna})
                .contains(refused));
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET at = '2020-01-01T00:00:00.000Z' WHERE phone = ?"),
                 {anna})
                .contains(refused));
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET phone = ? WHERE phone = ?"), {ben, anna})
                .contains(refused));
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET kind = 'opt_in' WHERE phone = ?"), {anna})
                .contains(refused));
    // ... and the opt-out that proves her suppression stays,
    QVERIFY(exec(QStringLiteral("DELETE FROM consent_event WHERE phone = ? AND kind = 'opt_out'"), {anna})
                .contains(refused));
    // ... while her consent may go and her texts may be blanked.
    QCOMPARE(exec(QStringLiteral("DELETE FROM consent_event WHERE phone = ? AND kind = 'opt_in'"), {anna}),
             QString());
    QCOMPARE(
        exec(QStringLiteral("UPDATE consent_event SET reason_text = '', reason_code = '' WHERE phone = ?"),
             {anna}),
        QString());
    QCOMPARE(exec(QStringLiteral("ROLLBACK")), QString());
    QCOMPARE(book().history(anna).value().size(), 2);
    QCOMPARE(book().history(anna).value().last().reasonText, QStringLiteral("too many"));

    // After an erasure is done, what is left is append-only again.
    Result<PersonEraser::Outcome> erased = eraser().erase(anna);
    QVERIFY2(erased, qPrintable(erased.error()));
    QCOMPARE(book().history(anna).value().size(), 1);
    QVERIFY(exec(QStringLiteral("DELETE FROM consent_event WHERE phone = ?"), {anna}).contains(refused));
    QVERIFY(exec(QStringLiteral("UPDATE consent_event SET channel = 'import' WHERE phone = ?"), {anna})
                .contains(refused));
    // And an upsert cannot slip past the triggers either.
    QVERIFY(exec(QStringLiteral(
                     "INSERT INTO consent_event (id, phone, kind, at, recorded_at, channel) SELECT id, "
                     "phone, 'opt_in', at, recorded_at, channel FROM consent_event WHERE phone = ? "
                     "ON CONFLICT(id) DO UPDATE SET kind = 'opt_in'"),
                 {anna})
                .contains(refused));
    QCOMPARE(book().history(anna).value().first().kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(book().history(ben).value().size(), 1);
}

void TestErasure::erasureLogOnlyGrows()
{
    Result<PersonEraser::Outcome> erased = eraser().erase(anna, {}, QStringLiteral("letter"));
    QVERIFY2(erased, qPrintable(erased.error()));
    const QString refused = QStringLiteral("only grows");
    QVERIFY(exec(QStringLiteral("UPDATE erasure SET note = 'x'")).contains(refused));
    QVERIFY(exec(QStringLiteral("UPDATE erasure SET erased_at = NULL")).contains(refused));
    QVERIFY(exec(QStringLiteral("UPDATE erasure SET requested_at = '2020-01-01T00:00:00.000Z'"))
                .contains(refused));
    QVERIFY(exec(QStringLiteral("DELETE FROM erasure")).contains(refused));
    QVERIFY(exec(QStringLiteral(
                     "INSERT OR REPLACE INTO erasure (id, phone, requested_at, erased_at) VALUES (?, ?, "
                     "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')"),
                 {erased.value().erasure.id, ben})
                .contains(refused));
    const QVector<Erasure> log = eraser().erasures(anna).value();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().note, QStringLiteral("letter"));
}

void TestErasure::refusesBadInputAndWritesNothing()
{
    QVERIFY2(add(anna, QStringLiteral("Anna"), {}), qPrintable(m_error));
    const QString before = dump();
    Result<PersonEraser::Outcome> invalid = eraser().erase(QStringLiteral("0151 12"));
    QVERIFY(!invalid);
    QVERIFY2(invalid.error().contains(QStringLiteral("0151 12")), qPrintable(invalid.error()));
    Result<PersonEraser::Outcome> future = eraser().erase(anna, Clock::currentUtc().addDays(1));
    QVERIFY(!future);
    QVERIFY2(future.error().contains(QStringLiteral("future")), qPrintable(future.error()));
    QCOMPARE(dump(), before);
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
