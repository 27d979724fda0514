#include "optoutrequestdialog.h"

#include "compliance/optoutrequests.h"
#include "contacts/phonenumbers.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

OptOutRequestDialog::OptOutRequestDialog(const QString& defaultRegion, QWidget* parent)
    : QDialog(parent), m_region(defaultRegion), m_received(new QDateTimeEdit(this)),
      m_channel(new QComboBox(this)), m_contact(new QLineEdit(this)), m_contactHint(new QLabel(this)),
      m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("optOutRequestDialog"));
    setWindowTitle(tr("Record opt-out request"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation =
        new QLabel(tr("Someone asked to get no more messages by phone, e-mail, letter or in person. With a "
                      "phone number, the number is opted out at once, as of when they asked. Otherwise the "
                      "request waits on the Compliance screen until its number is found."),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDateTime(Clock::currentUtc().toLocalTime());
    m_received->setMaximumDateTime(Clock::currentUtc().toLocalTime().addSecs(60));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (const QString& code : OptOutRequests::channels())
        m_channel->addItem(OptOutRequests::channelLabel(code), code);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setPlaceholderText(tr("a phone number, an e-mail address or a name"));
    m_contactHint->setObjectName(QStringLiteral("contactHint"));
    m_contactHint->setWordWrap(true);
    m_contactHint->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("e.g. called the shop, spoke to Maria"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("&How it came:"), m_channel);
    form->addRow(tr("&Who asked:"), m_contact);
    form->addRow(QString(), m_contactHint);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_contact, &QLineEdit::textChanged, this, &OptOutRequestDialog::validate);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &OptOutRequestDialog::validate);
    validate();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
    m_contact->setFocus();
}

QDateTime OptOutRequestDialog::receivedAt() const
{
    return m_received->dateTime().toUTC();
}

QString OptOutRequestDialog::channel() const
{
    return m_channel->currentData().toString();
}

QString OptOutRequestDialog::contact() const
{
    return m_contact->text().simplified();
}

QString OptOutRequestDialog::note() const
{
    return m_note->text().trimmed();
}

QString OptOutRequestDialog::problem() const
{
    if (contact().isEmpty())
        return tr("Say who asked: a phone number, an e-mail address or a name.");
    if (receivedAt() > Clock::currentUtc().addSecs(60))
        return tr("The request cannot have been received in the future.");
    return {};
}

void OptOutRequestDialog::validate()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // Says before OK what will happen: a number is opted out now, anything else waits.
    QString hint;
    if (!contact().isEmpty()) {
        const Result<ParsedNumber> number = PhoneNumbers::parse(contact(), m_region);
        hint = number ? tr("%1 will be opted out at once.").arg(number.value().international)
                      : tr("Not a phone number: the request stays open until its number is entered.");
    }
    m_contactHint->setText(why.isEmpty() ? hint : why);
}
