#pragma once

#include "analytics/dashboardfigures.h"
#include "chartpanel.h"

#include <QVector>

#include <functional>

class QToolButton;

// Counts under codes (the reasons people gave, or how they left) as horizontal bars, most first,
// or as a donut. A bar or a slice opens the people behind it.
class BreakdownChart : public ChartPanel
{
    Q_OBJECT

public:
    // `label` names a code for people ("Too many messages"); `empty` explains a chart without data.
    BreakdownChart(const QString& title, std::function<QString(const QString&)> label, QString empty,
                   QWidget* parent = nullptr);

    void setData(const QVector<textwell::CodeCount>& counts);
    void setDonut(bool donut);
    bool isDonut() const { return m_donut; }
    const QVector<textwell::CodeCount>& counts() const { return m_counts; }

Q_SIGNALS:
    void codeActivated(const QString& code);

protected:
    void rebuild() override;
    int itemCount() const override { return int(m_counts.size()); }
    QPointF itemPosition(int index) const override;
    QString itemToolTip(int index) const override;
    void activateItem(int index) override;

private:
    QChart* barChart();
    // Widens the chart's left margin where Qt Charts gives the labels' axis less room than the
    // longest label needs (it would run off the view's edge).
    void fitLabels();
    QChart* donutChart();
    void placeLegend();
    // The bars run top to bottom, most first; a bar set counts bottom up.
    int barIndex(int item) const { return int(m_counts.size()) - 1 - item; }

    std::function<QString(const QString&)> m_label;
    QString m_empty;
    QVector<textwell::CodeCount> m_counts;
    qint64 m_total = 0;
    int m_widestLabel = 0;
    bool m_donut = false;
    QToolButton* m_barsButton;
    QToolButton* m_donutButton;
};
