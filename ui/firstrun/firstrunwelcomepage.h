#pragma once

#include <QWizardPage>

class DemoDatabaseJob;
class FirstRunAssistant;
class MessageBanner;
class QComboBox;
class QLabel;
class QRadioButton;

// Page 1: the language of this desk (switched at once) and how to start: the business's own setup,
// or a demo database of made-up people to look around in first (made here when it is not there yet,
// on a worker, with a Cancel that leaves nothing behind).
class FirstRunWelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunWelcomePage(FirstRunAssistant* wizard);

    void initializePage() override;
    int nextId() const override;
    // With the demo chosen: true once it is there, else it is made and the assistant closes after.
    bool validatePage() override;

    // Offers the demo to explore, or to open again when it exists.
    void showDemoChoice();

private:
    void chooseDemo(bool demo);
    void makeDemo();

    FirstRunAssistant* m_wizard;
    QComboBox* m_language;
    QRadioButton* m_setUp;
    QRadioButton* m_demo;
    QLabel* m_demoHelp;
    MessageBanner* m_banner;
    DemoDatabaseJob* m_job = nullptr; // the one being waited for; a cancelled one ends on its own
};
