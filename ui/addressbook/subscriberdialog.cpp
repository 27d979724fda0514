#include "subscriberdialog.h"

#include "widgets/consentfields.h"
#include "widgets/phonenumberedit.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

SubscriberDialog::SubscriberDialog(const Subscriber& subscriber, const QString& defaultRegion,
                                   QWidget* parent)
    : QDialog(parent), m_original(subscriber), m_phone(new PhoneNumberEdit(defaultRegion, this)),
      m_firstName(new QLineEdit(subscriber.firstName, this)),
      m_lastName(new QLineEdit(subscriber.lastName, this)), m_city(new QLineEdit(subscriber.city, this)),
      m_region(new QLineEdit(subscriber.region, this)), m_language(new QComboBox(this)),
      m_tags(new QLineEdit(subscriber.tags.join(QLatin1String(", ")), this)),
      m_notes(new QPlainTextEdit(subscriber.notes, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = subscriber.id == 0;
    setWindowTitle(adding ? tr("Add a person") : tr("Edit %1").arg(subscriber.displayLabel()));
    setObjectName(QStringLiteral("subscriberDialog"));
    m_phone->setText(subscriber.phone);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("e.g. regular, vip"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_language->addItem(tr("Not known"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(subscriber.language)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Number:"), m_phone);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (adding) {
        m_consentBox = new QGroupBox(tr("The person has given consent to receive messages"), this);
        m_consentBox->setObjectName(QStringLiteral("consentBox"));
        m_consentBox->setCheckable(true);
        m_consentBox->setChecked(false);
        m_consent = new ConsentFields(m_consentBox);
        (new QVBoxLayout(m_consentBox))->addWidget(m_consent);
        layout->addWidget(m_consentBox);
        connect(m_consentBox, &QGroupBox::toggled, this, &SubscriberDialog::updateOkButton);
        connect(m_consent, &ConsentFields::changed, this, &SubscriberDialog::updateOkButton);
        // The box is made after the buttons: Tab reaches it after Notes, as it reads, not after Cancel.
        TabOrder::set({m_notes, m_consentBox, m_buttons});
    }
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_phone, &PhoneNumberEdit::validityChanged, this, &SubscriberDialog::updateOkButton);
    updateOkButton();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
    m_phone->lineEdit()->setFocus();
}

void SubscriberDialog::updateOkButton()
{
    bool ok = m_phone->isValid();
    if (m_consentBox && m_consentBox->isChecked())
        ok = ok && m_consent->isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Subscriber SubscriberDialog::subscriber() const
{
    Subscriber s = m_original;
    s.phone = m_phone->number().e164.isEmpty() ? m_phone->text() : m_phone->number().e164;
    s.firstName = m_firstName->text().trimmed();
    s.lastName = m_lastName->text().trimmed();
    s.city = m_city->text().trimmed();
    s.region = m_region->text().trimmed();
    s.language = m_language->currentData().toString();
    s.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& tag : s.tags)
        tag = tag.trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

std::optional<ConsentRecord> SubscriberDialog::consent() const
{
    if (!m_consentBox || !m_consentBox->isChecked())
        return std::nullopt;
    return m_consent->consent();
}
