#include "firstrunbusinesspage.h"

#include "compliance/quiethours.h"
#include "firstrunassistant.h"
#include "firstrunform.h"
#include "importing/regioncombo.h"
#include "storage/businesssettings.h"
#include "widgets/timezonecombo.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace textwell;
using Key = BusinessSettings::Key;

FirstRunBusinessPage::FirstRunBusinessPage(FirstRunAssistant* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_name(new QLineEdit(this)),
      m_nameProblem(FirstRunForm::problem(QStringLiteral("businessNameProblem"), this)),
      m_country(new RegionCombo(this)), m_timeZone(new TimeZoneCombo(this)),
      m_messageLanguage(new QComboBox(this))
{
    setObjectName(QStringLiteral("firstRunBusinessPage"));
    setTitle(tr("Your business"));
    setSubTitle(tr("Shared by everyone who uses this database. Your customers see the name; the country "
                   "decides how numbers without a country code are read."));
    const FirstRunAssistant::Choices& choices = wizard->choices();

    m_name->setObjectName(QStringLiteral("businessNameEdit"));
    m_name->setMaxLength(BusinessSettings::MaxBusinessNameLength);
    m_name->setPlaceholderText(tr("e.g. Salon Anna"));
    m_name->setText(choices.businessName);
    m_nameEdited = !choices.businessName.isEmpty();
    connect(m_name, &QLineEdit::textEdited, this, &FirstRunBusinessPage::onNameEdited);

    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_country->setRegion(choices.country);
    connect(m_country, &QComboBox::activated, this, &FirstRunBusinessPage::onCountryChosen);

    // Zone names are long ("New York, United States (UTC-04:00) — Eastern Daylight Time"): the whole
    // width.
    m_timeZone->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_timeZone->setCountry(choices.country);
    m_timeZone->setZoneId(choices.timeZone);
    wizard->choices().timeZone = m_timeZone->zoneId(); // what the list could show
    // Chosen by hand, it stays when the country changes; suggested, it follows the country.
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        m_wizard->choices().timeZone = m_timeZone->zoneId();
        m_wizard->choices().timeZoneChosen = true;
    });

    m_messageLanguage->setObjectName(QStringLiteral("messageLanguageCombo"));
    m_messageLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_messageLanguage->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_messageLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_messageLanguage->setCurrentIndex(qMax(0, m_messageLanguage->findData(choices.messageLanguage)));
    connect(m_messageLanguage, &QComboBox::activated, this, [this] {
        m_wizard->choices().messageLanguage = m_messageLanguage->currentData().toString();
        m_wizard->choices().messageLanguageChosen = true;
    });

    auto* form = new FirstRunForm;
    m_name->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    form->addField(
        tr("Business na&me:"), m_name,
        {m_nameProblem, FirstRunForm::help(tr("Replies to your customers start with it (“Salon Anna: You are "
                                              "unsubscribed.”), and the opt-out line can start with it."),
                                           this)});
    form->addField(
        tr("&Country of your numbers:"), m_country,
        {FirstRunForm::help(
            tr("Numbers written without a country code, such as “0171 1234567”, are read as numbers "
               "of this country."),
            this)});
    form->addField(
        tr("&Time zone:"), m_timeZone,
        {FirstRunForm::help(
            tr("No message goes out during quiet hours (%1) in a customer's own time. When neither "
               "their time zone nor their country is known, this clock counts.")
                .arg(QuietHours().windowText()),
            this)});
    form->addField(tr("Lan&guage for people without one:"), m_messageLanguage,
                   {FirstRunForm::help(
                       tr("Replies and the opt-out line are written in each customer's language; this one is "
                          "for customers whose language is not known."),
                       this)});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    showNameProblem();
}

void FirstRunBusinessPage::onNameEdited()
{
    m_wizard->choices().businessName = m_name->text();
    m_nameEdited = true;
    showNameProblem();
    Q_EMIT completeChanged();
}

void FirstRunBusinessPage::onCountryChosen()
{
    FirstRunAssistant::Choices& choices = m_wizard->choices();
    choices.country = m_country->region();
    m_timeZone->setCountry(choices.country);
    if (!choices.timeZoneChosen)
        m_timeZone->setZoneId(FirstRunAssistant::suggestedTimeZone(choices.country));
    choices.timeZone = m_timeZone->zoneId();
    Q_EMIT completeChanged();
}

QString FirstRunBusinessPage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Type the name of your business, as your customers know it.");
    return BusinessSettings::valueProblem(Key::BusinessName, name);
}

void FirstRunBusinessPage::showNameProblem()
{
    const QString problem = nameProblem();
    m_nameProblem->setText(problem);
    // Not before the person typed: an empty field is not yet a mistake.
    m_nameProblem->setVisible(m_nameEdited && !problem.isEmpty());
}

bool FirstRunBusinessPage::isComplete() const
{
    return nameProblem().isEmpty() &&
           BusinessSettings::valueProblem(Key::DefaultCountry, m_country->region()).isEmpty() &&
           BusinessSettings::valueProblem(Key::TimeZone, m_timeZone->zoneId()).isEmpty() &&
           !m_timeZone->zoneId().isEmpty();
}
