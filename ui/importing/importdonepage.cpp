#include "importdonepage.h"

#include "importing/importreport.h"
#include "importproblemmodel.h"
#include "importsummaryview.h"
#include "importwizard.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace textwell;

ImportDonePage::ImportDonePage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_banner(new MessageBanner(this)),
      m_summary(new ImportSummaryView(this)), m_problemsLabel(new QLabel(this)),
      m_problemView(new QTableView(this)), m_problems(new ImportProblemModel(this)),
      m_save(new QPushButton(tr("&Save a list of the rows not imported…"), this))
{
    setObjectName(QStringLiteral("importDonePage"));

    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problemsLabel->setBuddy(m_problemView);
    m_problemView->setObjectName(QStringLiteral("doneProblemView"));
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
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setToolTip(tr("A CSV file with these rows as they were in your file, and the problem of each: "
                          "fix them and import the file again."));
    connect(m_save, &QPushButton::clicked, this, &ImportDonePage::chooseReportPath);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addSpacing(10);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemView, 1);
    layout->addLayout(saveRow);
}

void ImportDonePage::initializePage()
{
    const ImportJob::Outcome& outcome = m_wizard->choices().result;
    const bool people = m_wizard->mode() == ImportWizard::Mode::People;
    m_banner->hide();
    if (outcome.ok) {
        setTitle(people ? tr("Import finished") : tr("The list is imported"));
        setSubTitle(people ? tr("The people are in the address book.")
                           : tr("These numbers get no messages from now on, whoever they belong to."));
        m_summary->setLines(people ? ImportSummaryView::peopleLines(outcome.people, true)
                                   : ImportSummaryView::suppressionLines(outcome.suppression, true));
    } else {
        setTitle(outcome.cancelled ? tr("Import cancelled") : tr("The import did not finish"));
        setSubTitle(tr("Nothing was imported. The address book is as it was."));
        if (!outcome.cancelled)
            m_banner->show(MessageBanner::Kind::Error, outcome.error);
        m_summary->setLines({});
        m_problemsLabel->setText(people ? tr("You can import the file again at any time with File > Import…")
                                        : tr("You can import the list again at any time with File > Import "
                                             "suppression list…"));
    }
    m_summary->setVisible(outcome.ok);

    const QVector<ImportProblem>& problems = people ? outcome.people.problems : outcome.suppression.problems;
    m_problems->setProblems(problems);
    const bool any = outcome.ok && !problems.isEmpty();
    if (outcome.ok)
        m_problemsLabel->setText(tr("Rows with a problem (%1):").arg(ImportWizard::number(problems.size())));
    m_problemsLabel->setVisible(any || !outcome.ok);
    m_problemView->setVisible(any);
    m_save->setVisible(outcome.ok);
    m_save->setEnabled(any);
}

QString ImportDonePage::defaultReportPath() const
{
    const QFileInfo file(m_wizard->choices().filePath);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral("-not-imported.csv"));
}

void ImportDonePage::chooseReportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rows not imported"),
                                                      defaultReportPath(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool ImportDonePage::saveReport(const QString& path)
{
    const ImportJob::Outcome& outcome = m_wizard->choices().result;
    const bool people = m_wizard->mode() == ImportWizard::Mode::People;
    const Status saved = ImportReport::save(path, m_wizard->choices().header,
                                            people ? outcome.people.problems : outcome.suppression.problems);
    if (!saved) {
        m_banner->show(MessageBanner::Kind::Error, saved.error());
        return false;
    }
    m_banner->show(
        MessageBanner::Kind::Information,
        tr("Saved to %1. Fix the rows there and import that file.").arg(QDir::toNativeSeparators(path)));
    return true;
}
