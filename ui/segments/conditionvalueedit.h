#pragma once

#include "segments/segmentfields.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

// The value part of a condition, shaped by what the comparison takes: a list of names, a number,
// two numbers, months, days or dates. Values come and go as text in the rule's own format.
class ConditionValueEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionValueEdit(QWidget* parent = nullptr);

    // Rebuilds the editor for a kind of value; suggestions complete what is typed.
    void setKind(textwell::SegmentValueKind kind, const QStringList& suggestions = {});
    textwell::SegmentValueKind kind() const { return m_kind; }
    QStringList values() const;
    void setValues(const QStringList& values);

Q_SIGNALS:
    void changed();

private:
    void clear();
    QWidget* addLineEdit(const QString& placeholder, const QStringList& suggestions);
    QWidget* addSpinBox(int minimum, int maximum, const QString& suffix = {});
    QWidget* addDateEdit();

    textwell::SegmentValueKind m_kind = textwell::SegmentValueKind::None;
    QHBoxLayout* m_layout;
    QList<QWidget*> m_editors;
};
