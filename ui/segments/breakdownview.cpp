#include "breakdownview.h"

#include "widgets/semanticcolors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace textwell;

BreakdownView::BreakdownView(QWidget* parent)
    : QWidget(parent), m_status(new QLabel(this)), m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("breakdownView"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    auto* buttons = new QButtonGroup(this);
    int row = 0;
    for (RecipientGroup group : RecipientBreakdown::groups()) {
        const bool leftOut = group != RecipientGroup::Matching && group != RecipientGroup::WillReceive;
        const QString sign = group == RecipientGroup::WillReceive ? QStringLiteral("= ")
                             : leftOut                            ? QStringLiteral("− ")
                                                                  : QString();
        auto* button = new QPushButton(sign + RecipientBreakdown::label(group), this);
        button->setObjectName(QStringLiteral("breakdown_") + RecipientBreakdown::code(group));
        button->setFlat(true);
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Show the people on this line"));
        button->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; border: none; }"
                           "QPushButton:checked { background: palette(highlight); "
                           "color: palette(highlighted-text); border-radius: 3px; }"));
        auto* count = new QLabel(QStringLiteral("–"), this);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setObjectName(QStringLiteral("count_") + RecipientBreakdown::code(group));
        if (group == RecipientGroup::WillReceive || group == RecipientGroup::Matching) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
            count->setFont(bold);
        }
        if (leftOut)
            button->setContentsMargins(12, 0, 0, 0);
        buttons->addButton(button);
        connect(button, &QPushButton::clicked, this, [this, group] { Q_EMIT groupClicked(group); });
        layout->addWidget(button, row, 0);
        layout->addWidget(count, row, 1);
        m_buttons.insert(group, button);
        m_counts.insert(group, count);
        ++row;
    }
    SemanticColors::setTextTone(m_status, SemanticColors::Tone::Muted);
    m_status->setWordWrap(true);
    layout->addWidget(m_status, row, 0, 1, 2);
    m_explanation->setObjectName(QStringLiteral("breakdownExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setContentsMargins(6, 4, 0, 0);
    SemanticColors::setTextTone(m_explanation, SemanticColors::Tone::Warning);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation, row + 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setSelectedGroup(RecipientGroup::WillReceive);
}

void BreakdownView::setBreakdown(const RecipientBreakdown& breakdown)
{
    for (RecipientGroup group : RecipientBreakdown::groups()) {
        const qint64 n = breakdown.count(group);
        m_counts[group]->setText(QLocale().toString(n));
        m_counts[group]->setEnabled(n > 0 || group == RecipientGroup::WillReceive);
        m_buttons[group]->setEnabled(true);
    }
    m_status->clear();
    m_status->setVisible(false);
}

void BreakdownView::setPending(bool pending)
{
    if (pending) {
        m_status->setText(tr("Counting…"));
        m_status->setVisible(true);
    } else if (m_status->text() == tr("Counting…")) {
        m_status->setVisible(false);
    }
}

void BreakdownView::setUnavailable(const QString& reason)
{
    for (QLabel* count : std::as_const(m_counts))
        count->setText(QStringLiteral("–"));
    setExplanation(QString()); // it was about the count that is gone
    m_status->setText(reason);
    m_status->setVisible(true);
}

void BreakdownView::setExplanation(const QString& text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

QString BreakdownView::explanation() const
{
    return m_explanation->text();
}

void BreakdownView::setSelectedGroup(RecipientGroup group)
{
    m_buttons[group]->setChecked(true);
}
