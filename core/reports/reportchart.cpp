#include "reportchart.h"

#include <limits>

namespace textwell {

double ReportChart::value(int seriesIndex, int category) const
{
    if (seriesIndex < 0 || seriesIndex >= series.size())
        return std::numeric_limits<double>::quiet_NaN();
    const QVector<double>& values = series.at(seriesIndex).values;
    return category >= 0 && category < values.size() ? values.at(category)
                                                     : std::numeric_limits<double>::quiet_NaN();
}

} // namespace textwell
