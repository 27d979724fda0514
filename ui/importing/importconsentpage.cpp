#include "importconsentpage.h"

#include "importing/columnmapping.h"
#include "importwizard.h"
#include "util/clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace textwell;

namespace {
// A line of explanation under a choice, indented to its text.
QLabel* helpLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(24, 0, 0, 0);
    // Quieter than the choice it explains, yet easy to read (disabled grey is too faint).
    QPalette palette = label->palette();
    QColor color = palette.color(QPalette::WindowText);
    color.setAlpha(190);
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}
} // namespace

ImportConsentPage::ImportConsentPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_group(new QButtonGroup(this)),
      m_column(new QRadioButton(this)), m_columnHelp(nullptr),
      m_declared(new QRadioButton(tr("&Everyone in this file gave consent the same way"), this)),
      m_declaredBox(new QWidget(this)), m_source(new QLineEdit(m_declaredBox)),
      m_evidence(new QLineEdit(m_declaredBox)), m_hasDate(new QCheckBox(tr("&Date given:"), m_declaredBox)),
      m_date(new QDateEdit(m_declaredBox)),
      m_none(new QRadioButton(tr("These people have not &given consent"), this))
{
    setObjectName(QStringLiteral("importConsentPage"));
    setTitle(tr("Consent"));
    setSubTitle(tr("Only people who agreed to get messages from you receive campaigns. How did the people "
                   "in this file agree? Your answer is kept as the proof of their consent."));

    m_column->setObjectName(QStringLiteral("consentColumnRadio"));
    m_columnHelp = helpLabel(QString(), this);
    m_declared->setObjectName(QStringLiteral("consentDeclaredRadio"));
    m_none->setObjectName(QStringLiteral("consentNoneRadio"));
    m_group->addButton(m_column, int(ImportWizard::ConsentBasis::Column));
    m_group->addButton(m_declared, int(ImportWizard::ConsentBasis::Declared));
    m_group->addButton(m_none, int(ImportWizard::ConsentBasis::None));
    connect(m_group, &QButtonGroup::idToggled, this, [this] { update(); });

    m_source->setObjectName(QStringLiteral("consentSourceEdit"));
    m_source->setPlaceholderText(tr("Paper sign-up form at the till"));
    m_evidence->setObjectName(QStringLiteral("consentEvidenceEdit"));
    m_evidence->setPlaceholderText(tr("Forms kept in the shop's folder, 2024"));
    m_hasDate->setObjectName(QStringLiteral("consentDateCheck"));
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_date->setCalendarPopup(true);
    const QDate today = Clock::currentUtc().toLocalTime().date();
    m_date->setDate(today);
    m_date->setMaximumDate(today);
    m_date->setEnabled(false);
    auto* dateNote = new QLabel(tr("Leave it off when the day is not known: the day of this import is "
                                   "recorded."),
                                m_declaredBox);
    dateNote->setWordWrap(true);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_hasDate, &QCheckBox::toggled, dateNote, &QWidget::setHidden);
    connect(m_source, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_evidence, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(dateNote, 1);
    auto* sourceLabel = new QLabel(tr("&Where and how:"), m_declaredBox);
    sourceLabel->setBuddy(m_source);
    auto* evidenceLabel = new QLabel(tr("&Proof:"), m_declaredBox);
    evidenceLabel->setBuddy(m_evidence);
    auto* form = new QFormLayout(m_declaredBox);
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(sourceLabel, m_source);
    form->addRow(evidenceLabel, m_evidence);
    form->addRow(m_hasDate, dateRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_column);
    layout->addWidget(m_columnHelp);
    layout->addSpacing(10);
    layout->addWidget(m_declared);
    layout->addWidget(helpLabel(tr("For example, everyone signed the paper form at the till. Say where they "
                                   "agreed and what proves it."),
                                this));
    layout->addWidget(m_declaredBox);
    layout->addSpacing(10);
    layout->addWidget(m_none);
    layout->addWidget(helpLabel(tr("They are imported as “no consent” and do not receive campaigns until you "
                                   "record their consent."),
                                this));
    layout->addStretch(1);

    setTabOrder(m_column, m_declared);
    setTabOrder(m_declared, m_source);
    setTabOrder(m_source, m_evidence);
    setTabOrder(m_evidence, m_hasDate);
    setTabOrder(m_hasDate, m_date);
    setTabOrder(m_date, m_none);
    update();
}

void ImportConsentPage::initializePage()
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    const int column = choices.options.mapping.columnOf(ImportField::ConsentDate);
    const QString name = choices.header.value(column);
    if (column >= 0) {
        m_column->setText(tr("The file has a consent &column: “%1”").arg(name));
        m_columnHelp->setText(tr("A row with a date (or “yes”) in “%1” is imported with consent. A row where "
                                 "it is empty is imported without consent and does not receive campaigns.")
                                  .arg(name));
    } else {
        m_column->setText(tr("The file has a consent &column"));
        m_columnHelp->setText(tr("To use this, go back and choose “%1” above the column that holds the date "
                                 "of consent.")
                                  .arg(ColumnMapping::label(ImportField::ConsentDate)));
    }
    m_column->setEnabled(column >= 0);
    if (column < 0 && m_column->isChecked()) {
        // The column is gone: the choice has to be made again, never assumed.
        m_group->setExclusive(false);
        m_column->setChecked(false);
        m_group->setExclusive(true);
    }
    // The keyboard starts at the choices, not at a field of one of them.
    (m_column->isEnabled() ? m_column : m_declared)->setFocus();
    update();
}

void ImportConsentPage::update()
{
    m_declaredBox->setEnabled(m_declared->isChecked());
    Q_EMIT completeChanged();
}

bool ImportConsentPage::isComplete() const
{
    if (m_declared->isChecked())
        return !m_source->text().trimmed().isEmpty() && !m_evidence->text().trimmed().isEmpty();
    return m_column->isChecked() || m_none->isChecked();
}

bool ImportConsentPage::validatePage()
{
    ImportWizard::Choices& choices = m_wizard->choices();
    choices.consentBasis = static_cast<ImportWizard::ConsentBasis>(m_group->checkedId());
    choices.options.declaredConsent = {};
    if (m_declared->isChecked()) {
        choices.options.declaredConsent.source = m_source->text().trimmed();
        choices.options.declaredConsent.evidence = m_evidence->text().trimmed();
        // A known day is stored as its start; an unknown one as the moment of the import.
        if (m_hasDate->isChecked())
            choices.options.declaredConsent.at = m_date->date().startOfDay().toUTC();
    }
    return true;
}
