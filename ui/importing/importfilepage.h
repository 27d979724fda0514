#pragma once

#include "importing/importfile.h"

#include <QWizardPage>

class ImportJob;
class ImportWizard;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// Page 1: which file, and how it is written. What was detected is said in one sentence; the
// encoding, separator and header row can be changed, and the first lines show as they are read,
// so a wrong encoding is seen as garbage at once.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Reads path and what it is; shows a problem in the page when it cannot be imported.
    void setFile(const QString& path);

private:
    void chooseFile();
    void onFormatEdited();
    // Reads the header and the first rows in the current format, and counts the rows on a worker.
    void loadSample();
    void showRawPreview();
    void showFormat();
    void fail(const QString& message);
    QString describeFormat() const;

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QPushButton* m_choose;
    MessageBanner* m_banner;
    QLabel* m_detected;
    QToolButton* m_adjust;
    QWidget* m_adjustBox;
    QComboBox* m_encoding;
    QComboBox* m_separator;
    QCheckBox* m_header;
    QLabel* m_rawLabel;
    QPlainTextEdit* m_raw;
    ImportJob* m_counter = nullptr;
    QString m_loadedPath;
    bool m_ok = false;
    qint64 m_rows = -1; // -1 while counting
};
