#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

// The days a figure or a report covers: the last 7, 30 or 90 days, the last 12 months, or custom
// dates, each ending today for a preset. One rangeChanged() per change the user (or a caller) makes.
class RangePicker : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last7Days,
        Last30Days,
        Last90Days,
        Last12Months,
        Custom,
    };

    enum class Display
    {
        // For a toolbar: the dates in words for a preset, the date edits only for custom dates.
        Compact,
        // For a form: the date edits always, editable only for custom dates.
        Form,
    };

    explicit RangePicker(Display display, QWidget* parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    // The first and last day chosen; a preset's end today (read from the clock each time).
    QDate first() const;
    QDate last() const;
    // Custom dates from first to last (no later than today).
    void setCustomRange(const QDate& first, const QDate& last);
    // A new day may have begun: the latest day that can be chosen, and a preset's dates shown,
    // follow today. Emits nothing: the caller reads the range again anyway.
    void followToday();

    static QDate today();

Q_SIGNALS:
    void rangeChanged(const QDate& first, const QDate& last);

private:
    void presetChosen();
    void showDates(const QDate& first, const QDate& last);
    void updateControls();
    void emitChanged();

    Display m_display;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_between;
    QLabel* m_span;
};
