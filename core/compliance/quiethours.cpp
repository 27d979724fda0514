#include "quiethours.h"

#include "contacts/phonenumbers.h"
#include "util/clock.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

namespace textwell {

namespace {

constexpr qint64 MsPerDay = 24 * 3600 * 1000LL;
// Far enough to see two nights in every zone of a country; the windows repeat daily after that.
constexpr qint64 HorizonMs = 48 * 3600 * 1000LL;

// Where most people of a multi-zone country live (tzdata has no population data). A country
// missing here gets the zone with the median UTC offset, the middle of the country.
constexpr const char* MainZones[][2] = {
    {"AR", "America/Argentina/Buenos_Aires"},
    {"AU", "Australia/Sydney"},
    {"BR", "America/Sao_Paulo"},
    {"CA", "America/Toronto"},
    {"CD", "Africa/Kinshasa"},
    {"CL", "America/Santiago"},
    {"CN", "Asia/Shanghai"},
    {"CY", "Asia/Nicosia"},
    {"DE", "Europe/Berlin"},
    {"EC", "America/Guayaquil"},
    {"ES", "Europe/Madrid"},
    {"FM", "Pacific/Chuuk"},
    {"GL", "America/Nuuk"},
    {"ID", "Asia/Jakarta"},
    {"KI", "Pacific/Tarawa"},
    {"KZ", "Asia/Almaty"},
    {"MH", "Pacific/Majuro"},
    {"MN", "Asia/Ulaanbaatar"},
    {"MX", "America/Mexico_City"},
    {"MY", "Asia/Kuala_Lumpur"},
    {"NZ", "Pacific/Auckland"},
    {"PF", "Pacific/Tahiti"},
    {"PG", "Pacific/Port_Moresby"},
    {"PS", "Asia/Gaza"},
    {"PT", "Europe/Lisbon"},
    {"RU", "Europe/Moscow"},
    {"UA", "Europe/Kyiv"},
    {"US", "America/New_York"},
    {"UZ", "Asia/Tashkent"},
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 offsetMs(const QTimeZone& zone, qint64 utcMs)
{
    return zone.offsetFromUtc(utcFromMs(utcMs)) * 1000LL;
}

qint64 msOfDay(QTime time)
{
    return time.msecsSinceStartOfDay();
}

// Puts the zone where most people live first; the rest keep Qt's (alphabetical) order.
void putMainZoneFirst(const QString& region, QVector<QTimeZone>& zones)
{
    if (zones.size() < 2)
        return;
    int main = -1;
    for (const auto& entry : MainZones) {
        if (region == QLatin1String(entry[0])) {
            const QByteArray id(entry[1]);
            for (int i = 0; i < zones.size() && main < 0; ++i) {
                if (zones.at(i).id() == id)
                    main = i;
            }
        }
    }
    if (main < 0) {
        // Offsets in January, so that DST does not reorder the zones between calls.
        const QDateTime january(QDate(Clock::currentUtc().date().year(), 1, 15), QTime(12, 0), Qt::UTC);
        QVector<int> order(zones.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return zones.at(a).offsetFromUtc(january) < zones.at(b).offsetFromUtc(january);
        });
        main = order.at((order.size() - 1) / 2);
    }
    zones.move(main, 0);
}

} // namespace

QuietHours::QuietHours(QTime start, QTime end, QTimeZone businessZone)
    : m_start(start.isValid() ? start : QTime(DefaultStartHour, 0)),
      m_end(end.isValid() ? end : QTime(DefaultEndHour, 0)), m_businessZone(std::move(businessZone))
{}

QTimeZone QuietHours::businessZone() const
{
    return m_businessZone.isValid() ? m_businessZone : QTimeZone::systemTimeZone();
}

QVector<QTimeZone> QuietHours::zonesOfRegion(const QString& region)
{
    const QString code = region.trimmed().toUpper();
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    // AnyTerritory would list the fixed "UTC+hh:mm" zones: not a country.
    if (code.isEmpty() || territory == QLocale::AnyTerritory)
        return {};

    static QMutex mutex;
    static QHash<QString, QVector<QTimeZone>> cache;
    const QMutexLocker locker(&mutex);
    const auto cached = cache.constFind(code);
    if (cached != cache.constEnd())
        return cached.value();

    QVector<QTimeZone> zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    for (const QByteArray& id : ids) {
        QTimeZone zone(id);
        if (zone.isValid())
            zones.append(zone);
    }
    putMainZoneFirst(code, zones);
    cache.insert(code, zones);
    return zones;
}

QVector<QTimeZone> QuietHours::zonesFor(const QString& personTimeZone, const QString& e164,
                                        const QString& fallbackRegion, const QTimeZone& businessZone)
{
    // QTimeZone("") is this computer's zone, not "unknown": check for empty first.
    const QByteArray personId = personTimeZone.trimmed().toUtf8();
    if (!personId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(personId)) {
        const QTimeZone zone(personId);
        if (zone.isValid())
            return {zone};
    }
    if (!e164.trimmed().isEmpty()) {
        const auto parsed = PhoneNumbers::parse(e164, QString());
        if (parsed) {
            const QVector<QTimeZone> zones = zonesOfRegion(parsed.value().region);
            if (!zones.isEmpty())
                return zones;
        }
    }
    const QVector<QTimeZone> zones = zonesOfRegion(fallbackRegion);
    if (!zones.isEmpty())
        return zones;
    return {businessZone.isValid() ? businessZone : QTimeZone::systemTimeZone()};
}

bool QuietHours::isQuietIn(const QTimeZone& zone, qint64 utcMs) const
{
    const qint64 local = utcMs + offsetMs(zone, utcMs);
    const qint64 time = local - floorDiv(local, MsPerDay) * MsPerDay;
    const qint64 start = msOfDay(m_start);
    const qint64 end = msOfDay(m_end);
    if (start < end)
        return time >= start && time < end;
    return time >= start || time < end;
}

bool QuietHours::allowedInAll(const QVector<QTimeZone>& zones, qint64 utcMs) const
{
    return std::none_of(zones.cbegin(), zones.cend(),
                        [&](const QTimeZone& zone) { return isQuietIn(zone, utcMs); });
}

qint64 QuietHours::firstAllowedInAll(const QVector<QTimeZone>& zones, qint64 fromMs) const
{
    // The allowed moments of one zone are intervals that begin either where its local clock
    // reaches `end` or where the clock jumps (a DST change, which is also how an `end` inside a
    // spring-forward gap is reached). The first moment allowed in all zones is the start of one of
    // those intervals, or fromMs itself, so checking those candidates in order is exact.
    const qint64 toMs = fromMs + HorizonMs;
    const qint64 end = msOfDay(m_end);
    QVector<qint64> candidates{fromMs};
    for (const QTimeZone& zone : zones) {
        QVector<qint64> changes{fromMs};
        if (zone.hasTransitions()) {
            const auto transitions = zone.transitions(utcFromMs(fromMs), utcFromMs(toMs));
            for (const auto& transition : transitions) {
                const qint64 at = transition.atUtc.toMSecsSinceEpoch();
                if (at > fromMs && at < toMs)
                    changes.append(at);
            }
            std::sort(changes.begin(), changes.end());
        }
        for (int i = 0; i < changes.size(); ++i) {
            // One offset from `from` until the next change.
            const qint64 from = changes.at(i);
            const qint64 until = i + 1 < changes.size() ? changes.at(i + 1) : toMs;
            const qint64 offset = offsetMs(zone, from);
            candidates.append(from);
            for (qint64 day = floorDiv(from + offset, MsPerDay); day <= floorDiv(until + offset, MsPerDay);
                 ++day) {
                const qint64 at = day * MsPerDay + end - offset;
                if (at >= from && at < until)
                    candidates.append(at);
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const qint64 at : std::as_const(candidates)) {
        if (at >= fromMs && allowedInAll(zones, at))
            return at;
    }
    return -1;
}

qint64 QuietHours::nextAllowedMs(const QVector<QTimeZone>& zones, qint64 nowMs) const
{
    if (isOff())
        return nowMs;
    const QVector<QTimeZone> used = zones.isEmpty() ? QVector<QTimeZone>{businessZone()} : zones;
    const qint64 common = firstAllowedInAll(used, nowMs);
    if (common >= 0)
        return common;
    // No common window: the main zone alone decides (see the header).
    const qint64 main = firstAllowedInAll({used.first()}, nowMs);
    // Only a window narrower than a clock change can miss two days in a row: ask again later.
    return main >= 0 ? main : nowMs + HorizonMs;
}

bool QuietHours::allows(const QDateTime& atUtc, const QVector<QTimeZone>& zones) const
{
    const qint64 at = atUtc.toMSecsSinceEpoch();
    if (isOff())
        return true;
    // The common case stays cheap: only a quiet moment needs the search behind the fallback.
    if (allowedInAll(zones.isEmpty() ? QVector<QTimeZone>{businessZone()} : zones, at))
        return true;
    return nextAllowedMs(zones, at) == at;
}

QDateTime QuietHours::nextAllowed(const QDateTime& nowUtc, const QVector<QTimeZone>& zones) const
{
    return utcFromMs(nextAllowedMs(zones, nowUtc.toMSecsSinceEpoch()));
}

QDateTime QuietHours::nextAllowedWith(const QDateTime& nowUtc, const QVector<QTimeZone>& zones,
                                      const QuietHours& other, const QVector<QTimeZone>& otherZones) const
{
    // Each step moves to the first moment one window allows, never past a moment both allow, so
    // the first moment the two agree on is the first allowed by both. Two daily windows agree
    // within a few steps, or not at all.
    const qint64 nowMs = nowUtc.toMSecsSinceEpoch();
    qint64 at = nowMs;
    while (at - nowMs <= HorizonMs) {
        const qint64 mine = nextAllowedMs(zones, at);
        const qint64 theirs = other.nextAllowedMs(otherZones, mine);
        if (theirs == mine)
            return utcFromMs(mine);
        at = theirs;
    }
    return utcFromMs(other.nextAllowedMs(otherZones, nowMs));
}

QString QuietHours::windowText() const
{
    if (isOff())
        return tr("off");
    const QString format = QStringLiteral("HH:mm");
    return m_start.toString(format) + QStringLiteral("–") + m_end.toString(format);
}

QString QuietHours::heldReason(const QDateTime& nowUtc, const QVector<QTimeZone>& zones) const
{
    if (allows(nowUtc, zones))
        return QString();
    const QVector<QTimeZone> used = zones.isEmpty() ? QVector<QTimeZone>{businessZone()} : zones;
    const qint64 next = nextAllowedMs(used, nowUtc.toMSecsSinceEpoch());
    // Name the zone that is still asleep just before the message goes: the one it waits for.
    QTimeZone waitingFor = used.first();
    for (const QTimeZone& zone : used) {
        if (isQuietIn(zone, next - 1)) {
            waitingFor = zone;
            break;
        }
    }
    const QString zoneName = QString::fromUtf8(waitingFor.id());
    const QString until = utcFromMs(next).toTimeZone(waitingFor).time().toString(QStringLiteral("HH:mm"));
    if (used.size() == 1)
        return tr("Quiet hours in %1 until %2.").arg(zoneName, until);
    return tr("Quiet hours in %1, one of the time zones of the recipient's country, until %2 there.")
        .arg(zoneName, until);
}

} // namespace textwell
