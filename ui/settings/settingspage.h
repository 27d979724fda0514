#pragma once

#include <QMap>
#include <QWidget>

class GatewaySettingsBox;
class MessageBanner;
class ReplySettingsBox;
class RulePacksBox;
class TimeZoneCombo;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QScrollArea;
class QSpinBox;

namespace textwell {
class Connection;
}

// The business's settings, shared through the database (name, country, the opt-out line, price,
// frequency cap, sending, replies, the rules by country), and this desk's language and appearance
// (QSettings).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(textwell::Connection* connection, QWidget* parent = nullptr);

    // The QSettings key of the app language ("" follows the system).
    static QString languageKey() { return QStringLiteral("ui/language"); }

Q_SIGNALS:
    void defaultCountryChanged();
    void saved();
    // The sending settings changed; sessionSecret is a secret typed where no keychain can keep it.
    void gatewayChanged(const QString& sessionSecret);

private:
    bool save();

    textwell::Connection* m_connection;
    QLineEdit* m_businessName;
    QComboBox* m_country;
    TimeZoneCombo* m_timeZone;
    QComboBox* m_language;
    QComboBox* m_appearance;
    QComboBox* m_messageLanguage;
    QMap<QString, QLineEdit*> m_optOutWording; // by message language
    QCheckBox* m_prefixBusinessName;
    QDoubleSpinBox* m_pricePerPart;
    QLineEdit* m_currency;
    QSpinBox* m_capMessages;
    QSpinBox* m_capDays;
    GatewaySettingsBox* m_sending;
    ReplySettingsBox* m_replies;
    RulePacksBox* m_rulePacks;
    MessageBanner* m_banner;
    QScrollArea* m_scroll;
    QString m_sessionSecret;
};
