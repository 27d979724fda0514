#include "importprogresspage.h"

#include "importwizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

using namespace textwell;

namespace {
QString timeLeft(double seconds)
{
    if (seconds < 0)
        return ImportProgressPage::tr("working out the time left…");
    if (seconds < 60)
        return ImportProgressPage::tr("less than a minute left");
    const int minutes = int(std::ceil(seconds / 60));
    return ImportProgressPage::tr("about %n minute(s) left", nullptr, minutes);
}
} // namespace

ImportProgressPage::ImportProgressPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_bar(new QProgressBar(this)), m_rows(new QLabel(this)),
      m_speed(new QLabel(this))
{
    setObjectName(QStringLiteral("importProgressPage"));
    const bool people = wizard->mode() == ImportWizard::Mode::People;
    setTitle(people ? tr("Importing") : tr("Importing the list"));
    setSubTitle(tr("This can take a while for a big file. If you cancel, nothing is imported and the address "
                   "book stays as it was."));
    setButtonText(QWizard::CancelButton, tr("Cancel: nothing will be imported"));

    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_rows->setObjectName(QStringLiteral("progressRows"));
    QFont big = m_rows->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_rows->setFont(big);
    m_speed->setObjectName(QStringLiteral("progressSpeed"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_rows);
    layout->addWidget(m_bar);
    layout->addWidget(m_speed);
    layout->addStretch(2);
}

void ImportProgressPage::initializePage()
{
    m_finished = false;
    m_bar->setValue(0);
    m_rows->setText(tr("Starting…"));
    m_speed->clear();
    m_wizard->choices().result = {};
    if (QAbstractButton* cancel = m_wizard->button(QWizard::CancelButton))
        cancel->setEnabled(true);

    m_job = new ImportJob(m_wizard->request(false), this);
    connect(m_job, &ImportJob::progress, this, &ImportProgressPage::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportProgressPage::onFinished);
    m_job->start();
}

bool ImportProgressPage::isComplete() const
{
    return m_finished;
}

bool ImportProgressPage::cancelImport()
{
    if (!m_job)
        return false;
    m_job->cancel();
    m_rows->setText(tr("Cancelling… undoing what was imported so far"));
    if (QAbstractButton* cancel = m_wizard->button(QWizard::CancelButton))
        cancel->setEnabled(false);
    return true;
}

void ImportProgressPage::onProgress(const ImportProgress& progress)
{
    // The dry run counted the rows: the bar follows them; else the bytes read.
    const ImportJob::Outcome& dryRun = m_wizard->choices().dryRun;
    const qint64 total =
        m_wizard->mode() == ImportWizard::Mode::People ? dryRun.people.rows : dryRun.suppression.rows;
    if (total > 0)
        m_bar->setValue(int(qMin<qint64>(1000, 1000 * progress.rows / total)));
    else if (progress.totalBytes > 0)
        m_bar->setValue(int(1000 * progress.bytesRead / progress.totalBytes));
    m_rows->setText(
        //: %L1 is how many rows are imported so far, %Ln how many the file has.
        total > 0 ? tr("%L1 of %Ln row(s)", nullptr, int(total)).arg(progress.rows)
                  : tr("%Ln row(s)", nullptr, int(progress.rows)));
    //: %Ln is the speed in rows a second, %1 the time left.
    m_speed->setText(tr("%Ln row(s) a second · %1", nullptr, int(progress.rowsPerSecond()))
                         .arg(timeLeft(progress.secondsLeft())));
}

void ImportProgressPage::onFinished(const ImportJob::Outcome& outcome)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_finished = true;
    m_wizard->choices().result = outcome;
    m_bar->setValue(1000);
    if (QAbstractButton* cancel = m_wizard->button(QWizard::CancelButton))
        cancel->setEnabled(true);
    if (outcome.ok)
        Q_EMIT m_wizard->imported();
    Q_EMIT completeChanged();
    m_wizard->next();
}
