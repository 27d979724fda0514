#include "consentdialog.h"

#include "contacts/phonenumbers.h"
#include "widgets/consentfields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

ConsentDialog::ConsentDialog(const Subscriber& subscriber, QWidget* parent)
    : QDialog(parent), m_fields(new ConsentFields(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent"));
    auto* layout = new QVBoxLayout(this);
    const QString who =
        subscriber.displayName().isEmpty()
            ? PhoneNumbers::formatInternational(subscriber.phone)
            : QStringLiteral("%1 (%2)").arg(subscriber.displayName(),
                                            PhoneNumbers::formatInternational(subscriber.phone));
    QString text = tr("Record that %1 agreed to receive messages. Keep the proof: it is what you show if "
                      "anyone asks.")
                       .arg(who);
    if (subscriber.status == SubscriberStatus::Unsubscribed)
        text += QLatin1Char('\n') +
                tr("This number unsubscribed earlier: a new consent re-subscribes it. Record it "
                   "only if the person asked for it.");
    if (subscriber.status == SubscriberStatus::Excluded)
        text += QLatin1Char('\n') + tr("The number stays excluded until you lift the exclusion.");
    auto* explanation = new QLabel(text, this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(m_fields);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record consent"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &ConsentFields::changed, this, &ConsentDialog::updateOkButton);
    updateOkButton();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
    m_fields->evidenceEdit()->setFocus();
}

void ConsentDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_fields->isComplete());
}

ConsentRecord ConsentDialog::consent() const
{
    return m_fields->consent();
}
