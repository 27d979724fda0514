#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How the screens write dates and times, in the user's language.
class DisplayFormats
{
public:
    // "4 October 2024" / "4. Oktober 2024" / "4 октября 2024 г.": the locale's long date without the weekday.
    static QString date(const QDate& date);
    // The date as above with the local time.
    static QString dateTime(const QDateTime& time);
};
