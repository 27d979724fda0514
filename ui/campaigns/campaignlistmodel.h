#pragma once

#include "campaignloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QThread>

#include <memory>

// Every campaign, newest first, with its progress and counts. The list and the totals come from a
// worker thread (the totals grow with the outbox); a newer refresh supersedes an older one.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ProgressColumn,
        SentColumn,
        DeliveredColumn,
        FailedColumn,
        SkippedColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        CampaignIdRole = Qt::UserRole + 1,
        StatusRole,        // CampaignStatus as int
        ProgressDoneRole,  // qint64, rows the campaign is done with
        ProgressTotalRole, // qint64, all its rows
        ShowProgressRole,  // bool: a progress bar belongs in this row
    };

    explicit CampaignListModel(const QString& databasePath, QObject* parent = nullptr);
    ~CampaignListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the list again and the totals that may have moved: those of `changed`, of campaigns
    // sending, and of all when `everything`. Requests pile up until an answer covers them.
    void refresh(const QSet<qint64>& changed = {}, bool everything = false);
    // The campaign whose A/B figures are wanted.
    void setSelectedId(qint64 id) { m_selectedId = id; }
    // Shows a campaign as just stored by the UI thread (after pause, resume, cancel) at once.
    void updateCampaign(const textwell::Campaign& campaign);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    // Whether any campaign is sending (or due to start): worth following on a timer.
    bool anyActive() const;
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    const CampaignRow* campaign(qint64 id) const;

Q_SIGNALS:
    // An answer was applied (complete: every total in it is counted).
    void loaded(bool complete);
    void loadFailed(const QString& message);

private:
    void apply(const CampaignListReply& reply);
    QString countText(const CampaignRow& row, qint64 n) const;
    QString reasonsToolTip(const QMap<QString, qint64>& reasons) const;

    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread m_thread;
    CampaignLoader* m_loader;
    QVector<CampaignRow> m_rows;
    mutable QHash<int, QIcon> m_statusIcons; // made once, asked for on every repaint
    mutable QIcon m_warningIcon;
    QSet<qint64> m_changed; // asked for, not yet answered
    bool m_everything = false;
    qint64 m_selectedId = 0;
    bool m_loaded = false;
    bool m_busy = false;
};
