#pragma once

#include "segments/segmentfields.h"

#include <QStringList>
#include <QWidget>

#include <functional>

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
    // With countText, the number shows with its unit: countText(n) is e.g. "%Ln day(s)" for n.
    QWidget* addSpinBox(int minimum, int maximum, std::function<QString(int)> countText = {});
    QWidget* addDateEdit();

    textwell::SegmentValueKind m_kind = textwell::SegmentValueKind::None;
    QHBoxLayout* m_layout;
    QList<QWidget*> m_editors;
};
