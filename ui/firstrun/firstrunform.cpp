#include "firstrunform.h"

#include "widgets/semanticcolors.h"

#include <QLabel>

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    // The whole width of the form, not the narrow one a wrapping label asks for; and at the top of
    // its cell, by its field, when it is given more height than it needs.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

FirstRunForm::FirstRunForm()
{
    setColumnStretch(1, 1);
    setVerticalSpacing(2);
}

QLabel* FirstRunForm::addField(const QString& labelText, QWidget* field, const QList<QWidget*>& below)
{
    auto* label = new QLabel(labelText, field->parentWidget());
    label->setBuddy(field);
    int row = m_nextRow;
    if (row > 0)
        setRowMinimumHeight(row++, 10); // between one field and the next
    addWidget(label, row, 0);
    // A field that does not want the width keeps its own, at the left.
    addWidget(field, row, 1,
              field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag ? Qt::Alignment()
                                                                               : Qt::AlignLeft);
    for (QWidget* widget : below)
        addWidget(widget, ++row, 1);
    m_nextRow = row + 1;
    return label;
}

QLabel* FirstRunForm::help(const QString& text, QWidget* parent)
{
    QLabel* label = wrappedLabel(text, parent);
    SemanticColors::setTextTone(label, SemanticColors::Tone::Muted);
    return label;
}

QLabel* FirstRunForm::problem(const QString& objectName, QWidget* parent)
{
    QLabel* label = wrappedLabel(QString(), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    SemanticColors::setTextTone(label, SemanticColors::Tone::Bad);
    label->hide();
    return label;
}
