#pragma once

#include "segments/segmentcompiler.h"
#include "segments/segmentrule.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QVBoxLayout;
struct SegmentChoices;

// A group of conditions joined by "all" or "any", holding conditions and nested groups: the rule
// builder. The top group is the whole rule.
class RuleGroupWidget : public QFrame
{
    Q_OBJECT

public:
    RuleGroupWidget(const SegmentChoices& choices, int depth = 0, QWidget* parent = nullptr);

    textwell::SegmentRule rule() const;
    void setRule(const textwell::SegmentRule& rule);
    // Shows each problem at its condition or group; clears the others.
    void showProblems(const QVector<textwell::RuleProblem>& problems);
    void setChoices(const SegmentChoices& choices);

    QWidget* addCondition(const textwell::SegmentCondition& condition = {});
    RuleGroupWidget* addGroup();

    static constexpr int MaxDepth = 3;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void clearChildren();
    void showProblems(const QVector<textwell::RuleProblem>& problems, const QVector<int>& path);
    void updateHint();
    // Conditions and groups added later join Tab's order in their place, not at its end.
    void updateTabOrder();

    const SegmentChoices* m_choices;
    int m_depth;
    QComboBox* m_match;
    QWidget* m_remove = nullptr; // a nested group's
    QWidget* m_addCondition = nullptr;
    QWidget* m_addGroup = nullptr; // while groups may nest deeper
    QLabel* m_problem;
    QLabel* m_emptyHint;
    QVBoxLayout* m_children;
    QList<QWidget*> m_items;
};
