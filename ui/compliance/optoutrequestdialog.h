#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Records an opt-out request that came by phone, e-mail, letter or in person: when it came, how,
// from whom (a number, an e-mail address or a name) and a note. A number is opted out at once;
// anything else waits on the Compliance screen until someone finds the number.
class OptOutRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OptOutRequestDialog(const QString& defaultRegion, QWidget* parent = nullptr);

    QDateTime receivedAt() const; // UTC
    QString channel() const;      // an OptOutRequests channel code
    QString contact() const;
    QString note() const;

    // Why OK is not possible now; empty when it is.
    QString problem() const;

private:
    void validate();

    QString m_region;
    QDateTimeEdit* m_received;
    QComboBox* m_channel;
    QLineEdit* m_contact;
    QLabel* m_contactHint;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
};
