#pragma once

#include "util/result.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class CampaignDetailPane;
class CampaignListModel;
class MessageBanner;
class QAction;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class SendingService;

namespace textwell {
class Connection;
class CampaignStore;
} // namespace textwell

// The Campaigns screen: every campaign with its status and progress, pause / resume / cancel, and
// the selected one's totals (with why) and messages. Everything that grows with the outbox is read
// on worker threads; the UI thread only changes single rows.
class CampaignsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignsPage(textwell::Connection* connection, QWidget* parent = nullptr);

    // Follows the sending (and wakes it after a resume); may be null.
    void setSendingService(SendingService* service);
    // Pause, resume and cancel, for a menu; their shortcuts work while the screen has focus.
    QList<QAction*> campaignActions() const;

    qint64 selectedId() const { return m_selectedId; }
    CampaignListModel* listModel() const { return m_list; }
    CampaignDetailPane* detailPane() const { return m_detail; }

public Q_SLOTS:
    // Selects the campaign (the composer calls this after starting one), reading it first if new.
    void showCampaign(qint64 id);
    // Reads the list and every total again.
    void refresh();

Q_SIGNALS:
    // The empty screen's button: campaigns are made in Compose.
    void composeRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onCampaignChanged(qint64 id);
    void onLoaded(bool complete);
    void onCurrentChanged();
    bool select(qint64 id);
    void showSelected();
    void updateActions();
    void updateFollowing();
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    // Runs a status change on the UI thread's connection (one row), then wakes the sender: always
    // when the change starts sending again, else only when it runs.
    bool change(const std::function<textwell::Status(textwell::CampaignStore&, qint64)>& step,
                bool startsSending = false);
    // What follows a change of campaign `id`: the error shown, the sender woken, the row re-read.
    void changed(qint64 id, const textwell::Status& done, bool startsSending);

    textwell::Connection* m_connection;
    QPointer<SendingService> m_service;
    CampaignListModel* m_list;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QTableView* m_view;
    CampaignDetailPane* m_detail;
    QWidget* m_empty;
    QPushButton* m_composeButton;
    QAction* m_pause;
    QAction* m_resume;
    QAction* m_cancel;
    QPushButton* m_pauseButton;
    QPushButton* m_resumeButton;
    QPushButton* m_cancelButton;
    QTimer* m_throttle; // gathers the sender's news into at most a few refreshes a second
    QTimer* m_follow;   // reads the totals while something sends
    QSet<qint64> m_changed;
    qint64 m_selectedId = 0;
    qint64 m_wantedId = 0; // asked for by showCampaign() before the list had it
};
