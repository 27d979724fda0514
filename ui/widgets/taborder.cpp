#include "taborder.h"

#include <QWidget>

void TabOrder::set(const QList<QWidget*>& widgets)
{
    QList<QWidget*> chain;
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy())
            chain.append(widget);
        // The widgets inside, in the order Tab visits them now (not always one run of the chain:
        // a widget moved into a stack or a splitter joins it where it was made).
        QWidget* window = widget->window();
        for (QWidget* next = window->nextInFocusChain(); next != window; next = next->nextInFocusChain()) {
            // A widget that hands its focus on (a view's viewport, a spin box's editor) goes with its taker.
            if (widget->isAncestorOf(next) && next->focusPolicy() != Qt::NoFocus && !next->focusProxy() &&
                !chain.contains(next))
                chain.append(next);
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}
