// Double opt-in as a German shop relies on it: people whose consent came from a form or a file
// wait for a YES from their own number (status AwaitingConfirmation), are asked once and reminded
// once after the rule pack's days, never when they are unsubscribed or excluded, and campaigns skip
// them until they confirm.

#include "campaigns/campaign.h"
#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "campaigns/outboxmessage.h"
#include "compliance/confirmationrequests.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/importoptions.h"
#include "importing/recordreader.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textwell;

namespace textwell {
inline char* toString(SubscriberStatus status)
{
    return QTest::toString(SubscriberStatuses::code(status));
}
} // namespace textwell

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// Rows of a file, as a reader hands them to the importer.
class RowsReader : public RecordReader
{
public:
    RowsReader(QStringList header, QVector<QStringList> rows)
        : m_header(std::move(header)), m_rows(std::move(rows))
    {}
    QStringList header() const override { return m_header; }
    bool next(SourceRecord& record) override
    {
        if (m_next >= m_rows.size())
            return false;
        record.row = m_next + 2;
        record.fields = m_rows.at(m_next++);
        return true;
    }
    QString error() const override { return {}; }
    qint64 bytesRead() const override { return m_next; }
    qint64 totalBytes() const override { return m_rows.size(); }

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
    int m_next = 0;
};

} // namespace

class TestDoubleOptIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void asksOnlyPeopleAwaitingConfirmation();
    void asksInThePersonsLanguage();
    void remindsOnceAfterThePacksDays();
    void suppressedNumbersAreNeverAskedOrReminded();
    void importedGermanConsentsAwaitConfirmationAndCampaignsSkipThem();
    void listsWhoIsWaitingAndForHowLong();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    AddressBook book() const { return AddressBook(db(), QStringLiteral("DE"), QStringLiteral("test")); }
    ConfirmationRequests requests() const { return ConfirmationRequests(db(), QStringLiteral("DE")); }
    // Adds a person with a paper consent (or a JOIN from the number); false with m_error set.
    bool add(const QString& phone, const QString& name, const QString& language = QStringLiteral("en"),
             ConsentEvent::Channel channel = ConsentEvent::Channel::Manual);
    SubscriberStatus status(const QString& phone) const { return book().findByPhone(phone).value()->status; }
    QVariant value(const QString& sql, const QVariantList& values = {}) const;
    qint64 number(const QString& sql, const QVariantList& values = {}) const
    {
        const QVariant v = value(sql, values);
        return v.isValid() ? v.toLongLong() : -1;
    }
    qint64 rowsFor(const QString& phone, const QString& purpose) const
    {
        return number(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND purpose = ?"),
                      {phone, purpose});
    }

    ManualClock m_clock{utc(2026, 6, 10, 10, 0)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
    QString m_error;
};

void TestDoubleOptIn::init()
{
    m_clock.setNow(utc(2026, 6, 10, 10, 0));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Connection::open(m_dir->filePath(QStringLiteral("shop.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    BusinessSettings settings(db());
    QVERIFY(settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")).ok());
    QVERIFY(settings.setValue(BusinessSettings::Key::MessageLanguage, QStringLiteral("en")).ok());
}

void TestDoubleOptIn::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

bool TestDoubleOptIn::add(const QString& phone, const QString& name, const QString& language,
                          ConsentEvent::Channel channel)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = name;
    s.language = language;
    const ConsentRecord consent{QStringLiteral("paper form at the till"), QStringLiteral("form #12, signed"),
                                Clock::currentUtc().addDays(-30)};
    Result<AddressBook::Added> added = book().add(s, consent, channel);
    if (!added)
        m_error = phone + QStringLiteral(": ") + added.error();
    return added.ok();
}

QVariant TestDoubleOptIn::value(const QString& sql, const QVariantList& values) const
{
    QSqlQuery q(db());
    if (!execBound(q, sql, values)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

void TestDoubleOptIn::asksOnlyPeopleAwaitingConfirmation()
{
    const QString anna = QStringLiteral("+4915112000001"); // German, paper form: awaiting
    const QString bob = QStringLiteral("+12122345678");    // US: no confirmation wanted
    const QString dora = QStringLiteral("+4915112000004"); // German, texted JOIN herself
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(bob, QStringLiteral("Bob")), qPrintable(m_error));
    QVERIFY2(add(dora, QStringLiteral("Dora"), QStringLiteral("de"), ConsentEvent::Channel::Join),
             qPrintable(m_error));
    Subscriber carl;
    carl.phone = QStringLiteral("+4915112000003"); // German, no consent at all
    QVERIFY(book().add(carl).ok());
    QCOMPARE(status(anna), SubscriberStatus::AwaitingConfirmation);
    QCOMPARE(status(bob), SubscriberStatus::Subscribed);
    QCOMPARE(status(dora), SubscriberStatus::Subscribed);
    QCOMPARE(status(carl.phone), SubscriberStatus::NoConsent);

    Result<ConfirmationRequests::Asked> asked =
        requests().ask({QStringLiteral("0151 12000001"), bob, carl.phone, dora, QStringLiteral("no number")});
    QVERIFY2(asked, qPrintable(asked.error()));
    QCOMPARE(asked.value().asked, 1);
    QCOMPARE(asked.value().notAwaiting, 3);
    QCOMPARE(asked.value().unreadable, QStringList{QStringLiteral("no number")});
    QCOMPARE(asked.value().skipped(), 4);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message")), 1);
    QCOMPARE(rowsFor(anna, OutboxPurpose::ConfirmationRequest), 1);
    // Never marketing, no campaign: a question, with nothing to sell.
    QCOMPARE(number(QStringLiteral("SELECT marketing FROM message WHERE phone = ?"), {anna}), 0);
    QVERIFY(value(QStringLiteral("SELECT campaign_id FROM message WHERE phone = ?"), {anna}).isNull());
    QCOMPARE(
        value(QStringLiteral("SELECT body FROM message WHERE phone = ?"), {anna}).toString(),
        QStringLiteral("Do you want our offers by SMS? Reply YES to confirm. If you do not reply, you will "
                       "get none."));
    QCOMPARE(value(QStringLiteral("SELECT requested_at FROM confirmation_request WHERE phone = ?"), {anna}),
             Timestamps::toDb(utc(2026, 6, 10, 10, 0)));
    QCOMPARE(
        number(QStringLiteral("SELECT request_message_id FROM confirmation_request WHERE phone = ?"), {anna}),
        number(QStringLiteral("SELECT id FROM message WHERE phone = ?"), {anna}));

    // Asked once: again, nothing new.
    m_clock.advanceSeconds(3600);
    asked = requests().ask({anna});
    QCOMPARE(asked.value().asked, 0);
    QCOMPARE(asked.value().alreadyAsked, 1);
    asked = requests().askAllAwaiting();
    QCOMPARE(asked.value().asked, 0);
    QCOMPARE(rowsFor(anna, OutboxPurpose::ConfirmationRequest), 1);
}

void TestDoubleOptIn::asksInThePersonsLanguage()
{
    QVERIFY(BusinessSettings(db())
                .setValue(BusinessSettings::Key::BusinessName, QStringLiteral("Salon Rosa"))
                .ok());
    const QString erik = QStringLiteral("+4915112000005"), olga = QStringLiteral("+4915112000006");
    QVERIFY2(add(erik, QStringLiteral("Erik"), QStringLiteral("de")), qPrintable(m_error));
    QVERIFY2(add(olga, QStringLiteral("Olga"), QStringLiteral("ru")), qPrintable(m_error));
    Result<ConfirmationRequests::Asked> asked = requests().askAllAwaiting();
    QVERIFY2(asked, qPrintable(asked.error()));
    QCOMPARE(asked.value().asked, 2);
    QCOMPARE(value(QStringLiteral("SELECT body FROM message WHERE phone = ?"), {erik}).toString(),
             QStringLiteral(
                 "Salon Rosa: Möchten Sie unsere Angebote per SMS erhalten? Bitte bestätigen Sie mit JA. "
                 "Ohne Antwort erhalten Sie keine."));
    QCOMPARE(value(QStringLiteral("SELECT body FROM message WHERE phone = ?"), {olga}).toString(),
             QStringLiteral("Salon Rosa: Хотите получать наши предложения по SMS? Ответьте ДА. Без ответа "
                            "рассылки не будет."));
    // German fits GSM-7 (its umlauts are in the alphabet): one part, not two.
    QCOMPARE(value(QStringLiteral("SELECT encoding FROM message WHERE phone = ?"), {erik}).toString(),
             QStringLiteral("GSM-7"));
}

void TestDoubleOptIn::remindsOnceAfterThePacksDays()
{
    const QString anna = QStringLiteral("+4915112000001");
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    const QDateTime askedAt = Clock::currentUtc();
    QCOMPARE(requests().ask({anna}).value().asked, 1);

    // Germany's pack: the reminder three days after the request, not a second earlier.
    QCOMPARE(requests().remindDue(askedAt.addDays(3).addSecs(-1)).value(), 0);
    QCOMPARE(rowsFor(anna, OutboxPurpose::ConfirmationReminder), 0);
    m_clock.setNow(askedAt.addDays(3));
    QCOMPARE(requests().remindDue(Clock::currentUtc()).value(), 1);
    QCOMPARE(rowsFor(anna, OutboxPurpose::ConfirmationReminder), 1);
    QCOMPARE(value(QStringLiteral("SELECT body FROM message WHERE phone = ? AND purpose = ?"),
                   {anna, OutboxPurpose::ConfirmationReminder})
                 .toString(),
             QStringLiteral("Reminder: reply YES if you want our offers by SMS."));
    QCOMPARE(value(QStringLiteral("SELECT reminded_at FROM confirmation_request WHERE phone = ?"), {anna}),
             Timestamps::toDb(askedAt.addDays(3)));
    QCOMPARE(number(QStringLiteral("SELECT reminder_message_id FROM confirmation_request WHERE phone = ?"),
                    {anna}),
             number(QStringLiteral("SELECT id FROM message WHERE phone = ? AND purpose = ?"),
                    {anna, OutboxPurpose::ConfirmationReminder}));

    // Never a second one, however long she stays silent.
    for (int days : {4, 10, 60}) {
        m_clock.setNow(askedAt.addDays(days));
        QCOMPARE(requests().remindDue(Clock::currentUtc()).value(), 0);
    }
    QCOMPARE(rowsFor(anna, OutboxPurpose::ConfirmationReminder), 1);

    // The business's own pack decides the days.
    RulePacks packs(db());
    RulePack germany = packs.byId(QStringLiteral("de"));
    germany.confirmationReminderDays = 5;
    QVERIFY(packs.save(germany).ok());
    const QString ben = QStringLiteral("+4915112000002");
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    const QDateTime benAsked = Clock::currentUtc();
    QCOMPARE(requests().ask({ben}).value().asked, 1);
    QCOMPARE(requests().remindDue(benAsked.addDays(4)).value(), 0);
    QCOMPARE(requests().remindDue(benAsked.addDays(5)).value(), 1);
    QCOMPARE(rowsFor(ben, OutboxPurpose::ConfirmationReminder), 1);
}

void TestDoubleOptIn::suppressedNumbersAreNeverAskedOrReminded()
{
    const QString anna = QStringLiteral("+4915112000001"), ben = QStringLiteral("+4915112000002");
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error));
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    QVERIFY(book().unsubscribe(anna, OptOutReason::TooFrequent, QString()).ok());
    Result<ConfirmationRequests::Asked> asked = requests().ask({anna});
    QCOMPARE(asked.value().asked, 0);
    QCOMPARE(asked.value().suppressed, 1);
    QCOMPARE(rowsFor(anna, OutboxPurpose::ConfirmationRequest), 0);

    // Asked, then excluded by hand: no reminder.
    QCOMPARE(requests().ask({ben}).value().asked, 1);
    QVERIFY(book().exclude(ben, QStringLiteral("complained by phone")).ok());
    QCOMPARE(requests().remindDue(Clock::currentUtc().addDays(30)).value(), 0);
    QCOMPARE(rowsFor(ben, OutboxPurpose::ConfirmationReminder), 0);
    asked = requests().askAllAwaiting();
    QCOMPARE(asked.value().asked, 0);
    QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM message")), 1); // Ben's request only
}

void TestDoubleOptIn::importedGermanConsentsAwaitConfirmationAndCampaignsSkipThem()
{
    const QStringList header{QStringLiteral("Vorname"), QStringLiteral("Handy")};
    ImportOptions options;
    options.mapping = ColumnMapping::guess(header, {});
    options.defaultRegion = QStringLiteral("DE");
    options.fileName = QStringLiteral("kunden.csv");
    options.declaredConsent = ConsentRecord{QStringLiteral("Papierformular an der Kasse"),
                                            QStringLiteral("Ordner 2024"), utc(2024, 3, 2, 12, 0)};
    options.declaredForEveryone = true;
    RowsReader reader(header, {{QStringLiteral("Anna"), QStringLiteral("0171 1234567")},
                               {QStringLiteral("Karl"), QStringLiteral("0171 7654321")}});
    Result<ImportSummary> imported = Importer(db(), options, QStringLiteral("test")).run(reader);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported.value().consentRecorded, 2);
    QCOMPARE(imported.value().awaitingConfirmation, 2);
    QCOMPARE(status(QStringLiteral("+491711234567")), SubscriberStatus::AwaitingConfirmation);
    QCOMPARE(status(QStringLiteral("+491717654321")), SubscriberStatus::AwaitingConfirmation);

    // A campaign goes to the one person who may get it and skips the two, saying why.
    const QString bob = QStringLiteral("+12122345678");
    QVERIFY2(add(bob, QStringLiteral("Bob")), qPrintable(m_error));
    Campaign c;
    c.name = QStringLiteral("Sommer");
    c.body = QStringLiteral("Sommerangebot!");
    c.rule = SegmentRule::group(SegmentRule::Match::All).toJsonText();
    c.segmentName = QStringLiteral("Alle");
    Result<qint64> id = CampaignStore(db()).create(c);
    QVERIFY2(id, qPrintable(id.error()));
    Result<qint64> started = CampaignStarter(db()).start(id.value());
    QVERIFY2(started, qPrintable(started.error()));
    for (const QString& phone : {QStringLiteral("+491711234567"), QStringLiteral("+491717654321")}) {
        QCOMPARE(value(QStringLiteral("SELECT state FROM message WHERE campaign_id = ? AND phone = ?"),
                       {id.value(), phone})
                     .toString(),
                 QStringLiteral("skipped"));
        QCOMPARE(value(QStringLiteral("SELECT reason FROM message WHERE campaign_id = ? AND phone = ?"),
                       {id.value(), phone})
                     .toString(),
                 OutboxMessage::AwaitingConfirmation);
    }
    QCOMPARE(value(QStringLiteral("SELECT state FROM message WHERE campaign_id = ? AND phone = ?"),
                   {id.value(), bob})
                 .toString(),
             QStringLiteral("queued"));

    // Both can be asked; they were never asked before.
    QCOMPARE(requests().askAllAwaiting().value().asked, 2);
}

void TestDoubleOptIn::listsWhoIsWaitingAndForHowLong()
{
    const QString anna = QStringLiteral("+4915112000001"), ben = QStringLiteral("+4915112000002"),
                  carl = QStringLiteral("+4915112000003");
    QVERIFY2(add(anna, QStringLiteral("Anna")), qPrintable(m_error)); // consent 30 days ago, never asked
    QCOMPARE(requests().ask({ben}).value().notAwaiting, 1);           // not in the book yet
    QVERIFY2(add(ben, QStringLiteral("Ben")), qPrintable(m_error));
    QVERIFY2(add(carl, QStringLiteral("Carl")), qPrintable(m_error));
    const QDateTime benAsked = Clock::currentUtc();
    QCOMPARE(requests().ask({ben}).value().asked, 1);
    m_clock.advanceSeconds(24 * 3600);
    const QDateTime carlAsked = Clock::currentUtc();
    QCOMPARE(requests().ask({carl}).value().asked, 1);
    m_clock.setNow(benAsked.addDays(3));
    QCOMPARE(requests().remindDue(Clock::currentUtc()).value(), 1); // Ben's; Carl's is a day younger

    Result<QVector<AwaitingConfirmation>> all = requests().awaiting();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all.value().size(), 3);
    // The longest waiting first: Anna since her consent, Ben and Carl since their requests.
    QCOMPARE(all.value().at(0).phone, anna);
    QCOMPARE(all.value().at(0).name, QStringLiteral("Anna"));
    QVERIFY(!all.value().at(0).requestedAt.isValid());
    QCOMPARE(all.value().at(0).since, utc(2026, 5, 11, 10, 0));
    QCOMPARE(all.value().at(1).phone, ben);
    QCOMPARE(all.value().at(1).requestedAt, benAsked);
    QCOMPARE(all.value().at(1).remindedAt, benAsked.addDays(3));
    QCOMPARE(all.value().at(2).phone, carl);
    QCOMPARE(all.value().at(2).since, carlAsked);
    QVERIFY(!all.value().at(2).remindedAt.isValid());

    Result<QVector<AwaitingConfirmation>> older = requests().awaiting(benAsked);
    QCOMPARE(older.value().size(), 2); // Anna and Ben, not Carl
    const ConfirmationRequests::Counts counts = requests().counts().value();
    QCOMPARE(counts.awaiting, 3);
    QCOMPARE(counts.notAsked, 1);
    QCOMPARE(counts.asked, 2);
    QCOMPARE(counts.reminded, 1);
    QCOMPARE(counts.confirmed, 0);
}

QTEST_GUILESS_MAIN(TestDoubleOptIn)
#include "tst_doubleoptin.moc"
