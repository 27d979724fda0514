#pragma once

#include <QColor>
#include <QIcon>

// Small icons drawn with QPainter at the size and pixel density they are shown: sharp at 150 % and
// 200 %, where the style's bitmaps (an 11-pixel title bar cross, a 32-pixel warning sign) would be
// scaled up and blurred, and the same on every platform.
class PaintedIcons
{
public:
    // A cross that closes a banner, in this colour (greyed when disabled).
    static QIcon close(const QColor& color);
    // An amber warning triangle with an exclamation mark.
    static QIcon warning();
    // A round dot of this colour, a status at a glance.
    static QIcon dot(const QColor& color);
};
