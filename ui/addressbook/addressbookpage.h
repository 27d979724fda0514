#pragma once

#include "addressbookcommand.h"
#include "contacts/addressbook.h"

#include <QWidget>

class MessageBanner;
class QAction;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QMimeData;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;
class SubscriberDetailPane;
class SubscriberTableModel;

namespace textwell {
class Connection;
}

// The address book screen: the table of everyone (any size), search and status filter, the
// detail pane with the consent history, and every edit as an undoable command where the rules
// allow an undo (an opt-out or a consent cannot be taken back, only followed by a new event).
class AddressBookPage : public QWidget
{
    Q_OBJECT

public:
    // connection: the GUI thread's connection, for small writes and one person's history.
    AddressBookPage(textwell::Connection* connection, QUndoStack* undoStack, QWidget* parent = nullptr);

    // For the main window's menus.
    QList<QAction*> editActions() const;
    SubscriberTableModel* model() const { return m_model; }
    MessageBanner* banner() const { return m_banner; }

public Q_SLOTS:
    void addSubscriber();
    void editSubscriber();
    void excludeSelected();
    void excludeNumber();
    void unexcludeSelected();
    void unsubscribeSelected();
    void recordConsent();
    void deleteSelected();
    // Erases the selected person on request (not undoable): see PersonEraser.
    void eraseSelected();
    // Reads the search box and status filter (and the default country for numbers) into the table.
    void applyFilter();
    // Shows the person with this number: searches for it among everyone, whatever the status filter.
    void showNumber(const QString& phone);
    // Puts the keyboard into the search box, its text selected to type over.
    void focusSearch();

Q_SIGNALS:
    // A file was dropped on the page (or the empty state's import button pressed, with no path):
    // the main window opens the import wizard on it.
    void importRequested(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    textwell::AddressBook book() const;
    AddressBookEditContext editContext();
    // Runs a command's first step; pushes it on success, shows why not on failure.
    bool runCommand(AddressBookCommand* command, const QString& doneMessage);
    void onTotalChanged(qint64 total);
    void updateSelection(); // actions now, the detail pane a moment later
    void showSelectedPerson();
    void showPerson(qint64 id);
    void updateActions();
    // The people an action applies to: the selected rows, or with none selected the person in the
    // detail pane. Empty, with a warning, when some selected rows are not loaded or there are too many:
    // an action never quietly leaves part of a selection out.
    struct Target
    {
        qint64 id;
        QString phone;
        textwell::SubscriberStatus status;
    };
    static constexpr int MaxBulkSelection = 5000;
    QVector<Target> targets();
    // Counted from the selection's ranges, without an index per row (Ctrl+A on a million rows).
    int selectedCount() const;
    QWidget* createEmptyState();
    // The file of a drag, when it is one the import reads (.csv, .tsv, .txt, .vcf); else empty.
    static QString importablePath(const QMimeData* data);

    textwell::Connection* m_connection;
    QUndoStack* m_undoStack;
    SubscriberTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QTimer* m_searchDelay;
    QTimer* m_detailDelay; // coalesces detail loads while the selection moves fast
    int m_scrollBeforeReset = 0;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QWidget* m_emptyButtons = nullptr;
    QWidget* m_clearFilterButton = nullptr;
    SubscriberDetailPane* m_detail;
    QLabel* m_countLabel;
    QAction* m_addAction;
    QAction* m_findAction;
    QAction* m_editAction;
    QAction* m_consentAction;
    QAction* m_unsubscribeAction;
    QAction* m_excludeAction;
    QAction* m_excludeNumberAction;
    QAction* m_unexcludeAction;
    QAction* m_deleteAction;
    QAction* m_eraseAction;
};
