#pragma once

#include <QHash>
#include <QSet>
#include <QWizardPage>

class FirstRunAssistant;
class QLabel;
class QLineEdit;
class QRadioButton;

// Page 3: how messages leave Textwell — not yet (written to a file for a provider's upload), Twilio
// or Kannel — with what each needs. Every field is checked as Settings checks it and its problem is
// shown under it; Next waits until the chosen way can work. The secret (Twilio's auth token,
// Kannel's password) goes to the keychain when the assistant finishes, never to the database.
class FirstRunSendingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunSendingPage(FirstRunAssistant* wizard);

    bool isComplete() const override;

private:
    void watchField(QLineEdit* edit, const QString& objectName, QString* choice);
    void chooseGateway();
    void browse();
    void showProblems();
    QString problem(QLineEdit* edit) const;
    QList<QLineEdit*> fieldsOfChosenGateway() const;

    FirstRunAssistant* m_wizard;
    QRadioButton* m_file;
    QRadioButton* m_twilio;
    QRadioButton* m_kannel;
    QWidget* m_fileFields;
    QWidget* m_twilioFields;
    QWidget* m_kannelFields;
    QLineEdit* m_exportFile;
    QLineEdit* m_twilioSid;
    QLineEdit* m_twilioToken;
    QLineEdit* m_twilioFrom;
    QLineEdit* m_kannelUrl;
    QLineEdit* m_kannelUser;
    QLineEdit* m_kannelPassword;
    QLineEdit* m_kannelFrom;
    QHash<QLineEdit*, QLabel*> m_problems;
    QSet<QLineEdit*> m_edited; // a field's problem shows once it was typed in
};
