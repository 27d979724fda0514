// Importing people and suppression lists: what is stored, row by row, and the rules an import must
// never break — consent only on a declared basis (PRODUCT.md rule 3), an opt-out or exclusion is
// never lifted (rules 4 and 5), and a file is imported whole or not at all.
#include "contacts/addressbook.h"
#include "contacts/customfields.h"
#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/importreport.h"
#include "importing/importrow.h"
#include "importing/suppressionimporter.h"
#include "storage/connection.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

// Rows in memory, as a reader of a file would hand them out; failAfter makes it fail like a file
// that is deleted or cut off in the middle.
class VectorReader : public RecordReader
{
public:
    VectorReader(QStringList header, QVector<QStringList> rows, int failAfter = -1)
        : m_header(std::move(header)), m_rows(std::move(rows)), m_failAfter(failAfter)
    {}
    QStringList header() const override { return m_header; }
    bool next(SourceRecord& record) override
    {
        if (m_failAfter >= 0 && m_next == m_failAfter) {
            m_error = QStringLiteral("Row %1: the file could not be read any further.").arg(m_next + 2);
            return false;
        }
        if (m_next >= m_rows.size())
            return false;
        record.row = m_next + 2; // the header is row 1
        record.fields = m_rows.at(m_next++);
        return true;
    }
    QString error() const override { return m_error; }
    qint64 bytesRead() const override { return m_next; }
    qint64 totalBytes() const override { return m_rows.size(); }

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
    int m_failAfter;
    int m_next = 0;
    QString m_error;
};

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList out;
    for (const char* f : fields)
        out.append(QString::fromUtf8(f));
    return out;
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

// A fingerprint of everything an import may touch, to prove that a failed one touched nothing.
QString fingerprint(const QSqlDatabase& db)
{
    QStringList parts;
    for (const char* table :
         {"subscriber", "consent_event", "suppression", "tag", "subscriber_tag", "custom_field"})
        parts.append(
            QString::number(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))));
    parts.append(
        text(db, QStringLiteral("SELECT group_concat(phone || first_name || last_name || city || status, "
                                "'|') FROM subscriber")));
    return parts.join(QLatin1Char(';'));
}

const QStringList germanHeader = row({"Vorname", "Nachname", "Handy", "Stadt", "Notiz"});

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void guessesMappingFromHeadersInThreeLanguages_data();
    void guessesMappingFromHeadersInThreeLanguages();
    void guessesPhoneColumnWithoutHeaderName();
    void parsesMappingSpec();
    void storesNewPeopleWithNormalisedNumbers();
    void withoutConsentBasisNobodyIsSendable();
    void declaredConsentIsRecordedPerRowWithItsEvidence();
    void consentColumnDecidesPerRow();
    void declaredForEveryoneTakesDatesFromColumn();
    void sameNumberWrittenTwoWaysIsOnePerson();
    void duplicatePolicies_data();
    void duplicatePolicies();
    void updateAddsConsentToPersonWithout();
    void optOutsAndExclusionsStaySo();
    void invalidRowsAreReportedNotStored();
    void fullNamesTagsLanguagesDatesAndCustomFields();
    void missingCustomFieldRefusedUnlessCreated();
    void dryRunWritesNothingAndCountsTheSame();
    void cancelLeavesDatabaseAsItWas();
    void readErrorMidwayImportsNothing();
    void reportListsRowsToFix();
    void suppressionListBecomesExclusionsWithSource();
    void splitsFullNames_data();
    void splitsFullNames();
    void parsesDates_data();
    void parsesDates();

private:
    ImportOptions options(const QStringList& header) const;
    Result<ImportSummary> import(const QStringList& header, const QVector<QStringList>& rows,
                                 ImportOptions opts);

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    QSqlDatabase m_db;
};

void TestImporter::init()
{
    Result<std::unique_ptr<Connection>> c =
        Connection::open(m_dir.filePath(QStringLiteral("import.sqlite")), Connection::Mode::CreateIfMissing);
    QVERIFY2(c, qPrintable(c.error()));
    m_connection = c.takeValue();
    m_db = m_connection->database();
}

void TestImporter::cleanup()
{
    m_db = {};
    m_connection.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("import.sqlite")));
}

ImportOptions TestImporter::options(const QStringList& header) const
{
    ImportOptions o;
    o.mapping = ColumnMapping::guess(header, {});
    o.defaultRegion = QStringLiteral("DE");
    o.fileName = QStringLiteral("kunden.csv");
    return o;
}

Result<ImportSummary> TestImporter::import(const QStringList& header, const QVector<QStringList>& rows,
                                           ImportOptions opts)
{
    VectorReader reader(header, rows);
    return Importer(m_db, opts, QStringLiteral("test")).run(reader);
}

void TestImporter::guessesMappingFromHeadersInThreeLanguages_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("spec");
    QTest::newRow("en") << row({"First Name", "Last Name", "Mobile Phone", "City", "Birthday", "Tags",
                                "E-mail"})
                        << QStringLiteral(
                               "First Name=first_name,Last Name=last_name,Mobile Phone=phone,City=city,"
                               "Birthday=birth_date,Tags=tags");
    QTest::newRow("ru") << row({"Фамилия", "Имя", "Мобильный телефон", "Город", "Дата рождения", "Согласие"})
                        << QStringLiteral(
                               "Фамилия=last_name,Имя=first_name,Мобильный телефон=phone,Город=city,"
                               "Дата рождения=birth_date,Согласие=consent_date");
    QTest::newRow("de") << row({"Vorname", "Nachname", "Rufnummer", "Stadt", "Geburtsdatum",
                                "Einwilligung am", "Bemerkung"})
                        << QStringLiteral(
                               "Vorname=first_name,Nachname=last_name,Rufnummer=phone,Stadt=city,"
                               "Geburtsdatum=birth_date,Einwilligung am=consent_date,Bemerkung=notes");
    QTest::newRow("full name, Handy")
        << row({"Name", "Handy-Nr.", "Ort"}) << QStringLiteral("Name=full_name,Handy-Nr.=phone,Ort=city");
    QTest::newRow("ФИО") << row({"ФИО", "Тел.", "Ё-мейл"}) << QStringLiteral("ФИО=full_name,Тел.=phone");
}

void TestImporter::guessesMappingFromHeadersInThreeLanguages()
{
    QFETCH(QStringList, header);
    QFETCH(QString, spec);
    QCOMPARE(ColumnMapping::guess(header, {}).spec(header), spec);
}

void TestImporter::guessesPhoneColumnWithoutHeaderName()
{
    const QStringList header = row({"Column 1", "Column 2"});
    const QVector<QStringList> sample = {row({"Anna", "+49 171 1234567"}), row({"Max", "0171 7654321"}),
                                         row({"Eva", ""})};
    ColumnMapping m = ColumnMapping::guess(header, sample);
    QCOMPARE(m.columnOf(ImportField::Phone), 1);
    QVERIFY(m.problem(header).isEmpty());
    QVERIFY(!ColumnMapping::guess(header, {row({"Anna", "Berlin"})}).problem(header).isEmpty());
}

void TestImporter::parsesMappingSpec()
{
    const QStringList header = row({"Handy", "Vorname", "Kundennummer"});
    Result<ColumnMapping> m =
        ColumnMapping::parse(QStringLiteral("handy=phone, 2=first_name, Kundennummer=custom:"
                                            "Kundennr"),
                             header);
    QVERIFY2(m, qPrintable(m.error()));
    QCOMPARE(m.value().columnOf(ImportField::Phone), 0);
    QCOMPARE(m.value().columnOf(ImportField::FirstName), 1);
    QCOMPARE(m.value().targets.at(2).customName, QStringLiteral("Kundennr"));
    QVERIFY(ColumnMapping::parse(QStringLiteral("Telefon=phone"), header)
                .error()
                .contains(QLatin1String("Telefon")));
    QVERIFY(
        ColumnMapping::parse(QStringLiteral("Handy=fone"), header).error().contains(QLatin1String("fone")));
    Result<ColumnMapping> twice = ColumnMapping::parse(QStringLiteral("1=phone,2=city,3=city"), header);
    QVERIFY(twice);
    QVERIFY(twice.value().problem(header).contains(QLatin1String("Kundennummer")));
}

void TestImporter::storesNewPeopleWithNormalisedNumbers()
{
    Result<ImportSummary> s =
        import(germanHeader,
               {row({"Jürgen", "Weiß", "0171 1234567", "Köln", "Stammkunde"}),
                row({"Anna", "Müller", "+49 (0)160 9876543", "München", ""}),
                row({"Олег", "Петров", "+7 916 123-45-67", "Berlin", "spricht Russisch"})},
               options(germanHeader));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().rows, 3);
    QCOMPARE(s.value().added, 3);
    QCOMPARE(s.value().notImported(), 0);
    QCOMPARE(text(m_db, QStringLiteral(
                            "SELECT group_concat(phone || ':' || first_name || ' ' || last_name || ':' || "
                            "city || ':' || notes, '|') FROM (SELECT * FROM subscriber ORDER BY id)")),
             QStringLiteral("+491711234567:Jürgen Weiß:Köln:Stammkunde|+491609876543:Anna Müller:München:|"
                            "+79161234567:Олег Петров:Berlin:spricht Russisch"));
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Result<std::optional<Subscriber>> anna = book.findByPhone(QStringLiteral("+491609876543"));
    QVERIFY(anna && anna.value());
    QCOMPARE(anna.value()->numberKind, NumberKind::Mobile);
    QCOMPARE(AddressBook::searchKey(*anna.value()), QStringLiteral("anna müller"));
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM subscriber WHERE search_key = 'jürgen weiß'")),
             1);
}

void TestImporter::withoutConsentBasisNobodyIsSendable()
{
    Result<ImportSummary> s =
        import(germanHeader, {row({"A", "B", "0171 1234567", "", ""})}, options(germanHeader));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().withoutConsent, 1);
    QCOMPARE(s.value().consentRecorded, 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM consent_event")), 0);
    QCOMPARE(count(m_db, QStringLiteral("SELECT status FROM subscriber")),
             qint64(SubscriberStatus::NoConsent));
    QCOMPARE(count(m_db, QStringLiteral("SELECT consent_at IS NULL FROM subscriber")), 1);
}

void TestImporter::declaredConsentIsRecordedPerRowWithItsEvidence()
{
    ImportOptions o = options(germanHeader);
    o.declaredConsent.source = QStringLiteral("Papierformular an der Kasse");
    o.declaredConsent.evidence = QStringLiteral("Ordner 2024");
    o.declaredConsent.at = QDateTime(QDate(2024, 3, 2), QTime(12, 0), Qt::UTC);
    o.declaredForEveryone = true;
    Result<ImportSummary> s = import(
        germanHeader, {row({"A", "B", "0171 1234567", "", ""}), row({"C", "D", "0171 7654321", "", ""})}, o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().consentRecorded, 2);
    QCOMPARE(s.value().withoutConsent, 0);
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Result<QVector<ConsentEvent>> history = book.history(QStringLiteral("+491717654321"));
    QVERIFY(history);
    QCOMPARE(history.value().size(), 1);
    const ConsentEvent& e = history.value().first();
    QCOMPARE(e.kind, ConsentEvent::Kind::OptIn);
    QCOMPARE(e.channel, ConsentEvent::Channel::Import);
    QCOMPARE(e.source, QStringLiteral("Papierformular an der Kasse"));
    QCOMPARE(e.evidence, QStringLiteral("Ordner 2024 (kunden.csv, row 3)"));
    QCOMPARE(e.at, o.declaredConsent.at);
    QCOMPARE(e.actor, QStringLiteral("test"));
    QCOMPARE(
        count(m_db, QStringLiteral("SELECT count(*) FROM subscriber WHERE status = %1 AND consent_source = "
                                   "'Papierformular an der Kasse'")
                        .arg(int(SubscriberStatus::AwaitingConfirmation))),
        2);
    QCOMPARE(s.value().awaitingConfirmation, 2);
}

void TestImporter::consentColumnDecidesPerRow()
{
    const QStringList header = row({"Phone", "Consent date", "Consent source"});
    ImportOptions o = options(header);
    QCOMPARE(o.mapping.columnOf(ImportField::ConsentDate), 1);
    Result<ImportSummary> s =
        import(header,
               {row({"0171 1000001", "02.03.2024", "website"}), row({"0171 1000002", "", ""}),
                row({"0171 1000003", "ja", ""}), row({"0171 1000004", "nein", ""}),
                row({"0171 1000005", "01.01.2099", ""}), row({"0171 1000006", "soon", ""})},
               o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().added, 6);
    QCOMPARE(s.value().consentRecorded, 2);
    QCOMPARE(s.value().withoutConsent, 4);
    QCOMPARE(
        text(m_db, QStringLiteral("SELECT group_concat(phone, ',') FROM (SELECT phone FROM subscriber WHERE "
                                  "consent_at IS NOT NULL ORDER BY phone)")),
        QStringLiteral("+491711000001,+491711000003"));
    QCOMPARE(text(m_db,
                  QStringLiteral("SELECT source || '|' || substr(at, 1, 10) FROM consent_event WHERE phone = "
                                 "'+491711000001'")),
             QStringLiteral("website|2024-03-02"));
    // The two cells that could not be read are named, with their rows, and imported without consent.
    QStringList warnings;
    for (const ImportProblem& p : s.value().problems) {
        QVERIFY(p.imported);
        warnings.append(QString::number(p.row));
    }
    QCOMPARE(warnings, QStringList({QStringLiteral("6"), QStringLiteral("7")}));
}

void TestImporter::declaredForEveryoneTakesDatesFromColumn()
{
    const QStringList header = row({"Phone", "Consent date"});
    ImportOptions o = options(header);
    o.declaredConsent = {QStringLiteral("till"), QStringLiteral("forms"),
                         QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)};
    o.declaredForEveryone = true;
    Result<ImportSummary> s = import(
        header,
        {row({"0171 1000001", "02.03.2024"}), row({"0171 1000002", ""}), row({"0171 1000003", "bald"})}, o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().consentRecorded, 3);
    QCOMPARE(s.value().withoutConsent, 0);
    QCOMPARE(text(m_db, QStringLiteral("SELECT group_concat(substr(at, 1, 10), ',') FROM (SELECT at FROM "
                                       "consent_event ORDER BY phone)")),
             QStringLiteral("2024-03-02,2024-01-15,2024-01-15"));
    QCOMPARE(s.value().problems.size(), 1); // "bald" is no date: the file's date stands in, and says so
    QCOMPARE(s.value().problems.first().row, 4);
}

void TestImporter::sameNumberWrittenTwoWaysIsOnePerson()
{
    const QStringList header = row({"Name", "Телефон"});
    ImportOptions o = options(header);
    o.defaultRegion = QStringLiteral("RU");
    Result<ImportSummary> s = import(
        header,
        {row({"Анна", "8 916 123-45-67"}), row({"Анна И.", "+79161234567"}), row({"Олег", "8(916)7654321"})},
        o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().added, 2);
    QCOMPARE(s.value().duplicatesInFile, 1);
    QCOMPARE(s.value().problems.size(), 1);
    QCOMPARE(s.value().problems.first().row, 3);
    QVERIFY(s.value().problems.first().reason.contains(QLatin1String("row 2")));
    QCOMPARE(text(m_db, QStringLiteral("SELECT first_name FROM subscriber WHERE phone = '+79161234567'")),
             QStringLiteral("Анна"));
}

void TestImporter::duplicatePolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("updated");
    QTest::newRow("skip") << "skip"
                          << "Anna|Schmidt||Stammkunde" << 0;
    QTest::newRow("update empty") << "update"
                                  << "Anna|Schmidt|Köln|Stammkunde" << 1;
    QTest::newRow("overwrite") << "overwrite"
                               << "Anne|Schmidt|Köln|neu" << 1;
}

void TestImporter::duplicatePolicies()
{
    QFETCH(QString, policy);
    QFETCH(QString, stored);
    QFETCH(int, updated);
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber anna;
    anna.phone = QStringLiteral("0171 1234567");
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Schmidt");
    anna.notes = QStringLiteral("Stammkunde");
    QVERIFY(book.add(anna));
    ImportOptions o = options(germanHeader);
    QVERIFY(duplicatePolicyFromCode(policy, &o.duplicates));
    Result<ImportSummary> s = import(germanHeader, {row({"Anne", "", "+49 171 1234567", "Köln", "neu"})}, o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().added, 0);
    QCOMPARE(s.value().updated, updated);
    QCOMPARE(s.value().unchanged, 1 - updated);
    QCOMPARE(
        text(m_db, QStringLiteral("SELECT first_name || '|' || last_name || '|' || city || '|' || notes FROM "
                                  "subscriber")),
        stored);
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM subscriber")), 1);
}

void TestImporter::updateAddsConsentToPersonWithout()
{
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber anna;
    anna.phone = QStringLiteral("0171 1234567");
    QVERIFY(book.add(anna));
    ImportOptions o = options(germanHeader);
    o.duplicates = DuplicatePolicy::UpdateEmpty;
    o.declaredConsent = {QStringLiteral("Gewinnspiel"), QStringLiteral("Teilnahmekarten"), {}};
    o.declaredForEveryone = true;
    Result<ImportSummary> s = import(germanHeader, {row({"", "", "0171 1234567", "", ""})}, o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().updated, 1);
    QCOMPARE(s.value().consentRecorded, 1);
    // A German number: the consent from the file waits for the number's own confirmation (UWG § 7).
    QCOMPARE(count(m_db, QStringLiteral("SELECT status FROM subscriber")),
             qint64(SubscriberStatus::AwaitingConfirmation));
    QCOMPARE(s.value().awaitingConfirmation, 1);
    QCOMPARE(text(m_db, QStringLiteral("SELECT channel FROM consent_event")), QStringLiteral("import"));
}

void TestImporter::optOutsAndExclusionsStaySo()
{
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    QVERIFY(book.unsubscribe(QStringLiteral("0171 1000001"), OptOutReason::TooFrequent, QString()));
    QVERIFY(book.exclude(QStringLiteral("0171 1000002"), QStringLiteral("asked at the till")));
    Subscriber known;
    known.phone = QStringLiteral("0171 1000003");
    QVERIFY(book.add(known, ConsentRecord{QStringLiteral("desk"), QStringLiteral("form 1"), {}}));
    QVERIFY(book.unsubscribe(known.phone, OptOutReason::NotRelevant, QString()));

    ImportOptions o = options(germanHeader);
    o.duplicates = DuplicatePolicy::Overwrite;
    o.declaredConsent = {QStringLiteral("Gewinnspiel"), QStringLiteral("Teilnahmekarten"), {}};
    o.declaredForEveryone = true;
    Result<ImportSummary> s =
        import(germanHeader,
               {row({"A", "", "0171 1000001", "", ""}), row({"B", "", "0171 1000002", "", ""}),
                row({"C", "", "0171 1000003", "", ""}), row({"D", "", "0171 1000004", "", ""})},
               o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().suppressed, 3);
    auto status = [&](const char* phone) {
        return SubscriberStatus(count(
            m_db,
            QStringLiteral("SELECT status FROM subscriber WHERE phone = '%1'").arg(QLatin1String(phone))));
    };
    QCOMPARE(status("+491711000001"), SubscriberStatus::Unsubscribed);
    QCOMPARE(status("+491711000002"), SubscriberStatus::Excluded);
    QCOMPARE(status("+491711000003"), SubscriberStatus::Unsubscribed);
    QCOMPARE(status("+491711000004"),
             SubscriberStatus::AwaitingConfirmation); // a German consent, unconfirmed
    QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM suppression WHERE opted_out_at IS NOT NULL OR "
                                        "excluded_at IS NOT NULL")),
             3);
}

void TestImporter::invalidRowsAreReportedNotStored()
{
    Result<ImportSummary> s = import(
        germanHeader,
        {row({"A", "", "", "", ""}), row({"B", "", "12", "", ""}), row({"C", "", "Anruf", "", ""}),
         row({"D", "", "0171 1234567", "Köln", "", "x"}), row({"E", "", "0171 7654321", "Köln", "", ""})},
        options(germanHeader));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().invalidNumbers, 3);
    QCOMPARE(s.value().otherProblems, 1);
    QCOMPARE(s.value().added, 1);
    QCOMPARE(s.value().problems.size(), 4);
    QCOMPARE(s.value().problems.at(0).row, 2);
    QCOMPARE(s.value().problems.at(3).row, 5);
    QVERIFY(s.value().problems.at(1).reason.contains(QStringLiteral("“12”")));
    QVERIFY(s.value().problems.at(3).reason.contains(QLatin1String("6")));
    QCOMPARE(text(m_db, QStringLiteral("SELECT group_concat(first_name) FROM subscriber")),
             QStringLiteral("E"));
}

void TestImporter::fullNamesTagsLanguagesDatesAndCustomFields()
{
    const QStringList header = row({"ФИО", "Телефон", "Группы", "Язык", "Дата рождения", "Размер обуви"});
    ImportOptions o = options(header);
    o.defaultRegion = QStringLiteral("RU");
    o.mapping.targets[5] = {ImportField::Custom, QStringLiteral("Размер обуви")};
    o.createCustomFields = true;
    Result<ImportSummary> s = import(
        header,
        {row({"Иванов Иван Иванович", "89161234567", "VIP; скидка 10%, vip", "русский", "02.03.1985", "42"}),
         row({"Müller, Anna", "+4917112345678", "", "Deutsch", "1990-12-31", ""}),
         row({"Jane Mary Smith", "+4917112345679", "", "Klingon", "31.02.1990", ""})},
        o);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().createdCustomFields, QStringList{QStringLiteral("Размер обуви")});
    AddressBook book(m_db, QStringLiteral("RU"), QStringLiteral("test"));
    Subscriber ivan = *book.findByPhone(QStringLiteral("+79161234567")).value();
    QCOMPARE(ivan.firstName, QStringLiteral("Иван Иванович"));
    QCOMPARE(ivan.lastName, QStringLiteral("Иванов"));
    QCOMPARE(ivan.tags, QStringList({QStringLiteral("VIP"), QStringLiteral("скидка 10%")}));
    QCOMPARE(ivan.language, QStringLiteral("ru"));
    QCOMPARE(ivan.birthDate, QDate(1985, 3, 2));
    QCOMPARE(ivan.customFields.value(QStringLiteral("Размер обуви")), QStringLiteral("42"));
    Subscriber anna = *book.findByPhone(QStringLiteral("+4917112345678")).value();
    QCOMPARE(anna.firstName, QStringLiteral("Anna"));
    QCOMPARE(anna.lastName, QStringLiteral("Müller"));
    QCOMPARE(anna.language, QStringLiteral("de"));
    QCOMPARE(anna.birthDate, QDate(1990, 12, 31));
    Subscriber jane = *book.findByPhone(QStringLiteral("+4917112345679")).value();
    QCOMPARE(jane.firstName, QStringLiteral("Jane Mary"));
    QCOMPARE(jane.lastName, QStringLiteral("Smith"));
    QVERIFY(jane.language.isEmpty());
    QVERIFY(!jane.birthDate.isValid());
    QCOMPARE(s.value().problems.size(), 2); // the language and the 31st of February, both imported
    QVERIFY(s.value().problems.at(0).imported && s.value().problems.at(1).imported);
    QCOMPARE(CustomFields(m_db).list().value(), QStringList{QStringLiteral("Размер обуви")});
}

void TestImporter::missingCustomFieldRefusedUnlessCreated()
{
    const QStringList header = row({"Phone", "Shoe size"});
    ImportOptions o = options(header);
    o.mapping.targets[1] = {ImportField::Custom, QStringLiteral("Shoe size")};
    const QString before = fingerprint(m_db);
    Result<ImportSummary> s = import(header, {row({"0171 1234567", "42"})}, o);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QLatin1String("Shoe size")));
    QCOMPARE(fingerprint(m_db), before);
}

void TestImporter::dryRunWritesNothingAndCountsTheSame()
{
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber anna;
    anna.phone = QStringLiteral("0171 1000001");
    QVERIFY(book.add(anna));
    QVERIFY(book.exclude(QStringLiteral("0171 1000002"), QString()));
    const QVector<QStringList> rows = {row({"A", "", "0171 1000001", "Köln", ""}),
                                       row({"B", "", "0171 1000002", "", ""}),
                                       row({"C", "", "0171 1000003", "", ""}),
                                       row({"D", "", "0171 1000003", "", ""}), row({"E", "", "x", "", ""})};
    ImportOptions o = options(germanHeader);
    o.duplicates = DuplicatePolicy::UpdateEmpty;
    o.declaredConsent = {QStringLiteral("till"), QStringLiteral("forms"), {}};
    o.declaredForEveryone = true;
    o.dryRun = true;
    const QString before = fingerprint(m_db);
    Result<ImportSummary> dry = import(germanHeader, rows, o);
    QVERIFY2(dry, qPrintable(dry.error()));
    QCOMPARE(fingerprint(m_db), before);
    o.dryRun = false;
    Result<ImportSummary> real = import(germanHeader, rows, o);
    QVERIFY2(real, qPrintable(real.error()));
    QVERIFY(fingerprint(m_db) != before);
    const ImportSummary& d = dry.value();
    const ImportSummary& r = real.value();
    QCOMPARE(d.dryRun, true);
    QCOMPARE(QList<qint64>({d.rows, d.added, d.updated, d.unchanged, d.duplicatesInFile, d.invalidNumbers,
                            d.suppressed, d.withoutConsent, d.consentRecorded}),
             QList<qint64>({r.rows, r.added, r.updated, r.unchanged, r.duplicatesInFile, r.invalidNumbers,
                            r.suppressed, r.withoutConsent, r.consentRecorded}));
    QCOMPARE(QList<qint64>({r.added, r.updated, r.duplicatesInFile, r.invalidNumbers, r.suppressed}),
             QList<qint64>({2, 1, 1, 1, 1}));
    QVERIFY(d.describe().join(QLatin1Char(' ')).contains(QLatin1String("will")));
}

void TestImporter::cancelLeavesDatabaseAsItWas()
{
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber anna;
    anna.phone = QStringLiteral("0171 9999999");
    QVERIFY(book.add(anna));
    const QString before = fingerprint(m_db);
    QVector<QStringList> rows;
    for (int i = 0; i < 20000; ++i)
        rows.append({QStringLiteral("P%1").arg(i), QString(), QStringLiteral("0171 %1").arg(1000000 + i),
                     QString(), QString()});
    VectorReader reader(germanHeader, rows);
    std::atomic_bool cancel{false};
    qint64 seenRows = 0;
    Result<ImportSummary> s = Importer(m_db, options(germanHeader), QStringLiteral("test"))
                                  .run(
                                      reader,
                                      [&](const ImportProgress& p) {
                                          seenRows = p.rows;
                                          cancel =
                                              true; // as if Cancel was clicked at the first progress report
                                      },
                                      &cancel);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QLatin1String("Nothing was imported")));
    QVERIFY(seenRows > 0);
    QCOMPARE(fingerprint(m_db), before);
}

void TestImporter::readErrorMidwayImportsNothing()
{
    const QString before = fingerprint(m_db);
    QVector<QStringList> rows;
    for (int i = 0; i < 3000; ++i)
        rows.append({QString(), QString(), QStringLiteral("0171 %1").arg(1000000 + i), QString(), QString()});
    VectorReader reader(germanHeader, rows, 2500);
    Result<ImportSummary> s = Importer(m_db, options(germanHeader), QStringLiteral("test")).run(reader);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QLatin1String("Row 2502")), qPrintable(s.error()));
    QCOMPARE(fingerprint(m_db), before);
}

void TestImporter::reportListsRowsToFix()
{
    Result<ImportSummary> s =
        import(germanHeader,
               {row({"A, \"Ali\"", "", "12", "", "Zeile\nzwei"}), row({"B", "", "0171 1234567", "", ""})},
               options(germanHeader));
    QVERIFY(s);
    const QString path = m_dir.filePath(QStringLiteral("not-imported.csv"));
    QVERIFY(ImportReport::save(path, germanHeader, s.value().problems));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so that Excel reads it as UTF-8
    const QString content = QString::fromUtf8(bytes);
    QVERIFY(content.contains(QLatin1String("Row,Problem,Vorname,Nachname,Handy,Stadt,Notiz\r\n")));
    QVERIFY(content.contains(QLatin1String(",\"A, \"\"Ali\"\"\",,12,,\"Zeile\nzwei\"\r\n")));
    QVERIFY(content.contains(QLatin1String("\r\n2,")));
    QVERIFY(!content.contains(QLatin1String("0171 1234567")));
    QVERIFY(!ImportReport::save(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), germanHeader, {}));
}

void TestImporter::suppressionListBecomesExclusionsWithSource()
{
    AddressBook book(m_db, QStringLiteral("DE"), QStringLiteral("test"));
    Subscriber anna;
    anna.phone = QStringLiteral("0171 1000001");
    QVERIFY(book.add(anna, ConsentRecord{QStringLiteral("desk"), QStringLiteral("form"), {}}));
    QVERIFY(book.exclude(QStringLiteral("0171 1000003"), QString()));
    const QString source = QStringLiteral("Opt-out list of our previous provider");
    VectorReader reader(row({"Column 1"}), {row({"+49 171 1000001"}), row({"01711000002"}),
                                            row({"0171 1000003"}), row({"01711000002"}), row({"call me"})});
    Result<SuppressionImportSummary> s =
        SuppressionImporter(m_db, QStringLiteral("DE"), source, QStringLiteral("test")).run(reader, 0, false);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s.value().rows, 5);
    QCOMPARE(s.value().excluded, 2);
    QCOMPARE(s.value().alreadyExcluded, 2);
    QCOMPARE(s.value().invalidNumbers, 1);
    QCOMPARE(s.value().problems.first().row, 6);
    QCOMPARE(count(m_db, QStringLiteral("SELECT status FROM subscriber WHERE phone = '+491711000001'")),
             qint64(SubscriberStatus::Excluded));
    Result<QVector<ConsentEvent>> history = book.history(QStringLiteral("+491711000002"));
    QVERIFY(history);
    QCOMPARE(history.value().size(), 1);
    QCOMPARE(history.value().first().kind, ConsentEvent::Kind::Exclude);
    QCOMPARE(history.value().first().channel, ConsentEvent::Channel::Import);
    QCOMPARE(history.value().first().source, source);
    QVERIFY(book.suppression(QStringLiteral("+491711000002")).value().excluded());

    // No source, no import: the history must say where an exclusion came from.
    VectorReader again(row({"Column 1"}), {row({"0171 1000009"})});
    QVERIFY(!SuppressionImporter(m_db, QStringLiteral("DE"), QString(), QStringLiteral("test"))
                 .run(again, 0, false));
}

void TestImporter::splitsFullNames_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two words") << "Anna Schmidt"
                               << "Anna"
                               << "Schmidt";
    QTest::newRow("comma") << "Schmidt, Anna Maria"
                           << "Anna Maria"
                           << "Schmidt";
    QTest::newRow("three words") << "Anna Maria Schmidt"
                                 << "Anna Maria"
                                 << "Schmidt";
    QTest::newRow("patronymic") << "Петрова Мария Сергеевна"
                                << "Мария Сергеевна"
                                << "Петрова";
    QTest::newRow("one word") << "Madonna"
                              << "Madonna"
                              << "";
    QTest::newRow("spaces") << "  Anna   Schmidt "
                            << "Anna"
                            << "Schmidt";
}

void TestImporter::splitsFullNames()
{
    QFETCH(QString, full);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QString f;
    QString l;
    ImportRowParser::splitFullName(full, &f, &l);
    QCOMPARE(f, first);
    QCOMPARE(l, last);
}

void TestImporter::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << "2024-03-02"
                         << "DE" << QDate(2024, 3, 2);
    QTest::newRow("german") << "02.03.2024"
                            << "DE" << QDate(2024, 3, 2);
    QTest::newRow("short year") << "2.3.85"
                                << "RU" << QDate(1985, 3, 2);
    QTest::newRow("with time") << "02.03.2024 14:30"
                               << "DE" << QDate(2024, 3, 2);
    QTest::newRow("us") << "03/02/2024"
                        << "US" << QDate(2024, 3, 2);
    QTest::newRow("uk") << "02/03/2024"
                        << "GB" << QDate(2024, 3, 2);
    QTest::newRow("iso with zone") << "2024-03-02T23:30:00-01:00"
                                   << "DE" << QDate(2024, 3, 3);
    QTest::newRow("iso utc") << "2024-03-02T14:30:00Z"
                             << "DE" << QDate(2024, 3, 2);
    QTest::newRow("dashes") << "02-03-2024"
                            << "RU" << QDate(2024, 3, 2);
    QTest::newRow("mixed separators") << "02.03/2024"
                                      << "DE" << QDate();
    QTest::newRow("29 feb") << "29.02.2023"
                            << "DE" << QDate();
    QTest::newRow("words") << "next week"
                           << "DE" << QDate();
}

void TestImporter::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QDate, date);
    const QDateTime parsed = ImportRowParser::parseDateTime(text, region);
    // A time with its zone is compared in UTC, a local one as written.
    QCOMPARE(parsed.timeSpec() == Qt::LocalTime ? parsed.date() : parsed.toUTC().date(), date);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
