#pragma once

#include <QWizardPage>

class ColumnMappingHeader;
class ImportRowModel;
class ImportSourceModel;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class RegionCombo;

// Page 2: which field each column goes to. The first rows of the file with a choice above each
// column, and below them the same rows as they will be stored, so a wrong choice shows at once.
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportColumnsPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    QComboBox* createCombo(int column);
    void onComboChosen(int column);
    // Reads the choices into the mapping and shows the stored preview and any problem.
    void refresh();
    QString problem() const;

    ImportWizard* m_wizard;
    ImportSourceModel* m_sourceModel;
    ImportRowModel* m_rowModel;
    QTableView* m_sourceView;
    ColumnMappingHeader* m_header;
    QTableView* m_rowView;
    RegionCombo* m_region;
    QCheckBox* m_createFields;
    QLabel* m_problem;
    QList<QComboBox*> m_combos;
};
