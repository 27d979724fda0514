#include "demodata.h"

#include "contacts/addressbook.h"
#include "contacts/consentevent.h"
#include "contacts/optoutreason.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberstatus.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <random>

namespace textwell {

namespace {

struct City
{
    const char* name;
    const char* region;
    const char* timeZone;
    const char* areaCode; // US only: numbers of the city's own area code
};

struct Country
{
    const char* language;
    QStringList maleFirst;
    QStringList femaleFirst;
    QStringList lastNames;
    std::vector<City> cities;
};

// Russian family names take -a for women (Иванов -> Иванова); the others do not change.
QString lastNameFor(const Country& country, const QString& lastName, bool female)
{
    if (female && QLatin1String(country.language) == QLatin1String("ru") &&
        (lastName.endsWith(QStringLiteral("ов")) || lastName.endsWith(QStringLiteral("ев")) ||
         lastName.endsWith(QStringLiteral("ин"))))
        return lastName + QStringLiteral("а");
    if (female && lastName.endsWith(QStringLiteral("ий")))
        return lastName.chopped(2) + QStringLiteral("ая");
    return lastName;
}

std::vector<Country> countries()
{
    std::vector<Country> list;
    list.push_back(
        {"ru",
         QStringLiteral("Александр Дмитрий Максим Сергей Андрей Алексей Иван Михаил Никита Егор Артём Павел "
                        "Владимир Николай Олег")
             .split(QLatin1Char(' ')),
         QStringLiteral("Анна Мария Елена Ольга Наталья Татьяна Ирина Екатерина Светлана Юлия Дарья Алина "
                        "Ксения Полина Виктория")
             .split(QLatin1Char(' ')),
         QStringLiteral("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
                        "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
                        "Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев")
             .split(QLatin1Char(' ')),
         {{"Москва", "Москва", "Europe/Moscow", ""},
          {"Санкт-Петербург", "Санкт-Петербург", "Europe/Moscow", ""},
          {"Казань", "Татарстан", "Europe/Moscow", ""},
          {"Новосибирск", "Новосибирская область", "Asia/Novosibirsk", ""},
          {"Екатеринбург", "Свердловская область", "Asia/Yekaterinburg", ""},
          {"Нижний Новгород", "Нижегородская область", "Europe/Moscow", ""},
          {"Самара", "Самарская область", "Europe/Samara", ""},
          {"Краснодар", "Краснодарский край", "Europe/Moscow", ""}}});
    list.push_back(
        {"de",
         QStringLiteral("Lukas Leon Finn Jonas Paul Felix Maximilian Elias Noah Ben Jan Tim Stefan "
                        "Thomas Michael")
             .split(QLatin1Char(' ')),
         QStringLiteral("Anna Lena Laura Lea Hannah Sophie Marie Julia Emma Mia Sarah Katharina "
                        "Sabine Jana Claudia")
             .split(QLatin1Char(' ')),
         QStringLiteral("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
                        "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann "
                        "Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann")
             .split(QLatin1Char(' ')),
         {{"Berlin", "Berlin", "Europe/Berlin", ""},
          {"München", "Bayern", "Europe/Berlin", ""},
          {"Hamburg", "Hamburg", "Europe/Berlin", ""},
          {"Köln", "Nordrhein-Westfalen", "Europe/Berlin", ""},
          {"Frankfurt am Main", "Hessen", "Europe/Berlin", ""},
          {"Stuttgart", "Baden-Württemberg", "Europe/Berlin", ""},
          {"Leipzig", "Sachsen", "Europe/Berlin", ""},
          {"Düsseldorf", "Nordrhein-Westfalen", "Europe/Berlin", ""}}});
    list.push_back(
        {"en",
         QStringLiteral("James John Robert Michael William David Richard Joseph Thomas Daniel Matthew "
                        "Anthony Mark Steven Andrew")
             .split(QLatin1Char(' ')),
         QStringLiteral("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily "
                        "Olivia Emma Ashley Megan")
             .split(QLatin1Char(' ')),
         QStringLiteral("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
                        "Hernandez Lopez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee "
                        "Thompson White Harris Clark Lewis Robinson Walker Young Allen King")
             .split(QLatin1Char(' ')),
         {{"New York", "NY", "America/New_York", "212"},
          {"Chicago", "IL", "America/Chicago", "312"},
          {"San Francisco", "CA", "America/Los_Angeles", "415"},
          {"Boston", "MA", "America/New_York", "617"},
          {"Seattle", "WA", "America/Los_Angeles", "206"},
          {"Denver", "CO", "America/Denver", "303"}}});
    return list;
}

// Numbers are unique by construction: the n-th number of a country is an affine permutation of n
// inside that country's range, so no two people share one and the pattern looks random.
QString mobileNumber(const QString& language, const City& city, qint64 n)
{
    if (language == QLatin1String("ru")) {
        static const char* prefixes[] = {"916", "926", "903", "905", "915", "985", "999", "977"};
        const qint64 local = (n / 8 * 7919 + 1234567) % 10000000;
        return QStringLiteral("+7%1%2")
            .arg(QLatin1String(prefixes[n % 8]))
            .arg(local, 7, 10, QLatin1Char('0'));
    }
    if (language == QLatin1String("de")) {
        static const char* prefixes[] = {"151", "152", "157", "176", "160", "162", "163", "170"};
        static const int digits[] = {8, 8, 8, 8, 7, 7, 7, 7};
        const int i = static_cast<int>(n % 8);
        const qint64 modulus = digits[i] == 8 ? 100000000 : 10000000;
        const qint64 local = (n / 8 * 7919 + 2345678) % modulus;
        return QStringLiteral("+49%1%2")
            .arg(QLatin1String(prefixes[i]))
            .arg(local, digits[i], 10, QLatin1Char('0'));
    }
    // US: ordinary exchanges of the city's area code, never 555 or an N11 code.
    static const int exchanges[] = {234, 245, 256, 267, 278, 289, 346, 357, 368, 379, 382, 393, 426,
                                    437, 448, 459, 462, 473, 484, 495, 528, 539, 542, 563, 574, 586,
                                    597, 624, 635, 646, 657, 668, 679, 683, 694, 725, 736, 747, 758,
                                    769, 782, 793, 826, 837, 848, 859, 862, 873, 884, 895};
    const qint64 slot = (n * 7919 + 4321) % (50 * 10000);
    return QStringLiteral("+1%1%2%3")
        .arg(QLatin1String(city.areaCode))
        .arg(exchanges[slot / 10000])
        .arg(slot % 10000, 4, 10, QLatin1Char('0'));
}

template<class T> const T& pick(std::mt19937& rng, const std::vector<T>& items)
{
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng)];
}

const QString& pick(std::mt19937& rng, const QStringList& items)
{
    return items[std::uniform_int_distribution<int>(0, static_cast<int>(items.size()) - 1)(rng)];
}

} // namespace

Result<DemoData::Summary> DemoData::generate(const QSqlDatabase& db, qint64 count, quint32 seed,
                                             const std::function<bool(qint64)>& progress)
{
    using R = Result<Summary>;
    if (count < 0)
        return R::failure(tr("The number of people must be zero or more."));
    Transaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM subscriber")) || !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    if (q.value(0).toLongLong() > 0)
        return R::failure(tr("Demo data goes into an empty address book only; this one already has %n "
                             "people.",
                             nullptr, q.value(0).toInt()));

    const std::vector<Country> all = countries();
    const QStringList tags = {QStringLiteral("regular"),      QStringLiteral("vip"),
                              QStringLiteral("new customer"), QStringLiteral("loyalty card"),
                              QStringLiteral("newsletter"),   QStringLiteral("birthday club"),
                              QStringLiteral("weekend"),      QStringLiteral("student")};
    for (int i = 0; i < tags.size(); ++i) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO tag (id, name) VALUES (?, ?)"));
        q.addBindValue(i + 1);
        q.addBindValue(sqlText(tags[i]));
        if (!q.exec())
            return R::failure(SqlError::describe(q.lastError()));
    }
    const QStringList sources = {QStringLiteral("Paper form at the till"),
                                 QStringLiteral("Website sign-up form"), QStringLiteral("JOIN by SMS"),
                                 QStringLiteral("Loyalty card application")};
    const QStringList exclusionNotes = {
        QStringLiteral("Complained by phone"), QStringLiteral("Asked at the counter not to be texted"),
        QStringLiteral("Number belongs to a company, not a person"), QStringLiteral("Complaint by e-mail")};
    const QStringList otherReasons = {
        QStringLiteral("Moving abroad"), QStringLiteral("The phone is my child's"),
        QStringLiteral("Only wants e-mail"), QStringLiteral("Closed the account")};
    // Weighted as people tend to leave: mostly too many or irrelevant messages.
    const std::vector<std::pair<OptOutReason, int>> reasonWeights = {
        {OptOutReason::TooFrequent, 30},     {OptOutReason::NotRelevant, 25},
        {OptOutReason::NoBenefit, 12},       {OptOutReason::ChangedCircumstances, 10},
        {OptOutReason::NeverSignedUp, 8},    {OptOutReason::PrivacyConcern, 7},
        {OptOutReason::SwitchedProvider, 5}, {OptOutReason::Other, 3}};
    std::vector<int> weights;
    for (const auto& rw : reasonWeights)
        weights.push_back(rw.second);
    std::discrete_distribution<int> reasonDist(weights.begin(), weights.end());
    std::discrete_distribution<int> countryDist({40, 35, 25});

    QSqlQuery insertPerson(db);
    insertPerson.prepare(QStringLiteral(
        "INSERT INTO subscriber (phone, first_name, last_name, city, region, birth_date, language, "
        "time_zone, "
        "number_kind, status, consent_at, consent_source, last_activity, purchases, search_key, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertTag(db);
    insertTag.prepare(QStringLiteral("INSERT INTO subscriber_tag (subscriber_id, tag_id) VALUES (?, ?)"));
    QSqlQuery insertEvent(db);
    insertEvent.prepare(QStringLiteral(
        "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, source, evidence, reason_code, "
        "reason_text, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"));
    QSqlQuery insertSuppression(db);
    insertSuppression.prepare(QStringLiteral("INSERT INTO suppression (phone, opted_out_at, opt_out_reason, "
                                             "excluded_at, exclude_note) VALUES (?, ?, ?, ?, ?)"));
    auto event = [&](const QString& phone, ConsentEvent::Kind kind, const QDateTime& at,
                     ConsentEvent::Channel channel, const QString& source, const QString& evidence,
                     const QString& reasonCode, const QString& reasonText) {
        insertEvent.addBindValue(sqlText(phone));
        insertEvent.addBindValue(sqlText(ConsentEvent::kindCode(kind)));
        insertEvent.addBindValue(Timestamps::toDb(at));
        insertEvent.addBindValue(Timestamps::toDb(at));
        insertEvent.addBindValue(sqlText(ConsentEvent::channelCode(channel)));
        insertEvent.addBindValue(sqlText(source));
        insertEvent.addBindValue(sqlText(evidence));
        insertEvent.addBindValue(sqlText(reasonCode));
        insertEvent.addBindValue(sqlText(reasonText));
        return insertEvent.exec();
    };

    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QDateTime now = Clock::currentUtc();
    const qint64 threeYears = 3 * 365 * 24 * 3600;
    qint64 perCountry[3] = {0, 0, 0};
    Summary summary;

    for (qint64 i = 0; i < count; ++i) {
        const int c = countryDist(rng);
        const Country& country = all[static_cast<size_t>(c)];
        const City& city = pick(rng, country.cities);
        const bool female = unit(rng) < 0.55;
        const QString first = pick(rng, female ? country.femaleFirst : country.maleFirst);
        const QString last = lastNameFor(country, pick(rng, country.lastNames), female);
        const QString phone = mobileNumber(QLatin1String(country.language), city, perCountry[c]++);
        const QDateTime created = now.addSecs(-std::uniform_int_distribution<qint64>(3600, threeYears)(rng));
        const QDate birth = now.date().addDays(-std::uniform_int_distribution<int>(18 * 365, 80 * 365)(rng));

        const double roll = unit(rng);
        const bool noConsent = roll < 0.04;
        const bool optedOut = !noConsent && roll < 0.10;
        const bool excluded = roll >= 0.10 && roll < 0.11;
        const QString source = pick(rng, sources);
        const QDateTime lastActivity = now.addSecs(
            -std::uniform_int_distribution<qint64>(0, qMin<qint64>(created.secsTo(now), 400 * 86400))(rng));

        insertPerson.addBindValue(sqlText(phone));
        insertPerson.addBindValue(sqlText(first));
        insertPerson.addBindValue(sqlText(last));
        insertPerson.addBindValue(sqlText(QString::fromUtf8(city.name)));
        insertPerson.addBindValue(sqlText(QString::fromUtf8(city.region)));
        insertPerson.addBindValue(Timestamps::dateToDb(birth));
        insertPerson.addBindValue(sqlText(QLatin1String(country.language)));
        insertPerson.addBindValue(sqlText(QLatin1String(city.timeZone)));
        insertPerson.addBindValue(static_cast<int>(QLatin1String(country.language) == QLatin1String("en")
                                                       ? NumberKind::MobileOrFixed
                                                       : NumberKind::Mobile));
        insertPerson.addBindValue(
            static_cast<int>(SubscriberStatuses::derive(excluded, optedOut, !noConsent)));
        insertPerson.addBindValue(noConsent ? QVariant(QMetaType::fromType<QString>())
                                            : Timestamps::toDb(created));
        insertPerson.addBindValue(sqlText(noConsent ? QString() : source));
        insertPerson.addBindValue(Timestamps::toDb(lastActivity));
        insertPerson.addBindValue(std::uniform_int_distribution<int>(0, 40)(rng));
        Subscriber named;
        named.firstName = first;
        named.lastName = last;
        insertPerson.addBindValue(sqlText(AddressBook::searchKey(named)));
        insertPerson.addBindValue(Timestamps::toDb(created));
        insertPerson.addBindValue(Timestamps::toDb(created));
        if (!insertPerson.exec())
            return R::failure(SqlError::describe(insertPerson.lastError()));
        const qint64 id = insertPerson.lastInsertId().toLongLong();

        const int tagCount = std::uniform_int_distribution<int>(0, 3)(rng);
        int firstTag = std::uniform_int_distribution<int>(0, static_cast<int>(tags.size()) - 1)(rng);
        for (int t = 0; t < tagCount; ++t) {
            insertTag.addBindValue(id);
            insertTag.addBindValue((firstTag + t) % tags.size() + 1);
            if (!insertTag.exec())
                return R::failure(SqlError::describe(insertTag.lastError()));
        }

        if (!noConsent &&
            !event(phone, ConsentEvent::Kind::OptIn, created,
                   source == sources[2] ? ConsentEvent::Channel::Keyword : ConsentEvent::Channel::Manual,
                   source,
                   source == sources[2] ? QStringLiteral("SMS “JOIN” from the number")
                                        : QStringLiteral("Form no. %1").arg(i + 1000),
                   QString(), QString()))
            return R::failure(SqlError::describe(insertEvent.lastError()));
        if (noConsent)
            ++summary.withoutConsent;

        QDateTime optedOutAt, excludedAt;
        QString reasonCode, note;
        if (optedOut) {
            optedOutAt = created.addSecs(std::uniform_int_distribution<qint64>(60, created.secsTo(now))(rng));
            reasonCode = OptOutReasons::code(reasonWeights[static_cast<size_t>(reasonDist(rng))].first);
            const double how = unit(rng);
            const auto channel = how < 0.7    ? ConsentEvent::Channel::Keyword
                                 : how < 0.95 ? ConsentEvent::Channel::Manual
                                              : ConsentEvent::Channel::Carrier;
            QString reasonText; // "other" comes with the reason in words, as the address book requires
            if (reasonCode == OptOutReasons::code(OptOutReason::Other))
                reasonText = otherReasons[i % otherReasons.size()];
            else if (channel == ConsentEvent::Channel::Keyword)
                reasonText = QStringLiteral("STOP");
            if (!event(phone, ConsentEvent::Kind::OptOut, optedOutAt, channel, QString(), QString(),
                       reasonCode, reasonText))
                return R::failure(SqlError::describe(insertEvent.lastError()));
            ++summary.unsubscribed;
        }
        if (excluded) {
            excludedAt = created.addSecs(std::uniform_int_distribution<qint64>(60, created.secsTo(now))(rng));
            note = pick(rng, exclusionNotes);
            if (!event(phone, ConsentEvent::Kind::Exclude, excludedAt, ConsentEvent::Channel::Manual,
                       QString(), QString(), QString(), note))
                return R::failure(SqlError::describe(insertEvent.lastError()));
            ++summary.excluded;
        }
        if (optedOut || excluded) {
            insertSuppression.addBindValue(sqlText(phone));
            insertSuppression.addBindValue(Timestamps::toDb(optedOutAt));
            insertSuppression.addBindValue(sqlText(reasonCode));
            insertSuppression.addBindValue(Timestamps::toDb(excludedAt));
            insertSuppression.addBindValue(sqlText(note));
            if (!insertSuppression.exec())
                return R::failure(SqlError::describe(insertSuppression.lastError()));
        }
        // Now and then a complaint call about a number that is not in the book at all.
        if (unit(rng) < 0.002) {
            const QString stranger = mobileNumber(QLatin1String(country.language), city, perCountry[c]++);
            const QDateTime at = now.addSecs(-std::uniform_int_distribution<qint64>(3600, threeYears)(rng));
            const QString strangerNote = QStringLiteral("Complaint call: not a customer");
            if (!event(stranger, ConsentEvent::Kind::Exclude, at, ConsentEvent::Channel::Manual, QString(),
                       QString(), QString(), strangerNote))
                return R::failure(SqlError::describe(insertEvent.lastError()));
            insertSuppression.addBindValue(sqlText(stranger));
            insertSuppression.addBindValue(QVariant(QMetaType::fromType<QString>()));
            insertSuppression.addBindValue(sqlText(QString()));
            insertSuppression.addBindValue(Timestamps::toDb(at));
            insertSuppression.addBindValue(sqlText(strangerNote));
            if (!insertSuppression.exec())
                return R::failure(SqlError::describe(insertSuppression.lastError()));
            ++summary.excludedNonSubscribers;
        }
        ++summary.subscribers;
        if (progress && (i + 1) % 10000 == 0 && !progress(i + 1))
            return R::failure(tr("Cancelled; no demo data was added."));
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    if (progress)
        progress(count);
    return summary;
}

} // namespace textwell
