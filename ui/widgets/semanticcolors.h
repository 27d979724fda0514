#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <functional>

class QWidget;

// The colours that say something — good, warning, bad, muted, informative — in one place, worked
// out from the palette so that they read in light and in dark: text colours keep a contrast of at
// least 4.5:1 (WCAG AA) to the palette's base and window, tints stay soft in dark.
class SemanticColors
{
public:
    enum class Tone
    {
        Normal, // the palette's own text
        Muted,  // secondary text: placeholders, empty values
        Good,
        Warning,
        Bad,
        Info,
    };

    // Text in this tone on the palette's base, window or the tone's own tint.
    static QColor text(Tone tone, const QPalette& palette = QGuiApplication::palette());
    // A soft background for a note in this tone, under the palette's text or text(tone).
    static QColor tint(Tone tone, const QPalette& palette = QGuiApplication::palette());
    // A stronger tint that marks characters inside text, as a highlighter pen does.
    static QColor mark(Tone tone, const QPalette& palette = QGuiApplication::palette());
    // The rim of a tinted note.
    static QColor border(Tone tone, const QPalette& palette = QGuiApplication::palette());
    // A solid badge that white text reads on (4.5:1), the same in light and dark.
    static QColor badge(Tone tone);

    // The WCAG contrast ratio of two colours, from 1 (equal) to 21 (black on white).
    static double contrast(const QColor& a, const QColor& b);

    // Colours `widget`'s text (window, base and button text) in `tone`, now and whenever its
    // palette changes, e.g. when the user picks another appearance. Normal gives the palette back.
    static void setTextTone(QWidget* widget, Tone tone);
    // Calls `update` whenever `widget`'s palette changes, for colours a widget sets by hand.
    static void whenPaletteChanges(QWidget* widget, std::function<void()> update);
};
