#pragma once

#include <QString>
#include <QStringList>

// Installs the translation of the app (and of Qt's own dialogs) for one language.
class Translations
{
public:
    // The languages the app ships: "en", "ru", "de".
    static QStringList available();
    // language: "en", "ru", "de", or empty for the system's language (falling back to English).
    // Returns the language actually installed. Call after the Q(Core)Application exists.
    static QString install(const QString& language = {});
};
