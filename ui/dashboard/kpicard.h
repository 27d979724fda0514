#pragma once

#include <QFrame>
#include <QVector>

#include <optional>

class QLabel;
class Sparkline;

// One key figure at the top of the dashboard: what it is, its value (or why there is none), a
// line of context coloured by whether the change is good or bad, and its trend over the last weeks.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Neutral,
        Good,
        Bad,
    };

    KpiCard(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    // `value` is the figure, or a dash with `detail` saying why there is none.
    void setFigure(const QString& value, const QString& detail, Tone tone = Tone::Neutral);
    void setTrend(const QVector<std::optional<double>>& values, const QString& description);

    QString title() const;
    QString value() const;
    QString detail() const;
    Tone tone() const { return m_tone; }
    const QVector<std::optional<double>>& trend() const;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void updateColors();
    void updateAccessibleText();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    Sparkline* m_trend;
    QString m_explanation;
    QString m_trendDescription;
    Tone m_tone = Tone::Neutral;
};
