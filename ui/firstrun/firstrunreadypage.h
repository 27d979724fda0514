#pragma once

#include <QWizardPage>

class FirstRunAssistant;
class MessageBanner;
class QLabel;

// Page 4: what will be stored, in plain words; Finish stores it (FirstRunAssistant::store). A
// keychain that cannot keep the secret is said here before the assistant closes.
class FirstRunReadyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunReadyPage(FirstRunAssistant* wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    FirstRunAssistant* m_wizard;
    QLabel* m_name;
    QLabel* m_country;
    QLabel* m_timeZone;
    QLabel* m_messageLanguage;
    QLabel* m_sending;
    MessageBanner* m_banner;
    bool m_stored = false; // stored, with a keychain problem shown: the next Finish closes
};
