#include "settingspage.h"

#include "contacts/phonenumbers.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "storage/transaction.h"
#include "widgets/messagebanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace textwell;

SettingsPage::SettingsPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_businessName(new QLineEdit(this)),
      m_country(new QComboBox(this)), m_language(new QComboBox(this)), m_banner(new MessageBanner(this))
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

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(languageKey()).toString())));

    auto* business = new QGroupBox(tr("Business (shared by everyone using this database)"), this);
    auto* businessForm = new QFormLayout(business);
    businessForm->addRow(tr("Business &name:"), m_businessName);
    businessForm->addRow(tr("Default &country for numbers:"), m_country);
    auto* countryHelp = new QLabel(tr("Numbers written without a country code, such as “0171 1234567”, are "
                                      "read as numbers of this country."),
                                   business);
    countryHelp->setWordWrap(true);
    businessForm->addRow(countryHelp);

    auto* desk = new QGroupBox(tr("This computer"), this);
    auto* deskForm = new QFormLayout(desk);
    deskForm->addRow(tr("&Language:"), m_language);
    deskForm->addRow(QString(),
                     new QLabel(tr("A new language takes effect when Textwell starts again."), desk));

    auto* save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(save, &QPushButton::clicked, this, &SettingsPage::save);

    // A form reads best at a comfortable width, not stretched across a wide window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 95);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_banner);
    columnLayout->addWidget(business);
    columnLayout->addWidget(desk);
    columnLayout->addWidget(save, 0, Qt::AlignLeft);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(column, 0, Qt::AlignTop);
    layout->addStretch();
}

void SettingsPage::save()
{
    BusinessSettings settings(m_connection->database());
    const QString oldCountry = settings.value(BusinessSettings::Key::DefaultCountry);
    Transaction tx(m_connection->database()); // both settings or neither
    if (!tx.isActive()) {
        m_banner->show(MessageBanner::Kind::Error, tx.error());
        return;
    }
    for (const auto& [key, value] :
         {std::pair{BusinessSettings::Key::BusinessName, m_businessName->text().trimmed()},
          std::pair{BusinessSettings::Key::DefaultCountry, m_country->currentData().toString()}}) {
        if (Status saved = settings.setValue(key, value); !saved) {
            m_banner->show(MessageBanner::Kind::Error, saved.error());
            return;
        }
    }
    if (Status committed = tx.commit(); !committed) {
        m_banner->show(MessageBanner::Kind::Error, committed.error());
        return;
    }
    QSettings().setValue(languageKey(), m_language->currentData().toString());
    m_banner->show(MessageBanner::Kind::Information, tr("Settings saved."));
    if (oldCountry != m_country->currentData().toString())
        Q_EMIT defaultCountryChanged();
}
