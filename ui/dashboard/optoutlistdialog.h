#pragma once

#include "analytics/optoutlog.h"

#include <QDialog>

class DashboardLoader;
class QLabel;
class QPushButton;
class QTableWidget;
struct OptOutListReply;

// The people behind a figure of the dashboard: the opt-outs a filter selects (and the exclusions,
// when it asks for them too), newest first, with
// when, the number, the name, how they left, why and after which campaign. Read on the
// dashboard's worker; a person still in the address book can be opened there.
class OptOutListDialog : public QDialog
{
    Q_OBJECT

public:
    // How many people the list shows at most; the heading says how many there are in all.
    static constexpr int Limit = 500;

    OptOutListDialog(DashboardLoader* loader, const QString& heading, const textwell::OptOutFilter& filter,
                     QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    // The person with this number should be shown in the address book.
    void openPersonRequested(const QString& phone);

private:
    void apply(const OptOutListReply& reply);
    void updateButtons();

    quint64 m_request;
    bool m_exclusionsToo; // the list holds manual exclusions as well as opt-outs
    QLabel* m_heading;
    QLabel* m_status;
    QTableWidget* m_table;
    QPushButton* m_openButton;
    bool m_loaded = false;
    qint64 m_total = 0;
};
