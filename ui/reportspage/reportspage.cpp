#include "reportspage.h"

#include "reportchoicesloader.h"
#include "reportjob.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/messagebanner.h"
#include "widgets/phonenumberedit.h"
#include "widgets/rangepicker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

namespace {

const QString FolderKey = QStringLiteral("reports/folder");
const QString FormatKey = QStringLiteral("reports/format");

bool usesSpan(ReportRequest::Kind kind)
{
    return kind == ReportRequest::Kind::Dashboard || kind == ReportRequest::Kind::OptOuts;
}

} // namespace

ReportsPage::ReportsPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_loader(new ReportChoicesLoader(connection->path(), m_latest)), m_kinds(new QListWidget(this)),
      m_title(new QLabel(this)), m_description(new QLabel(this)), m_form(new QFormLayout),
      m_range(new RangePicker(RangePicker::Display::Form, this)), m_granularity(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_campaign(new QComboBox(this)),
      m_number(new PhoneNumberEdit(
          BusinessSettings(connection->database()).value(BusinessSettings::Key::DefaultCountry), this)),
      m_pdf(new QRadioButton(ReportFormats::label(ReportFormat::Pdf), this)),
      m_xlsx(new QRadioButton(ReportFormats::label(ReportFormat::Xlsx), this)),
      m_csv(new QRadioButton(ReportFormats::label(ReportFormat::Csv), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    qRegisterMetaType<ReportChoices>();
    m_thread.setObjectName(QStringLiteral("report choices loader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ReportChoicesLoader::loaded, this, &ReportsPage::applyChoices);
    m_thread.start();

    auto* title = new QLabel(tr("Reports"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto* intro =
        new QLabel(tr("Reports to keep or hand on — to a partner, an accountant, or a person who asks what "
                      "you hold about them."),
                   this);
    intro->setWordWrap(true);

    m_kinds->setObjectName(QStringLiteral("reportKinds"));
    m_kinds->setAccessibleName(tr("Reports"));
    for (ReportRequest::Kind kind : ReportRequest::kinds()) {
        auto* item = new QListWidgetItem(ReportRequest::kindLabel(kind), m_kinds);
        item->setData(Qt::UserRole, int(kind));
        item->setSizeHint(QSize(0, 34));
    }
    int widest = 0;
    for (ReportRequest::Kind kind : ReportRequest::kinds())
        widest = qMax(widest, m_kinds->fontMetrics().horizontalAdvance(ReportRequest::kindLabel(kind)));
    m_kinds->setFixedWidth(widest + 40);

    QFont headingFont = m_title->font();
    headingFont.setBold(true);
    m_title->setFont(headingFont);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_granularity->addItem(tr("Automatic"));
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        m_granularity->addItem(Period::granularityLabel(g), int(g));
    m_segment->setAccessibleName(tr("Segment"));
    m_segment->addItem(tr("Everyone"), QString()); // the saved segments follow from the worker
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setMinimumContentsLength(30);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* formats = new QWidget(this);
    auto* formatColumn = new QVBoxLayout(formats);
    formatColumn->setContentsMargins(0, 0, 0, 0);
    auto* formatGroup = new QButtonGroup(this);
    for (QRadioButton* button : {m_pdf, m_xlsx, m_csv}) {
        formatGroup->addButton(button);
        formatColumn->addWidget(button);
    }
    const std::optional<ReportFormat> saved =
        ReportFormats::fromCode(QSettings().value(FormatKey, QStringLiteral("pdf")).toString());
    (saved == ReportFormat::Xlsx ? m_xlsx : saved == ReportFormat::Csv ? m_csv : m_pdf)->setChecked(true);

    m_form->addRow(tr("Pe&riod:"), m_range);
    m_form->addRow(tr("&Group by:"), m_granularity);
    m_form->addRow(tr("Pe&ople:"), m_segment);
    m_form->addRow(tr("C&ampaign:"), m_campaign);
    m_form->addRow(tr("&Number:"), m_number);
    m_form->addRow(tr("Format:"), formats);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);

    auto* details = new QVBoxLayout;
    details->addWidget(m_title);
    details->addWidget(m_description);
    details->addSpacing(8);
    details->addLayout(m_form);
    details->addLayout(buttons);
    details->addStretch();

    auto* columns = new QHBoxLayout;
    columns->addWidget(m_kinds);
    columns->addSpacing(12);
    columns->addLayout(details, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    m_banner->hide();

    connect(m_kinds, &QListWidget::currentRowChanged, this, &ReportsPage::showKind);
    connect(m_number, &PhoneNumberEdit::validityChanged, this, &ReportsPage::updateExportButton);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ReportsPage::updateExportButton);
    connect(m_range, &RangePicker::rangeChanged, this, &ReportsPage::updateExportButton);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportChosen);
    reload();
    m_kinds->setCurrentRow(0);
}

ReportsPage::~ReportsPage()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // drop whatever is queued
    m_thread.quit();
    m_thread.wait();
}

void ReportsPage::reload()
{
    const quint64 generation = ++*m_latest;
    m_loading = true;
    // The lists on screen stay until the new ones arrive; an empty one says it is on its way.
    if (m_campaign->count() == 0)
        m_campaign->setPlaceholderText(tr("Loading…"));
    updateExportButton();
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, generation] { loader->load(generation); }, Qt::QueuedConnection);
}

void ReportsPage::applyChoices(const ReportChoices& choices)
{
    if (choices.generation != m_latest->load())
        return; // a later reload's answer is on its way
    m_loading = false;
    if (!choices.error.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The campaigns and segments could not be read: %1").arg(choices.error));
        m_campaign->setPlaceholderText(QString());
        m_wantedCampaign.reset();
        updateExportButton();
        Q_EMIT choicesLoaded();
        return;
    }

    const QString segment = m_segment->currentData().toString();
    m_segment->clear();
    m_segment->addItem(tr("Everyone"), QString());
    for (const QString& name : choices.segments)
        m_segment->addItem(name, name);
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(segment)));

    const qint64 campaign = m_wantedCampaign.value_or(m_campaign->currentData().toLongLong());
    m_wantedCampaign.reset();
    m_campaign->clear();
    for (const Campaign& c : choices.campaigns)
        m_campaign->addItem(
            tr("%1 — started %2")
                .arg(c.name, QLocale().toString(c.startedAt.toLocalTime().date(), QLocale::ShortFormat)),
            c.id);
    m_campaign->setPlaceholderText(m_campaign->count() == 0 ? tr("No campaign has started yet") : QString());
    m_campaign->setCurrentIndex(m_campaign->findData(campaign));
    if (m_campaign->currentIndex() < 0 && m_campaign->count() > 0)
        m_campaign->setCurrentIndex(0);
    updateExportButton();
    Q_EMIT choicesLoaded();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    m_range->followToday();
    reload();
    QWidget::showEvent(event);
}

void ReportsPage::showKind()
{
    const auto kind =
        ReportRequest::Kind(m_kinds->currentItem() ? m_kinds->currentItem()->data(Qt::UserRole).toInt() : 0);
    m_title->setText(ReportRequest::kindLabel(kind));
    m_description->setText(ReportRequest::kindDescription(kind));
    m_form->setRowVisible(0, usesSpan(kind));
    m_form->setRowVisible(1, kind == ReportRequest::Kind::Dashboard);
    m_form->setRowVisible(2, kind != ReportRequest::Kind::ConsentRecord);
    m_form->setRowVisible(3, kind == ReportRequest::Kind::Campaign);
    m_form->setRowVisible(4, kind == ReportRequest::Kind::ConsentRecord);
    updateExportButton();
}

void ReportsPage::updateExportButton()
{
    const ReportRequest chosen = request();
    QString why;
    if (usesSpan(chosen.kind) && chosen.first > chosen.last)
        why = tr("The first day is after the last.");
    else if (chosen.kind == ReportRequest::Kind::Campaign && chosen.campaignId <= 0)
        why = m_loading ? tr("Reading the campaigns…") : tr("No campaign has started yet.");
    else if (chosen.kind == ReportRequest::Kind::ConsentRecord && !m_number->isValid())
        why = tr("Enter the person's phone number.");
    m_export->setEnabled(why.isEmpty());
    m_export->setToolTip(why);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.kind =
        ReportRequest::Kind(m_kinds->currentItem() ? m_kinds->currentItem()->data(Qt::UserRole).toInt() : 0);
    r.first = m_range->first();
    r.last = m_range->last();
    if (m_granularity->currentIndex() > 0)
        r.granularity = Granularity(m_granularity->currentData().toInt());
    r.segmentName = m_segment->currentData().toString();
    r.campaignId = m_campaign->currentData().toLongLong();
    r.number = m_number->text();
    return r;
}

void ReportsPage::setRequest(const ReportRequest& chosen)
{
    m_kinds->setCurrentRow(int(ReportRequest::kinds().indexOf(chosen.kind)));
    if (chosen.first.isValid() && chosen.last.isValid())
        m_range->setCustomRange(chosen.first, chosen.last);
    m_granularity->setCurrentIndex(chosen.granularity ? m_granularity->findData(int(*chosen.granularity))
                                                      : 0);
    int segment = m_segment->findData(chosen.segmentName);
    if (segment < 0 && !chosen.segmentName.isEmpty()) {
        // Not read yet (or saved since): asked for by name, and kept when the segments arrive.
        m_segment->addItem(chosen.segmentName, chosen.segmentName);
        segment = m_segment->count() - 1;
    }
    m_segment->setCurrentIndex(qMax(0, segment));
    if (chosen.campaignId > 0) {
        const int campaign = m_campaign->findData(chosen.campaignId);
        if (campaign < 0 && m_loading)
            m_wantedCampaign = chosen.campaignId;
        else
            m_campaign->setCurrentIndex(qMax(0, campaign));
    }
    if (!chosen.number.isEmpty())
        m_number->setText(chosen.number);
    updateExportButton();
}

ReportFormat ReportsPage::format() const
{
    return m_xlsx->isChecked()  ? ReportFormat::Xlsx
           : m_csv->isChecked() ? ReportFormat::Csv
                                : ReportFormat::Pdf;
}

QString ReportsPage::suggestedFileName() const
{
    const ReportRequest r = request();
    QString name;
    switch (r.kind) {
    case ReportRequest::Kind::Dashboard:
        name = tr("unsubscribe-report");
        break;
    case ReportRequest::Kind::Campaign:
        name = tr("campaign-%1").arg(r.campaignId);
        break;
    case ReportRequest::Kind::OptOuts:
        name = tr("opt-outs");
        break;
    case ReportRequest::Kind::ConsentRecord:
        name = tr("consent-record-%1").arg(m_number->isValid() ? m_number->number().e164.mid(1) : QString());
        break;
    }
    return QStringLiteral("%1-%2.%3")
        .arg(name, Clock::currentUtc().toLocalTime().date().toString(Qt::ISODate),
             ReportFormats::suffix(format()));
}

void ReportsPage::exportChosen()
{
    QSettings().setValue(FormatKey, ReportFormats::code(format()));
    exportReport(request(), format());
}

void ReportsPage::exportReport(const ReportRequest& request, ReportFormat format)
{
    QString path;
    if (s_nextPath) {
        path = *s_nextPath;
        s_nextPath.reset();
    } else {
        const QString folder =
            QSettings()
                .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        QString name = suggestedFileName();
        name = QFileInfo(name).completeBaseName() + QLatin1Char('.') + ReportFormats::suffix(format);
        path = QFileDialog::getSaveFileName(
            this, tr("Save the report as"), QDir(folder).filePath(name),
            tr("%1 (*.%2)").arg(ReportFormats::label(format), ReportFormats::suffix(format)));
    }
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportFormats::suffix(format);
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());

    auto* progress = new QProgressDialog(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(tr("Report"));
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* job = new ReportJob(m_connection->path(), request, format, path, progress);
    connect(progress, &QProgressDialog::canceled, job, &ReportJob::cancel);
    connect(job, &ReportJob::progress, progress, [progress](qint64 done, qint64 total) {
        if (total > 0) {
            progress->setMaximum(1000);
            progress->setValue(int(done * 1000 / total));
            progress->setLabelText(
                tr("Writing the report… %L1 of %Ln row(s)", nullptr, int(total)).arg(done));
        } else {
            progress->setLabelText(tr("Writing the report… %Ln row(s)", nullptr, int(done)));
        }
    });
    connect(job, &ReportJob::finished, this,
            [this, progress, job](const QString& title, const QString& written, const QString& error) {
                const bool cancelled = job->isCancelled();
                progress->close();
                if (error.isEmpty())
                    m_banner->show(MessageBanner::Kind::Information,
                                   tr("Saved “%1” to %2.").arg(title, QDir::toNativeSeparators(written)));
                else if (cancelled)
                    m_banner->show(MessageBanner::Kind::Information,
                                   tr("The report was cancelled; no file was written."));
                else
                    m_banner->show(MessageBanner::Kind::Error, error);
                Q_EMIT finished(written, cancelled && !error.isEmpty() ? tr("cancelled") : error);
            });
    job->start();
}
