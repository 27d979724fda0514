#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this)), m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // texts may quote what people typed: never rich text
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_autoHide->setSingleShot(true);
    m_autoHide->setInterval(8000);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_autoHide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBanner::show(Kind kind, const QString& text)
{
    m_kind = kind;
    m_label->setText(text);
    QString background, border;
    switch (kind) {
    case Kind::Information:
        background = QStringLiteral("#e3f1e6");
        border = QStringLiteral("#7fb88c");
        break;
    case Kind::Warning:
        background = QStringLiteral("#fdf3dc");
        border = QStringLiteral("#d9b257");
        break;
    case Kind::Error:
        background = QStringLiteral("#fbe3e1");
        border = QStringLiteral("#d77c73");
        break;
    }
    // Fixed light colours with dark text read well in both light and dark palettes.
    setStyleSheet(
        QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "#messageBannerText { color: #1d1d1d; }")
            .arg(background, border));
    if (kind == Kind::Information)
        m_autoHide->start();
    else
        m_autoHide->stop();
    QFrame::show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}
