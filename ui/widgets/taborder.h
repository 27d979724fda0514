#pragma once

#include <QList>

class QWidget;

// Tab in reading order, whatever order the widgets were made in.
class TabOrder
{
public:
    // Tab goes through `widgets` one after the other; a widget that holds others (a pane, a
    // stack, a group) brings all of them along in their own order. Qt 6.4's QWidget::setTabOrder
    // moves single widgets only.
    static void set(const QList<QWidget*>& widgets);
};
