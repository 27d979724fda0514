#pragma once

#include "contacts/phonenumbers.h"

#include <QWidget>

class QLabel;
class QLineEdit;

// A phone number field that says, as the user types, how the number will be stored or what is
// wrong with it.
class PhoneNumberEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneNumberEdit(const QString& defaultRegion, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    bool isValid() const { return m_valid; }
    // The parsed number; only meaningful when isValid().
    const textwell::ParsedNumber& number() const { return m_number; }
    QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void check();

    QString m_region;
    QLineEdit* m_edit;
    QLabel* m_feedback;
    textwell::ParsedNumber m_number;
    bool m_valid = false;
};
