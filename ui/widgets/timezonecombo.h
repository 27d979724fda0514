#pragma once

#include <QComboBox>
#include <QTimeZone>

// The business's clock, chosen by names people read ("Berlin, Germany (UTC+01:00) — Central European
// Standard Time"): the zones of its country first, the one where most people live at the top, then
// every other zone by name. Settings adds "this computer's time zone" (the empty id) on top, for a
// database that never chose one. Used by the first-run assistant and by Settings → Business.
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneCombo(QWidget* parent = nullptr);

    // Lists the zones of this country (a two-letter region such as "DE") first; the chosen zone
    // stays chosen.
    void setCountry(const QString& region);
    QString country() const { return m_country; }
    // Whether the list starts with "This computer's time zone", whose id is "".
    void setOffersSystemZone(bool offer);

    // The IANA id chosen ("Europe/Berlin"), or "" for this computer's zone.
    QString zoneId() const;
    // Chooses the zone; a valid id the list does not hold (an old alias such as "US/Eastern") is
    // added, so that what is stored is never changed by only looking at it.
    void setZoneId(const QString& id);

    // What a zone is called in the list and in summaries, in the app's language.
    static QString displayName(const QTimeZone& zone);

private:
    void rebuild();

    QString m_country;
    bool m_offersSystemZone = false;
};
