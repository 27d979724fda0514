#include "conditionrow.h"

#include "conditionvalueedit.h"
#include "recipientcountworker.h"
#include "segments/segmentfields.h"
#include "widgets/semanticcolors.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace textwell;

ConditionRow::ConditionRow(const SegmentChoices& choices, QWidget* parent)
    : QWidget(parent), m_choices(&choices), m_field(new QComboBox(this)), m_customField(new QComboBox(this)),
      m_operator(new QComboBox(this)), m_value(new ConditionValueEdit(this)), m_remove(new QToolButton(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("conditionRow"));
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    m_operator->setObjectName(QStringLiteral("operatorCombo"));
    m_customField->setObjectName(QStringLiteral("customFieldCombo"));
    m_field->setAccessibleName(tr("Field"));
    m_operator->setAccessibleName(tr("Comparison"));
    m_customField->setAccessibleName(tr("Custom field"));
    for (SegmentField field : SegmentFields::all())
        m_field->addItem(SegmentFields::label(field), static_cast<int>(field));
    m_customField->setVisible(false);
    for (QComboBox* combo : {m_field, m_customField, m_operator})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(12);
    m_operator->setMinimumContentsLength(10);
    m_customField->setMinimumContentsLength(10);
    setChoices(choices);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove this condition"));
    m_remove->setAutoRaise(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    SemanticColors::setTextTone(m_problem, SemanticColors::Tone::Bad);
    m_problem->setVisible(false);

    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_field);
    line->addWidget(m_customField);
    line->addWidget(m_operator);
    line->addWidget(m_value, 1);
    line->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_problem);

    fillOperators();
    updateValueEditor();
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        fillOperators();
        updateValueEditor();
        Q_EMIT changed();
    });
    connect(m_customField, &QComboBox::currentIndexChanged, this, &ConditionRow::changed);
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        updateValueEditor();
        Q_EMIT changed();
    });
    connect(m_value, &ConditionValueEdit::changed, this, &ConditionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);
}

void ConditionRow::setChoices(const SegmentChoices& choices)
{
    m_choices = &choices;
    const QString current = m_customField->currentText();
    const QSignalBlocker blocker(m_customField);
    m_customField->clear();
    m_customField->addItems(choices.customFields);
    if (!current.isEmpty() && !choices.customFields.contains(current))
        m_customField->addItem(current); // a deleted field stays visible, with its problem shown
    m_customField->setCurrentText(current);
}

void ConditionRow::fillOperators()
{
    const auto field = static_cast<SegmentField>(m_field->currentData().toInt());
    const QSignalBlocker blocker(m_operator);
    const QVariant previous = m_operator->currentData();
    m_operator->clear();
    for (SegmentOperator op : SegmentFields::operators(field))
        m_operator->addItem(SegmentFields::operatorLabel(field, op), static_cast<int>(op));
    const int keep = m_operator->findData(previous);
    m_operator->setCurrentIndex(keep >= 0 ? keep : 0);
    m_customField->setVisible(field == SegmentField::Custom);
}

QStringList ConditionRow::suggestions() const
{
    switch (static_cast<SegmentField>(m_field->currentData().toInt())) {
    case SegmentField::City:
        return m_choices->cities;
    case SegmentField::Region:
        return m_choices->regions;
    case SegmentField::Tags:
        return m_choices->tags;
    case SegmentField::ConsentSource:
        return m_choices->consentSources;
    default:
        return {};
    }
}

void ConditionRow::updateValueEditor()
{
    const auto field = static_cast<SegmentField>(m_field->currentData().toInt());
    const auto op = static_cast<SegmentOperator>(m_operator->currentData().toInt());
    const QStringList kept = m_value->values();
    const SegmentValueKind before = m_value->kind();
    m_value->setKind(SegmentFields::valueKind(field, op), suggestions());
    if (before == m_value->kind())
        m_value->setValues(kept);
    updateTabOrder();
}

void ConditionRow::updateTabOrder()
{
    TabOrder::set({m_field, m_customField, m_operator, m_value, m_remove});
}

SegmentCondition ConditionRow::condition() const
{
    SegmentCondition c;
    c.field = static_cast<SegmentField>(m_field->currentData().toInt());
    c.op = static_cast<SegmentOperator>(m_operator->currentData().toInt());
    if (c.field == SegmentField::Custom)
        c.customField = m_customField->currentText();
    c.values = m_value->values();
    return c;
}

void ConditionRow::setCondition(const SegmentCondition& condition)
{
    {
        const QSignalBlocker fieldBlocker(m_field);
        m_field->setCurrentIndex(qMax(0, m_field->findData(static_cast<int>(condition.field))));
    }
    fillOperators();
    {
        const QSignalBlocker opBlocker(m_operator);
        m_operator->setCurrentIndex(qMax(0, m_operator->findData(static_cast<int>(condition.op))));
    }
    if (condition.field == SegmentField::Custom) {
        const QSignalBlocker blocker(m_customField);
        if (m_customField->findText(condition.customField) < 0)
            m_customField->addItem(condition.customField);
        m_customField->setCurrentText(condition.customField);
    }
    m_value->setKind(SegmentFields::valueKind(condition.field, condition.op), suggestions());
    m_value->setValues(condition.values);
    updateTabOrder();
}

void ConditionRow::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}
