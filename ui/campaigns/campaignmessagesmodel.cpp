#include "campaignmessagesmodel.h"

#include "campaignformats.h"
#include "widgets/displayformats.h"
#include "widgets/semanticcolors.h"

#include <QColor>
#include <QFont>
#include <QTextDocument>

#include <algorithm>
#include <limits>

using namespace textwell;

CampaignMessagesModel::CampaignMessagesModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_loader(new CampaignMessageLoader(databasePath, m_latest))
{
    qRegisterMetaType<MessagePage>();
    m_thread.setObjectName(QStringLiteral("campaign messages loader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &CampaignMessageLoader::loaded, this, &CampaignMessagesModel::onLoaded);
    m_thread.start();
}

CampaignMessagesModel::~CampaignMessagesModel()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait();
}

int CampaignMessagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignMessagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OutboxMessage* CampaignMessagesModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).message : nullptr;
}

void CampaignMessagesModel::setCampaign(qint64 campaignId, const QVector<MessageState>& states)
{
    QStringList codes;
    for (MessageState state : states)
        codes.append(OutboxMessage::stateCode(state));
    beginResetModel();
    m_generation = ++*m_latest; // an answer for what was shown before is dropped
    m_campaignId = campaignId;
    m_states = codes;
    m_rows.clear();
    m_atEnd = campaignId == 0;
    // Pending from here on: a view (or a tester) asking for more during the reset must not send a
    // second request for the first page.
    const bool wasPending = m_pagePending;
    m_pagePending = !m_atEnd;
    endResetModel();
    if (!m_atEnd)
        sendPageRequest();
    if (wasPending != m_pagePending)
        Q_EMIT loadingChanged(m_pagePending);
}

bool CampaignMessagesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_pagePending;
}

void CampaignMessagesModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void CampaignMessagesModel::checkForMore()
{
    if (m_campaignId == 0 || !m_atEnd || m_pagePending)
        return;
    m_atEnd = false;
    requestPage();
}

void CampaignMessagesModel::requestPage()
{
    setPagePending(true);
    sendPageRequest();
}

void CampaignMessagesModel::sendPageRequest()
{
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().message.id;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, id = m_campaignId, states = m_states, after] {
            loader->loadPage(generation, id, states, after, PageSize);
        },
        Qt::QueuedConnection);
}

void CampaignMessagesModel::refreshRows(int first, int last)
{
    first = qMax(0, first);
    last = qMin(last, int(m_rows.size()) - 1);
    if (m_campaignId == 0 || first > last)
        return;
    const qint64 fromId = m_rows.at(first).message.id;
    const qint64 toId = m_rows.at(last).message.id;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation = m_generation, id = m_campaignId, states = m_states, fromId, toId] {
            loader->reread(generation, id, states, fromId, toId);
        },
        Qt::QueuedConnection);
}

void CampaignMessagesModel::setPagePending(bool pending)
{
    if (m_pagePending == pending)
        return;
    m_pagePending = pending;
    Q_EMIT loadingChanged(pending);
}

void CampaignMessagesModel::onLoaded(const MessagePage& page)
{
    if (page.generation != m_generation)
        return; // for a campaign no longer shown
    if (!page.error.isEmpty()) {
        if (!page.reread) {
            m_atEnd = true; // do not hammer a failing database; checkForMore() tries again
            setPagePending(false);
        }
        Q_EMIT loadFailed(page.error);
        return;
    }
    if (page.reread) {
        int firstChanged = -1, lastChanged = -1;
        for (const MessageRow& row : page.rows) {
            auto it = std::lower_bound(m_rows.begin(), m_rows.end(), row.message.id,
                                       [](const MessageRow& r, qint64 id) { return r.message.id < id; });
            if (it == m_rows.end() || it->message.id != row.message.id)
                continue;
            *it = row;
            const int at = int(it - m_rows.begin());
            firstChanged = firstChanged < 0 ? at : qMin(firstChanged, at);
            lastChanged = qMax(lastChanged, at);
        }
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
        return;
    }
    // Still "pending" while the rows go in: a view (or a tester) that asks for more in the middle
    // of the insertion must not get the same page again.
    m_atEnd = page.atEnd;
    if (!page.rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.rows.size()) - 1);
        m_rows += page.rows;
        endInsertRows();
    }
    setPagePending(false);
}

QString CampaignMessagesModel::stateText(const OutboxMessage& m) const
{
    QStringList details;
    if (!m.reason.isEmpty())
        details.append(OutboxMessage::reasonLabel(m.reason));
    else if (!m.error.isEmpty() && (m.state == MessageState::Failed || m.state == MessageState::Unknown ||
                                    m.state == MessageState::Queued))
        details.append(m.error);
    if (m.state == MessageState::Held && m.nextAttemptAt.isValid())
        details.append(tr("from %1").arg(CampaignFormats::shortDateTime(m.nextAttemptAt)));
    else if (m.state == MessageState::Queued && m.attempts > 0 && m.nextAttemptAt.isValid())
        details.append(tr("next try %1").arg(CampaignFormats::shortDateTime(m.nextAttemptAt)));
    const QString label = OutboxMessage::stateLabel(m.state);
    if (details.isEmpty())
        return label;
    return tr("%1 · %2", "state · reason").arg(label, details.join(QLatin1String(", ")));
}

QString CampaignMessagesModel::stateToolTip(const OutboxMessage& m) const
{
    QStringList lines{stateText(m)};
    if (m.state == MessageState::Unknown)
        lines.append(tr("Textwell handed this message to the gateway but got no answer (the app stopped "
                        "or the connection broke). It was not sent again, so no one gets it twice. Ask "
                        "your SMS provider whether it arrived."));
    if (!m.error.isEmpty()) {
        lines.append(m.errorCode.isEmpty() ? tr("The gateway said: %1").arg(m.error)
                                           : tr("The gateway said: %1 (code %2)").arg(m.error, m.errorCode));
    }
    if (m.attempts > 1)
        lines.append(tr("Tries: %1").arg(m.attempts));
    // Gateway texts are data: plain text, made safe for the tooltip's rich-text guess.
    return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal);
}

QVariant CampaignMessagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MessageRow& row = m_rows.at(index.row());
    const OutboxMessage& m = row.message;
    switch (role) {
    case MessageIdRole:
        return m.id;
    case StateRole:
        return static_cast<int>(m.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.phoneText.isEmpty() ? m.phone : row.phoneText;
        case VariantColumn:
            return m.variant;
        case TextColumn:
            if (m.body.isEmpty()) {
                if (m.state == MessageState::Waiting)
                    return tr("gets the winning text");
                return tr("not written");
            }
            return CampaignFormats::singleLine(m.body);
        case PartsColumn:
            return m.parts > 0 ? QVariant(m.parts) : QVariant();
        case StateColumn:
            return stateText(m);
        case GatewayIdColumn:
            return m.providerId;
        case SentColumn:
            return CampaignFormats::shortDateTime(m.sentAt);
        case DeliveredColumn:
            return CampaignFormats::shortDateTime(m.deliveredAt);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NumberColumn:
            return m.phone;
        case GatewayIdColumn:
            return m.providerId;
        case TextColumn:
            if (m.body.isEmpty())
                return {};
            return Qt::convertFromPlainText(m.body, Qt::WhiteSpaceNormal);
        case PartsColumn:
            return m.parts > 0 ? tr("%n SMS part(s), %1", nullptr, m.parts).arg(m.encoding) : QString();
        case StateColumn:
            return stateToolTip(m);
        case SentColumn:
            return m.sentAt.isValid() ? DisplayFormats::dateTime(m.sentAt) : QString();
        case DeliveredColumn:
            return m.deliveredAt.isValid() ? DisplayFormats::dateTime(m.deliveredAt) : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PartsColumn || index.column() == VariantColumn)
            return QVariant(Qt::AlignCenter);
        break;
    case Qt::FontRole:
        if (index.column() == TextColumn && m.body.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == TextColumn && m.body.isEmpty())
            return SemanticColors::text(SemanticColors::Tone::Muted); // the app's palette: views show it
        if (index.column() == StateColumn) {
            if (m.state == MessageState::Failed)
                return SemanticColors::text(SemanticColors::Tone::Bad);
            if (m.state == MessageState::Unknown)
                return SemanticColors::text(SemanticColors::Tone::Warning);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CampaignMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == GatewayIdColumn)
        return tr("The message's id at your SMS provider, to look it up there");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case VariantColumn:
        return tr("Variant");
    case TextColumn:
        return tr("Text as sent");
    case PartsColumn:
        return tr("Parts");
    case StateColumn:
        return tr("State");
    case GatewayIdColumn:
        return tr("Gateway ID");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    }
    return {};
}
