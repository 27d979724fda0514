#include "campaignlistmodel.h"

#include "campaignformats.h"
#include "widgets/displayformats.h"
#include "widgets/paintedicons.h"

#include <QTextDocument>

#include <limits>

using namespace textwell;

namespace {

qint64 wentOut(const CampaignTotals& t)
{
    return t.count(MessageState::Sent) + t.count(MessageState::Delivered) + t.count(MessageState::Exported);
}

} // namespace

CampaignListModel::CampaignListModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_loader(new CampaignLoader(databasePath, m_latest))
{
    qRegisterMetaType<CampaignListReply>();
    m_thread.setObjectName(QStringLiteral("campaign list loader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &CampaignLoader::loaded, this, &CampaignListModel::apply);
    m_thread.start();
}

CampaignListModel::~CampaignListModel()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // drop whatever is queued
    m_thread.quit();
    m_thread.wait();
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CampaignListModel::refresh(const QSet<qint64>& changed, bool everything)
{
    // Each request carries everything not yet answered, so dropping the older ones loses nothing.
    m_changed.unite(changed);
    m_everything = m_everything || everything;
    const quint64 generation = ++*m_latest;
    m_busy = true;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation, ids = m_changed, all = m_everything, selected = m_selectedId] {
            loader->load(generation, ids, all, selected);
        },
        Qt::QueuedConnection);
}

void CampaignListModel::apply(const CampaignListReply& reply)
{
    if (reply.generation != m_latest->load())
        return; // a newer answer is on its way
    if (reply.complete) {
        m_changed.clear();
        m_everything = false;
        m_busy = false;
    }
    if (!reply.error.isEmpty())
        Q_EMIT loadFailed(reply.error);
    if (!reply.error.isEmpty() && reply.rows.isEmpty()) {
        Q_EMIT loaded(reply.complete);
        return;
    }
    bool sameRows = reply.rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = m_rows.at(i).campaign.id == reply.rows.at(i).campaign.id;
    if (sameRows) {
        // In place: the selection and the scroll position stay.
        m_rows = reply.rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = reply.rows;
        endResetModel();
    }
    m_loaded = true;
    Q_EMIT loaded(reply.complete);
}

void CampaignListModel::updateCampaign(const Campaign& campaign)
{
    const int row = rowOf(campaign.id);
    if (row < 0)
        return;
    m_rows[row].campaign = campaign;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool CampaignListModel::anyActive() const
{
    for (const CampaignRow& row : m_rows) {
        if (row.campaign.status == CampaignStatus::Sending)
            return true;
    }
    return false;
}

int CampaignListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == id)
            return i;
    }
    return -1;
}

qint64 CampaignListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).campaign.id : 0;
}

const CampaignRow* CampaignListModel::campaign(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

QString CampaignListModel::countText(const CampaignRow& row, qint64 n) const
{
    if (!row.totalsLoaded)
        return QStringLiteral("…");
    if (row.totals.total() == 0)
        return QStringLiteral("–"); // nothing written yet: a draft or a scheduled campaign
    return CampaignFormats::count(n);
}

QString CampaignListModel::reasonsToolTip(const QMap<QString, qint64>& reasons) const
{
    QStringList lines;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        const QString reason =
            it.key().isEmpty() ? tr("no reason given") : OutboxMessage::reasonLabel(it.key());
        lines.append(tr("%1: %2", "reason: count").arg(reason, CampaignFormats::count(it.value())));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CampaignRow& row = m_rows.at(index.row());
    const Campaign& c = row.campaign;
    const CampaignTotals& t = row.totals;
    const bool showProgress = row.totalsLoaded && t.total() > 0 &&
                              (c.status == CampaignStatus::Sending || c.status == CampaignStatus::Paused);
    switch (role) {
    case CampaignIdRole:
        return c.id;
    case StatusRole:
        return static_cast<int>(c.status);
    case ProgressDoneRole:
        return t.done();
    case ProgressTotalRole:
        return t.total();
    case ShowProgressRole:
        return showProgress;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case StatusColumn:
            return CampaignFormats::status(c, true);
        case ProgressColumn:
            if (!showProgress)
                return QString();
            return tr("%1 of %2").arg(CampaignFormats::count(t.done()), CampaignFormats::count(t.total()));
        case SentColumn:
            return countText(row, wentOut(t));
        case DeliveredColumn:
            return countText(row, t.count(MessageState::Delivered));
        case FailedColumn:
            return countText(row, t.count(MessageState::Failed));
        case SkippedColumn:
            return countText(row, t.count(MessageState::Skipped));
        case CreatedColumn:
            return DisplayFormats::date(c.createdAt.toLocalTime().date());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !c.lastError.isEmpty()) {
            if (m_warningIcon.isNull())
                m_warningIcon = PaintedIcons::warning();
            return m_warningIcon;
        }
        if (index.column() == StatusColumn) {
            auto icon = m_statusIcons.find(static_cast<int>(c.status));
            if (icon == m_statusIcons.end())
                icon =
                    m_statusIcons.insert(static_cast<int>(c.status), CampaignFormats::statusIcon(c.status));
            return *icon;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QStringList lines{c.name};
            if (!c.segmentName.isEmpty())
                lines.append(tr("Segment: %1").arg(c.segmentName));
            if (!c.lastError.isEmpty())
                lines.append(tr("Problem: %1").arg(c.lastError));
            // Names are data: never let the tooltip read them as markup.
            return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')));
        }
        case FailedColumn:
            return reasonsToolTip(t.failedByReason);
        case SkippedColumn:
            return reasonsToolTip(t.skippedByReason);
        case StatusColumn:
            return CampaignFormats::status(c);
        case CreatedColumn:
            return DisplayFormats::dateTime(c.createdAt);
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SentColumn:
        case DeliveredColumn:
        case FailedColumn:
        case SkippedColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SentColumn:
            return tr("Messages that went out: taken by the gateway (or written to the export file)");
        case DeliveredColumn:
            return tr("Messages the phone network reported as delivered");
        case FailedColumn:
            return tr("Messages refused or not delivered; point at a number to see why");
        case SkippedColumn:
            return tr("People left out by the rules, e.g. unsubscribed or without consent");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && section >= SentColumn && section <= SkippedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}
