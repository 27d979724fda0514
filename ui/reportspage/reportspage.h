#pragma once

#include "reports/reportformat.h"
#include "reports/reportrequest.h"

#include <QWidget>

#include <optional>

class MessageBanner;
class PhoneNumberEdit;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace textwell {
class Connection;
}

// The Reports screen: the unsubscribe report (what the dashboard shows), one campaign, the opt-out
// log and one person's consent record, each for a period or a subject, as PDF, XLSX or CSV.
// Export… asks for the file and writes it on a worker with a progress dialog and Cancel.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(textwell::Connection* connection, QWidget* parent = nullptr);

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
    // Reads the saved segments and the campaigns that have started again.
    void reload();
    void exportChosen();

Q_SIGNALS:
    // A report was written (error empty) or failed.
    void finished(const QString& path, const QString& error);

protected:
    // The campaigns and segments to choose from are read again each time the screen is shown.
    void showEvent(QShowEvent* event) override;

private:
    void showKind();
    void applyPreset();
    void updateExportButton();

    textwell::Connection* m_connection;
    QListWidget* m_kinds;
    QLabel* m_title;
    QLabel* m_description;
    QFormLayout* m_form;
    QComboBox* m_preset;
    QWidget* m_customRange;
    QDateEdit* m_from;
    QDateEdit* m_to;
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
