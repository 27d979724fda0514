#pragma once

#include <QWizardPage>

class FirstRunAssistant;
class QComboBox;
class QLabel;
class QLineEdit;
class RegionCombo;
class TimeZoneCombo;

// Page 2: the business's name (its customers see it), the country its numbers are written in, its
// time zone and the language of messages to people whose language is not known.
class FirstRunBusinessPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunBusinessPage(FirstRunAssistant* wizard);

    bool isComplete() const override;

private:
    void onNameEdited();
    void onCountryChosen();
    // Shows why the name cannot be kept, once it was typed in.
    void showNameProblem();
    QString nameProblem() const;

    FirstRunAssistant* m_wizard;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    RegionCombo* m_country;
    TimeZoneCombo* m_timeZone;
    QComboBox* m_messageLanguage;
    bool m_nameEdited = false;
};
