#include "dashboardpage.h"

#include "analytics/analytics.h"
#include "breakdownchart.h"
#include "campaigntablemodel.h"
#include "dashboardformats.h"
#include "dashboardsettingsdialog.h"
#include "gainedlostchart.h"
#include "kpicard.h"
#include "optoutlistdialog.h"
#include "ratechart.h"
#include "segments/segmentstore.h"
#include "storage/connection.h"
#include "widgets/displayformats.h"
#include "widgets/messagebanner.h"
#include "widgets/paintedicons.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

namespace {

// The figures are read again this often while the screen is shown...
constexpr int PeriodicMs = 5 * 60 * 1000;
// ... and this long after news (a campaign sending reports every message).
constexpr int SoonMs = 3000;

QVector<std::optional<double>> rates(const QVector<PeriodFigures>& periods,
                                     std::optional<double> (*rateOf)(const PeriodFigures&))
{
    QVector<std::optional<double>> values;
    values.reserve(periods.size());
    for (const PeriodFigures& p : periods)
        values.append(rateOf(p));
    return values;
}

} // namespace

DashboardPage::DashboardPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_loader(new DashboardLoader(connection->path(), m_latest)),
      m_range(new RangePicker(RangePicker::Display::Compact, this)), m_granularity(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_busyIndicator(new QProgressBar(this)),
      m_settingsButton(new QPushButton(tr("&Benchmarks…"), this)), m_alert(nullptr), m_alertText(nullptr),
      m_banner(new MessageBanner(this)), m_stack(new QStackedWidget(this)), m_scroll(new QScrollArea(this)),
      m_empty(nullptr), m_campaigns(new CampaignTableModel(this)),
      m_sortedCampaigns(new QSortFilterProxyModel(this)), m_periodic(new QTimer(this)),
      m_soon(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    qRegisterMetaType<DashboardReply>();
    qRegisterMetaType<OptOutListReply>();
    m_thread.setObjectName(QStringLiteral("dashboard loader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::apply);
    m_thread.start();

    QLayout* toolbar = createToolbar();
    m_alert = createAlertBanner();
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the cards, charts and table; the view follows
    m_scroll->setWidget(createContent());
    m_empty = createEmptyState();
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_alert);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_periodic->setInterval(PeriodicMs);
    connect(m_periodic, &QTimer::timeout, this, &DashboardPage::refresh);
    m_soon->setSingleShot(true);
    m_soon->setInterval(SoonMs);
    connect(m_soon, &QTimer::timeout, this, &DashboardPage::refresh);

    reloadSegments();
}

DashboardPage::~DashboardPage()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // drop whatever is queued
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

QLayout* DashboardPage::createToolbar()
{
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->setAccessibleName(tr("Group by"));
    m_granularity->setToolTip(
        tr("One point per day, week or month; automatic picks by the length of the span"));
    m_granularity->addItem(tr("Automatic"), -1);
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        m_granularity->addItem(Period::granularityLabel(g), int(g));

    m_segment->setObjectName(QStringLiteral("segmentCombo"));
    m_segment->setAccessibleName(tr("Whose figures"));
    m_segment->setToolTip(tr("The figures of everyone, or only of the people a saved segment matches now"));
    m_segment->setMinimumContentsLength(8);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_busyIndicator->setObjectName(QStringLiteral("dashboardBusy"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedWidth(fontMetrics().averageCharWidth() * 10);
    m_busyIndicator->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyIndicator->setToolTip(tr("Working out the figures…"));
    m_busyIndicator->setAccessibleName(tr("Working out the figures"));
    // Hidden, it keeps its place: the buttons beside it stay put while the figures are worked out.
    QSizePolicy keepPlace = m_busyIndicator->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_busyIndicator->setSizePolicy(keepPlace);
    m_busyIndicator->hide();

    m_settingsButton->setObjectName(QStringLiteral("benchmarksButton"));
    m_settingsButton->setToolTip(
        tr("The typical unsubscribe rate and the alert level the chart compares with"));
    m_settingsButton->setAutoDefault(false);
    connect(m_settingsButton, &QPushButton::clicked, this, &DashboardPage::editSettings);

    auto* rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    auto* groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_granularity);
    auto* segmentLabel = new QLabel(tr("Pe&ople:"), this);
    segmentLabel->setBuddy(m_segment);

    auto* row = new QHBoxLayout;
    row->addWidget(title);
    row->addSpacing(fontMetrics().averageCharWidth() * 2);
    row->addWidget(rangeLabel);
    row->addWidget(m_range);
    row->addSpacing(fontMetrics().averageCharWidth());
    row->addWidget(groupLabel);
    row->addWidget(m_granularity);
    row->addSpacing(fontMetrics().averageCharWidth());
    row->addWidget(segmentLabel);
    row->addWidget(m_segment);
    row->addStretch();
    row->addWidget(m_busyIndicator);
    row->addWidget(m_settingsButton);

    connect(m_range, &RangePicker::rangeChanged, this, &DashboardPage::refresh);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    return row;
}

QFrame* DashboardPage::createAlertBanner()
{
    auto* banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("dashboardAlert"));
    // Fixed light colours with dark text, like the other banners: readable in light and dark palettes.
    banner->setStyleSheet(QStringLiteral("#dashboardAlert { background: #fdf3dc; border: 1px solid #d9b257; "
                                         "border-radius: 4px; } #dashboardAlertText { color: #1d1d1d; }"));
    auto* icon = new QLabel(banner);
    icon->setPixmap(PaintedIcons::warning().pixmap(QSize(20, 20)));
    m_alertText = new QLabel(banner);
    m_alertText->setObjectName(QStringLiteral("dashboardAlertText"));
    m_alertText->setWordWrap(true);
    m_alertText->setTextFormat(Qt::RichText);
    m_alertText->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_alertText->setFocusPolicy(Qt::TabFocus);
    connect(m_alertText, &QLabel::linkActivated, this, &DashboardPage::showAlertCampaigns);
    auto* close = new QToolButton(banner);
    close->setIcon(PaintedIcons::close(QColor(0x1d, 0x1d, 0x1d))); // the banner's text colour
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close the alert"));
    connect(close, &QToolButton::clicked, banner, &QWidget::hide);
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_alertText, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    banner->hide();
    return banner;
}

QWidget* DashboardPage::createContent()
{
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));

    m_activeCard = new KpiCard(tr("Active subscribers"),
                               tr("People you may send marketing to now: with a recorded consent, not "
                                  "unsubscribed and not excluded."),
                               content);
    m_activeCard->setObjectName(QStringLiteral("activeSubscribersCard"));
    m_rateCard = new KpiCard(tr("Unsubscribe rate, last 30 days"),
                             tr("Opt-outs after the campaigns started in the last 30 days, per message they "
                                "delivered (or sent, where the gateway reports no deliveries)."),
                             content);
    m_rateCard->setObjectName(QStringLiteral("unsubscribeRateCard"));
    m_optOutsCard =
        new KpiCard(tr("Opt-outs this week"),
                    tr("Everyone who unsubscribed since the start of this week, however they did."), content);
    m_optOutsCard->setObjectName(QStringLiteral("optOutsCard"));
    m_deliveryCard = new KpiCard(tr("Delivery rate, last 30 days"),
                                 tr("Messages delivered to the phone per message sent, over the campaigns of "
                                    "the last 30 days whose gateway reports deliveries."),
                                 content);
    m_deliveryCard->setObjectName(QStringLiteral("deliveryRateCard"));
    auto* cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (KpiCard* card : {m_activeCard, m_rateCard, m_optOutsCard, m_deliveryCard})
        cards->addWidget(card, 1);

    m_rateChart = new RateChart(content);
    connect(m_rateChart, &RateChart::periodActivated, this, &DashboardPage::showPeriodOptOuts);
    m_reasonsChart = new BreakdownChart(tr("Why people unsubscribed"), &Analytics::reasonLabel,
                                        tr("Nobody unsubscribed in these days."), content);
    m_reasonsChart->setObjectName(QStringLiteral("reasonsChart"));
    m_reasonsChart->view()->setObjectName(QStringLiteral("reasonsChartView"));
    m_reasonsChart->view()->setToolTip(tr("Click a bar to see who gave this reason"));
    connect(m_reasonsChart, &BreakdownChart::codeActivated, this, &DashboardPage::showReasonOptOuts);
    m_gainedLostChart = new GainedLostChart(content);
    m_channelsChart = new BreakdownChart(tr("How people left"), &Analytics::channelLabel,
                                         tr("Nobody left in these days."), content);
    m_channelsChart->setObjectName(QStringLiteral("channelsChart"));
    m_channelsChart->view()->setObjectName(QStringLiteral("channelsChartView"));
    m_channelsChart->view()->setToolTip(tr("Click a bar to see who left this way"));
    connect(m_channelsChart, &BreakdownChart::codeActivated, this, &DashboardPage::showChannelOptOuts);
    auto* charts = new QGridLayout;
    charts->setSpacing(10);
    charts->addWidget(m_rateChart, 0, 0);
    charts->addWidget(m_reasonsChart, 0, 1);
    charts->addWidget(m_gainedLostChart, 1, 0);
    charts->addWidget(m_channelsChart, 1, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    m_campaignsTitle = new QLabel(tr("Campaigns in these days"), content);
    QFont bold = m_campaignsTitle->font();
    bold.setBold(true);
    m_campaignsTitle->setFont(bold);
    m_campaignFilterNote = new QLabel(content);
    m_campaignFilterNote->setObjectName(QStringLiteral("campaignFilterNote"));
    m_campaignFilterNote->setTextFormat(Qt::RichText);
    m_campaignFilterNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_campaignFilterNote->setFocusPolicy(Qt::TabFocus);
    m_campaignFilterNote->hide();
    connect(m_campaignFilterNote, &QLabel::linkActivated, this, [this] { filterCampaigns({}, {}); });

    m_sortedCampaigns->setSourceModel(m_campaigns);
    m_sortedCampaigns->setSortRole(CampaignTableModel::SortRole);
    m_sortedCampaigns->setFilterRole(CampaignTableModel::CampaignIdRole);
    m_sortedCampaigns->setFilterKeyColumn(CampaignTableModel::NameColumn);
    m_campaignView = new QTableView(content);
    m_campaignView->setObjectName(QStringLiteral("campaignTable"));
    m_campaignView->setAccessibleName(tr("Campaigns in these days"));
    m_campaignView->setModel(m_sortedCampaigns);
    m_campaignView->setSortingEnabled(true);
    m_campaignView->sortByColumn(CampaignTableModel::StartedColumn, Qt::DescendingOrder);
    m_campaignView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaignView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaignView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_campaignView->setAlternatingRowColors(true);
    m_campaignView->setWordWrap(false);
    m_campaignView->setShowGrid(false);
    m_campaignView->setTabKeyNavigation(false); // Tab leaves the table
    m_campaignView->verticalHeader()->setVisible(false);
    m_campaignView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = fontMetrics().height() + 10;
    m_campaignView->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView* columns = m_campaignView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(CampaignTableModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_campaignView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    for (int column = CampaignTableModel::StartedColumn; column < CampaignTableModel::ColumnCount; ++column) {
        const QString header = m_campaigns->headerData(column, Qt::Horizontal).toString();
        int width = metrics.horizontalAdvance(header) + padding;
        if (column == CampaignTableModel::StartedColumn)
            width = qMax(width, metrics.horizontalAdvance(
                                    QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat)) +
                                    padding);
        if (column == CampaignTableModel::TopReasonColumn)
            width = qMax(width, metrics.averageCharWidth() * 32);
        columns->resizeSection(column, qMax(width, metrics.averageCharWidth() * 10));
    }
    connect(m_campaignView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showCampaignOptOuts(index.data(CampaignTableModel::CampaignIdRole).toLongLong());
    });

    auto* campaignHeader = new QHBoxLayout;
    campaignHeader->addWidget(m_campaignsTitle);
    campaignHeader->addSpacing(fontMetrics().averageCharWidth() * 2);
    campaignHeader->addWidget(m_campaignFilterNote, 1);
    auto* hint = new QLabel(tr("Double-click a campaign to see who left after it."), content);
    hint->setForegroundRole(QPalette::PlaceholderText);
    campaignHeader->addWidget(hint, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 4, 4);
    layout->setSpacing(10);
    layout->addLayout(cards);
    layout->addLayout(charts);
    layout->addLayout(campaignHeader);
    layout->addWidget(m_campaignView);
    return content;
}

QWidget* DashboardPage::createEmptyState()
{
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    auto* title = new QLabel(tr("Send your first campaign and its figures appear here"), empty);
    title->setObjectName(QStringLiteral("dashboardEmptyTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto* text = new QLabel(tr("Once your customers are in the address book and a campaign has gone out, "
                               "this screen shows how many people you can reach, how many unsubscribe "
                               "after each campaign and why, who joined and who left, and how your rate "
                               "compares with what is typical for SMS marketing. Click any point or bar "
                               "to see the people behind it."),
                            empty);
    text->setObjectName(QStringLiteral("dashboardEmptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(fontMetrics().averageCharWidth() * 70); // a wrapped label needs a width to wrap to
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* compose = new QPushButton(tr("Open &Compose"), empty);
    compose->setObjectName(QStringLiteral("dashboardComposeButton"));
    compose->setIcon(QIcon::fromTheme(QStringLiteral("mail-message-new")));
    compose->setAutoDefault(false);
    connect(compose, &QPushButton::clicked, this, &DashboardPage::composeRequested);
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    // Centred by stretches, not by an alignment flag: an aligned item loses its height-for-width
    // and the wrapped text would be cut off.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(14);
    layout->addWidget(compose, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return empty;
}

DashboardPage::Range DashboardPage::range() const
{
    return m_range->preset();
}

void DashboardPage::setRange(Range range)
{
    m_range->setPreset(range);
}

void DashboardPage::setCustomSpan(const QDate& first, const QDate& last)
{
    m_range->setCustomRange(first, last);
}

DashboardRequest DashboardPage::request() const
{
    DashboardRequest r;
    r.today = RangePicker::today();
    r.first = m_range->first();
    r.last = m_range->last();
    if (const int g = m_granularity->currentData().toInt(); g >= 0)
        r.granularity = Granularity(g);
    r.segmentId = m_segment->currentData().toLongLong();
    r.firstDayOfWeek = QLocale().firstDayOfWeek();
    return r;
}

void DashboardPage::refresh()
{
    m_soon->stop();
    m_range->followToday();
    if (m_cancel)
        m_cancel->store(true); // the running aggregation is no longer wanted
    m_cancel = std::make_shared<std::atomic_bool>(false);
    DashboardRequest r = request();
    r.cancel = m_cancel;
    const quint64 generation = ++*m_latest;
    setBusy(true);
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, generation, r] { loader->load(generation, r); }, Qt::QueuedConnection);
}

void DashboardPage::refreshSoon()
{
    // A hidden dashboard reads everything again when it is shown.
    if (isVisible())
        m_soon->start();
}

void DashboardPage::reloadSegments()
{
    const QVariant wanted = m_segment->count() > 0 ? m_segment->currentData() : QVariant(qint64(0));
    const QSignalBlocker blocker(m_segment);
    m_segment->clear();
    m_segment->addItem(tr("Everyone"), qint64(0));
    // The segment table is small (one row per saved segment): read on this thread, as the composer does.
    Result<QVector<SavedSegment>> segments = SegmentStore(m_connection->database()).list();
    if (segments) {
        for (const SavedSegment& s : segments.value())
            m_segment->addItem(s.name, s.id);
    }
    const int index = m_segment->findData(wanted);
    m_segment->setCurrentIndex(qMax(0, index));
    // The segment shown is gone: show everyone's figures instead.
    if (index < 0 && m_hasFigures)
        refresh();
}

void DashboardPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
}

void DashboardPage::apply(const DashboardReply& reply)
{
    if (reply.generation != m_latest->load())
        return; // a newer answer is on its way
    setBusy(false);
    if (!reply.error.isEmpty()) {
        // The figures already on screen stay: better slightly old than gone.
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The dashboard could not be worked out: %1").arg(reply.error));
        Q_EMIT refreshed();
        return;
    }
    if (m_banner->isVisible() && m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->hide();
    m_figures = reply.figures;
    m_settings = reply.settings;
    m_hasFigures = true;
    showFigures();
    Q_EMIT refreshed();
}

bool DashboardPage::isEmpty(const DashboardFigures& f)
{
    if (f.hasAnyCampaign() || f.activeSubscribers > 0 || !f.reasons.isEmpty() || !f.channels.isEmpty())
        return false;
    for (const PeriodFigures& p : f.trend) {
        if (p.unsubscribeRate.reached > 0 || p.optOuts > 0 || p.gained > 0 || p.lost > 0)
            return false;
    }
    for (const PeriodFigures& p : f.timeline) {
        if (p.gained > 0 || p.lost > 0 || p.optOuts > 0)
            return false;
    }
    for (qint64 active : f.activeTrend) {
        if (active > 0)
            return false;
    }
    return true;
}

void DashboardPage::showFigures()
{
    const bool segmentChosen = m_segment->currentData().toLongLong() != 0;
    // A segment that matches nobody is not an empty database: its empty figures are the answer.
    m_stack->setCurrentWidget(isEmpty(m_figures) && !segmentChosen ? m_empty : m_scroll);
    updateCards();
    m_rateChart->setData(m_figures.timeline, m_figures.granularity, m_settings);
    m_reasonsChart->setData(m_figures.reasons);
    m_channelsChart->setData(m_figures.channels);
    m_gainedLostChart->setData(m_figures.timeline, m_figures.granularity);
    m_campaigns->setCampaigns(m_figures.campaigns, m_settings);
    filterCampaigns({}, {});
    fitCampaignTable();
    m_campaignsTitle->setText(m_figures.campaigns.isEmpty() ? tr("No campaigns started in these days")
                                                            : tr("%Ln campaign(s) in these days", nullptr,
                                                                 int(m_figures.campaigns.size())));
    updateAlert();
}

void DashboardPage::updateCards()
{
    const DashboardFigures& f = m_figures;

    // Active subscribers, and how that moved over the trend's weeks.
    QString activeDetail;
    KpiCard::Tone activeTone = KpiCard::Tone::Neutral;
    if (f.activeSubscribers == 0) {
        activeDetail = tr("Nobody can be sent marketing yet: add people with their consent.");
    } else if (f.activeTrend.size() >= 2) {
        const qint64 change = f.activeTrend.last() - f.activeTrend.first();
        if (change == 0)
            activeDetail = tr("No change in %n week(s)", nullptr, int(f.activeTrend.size()) - 1);
        else
            activeDetail = tr("%1 in %n week(s)", nullptr, int(f.activeTrend.size()) - 1)
                               .arg((change > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) +
                                    DashboardFormats::count(std::llabs(change)));
        activeTone = change > 0   ? KpiCard::Tone::Good
                     : change < 0 ? KpiCard::Tone::Bad
                                  : KpiCard::Tone::Neutral;
    }
    m_activeCard->setFigure(DashboardFormats::count(f.activeSubscribers), activeDetail, activeTone);
    QVector<std::optional<double>> active;
    for (qint64 n : f.activeTrend)
        active.append(double(n));
    m_activeCard->setTrend(active, tr("People you could reach at the end of each of the last %n week(s).",
                                      nullptr, int(f.activeTrend.size())));

    // The unsubscribe rate of the last 30 days against the 30 before: up is bad.
    const std::optional<double> rate = f.last30Days.rate();
    const std::optional<double> before = f.previous30Days.rate();
    if (!rate) {
        m_rateCard->setFigure(DashboardFormats::none(), tr("No campaigns in the last 30 days"));
    } else if (!before) {
        m_rateCard->setFigure(DashboardFormats::rate(*rate),
                              tr("No campaigns in the 30 days before to compare with"));
    } else {
        const double change = *rate - *before;
        // Below a twentieth of a point the change rounds to "0.0 pp": no colour for that.
        const KpiCard::Tone tone = change > 0.0005    ? KpiCard::Tone::Bad
                                   : change < -0.0005 ? KpiCard::Tone::Good
                                                      : KpiCard::Tone::Neutral;
        m_rateCard->setFigure(DashboardFormats::rate(*rate),
                              tr("%1 against the 30 days before (%2)")
                                  .arg(DashboardFormats::points(change), DashboardFormats::rate(*before)),
                              tone);
    }
    m_rateCard->setTrend(rates(f.trend, [](const PeriodFigures& p) { return p.unsubscribeRate.rate(); }),
                         tr("The unsubscribe rate week by week over the last %n week(s); gaps are weeks "
                            "without campaigns.",
                            nullptr, int(f.trend.size())));

    // Opt-outs since the start of the week.
    const int sinceStart = (f.today.dayOfWeek() - int(f.scope.firstDayOfWeek) + 7) % 7;
    const QDate weekStart = f.today.addDays(-sinceStart);
    m_optOutsCard->setFigure(
        DashboardFormats::count(f.optOutsThisWeek),
        tr("Since %1, %2", "since Monday, 7 December 2026")
            .arg(QLocale().dayName(weekStart.dayOfWeek()), DisplayFormats::date(weekStart)));
    QVector<std::optional<double>> optOuts;
    for (const PeriodFigures& p : f.trend)
        optOuts.append(double(p.optOuts));
    m_optOutsCard->setTrend(optOuts,
                            tr("Opt-outs in each of the last %n week(s).", nullptr, int(f.trend.size())));

    // Delivery: only campaigns whose gateway reports deliveries count.
    const std::optional<double> delivery = f.deliveryLast30Days.rate();
    if (delivery) {
        m_deliveryCard->setFigure(DashboardFormats::rate(*delivery),
                                  //: %L1 is how many messages were delivered, %Ln how many were sent.
                                  tr("%L1 of %Ln message(s) arrived", nullptr, int(f.deliveryLast30Days.sent))
                                      .arg(f.deliveryLast30Days.delivered));
    } else if (f.last30Days.reached > 0) {
        m_deliveryCard->setFigure(DashboardFormats::none(),
                                  tr("Your gateway sent no delivery reports in the last 30 days"));
    } else {
        m_deliveryCard->setFigure(DashboardFormats::none(), tr("No campaigns in the last 30 days"));
    }
    m_deliveryCard->setTrend(
        rates(f.trend, [](const PeriodFigures& p) { return p.deliveryRate.rate(); }),
        tr("The delivery rate week by week over the last %n week(s).", nullptr, int(f.trend.size())));
}

void DashboardPage::updateAlert()
{
    m_alertPeriod = -1;
    for (int i = int(m_figures.timeline.size()) - 1; i >= 0; --i) {
        if (m_figures.timeline.at(i).unsubscribeRate.rate()) {
            m_alertPeriod = i;
            break;
        }
    }
    const bool alert =
        m_alertPeriod >= 0 && m_settings.isAlert(m_figures.timeline.at(m_alertPeriod).unsubscribeRate.rate());
    if (!alert) {
        m_alertPeriod = -1;
        m_alert->hide();
        return;
    }
    const PeriodFigures& p = m_figures.timeline.at(m_alertPeriod);
    const QString sentence =
        tr("The campaigns started %1 lost %2 of the people they reached, above your alert level of %3. "
           "Too many messages, or messages that do not interest these people, are the usual causes.")
            .arg(p.period.label(m_figures.granularity), DashboardFormats::rate(p.unsubscribeRate.rate()),
                 DashboardFormats::rate(m_settings.alertThreshold));
    m_alertText->setText(QStringLiteral("%1 <a href=\"#campaigns\" style=\"color: #7a4d00;\">%2</a>")
                             .arg(sentence.toHtmlEscaped(), tr("Show the campaigns").toHtmlEscaped()));
    m_alertText->setAccessibleName(sentence);
    m_alert->show();
}

void DashboardPage::showAlertCampaigns()
{
    if (m_alertPeriod < 0 || m_alertPeriod >= m_figures.timeline.size())
        return;
    const Period& period = m_figures.timeline.at(m_alertPeriod).period;
    QVector<qint64> ids;
    for (const CampaignFigures& c : m_figures.campaigns) {
        if (period.contains(c.startedAt))
            ids.append(c.id);
    }
    filterCampaigns(ids, tr("Showing the %n campaign(s) started %1.", nullptr, int(ids.size()))
                             .arg(period.label(m_figures.granularity)));
    // Highest rate first: the campaign to look at is on top.
    m_campaignView->sortByColumn(CampaignTableModel::RateColumn, Qt::DescendingOrder);
    m_scroll->ensureWidgetVisible(m_campaignView);
    m_campaignView->setFocus();
    m_campaignView->selectRow(0);
}

void DashboardPage::fitCampaignTable()
{
    // Tall enough for its campaigns, up to a screenful: the page scrolls, not a box inside it.
    constexpr int MostRowsShown = 15;
    const int rows = qBound(4, m_sortedCampaigns->rowCount(), MostRowsShown);
    const int height = m_campaignView->horizontalHeader()->sizeHint().height() +
                       rows * m_campaignView->verticalHeader()->defaultSectionSize() +
                       m_campaignView->frameWidth() * 2 + 2;
    m_campaignView->setFixedHeight(height);
}

void DashboardPage::filterCampaigns(const QVector<qint64>& ids, const QString& note)
{
    if (ids.isEmpty()) {
        m_sortedCampaigns->setFilterRegularExpression(QString());
        m_campaignFilterNote->hide();
        return;
    }
    QStringList alternatives;
    for (qint64 id : ids)
        alternatives.append(QString::number(id));
    m_sortedCampaigns->setFilterRegularExpression(
        QRegularExpression(QStringLiteral("^(%1)$").arg(alternatives.join(QLatin1Char('|')))));
    m_campaignFilterNote->setText(QStringLiteral("%1 <a href=\"#all\">%2</a>")
                                      .arg(note.toHtmlEscaped(), tr("Show all").toHtmlEscaped()));
    m_campaignFilterNote->show();
}

void DashboardPage::editSettings()
{
    auto* dialog = new DashboardSettingsDialog(m_connection, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DashboardSettingsDialog::saved, this, [this](const DashboardSettings& saved) {
        m_settings = saved;
        if (!m_hasFigures)
            return;
        // Only the comparison changed: no need to aggregate again.
        m_rateChart->setData(m_figures.timeline, m_figures.granularity, m_settings);
        m_campaigns->setSettings(m_settings);
        updateAlert();
    });
    dialog->open();
}

OptOutListDialog* DashboardPage::openOptOuts(const QString& heading, const OptOutFilter& filter)
{
    auto* dialog = new OptOutListDialog(m_loader, heading, filter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OptOutListDialog::openPersonRequested, this, &DashboardPage::openPersonRequested);
    dialog->open();
    return dialog;
}

OptOutListDialog* DashboardPage::showCampaignOptOuts(qint64 campaignId)
{
    const CampaignFigures* campaign = m_campaigns->campaign(campaignId);
    if (!campaign)
        return nullptr;
    OptOutFilter filter;
    filter.scope = m_figures.scope;
    filter.campaignIds = {campaignId};
    return openOptOuts(tr("People who opted out after “%1”").arg(campaign->name), filter);
}

OptOutListDialog* DashboardPage::showPeriodOptOuts(int index)
{
    if (index < 0 || index >= m_figures.timeline.size())
        return nullptr;
    const Period& period = m_figures.timeline.at(index).period;
    OptOutFilter filter;
    filter.scope = m_figures.scope;
    for (const CampaignFigures& c : m_figures.campaigns) {
        if (period.contains(c.startedAt))
            filter.campaignIds.append(c.id);
    }
    if (filter.campaignIds.isEmpty())
        return nullptr;
    return openOptOuts(tr("People who opted out after the %n campaign(s) started %1", nullptr,
                          int(filter.campaignIds.size()))
                           .arg(period.label(m_figures.granularity)),
                       filter);
}

OptOutListDialog* DashboardPage::showReasonOptOuts(const QString& code)
{
    OptOutFilter filter;
    filter.scope = m_figures.scope;
    filter.reasonCode = code;
    return openOptOuts(tr("People who opted out from %1 to %2, reason: %3")
                           .arg(DisplayFormats::date(m_figures.scope.first),
                                DisplayFormats::date(m_figures.scope.last), Analytics::reasonLabel(code)),
                       filter);
}

ReportRequest DashboardPage::reportRequest() const
{
    const DashboardRequest shown = request();
    ReportRequest report;
    report.kind = ReportRequest::Kind::Dashboard;
    report.first = shown.first;
    report.last = shown.last;
    report.granularity = shown.granularity;
    if (shown.segmentId != 0)
        report.segmentName = m_segment->currentText();
    return report;
}

OptOutListDialog* DashboardPage::showChannelOptOuts(const QString& code)
{
    OptOutFilter filter;
    filter.scope = m_figures.scope;
    filter.channel = code;
    filter.exclusionsToo = true; // as the chart counts them, so the heading names both
    return openOptOuts(tr("People who opted out or were excluded from %1 to %2, how: %3")
                           .arg(DisplayFormats::date(m_figures.scope.first),
                                DisplayFormats::date(m_figures.scope.last), Analytics::channelLabel(code)),
                       filter);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_periodic->start();
    // Shown again: what changed meanwhile (or simply time passing) shows now.
    refresh();
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_periodic->stop();
    m_soon->stop();
}
