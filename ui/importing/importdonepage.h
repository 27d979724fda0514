#pragma once

#include <QWizardPage>

class ImportProblemModel;
class ImportSummaryView;
class ImportWizard;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableView;

// Page 6: what the import did, in the words of the summary in the past tense, and the rows it left
// out with their row numbers and reasons, to save as a CSV, fix and import again.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDonePage(ImportWizard* wizard);

    void initializePage() override;

    // Writes the report of the rows with problems to path; the page says how it went.
    bool saveReport(const QString& path);
    QString defaultReportPath() const;

private:
    void chooseReportPath();

    ImportWizard* m_wizard;
    MessageBanner* m_banner;
    ImportSummaryView* m_summary;
    QLabel* m_problemsLabel;
    QTableView* m_problemView;
    ImportProblemModel* m_problems;
    QPushButton* m_save;
};
