#include "unsubscribedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

UnsubscribeDialog::UnsubscribeDialog(const QString& who, QWidget* parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unsubscribeDialog"));
    setWindowTitle(tr("Unsubscribe"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(tr("Unsubscribe %1 from all marketing messages. Only a new consent from "
                                      "the person can undo this.")
                                       .arg(who),
                                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (OptOutReason r : OptOutReasons::all())
        m_reason->addItem(OptOutReasons::label(r), OptOutReasons::code(r));
    m_text->setObjectName(QStringLiteral("reasonTextEdit"));
    m_text->setPlaceholderText(tr("In the person's words (optional; needed for “Other”)"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Details:"), m_text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unsubscribe"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &UnsubscribeDialog::updateOkButton);
    connect(m_text, &QLineEdit::textChanged, this, &UnsubscribeDialog::updateOkButton);
    updateOkButton();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

void UnsubscribeDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(reason() != OptOutReason::Other || !m_text->text().trimmed().isEmpty());
}

OptOutReason UnsubscribeDialog::reason() const
{
    return OptOutReasons::fromCode(m_reason->currentData().toString()).value_or(OptOutReason::Other);
}

QString UnsubscribeDialog::reasonText() const
{
    return m_text->text().trimmed();
}
