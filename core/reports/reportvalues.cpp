#include "reportvalues.h"

#include <QRegularExpression>

#include <cmath>

namespace textwell {

QString ReportValues::percent(double fraction, int decimals, const QLocale& locale)
{
    // The sign follows the locale, not the translation, like the number: English writes "2.4%",
    // German and Russian put a no-break space before the sign ("2,4 %").
    const QString value = number(fraction * 100.0, decimals, locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return value + locale.percent();
    return value + QChar(0x00A0) + locale.percent();
}

QString ReportValues::number(double value, int decimals, const QLocale& locale)
{
    // "-0" reads as a mistake.
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    return locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals);
}

QString ReportValues::longDate(const QDate& date, const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // Drop the weekday ("dddd, " or "dddd ") wherever the locale puts it.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString ReportValues::longDateTime(const QDateTime& time, const QLocale& locale, const QTimeZone& zone)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(zone);
    return tr("%1, %2", "a long date and a time: November 30, 2026, 9:15 AM")
        .arg(longDate(local.date(), locale), locale.toString(local.time(), QLocale::ShortFormat));
}

QString ReportValues::display(const QVariant& value, ReportColumn::Kind kind, const QLocale& locale,
                              const QTimeZone& zone)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Integer:
        return locale.toString(value.toLongLong());
    case ReportColumn::Kind::Percent:
        return percent(value.toDouble(), 1, locale);
    case ReportColumn::Kind::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    }
    case ReportColumn::Kind::DateTime: {
        const QDateTime time = value.toDateTime();
        if (!time.isValid())
            return {};
        const QDateTime local = time.toTimeZone(zone);
        return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                           locale.toString(local.time(), QLocale::ShortFormat));
    }
    }
    return {};
}

QString ReportValues::plainNumber(double value, QChar decimalPoint)
{
    if (!std::isfinite(value))
        return {};
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(qint64(value));
    QString text = QString::number(value, 'f', 10);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == QLatin1String("-0"))
        return QStringLiteral("0");
    if (decimalPoint != QLatin1Char('.'))
        text.replace(QLatin1Char('.'), decimalPoint);
    return text;
}

QChar ReportValues::csvDecimalPoint(QChar delimiter)
{
    return delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
}

QString ReportValues::csvText(const QVariant& value, ReportColumn::Kind kind, QChar decimalPoint,
                              const QTimeZone& zone)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Percent:
        return plainNumber(value.toDouble(), decimalPoint);
    case ReportColumn::Kind::Date: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    case ReportColumn::Kind::DateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : QString();
    }
    }
    return {};
}

} // namespace textwell
