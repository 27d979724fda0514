#pragma once

#include <QGridLayout>
#include <QList>

class QLabel;

// The assistant's forms: labels on the left, each field with what explains it (and its problem)
// right under it, a little room before the next field. A grid rather than a QFormLayout, which
// leaves gaps around wrapped text.
class FirstRunForm : public QGridLayout
{
public:
    FirstRunForm();

    // Adds "label: field" with `below` under the field; the label names the field for screen
    // readers and carries its mnemonic. Returns the label.
    QLabel* addField(const QString& labelText, QWidget* field, const QList<QWidget*>& below = {});
    // A muted explanation as wide as the form.
    static QLabel* help(const QString& text, QWidget* parent);
    // Where a field's problem shows, hidden until there is one.
    static QLabel* problem(const QString& objectName, QWidget* parent);

private:
    int m_nextRow = 0;
};
