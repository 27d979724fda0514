#include "timezonecombo.h"

#include "compliance/quiethours.h"
#include "contacts/phonenumbers.h"
#include "util/clock.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace textwell;

namespace {

// Every zone that belongs to a country, as quiet hours know them (one list per country), and UTC.
const QVector<QByteArray>& everyZoneId()
{
    static const QVector<QByteArray> ids = [] {
        QSet<QByteArray> seen;
        QVector<QByteArray> list;
        for (const QString& region : PhoneNumbers::supportedRegions()) {
            for (const QTimeZone& zone : QuietHours::zonesOfRegion(region)) {
                if (!seen.contains(zone.id())) {
                    seen.insert(zone.id());
                    list.append(zone.id());
                }
            }
        }
        list.append(QByteArrayLiteral("UTC"));
        return list;
    }();
    return ids;
}

struct Entry
{
    QString text;
    QByteArray id;
};

// The zones not in `region`, sorted by their names in the current language; worked out once per
// language (a few hundred zones, each asked for its name).
QVector<Entry> sortedEntries()
{
    static QHash<QString, QVector<Entry>> cache;
    const QString language = QLocale().name();
    const auto cached = cache.constFind(language);
    if (cached != cache.constEnd())
        return cached.value();
    QVector<Entry> entries;
    for (const QByteArray& id : everyZoneId())
        entries.append({TimeZoneCombo::displayName(QTimeZone(id)), id});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&](const Entry& a, const Entry& b) { return collator.compare(a.text, b.text) < 0; });
    cache.insert(language, entries);
    return entries;
}

} // namespace

TimeZoneCombo::TimeZoneCombo(QWidget* parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("timeZoneCombo"));
    // Long names ("Port Moresby, Papua New Guinea (UTC+10:00) — Papua New Guinea Time") show whole in the
    // open list; the closed combo does not need to be as wide as the longest.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(32);
    setMaxVisibleItems(16);
    rebuild();
}

QString TimeZoneCombo::displayName(const QTimeZone& zone)
{
    if (!zone.isValid())
        return QString();
    const QString id = QString::fromUtf8(zone.id());
    // "America/Argentina/Buenos_Aires" -> "Buenos Aires": the city people know the zone by.
    QString place = id.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
    const QLocale::Territory territory = zone.territory();
    if (territory != QLocale::AnyTerritory && id.contains(QLatin1Char('/')))
        place = tr("%1, %2", "city, country").arg(place, QLocale::territoryToString(territory));
    const QDateTime now = Clock::currentUtc();
    const QString offset = zone.displayName(now, QTimeZone::OffsetName); // "UTC+01:00"
    // The name at this moment ("Eastern Daylight Time"), which agrees with the offset shown.
    const QString name = zone.displayName(now, QTimeZone::LongName, QLocale());
    if (name.isEmpty() || name == offset || name == place)
        return tr("%1 (%2)", "place (UTC offset)").arg(place, offset);
    // The offset before the name: a narrow combo cuts the end, and the offset says more.
    return tr("%1 (%2) — %3", "place (UTC offset) — zone name").arg(place, offset, name);
}

void TimeZoneCombo::setCountry(const QString& region)
{
    if (region.toUpper() == m_country)
        return;
    m_country = region.toUpper();
    rebuild();
}

void TimeZoneCombo::setOffersSystemZone(bool offer)
{
    if (offer == m_offersSystemZone)
        return;
    m_offersSystemZone = offer;
    rebuild();
}

QString TimeZoneCombo::zoneId() const
{
    return currentData().toString();
}

void TimeZoneCombo::setZoneId(const QString& id)
{
    int index = findData(id);
    if (index < 0 && !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
        // Kept with the country's zones, above the separator, where it is seen.
        const int at = m_offersSystemZone ? 1 : 0;
        insertItem(at, displayName(QTimeZone(id.toUtf8())), id);
        setItemData(at, id, Qt::ToolTipRole);
        index = at;
    }
    if (index >= 0)
        setCurrentIndex(index);
}

void TimeZoneCombo::rebuild()
{
    const QString chosen = count() > 0 ? zoneId() : QString();
    {
        const QSignalBlocker blocker(this); // the choice is put back below; no change in between
        clear();
        if (m_offersSystemZone) {
            addItem(tr("This computer's time zone: %1").arg(displayName(QTimeZone::systemTimeZone())),
                    QString());
            setItemData(0, QString::fromUtf8(QTimeZone::systemTimeZoneId()), Qt::ToolTipRole);
        }
        QSet<QByteArray> ofCountry;
        for (const QTimeZone& zone : QuietHours::zonesOfRegion(m_country)) {
            ofCountry.insert(zone.id());
            addItem(displayName(zone), QString::fromUtf8(zone.id()));
            setItemData(count() - 1, QString::fromUtf8(zone.id()), Qt::ToolTipRole);
        }
        if (count() > 0)
            insertSeparator(count());
        for (const Entry& entry : sortedEntries()) {
            if (ofCountry.contains(entry.id))
                continue;
            addItem(entry.text, QString::fromUtf8(entry.id));
            setItemData(count() - 1, QString::fromUtf8(entry.id), Qt::ToolTipRole);
        }
        setZoneId(chosen);
        if (currentIndex() < 0)
            setCurrentIndex(0);
    }
    if (zoneId() != chosen)
        Q_EMIT currentIndexChanged(currentIndex());
}
