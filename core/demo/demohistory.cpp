#include "demohistory.h"

#include "campaigns/campaign.h"
#include "campaigns/campaignstarter.h"
#include "campaigns/outboxmessage.h"
#include "compliance/frequencycap.h"
#include "inbound/inbox.h"
#include "inbound/replyclassifier.h"
#include "inbound/replysettings.h"
#include "messages/placeholdervalues.h"
#include "messages/smsencoding.h"
#include "segments/segmentrule.h"
#include "storage/businesssettings.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <random>

namespace textwell {

namespace {

constexpr quint16 month(int m)
{
    return quint16(1u << m);
}
constexpr quint16 AnyMonth = 0;

enum class TextKind
{
    Seasonal, // fits its months
    Everyday,
    Pushy,       // a hard sell: more people leave after it
    BlackFriday, // the hardest sell, on its day
    Notice,      // not marketing: opening hours, a closed day
};

struct CampaignText
{
    const char* name;
    const char* text;
    quint16 months; // bit m: fits month m (1-12); AnyMonth: fits every month
    TextKind kind;
    int lastDay = 31; // sent no later than this day of the month: before the day it is about

    bool fits(const QDate& day) const
    {
        return (months == AnyMonth || (months & month(day.month()))) && day.day() <= lastDay;
    }
};

// How a reply that ends in an opt-out reads.
enum class Way
{
    Keyword, // STOP, alone or with a reason: taken at once
    Words,   // "please stop texting me": taken at once, as an opt-out said in words
    Review,  // "who is this?": a person at the desk read it and took it as an opt-out
};

struct ReplyText
{
    Way way;
    const char* reason; // the OptOutReasons code it says, or nullptr when it says none
    const char* text;
};

struct TagSegment
{
    int tag; // index into the demo's tags
    const char* name;
};

// The people of one language and what the shop sends them, in their language.
struct Audience
{
    const char* language;
    const char* timeZone; // where most of them live: campaigns are timed by its clock
    int firstHour;        // campaigns start between these local hours
    int lastHour;
    int weight; // how often a campaign is for them
    const char* everyone;
    const char* inCity; // %1: the city
    const char* frequentBuyers;
    std::vector<TagSegment> tagSegments;
    std::vector<CampaignText> texts;
    std::vector<ReplyText> replies;
};

const std::vector<Audience>& audiences()
{
    static const std::vector<Audience> list = {
        {"ru",
         "Europe/Moscow",
         10,
         14,
         40,
         "Все клиенты (Россия)",
         "Клиенты: %1",
         "Частые покупатели (от 10 покупок)",
         {{0, "Постоянные клиенты"},
          {1, "VIP-клиенты"},
          {3, "Владельцы бонусной карты"},
          {4, "Подписчики рассылки"},
          {6, "Покупатели выходного дня"}},
         {{"Новогодняя распродажа",
           "{first_name|Дорогой покупатель}, новогодняя распродажа: скидки до 30% на всё до 8 января!",
           month(12), TextKind::Seasonal},
          {"Подарки к 23 Февраля", "Подарки к 23 Февраля: скидка 15% на подарочные наборы до воскресенья.",
           month(2), TextKind::Seasonal, 20},
          {"8 Марта", "С наступающим 8 Марта! Дарим скидку 20% на всё до 9 марта.", month(3),
           TextKind::Seasonal, 6},
          {"Весенняя коллекция", "Весенняя коллекция уже в магазине. Приходите примерить!",
           month(3) | month(4) | month(5), TextKind::Seasonal},
          {"Майские праздники", "На майские праздники скидка 15% на товары для дачи и отдыха.", month(4),
           TextKind::Seasonal},
          {"Летняя распродажа", "Летняя распродажа: скидки до 50% на избранные товары!",
           month(6) | month(7) | month(8), TextKind::Seasonal},
          {"Снова в школу", "Снова в школу: скидка 15% на рюкзаки и канцтовары для школьников.",
           month(8) | month(9), TextKind::Seasonal},
          {"Осенние скидки", "Осенние скидки: минус 20% на верхнюю одежду до конца недели.",
           month(9) | month(10) | month(11), TextKind::Seasonal},
          {"Скидки выходного дня", "Скидки выходного дня: минус 20% на всё в субботу и воскресенье!",
           AnyMonth, TextKind::Everyday},
          {"Новое поступление", "{first_name|Здравствуйте}, у нас новое поступление. Заходите посмотреть!",
           AnyMonth, TextKind::Everyday},
          {"Двойные бонусы", "Всю неделю двойные бонусы по карте за любые покупки.", AnyMonth,
           TextKind::Everyday},
          {"День рождения магазина", "Нашему магазину 5 лет! Весь день подарки и скидка 10% для вас.",
           AnyMonth, TextKind::Everyday},
          {"Чёрная пятница", "ЧЁРНАЯ ПЯТНИЦА: скидки до 50% только сегодня! Успейте!", month(11),
           TextKind::BlackFriday},
          {"Распродажа 24 часа", "Только 24 часа: скидка 30% на всё! Не пропустите!", AnyMonth,
           TextKind::Pushy},
          {"Режим работы в праздники", "В праздники магазин работает с 10:00 до 18:00, 1 января выходной.",
           month(12), TextKind::Notice},
          {"Переучёт", "В понедельник магазин закрыт на переучёт. Приносим извинения за неудобства.",
           AnyMonth, TextKind::Notice}},
         {{Way::Keyword, nullptr, "СТОП"},
          {Way::Keyword, nullptr, "Стоп"},
          {Way::Keyword, nullptr, "стоп"},
          {Way::Keyword, nullptr, "СТОП пожалуйста"},
          {Way::Keyword, nullptr, "ОТПИСКА"},
          {Way::Keyword, "too_frequent", "Стоп, слишком часто"},
          {Way::Keyword, "not_relevant", "СТОП, не интересно"},
          {Way::Words, nullptr, "Не пишите мне больше"},
          {Way::Words, nullptr, "Отпишите меня"},
          {Way::Words, nullptr, "Хватит присылать"},
          {Way::Words, "too_frequent", "Слишком часто пишете, отпишите меня"},
          {Way::Words, "not_relevant", "Не интересно, удалите мой номер"},
          {Way::Words, "never_signed_up", "Я не подписывалась, удалите мой номер"},
          {Way::Words, "privacy_concern", "Откуда у вас мой номер? Удалите меня"},
          {Way::Words, "changed_circumstances", "Я переехала, отпишите меня"},
          {Way::Words, "switched_provider", "Нашла другой магазин, отпишите меня"},
          {Way::Words, "no_benefit", "Скидки никакие, отпишите меня"},
          {Way::Review, nullptr, "Кто это?"},
          {Way::Review, nullptr, "Достали"},
          {Way::Review, "never_signed_up", "Ошиблись номером"},
          {Way::Review, "privacy_concern", "Откуда у вас мой номер?"},
          {Way::Review, "too_frequent", "Сколько можно писать каждый день"}}},
        {"de",
         "Europe/Berlin",
         9,
         16,
         35,
         "Alle Kunden (Deutschland)",
         "Kunden in %1",
         "Stammkäufer (ab 10 Einkäufen)",
         {{0, "Stammkunden"},
          {1, "VIP-Kunden"},
          {3, "Kundenkarte"},
          {4, "Newsletter-Abonnenten"},
          {6, "Wochenendkunden"}},
         {{"Winterschlussverkauf",
           "Winterschlussverkauf: bis zu 50 % auf Winterware, solange der Vorrat reicht!",
           month(1) | month(2), TextKind::Seasonal},
          {"Valentinstag", "Zum Valentinstag: Geschenksets ab 19 Euro, Verpackung gratis.", month(2),
           TextKind::Seasonal, 12},
          {"Osterangebot", "Frohe Ostern! 15 % auf das gesamte Sortiment bis Ostermontag.",
           month(3) | month(4), TextKind::Seasonal},
          {"Frühlingsaktion",
           "Hallo {first_name|zusammen}, unsere Frühlingsaktion startet: 20 % auf alles bis Sonntag.",
           month(3) | month(4) | month(5), TextKind::Seasonal},
          {"Muttertag", "Am Sonntag ist Muttertag: Geschenke für Mama, auf Wunsch gratis verpackt.", month(5),
           TextKind::Seasonal, 11},
          {"Sommerschlussverkauf",
           "Hallo {first_name|zusammen}, der Sommerschlussverkauf beginnt: bis zu 40 % auf Sommermode!",
           month(7) | month(8), TextKind::Seasonal},
          {"Herbstaktion", "Herbstaktion: 20 % auf Jacken und Mäntel bis Samstag.", month(9) | month(10),
           TextKind::Seasonal},
          {"Adventsangebot", "Im Advent jeden Samstag 20 % auf ein Teil Ihrer Wahl.", month(12),
           TextKind::Seasonal, 20},
          {"Wochenendangebot", "Nur am Wochenende: 20 % auf Ihren gesamten Einkauf!", AnyMonth,
           TextKind::Everyday},
          {"Neue Kollektion",
           "Die neue Kollektion ist da, {first_name|liebe Kundschaft}! Schauen Sie vorbei.", AnyMonth,
           TextKind::Everyday},
          {"Doppelte Punkte", "Diese Woche doppelte Punkte auf Ihre Kundenkarte bei jedem Einkauf.", AnyMonth,
           TextKind::Everyday},
          {"Kundentag", "Am Samstag ist Kundentag: Kaffee, Kuchen und 10 % Rabatt für Sie.", AnyMonth,
           TextKind::Everyday},
          {"Black Friday", "BLACK FRIDAY: 50 % auf alles, nur heute! Schnell sein lohnt sich!", month(11),
           TextKind::BlackFriday},
          {"24-Stunden-Sale", "Nur 24 Stunden: 30 % auf alles! Jetzt zugreifen!", AnyMonth, TextKind::Pushy},
          {"Öffnungszeiten an den Feiertagen",
           "An Heiligabend haben wir bis 14 Uhr geöffnet, am 25. und 26.12. geschlossen.", month(12),
           TextKind::Notice, 22},
          {"Inventur", "Wegen Inventur ist unser Geschäft am Montag geschlossen. Danke für Ihr Verständnis.",
           AnyMonth, TextKind::Notice}},
         {{Way::Keyword, nullptr, "STOPP"},
          {Way::Keyword, nullptr, "Stopp"},
          {Way::Keyword, nullptr, "STOP"},
          {Way::Keyword, nullptr, "Stopp bitte"},
          {Way::Keyword, nullptr, "ABMELDEN"},
          {Way::Keyword, "too_frequent", "STOPP, zu viele SMS"},
          {Way::Keyword, "not_relevant", "Stopp, kein Interesse"},
          {Way::Words, nullptr, "Bitte keine SMS mehr"},
          {Way::Words, nullptr, "Bitte melden Sie mich ab"},
          {Way::Words, nullptr, "Löschen Sie bitte meine Nummer"},
          {Way::Words, "too_frequent", "Zu viele SMS, bitte keine SMS mehr"},
          {Way::Words, "not_relevant", "Kein Interesse, bitte keine SMS mehr"},
          {Way::Words, "never_signed_up", "Ich habe mich nie angemeldet, löschen Sie meine Nummer"},
          {Way::Words, "privacy_concern", "Woher haben Sie meine Nummer? Bitte löschen Sie meine Daten"},
          {Way::Words, "changed_circumstances", "Bin umgezogen, bitte keine SMS mehr"},
          {Way::Words, "switched_provider", "Kaufe jetzt woanders, bitte keine SMS mehr"},
          {Way::Words, "no_benefit", "Bringt mir nichts, bitte keine SMS mehr"},
          {Way::Review, nullptr, "Wer ist das?"},
          {Way::Review, nullptr, "Nervt"},
          {Way::Review, "never_signed_up", "Falsche Nummer"},
          {Way::Review, "privacy_concern", "Woher haben Sie meine Nummer?"},
          {Way::Review, "too_frequent", "Schon wieder? Jeden Tag eine SMS"}}},
        {"en",
         "America/New_York",
         12,
         15,
         25,
         "All customers (US)",
         "Customers in %1",
         "Frequent buyers (10+ purchases)",
         {{0, "Regulars"},
          {1, "VIP customers"},
          {3, "Loyalty card holders"},
          {4, "Newsletter readers"},
          {6, "Weekend shoppers"}},
         {{"New Year sale",
           "Happy New Year, {first_name|friend}! Start the year with 25% off everything until Sunday.",
           month(1), TextKind::Seasonal, 12},
          {"Valentine's Day",
           "Valentine's Day is coming: gift sets from $19 and free gift wrapping all week.", month(2),
           TextKind::Seasonal, 12},
          {"Spring sale",
           "Hi {first_name|there}, our Spring sale starts today: 20% off everything until Sunday.",
           month(3) | month(4), TextKind::Seasonal},
          {"Easter weekend",
           "Easter weekend special: buy 2, get 1 free on all spring items. See you in store!",
           month(3) | month(4), TextKind::Seasonal},
          {"Mother's Day", "Mother's Day is this Sunday: pick a gift for Mom and we wrap it for free.",
           month(5), TextKind::Seasonal, 11},
          {"Summer sale", "Summer sale! Up to 40% off selected items, this week only.", month(6) | month(7),
           TextKind::Seasonal},
          {"4th of July", "Happy 4th of July! 15% off everything through the holiday weekend.", month(7),
           TextKind::Seasonal, 3},
          {"Back to school",
           "Back to school: 15% off bags and supplies for students. Just show your student ID.",
           month(8) | month(9), TextKind::Seasonal},
          {"Fall collection", "The fall collection is here, {first_name|friend}! Come and see what's new.",
           month(9) | month(10), TextKind::Seasonal},
          {"Halloween", "Halloween treats: a free surprise with every purchase on Oct 31.", month(10),
           TextKind::Seasonal, 30},
          {"Thanksgiving", "Thank you for shopping with us this year! 10% off your next visit until Sunday.",
           month(11), TextKind::Seasonal, 26},
          {"Holiday gift guide",
           "Holiday gifts sorted: gift cards and sets for everyone on your list. Open late until Dec 23.",
           month(12), TextKind::Seasonal, 20},
          {"Weekend deal", "This weekend only: 20% off your whole basket, {first_name|friend}!", AnyMonth,
           TextKind::Everyday},
          {"New arrivals", "New arrivals just landed. Come and have a look this week!", AnyMonth,
           TextKind::Everyday},
          {"Double points week", "Double loyalty points on every purchase this week.", AnyMonth,
           TextKind::Everyday},
          {"Customer appreciation day",
           "Customer appreciation day on Saturday: coffee, treats and 10% off for you.", AnyMonth,
           TextKind::Everyday},
          {"Black Friday", "BLACK FRIDAY: 50% off storewide, today only! Doors open at 7 am.", month(11),
           TextKind::BlackFriday},
          {"Flash sale", "FLASH SALE: 30% off everything for the next 24 hours only!", AnyMonth,
           TextKind::Pushy},
          {"Holiday opening hours",
           "Holiday hours: we are closed on Dec 25 and Jan 1 and open as usual on all other days.", month(12),
           TextKind::Notice, 22},
          {"Closed for inventory",
           "Our store is closed this Monday for inventory. Thank you for your understanding.", AnyMonth,
           TextKind::Notice}},
         {{Way::Keyword, nullptr, "STOP"},
          {Way::Keyword, nullptr, "Stop"},
          {Way::Keyword, nullptr, "stop"},
          {Way::Keyword, nullptr, "STOP please"},
          {Way::Keyword, nullptr, "UNSUBSCRIBE"},
          {Way::Keyword, "too_frequent", "STOP, too many texts"},
          {Way::Keyword, "not_relevant", "Stop. Not interested"},
          {Way::Words, nullptr, "Please stop texting me"},
          {Way::Words, nullptr, "Remove me from your list"},
          {Way::Words, nullptr, "I don't want these messages anymore"},
          {Way::Words, "too_frequent", "Please stop texting me, way too many messages"},
          {Way::Words, "not_relevant", "Not interested, please remove me"},
          {Way::Words, "never_signed_up", "I never signed up for this, remove me"},
          {Way::Words, "privacy_concern", "Where did you get my number? Remove me"},
          {Way::Words, "changed_circumstances", "I moved away, please take me off your list"},
          {Way::Words, "switched_provider", "I shop elsewhere now, please remove me"},
          {Way::Words, "no_benefit", "No more texts please, your offers are useless"},
          {Way::Review, nullptr, "Who is this?"},
          {Way::Review, nullptr, "enough already"},
          {Way::Review, "never_signed_up", "Wrong number"},
          {Way::Review, "privacy_concern", "How did you get my number?"},
          {Way::Review, "too_frequent", "Why do you keep texting me every day?"}}},
    };
    return list;
}

enum class SegmentKind
{
    Everyone,
    City,
    Tag,
    FrequentBuyers,
};
constexpr int FrequentBuyerPurchases = 10;

// A failure as the gateway words it.
struct Failure
{
    const char* code;
    const char* error;
};
// Refused when sent (Twilio's answer to the request): the dispatcher clears sent_at.
const Failure refusals[] = {
    {"21612", "Twilio refused the message: The 'To' phone number is not currently reachable via SMS "
              "(error 21612)."},
    {"21614", "Twilio refused the message: 'To' number is not a valid mobile number (error 21614)."},
};
// Reported undelivered later: the message went out, sent_at stays.
const Failure undelivered[] = {
    {"30003", "Unreachable destination handset"},
    {"30005", "Unknown destination handset"},
    {"30006", "Landline or unreachable carrier"},
    {"30008", "Unknown error"},
};

const QString ReplySource = QStringLiteral("SMS reply"); // as the Inbox records its opt-outs
const QString DemoActor = QStringLiteral("demo");

// Independent random streams, so that one part of the history can be drawn again alike.
enum class Stream
{
    Calendar = 1,
    Sending = 2,
    Leaving = 3,
    Ids = 4,
};

std::mt19937 streamOf(quint32 seed, Stream stream, int campaign = 0)
{
    std::seed_seq sequence{seed, quint32(stream), quint32(campaign)};
    return std::mt19937(sequence);
}

qint64 draw(std::mt19937& rng, qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, std::max(low, high))(rng);
}

double unit(std::mt19937& rng)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

// "SM" and 32 hex digits, as Twilio names messages.
QString twilioSid(std::mt19937& rng)
{
    return QStringLiteral("SM%1%2")
        .arg(std::uniform_int_distribution<quint64>()(rng), 16, 16, QLatin1Char('0'))
        .arg(std::uniform_int_distribution<quint64>()(rng), 16, 16, QLatin1Char('0'));
}

} // namespace

struct DemoHistory::Campaign
{
    int audience = 0;
    const CampaignText* text = nullptr;
    SegmentKind segment = SegmentKind::Everyone;
    QString segmentValue; // the city or the tag
    int segmentTag = -1;  // the tag's index
    QString segmentName;
    QString rule;
    QDateTime createdAt;
    QDateTime scheduledAt; // invalid when sent at once
    QDateTime startedAt;   // for a campaign still to come, when it is due
    QDateTime finishedAt;
    bool upcoming = false;       // scheduled, not started: no messages yet
    bool kept = true;            // false when it would have reached no one (the starter refuses those)
    bool deliveryReports = true; // false: the gateway of the time sent no delivery reports
    double optOutRate = 0;
    int sendsPerSecond = 5;
    qint64 id = 0;
    std::vector<Leaving> leaving; // in order of their time

    bool marketing() const { return text->kind != TextKind::Notice; }
};

// One outbox row of a campaign as it ended.
struct DemoHistory::Send
{
    int person = 0;
    MessageState state = MessageState::Skipped;
    QString reason;
    const Failure* failure = nullptr;
    QDateTime claimedAt; // invalid for a row skipped at the start
    QDateTime sentAt;    // invalid when it never went out
    QDateTime reportAt;  // when its delivery report came
};

// Someone who left after a campaign, and the reply that said so (none at the carrier).
struct DemoHistory::Leaving
{
    int person = 0;
    ConsentEvent::Channel channel = ConsentEvent::Channel::Keyword;
    QString body;
    ReplyClassification classification;
    QString reasonCode;
    QDateTime receivedAt;
    QDateTime recordedAt;
    QDateTime decidedAt;   // a person's decision, for a reply taken as an opt-out by hand
    QDateTime confirmedAt; // when the confirmation went out; invalid for none
    QDateTime confirmationDeliveredAt;
};

const std::vector<std::pair<OptOutReason, int>>& DemoHistory::reasonWeights()
{
    static const std::vector<std::pair<OptOutReason, int>> weights = {
        {OptOutReason::TooFrequent, 30},     {OptOutReason::NotRelevant, 25},
        {OptOutReason::NoBenefit, 12},       {OptOutReason::ChangedCircumstances, 10},
        {OptOutReason::NeverSignedUp, 8},    {OptOutReason::PrivacyConcern, 7},
        {OptOutReason::SwitchedProvider, 5}, {OptOutReason::Other, 3}};
    return weights;
}

const QStringList& DemoHistory::otherReasons()
{
    static const QStringList reasons = {
        QStringLiteral("Moving abroad"), QStringLiteral("The phone is my child's"),
        QStringLiteral("Only wants e-mail"), QStringLiteral("Closed the account")};
    return reasons;
}

DemoHistory::DemoHistory(QSqlDatabase db, quint32 seed, QDateTime now, QStringList tags)
    : m_db(std::move(db)), m_seed(seed), m_now(std::move(now)), m_tags(std::move(tags))
{}

DemoHistory::~DemoHistory() = default;

qint64 DemoHistory::campaignCount() const
{
    return std::count_if(m_campaigns.cbegin(), m_campaigns.cend(), [](const Campaign& c) { return c.kept; });
}

qint64 DemoHistory::optOuts() const
{
    qint64 n = 0;
    for (const Campaign& c : m_campaigns)
        n += qint64(c.leaving.size());
    return n;
}

qint64 DemoHistory::campaignId(int campaign) const
{
    return campaign >= 0 && campaign < int(m_campaigns.size()) ? m_campaigns[size_t(campaign)].id : 0;
}

namespace {

// The day after the fourth Thursday of November.
QDate blackFridayOf(int year)
{
    QDate day(year, 11, 1);
    while (day.dayOfWeek() != Qt::Thursday)
        day = day.addDays(1);
    return day.addDays(22);
}

} // namespace

void DemoHistory::planCalendar()
{
    std::mt19937 rng = streamOf(m_seed, Stream::Calendar);
    const std::vector<Audience>& all = audiences();
    std::vector<int> weights;
    for (const Audience& a : all)
        weights.push_back(a.weight);
    std::discrete_distribution<int> pickAudience(weights.begin(), weights.end());
    const qint64 day = 24 * 3600;
    const QDateTime first = m_now.addMonths(-12);
    // The last campaigns are over a day before now, with their replies in.
    const QDateTime last = m_now.addDays(-1);
    auto zoneOf = [&](int audience) { return QTimeZone(QByteArray(all[size_t(audience)].timeZone)); };

    // Whether a campaign for this audience may start then: two days apart from its others (so that
    // its messages and the opt-outs after it are over before the next), and at most as many
    // marketing campaigns in the cap's window as the cap allows (so no message is ever held).
    auto fits = [&](int audience, const QDateTime& start) {
        int marketingInWindow = 0;
        for (const Campaign& c : m_campaigns) {
            if (c.audience != audience)
                continue;
            if (qAbs(c.startedAt.secsTo(start)) < 2 * day)
                return false;
            if (c.marketing() && qAbs(c.startedAt.secsTo(start)) < (FrequencyCap::DefaultDays + 1) * day)
                ++marketingInWindow;
        }
        return marketingInWindow < FrequencyCap::DefaultMaxMessages;
    };
    // The start on that day, at a time of the audience's working hours (`hour` is a fraction of
    // them); when the audience cannot have one then, the next audience that can.
    auto place = [&](int audience, const QDate& date, double hour, const QTime& minutes) {
        for (size_t k = 0; k < all.size(); ++k) {
            const int a = int((size_t(audience) + k) % all.size());
            const Audience& candidate = all[size_t(a)];
            const int h = candidate.firstHour + int(hour * (candidate.lastHour - candidate.firstHour + 1));
            const QDateTime start =
                QDateTime(date, QTime(h, minutes.minute(), minutes.second()), zoneOf(a)).toUTC();
            if (start > first && start < last && fits(a, start))
                return std::make_pair(a, start);
        }
        return std::make_pair(-1, QDateTime());
    };
    // A text of that kind for the day, not one the audience had within two months if another fits.
    auto textFor = [&](int audience, TextKind kind, const QDateTime& start, double roll) {
        const QDate date = start.toTimeZone(zoneOf(audience)).date();
        auto candidates = [&](TextKind k, bool fresh) {
            std::vector<const CampaignText*> found;
            for (const CampaignText& t : all[size_t(audience)].texts) {
                if (t.kind != k || !t.fits(date))
                    continue;
                const bool recent =
                    std::any_of(m_campaigns.cbegin(), m_campaigns.cend(), [&](const Campaign& c) {
                        return c.audience == audience && c.text == &t &&
                               qAbs(c.startedAt.secsTo(start)) < 60 * day;
                    });
                if (!fresh || !recent)
                    found.push_back(&t);
            }
            return found;
        };
        std::vector<const CampaignText*> found = candidates(kind, true);
        if (found.empty())
            found = candidates(TextKind::Everyday, true);
        if (found.empty())
            found = candidates(TextKind::Everyday, false);
        return found[std::min(found.size() - 1, size_t(roll * double(found.size())))];
    };
    auto add = [&](int audience, const QDateTime& start, const CampaignText* text, bool scheduled,
                   qint64 lead, double rateRoll) {
        Campaign c;
        c.audience = audience;
        c.text = text;
        c.startedAt = start;
        c.scheduledAt = scheduled ? start : QDateTime();
        c.createdAt = start.addSecs(-lead);
        switch (text->kind) {
        case TextKind::BlackFriday:
            c.optOutRate = 0.025 + 0.012 * rateRoll;
            break;
        case TextKind::Pushy:
            c.optOutRate = 0.022 + 0.010 * rateRoll;
            break;
        case TextKind::Notice:
            c.optOutRate = 0.001 + 0.003 * rateRoll;
            break;
        case TextKind::Seasonal:
        case TextKind::Everyday:
            c.optOutRate = 0.003 + 0.011 * rateRoll;
            break;
        }
        m_campaigns.push_back(std::move(c));
    };
    // One slot's draws, all made whether the slot is used or not, so the rest stays as it was.
    struct Draws
    {
        int audience;
        bool scheduled;
        double hour;
        QTime minutes;
        double kindRoll;
        double textRoll;
        double rateRoll;
        qint64 lead;
    };
    auto drawSlot = [&]() {
        Draws d;
        d.audience = pickAudience(rng);
        d.scheduled = unit(rng) < 0.4;
        d.hour = unit(rng);
        d.minutes = d.scheduled ? QTime(0, int(draw(rng, 0, 3)) * 15)
                                : QTime(0, int(draw(rng, 0, 59)), int(draw(rng, 0, 59)));
        d.kindRoll = unit(rng);
        d.textRoll = unit(rng);
        d.rateRoll = unit(rng);
        d.lead = d.scheduled ? draw(rng, 2 * 3600, 5 * day) : draw(rng, 600, 4 * 3600);
        return d;
    };
    auto plant = [&](const Draws& d, const QDate& date, TextKind kind) {
        const auto [audience, start] = place(d.audience, date, d.hour, d.minutes);
        if (audience >= 0)
            add(audience, start, textFor(audience, kind, start, d.textRoll), d.scheduled, d.lead, d.rateRoll);
        return audience >= 0;
    };

    // The days that make the year: Black Friday, the hardest sell, which the dashboard's alert is
    // for, and the holiday opening hours in December, which are no marketing.
    for (int year = first.date().year(); year <= last.date().year(); ++year) {
        const Draws blackFriday = drawSlot();
        plant(blackFriday, blackFridayOf(year), TextKind::BlackFriday);
        const Draws holidays = drawSlot();
        plant(holidays, QDate(year, 12, int(draw(rng, 12, 20))), TextKind::Notice);
    }
    // Then three to five a month.
    for (int m = 0; m < 12; ++m) {
        const QDateTime from = m_now.addMonths(m - 12);
        const QDateTime to = m_now.addMonths(m - 11);
        // The days planted above count among the month's three to five.
        const qint64 planted =
            std::count_if(m_campaigns.cbegin(), m_campaigns.cend(),
                          [&](const Campaign& c) { return c.startedAt >= from && c.startedAt < to; });
        const qint64 wanted = std::max<qint64>(0, draw(rng, 3, 5) - planted);
        const int days = int(from.daysTo(to));
        std::vector<int> offsets(static_cast<size_t>(days));
        for (int d = 0; d < days; ++d)
            offsets[size_t(d)] = d;
        std::shuffle(offsets.begin(), offsets.end(), rng);
        offsets.resize(std::min<size_t>(offsets.size(), size_t(wanted)));
        std::sort(offsets.begin(), offsets.end());
        bool firstOfMonth = true;
        for (int offset : offsets) {
            const Draws d = drawSlot();
            // A flash sale mid-year, so that the alert has more than one campaign to point at.
            const TextKind kind = m == 5 && firstOfMonth ? TextKind::Pushy
                                  : d.kindRoll < 0.5     ? TextKind::Seasonal
                                  : d.kindRoll < 0.9     ? TextKind::Everyday
                                  : d.kindRoll < 0.95    ? TextKind::Pushy
                                                         : TextKind::Notice;
            if (plant(d, from.date().addDays(offset), kind))
                firstOfMonth = false;
        }
    }
    std::stable_sort(m_campaigns.begin(), m_campaigns.end(),
                     [](const Campaign& a, const Campaign& b) { return a.startedAt < b.startedAt; });

    // Segments: a hard sell and a notice go to everyone; the rest to everyone, a tag, the frequent
    // buyers or a city. Drawn after the calendar, from the cities the people live in.
    for (Campaign& c : m_campaigns) {
        const Audience& a = all[size_t(c.audience)];
        const double roll = unit(rng);
        const qint64 tagPick = draw(rng, 0, qint64(a.tagSegments.size()) - 1);
        const QStringList& cities = m_cities[size_t(c.audience)];
        const qint64 cityPick = draw(rng, 0, std::max<qint64>(0, cities.size() - 1));
        const bool everyone = c.text->kind == TextKind::Pushy || c.text->kind == TextKind::BlackFriday ||
                              c.text->kind == TextKind::Notice;
        c.segment = everyone                         ? SegmentKind::Everyone
                    : roll < 0.35                    ? SegmentKind::Everyone
                    : roll < 0.6                     ? SegmentKind::Tag
                    : roll < 0.8 || cities.isEmpty() ? SegmentKind::FrequentBuyers
                                                     : SegmentKind::City;
        std::vector<SegmentRule> conditions = {SegmentRule::of(
            {SegmentField::Language, QString(), SegmentOperator::Is, {QString::fromLatin1(a.language)}})};
        switch (c.segment) {
        case SegmentKind::Everyone:
            c.segmentName = QString::fromUtf8(a.everyone);
            break;
        case SegmentKind::City:
            c.segmentValue = cities.at(cityPick);
            c.segmentName = QString::fromUtf8(a.inCity).arg(c.segmentValue);
            conditions.push_back(
                SegmentRule::of({SegmentField::City, QString(), SegmentOperator::Is, {c.segmentValue}}));
            break;
        case SegmentKind::Tag: {
            const TagSegment& tag = a.tagSegments[size_t(tagPick)];
            c.segmentTag = tag.tag;
            c.segmentValue = m_tags.value(tag.tag);
            c.segmentName = QString::fromUtf8(tag.name);
            conditions.push_back(
                SegmentRule::of({SegmentField::Tags, QString(), SegmentOperator::HasAny, {c.segmentValue}}));
            break;
        }
        case SegmentKind::FrequentBuyers:
            c.segmentName = QString::fromUtf8(a.frequentBuyers);
            conditions.push_back(SegmentRule::of({SegmentField::Purchases,
                                                  QString(),
                                                  SegmentOperator::AtLeast,
                                                  {QString::number(FrequentBuyerPurchases)}}));
            break;
        }
        c.rule = SegmentRule::group(SegmentRule::Match::All, std::move(conditions)).toJsonText();
    }

    // And one still to come, scheduled for next week.
    if (!m_campaigns.empty()) {
        Campaign next;
        next.audience = pickAudience(rng);
        const Audience& a = all[size_t(next.audience)];
        const QTimeZone zone = zoneOf(next.audience);
        next.startedAt =
            QDateTime(m_now.toTimeZone(zone).date().addDays(draw(rng, 3, 6)), QTime(a.firstHour, 0), zone)
                .toUTC();
        next.text = textFor(next.audience, TextKind::Everyday, next.startedAt, unit(rng));
        next.scheduledAt = next.startedAt;
        next.createdAt = m_now.addSecs(-draw(rng, 3600, 20 * 3600));
        next.upcoming = true;
        next.segmentName = QString::fromUtf8(a.everyone);
        next.rule = SegmentRule::group(SegmentRule::Match::All,
                                       {SegmentRule::of({SegmentField::Language,
                                                         QString(),
                                                         SegmentOperator::Is,
                                                         {QString::fromLatin1(a.language)}})})
                        .toJsonText();
        m_campaigns.push_back(std::move(next));
    }
}

bool DemoHistory::matches(const Campaign& campaign, const DemoPerson& person) const
{
    switch (campaign.segment) {
    case SegmentKind::Everyone:
        return true;
    case SegmentKind::City:
        return person.city == campaign.segmentValue;
    case SegmentKind::Tag:
        return person.hasTag(campaign.segmentTag);
    case SegmentKind::FrequentBuyers:
        return person.purchases >= FrequentBuyerPurchases;
    }
    return false;
}

QDateTime DemoHistory::nextStart(int campaign) const
{
    const Campaign& c = m_campaigns[size_t(campaign)];
    for (size_t i = size_t(campaign) + 1; i < m_campaigns.size(); ++i)
        if (m_campaigns[i].audience == c.audience)
            return m_campaigns[i].startedAt;
    return {};
}

qint64 DemoHistory::sendableAtStart(const Campaign& campaign, const std::vector<DemoPerson>& people) const
{
    qint64 n = 0;
    for (int i : m_members[size_t(campaign.audience)]) {
        const DemoPerson& p = people[size_t(i)];
        if (p.createdAt <= campaign.startedAt && matches(campaign, p) && p.hasConsent() &&
            !p.awaitingConfirmationAt(campaign.startedAt) &&
            !(p.excludedAt.isValid() && p.excludedAt <= campaign.startedAt) &&
            !(p.optOut.at.isValid() && p.optOut.at <= campaign.startedAt))
            ++n;
    }
    return n;
}

// The outbox of one campaign as it ended, drawn from the campaign's own stream: the same rows
// however often they are asked for, as long as nobody's history before the campaign changes.
// The rows are in the order of the people, as the starter writes them and the sender sends them.
std::vector<DemoHistory::Send> DemoHistory::sends(int index, const std::vector<DemoPerson>& people) const
{
    const Campaign& c = m_campaigns[size_t(index)];
    std::mt19937 rng = streamOf(m_seed, Stream::Sending, index);
    std::vector<Send> rows;
    qint64 sendable = 0;
    for (int i : m_members[size_t(c.audience)]) {
        const DemoPerson& p = people[size_t(i)];
        if (p.createdAt > c.startedAt || !matches(c, p))
            continue;
        Send row;
        row.person = i;
        // Who the rules leave out at the start; then everyone again at the moment of sending.
        if (p.excludedAt.isValid() && p.excludedAt <= c.startedAt)
            row.reason = OutboxMessage::Excluded;
        else if (p.optOut.at.isValid() && p.optOut.at <= c.startedAt)
            row.reason = OutboxMessage::Unsubscribed;
        else if (!p.hasConsent())
            row.reason = OutboxMessage::NoConsent;
        else if (p.awaitingConfirmationAt(c.startedAt))
            row.reason = OutboxMessage::AwaitingConfirmation;
        if (row.reason.isEmpty()) {
            row.claimedAt = c.startedAt.addMSecs(sendable * 1000 / c.sendsPerSecond + draw(rng, 0, 150));
            ++sendable;
            if (p.excludedAt.isValid() && p.excludedAt <= row.claimedAt) {
                row.reason = OutboxMessage::Excluded;
            } else {
                const double roll = unit(rng);
                if (!c.deliveryReports) {
                    row.state = MessageState::Sent;
                    row.sentAt = row.claimedAt;
                } else if (roll < 0.003) {
                    row.state = MessageState::Failed;
                    row.reason = OutboxMessage::GatewayError;
                    row.failure = &refusals[draw(rng, 0, qint64(std::size(refusals)) - 1)];
                    row.reportAt = row.claimedAt.addMSecs(draw(rng, 300, 1500));
                } else if (roll < 0.015) {
                    row.state = MessageState::Failed;
                    row.reason = OutboxMessage::Undelivered;
                    row.failure = &undelivered[draw(rng, 0, qint64(std::size(undelivered)) - 1)];
                    row.sentAt = row.claimedAt;
                    row.reportAt = std::min(m_now, row.sentAt.addSecs(draw(rng, 20, 3 * 3600)));
                } else {
                    row.state = MessageState::Delivered;
                    row.sentAt = row.claimedAt;
                    row.reportAt = std::min(m_now, row.sentAt.addMSecs(draw(rng, 2000, 90000)));
                }
            }
        }
        rows.push_back(row);
    }
    return rows;
}

// Who left after the campaign: its rate of the people it reached, each at a time between minutes
// and two days after their message and before their next one, by a reply (and so with the
// reply's words and its confirmation) or at the carrier.
void DemoHistory::decideLeaving(int index, const std::vector<Send>& rows, const ReplyClassifier& classifier,
                                std::vector<DemoPerson>& people)
{
    Campaign& c = m_campaigns[size_t(index)];
    std::mt19937 rng = streamOf(m_seed, Stream::Leaving, index);
    const Audience& a = audiences()[size_t(c.audience)];
    std::vector<int> weights;
    for (const auto& rw : reasonWeights())
        weights.push_back(rw.second);
    std::discrete_distribution<int> reasonDist(weights.begin(), weights.end());

    // The rate is of the messages delivered, or sent where no delivery was reported: as the
    // dashboard measures it.
    std::vector<const Send*> reached;
    qint64 delivered = 0, sent = 0;
    for (const Send& row : rows) {
        delivered += row.state == MessageState::Delivered;
        sent += row.sentAt.isValid();
        if ((row.state == MessageState::Delivered || row.state == MessageState::Sent) &&
            !people[size_t(row.person)].excludedAt.isValid())
            reached.push_back(&row);
    }
    const qint64 wanted = std::llround(c.optOutRate * double(c.deliveryReports ? delivered : sent));
    std::shuffle(reached.begin(), reached.end(), rng);
    const QDateTime next = nextStart(index);
    for (const Send* row : reached) {
        if (qint64(c.leaving.size()) >= wanted)
            break;
        DemoPerson& p = people[size_t(row->person)];
        const QDateTime earliest = row->sentAt.addSecs(120);
        QDateTime latest = std::min(row->sentAt.addSecs(2 * 24 * 3600), m_now.addSecs(-60));
        if (next.isValid())
            latest = std::min(latest, next.addSecs(-60));
        if (latest <= earliest)
            continue;
        // Most who leave do it within the hour; some the next day.
        const qint64 after = 120 + qint64(std::exponential_distribution<double>(1.0 / 5400)(rng));
        QDateTime at = row->sentAt.addSecs(after);
        if (at > latest)
            at = earliest.addSecs(draw(rng, 0, earliest.secsTo(latest)));
        const double how = unit(rng);
        Way way = how < 0.55 ? Way::Keyword : how < 0.77 ? Way::Words : Way::Review;
        const bool carrier = how >= 0.92;
        OptOutReason reason = carrier ? OptOutReason::Other : reasonWeights()[size_t(reasonDist(rng))].first;
        const QString drawnCode = OptOutReasons::code(reason);

        Leaving l;
        l.person = row->person;
        l.receivedAt = at;
        ConsentEvent e;
        e.kind = ConsentEvent::Kind::OptOut;
        e.phone = p.phone;
        e.at = at;
        e.recordedAt = at;
        e.actor = DemoActor;
        if (carrier) {
            // The gateway reported the number unsubscribed at the carrier, as the dispatcher records it.
            l.channel = ConsentEvent::Channel::Carrier;
            e.reasonText = QStringLiteral("Unsubscribed at the carrier (gateway error 21610)");
        } else {
            // A text of the person's language saying this reason (or none), read as the Inbox reads it.
            std::vector<const ReplyText*> saying, plain;
            for (const ReplyText& t : a.replies) {
                if (t.way != way)
                    continue;
                if (!t.reason)
                    plain.push_back(&t);
                else if (drawnCode == QLatin1String(t.reason))
                    saying.push_back(&t);
            }
            const bool sayWhy = !saying.empty() && unit(rng) < 0.5;
            const std::vector<const ReplyText*>& from = sayWhy ? saying : plain;
            l.body = QString::fromUtf8(from[size_t(draw(rng, 0, qint64(from.size()) - 1))]->text);
            l.classification = classifier.classify(l.body, p.language);
            using Kind = ReplyClassification::Kind;
            if (l.classification.kind == Kind::OptOut) {
                l.channel = l.classification.rule.startsWith(QLatin1String("keyword"))
                                ? ConsentEvent::Channel::Keyword
                                : ConsentEvent::Channel::Reply;
                if (const auto said = OptOutReasons::fromCode(l.classification.reasonCode))
                    reason = *said;
                l.recordedAt = at.addMSecs(draw(rng, 500, 4000));
                l.confirmedAt = l.recordedAt.addMSecs(draw(rng, 500, 4000));
            } else {
                // Possibly an opt-out: someone at the desk read it and decided, with the reason.
                l.channel = ConsentEvent::Channel::Manual;
                l.recordedAt = at.addMSecs(draw(rng, 500, 4000));
                l.decidedAt = std::min(latest, at.addSecs(draw(rng, 600, 26 * 3600)));
                if (l.decidedAt < l.recordedAt)
                    l.decidedAt = l.recordedAt;
                l.confirmedAt = l.decidedAt.addMSecs(draw(rng, 500, 4000));
            }
            l.confirmationDeliveredAt = l.confirmedAt.addMSecs(draw(rng, 3000, 25000));
            e.source = ReplySource;
            e.evidence = QStringLiteral("“%1”").arg(l.body.left(200));
            e.recordedAt = l.decidedAt.isValid() ? l.decidedAt : l.recordedAt;
            if (reason == OptOutReason::Other)
                e.reasonText = otherReasons().at(int(draw(rng, 0, otherReasons().size() - 1)));
        }
        l.reasonCode = OptOutReasons::code(reason);
        e.channel = l.channel;
        e.reasonCode = l.reasonCode;
        p.optOut = e;
        p.optOutCampaign = index;
        c.leaving.push_back(l);
    }
    std::sort(c.leaving.begin(), c.leaving.end(),
              [](const Leaving& x, const Leaving& y) { return x.receivedAt < y.receivedAt; });
}

void DemoHistory::plan(std::vector<DemoPerson>& people)
{
    const std::vector<Audience>& all = audiences();
    m_members.assign(all.size(), {});
    m_cities.assign(all.size(), {});
    std::vector<QSet<QString>> cities(all.size());
    for (int i = 0; i < int(people.size()); ++i) {
        for (size_t a = 0; a < all.size(); ++a) {
            if (people[size_t(i)].language == QLatin1String(all[a].language)) {
                m_members[a].push_back(i);
                cities[a].insert(people[size_t(i)].city);
            }
        }
    }
    for (size_t a = 0; a < all.size(); ++a) {
        m_cities[a] = QStringList(cities[a].cbegin(), cities[a].cend());
        m_cities[a].sort();
    }
    m_campaigns.clear();
    m_messagesSent = 0;
    if (people.empty())
        return;
    planCalendar();

    // In the order they started: who each reached depends on who left before. Replies are read
    // as the Inbox reads them, with this database's keywords.
    const ReplyClassifier classifier(ReplySettings(m_db).keywords());
    int keptSoFar = 0;
    for (int i = 0; i < int(m_campaigns.size()); ++i) {
        Campaign& c = m_campaigns[size_t(i)];
        if (c.upcoming)
            continue;
        const qint64 sendable = sendableAtStart(c, people);
        c.kept = sendable > 0; // the starter refuses a campaign that reaches no one
        if (!c.kept)
            continue;
        // The shop's first campaigns went through a gateway without delivery reports.
        c.deliveryReports = keptSoFar++ >= 2;
        // Fast enough to be done within half an hour, as a shop would set its rate.
        c.sendsPerSecond = int(std::max<qint64>(5, (sendable + 1799) / 1800));
        const std::vector<Send> rows = sends(i, people);
        QDateTime last = c.startedAt;
        for (const Send& row : rows) {
            if (row.claimedAt.isValid())
                last = std::max(last, row.reportAt.isValid() && !row.sentAt.isValid() ? row.reportAt
                                                                                      : row.claimedAt);
            m_messagesSent += row.sentAt.isValid();
        }
        c.finishedAt = last.addMSecs(1500);
        decideLeaving(i, rows, classifier, people);
    }
}

Status DemoHistory::writeCampaigns()
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO campaign (name, marketing, created_at, updated_at, "
                                       "status, segment_name, rule, body, "
                                       "body_b, ab_share, ab_metric, ab_hours, winner, scheduled_at, "
                                       "started_at, finished_at, last_error) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 0, ?, 0, '', ?, ?, ?, '')")))
        return Status::failure(SqlError::describe(insert.lastError()));
    for (Campaign& c : m_campaigns) {
        if (!c.kept)
            continue;
        insert.addBindValue(QString::fromUtf8(c.text->name));
        insert.addBindValue(c.marketing() ? 1 : 0);
        insert.addBindValue(Timestamps::toDb(c.createdAt));
        insert.addBindValue(Timestamps::toDb(c.upcoming ? c.createdAt : c.finishedAt));
        insert.addBindValue(textwell::Campaign::statusCode(c.upcoming ? CampaignStatus::Scheduled
                                                                      : CampaignStatus::Finished));
        insert.addBindValue(sqlText(c.segmentName));
        insert.addBindValue(c.rule);
        insert.addBindValue(QString::fromUtf8(c.text->text));
        insert.addBindValue(textwell::Campaign::metricCode(AbMetric::OptOutRate));
        insert.addBindValue(Timestamps::toDb(c.scheduledAt));
        insert.addBindValue(Timestamps::toDb(c.upcoming ? QDateTime() : c.startedAt));
        insert.addBindValue(Timestamps::toDb(c.upcoming ? QDateTime() : c.finishedAt));
        if (!insert.exec())
            return Status::failure(SqlError::describe(insert.lastError()));
        c.id = insert.lastInsertId().toLongLong();
    }
    return {};
}

Status DemoHistory::writeMessages(const std::vector<DemoPerson>& people)
{
    const OptOutSettings optOut = BusinessSettings(m_db).optOutSettings();
    const ReplySettings replySettings(m_db);
    QHash<QString, RenderedMessage> confirmations;
    for (const Audience& a : audiences()) {
        const QString language = QString::fromLatin1(a.language);
        const QString text = replySettings.answer(ReplySettings::Text::OptOutConfirmation, language);
        const SmsInfo info = SmsEncoding::analyse(text);
        confirmations.insert(language,
                             RenderedMessage{text, info.parts, SmsEncoding::encodingName(info.encoding)});
    }

    QSqlQuery message(m_db);
    if (!message.prepare(QStringLiteral(
            "INSERT INTO message (campaign_id, phone, subscriber_id, marketing, variant, body, parts, "
            "encoding, "
            "state, reason, attempts, provider_id, error_code, error, next_attempt_at, claimed_at, sent_at, "
            "delivered_at, updated_at, polled_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, "
            "?, ?)")))
        return Status::failure(SqlError::describe(message.lastError()));
    QSqlQuery reply(m_db);
    if (!reply.prepare(QStringLiteral(
            "INSERT INTO reply (phone, body, received_at, recorded_at, source, source_id, kind, confidence, "
            "rule, reason_code, action, campaign_id, is_read, handled, review_due, decided_at, decided_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)")))
        return Status::failure(SqlError::describe(reply.lastError()));
    QSqlQuery answer(m_db);
    if (!answer.prepare(QStringLiteral(
            "INSERT INTO message (campaign_id, phone, subscriber_id, marketing, state, body, parts, "
            "encoding, "
            "purpose, reply_id, attempts, provider_id, next_attempt_at, claimed_at, sent_at, delivered_at, "
            "created_at, updated_at, polled_at) VALUES (NULL, ?, ?, 0, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, "
            "?, ?, "
            "?)")))
        return Status::failure(SqlError::describe(answer.lastError()));

    const QStringList fields = MessageTemplate::standardFields();
    for (int index = 0; index < int(m_campaigns.size()); ++index) {
        const Campaign& c = m_campaigns[size_t(index)];
        if (!c.kept || c.upcoming)
            continue;
        std::mt19937 ids = streamOf(m_seed, Stream::Ids, index);
        const MessageTemplate text = MessageTemplate::parse(QString::fromUtf8(c.text->text), fields);
        const QStringList used = text.usedFields();
        // The text differs only by the placeholders' values: made once per distinct set.
        QHash<QString, RenderedMessage> rendered;
        const QVariant start = Timestamps::toDb(c.startedAt);
        for (const Send& row : sends(index, people)) {
            const DemoPerson& p = people[size_t(row.person)];
            RenderedMessage body;
            if (row.claimedAt.isValid()) { // rendered at the start for everyone the rules let through
                Subscriber person;
                person.firstName = p.firstName;
                person.lastName = p.lastName;
                person.city = p.city;
                person.language = p.language;
                QStringList key;
                for (const QString& field : used)
                    key.append(PlaceholderValues::valueOf(person, field));
                const QString joined = key.join(QChar(0x1F));
                auto found = rendered.constFind(joined);
                if (found == rendered.cend())
                    found =
                        rendered.insert(joined, CampaignStarter::render(text, person, optOut, c.marketing()));
                body = *found;
            }
            const bool accepted = row.sentAt.isValid();
            const bool polled = accepted && c.deliveryReports;
            const QDateTime updated = row.reportAt.isValid()    ? row.reportAt
                                      : row.claimedAt.isValid() ? row.claimedAt.addMSecs(200)
                                                                : c.startedAt;
            message.addBindValue(c.id);
            message.addBindValue(p.phone);
            message.addBindValue(p.id);
            message.addBindValue(c.marketing() ? 1 : 0);
            message.addBindValue(sqlText(body.body));
            message.addBindValue(body.parts);
            message.addBindValue(sqlText(body.encoding));
            message.addBindValue(OutboxMessage::stateCode(row.state));
            message.addBindValue(sqlText(row.reason));
            message.addBindValue(row.state == MessageState::Skipped ? 0 : 1);
            message.addBindValue(polled ? twilioSid(ids) : QString(QLatin1String("")));
            message.addBindValue(row.failure ? QString::fromLatin1(row.failure->code)
                                             : QString(QLatin1String("")));
            message.addBindValue(row.failure ? QString::fromLatin1(row.failure->error)
                                             : QString(QLatin1String("")));
            message.addBindValue(start);
            message.addBindValue(
                Timestamps::toDb(row.state == MessageState::Skipped ? QDateTime() : row.claimedAt));
            message.addBindValue(Timestamps::toDb(row.sentAt));
            message.addBindValue(
                Timestamps::toDb(row.state == MessageState::Delivered ? row.reportAt : QDateTime()));
            message.addBindValue(Timestamps::toDb(updated));
            message.addBindValue(Timestamps::toDb(
                polled ? std::min(m_now, row.reportAt.addSecs(draw(ids, 1, 60))) : QDateTime()));
            if (!message.exec())
                return Status::failure(SqlError::describe(message.lastError()));
        }

        const QString gateway = c.deliveryReports ? QStringLiteral("twilio") : QStringLiteral("kannel");
        for (const Leaving& l : c.leaving) {
            if (l.channel == ConsentEvent::Channel::Carrier)
                continue; // no reply: the carrier said so
            const DemoPerson& p = people[size_t(l.person)];
            const bool byHand = l.channel == ConsentEvent::Channel::Manual;
            // Kannel hands over no id of its own: the Inbox makes one of the sender, text and time.
            const QString sourceId =
                c.deliveryReports
                    ? twilioSid(ids)
                    : QString::fromLatin1(
                          QCryptographicHash::hash((p.phone + QLatin1Char('\n') + l.body + QLatin1Char('\n') +
                                                    l.receivedAt.toString(Qt::ISODate))
                                                       .toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex());
            reply.addBindValue(p.phone);
            reply.addBindValue(l.body);
            reply.addBindValue(Timestamps::toDb(l.receivedAt));
            reply.addBindValue(Timestamps::toDb(l.recordedAt));
            reply.addBindValue(gateway);
            reply.addBindValue(sourceId);
            reply.addBindValue(ReplyClassification::kindCode(l.classification.kind));
            reply.addBindValue(l.classification.confidence);
            reply.addBindValue(sqlText(l.classification.rule));
            // What the reply said, or the reason the person at the desk chose.
            reply.addBindValue(sqlText(byHand ? l.reasonCode : l.classification.reasonCode));
            reply.addBindValue(byHand ? ReplyAction::DecidedOptOut : ReplyAction::OptedOut);
            reply.addBindValue(c.id);
            reply.addBindValue(Timestamps::toDb(byHand ? Inbox::reviewDeadline(l.receivedAt) : QDateTime()));
            reply.addBindValue(Timestamps::toDb(l.decidedAt));
            reply.addBindValue(byHand ? DemoActor : QString(QLatin1String("")));
            if (!reply.exec())
                return Status::failure(SqlError::describe(reply.lastError()));
            const qint64 replyId = reply.lastInsertId().toLongLong();

            // The one confirmation, sent at once.
            const RenderedMessage confirmation = confirmations.value(p.language);
            const QDateTime queued = std::min(m_now, byHand ? l.decidedAt : l.recordedAt);
            const QDateTime confirmed = std::min(m_now, l.confirmedAt);
            const QDateTime delivered = std::min(m_now, l.confirmationDeliveredAt);
            answer.addBindValue(p.phone);
            answer.addBindValue(p.id);
            answer.addBindValue(
                OutboxMessage::stateCode(c.deliveryReports ? MessageState::Delivered : MessageState::Sent));
            answer.addBindValue(confirmation.body);
            answer.addBindValue(confirmation.parts);
            answer.addBindValue(confirmation.encoding);
            answer.addBindValue(OutboxPurpose::OptOutConfirmation);
            answer.addBindValue(replyId);
            answer.addBindValue(c.deliveryReports ? twilioSid(ids) : QString(QLatin1String("")));
            answer.addBindValue(Timestamps::toDb(queued));
            answer.addBindValue(Timestamps::toDb(confirmed));
            answer.addBindValue(Timestamps::toDb(confirmed));
            answer.addBindValue(Timestamps::toDb(c.deliveryReports ? delivered : QDateTime()));
            answer.addBindValue(Timestamps::toDb(queued));
            answer.addBindValue(Timestamps::toDb(c.deliveryReports ? delivered : confirmed));
            answer.addBindValue(Timestamps::toDb(
                c.deliveryReports ? std::min(m_now, delivered.addSecs(draw(ids, 1, 60))) : QDateTime()));
            if (!answer.exec())
                return Status::failure(SqlError::describe(answer.lastError()));
        }
    }
    return {};
}

} // namespace textwell
