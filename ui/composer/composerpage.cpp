#include "composerpage.h"

#include "campaigndialog.h"
#include "campaigns/campaignstartjob.h"
#include "campaigns/campaignstore.h"
#include "compliance/ruleexplanations.h"
#include "compliance/sendpolicy.h"
#include "composerhighlighter.h"
#include "contacts/customfields.h"
#include "contacts/phonenumbers.h"
#include "messages/gsmlookalikes.h"
#include "messages/placeholdervalues.h"
#include "messages/smsencoding.h"
#include "phonepreview.h"
#include "segments/breakdownview.h"
#include "segments/recipientcountservice.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/displayformats.h"
#include "widgets/semanticcolors.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace textwell;

namespace {
constexpr int CountDelayMs = 300;
constexpr int PreviewRecipients = 50;
// Twilio refuses longer bodies; a marketing text beyond it is a mistake, not a message.
constexpr int MaxCharacters = 1600;
const QString DraftKey = QStringLiteral("composer/draft");
const QString SegmentKey = QStringLiteral("composer/segment");

// The value most people in a sample have, by length: the middle one.
QString medianByLength(QStringList values)
{
    values.removeAll(QString());
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end(),
              [](const QString& a, const QString& b) { return a.size() < b.size(); });
    return values.at(values.size() / 2);
}
} // namespace

ComposerPage::ComposerPage(Connection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection),
      m_counter(new RecipientCountService(connection->path(), this)), m_segment(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)), m_highlighter(new ComposerHighlighter(m_text->document())),
      m_insert(new QToolButton(this)), m_optOutLine(new QLabel(this)), m_optOutNote(new QLabel(this)),
      m_problems(new QLabel(this)), m_counter1(new QLabel(this)), m_counter2(new QLabel(this)),
      m_unicodeNote(new QLabel(this)), m_replace(new QPushButton(tr("&Replace with GSM look-alikes"), this)),
      m_breakdown(new BreakdownView(this)), m_cost(new QLabel(this)), m_phone(new PhonePreview(this)),
      m_previewCaption(new QLabel(this)), m_previous(new QToolButton(this)), m_next(new QToolButton(this)),
      m_countTimer(new QTimer(this)), m_saveDraftTimer(new QTimer(this)),
      m_send(new QPushButton(tr("&Send…"), this))
{
    setObjectName(QStringLiteral("composerPage"));
    m_segment->setObjectName(QStringLiteral("segmentCombo"));
    m_segment->setAccessibleName(tr("Send to"));
    m_segment->setMinimumContentsLength(24);

    m_text->setObjectName(QStringLiteral("messageEdit"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(tr("Write your message, e.g. “Hello {first_name|there}, this week 20% off all "
                                  "haircuts. Book at 030 1234567.”"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().height() * 7);

    m_insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_insert->setText(tr("&Insert placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setMenu(new QMenu(m_insert));

    // The opt-out line sits under the text as part of the message, but outside the editor: it
    // cannot be edited or deleted here (its wording is in Settings).
    m_optOutLine->setObjectName(QStringLiteral("optOutLine"));
    m_optOutLine->setTextFormat(Qt::PlainText);
    m_optOutLine->setStyleSheet(QStringLiteral("QLabel#optOutLine { background: palette(alternate-base); "
                                               "border: 1px dashed palette(mid); padding: 4px 6px; "
                                               "color: palette(text); }"));
    m_optOutLine->setToolTip(tr("Added to every marketing message; change its wording in Settings."));
    m_optOutNote->setWordWrap(true);
    SemanticColors::setTextTone(m_optOutNote, SemanticColors::Tone::Muted);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    SemanticColors::setTextTone(m_problems, SemanticColors::Tone::Bad);
    SemanticColors::whenPaletteChanges(m_text, [this] {
        const QSignalBlocker blocker(m_text); // rehighlighting changes formats, not the text
        m_highlighter->rehighlight();
    });
    m_counter1->setObjectName(QStringLiteral("counterTypical"));
    m_counter2->setObjectName(QStringLiteral("counterLongest"));
    m_unicodeNote->setObjectName(QStringLiteral("unicodeNote"));
    m_unicodeNote->setWordWrap(true);
    m_unicodeNote->setTextFormat(Qt::PlainText);
    m_replace->setObjectName(QStringLiteral("replaceLookalikesButton"));
    m_cost->setObjectName(QStringLiteral("costLabel"));
    m_cost->setWordWrap(true);

    auto* top = new QHBoxLayout;
    auto* sendTo = new QLabel(tr("Send &to:"), this);
    sendTo->setBuddy(m_segment);
    top->addWidget(sendTo);
    top->addWidget(m_segment);
    top->addStretch();
    top->addWidget(m_insert);

    auto* unicodeRow = new QHBoxLayout;
    unicodeRow->addWidget(m_unicodeNote, 1);
    unicodeRow->addWidget(m_replace);

    auto* message = new QGroupBox(tr("Message"), this);
    auto* messageLayout = new QVBoxLayout(message);
    messageLayout->addLayout(top);
    messageLayout->addWidget(m_text, 1);
    messageLayout->setSpacing(4);
    messageLayout->addWidget(m_optOutLine);
    messageLayout->addWidget(m_optOutNote);
    messageLayout->addWidget(m_problems);
    messageLayout->addSpacing(6);
    messageLayout->addWidget(m_counter1);
    messageLayout->addWidget(m_counter2);
    messageLayout->addLayout(unicodeRow);

    auto* audience = new QGroupBox(tr("Recipients"), this);
    auto* audienceLayout = new QVBoxLayout(audience);
    audienceLayout->addWidget(m_breakdown);
    audienceLayout->addWidget(m_cost);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_send->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Send now, schedule, or A/B test this message (%1)")
                           .arg(m_send->shortcut().toString(QKeySequence::NativeText)));
    auto* sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(m_send);
    audienceLayout->addLayout(sendRow);

    auto* left = new QVBoxLayout;
    left->addWidget(message, 3);
    left->addWidget(audience, 0);

    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Previous recipient"));
    m_previous->setAccessibleName(tr("Previous recipient"));
    m_previous->setObjectName(QStringLiteral("previousRecipientButton"));
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next recipient"));
    m_next->setAccessibleName(tr("Next recipient"));
    m_next->setObjectName(QStringLiteral("nextRecipientButton"));
    m_previewCaption->setObjectName(QStringLiteral("previewCaption"));
    m_previewCaption->setAlignment(Qt::AlignCenter);
    m_previewCaption->setWordWrap(true);
    m_previewCaption->setTextFormat(Qt::PlainText);
    auto* steps = new QHBoxLayout;
    steps->addWidget(m_previous);
    steps->addWidget(m_previewCaption, 1);
    steps->addWidget(m_next);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Preview</b>"), this), 0, Qt::AlignHCenter);
    right->addWidget(m_phone, 1, Qt::AlignHCenter);
    right->addLayout(steps);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 1);
    // As it reads: the message and its recipients down to Send, then the preview beside them.
    TabOrder::set({m_segment, m_insert, m_text, m_replace, m_breakdown, m_send, m_previous, m_next});

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    m_saveDraftTimer->setSingleShot(true);
    m_saveDraftTimer->setInterval(1000);
    connect(m_countTimer, &QTimer::timeout, this, &ComposerPage::requestCount);
    connect(m_saveDraftTimer, &QTimer::timeout, this,
            [this] { QSettings().setValue(DraftKey, m_text->toPlainText()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        analyse();
        m_saveDraftTimer->start();
        // New placeholders need their longest values from the segment.
        if (m_hasReply) {
            for (const QString& field : m_template.usedFields()) {
                if (!m_reply.longestValues.contains(field)) {
                    m_countTimer->start();
                    break;
                }
            }
        }
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(SegmentKey, m_segment->currentData());
        requestCount();
    });
    connect(m_replace, &QPushButton::clicked, this, &ComposerPage::replaceLookalikes);
    connect(m_send, &QPushButton::clicked, this, &ComposerPage::send);
    connect(m_previous, &QToolButton::clicked, this, [this] { stepPreview(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepPreview(1); });
    connect(m_counter, &RecipientCountService::counted, this, &ComposerPage::showReply);
    connect(m_counter, &RecipientCountService::busyChanged, m_breakdown, &BreakdownView::setPending);

    {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(QSettings().value(DraftKey).toString());
    }
    reload();
}

ComposerPage::~ComposerPage() = default;

void ComposerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // the settings and segments may have changed on another screen
}

void ComposerPage::reload()
{
    const BusinessSettings settings(m_connection->database());
    m_optOut = settings.optOutSettings();
    m_pricePerPart = settings.pricePerPart();
    m_currency = settings.value(BusinessSettings::Key::Currency);
    m_region = settings.value(BusinessSettings::Key::DefaultCountry);
    // The rules as the dispatcher will apply them (its rule packs, saved versions included).
    m_policy = std::make_unique<SendPolicy>(m_connection->database(), settings.quietHours(),
                                            settings.frequencyCap(), m_region);
    Result<QStringList> custom = CustomFields(m_connection->database()).list();
    m_customFields = custom ? custom.value() : QStringList();

    QMenu* menu = m_insert->menu();
    menu->clear();
    const QStringList standard = MessageTemplate::standardFields();
    const QStringList labels = {tr("First name"), tr("Last name"), tr("Full name"), tr("City"), tr("Region")};
    for (int i = 0; i < standard.size(); ++i) {
        const QString field = standard[i];
        menu->addAction(QStringLiteral("%1  {%2}").arg(labels.value(i, field), field), this,
                        [this, field] { insertPlaceholder(field); });
    }
    if (!m_customFields.isEmpty())
        menu->addSection(tr("Custom fields"));
    for (const QString& field : std::as_const(m_customFields))
        menu->addAction(QStringLiteral("{%1}").arg(field), this, [this, field] { insertPlaceholder(field); });

    const QVariant wanted = m_segment->count() > 0 ? m_segment->currentData() : QSettings().value(SegmentKey);
    {
        const QSignalBlocker blocker(m_segment);
        m_segment->clear();
        m_segment->addItem(tr("Everyone in the address book"), qint64(0));
        Result<QVector<SavedSegment>> segments = SegmentStore(m_connection->database()).list();
        if (segments) {
            for (const SavedSegment& s : segments.value())
                m_segment->addItem(s.name, s.id);
        }
        m_segment->setCurrentIndex(qMax(0, m_segment->findData(wanted)));
    }
    analyse();
    requestCount();
}

void ComposerPage::insertPlaceholder(const QString& field)
{
    m_text->insertPlainText(QStringLiteral("{%1}").arg(field));
    m_text->setFocus();
}

void ComposerPage::requestCount()
{
    m_countTimer->stop();
    if (!isVisible())
        return; // counted when shown (reload): a hidden screen adds no work to start-up
    CountRequest request;
    const qint64 id = m_segment->currentData().toLongLong();
    if (id != 0) {
        Result<SavedSegment> saved = SegmentStore(m_connection->database()).get(id);
        Result<SegmentRule> rule = saved ? saved.value().rule() : Result<SegmentRule>::failure(saved.error());
        if (!rule) {
            m_breakdown->setUnavailable(rule.error());
            return;
        }
        request.rule = rule.value();
    }
    request.previewLimit = PreviewRecipients;
    request.placeholderFields = m_template.usedFields();
    m_counter->request(request);
}

void ComposerPage::showReply(const CountReply& reply)
{
    m_reply = reply;
    m_hasReply = true;
    if (!reply.error.isEmpty())
        m_breakdown->setUnavailable(tr("Could not count: %1").arg(reply.error));
    else if (!reply.problems.isEmpty())
        m_breakdown->setUnavailable(
            tr("The segment's rules have a mistake: %1 Fix it on the Segments screen.")
                .arg(reply.problems.first().describe()));
    else
        m_breakdown->setBreakdown(reply.breakdown);
    showRuleNotes();
    m_typicalValues.clear();
    for (const QString& field : MessageTemplate::standardFields() + m_customFields) {
        QStringList values;
        for (const Subscriber& person : std::as_const(reply.preview))
            values.append(PlaceholderValues::valueOf(person, field));
        m_typicalValues.insert(field, medianByLength(values));
    }
    m_previewIndex = qBound(0, m_previewIndex, qMax(0, static_cast<int>(reply.preview.size()) - 1));
    analyse();
}

QString ComposerPage::renderFor(const Subscriber& person) const
{
    return OptOutFooter::messageFor(m_template.render([&person](const QString& field) {
        return PlaceholderValues::valueOf(person, field);
    }),
                                    m_optOut, person.language);
}

QString ComposerPage::counterText(const QString& label, const QString& message) const
{
    const SmsInfo info = SmsEncoding::analyse(message);
    return tr("%1: %2 characters · %3 · %n SMS part(s)", nullptr, info.parts)
        .arg(label)
        .arg(info.characters)
        .arg(SmsEncoding::encodingName(info.encoding));
}

void ComposerPage::analyse()
{
    const QString text = m_text->toPlainText();
    m_template = MessageTemplate::parse(text, MessageTemplate::standardFields() + m_customFields);

    // Mistakes, marked in place and listed under the text.
    QVector<ComposerHighlighter::Span> errorSpans;
    QStringList problems;
    for (const TemplateError& e : m_template.errors()) {
        errorSpans.append({e.position, qMax(1, e.length)});
        problems.append(e.message);
    }
    if (text.size() > MaxCharacters)
        //: %Ln is the text's length, %L1 the most an SMS campaign allows.
        problems.append(
            tr("The text is %Ln character(s) long; an SMS campaign allows at most %L1. Shorten it.", nullptr,
               int(text.size()))
                .arg(MaxCharacters));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    // Characters that force Unicode in the text itself.
    const SmsInfo bodyInfo = SmsEncoding::analyse(text);
    QVector<ComposerHighlighter::Span> unicodeSpans;
    QStringList shown;
    bool replaceable = false;
    for (const NonGsmChar& c : bodyInfo.nonGsm) {
        unicodeSpans.append({c.position, c.length});
        const QString character = text.mid(c.position, c.length);
        if (!shown.contains(character) && shown.size() < 12)
            shown.append(character.trimmed().isEmpty() || !character.at(0).isPrint()
                             ? SmsEncoding::codePointName(c.codePoint)
                             : character);
        replaceable = replaceable || GsmLookalikes::hasReplacement(c.codePoint);
    }
    m_highlighter->setNonGsm(unicodeSpans);
    m_highlighter->setErrors(errorSpans);
    {
        const QSignalBlocker blocker(m_text); // rehighlighting changes formats, not the text
        m_highlighter->rehighlight();
    }
    m_unicodeNote->setText(shown.isEmpty() ? QString()
                                           : tr("These characters make the message Unicode (fewer characters "
                                                "per part): %1")
                                                 .arg(shown.join(QStringLiteral("  "))));
    m_unicodeNote->setVisible(!shown.isEmpty());
    m_replace->setVisible(replaceable);

    // The opt-out line, as most recipients get it.
    const QString line = OptOutFooter::line(m_optOut, m_optOut.defaultLanguage);
    const bool instructed = OptOutFooter::alreadyInstructs(text, m_optOut);
    m_optOutLine->setText(line);
    m_optOutLine->setVisible(!instructed);
    m_optOutNote->setText(instructed
                              ? tr("Your text already tells people how to opt out, so the opt-out line "
                                   "is not added a second time.")
                              : tr("Added automatically to every message, in the recipient's language."));

    // The counter: the message with typical values, and with the longest ones in the segment.
    if (!m_template.isValid()) {
        m_counter1->setText(tr("Fix the mistakes above to see the length."));
        m_counter2->clear();
    } else {
        const QString typicalBody =
            m_template.render([this](const QString& field) { return m_typicalValues.value(field); });
        const QString typical = OptOutFooter::messageFor(typicalBody, m_optOut, m_optOut.defaultLanguage);
        const QString longestBody = m_template.render([this](const QString& field) {
            return m_reply.longestValues.value(field, m_typicalValues.value(field));
        });
        // The longest message is the one in the language whose opt-out line costs the most.
        QString longest;
        int longestParts = 0;
        for (const QString& language : BusinessSettings::messageLanguages()) {
            const QString candidate = OptOutFooter::messageFor(longestBody, m_optOut, language);
            const int parts = SmsEncoding::analyse(candidate).parts;
            if (parts > longestParts || (parts == longestParts && candidate.size() > longest.size())) {
                longest = candidate;
                longestParts = parts;
            }
        }
        m_typicalParts = SmsEncoding::analyse(typical).parts;
        m_longestParts = longestParts;
        m_counter1->setText(counterText(tr("Typical message"), typical));
        m_counter2->setText(counterText(tr("Longest in this audience"), longest));
    }

    // The cost, when a price is set.
    const qint64 recipients = m_hasReply && m_reply.problems.isEmpty() ? m_reply.breakdown.willReceive : 0;
    if (m_pricePerPart <= 0) {
        m_cost->setText(tr("Set the price per SMS part in Settings to see the cost."));
    } else {
        m_cost->setText(
            tr("Estimated cost: %1 for %Ln recipient(s) at %2 per SMS part; up to %3 if every message is as "
               "long as the longest.",
               nullptr, static_cast<int>(recipients))
                .arg(
                    DisplayFormats::money(double(recipients) * m_typicalParts * m_pricePerPart, m_currency),
                    DisplayFormats::unitPrice(m_pricePerPart, m_currency),
                    DisplayFormats::money(double(recipients) * m_longestParts * m_pricePerPart, m_currency)));
    }
    showPreview();
}

QStringList ComposerPage::ruleNotes() const
{
    QStringList notes;
    if (!m_hasReply || !m_reply.error.isEmpty() || !m_reply.problems.isEmpty() || !m_policy)
        return notes;
    const RecipientBreakdown& b = m_reply.breakdown;
    if (b.awaitingConfirmation > 0) {
        // Only the packs that ask for confirmation put people on that line.
        QVector<RulePack> asking;
        for (const RulePack& pack : m_policy->rulePacks().all()) {
            if (pack.requiresConfirmation)
                asking.append(pack);
        }
        notes.append(RuleExplanations::awaitingConfirmation(asking, b.awaitingConfirmation) +
                     QLatin1Char(' ') + tr("Ask them to confirm in Compliance."));
    }

    // Quiet hours, for the recipients the worker sent along (at most PreviewRecipients): people
    // of one zone and area code are one answer, so this stays a handful of look-ups.
    if (m_reply.previewGroup != RecipientGroup::WillReceive || b.willReceive == 0)
        return notes;
    const QDateTime now = Clock::currentUtc();
    QHash<QString, QDateTime> untilByPlace;
    QStringList heldPacks;
    QMap<QString, QDateTime> untilByPack;
    for (const Subscriber& person : std::as_const(m_reply.preview)) {
        const QString place = person.timeZone + QLatin1Char('|') + person.phone.left(5);
        auto known = untilByPlace.constFind(place);
        if (known == untilByPlace.constEnd())
            known = untilByPlace.insert(place, m_policy->quietHoursEnd(person.phone, person.timeZone, now));
        if (known.value() <= now)
            continue;
        const QString id = m_policy->rulePacks().forNumber(person.phone, m_region).id;
        if (!heldPacks.contains(id))
            heldPacks.append(id);
        untilByPack[id] = qMax(untilByPack.value(id), known.value());
    }
    for (const QString& id : std::as_const(heldPacks))
        notes.append(RuleExplanations::heldNow(m_policy->rulePacks().byId(id), now, untilByPack.value(id),
                                               m_policy->quietHours().businessZone()));
    return notes;
}

QString ComposerPage::nobodyReason() const
{
    if (!m_hasReply || !m_reply.error.isEmpty() || !m_reply.problems.isEmpty())
        return QString();
    const RecipientBreakdown& b = m_reply.breakdown;
    if (b.willReceive > 0)
        return QString();
    if (b.matching == 0)
        return tr("No one in the address book matches “%1”.").arg(m_segment->currentText());
    QStringList lines;
    for (RecipientGroup group : RecipientBreakdown::groups()) {
        if (group == RecipientGroup::Matching || group == RecipientGroup::WillReceive || b.count(group) == 0)
            continue;
        lines.append(tr("%1: %2").arg(RecipientBreakdown::label(group), QLocale().toString(b.count(group))));
    }
    QString reason =
        tr("No one in “%1” can receive this message now; all %2 who match are left out (%3).")
            .arg(m_segment->currentText(), QLocale().toString(b.matching), lines.join(QStringLiteral("; ")));
    const QStringList notes = ruleNotes();
    if (!notes.isEmpty())
        reason += QStringLiteral("\n\n") + notes.join(QLatin1Char('\n'));
    return reason;
}

void ComposerPage::showRuleNotes()
{
    m_breakdown->setExplanation(ruleNotes().join(QLatin1Char('\n')));
    const QString nobody = nobodyReason();
    m_send->setToolTip(nobody.isEmpty() ? tr("Send now, schedule, or A/B test this message (%1)")
                                              .arg(m_send->shortcut().toString(QKeySequence::NativeText))
                                        : nobody);
}

void ComposerPage::showPreview()
{
    const QString sender = m_optOut.businessName.isEmpty() ? tr("Your business") : m_optOut.businessName;
    const int total = m_hasReply ? static_cast<int>(m_reply.preview.size()) : 0;
    m_previous->setEnabled(m_previewIndex > 0);
    m_next->setEnabled(m_previewIndex + 1 < total);
    if (!m_template.isValid()) {
        m_phone->setMessage(sender, tr("(Fix the mistakes in the text to see the preview.)"));
        m_previewCaption->clear();
        return;
    }
    if (total == 0) {
        m_phone->setMessage(sender, renderFor(Subscriber()));
        m_previewCaption->setText(tr("No one in this audience will receive it; shown with the fallbacks."));
        return;
    }
    const Subscriber& person = m_reply.preview.at(m_previewIndex);
    m_phone->setMessage(sender, renderFor(person));
    m_previewCaption->setText(
        tr("%1 of %2: %3, %4")
            .arg(m_previewIndex + 1)
            .arg(total)
            .arg(person.displayLabel(), PhoneNumbers::formatInternational(person.phone)));
}

void ComposerPage::stepPreview(int delta)
{
    m_previewIndex += delta;
    showPreview();
}

void ComposerPage::replaceLookalikes()
{
    // One edit block: a single Ctrl+Z brings the original characters back.
    QTextCursor cursor(m_text->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(GsmLookalikes::replaceAll(m_text->toPlainText()));
    cursor.endEditBlock();
}

void ComposerPage::send()
{
    analyse();
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty() || !m_template.isValid() || text.size() > MaxCharacters) {
        QMessageBox::information(
            this, tr("Send the message"),
            text.trimmed().isEmpty()
                ? tr("Write the message first.")
                : tr("The message has a mistake, marked in red under the text. Fix it first."));
        return;
    }
    if (!m_hasReply || !m_reply.error.isEmpty() || !m_reply.problems.isEmpty()) {
        QMessageBox::information(this, tr("Send the message"),
                                 tr("The recipients are still being counted, or the segment has a mistake. "
                                    "Wait for the count, or fix the segment on the Segments screen."));
        return;
    }
    const RecipientBreakdown& b = m_reply.breakdown;
    if (b.willReceive == 0) {
        QMessageBox::information(this, tr("Send the message"), nobodyReason());
        return;
    }
    QString rule = SegmentRule().toJsonText();
    if (const qint64 id = m_segment->currentData().toLongLong(); id != 0) {
        Result<SavedSegment> saved = SegmentStore(m_connection->database()).get(id);
        if (!saved) {
            QMessageBox::warning(this, tr("Send the message"), saved.error());
            return;
        }
        rule = saved.value().ruleJson;
    }
    QString summary =
        tr("%Ln people will receive it; %1 in the segment are left out (unsubscribed, excluded, without "
           "consent, awaiting confirmation by SMS, not a mobile or at their message limit). Quiet hours and "
           "the message limit are checked again for each person at the moment of sending.",
           nullptr, b.willReceive)
            .arg(b.matching - b.willReceive);
    // What the rule packs do to this audience, said again where the decision is made.
    for (const QString& note : ruleNotes())
        summary += QLatin1Char('\n') + note;
    summary += QLatin1Char('\n') + m_cost->text();
    CampaignDialog dialog(m_segment->currentText(), text, summary, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Campaign campaign = dialog.campaign();
    campaign.rule = rule;
    CampaignStore store(m_connection->database());
    Result<qint64> created = store.create(campaign);
    if (!created) {
        QMessageBox::warning(this, tr("Send the message"), created.error());
        return;
    }
    if (const QDateTime at = dialog.scheduledAtUtc(); at.isValid()) {
        if (Status scheduled = store.schedule(created.value(), at); !scheduled) {
            QMessageBox::warning(
                this, tr("Send the message"),
                tr("The campaign was saved as a draft but not scheduled: %1").arg(scheduled.error()));
            return;
        }
        Q_EMIT campaignCreated(created.value());
        return;
    }
    startCampaign(created.value());
}

void ComposerPage::startCampaign(qint64 campaignId)
{
    // Writing the outbox of a big segment takes a moment: on a worker, with progress and Cancel.
    auto* progress = new QProgressDialog(tr("Preparing the messages…"), tr("Cancel"), 0, 100, this);
    progress->setWindowTitle(tr("Send the message"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* job = new CampaignStartJob(m_connection->path(), campaignId, progress);
    connect(progress, &QProgressDialog::canceled, job, &CampaignStartJob::cancel);
    connect(job, &CampaignStartJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(job, &CampaignStartJob::finished, this,
            [this, progress, campaignId](qint64, const QString& error) {
                progress->close();
                if (!error.isEmpty()) {
                    QMessageBox::warning(
                        this, tr("Send the message"),
                        tr("The campaign did not start: %1\nIt is kept as a draft on the Campaigns screen.")
                            .arg(error));
                }
                Q_EMIT campaignCreated(campaignId);
            });
    job->start();
}
