#include "kpicard.h"

#include "charttheme.h"
#include "sparkline.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

KpiCard::KpiCard(const QString& title, const QString& explanation, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)), m_detail(new QLabel(this)),
      m_trend(new Sparkline(this)), m_explanation(explanation)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // Reachable with Tab, so a screen reader reads the figure with its context.
    setFocusPolicy(Qt::TabFocus);
    setToolTip(explanation);
    m_title->setWordWrap(true);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_value->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    // Two lines of detail whatever the language, so the cards keep one height.
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_trend->setObjectName(QStringLiteral("kpiTrend"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    layout->addWidget(m_trend);
    updateColors();
    setFigure(QStringLiteral("…"), QString());
}

void KpiCard::setFigure(const QString& value, const QString& detail, Tone tone)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_tone = tone;
    updateColors();
    updateAccessibleText();
}

void KpiCard::setTrend(const QVector<std::optional<double>>& values, const QString& description)
{
    m_trend->setValues(values);
    m_trendDescription = description;
    m_trend->setToolTip(description);
    updateAccessibleText();
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

const QVector<std::optional<double>>& KpiCard::trend() const
{
    return m_trend->values();
}

void KpiCard::updateColors()
{
    const bool dark = ChartTheme::isDark(palette());
    QColor color;
    switch (m_tone) {
    case Tone::Neutral:
        color = palette().color(QPalette::Text);
        break;
    case Tone::Good:
        color = dark ? QColor(0x7c, 0xd0, 0x90) : QColor(0x1e, 0x7a, 0x3a);
        break;
    case Tone::Bad:
        color = dark ? QColor(0xf4, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e);
        break;
    }
    // On the card's base the label draws in Text, not WindowText.
    QPalette detailPalette = palette();
    detailPalette.setColor(QPalette::Text, color);
    detailPalette.setColor(QPalette::WindowText, color);
    m_detail->setPalette(detailPalette);
    m_trend->setColor(ChartTheme::color(ChartTheme::Role::Rate, palette()));
}

void KpiCard::updateAccessibleText()
{
    setAccessibleName(QStringLiteral("%1: %2").arg(m_title->text(), m_value->text()));
    QStringList description;
    if (!m_detail->text().isEmpty())
        description.append(m_detail->text());
    if (!m_trendDescription.isEmpty())
        description.append(m_trendDescription);
    description.append(m_explanation);
    setAccessibleDescription(description.join(QLatin1Char(' ')));
}

void KpiCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void KpiCard::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // Where Tab has landed: a card has no other way to show it.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void KpiCard::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    update();
}

void KpiCard::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
}
