#include "consentfields.h"

#include "util/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

using namespace textwell;

ConsentFields::ConsentFields(QWidget* parent)
    : QWidget(parent), m_source(new QComboBox(this)), m_evidence(new QLineEdit(this)),
      m_date(new QDateEdit(Clock::currentUtc().toLocalTime().date(), this))
{
    m_source->setObjectName(QStringLiteral("consentSourceCombo"));
    m_source->setEditable(true);
    m_source->addItems({tr("Paper form at the till"), tr("Website sign-up form"),
                        tr("Asked in person at the counter"), tr("Loyalty card application"),
                        tr("SMS reply")});
    m_evidence->setObjectName(QStringLiteral("consentEvidenceEdit"));
    m_evidence->setPlaceholderText(tr("e.g. signed form no. 12, kept in the folder"));
    m_date->setObjectName(QStringLiteral("consentDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::currentUtc().toLocalTime().date());
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Where:"), m_source);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(tr("&Date:"), m_date);
    connect(m_source, &QComboBox::currentTextChanged, this, &ConsentFields::changed);
    connect(m_evidence, &QLineEdit::textChanged, this, &ConsentFields::changed);
}

bool ConsentFields::isComplete() const
{
    return !m_source->currentText().trimmed().isEmpty() && !m_evidence->text().trimmed().isEmpty();
}

ConsentRecord ConsentFields::consent() const
{
    // A consent given today is stamped now; one given earlier, at the start of that day.
    const QDate date = m_date->date();
    const QDateTime now = Clock::currentUtc();
    const QDateTime at = date == now.toLocalTime().date() ? now : date.startOfDay().toUTC();
    return ConsentRecord{m_source->currentText().trimmed(), m_evidence->text().trimmed(), at};
}
