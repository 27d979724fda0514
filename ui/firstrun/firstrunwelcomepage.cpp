#include "firstrunwelcomepage.h"

#include "demodatabasejob.h"
#include "firstrunassistant.h"
#include "firstrunform.h"
#include "widgets/messagebanner.h"
#include "widgets/semanticcolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

FirstRunWelcomePage::FirstRunWelcomePage(FirstRunAssistant* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_language(new QComboBox(this)),
      m_setUp(new QRadioButton(tr("&Set up my business now"), this)), m_demo(new QRadioButton(this)),
      m_demoHelp(new QLabel(this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("firstRunWelcomePage"));
    setTitle(tr("Welcome to Textwell"));
    setSubTitle(tr("SMS campaigns that respect your customers' choice. A few questions, about two minutes, "
                   "and Textwell is ready for your business."));

    auto* intro =
        new QLabel(tr("Every marketing message carries a line to opt out, an opt-out is honoured at "
                      "once and for good, and each customer's consent is kept with its proof. "
                      "You only decide what to send, and to whom."),
                   this);
    intro->setWordWrap(true);

    // The names of the languages in themselves: found whatever language is showing now.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(wizard->choices().language)));
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString language = m_language->currentData().toString();
        if (language != m_wizard->choices().language)
            m_wizard->changeLanguage(language);
    });
    auto* languageForm = new FirstRunForm;
    languageForm->addField(tr("Lan&guage of Textwell:"), m_language,
                           {FirstRunForm::help(tr("For this computer. It changes at once and can be changed "
                                                  "later in Settings."),
                                               this)});

    auto* start = new QGroupBox(tr("How do you want to start?"), this);
    m_setUp->setObjectName(QStringLiteral("setUpRadio"));
    m_demo->setObjectName(QStringLiteral("demoRadio"));
    auto* choices = new QButtonGroup(this);
    choices->addButton(m_setUp);
    choices->addButton(m_demo);
    auto* setUpHelp = new QLabel(tr("Your business name, country and time zone, and how messages leave "
                                    "Textwell."),
                                 start);
    m_demoHelp->setObjectName(QStringLiteral("demoHelp"));
    for (QLabel* help : {setUpHelp, m_demoHelp}) {
        help->setWordWrap(true);
        SemanticColors::setTextTone(help, SemanticColors::Tone::Muted);
    }
    // The explanations sit under their choice, where the radio button's text starts.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto* startLayout = new QVBoxLayout(start);
    startLayout->addWidget(m_setUp);
    auto* setUpHelpRow = new QHBoxLayout;
    setUpHelpRow->addSpacing(indent);
    setUpHelpRow->addWidget(setUpHelp, 1);
    startLayout->addLayout(setUpHelpRow);
    startLayout->addSpacing(6);
    startLayout->addWidget(m_demo);
    auto* demoHelpRow = new QHBoxLayout;
    demoHelpRow->addSpacing(indent);
    demoHelpRow->addWidget(m_demoHelp, 1);
    startLayout->addLayout(demoHelpRow);
    connect(m_demo, &QRadioButton::toggled, this, &FirstRunWelcomePage::chooseDemo);

    m_banner->setObjectName(QStringLiteral("welcomeBanner"));
    m_banner->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addLayout(languageForm);
    layout->addSpacing(12);
    layout->addWidget(start);
    layout->addWidget(m_banner);
    layout->addStretch(1);

    setButtonText(QWizard::FinishButton, tr("&Open the demo"));
    showDemoChoice();
    (wizard->choices().demo ? m_demo : m_setUp)->setChecked(true);
}

void FirstRunWelcomePage::showDemoChoice()
{
    const qint64 people = m_wizard->demoPeople();
    if (QFileInfo::exists(m_wizard->demoPath())) {
        m_demo->setText(tr("Open the demo database &again"));
        m_demoHelp->setText(tr("The made-up people you looked at before. Nothing is sent to anyone; this "
                               "assistant comes back the next time Textwell starts."));
    } else {
        // Thousands of people: a plural that reads the same for every count a demo has.
        // The choice stays short, since a radio button does not wrap; the help below says the rest.
        m_demo->setText(tr("E&xplore a demo database first"));
        m_demoHelp->setText(tr("%L1 made-up customers with a year of campaigns and opt-outs; nothing is sent "
                               "to anyone. Your own business stays as it is: this assistant comes back the "
                               "next time Textwell starts.")
                                .arg(people));
    }
}

void FirstRunWelcomePage::initializePage()
{
    showDemoChoice();
    setFinalPage(m_demo->isChecked());
}

void FirstRunWelcomePage::chooseDemo(bool demo)
{
    m_wizard->choices().demo = demo;
    m_banner->hide();
    // Finish ("Open the demo") instead of Next, and the other way round.
    setFinalPage(demo);
}

int FirstRunWelcomePage::nextId() const
{
    return m_demo->isChecked() ? -1 : FirstRunAssistant::BusinessPageId;
}

bool FirstRunWelcomePage::validatePage()
{
    if (!m_demo->isChecked() || QFileInfo::exists(m_wizard->demoPath()))
        return true;
    if (!m_job)
        makeDemo();
    return false;
}

void FirstRunWelcomePage::makeDemo()
{
    m_banner->hide();
    auto* job = new DemoDatabaseJob(m_wizard->demoPath(), m_wizard->demoPeople(), this);
    m_job = job;
    QPointer<QProgressDialog> progress =
        new QProgressDialog(tr("Making a demo database with %L1 made-up people…").arg(m_wizard->demoPeople()),
                            tr("Cancel"), 0, 0, m_wizard);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Demo database"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // Cancel returns to the assistant at once; the job ends on its own and removes what it wrote.
    connect(progress, &QProgressDialog::canceled, this, [this, job, progress] {
        job->cancel();
        if (m_job == job)
            m_job = nullptr;
        if (progress)
            progress->deleteLater();
    });
    connect(job, &DemoDatabaseJob::finished, this, [this, job, progress](bool created, const QString& error) {
        job->deleteLater();
        if (m_job != job)
            return;
        m_job = nullptr;
        if (progress)
            progress->deleteLater();
        if (created) {
            m_wizard->openDemo();
            return;
        }
        m_banner->show(MessageBanner::Kind::Error, tr("The demo database could not be made. %1").arg(error));
    });
    progress->show();
    job->start();
}
