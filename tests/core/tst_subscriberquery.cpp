// Searching, filtering, sorting and paging the address book as the table shows it.

#include "contacts/addressbook.h"
#include "contacts/subscriberquery.h"
#include "relaxedrulepacks.h"
#include "storage/connection.h"
#include "util/clock.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace textwell;

Q_DECLARE_METATYPE(textwell::SubscriberFilter::SortColumn)
Q_DECLARE_METATYPE(std::optional<textwell::SubscriberStatus>)

namespace {

struct Person
{
    const char* phone;
    const char* first;
    const char* last;
    const char* city;
    int consentDaysAgo; // -1: no consent
    const char* then;   // "", "unsubscribe" or "exclude"
};

// Names in three scripts, equal names and cities (for a stable order among equals), LIKE
// wildcards and quotes inside names.
const Person people[] = {
    {"+79161234567", "Анна", "Иванова", "Москва", 30, ""},
    {"+79161234568", "Анна", "Петрова", "Казань", 20, "unsubscribe"},
    {"+79261112233", "Иван", "Анненков", "Москва", 25, ""},
    {"+491711234567", "Jürgen", "Müller", "München", 10, ""},
    {"+491711234568", "Hans", "Mueller", "Berlin", -1, ""},
    {"+491601234567", "Anna", "Schmidt", "Berlin", 5, "exclude"},
    {"+12125550123", "Mary", "O'Brien", "New York", 40, ""},
    {"+14155552671", "John", "Smith", "San Francisco", -1, ""},
    {"+79031234567", "Лавка", "100% натурально", "Москва", 15, ""},
    {"+79051234567", "Nina", "Under_Score", "Berlin", 12, "unsubscribe"},
    {"+79151234567", "Ольга", "Иванова", "Москва", 30, ""},
    {"+79851234567", "Анна", "Иванова", "Москва", 30, "exclude"},
    {"+79991234567", "", "", "", -1, ""},
    {"+4915212345678", "Petra", "MÜLLER", "Köln", 8, ""},
    {"+447812345678", "Zoë", "Ångström", "London", 3, ""},
};

QStringList phonesOf(const QVector<Subscriber>& rows)
{
    QStringList phones;
    for (const Subscriber& s : rows)
        phones.append(s.phone);
    return phones;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSubscriberQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void searchByName_data();
    void searchByName();
    void searchByDigits_data();
    void searchByDigits();
    void statusFilter_data();
    void statusFilter();
    void likeWildcardsAreLiteral_data();
    void likeWildcardsAreLiteral();
    void sqlInjectionChangesNothing_data();
    void sqlInjectionChangesNothing();
    void sortOrder_data();
    void sortOrder();
    void pagingCoversEveryRowOnce_data();
    void pagingCoversEveryRowOnce();
    void pageFillsTheColumns();

private:
    QVector<Subscriber> all(const SubscriberFilter& filter) const;
    QString fingerprint() const;

    ManualClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    QStringList m_allPhones;
    QMap<SubscriberStatus, QStringList> m_byStatus;
};

void TestSubscriberQuery::initTestCase()
{
    Clock::setInstance(&m_clock);
    QVERIFY(m_dir.isValid());
    auto opened =
        Connection::open(m_dir.filePath(QStringLiteral("query.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(relaxRulePacks(m_connection->database()));
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));

    auto addOne = [&](const QString& phone, const QString& first, const QString& last, const QString& city,
                      int consentDaysAgo, const QString& then) {
        Subscriber s;
        s.phone = phone;
        s.firstName = first;
        s.lastName = last;
        s.city = city;
        s.tags = {QStringLiteral("t-") + phone.right(2)};
        std::optional<ConsentRecord> consent;
        if (consentDaysAgo >= 0)
            consent = ConsentRecord{QStringLiteral("form"), QStringLiteral("form of ") + phone,
                                    m_clock.currentUtc().addDays(-consentDaysAgo)};
        auto added = book.add(s, consent);
        QVERIFY2(added, qPrintable(phone + QLatin1Char(' ') + added.error()));
        if (then == QLatin1String("unsubscribe"))
            QVERIFY(book.unsubscribe(phone, OptOutReason::TooFrequent, QString()).value());
        else if (then == QLatin1String("exclude"))
            QVERIFY(book.exclude(phone, QStringLiteral("note")).value());
        const SubscriberStatus status = SubscriberStatuses::derive(
            then == QLatin1String("exclude"), then == QLatin1String("unsubscribe"), consentDaysAgo >= 0);
        m_byStatus[status].append(phone);
        m_allPhones.append(phone);
    };
    for (const Person& p : people) {
        addOne(QLatin1String(p.phone), QString::fromUtf8(p.first), QString::fromUtf8(p.last),
               QString::fromUtf8(p.city), p.consentDaysAgo, QLatin1String(p.then));
        if (QTest::currentTestFailed())
            return;
    }
    // Thirty people with the same name and city, some with the same consent date: the order among
    // equals must still be the same on every page.
    for (int i = 0; i < 30; ++i) {
        addOne(QStringLiteral("+49171300%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Max"),
               QStringLiteral("Mustermann"), QStringLiteral("Köln"), i % 3 == 0 ? -1 : i % 4,
               i % 5 == 0 ? QStringLiteral("unsubscribe") : QString());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSubscriberQuery::cleanupTestCase()
{
    m_connection.reset();
    Clock::setInstance(nullptr);
}

QVector<Subscriber> TestSubscriberQuery::all(const SubscriberFilter& filter) const
{
    const SubscriberQuery query(m_connection->database(), filter);
    auto rows = query.page(0, 10000);
    if (!rows) {
        qWarning("page failed: %s", qPrintable(rows.error()));
        return {};
    }
    return rows.value();
}

QString TestSubscriberQuery::fingerprint() const
{
    QStringList parts;
    QSqlQuery q(m_connection->database());
    for (const char* sql : {"SELECT count(*) FROM subscriber", "SELECT count(*) FROM consent_event",
                            "SELECT count(*) FROM suppression", "SELECT count(*) FROM sqlite_master",
                            "SELECT group_concat(phone || search_key || status, ',') FROM subscriber"}) {
        if (!q.exec(QLatin1String(sql)) || !q.next())
            return QStringLiteral("error");
        parts.append(q.value(0).toString());
    }
    return parts.join(QLatin1Char('/'));
}

void TestSubscriberQuery::searchByName_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList annas = {QStringLiteral("+79161234567"), QStringLiteral("+79161234568"),
                               QStringLiteral("+79851234567")};
    const QStringList muellers = {QStringLiteral("+491711234567"), QStringLiteral("+4915212345678")};
    QTest::addRow("анна") << QStringLiteral("анна") << annas;
    QTest::addRow("АННА") << QStringLiteral("АННА") << annas;
    QTest::addRow("Анна") << QStringLiteral("Анна") << annas;
    QTest::addRow("latin anna is another name")
        << QStringLiteral("anna") << QStringList{QStringLiteral("+491601234567")};
    QTest::addRow("müller") << QStringLiteral("müller") << muellers;
    QTest::addRow("MÜLLER") << QStringLiteral("MÜLLER") << muellers;
    QTest::addRow("mueller is another spelling")
        << QStringLiteral("mueller") << QStringList{QStringLiteral("+491711234568")};
    QTest::addRow("first and last, extra spaces")
        << QStringLiteral("  анна   иванова ")
        << QStringList{QStringLiteral("+79161234567"), QStringLiteral("+79851234567")};
    QTest::addRow("last name shared")
        << QStringLiteral("иванова")
        << QStringList{QStringLiteral("+79161234567"), QStringLiteral("+79151234567"),
                       QStringLiteral("+79851234567")};
    QTest::addRow("part of a name") << QStringLiteral("анн")
                                    << (annas + QStringList{QStringLiteral("+79261112233")});
    QTest::addRow("apostrophe") << QStringLiteral("o'brien") << QStringList{QStringLiteral("+12125550123")};
    QTest::addRow("Ångström") << QStringLiteral("ÅNGSTRÖM") << QStringList{QStringLiteral("+447812345678")};
    QTest::addRow("nobody") << QStringLiteral("nobody") << QStringList();
    QTest::addRow("empty search: everyone") << QStringLiteral("   ") << QStringList{QStringLiteral("*")};
}

void TestSubscriberQuery::searchByName()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    if (expected == QStringList{QStringLiteral("*")})
        expected = m_allPhones;
    SubscriberFilter filter;
    filter.search = search;
    const QVector<Subscriber> rows = all(filter);
    QCOMPARE(sorted(phonesOf(rows)), sorted(expected));
    QCOMPARE(SubscriberQuery(m_connection->database(), filter).count().value(), qint64(expected.size()));
}

void TestSubscriberQuery::searchByDigits_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("916 123") << QStringLiteral("916 123") << QString()
                             << QStringList{QStringLiteral("+79161234567"), QStringLiteral("+79161234568")};
    QTest::addRow("the whole number, formatted")
        << QStringLiteral("+7 (916) 123-45-67") << QString() << QStringList{QStringLiteral("+79161234567")};
    QTest::addRow("dots and slashes")
        << QStringLiteral("171/123.456") << QString()
        << QStringList{QStringLiteral("+491711234567"), QStringLiteral("+491711234568")};
    QTest::addRow("US style") << QStringLiteral("555-0123") << QString()
                              << QStringList{QStringLiteral("+12125550123")};
    QTest::addRow("no such digits") << QStringLiteral("777777") << QString() << QStringList();
    // A whole number as people write it at home, with the trunk prefix, read with the default country.
    QTest::addRow("RU trunk prefix") << QStringLiteral("8 916 123-45-67") << QStringLiteral("RU")
                                     << QStringList{QStringLiteral("+79161234567")};
    QTest::addRow("DE trunk prefix") << QStringLiteral("0171 1234567") << QStringLiteral("DE")
                                     << QStringList{QStringLiteral("+491711234567")};
    QTest::addRow("part of a number with a region")
        << QStringLiteral("916 123") << QStringLiteral("RU")
        << QStringList{QStringLiteral("+79161234567"), QStringLiteral("+79161234568")};
}

void TestSubscriberQuery::searchByDigits()
{
    QFETCH(QString, search);
    QFETCH(QString, region);
    QFETCH(QStringList, expected);
    SubscriberFilter filter;
    filter.search = search;
    filter.region = region;
    QCOMPARE(sorted(phonesOf(all(filter))), sorted(expected));
    QCOMPARE(SubscriberQuery(m_connection->database(), filter).count().value(), qint64(expected.size()));
}

void TestSubscriberQuery::statusFilter_data()
{
    QTest::addColumn<std::optional<SubscriberStatus>>("status");
    QTest::addColumn<QString>("search");
    QTest::addRow("subscribed") << std::optional<SubscriberStatus>(SubscriberStatus::Subscribed) << QString();
    QTest::addRow("no consent") << std::optional<SubscriberStatus>(SubscriberStatus::NoConsent) << QString();
    QTest::addRow("unsubscribed") << std::optional<SubscriberStatus>(SubscriberStatus::Unsubscribed)
                                  << QString();
    QTest::addRow("excluded") << std::optional<SubscriberStatus>(SubscriberStatus::Excluded) << QString();
    QTest::addRow("any") << std::optional<SubscriberStatus>() << QString();
    QTest::addRow("unsubscribed Annas")
        << std::optional<SubscriberStatus>(SubscriberStatus::Unsubscribed) << QStringLiteral("анна");
    QTest::addRow("excluded Annas") << std::optional<SubscriberStatus>(SubscriberStatus::Excluded)
                                    << QStringLiteral("анна");
    QTest::addRow("subscribed on 916")
        << std::optional<SubscriberStatus>(SubscriberStatus::Subscribed) << QStringLiteral("916");
}

void TestSubscriberQuery::statusFilter()
{
    QFETCH(std::optional<SubscriberStatus>, status);
    QFETCH(QString, search);
    SubscriberFilter filter;
    filter.status = status;
    filter.search = search;
    QStringList expected = status ? m_byStatus.value(*status) : m_allPhones;
    if (search == QStringLiteral("анна"))
        expected = QSet<QString>(expected.begin(), expected.end())
                       .intersect({QStringLiteral("+79161234567"), QStringLiteral("+79161234568"),
                                   QStringLiteral("+79851234567")})
                       .values();
    else if (search == QLatin1String("916"))
        expected.removeIf([](const QString& p) { return !p.contains(QLatin1String("916")); });
    QVERIFY(!expected.isEmpty()); // each row must be able to fail
    const QVector<Subscriber> rows = all(filter);
    QCOMPARE(sorted(phonesOf(rows)), sorted(expected));
    for (const Subscriber& s : rows) {
        if (status)
            QCOMPARE(s.status, *status);
    }
    QCOMPARE(SubscriberQuery(m_connection->database(), filter).count().value(), qint64(expected.size()));
}

void TestSubscriberQuery::likeWildcardsAreLiteral_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("percent") << QStringLiteral("%") << QStringList{QStringLiteral("+79031234567")};
    QTest::newRow("100%") << QStringLiteral("100%") << QStringList{QStringLiteral("+79031234567")};
    QTest::newRow("underscore") << QStringLiteral("_") << QStringList{QStringLiteral("+79051234567")};
    QTest::newRow("under_") << QStringLiteral("under_") << QStringList{QStringLiteral("+79051234567")};
    // Unescaped, these would match "anna", "анна" and many more.
    QTest::newRow("a%a") << QStringLiteral("a%a") << QStringList();
    QTest::newRow("_nna") << QStringLiteral("_nna") << QStringList();
    QTest::newRow("а%а") << QStringLiteral("а%а") << QStringList();
    QTest::newRow("%%") << QStringLiteral("%%") << QStringList();
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList();
    QTest::newRow("escaped percent") << QStringLiteral("\\%") << QStringList();
    QTest::newRow("digits with a percent") << QStringLiteral("916%123") << QStringList();
}

void TestSubscriberQuery::likeWildcardsAreLiteral()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    SubscriberFilter filter;
    filter.search = search;
    QCOMPARE(sorted(phonesOf(all(filter))), sorted(expected));
    QCOMPARE(SubscriberQuery(m_connection->database(), filter).count().value(), qint64(expected.size()));
}

void TestSubscriberQuery::sqlInjectionChangesNothing_data()
{
    QTest::addColumn<QString>("search");
    QTest::addRow("drop table") << QStringLiteral("'; DROP TABLE subscriber; --");
    QTest::addRow("or 1=1") << QStringLiteral("' OR '1'='1");
    QTest::addRow("or 1=1 comment") << QStringLiteral("' OR 1=1 --");
    QTest::addRow("double quote") << QStringLiteral("\") OR 1=1 --");
    QTest::addRow("like breakout") << QStringLiteral("%' OR search_key LIKE '%");
    QTest::addRow("bobby tables") << QStringLiteral("Robert'); DELETE FROM subscriber; --");
    QTest::addRow("number then delete") << QStringLiteral("916'; DELETE FROM consent_event; --");
    QTest::addRow("escape breakout") << QStringLiteral("x' ESCAPE 'x' OR 1=1 --");
    QTest::addRow("union") << QStringLiteral("' UNION SELECT name FROM sqlite_master --");
}

void TestSubscriberQuery::sqlInjectionChangesNothing()
{
    QFETCH(QString, search);
    const QString before = fingerprint();
    for (auto status :
         {std::optional<SubscriberStatus>(), std::optional<SubscriberStatus>(SubscriberStatus::Subscribed)}) {
        SubscriberFilter filter;
        filter.search = search;
        filter.status = status;
        const SubscriberQuery query(m_connection->database(), filter);
        auto counted = query.count();
        QVERIFY2(counted, qPrintable(counted.error()));
        QCOMPARE(counted.value(), qint64(0));
        auto rows = query.page(0, 100);
        QVERIFY2(rows, qPrintable(rows.error()));
        QVERIFY(rows.value().isEmpty());
    }
    QCOMPARE(fingerprint(), before);
}

void TestSubscriberQuery::sortOrder_data()
{
    using C = SubscriberFilter::SortColumn;
    QTest::addColumn<SubscriberFilter::SortColumn>("column");
    QTest::addRow("phone") << C::ByPhone;
    QTest::addRow("name") << C::ByName;
    QTest::addRow("city") << C::ByCity;
    QTest::addRow("status") << C::ByStatus;
    QTest::addRow("consent date") << C::ByConsentDate;
}

void TestSubscriberQuery::sortOrder()
{
    QFETCH(SubscriberFilter::SortColumn, column);
    SubscriberFilter filter;
    filter.sort = column;
    const QVector<Subscriber> ascending = all(filter);
    QCOMPARE(ascending.size(), m_allPhones.size());

    // The expected order: by the column (as SQLite compares text: by code point), then by id.
    auto less = [column](const Subscriber& a, const Subscriber& b) {
        int c = 0;
        switch (column) {
        case SubscriberFilter::SortColumn::ByPhone:
            c = QString::compare(a.phone, b.phone);
            break;
        case SubscriberFilter::SortColumn::ByName:
            c = QString::compare(a.lastName, b.lastName);
            if (c == 0)
                c = QString::compare(a.firstName, b.firstName);
            break;
        case SubscriberFilter::SortColumn::ByCity:
            c = QString::compare(a.city, b.city);
            break;
        case SubscriberFilter::SortColumn::ByStatus:
            c = static_cast<int>(a.status) - static_cast<int>(b.status);
            break;
        case SubscriberFilter::SortColumn::ByConsentDate: // no consent first
            if (a.consentAt.isValid() != b.consentAt.isValid())
                c = a.consentAt.isValid() ? 1 : -1;
            else if (a.consentAt != b.consentAt)
                c = a.consentAt < b.consentAt ? -1 : 1;
            break;
        }
        return c != 0 ? c < 0 : a.id < b.id;
    };
    QVector<Subscriber> expected = ascending;
    std::sort(expected.begin(), expected.end(), less);
    QCOMPARE(phonesOf(ascending), phonesOf(expected));

    filter.descending = true;
    const QVector<Subscriber> descending = all(filter);
    QStringList reversed = phonesOf(ascending);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(phonesOf(descending), reversed);

    // Asking again gives the same order (no ties left to chance).
    QCOMPARE(phonesOf(all(filter)), reversed);
    filter.descending = false;
    QCOMPARE(phonesOf(all(filter)), phonesOf(ascending));

    if (column == SubscriberFilter::SortColumn::ByName) {
        // The two people named "Анна Иванова" keep the order in which they were added.
        const QStringList order = phonesOf(ascending);
        QVERIFY(order.indexOf(QStringLiteral("+79161234567")) <
                order.indexOf(QStringLiteral("+79851234567")));
        QCOMPARE(order.constFirst(), QStringLiteral("+79991234567")); // the nameless one
    }
}

void TestSubscriberQuery::pagingCoversEveryRowOnce_data()
{
    QTest::addColumn<SubscriberFilter::SortColumn>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("search");
    using C = SubscriberFilter::SortColumn;
    for (auto column : {C::ByPhone, C::ByName, C::ByCity, C::ByStatus, C::ByConsentDate}) {
        for (bool descending : {false, true}) {
            for (int size : {1, 4, 7, 100}) {
                QTest::addRow("column %d %s, pages of %d", static_cast<int>(column),
                              descending ? "desc" : "asc", size)
                    << column << descending << size << QString();
            }
        }
    }
    QTest::addRow("Mustermann by name, pages of 4")
        << C::ByName << false << 4 << QStringLiteral("mustermann");
    QTest::addRow("Mustermann by city, pages of 3") << C::ByCity << true << 3 << QStringLiteral("mustermann");
}

void TestSubscriberQuery::pagingCoversEveryRowOnce()
{
    QFETCH(SubscriberFilter::SortColumn, column);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    QFETCH(QString, search);
    SubscriberFilter filter;
    filter.sort = column;
    filter.descending = descending;
    filter.search = search;
    const SubscriberQuery query(m_connection->database(), filter);
    const qint64 total = query.count().value();
    QVERIFY(total > 0);
    const QStringList whole = phonesOf(query.page(0, static_cast<int>(total)).value());

    QStringList paged;
    for (qint64 offset = 0;; offset += pageSize) {
        auto page = query.page(offset, pageSize);
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page.value().size() <= pageSize);
        if (page.value().isEmpty())
            break;
        paged += phonesOf(page.value());
        QVERIFY(offset < total);
    }
    QCOMPARE(paged, whole);
    QCOMPARE(qint64(paged.size()), total);
    QCOMPARE(qint64(QSet<QString>(paged.begin(), paged.end()).size()), total);
    QVERIFY(query.page(total, pageSize).value().isEmpty());
}

void TestSubscriberQuery::pageFillsTheColumns()
{
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    SubscriberFilter filter;
    filter.sort = SubscriberFilter::SortColumn::ByPhone;
    for (const Subscriber& row : all(filter)) {
        const Subscriber full = book.get(row.id).value();
        QCOMPARE(row.phone, full.phone);
        QCOMPARE(row.firstName, full.firstName);
        QCOMPARE(row.lastName, full.lastName);
        QCOMPARE(row.city, full.city);
        QCOMPARE(row.tags, full.tags);
        QCOMPARE(row.tags, QStringList{QStringLiteral("t-") + full.phone.right(2)});
        QCOMPARE(row.status, full.status);
        QCOMPARE(row.numberKind, full.numberKind);
        QVERIFY(row.numberKind != NumberKind::Unknown);
        QCOMPARE(row.consentAt, full.consentAt);
        QCOMPARE(row.consentSource, full.consentSource);
    }
}

QTEST_GUILESS_MAIN(TestSubscriberQuery)
#include "tst_subscriberquery.moc"
