#pragma once

#include <QFrame>
#include <QPointF>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

// A titled frame around one dashboard chart, or around the sentence that explains why there is
// none yet (never empty axes). Its subclasses name the items a person can point at (points,
// bars, slices): those get a tooltip with the exact figure on hover and, from the keyboard, with
// Left/Right, and open the people behind them on a click or Enter.
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    QChartView* view() const { return m_view; }
    QChart* chart() const;
    bool showsChart() const;
    QString placeholderText() const;
    QString title() const;
    // The item the keyboard is on, -1 before any.
    int currentItem() const { return m_current; }

protected:
    // Beside the title, right-aligned: a switch between chart kinds.
    void addHeaderWidget(QWidget* widget);
    // Shows `chart` in place of the previous one (which is deleted), themed by the palette.
    void setChart(QChart* chart);
    void showPlaceholder(const QString& text);
    // Builds the chart again from the data it keeps, e.g. when the palette changes.
    virtual void rebuild() = 0;

    // The items the keyboard steps through, in order.
    virtual int itemCount() const { return 0; }
    // Where item `index` is, in the chart's coordinates (for its tooltip).
    virtual QPointF itemPosition(int index) const;
    virtual QString itemToolTip(int index) const;
    virtual void activateItem(int index);
    // Shows the item's tooltip beside it.
    void showItemToolTip(int index);
    // Names the chart after the item the keyboard is on (-1: after the chart alone).
    void announceItem(int index);
    // The same for a series' point under the mouse.
    void showToolTipAt(const QPointF& chartPosition, const QString& text);

    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_title;
    QHBoxLayout* m_header;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QLabel* m_placeholder;
    int m_current = -1;
};
