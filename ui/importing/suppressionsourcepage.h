#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLineEdit;
class QTableWidget;
class RegionCombo;

// Page 2 of a suppression-list import: which column has the numbers, their country when they have
// no country code, and where the list comes from (kept in every number's history).
class SuppressionSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SuppressionSourcePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showPreview();

    ImportWizard* m_wizard;
    QComboBox* m_column;
    RegionCombo* m_region;
    QLineEdit* m_source;
    QTableWidget* m_preview;
};
