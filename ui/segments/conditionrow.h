#pragma once

#include "segments/segmentrule.h"

#include <QWidget>

class ConditionValueEdit;
class QComboBox;
class QLabel;
class QToolButton;
struct SegmentChoices;

// One condition of a segment: field, comparison, value, and the problem with it, if any.
class ConditionRow : public QWidget
{
    Q_OBJECT

public:
    ConditionRow(const SegmentChoices& choices, QWidget* parent = nullptr);

    textwell::SegmentCondition condition() const;
    void setCondition(const textwell::SegmentCondition& condition);
    void setProblem(const QString& message); // empty hides it
    void setChoices(const SegmentChoices& choices);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void fillOperators();
    void updateValueEditor();
    // The value's fields are made anew for each kind of condition: Tab reaches them in their place.
    void updateTabOrder();
    QStringList suggestions() const;

    const SegmentChoices* m_choices;
    QComboBox* m_field;
    QComboBox* m_customField;
    QComboBox* m_operator;
    ConditionValueEdit* m_value;
    QToolButton* m_remove;
    QLabel* m_problem;
};
