#include "dashboardsettings.h"

#include "storage/businesssettings.h"

#include <QCoreApplication>

namespace textwell {

namespace {

const QString TypicalLow = QStringLiteral("dashboard_typical_low");
const QString TypicalHigh = QStringLiteral("dashboard_typical_high");
const QString AlertThreshold = QStringLiteral("dashboard_alert_threshold");

double storedFraction(const BusinessSettings& settings, const QString& name, double fallback)
{
    bool ok = false;
    const double value = settings.stored(name).value_or(QString()).toDouble(&ok);
    return ok && value >= 0 && value <= 1 ? value : fallback;
}

} // namespace

DashboardSettings DashboardSettings::load(const QSqlDatabase& db)
{
    const BusinessSettings settings(db);
    DashboardSettings loaded;
    loaded.typicalLow = storedFraction(settings, TypicalLow, loaded.typicalLow);
    loaded.typicalHigh = storedFraction(settings, TypicalHigh, loaded.typicalHigh);
    loaded.alertThreshold = storedFraction(settings, AlertThreshold, loaded.alertThreshold);
    if (!loaded.problem().isEmpty())
        return DashboardSettings{};
    return loaded;
}

Status DashboardSettings::save(const QSqlDatabase& db) const
{
    if (const QString why = problem(); !why.isEmpty())
        return Status::failure(why);
    BusinessSettings settings(db);
    for (const auto& [name, value] :
         {std::pair{TypicalLow, typicalLow}, {TypicalHigh, typicalHigh}, {AlertThreshold, alertThreshold}}) {
        if (Status stored = settings.store(name, QString::number(value, 'g', 10)); !stored)
            return stored;
    }
    return {};
}

QString DashboardSettings::problem() const
{
    auto inRange = [](double v) { return v >= 0 && v <= 1; };
    if (!inRange(typicalLow) || !inRange(typicalHigh) || !inRange(alertThreshold))
        return QCoreApplication::translate("DashboardSettings", "Rates must lie between 0 % and 100 %.");
    if (typicalLow > typicalHigh)
        return QCoreApplication::translate("DashboardSettings",
                                           "The typical band's low end must not be above its high end.");
    if (alertThreshold <= 0)
        return QCoreApplication::translate("DashboardSettings", "The alert threshold must be above 0 %.");
    return {};
}

} // namespace textwell
