#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")};
}

QString Translations::install(const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty()) {
        chosen = QStringLiteral("en");
        for (const QString& ui : QLocale::system().uiLanguages()) {
            const QString code = ui.left(2).toLower();
            if (available().contains(code)) {
                chosen = code;
                break;
            }
        }
    }
    if (!available().contains(chosen))
        chosen = QStringLiteral("en");

    uninstall();
    QLocale::setDefault(QLocale(chosen));
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/textwell_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

void Translations::uninstall()
{
    // The translators are the application's children (see install()).
    auto* app = QCoreApplication::instance();
    for (QTranslator* translator : app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
