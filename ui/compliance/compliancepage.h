#pragma once

#include "complianceloader.h"

#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class ComplianceItemModel;
class MessageBanner;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace textwell {
class Connection;
}

// The Compliance screen: what the rule packs in force enforce, one card each, and what is open
// against a deadline: opt-out requests that came by hand, replies that may be opt-outs, people
// whose consent awaits confirmation for too long. Everything is read and written on the loader's
// thread; the screen reads again when it is shown and after each change.
class CompliancePage : public QWidget
{
    Q_OBJECT

public:
    explicit CompliancePage(textwell::Connection* connection, QWidget* parent = nullptr);
    ~CompliancePage() override;

    ComplianceItemModel* model() const { return m_model; }
    // Whether a read or a change is still on its way.
    bool isBusy() const { return m_loading || m_pendingWrites > 0; }
    MessageBanner* banner() const { return m_banner; }
    const ComplianceReply& lastReply() const { return m_reply; }

    // Makes a change as the buttons do, after their dialogs.
    void perform(const ComplianceRequest& request);

public Q_SLOTS:
    void refresh();
    // The actions on the open items (each opens its dialog).
    void recordRequest();
    void enterNumber();
    void closeRequest();
    void openInInbox();
    void askToConfirm();
    void askEveryone();

Q_SIGNALS:
    // A reply to review: the Inbox should show this number's conversation.
    void openInInboxRequested(const QString& phone);
    // A message was queued (a confirmation request): the sender may look now.
    void messagesQueued();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded(const ComplianceReply& reply);
    void onPerformed(const ComplianceResult& result);
    void showPacks();
    void updateActions();
    const textwell::ComplianceItem* selectedItem() const;

    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread m_worker;
    ComplianceLoader* m_loader;
    ComplianceItemModel* m_model;
    textwell::Connection* m_connection;

    MessageBanner* m_banner;
    MessageBanner* m_packProblems;
    QWidget* m_cards;
    QHBoxLayout* m_cardsLayout;
    QLabel* m_summary;
    QPushButton* m_record;
    QPushButton* m_enter;
    QPushButton* m_close;
    QPushButton* m_openInbox;
    QPushButton* m_askConfirm;
    QPushButton* m_askEveryone;
    int m_neverAsked = 0;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;

    ComplianceReply m_reply;
    QVector<textwell::RulePack> m_shownPacks;
    bool m_loading = false;
    int m_pendingWrites = 0;
};
