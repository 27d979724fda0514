#include "chartpanel.h"

#include "charttheme.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_header(new QHBoxLayout),
      m_stack(new QStackedWidget(this)), m_view(new QChartView(this)), m_placeholder(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title, 1);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Base);
    // Reachable with Tab: Left/Right step through the points or bars, Enter opens the people.
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(title);
    m_view->installEventFilter(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(fontMetrics().averageCharWidth() * 4);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    m_stack->setCurrentWidget(m_placeholder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);
    setMinimumHeight(fontMetrics().height() * 16);
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::showsChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ChartPanel::placeholderText() const
{
    return showsChart() ? QString() : m_placeholder->text();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::addHeaderWidget(QWidget* widget)
{
    m_header->addWidget(widget, 0, Qt::AlignRight | Qt::AlignVCenter);
}

void ChartPanel::setChart(QChart* chart)
{
    ChartTheme::apply(chart, palette(), font());
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    // The view releases the old chart without deleting it; a hover signal may still be queued.
    old->deleteLater();
    m_current = -1;
    announceItem(-1);
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_current = -1;
    announceItem(-1);
    m_stack->setCurrentWidget(m_placeholder);
}

QPointF ChartPanel::itemPosition(int) const
{
    return {};
}

QString ChartPanel::itemToolTip(int) const
{
    return {};
}

void ChartPanel::activateItem(int) {}

void ChartPanel::showToolTipAt(const QPointF& chartPosition, const QString& text)
{
    const QPoint inView = m_view->mapFromScene(m_view->chart()->mapToScene(chartPosition));
    QToolTip::showText(m_view->mapToGlobal(inView), text, m_view);
}

void ChartPanel::announceItem(int index)
{
    // A screen reader says the focused chart's name again when it changes; a tooltip it never reads.
    QString name = title();
    if (index >= 0 && index < itemCount())
        name = QStringLiteral("%1: %2").arg(
            name, itemToolTip(index).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    if (m_view->accessibleName() != name)
        m_view->setAccessibleName(name);
}

void ChartPanel::showItemToolTip(int index)
{
    if (index < 0 || index >= itemCount() || !m_view->chart())
        return;
    showToolTipAt(itemPosition(index), itemToolTip(index));
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && showsChart() && itemCount() > 0) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int count = itemCount();
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Up:
            m_current = m_current <= 0 ? count - 1 : m_current - 1;
            showItemToolTip(m_current);
            announceItem(m_current);
            return true;
        case Qt::Key_Right:
        case Qt::Key_Down:
            m_current = m_current < 0 || m_current >= count - 1 ? 0 : m_current + 1;
            showItemToolTip(m_current);
            announceItem(m_current);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_current >= 0 && m_current < count) {
                activateItem(m_current);
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (watched == m_view && event->type() == QEvent::FocusOut) {
        QToolTip::hideText();
        announceItem(-1);
    }
    return QFrame::eventFilter(watched, event);
}

void ChartPanel::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && showsChart())
        rebuild();
}
