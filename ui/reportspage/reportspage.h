#pragma once

#include "reports/reportformat.h"
#include "reports/reportrequest.h"

#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class MessageBanner;
class PhoneNumberEdit;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class RangePicker;
class ReportChoicesLoader;
struct ReportChoices;

namespace textwell {
class Connection;
}

// The Reports screen: the unsubscribe report (what the dashboard shows), one campaign, the opt-out
// log and one person's consent record, each for a period or a subject, as PDF, XLSX or CSV.
// Export… asks for the file and writes it on a worker with a progress dialog and Cancel. The
// campaigns and segments to choose from are read on a worker too.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(textwell::Connection* connection, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // The report the choices on screen ask for.
    textwell::ReportRequest request() const;
    // Shows these choices (a dashboard's span, grouping and segment, say).
    void setRequest(const textwell::ReportRequest& request);
    textwell::ReportFormat format() const;
    // "unsubscribe-report-2026-12-07.pdf", for the file dialog.
    QString suggestedFileName() const;

    // Asks for a file and writes request there as format, showing the outcome in this page's
    // banner: also used by the dashboard's File > Export.
    void exportReport(const textwell::ReportRequest& request, textwell::ReportFormat format);

    // Tests answer the file dialog before it is asked (an empty path cancels it).
    static void setNextPath(const QString& path) { s_nextPath = path; }

public Q_SLOTS:
    // Reads the saved segments and the campaigns that have started again, on the worker; the
    // choices on screen stay until the new ones arrive.
    void reload();
    void exportChosen();

Q_SIGNALS:
    // A report was written (error empty) or failed.
    void finished(const QString& path, const QString& error);
    // The campaigns and segments of the latest reload() are on screen (or their failure is shown).
    void choicesLoaded();

protected:
    // The campaigns and segments to choose from are read again each time the screen is shown.
    void showEvent(QShowEvent* event) override;

private:
    void showKind();
    void applyChoices(const ReportChoices& choices);
    void updateExportButton();

    textwell::Connection* m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest; // the newest reload's number
    QThread m_thread;
    ReportChoicesLoader* m_loader;
    bool m_loading = false;
    // A campaign asked for before the campaigns arrived: chosen when they do.
    std::optional<qint64> m_wantedCampaign;
    QListWidget* m_kinds;
    QLabel* m_title;
    QLabel* m_description;
    QFormLayout* m_form;
    RangePicker* m_range;
    QComboBox* m_granularity;
    QComboBox* m_segment;
    QComboBox* m_campaign;
    PhoneNumberEdit* m_number;
    QRadioButton* m_pdf;
    QRadioButton* m_xlsx;
    QRadioButton* m_csv;
    QPushButton* m_export;
    MessageBanner* m_banner;

    static inline std::optional<QString> s_nextPath;
};
