#pragma once

#include "analytics/dashboardfigures.h"
#include "chartpanel.h"

#include <QVector>

class QCategoryAxis;

// Subscribers gained and lost per period, mirrored around zero: gains up, losses down, so a
// period where more left than joined shows at a glance.
class GainedLostChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit GainedLostChart(QWidget* parent = nullptr);

    void setData(const QVector<textwell::PeriodFigures>& timeline, textwell::Granularity granularity);

protected:
    void rebuild() override;
    int itemCount() const override { return int(m_timeline.size()); }
    QPointF itemPosition(int index) const override;
    QString itemToolTip(int index) const override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void labelPeriods();

    QVector<textwell::PeriodFigures> m_timeline;
    textwell::Granularity m_granularity = textwell::Granularity::Week;
    QCategoryAxis* m_periodAxis = nullptr;
    int m_labelStep = 0;
};
