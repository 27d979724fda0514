#include "reportspage.h"

#include "campaigns/campaignstore.h"
#include "reportjob.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/messagebanner.h"
#include "widgets/phonenumberedit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
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

using namespace textwell;

namespace {

const QString FolderKey = QStringLiteral("reports/folder");
const QString FormatKey = QStringLiteral("reports/format");

enum class Preset
{
    Days7,
    Days30,
    Days90,
    Months12,
    Custom,
};

bool usesSpan(ReportRequest::Kind kind)
{
    return kind == ReportRequest::Kind::Dashboard || kind == ReportRequest::Kind::OptOuts;
}

} // namespace

ReportsPage::ReportsPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_kinds(new QListWidget(this)), m_title(new QLabel(this)),
      m_description(new QLabel(this)), m_form(new QFormLayout), m_preset(new QComboBox(this)),
      m_customRange(new QWidget(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_granularity(new QComboBox(this)), m_segment(new QComboBox(this)), m_campaign(new QComboBox(this)),
      m_number(new PhoneNumberEdit(
          BusinessSettings(connection->database()).value(BusinessSettings::Key::DefaultCountry), this)),
      m_pdf(new QRadioButton(ReportFormats::label(ReportFormat::Pdf), this)),
      m_xlsx(new QRadioButton(ReportFormats::label(ReportFormat::Xlsx), this)),
      m_csv(new QRadioButton(ReportFormats::label(ReportFormat::Csv), this)),
      m_export(new QPushButton(tr("&Export…"), this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("reportsPage"));
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

    m_preset->addItem(tr("Last 7 days"), int(Preset::Days7));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Days30));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Days90));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Months12));
    m_preset->addItem(tr("Custom…"), int(Preset::Custom));
    m_preset->setCurrentIndex(2);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto* range = new QHBoxLayout(m_customRange);
    range->setContentsMargins(0, 0, 0, 0);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), m_customRange));
    range->addWidget(m_to);
    range->addStretch();
    auto* period = new QWidget(this);
    auto* periodRow = new QHBoxLayout(period);
    periodRow->setContentsMargins(0, 0, 0, 0);
    periodRow->addWidget(m_preset);
    periodRow->addWidget(m_customRange, 1);

    m_granularity->addItem(tr("Automatic"));
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        m_granularity->addItem(Period::granularityLabel(g), int(g));
    m_segment->setAccessibleName(tr("Segment"));
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

    m_form->addRow(tr("Pe&riod:"), period);
    m_form->addRow(tr("&Group by:"), m_granularity);
    m_form->addRow(tr("&People:"), m_segment);
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
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::applyPreset);
    connect(m_number, &PhoneNumberEdit::validityChanged, this, &ReportsPage::updateExportButton);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ReportsPage::updateExportButton);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::updateExportButton);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::updateExportButton);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportChosen);
    applyPreset();
    reload();
    m_kinds->setCurrentRow(0);
}

void ReportsPage::reload()
{
    const QSqlDatabase db = m_connection->database();
    const QString segment = m_segment->currentData().toString();
    m_segment->clear();
    m_segment->addItem(tr("Everyone"), QString());
    if (Result<QVector<SavedSegment>> segments = SegmentStore(db).list()) {
        for (const SavedSegment& s : segments.value())
            m_segment->addItem(s.name, s.name);
    }
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(segment)));

    const qint64 campaign = m_campaign->currentData().toLongLong();
    m_campaign->clear();
    if (Result<QVector<Campaign>> campaigns = CampaignStore(db).list()) {
        QVector<Campaign> started;
        for (const Campaign& c : campaigns.value()) {
            if (c.startedAt.isValid())
                started.append(c);
        }
        std::sort(started.begin(), started.end(),
                  [](const Campaign& a, const Campaign& b) { return a.startedAt > b.startedAt; });
        for (const Campaign& c : started)
            m_campaign->addItem(
                tr("%1 — started %2")
                    .arg(c.name, QLocale().toString(c.startedAt.toLocalTime().date(), QLocale::ShortFormat)),
                c.id);
    }
    if (m_campaign->count() == 0)
        m_campaign->setPlaceholderText(tr("No campaign has started yet"));
    m_campaign->setCurrentIndex(m_campaign->findData(campaign));
    if (m_campaign->currentIndex() < 0 && m_campaign->count() > 0)
        m_campaign->setCurrentIndex(0);
    updateExportButton();
}

void ReportsPage::showEvent(QShowEvent* event)
{
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

void ReportsPage::applyPreset()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    m_customRange->setVisible(true);
    const QDate today = Clock::currentUtc().toLocalTime().date();
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        return; // the dates shown stay, ready to be changed
    m_to->setDate(today);
    switch (preset) {
    case Preset::Days7:
        m_from->setDate(today.addDays(-6));
        break;
    case Preset::Days30:
        m_from->setDate(today.addDays(-29));
        break;
    case Preset::Days90:
        m_from->setDate(today.addDays(-89));
        break;
    case Preset::Months12:
        m_from->setDate(today.addYears(-1).addDays(1));
        break;
    case Preset::Custom:
        break;
    }
}

void ReportsPage::updateExportButton()
{
    const ReportRequest chosen = request();
    QString why;
    if (usesSpan(chosen.kind) && chosen.first > chosen.last)
        why = tr("The first day is after the last.");
    else if (chosen.kind == ReportRequest::Kind::Campaign && chosen.campaignId <= 0)
        why = tr("No campaign has started yet.");
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
    r.first = m_from->date();
    r.last = m_to->date();
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
    if (chosen.first.isValid() && chosen.last.isValid()) {
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        m_from->setDate(chosen.first);
        m_to->setDate(chosen.last);
    }
    m_granularity->setCurrentIndex(chosen.granularity ? m_granularity->findData(int(*chosen.granularity))
                                                      : 0);
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(chosen.segmentName)));
    if (chosen.campaignId > 0)
        m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(chosen.campaignId)));
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
            progress->setLabelText(tr("Writing the report… %L1 of %L2 rows").arg(done).arg(total));
        } else {
            progress->setLabelText(tr("Writing the report… %L1 rows").arg(done));
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
