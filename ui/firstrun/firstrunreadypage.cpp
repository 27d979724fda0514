#include "firstrunreadypage.h"

#include "compliance/frequencycap.h"
#include "compliance/quiethours.h"
#include "contacts/phonenumbers.h"
#include "firstrunassistant.h"
#include "widgets/messagebanner.h"
#include "widgets/semanticcolors.h"
#include "widgets/timezonecombo.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace textwell;

namespace {

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // what was typed is shown as typed
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Wrapped text may be given more height than it needs: it keeps to the top, by its field.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

FirstRunReadyPage::FirstRunReadyPage(FirstRunAssistant* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_name(valueLabel(QStringLiteral("summaryName"), this)),
      m_country(valueLabel(QStringLiteral("summaryCountry"), this)),
      m_timeZone(valueLabel(QStringLiteral("summaryTimeZone"), this)),
      m_messageLanguage(valueLabel(QStringLiteral("summaryMessageLanguage"), this)),
      m_sending(valueLabel(QStringLiteral("summarySending"), this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("firstRunReadyPage"));
    setTitle(tr("Ready"));
    setSubTitle(tr("Finish stores this for everyone who uses this database. You can change all of it later "
                   "in Settings."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Business name:"), m_name);
    form->addRow(tr("Country of your numbers:"), m_country);
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Language for people without one:"), m_messageLanguage);
    form->addRow(tr("Sending:"), m_sending);
    // Screen readers read the value with the name of its row.
    for (QLabel* value : {m_name, m_country, m_timeZone, m_messageLanguage, m_sending}) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(value)))
            value->setAccessibleName(label->text().chopped(1));
    }

    const QuietHours quiet;
    const FrequencyCap cap;
    auto* rules =
        new QLabel(tr("From the start, no message goes out during quiet hours (%1 in each customer's "
                      "own time), and nobody gets more than %Ln marketing message(s) in %2 days. "
                      "Settings has these and the wording of the opt-out line.",
                      nullptr, cap.maxMessages())
                       .arg(quiet.windowText())
                       .arg(cap.days()),
                   this);
    rules->setWordWrap(true);
    SemanticColors::setTextTone(rules, SemanticColors::Tone::Muted);

    m_banner->setObjectName(QStringLiteral("readyBanner"));
    m_banner->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(rules);
    layout->addWidget(m_banner);
    layout->addStretch(1);
}

void FirstRunReadyPage::initializePage()
{
    m_stored = false;
    m_banner->hide();
    const FirstRunAssistant::Choices& choices = m_wizard->choices();
    m_name->setText(choices.businessName.trimmed());
    const QString country = PhoneNumbers::regionName(choices.country);
    m_country->setText(QStringLiteral("%1 (+%2)")
                           .arg(country.isEmpty() ? choices.country : country)
                           .arg(PhoneNumbers::callingCode(choices.country)));
    m_timeZone->setText(TimeZoneCombo::displayName(QTimeZone(choices.timeZone.toUtf8())));
    const QStringList codes = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")};
    const QStringList names = {QStringLiteral("English"), QStringLiteral("Русский"),
                               QStringLiteral("Deutsch")};
    m_messageLanguage->setText(names.value(codes.indexOf(choices.messageLanguage), choices.messageLanguage));
    if (choices.gateway == QLatin1String("twilio")) {
        m_sending->setText(tr("Through Twilio, account %1, from %2. The auth token goes to this computer's "
                              "keychain.")
                               .arg(choices.twilioSid.trimmed(), choices.twilioFrom.trimmed()));
    } else if (choices.gateway == QLatin1String("kannel")) {
        m_sending->setText(tr("Through Kannel at %1 as “%2”. The password goes to this computer's keychain.")
                               .arg(choices.kannelUrl.trimmed(), choices.kannelUser.trimmed()));
    } else {
        m_sending->setText(tr("Not yet: messages are written to %1 for your SMS provider's upload.")
                               .arg(QDir::toNativeSeparators(choices.exportFile.trimmed())));
    }
}

bool FirstRunReadyPage::validatePage()
{
    if (m_stored)
        return true;
    QString secretProblem;
    if (Status stored = m_wizard->store(&secretProblem); !stored) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("Nothing was stored: %1 Try again, or set up later.").arg(stored.error()));
        return false;
    }
    if (secretProblem.isEmpty())
        return true;
    // Everything else is stored; the person reads why the secret will be asked for, then goes on.
    m_stored = true;
    m_banner->show(MessageBanner::Kind::Warning,
                   secretProblem + QLatin1Char(' ') + tr("Click Finish to go on."));
    return false;
}
