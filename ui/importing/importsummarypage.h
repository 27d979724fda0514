#pragma once

#include "importjob.h"

#include <QWizardPage>

class ImportProblemModel;
class ImportSummaryView;
class ImportWizard;
class MessageBanner;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

// Page 4 (people: with the choice for people already in the book): a dry run on a worker says what
// the import will do before anything is written, and the Import button says how many.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    // Starts a dry run for the current choices; an older one still running is dropped.
    void startDryRun();
    void stopDryRun();
    void onProgress(const textwell::ImportProgress& progress);
    void onFinished(const ImportJob::Outcome& outcome);
    qint64 toImport() const;

    ImportWizard* m_wizard;
    QGroupBox* m_duplicates;
    QButtonGroup* m_policy;
    QLabel* m_checking;
    QProgressBar* m_progress;
    MessageBanner* m_banner;
    ImportSummaryView* m_summary;
    QToolButton* m_showProblems;
    QTableView* m_problemView;
    ImportProblemModel* m_problems;
    QLabel* m_note;
    ImportJob* m_job = nullptr;
    bool m_ready = false;
};
