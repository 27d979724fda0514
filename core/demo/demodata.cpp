#include "demodata.h"

#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "contacts/consentevent.h"
#include "contacts/optoutreason.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberstatus.h"
#include "demohistory.h"
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

const QString& pick(std::mt19937& rng, const QStringList& items)
{
    return items[std::uniform_int_distribution<int>(0, static_cast<int>(items.size()) - 1)(rng)];
}

// SQLite's settings for writing much at once while the demo is written, and as they were
// afterwards. Every message insert runs triggers, so SQLite keeps a statement journal for it: on
// disk those journals cost a million small writes for 3,000 people (they go to memory only when
// set before the transaction begins). A bigger page cache keeps the indexes' pages from being
// written out again and again while the transaction grows.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(QSqlDatabase db) : m_db(std::move(db))
    {
        m_tempStore = set(QStringLiteral("temp_store"), QStringLiteral("MEMORY"));
        m_cacheSize = set(QStringLiteral("cache_size"), QStringLiteral("-65536")); // 64 MiB
    }
    ~BulkWriteSettings()
    {
        set(QStringLiteral("temp_store"), m_tempStore);
        set(QStringLiteral("cache_size"), m_cacheSize);
    }
    BulkWriteSettings(const BulkWriteSettings&) = delete;
    BulkWriteSettings& operator=(const BulkWriteSettings&) = delete;

private:
    // Returns the value before; only a matter of speed, so a refusal is harmless.
    QString set(const QString& pragma, const QString& value)
    {
        QSqlQuery q(m_db);
        if (value.isEmpty() || !q.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !q.next())
            return {};
        const QString before = q.value(0).toString();
        q.finish();
        q.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma, value));
        return before;
    }

    QSqlDatabase m_db;
    QString m_tempStore;
    QString m_cacheSize;
};

} // namespace

Result<DemoData::Summary> DemoData::generate(const QSqlDatabase& db, qint64 count, quint32 seed,
                                             const std::function<bool(qint64)>& progress)
{
    using R = Result<Summary>;
    if (count < 0)
        return R::failure(tr("The number of people must be zero or more."));
    // Often enough that a Cancel is felt at once; the transaction below takes everything back.
    constexpr qint64 ProgressEvery = 500;
    const auto cancelled = [] { return R::failure(tr("Cancelled; no demo data was added.")); };
    const BulkWriteSettings bulkWrite(db);
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
    const QStringList& otherReasons = DemoHistory::otherReasons();
    const auto& reasonWeights = DemoHistory::reasonWeights();
    std::vector<int> weights;
    for (const auto& rw : reasonWeights)
        weights.push_back(rw.second);
    std::discrete_distribution<int> reasonDist(weights.begin(), weights.end());
    std::discrete_distribution<int> countryDist({40, 35, 25});
    // Shared by everyone of a country: the people hold copies, not their own strings.
    std::vector<QString> languages;
    std::vector<QStringList> cityNames;
    for (const Country& country : all) {
        languages.push_back(QLatin1String(country.language));
        QStringList names;
        for (const City& city : country.cities)
            names.append(QString::fromUtf8(city.name));
        cityNames.push_back(names);
    }

    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QDateTime now = Clock::currentUtc();
    // Opt-outs before the year of campaigns keep their old history; later ones follow a campaign.
    const QDateTime historyStart = now.addMonths(-12);
    const qint64 threeYears = 3 * 365 * 24 * 3600;
    qint64 perCountry[3] = {0, 0, 0};
    Summary summary;

    // First everyone is drawn (in the order of the draws the demo has always made, so a seed
    // keeps giving the same people), then their year of campaigns, then everything is written.
    std::vector<DemoPerson> people;
    people.reserve(size_t(count));
    std::vector<const City*> cityOf;
    cityOf.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        DemoPerson p;
        const int c = countryDist(rng);
        const Country& country = all[static_cast<size_t>(c)];
        const size_t cityIndex = std::uniform_int_distribution<size_t>(0, country.cities.size() - 1)(rng);
        const City& city = country.cities[cityIndex];
        const bool female = unit(rng) < 0.55;
        p.country = c;
        p.language = languages[size_t(c)];
        p.city = cityNames[size_t(c)][int(cityIndex)];
        p.firstName = pick(rng, female ? country.femaleFirst : country.maleFirst);
        p.lastName = lastNameFor(country, pick(rng, country.lastNames), female);
        p.phone = mobileNumber(QLatin1String(country.language), city, perCountry[c]++);
        p.createdAt = now.addSecs(-std::uniform_int_distribution<qint64>(3600, threeYears)(rng));
        p.birthDate = now.date().addDays(-std::uniform_int_distribution<int>(18 * 365, 80 * 365)(rng));

        const double roll = unit(rng);
        const bool noConsent = roll < 0.04;
        const bool optedOut = !noConsent && roll < 0.10;
        const bool excluded = roll >= 0.10 && roll < 0.11;
        const QString source = pick(rng, sources);
        p.lastActivity = now.addSecs(-std::uniform_int_distribution<qint64>(
            0, qMin<qint64>(p.createdAt.secsTo(now), 400 * 86400))(rng));
        p.purchases = std::uniform_int_distribution<int>(0, 40)(rng);
        const int tagCount = std::uniform_int_distribution<int>(0, 3)(rng);
        const int firstTag = std::uniform_int_distribution<int>(0, static_cast<int>(tags.size()) - 1)(rng);
        for (int t = 0; t < tagCount; ++t)
            p.tags |= quint8(1u << ((firstTag + t) % tags.size()));
        if (noConsent) {
            ++summary.withoutConsent;
        } else {
            p.source = source;
            p.evidence = source == sources[2] ? QStringLiteral("SMS “JOIN” from the number")
                                              : QStringLiteral("Form no. %1").arg(i + 1000);
        }

        if (optedOut) {
            const QDateTime at =
                p.createdAt.addSecs(std::uniform_int_distribution<qint64>(60, p.createdAt.secsTo(now))(rng));
            const QString reasonCode =
                OptOutReasons::code(reasonWeights[static_cast<size_t>(reasonDist(rng))].first);
            const double how = unit(rng);
            // Within the year, people leave after a campaign (DemoHistory decides who and when).
            if (at < historyStart) {
                ConsentEvent& e = p.optOut;
                e.kind = ConsentEvent::Kind::OptOut;
                e.phone = p.phone;
                e.at = at;
                e.recordedAt = at;
                e.channel = how < 0.7    ? ConsentEvent::Channel::Keyword
                            : how < 0.95 ? ConsentEvent::Channel::Manual
                                         : ConsentEvent::Channel::Carrier;
                e.reasonCode = reasonCode;
                // "other" comes with the reason in words, as the address book requires
                if (reasonCode == OptOutReasons::code(OptOutReason::Other))
                    e.reasonText = otherReasons[i % otherReasons.size()];
                else if (e.channel == ConsentEvent::Channel::Keyword)
                    e.reasonText = QStringLiteral("STOP");
            }
        }
        if (excluded) {
            p.excludedAt =
                p.createdAt.addSecs(std::uniform_int_distribution<qint64>(60, p.createdAt.secsTo(now))(rng));
            p.excludeNote = pick(rng, exclusionNotes);
        }
        // Now and then a complaint call about a number that is not in the book at all.
        if (unit(rng) < 0.002) {
            p.strangerPhone = mobileNumber(QLatin1String(country.language), city, perCountry[c]++);
            p.strangerExcludedAt = now.addSecs(-std::uniform_int_distribution<qint64>(3600, threeYears)(rng));
        }
        people.push_back(std::move(p));
        cityOf.push_back(&city);
        if (progress && (i + 1) % ProgressEvery == 0 && !progress(i + 1))
            return cancelled();
    }

    // Double opt-in where the number's pack wants it (Germany): most confirmed their consent by SMS
    // soon after giving it; the others still wait, some asked lately, the longer asked reminded
    // once. Drawn from a stream of its own, so everyone above stays as every seed always made them.
    {
        const RulePacks packs(db);
        std::mt19937 confirmRng(seed ^ 0x9e3779b9u);
        auto draw = [&](qint64 from, qint64 to) {
            return std::uniform_int_distribution<qint64>(from, std::max(from, to))(confirmRng);
        };
        const int reminderDays = packs.forRegion(QStringLiteral("DE")).confirmationReminderDays;
        for (DemoPerson& p : people) {
            if (!p.hasConsent() || p.source == sources[2] || !packs.forNumber(p.phone).requiresConfirmation)
                continue;
            p.needsConfirmation = true;
            if (unit(confirmRng) < 0.85) {
                p.requestedAt = p.createdAt.addSecs(draw(30, 300));
                p.confirmedAt = p.requestedAt.addSecs(
                    draw(60, std::min<qint64>(2 * 86400, p.requestedAt.secsTo(now) - 60)));
                // Left before answering: never confirmed.
                if (p.optOut.at.isValid() && p.confirmedAt >= p.optOut.at)
                    p.confirmedAt = {};
            } else if (unit(confirmRng) < 0.6) {
                p.requestedAt = std::max(p.createdAt.addSecs(60), now.addSecs(-draw(3600, 10 * 86400)));
                if (p.requestedAt.addDays(reminderDays) <= now)
                    p.remindedAt = p.requestedAt.addDays(reminderDays);
            }
        }
    }

    DemoHistory history(db, seed, now, tags);
    history.plan(people);
    if (Status written = history.writeCampaigns(); !written)
        return R::failure(written.error());
    // From here on every person is planned: the writing reports the whole count, and still listens.
    if (progress && !progress(count))
        return cancelled();
    // The messages go in before the people, naming them by the ids their rows will have: the
    // frequency cap's triggers then work out each person's cap once, when their row comes,
    // instead of rewriting the row (and its many indexes) for every message.
    if (!q.exec(
            QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'subscriber'")) ||
        !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    const qint64 lastId = q.value(0).toLongLong();
    q.finish();
    for (size_t i = 0; i < people.size(); ++i)
        people[i].id = lastId + qint64(i) + 1;
    if (Status written = history.writeMessages(people); !written)
        return R::failure(written.error());

    QSqlQuery insertPerson(db);
    insertPerson.prepare(QStringLiteral(
        "INSERT INTO subscriber (id, phone, first_name, last_name, city, region, birth_date, language, "
        "time_zone, number_kind, status, consent_at, consent_source, last_activity, purchases, search_key, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertTag(db);
    insertTag.prepare(QStringLiteral("INSERT INTO subscriber_tag (subscriber_id, tag_id) VALUES (?, ?)"));
    QSqlQuery insertEvent(db);
    insertEvent.prepare(QStringLiteral(
        "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, source, evidence, reason_code, "
        "reason_text, campaign_id, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')"));
    QSqlQuery insertRequest(db);
    insertRequest.prepare(
        QStringLiteral("INSERT INTO confirmation_request (phone, requested_at, reminded_at, "
                       "confirmed_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertSuppression(db);
    insertSuppression.prepare(QStringLiteral("INSERT INTO suppression (phone, opted_out_at, opt_out_reason, "
                                             "excluded_at, exclude_note) VALUES (?, ?, ?, ?, ?)"));
    // Every event of the demo, whatever it records, is written here.
    auto writeEvent = [&](const ConsentEvent& e) {
        insertEvent.addBindValue(sqlText(e.phone));
        insertEvent.addBindValue(sqlText(ConsentEvent::kindCode(e.kind)));
        insertEvent.addBindValue(Timestamps::toDb(e.at));
        insertEvent.addBindValue(Timestamps::toDb(e.recordedAt.isValid() ? e.recordedAt : e.at));
        insertEvent.addBindValue(sqlText(ConsentEvent::channelCode(e.channel)));
        insertEvent.addBindValue(sqlText(e.source));
        insertEvent.addBindValue(sqlText(e.evidence));
        insertEvent.addBindValue(sqlText(e.reasonCode));
        insertEvent.addBindValue(sqlText(e.reasonText));
        insertEvent.addBindValue(e.campaignId > 0 ? QVariant(e.campaignId)
                                                  : QVariant(QMetaType::fromType<qint64>()));
        return insertEvent.exec();
    };
    // The number's state, as the address book keeps it: the suppression row beside its events.
    auto writeSuppression = [&](const QString& phone, const QDateTime& optedOutAt, const QString& reason,
                                const QDateTime& excludedAt, const QString& note) {
        insertSuppression.addBindValue(sqlText(phone));
        insertSuppression.addBindValue(Timestamps::toDb(optedOutAt));
        insertSuppression.addBindValue(sqlText(reason));
        insertSuppression.addBindValue(Timestamps::toDb(excludedAt));
        insertSuppression.addBindValue(sqlText(note));
        return insertSuppression.exec();
    };

    for (size_t i = 0; i < people.size(); ++i) {
        if (progress && (i + 1) % ProgressEvery == 0 && !progress(count))
            return cancelled();
        DemoPerson& p = people[i];
        const Country& country = all[size_t(p.country)];
        const City& city = *cityOf[i];
        const bool optedOut = p.optOut.at.isValid();
        const bool excluded = p.excludedAt.isValid();
        insertPerson.addBindValue(p.id);
        insertPerson.addBindValue(sqlText(p.phone));
        insertPerson.addBindValue(sqlText(p.firstName));
        insertPerson.addBindValue(sqlText(p.lastName));
        insertPerson.addBindValue(sqlText(p.city));
        insertPerson.addBindValue(sqlText(QString::fromUtf8(city.region)));
        insertPerson.addBindValue(Timestamps::dateToDb(p.birthDate));
        insertPerson.addBindValue(sqlText(p.language));
        insertPerson.addBindValue(sqlText(QLatin1String(city.timeZone)));
        insertPerson.addBindValue(static_cast<int>(QLatin1String(country.language) == QLatin1String("en")
                                                       ? NumberKind::MobileOrFixed
                                                       : NumberKind::Mobile));
        const bool awaiting = p.awaitingConfirmationAt(now);
        insertPerson.addBindValue(
            static_cast<int>(SubscriberStatuses::derive(excluded, optedOut, p.hasConsent(), awaiting)));
        insertPerson.addBindValue(p.hasConsent() ? Timestamps::toDb(p.createdAt)
                                                 : QVariant(QMetaType::fromType<QString>()));
        insertPerson.addBindValue(sqlText(p.source));
        insertPerson.addBindValue(Timestamps::toDb(p.lastActivity));
        insertPerson.addBindValue(p.purchases);
        Subscriber named;
        named.firstName = p.firstName;
        named.lastName = p.lastName;
        insertPerson.addBindValue(sqlText(AddressBook::searchKey(named)));
        insertPerson.addBindValue(Timestamps::toDb(p.createdAt));
        insertPerson.addBindValue(Timestamps::toDb(p.createdAt));
        if (!insertPerson.exec())
            return R::failure(SqlError::describe(insertPerson.lastError()));

        for (int t = 0; t < tags.size(); ++t) {
            if (!p.hasTag(t))
                continue;
            insertTag.addBindValue(p.id);
            insertTag.addBindValue(t + 1);
            if (!insertTag.exec())
                return R::failure(SqlError::describe(insertTag.lastError()));
        }

        if (p.hasConsent()) {
            ConsentEvent consent;
            consent.kind = ConsentEvent::Kind::OptIn;
            consent.phone = p.phone;
            consent.at = p.createdAt;
            consent.channel =
                p.source == sources[2] ? ConsentEvent::Channel::Keyword : ConsentEvent::Channel::Manual;
            consent.source = p.source;
            consent.evidence = p.evidence;
            if (!writeEvent(consent))
                return R::failure(SqlError::describe(insertEvent.lastError()));
        }
        if (p.confirmedAt.isValid()) {
            // The proof as the Inbox writes it when the YES comes.
            const QString yes = p.language == QLatin1String("de")   ? QStringLiteral("JA")
                                : p.language == QLatin1String("ru") ? QStringLiteral("ДА")
                                                                    : QStringLiteral("YES");
            ConsentEvent confirmation;
            confirmation.kind = ConsentEvent::Kind::OptIn;
            confirmation.phone = p.phone;
            confirmation.at = p.confirmedAt;
            confirmation.channel = ConsentEvent::Channel::Confirmation;
            confirmation.source = QStringLiteral("Confirmation by SMS");
            confirmation.evidence =
                QStringLiteral("Reply “%1” received %2 from %3 to the confirmation request sent %4")
                    .arg(yes, p.confirmedAt.toString(Qt::ISODate), p.phone,
                         p.requestedAt.toString(Qt::ISODate));
            if (!writeEvent(confirmation))
                return R::failure(SqlError::describe(insertEvent.lastError()));
        }
        if (p.requestedAt.isValid()) {
            insertRequest.addBindValue(sqlText(p.phone));
            insertRequest.addBindValue(Timestamps::toDb(p.requestedAt));
            insertRequest.addBindValue(Timestamps::toDb(p.remindedAt));
            insertRequest.addBindValue(Timestamps::toDb(p.confirmedAt));
            if (!insertRequest.exec())
                return R::failure(SqlError::describe(insertRequest.lastError()));
        }
        if (awaiting && !excluded && !optedOut)
            ++summary.awaitingConfirmation;
        if (optedOut) {
            p.optOut.campaignId = history.campaignId(p.optOutCampaign);
            if (!writeEvent(p.optOut))
                return R::failure(SqlError::describe(insertEvent.lastError()));
            ++summary.unsubscribed;
        }
        if (excluded) {
            ConsentEvent exclusion;
            exclusion.kind = ConsentEvent::Kind::Exclude;
            exclusion.phone = p.phone;
            exclusion.at = p.excludedAt;
            exclusion.channel = ConsentEvent::Channel::Manual;
            exclusion.reasonText = p.excludeNote;
            if (!writeEvent(exclusion))
                return R::failure(SqlError::describe(insertEvent.lastError()));
            ++summary.excluded;
        }
        if ((optedOut || excluded) &&
            !writeSuppression(p.phone, p.optOut.at, p.optOut.reasonCode, p.excludedAt, p.excludeNote))
            return R::failure(SqlError::describe(insertSuppression.lastError()));
        if (!p.strangerPhone.isEmpty()) {
            ConsentEvent complaint;
            complaint.kind = ConsentEvent::Kind::Exclude;
            complaint.phone = p.strangerPhone;
            complaint.at = p.strangerExcludedAt;
            complaint.channel = ConsentEvent::Channel::Manual;
            complaint.reasonText = QStringLiteral("Complaint call: not a customer");
            if (!writeEvent(complaint))
                return R::failure(SqlError::describe(insertEvent.lastError()));
            if (!writeSuppression(complaint.phone, QDateTime(), QString(), complaint.at,
                                  complaint.reasonText))
                return R::failure(SqlError::describe(insertSuppression.lastError()));
            ++summary.excludedNonSubscribers;
        }
        ++summary.subscribers;
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    summary.campaigns = history.campaignCount();
    summary.messagesSent = history.messagesSent();
    summary.campaignOptOuts = history.optOuts();
    if (progress)
        progress(count);
    return summary;
}

} // namespace textwell
