#include "rulepacksbox.h"

#include "compliance/rulepacks.h"
#include "contacts/phonenumbers.h"
#include "statusrefreshjob.h"
#include "storage/connection.h"
#include "widgets/countspinbox.h"
#include "widgets/messagebanner.h"
#include "widgets/taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTimeEdit>

using namespace textwell;

RulePacksBox::RulePacksBox(Connection* connection, QWidget* parent)
    : QGroupBox(tr("Rules by country (shared by everyone using this database)"), parent),
      m_connection(connection), m_pack(new QComboBox(this)), m_law(new QLabel(this)),
      m_countries(new QLabel(this)), m_state(new QLabel(this)), m_quietFrom(new QTimeEdit(this)),
      m_quietUntil(new QTimeEdit(this)),
      m_confirmation(new QCheckBox(tr("Ask for confirmation by SMS (double opt-in)"), this)),
      m_reminderDays(new CountSpinBox([](int n) { return tr("%Ln day(s)", nullptr, n); }, this)),
      m_alertDays(new CountSpinBox([](int n) { return tr("%Ln day(s)", nullptr, n); }, this)),
      m_ratesNotice(new QCheckBox(tr("The welcome text says “message and data rates may apply”"), this)),
      m_namesSender(new QCheckBox(tr("The welcome text starts with the business name"), this)),
      m_loadFile(new QPushButton(tr("Load from file…"), this)),
      m_saveFile(new QPushButton(tr("Save to file…"), this)),
      m_restore(new QPushButton(tr("Restore built-in rules"), this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("rulePacksBox"));
    m_pack->setObjectName(QStringLiteral("rulePackCombo"));
    m_law->setObjectName(QStringLiteral("rulePackLaw"));
    m_law->setTextFormat(Qt::PlainText);
    m_law->setWordWrap(true);
    m_countries->setObjectName(QStringLiteral("rulePackCountries"));
    m_countries->setTextFormat(Qt::PlainText);
    m_countries->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("rulePackState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_quietFrom->setObjectName(QStringLiteral("quietFromEdit"));
    m_quietUntil->setObjectName(QStringLiteral("quietUntilEdit"));
    for (QTimeEdit* edit : {m_quietFrom, m_quietUntil})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    // Two fields behind one label: each says its part.
    m_quietFrom->setAccessibleName(tr("No messages from"));
    m_quietUntil->setAccessibleName(tr("No messages until"));
    m_confirmation->setObjectName(QStringLiteral("requiresConfirmationCheck"));
    m_reminderDays->setObjectName(QStringLiteral("reminderDaysSpin"));
    m_reminderDays->setRange(0, 60);
    m_alertDays->setObjectName(QStringLiteral("awaitingAlertDaysSpin"));
    m_alertDays->setRange(0, 365);
    m_ratesNotice->setObjectName(QStringLiteral("ratesNoticeCheck"));
    m_namesSender->setObjectName(QStringLiteral("namesSenderCheck"));
    m_loadFile->setObjectName(QStringLiteral("loadRulePackButton"));
    m_saveFile->setObjectName(QStringLiteral("saveRulePackButton"));
    m_restore->setObjectName(QStringLiteral("restoreRulePackButton"));
    m_banner->setObjectName(QStringLiteral("rulePacksBanner"));
    m_banner->hide();

    auto* form = new QFormLayout(this);
    auto* help =
        new QLabel(tr("What the law of each country asks of text messages. Textwell obeys the rules of "
                      "the recipient's country; change them only when your lawyer says so."),
                   this);
    help->setWordWrap(true);
    form->addRow(help);
    form->addRow(m_banner);
    form->addRow(tr("Rules for:"), m_pack);
    form->addRow(tr("Law:"), m_law);
    form->addRow(tr("Countries:"), m_countries);
    form->addRow(QString(), m_state);
    auto* quiet = new QHBoxLayout;
    quiet->addWidget(m_quietFrom);
    quiet->addWidget(new QLabel(tr("to"), this));
    quiet->addWidget(m_quietUntil);
    quiet->addStretch();
    form->addRow(tr("No messages from:"), quiet);
    form->addRow(m_confirmation);
    form->addRow(tr("Reminder after:"), m_reminderDays);
    form->addRow(tr("List people awaiting after:"), m_alertDays);
    form->addRow(m_ratesNotice);
    form->addRow(m_namesSender);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_loadFile);
    buttons->addWidget(m_saveFile);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    form->addRow(buttons);

    connect(m_pack, &QComboBox::currentIndexChanged, this, &RulePacksBox::showDraft);
    connect(m_quietFrom, &QTimeEdit::timeChanged, this, &RulePacksBox::formEdited);
    connect(m_quietUntil, &QTimeEdit::timeChanged, this, &RulePacksBox::formEdited);
    for (QCheckBox* check : {m_confirmation, m_ratesNotice, m_namesSender})
        connect(check, &QCheckBox::toggled, this, &RulePacksBox::formEdited);
    connect(m_reminderDays, &QSpinBox::valueChanged, this, &RulePacksBox::formEdited);
    connect(m_alertDays, &QSpinBox::valueChanged, this, &RulePacksBox::formEdited);
    connect(m_loadFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load rules from a file"), QString(),
                                                          tr("Rule packs (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_saveFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rules to a file"),
                                                          currentPackId() + QStringLiteral(".json"),
                                                          tr("Rule packs (*.json)"));
        if (!path.isEmpty())
            saveFile(path);
    });
    connect(m_restore, &QPushButton::clicked, this, &RulePacksBox::restoreBuiltIn);
    // The banner is made last but shows first.
    TabOrder::set({m_banner, m_pack, m_quietFrom, m_quietUntil, m_confirmation, m_reminderDays, m_alertDays,
                   m_ratesNotice, m_namesSender, m_loadFile, m_saveFile, m_restore});
    load();
}

void RulePacksBox::load()
{
    const RulePacks packs(m_connection->database());
    const QString shown = currentPackId();
    m_stored.clear();
    m_customized.clear();
    for (const RulePack& pack : packs.all()) {
        m_stored.insert(pack.id, pack);
        if (packs.isCustomized(pack.id))
            m_customized.append(pack.id);
    }
    m_drafts = m_stored;
    m_showing = true;
    m_pack->clear();
    for (const RulePack& pack : packs.all())
        m_pack->addItem(pack.name(), pack.id);
    m_pack->setCurrentIndex(qMax(0, m_pack->findData(shown)));
    m_showing = false;
    showDraft();
    if (!packs.problems().isEmpty())
        m_banner->show(MessageBanner::Kind::Warning, packs.problems().join(QLatin1Char('\n')));
}

QString RulePacksBox::currentPackId() const
{
    return m_pack->currentData().toString();
}

void RulePacksBox::showPack(const QString& id)
{
    m_pack->setCurrentIndex(qMax(0, m_pack->findData(id)));
}

void RulePacksBox::showDraft()
{
    if (m_showing || !m_drafts.contains(currentPackId()))
        return;
    const RulePack& pack = m_drafts[currentPackId()];
    m_showing = true;
    m_law->setText(pack.law());
    QStringList countries;
    for (const QString& code : pack.countries) {
        const QString name = PhoneNumbers::regionName(code);
        countries.append(name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code));
    }
    m_countries->setText(countries.isEmpty() ? tr("Every country no other rules name")
                                             : countries.join(QStringLiteral(", ")));
    m_quietFrom->setTime(pack.quietFrom);
    m_quietUntil->setTime(pack.quietUntil);
    m_confirmation->setChecked(pack.requiresConfirmation);
    m_reminderDays->setValue(pack.confirmationReminderDays);
    m_alertDays->setValue(pack.awaitingAlertDays);
    m_ratesNotice->setChecked(pack.welcomeRatesNotice);
    m_namesSender->setChecked(pack.welcomeNamesSender);
    m_showing = false;
    formEdited();
}

void RulePacksBox::formEdited()
{
    const QString id = currentPackId();
    if (!m_drafts.contains(id))
        return;
    RulePack& pack = m_drafts[id];
    if (!m_showing) {
        pack.quietFrom = m_quietFrom->time();
        pack.quietUntil = m_quietUntil->time();
        pack.requiresConfirmation = m_confirmation->isChecked();
        pack.confirmationReminderDays = m_reminderDays->value();
        pack.awaitingAlertDays = m_alertDays->value();
        pack.welcomeRatesNotice = m_ratesNotice->isChecked();
        pack.welcomeNamesSender = m_namesSender->isChecked();
    }
    // The reminder belongs to double opt-in: without it there is nothing to remind of.
    m_reminderDays->setEnabled(pack.requiresConfirmation);
    m_alertDays->setEnabled(pack.requiresConfirmation);
    const std::optional<RulePack> builtIn = RulePacks::builtIn(id);
    const bool isBuiltIn = builtIn && *builtIn == pack;
    m_restore->setEnabled(!isBuiltIn);
    if (pack != m_stored.value(id))
        m_state->setText(tr("Changed: saved with the page."));
    else
        m_state->setText(m_customized.contains(id) ? tr("Your business's own rules.")
                                                   : tr("The built-in rules."));
}

QWidget* RulePacksBox::showFirstProblem(QString* message)
{
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (it.value() == m_stored.value(it.key()))
            continue;
        // What cannot be read back cannot be saved: the same check as a file.
        Result<RulePack> readBack = RulePack::parse(it.value().toJson(), it.value().name());
        if (!readBack) {
            showPack(it.key());
            *message = readBack.error();
            return m_quietFrom;
        }
    }
    return nullptr;
}

Status RulePacksBox::save()
{
    RulePacks packs(m_connection->database());
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (it.value() == m_stored.value(it.key()))
            continue;
        if (Status saved = packs.save(it.value()); !saved)
            return saved;
    }
    return {};
}

bool RulePacksBox::confirmationChanged() const
{
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (it.value().requiresConfirmation != m_stored.value(it.key()).requiresConfirmation)
            return true;
    }
    return false;
}

void RulePacksBox::refreshStatuses()
{
    StatusRefreshJob::startWithProgress(window(), m_connection->path(), m_banner);
}

bool RulePacksBox::loadFile(const QString& path)
{
    Result<RulePack> pack = RulePacks::readFile(path);
    if (!pack) {
        m_banner->show(MessageBanner::Kind::Error, pack.error());
        return false;
    }
    m_drafts.insert(pack.value().id, pack.value());
    showPack(pack.value().id);
    showDraft();
    m_banner->show(MessageBanner::Kind::Information,
                   tr("The rules for %1 from %2 are shown. Save the page to put them in force.")
                       .arg(pack.value().name(), QFileInfo(path).fileName()));
    return true;
}

bool RulePacksBox::saveFile(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_drafts.value(currentPackId()).toJson()) < 0 ||
        !file.commit()) {
        m_banner->show(MessageBanner::Kind::Error,
                       tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    m_banner->show(
        MessageBanner::Kind::Information,
        tr("The rules for %1 are saved to %2.").arg(m_pack->currentText(), QFileInfo(path).fileName()));
    return true;
}

void RulePacksBox::restoreBuiltIn()
{
    const std::optional<RulePack> builtIn = RulePacks::builtIn(currentPackId());
    if (!builtIn)
        return;
    m_drafts.insert(builtIn->id, *builtIn);
    showDraft();
    m_banner->show(MessageBanner::Kind::Information,
                   tr("The built-in rules for %1 are shown. Save the page to put them back in force.")
                       .arg(builtIn->name()));
}
