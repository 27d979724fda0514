#include "settingspage.h"

#include "captrackingrunner.h"
#include "contacts/phonenumbers.h"
#include "gatewaysettingsbox.h"
#include "messages/optoutfooter.h"
#include "replysettingsbox.h"
#include "rulepacksbox.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/transaction.h"
#include "widgets/appearance.h"
#include "widgets/countspinbox.h"
#include "widgets/messagebanner.h"
#include "widgets/taborder.h"
#include "widgets/timezonecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace textwell;

SettingsPage::SettingsPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_businessName(new QLineEdit(this)),
      m_country(new QComboBox(this)), m_timeZone(new TimeZoneCombo(this)), m_language(new QComboBox(this)),
      m_appearance(new QComboBox(this)), m_messageLanguage(new QComboBox(this)),
      m_prefixBusinessName(new QCheckBox(tr("Start the opt-out line with the business name"), this)),
      m_pricePerPart(new QDoubleSpinBox(this)), m_currency(new QLineEdit(this)),
      m_capMessages(new CountSpinBox([](int n) { return tr("%Ln message(s)", nullptr, n); }, this)),
      m_capDays(new CountSpinBox([](int n) { return tr("%Ln day(s)", nullptr, n); }, this)),
      m_sending(new GatewaySettingsBox(connection, this)), m_replies(new ReplySettingsBox(connection, this)),
      m_rulePacks(new RulePacksBox(connection, this)), m_banner(new MessageBanner(this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    BusinessSettings settings(connection->database());
    m_businessName->setObjectName(QStringLiteral("businessNameEdit"));
    m_businessName->setText(settings.value(BusinessSettings::Key::BusinessName));
    m_businessName->setPlaceholderText(tr("e.g. Salon Anna"));

    m_country->setObjectName(QStringLiteral("countryCombo"));
    QList<QPair<QString, QString>> regions;
    for (const QString& code : PhoneNumbers::supportedRegions()) {
        const QString name = PhoneNumbers::regionName(code);
        regions.append({name.isEmpty() ? code : name, code});
    }
    std::sort(regions.begin(), regions.end());
    for (const auto& region : regions)
        m_country->addItem(QStringLiteral("%1 (%2)").arg(region.first, region.second), region.second);
    m_country->setCurrentIndex(m_country->findData(settings.value(BusinessSettings::Key::DefaultCountry)));

    // The business's clock; a database that never chose one keeps this computer's.
    m_timeZone->setOffersSystemZone(true);
    m_timeZone->setCountry(m_country->currentData().toString());
    m_timeZone->setZoneId(settings.value(BusinessSettings::Key::TimeZone));
    connect(m_country, &QComboBox::currentIndexChanged, this,
            [this] { m_timeZone->setCountry(m_country->currentData().toString()); });

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(languageKey()).toString())));

    // A display preference, not business data: it takes effect and is kept at once, without Save.
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    for (Appearance::Mode mode : Appearance::modes())
        m_appearance->addItem(Appearance::label(mode), static_cast<int>(mode));
    m_appearance->setCurrentIndex(m_appearance->findData(static_cast<int>(Appearance::current())));
    connect(m_appearance, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = static_cast<Appearance::Mode>(m_appearance->currentData().toInt());
        Appearance::save(mode);
        Appearance::apply(mode);
    });

    auto* business = new QGroupBox(tr("Business (shared by everyone using this database)"), this);
    auto* businessForm = new QFormLayout(business);
    businessForm->addRow(tr("Business &name:"), m_businessName);
    businessForm->addRow(tr("Default &country for numbers:"), m_country);
    auto* countryHelp = new QLabel(tr("Numbers written without a country code, such as “0171 1234567”, are "
                                      "read as numbers of this country."),
                                   business);
    countryHelp->setWordWrap(true);
    businessForm->addRow(countryHelp);
    businessForm->addRow(tr("Time &zone:"), m_timeZone);
    auto* timeZoneHelp = new QLabel(tr("Quiet hours follow each customer's own time; when neither their time "
                                       "zone nor their country is known, they follow this clock."),
                                    business);
    timeZoneHelp->setWordWrap(true);
    businessForm->addRow(timeZoneHelp);

    // Messages: the opt-out line, the price and the frequency cap.
    using Key = BusinessSettings::Key;
    const QStringList languageNames = {QStringLiteral("English"), QStringLiteral("Русский"),
                                       QStringLiteral("Deutsch")};
    auto* messages = new QGroupBox(tr("Messages (shared by everyone using this database)"), this);
    auto* messagesForm = new QFormLayout(messages);
    auto* optOutHelp =
        new QLabel(tr("Every marketing message ends with this line, in the recipient's language. "
                      "It cannot be left out."),
                   messages);
    optOutHelp->setWordWrap(true);
    messagesForm->addRow(optOutHelp);
    const QStringList languages = BusinessSettings::messageLanguages();
    for (int i = 0; i < languages.size(); ++i) {
        auto* edit =
            new QLineEdit(settings.value(BusinessSettings::optOutWordingKey(languages[i])), messages);
        edit->setObjectName(QStringLiteral("optOutWording_") + languages[i]);
        edit->setMaxLength(BusinessSettings::MaxWordingLength);
        edit->setPlaceholderText(OptOutFooter::defaultWording(languages[i]));
        m_optOutWording.insert(languages[i], edit);
        messagesForm->addRow(tr("Opt-out line (%1):").arg(languageNames.value(i)), edit);
        m_messageLanguage->addItem(languageNames.value(i), languages[i]);
    }
    m_prefixBusinessName->setObjectName(QStringLiteral("prefixBusinessNameCheck"));
    m_prefixBusinessName->setChecked(settings.value(Key::OptOutPrefixBusinessName) == QLatin1String("1"));
    messagesForm->addRow(m_prefixBusinessName);
    m_messageLanguage->setObjectName(QStringLiteral("messageLanguageCombo"));
    m_messageLanguage->setCurrentIndex(
        qMax(0, m_messageLanguage->findData(settings.value(Key::MessageLanguage))));
    messagesForm->addRow(tr("Language for people without one:"), m_messageLanguage);

    m_pricePerPart->setObjectName(QStringLiteral("pricePerPartSpin"));
    m_pricePerPart->setDecimals(4);
    m_pricePerPart->setRange(0, 100);
    m_pricePerPart->setSingleStep(0.01);
    m_pricePerPart->setSpecialValueText(tr("not set"));
    m_pricePerPart->setValue(settings.pricePerPart());
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    m_currency->setText(settings.value(Key::Currency));
    m_currency->setPlaceholderText(QStringLiteral("EUR"));
    // The price row and the cap row each hold two fields behind one label: each field says its part.
    m_pricePerPart->setAccessibleName(tr("Price per SMS part"));
    m_currency->setAccessibleName(tr("Currency code"));
    auto* price = new QHBoxLayout;
    price->addWidget(m_pricePerPart);
    price->addWidget(m_currency);
    price->addStretch();
    messagesForm->addRow(tr("Price per SMS part:"), price);

    const FrequencyCap cap = settings.frequencyCap();
    m_capMessages->setObjectName(QStringLiteral("capMessagesSpin"));
    m_capMessages->setRange(0, 1000);
    m_capMessages->setSpecialValueText(tr("no limit"));
    m_capMessages->setValue(cap.maxMessages());
    m_capDays->setObjectName(QStringLiteral("capDaysSpin"));
    m_capDays->setRange(1, 365);
    m_capDays->setValue(cap.days());
    m_capMessages->setAccessibleName(tr("Marketing messages per person"));
    m_capDays->setAccessibleName(tr("Days the marketing messages are counted over"));
    auto* capRow = new QHBoxLayout;
    capRow->addWidget(m_capMessages);
    capRow->addWidget(new QLabel(tr("in"), messages));
    capRow->addWidget(m_capDays);
    capRow->addStretch();
    messagesForm->addRow(tr("Marketing messages per person:"), capRow);

    // The replies' previews start with the business name as it is typed.
    connect(m_businessName, &QLineEdit::textChanged, m_replies, &ReplySettingsBox::setBusinessName);

    auto* desk = new QGroupBox(tr("This computer"), this);
    auto* deskForm = new QFormLayout(desk);
    deskForm->addRow(tr("&Language:"), m_language);
    deskForm->addRow(QString(),
                     new QLabel(tr("A new language takes effect when Textwell starts again."), desk));
    deskForm->addRow(tr("Appea&rance:"), m_appearance);

    auto* save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_sending, &GatewaySettingsBox::testRequested, this, [this] {
        if (this->save())
            m_sending->sendTest(m_sessionSecret);
    });

    // A form reads best at a comfortable width, not stretched across a wide window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 95);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_banner);
    columnLayout->addWidget(business);
    columnLayout->addWidget(messages);
    columnLayout->addWidget(m_sending);
    columnLayout->addWidget(m_replies);
    columnLayout->addWidget(m_rulePacks);
    columnLayout->addWidget(desk);
    columnLayout->addWidget(save, 0, Qt::AlignLeft);
    columnLayout->addStretch();
    // The form is taller than a small window: it scrolls, the Save button with it.
    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->addWidget(column, 0, Qt::AlignTop);
    contentLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, not the frame
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    // Tab goes down the form as it reads, whatever order the widgets were made in: the fields above,
    // then Sending and Replies in their own order (made right after them), This computer, Save.
    QWidget* previous = m_businessName;
    QList<QWidget*> order = {m_country, m_timeZone};
    for (const QString& language : languages)
        order.append(m_optOutWording.value(language));
    order += {m_prefixBusinessName, m_messageLanguage, m_pricePerPart, m_currency, m_capMessages, m_capDays};
    for (QWidget* next : std::as_const(order)) {
        setTabOrder(previous, next);
        previous = next;
    }
    QWidget* lastOfReplies = m_replies;
    for (QWidget* w = m_replies->nextInFocusChain(); m_replies->isAncestorOf(w); w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            lastOfReplies = w;
    TabOrder::set({lastOfReplies, m_rulePacks, m_language});
    setTabOrder(m_language, m_appearance);
    setTabOrder(m_appearance, save);
}

bool SettingsPage::save()
{
    // A reply text that cannot be kept is shown where it is, in its language; nothing is saved.
    QString repliesProblem;
    if (QWidget* field = m_replies->showFirstProblem(&repliesProblem)) {
        m_banner->show(MessageBanner::Kind::Error, repliesProblem);
        field->setFocus();
        m_scroll->ensureWidgetVisible(field);
        return false;
    }
    QString rulesProblem;
    if (QWidget* field = m_rulePacks->showFirstProblem(&rulesProblem)) {
        m_banner->show(MessageBanner::Kind::Error, rulesProblem);
        field->setFocus();
        m_scroll->ensureWidgetVisible(field);
        return false;
    }
    // A pack that now asks for confirmation, or no longer does, changes who may be sent to.
    const bool refreshStatuses = m_rulePacks->confirmationChanged();
    BusinessSettings settings(m_connection->database());
    const QString oldCountry = settings.value(BusinessSettings::Key::DefaultCountry);
    Transaction tx(m_connection->database()); // both settings or neither
    if (!tx.isActive()) {
        m_banner->show(MessageBanner::Kind::Error, tx.error());
        return false;
    }
    const bool sendingChanged = m_sending->changed();
    using Key = BusinessSettings::Key;
    QVector<std::pair<Key, QString>> values = {
        {Key::BusinessName, m_businessName->text().trimmed()},
        {Key::DefaultCountry, m_country->currentData().toString()},
        {Key::TimeZone, m_timeZone->zoneId()},
        {Key::MessageLanguage, m_messageLanguage->currentData().toString()},
        {Key::OptOutPrefixBusinessName,
         m_prefixBusinessName->isChecked() ? QStringLiteral("1") : QStringLiteral("0")},
        {Key::PricePerPart,
         m_pricePerPart->value() > 0 ? QString::number(m_pricePerPart->value(), 'f', 4) : QString()},
        {Key::Currency, m_currency->text().trimmed()},
        {Key::FrequencyCapMessages, QString::number(m_capMessages->value())},
        {Key::FrequencyCapDays, QString::number(m_capDays->value())}};
    for (auto it = m_optOutWording.cbegin(); it != m_optOutWording.cend(); ++it) {
        // An emptied line goes back to the default wording rather than to no line at all.
        const QString wording = it.value()->text().trimmed();
        values.append({BusinessSettings::optOutWordingKey(it.key()),
                       wording.isEmpty() ? OptOutFooter::defaultWording(it.key()) : wording});
    }
    values += m_sending->values();
    for (const auto& [key, value] : std::as_const(values)) {
        if (Status saved = settings.setValue(key, value); !saved) {
            m_banner->show(MessageBanner::Kind::Error, saved.error());
            return false;
        }
    }
    if (Status replies = m_replies->save(); !replies) {
        m_banner->show(MessageBanner::Kind::Error, replies.error());
        return false;
    }
    if (Status rules = m_rulePacks->save(); !rules) {
        m_banner->show(MessageBanner::Kind::Error, rules.error());
        return false;
    }
    if (Status committed = tx.commit(); !committed) {
        m_banner->show(MessageBanner::Kind::Error, committed.error());
        return false;
    }
    QString secretProblem;
    if (const QString sessionSecret = m_sending->storeSecret(&secretProblem); !sessionSecret.isEmpty())
        m_sessionSecret = sessionSecret;
    QSettings().setValue(languageKey(), m_language->currentData().toString());
    for (auto it = m_optOutWording.cbegin(); it != m_optOutWording.cend(); ++it)
        it.value()->setText(settings.value(BusinessSettings::optOutWordingKey(it.key())));
    m_replies->load(); // the keyword lists as kept: upper case, STOP back where it was taken out
    m_rulePacks->load();
    if (refreshStatuses)
        m_rulePacks->refreshStatuses();
    if (secretProblem.isEmpty())
        m_banner->show(MessageBanner::Kind::Information, tr("Settings saved."));
    else
        m_banner->show(MessageBanner::Kind::Warning, secretProblem);
    // A new cap count is worked into the rows off this thread; counts stay exact meanwhile.
    CapTrackingRunner::start(m_connection->path());
    Q_EMIT saved();
    if (oldCountry != m_country->currentData().toString())
        Q_EMIT defaultCountryChanged();
    if (sendingChanged)
        Q_EMIT gatewayChanged(m_sessionSecret);
    return true;
}
