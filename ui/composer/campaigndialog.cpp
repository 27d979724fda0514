#include "campaigndialog.h"

#include "util/clock.h"
#include "widgets/semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace textwell;

CampaignDialog::CampaignDialog(const QString& segmentName, const QString& text, const QString& summary,
                               QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_now(new QRadioButton(tr("N&ow"), this)),
      m_later(new QRadioButton(tr("&Later, at:"), this)), m_at(new QDateTimeEdit(this)),
      m_abTest(new QCheckBox(tr("&A/B test a second text first"), this)), m_abBox(new QWidget(this)),
      m_textB(new QPlainTextEdit(this)), m_share(new QSpinBox(this)), m_metric(new QComboBox(this)),
      m_hours(new QSpinBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_text(text),
      m_segmentName(segmentName)
{
    setObjectName(QStringLiteral("campaignDialog"));
    setWindowTitle(tr("Send the message"));
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setText(
        tr("%1 – %2").arg(segmentName, QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    m_name->setMaxLength(100);
    m_now->setChecked(true);
    m_now->setObjectName(QStringLiteral("sendNow"));
    m_later->setObjectName(QStringLiteral("sendLater"));
    m_at->setObjectName(QStringLiteral("scheduledAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow at ten: a sensible time for a shop's message.
    m_at->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_at->setMinimumDateTime(QDateTime::currentDateTime());

    m_abTest->setObjectName(QStringLiteral("abTest"));
    m_textB->setObjectName(QStringLiteral("textB"));
    m_textB->setPlainText(text);
    m_textB->setMinimumHeight(fontMetrics().height() * 4);
    m_share->setRange(1, 50);
    m_share->setValue(10);
    m_share->setSuffix(QStringLiteral(" %"));
    m_metric->addItem(Campaign::metricLabel(AbMetric::OptOutRate),
                      Campaign::metricCode(AbMetric::OptOutRate));
    m_metric->addItem(Campaign::metricLabel(AbMetric::DeliveryRate),
                      Campaign::metricCode(AbMetric::DeliveryRate));
    m_hours->setRange(1, 24 * 14);
    m_hours->setValue(4);
    m_hours->setSuffix(tr(" h"));

    auto* abForm = new QFormLayout(m_abBox);
    abForm->setContentsMargins(20, 0, 0, 0);
    abForm->addRow(tr("Text &B:"), m_textB);
    abForm->addRow(tr("Each text first goes to:"), m_share);
    abForm->addRow(tr("The winner has:"), m_metric);
    abForm->addRow(tr("The rest gets the winner after:"), m_hours);
    auto* abHelp = new QLabel(tr("Text A is the one in the composer. Both get the opt-out line."), this);
    abHelp->setWordWrap(true);
    SemanticColors::setTextTone(abHelp, SemanticColors::Tone::Muted); // a hint, readable: not a disabled grey
    abForm->addRow(abHelp);

    auto* summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("campaignSummary"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextFormat(Qt::PlainText);
    SemanticColors::setTextTone(m_problem, SemanticColors::Tone::Bad);
    m_problem->setWordWrap(true);

    auto* when = new QHBoxLayout;
    when->addWidget(m_now);
    when->addWidget(m_later);
    when->addWidget(m_at);
    when->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Campaign &name:"), m_name);
    form->addRow(tr("Send to:"), new QLabel(segmentName.toHtmlEscaped(), this));
    form->addRow(tr("When:"), when);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_abTest);
    layout->addWidget(m_abBox);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* r : {m_now, m_later})
        connect(r, &QRadioButton::toggled, this, &CampaignDialog::updateState);
    connect(m_abTest, &QCheckBox::toggled, this, &CampaignDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &CampaignDialog::updateState);
    connect(m_textB, &QPlainTextEdit::textChanged, this, &CampaignDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

void CampaignDialog::updateState()
{
    m_at->setEnabled(m_later->isChecked());
    m_abBox->setVisible(m_abTest->isChecked());
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the campaign a name.");
    else if (m_abTest->isChecked() && m_textB->toPlainText().trimmed() == m_text.trimmed())
        problem = tr("Text B is the same as text A; change it to learn which works better.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_later->isChecked() ? tr("&Schedule") : tr("&Send now"));
    ok->setObjectName(QStringLiteral("confirmButton"));
    ok->setEnabled(problem.isEmpty());
    adjustSize();
}

Campaign CampaignDialog::campaign() const
{
    Campaign c;
    c.name = m_name->text().simplified();
    c.segmentName = m_segmentName;
    c.body = m_text;
    if (m_abTest->isChecked()) {
        c.bodyB = m_textB->toPlainText();
        c.abSharePercent = m_share->value();
        c.abMetric =
            Campaign::metricFromCode(m_metric->currentData().toString()).value_or(AbMetric::OptOutRate);
        c.abHours = m_hours->value();
    }
    return c;
}

QDateTime CampaignDialog::scheduledAtUtc() const
{
    return m_later->isChecked() ? m_at->dateTime().toUTC() : QDateTime();
}
