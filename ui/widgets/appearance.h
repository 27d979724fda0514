#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

// How the app looks on this computer: the platform's own style and palette, or Fusion in light or
// dark. Qt 6.4 does not switch widgets to dark by itself on Windows or Linux, so the user chooses.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    enum class Mode
    {
        System, // the style and palette the platform gave the app at startup
        Light,
        Dark,
    };

    // The QSettings key of this computer's choice.
    static QString settingsKey() { return QStringLiteral("appearance"); }

    static QList<Mode> modes() { return {Mode::System, Mode::Light, Mode::Dark}; }
    static QString label(Mode mode);
    // "system", "light" or "dark": what QSettings keeps and --appearance takes.
    static QString code(Mode mode);
    static std::optional<Mode> fromCode(const QString& code);

    // This computer's choice; System when none was made.
    static Mode saved();
    static void save(Mode mode);

    // Sets the application's style and palette; every widget follows through QEvent::PaletteChange.
    // The first call records the platform's look, so that System can bring it back later.
    static void apply(Mode mode);
    // The mode applied last (System before any).
    static Mode current();

    static QPalette lightPalette();
    static QPalette darkPalette();

    // The one test of "is this palette dark", for everything that picks colours of its own.
    static bool isDark(const QPalette& palette);
};
