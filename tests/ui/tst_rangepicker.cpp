// The period picker of the dashboard and the Reports screen, offscreen, on a clock set to
// Sunday 15 March 2026: each preset's days end today, custom dates are kept as chosen (never after
// today, the first never after the last), and every change is announced exactly once.
#include "util/clock.h"
#include "widgets/rangepicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace textwell;

namespace {

QDateTime localNoon(const QDate& day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::systemTimeZone());
}

} // namespace

class TestRangePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void presetsEndToday_data();
    void presetsEndToday();
    void twelveMonthsFromALeapDay();
    void customDatesAreKeptAsChosen();
    void oneSignalPerChange();
    void compactShowsTheDatesInWordsForAPreset();
    void followsANewDay();

private:
    QComboBox* combo(RangePicker& picker)
    {
        return picker.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    }
    QDateEdit* from(RangePicker& picker)
    {
        return picker.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
    }
    QDateEdit* to(RangePicker& picker) { return picker.findChild<QDateEdit*>(QStringLiteral("toDateEdit")); }

    std::unique_ptr<ManualClock> m_clock;
};

void TestRangePicker::init()
{
    m_clock = std::make_unique<ManualClock>(localNoon(QDate(2026, 3, 15)));
    Clock::setInstance(m_clock.get());
}

void TestRangePicker::cleanup()
{
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestRangePicker::presetsEndToday_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("first");
    QTest::addRow("7 days") << int(RangePicker::Preset::Last7Days) << QDate(2026, 3, 9);
    QTest::addRow("30 days") << int(RangePicker::Preset::Last30Days) << QDate(2026, 2, 14);
    QTest::addRow("90 days") << int(RangePicker::Preset::Last90Days) << QDate(2025, 12, 16);
    QTest::addRow("12 months") << int(RangePicker::Preset::Last12Months) << QDate(2025, 3, 16);
}

void TestRangePicker::presetsEndToday()
{
    QFETCH(int, preset);
    QFETCH(QDate, first);
    RangePicker picker(RangePicker::Display::Form);
    // A new picker shows the last 90 days.
    QCOMPARE(picker.preset(), RangePicker::Preset::Last90Days);
    QCOMPARE(picker.first(), QDate(2025, 12, 16));

    combo(picker)->setCurrentIndex(combo(picker)->findData(preset));
    QCOMPARE(picker.preset(), RangePicker::Preset(preset));
    QCOMPARE(picker.first(), first);
    QCOMPARE(picker.last(), QDate(2026, 3, 15));
    // The form shows the preset's dates, not to be edited.
    QCOMPARE(from(picker)->date(), first);
    QCOMPARE(to(picker)->date(), QDate(2026, 3, 15));
    QVERIFY(!from(picker)->isEnabled());
    QVERIFY(!to(picker)->isEnabled());
}

void TestRangePicker::twelveMonthsFromALeapDay()
{
    m_clock->setNow(localNoon(QDate(2028, 2, 29)));
    RangePicker picker(RangePicker::Display::Form);
    picker.setPreset(RangePicker::Preset::Last12Months);
    // 28 February 2027 is a year back; the span starts the day after.
    QCOMPARE(picker.first(), QDate(2027, 3, 1));
    QCOMPARE(picker.last(), QDate(2028, 2, 29));
}

void TestRangePicker::customDatesAreKeptAsChosen()
{
    RangePicker picker(RangePicker::Display::Form);
    QSignalSpy changed(&picker, &RangePicker::rangeChanged);
    picker.setCustomRange(QDate(2026, 1, 10), QDate(2026, 2, 20));
    QCOMPARE(picker.preset(), RangePicker::Preset::Custom);
    QCOMPARE(picker.first(), QDate(2026, 1, 10));
    QCOMPARE(picker.last(), QDate(2026, 2, 20));
    QVERIFY(from(picker)->isEnabled());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toDate(), QDate(2026, 1, 10));
    QCOMPARE(changed.at(0).at(1).toDate(), QDate(2026, 2, 20));

    // Earlier than before: neither date is held back by the other's old value.
    picker.setCustomRange(QDate(2025, 6, 1), QDate(2025, 6, 30));
    QCOMPARE(picker.first(), QDate(2025, 6, 1));
    QCOMPARE(picker.last(), QDate(2025, 6, 30));

    // Nothing after today; a first day after the last becomes the last.
    picker.setCustomRange(QDate(2026, 3, 1), QDate(2026, 4, 30));
    QCOMPARE(picker.first(), QDate(2026, 3, 1));
    QCOMPARE(picker.last(), QDate(2026, 3, 15));
    picker.setCustomRange(QDate(2026, 3, 10), QDate(2026, 3, 5));
    QCOMPARE(picker.first(), QDate(2026, 3, 5));
    QCOMPARE(picker.last(), QDate(2026, 3, 5));

    // Typed dates: the first day cannot pass the last.
    picker.setCustomRange(QDate(2026, 2, 1), QDate(2026, 2, 10));
    from(picker)->setDate(QDate(2026, 2, 25));
    QCOMPARE(picker.first(), QDate(2026, 2, 10));
}

void TestRangePicker::oneSignalPerChange()
{
    RangePicker picker(RangePicker::Display::Compact);
    QSignalSpy changed(&picker, &RangePicker::rangeChanged);

    combo(picker)->setCurrentIndex(combo(picker)->findData(int(RangePicker::Preset::Last7Days)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toDate(), QDate(2026, 3, 9));
    QCOMPARE(changed.at(0).at(1).toDate(), QDate(2026, 3, 15));
    // The same preset again changes nothing.
    picker.setPreset(RangePicker::Preset::Last7Days);
    QCOMPARE(changed.size(), 1);

    // Custom dates start from the days shown.
    picker.setPreset(RangePicker::Preset::Custom);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(picker.first(), QDate(2026, 3, 9));
    QCOMPARE(picker.last(), QDate(2026, 3, 15));

    // One edit, one signal, with the new first day.
    from(picker)->setDate(QDate(2026, 3, 1));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(2).at(0).toDate(), QDate(2026, 3, 1));
    to(picker)->setDate(QDate(2026, 3, 8));
    QCOMPARE(changed.size(), 4);

    // Both dates at once: one signal; the same dates again: none.
    picker.setCustomRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QCOMPARE(changed.size(), 5);
    picker.setCustomRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QCOMPARE(changed.size(), 5);
    // From a preset to custom dates: one signal, not one per date and one for the preset.
    picker.setPreset(RangePicker::Preset::Last30Days);
    QCOMPARE(changed.size(), 6);
    picker.setCustomRange(QDate(2025, 11, 1), QDate(2025, 11, 30));
    QCOMPARE(changed.size(), 7);
    QCOMPARE(changed.at(6).at(0).toDate(), QDate(2025, 11, 1));
    QCOMPARE(changed.at(6).at(1).toDate(), QDate(2025, 11, 30));

    // A new day read by followToday() is not a change the user made.
    m_clock->setNow(localNoon(QDate(2026, 3, 16)));
    picker.followToday();
    QCOMPARE(changed.size(), 7);
}

void TestRangePicker::compactShowsTheDatesInWordsForAPreset()
{
    RangePicker picker(RangePicker::Display::Compact);
    auto* span = picker.findChild<QLabel*>(QStringLiteral("spanLabel"));
    picker.setPreset(RangePicker::Preset::Last7Days);
    QVERIFY(from(picker)->isHidden());
    QVERIFY(to(picker)->isHidden());
    QVERIFY(!span->isHidden());
    QCOMPARE(span->text(), QLocale().toString(QDate(2026, 3, 9), QStringLiteral("d MMM")) +
                               QStringLiteral(" – ") +
                               QLocale().toString(QDate(2026, 3, 15), QStringLiteral("d MMM")));
    // Across a new year, the first day says its year.
    picker.setPreset(RangePicker::Preset::Last90Days);
    QVERIFY(span->text().startsWith(QLocale().toString(QDate(2025, 12, 16), QStringLiteral("d MMM yyyy"))));

    picker.setPreset(RangePicker::Preset::Custom);
    QVERIFY(!from(picker)->isHidden());
    QVERIFY(!to(picker)->isHidden());
    QVERIFY(span->isHidden());
}

void TestRangePicker::followsANewDay()
{
    RangePicker picker(RangePicker::Display::Form);
    picker.setPreset(RangePicker::Preset::Last7Days);
    m_clock->setNow(localNoon(QDate(2026, 3, 17)));
    // A preset's days are read from the clock...
    QCOMPARE(picker.first(), QDate(2026, 3, 11));
    QCOMPARE(picker.last(), QDate(2026, 3, 17));
    // ... and shown once the picker follows the new day, which may then be chosen.
    picker.followToday();
    QCOMPARE(from(picker)->date(), QDate(2026, 3, 11));
    QCOMPARE(to(picker)->date(), QDate(2026, 3, 17));
    QCOMPARE(to(picker)->maximumDate(), QDate(2026, 3, 17));

    // Custom dates stay as chosen.
    picker.setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 5));
    m_clock->setNow(localNoon(QDate(2026, 3, 20)));
    picker.followToday();
    QCOMPARE(picker.first(), QDate(2026, 3, 1));
    QCOMPARE(picker.last(), QDate(2026, 3, 5));
}

QTEST_MAIN(TestRangePicker)
#include "tst_rangepicker.moc"
