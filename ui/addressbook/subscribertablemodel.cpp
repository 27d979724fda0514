#include "subscribertablemodel.h"

#include "contacts/phonenumbers.h"
#include "contacts/subscriberstatus.h"
#include "widgets/displayformats.h"

#include <QLocale>

#include <cstdlib>
#include <limits>

using namespace textwell;

SubscriberTableModel::SubscriberTableModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent), m_shared(std::make_shared<SubscriberLoader::Shared>())
{
    m_thread.setObjectName(QStringLiteral("address book loader"));
    auto* loader = new SubscriberLoader(databasePath, m_shared);
    loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(this, &SubscriberTableModel::requestCount, loader, &SubscriberLoader::loadCount);
    connect(this, &SubscriberTableModel::requestPage, loader, &SubscriberLoader::loadPage);
    connect(loader, &SubscriberLoader::countLoaded, this, &SubscriberTableModel::onCountLoaded);
    connect(loader, &SubscriberLoader::pageLoaded, this, &SubscriberTableModel::onPageLoaded);
    connect(loader, &SubscriberLoader::pageSkipped, this, &SubscriberTableModel::onPageSkipped);
    connect(loader, &SubscriberLoader::failed, this, &SubscriberTableModel::onFailed);
    m_thread.start();
    startLoading();
}

SubscriberTableModel::~SubscriberTableModel()
{
    m_shared->generation = std::numeric_limits<quint64>::max(); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait();
}

int SubscriberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SubscriberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Subscriber* SubscriberTableModel::subscriberAt(int row) const
{
    auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.constEnd() || row % PageSize >= page->size())
        return nullptr;
    return &page->at(row % PageSize).person;
}

void SubscriberTableModel::fetchPage(int page) const
{
    if (m_countPending || m_pending.contains(page))
        return;
    m_pending.insert(page);
    Q_EMIT const_cast<SubscriberTableModel*>(this)->requestPage(m_generation, m_filter, PageSize, page);
}

QVariant SubscriberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.constEnd() || row % PageSize >= page->size()) {
        m_shared->wantedRow = row;
        fetchPage(row / PageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    const SubscriberRow& r = page->at(row % PageSize);
    const Subscriber& s = r.person;
    switch (role) {
    case SubscriberIdRole:
        return s.id;
    case StatusRole:
        return static_cast<int>(s.status);
    case PhoneRole:
        return s.phone;
    case LoadedRole:
        return true;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.displayName();
        case PhoneColumn:
            return r.phoneText;
        case CityColumn:
            return s.city;
        case TagsColumn:
            return s.tags.join(QLatin1String(", "));
        case StatusColumn:
            return SubscriberStatuses::label(s.status);
        case ConsentColumn:
            if (!s.consentAt.isValid())
                return QString();
            return QStringLiteral("%1 · %2").arg(
                QLocale().toString(s.consentAt.toLocalTime().date(), QLocale::ShortFormat), s.consentSource);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PhoneColumn && !PhoneNumbers::canReceiveSms(s.numberKind))
            return tr("Number type: %1. It may not receive SMS.").arg(PhoneNumbers::kindLabel(s.numberKind));
        if (index.column() == ConsentColumn && s.consentAt.isValid())
            // Tooltips guess rich text: a source is data and must not be read as markup.
            return tr("Consent given on %1 (%2)")
                .arg(DisplayFormats::dateTime(s.consentAt), s.consentSource.toHtmlEscaped());
        break;
    default:
        break;
    }
    return {};
}

QVariant SubscriberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Number");
    case CityColumn:
        return tr("City");
    case TagsColumn:
        return tr("Tags");
    case StatusColumn:
        return tr("Status");
    case ConsentColumn:
        return tr("Consent");
    }
    return {};
}

void SubscriberTableModel::sort(int column, Qt::SortOrder order)
{
    SubscriberFilter filter = m_filter;
    switch (column) {
    case NameColumn:
        filter.sort = SubscriberFilter::SortColumn::ByName;
        break;
    case PhoneColumn:
        filter.sort = SubscriberFilter::SortColumn::ByPhone;
        break;
    case CityColumn:
        filter.sort = SubscriberFilter::SortColumn::ByCity;
        break;
    case StatusColumn:
        filter.sort = SubscriberFilter::SortColumn::ByStatus;
        break;
    case ConsentColumn:
        filter.sort = SubscriberFilter::SortColumn::ByConsentDate;
        break;
    default:
        return; // tags have no order of their own
    }
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}

void SubscriberTableModel::setFilter(const SubscriberFilter& filter)
{
    if (filter == m_filter && m_loaded)
        return;
    m_filter = filter;
    m_shared->wantedRow = 0; // a new filter starts at the top
    m_refreshing = false;
    startLoading();
}

void SubscriberTableModel::refresh()
{
    m_refreshing = true;
    startLoading();
}

void SubscriberTableModel::startLoading()
{
    m_generation = ++m_shared->generation;
    m_countPending = true;
    m_pending.clear();
    // The rows on screen stay until the new count and page arrive together: no flicker.
    const int page = static_cast<int>(m_shared->wantedRow.load() / PageSize);
    Q_EMIT requestCount(m_generation, m_filter, PageSize, page);
}

void SubscriberTableModel::onCountLoaded(quint64 generation, qint64 total, int page,
                                         const QVector<SubscriberRow>& rows)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    // Always a reset, even at the same size: after an edit a row number may hold another person,
    // and a selection kept by row would then point at them.
    beginResetModel();
    m_rowCount = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
    m_pages.clear();
    storePage(page, rows);
    endResetModel();
    m_loaded = true;
    Q_EMIT totalChanged(total);
}

void SubscriberTableModel::onPageLoaded(quint64 generation, int page, const QVector<SubscriberRow>& rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    const int expected = qMin(PageSize, m_rowCount - page * PageSize);
    if (rows.size() < expected) {
        // People were deleted (or changed status) since the count, perhaps at another desk: count
        // again rather than ask for rows that are no longer there.
        refresh();
        return;
    }
    storePage(page, rows);
    const int first = page * PageSize;
    const int last = qMin(m_rowCount, first + PageSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SubscriberTableModel::onPageSkipped(quint64 generation, int page)
{
    if (generation == m_generation)
        m_pending.remove(page); // asked again if the user scrolls back there
}

void SubscriberTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    m_pending.clear();
    Q_EMIT loadFailed(message);
}

void SubscriberTableModel::storePage(int page, const QVector<SubscriberRow>& rows)
{
    m_pages.insert(page, rows);
    const int wantedPage = static_cast<int>(m_shared->wantedRow.load() / PageSize);
    while (m_pages.size() > MaxPages) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (std::abs(it.key() - wantedPage) > std::abs(farthest.key() - wantedPage))
                farthest = it;
        }
        m_pages.erase(farthest);
    }
}
