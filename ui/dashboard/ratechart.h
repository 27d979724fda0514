#pragma once

#include "analytics/dashboardfigures.h"
#include "analytics/dashboardsettings.h"
#include "chartpanel.h"

#include <QVector>

class QCategoryAxis;

// The unsubscribe rate over time, one point per period with campaigns, against the typical band
// (shaded) and the alert level (a dashed line). A point opens the people who left after that
// period's campaigns.
class RateChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit RateChart(QWidget* parent = nullptr);

    void setData(const QVector<textwell::PeriodFigures>& timeline, textwell::Granularity granularity,
                 const textwell::DashboardSettings& settings);
    // The timeline's periods that have a point, in order.
    QVector<int> pointPeriods() const { return m_points; }

Q_SIGNALS:
    // Points at timeline[index].
    void periodActivated(int index);

protected:
    void rebuild() override;
    int itemCount() const override { return int(m_points.size()); }
    QPointF itemPosition(int index) const override;
    QString itemToolTip(int index) const override;
    void activateItem(int index) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QString periodToolTip(int period) const;
    // Period labels on the x axis, every so many so that they do not overlap at this width.
    void labelPeriods();
    int pointAt(const QPointF& value) const;

    QVector<textwell::PeriodFigures> m_timeline;
    textwell::Granularity m_granularity = textwell::Granularity::Week;
    textwell::DashboardSettings m_settings;
    QVector<int> m_points;
    QCategoryAxis* m_periodAxis = nullptr;
    int m_labelStep = 0;
};
