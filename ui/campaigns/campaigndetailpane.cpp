#include "campaigndetailpane.h"

#include "campaignformats.h"
#include "campaignmessagesmodel.h"
#include "dashboard/dashboardformats.h"
#include "util/clock.h"
#include "widgets/displayformats.h"
#include "widgets/messagebanner.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace textwell;

namespace {

// The message list's filter: which states each choice shows.
struct MessageFilter
{
    const char* label;
    QVector<MessageState> states;
};

QVector<MessageFilter> messageFilters()
{
    return {
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "All messages"), {}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Delivered"), {MessageState::Delivered}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Sent, no delivery report yet"),
         {MessageState::Sent, MessageState::Exported}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Failed"), {MessageState::Failed}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Skipped"), {MessageState::Skipped}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Not sent yet"),
         {MessageState::Queued, MessageState::Held, MessageState::Waiting, MessageState::Sending}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Unknown — to check"), {MessageState::Unknown}},
        {QT_TRANSLATE_NOOP("CampaignDetailPane", "Cancelled"), {MessageState::Cancelled}},
    };
}

QLabel* wrappedLabel(QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and gateway texts are data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QFont boldFont(const QFont& base, qreal scale = 1.0)
{
    QFont font = base;
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

qint64 percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? (part * 100 + whole / 2) / whole : 0;
}

} // namespace

CampaignDetailPane::CampaignDetailPane(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_messages(new CampaignMessagesModel(databasePath, this)),
      m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)), m_title(wrappedLabel(this)),
      m_badge(new QLabel(this)), m_meta(wrappedLabel(this)), m_problem(new MessageBanner(this)),
      m_progress(new QProgressBar(this)), m_progressText(wrappedLabel(this)),
      m_notStarted(wrappedLabel(this)), m_totals(new QWidget(this)), m_abBox(new QGroupBox(this)),
      m_abRule(wrappedLabel(this)), m_abVariantA(wrappedLabel(this)), m_abVariantB(wrappedLabel(this)),
      m_abState(wrappedLabel(this)), m_filter(new QComboBox(this)), m_messageStack(new QStackedWidget(this)),
      m_messageView(new QTableView(this)), m_messagePlaceholder(new QLabel(this))
{
    setObjectName(QStringLiteral("campaignDetail"));
    const int unit = fontMetrics().averageCharWidth();

    // Header: the name and a status badge, then when it was made, started, finished.
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_title->setFont(boldFont(font(), 1.3));
    m_badge->setObjectName(QStringLiteral("campaignStatusBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_meta->setObjectName(QStringLiteral("campaignMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("campaignProblem"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge, 0, Qt::AlignVCenter);

    // Left: progress and totals, each with why.
    m_progress->setObjectName(QStringLiteral("campaignProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("campaignProgressText"));
    m_notStarted->setObjectName(QStringLiteral("campaignNotStarted"));
    auto* grid = new QGridLayout(m_totals);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(2, 1);
    addLine(QStringLiteral("recipients"), tr("Recipients"));
    addLine(QStringLiteral("sent"), tr("Sent"));
    addLine(QStringLiteral("delivered"), tr("Delivered"));
    addLine(QStringLiteral("failed"), tr("Failed"));
    addLine(QStringLiteral("skipped"), tr("Skipped"));
    addLine(QStringLiteral("queued"), tr("Queued"));
    addLine(QStringLiteral("held"), tr("Waiting"));
    addLine(QStringLiteral("waiting"), tr("Waiting for the winner"));
    addLine(QStringLiteral("unknown"), tr("Unknown"));
    addLine(QStringLiteral("cancelled"), tr("Not sent (cancelled)"));
    addLine(QStringLiteral("exported"), tr("Exported to file"));

    m_abBox->setObjectName(QStringLiteral("abTestBox"));
    m_abBox->setTitle(tr("A/B test"));
    m_abRule->setObjectName(QStringLiteral("abRule"));
    m_abVariantA->setObjectName(QStringLiteral("abVariantA"));
    m_abVariantB->setObjectName(QStringLiteral("abVariantB"));
    m_abState->setObjectName(QStringLiteral("abState"));
    m_abState->setFont(boldFont(font()));
    auto* abLayout = new QVBoxLayout(m_abBox);
    abLayout->setSpacing(8);
    for (QLabel* label : {m_abRule, m_abVariantA, m_abVariantB, m_abState})
        abLayout->addWidget(label);

    auto* summary = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, unit, 0);
    summaryLayout->setSpacing(10);
    summaryLayout->addWidget(m_progress);
    summaryLayout->addWidget(m_progressText);
    summaryLayout->addWidget(m_notStarted);
    summaryLayout->addWidget(m_totals);
    summaryLayout->addWidget(m_abBox);
    summaryLayout->addStretch();
    auto* summaryScroll = new QScrollArea(this);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setWidget(summary);
    summaryScroll->setMinimumWidth(unit * 44);
    // Reachable with Tab, so the summary can be scrolled from the keyboard.
    summaryScroll->setAccessibleName(tr("Campaign summary"));

    // Right: every message, a page at a time.
    auto* messagesTitle = new QLabel(tr("Messages"), this);
    messagesTitle->setFont(boldFont(font()));
    m_filter->setObjectName(QStringLiteral("messageFilter"));
    m_filter->setAccessibleName(tr("Show messages"));
    for (const MessageFilter& f : messageFilters())
        m_filter->addItem(tr(f.label));
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    auto* messagesHeader = new QHBoxLayout;
    messagesHeader->addWidget(messagesTitle);
    messagesHeader->addStretch();
    messagesHeader->addWidget(filterLabel);
    messagesHeader->addWidget(m_filter);

    m_messageView->setObjectName(QStringLiteral("campaignMessages"));
    m_messageView->setAccessibleName(tr("Messages of the campaign"));
    m_messageView->setModel(m_messages);
    m_messageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messageView->setAlternatingRowColors(true);
    m_messageView->setWordWrap(false);
    m_messageView->setTextElideMode(Qt::ElideRight);
    m_messageView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->verticalHeader()->setVisible(false);
    m_messageView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_messageView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* columns = m_messageView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(CampaignMessagesModel::GatewayIdColumn, QHeaderView::Stretch);
    // Wide enough for what goes in them, measured in this font and language.
    const QFontMetrics metrics = m_messageView->fontMetrics();
    const int padding = unit * 3;
    const int timeWidth =
        metrics.horizontalAdvance(CampaignFormats::shortDateTime(QDateTime::currentDateTime().addDays(-40)));
    columns->resizeSection(CampaignMessagesModel::NumberColumn,
                           metrics.horizontalAdvance(QStringLiteral("+49 1510 23456789")) + padding);
    columns->resizeSection(CampaignMessagesModel::VariantColumn,
                           metrics.horizontalAdvance(tr("Variant")) + padding);
    columns->resizeSection(CampaignMessagesModel::PartsColumn,
                           metrics.horizontalAdvance(tr("Parts")) + padding);
    columns->resizeSection(CampaignMessagesModel::StateColumn, unit * 20);
    columns->resizeSection(CampaignMessagesModel::TextColumn, unit * 34);
    columns->resizeSection(CampaignMessagesModel::SentColumn, timeWidth + padding);
    columns->resizeSection(CampaignMessagesModel::DeliveredColumn, timeWidth + padding);
    columns->setMinimumSectionSize(unit * 6);
    m_messagePlaceholder->setObjectName(QStringLiteral("messagesPlaceholder"));
    m_messagePlaceholder->setAlignment(Qt::AlignCenter);
    m_messagePlaceholder->setWordWrap(true);
    m_messagePlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_messagePlaceholder->setMargin(24);
    m_messageStack->addWidget(m_messageView);
    m_messageStack->addWidget(m_messagePlaceholder);
    auto* messagesPanel = new QWidget(this);
    auto* messagesLayout = new QVBoxLayout(messagesPanel);
    messagesLayout->setContentsMargins(unit, 0, 0, 0);
    messagesLayout->addLayout(messagesHeader);
    messagesLayout->addWidget(m_messageStack, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("campaignDetailSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(summaryScroll);
    split->addWidget(messagesPanel);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({unit * 56, unit * 120});

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_meta);
    contentLayout->addWidget(m_problem);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(split, 1);

    m_placeholder->setObjectName(QStringLiteral("campaignDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Select a campaign to see how it went and where each message stands."));
    m_stack->addWidget(content);
    m_stack->addWidget(m_placeholder);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // In reading order: the summary on the left, then the messages and their filter.
    TabOrder::set({summaryScroll, m_filter, m_messageView});

    connect(m_filter, &QComboBox::currentIndexChanged, this, &CampaignDetailPane::applyFilter);
    connect(m_messages, &CampaignMessagesModel::loadingChanged, this,
            &CampaignDetailPane::updateMessagePlaceholder);
    connect(m_messages, &QAbstractItemModel::rowsInserted, this,
            &CampaignDetailPane::updateMessagePlaceholder);
    connect(m_messages, &QAbstractItemModel::modelReset, this, &CampaignDetailPane::updateMessagePlaceholder);
    connect(m_messages, &CampaignMessagesModel::loadFailed, this, [this](const QString& message) {
        m_problem->show(MessageBanner::Kind::Error, tr("The messages could not be read: %1").arg(message));
    });
    showCampaign(nullptr);
}

void CampaignDetailPane::addLine(const QString& key, const QString& name)
{
    auto* grid = static_cast<QGridLayout*>(m_totals->layout());
    const int row = grid->rowCount();
    Line line{new QLabel(name, m_totals), new QLabel(m_totals), wrappedLabel(m_totals)};
    line.name->setObjectName(QStringLiteral("name_") + key);
    line.count->setObjectName(QStringLiteral("total_") + key);
    line.count->setAlignment(Qt::AlignRight | Qt::AlignTop);
    line.count->setFont(boldFont(font()));
    line.count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line.why->setObjectName(QStringLiteral("why_") + key);
    line.why->setForegroundRole(QPalette::PlaceholderText);
    line.name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(line.name, row, 0);
    grid->addWidget(line.count, row, 1);
    grid->addWidget(line.why, row, 2);
    m_lines.insert(key, line);
}

void CampaignDetailPane::setLine(const QString& key, qint64 count, const QString& why, bool showWhenZero)
{
    const Line& line = m_lines[key];
    const bool visible = count > 0 || showWhenZero;
    line.name->setVisible(visible);
    line.count->setVisible(visible);
    line.why->setVisible(visible && !why.isEmpty());
    line.count->setText(CampaignFormats::count(count));
    line.why->setText(why);
}

QString CampaignDetailPane::reasonsText(const QMap<QString, qint64>& reasons) const
{
    // The commonest reason first: it is the one worth acting on.
    QVector<QPair<qint64, QString>> sorted;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [n, code] : sorted) {
        const QString reason = code.isEmpty() ? tr("no reason given") : OutboxMessage::reasonLabel(code);
        parts.append(tr("%1: %2", "reason: count").arg(reason, CampaignFormats::count(n)));
    }
    return parts.join(QStringLiteral(" · "));
}

void CampaignDetailPane::showCampaign(const CampaignRow* row)
{
    if (!row) {
        m_campaignId = 0;
        m_messages->setCampaign(0);
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const Campaign& c = row->campaign;
    m_stack->setCurrentIndex(0);
    const bool another = c.id != m_campaignId;
    m_campaignId = c.id;

    m_title->setText(c.name);
    m_badge->setText(CampaignFormats::status(c));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; }")
            .arg(CampaignFormats::statusColor(c.status).name()));
    QStringList meta;
    if (!c.segmentName.isEmpty())
        meta.append(tr("Segment: %1").arg(c.segmentName));
    meta.append(tr("Created %1").arg(DisplayFormats::dateTime(c.createdAt)));
    if (c.startedAt.isValid())
        meta.append(tr("Started %1").arg(DisplayFormats::dateTime(c.startedAt)));
    if (c.finishedAt.isValid())
        meta.append(c.status == CampaignStatus::Cancelled
                        ? tr("Cancelled %1").arg(DisplayFormats::dateTime(c.finishedAt))
                        : tr("Finished %1").arg(DisplayFormats::dateTime(c.finishedAt)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    showProblem(c);
    showTotals(*row);
    showAbTest(*row);
    m_messageView->setColumnHidden(CampaignMessagesModel::VariantColumn, !c.isAbTest());

    if (another) {
        m_messages->setCampaign(c.id, messageFilters().value(m_filter->currentIndex()).states);
    } else if (row->totalsLoaded && m_filter->currentIndex() == 0 &&
               m_messages->rowCount() < row->totals.total()) {
        m_messages->checkForMore(); // a draft that has started: its rows are there now
    }
    updateMessagePlaceholder();
}

void CampaignDetailPane::showProblem(const Campaign& c)
{
    if (c.lastError.isEmpty()) {
        m_problem->hide();
        m_problemShown.clear();
        return;
    }
    const QString key = QString::number(c.id) + QLatin1Char('\n') + c.lastError;
    if (key == m_problemShown)
        return; // shown already; if the user closed it, it stays closed
    m_problemShown = key;
    const QString hint = c.status == CampaignStatus::Paused
                             ? tr("Check the gateway in Settings, then press Resume.")
                             : tr("Check the gateway in Settings.");
    m_problem->show(MessageBanner::Kind::Error, tr("%1\n%2").arg(c.lastError, hint));
}

void CampaignDetailPane::showTotals(const CampaignRow& row)
{
    const Campaign& c = row.campaign;
    const CampaignTotals& t = row.totals;
    m_hasRows = row.totalsLoaded && t.total() > 0;
    m_progress->setVisible(m_hasRows);
    m_progressText->setVisible(m_hasRows);
    m_totals->setVisible(m_hasRows);
    m_notStarted->setVisible(!m_hasRows);
    if (!row.totalsLoaded) {
        m_notStarted->setText(tr("Counting…"));
        return;
    }
    if (!m_hasRows) {
        QString text;
        switch (c.status) {
        case CampaignStatus::Scheduled:
            text = tr("Nothing sent yet. It starts on %1; the recipients are chosen then, so people who "
                      "unsubscribe before that are left out.")
                       .arg(DisplayFormats::dateTime(c.scheduledAt));
            break;
        case CampaignStatus::Cancelled:
            text = tr("Cancelled before it started: no one got it.");
            break;
        case CampaignStatus::Paused:
            text = tr("Paused before it started: nothing sent yet.");
            break;
        default:
            text = tr("A draft: nothing sent yet. Send or schedule it from Compose; the recipients are "
                      "chosen when it starts.");
            break;
        }
        m_notStarted->setText(text);
        return;
    }

    const qint64 total = t.total();
    m_progress->setValue(int(t.done() * 1000 / total));
    //: %L1 is how many messages are done, %Ln how many there are, %2 the share done (“40%”).
    m_progressText->setText(tr("%L1 of %Ln message(s) done (%2)", nullptr, int(total))
                                .arg(t.done())
                                .arg(DashboardFormats::percent(percentOf(t.done(), total) / 100.0, 0)));

    const qint64 sent =
        t.count(MessageState::Sent) + t.count(MessageState::Delivered) + t.count(MessageState::Exported);
    const qint64 delivered = t.count(MessageState::Delivered);
    setLine(QStringLiteral("recipients"), total, tr("matched the segment at the start"), true);
    setLine(QStringLiteral("sent"), sent, tr("taken by the gateway"), true);
    // Messages written to the export file never come back with a delivery report: 0 % would mislead.
    const bool onlyExported = sent > 0 && t.count(MessageState::Exported) == sent;
    setLine(QStringLiteral("delivered"), delivered,
            onlyExported ? tr("written to the export file, which brings no delivery reports")
            : sent > 0   ? tr("%1 of those sent", "a percentage: 97% of those sent")
                             .arg(DashboardFormats::percent(percentOf(delivered, sent) / 100.0, 0))
                       : QString(),
            true);
    setLine(QStringLiteral("failed"), t.count(MessageState::Failed), reasonsText(t.failedByReason), true);
    setLine(QStringLiteral("skipped"), t.count(MessageState::Skipped), reasonsText(t.skippedByReason), true);
    setLine(QStringLiteral("queued"), t.count(MessageState::Queued) + t.count(MessageState::Sending),
            tr("in line to be sent"));
    QString heldWhy = reasonsText(t.heldByReason);
    if (t.nextHeldAt.isValid())
        heldWhy +=
            QLatin1Char('\n') + tr("The first may go at %1.").arg(DisplayFormats::dateTime(t.nextHeldAt));
    setLine(QStringLiteral("held"), t.count(MessageState::Held), heldWhy);
    QString waitingWhy;
    if (c.winner.isEmpty() && c.startedAt.isValid())
        waitingWhy = tr("They get the winning text on %1.").arg(DisplayFormats::dateTime(c.abDecideAt()));
    setLine(QStringLiteral("waiting"), t.count(MessageState::Waiting), waitingWhy);
    setLine(QStringLiteral("unknown"), t.count(MessageState::Unknown),
            tr("No answer came from the gateway (the app stopped or the line broke). They were not sent "
               "again, so no one gets a message twice: check them with your SMS provider."));
    setLine(QStringLiteral("cancelled"), t.count(MessageState::Cancelled), tr("the campaign was cancelled"));
    setLine(QStringLiteral("exported"), t.count(MessageState::Exported),
            tr("written to the export file for your provider"));
}

void CampaignDetailPane::showAbTest(const CampaignRow& row)
{
    const Campaign& c = row.campaign;
    m_abBox->setVisible(c.isAbTest());
    if (!c.isAbTest())
        return;
    // One sentence per metric: the metric's name does not fit into one sentence in every language.
    const QString share = DashboardFormats::percent(c.abSharePercent / 100.0, 0);
    m_abRule->setText(
        c.abMetric == AbMetric::DeliveryRate
            //: %1 is the share of the recipients (“10%”).
            ? tr("Each text went to %1 of the recipients first; the winner is the one with more deliveries.")
                  .arg(share)
            //: %1 is the share of the recipients (“10%”).
            : tr("Each text went to %1 of the recipients first; the winner is the one with fewer opt-outs.")
                  .arg(share));
    auto describe = [&](const QString& variant, const QString& body) {
        const QString text = CampaignFormats::singleLine(body);
        const QString shown = text.size() > 90 ? text.left(89) + QChar(0x2026) : text;
        QString line = tr("Text %1: “%2”").arg(variant, shown);
        auto stats = row.variants.constFind(variant);
        if (stats != row.variants.constEnd()) {
            line += QLatin1Char('\n') + tr("%1 sent · %2 delivered · %3 opted out")
                                            .arg(CampaignFormats::count(stats->sent),
                                                 CampaignFormats::count(stats->delivered),
                                                 CampaignFormats::count(stats->optedOut));
        }
        return line;
    };
    m_abVariantA->setText(describe(QStringLiteral("A"), c.body));
    m_abVariantA->setToolTip(Qt::convertFromPlainText(c.body));
    m_abVariantB->setText(describe(QStringLiteral("B"), c.bodyB));
    m_abVariantB->setToolTip(Qt::convertFromPlainText(c.bodyB));
    QString state;
    if (!c.winner.isEmpty())
        state = tr("Winner: text %1. The other recipients got it.").arg(c.winner);
    else if (!c.startedAt.isValid())
        state = tr("The test starts when the campaign is sent.");
    else if (c.status == CampaignStatus::Cancelled)
        state = tr("Cancelled before a winner was chosen.");
    else if (c.abDecideAt() > Clock::currentUtc())
        state = tr("The winner is chosen on %1; then the others get its text.")
                    .arg(DisplayFormats::dateTime(c.abDecideAt()));
    else
        state = tr("The winner is being chosen.");
    m_abState->setText(state);
}

void CampaignDetailPane::applyFilter()
{
    if (m_campaignId != 0)
        m_messages->setCampaign(m_campaignId, messageFilters().value(m_filter->currentIndex()).states);
}

void CampaignDetailPane::refreshMessages()
{
    if (m_campaignId == 0 || m_messages->rowCount() == 0)
        return;
    const int first = m_messageView->rowAt(0);
    int last = m_messageView->rowAt(m_messageView->viewport()->height() - 1);
    if (last < 0)
        last = m_messages->rowCount() - 1;
    if (first >= 0)
        m_messages->refreshRows(first, last);
}

void CampaignDetailPane::updateMessagePlaceholder()
{
    // While a page is on its way the (empty) table stays: no flash of a placeholder.
    if (m_messages->rowCount() > 0 || m_messages->isLoading()) {
        m_messageStack->setCurrentWidget(m_messageView);
        return;
    }
    if (!m_hasRows)
        m_messagePlaceholder->setText(tr("No messages yet: they are written when the campaign starts."));
    else
        m_messagePlaceholder->setText(tr("No messages of this kind."));
    m_messageStack->setCurrentWidget(m_messagePlaceholder);
}
