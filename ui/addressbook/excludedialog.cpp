#include "excludedialog.h"

#include "contacts/phonenumbers.h"
#include "widgets/phonenumberedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

ExcludeDialog::ExcludeDialog(const QStringList& numbers, const QString& defaultRegion, QWidget* parent)
    : QDialog(parent), m_numbers(numbers), m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("excludeDialog"));
    setWindowTitle(tr("Exclude from all messages"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(tr("An excluded number gets no message at all, whatever its consent, "
                                      "until you lift the exclusion. The exclusion is kept even if the "
                                      "person is deleted."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    if (numbers.isEmpty()) {
        m_phone = new PhoneNumberEdit(defaultRegion, this);
        form->addRow(tr("&Number:"), m_phone);
        connect(m_phone, &PhoneNumberEdit::validityChanged, this, &ExcludeDialog::updateOkButton);
    } else {
        QString who = numbers.size() == 1
                          ? PhoneNumbers::formatInternational(numbers.first())
                          : tr("%n selected people", nullptr, static_cast<int>(numbers.size()));
        auto* label = new QLabel(who, this);
        label->setTextFormat(Qt::PlainText);
        form->addRow(numbers.size() == 1 ? tr("Number:") : tr("Numbers:"), label);
    }
    m_note->setObjectName(QStringLiteral("excludeNoteEdit"));
    m_note->setPlaceholderText(tr("e.g. complained by phone on 12 May"));
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Exclude"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QLineEdit::textChanged, this, &ExcludeDialog::updateOkButton);
    updateOkButton();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
    if (m_phone)
        m_phone->lineEdit()->setFocus();
    else
        m_note->setFocus();
}

void ExcludeDialog::updateOkButton()
{
    const bool numberOk = !m_phone || m_phone->isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(numberOk && !m_note->text().trimmed().isEmpty());
}

QStringList ExcludeDialog::numbers() const
{
    return m_phone ? QStringList{m_phone->number().e164} : m_numbers;
}

QString ExcludeDialog::note() const
{
    return m_note->text().trimmed();
}
