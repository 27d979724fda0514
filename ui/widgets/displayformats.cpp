#include "displayformats.h"

#include <QLocale>
#include <QRegularExpression>

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
