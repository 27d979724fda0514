#include "rangepicker.h"

#include "util/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimeZone>

using namespace textwell;

namespace {

QDate presetFirst(RangePicker::Preset preset, const QDate& today)
{
    switch (preset) {
    case RangePicker::Preset::Last7Days:
        return today.addDays(-6);
    case RangePicker::Preset::Last30Days:
        return today.addDays(-29);
    case RangePicker::Preset::Last90Days:
        return today.addDays(-89);
    case RangePicker::Preset::Last12Months:
        return today.addMonths(-12).addDays(1);
    case RangePicker::Preset::Custom:
        break;
    }
    return today;
}

} // namespace

RangePicker::RangePicker(Display display, QWidget* parent)
    : QWidget(parent), m_display(display), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_between(new QLabel(display == Display::Compact ? QStringLiteral("–") : tr("to"), this)),
      m_span(new QLabel(this))
{
    setObjectName(QStringLiteral("rangePicker"));
    m_preset->setObjectName(QStringLiteral("rangeCombo"));
    m_preset->setAccessibleName(tr("Days shown"));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("Custom dates"), int(Preset::Custom));
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Last90Days)));

    const QDate now = today();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_to->setMaximumDate(now);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("Last day"));
    m_between->setObjectName(QStringLiteral("customSpanDash"));
    m_span->setObjectName(QStringLiteral("spanLabel"));
    m_span->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(m_between);
    row->addWidget(m_to);
    row->addWidget(m_span);
    if (m_display == Display::Form)
        row->addStretch();
    // A label's shortcut for the picker lands on the presets.
    setFocusProxy(m_preset);

    showDates(presetFirst(preset(), now), now);
    updateControls();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &RangePicker::presetChosen);
    // The first day never after the last: each edit bounds the other.
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_to->setMinimumDate(date);
        if (preset() == Preset::Custom)
            emitChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        m_from->setMaximumDate(date);
        if (preset() == Preset::Custom)
            emitChanged();
    });
}

QDate RangePicker::today()
{
    return Clock::currentUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
}

RangePicker::Preset RangePicker::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void RangePicker::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

QDate RangePicker::first() const
{
    return preset() == Preset::Custom ? m_from->date() : presetFirst(preset(), today());
}

QDate RangePicker::last() const
{
    return preset() == Preset::Custom ? m_to->date() : today();
}

void RangePicker::setCustomRange(const QDate& first, const QDate& last)
{
    const QDate end = qMin(last, today());
    const QDate start = qMin(first, end);
    const bool changed = start != m_from->date() || end != m_to->date();
    showDates(start, end);
    if (preset() != Preset::Custom) {
        setPreset(Preset::Custom); // emits, once
        return;
    }
    updateControls();
    if (changed)
        emitChanged();
}

void RangePicker::followToday()
{
    const QDate now = today();
    {
        const QSignalBlocker blockTo(m_to);
        m_to->setMaximumDate(now);
    }
    if (preset() != Preset::Custom)
        showDates(presetFirst(preset(), now), now);
    updateControls();
}

void RangePicker::presetChosen()
{
    // Custom dates start from the days shown until now, ready to be changed.
    if (preset() != Preset::Custom)
        showDates(presetFirst(preset(), today()), today());
    updateControls();
    emitChanged();
}

void RangePicker::showDates(const QDate& first, const QDate& last)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    // Bounds first, so that neither date is pulled back by the other's old value.
    m_from->setMaximumDate(last);
    m_to->setMinimumDate(first);
    m_from->setDate(first);
    m_to->setDate(last);
}

void RangePicker::updateControls()
{
    const bool custom = preset() == Preset::Custom;
    if (m_display == Display::Compact) {
        m_from->setVisible(custom);
        m_between->setVisible(custom);
        m_to->setVisible(custom);
        m_span->setVisible(!custom);
        // "9 Sep – 7 Dec": short enough for a toolbar in every language; the year only when it differs.
        const QDate end = last();
        auto day = [&end](const QDate& date) {
            return QLocale().toString(date, date.year() == end.year() ? QStringLiteral("d MMM")
                                                                      : QStringLiteral("d MMM yyyy"));
        };
        m_span->setText(tr("%1 – %2").arg(day(first()), day(end)));
    } else {
        m_span->hide();
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
    }
}

void RangePicker::emitChanged()
{
    Q_EMIT rangeChanged(first(), last());
}
