#include "importsummarypage.h"

#include "importproblemmodel.h"
#include "importsummaryview.h"
#include "importwizard.h"
#include "widgets/messagebanner.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

ImportSummaryPage::ImportSummaryPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_duplicates(new QGroupBox(this)),
      m_policy(new QButtonGroup(this)), m_checking(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_banner(new MessageBanner(this)), m_summary(new ImportSummaryView(this)),
      m_showProblems(new QToolButton(this)), m_problemView(new QTableView(this)),
      m_problems(new ImportProblemModel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("importSummaryPage"));
    const bool people = wizard->mode() == ImportWizard::Mode::People;
    setTitle(tr("Check before importing"));
    setSubTitle(people ? tr("This is what the import will do. Nothing has been saved yet.")
                       : tr("This is what importing the list will do. Nothing has been saved yet."));
    // After this page the import runs; there is no going back into it.
    setCommitPage(true);

    m_duplicates->setObjectName(QStringLiteral("duplicatesBox"));
    m_duplicates->setTitle(tr("People whose number is already in the address book"));
    auto* policies = new QGridLayout(m_duplicates);
    policies->setColumnStretch(1, 1);
    const struct
    {
        DuplicatePolicy policy;
        const char* name;
        QString text;
        QString help;
    } choices[] = {
        {DuplicatePolicy::Skip, "skipRadio", tr("&Skip"), tr("Leave them as they are.")},
        {DuplicatePolicy::UpdateEmpty, "updateRadio", tr("&Update empty fields"),
         tr("Fill in what is missing, such as an empty city. Nothing stored is replaced.")},
        {DuplicatePolicy::Overwrite, "overwriteRadio", tr("&Overwrite"),
         tr("The file's values replace the stored ones. Empty cells in the file change nothing.")},
    };
    int row = 0;
    for (const auto& choice : choices) {
        auto* radio = new QRadioButton(choice.text, m_duplicates);
        radio->setObjectName(QLatin1String(choice.name));
        auto* help = new QLabel(choice.help, m_duplicates);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        m_policy->addButton(radio, int(choice.policy));
        policies->addWidget(radio, row, 0);
        policies->addWidget(help, row, 1);
        ++row;
    }
    m_policy->button(int(DuplicatePolicy::Skip))->setChecked(true);
    connect(m_policy, &QButtonGroup::idClicked, this, [this](int id) {
        const auto policy = static_cast<DuplicatePolicy>(id);
        if (policy == m_wizard->choices().options.duplicates)
            return;
        m_wizard->choices().options.duplicates = policy;
        startDryRun();
    });
    m_duplicates->setVisible(people);

    auto* heading = new QLabel(tr("What will happen"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_checking->setObjectName(QStringLiteral("checkingLabel"));
    m_progress->setObjectName(QStringLiteral("dryRunProgress"));
    m_progress->setTextVisible(false);

    m_showProblems->setObjectName(QStringLiteral("showProblemsButton"));
    m_showProblems->setCheckable(true);
    m_showProblems->setAutoRaise(true);
    m_showProblems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showProblems->setArrowType(Qt::RightArrow);
    connect(m_showProblems, &QToolButton::toggled, this, [this](bool open) {
        m_showProblems->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_problemView->setVisible(open);
    });
    m_problemView->setObjectName(QStringLiteral("problemView"));
    m_problemView->setModel(m_problems);
    m_problemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setWordWrap(false);
    m_problemView->verticalHeader()->hide();
    m_problemView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_problemView->verticalHeader()->setDefaultSectionSize(m_problemView->fontMetrics().height() + 8);
    m_problemView->horizontalHeader()->setStretchLastSection(true);
    m_problemView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_problemView->setColumnWidth(ImportProblemModel::RowColumn, fontMetrics().averageCharWidth() * 10);
    m_problemView->setVisible(false);

    m_note->setObjectName(QStringLiteral("summaryNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_duplicates);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(m_checking);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_showProblems, 0, Qt::AlignLeft);
    layout->addWidget(m_problemView, 1);
    layout->addStretch(0);
    layout->addWidget(m_note);
}

void ImportSummaryPage::initializePage()
{
    m_policy->button(int(m_wizard->choices().options.duplicates))->setChecked(true);
    startDryRun();
}

void ImportSummaryPage::cleanupPage()
{
    stopDryRun();
}

void ImportSummaryPage::stopDryRun()
{
    if (!m_job)
        return;
    // A dry run writes nothing: let it stop on its own and forget it.
    m_job->cancel();
    m_job->disconnect(this);
    m_job = nullptr;
}

void ImportSummaryPage::startDryRun()
{
    stopDryRun();
    m_ready = false;
    m_wizard->choices().dryRun = {};
    m_banner->hide();
    m_summary->setLines({});
    m_summary->hide();
    m_showProblems->hide();
    m_showProblems->setChecked(false);
    m_note->clear();
    m_checking->setText(tr("Checking the file…"));
    m_checking->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    setButtonText(QWizard::CommitButton,
                  m_wizard->mode() == ImportWizard::Mode::People ? tr("Import") : tr("Exclude"));
    Q_EMIT completeChanged();

    m_job = new ImportJob(m_wizard->request(true), this);
    ImportJob* job = m_job;
    connect(job, &ImportJob::finished, job, &QObject::deleteLater);
    connect(job, &ImportJob::progress, this, &ImportSummaryPage::onProgress);
    connect(job, &ImportJob::finished, this, &ImportSummaryPage::onFinished);
    job->start();
}

void ImportSummaryPage::onProgress(const ImportProgress& progress)
{
    if (progress.totalBytes > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * progress.bytesRead / progress.totalBytes));
    }
    m_checking->setText(tr("Checking the file… %Ln row(s) so far", nullptr, int(progress.rows)));
}

qint64 ImportSummaryPage::toImport() const
{
    const ImportJob::Outcome& outcome = m_wizard->choices().dryRun;
    if (m_wizard->mode() == ImportWizard::Mode::SuppressionList)
        return outcome.suppression.excluded;
    return outcome.people.added + outcome.people.updated;
}

void ImportSummaryPage::onFinished(const ImportJob::Outcome& outcome)
{
    m_job = nullptr;
    m_checking->hide();
    m_progress->hide();
    m_wizard->choices().dryRun = outcome;
    if (!outcome.ok) {
        m_banner->show(MessageBanner::Kind::Error, outcome.error);
        Q_EMIT completeChanged();
        return;
    }
    const bool people = m_wizard->mode() == ImportWizard::Mode::People;
    m_summary->setLines(people ? ImportSummaryView::peopleLines(outcome.people, false)
                               : ImportSummaryView::suppressionLines(outcome.suppression, false));
    m_summary->show();
    const QVector<ImportProblem>& problems = people ? outcome.people.problems : outcome.suppression.problems;
    m_problems->setProblems(problems);
    m_showProblems->setText(
        tr("Show the rows with problems (%1)").arg(ImportWizard::number(problems.size())));
    m_showProblems->setVisible(!problems.isEmpty());

    const qint64 count = toImport();
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    const qint64 consents = people ? outcome.people.consentRecorded : 0;
    m_ready = count > 0 || consents > 0;
    if (people)
        setButtonText(QWizard::CommitButton,
                      count > 0 ? tr("Import %Ln person(s)", nullptr, n) : tr("Import"));
    else
        setButtonText(QWizard::CommitButton, tr("Exclude %Ln number(s)", nullptr, n));
    if (!m_ready)
        m_note->setText(people ? tr("Nothing in the file would change the address book.")
                               : tr("There is nothing to exclude: every number is already excluded or not "
                                    "valid."));
    else
        m_note->setText(tr("Nothing has been saved yet. You can cancel the import while it runs; then "
                           "nothing is imported."));
    Q_EMIT completeChanged();
}

bool ImportSummaryPage::isComplete() const
{
    return m_ready;
}
