#include "appearance.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

#include <memory>

namespace {

const QString FusionStyle = QStringLiteral("Fusion");

// The look the platform gave the app, recorded before Textwell changes it.
struct SystemLook
{
    bool recorded = false;
    QString style;
    QPalette palette;
    QPalette toolTip;
};

SystemLook& systemLook()
{
    static SystemLook look;
    if (!look.recorded) {
        look.recorded = true;
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.toolTip = QToolTip::palette();
    }
    return look;
}

Appearance::Mode& currentMode()
{
    static Appearance::Mode mode = Appearance::Mode::System;
    return mode;
}

} // namespace

QString Appearance::label(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return tr("As the system");
    case Mode::Light:
        return tr("Light");
    case Mode::Dark:
        return tr("Dark");
    }
    return {};
}

QString Appearance::code(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<Appearance::Mode> Appearance::fromCode(const QString& code)
{
    for (Mode mode : modes()) {
        if (code.trimmed().compare(Appearance::code(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

Appearance::Mode Appearance::saved()
{
    return fromCode(QSettings().value(settingsKey()).toString()).value_or(Mode::System);
}

void Appearance::save(Mode mode)
{
    QSettings().setValue(settingsKey(), code(mode));
}

void Appearance::apply(Mode mode)
{
    const SystemLook& system = systemLook();
    // Nothing to undo: leave the platform's palette unset, so that it may still follow the system.
    if (mode == Mode::System && currentMode() == Mode::System)
        return;
    const QPalette palette =
        mode == Mode::System ? system.palette : (mode == Mode::Dark ? darkPalette() : lightPalette());
    // Qt posts the palette to the widgets; deliver it now, so that the new style repolishes them,
    // style sheets with palette() colours included, in the new colours.
    QApplication::setPalette(palette);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    QApplication::setStyle(mode == Mode::System ? system.style : FusionStyle);
    // Tooltips keep a palette of their own, which the platform may have set.
    QToolTip::setPalette(mode == Mode::System ? system.toolTip : palette);
    currentMode() = mode;
}

Appearance::Mode Appearance::current()
{
    return currentMode();
}

QPalette Appearance::lightPalette()
{
    static const QPalette palette = [] {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(FusionStyle));
        return fusion ? fusion->standardPalette() : QPalette(Qt::white);
    }();
    return palette;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x86);
    const QColor button(0x36, 0x36, 0x3b);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::PlaceholderText, QColor(0x96, 0x96, 0x9c)); // 5.7:1 on the base
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7f, 0xb2, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    // Fusion draws frames, splitters and sunken panels from these: each a step from the button.
    palette.setColor(QPalette::Light, QColor(0x4e, 0x4e, 0x55));
    palette.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1d));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));

    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x66, 0x66, 0x6c));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x34));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Link, QColor(0x5a, 0x7a, 0xa8));
    return palette;
}

bool Appearance::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
