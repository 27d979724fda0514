#include "messagebanner.h"

#include "paintedicons.h"
#include "semanticcolors.h"

#include <QHBoxLayout>
#include <QLabel>
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
    SemanticColors::whenPaletteChanges(this, [this] { updateColors(); });
    hide();
}

void MessageBanner::show(Kind kind, const QString& text)
{
    m_kind = kind;
    m_label->setText(text);
    updateColors();
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

void MessageBanner::updateColors()
{
    SemanticColors::Tone tone = SemanticColors::Tone::Good;
    if (m_kind == Kind::Warning)
        tone = SemanticColors::Tone::Warning;
    else if (m_kind == Kind::Error)
        tone = SemanticColors::Tone::Bad;
    // A soft tint of the kind under the palette's own text: readable in light and dark, no glare.
    const QPalette& palette = parentWidget() ? parentWidget()->palette() : this->palette();
    const QString sheet =
        QStringLiteral("#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "#messageBannerText { color: %3; }")
            .arg(SemanticColors::tint(tone, palette).name(), SemanticColors::border(tone, palette).name(),
                 palette.color(QPalette::Text).name());
    if (sheet != styleSheet()) // a style sheet sets the palette, which calls this again
        setStyleSheet(sheet);
    m_close->setIcon(PaintedIcons::close(palette.color(QPalette::Text)));
}
