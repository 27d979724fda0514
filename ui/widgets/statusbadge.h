#pragma once

#include "contacts/subscriberstatus.h"

#include <QColor>
#include <QLabel>

// The colours of a status, shared by the table's badges and the detail pane's badge.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget* parent = nullptr);
    void setStatus(textwell::SubscriberStatus status);

    static QColor background(textwell::SubscriberStatus status);
    static QColor foreground(textwell::SubscriberStatus status);
};
