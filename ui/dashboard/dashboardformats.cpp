#include "dashboardformats.h"

#include "reports/reportvalues.h"

#include <QLocale>

#include <cmath>

QString DashboardFormats::percent(double fraction, int decimals)
{
    // One rule for every percentage the app shows, on screen, in reports and in the CLI.
    return textwell::ReportValues::percent(fraction, decimals, QLocale());
}

QString DashboardFormats::rate(double fraction)
{
    const double percentValue = std::abs(fraction) * 100.0;
    // 0.04 % must not show as "0.0 %": a small rate keeps two decimals, a big one none needed.
    const int decimals = percentValue > 0 && percentValue < 0.1 ? 2 : 1;
    return percent(fraction, decimals);
}

QString DashboardFormats::rate(const std::optional<double>& fraction)
{
    return fraction ? rate(*fraction) : none();
}

QString DashboardFormats::points(double fractionChange)
{
    const QLocale locale;
    const double value = fractionChange * 100.0;
    // Rounded first, so a change too small to show reads "0.0", without a sign.
    const double rounded = std::round(value * 10.0) / 10.0;
    QString number = locale.toString(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        number.prepend(QLatin1Char('+'));
    else if (rounded < 0)
        number.prepend(QChar(0x2212)); // the minus sign, not a hyphen
    return tr("%1 pp", "a change in percentage points: +0.4 pp").arg(number);
}

QString DashboardFormats::count(qint64 n)
{
    return QLocale().toString(n);
}

QString DashboardFormats::none()
{
    return QStringLiteral("—");
}
