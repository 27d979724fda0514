#pragma once

#include "contacts/subscriber.h"
#include "contacts/subscriberfilter.h"
#include "subscriberloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

#include <memory>

// The address book as a table of any size. It knows the total up front and holds only the pages
// near what is on screen; pages are read on a worker thread and show a placeholder until they
// arrive, so the view never waits for the database.
class SubscriberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        CityColumn,
        TagsColumn,
        StatusColumn,
        ConsentColumn,
        ColumnCount
    };
    enum Role
    {
        SubscriberIdRole = Qt::UserRole + 1,
        StatusRole, // SubscriberStatus as int
        PhoneRole,  // E.164
        LoadedRole, // false while the row's page is being read
    };
    static constexpr int PageSize = 200;

    explicit SubscriberTableModel(const QString& databasePath, QObject* parent = nullptr);
    ~SubscriberTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    const textwell::SubscriberFilter& filter() const { return m_filter; }
    void setFilter(const textwell::SubscriberFilter& filter);
    // Reads everything again (after an edit), keeping the current filter.
    void refresh();
    // Whether the load in progress (or the last one) is a refresh: the view keeps its place then,
    // while a new filter or sort starts at the top.
    bool isRefresh() const { return m_refreshing; }

    // Whether the first count has arrived and whether the filter finds anyone.
    bool isLoaded() const { return m_loaded; }
    // The row's person when its page is in memory.
    const textwell::Subscriber* subscriberAt(int row) const;

Q_SIGNALS:
    // The total is known (after each filter change or refresh).
    void totalChanged(qint64 total);
    void loadFailed(const QString& message);

    // Internal: to the loader thread.
    void requestCount(quint64 generation, const textwell::SubscriberFilter& filter, int pageSize, int page);
    void requestPage(quint64 generation, const textwell::SubscriberFilter& filter, int pageSize, int page);

private:
    void onCountLoaded(quint64 generation, qint64 total, int page, const QVector<SubscriberRow>& rows);
    void onPageLoaded(quint64 generation, int page, const QVector<SubscriberRow>& rows);
    void onPageSkipped(quint64 generation, int page);
    void onFailed(quint64 generation, const QString& message);
    void storePage(int page, const QVector<SubscriberRow>& rows);
    void fetchPage(int page) const;
    void startLoading();

    std::shared_ptr<SubscriberLoader::Shared> m_shared;
    QThread m_thread;
    textwell::SubscriberFilter m_filter;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_countPending = false;
    bool m_refreshing = false;
    int m_rowCount = 0;
    // The pages in memory; beyond MaxPages the one farthest from where the user looks goes.
    static constexpr int MaxPages = 64;
    QHash<int, QVector<SubscriberRow>> m_pages;
    mutable QSet<int> m_pending;
};
