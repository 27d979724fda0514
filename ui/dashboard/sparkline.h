#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

#include <optional>

// A small trend line without axes: the shape of a key figure over the last weeks. Weeks without a
// figure are bridged by a faint dotted line instead of pretending a zero.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(const QVector<std::optional<double>>& values);
    const QVector<std::optional<double>>& values() const { return m_values; }
    void setColor(const QColor& color);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<std::optional<double>> m_values;
    QColor m_color;
};
