#include "semanticcolors.h"

#include "appearance.h"

#include <QEvent>
#include <QWidget>

#include <cmath>
#include <initializer_list>

namespace {

constexpr double MinimumContrast = 4.5;

QColor mix(const QColor& a, const QColor& b, double shareOfB)
{
    const double keep = 1 - shareOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * shareOfB),
                            float(a.greenF() * keep + b.greenF() * shareOfB),
                            float(a.blueF() * keep + b.blueF() * shareOfB));
}

// The tone's hue as a text colour, before any contrast correction: deep on light, soft on dark.
QColor accent(SemanticColors::Tone tone, bool dark)
{
    using Tone = SemanticColors::Tone;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x7c, 0xd0, 0x90) : QColor(0x25, 0x6b, 0x2a);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x5a) : QColor(0x8f, 0x55, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xf4, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Tone::Info:
        return dark ? QColor(0x8c, 0xb8, 0xf0) : QColor(0x1d, 0x5f, 0xa8);
    case Tone::Normal:
    case Tone::Muted:
        break;
    }
    return {};
}

// Moves `color` towards white (on dark) or black (on light) until it reads on every background.
QColor readable(QColor color, std::initializer_list<QColor> backgrounds, bool dark)
{
    const QColor target = dark ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < 20; ++step) {
        double worst = 21;
        for (const QColor& background : backgrounds)
            worst = qMin(worst, SemanticColors::contrast(color, background));
        if (worst >= MinimumContrast)
            break;
        color = mix(color, target, 0.12);
    }
    return color;
}

double luminance(const QColor& color)
{
    auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

// Calls back when a widget's palette changes.
class PaletteWatcher : public QObject
{
public:
    PaletteWatcher(QWidget* widget, std::function<void()> update)
        : QObject(widget), m_widget(widget), m_update(std::move(update))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Setting colours from here sends another PaletteChange; the guard ends it at once.
        if (watched == m_widget && event->type() == QEvent::PaletteChange && !m_updating) {
            m_updating = true;
            m_update();
            m_updating = false;
        }
        return false;
    }

private:
    QWidget* m_widget;
    std::function<void()> m_update;
    bool m_updating = false;
};

const char* const ToneProperty = "textwellTextTone";

void applyTone(QWidget* widget)
{
    const auto tone = static_cast<SemanticColors::Tone>(widget->property(ToneProperty).toInt());
    if (tone == SemanticColors::Tone::Normal) {
        widget->setPalette(QPalette()); // every role inherited again
        return;
    }
    // From the palette the widget inherits: its own text already wears the last tone.
    const QColor color = SemanticColors::text(tone, widget->parentWidget() ? widget->parentWidget()->palette()
                                                                           : QGuiApplication::palette());
    QPalette palette = widget->palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(group, role, color);
    }
    widget->setPalette(palette);
}

} // namespace

QColor SemanticColors::text(Tone tone, const QPalette& palette)
{
    const bool dark = Appearance::isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor normal = palette.color(QPalette::Text);
    switch (tone) {
    case Tone::Normal:
        return normal;
    case Tone::Muted:
        return readable(mix(normal, base, 0.38), {base, window, tint(tone, palette)}, dark);
    default:
        return readable(accent(tone, dark), {base, window, tint(tone, palette)}, dark);
    }
}

QColor SemanticColors::tint(Tone tone, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (Appearance::isDark(palette)) {
        if (tone == Tone::Normal)
            return palette.color(QPalette::AlternateBase);
        if (tone == Tone::Muted)
            return mix(base, palette.color(QPalette::Text), 0.14);
        // A fifth of the hue over the base: clearly coloured, never a bright patch in the dark.
        return mix(base, accent(tone, true), 0.2);
    }
    switch (tone) {
    case Tone::Normal:
        return palette.color(QPalette::AlternateBase);
    case Tone::Muted:
        return QColor(0xe4, 0xe4, 0xe8);
    case Tone::Good:
        return QColor(0xe3, 0xf1, 0xe6);
    case Tone::Warning:
        return QColor(0xfd, 0xf3, 0xdc);
    case Tone::Bad:
        return QColor(0xfb, 0xe3, 0xe1);
    case Tone::Info:
        return QColor(0xe6, 0xec, 0xf5);
    }
    return base;
}

QColor SemanticColors::mark(Tone tone, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Normal || tone == Tone::Muted)
        return palette.color(QPalette::Highlight);
    if (Appearance::isDark(palette))
        return mix(base, accent(tone, true), 0.35);
    if (tone == Tone::Warning)
        return QColor(0xff, 0xe0, 0x82); // a highlighter pen's yellow
    return mix(base, accent(tone, false), 0.22);
}

QColor SemanticColors::border(Tone tone, const QPalette& palette)
{
    if (Appearance::isDark(palette)) {
        if (tone == Tone::Normal || tone == Tone::Muted)
            return palette.color(QPalette::Mid).lighter(160);
        return mix(palette.color(QPalette::Base), accent(tone, true), 0.55);
    }
    switch (tone) {
    case Tone::Normal:
    case Tone::Muted:
        return palette.color(QPalette::Mid);
    case Tone::Good:
        return QColor(0x7f, 0xb8, 0x8c);
    case Tone::Warning:
        return QColor(0xd9, 0xb2, 0x57);
    case Tone::Bad:
        return QColor(0xd7, 0x7c, 0x73);
    case Tone::Info:
        return QColor(0x8f, 0xaa, 0xd4);
    }
    return palette.color(QPalette::Mid);
}

QColor SemanticColors::badge(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Info:
        return QColor(0x2f, 0x6f, 0xc6);
    case Tone::Normal:
    case Tone::Muted:
        break;
    }
    return QColor(0x5a, 0x5e, 0x66);
}

double SemanticColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

void SemanticColors::setTextTone(QWidget* widget, Tone tone)
{
    const bool kept = widget->property(ToneProperty).isValid();
    widget->setProperty(ToneProperty, static_cast<int>(tone));
    if (!kept)
        whenPaletteChanges(widget, [widget] { applyTone(widget); });
    applyTone(widget);
}

void SemanticColors::whenPaletteChanges(QWidget* widget, std::function<void()> update)
{
    new PaletteWatcher(widget, std::move(update));
}
