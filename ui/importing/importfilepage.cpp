#include "importfilepage.h"

#include "importing/columnmapping.h"
#include "importing/textencoding.h"
#include "importjob.h"
#include "importwizard.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

namespace {
// Enough of the file for the first lines of the raw preview, even when they are long.
constexpr qint64 rawPreviewBytes = 16 * 1024;
constexpr int rawPreviewLines = 8;
} // namespace

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)), m_choose(new QPushButton(this)),
      m_banner(new MessageBanner(this)), m_detected(new QLabel(this)), m_adjust(new QToolButton(this)),
      m_adjustBox(new QWidget(this)), m_encoding(new QComboBox(m_adjustBox)),
      m_separator(new QComboBox(m_adjustBox)),
      m_header(new QCheckBox(tr("First &row holds column names"), m_adjustBox)), m_rawLabel(new QLabel(this)),
      m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    if (wizard->mode() == ImportWizard::Mode::People) {
        setTitle(tr("Choose the file to import"));
        setSubTitle(tr("A list from Excel, another program or your phone's contacts (CSV, TXT or vCard). "
                       "Nothing is saved until the last step."));
    } else {
        setTitle(tr("Choose the list of numbers"));
        setSubTitle(tr("A file of numbers that must never get a message, such as the opt-out list of your "
                       "previous SMS provider. Nothing is saved until the last step."));
    }

    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("Choose a file, or drop it on the address book"));
    m_path->setClearButtonEnabled(true);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_loadedPath)
            setFile(m_path->text().trimmed());
    });
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setText(tr("&Choose…"));
    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::PlainText);
    QFont bold = m_detected->font();
    bold.setBold(true);
    m_detected->setFont(bold);

    // "Adjust…" stays folded: most files are read right, and the choices only confuse then.
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_adjust->setText(tr("&Adjust…"));
    m_adjust->setToolTip(tr("Change how the file is read, if the text or the columns below look wrong."));
    m_adjust->setCheckable(true);
    m_adjust->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_adjust->setArrowType(Qt::RightArrow);
    m_adjust->setAutoRaise(true);
    connect(m_adjust, &QToolButton::toggled, this, [this](bool open) {
        m_adjust->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_adjustBox->setVisible(open);
    });

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (TextEncoding::Encoding encoding : TextEncoding::all())
        m_encoding->addItem(TextEncoding::label(encoding), int(encoding));
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_header->setObjectName(QStringLiteral("headerCheck"));
    connect(m_encoding, &QComboBox::activated, this, &ImportFilePage::onFormatEdited);
    connect(m_separator, &QComboBox::activated, this, &ImportFilePage::onFormatEdited);
    connect(m_header, &QCheckBox::clicked, this, &ImportFilePage::onFormatEdited);
    auto* adjustForm = new QFormLayout(m_adjustBox);
    adjustForm->setContentsMargins(24, 0, 0, 0);
    adjustForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    adjustForm->addRow(tr("&Text encoding:"), m_encoding);
    adjustForm->addRow(tr("Columns &separated by:"), m_separator);
    adjustForm->addRow(QString(), m_header);
    m_adjustBox->setVisible(false);

    m_rawLabel->setText(tr("The first &lines of the file, as they are read:"));
    m_rawLabel->setBuddy(m_raw);
    m_raw->setObjectName(QStringLiteral("rawPreview"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMaximumHeight(m_raw->fontMetrics().lineSpacing() * (rawPreviewLines + 1) + 12);
    m_raw->setAccessibleName(tr("The first lines of the file"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_banner);
    layout->addSpacing(6);
    layout->addWidget(m_detected);
    layout->addWidget(m_adjust, 0, Qt::AlignLeft);
    layout->addWidget(m_adjustBox);
    layout->addSpacing(6);
    layout->addWidget(m_rawLabel);
    layout->addWidget(m_raw);
    layout->addStretch(1);

    setTabOrder(m_path, m_choose);
    setTabOrder(m_choose, m_adjust);
    setTabOrder(m_adjust, m_encoding);
    setTabOrder(m_encoding, m_separator);
    setTabOrder(m_separator, m_header);
    setTabOrder(m_header, m_raw);
    showFormat();
}

void ImportFilePage::initializePage()
{
    const QString path = m_wizard->choices().filePath;
    if (!path.isEmpty() && path != m_loadedPath)
        setFile(path);
    else if (path.isEmpty())
        m_path->setFocus();
}

bool ImportFilePage::isComplete() const
{
    return m_ok;
}

void ImportFilePage::chooseFile()
{
    const QString start = m_loadedPath.isEmpty() ? QDir::homePath() : QFileInfo(m_loadedPath).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the file to import"), start,
                                     tr("Lists and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString& path)
{
    m_loadedPath = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_wizard->choices().filePath = QDir::fromNativeSeparators(path);
    m_banner->hide();
    if (path.isEmpty()) {
        fail(QString());
        return;
    }
    Result<FileFormat> format = ImportFile::sniff(QDir::fromNativeSeparators(path));
    if (!format) {
        m_raw->clear();
        fail(format.error());
        return;
    }
    m_wizard->choices().format = format.value();
    loadSample();
}

void ImportFilePage::onFormatEdited()
{
    FileFormat& format = m_wizard->choices().format;
    format.encoding = static_cast<TextEncoding::Encoding>(m_encoding->currentData().toInt());
    format.delimiter = m_separator->currentData().toString().at(0);
    format.hasHeader = m_header->isChecked();
    loadSample();
}

void ImportFilePage::fail(const QString& message)
{
    if (m_counter) {
        m_counter->cancel();
        m_counter->disconnect(this);
        m_counter = nullptr;
    }
    m_ok = false;
    m_rows = -1;
    m_wizard->choices().header.clear();
    m_wizard->choices().sample.clear();
    if (!message.isEmpty())
        m_banner->show(MessageBanner::Kind::Error, message);
    showFormat();
    Q_EMIT completeChanged();
}

void ImportFilePage::loadSample()
{
    ImportWizard::Choices& choices = m_wizard->choices();
    m_banner->hide();
    showRawPreview();
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(choices.filePath, choices.format);
    if (!reader) {
        fail(reader.error());
        return;
    }
    // A few rows, read here: the whole file is read by the worker below.
    choices.header = reader.value()->header();
    choices.sample.clear();
    SourceRecord record;
    while (choices.sample.size() < ImportWizard::SampleRows && reader.value()->next(record))
        choices.sample.append(record);
    if (!reader.value()->error().isEmpty()) {
        fail(reader.value()->error());
        return;
    }
    if (choices.sample.isEmpty()) {
        fail(choices.format.hasHeader && choices.format.kind == FileFormat::Delimited
                 ? tr("The file has no rows below its first row. If the first row is a person, untick “First "
                      "row holds column names” under Adjust.")
                 : tr("The file has no rows to import."));
        return;
    }
    QVector<QStringList> sample;
    for (const SourceRecord& row : std::as_const(choices.sample))
        sample.append(row.fields);
    choices.options.mapping = ColumnMapping::guess(choices.header, sample);
    const int phone = choices.options.mapping.columnOf(ImportField::Phone);
    choices.phoneColumn = phone >= 0 ? phone : 0;
    m_ok = true;

    if (m_counter) { // an older count is of no use any more
        m_counter->cancel();
        m_counter->disconnect(this);
    }
    ImportJob::Request request;
    request.task = ImportJob::Task::CountRows;
    request.filePath = choices.filePath;
    request.format = choices.format;
    m_counter = new ImportJob(request, this);
    ImportJob* counter = m_counter;
    connect(counter, &ImportJob::finished, counter, &QObject::deleteLater);
    connect(counter, &ImportJob::progress, this, [this, counter](const ImportProgress& progress) {
        if (counter == m_counter)
            m_detected->setToolTip(tr("%Ln row(s) read so far", nullptr, int(progress.rows)));
    });
    connect(counter, &ImportJob::finished, this, [this, counter](const ImportJob::Outcome& outcome) {
        if (counter != m_counter)
            return;
        m_counter = nullptr;
        if (!outcome.ok) {
            // A broken row further down would stop the import: say so now, naming the row.
            if (!outcome.cancelled)
                fail(outcome.error);
            return;
        }
        m_rows = outcome.rows;
        showFormat();
    });
    m_rows = -1;
    counter->start();
    showFormat();
    Q_EMIT completeChanged();
}

void ImportFilePage::showRawPreview()
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    QFile file(choices.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_raw->clear();
        return;
    }
    const QByteArray head = file.read(rawPreviewBytes);
    const int bom = TextEncoding::bomLength(head, choices.format.encoding);
    TextDecoder decoder(choices.format.encoding);
    QString text = decoder.decode(head.mid(bom));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    // The last line of the piece read may be cut short: drop it unless the file ends there.
    if (head.size() == rawPreviewBytes && lines.size() > 1)
        lines.removeLast();
    m_raw->setPlainText(lines.mid(0, rawPreviewLines).join(QLatin1Char('\n')));
}

QString ImportFilePage::describeFormat() const
{
    const FileFormat& format = m_wizard->choices().format;
    QStringList parts;
    if (format.kind == FileFormat::VCard) {
        parts << tr("Contact cards (vCard)");
    } else {
        switch (format.delimiter.unicode()) {
        case ';':
            parts << tr("Semicolon-separated text");
            break;
        case '\t':
            parts << tr("Tab-separated text");
            break;
        case '|':
            parts << tr("Text separated by vertical bars");
            break;
        default:
            parts << tr("Comma-separated text");
            break;
        }
    }
    parts << TextEncoding::label(format.encoding);
    if (format.kind == FileFormat::Delimited)
        parts << (format.hasHeader ? tr("first row is a header") : tr("no header row"));
    const QString rows =
        m_rows < 0 ? tr("counting rows…")
                   : tr("%Ln row(s)", nullptr, int(qMin<qint64>(m_rows, std::numeric_limits<int>::max())));
    return QStringLiteral("%1 — %2").arg(parts.join(QStringLiteral(", ")), rows);
}

void ImportFilePage::showFormat()
{
    const FileFormat& format = m_wizard->choices().format;
    const bool loaded = !m_wizard->choices().header.isEmpty();
    m_detected->setVisible(loaded);
    m_adjust->setEnabled(!m_loadedPath.isEmpty());
    m_rawLabel->setVisible(!m_loadedPath.isEmpty());
    m_raw->setVisible(!m_loadedPath.isEmpty());
    if (loaded)
        m_detected->setText(describeFormat());
    // The controls show the format in use; vCards have no separator and no header row.
    m_encoding->setCurrentIndex(m_encoding->findData(int(format.encoding)));
    m_separator->setCurrentIndex(qMax(0, m_separator->findData(QString(format.delimiter))));
    m_header->setChecked(format.hasHeader);
    m_separator->setEnabled(format.kind == FileFormat::Delimited);
    m_header->setEnabled(format.kind == FileFormat::Delimited);
}
