#pragma once

#include <QWizardPage>

class ImportWizard;
class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

// Page 3: on what basis the people in the file agreed to get messages. Consent is never granted
// silently (PRODUCT.md rule 3): nothing is preselected, and the person importing must choose.
class ImportConsentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportConsentPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();

    ImportWizard* m_wizard;
    QButtonGroup* m_group;
    QRadioButton* m_column;
    QLabel* m_columnHelp;
    QRadioButton* m_declared;
    QWidget* m_declaredBox;
    QLineEdit* m_source;
    QLineEdit* m_evidence;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QRadioButton* m_none;
};
