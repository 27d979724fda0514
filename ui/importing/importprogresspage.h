#pragma once

#include "importjob.h"

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;

// Page 5: the import runs on a worker with its own connection; the bar shows rows, speed and the
// time left. Cancel stops it and the worker rolls everything back.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Asks a running import to stop; true when there was one (the page moves on once it has
    // rolled back), false when there is nothing to cancel.
    bool cancelImport();

private:
    void onProgress(const textwell::ImportProgress& progress);
    void onFinished(const ImportJob::Outcome& outcome);

    ImportWizard* m_wizard;
    QProgressBar* m_bar;
    QLabel* m_rows;
    QLabel* m_speed;
    ImportJob* m_job = nullptr;
    bool m_finished = false;
};
