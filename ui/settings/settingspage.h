#pragma once

#include <QWidget>

class MessageBanner;
class QComboBox;
class QLineEdit;

namespace textwell {
class Connection;
}

// The settings that exist so far: the business's name and default country (shared through the
// database) and this desk's language (QSettings).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(textwell::Connection* connection, QWidget* parent = nullptr);

    // The QSettings key of the app language ("" follows the system).
    static QString languageKey() { return QStringLiteral("ui/language"); }

Q_SIGNALS:
    void defaultCountryChanged();

private:
    void save();

    textwell::Connection* m_connection;
    QLineEdit* m_businessName;
    QComboBox* m_country;
    QComboBox* m_language;
    MessageBanner* m_banner;
};
