#pragma once

#include "contacts/subscriber.h"

#include <QDialog>

#include <optional>

class ConsentFields;
class PhoneNumberEdit;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;

// Adds a person (with their consent, if they gave it) or edits one.
class SubscriberDialog : public QDialog
{
    Q_OBJECT

public:
    // An invalid subscriber (id 0) means "add".
    SubscriberDialog(const textwell::Subscriber& subscriber, const QString& defaultRegion,
                     QWidget* parent = nullptr);

    textwell::Subscriber subscriber() const;
    // The consent entered with a new person, if any.
    std::optional<textwell::ConsentRecord> consent() const;

private:
    void updateOkButton();

    textwell::Subscriber m_original;
    PhoneNumberEdit* m_phone;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_city;
    QLineEdit* m_region;
    QComboBox* m_language;
    QLineEdit* m_tags;
    QPlainTextEdit* m_notes;
    QGroupBox* m_consentBox = nullptr;
    ConsentFields* m_consent = nullptr;
    QDialogButtonBox* m_buttons;
};
