#include "phonepreview.h"

#include <QLabel>
#include <QVBoxLayout>

PhonePreview::PhonePreview(QWidget* parent)
    : QFrame(parent), m_sender(new QLabel(this)), m_bubble(new QLabel(this))
{
    setObjectName(QStringLiteral("phonePreview"));
    setStyleSheet(
        QStringLiteral("QFrame#phonePreview { background: #f4f4f6; border: 8px solid #2b2b30; "
                       "border-radius: 28px; }"
                       "QLabel#previewSender { color: #555; font-weight: bold; }"
                       "QLabel#previewBubble { background: #e4e6eb; color: #111; border-radius: 14px; "
                       "padding: 8px 10px; }"));
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
