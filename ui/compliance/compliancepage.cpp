#include "compliancepage.h"

#include "compliance/ruleexplanations.h"
#include "complianceitemmodel.h"
#include "contacts/phonenumbers.h"
#include "optoutrequestdialog.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/deskuser.h"
#include "widgets/messagebanner.h"
#include "widgets/semanticcolors.h"
#include "widgets/taborder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace textwell;

namespace {

QFont scaledBold(QFont font, qreal scale)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

// "DE" -> "Germany"; every country for the pack of all others.
QString countriesText(const RulePack& pack)
{
    if (pack.countries.isEmpty())
        return CompliancePage::tr("Every country no other pack names");
    QStringList names;
    for (const QString& code : pack.countries) {
        const QString name = PhoneNumbers::regionName(code);
        names.append(name.isEmpty() ? code : name);
    }
    // A group of many countries reads better by its codes than by a paragraph of names.
    return names.size() <= 4 ? names.join(QStringLiteral(", ")) : pack.countries.join(QStringLiteral(", "));
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CompliancePage::CompliancePage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_loader(new ComplianceLoader(connection->path(), DeskUser::name(), m_latest)),
      m_model(new ComplianceItemModel(this)), m_connection(connection), m_banner(new MessageBanner(this)),
      m_packProblems(new MessageBanner(this)), m_cards(new QWidget(this)),
      m_cardsLayout(new QHBoxLayout(m_cards)), m_summary(new QLabel(this)),
      m_record(new QPushButton(tr("&Record opt-out request…"), this)),
      m_enter(new QPushButton(tr("E&nter number…"), this)),
      m_close(new QPushButton(tr("&Close request…"), this)),
      m_openInbox(new QPushButton(tr("Open in &Inbox"), this)),
      m_askConfirm(new QPushButton(tr("Ask to confir&m"), this)),
      m_askEveryone(new QPushButton(tr("Ask everyone not asked yet…"), this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("compliancePage"));
    qRegisterMetaType<ComplianceReply>();
    qRegisterMetaType<ComplianceResult>();
    m_worker.setObjectName(QStringLiteral("compliance loader"));
    m_loader->moveToThread(&m_worker);
    connect(&m_worker, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ComplianceLoader::loaded, this, &CompliancePage::onLoaded);
    connect(m_loader, &ComplianceLoader::performed, this, &CompliancePage::onPerformed);
    m_worker.start();

    auto* title = new QLabel(tr("Compliance"), this);
    title->setFont(scaledBold(title->font(), 1.15));
    m_banner->setObjectName(QStringLiteral("complianceBanner"));
    m_packProblems->setObjectName(QStringLiteral("rulePackProblems"));

    // The packs side by side; a narrow window scrolls them sideways.
    m_cards->setObjectName(QStringLiteral("rulePackCards"));
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    auto* cardsScroll = new QScrollArea(this);
    cardsScroll->setObjectName(QStringLiteral("rulePackScroll"));
    cardsScroll->setFocusPolicy(Qt::NoFocus);
    cardsScroll->setFrameShape(QFrame::NoFrame);
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setWidget(m_cards);
    // Room for a card's rules to be read; the open items below take the rest.
    cardsScroll->setMinimumHeight(fontMetrics().lineSpacing() * 14);
    cardsScroll->setMaximumHeight(fontMetrics().lineSpacing() * 18);

    auto* itemsTitle = new QLabel(tr("Open items"), this);
    itemsTitle->setFont(scaledBold(itemsTitle->font(), 1.05));
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);

    m_record->setObjectName(QStringLiteral("recordRequestButton"));
    m_enter->setObjectName(QStringLiteral("enterNumberButton"));
    m_close->setObjectName(QStringLiteral("closeRequestButton"));
    m_openInbox->setObjectName(QStringLiteral("openInInboxButton"));
    m_askConfirm->setObjectName(QStringLiteral("askToConfirmButton"));
    m_enter->setToolTip(tr("The number of the person who asked: they are opted out as of the request."));
    m_close->setToolTip(tr("Close the request without an opt-out, saying why (e.g. no such customer)."));
    m_askConfirm->setToolTip(tr("Send the confirmation request: they reply YES to confirm their consent."));
    connect(m_record, &QPushButton::clicked, this, &CompliancePage::recordRequest);
    connect(m_enter, &QPushButton::clicked, this, &CompliancePage::enterNumber);
    connect(m_close, &QPushButton::clicked, this, &CompliancePage::closeRequest);
    connect(m_openInbox, &QPushButton::clicked, this, &CompliancePage::openInInbox);
    connect(m_askConfirm, &QPushButton::clicked, this, &CompliancePage::askToConfirm);
    m_askEveryone->setObjectName(QStringLiteral("askEveryoneButton"));
    m_askEveryone->setToolTip(tr("Send the confirmation request to everyone awaiting it who was never asked, "
                                 "however long they have been waiting."));
    connect(m_askEveryone, &QPushButton::clicked, this, &CompliancePage::askEveryone);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_record, m_enter, m_close, m_openInbox, m_askConfirm, m_askEveryone})
        actions->addWidget(button);
    actions->addStretch();

    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setAccessibleName(tr("Open items"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ComplianceItemModel::WhoColumn, QHeaderView::Stretch);
    for (int column :
         {ComplianceItemModel::KindColumn, ComplianceItemModel::SinceColumn, ComplianceItemModel::DueColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompliancePage::updateActions);
    connect(m_table, &QTableView::activated, this, [this] {
        const ComplianceItem* item = selectedItem();
        if (!item)
            return;
        if (item->kind == ComplianceItem::Kind::Review)
            openInInbox();
        else if (item->kind == ComplianceItem::Kind::OptOutRequest)
            enterNumber();
    });
    m_empty->setObjectName(QStringLiteral("complianceEmptyText"));
    m_empty->setText(
        tr("Nothing is waiting. Opt-out requests that came by phone, e-mail, letter or in person, "
           "replies that may be opt-outs and people who have not confirmed their consent show here "
           "with their deadlines."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addWidget(m_packProblems);
    layout->addWidget(cardsScroll);
    layout->addWidget(itemsTitle);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(m_stack, 1);
    m_packProblems->hide();
    m_banner->hide();

    TabOrder::set({m_banner, m_packProblems, m_record, m_enter, m_close, m_openInbox, m_askConfirm,
                   m_askEveryone, m_table});
    updateActions();
    refresh();
}

CompliancePage::~CompliancePage()
{
    // Reads still queued are dropped; changes already asked for are made before the thread ends.
    m_latest->store(std::numeric_limits<quint64>::max());
    QMetaObject::invokeMethod(
        m_loader, [thread = &m_worker] { thread->quit(); }, Qt::QueuedConnection);
    m_worker.wait();
}

void CompliancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void CompliancePage::refresh()
{
    const quint64 generation = ++*m_latest;
    m_loading = true;
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, generation] { loader->load(generation); }, Qt::QueuedConnection);
}

void CompliancePage::perform(const ComplianceRequest& request)
{
    ++m_pendingWrites;
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, request] { loader->perform(request); }, Qt::QueuedConnection);
}

void CompliancePage::onLoaded(const ComplianceReply& reply)
{
    if (reply.generation < m_latest->load())
        return;
    m_loading = false;
    if (!reply.error.isEmpty()) {
        m_banner->show(MessageBanner::Kind::Error, reply.error);
        return;
    }
    // The selection stays on the same item when it is still open.
    const ComplianceItem* selected = selectedItem();
    const std::optional<std::pair<ComplianceItem::Kind, qint64>> keep =
        selected ? std::optional(std::pair(selected->kind, selected->id)) : std::nullopt;
    m_reply = reply;
    m_model->setItems(reply.snapshot.items, reply.now);
    m_neverAsked = reply.snapshot.neverAsked;
    updateActions();
    if (keep) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ComplianceItem* item = m_model->item(row);
            if (item->kind == keep->first && item->id == keep->second) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    m_stack->setCurrentWidget(reply.snapshot.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    const ComplianceItems::Snapshot& s = reply.snapshot;
    QStringList parts;
    if (s.openRequests > 0)
        parts.append(tr("%n opt-out request(s) to enter", nullptr, s.openRequests));
    if (s.reviews > 0)
        parts.append(tr("%n reply(s) to review", nullptr, s.reviews));
    if (s.awaiting > 0)
        parts.append(tr("%n person(s) awaiting confirmation too long", nullptr, s.awaiting));
    QString summary = parts.join(QStringLiteral(" · "));
    if (s.overdue > 0)
        summary += QStringLiteral(" — ") + tr("%n overdue", nullptr, s.overdue);
    if (s.truncated())
        summary += QStringLiteral(" — ") + tr("the %n most urgent are listed", nullptr, int(s.items.size()));
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    SemanticColors::setTextTone(m_summary,
                                s.overdue > 0 ? SemanticColors::Tone::Bad : SemanticColors::Tone::Normal);
    if (reply.problems.isEmpty())
        m_packProblems->hide();
    else
        m_packProblems->show(MessageBanner::Kind::Warning, reply.problems.join(QLatin1Char('\n')));
    if (reply.packs != m_shownPacks) {
        m_shownPacks = reply.packs;
        showPacks();
    }
    updateActions();
}

void CompliancePage::showPacks()
{
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const RulePack& pack : std::as_const(m_shownPacks)) {
        auto* card = new QFrame(m_cards);
        card->setObjectName(QStringLiteral("rulePackCard_%1").arg(pack.id));
        card->setFrameShape(QFrame::StyledPanel);
        card->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
        card->setMaximumWidth(fontMetrics().averageCharWidth() * 52);
        auto* cardLayout = new QVBoxLayout(card);
        auto* name = wrappedLabel(pack.name(), card);
        name->setFont(scaledBold(name->font(), 1.0));
        cardLayout->addWidget(name);
        auto* law = wrappedLabel(pack.law(), card);
        cardLayout->addWidget(law);
        auto* countries = wrappedLabel(countriesText(pack), card);
        SemanticColors::setTextTone(countries, SemanticColors::Tone::Muted);
        cardLayout->addWidget(countries);
        QStringList rules;
        for (const QString& sentence : RuleExplanations::enforced(pack))
            rules.append(QStringLiteral("• ") + sentence);
        auto* enforced = wrappedLabel(rules.join(QLatin1Char('\n')), card);
        enforced->setObjectName(QStringLiteral("rulePackRules"));
        cardLayout->addWidget(enforced);
        cardLayout->addStretch();
        m_cardsLayout->addWidget(card);
    }
    m_cardsLayout->addStretch();
}

const ComplianceItem* CompliancePage::selectedItem() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return nullptr;
    return m_model->item(current.row());
}

void CompliancePage::updateActions()
{
    const ComplianceItem* item = selectedItem();
    const auto is = [item](ComplianceItem::Kind kind) { return item && item->kind == kind; };
    m_enter->setEnabled(is(ComplianceItem::Kind::OptOutRequest));
    m_close->setEnabled(is(ComplianceItem::Kind::OptOutRequest));
    m_openInbox->setEnabled(is(ComplianceItem::Kind::Review));
    m_askConfirm->setEnabled(is(ComplianceItem::Kind::AwaitingConfirmation));
    m_askEveryone->setEnabled(m_neverAsked > 0);
}

void CompliancePage::recordRequest()
{
    auto* dialog = new OptOutRequestDialog(
        BusinessSettings(m_connection->database()).value(BusinessSettings::Key::DefaultCountry), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ComplianceRequest request;
        request.action = ComplianceRequest::Action::Record;
        request.receivedAt = dialog->receivedAt();
        request.channel = dialog->channel();
        request.contact = dialog->contact();
        request.text = dialog->note();
        perform(request);
    });
    dialog->open();
}

void CompliancePage::enterNumber()
{
    const ComplianceItem* item = selectedItem();
    if (!item || item->kind != ComplianceItem::Kind::OptOutRequest)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("enterNumberDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Enter number"));
    dialog->setLabelText(tr("The phone number of %1 (asked %2). It is opted out as of the request.")
                             .arg(item->contact, m_model
                                                     ->data(m_model->index(m_table->currentIndex().row(),
                                                                           ComplianceItemModel::SinceColumn))
                                                     .toString()));
    dialog->setOkButtonText(tr("Opt out"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id = item->id](const QString& number) {
        ComplianceRequest request;
        request.action = ComplianceRequest::Action::Enter;
        request.id = id;
        request.contact = number;
        perform(request);
    });
    dialog->open();
}

void CompliancePage::closeRequest()
{
    const ComplianceItem* item = selectedItem();
    if (!item || item->kind != ComplianceItem::Kind::OptOutRequest)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("closeRequestDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Close request"));
    dialog->setLabelText(tr("Why is the request from %1 closed without an opt-out?").arg(item->contact));
    dialog->setTextValue(tr("no such customer"));
    dialog->setOkButtonText(tr("Close request"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id = item->id](const QString& outcome) {
        ComplianceRequest request;
        request.action = ComplianceRequest::Action::Close;
        request.id = id;
        request.text = outcome;
        perform(request);
    });
    dialog->open();
}

void CompliancePage::openInInbox()
{
    if (const ComplianceItem* item = selectedItem(); item && item->kind == ComplianceItem::Kind::Review)
        Q_EMIT openInInboxRequested(item->phone);
}

void CompliancePage::askToConfirm()
{
    const ComplianceItem* item = selectedItem();
    if (!item || item->kind != ComplianceItem::Kind::AwaitingConfirmation)
        return;
    ComplianceRequest request;
    request.action = ComplianceRequest::Action::AskToConfirm;
    request.contact = item->phone;
    perform(request);
}

void CompliancePage::askEveryone()
{
    const auto answer = QMessageBox::question(
        this, tr("Ask to confirm"),
        tr("Send the confirmation request to %n person(s) awaiting confirmation who were never asked? "
           "They reply %1 to confirm; nothing else is sent to them until they do.",
           nullptr, m_neverAsked)
            .arg(QStringLiteral("YES / JA / ДА")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    ComplianceRequest request;
    request.action = ComplianceRequest::Action::AskEveryone;
    perform(request);
}

void CompliancePage::onPerformed(const ComplianceResult& result)
{
    --m_pendingWrites;
    if (!result.error.isEmpty())
        m_banner->show(MessageBanner::Kind::Error, result.error);
    else if (!result.message.isEmpty())
        m_banner->show(MessageBanner::Kind::Information, result.message);
    if (result.queued)
        Q_EMIT messagesQueued();
    refresh();
}
