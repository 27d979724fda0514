// Replies (MO) through a real Kannel while a campaign is sending: bearerbox + smsbox + fakesmsc on
// 127.0.0.1, started by kannel-harness.py, whose sms-service get-url points at the CallbackServer
// of `textwell-cli send --due`. Handsets "answer" through fakesmsc's FIFO; Kannel hands each reply
// to the CLI, which stores it, acts on it and sends the confirmations through Kannel. Afterwards
// the database and fakesmsc's log must show: no campaign message to a number after its STOP, one
// confirmation per opt-out and none for a repeated STOP, START re-subscribing, and the consent
// history with the replies' own words.
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/outboxmessage.h"
#include "contacts/addressbook.h"
#include "fakesmsclog.h"
#include "kannelapp.h"
#include "relaxedrulepacks.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/timestamps.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace textwell;

namespace {

using kannelapp::env;

constexpr int Recipients = 1000;
// Messages per second: slow enough that the campaign is still sending while the replies come
// (fakesmsc takes one line a second), fast enough to finish well within the harness's time.
constexpr int SendRate = 25;

// One reply a handset sends, as a fakesmsc line, and what the app must make of it.
struct Injected
{
    Injected(QString phone_, QString from_, QByteArray type_, QByteArray data_, QString body_, QString kind_,
             QString action_)
        : phone(std::move(phone_)), from(std::move(from_)), type(std::move(type_)), data(std::move(data_)),
          body(std::move(body_)), kind(std::move(kind_)), action(std::move(action_))
    {}

    QString phone;   // E.164, as in the address book
    QString from;    // as the handset's network gives it to Kannel (often without the '+')
    QByteArray type; // fakesmsc's message type: "text" (literal UTF-8) or "ucs2" (UTF-16BE, url-encoded)
    QByteArray data; // what follows the type on the line
    QString body;    // the text as the app must store it (Kannel's mo-recode gives UTF-8)
    QString kind;    // the reply's classification
    QString action;  // what the app did about it
    qint64 replyId = 0;
    QDateTime recordedAt;
};

QByteArray ucs2UrlEncoded(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    // Every byte escaped, as a handset's UCS-2 SMS looks in fakesmsc's format.
    QByteArray out;
    for (const char b : bytes)
        out += '%' + QByteArray(1, b).toHex().toUpper();
    return out;
}

} // namespace

class TestRepliesKannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repliesDuringCampaignStopTheirMessages();

private:
    bool inject(QFile& fifo, const Injected& reply);

    FakeSmscLog m_log{env("TEXTWELL_FAKESMSC_LOG")};
};

void TestRepliesKannel::initTestCase()
{
    QVERIFY2(!env("TEXTWELL_KANNEL_URL").isEmpty(), "run through tests/integration/kannel-harness.py");
    // The harness's sms-service get-url points at this port, with this token.
    QVERIFY2(!env("TEXTWELL_CALLBACK_PORT").isEmpty() && !env("TEXTWELL_CALLBACK_TOKEN").isEmpty(),
             "the harness must point Kannel's MO URL at the app (no --mo-url)");
    QVERIFY(QFile::exists(env("TEXTWELL_FAKESMSC_FIFO")));
}

bool TestRepliesKannel::inject(QFile& fifo, const Injected& reply)
{
    const QByteArray line = reply.from.toUtf8() + ' ' + env("TEXTWELL_KANNEL_FROM").toUtf8() + ' ' +
                            reply.type + ' ' + reply.data + '\n';
    const bool written = fifo.write(line) == line.size();
    // fakesmsc takes one line per interval (1 s): lines closer together get lost.
    QTest::qWait(1500);
    return written;
}

void TestRepliesKannel::repliesDuringCampaignStopTheirMessages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("replies.sqlite"));
    auto opened = Connection::open(path, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<Connection> db = opened.takeValue();
    QVERIFY(relaxRulePacks(db->database())); // German consents count, at any hour

    // 1,000 people who all may get the campaign, in three languages.
    {
        static const QStringList languages = {QStringLiteral("de"), QStringLiteral("ru"),
                                              QStringLiteral("en")};
        AddressBook book(db->database(), QStringLiteral("DE"), QStringLiteral("test"));
        for (int i = 0; i < Recipients; ++i) {
            Subscriber s;
            s.phone = QStringLiteral("+49151%1").arg(30'000'000 + i, 8, 10, QLatin1Char('0'));
            s.firstName = QStringLiteral("Kunde %1").arg(i);
            s.language = languages.at(i % languages.size());
            auto added = book.add(s, ConsentRecord{QStringLiteral("paper form"),
                                                   QStringLiteral("form %1").arg(i), QDateTime()});
            QVERIFY2(added, qPrintable(added.error()));
        }
    }
    // Kannel as the gateway, the listener on the harness's port with its token.
    const QString problem = kannelapp::configure(db->database(), SendRate);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Campaign c;
    c.name = QStringLiteral("Replies test");
    c.segmentName = QStringLiteral("Everyone");
    c.rule = SegmentRule().toJsonText();
    c.body = QStringLiteral("Sale ends Sunday, {first_name|friend}!");
    Result<qint64> created = CampaignStore(db->database()).create(c);
    QVERIFY2(created, qPrintable(created.error()));
    const qint64 campaignId = created.value();
    Result<qint64> started = CampaignStarter(db->database()).start(campaignId);
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(started.value(), qint64(Recipients));

    // The numbers that reply: the campaign's last five in sending order, so that each reply
    // arrives long before its message's turn.
    QStringList last;
    {
        QSqlQuery q(db->database());
        q.prepare(QStringLiteral("SELECT phone FROM message WHERE campaign_id = ? AND state = 'queued' "
                                 "ORDER BY next_attempt_at DESC, id DESC LIMIT 5"));
        q.addBindValue(campaignId);
        QVERIFY(q.exec());
        while (q.next())
            last.prepend(q.value(0).toString());
    }
    QCOMPARE(last.size(), 5);
    auto digits = [](const QString& e164) { return e164.mid(1); };
    const QString stopUcs2 = QStringLiteral("СТОП");
    // a: "СТОП" typed on a handset that sends UCS-2; b: "Stop." with the '+' (Kannel sends
    // %2B); c: German without a keyword; d: "СТОП" as UTF-8 text; e: STOP, then START.
    Injected a{last.at(0),
               digits(last.at(0)),
               "ucs2",
               ucs2UrlEncoded(stopUcs2),
               stopUcs2,
               QStringLiteral("opt_out"),
               QStringLiteral("opted_out")};
    Injected b{last.at(1),
               last.at(1),
               "text",
               "Stop.",
               QStringLiteral("Stop."),
               QStringLiteral("opt_out"),
               QStringLiteral("opted_out")};
    Injected cc{last.at(2),
                digits(last.at(2)),
                "text",
                "bitte keine SMS mehr",
                QStringLiteral("bitte keine SMS mehr"),
                QStringLiteral("opt_out"),
                QStringLiteral("opted_out")};
    Injected d{last.at(3),
               digits(last.at(3)),
               "text",
               stopUcs2.toUtf8(),
               stopUcs2,
               QStringLiteral("opt_out"),
               QStringLiteral("opted_out")};
    Injected eStop{last.at(4),
                   digits(last.at(4)),
                   "text",
                   "STOP",
                   QStringLiteral("STOP"),
                   QStringLiteral("opt_out"),
                   QStringLiteral("opted_out")};
    Injected eStart{last.at(4),
                    digits(last.at(4)),
                    "text",
                    "START",
                    QStringLiteral("START"),
                    QStringLiteral("opt_in"),
                    QStringLiteral("opted_in")};
    // A second STOP from a number that has already left: stored, no second confirmation.
    Injected again{a.phone,
                   a.from,
                   "text",
                   "STOP",
                   QStringLiteral("STOP"),
                   QStringLiteral("opt_out"),
                   QStringLiteral("already_opted_out")};
    QVector<Injected*> replies = {&a, &b, &cc, &d, &eStop, &eStart, &again};
    const QVector<Injected*> optedOut = {&a, &b, &cc, &d};
    db.reset(); // the CLI is the only writer while it runs

    // The sender, listening for delivery reports and replies while it sends.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEXTWELL_GATEWAY_SECRET"), env("TEXTWELL_KANNEL_PASSWORD"));
    QProcess sender;
    sender.setProcessEnvironment(environment);
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    sender.start(QStringLiteral(TEXTWELL_CLI),
                 {QStringLiteral("--database"), path, QStringLiteral("send"), QStringLiteral("--due"),
                  QStringLiteral("--wait-reports"), QStringLiteral("3")});
    QVERIFY(sender.waitForStarted(10'000));
    const auto stopSender = qScopeGuard([&] {
        if (sender.state() != QProcess::NotRunning) {
            sender.kill();
            sender.waitForFinished(10'000);
        }
    });

    // Once the campaign is under way, the handsets answer.
    QVERIFY2(m_log.waitForMessages(50, 60'000), "the campaign did not start going out");
    const qint64 injectedFrom = clock.elapsed();
    {
        QFile fifo(env("TEXTWELL_FAKESMSC_FIFO"));
        QVERIFY(fifo.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        for (const Injected* r : {&a, &b, &cc, &d, &eStop}) {
            QVERIFY(inject(fifo, *r));
        }
        QTest::qWait(1000); // START a clear second after its STOP
        QVERIFY(inject(fifo, eStart));
        QVERIFY(inject(fifo, again));
    }
    const qint64 injectedUntil = clock.elapsed();
    const int sentWhileInjecting = m_log.messages().size();
    QVERIFY2(sentWhileInjecting < Recipients - 50,
             qPrintable(QStringLiteral("the campaign was nearly done (%1 sent) before the replies were in")
                            .arg(sentWhileInjecting)));

    QVERIFY2(sender.waitForFinished(180'000 - int(clock.elapsed())), "send --due did not finish in time");
    const QByteArray out = sender.readAllStandardOutput();
    QVERIFY2(sender.exitStatus() == QProcess::NormalExit && sender.exitCode() == 0, out.constData());
    qInfo(
        "1000 recipients at %d/s: send --due took %lld ms; 7 replies injected from %lld to %lld ms, with %d "
        "messages out by then",
        SendRate, clock.elapsed(), injectedFrom, injectedUntil, sentWhileInjecting);

    auto reopened = Connection::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    db = reopened.takeValue();
    QSqlDatabase sql = db->database();

    // Every reply stored once, from Kannel with its id, taken for what it is and acted on.
    {
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reply")) && q.next());
        QCOMPARE(q.value(0).toInt(), replies.size());
    }
    for (Injected* r : replies) {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral(
            "SELECT id, kind, action, source, source_id, recorded_at FROM reply WHERE phone = ? "
            "AND body = ? AND action = ?"));
        q.addBindValue(r->phone);
        q.addBindValue(r->body);
        q.addBindValue(r->action);
        QVERIFY(q.exec());
        QVERIFY2(
            q.next(),
            qPrintable(
                QStringLiteral("no reply “%1” from %2 with action %3").arg(r->body, r->phone, r->action)));
        r->replyId = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), r->kind);
        QCOMPARE(q.value(3).toString(), QStringLiteral("kannel"));
        QVERIFY(!q.value(4).toString().isEmpty()); // Kannel's %I
        r->recordedAt = Timestamps::fromDb(q.value(5));
        QVERIFY(r->recordedAt.isValid());
        QVERIFY(!q.next());
    }

    // The campaign went on after the last reply: the replies came while it was sending.
    {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT MAX(claimed_at) FROM message WHERE campaign_id = ?"));
        q.addBindValue(campaignId);
        QVERIFY(q.exec() && q.next());
        const QDateTime lastClaim = Timestamps::fromDb(q.value(0));
        QVERIFY2(lastClaim > again.recordedAt,
                 qPrintable(QStringLiteral("the last message was claimed at %1, before the last reply (%2)")
                                .arg(lastClaim.toString(Qt::ISODateWithMs),
                                     again.recordedAt.toString(Qt::ISODateWithMs))));
    }

    struct Row
    {
        qint64 id = 0;
        QString state;
        QString reason;
        QDateTime claimedAt;
        QDateTime sentAt;
        QDateTime updatedAt;
        QString body;
    };
    auto messagesOf = [&](const QString& phone, const QString& purpose) {
        QVector<Row> rows;
        QSqlQuery q(sql);
        q.prepare(QStringLiteral(
            "SELECT id, state, reason, claimed_at, sent_at, updated_at, body FROM message WHERE "
            "phone = ? AND purpose = ? ORDER BY id"));
        q.addBindValue(phone);
        q.addBindValue(purpose);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            rows.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            Timestamps::fromDb(q.value(3)), Timestamps::fromDb(q.value(4)),
                            Timestamps::fromDb(q.value(5)), q.value(6).toString()});
        return rows;
    };
    const QStringList wentOut = {QStringLiteral("sent"), QStringLiteral("delivered")};

    // The opted-out numbers: their campaign message skipped after the reply came, never sent;
    // one confirmation each, which went out.
    for (const Injected* r : optedOut) {
        const QVector<Row> campaign = messagesOf(r->phone, OutboxPurpose::Campaign);
        QCOMPARE(campaign.size(), 1);
        const Row& m = campaign.first();
        QVERIFY2(
            m.state == QLatin1String("skipped") && m.reason == OutboxMessage::Unsubscribed,
            qPrintable(QStringLiteral("%1's campaign message is %2 (%3)").arg(r->phone, m.state, m.reason)));
        QVERIFY(!m.sentAt.isValid());
        QVERIFY(!m.claimedAt.isValid());
        QVERIFY2(m.updatedAt >= r->recordedAt,
                 qPrintable(QStringLiteral("%1: skipped at %2, before the reply was stored at %3")
                                .arg(r->phone, m.updatedAt.toString(Qt::ISODateWithMs),
                                     r->recordedAt.toString(Qt::ISODateWithMs))));
        const QVector<Row> confirmations = messagesOf(r->phone, OutboxPurpose::OptOutConfirmation);
        QCOMPARE(confirmations.size(), 1);
        QVERIFY2(wentOut.contains(confirmations.first().state), qPrintable(confirmations.first().state));
        QVERIFY(messagesOf(r->phone, OutboxPurpose::OptInConfirmation).isEmpty());
    }
    // The confirmations answer the first STOP of each number, ahead of the campaign's queue; the
    // repeated STOP got none.
    {
        qint64 slowest = 0;
        for (const Injected* r : {&a, &b, &cc, &d, &eStop, &eStart}) {
            const QVector<Row> answer =
                messagesOf(r->phone, r == &eStart ? OutboxPurpose::OptInConfirmation
                                                  : OutboxPurpose::OptOutConfirmation);
            QCOMPARE(answer.size(), 1);
            slowest = std::max(slowest, r->recordedAt.msecsTo(answer.first().claimedAt));
        }
        qInfo("confirmations went out at most %lld ms after their reply was stored", slowest);
        QVERIFY2(slowest >= 0 && slowest < 5000, qPrintable(QString::number(slowest)));
    }
    {
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT reply_id, campaign_id IS NULL FROM message WHERE purpose = "
                                      "'opt_out_confirmation' ORDER BY reply_id")));
        QList<qint64> answered;
        while (q.next()) {
            answered.append(q.value(0).toLongLong());
            QVERIFY(q.value(1).toBool());
        }
        QCOMPARE(answered, QList<qint64>({a.replyId, b.replyId, cc.replyId, d.replyId, eStop.replyId}));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM message WHERE reply_id = ?"));
        q.addBindValue(again.replyId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // The number that came back: confirmed both ways, and its campaign message not sent while it
    // was unsubscribed (it may have gone out after START).
    {
        QVERIFY(eStop.recordedAt < eStart.recordedAt);
        QCOMPARE(messagesOf(eStop.phone, OutboxPurpose::OptOutConfirmation).size(), 1);
        const QVector<Row> welcome = messagesOf(eStop.phone, OutboxPurpose::OptInConfirmation);
        QCOMPARE(welcome.size(), 1);
        QVERIFY2(wentOut.contains(welcome.first().state), qPrintable(welcome.first().state));
        const QVector<Row> campaign = messagesOf(eStop.phone, OutboxPurpose::Campaign);
        QCOMPARE(campaign.size(), 1);
        const Row& m = campaign.first();
        const QDateTime at = m.claimedAt.isValid() ? m.claimedAt : m.sentAt;
        if (at.isValid())
            QVERIFY2(at < eStop.recordedAt || at > eStart.recordedAt,
                     qPrintable(QStringLiteral("%1 was sent at %2, between its STOP and START")
                                    .arg(eStop.phone, at.toString(Qt::ISODateWithMs))));
        if (m.state == QLatin1String("skipped"))
            QCOMPARE(m.reason, OutboxMessage::Unsubscribed);
        qInfo(
            "%s (STOP, then START): its campaign message is %s%s", qPrintable(eStop.phone),
            qPrintable(m.state),
            at.isValid()
                ? qPrintable(QStringLiteral(", claimed %1 ms after START").arg(eStart.recordedAt.msecsTo(at)))
                : "");
    }

    // The suppression list and the consent history: one keyword event per change, with the
    // reply's own words as evidence; the repeated STOP changed nothing.
    for (const Injected* r : optedOut) {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT opted_out_at IS NOT NULL FROM suppression WHERE phone = ?"));
        q.addBindValue(r->phone);
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toBool(), qPrintable(r->phone));
    }
    {
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT opted_out_at IS NULL FROM suppression WHERE phone = ?"));
        q.addBindValue(eStart.phone);
        QVERIFY(q.exec());
        QVERIFY(!q.next() || q.value(0).toBool());
    }
    // Taken from the replies themselves: a keyword (STOP) or an opt-out said in words.
    auto keywordEvents = [&](const QString& phone) {
        QStringList events;
        QSqlQuery q(sql);
        q.prepare(QStringLiteral("SELECT kind, evidence FROM consent_event WHERE phone = ? AND channel IN "
                                 "('keyword', 'reply') ORDER BY id"));
        q.addBindValue(phone);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            events.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
        return events;
    };
    auto quoted = [](const QString& body) { return QStringLiteral("“%1”").arg(body); };
    for (const Injected* r : optedOut)
        QCOMPARE(keywordEvents(r->phone), QStringList{QStringLiteral("opt_out ") + quoted(r->body)});
    QCOMPARE(keywordEvents(eStop.phone), QStringList({QStringLiteral("opt_out ") + quoted(eStop.body),
                                                      QStringLiteral("opt_in ") + quoted(eStart.body)}));

    // What Kannel delivered: each confirmation exactly once, nothing else to the opted-out
    // numbers, and the campaign once to everyone else.
    int expectedOut = 0;
    {
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM message WHERE state IN ('sent', 'delivered')")) &&
                q.next());
        expectedOut = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM message WHERE state NOT IN ('sent', 'delivered', "
                                      "'skipped')")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QVERIFY2(
        m_log.waitForMessages(expectedOut, 30'000),
        qPrintable(QStringLiteral("fakesmsc has %1 of %2").arg(m_log.messages().size()).arg(expectedOut)));
    QTest::qWait(1000); // anything more would show now
    m_log.refresh();
    QCOMPARE(m_log.messages().size(), expectedOut);
    QMap<QString, int> perPhone;
    for (const FakeSmscMessage& m : m_log.messages())
        ++perPhone[m.to];
    for (const Injected* r : optedOut) {
        const QVector<FakeSmscMessage> got = m_log.messagesTo(r->phone);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().text, messagesOf(r->phone, OutboxPurpose::OptOutConfirmation).first().body);
    }
    {
        const QVector<FakeSmscMessage> got = m_log.messagesTo(eStop.phone);
        const QString bye = messagesOf(eStop.phone, OutboxPurpose::OptOutConfirmation).first().body;
        const QString welcome = messagesOf(eStop.phone, OutboxPurpose::OptInConfirmation).first().body;
        const Row campaign = messagesOf(eStop.phone, OutboxPurpose::Campaign).first();
        QCOMPARE(
            std::count_if(got.cbegin(), got.cend(), [&](const FakeSmscMessage& m) { return m.text == bye; }),
            1);
        QCOMPARE(std::count_if(got.cbegin(), got.cend(),
                               [&](const FakeSmscMessage& m) { return m.text == welcome; }),
                 1);
        QCOMPARE(got.size(), 2 + (wentOut.contains(campaign.state) ? 1 : 0));
    }
    int campaignOut = 0;
    for (auto it = perPhone.cbegin(); it != perPhone.cend(); ++it) {
        if (it.key() == eStop.phone || std::any_of(optedOut.cbegin(), optedOut.cend(),
                                                   [&](const Injected* r) { return r->phone == it.key(); }))
            continue;
        QVERIFY2(it.value() == 1,
                 qPrintable(QStringLiteral("%1 got %2 messages").arg(it.key()).arg(it.value())));
        ++campaignOut;
    }
    QCOMPARE(campaignOut, Recipients - 5);
}

QTEST_GUILESS_MAIN(TestRepliesKannel)
#include "tst_replieskannel.moc"
