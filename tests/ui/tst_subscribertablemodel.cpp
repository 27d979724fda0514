// The address book model: consistent under QAbstractItemModelTester, complete and in order
// across pages, and in step with the database after edits.

#include "addressbook/subscribertablemodel.h"
#include "contacts/addressbook.h"
#include "demo/demodata.h"
#include "storage/connection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

class TestSubscriberTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesTheModelTester();
    void knowsTheTotalAndLoadsEveryRowInOrder();
    void filtersByStatusAndSearch();
    void sortsByColumn();
    void followsEditsOnRefresh();
    void emptyDatabaseHasNoRows();

private:
    // Reads every row, waiting for the pages as the view would.
    QStringList allNames(SubscriberTableModel& model);
    qint64 sqlCount(const QString& where);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

void TestSubscriberTableModel::init()
{
    m_path =
        m_dir.filePath(QStringLiteral("model-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    auto opened = Connection::open(m_path, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    if (QLatin1String(QTest::currentTestFunction()) != QLatin1String("emptyDatabaseHasNoRows")) {
        auto demo = DemoData::generate(m_connection->database(), 1000, 7);
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
    }
}

void TestSubscriberTableModel::cleanup()
{
    m_connection.reset();
}

qint64 TestSubscriberTableModel::sqlCount(const QString& where)
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM subscriber WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestSubscriberTableModel::allNames(SubscriberTableModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, SubscriberTableModel::NameColumn);
        if (!index.data(SubscriberTableModel::LoadedRole).toBool()) {
            // The page is on its way; a real view asks again when dataChanged arrives.
            if (!QTest::qWaitFor([&] { return index.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000))
                return {};
        }
        names.append(index.data().toString());
    }
    return names;
}

void TestSubscriberTableModel::passesTheModelTester()
{
    SubscriberTableModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &SubscriberTableModel::totalChanged);
    QVERIFY(total.wait(5000));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), int(SubscriberTableModel::ColumnCount));
    // Change filter, sort and refresh while the tester watches every signal.
    SubscriberFilter filter;
    filter.status = SubscriberStatus::Unsubscribed;
    model.setFilter(filter);
    QVERIFY(total.wait(5000));
    model.sort(SubscriberTableModel::PhoneColumn, Qt::DescendingOrder);
    QVERIFY(total.wait(5000));
    model.refresh();
    QVERIFY(total.wait(5000));
    QVERIFY(!allNames(model).isEmpty());
}

void TestSubscriberTableModel::knowsTheTotalAndLoadsEveryRowInOrder()
{
    SubscriberTableModel model(m_path);
    QSignalSpy total(&model, &SubscriberTableModel::totalChanged);
    QVERIFY(total.wait(5000));
    QCOMPARE(total.first().first().toLongLong(), qint64(1000));
    // A row far down is a placeholder first, then arrives.
    const QModelIndex last = model.index(999, SubscriberTableModel::PhoneColumn);
    QVERIFY(QTest::qWaitFor([&] { return last.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000));
    QVERIFY(last.data().toString().startsWith(QLatin1Char('+')));

    // Every person exactly once, sorted by last name then first name.
    QSet<qint64> ids;
    QStringList lastNames;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QVERIFY(QTest::qWaitFor([&] { return index.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000));
        ids.insert(index.data(SubscriberTableModel::SubscriberIdRole).toLongLong());
        lastNames.append(model.subscriberAt(row)->lastName);
    }
    QCOMPARE(ids.size(), 1000);
    QStringList sorted = lastNames;
    std::sort(sorted.begin(), sorted.end()); // SQLite's default BINARY order is code-point order
    QCOMPARE(lastNames, sorted);
}

void TestSubscriberTableModel::filtersByStatusAndSearch()
{
    SubscriberTableModel model(m_path);
    QSignalSpy total(&model, &SubscriberTableModel::totalChanged);
    QVERIFY(total.wait(5000));

    SubscriberFilter filter;
    filter.status = SubscriberStatus::Excluded;
    model.setFilter(filter);
    QVERIFY(total.wait(5000));
    QCOMPARE(qint64(model.rowCount()), sqlCount(QStringLiteral("status = 3")));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, SubscriberTableModel::StatusColumn);
        QVERIFY(QTest::qWaitFor([&] { return index.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000));
        QCOMPARE(index.data(SubscriberTableModel::StatusRole).toInt(), int(SubscriberStatus::Excluded));
    }

    // A name search, case-insensitive in Cyrillic.
    filter = {};
    filter.search = QStringLiteral("иванов");
    model.setFilter(filter);
    QVERIFY(total.wait(5000));
    QCOMPARE(qint64(model.rowCount()), sqlCount(QStringLiteral("search_key LIKE '%иванов%'")));
    QVERIFY(model.rowCount() > 0);
    for (const QString& name : allNames(model))
        QVERIFY2(name.contains(QStringLiteral("Иванов")), qPrintable(name));

    // A number search by digits, whatever the spacing.
    Subscriber first = *model.subscriberAt(0);
    filter.search = first.phone.mid(1, 3) + QLatin1Char(' ') + first.phone.mid(4, 3);
    model.setFilter(filter);
    QVERIFY(total.wait(5000));
    QVERIFY(model.rowCount() >= 1);
    const QModelIndex hit = model.index(0, SubscriberTableModel::PhoneColumn);
    QVERIFY(QTest::qWaitFor([&] { return hit.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000));
    QVERIFY(hit.data(SubscriberTableModel::PhoneRole).toString().contains(first.phone.mid(1, 6)));
}

void TestSubscriberTableModel::sortsByColumn()
{
    SubscriberTableModel model(m_path);
    QSignalSpy total(&model, &SubscriberTableModel::totalChanged);
    QVERIFY(total.wait(5000));
    model.sort(SubscriberTableModel::PhoneColumn, Qt::DescendingOrder);
    QVERIFY(total.wait(5000));
    QStringList phones;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QVERIFY(QTest::qWaitFor([&] { return index.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000));
        phones.append(index.data(SubscriberTableModel::PhoneRole).toString());
    }
    QStringList expected = phones;
    std::sort(expected.begin(), expected.end(), std::greater<QString>());
    QCOMPARE(phones, expected);
}

void TestSubscriberTableModel::followsEditsOnRefresh()
{
    SubscriberTableModel model(m_path);
    QSignalSpy total(&model, &SubscriberTableModel::totalChanged);
    QVERIFY(total.wait(5000));
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber s;
    s.phone = QStringLiteral("0171 9876543");
    s.firstName = QStringLiteral("Aaron");
    s.lastName = QStringLiteral("Aardvark"); // sorts first
    QVERIFY(book.add(s).ok());
    model.refresh();
    QVERIFY(total.wait(5000));
    QCOMPARE(model.rowCount(), 1001);
    const QModelIndex top = model.index(0, SubscriberTableModel::NameColumn);
    QVERIFY(QTest::qWaitFor([&] { return top.data(SubscriberTableModel::LoadedRole).toBool(); }, 5000));
    QCOMPARE(top.data().toString(), QStringLiteral("Aaron Aardvark"));
    QCOMPARE(top.data(SubscriberTableModel::StatusRole).toInt(), int(SubscriberStatus::NoConsent));

    QVERIFY(book.exclude(QStringLiteral("+491719876543"), QStringLiteral("complaint")).ok());
    model.refresh();
    QVERIFY(total.wait(5000));
    QVERIFY(QTest::qWaitFor(
        [&] { return top.data(SubscriberTableModel::StatusRole).toInt() == int(SubscriberStatus::Excluded); },
        5000));
}

void TestSubscriberTableModel::emptyDatabaseHasNoRows()
{
    SubscriberTableModel model(m_path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &SubscriberTableModel::totalChanged);
    QVERIFY(total.wait(5000));
    QCOMPARE(total.first().first().toLongLong(), qint64(0));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoaded());
}

QTEST_MAIN(TestSubscriberTableModel)
#include "tst_subscribertablemodel.moc"
