#include "phonepreview.h"

#include "widgets/appearance.h"
#include "widgets/semanticcolors.h"

#include <QLabel>
#include <QVBoxLayout>

PhonePreview::PhonePreview(QWidget* parent)
    : QFrame(parent), m_sender(new QLabel(this)), m_bubble(new QLabel(this))
{
    setObjectName(QStringLiteral("phonePreview"));
    // A phone in light or dark mode, like the owner's own: a light screen would glare in a dark window.
    auto paint = [this] {
        const bool dark = Appearance::isDark(parentWidget() ? parentWidget()->palette() : palette());
        const QString sheet =
            QStringLiteral(
                "QFrame#phonePreview { background: %1; border: 8px solid %2; border-radius: 28px; }"
                "QLabel#previewSender { color: %3; font-weight: bold; }"
                "QLabel#previewBubble { background: %4; color: %5; border-radius: 14px; "
                "padding: 8px 10px; }")
                .arg(dark ? QStringLiteral("#1c1c1e") : QStringLiteral("#f4f4f6"),
                     dark ? QStringLiteral("#5a5a60") : QStringLiteral("#2b2b30"),
                     dark ? QStringLiteral("#aeaeb2") : QStringLiteral("#555555"),
                     dark ? QStringLiteral("#3a3a3c") : QStringLiteral("#e4e6eb"),
                     dark ? QStringLiteral("#f2f2f7") : QStringLiteral("#111111"));
        if (sheet != styleSheet()) // a style sheet sets the palette, which calls this again
            setStyleSheet(sheet);
    };
    paint();
    SemanticColors::whenPaletteChanges(this, paint);
    m_sender->setObjectName(QStringLiteral("previewSender"));
    m_sender->setAlignment(Qt::AlignHCenter);
    m_bubble->setObjectName(QStringLiteral("previewBubble"));
    m_bubble->setWordWrap(true);
    m_bubble->setTextFormat(Qt::PlainText); // names come from imported files: never rich text
    m_bubble->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 22, 14, 22);
    layout->addWidget(m_sender);
    layout->addSpacing(6);
    layout->addWidget(m_bubble);
    layout->addStretch();
    setMinimumSize(240, 380);
    setMaximumWidth(280);
}

void PhonePreview::setMessage(const QString& sender, const QString& text)
{
    m_sender->setText(sender);
    m_bubble->setText(text);
}
