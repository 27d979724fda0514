#include "displayformats.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace {

// Every currency's symbols as the locales Qt knows write them, and for each symbol the currency it
// stands for when more than half the locales that write it mean that one: "£" is also the
// Gibraltar pound, but 9 of the 15 locales that write "£" mean GBP; "$" and "kr" belong to no
// single currency.
struct CurrencySymbols
{
    QHash<QString, QHash<QString, int>> symbolsOfCode; // code -> symbol -> locales writing it
    QHash<QString, QString> ownerOfSymbol;             // symbol -> the code most locales mean
};

CurrencySymbols buildCurrencySymbols()
{
    CurrencySymbols table;
    QHash<QString, QHash<QString, int>> codesOfSymbol;
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& locale : all) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
        if (code.isEmpty() || symbol.isEmpty())
            continue;
        ++table.symbolsOfCode[code][symbol];
        ++codesOfSymbol[symbol][code];
    }
    for (auto symbol = codesOfSymbol.cbegin(); symbol != codesOfSymbol.cend(); ++symbol) {
        int total = 0;
        for (const int count : symbol.value())
            total += count;
        for (auto code = symbol.value().cbegin(); code != symbol.value().cend(); ++code) {
            if (2 * code.value() > total)
                table.ownerOfSymbol.insert(symbol.key(), code.key());
        }
    }
    return table;
}

const CurrencySymbols& currencySymbols()
{
    static const CurrencySymbols table = buildCurrencySymbols(); // thread-safe, built on first use
    return table;
}

// CLDR's currency spacing: a symbol that ends (or starts) with a letter, such as a code, is kept
// apart from the digits by a no-break space: "XYZ 597.24", not "XYZ597.24".
QString spaceLetterSymbol(QString text, const QString& symbol)
{
    const qsizetype at = text.indexOf(symbol);
    if (at < 0 || symbol.isEmpty())
        return text;
    const qsizetype after = at + symbol.size();
    if (after < text.size() && symbol.back().isLetter() && text.at(after).isDigit())
        text.insert(after, QChar::Nbsp);
    else if (at > 0 && symbol.front().isLetter() && text.at(at - 1).isDigit())
        text.insert(at, QChar::Nbsp);
    return text;
}

} // namespace

QString DisplayFormats::date(const QDate& date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    // Drop the weekday ("dddd, " or "dddd ") wherever the locale puts it.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString DisplayFormats::dateTime(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(date(local.date()),
                                       QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString DisplayFormats::currencySymbol(const QString& currencyCode, const QLocale& locale)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code.isEmpty() || code == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const CurrencySymbols& table = currencySymbols();
    QString best;
    int bestCount = 0;
    const QHash<QString, int> symbols = table.symbolsOfCode.value(code);
    for (auto it = symbols.cbegin(); it != symbols.cend(); ++it) {
        const bool better = it.value() > bestCount || (it.value() == bestCount && it.key() < best);
        if (table.ownerOfSymbol.value(it.key()) == code && better) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best.isEmpty() ? code : best;
}

QString DisplayFormats::money(double amount, const QString& currencyCode, const QLocale& locale)
{
    return money(amount, currencyCode, 2, locale);
}

QString DisplayFormats::unitPrice(double amount, const QString& currencyCode, const QLocale& locale)
{
    // As many decimals as the price has, up to the four Settings stores.
    int decimals = 4;
    while (decimals > 2) {
        const double scale = std::pow(10.0, decimals - 1);
        if (std::abs(std::round(amount * scale) - amount * scale) > 1e-6)
            break;
        --decimals;
    }
    return money(amount, currencyCode, decimals, locale);
}

QString DisplayFormats::money(double amount, const QString& currencyCode, int decimals, const QLocale& locale)
{
    const QString symbol = currencySymbol(currencyCode, locale);
    return spaceLetterSymbol(locale.toCurrencyString(amount, symbol, decimals), symbol);
}
