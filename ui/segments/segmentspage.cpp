#include "segmentspage.h"

#include "breakdownview.h"
#include "contacts/phonenumbers.h"
#include "recipientcountservice.h"
#include "rulegroupwidget.h"
#include "segments/segmentstore.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"
#include "widgets/messageboxes.h"
#include "widgets/taborder.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace textwell;

namespace {
// Long enough to let a word be typed, short enough to feel live.
constexpr int CountDelayMs = 250;
constexpr int PreviewLimit = 50;
} // namespace

SegmentsPage::SegmentsPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection),
      m_counter(new RecipientCountService(connection->path(), this)), m_list(new QListWidget(this)),
      m_duplicate(new QPushButton(tr("D&uplicate"), this)), m_delete(new QPushButton(tr("&Delete"), this)),
      m_name(new QLineEdit(this)), m_save(new QPushButton(tr("&Save segment"), this)),
      m_banner(new MessageBanner(this)), m_editor(new RuleGroupWidget(m_choices, 0, this)),
      m_breakdown(new BreakdownView(this)), m_previewTitle(new QLabel(this)),
      m_preview(new QTableWidget(this)), m_countTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("segmentsPage"));

    // Left: the saved segments.
    m_list->setObjectName(QStringLiteral("segmentList"));
    m_list->setAccessibleName(tr("Saved segments"));
    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newSegmentButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateSegmentButton"));
    m_delete->setObjectName(QStringLiteral("deleteSegmentButton"));
    // Stacked: the list stays narrow in every language and the rules get the room.
    auto* listButtons = new QVBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLabel(tr("<b>Saved segments</b>"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // Middle: name and rules.
    m_name->setObjectName(QStringLiteral("segmentNameEdit"));
    m_name->setPlaceholderText(tr("Segment name, e.g. Regulars in Berlin"));
    m_name->setAccessibleName(tr("Segment name"));
    m_save->setObjectName(QStringLiteral("saveSegmentButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the segment (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_save);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the rules inside; the view follows
    auto* editorHolder = new QWidget(scroll);
    auto* holderLayout = new QVBoxLayout(editorHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_editor);
    holderLayout->addStretch();
    scroll->setWidget(editorHolder);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->addWidget(m_banner);
    middleLayout->addLayout(nameRow);
    middleLayout->addWidget(scroll, 1);

    // Right: the count and the people.
    m_previewTitle->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("segmentPreview"));
    m_preview->setAccessibleName(tr("People on the chosen line"));
    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels({tr("Name"), tr("Number"), tr("City")});
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(tr("<b>Recipients</b>"), right));
    rightLayout->addWidget(m_breakdown);
    rightLayout->addSpacing(8);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    const int unit = fontMetrics().averageCharWidth();
    right->setMaximumWidth(unit * 60);
    splitter->setSizes({unit * 24, unit * 90, unit * 44});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // Column by column, as it reads: the saved segments, the rules, the count and the people.
    TabOrder::set({m_list, newButton, m_duplicate, m_delete, m_banner, m_name, m_save, m_editor, m_breakdown,
                   m_preview});

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentsPage::count);
    connect(m_editor, &RuleGroupWidget::changed, this, [this] {
        setModified(true);
        scheduleCount();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_counter, &RecipientCountService::counted, this, &SegmentsPage::showReply);
    connect(m_counter, &RecipientCountService::busyChanged, m_breakdown, &BreakdownView::setPending);
    connect(m_counter, &RecipientCountService::choicesLoaded, this, [this](const SegmentChoices& choices) {
        m_choices = choices;
        m_editor->setChoices(m_choices);
    });
    connect(m_breakdown, &BreakdownView::groupClicked, this, [this](RecipientGroup group) {
        m_previewGroup = group;
        count();
    });
    connect(newButton, &QPushButton::clicked, this, &SegmentsPage::newSegment);
    connect(m_duplicate, &QPushButton::clicked, this, &SegmentsPage::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &SegmentsPage::remove);
    connect(m_save, &QPushButton::clicked, this, &SegmentsPage::save);
    connect(m_list, &QListWidget::itemClicked, this, [this] { openSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateActions(); });

    reload();
    newSegment();
}

void SegmentsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_counter->requestChoices(); // tags and fields may have changed elsewhere
    count();                     // and so may the people
}

void SegmentsPage::reload()
{
    Result<QVector<SavedSegment>> segments = SegmentStore(m_connection->database()).list();
    if (!segments) {
        m_banner->show(MessageBanner::Kind::Error, segments.error());
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const SavedSegment& s : segments.value()) {
        auto* item = new QListWidgetItem(s.name, m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == m_segmentId)
            m_list->setCurrentItem(item);
    }
    if (segments.value().isEmpty()) {
        auto* hint =
            new QListWidgetItem(tr("No saved segments yet.\nBuild the rules and save them."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    updateActions();
}

void SegmentsPage::updateActions()
{
    const bool saved = m_segmentId != 0;
    m_duplicate->setEnabled(saved);
    m_delete->setEnabled(saved);
}

void SegmentsPage::setModified(bool modified)
{
    m_modified = modified;
    m_save->setText(modified ? tr("&Save segment") + QStringLiteral(" •") : tr("&Save segment"));
}

bool SegmentsPage::confirmDiscard()
{
    if (!m_modified)
        return true;
    const QString question =
        m_name->text().trimmed().isEmpty()
            ? tr("The new segment is not saved. Discard it?")
            : tr("The changes to “%1” are not saved. Discard them?").arg(m_name->text().trimmed());
    return MessageBoxes::confirm(this, tr("Unsaved changes"), question, tr("Discard changes"));
}

void SegmentsPage::newSegment()
{
    if (!confirmDiscard())
        return;
    m_segmentId = 0;
    m_name->clear();
    m_editor->setRule(SegmentRule::group(SegmentRule::Match::All));
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    setModified(false);
    updateActions();
    count();
    m_name->setFocus();
}

void SegmentsPage::openSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id == m_segmentId)
        return;
    if (!confirmDiscard()) {
        reload();
        return;
    }
    Result<SavedSegment> saved = SegmentStore(m_connection->database()).get(id);
    if (!saved) {
        m_banner->show(MessageBanner::Kind::Error, saved.error());
        reload();
        return;
    }
    Result<SegmentRule> rule = saved.value().rule();
    if (!rule) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("The rules of “%1” cannot be read: %2").arg(saved.value().name, rule.error()));
        return;
    }
    m_segmentId = id;
    m_name->setText(saved.value().name);
    m_editor->setRule(rule.value());
    setModified(false);
    updateActions();
    count();
}

void SegmentsPage::save()
{
    SegmentStore store(m_connection->database());
    const SegmentRule rule = m_editor->rule();
    if (m_segmentId == 0) {
        Result<SavedSegment> found = store.find(m_name->text());
        if (found) {
            m_banner->show(
                MessageBanner::Kind::Error,
                tr("There is already a segment named “%1”. Choose another name.").arg(found.value().name));
            return;
        }
        Result<SavedSegment> saved = store.save(m_name->text(), rule);
        if (!saved) {
            m_banner->show(MessageBanner::Kind::Error, saved.error());
            return;
        }
        m_segmentId = saved.value().id;
    } else {
        Status renamed = store.rename(m_segmentId, m_name->text());
        Status updated = renamed ? store.updateRule(m_segmentId, rule) : renamed;
        if (!updated) {
            m_banner->show(MessageBanner::Kind::Error, updated.error());
            return;
        }
    }
    setModified(false);
    reload();
    m_banner->show(MessageBanner::Kind::Information, tr("Saved “%1”.").arg(m_name->text().simplified()));
    Q_EMIT segmentsChanged();
}

void SegmentsPage::duplicate()
{
    if (m_segmentId == 0 || !confirmDiscard())
        return;
    Result<SavedSegment> copy = SegmentStore(m_connection->database()).duplicate(m_segmentId);
    if (!copy) {
        m_banner->show(MessageBanner::Kind::Error, copy.error());
        return;
    }
    m_modified = false;
    m_segmentId = 0; // open the copy
    reload();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == copy.value().id)
            m_list->setCurrentRow(i);
    }
    openSelected();
    Q_EMIT segmentsChanged();
}

void SegmentsPage::remove()
{
    if (m_segmentId == 0)
        return;
    const QString name = m_name->text();
    if (!MessageBoxes::confirm(this, tr("Delete segment"),
                               tr("Delete the segment “%1”? The people in it are not affected.").arg(name),
                               tr("Delete")))
        return;
    if (Status removed = SegmentStore(m_connection->database()).remove(m_segmentId); !removed) {
        m_banner->show(MessageBanner::Kind::Error, removed.error());
        return;
    }
    m_modified = false;
    m_segmentId = 0;
    reload();
    newSegment();
    m_banner->show(MessageBanner::Kind::Information, tr("Deleted “%1”.").arg(name));
    Q_EMIT segmentsChanged();
}

void SegmentsPage::scheduleCount()
{
    m_countTimer->start();
}

void SegmentsPage::count()
{
    m_countTimer->stop();
    if (!isVisible())
        return; // counted when shown: a hidden screen adds no work to start-up
    CountRequest request;
    request.rule = m_editor->rule();
    request.previewGroup = m_previewGroup;
    request.previewLimit = PreviewLimit;
    m_counter->request(request);
}

void SegmentsPage::showReply(const CountReply& reply)
{
    m_editor->showProblems(reply.problems);
    if (!reply.error.isEmpty()) {
        m_breakdown->setUnavailable(tr("Could not count: %1").arg(reply.error));
        m_previewTitle->clear();
        m_preview->setRowCount(0);
        return;
    }
    if (!reply.problems.isEmpty()) {
        m_breakdown->setUnavailable(tr("Fix the rules marked in red to see the count."));
        m_previewTitle->clear();
        m_preview->setRowCount(0);
        return;
    }
    m_breakdown->setBreakdown(reply.breakdown);
    m_breakdown->setSelectedGroup(reply.previewGroup);
    const qint64 total = reply.breakdown.count(reply.previewGroup);
    m_previewTitle->setText(
        total == 0 ? tr("Nobody on the line “%1”.").arg(RecipientBreakdown::label(reply.previewGroup))
        : total > reply.preview.size()
            ? tr("“%1”: the first %2 of %3, by name.")
                  .arg(RecipientBreakdown::label(reply.previewGroup))
                  .arg(reply.preview.size())
                  .arg(QLocale().toString(total))
            : tr("“%1”: all %2, by name.").arg(RecipientBreakdown::label(reply.previewGroup)).arg(total));
    m_preview->setAccessibleDescription(m_previewTitle->text());
    m_preview->setRowCount(static_cast<int>(reply.preview.size()));
    for (int row = 0; row < reply.preview.size(); ++row) {
        const Subscriber& person = reply.preview[row];
        m_preview->setItem(row, 0, new QTableWidgetItem(person.displayName()));
        m_preview->setItem(row, 1, new QTableWidgetItem(PhoneNumbers::formatInternational(person.phone)));
        m_preview->setItem(row, 2, new QTableWidgetItem(person.city));
    }
    m_preview->resizeColumnToContents(0);
    m_preview->resizeColumnToContents(1);
}
