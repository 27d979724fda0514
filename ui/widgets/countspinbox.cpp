#include "countspinbox.h"

#include <QLocale>

CountSpinBox::CountSpinBox(std::function<QString(int)> countText, QWidget* parent)
    : QSpinBox(parent), m_countText(std::move(countText))
{
    connect(this, &QSpinBox::valueChanged, this, &CountSpinBox::showUnitFor);
    showUnitFor(value());
}

void CountSpinBox::showUnitFor(int value)
{
    // The text for this value, split around the number as the locale writes it ("%Ln"): what comes
    // before is the prefix, what follows the suffix.
    const QString text = m_countText(value);
    const QString number = QLocale().toString(value); // as tr() writes %Ln
    const qsizetype at = text.indexOf(number);
    if (at < 0) { // a translation without the number: show it after the number as it is
        setPrefix(QString());
        setSuffix(QLatin1Char(' ') + text);
        return;
    }
    setPrefix(text.left(at));
    setSuffix(text.mid(at + number.size()));
}
