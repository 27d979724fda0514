#include "statusbadge.h"

using namespace textwell;

StatusBadge::StatusBadge(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setTextFormat(Qt::PlainText);
}

void StatusBadge::setStatus(SubscriberStatus status)
{
    setText(SubscriberStatuses::label(status));
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 2px 10px; }")
            .arg(background(status).name(), foreground(status).name()));
}

QColor StatusBadge::background(SubscriberStatus status)
{
    switch (status) {
    case SubscriberStatus::Subscribed:
        return QColor(0x2e, 0x7d, 0x32);
    case SubscriberStatus::NoConsent:
        return QColor(0xb2, 0x6a, 0x00);
    case SubscriberStatus::Unsubscribed:
        return QColor(0xc6, 0x28, 0x28);
    case SubscriberStatus::Excluded:
        return QColor(0x45, 0x45, 0x5a);
    }
    return Qt::gray;
}

QColor StatusBadge::foreground(SubscriberStatus)
{
    return Qt::white; // every badge colour above is dark enough for white text
}
