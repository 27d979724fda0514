// The address book and its consent rules as invariants (PRODUCT.md rules 3, 4, 5 and 7):
// an opt-out belongs to the number, exclusions are lifted by hand only, every change of consent
// is one complete event in an append-only history, and refused input stores nothing.

#include "contacts/addressbook.h"
#include "contacts/subscriberquery.h"
#include "storage/connection.h"
#include "storage/sqlerror.h"
#include "testdatabase.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

Q_DECLARE_METATYPE(textwell::ConsentEvent::Channel)
Q_DECLARE_METATYPE(textwell::SubscriberStatus)
Q_DECLARE_METATYPE(textwell::OptOutReason)

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
} // namespace textwell

namespace {

const QString annaPhone = QStringLiteral("+79161234567");
const QString annaShown = QStringLiteral("+7 916 123-45-67");

Subscriber person(const QString& phone, const QString& first = QString(), const QString& last = QString(),
                  const QStringList& tags = {})
{
    Subscriber s;
    s.phone = phone;
    s.firstName = first;
    s.lastName = last;
    s.tags = tags;
    return s;
}

Subscriber anna()
{
    return person(QStringLiteral("8 (916) 123-45-67"), QStringLiteral("Анна"), QStringLiteral("Иванова"));
}

ConsentRecord proof(const QDateTime& at = QDateTime(),
                    const QString& source = QStringLiteral("paper form at the till"),
                    const QString& evidence = QStringLiteral("form #12, signed"))
{
    return ConsentRecord{source, evidence, at};
}

QList<ConsentEvent::Channel> allChannels()
{
    return {ConsentEvent::Channel::Manual, ConsentEvent::Channel::Import, ConsentEvent::Channel::Keyword,
            ConsentEvent::Channel::Reply,  ConsentEvent::Channel::Link,   ConsentEvent::Channel::Api,
            ConsentEvent::Channel::Carrier};
}

} // namespace

class TestAddressBook : public QObject
{
    Q_OBJECT

public:
    TestAddressBook() : m_clock(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC)) {}

private Q_SLOTS:
    void init();
    void cleanup();

    // Adding, reading, editing, deleting.
    void addStoresThePerson();
    void addWithConsentWritesOneEvent();
    void addLandlineStoresItWithANotice();
    void duplicateNumberRefused_data();
    void duplicateNumberRefused();
    void duplicateOfANamelessPerson();
    void invalidNumberRefusedAndNothingStored_data();
    void invalidNumberRefusedAndNothingStored();
    void findByPhoneAcceptsAnyFormat();
    void updateSavesEditableFieldsOnly();
    void updateRefusesAnotherPersonsNumber();
    void updateRefusesInvalidNumberOrMissingPerson();
    void updateToAnOptedOutNumberMakesThePersonUnsubscribed();
    void consentFollowsTheNumberWhenItChanges();
    void aConsentOlderThanTheOptOutDoesNotLiftIt();
    void restoreTakesTheConsentFromTheHistory();
    void tagsDifferingInCaseAreOneTag();
    void removeKeepsHistoryAndSuppression();
    void tagsAreTrimmedAndDeduplicated();

    // Rule 4: an opt-out belongs to the number.
    void optOutSurvivesDeleteAndReAdd_data();
    void optOutSurvivesDeleteAndReAdd();
    void onlyManualOrKeywordConsentEndsAnOptOut_data();
    void onlyManualOrKeywordConsentEndsAnOptOut();
    void importedConsentSubscribesANumberThatNeverLeft();
    void unsubscribeNumberNotInBook();

    // Exclusions.
    void exclusionIsNeverLiftedByConsent_data();
    void exclusionIsNeverLiftedByConsent();
    void excludeNumberNotInBook();

    // Rule 5: the history.
    void everyChangeIsOneCompleteEvent();
    void noChangeWritesNoEvent();
    void historyIsAppendOnly_data();
    void historyIsAppendOnly();

    // Status.
    void deriveTable_data();
    void deriveTable();
    void statusFollowsDerive_data();
    void statusFollowsDerive();

    // Validation of consent and reasons (rule 3).
    void recordConsentRefusesIncompleteOrWrongInput_data();
    void recordConsentRefusesIncompleteOrWrongInput();
    void addRefusesIncompleteOrFutureConsent_data();
    void addRefusesIncompleteOrFutureConsent();
    void unsubscribeOtherNeedsText_data();
    void unsubscribeOtherNeedsText();

    // Undo of a delete.
    void restorePutsBackThePerson();
    void restoreDerivesStatusAfresh_data();
    void restoreDerivesStatusAfresh();
    void restoreRefusedWhenTheNumberWasAddedAgain();
    void idsAreNeverReused();

private:
    QSqlDatabase db() const { return m_connection->database(); }
    AddressBook book(const QString& actor = QStringLiteral("anna")) const
    {
        return AddressBook(db(), QStringLiteral("RU"), actor);
    }
    int count(const QString& sql) const;
    int events() const { return count(QStringLiteral("SELECT count(*) FROM consent_event")); }
    QString snapshot() const; // every row of every table of the address book, for "nothing changed"
    qint64 addAnna(bool withConsent);
    QDateTime now() const { return Clock::currentUtc(); }
    void advance(qint64 seconds) { m_clock.advanceSeconds(seconds); }

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestAddressBook::init()
{
    m_clock.setNow(QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString location = testing::newDatabase(m_dir->path(), QStringLiteral("book.sqlite"));
    QVERIFY(!location.isEmpty());
    auto opened = Connection::open(location, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestAddressBook::cleanup()
{
    m_connection.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

int TestAddressBook::count(const QString& sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TestAddressBook::snapshot() const
{
    static const QStringList queries = {
        QStringLiteral("SELECT * FROM subscriber ORDER BY id"),
        QStringLiteral("SELECT * FROM tag ORDER BY id"),
        QStringLiteral("SELECT * FROM subscriber_tag ORDER BY subscriber_id, tag_id"),
        QStringLiteral("SELECT * FROM consent_event ORDER BY id"),
        QStringLiteral("SELECT * FROM suppression ORDER BY phone")};
    QStringList lines;
    for (const QString& sql : queries) {
        QSqlQuery q(db());
        if (!q.exec(sql))
            return QStringLiteral("error: ") + q.lastError().text();
        lines.append(sql);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 TestAddressBook::addAnna(bool withConsent)
{
    auto added = withConsent ? book().add(anna(), proof(now().addDays(-10))) : book().add(anna());
    if (!added)
        qWarning("add failed: %s", qPrintable(added.error()));
    return added ? added.value().id : 0;
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::addStoresThePerson()
{
    Subscriber s =
        person(QStringLiteral(" 8 (916) 123-45-67 "), QStringLiteral("  Анна "), QStringLiteral("Иванова  "),
               {QStringLiteral("vip"), QStringLiteral("birthday club")});
    s.city = QStringLiteral(" Москва");
    s.region = QStringLiteral("Москва");
    s.birthDate = QDate(1990, 5, 17);
    s.language = QStringLiteral("ru");
    s.timeZone = QStringLiteral("Europe/Moscow");
    s.notes = QStringLiteral("prefers mornings");
    s.purchases = 7;
    s.lastActivity = QDateTime(QDate(2025, 2, 1), QTime(10, 30), Qt::UTC);
    s.status = SubscriberStatus::Subscribed; // not the caller's to set
    s.consentAt = now();                     // nor this: consent comes with its evidence only

    auto added = book().add(s);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added.value().id > 0);
    QVERIFY(added.value().notices.isEmpty());

    auto got = book().get(added.value().id);
    QVERIFY2(got, qPrintable(got.error()));
    const Subscriber& g = got.value();
    QCOMPARE(g.id, added.value().id);
    QCOMPARE(g.phone, annaPhone);
    QCOMPARE(g.firstName, QStringLiteral("Анна"));
    QCOMPARE(g.lastName, QStringLiteral("Иванова"));
    QCOMPARE(g.city, QStringLiteral("Москва"));
    QCOMPARE(g.region, QStringLiteral("Москва"));
    QCOMPARE(g.birthDate, QDate(1990, 5, 17));
    QCOMPARE(g.language, QStringLiteral("ru"));
    QCOMPARE(g.timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(g.notes, QStringLiteral("prefers mornings"));
    QCOMPARE(g.purchases, 7);
    QCOMPARE(g.lastActivity, s.lastActivity);
    QCOMPARE(g.tags, (QStringList{QStringLiteral("birthday club"), QStringLiteral("vip")}));
    QCOMPARE(g.numberKind, NumberKind::Mobile);
    QCOMPARE(g.status, SubscriberStatus::NoConsent);
    QVERIFY(!g.consentAt.isValid());
    QCOMPARE(g.consentSource, QString());
    QCOMPARE(g.createdAt, now());
    QCOMPARE(g.updatedAt, now());
    QCOMPARE(g.displayName(), QStringLiteral("Анна Иванова"));

    QCOMPARE(events(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM suppression")), 0);
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT search_key FROM subscriber")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("анна иванова"));
    // So the whole name, as typed in the search field, finds the person despite the stray spaces.
    SubscriberFilter filter;
    filter.search = QStringLiteral("Анна Иванова");
    QCOMPARE(SubscriberQuery(db(), filter).count().value(), qint64(1));
}

void TestAddressBook::addWithConsentWritesOneEvent()
{
    const QDateTime given = QDateTime(QDate(2025, 3, 1), QTime(9, 15), Qt::OffsetFromUTC, 3 * 3600); // Moscow
    auto added = book().add(anna(), proof(given));
    QVERIFY2(added, qPrintable(added.error()));
    auto got = book().get(added.value().id);
    QVERIFY(got);
    QCOMPARE(got.value().status, SubscriberStatus::Subscribed);
    QCOMPARE(got.value().consentAt, given.toUTC());
    QCOMPARE(got.value().consentSource, QStringLiteral("paper form at the till"));

    auto history = book().history(annaPhone);
    QVERIFY2(history, qPrintable(history.error()));
    QCOMPARE(history.value().size(), 1);
    const ConsentEvent& e = history.value().constFirst();
    QCOMPARE(e.phone, annaPhone);
    QCOMPARE(e.kind, ConsentEvent::Kind::OptIn);
    QCOMPARE(e.channel, ConsentEvent::Channel::Manual);
    QCOMPARE(e.source, QStringLiteral("paper form at the till"));
    QCOMPARE(e.evidence, QStringLiteral("form #12, signed"));
    QCOMPARE(e.at, given.toUTC());
    QCOMPARE(e.recordedAt, now());
    QCOMPARE(e.actor, QStringLiteral("anna"));
    QCOMPARE(e.reasonCode, QString());
}

void TestAddressBook::addLandlineStoresItWithANotice()
{
    auto added = book().add(person(QStringLiteral("8 (495) 123-45-67"), QStringLiteral("Офис")), proof());
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added.value().notices.size(), 1);
    QVERIFY2(added.value().notices.constFirst().contains(QLatin1String("landline")),
             qPrintable(added.value().notices.constFirst()));
    QVERIFY(added.value().notices.constFirst().contains(QStringLiteral("+7 495 123-45-67")));
    auto got = book().get(added.value().id);
    QVERIFY(got);
    QCOMPARE(got.value().phone, QStringLiteral("+74951234567"));
    QCOMPARE(got.value().numberKind, NumberKind::FixedLine);
}

void TestAddressBook::duplicateNumberRefused_data()
{
    QTest::addColumn<QString>("written");
    QTest::addRow("trunk prefix and dashes") << QStringLiteral("8 916 123-45-67");
    QTest::addRow("brackets") << QStringLiteral("+7 (916) 123 45 67");
    QTest::addRow("digits only") << QStringLiteral("89161234567");
    QTest::addRow("without prefix") << QStringLiteral("9161234567");
    QTest::addRow("E.164") << QStringLiteral("+79161234567");
    QTest::addRow("padded") << QStringLiteral("  8-916-123-45-67 ");
}

void TestAddressBook::duplicateNumberRefused()
{
    QFETCH(QString, written);
    QVERIFY(addAnna(true));
    const QString before = snapshot();
    auto again = book().add(
        person(written, QStringLiteral("Анна"), QStringLiteral("Петрова"), {QStringLiteral("new")}), proof());
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("already in the address book")), qPrintable(again.error()));
    QVERIFY2(again.error().contains(QStringLiteral("Анна Иванова")), qPrintable(again.error()));
    QVERIFY2(again.error().contains(annaShown), qPrintable(again.error()));
    QCOMPARE(snapshot(), before);
}

void TestAddressBook::duplicateOfANamelessPerson()
{
    QVERIFY(book().add(person(annaPhone)));
    auto again = book().add(person(QStringLiteral("89161234567"), QStringLiteral("Анна")));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("(no name)")), qPrintable(again.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber")), 1);
}

void TestAddressBook::invalidNumberRefusedAndNothingStored_data()
{
    QTest::addColumn<QString>("number");
    QTest::addRow("empty") << QString();
    QTest::addRow("letters") << QStringLiteral("Анна");
    QTest::addRow("too short") << QStringLiteral("12");
    QTest::addRow("too long") << QStringLiteral("+7 916 123 45 67 89 01 23 45");
    QTest::addRow("not valid for Russia") << QStringLiteral("+7 123 456 78 90");
    QTest::addRow("unknown country code") << QStringLiteral("+999 123 456 789");
}

void TestAddressBook::invalidNumberRefusedAndNothingStored()
{
    QFETCH(QString, number);
    auto added =
        book().add(person(number, QStringLiteral("Анна"), QString(), {QStringLiteral("vip")}), proof());
    QVERIFY(!added);
    // The same message the parser gives, which names the input.
    QCOMPARE(added.error(), PhoneNumbers::parse(number, QStringLiteral("RU")).error());
    for (const char* table : {"subscriber", "tag", "subscriber_tag", "consent_event", "suppression"})
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    // Nor can such a number be excluded, unsubscribed or given consent.
    QVERIFY(!book().exclude(number, QStringLiteral("complaint")));
    QVERIFY(!book().unsubscribe(number, OptOutReason::TooFrequent, QString()));
    QVERIFY(!book().recordConsent(number, proof()));
    QCOMPARE(events(), 0);
}

void TestAddressBook::findByPhoneAcceptsAnyFormat()
{
    const qint64 id = addAnna(false);
    QVERIFY(id);
    for (const char* written : {"+79161234567", "8 (916) 123-45-67", "9161234567", "+7 916 123 45 67"}) {
        auto found = book().findByPhone(QString::fromUtf8(written));
        QVERIFY2(found, written);
        QVERIFY2(found.value().has_value(), written);
        QCOMPARE(found.value()->id, id);
    }
    auto nobody = book().findByPhone(QStringLiteral("+79161234568"));
    QVERIFY(nobody);
    QVERIFY(!nobody.value().has_value());
    auto invalid = book().findByPhone(QStringLiteral("12"));
    QVERIFY(!invalid);
    QVERIFY2(invalid.error().contains(QLatin1String("too short")), qPrintable(invalid.error()));
}

void TestAddressBook::updateSavesEditableFieldsOnly()
{
    const qint64 id = addAnna(true);
    QVERIFY(id);
    const QDateTime created = now();
    advance(3600);
    auto got = book().get(id);
    QVERIFY(got);
    Subscriber s = got.value();
    s.phone = QStringLiteral("8 916 123 45 67"); // the same number, written differently
    s.firstName = QStringLiteral(" Аня ");
    s.lastName = QStringLiteral("Смирнова");
    s.city = QStringLiteral("Казань");
    s.birthDate = QDate(1991, 1, 2);
    s.tags = {QStringLiteral("regular")};
    s.notes = QStringLiteral("married, new name");
    s.purchases = 12;
    s.status = SubscriberStatus::Excluded; // ignored: status follows consent and suppression
    s.consentAt = QDateTime();             // ignored: consent changes go through recordConsent
    s.consentSource = QStringLiteral("forged");
    const int eventsBefore = events();

    const Status updated = book().update(s);
    QVERIFY2(updated, qPrintable(updated.error()));
    auto after = book().get(id);
    QVERIFY(after);
    const Subscriber& a = after.value();
    QCOMPARE(a.phone, annaPhone);
    QCOMPARE(a.firstName, QStringLiteral("Аня"));
    QCOMPARE(a.lastName, QStringLiteral("Смирнова"));
    QCOMPARE(a.city, QStringLiteral("Казань"));
    QCOMPARE(a.birthDate, QDate(1991, 1, 2));
    QCOMPARE(a.tags, QStringList{QStringLiteral("regular")});
    QCOMPARE(a.notes, QStringLiteral("married, new name"));
    QCOMPARE(a.purchases, 12);
    QCOMPARE(a.status, SubscriberStatus::Subscribed);
    QCOMPARE(a.consentAt, got.value().consentAt);
    QCOMPARE(a.consentSource, QStringLiteral("paper form at the till"));
    QCOMPARE(a.createdAt, created);
    QCOMPARE(a.updatedAt, now());
    QCOMPARE(events(), eventsBefore); // editing a person is not a change of consent
    // The search follows the new name.
    SubscriberFilter filter;
    filter.search = QStringLiteral("смирнова");
    QCOMPARE(SubscriberQuery(db(), filter).count().value(), 1);
    filter.search = QStringLiteral("иванова");
    QCOMPARE(SubscriberQuery(db(), filter).count().value(), 0);
}

void TestAddressBook::updateRefusesAnotherPersonsNumber()
{
    QVERIFY(addAnna(true));
    auto petr =
        book().add(person(QStringLiteral("+79161234568"), QStringLiteral("Пётр"), QStringLiteral("Петров")));
    QVERIFY(petr);
    const QString before = snapshot();
    Subscriber s = book().get(petr.value().id).value();
    s.phone = QStringLiteral("8 916 123-45-67");
    s.firstName = QStringLiteral("Павел");
    const Status updated = book().update(s);
    QVERIFY(!updated);
    QVERIFY2(updated.error().contains(QStringLiteral("Анна Иванова")), qPrintable(updated.error()));
    QVERIFY2(updated.error().contains(annaShown), qPrintable(updated.error()));
    QCOMPARE(snapshot(), before);
}

void TestAddressBook::updateRefusesInvalidNumberOrMissingPerson()
{
    const qint64 id = addAnna(true);
    const QString before = snapshot();
    Subscriber s = book().get(id).value();
    s.phone = QStringLiteral("+7 123 456 78 90");
    const Status invalid = book().update(s);
    QVERIFY(!invalid);
    QVERIFY2(invalid.error().contains(QStringLiteral("“+7 123 456 78 90”")), qPrintable(invalid.error()));
    QCOMPARE(snapshot(), before);

    s = book().get(id).value();
    s.id = id + 100;
    const Status missing = book().update(s);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("no longer in the address book")),
             qPrintable(missing.error()));
    QCOMPARE(snapshot(), before);
}

// Rule 4 through an edit: giving someone a number that unsubscribed earlier does not bring the
// number back.
void TestAddressBook::updateToAnOptedOutNumberMakesThePersonUnsubscribed()
{
    QVERIFY(book().unsubscribe(QStringLiteral("+79161234568"), OptOutReason::TooFrequent, QString(),
                               ConsentEvent::Channel::Keyword));
    const qint64 id = addAnna(true);
    Subscriber s = book().get(id).value();
    QCOMPARE(s.status, SubscriberStatus::Subscribed);
    s.phone = QStringLiteral("8 916 123-45-68");
    QVERIFY(book().update(s));
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Unsubscribed);
    // And back to a number that never left: subscribed again (the consent is the person's).
    s.phone = annaPhone;
    QVERIFY(book().update(s));
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Subscribed);
}

void TestAddressBook::removeKeepsHistoryAndSuppression()
{
    const qint64 id = addAnna(true);
    Subscriber tagged = book().get(id).value();
    tagged.tags = {QStringLiteral("vip")};
    QVERIFY(book().update(tagged));
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::NotRelevant, QString()));
    QVERIFY(book().exclude(annaPhone, QStringLiteral("complaint")));
    QCOMPARE(events(), 3);
    auto suppressedBefore = book().suppression(annaPhone).value();

    QVERIFY(book().remove({id}));
    auto gone = book().get(id);
    QVERIFY(!gone);
    QVERIFY2(gone.error().contains(QLatin1String("no longer in the address book")), qPrintable(gone.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber_tag")), 0); // cascaded
    QCOMPARE(events(), 3);                                                     // the history stays
    QCOMPARE(book().history(annaPhone).value().size(), 3);
    auto suppressed = book().suppression(annaPhone);
    QVERIFY(suppressed);
    QVERIFY(suppressed.value().optedOut());
    QVERIFY(suppressed.value().excluded());
    QCOMPARE(suppressed.value().optedOutAt, suppressedBefore.optedOutAt);
    QCOMPARE(suppressed.value().optOutReason, QStringLiteral("not_relevant"));
    QCOMPARE(suppressed.value().excludeNote, QStringLiteral("complaint"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM suppression WHERE phone = '+79161234567'")), 1);
}

void TestAddressBook::tagsAreTrimmedAndDeduplicated()
{
    auto added = book().add(
        person(annaPhone, QStringLiteral("Анна"), QString(),
               {QStringLiteral("  vip "), QStringLiteral("VIP"), QStringLiteral("Vip"),
                QStringLiteral("new   customer"), QString(), QStringLiteral("   "), QStringLiteral("regular"),
                QStringLiteral("Новый клиент"), QStringLiteral("НОВЫЙ КЛИЕНТ")}));
    QVERIFY2(added, qPrintable(added.error()));
    const qint64 id = added.value().id;
    const QStringList expected = {QStringLiteral("new customer"), QStringLiteral("regular"),
                                  QStringLiteral("vip"), QStringLiteral("Новый клиент")};
    QCOMPARE(book().get(id).value().tags, expected);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber_tag WHERE subscriber_id = %1").arg(id)),
             4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tag")), 4);

    Subscriber s = book().get(id).value();
    s.tags = {QStringLiteral(" weekend"), QStringLiteral("vip "), QStringLiteral("WEEKEND")};
    QVERIFY(book().update(s));
    QCOMPARE(book().get(id).value().tags, (QStringList{QStringLiteral("vip"), QStringLiteral("weekend")}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber_tag WHERE subscriber_id = %1").arg(id)),
             2);

    // Another person with the same tag shares its row.
    auto other =
        book().add(person(QStringLiteral("+79161234568"), QString(), QString(), {QStringLiteral("vip")}));
    QVERIFY(other);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tag WHERE name = 'vip'")), 1);
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::optOutSurvivesDeleteAndReAdd_data()
{
    QTest::addColumn<bool>("readdWithConsent");
    QTest::addRow("re-added without consent") << false;
    QTest::addRow("re-added with a consent record") << true;
}

void TestAddressBook::optOutSurvivesDeleteAndReAdd()
{
    QFETCH(bool, readdWithConsent);
    const qint64 id = addAnna(true);
    advance(3600);
    auto stopped = book().unsubscribe(annaPhone, OptOutReason::TooFrequent, QStringLiteral("STOP"),
                                      ConsentEvent::Channel::Keyword);
    QVERIFY2(stopped && stopped.value(), qPrintable(stopped.error()));
    const QDateTime optedOutAt = now();
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Unsubscribed);
    advance(3600);
    QVERIFY(book().remove({id}));
    advance(86400);

    auto readded = readdWithConsent
                       ? book().add(anna(), proof(now().addSecs(-600), QStringLiteral("website form"),
                                                  QStringLiteral("double opt-in log #77")))
                       : book().add(anna());
    QVERIFY2(readded, qPrintable(readded.error()));
    QCOMPARE(readded.value().notices.size(), 1);
    const QString notice = readded.value().notices.constFirst();
    QVERIFY2(notice.contains(QLatin1String("stays unsubscribed")), qPrintable(notice));
    QVERIFY2(notice.contains(annaShown), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("record a new consent")), qPrintable(notice));

    const Subscriber back = book().get(readded.value().id).value();
    QCOMPARE(back.status, SubscriberStatus::Unsubscribed);
    QCOMPARE(back.consentAt.isValid(), readdWithConsent);
    auto suppression = book().suppression(annaPhone).value();
    QCOMPARE(suppression.optedOutAt, optedOutAt);
    QCOMPARE(suppression.optOutReason, QStringLiteral("too_frequent"));

    // Only a deliberate consent, entered by hand with its evidence, re-subscribes the number.
    advance(60);
    auto consent = book().recordConsent(
        QStringLiteral("89161234567"),
        proof(QDateTime(), QStringLiteral("asked at the till"), QStringLiteral("signed form #13")));
    QVERIFY2(consent, qPrintable(consent.error()));
    QVERIFY(consent.value().isEmpty());
    QCOMPARE(book().get(readded.value().id).value().status, SubscriberStatus::Subscribed);
    QVERIFY(!book().suppression(annaPhone).value().optedOut());

    QStringList kinds;
    const QVector<ConsentEvent> history = book().history(annaPhone).value();
    for (const ConsentEvent& e : history)
        kinds.append(ConsentEvent::kindCode(e.kind));
    QStringList expected = {QStringLiteral("opt_in"), QStringLiteral("opt_out")};
    if (readdWithConsent)
        expected.append(QStringLiteral("opt_in"));
    expected.append(QStringLiteral("opt_in"));
    QCOMPARE(kinds, expected);
}

void TestAddressBook::onlyManualOrKeywordConsentEndsAnOptOut_data()
{
    QTest::addColumn<ConsentEvent::Channel>("channel");
    QTest::addColumn<bool>("endsOptOut");
    QTest::addRow("manual, with evidence") << ConsentEvent::Channel::Manual << true;
    QTest::addRow("START reply") << ConsentEvent::Channel::Keyword << true;
    QTest::addRow("import") << ConsentEvent::Channel::Import << false;
    QTest::addRow("web link") << ConsentEvent::Channel::Link << false;
    QTest::addRow("another program") << ConsentEvent::Channel::Api << false;
    QTest::addRow("carrier") << ConsentEvent::Channel::Carrier << false;
}

void TestAddressBook::onlyManualOrKeywordConsentEndsAnOptOut()
{
    QFETCH(ConsentEvent::Channel, channel);
    QFETCH(bool, endsOptOut);
    const qint64 id = addAnna(true);
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::NoBenefit, QString()));
    advance(600);
    const int before = events();

    auto notices = book().recordConsent(
        annaPhone,
        proof(now().addSecs(-60), QStringLiteral("consent source"), QStringLiteral("consent evidence")),
        channel);
    QVERIFY2(notices, qPrintable(notices.error()));
    const Subscriber s = book().get(id).value();
    QCOMPARE(s.status, endsOptOut ? SubscriberStatus::Subscribed : SubscriberStatus::Unsubscribed);
    QCOMPARE(book().suppression(annaPhone).value().optedOut(), !endsOptOut);
    if (endsOptOut) {
        QVERIFY2(notices.value().isEmpty(), qPrintable(notices.value().join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(notices.value().size(), 1);
        QVERIFY2(notices.value().constFirst().contains(QLatin1String("stays unsubscribed")),
                 qPrintable(notices.value().constFirst()));
        QVERIFY(notices.value().constFirst().contains(ConsentEvent::channelLabel(channel)));
    }
    // Either way the consent itself is on record, with how it came (rule 5).
    QCOMPARE(events(), before + 1);
    const ConsentEvent last = book().history(annaPhone).value().constLast();
    QCOMPARE(last.kind, ConsentEvent::Kind::OptIn);
    QCOMPARE(last.channel, channel);
    QCOMPARE(last.source, QStringLiteral("consent source"));
    QCOMPARE(last.evidence, QStringLiteral("consent evidence"));
}

void TestAddressBook::importedConsentSubscribesANumberThatNeverLeft()
{
    const qint64 id = addAnna(false);
    QCOMPARE(book().get(id).value().status, SubscriberStatus::NoConsent);
    auto notices = book().recordConsent(annaPhone, proof(), ConsentEvent::Channel::Import);
    QVERIFY2(notices, qPrintable(notices.error()));
    QVERIFY(notices.value().isEmpty());
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Subscribed);
}

void TestAddressBook::unsubscribeNumberNotInBook()
{
    auto stopped = book().unsubscribe(QStringLiteral("8 916 123 45 67"), OptOutReason::NeverSignedUp,
                                      QString(), ConsentEvent::Channel::Keyword);
    QVERIFY2(stopped, qPrintable(stopped.error()));
    QVERIFY(stopped.value());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber")), 0);
    QVERIFY(book().suppression(annaPhone).value().optedOut());
    advance(86400);
    auto added = book().add(anna(), proof());
    QVERIFY(added);
    QCOMPARE(book().get(added.value().id).value().status, SubscriberStatus::Unsubscribed);
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::exclusionIsNeverLiftedByConsent_data()
{
    QTest::addColumn<ConsentEvent::Channel>("channel");
    for (ConsentEvent::Channel c : allChannels())
        QTest::addRow("%s", qPrintable(ConsentEvent::channelCode(c))) << c;
}

void TestAddressBook::exclusionIsNeverLiftedByConsent()
{
    QFETCH(ConsentEvent::Channel, channel);
    const qint64 id = addAnna(true);
    QVERIFY(book().exclude(annaPhone, QStringLiteral("complained by phone")).value());
    advance(60);
    auto notices = book().recordConsent(annaPhone, proof(), channel);
    QVERIFY2(notices, qPrintable(notices.error()));
    QVERIFY2(notices.value().join(QLatin1Char(' ')).contains(QLatin1String("stays excluded")),
             qPrintable(notices.value().join(QLatin1Char(' '))));
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Excluded);
    QVERIFY(book().suppression(annaPhone).value().excluded());

    // Only lifting the exclusion by hand does.
    auto lifted = book().unexclude(annaPhone, QStringLiteral("resolved"));
    QVERIFY(lifted && lifted.value());
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Subscribed);
}

void TestAddressBook::excludeNumberNotInBook()
{
    auto excluded = book().exclude(QStringLiteral("8 916 123-45-67"), QStringLiteral("  complaint call  "));
    QVERIFY2(excluded, qPrintable(excluded.error()));
    QVERIFY(excluded.value());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber")), 0);
    const Suppression s = book().suppression(annaPhone).value();
    QVERIFY(s.excluded());
    QVERIFY(!s.optedOut());
    QCOMPARE(s.excludedAt, now());
    QCOMPARE(s.excludeNote, QStringLiteral("complaint call"));
    auto history = book().history(annaPhone).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().kind, ConsentEvent::Kind::Exclude);
    QCOMPARE(history.constFirst().channel, ConsentEvent::Channel::Manual);
    QCOMPARE(history.constFirst().reasonText, QStringLiteral("complaint call"));
    QCOMPARE(history.constFirst().actor, QStringLiteral("anna"));
    QCOMPARE(history.constFirst().at, now());
    QCOMPARE(history.constFirst().phone, annaPhone);

    advance(7 * 86400);
    auto added = book().add(anna(), proof());
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(book().get(added.value().id).value().status, SubscriberStatus::Excluded);
    QCOMPARE(added.value().notices.size(), 1);
    QVERIFY2(added.value().notices.constFirst().contains(QLatin1String("stays excluded")),
             qPrintable(added.value().notices.constFirst()));
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::everyChangeIsOneCompleteEvent()
{
    struct Expected
    {
        ConsentEvent::Kind kind;
        ConsentEvent::Channel channel;
        QString source, evidence, reasonCode, reasonText, actor;
        QDateTime at, recordedAt;
    };
    QVector<Expected> expected;
    auto check = [&]() {
        const auto history = book().history(annaPhone);
        QVERIFY2(history, qPrintable(history.error()));
        QCOMPARE(history.value().size(), expected.size());
        QCOMPARE(events(), int(expected.size()));
        qint64 previousId = 0;
        for (int i = 0; i < expected.size(); ++i) {
            const ConsentEvent& e = history.value().at(i);
            const Expected& x = expected.at(i);
            QVERIFY(e.id > previousId);
            previousId = e.id;
            QCOMPARE(e.phone, annaPhone);
            QCOMPARE(e.kind, x.kind);
            QCOMPARE(e.channel, x.channel);
            QCOMPARE(e.source, x.source);
            QCOMPARE(e.evidence, x.evidence);
            QCOMPARE(e.reasonCode, x.reasonCode);
            QCOMPARE(e.reasonText, x.reasonText);
            QCOMPARE(e.actor, x.actor);
            QCOMPARE(e.at, x.at);
            QCOMPARE(e.recordedAt, x.recordedAt);
            QCOMPARE(e.campaignId, qint64(0));
        }
    };

    const QDateTime signedAt = now().addDays(-10);
    QVERIFY(book().add(anna(), proof(signedAt)));
    expected.append({ConsentEvent::Kind::OptIn, ConsentEvent::Channel::Manual,
                     QStringLiteral("paper form at the till"), QStringLiteral("form #12, signed"), QString(),
                     QString(), QStringLiteral("anna"), signedAt, now()});
    check();
    if (QTest::currentTestFailed())
        return;

    advance(3600);
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::NotRelevant, QStringLiteral(" too many offers "),
                               ConsentEvent::Channel::Keyword));
    expected.append({ConsentEvent::Kind::OptOut, ConsentEvent::Channel::Keyword, QString(), QString(),
                     QStringLiteral("not_relevant"), QStringLiteral("too many offers"),
                     QStringLiteral("anna"), now(), now()});
    check();
    if (QTest::currentTestFailed())
        return;

    advance(3600);
    const QDateTime replied = now().addSecs(-300); // the START reply came in five minutes ago
    QVERIFY(book(QStringLiteral("cli:bob"))
                .recordConsent(annaPhone,
                               proof(replied, QStringLiteral("JOIN by SMS"),
                                     QStringLiteral("reply START from the number")),
                               ConsentEvent::Channel::Keyword));
    expected.append({ConsentEvent::Kind::OptIn, ConsentEvent::Channel::Keyword, QStringLiteral("JOIN by SMS"),
                     QStringLiteral("reply START from the number"), QString(), QString(),
                     QStringLiteral("cli:bob"), replied, now()});
    check();
    if (QTest::currentTestFailed())
        return;

    advance(3600);
    QVERIFY(book().exclude(annaPhone, QStringLiteral(" asked at the counter ")));
    expected.append({ConsentEvent::Kind::Exclude, ConsentEvent::Channel::Manual, QString(), QString(),
                     QString(), QStringLiteral("asked at the counter"), QStringLiteral("anna"), now(),
                     now()});
    check();
    if (QTest::currentTestFailed())
        return;

    advance(3600);
    QVERIFY(book().unexclude(annaPhone, QStringLiteral("it was a mistake")));
    expected.append({ConsentEvent::Kind::Unexclude, ConsentEvent::Channel::Manual, QString(), QString(),
                     QString(), QStringLiteral("it was a mistake"), QStringLiteral("anna"), now(), now()});
    check();
    if (QTest::currentTestFailed())
        return;

    advance(3600);
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::Other, QStringLiteral("moved abroad"),
                               ConsentEvent::Channel::Carrier));
    expected.append({ConsentEvent::Kind::OptOut, ConsentEvent::Channel::Carrier, QString(), QString(),
                     QStringLiteral("other"), QStringLiteral("moved abroad"), QStringLiteral("anna"), now(),
                     now()});
    check();
    if (QTest::currentTestFailed())
        return;

    // Times are stored as UTC ISO 8601 with milliseconds, so text order is time order.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT at, recorded_at FROM consent_event ORDER BY id DESC LIMIT 1")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2025-03-10T17:00:00.000Z"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2025-03-10T17:00:00.000Z"));
}

void TestAddressBook::noChangeWritesNoEvent()
{
    QVERIFY(addAnna(true));
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::TooFrequent, QString()).value());
    const Suppression first = book().suppression(annaPhone).value();
    QVERIFY(book().exclude(annaPhone, QStringLiteral("first note")).value());
    const QString before = snapshot();
    advance(600);

    auto again = book().unsubscribe(annaPhone, OptOutReason::PrivacyConcern, QStringLiteral("again"));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!again.value());
    auto excludedAgain = book().exclude(annaPhone, QStringLiteral("second note"));
    QVERIFY(excludedAgain);
    QVERIFY(!excludedAgain.value());
    QCOMPARE(snapshot(), before); // neither the event log nor the first reason and note changed
    QCOMPARE(book().suppression(annaPhone).value().optOutReason, first.optOutReason);

    QVERIFY(book().unexclude(annaPhone, QString()).value());
    const QString afterUnexclude = snapshot();
    auto unexcludedAgain = book().unexclude(annaPhone, QString());
    QVERIFY(unexcludedAgain);
    QVERIFY(!unexcludedAgain.value());
    auto neverExcluded = book().unexclude(QStringLiteral("+79161234568"), QString());
    QVERIFY(neverExcluded);
    QVERIFY(!neverExcluded.value());
    QCOMPARE(snapshot(), afterUnexclude);
}

void TestAddressBook::historyIsAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    const QString values = QStringLiteral("(2, '+79161234567', 'opt_in', '2025-01-01T00:00:00.000Z', "
                                          "'2025-01-01T00:00:00.000Z', 'manual')");
    const QString columns = QStringLiteral("(id, phone, kind, at, recorded_at, channel)");
    QTest::addRow("turn the opt-out into an opt-in")
        << QStringLiteral("UPDATE consent_event SET kind = 'opt_in' WHERE kind = 'opt_out'");
    QTest::addRow("rewrite who did it") << QStringLiteral("UPDATE consent_event SET actor = 'someone else'");
    QTest::addRow("delete the opt-out") << QStringLiteral("DELETE FROM consent_event WHERE kind = 'opt_out'");
    QTest::addRow("delete everything") << QStringLiteral("DELETE FROM consent_event");
    QTest::addRow("upsert") << QStringLiteral(
                                   "INSERT INTO consent_event %1 VALUES %2 ON CONFLICT(id) DO UPDATE "
                                   "SET kind = 'opt_in'")
                                   .arg(columns, values);
    if (testing::onPostgres()) {
        QTest::addRow("truncate") << QStringLiteral("TRUNCATE consent_event");
        return;
    }
    // SQLite's ways of replacing a row, which delete the old one without a DELETE.
    QTest::addRow("insert or replace")
        << QStringLiteral("INSERT OR REPLACE INTO consent_event %1 VALUES %2").arg(columns, values);
    QTest::addRow("replace")
        << QStringLiteral("REPLACE INTO consent_event %1 VALUES %2").arg(columns, values);
    QTest::addRow("update or replace")
        << QStringLiteral("UPDATE OR REPLACE consent_event SET id = 1 WHERE id = 2");
}

void TestAddressBook::historyIsAppendOnly()
{
    QFETCH(QString, sql);
    QVERIFY(addAnna(true));
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::TooFrequent, QString()).value());
    const QString before = snapshot();

    QSqlQuery q(db()); // raw SQL on the app's own connection, as any program could
    QVERIFY2(!q.exec(sql), "the history was changed");
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
    QVERIFY2(SqlError::describe(q.lastError()).contains(QLatin1String("cannot be changed or deleted")),
             qPrintable(SqlError::describe(q.lastError())));
    QCOMPARE(snapshot(), before);

    // Appending still works.
    QVERIFY(book().recordConsent(annaPhone, proof()));
    QCOMPARE(events(), 3);
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::deriveTable_data()
{
    QTest::addColumn<bool>("excluded");
    QTest::addColumn<bool>("optedOut");
    QTest::addColumn<bool>("hasConsent");
    QTest::addColumn<SubscriberStatus>("expected");
    using S = SubscriberStatus;
    QTest::addRow("nothing") << false << false << false << S::NoConsent;
    QTest::addRow("consent") << false << false << true << S::Subscribed;
    QTest::addRow("opted out, no consent") << false << true << false << S::Unsubscribed;
    QTest::addRow("opted out, consent") << false << true << true << S::Unsubscribed;
    QTest::addRow("excluded, no consent") << true << false << false << S::Excluded;
    QTest::addRow("excluded, consent") << true << false << true << S::Excluded;
    QTest::addRow("excluded and opted out") << true << true << false << S::Excluded;
    QTest::addRow("everything") << true << true << true << S::Excluded;
}

void TestAddressBook::deriveTable()
{
    QFETCH(bool, excluded);
    QFETCH(bool, optedOut);
    QFETCH(bool, hasConsent);
    QFETCH(SubscriberStatus, expected);
    QCOMPARE(SubscriberStatuses::derive(excluded, optedOut, hasConsent), expected);
    // Codes round-trip; the stored numbers order by how much the status blocks sending.
    QCOMPARE(SubscriberStatuses::fromCode(SubscriberStatuses::code(expected)),
             std::optional<SubscriberStatus>(expected));
    QVERIFY(static_cast<int>(SubscriberStatus::Subscribed) < static_cast<int>(SubscriberStatus::NoConsent));
    QVERIFY(static_cast<int>(SubscriberStatus::NoConsent) < static_cast<int>(SubscriberStatus::Unsubscribed));
    QVERIFY(static_cast<int>(SubscriberStatus::Unsubscribed) < static_cast<int>(SubscriberStatus::Excluded));
}

void TestAddressBook::statusFollowsDerive_data()
{
    QTest::addColumn<bool>("excluded");
    QTest::addColumn<bool>("optedOut");
    QTest::addColumn<bool>("hasConsent");
    QTest::addColumn<bool>("suppressedBeforeAdding");
    for (bool before : {false, true}) {
        for (int bits = 0; bits < 8; ++bits) {
            const bool excluded = bits & 4, optedOut = bits & 2, consent = bits & 1;
            QTest::addRow("%s%s%s%s", excluded ? "excluded " : "", optedOut ? "opted-out " : "",
                          consent ? "consent " : "no-consent ",
                          before ? "(suppressed first)" : "(added first)")
                << excluded << optedOut << consent << before;
        }
    }
}

void TestAddressBook::statusFollowsDerive()
{
    QFETCH(bool, excluded);
    QFETCH(bool, optedOut);
    QFETCH(bool, hasConsent);
    QFETCH(bool, suppressedBeforeAdding);
    auto suppress = [&]() {
        if (excluded)
            QVERIFY(book().exclude(annaPhone, QStringLiteral("note")).value());
        if (optedOut)
            QVERIFY(book().unsubscribe(annaPhone, OptOutReason::TooFrequent, QString()).value());
    };
    if (suppressedBeforeAdding)
        suppress();
    if (QTest::currentTestFailed())
        return;
    auto added = hasConsent ? book().add(anna(), proof()) : book().add(anna());
    QVERIFY2(added, qPrintable(added.error()));
    if (!suppressedBeforeAdding)
        suppress();
    if (QTest::currentTestFailed())
        return;
    const SubscriberStatus status = book().get(added.value().id).value().status;
    QCOMPARE(status, SubscriberStatuses::derive(excluded, optedOut, hasConsent));
    // The stored status is what the address book filters on.
    SubscriberFilter filter;
    filter.status = status;
    QCOMPARE(SubscriberQuery(db(), filter).count().value(), 1);
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::recordConsentRefusesIncompleteOrWrongInput_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<qint64>("secondsFromNow"); // 0: no date given (now)
    QTest::addColumn<QString>("message");
    const QString n = annaPhone, src = QStringLiteral("paper form"), ev = QStringLiteral("form #12");
    QTest::addRow("no source") << n << QString() << ev << qint64(0)
                               << QStringLiteral("where the consent was given");
    QTest::addRow("blank source") << n << QStringLiteral("   ") << ev << qint64(0)
                                  << QStringLiteral("where the consent was given");
    QTest::addRow("no evidence") << n << src << QString() << qint64(0)
                                 << QStringLiteral("what proves the consent");
    QTest::addRow("blank evidence") << n << src << QStringLiteral("\t ") << qint64(0)
                                    << QStringLiteral("what proves the consent");
    QTest::addRow("tomorrow") << n << src << ev << qint64(86400) << QStringLiteral("in the future");
    QTest::addRow("two minutes ahead") << n << src << ev << qint64(120) << QStringLiteral("in the future");
    QTest::addRow("not in the book") << QStringLiteral("8 916 999-99-99") << src << ev << qint64(0)
                                     << QStringLiteral("+7 916 999-99-99 is not in the address book");
    QTest::addRow("not a number") << QStringLiteral("Анна") << src << ev << qint64(0)
                                  << QStringLiteral("“Анна” is not a phone number");
}

void TestAddressBook::recordConsentRefusesIncompleteOrWrongInput()
{
    QFETCH(QString, number);
    QFETCH(QString, source);
    QFETCH(QString, evidence);
    QFETCH(qint64, secondsFromNow);
    QFETCH(QString, message);
    const qint64 id = addAnna(false);
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::TooFrequent, QString()).value());
    const QString before = snapshot();
    const QDateTime at = secondsFromNow ? now().addSecs(secondsFromNow) : QDateTime();
    auto recorded = book().recordConsent(number, ConsentRecord{source, evidence, at});
    QVERIFY(!recorded);
    QVERIFY2(recorded.error().contains(message), qPrintable(recorded.error()));
    QCOMPARE(snapshot(), before);
    QCOMPARE(book().get(id).value().status, SubscriberStatus::Unsubscribed);
}

void TestAddressBook::addRefusesIncompleteOrFutureConsent_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<qint64>("secondsFromNow");
    QTest::addColumn<QString>("message");
    QTest::addRow("no source") << QString() << QStringLiteral("form #12") << qint64(0)
                               << QStringLiteral("source and its evidence");
    QTest::addRow("no evidence") << QStringLiteral("paper form") << QStringLiteral(" ") << qint64(0)
                                 << QStringLiteral("source and its evidence");
    QTest::addRow("dated tomorrow") << QStringLiteral("paper form") << QStringLiteral("form #12")
                                    << qint64(86400) << QStringLiteral("in the future");
}

// The same rules as recordConsent(): a consent that comes with a new person is no less a consent.
void TestAddressBook::addRefusesIncompleteOrFutureConsent()
{
    QFETCH(QString, source);
    QFETCH(QString, evidence);
    QFETCH(qint64, secondsFromNow);
    QFETCH(QString, message);
    const QDateTime at = secondsFromNow ? now().addSecs(secondsFromNow) : QDateTime();
    auto added = book().add(anna(), ConsentRecord{source, evidence, at});
    QVERIFY(!added);
    QVERIFY2(added.error().contains(message), qPrintable(added.error()));
    for (const char* table : {"subscriber", "consent_event", "suppression"})
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
}

void TestAddressBook::unsubscribeOtherNeedsText_data()
{
    QTest::addColumn<OptOutReason>("reason");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("other, no text") << OptOutReason::Other << QString() << false;
    QTest::addRow("other, blank text") << OptOutReason::Other << QStringLiteral("  ") << false;
    QTest::addRow("other, with text") << OptOutReason::Other << QStringLiteral(" moved abroad ") << true;
    QTest::addRow("too frequent, no text") << OptOutReason::TooFrequent << QString() << true;
    QTest::addRow("never signed up, no text") << OptOutReason::NeverSignedUp << QString() << true;
}

void TestAddressBook::unsubscribeOtherNeedsText()
{
    QFETCH(OptOutReason, reason);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const qint64 id = addAnna(true);
    const QString before = snapshot();
    auto done = book().unsubscribe(annaPhone, reason, text);
    if (!accepted) {
        QVERIFY(!done);
        QVERIFY2(done.error().contains(QStringLiteral("“Other”")), qPrintable(done.error()));
        QCOMPARE(snapshot(), before);
        QCOMPARE(book().get(id).value().status, SubscriberStatus::Subscribed);
        return;
    }
    QVERIFY2(done, qPrintable(done.error()));
    QVERIFY(done.value());
    const ConsentEvent last = book().history(annaPhone).value().constLast();
    QCOMPARE(last.reasonCode, OptOutReasons::code(reason));
    QCOMPARE(last.reasonText, text.trimmed());
    QCOMPARE(book().suppression(annaPhone).value().optOutReason, OptOutReasons::code(reason));
    QCOMPARE(OptOutReasons::fromCode(last.reasonCode), std::optional<OptOutReason>(reason));
}

// ---------------------------------------------------------------------------------------------

void TestAddressBook::restorePutsBackThePerson()
{
    Subscriber s = person(annaPhone, QStringLiteral("Анна"), QStringLiteral("Иванова"),
                          {QStringLiteral("vip"), QStringLiteral("birthday club")});
    s.city = QStringLiteral("Москва");
    s.birthDate = QDate(1990, 5, 17);
    s.language = QStringLiteral("ru");
    s.timeZone = QStringLiteral("Europe/Moscow");
    s.notes = QStringLiteral("prefers mornings");
    s.purchases = 3;
    s.lastActivity = now().addDays(-2);
    auto added = book().add(s, proof(now().addDays(-30)));
    QVERIFY(added);
    const qint64 id = added.value().id;
    advance(3600);
    const Subscriber snapshotBefore = book().get(id).value();
    const int eventsBefore = events();

    QVERIFY(book().remove({id}));
    QVERIFY(!book().get(id));
    advance(60);
    const Status restored = book().restore({snapshotBefore});
    QVERIFY2(restored, qPrintable(restored.error()));

    const Subscriber r = book().get(id).value();
    QCOMPARE(r.id, id);
    QCOMPARE(r.phone, snapshotBefore.phone);
    QCOMPARE(r.firstName, snapshotBefore.firstName);
    QCOMPARE(r.lastName, snapshotBefore.lastName);
    QCOMPARE(r.city, snapshotBefore.city);
    QCOMPARE(r.birthDate, snapshotBefore.birthDate);
    QCOMPARE(r.language, snapshotBefore.language);
    QCOMPARE(r.timeZone, snapshotBefore.timeZone);
    QCOMPARE(r.notes, snapshotBefore.notes);
    QCOMPARE(r.purchases, snapshotBefore.purchases);
    QCOMPARE(r.lastActivity, snapshotBefore.lastActivity);
    QCOMPARE(r.tags, snapshotBefore.tags);
    QCOMPARE(r.numberKind, NumberKind::Mobile);
    QCOMPARE(r.consentAt, snapshotBefore.consentAt);
    QCOMPARE(r.consentSource, snapshotBefore.consentSource);
    QCOMPARE(r.createdAt, snapshotBefore.createdAt);
    QCOMPARE(r.status, SubscriberStatus::Subscribed);
    QCOMPARE(events(), eventsBefore); // undoing a delete is not a change of consent
    // Found by search again.
    SubscriberFilter filter;
    filter.search = QStringLiteral("иванова");
    QCOMPARE(SubscriberQuery(db(), filter).count().value(), 1);
}

void TestAddressBook::restoreDerivesStatusAfresh_data()
{
    QTest::addColumn<bool>("excludedBeforeDelete");
    QTest::addColumn<QString>("whileDeleted");
    QTest::addColumn<SubscriberStatus>("expected");
    QTest::addRow("STOP while deleted")
        << false << QStringLiteral("unsubscribe") << SubscriberStatus::Unsubscribed;
    QTest::addRow("excluded while deleted")
        << false << QStringLiteral("exclude") << SubscriberStatus::Excluded;
    QTest::addRow("exclusion lifted while deleted")
        << true << QStringLiteral("unexclude") << SubscriberStatus::Subscribed;
    QTest::addRow("nothing happened") << false << QString() << SubscriberStatus::Subscribed;
}

void TestAddressBook::restoreDerivesStatusAfresh()
{
    QFETCH(bool, excludedBeforeDelete);
    QFETCH(QString, whileDeleted);
    QFETCH(SubscriberStatus, expected);
    const qint64 id = addAnna(true);
    if (excludedBeforeDelete)
        QVERIFY(book().exclude(annaPhone, QStringLiteral("complaint")).value());
    const Subscriber before = book().get(id).value();
    QVERIFY(book().remove({id}));
    advance(600);
    if (whileDeleted == QLatin1String("unsubscribe"))
        QVERIFY(
            book()
                .unsubscribe(annaPhone, OptOutReason::TooFrequent, QString(), ConsentEvent::Channel::Keyword)
                .value());
    else if (whileDeleted == QLatin1String("exclude"))
        QVERIFY(book().exclude(annaPhone, QStringLiteral("complaint")).value());
    else if (whileDeleted == QLatin1String("unexclude"))
        QVERIFY(book().unexclude(annaPhone, QStringLiteral("resolved")).value());
    QVERIFY(book().restore({before}));
    QCOMPARE(book().get(id).value().status, expected);
}

void TestAddressBook::restoreRefusedWhenTheNumberWasAddedAgain()
{
    const qint64 annaId = addAnna(true);
    auto petr = book().add(person(QStringLiteral("+79161234568"), QStringLiteral("Пётр")), proof());
    QVERIFY(petr);
    const QVector<Subscriber> both = book().get(QVector<qint64>{annaId, petr.value().id}).value();
    QVERIFY(book().remove({annaId, petr.value().id}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM subscriber")), 0);
    auto again = book().add(person(QStringLiteral("+79161234568"), QStringLiteral("Павел")));
    QVERIFY(again);
    const QString before = snapshot();

    const Status restored = book().restore(both);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(QStringLiteral("+7 916 123-45-68")), qPrintable(restored.error()));
    QVERIFY2(restored.error().contains(QLatin1String("added again")), qPrintable(restored.error()));
    // All or nothing: Anna, who did not clash, is not half-restored either.
    QCOMPARE(snapshot(), before);
    QCOMPARE(book().get(again.value().id).value().firstName, QStringLiteral("Павел"));
}

void TestAddressBook::idsAreNeverReused()
{
    const qint64 first = addAnna(false);
    auto second = book().add(person(QStringLiteral("+79161234568")));
    QVERIFY(second);
    const Subscriber removed = book().get(second.value().id).value();
    QVERIFY(book().remove({second.value().id}));
    auto third = book().add(person(QStringLiteral("+79161234569")));
    QVERIFY(third);
    QVERIFY(third.value().id > second.value().id);
    QVERIFY(second.value().id > first);
    // So the undo can put the removed person back under their own id.
    QVERIFY(book().restore({removed}));
    QCOMPARE(book().get(second.value().id).value().phone, QStringLiteral("+79161234568"));
}

void TestAddressBook::consentFollowsTheNumberWhenItChanges()
{
    const qint64 id = book().add(anna(), proof()).value().id;
    Subscriber before = book().get(id).value();
    QCOMPARE(before.status, SubscriberStatus::Subscribed);

    // The consent was given for the old number; the new one has none of its own.
    Subscriber moved = before;
    moved.phone = QStringLiteral("+79261112233");
    QVERIFY(book().update(moved));
    Subscriber after = book().get(id).value();
    QCOMPARE(after.phone, QStringLiteral("+79261112233"));
    QVERIFY(!after.consentAt.isValid());
    QCOMPARE(after.status, SubscriberStatus::NoConsent);

    // Back to the old number (what undo does): its recorded consent counts again.
    QVERIFY(book().update(before));
    Subscriber back = book().get(id).value();
    QCOMPARE(back.consentAt, before.consentAt);
    QCOMPARE(back.consentSource, before.consentSource);
    QCOMPARE(back.status, SubscriberStatus::Subscribed);
}

void TestAddressBook::tagsDifferingInCaseAreOneTag()
{
    const qint64 a =
        book().add(person(QStringLiteral("+79161234567"), {}, {}, {QStringLiteral("VIP")})).value().id;
    const qint64 b =
        book().add(person(QStringLiteral("+79161234568"), {}, {}, {QStringLiteral("vip")})).value().id;
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tag")), 1);
    QCOMPARE(book().get(a).value().tags, QStringList{QStringLiteral("VIP")});
    QCOMPARE(book().get(b).value().tags, QStringList{QStringLiteral("VIP")}); // the spelling first used
}

void TestAddressBook::aConsentOlderThanTheOptOutDoesNotLiftIt()
{
    // A clerk enters an old paper form of someone who texted STOP since (rule 4).
    const QDateTime signedUp = m_clock.currentUtc().addDays(-400);
    QVERIFY(book().add(anna(), proof(signedUp)).value().id > 0);
    QVERIFY(book().unsubscribe(annaPhone, OptOutReason::TooFrequent, QString()).value());
    Result<QStringList> older =
        book().recordConsent(annaPhone, proof(m_clock.currentUtc().addDays(-700),
                                              QStringLiteral("old paper form"), QStringLiteral("form #3")));
    QVERIFY2(older, qPrintable(older.error()));
    QVERIFY2(older.value().join(QLatin1Char(' ')).contains(QLatin1String("stays unsubscribed")),
             qPrintable(older.value().join(QLatin1Char(' '))));
    Subscriber s = book().findByPhone(annaPhone).value().value();
    QCOMPARE(s.status, SubscriberStatus::Unsubscribed);
    QCOMPARE(s.consentAt, signedUp); // the newer consent stays the person's consent
    QVERIFY(book().suppression(annaPhone).value().optedOut());

    // A consent given after the opt-out, by hand with its evidence, does re-subscribe.
    m_clock.advanceSeconds(3600);
    QVERIFY(book().recordConsent(annaPhone, proof()).ok());
    QCOMPARE(book().findByPhone(annaPhone).value()->status, SubscriberStatus::Subscribed);
}

void TestAddressBook::restoreTakesTheConsentFromTheHistory()
{
    const qint64 id = book().add(anna(), proof(m_clock.currentUtc().addDays(-30))).value().id;
    const Subscriber snapshot = book().get(id).value(); // what an undo command keeps
    m_clock.advanceSeconds(60);
    QVERIFY(book().recordConsent(annaPhone, proof(QDateTime(), QStringLiteral("website"))).ok());
    QVERIFY(book().remove({id}));
    QVERIFY(book().restore({snapshot}));
    const Subscriber back = book().get(id).value();
    QCOMPARE(back.consentSource, QStringLiteral("website"));
    QCOMPARE(back.consentAt, m_clock.currentUtc());
    QCOMPARE(back.status, SubscriberStatus::Subscribed);
}

QTEST_GUILESS_MAIN(TestAddressBook)
#include "tst_addressbook.moc"
