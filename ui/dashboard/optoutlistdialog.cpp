#include "optoutlistdialog.h"

#include "analytics/analytics.h"
#include "dashboardformats.h"
#include "dashboardloader.h"
#include "widgets/displayformats.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>
#include <limits>

using namespace textwell;

namespace {

enum Column
{
    TimeColumn,
    NumberColumn,
    NameColumn,
    ChannelColumn,
    ReasonColumn,
    CampaignColumn,
    ColumnCount
};

constexpr int PhoneRole = Qt::UserRole + 1;
constexpr int InBookRole = Qt::UserRole + 2;

quint64 nextRequest()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

} // namespace

OptOutListDialog::OptOutListDialog(DashboardLoader* loader, const QString& heading,
                                   const OptOutFilter& filter, QWidget* parent)
    : QDialog(parent), m_request(nextRequest()), m_exclusionsToo(filter.exclusionsToo),
      m_heading(new QLabel(heading, this)),
      m_status(new QLabel(
          m_exclusionsToo ? tr("Reading the opt-outs and exclusions…") : tr("Reading the opt-outs…"), this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_openButton(new QPushButton(tr("&Open in the address book"), this))
{
    setObjectName(QStringLiteral("optOutListDialog"));
    setWindowTitle(tr("Who left"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText); // it may quote a campaign's name
    m_status->setObjectName(QStringLiteral("optOutListStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("optOutList"));
    m_table->setAccessibleName(m_exclusionsToo ? tr("People who opted out or were excluded")
                                               : tr("People who opted out"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Number"), tr("Name"), tr("How"), tr("Reason"), tr("Campaign")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_openButton->setObjectName(QStringLiteral("openPersonButton"));
    m_openButton->setToolTip(tr("Show this person in the address book, with the consent history"));
    m_openButton->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        Q_EMIT openPersonRequested(m_table->item(row, NumberColumn)->data(PhoneRole).toString());
        accept();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &OptOutListDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const int unit = fontMetrics().averageCharWidth();
    resize(unit * 130, fontMetrics().height() * 30);
    // The heading names the campaign already: its column would repeat it on every line.
    m_table->setColumnHidden(CampaignColumn, filter.campaignIds.size() == 1);

    connect(loader, &DashboardLoader::optOutsLoaded, this, &OptOutListDialog::apply);
    QMetaObject::invokeMethod(
        loader, [loader, request = m_request, filter] { loader->loadOptOuts(request, filter, Limit); },
        Qt::QueuedConnection);
}

void OptOutListDialog::apply(const OptOutListReply& reply)
{
    if (reply.request != m_request)
        return; // another list's answer
    m_loaded = true;
    if (!reply.error.isEmpty()) {
        m_status->setText(m_exclusionsToo
                              ? tr("The opt-outs and exclusions could not be read: %1").arg(reply.error)
                              : tr("The opt-outs could not be read: %1").arg(reply.error));
        return;
    }
    m_total = reply.total;
    const int total = int(qMin<qint64>(reply.total, std::numeric_limits<int>::max()));
    const QString shown = DashboardFormats::count(reply.rows.size());
    if (reply.total == 0)
        m_status->setText(m_exclusionsToo ? tr("Nobody opted out or was excluded here.")
                                          : tr("Nobody opted out here."));
    else if (reply.total > reply.rows.size())
        m_status->setText(
            m_exclusionsToo
                ? tr("The newest %1 of %Ln opt-out(s) and exclusion(s).", nullptr, total).arg(shown)
                : tr("The newest %1 of %Ln opt-out(s).", nullptr, total).arg(shown));
    else
        m_status->setText(m_exclusionsToo
                              ? tr("%Ln opt-out(s) and exclusion(s), newest first.", nullptr, total)
                              : tr("%Ln opt-out(s), newest first.", nullptr, total));

    m_table->setRowCount(int(reply.rows.size()));
    for (int row = 0; row < reply.rows.size(); ++row) {
        const OptOutEntry& e = reply.rows.at(row).entry;
        // Short enough for a column; the long form in the tooltip.
        const QDateTime local = e.at.toLocalTime();
        auto* time =
            item(QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                             QLocale().toString(local.time(), QLocale::ShortFormat)));
        time->setToolTip(DisplayFormats::dateTime(e.at));
        m_table->setItem(row, TimeColumn, time);
        auto* number = item(reply.rows.at(row).phoneText);
        number->setData(PhoneRole, e.phone);
        m_table->setItem(row, NumberColumn, number);
        auto* name = item(e.name.isEmpty() ? tr("not in the address book") : e.name);
        name->setData(InBookRole, !e.name.isEmpty());
        if (e.name.isEmpty())
            name->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, ChannelColumn, item(Analytics::channelLabel(e.channel)));
        QString reason = Analytics::reasonLabel(e.reasonCode);
        if (!e.reasonText.isEmpty())
            reason = tr("%1: %2").arg(reason, e.reasonText);
        auto* why = item(reason);
        why->setToolTip(reason.toHtmlEscaped());
        if (!e.evidence.isEmpty()) {
            // What the person wrote is data: escaped, never read as markup.
            why->setToolTip(QStringLiteral("<p>%1</p><p style='white-space:pre-wrap'>“%2”</p>")
                                .arg(reason.toHtmlEscaped(), e.evidence.toHtmlEscaped()));
        }
        m_table->setItem(row, ReasonColumn, why);
        m_table->setItem(row, CampaignColumn, item(e.campaignName));
    }
    m_table->resizeColumnsToContents();
    // A reason in words can be long: it shows whole in its tooltip.
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ReasonColumn, qMin(m_table->columnWidth(ReasonColumn), unit * 40));
    // Wide enough for every column, as far as the screen allows.
    int wanted = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        if (!m_table->isColumnHidden(column))
            wanted += m_table->columnWidth(column);
    }
    wanted += m_table->verticalScrollBar()->sizeHint().width() + m_table->frameWidth() * 2 +
              layout()->contentsMargins().left() + layout()->contentsMargins().right() + unit * 2;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (wanted > width())
        resize(qMin(wanted, available.width() * 9 / 10), height());
    if (!reply.rows.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

void OptOutListDialog::updateButtons()
{
    const int row = m_table->currentRow();
    // Only someone still in the address book can be shown there.
    const bool inBook = row >= 0 && m_table->item(row, NameColumn) &&
                        m_table->item(row, NameColumn)->data(InBookRole).toBool();
    m_openButton->setEnabled(inBook);
}
