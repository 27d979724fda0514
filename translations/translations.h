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
    // Returns the language actually installed. Call after the Q(Core)Application exists. A language
    // installed before is taken away first, so that the new one is the only one.
    static QString install(const QString& language = {});
    // Takes away every translation installed on the application: texts are the source's again.
    static void uninstall();
};
