#include "phonenumberedit.h"

#include "semanticcolors.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace textwell;

PhoneNumberEdit::PhoneNumberEdit(const QString& defaultRegion, QWidget* parent)
    : QWidget(parent), m_region(defaultRegion), m_edit(new QLineEdit(this)), m_feedback(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("phoneEdit"));
    m_edit->setPlaceholderText(
        tr("e.g. %1").arg(m_region == QLatin1String("RU")   ? QStringLiteral("8 916 123-45-67")
                          : m_region == QLatin1String("DE") ? QStringLiteral("0171 1234567")
                                                            : QStringLiteral("+1 415 555 2671")));
    m_edit->setAccessibleName(tr("Phone number"));
    m_feedback->setObjectName(QStringLiteral("phoneFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);
    connect(m_edit, &QLineEdit::textChanged, this, &PhoneNumberEdit::check);
    check();
}

QString PhoneNumberEdit::text() const
{
    return m_edit->text();
}

void PhoneNumberEdit::setText(const QString& text)
{
    m_edit->setText(text);
}

void PhoneNumberEdit::check()
{
    const bool wasValid = m_valid;
    QString message;
    SemanticColors::Tone tone = SemanticColors::Tone::Muted;
    if (m_edit->text().trimmed().isEmpty()) {
        m_valid = false;
        // Region code and calling code read the same in every language; Qt names countries in English only.
        message = tr("Numbers without a country code are read as numbers of %1 (+%2).")
                      .arg(m_region)
                      .arg(PhoneNumbers::callingCode(m_region));
    } else if (Result<ParsedNumber> parsed = PhoneNumbers::parse(m_edit->text(), m_region); parsed) {
        m_valid = true;
        m_number = parsed.value();
        if (m_number.warning.isEmpty()) {
            message = tr("Will be saved as %1 (%2).")
                          .arg(m_number.international, PhoneNumbers::kindLabel(m_number.kind));
            tone = SemanticColors::Tone::Good;
        } else {
            message = m_number.warning;
            tone = SemanticColors::Tone::Warning;
        }
    } else {
        m_valid = false;
        message = parsed.error();
        tone = SemanticColors::Tone::Bad;
    }
    m_feedback->setText(message);
    SemanticColors::setTextTone(m_feedback, tone);
    if (wasValid != m_valid)
        Q_EMIT validityChanged(m_valid);
}
