#include "statusbadge.h"

#include "semanticcolors.h"

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
    // Solid badges with white text: they read the same on a light and on a dark list.
    switch (status) {
    case SubscriberStatus::Subscribed:
        return SemanticColors::badge(SemanticColors::Tone::Good);
    case SubscriberStatus::NoConsent:
    case SubscriberStatus::AwaitingConfirmation:
        return SemanticColors::badge(SemanticColors::Tone::Warning);
    case SubscriberStatus::Unsubscribed:
        return SemanticColors::badge(SemanticColors::Tone::Bad);
    case SubscriberStatus::Excluded:
        break;
    }
    return SemanticColors::badge(SemanticColors::Tone::Muted);
}

QColor StatusBadge::foreground(SubscriberStatus)
{
    return Qt::white; // every badge colour is dark enough for white text (4.5:1)
}
