// Opt-out requests that reached the desk by phone, e-mail, letter or in person: a number is opted
// out at once as of the day it was asked, anything else waits with its legal deadline counted in
// business days; and the statuses follow when a rule pack's double opt-in is switched.
#include "compliance/complianceitems.h"
#include "compliance/optoutrequests.h"
#include "compliance/rulepacks.h"
#include "compliance/statusrefresh.h"
#include "contacts/addressbook.h"
#include "storage/connection.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

const QString Region = QStringLiteral("DE");
const QString Actor = QStringLiteral("anna");

QDateTime local(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::LocalTime).toUTC();
}

} // namespace

class TestOptOutRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNumberIsOptedOutAtOnce();
    void anEmailStaysOpenUntilItsNumberIsEntered();
    void aRequestClosesWithoutANumber();
    void theDeadlineSkipsTheWeekend();
    void theDeadlineIsThePacksOfTheNumber();
    void overdueRequestsAreCounted();
    void refusedRequestsStoreNothing();
    void complianceItemsListWhatIsOpen();
    void statusFollowsTheDoubleOptInSwitch();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    int count(const QString& sql) const;
    OptOutRequests requests() const { return OptOutRequests(db(), Region, Actor); }
    AddressBook book() const { return AddressBook(db(), Region, Actor); }
    SubscriberStatus statusOf(qint64 id) const;

    // Friday 4 December 2026, 17:00 on this computer's clock.
    ManualClock m_clock{local(2026, 12, 4, 17)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestOptOutRequests::init()
{
    m_clock.setNow(local(2026, 12, 4, 17));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Connection::open(m_dir->filePath(QStringLiteral("requests.sqlite")),
                                   Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
}

void TestOptOutRequests::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

int TestOptOutRequests::count(const QString& sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

SubscriberStatus TestOptOutRequests::statusOf(qint64 id) const
{
    Result<Subscriber> person = book().get(id);
    return person ? person.value().status : SubscriberStatus::NoConsent;
}

void TestOptOutRequests::aNumberIsOptedOutAtOnce()
{
    Subscriber jonas;
    jonas.phone = QStringLiteral("0171 1234567");
    jonas.firstName = QStringLiteral("Jonas");
    auto added = book().add(jonas, ConsentRecord{QStringLiteral("form"), QStringLiteral("#1"), {}});
    QVERIFY2(added, qPrintable(added.error()));

    // Asked on the phone on Monday morning, entered on Friday afternoon.
    const QDateTime asked = local(2026, 12, 7, 9, 30);
    m_clock.setNow(local(2026, 12, 11, 15));
    auto recorded = requests().record(asked, OptOutRequests::Phone, QStringLiteral("0171 / 123 45 67"),
                                      QStringLiteral("called the shop"));
    QVERIFY2(recorded, qPrintable(recorded.error()));
    const OptOutRequest& request = recorded.value();
    QCOMPARE(request.phone, QStringLiteral("+491711234567"));
    QVERIFY(!request.isOpen());
    QCOMPARE(request.enteredAt, local(2026, 12, 11, 15));
    QCOMPARE(request.outcome, QString());
    // Ten business days after Monday 7 December: Monday 21 December, at its end.
    QCOMPARE(request.dueAt, local(2026, 12, 21, 23, 59, 59));

    QCOMPARE(statusOf(added.value().id), SubscriberStatus::Unsubscribed);
    auto history = book().history(QStringLiteral("+491711234567"));
    QVERIFY(history);
    const ConsentEvent& optOut = history.value().constLast();
    QCOMPARE(optOut.kind, ConsentEvent::Kind::OptOut);
    QCOMPARE(optOut.channel, ConsentEvent::Channel::Manual);
    QCOMPARE(optOut.at, asked); // from when it was asked, not entered
    QCOMPARE(optOut.reasonText, QStringLiteral("Asked by phone on 7 Dec 2026: called the shop"));
    QCOMPARE(optOut.actor, Actor);
    QCOMPARE(requests().open().value().size(), 0);
}

void TestOptOutRequests::anEmailStaysOpenUntilItsNumberIsEntered()
{
    auto recorded = requests().record(local(2026, 12, 4, 10), OptOutRequests::Email,
                                      QStringLiteral("lena@example.org"), QString());
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QVERIFY(recorded.value().isOpen());
    QCOMPARE(recorded.value().phone, QString());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consent_event")), 0);
    QCOMPARE(requests().open().value().size(), 1);

    // The number is found in the customer file on Monday.
    m_clock.setNow(local(2026, 12, 7, 11));
    auto entered = requests().enter(recorded.value().id, QStringLiteral("+49 172 7654321"));
    QVERIFY2(entered, qPrintable(entered.error()));
    QVERIFY(!entered.value().isOpen());
    QCOMPARE(entered.value().phone, QStringLiteral("+491727654321"));
    auto suppression = book().suppression(QStringLiteral("+491727654321"));
    QVERIFY(suppression && suppression.value().optedOut());
    auto history = book().history(QStringLiteral("+491727654321"));
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().constFirst().at, local(2026, 12, 4, 10));
    QCOMPARE(history.value().constFirst().reasonText, QStringLiteral("Asked by e-mail on 4 Dec 2026"));
    QCOMPARE(requests().open().value().size(), 0);

    // Entered once only.
    auto again = requests().enter(recorded.value().id, QStringLiteral("+49 172 7654321"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("already closed")), qPrintable(again.error()));
}

void TestOptOutRequests::aRequestClosesWithoutANumber()
{
    auto recorded = requests().record(local(2026, 12, 4, 10), OptOutRequests::Letter,
                                      QStringLiteral("Herr Meier"), QString());
    QVERIFY(recorded);
    Status noReason = requests().close(recorded.value().id, QStringLiteral("  "));
    QVERIFY(!noReason);
    QVERIFY(requests().get(recorded.value().id).value().isOpen());
    QVERIFY(requests().close(recorded.value().id, QStringLiteral("no such customer")));
    const OptOutRequest closed = requests().get(recorded.value().id).value();
    QVERIFY(!closed.isOpen());
    QCOMPARE(closed.outcome, QStringLiteral("no such customer"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consent_event")), 0);
    QVERIFY(!requests().close(recorded.value().id, QStringLiteral("twice")));
}

void TestOptOutRequests::theDeadlineSkipsTheWeekend()
{
    // Friday 16:00 + 10 business days: the Friday two weeks later, at its very end.
    auto recorded = requests().record(local(2026, 12, 4, 16), OptOutRequests::InPerson,
                                      QStringLiteral("Frau Schulz"), QString());
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded.value().dueAt, local(2026, 12, 18, 23, 59, 59));
    QCOMPARE(recorded.value().dueAt.toLocalTime().date().dayOfWeek(), 5);
}

void TestOptOutRequests::theDeadlineIsThePacksOfTheNumber()
{
    // Germany's pack asks for five days; a request naming no number takes the basic pack's ten.
    RulePacks packs(db());
    RulePack germany = packs.byId(QStringLiteral("de"));
    germany.manualOptOutBusinessDays = 5;
    QVERIFY(packs.save(germany));

    auto byNumber = requests().record(local(2026, 12, 4, 10), OptOutRequests::Phone,
                                      QStringLiteral("+49 171 1111111"), QString());
    QVERIFY(byNumber);
    QCOMPARE(byNumber.value().dueAt, local(2026, 12, 11, 23, 59, 59));
    auto byMail =
        requests().record(local(2026, 12, 4, 10), OptOutRequests::Email, QStringLiteral("a@b.de"), QString());
    QVERIFY(byMail);
    QCOMPARE(byMail.value().dueAt, local(2026, 12, 18, 23, 59, 59));
}

void TestOptOutRequests::overdueRequestsAreCounted()
{
    QVERIFY(requests().record(local(2026, 12, 4, 16), OptOutRequests::Email, QStringLiteral("x@y.de"), {}));
    QVERIFY(requests().record(local(2026, 12, 4, 16, 30), OptOutRequests::Letter, QStringLiteral("Z"), {}));
    QCOMPARE(requests().overdueCount(local(2026, 12, 18, 23, 59, 0)).value(), 0);
    QCOMPARE(requests().overdueCount(local(2026, 12, 19, 0, 0, 1)).value(), 2);
    auto open = requests().open();
    QCOMPARE(open.value().size(), 2);
    QVERIFY(requests().close(open.value().constFirst().id, QStringLiteral("duplicate")));
    QCOMPARE(requests().overdueCount(local(2026, 12, 19, 0, 0, 1)).value(), 1);
}

void TestOptOutRequests::refusedRequestsStoreNothing()
{
    const auto refused = [&](const QDateTime& at, const QString& channel, const QString& contact,
                             const QString& cause) {
        auto result = requests().record(at, channel, contact, QString());
        QVERIFY(!result);
        QVERIFY2(result.error().contains(cause), qPrintable(result.error()));
    };
    refused(local(2026, 12, 4, 10), OptOutRequests::Phone, QStringLiteral("  "), QStringLiteral("who asked"));
    refused(local(2026, 12, 4, 10), QStringLiteral("fax"), QStringLiteral("x@y.de"),
            QStringLiteral("\"fax\""));
    refused(local(2026, 12, 5, 10), OptOutRequests::Phone, QStringLiteral("+491711234567"),
            QStringLiteral("future"));
    refused(QDateTime(), OptOutRequests::Phone, QStringLiteral("+491711234567"), QStringLiteral("when"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM opt_out_request")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consent_event")), 0);
}

void TestOptOutRequests::complianceItemsListWhatIsOpen()
{
    QVERIFY(
        requests().record(local(2026, 12, 4, 10), OptOutRequests::Email, QStringLiteral("late@x.de"), {}));
    m_clock.setNow(local(2026, 12, 16, 12));
    QVERIFY(
        requests().record(local(2026, 12, 16, 10), OptOutRequests::Letter, QStringLiteral("Herr Neu"), {}));
    // A German with consent who never confirmed, since 1 December: 14 days' alert.
    Subscriber karl;
    karl.phone = QStringLiteral("+49 171 2222222");
    karl.firstName = QStringLiteral("Karl");
    QVERIFY(
        book().add(karl, ConsentRecord{QStringLiteral("form"), QStringLiteral("#2"), local(2026, 12, 1, 9)}));

    // Wednesday 16 December: the e-mail's deadline (Friday 18th) is two business days away.
    auto snapshot = ComplianceItems(db(), Region).load(local(2026, 12, 16, 12));
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot.value().openRequests, 2);
    QCOMPARE(snapshot.value().overdue, 0);
    QCOMPARE(snapshot.value().awaiting, 1);
    QCOMPARE(snapshot.value().items.size(), 3);
    const ComplianceItem first = snapshot.value().items.at(0);
    QCOMPARE(first.who(), QStringLiteral("late@x.de"));
    QCOMPARE(first.daysLeft, 2);
    QVERIFY(first.urgent(local(2026, 12, 16, 12)));
    QVERIFY(!snapshot.value().items.at(1).urgent(local(2026, 12, 16, 12)));
    const ComplianceItem last = snapshot.value().items.at(2);
    QCOMPARE(last.kind, ComplianceItem::Kind::AwaitingConfirmation);
    QCOMPARE(last.who(), QStringLiteral("Karl"));
    QCOMPARE(last.since, local(2026, 12, 1, 9));
    QVERIFY(!last.due.isValid());

    // On Saturday the e-mail is overdue; thirteen days after his consent Karl was not yet listed.
    auto later = ComplianceItems(db(), Region).load(local(2026, 12, 19, 12));
    QCOMPARE(later.value().overdue, 1);
    QVERIFY(later.value().items.at(0).overdue(local(2026, 12, 19, 12)));
    QCOMPARE(later.value().items.at(0).daysLeft, -1);
    auto earlier = ComplianceItems(db(), Region).load(local(2026, 12, 14, 9));
    QCOMPARE(earlier.value().awaiting, 0);
}

void TestOptOutRequests::statusFollowsTheDoubleOptInSwitch()
{
    const auto add = [&](const QString& phone, bool consent) {
        Subscriber s;
        s.phone = phone;
        auto added = book().add(s, consent ? std::optional<ConsentRecord>(ConsentRecord{
                                                 QStringLiteral("form"), QStringLiteral("#3"), {}})
                                           : std::nullopt);
        return added ? added.value().id : 0;
    };
    const qint64 german = add(QStringLiteral("+49 171 3333333"), true);
    const qint64 russian = add(QStringLiteral("+7 916 1234567"), true);
    const qint64 noConsent = add(QStringLiteral("+49 171 4444444"), false);
    const qint64 confirmed = add(QStringLiteral("+49 171 5555555"), true);
    QVERIFY(german && russian && noConsent && confirmed);
    QVERIFY(book().recordConsent(QStringLiteral("+491715555555"),
                                 ConsentRecord{QStringLiteral("SMS"), QStringLiteral("START"), {}},
                                 ConsentEvent::Channel::Keyword));
    QCOMPARE(statusOf(german), SubscriberStatus::AwaitingConfirmation);
    QCOMPARE(statusOf(confirmed), SubscriberStatus::Subscribed);

    RulePacks packs(db());
    RulePack germany = packs.byId(QStringLiteral("de"));
    germany.requiresConfirmation = false;
    QVERIFY(packs.save(germany));
    QVector<qint64> seen;
    auto off = StatusRefresh::run(
        db(), Region, [&](qint64 done, qint64) { seen.append(done); }, nullptr, 2);
    QVERIFY2(off, qPrintable(off.error()));
    QCOMPARE(off.value().checked, 3);
    QCOMPARE(off.value().subscribed, 1);
    QCOMPARE(off.value().awaiting, 0);
    QCOMPARE(seen, (QVector<qint64>{0, 2, 3}));
    QCOMPARE(statusOf(german), SubscriberStatus::Subscribed);
    QCOMPARE(statusOf(russian), SubscriberStatus::Subscribed);
    QCOMPARE(statusOf(noConsent), SubscriberStatus::NoConsent);

    germany.requiresConfirmation = true;
    QVERIFY(packs.save(germany));
    auto on = StatusRefresh::run(db(), Region);
    QVERIFY2(on, qPrintable(on.error()));
    QCOMPARE(on.value().awaiting, 1);
    QCOMPARE(statusOf(german), SubscriberStatus::AwaitingConfirmation);
    QCOMPARE(statusOf(confirmed), SubscriberStatus::Subscribed);
    QCOMPARE(statusOf(russian), SubscriberStatus::Subscribed);

    // Stopped before it starts, nothing changes.
    germany.requiresConfirmation = false;
    QVERIFY(packs.save(germany));
    std::atomic_bool cancel{true};
    auto cancelled = StatusRefresh::run(db(), Region, {}, &cancel);
    QVERIFY(cancelled && cancelled.value().cancelled);
    QCOMPARE(statusOf(german), SubscriberStatus::AwaitingConfirmation);
}

QTEST_GUILESS_MAIN(TestOptOutRequests)
#include "tst_optoutrequests.moc"
