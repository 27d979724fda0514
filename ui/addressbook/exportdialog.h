#pragma once

#include "exportjob.h"

#include <QDialog>

#include <optional>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QRadioButton;

namespace textwell {
class Connection;
}

// File > Export…: what to export (everyone, the people the address book shows now, a saved
// segment, the suppression list), as CSV or XLSX, and for CSV the delimiter and the byte order
// mark Excel needs. Export… then asks for the file; the choices are remembered for next time.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // filter and shown: the address book's current filter and how many people it shows.
    ExportDialog(textwell::Connection* connection, const textwell::SubscriberFilter& filter, qint64 shown,
                 QWidget* parent = nullptr);

    // Opens the dialog; once a file is chosen, runs the export on a worker with a progress dialog
    // (Cancel leaves no file) and tells the banner how it went.
    static void start(QWidget* parent, textwell::Connection* connection,
                      const textwell::SubscriberFilter& filter, qint64 shown, MessageBanner* banner);

    // The choices; path is set once the dialog is accepted.
    ExportRequest request() const;
    // "textwell-subscribers-2026-12-07.csv", for the file dialog.
    QString suggestedFileName() const;
    // The message for a finished export, for the banner.
    static QString doneMessage(const ExportRequest& request, qint64 rows, const QString& path);

    // Tests answer the file dialog before it is asked (an empty path cancels it).
    static void setNextPath(const QString& path) { s_nextPath = path; }

public Q_SLOTS:
    void accept() override;

private:
    void updateOptions();
    void saveChoices() const;

    textwell::SubscriberFilter m_filter;
    QRadioButton* m_everyone;
    QRadioButton* m_filtered;
    QRadioButton* m_segment;
    QComboBox* m_segments;
    QRadioButton* m_suppression;
    QRadioButton* m_csv;
    QRadioButton* m_xlsx;
    QGroupBox* m_csvOptions;
    QComboBox* m_delimiter;
    QCheckBox* m_bom;
    QString m_path;

    static inline std::optional<QString> s_nextPath;
};
