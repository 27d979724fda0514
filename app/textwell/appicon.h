#pragma once

#include <QIcon>
#include <QString>

// The application's icon from the resources (textwell.qrc), at every size drawn for it: a title bar
// or taskbar picks the size it shows, so the small ones stay crisp instead of being scaled down.
// PNGs rather than the SVG, because Qt draws an SVG icon only if its SVG plugin is installed.
inline QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/textwell-%1.png").arg(size), QSize(size, size));
    return icon;
}
