// Consent that holds up (issue 8) end to end through a real Kannel: bearerbox + smsbox + fakesmsc on
// 127.0.0.1, started by kannel-harness.py, whose sms-service get-url points at the CallbackServer of
// `textwell-cli send --due`. Handsets text JOIN or JA through fakesmsc's FIFO; what the app sends
// back (the welcome, the confirmation request, campaigns) is read from fakesmsc's log.
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/outboxmessage.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "fakesmsclog.h"
#include "inbound/inbox.h"
#include "kannelapp.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/timestamps.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace textwell;
using kannelapp::env;

namespace {

const QString BusinessName = QStringLiteral("Blumen Koch");

// What the CLI printed and how it ended.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray describe() const { return "exit " + QByteArray::number(exitCode) + ": " + out + err; }
};

// One reply row as the Inbox stored it.
struct StoredRow
{
    qint64 id = 0;
    QString body;
    QString action;
    bool handled = false;
    QString source;
    QDateTime receivedAt;
};

// One outbox row.
struct OutRow
{
    QString purpose;
    QString state;
    QString reason;
    QString body;
    bool marketing = false;
    qint64 campaignId = 0;
};

} // namespace

class TestConsentKannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void joinByTextSubscribesAndWelcomes();
    void doubleOptInConfirmedByReply();

private:
    QSqlDatabase db();
    void closeDb() { m_db.reset(); }
    // On the connection open now: the CLI's runs close it.
    AddressBook addressBook() { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("test")); }
    CliRun cli(const QStringList& args);
    // `send --due` listening for replies for waitSeconds once it sent what was due.
    void startSender(QProcess& sender, int waitSeconds);
    qint64 startCampaign(const QString& name, const QString& body);
    QVector<StoredRow> repliesFrom(const QString& phone);
    QVector<OutRow> messagesTo(const QString& phone);
    // The lines of `report consent NUMBER` as CSV, the line ends taken off.
    QStringList consentRecord(const QString& phone);
    // The start of a consent history line in that report.
    static QString historyLine(const QDateTime& at, const QString& how, const QString& source,
                               const QString& evidence);
    // The texts fakesmsc got for a number, once `count` of them are there, and no more a moment later.
    QStringList arrivedAt(const QString& phone, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_db;
    QString m_path;
    // fakesmsc's log holds both tests' messages: each test uses its own numbers.
    FakeSmscLog m_log{env("TEXTWELL_FAKESMSC_LOG")};
};

void TestConsentKannel::initTestCase()
{
    QVERIFY2(!env("TEXTWELL_KANNEL_URL").isEmpty(), "run through tests/integration/kannel-harness.py");
    QVERIFY2(!env("TEXTWELL_CALLBACK_PORT").isEmpty() && !env("TEXTWELL_CALLBACK_TOKEN").isEmpty(),
             "the harness must point Kannel's MO URL at the app (no --mo-url)");
    QVERIFY(QFile::exists(env("TEXTWELL_FAKESMSC_FIFO")));
}

void TestConsentKannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("consent.sqlite"));
    auto opened = Connection::open(m_path, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = opened.takeValue();
    const QString problem = kannelapp::configure(db(), 100);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    BusinessSettings settings(db());
    QVERIFY(settings.setValue(BusinessSettings::Key::BusinessName, BusinessName));
    QVERIFY(settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
}

void TestConsentKannel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QSqlDatabase TestConsentKannel::db()
{
    if (!m_db) {
        auto opened = Connection::open(m_path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        m_db = opened.takeValue();
    }
    return m_db->database();
}

CliRun TestConsentKannel::cli(const QStringList& args)
{
    closeDb(); // the CLI is the only writer while it runs
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEXTWELL_GATEWAY_SECRET"), env("TEXTWELL_KANNEL_PASSWORD"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TEXTWELL_CLI), QStringList{QStringLiteral("--database"), m_path} + args);
    CliRun run;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished(10'000);
        run.err = "did not finish within 60 s";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestConsentKannel::startSender(QProcess& sender, int waitSeconds)
{
    closeDb();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEXTWELL_GATEWAY_SECRET"), env("TEXTWELL_KANNEL_PASSWORD"));
    sender.setProcessEnvironment(environment);
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sender.start(QStringLiteral(TEXTWELL_CLI),
                 {QStringLiteral("--database"), m_path, QStringLiteral("send"), QStringLiteral("--due"),
                  QStringLiteral("--wait-reports"), QString::number(waitSeconds)});
}

qint64 TestConsentKannel::startCampaign(const QString& name, const QString& body)
{
    Campaign c;
    c.name = name;
    c.segmentName = QStringLiteral("Everyone");
    c.rule = SegmentRule().toJsonText();
    c.body = body;
    Result<qint64> id = CampaignStore(db()).create(c);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    Result<qint64> started = CampaignStarter(db()).start(id.value());
    if (!started)
        qFatal("%s", qPrintable(started.error()));
    return id.value();
}

QVector<StoredRow> TestConsentKannel::repliesFrom(const QString& phone)
{
    QVector<StoredRow> rows;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, body, action, handled, source, received_at FROM reply WHERE phone = ? ORDER BY id"));
    q.addBindValue(phone);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        rows.append(StoredRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toBool(), q.value(4).toString(), Timestamps::fromDb(q.value(5))});
    return rows;
}

QVector<OutRow> TestConsentKannel::messagesTo(const QString& phone)
{
    QVector<OutRow> rows;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT purpose, state, reason, body, marketing, campaign_id FROM message "
                             "WHERE phone = ? ORDER BY id"));
    q.addBindValue(phone);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        rows.append(OutRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toBool(), q.value(5).toLongLong()});
    return rows;
}

QStringList TestConsentKannel::arrivedAt(const QString& phone, int count)
{
    QDeadlineTimer deadline(30'000);
    while (m_log.messagesTo(phone).size() < count && !deadline.hasExpired())
        QTest::qWait(100);
    QTest::qWait(1000); // one too many would show by now
    QStringList texts;
    for (const FakeSmscMessage& m : m_log.messagesTo(phone))
        texts.append(m.text);
    return texts;
}

QStringList TestConsentKannel::consentRecord(const QString& phone)
{
    const QString path = m_dir->filePath(QStringLiteral("consent-%1.csv").arg(phone.mid(1)));
    const CliRun run =
        cli({QStringLiteral("report"), QStringLiteral("consent"), phone, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"), path});
    if (!run.ok())
        qWarning("%s", run.describe().constData());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    return lines;
}

QString TestConsentKannel::historyLine(const QDateTime& at, const QString& how, const QString& source,
                                       const QString& evidence)
{
    // When, What, How, Source, Evidence, Reason, Campaign (then when it was recorded, and by whom).
    return QStringList{at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       QStringLiteral("Consent given"),
                       how,
                       source,
                       evidence,
                       QString(),
                       QString(),
                       QString()}
        .join(QLatin1Char(','));
}

void TestConsentKannel::joinByTextSubscribesAndWelcomes()
{
    // Strangers: a number in Miami texts JOIN, one in Germany ANMELDEN (Kannel gives it without '+').
    const QString us = QStringLiteral("+13052345678");
    const QString de = QStringLiteral("+4915112345678");
    // A customer the owner excluded by hand after a complaint.
    const QString excluded = QStringLiteral("+13052345670");
    {
        AddressBook book = addressBook();
        Subscriber s;
        s.phone = excluded;
        s.firstName = QStringLiteral("Sam");
        auto added = book.add(s, ConsentRecord{QStringLiteral("paper form"), QStringLiteral("form 7"), {}});
        QVERIFY2(added, qPrintable(added.error()));
        auto ex = book.exclude(excluded, QStringLiteral("complained by phone: never text again"));
        QVERIFY2(ex, qPrintable(ex.error()));
    }

    // It sends nothing (nothing is due), then listens 8 s; the welcomes the JOINs queued meanwhile
    // go out in its next pass.
    QProcess sender;
    startSender(sender, 8);
    const auto stopSender = qScopeGuard([&] {
        if (sender.state() != QProcess::NotRunning) {
            sender.kill();
            sender.waitForFinished(10'000);
        }
    });
    QVERIFY(sender.waitForStarted(10'000));
    QVERIFY2(kannelapp::waitForListener(20'000), "send --due does not listen for replies");
    // Kannel stamps a text with whole seconds.
    const QDateTime injectedFrom = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        QFile fifo(env("TEXTWELL_FAKESMSC_FIFO"));
        QVERIFY(fifo.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QVERIFY(kannelapp::injectText(fifo, us, QStringLiteral("JOIN")));
        QVERIFY(kannelapp::injectText(fifo, de.mid(1), QStringLiteral("ANMELDEN")));
        QVERIFY(kannelapp::injectText(fifo, excluded.mid(1), QStringLiteral("JOIN")));
    }
    const QDateTime injectedUntil = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY2(sender.waitForFinished(90'000), "send --due did not finish in time");
    QVERIFY2(sender.exitStatus() == QProcess::NormalExit && sender.exitCode() == 0,
             sender.readAllStandardOutput().constData());

    // The newcomers: in the book and subscribed (the consent came from the number itself, which is
    // all Germany's double opt-in asks), each with one join event holding their text and its time.
    struct Joiner
    {
        QString phone;
        QString keyword;
        QString language;
    };
    for (const Joiner& j : {Joiner{us, QStringLiteral("JOIN"), QString()},
                            Joiner{de, QStringLiteral("ANMELDEN"), QStringLiteral("de")}}) {
        const QVector<StoredRow> replies = repliesFrom(j.phone);
        QCOMPARE(replies.size(), 1);
        const StoredRow& reply = replies.first();
        QCOMPARE(reply.body, j.keyword);
        QCOMPARE(reply.source, QStringLiteral("kannel"));
        QCOMPARE(reply.action, ReplyAction::Joined);
        QVERIFY(reply.handled);
        QVERIFY2(reply.receivedAt >= injectedFrom && reply.receivedAt <= injectedUntil,
                 qPrintable(reply.receivedAt.toString(Qt::ISODate)));

        Result<std::optional<Subscriber>> person = addressBook().findByPhone(j.phone);
        QVERIFY2(person && person.value(), qPrintable(j.phone + QStringLiteral(" is not in the book")));
        QCOMPARE(person.value()->status, SubscriberStatus::Subscribed);
        // A stranger's language is the one their keyword is in, where it tells (JOIN does not:
        // the business's language is used).
        if (!j.language.isEmpty())
            QCOMPARE(person.value()->language, j.language);
        QCOMPARE(person.value()->consentAt, reply.receivedAt);

        Result<QVector<ConsentEvent>> history = addressBook().history(j.phone);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 1);
        const ConsentEvent& e = history.value().first();
        QCOMPARE(e.kind, ConsentEvent::Kind::OptIn);
        QCOMPARE(e.channel, ConsentEvent::Channel::Join);
        QCOMPARE(e.source, QStringLiteral("SMS: ") + j.keyword);
        QCOMPARE(e.evidence, QStringLiteral("“%1”").arg(j.keyword));
        QCOMPARE(e.at, reply.receivedAt);

        const QVector<OutRow> out = messagesTo(j.phone);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().purpose, OutboxPurpose::Welcome);
        QVERIFY2(out.first().state == QLatin1String("sent") ||
                     out.first().state == QLatin1String("delivered"),
                 qPrintable(out.first().state));
        QVERIFY(!out.first().marketing);
        QCOMPARE(out.first().campaignId, 0);
    }

    // What the handsets got: the welcome, once; the US one names the sender and tells the rates,
    // the German one in German and without them (Germany's pack does not ask for the notice).
    QCOMPARE(arrivedAt(us, 1), QStringList{QStringLiteral(
                                   "Blumen Koch: Welcome! You will get a few messages a month. Reply STOP "
                                   "to opt out, HELP for help. Msg & data rates may apply.")});
    QCOMPARE(arrivedAt(de, 1), QStringList{QStringLiteral("Blumen Koch: Willkommen! Sie erhalten einige "
                                                          "Nachrichten im Monat. Abmelden: Antwort STOPP, "
                                                          "Hilfe: HILFE.")});

    // The excluded number: stays excluded, gets nothing, and its JOIN waits in the Inbox for the
    // owner to decide.
    {
        const QVector<StoredRow> replies = repliesFrom(excluded);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().body, QStringLiteral("JOIN"));
        QCOMPARE(replies.first().action, ReplyAction::JoinExcluded);
        QVERIFY(!replies.first().handled);
        Result<std::optional<Subscriber>> person = addressBook().findByPhone(excluded);
        QVERIFY(person && person.value());
        QCOMPARE(person.value()->status, SubscriberStatus::Excluded);
        Result<Suppression> suppression = addressBook().suppression(excluded);
        QVERIFY(suppression);
        QVERIFY(suppression.value().excluded());
        Result<QVector<ConsentEvent>> history = addressBook().history(excluded);
        QVERIFY(history);
        for (const ConsentEvent& e : history.value())
            QVERIFY2(e.channel != ConsentEvent::Channel::Join, qPrintable(e.evidence));
        QVERIFY(messagesTo(excluded).isEmpty());
        QCOMPARE(arrivedAt(excluded, 0), QStringList());
        Result<QVector<Conversation>> open =
            Inbox(db(), QStringLiteral("DE"), QStringLiteral("test")).conversations(Inbox::Filter::Open);
        QVERIFY(open);
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().phone, excluded);
    }

    // The consent record shows the text and when the number sent it.
    for (const QString& phone : {us, de}) {
        const QString keyword = phone == us ? QStringLiteral("JOIN") : QStringLiteral("ANMELDEN");
        const QString line =
            historyLine(repliesFrom(phone).first().receivedAt, QStringLiteral("Join by SMS"),
                        QStringLiteral("SMS: ") + keyword, QStringLiteral("“%1”").arg(keyword));
        const QStringList record = consentRecord(phone);
        QVERIFY2(
            std::any_of(record.cbegin(), record.cend(), [&](const QString& l) { return l.startsWith(line); }),
            qPrintable(QStringLiteral("no “%1” in:\n%2").arg(line, record.join(QLatin1Char('\n')))));
    }
}

void TestConsentKannel::doubleOptInConfirmedByReply()
{
    // The packs' quiet hours off: a request and a campaign go out whatever the time of the run.
    for (const QString& id : {QStringLiteral("de"), QStringLiteral("eu")}) {
        RulePack pack = *RulePacks::builtIn(id);
        pack.quietFrom = pack.quietUntil = QTime(0, 0);
        QVERIFY(RulePacks(db()).save(pack));
    }
    QVERIFY(RulePacks(db()).forRegion(QStringLiteral("DE")).requiresConfirmation);

    // A paper form's people: one German mobile, one French.
    const QString de = QStringLiteral("+4917612345678");
    const QString fr = QStringLiteral("+33612345678");
    const QString csv = m_dir->filePath(QStringLiteral("forms.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("first_name,last_name,phone,language\n"
                                  "Jürgen,Weber,+49 176 12345678,de\n"
                                  "Émile,Roux,+33 6 12 34 56 78,en\n")
                       .toUtf8());
    }
    const QString formSource = QStringLiteral("Paper form at the counter");
    const QString formEvidence = QStringLiteral("Forms of May 2026, folder 3");
    {
        const CliRun run =
            cli({QStringLiteral("--json"), QStringLiteral("import"), csv, QStringLiteral("--country"),
                 QStringLiteral("DE"), QStringLiteral("--consent-source"), formSource,
                 QStringLiteral("--consent-evidence"), formEvidence});
        QVERIFY2(run.ok(), run.describe().constData());
        QCOMPARE(run.json().value(QLatin1String("added")).toInt(), 2);
        QCOMPARE(run.json().value(QLatin1String("consents_recorded")).toInt(), 2);
    }
    auto statusOf = [&](const QString& phone) {
        Result<std::optional<Subscriber>> person = addressBook().findByPhone(phone);
        if (!person || !person.value())
            qFatal("%s is not in the book", qPrintable(phone));
        return person.value()->status;
    };
    QCOMPARE(statusOf(de), SubscriberStatus::AwaitingConfirmation);
    QCOMPARE(statusOf(fr), SubscriberStatus::Subscribed);

    // Asked to confirm: the German number only, with a question and no offer.
    {
        const CliRun asked = cli({QStringLiteral("--json"), QStringLiteral("confirmations"),
                                  QStringLiteral("ask"), QStringLiteral("--all")});
        QVERIFY2(asked.ok(), asked.describe().constData());
        QCOMPARE(asked.json().value(QLatin1String("asked")).toInt(), 1);
        const CliRun sent = cli({QStringLiteral("send"), QStringLiteral("--due"),
                                 QStringLiteral("--wait-reports"), QStringLiteral("0")});
        QVERIFY2(sent.ok(), sent.describe().constData());
    }
    const QString request = QStringLiteral("Blumen Koch: Möchten Sie unsere Angebote per SMS erhalten? Bitte "
                                           "bestätigen Sie mit JA. Ohne Antwort erhalten Sie keine.");
    QCOMPARE(arrivedAt(de, 1), QStringList{request});
    QCOMPARE(arrivedAt(fr, 0), QStringList());
    {
        const QVector<OutRow> out = messagesTo(de);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().purpose, OutboxPurpose::ConfirmationRequest);
        QVERIFY(!out.first().marketing);
        QCOMPARE(out.first().campaignId, 0);
    }
    QDateTime requestedAt;
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("SELECT requested_at, confirmed_at FROM confirmation_request WHERE phone = ?"));
        q.addBindValue(de);
        QVERIFY(q.exec() && q.next());
        requestedAt = Timestamps::fromDb(q.value(0));
        QVERIFY(requestedAt.isValid());
        QVERIFY(q.value(1).isNull());
    }

    // A campaign to everyone: France gets it; Germany's consent is not confirmed, so not yet.
    const QString spring = QStringLiteral("Spring sale: 20% off all roses until Sunday!");
    const qint64 springId = startCampaign(QStringLiteral("Spring sale"), spring);
    {
        const CliRun sent = cli({QStringLiteral("send"), QStringLiteral("--due"),
                                 QStringLiteral("--wait-reports"), QStringLiteral("0")});
        QVERIFY2(sent.ok(), sent.describe().constData());
    }
    {
        const QStringList got = arrivedAt(fr, 1);
        QCOMPARE(got.size(), 1);
        QVERIFY2(got.first().startsWith(spring), qPrintable(got.first()));
    }
    QCOMPARE(arrivedAt(de, 1), QStringList{request});
    {
        const QVector<OutRow> out = messagesTo(de);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.last().campaignId, springId);
        QCOMPARE(out.last().state, QStringLiteral("skipped"));
        QCOMPARE(out.last().reason, OutboxMessage::AwaitingConfirmation);
    }

    // Jürgen answers JA through Kannel.
    const QDateTime injectedFrom = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        // Nothing is due: it listens 6 s for the reply, which asks for no answer.
        QProcess sender;
        startSender(sender, 6);
        const auto stopSender = qScopeGuard([&] {
            if (sender.state() != QProcess::NotRunning) {
                sender.kill();
                sender.waitForFinished(10'000);
            }
        });
        QVERIFY(sender.waitForStarted(10'000));
        QVERIFY2(kannelapp::waitForListener(20'000), "send --due does not listen for replies");
        QFile fifo(env("TEXTWELL_FAKESMSC_FIFO"));
        QVERIFY(fifo.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QVERIFY(kannelapp::injectText(fifo, de.mid(1), QStringLiteral("JA")));
        QVERIFY2(sender.waitForFinished(60'000), "send --due did not finish in time");
        QVERIFY2(sender.exitStatus() == QProcess::NormalExit && sender.exitCode() == 0,
                 sender.readAllStandardOutput().constData());
    }
    const QDateTime injectedUntil = QDateTime::currentDateTimeUtc().addSecs(1);
    const QVector<StoredRow> replies = repliesFrom(de);
    QCOMPARE(replies.size(), 1);
    const StoredRow& yes = replies.first();
    QCOMPARE(yes.body, QStringLiteral("JA"));
    QCOMPARE(yes.source, QStringLiteral("kannel"));
    QCOMPARE(yes.action, ReplyAction::Confirmed);
    QVERIFY2(yes.receivedAt >= injectedFrom && yes.receivedAt <= injectedUntil,
             qPrintable(yes.receivedAt.toString(Qt::ISODate)));
    QCOMPARE(statusOf(de), SubscriberStatus::Subscribed);
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "SELECT confirmed_at, confirmed_reply_id FROM confirmation_request WHERE phone = ?"));
        q.addBindValue(de);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(Timestamps::fromDb(q.value(0)), yes.receivedAt);
        QCOMPARE(q.value(1).toLongLong(), yes.id);
    }
    // The history: the form's consent, then its confirmation naming the request and the reply.
    const QString confirmationEvidence =
        QStringLiteral("Reply “JA” received %1 from %2 to the confirmation request sent %3")
            .arg(yes.receivedAt.toString(Qt::ISODate), de, requestedAt.toString(Qt::ISODate));
    {
        Result<QVector<ConsentEvent>> history = addressBook().history(de);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 2);
        const ConsentEvent& form = history.value().at(0);
        QCOMPARE(form.channel, ConsentEvent::Channel::Import);
        QCOMPARE(form.source, formSource);
        QCOMPARE(form.evidence, formEvidence + QStringLiteral(" (forms.csv, row 2)"));
        const ConsentEvent& confirmed = history.value().at(1);
        QCOMPARE(confirmed.kind, ConsentEvent::Kind::OptIn);
        QCOMPARE(confirmed.channel, ConsentEvent::Channel::Confirmation);
        QCOMPARE(confirmed.at, yes.receivedAt);
        QCOMPARE(confirmed.source, QStringLiteral("Confirmation by SMS"));
        QCOMPARE(confirmed.evidence, confirmationEvidence);
    }
    // The confirmation asks for nothing back.
    QCOMPARE(messagesTo(de).size(), 2);

    // The next campaign reaches both.
    const QString summer = QStringLiteral("Summer roses are here: 10 for 15 EUR this week.");
    startCampaign(QStringLiteral("Summer roses"), summer);
    {
        const CliRun sent = cli({QStringLiteral("send"), QStringLiteral("--due"),
                                 QStringLiteral("--wait-reports"), QStringLiteral("0")});
        QVERIFY2(sent.ok(), sent.describe().constData());
    }
    for (const QString& phone : {de, fr}) {
        const QStringList got = arrivedAt(phone, 2);
        QCOMPARE(got.size(), 2);
        QVERIFY2(got.last().startsWith(summer), qPrintable(got.last()));
    }

    // The consent record, as the owner would show it: the confirmation with its proof.
    const QString line = historyLine(yes.receivedAt, QStringLiteral("Confirmed by SMS reply"),
                                     QStringLiteral("Confirmation by SMS"), confirmationEvidence);
    const QStringList record = consentRecord(de);
    QVERIFY2(
        std::any_of(record.cbegin(), record.cend(), [&](const QString& l) { return l.startsWith(line); }),
        qPrintable(QStringLiteral("no “%1” in:\n%2").arg(line, record.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestConsentKannel)
#include "tst_consentkannel.moc"
