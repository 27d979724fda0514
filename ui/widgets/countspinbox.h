#pragma once

#include <QSpinBox>

#include <functional>

// A spin box for a count with its unit in the right plural form: "1 day", "2 days"; in Russian
// "1 день", "2 дня", "5 дней". A fixed suffix cannot follow the number, so the text around the
// number is taken anew from the translated "%Ln day(s)" for each value. Typing works as in any
// spin box: only the number is edited.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    // countText(n) is the whole translated text for n, e.g. tr("%Ln day(s)", nullptr, n).
    explicit CountSpinBox(std::function<QString(int)> countText, QWidget* parent = nullptr);

private:
    void showUnitFor(int value);

    std::function<QString(int)> m_countText;
};
