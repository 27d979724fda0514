#include "rulegroupwidget.h"

#include "conditionrow.h"
#include "recipientcountworker.h"
#include "widgets/semanticcolors.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace textwell;

RuleGroupWidget::RuleGroupWidget(const SegmentChoices& choices, int depth, QWidget* parent)
    : QFrame(parent), m_choices(&choices), m_depth(depth), m_match(new QComboBox(this)),
      m_problem(new QLabel(this)), m_emptyHint(new QLabel(this)), m_children(new QVBoxLayout)
{
    setObjectName(depth == 0 ? QStringLiteral("ruleEditor") : QStringLiteral("ruleGroup"));
    if (depth > 0) {
        setFrameShape(QFrame::StyledPanel);
        setStyleSheet(QStringLiteral("QFrame#ruleGroup { border-left: 3px solid palette(highlight); "
                                     "background: palette(alternate-base); }"));
    }
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->addItem(depth == 0 ? tr("People who match all of these") : tr("All of these"),
                     static_cast<int>(SegmentRule::Match::All));
    m_match->addItem(depth == 0 ? tr("People who match any of these") : tr("Any of these"),
                     static_cast<int>(SegmentRule::Match::Any));
    m_match->setAccessibleName(tr("How the conditions combine"));
    connect(m_match, &QComboBox::currentIndexChanged, this, &RuleGroupWidget::changed);

    auto* header = new QHBoxLayout;
    header->addWidget(m_match);
    header->addStretch();
    if (depth > 0) {
        auto* remove = new QToolButton(this);
        m_remove = remove;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this group"));
        remove->setAccessibleName(tr("Remove this group"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, &RuleGroupWidget::removeRequested);
        header->addWidget(remove);
    }
    m_problem->setWordWrap(true);
    SemanticColors::setTextTone(m_problem, SemanticColors::Tone::Bad);
    m_problem->setVisible(false);
    m_emptyHint->setWordWrap(true);
    SemanticColors::setTextTone(m_emptyHint, SemanticColors::Tone::Muted);
    m_emptyHint->setText(depth == 0
                             ? tr("No conditions yet: the segment is everyone in the address book. Add a "
                                  "condition to narrow it down.")
                             : tr("Add a condition to this group."));

    auto* addCondition = new QPushButton(tr("+ Condition"), this);
    m_addCondition = addCondition;
    addCondition->setObjectName(QStringLiteral("addConditionButton"));
    connect(addCondition, &QPushButton::clicked, this, [this] {
        this->addCondition();
        Q_EMIT changed();
    });
    auto* footer = new QHBoxLayout;
    footer->addWidget(addCondition);
    if (depth + 1 < MaxDepth) {
        auto* addGroup = new QPushButton(tr("+ Group"), this);
        m_addGroup = addGroup;
        addGroup->setObjectName(QStringLiteral("addGroupButton"));
        addGroup->setToolTip(tr("A group of conditions with its own “all” or “any”"));
        connect(addGroup, &QPushButton::clicked, this, [this] {
            this->addGroup()->addCondition();
            Q_EMIT changed();
        });
        footer->addWidget(addGroup);
    }
    footer->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_problem);
    layout->addLayout(m_children);
    layout->addWidget(m_emptyHint);
    layout->addLayout(footer);
    updateHint();
}

void RuleGroupWidget::updateHint()
{
    m_emptyHint->setVisible(m_items.isEmpty());
}

void RuleGroupWidget::updateTabOrder()
{
    QList<QWidget*> order{m_match};
    if (m_remove)
        order.append(m_remove);
    order += m_items;
    order.append(m_addCondition);
    if (m_addGroup)
        order.append(m_addGroup);
    TabOrder::set(order);
}

QWidget* RuleGroupWidget::addCondition(const SegmentCondition& condition)
{
    auto* row = new ConditionRow(*m_choices, this);
    row->setCondition(condition);
    connect(row, &ConditionRow::changed, this, &RuleGroupWidget::changed);
    connect(row, &ConditionRow::removeRequested, this, [this, row] {
        m_items.removeOne(row);
        row->deleteLater();
        updateHint();
        Q_EMIT changed();
    });
    m_children->addWidget(row);
    m_items.append(row);
    updateHint();
    updateTabOrder();
    return row;
}

RuleGroupWidget* RuleGroupWidget::addGroup()
{
    auto* group = new RuleGroupWidget(*m_choices, m_depth + 1, this);
    connect(group, &RuleGroupWidget::changed, this, &RuleGroupWidget::changed);
    connect(group, &RuleGroupWidget::removeRequested, this, [this, group] {
        m_items.removeOne(group);
        group->deleteLater();
        updateHint();
        Q_EMIT changed();
    });
    m_children->addWidget(group);
    m_items.append(group);
    updateHint();
    updateTabOrder();
    return group;
}

void RuleGroupWidget::clearChildren()
{
    for (QWidget* item : std::as_const(m_items))
        delete item;
    m_items.clear();
    updateHint();
}

SegmentRule RuleGroupWidget::rule() const
{
    SegmentRule rule = SegmentRule::group(static_cast<SegmentRule::Match>(m_match->currentData().toInt()));
    for (QWidget* item : m_items) {
        if (auto* row = qobject_cast<ConditionRow*>(item))
            rule.children.push_back(SegmentRule::of(row->condition()));
        else if (auto* group = qobject_cast<RuleGroupWidget*>(item))
            rule.children.push_back(group->rule());
    }
    return rule;
}

void RuleGroupWidget::setRule(const SegmentRule& rule)
{
    const QSignalBlocker blocker(this);
    clearChildren();
    if (!rule.isGroup()) { // a single condition saved without a group
        addCondition(rule.condition);
        return;
    }
    m_match->setCurrentIndex(rule.match == SegmentRule::Match::Any ? 1 : 0);
    for (const SegmentRule& child : rule.children) {
        if (child.isGroup() && m_depth + 1 < MaxDepth)
            addGroup()->setRule(child);
        else if (!child.isGroup())
            addCondition(child.condition);
    }
}

void RuleGroupWidget::setChoices(const SegmentChoices& choices)
{
    m_choices = &choices;
    for (QWidget* item : std::as_const(m_items)) {
        if (auto* row = qobject_cast<ConditionRow*>(item))
            row->setChoices(choices);
        else if (auto* group = qobject_cast<RuleGroupWidget*>(item))
            group->setChoices(choices);
    }
}

void RuleGroupWidget::showProblems(const QVector<RuleProblem>& problems)
{
    showProblems(problems, {});
}

void RuleGroupWidget::showProblems(const QVector<RuleProblem>& problems, const QVector<int>& path)
{
    QString own;
    for (const RuleProblem& p : problems) {
        if (p.path == path)
            own = p.message;
    }
    m_problem->setText(own);
    m_problem->setVisible(!own.isEmpty());
    for (int i = 0; i < m_items.size(); ++i) {
        const QVector<int> childPath = QVector<int>(path) << i;
        if (auto* row = qobject_cast<ConditionRow*>(m_items[i])) {
            QString message;
            for (const RuleProblem& p : problems) {
                if (p.path == childPath)
                    message = p.message;
            }
            row->setProblem(message);
        } else if (auto* group = qobject_cast<RuleGroupWidget*>(m_items[i])) {
            group->showProblems(problems, childPath);
        }
    }
}
