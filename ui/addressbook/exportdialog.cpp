#include "exportdialog.h"

#include "contacts/subscriberstatus.h"
#include "exporting/exportfiles.h"
#include "segments/segmentstore.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/messagebanner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace textwell;

namespace {

// This desk's last choices (QSettings: per-desk UI preferences, DESIGN.md).
const QString FormatKey = QStringLiteral("export/format");
const QString DelimiterKey = QStringLiteral("export/delimiter");
const QString BomKey = QStringLiteral("export/bom");
const QString FolderKey = QStringLiteral("export/folder");

// Where decimals are written with a comma, Excel splits CSV at semicolons.
QChar localDelimiter()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

ExportDialog::ExportDialog(Connection* connection, const SubscriberFilter& filter, qint64 shown,
                           QWidget* parent)
    : QDialog(parent), m_filter(filter), m_everyone(new QRadioButton(this)),
      m_filtered(new QRadioButton(this)), m_segment(new QRadioButton(tr("A saved &segment:"), this)),
      m_segments(new QComboBox(this)),
      m_suppression(
          new QRadioButton(tr("The s&uppression list: every unsubscribed or excluded number"), this)),
      m_csv(new QRadioButton(tr("&CSV, for any spreadsheet or program"), this)),
      m_xlsx(new QRadioButton(tr("Excel &workbook (XLSX)"), this)),
      m_csvOptions(new QGroupBox(tr("CSV options"), this)), m_delimiter(new QComboBox(this)),
      m_bom(new QCheckBox(tr("Add a &BOM for Excel (it then shows ü, ß and Cyrillic letters right)"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    const bool filtered = !filter.search.trimmed().isEmpty() || filter.status.has_value();

    // What.
    auto* what = new QGroupBox(tr("What to export"), this);
    auto* whatLayout = new QVBoxLayout(what);
    m_everyone->setObjectName(QStringLiteral("exportEveryone"));
    m_everyone->setText(filtered ? tr("&Everyone in the address book")
                                 : tr("&Everyone in the address book (%Ln person(s))", nullptr, int(shown)));
    m_filtered->setObjectName(QStringLiteral("exportFiltered"));
    if (filtered) {
        QStringList parts;
        if (!filter.search.trimmed().isEmpty())
            parts.append(tr("“%1”").arg(filter.search.trimmed()));
        if (filter.status)
            parts.append(SubscriberStatuses::label(*filter.status));
        m_filtered->setText(tr("The people s&hown now (%1): %Ln person(s)", nullptr, int(shown))
                                .arg(parts.join(QStringLiteral(", "))));
    } else {
        m_filtered->setText(tr("The people s&hown now (no search or filter is set)"));
        m_filtered->setEnabled(false);
    }
    m_segment->setObjectName(QStringLiteral("exportSegment"));
    m_segments->setObjectName(QStringLiteral("exportSegmentCombo"));
    // A handful of rows: read here, like the composer's segment list.
    Result<QVector<SavedSegment>> segments = SegmentStore(connection->database()).list();
    if (segments) {
        for (const SavedSegment& s : segments.value())
            m_segments->addItem(s.name, s.id);
    }
    if (m_segments->count() == 0) {
        m_segments->addItem(tr("No saved segments yet"));
        m_segment->setEnabled(false);
        m_segments->setEnabled(false);
    }
    m_suppression->setObjectName(QStringLiteral("exportSuppression"));
    auto* whatGroup = new QButtonGroup(this);
    auto* segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segment);
    segmentRow->addWidget(m_segments, 1);
    for (QRadioButton* button : {m_everyone, m_filtered, m_segment, m_suppression})
        whatGroup->addButton(button);
    whatLayout->addWidget(m_everyone);
    whatLayout->addWidget(m_filtered);
    whatLayout->addLayout(segmentRow);
    whatLayout->addWidget(m_suppression);
    (filtered ? m_filtered : m_everyone)->setChecked(true);
    connect(m_segments, &QComboBox::activated, m_segment, [this] { m_segment->setChecked(true); });

    // Format.
    auto* format = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QVBoxLayout(format);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_xlsx->setObjectName(QStringLiteral("exportXlsx"));
    auto* formatGroup = new QButtonGroup(this);
    formatGroup->addButton(m_csv);
    formatGroup->addButton(m_xlsx);
    formatLayout->addWidget(m_csv);
    formatLayout->addWidget(m_xlsx);
    const QSettings settings;
    (settings.value(FormatKey).toString() == QLatin1String("xlsx") ? m_xlsx : m_csv)->setChecked(true);

    // CSV options.
    auto* csvLayout = new QFormLayout(m_csvOptions);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; ), as Excel in most of Europe expects"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    const QString delimiter =
        settings.value(DelimiterKey, ExportOptions::delimiterName(localDelimiter())).toString();
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(delimiter)));
    csvLayout->addRow(tr("&Delimiter:"), m_delimiter);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setChecked(settings.value(BomKey, true).toBool());
    csvLayout->addRow(m_bom);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QRadioButton::toggled, this, &ExportDialog::updateOptions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(format);
    layout->addWidget(m_csvOptions);
    layout->addStretch();
    layout->addWidget(buttons);
    updateOptions();
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

void ExportDialog::updateOptions()
{
    m_csvOptions->setEnabled(m_csv->isChecked());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.what = m_filtered->isChecked()      ? ExportRequest::What::Filter
                   : m_segment->isChecked()     ? ExportRequest::What::Segment
                   : m_suppression->isChecked() ? ExportRequest::What::SuppressionList
                                                : ExportRequest::What::Everyone;
    request.filter = m_filter;
    request.segmentId = m_segments->currentData().toLongLong();
    request.path = m_path;
    request.options.format = m_xlsx->isChecked() ? ExportFormat::Xlsx : ExportFormat::Csv;
    request.options.delimiter =
        ExportOptions::delimiterFromName(m_delimiter->currentData().toString()).value_or(QLatin1Char(','));
    request.options.byteOrderMark = m_bom->isChecked();
    return request;
}

QString ExportDialog::suggestedFileName() const
{
    const QString what =
        m_suppression->isChecked() ? QStringLiteral("suppression-list") : QStringLiteral("subscribers");
    return QStringLiteral("textwell-%1-%2.%3")
        .arg(what, Clock::currentUtc().toLocalTime().date().toString(Qt::ISODate),
             ExportOptions::suffix(request().options.format));
}

void ExportDialog::accept()
{
    const ExportFormat format = request().options.format;
    const QString folder =
        QSettings()
            .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path;
    if (s_nextPath) {
        path = *s_nextPath;
        s_nextPath.reset();
    } else {
        path =
            QFileDialog::getSaveFileName(this, tr("Export to"), QDir(folder).filePath(suggestedFileName()),
                                         format == ExportFormat::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                                      : tr("CSV files (*.csv *.txt *.tsv)"));
    }
    if (path.isEmpty())
        return; // the file dialog was cancelled: the choices stay open
    // A name typed without an extension gets the format's; another extension is the user's choice.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ExportOptions::suffix(format);
    m_path = path;
    saveChoices();
    QDialog::accept();
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    const ExportRequest chosen = request();
    settings.setValue(FormatKey, ExportOptions::formatCode(chosen.options.format));
    settings.setValue(DelimiterKey, ExportOptions::delimiterName(chosen.options.delimiter));
    settings.setValue(BomKey, chosen.options.byteOrderMark);
    settings.setValue(FolderKey, QFileInfo(m_path).absolutePath());
}

QString ExportDialog::doneMessage(const ExportRequest& request, qint64 rows, const QString& path)
{
    const int n = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    return request.what == ExportRequest::What::SuppressionList
               ? tr("Exported %Ln number(s) of the suppression list to %1.", nullptr, n)
                     .arg(QDir::toNativeSeparators(path))
               : tr("Exported %Ln person(s) to %1.", nullptr, n).arg(QDir::toNativeSeparators(path));
}

void ExportDialog::start(QWidget* parent, Connection* connection, const SubscriberFilter& filter,
                         qint64 shown, MessageBanner* banner)
{
    auto* dialog = new ExportDialog(connection, filter, shown, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString databasePath = connection->path();
    connect(dialog, &QDialog::accepted, dialog, [dialog, parent, databasePath, banner] {
        const ExportRequest request = dialog->request();
        auto* progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, parent);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowTitle(tr("Export"));
        progress->setMinimumDuration(300);
        progress->setAutoReset(false);
        progress->setAutoClose(false);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        auto* job = new ExportJob(databasePath, request, progress);
        connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
        connect(job, &ExportJob::progress, progress, [progress](qint64 done, qint64 total) {
            progress->setLabelText(tr("Exporting… %L1 of %Ln row(s)", nullptr, int(total)).arg(done));
            progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        });
        connect(job, &ExportJob::finished, banner,
                [progress, banner, request](qint64 rows, const QString& path, const QString& error) {
                    progress->close();
                    if (error.isEmpty())
                        banner->show(MessageBanner::Kind::Information, doneMessage(request, rows, path));
                    else if (error == ExportFiles::cancelled())
                        banner->show(MessageBanner::Kind::Information, error);
                    else
                        banner->show(MessageBanner::Kind::Error, error);
                });
        job->start();
    });
    dialog->open();
}
