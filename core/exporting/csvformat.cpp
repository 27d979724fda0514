#include "csvformat.h"

namespace textwell {

namespace {

// "-5", "+3.50", "1,5": a number and nothing else.
bool isPlainNumber(const QString& value)
{
    int i = 0;
    if (i < value.size() && (value.at(i) == QLatin1Char('+') || value.at(i) == QLatin1Char('-')))
        ++i;
    bool digit = false;
    bool lastWasSeparator = false;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digit = true;
            lastWasSeparator = false;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && digit && !lastWasSeparator) {
            lastWasSeparator = true;
        } else {
            return false;
        }
    }
    return digit && !lastWasSeparator;
}

} // namespace

void CsvFormat::appendField(QString& line, const QString& value, QChar delimiter)
{
    bool quote = false;
    for (QChar c : value) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += value;
        return;
    }
    line += QLatin1Char('"');
    for (QChar c : value) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

bool CsvFormat::startsFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.at(0);
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return risky && !isPlainNumber(value);
}

QString CsvFormat::guarded(const QString& value)
{
    return startsFormula(value) ? QLatin1Char('\'') + value : value;
}

} // namespace textwell
