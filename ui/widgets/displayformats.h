#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// How the screens write dates, times and money, in the user's language.
class DisplayFormats
{
public:
    // "4 October 2024" / "4. Oktober 2024" / "4 октября 2024 г.": the locale's long date without the weekday.
    static QString date(const QDate& date);
    // The date as above with the local time.
    static QString dateTime(const QDateTime& time);

    // An amount in the currency with this ISO 4217 code, as the locale writes money: "€597.24" in
    // English, "597,24 €" in German and Russian. A code without a symbol of its own reads
    // "XYZ 597.24"; an empty code means the locale's own currency.
    static QString money(double amount, const QString& currencyCode, const QLocale& locale = QLocale());
    // A price per unit (an SMS part): as money(), with up to four decimals where the price has them
    // ("€0.0725"), at least two.
    static QString unitPrice(double amount, const QString& currencyCode, const QLocale& locale = QLocale());
    // The symbol readers of this locale know the currency by: the locale's own symbol for its own
    // currency, else a symbol no other currency uses ("€", "₽", "US$"), else the code itself.
    static QString currencySymbol(const QString& currencyCode, const QLocale& locale = QLocale());

private:
    static QString money(double amount, const QString& currencyCode, int decimals, const QLocale& locale);
};
