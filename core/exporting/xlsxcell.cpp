#include "xlsxcell.h"

namespace textwell {

QByteArray XlsxCell::text(const QString& text)
{
    return (text.size() > MaxTextLength ? text.left(MaxTextLength) : text).toUtf8();
}

lxw_datetime XlsxCell::dateTime(const QDate& date, const QTime& time)
{
    lxw_datetime value{};
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hour = time.hour();
    value.min = time.minute();
    value.sec = time.second();
    return value;
}

bool XlsxCell::fits(const QDate& date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

} // namespace textwell
