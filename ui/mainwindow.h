#pragma once

#include <QMainWindow>

class AddressBookPage;
class CampaignsPage;
class CompliancePage;
class DashboardPage;
class ReportsPage;
class InboxPage;
class SendingService;
class ComposerPage;
class SegmentsPage;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QUndoStack;

namespace textwell {
class Connection;
}

// The window: a sidebar of screens (only those that work) and the current screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(textwell::Connection* connection, QWidget* parent = nullptr);

    DashboardPage* dashboard() const { return m_dashboard; }
    AddressBookPage* addressBook() const { return m_addressBook; }
    SegmentsPage* segments() const { return m_segments; }
    ComposerPage* composer() const { return m_composer; }
    CampaignsPage* campaigns() const { return m_campaigns; }
    InboxPage* inbox() const { return m_inbox; }
    CompliancePage* compliance() const { return m_compliance; }
    SendingService* sending() const { return m_sending; }
    // Starts sending what is due (campaigns left sending resume). Call once the window is shown:
    // it may ask for the gateway's password.
    void startSending();
    QUndoStack* undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QListWidgetItem* addScreen(QWidget* screen, const QString& title, const QString& iconName);
    void createMenus();
    // Opens the import wizard (people, or a suppression list) on path, or on a file still to choose.
    void importFile(bool suppressionList, const QString& path);
    void about();
    // Shows the screen in this sidebar row and puts the keyboard focus into it.
    void showScreen(int row);
    void showAddressBook();
    // Shows the person with this number in the address book (found through its search).
    void showPerson(const QString& phone);
    // Shows a number's conversation in the Inbox.
    void showConversation(const QString& phone);

    textwell::Connection* m_connection;
    QUndoStack* m_undoStack;
    QListWidget* m_sidebar;
    QStackedWidget* m_screens;
    DashboardPage* m_dashboard;
    ReportsPage* m_reports = nullptr;
    AddressBookPage* m_addressBook;
    SegmentsPage* m_segments;
    ComposerPage* m_composer;
    CampaignsPage* m_campaigns;
    InboxPage* m_inbox;
    QListWidgetItem* m_inboxItem;
    CompliancePage* m_compliance;
    SendingService* m_sending;
};
