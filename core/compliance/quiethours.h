#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <QVector>

namespace textwell {

// No message reaches a person during their quiet hours (PRODUCT.md: default 21:00–08:00 in the
// recipient's local time). A recipient's local time is read in a list of zones: their own when
// known, else every zone of their country. A moment is allowed only when it is allowed in every
// one of those zones, so a message to a Russian number without a known zone waits until both
// Kaliningrad and Kamchatka are awake. The dispatcher asks allows() at the moment of sending and
// holds the message until nextAllowed() otherwise.
//
// When nothing is known of a person (no zone, no usable number, no default country), their clock is
// taken to be the business's: its time zone setting, else this computer's zone.
//
// When the zones have no common allowed moment at all (a country wider than the allowed window,
// e.g. Russia with an 8-hour window), requiring all of them would hold the message forever; then
// only the first zone counts, which zonesFor() makes the zone where most of the country lives
// (Moscow for Russia, New York for the US). allows(t) is exactly nextAllowed(t) == t.
class QuietHours
{
    Q_DECLARE_TR_FUNCTIONS(QuietHours)

public:
    static constexpr int DefaultStartHour = 21;
    static constexpr int DefaultEndHour = 8;

    // Quiet from start (inclusive) to end (exclusive), local time; wraps midnight when start > end
    // (21:00–08:00), does not when start < end (13:00–15:00). start == end means no quiet hours.
    // businessZone: the business's own clock; an invalid zone means this computer's.
    explicit QuietHours(QTime start = QTime(DefaultStartHour, 0), QTime end = QTime(DefaultEndHour, 0),
                        QTimeZone businessZone = QTimeZone());

    QTime start() const { return m_start; }
    QTime end() const { return m_end; }
    bool isOff() const { return m_start == m_end; }
    // The business's own clock: the zone given to the constructor, else this computer's.
    QTimeZone businessZone() const;

    // The zones a recipient's local time is read in, the zone where most of them live first:
    // - personTimeZone (an IANA id such as "Europe/Berlin") when it is a valid zone;
    // - else every zone of the country of the E.164 number (libphonenumber's region);
    // - else every zone of fallbackRegion (the business's default country, "DE");
    // - else businessZone, the business's own clock (its time zone setting), when valid;
    // - else this computer's zone. Never empty.
    // Zones per country are cached; safe to call from any thread.
    static QVector<QTimeZone> zonesFor(const QString& personTimeZone, const QString& e164,
                                       const QString& fallbackRegion,
                                       const QTimeZone& businessZone = QTimeZone());
    // Every zone of a country (two-letter region), the most populated first; empty when unknown.
    static QVector<QTimeZone> zonesOfRegion(const QString& region);

    // Whether a message may go out at atUtc. Empty zones mean businessZone().
    bool allows(const QDateTime& atUtc, const QVector<QTimeZone>& zones) const;
    // The first instant >= nowUtc at which a message may go out: nowUtc itself when allowed, else
    // the moment the last of the zones leaves its quiet hours. Exact to the millisecond, including
    // days when the clocks change (an `end` inside a spring-forward gap means the first moment
    // after the gap). Returned in UTC.
    QDateTime nextAllowed(const QDateTime& nowUtc, const QVector<QTimeZone>& zones) const;
    // The first instant >= nowUtc allowed both by these hours read in `zones` and by `other` read
    // in `otherZones` (the business's own quiet hours and those of the law of the number's
    // country). When the two never agree within two days (windows that together cover the whole
    // day), `other` alone decides: it is the law's.
    QDateTime nextAllowedWith(const QDateTime& nowUtc, const QVector<QTimeZone>& zones,
                              const QuietHours& other, const QVector<QTimeZone>& otherZones) const;

    // "21:00–08:00", or "off", for settings and reports.
    QString windowText() const;
    // Why a message is held at nowUtc, for people ("Quiet hours in Europe/Berlin until 08:00.");
    // empty when it is not held.
    QString heldReason(const QDateTime& nowUtc, const QVector<QTimeZone>& zones) const;

private:
    bool isQuietIn(const QTimeZone& zone, qint64 utcMs) const;
    bool allowedInAll(const QVector<QTimeZone>& zones, qint64 utcMs) const;
    // The first instant in [fromMs, fromMs + horizon] allowed in every zone, or -1.
    qint64 firstAllowedInAll(const QVector<QTimeZone>& zones, qint64 fromMs) const;
    qint64 nextAllowedMs(const QVector<QTimeZone>& zones, qint64 nowMs) const;

    QTime m_start;
    QTime m_end;
    QTimeZone m_businessZone; // invalid: this computer's, read when needed
};

} // namespace textwell
