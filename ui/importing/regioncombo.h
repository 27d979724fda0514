#pragma once

#include <QComboBox>

// The country whose numbers are written without a country code ("0171 1234567" in Germany):
// every country libphonenumber knows, by name, with its code.
class RegionCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit RegionCombo(QWidget* parent = nullptr);

    QString region() const { return currentData().toString(); }
    void setRegion(const QString& region);
};
