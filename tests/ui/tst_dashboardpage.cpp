// The Dashboard as the owner of a shop opens it, offscreen, on a year of demo campaigns: the key
// figures and charts show what Analytics computes for the same days, another span changes them,
// a campaign row and a bar open exactly the people behind them, the benchmarks are saved and
// drawn, the alert shows the campaigns that raised it, and an empty database explains itself
// without a NaN anywhere.

#include "addressbook/addressbookpage.h"
#include "addressbook/subscribertablemodel.h"
#include "analytics/analytics.h"
#include "analytics/dashboardsettings.h"
#include "contacts/addressbook.h"
#include "contacts/optoutreason.h"
#include "dashboard/breakdownchart.h"
#include "dashboard/campaigntablemodel.h"
#include "dashboard/dashboardformats.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardsettingsdialog.h"
#include "dashboard/gainedlostchart.h"
#include "dashboard/kpicard.h"
#include "dashboard/optoutlistdialog.h"
#include "dashboard/ratechart.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "relaxedrulepacks.h"
#include "storage/connection.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

QDate today()
{
    return Clock::currentUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
}

QLineSeries* seriesNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries*>(series);
    }
    return nullptr;
}

template<class Series> Series* firstSeries(QChart* chart)
{
    for (QAbstractSeries* series : chart->series()) {
        if (auto* found = qobject_cast<Series*>(series))
            return found;
    }
    return nullptr;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cardsAndChartsShowWhatAnalyticsComputes();
    void anotherSpanChangesTheFigures();
    void campaignRowListsExactlyItsOptOuts();
    void reasonBarListsThatReasonFromTheKeyboard();
    void channelListSaysItHoldsExclusionsToo();
    void busyIndicatorKeepsItsPlace();
    void benchmarksAreSavedAndDrawn();
    void alertShowsTheCampaignsThatRaisedIt();
    void emptyDatabaseExplainsWhatWillAppear();
    void peopleWithoutCampaignsSayThereIsNoRateYet();
    void chartsFollowADarkPalette();
    void isTheFirstScreenAndOpensAPersonInTheAddressBook();

private:
    void openCopyOfDemo();
    void openEmpty();
    void showPage();
    void waitForFigures();
    qint64 sqlCount(const QString& sql, const QVariantList& values = {});
    // Every text a person can read on the page: labels, cards, chart placeholders and the table.
    QStringList visibleTexts() const;

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // One year of campaigns to 1,500 people, made once and copied for each test.
    m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto opened = Connection::open(m_demoPath, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    auto generated = DemoData::generate(opened.value()->database(), 1500);
    QVERIFY2(generated.ok(), qPrintable(generated.error()));
    QVERIFY(generated.value().campaigns > 10);
    QVERIFY(generated.value().campaignOptOuts > 0);
    QSqlQuery(opened.value()->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void TestDashboardPage::init()
{
    QVERIFY(m_dir.isValid());
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
}

void TestDashboardPage::openCopyOfDemo()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_demoPath, path));
    auto opened = Connection::open(path, Connection::Mode::MustExist);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
}

void TestDashboardPage::openEmpty()
{
    const QString path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    auto opened = Connection::open(path, Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    QVERIFY(relaxRulePacks(m_connection->database()));
}

void TestDashboardPage::showPage()
{
    m_page = std::make_unique<DashboardPage>(m_connection.get(), nullptr);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDashboardPage::waitForFigures()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->hasFigures() && !m_page->isBusy(), 20000);
}

qint64 TestDashboardPage::sqlCount(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_connection->database());
    if (!q.prepare(sql))
        return -1;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestDashboardPage::visibleTexts() const
{
    QStringList texts;
    for (QLabel* label : m_page->findChildren<QLabel*>()) {
        if (label->isVisibleTo(m_page.get()))
            texts.append(label->text());
    }
    for (KpiCard* card : m_page->findChildren<KpiCard*>())
        texts << card->value() << card->detail() << card->accessibleName() << card->accessibleDescription();
    for (ChartPanel* chart : m_page->findChildren<ChartPanel*>())
        texts << chart->placeholderText() << chart->view()->accessibleDescription();
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("campaignTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column)
            texts.append(table->model()->index(row, column).data().toString());
    }
    return texts;
}

void TestDashboardPage::cardsAndChartsShowWhatAnalyticsComputes()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();

    // The default: the last 90 days up to today, by week (Period::suggested for 90 days).
    const QDate day = today();
    QCOMPARE(m_page->figures().scope.first, day.addDays(-89));
    QCOMPARE(m_page->figures().scope.last, day);
    QCOMPARE(m_page->figures().granularity, Granularity::Week);

    // The same figures worked out here, straight from Analytics.
    AnalyticsScope scope = AnalyticsScope::lastDays(90, day);
    scope.firstDayOfWeek = QLocale().firstDayOfWeek();
    Result<DashboardFigures> expected =
        Analytics(m_connection->database()).dashboard(scope, Granularity::Week, day);
    QVERIFY2(expected.ok(), qPrintable(expected.error()));
    const DashboardFigures& f = expected.value();
    QVERIFY(f.activeSubscribers > 0);
    QVERIFY(f.last30Days.rate().has_value());
    QVERIFY(!f.campaigns.isEmpty());

    auto* active = m_page->findChild<KpiCard*>(QStringLiteral("activeSubscribersCard"));
    QCOMPARE(active->value(), QLocale().toString(f.activeSubscribers));
    auto* rate = m_page->findChild<KpiCard*>(QStringLiteral("unsubscribeRateCard"));
    QCOMPARE(rate->value(), DashboardFormats::rate(*f.last30Days.rate()));
    // The rate card's number is the opt-outs per message reached, as a percentage.
    const double shown = double(f.last30Days.optOuts) / double(f.last30Days.reached);
    QCOMPARE(rate->value(), DashboardFormats::rate(shown));
    if (f.previous30Days.rate()) {
        QVERIFY2(rate->detail().contains(
                     DashboardFormats::points(*f.last30Days.rate() - *f.previous30Days.rate())),
                 qPrintable(rate->detail()));
        const double change = *f.last30Days.rate() - *f.previous30Days.rate();
        if (change > 0.0005)
            QCOMPARE(rate->tone(), KpiCard::Tone::Bad); // up is bad
        else if (change < -0.0005)
            QCOMPARE(rate->tone(), KpiCard::Tone::Good);
    }
    auto* optOuts = m_page->findChild<KpiCard*>(QStringLiteral("optOutsCard"));
    QCOMPARE(optOuts->value(), QLocale().toString(f.optOutsThisWeek));
    auto* delivery = m_page->findChild<KpiCard*>(QStringLiteral("deliveryRateCard"));
    QCOMPARE(delivery->value(), DashboardFormats::rate(f.deliveryLast30Days.rate()));
    // Twelve weeks of trend on every card.
    for (KpiCard* card : {active, rate, optOuts, delivery})
        QCOMPARE(card->trend().size(), 12);
    QVERIFY(!active->accessibleName().isEmpty());

    // The rate chart: one point per week with campaigns, the band and the alert level.
    auto* rateChart = m_page->findChild<RateChart*>();
    QVERIFY(rateChart->showsChart());
    QLineSeries* line = seriesNamed(rateChart->chart(), QStringLiteral("Unsubscribe rate"));
    QVERIFY(line);
    int weeksWithCampaigns = 0;
    for (const PeriodFigures& p : f.timeline) {
        if (p.unsubscribeRate.rate())
            ++weeksWithCampaigns;
    }
    QVERIFY(weeksWithCampaigns > 0);
    QCOMPARE(line->count(), weeksWithCampaigns);
    const QVector<int> points = rateChart->pointPeriods();
    for (int i = 0; i < line->count(); ++i)
        QCOMPARE(line->at(i).y(), *f.timeline.at(points.at(i)).unsubscribeRate.rate());
    QVERIFY(!rateChart->view()->accessibleName().isEmpty());

    // The reasons as bars, most given on top.
    auto* reasons = m_page->findChild<BreakdownChart*>(QStringLiteral("reasonsChart"));
    QVERIFY(reasons->showsChart());
    auto* bars = firstSeries<QHorizontalBarSeries>(reasons->chart());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->count(), f.reasons.size());
    qint64 sum = 0;
    for (int i = 0; i < f.reasons.size(); ++i)
        sum += qint64(bars->barSets().first()->at(i));
    qint64 expectedSum = 0;
    for (const CodeCount& c : f.reasons)
        expectedSum += c.count;
    QCOMPARE(sum, expectedSum);
    // ... switchable to a donut.
    reasons->setDonut(true);
    QVERIFY(reasons->showsChart());
    QVERIFY(reasons->chart()->series().size() == 1);

    auto* channels = m_page->findChild<BreakdownChart*>(QStringLiteral("channelsChart"));
    QVERIFY(channels->showsChart());

    // Gained and lost per week, losses below zero.
    auto* gainedLost = m_page->findChild<GainedLostChart*>();
    QVERIFY(gainedLost->showsChart());
    auto* stacked = firstSeries<QStackedBarSeries>(gainedLost->chart());
    QVERIFY(stacked);
    QCOMPARE(stacked->barSets().size(), 2);
    QCOMPARE(stacked->barSets().at(0)->count(), f.timeline.size());
    for (int i = 0; i < f.timeline.size(); ++i) {
        QCOMPARE(qint64(stacked->barSets().at(0)->at(i)), f.timeline.at(i).gained);
        QCOMPARE(qint64(-stacked->barSets().at(1)->at(i)), f.timeline.at(i).lost);
    }

    // One row per campaign started in the span, counted in SQL.
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("campaignTable"));
    const Period span = scope.period();
    const qint64 started =
        sqlCount(QStringLiteral("SELECT COUNT(*) FROM campaign WHERE started_at >= ? AND started_at < ?"),
                 {Timestamps::toDb(span.startUtc), Timestamps::toDb(span.endUtc)});
    QCOMPARE(qint64(table->model()->rowCount()), started);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Sorting by opt-outs sorts by number, not by text ("9" after "10").
    table->sortByColumn(CampaignTableModel::OptOutsColumn, Qt::DescendingOrder);
    for (int row = 1; row < table->model()->rowCount(); ++row) {
        QVERIFY(table->model()
                    ->index(row - 1, CampaignTableModel::OptOutsColumn)
                    .data(CampaignTableModel::SortRole)
                    .toLongLong() >= table->model()
                                         ->index(row, CampaignTableModel::OptOutsColumn)
                                         .data(CampaignTableModel::SortRole)
                                         .toLongLong());
    }

    for (const QString& text : visibleTexts()) {
        QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("inf"), Qt::CaseSensitive), qPrintable(text));
    }
}

void TestDashboardPage::anotherSpanChangesTheFigures()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("campaignTable"));
    auto* range = m_page->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    const QDate day = today();

    range->setCurrentIndex(range->findData(int(DashboardPage::Range::Last7Days)));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->figures().scope.first == day.addDays(-6) && !m_page->isBusy(), 20000);
    QCOMPARE(m_page->figures().granularity, Granularity::Day);
    QCOMPARE(m_page->figures().timeline.size(), 7);
    const int weekRows = table->model()->rowCount();
    const Period week = Period::of(day.addDays(-6), day, QTimeZone::systemTimeZone());
    QCOMPARE(
        qint64(weekRows),
        sqlCount(QStringLiteral("SELECT COUNT(*) FROM campaign WHERE started_at >= ? AND started_at < ?"),
                 {Timestamps::toDb(week.startUtc), Timestamps::toDb(week.endUtc)}));

    range->setCurrentIndex(range->findData(int(DashboardPage::Range::Last12Months)));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->figures().scope.first == day.addMonths(-12).addDays(1) && !m_page->isBusy(), 20000);
    QCOMPARE(m_page->figures().granularity, Granularity::Month);
    // Twelve months back from today, cut at both ends: 12 or 13 calendar months.
    QVERIFY(m_page->figures().timeline.size() == 12 || m_page->figures().timeline.size() == 13);
    const Period year = Period::of(day.addMonths(-12).addDays(1), day, QTimeZone::systemTimeZone());
    const qint64 yearCampaigns =
        sqlCount(QStringLiteral("SELECT COUNT(*) FROM campaign WHERE started_at >= ? AND started_at < ?"),
                 {Timestamps::toDb(year.startUtc), Timestamps::toDb(year.endUtc)});
    QCOMPARE(qint64(table->model()->rowCount()), yearCampaigns);
    // A year of campaigns holds more than a week of them.
    QVERIFY(yearCampaigns > weekRows);

    // The user's own grouping wins over the automatic one.
    auto* granularity = m_page->findChild<QComboBox*>(QStringLiteral("granularityCombo"));
    granularity->setCurrentIndex(granularity->findData(int(Granularity::Week)));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->figures().granularity == Granularity::Week && !m_page->isBusy(), 20000);
    QVERIFY(m_page->figures().timeline.size() >= 52);

    // Custom dates: exactly the days chosen.
    m_page->setCustomSpan(day.addDays(-20), day.addDays(-10));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->figures().scope.first == day.addDays(-20) &&
                                 m_page->figures().scope.last == day.addDays(-10) && !m_page->isBusy(),
                             20000);
    QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("fromDateEdit"))->isVisible());

    // Choices made quickly one after the other: only the last one's figures end on screen, even
    // when an older answer comes later.
    range->setCurrentIndex(range->findData(int(DashboardPage::Range::Last30Days)));
    range->setCurrentIndex(range->findData(int(DashboardPage::Range::Last7Days)));
    range->setCurrentIndex(range->findData(int(DashboardPage::Range::Last90Days)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QTest::qWait(300);
    QCOMPARE(m_page->figures().scope.first, day.addDays(-89));
}

void TestDashboardPage::campaignRowListsExactlyItsOptOuts()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("campaignTable"));
    QVERIFY(table->model()->rowCount() > 0);

    // The campaign of the span with the most opt-outs.
    table->sortByColumn(CampaignTableModel::OptOutsColumn, Qt::DescendingOrder);
    const QModelIndex top = table->model()->index(0, CampaignTableModel::NameColumn);
    const qint64 id = top.data(CampaignTableModel::CampaignIdRole).toLongLong();
    const QString name = top.data().toString();
    const qint64 expected = sqlCount(
        QStringLiteral("SELECT COUNT(*) FROM consent_event WHERE kind = 'opt_out' AND campaign_id = ?"),
        {id});
    QVERIFY(expected > 0);
    QVERIFY(expected <= OptOutListDialog::Limit);

    table->scrollTo(top);
    const QRect cell = table->visualRect(top);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    OptOutListDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<OptOutListDialog*>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
    QCOMPARE(dialog->total(), expected);
    auto* list = dialog->findChild<QTableWidget*>(QStringLiteral("optOutList"));
    QCOMPARE(qint64(list->rowCount()), expected);
    for (int row = 0; row < list->rowCount(); ++row)
        QCOMPARE(list->item(row, 5)->text(), name);
    // The table's own count agrees with the list.
    QCOMPARE(table->model()
                 ->index(0, CampaignTableModel::OptOutsColumn)
                 .data(CampaignTableModel::SortRole)
                 .toLongLong(),
             expected);

    // A person still in the address book can be opened there.
    QSignalSpy open(m_page.get(), &DashboardPage::openPersonRequested);
    auto* openButton = dialog->findChild<QPushButton*>(QStringLiteral("openPersonButton"));
    int inBook = -1;
    for (int row = 0; row < list->rowCount() && inBook < 0; ++row) {
        list->setCurrentCell(row, 0);
        if (openButton->isEnabled())
            inBook = row;
    }
    // The demo's people who left after a campaign are still in the book.
    QVERIFY(inBook >= 0);
    const QString phone = list->item(inBook, 1)->data(Qt::UserRole + 1).toString();
    openButton->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), phone);
    QCOMPARE(sqlCount(QStringLiteral("SELECT COUNT(*) FROM subscriber WHERE phone = ?"), {phone}), 1);
}

void TestDashboardPage::reasonBarListsThatReasonFromTheKeyboard()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();
    auto* reasons = m_page->findChild<BreakdownChart*>(QStringLiteral("reasonsChart"));
    QVERIFY(reasons->showsChart());
    const CodeCount most = m_page->figures().reasons.first();

    // Tab lands on the chart; Right picks the first bar (the most given reason), Enter opens it.
    reasons->view()->setFocus();
    QTest::keyClick(reasons->view(), Qt::Key_Right);
    QCOMPARE(reasons->currentItem(), 0);
    QTest::keyClick(reasons->view(), Qt::Key_Return);
    OptOutListDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<OptOutListDialog*>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
    QCOMPARE(dialog->total(), most.count);
    // Every line gives that reason.
    auto* list = dialog->findChild<QTableWidget*>(QStringLiteral("optOutList"));
    QCOMPARE(qint64(list->rowCount()), qMin<qint64>(most.count, OptOutListDialog::Limit));
    for (int row = 0; row < list->rowCount(); ++row)
        QVERIFY(list->item(row, 4)->text().startsWith(Analytics::reasonLabel(most.code)));
}

void TestDashboardPage::channelListSaysItHoldsExclusionsToo()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();
    // The channel with the most people, as the chart counts them: opt-outs and exclusions.
    QVERIFY(!m_page->figures().channels.isEmpty());
    const CodeCount top = m_page->figures().channels.constFirst();
    OptOutListDialog* dialog = m_page->showChannelOptOuts(top.code);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 20000);
    QCOMPARE(dialog->total(), top.count);
    QStringList texts;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        texts.append(label->text());
    // The heading and the count say what the list holds, not only "opted out".
    const QString heading = texts.filter(QStringLiteral("People who")).value(0);
    QVERIFY2(heading.contains(QLatin1String("opted out or were excluded")), qPrintable(heading));
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("optOutListStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("exclusion")), qPrintable(status));
    dialog->close();
}

void TestDashboardPage::busyIndicatorKeepsItsPlace()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();
    auto* busy = m_page->findChild<QWidget*>(QStringLiteral("dashboardBusy"));
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("benchmarksButton"));
    auto* segments = m_page->findChild<QComboBox*>(QStringLiteral("segmentCombo"));
    // Just wide enough for the toolbar: no spare room for the indicator to take when it shows.
    QLayout* toolbar = m_page->layout()->itemAt(0)->layout();
    QVERIFY(toolbar && toolbar->indexOf(button) >= 0);
    toolbar->invalidate(); // a hint kept from while the figures were first worked out
    const QSize hintBefore = toolbar->sizeHint();
    const QMargins margins = m_page->layout()->contentsMargins();
    m_page->resize(hintBefore.width() + margins.left() + margins.right(), 800);
    m_page->layout()->activate();
    QVERIFY(busy->isHidden());
    const QRect buttonBefore = button->geometry();
    const QRect segmentsBefore = segments->geometry();
    m_page->refresh();
    QVERIFY(m_page->isBusy());
    QVERIFY(!busy->isHidden());
    toolbar->invalidate();
    m_page->layout()->activate();
    QCOMPARE(toolbar->sizeHint(), hintBefore);
    QCOMPARE(button->geometry(), buttonBefore);
    QCOMPARE(segments->geometry(), segmentsBefore);
    waitForFigures();
}

void TestDashboardPage::benchmarksAreSavedAndDrawn()
{
    openCopyOfDemo();
    showPage();
    waitForFigures();
    QCOMPARE(m_page->settings().alertThreshold, 0.02);

    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("benchmarksButton"));
    button->click();
    DashboardSettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<DashboardSettingsDialog*>()) != nullptr);
    auto* low = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("typicalLowEdit"));
    auto* high = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("typicalHighEdit"));
    auto* alert = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("alertThresholdEdit"));
    auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);

    // A band upside down cannot be saved, and says why.
    low->setValue(3);
    high->setValue(1);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("dashboardSettingsProblem"))->text().isEmpty());

    low->setValue(0.25);
    high->setValue(1.5);
    alert->setValue(1.75);
    QVERIFY(save->isEnabled());
    save->click();

    const DashboardSettings stored = DashboardSettings::load(m_connection->database());
    QCOMPARE(stored.typicalLow, 0.0025);
    QCOMPARE(stored.typicalHigh, 0.015);
    QCOMPARE(stored.alertThreshold, 0.0175);
    // Drawn at once, without waiting for the next refresh.
    auto* rateChart = m_page->findChild<RateChart*>();
    QLineSeries* threshold = nullptr;
    for (QAbstractSeries* series : rateChart->chart()->series()) {
        if (series->name().startsWith(QLatin1String("Alert level")))
            threshold = qobject_cast<QLineSeries*>(series);
    }
    QVERIFY(threshold);
    QCOMPARE(threshold->at(0).y(), 0.0175);
}

void TestDashboardPage::alertShowsTheCampaignsThatRaisedIt()
{
    openCopyOfDemo();
    // The last week of the default span with campaigns, as Analytics sees it.
    const QDate day = today();
    AnalyticsScope scope = AnalyticsScope::lastDays(90, day);
    scope.firstDayOfWeek = QLocale().firstDayOfWeek();
    auto lastWithCampaigns = [&](DashboardFigures* figures) {
        Result<DashboardFigures> computed =
            Analytics(m_connection->database()).dashboard(scope, Granularity::Week, day);
        if (!computed)
            return -1;
        *figures = computed.value();
        for (int i = int(figures->timeline.size()) - 1; i >= 0; --i) {
            if (figures->timeline.at(i).unsubscribeRate.rate())
                return i;
        }
        return -1;
    };
    DashboardFigures f;
    int last = lastWithCampaigns(&f);
    QVERIFY(last >= 0);
    if (f.timeline.at(last).unsubscribeRate.optOuts == 0) {
        // Nobody left after that week's campaigns (the demo's days move with the clock): one
        // person who got one of them opts out now, as a STOP reply would record it.
        const Period& week = f.timeline.at(last).period;
        QSqlQuery q(m_connection->database());
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT m.phone, m.campaign_id FROM message m JOIN campaign c ON c.id = m.campaign_id "
            "WHERE c.started_at >= ? AND c.started_at < ? AND m.sent_at IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM suppression s WHERE s.phone = m.phone) LIMIT 1")));
        q.addBindValue(Timestamps::toDb(week.startUtc));
        q.addBindValue(Timestamps::toDb(week.endUtc));
        QVERIFY(q.exec() && q.next());
        AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
        ConsentEvent stop;
        stop.kind = ConsentEvent::Kind::OptOut;
        stop.channel = ConsentEvent::Channel::Keyword;
        stop.reasonCode = OptOutReasons::code(OptOutReason::TooFrequent);
        stop.campaignId = q.value(1).toLongLong();
        Result<bool> recorded = book.recordOptOut(q.value(0).toString(), stop);
        QVERIFY2(recorded.ok() && recorded.value(), qPrintable(recorded.error()));
        last = lastWithCampaigns(&f);
    }
    const double lastRate = *f.timeline.at(last).unsubscribeRate.rate();
    QVERIFY(lastRate > 0);

    // An alert level below that week's rate.
    DashboardSettings strict;
    strict.typicalLow = 0;
    strict.typicalHigh = lastRate / 2;
    strict.alertThreshold = lastRate / 2;
    QVERIFY(strict.save(m_connection->database()).ok());
    showPage();
    waitForFigures();
    auto* alert = m_page->findChild<QFrame*>(QStringLiteral("dashboardAlert"));
    QVERIFY(alert->isVisible());
    auto* text = m_page->findChild<QLabel*>(QStringLiteral("dashboardAlertText"));
    QVERIFY2(text->text().contains(f.timeline.at(last).period.label(Granularity::Week).toHtmlEscaped()),
             qPrintable(text->text()));
    QVERIFY(text->text().contains(DashboardFormats::rate(lastRate)));

    // "Show the campaigns": exactly those started that week.
    QVector<qint64> inWeek;
    for (const CampaignFigures& c : f.campaigns) {
        if (f.timeline.at(last).period.contains(c.startedAt))
            inWeek.append(c.id);
    }
    QVERIFY(!inWeek.isEmpty());
    Q_EMIT text->linkActivated(QStringLiteral("#campaigns"));
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("campaignTable"));
    QCOMPARE(table->model()->rowCount(), inWeek.size());
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(inWeek.contains(
            table->model()->index(row, 0).data(CampaignTableModel::CampaignIdRole).toLongLong()));
    // "Show all" brings the others back.
    auto* note = m_page->findChild<QLabel*>(QStringLiteral("campaignFilterNote"));
    QVERIFY(note->isVisible());
    Q_EMIT note->linkActivated(QStringLiteral("#all"));
    QCOMPARE(table->model()->rowCount(), f.campaigns.size());

    // A level above the rate takes the alert away at once.
    m_page->findChild<QPushButton*>(QStringLiteral("benchmarksButton"))->click();
    DashboardSettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<DashboardSettingsDialog*>()) != nullptr);
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("typicalHighEdit"))->setValue(lastRate * 100 * 2);
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("alertThresholdEdit"))->setValue(lastRate * 100 * 2);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QVERIFY(!alert->isVisible());
}

void TestDashboardPage::emptyDatabaseExplainsWhatWillAppear()
{
    openEmpty();
    showPage();
    waitForFigures();
    QVERIFY(!m_page->figures().hasAnyCampaign());
    auto* empty = m_page->findChild<QWidget*>(QStringLiteral("dashboardEmptyState"));
    QVERIFY(empty->isVisible());
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("dashboardEmptyTitle"))
                ->text()
                .contains(QLatin1String("Send your first campaign")));
    QSignalSpy compose(m_page.get(), &DashboardPage::composeRequested);
    m_page->findChild<QPushButton*>(QStringLiteral("dashboardComposeButton"))->click();
    QCOMPARE(compose.count(), 1);

    // Behind it nothing pretends: no chart without data, no NaN, no "0 %" rate.
    for (ChartPanel* chart : m_page->findChildren<ChartPanel*>())
        QVERIFY2(!chart->showsChart(), qPrintable(chart->title()));
    auto* rate = m_page->findChild<KpiCard*>(QStringLiteral("unsubscribeRateCard"));
    QCOMPARE(rate->value(), DashboardFormats::none());
    QCOMPARE(rate->detail(), QStringLiteral("No campaigns in the last 30 days"));
    for (const QString& text : visibleTexts()) {
        QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("0%")) && !text.contains(QLatin1String("0.0%")),
                 qPrintable(text));
    }
}

void TestDashboardPage::peopleWithoutCampaignsSayThereIsNoRateYet()
{
    openEmpty();
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    for (int i = 1; i <= 3; ++i) {
        Subscriber s;
        s.phone = QStringLiteral("+4915112%1").arg(i, 6, 10, QLatin1Char('0'));
        s.firstName = QStringLiteral("Person %1").arg(i);
        const ConsentRecord record{QStringLiteral("Paper form"), QStringLiteral("Signed at the till"), {}};
        QVERIFY(book.add(s, record).ok());
    }
    showPage();
    waitForFigures();

    // Three people who can be reached, no rate yet: the dashboard is shown, and says so.
    QVERIFY(m_page->findChild<QWidget*>(QStringLiteral("dashboardScroll"))->isVisible());
    QCOMPARE(m_page->findChild<KpiCard*>(QStringLiteral("activeSubscribersCard"))->value(),
             QStringLiteral("3"));
    auto* rate = m_page->findChild<KpiCard*>(QStringLiteral("unsubscribeRateCard"));
    QCOMPARE(rate->value(), DashboardFormats::none());
    QCOMPARE(rate->detail(), QStringLiteral("No campaigns in the last 30 days"));
    auto* delivery = m_page->findChild<KpiCard*>(QStringLiteral("deliveryRateCard"));
    QCOMPARE(delivery->value(), DashboardFormats::none());
    auto* rateChart = m_page->findChild<RateChart*>();
    QVERIFY(!rateChart->showsChart());
    QVERIFY(!rateChart->placeholderText().isEmpty());
    // Joining is news: the three consents of today show as gains.
    auto* gainedLost = m_page->findChild<GainedLostChart*>();
    QVERIFY(gainedLost->showsChart());
    for (const QString& text : visibleTexts())
        QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(text));
}

void TestDashboardPage::chartsFollowADarkPalette()
{
    openCopyOfDemo();
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    QApplication::setPalette(dark);
    showPage();
    waitForFigures();
    auto* rateChart = m_page->findChild<RateChart*>();
    QVERIFY(rateChart->showsChart());
    QCOMPARE(rateChart->chart()->backgroundBrush().color(), QColor(30, 30, 32));
    for (QAbstractAxis* axis : rateChart->chart()->axes())
        QCOMPARE(axis->labelsBrush().color(), QColor(230, 230, 230));

    // Back to light: the charts follow without new figures.
    QApplication::setPalette(light);
    QTRY_COMPARE(rateChart->chart()->backgroundBrush().color(), light.color(QPalette::Base));
    for (QAbstractAxis* axis : rateChart->chart()->axes())
        QCOMPARE(axis->labelsBrush().color(), light.color(QPalette::WindowText));
}

void TestDashboardPage::isTheFirstScreenAndOpensAPersonInTheAddressBook()
{
    openCopyOfDemo();
    MainWindow window(m_connection.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->currentRow(), 0);
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
    QVERIFY(window.dashboard()->isVisible());

    // The drill-down's button asks for a number; the address book shows that person alone, even
    // when it was showing only people of another status.
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(QStringLiteral("SELECT phone, status FROM subscriber ORDER BY id LIMIT 1")) && q.next());
    const QString phone = q.value(0).toString();
    auto* statusFilter = window.addressBook()->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    for (int i = 1; i < statusFilter->count(); ++i) {
        if (statusFilter->itemData(i).toInt() != q.value(1).toInt()) {
            statusFilter->setCurrentIndex(i);
            break;
        }
    }
    QVERIFY(statusFilter->currentIndex() > 0);
    Q_EMIT window.dashboard()->openPersonRequested(phone);
    QVERIFY(window.addressBook()->isVisible());
    QCOMPARE(window.addressBook()->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->text(), phone);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.addressBook()->model()->isLoaded() && window.addressBook()->model()->rowCount() == 1, 10000);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
