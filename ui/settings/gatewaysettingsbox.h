#pragma once

#include "storage/businesssettings.h"

#include <QGroupBox>
#include <QVector>

#include <utility>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace textwell {
class Connection;
}

// Settings → Sending: the gateway (export to a file, Twilio, Kannel) with its secret kept in the
// keychain, the sending rate, quiet hours, and a test message to the owner's own number.
class GatewaySettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit GatewaySettingsBox(textwell::Connection* connection, QWidget* parent = nullptr);

    // The values to store, checked by BusinessSettings when saved.
    QVector<std::pair<textwell::BusinessSettings::Key, QString>> values() const;
    // After the values are stored: keeps a newly typed secret in the keychain. Returns the secret
    // when there is no keychain (to be kept for this session only), else an empty string; a
    // problem text in *problem.
    QString storeSecret(QString* problem);
    // Whether values() differ from what the database holds, or a secret was typed.
    bool changed() const;

Q_SIGNALS:
    // The person asked for a test message; the page saves first, then calls sendTest().
    void testRequested();

public Q_SLOTS:
    void sendTest(const QString& sessionSecret);

private:
    void showGateway();
    void load();
    QString secretLabelText() const;

    textwell::Connection* m_connection;
    QComboBox* m_gateway;
    QWidget* m_pages;
    QVector<QWidget*> m_gatewayPages; // in the order of m_gateway's items
    QLineEdit* m_exportFile;
    QLineEdit* m_twilioSid;
    QLineEdit* m_twilioToken;
    QLineEdit* m_twilioFrom;
    QLineEdit* m_twilioService;
    QLineEdit* m_kannelUrl;
    QLineEdit* m_kannelUser;
    QLineEdit* m_kannelPassword;
    QLineEdit* m_kannelFrom;
    QLineEdit* m_callbackAddress;
    QSpinBox* m_callbackPort;
    QDoubleSpinBox* m_rate;
    QTimeEdit* m_quietFrom;
    QTimeEdit* m_quietTo;
    QLineEdit* m_testNumber;
    QPushButton* m_testButton;
    QLabel* m_testResult;
};
