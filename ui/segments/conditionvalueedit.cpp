#include "conditionvalueedit.h"

#include "widgets/countspinbox.h"

#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>

using namespace textwell;
using Kind = SegmentValueKind;

namespace {

// "Berlin, Hamburg" <-> {"Berlin", "Hamburg"}
QStringList splitList(const QString& text)
{
    QStringList values;
    for (const QString& part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

} // namespace

ConditionValueEdit::ConditionValueEdit(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ConditionValueEdit::clear()
{
    m_editors.clear(); // every editor is in the layout, deleted below
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QWidget* ConditionValueEdit::addLineEdit(const QString& placeholder, const QStringList& suggestions)
{
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    if (!suggestions.isEmpty()) {
        auto* completer = new QCompleter(suggestions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    connect(edit, &QLineEdit::textChanged, this, &ConditionValueEdit::changed);
    m_layout->addWidget(edit, 1);
    m_editors.append(edit);
    return edit;
}

QWidget* ConditionValueEdit::addSpinBox(int minimum, int maximum, std::function<QString(int)> countText)
{
    QSpinBox* spin = countText ? new CountSpinBox(std::move(countText), this) : new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    connect(spin, &QSpinBox::valueChanged, this, &ConditionValueEdit::changed);
    m_layout->addWidget(spin);
    m_editors.append(spin);
    return spin;
}

QWidget* ConditionValueEdit::addDateEdit()
{
    auto* date = new QDateEdit(QDate::currentDate(), this);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(date, &QDateEdit::dateChanged, this, &ConditionValueEdit::changed);
    m_layout->addWidget(date);
    m_editors.append(date);
    return date;
}

void ConditionValueEdit::setKind(Kind kind, const QStringList& suggestions)
{
    const QSignalBlocker blocker(this);
    clear();
    m_kind = kind;
    auto andLabel = [this] { m_layout->addWidget(new QLabel(tr("and"), this)); };
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Texts:
    case Kind::Tags:
        // Real examples from the book say best what to type.
        addLineEdit(suggestions.size() >= 2 ? tr("e.g. %1, %2").arg(suggestions[0], suggestions[1])
                                            : tr("several: separate with commas"),
                    suggestions);
        break;
    case Kind::Languages:
        addLineEdit(tr("en, ru or de; several separated by commas"),
                    {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")});
        break;
    case Kind::Text:
        addLineEdit(tr("text"), suggestions);
        break;
    case Kind::Number:
        addSpinBox(0, 1000000);
        break;
    case Kind::NumberRange:
        addSpinBox(0, 1000000);
        andLabel();
        addSpinBox(0, 1000000);
        break;
    case Kind::Months:
        for (int month = 1; month <= 12; ++month) {
            auto* button = new QToolButton(this);
            button->setCheckable(true);
            button->setText(QLocale().standaloneMonthName(month, QLocale::ShortFormat));
            button->setToolTip(QLocale().standaloneMonthName(month));
            connect(button, &QToolButton::toggled, this, &ConditionValueEdit::changed);
            m_layout->addWidget(button);
            m_editors.append(button);
        }
        break;
    case Kind::Days:
        addSpinBox(0, 36500, [](int days) { return tr("%Ln day(s)", nullptr, days); });
        break;
    case Kind::Date:
        addDateEdit();
        break;
    case Kind::DateRange:
        addDateEdit();
        andLabel();
        addDateEdit();
        break;
    }
    if (kind != Kind::Texts && kind != Kind::Tags && kind != Kind::Languages && kind != Kind::Text)
        m_layout->addStretch();
    // No label beside the fields: their names for a screen reader (a month button has its own).
    if (m_editors.size() == 1) {
        m_editors.first()->setAccessibleName(tr("Value"));
    } else if (m_editors.size() == 2) {
        m_editors.first()->setAccessibleName(tr("From"));
        m_editors.last()->setAccessibleName(tr("To"));
    }
}

QStringList ConditionValueEdit::values() const
{
    QStringList values;
    for (int i = 0; i < m_editors.size(); ++i) {
        QWidget* editor = m_editors[i];
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            values += m_kind == Kind::Text ? QStringList{edit->text().trimmed()} : splitList(edit->text());
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            values.append(QString::number(spin->value()));
        else if (auto* date = qobject_cast<QDateEdit*>(editor))
            values.append(date->date().toString(Qt::ISODate));
        else if (auto* month = qobject_cast<QToolButton*>(editor); month && month->isChecked())
            values.append(QString::number(i + 1));
    }
    return values;
}

void ConditionValueEdit::setValues(const QStringList& values)
{
    const QSignalBlocker blocker(this);
    if (m_kind == Kind::Months) {
        for (int i = 0; i < m_editors.size(); ++i) {
            if (auto* month = qobject_cast<QToolButton*>(m_editors[i]))
                month->setChecked(values.contains(QString::number(i + 1)));
        }
        return;
    }
    for (int i = 0; i < m_editors.size(); ++i) {
        QWidget* editor = m_editors[i];
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            edit->setText(m_kind == Kind::Text ? values.value(0) : values.join(QStringLiteral(", ")));
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            spin->setValue(values.value(i).toInt());
        else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
            const QDate d = QDate::fromString(values.value(i), Qt::ISODate);
            if (d.isValid())
                date->setDate(d);
        }
    }
}
