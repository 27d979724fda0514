#include "replysettingsbox.h"

#include "contacts/optoutreason.h"
#include "messages/smsencoding.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtMath>

using namespace textwell;

namespace {

QString objectSuffix(OptOutKeywords::Kind kind)
{
    switch (kind) {
    case OptOutKeywords::Kind::OptOut:
        return QStringLiteral("optOut");
    case OptOutKeywords::Kind::OptIn:
        return QStringLiteral("optIn");
    case OptOutKeywords::Kind::Help:
        return QStringLiteral("help");
    case OptOutKeywords::Kind::Join:
        return QStringLiteral("join");
    case OptOutKeywords::Kind::Confirm:
        return QStringLiteral("confirm");
    }
    return {};
}

QString objectSuffix(ReplySettings::Text text)
{
    switch (text) {
    case ReplySettings::Text::OptOutConfirmation:
        return QStringLiteral("optOut");
    case ReplySettings::Text::OptInConfirmation:
        return QStringLiteral("optIn");
    case ReplySettings::Text::Help:
        return QStringLiteral("help");
    case ReplySettings::Text::ReasonQuestion:
        return QStringLiteral("reason");
    case ReplySettings::Text::Welcome:
        return QStringLiteral("welcome");
    case ReplySettings::Text::ConfirmationRequest:
        return QStringLiteral("confirmationRequest");
    case ReplySettings::Text::ConfirmationReminder:
        return QStringLiteral("confirmationReminder");
    }
    return {};
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    SemanticColors::setTextTone(label,
                                SemanticColors::Tone::Muted); // readable, unlike a disabled label's grey
    return label;
}

} // namespace

ReplySettingsBox::ReplySettingsBox(Connection* connection, QWidget* parent)
    : QGroupBox(tr("Replies (shared by everyone using this database)"), parent), m_connection(connection),
      m_language(new QComboBox(this)), m_contact(nullptr), m_asksReason(nullptr)
{
    setObjectName(QStringLiteral("replySettings"));
    auto* form = new QFormLayout(this);
    form->addRow(noteLabel(tr("What Textwell reads in a reply, and what it answers. The answers go to "
                              "customers, so they are written in each message language."),
                           this));

    // The words and texts of one language at a time; the others' edits are kept meanwhile.
    m_language->setObjectName(QStringLiteral("replyLanguageCombo"));
    for (const QString& code : BusinessSettings::messageLanguages())
        m_language->addItem(languageName(code), code);
    form->addRow(tr("Replies &in:"), m_language);

    const QMap<Kind, QString> keywordLabels = {{Kind::OptOut, tr("Opt-out words:")},
                                               {Kind::OptIn, tr("Opt-in words:")},
                                               {Kind::Help, tr("Help words:")},
                                               {Kind::Join, tr("Join words:")},
                                               {Kind::Confirm, tr("Confirmation words:")}};
    for (Kind kind : kinds()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("replyKeywords_") + objectSuffix(kind));
        m_keywords.insert(kind, edit);
        form->addRow(keywordLabels.value(kind), edit);
        connect(edit, &QLineEdit::textChanged, this, [this, kind](const QString& typed) {
            if (!m_showing)
                m_drafts[language()].keywords[kind] = typed;
        });
    }
    form->addRow(noteLabel(tr("Separate the words with commas. STOP, START, HELP, JOIN and YES always work, "
                              "and the words of every language are recognised in every reply."),
                           this));

    const QMap<Text, QString> textLabels = {{Text::OptOutConfirmation, tr("Opt-out confirmation:")},
                                            {Text::OptInConfirmation, tr("Opt-in confirmation:")},
                                            {Text::Help, tr("Help text:")},
                                            {Text::Welcome, tr("Welcome after a join:")},
                                            {Text::ConfirmationRequest, tr("Confirmation request:")},
                                            {Text::ConfirmationReminder, tr("Confirmation reminder:")}};
    for (Text text : texts()) {
        TextField field;
        field.edit = new QPlainTextEdit(this);
        field.edit->setObjectName(QStringLiteral("replyText_") + objectSuffix(text));
        field.edit->setTabChangesFocus(true);
        // Three lines: room for the usual one-part text, the preview below shows the whole message.
        field.edit->setFixedHeight(
            field.edit->fontMetrics().lineSpacing() * 3 +
            2 * (field.edit->frameWidth() + qCeil(field.edit->document()->documentMargin())));
        field.preview = new QLabel(this);
        field.preview->setObjectName(QStringLiteral("replyPreview_") + objectSuffix(text));
        field.preview->setWordWrap(true);
        field.preview->setTextFormat(Qt::PlainText);
        field.preview->setToolTip(tr("The message as it is sent, with the business name"));
        field.preview->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                                    "border: 1px dashed palette(mid); padding: 3px 6px; "
                                                    "color: palette(text); }"));
        field.counter = new QLabel(this);
        field.counter->setObjectName(QStringLiteral("replyCounter_") + objectSuffix(text));
        field.restore = new QPushButton(tr("Restore default"), this);
        field.restore->setObjectName(QStringLiteral("replyRestore_") + objectSuffix(text));
        field.problem = new QLabel(this);
        field.problem->setObjectName(QStringLiteral("replyProblem_") + objectSuffix(text));
        field.problem->setWordWrap(true);
        field.problem->setTextFormat(Qt::PlainText);
        SemanticColors::setTextTone(field.problem, SemanticColors::Tone::Bad);
        field.problem->setVisible(false);

        auto* counterRow = new QHBoxLayout;
        counterRow->addWidget(field.counter, 1);
        counterRow->addWidget(field.restore);
        auto* column = new QVBoxLayout;
        column->setSpacing(3);
        column->addWidget(field.edit);
        column->addWidget(field.problem);
        column->addWidget(field.preview);
        column->addLayout(counterRow);
        form->addRow(textLabels.value(text), column);
        // A form label names the edit, as it would with the edit alone in the row.
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(column)))
            label->setBuddy(field.edit);
        m_texts.insert(text, field);

        connect(field.edit, &QPlainTextEdit::textChanged, this, [this, text] {
            if (m_showing)
                return;
            m_drafts[language()].texts[text] = m_texts.value(text).edit->toPlainText();
            showText(text);
        });
        connect(field.restore, &QPushButton::clicked, this, [this, text] {
            contactEdited();
            m_texts.value(text).edit->setPlainText(defaultText(text, language()));
        });
    }

    // The same in every language.
    m_contact = new QLineEdit(this); // created here, after the texts: the tab order follows the form
    m_contact->setObjectName(QStringLiteral("replyContactEdit"));
    m_contact->setPlaceholderText(tr("phone or e-mail"));
    form->addRow(tr("Contact for help:"), m_contact);
    auto* contactNote = noteLabel(tr("Named in the default help text."), this);
    contactNote->setWordWrap(false); // wrapped, a label in a form row takes a line too many
    form->addRow(QString(), contactNote);
    connect(m_contact, &QLineEdit::editingFinished, this, &ReplySettingsBox::contactEdited);

    m_asksReason = new QCheckBox(this);
    m_asksReason->setObjectName(QStringLiteral("replyAskReasonCheck"));
    m_asksReason->setText(tr("Ask for the reason in the opt-out confirmation (off by default)"));
    form->addRow(m_asksReason);
    QStringList choices;
    const QVector<OptOutReason> reasons = ReplySettings::reasonChoices();
    for (int i = 0; i < reasons.size(); ++i)
        choices.append(QStringLiteral("%1 = %2").arg(i + 1).arg(OptOutReasons::label(reasons.at(i))));
    form->addRow(noteLabel(tr("The confirmation then ends with a question (shown above). A reply of one "
                              "digit from 1 to %1 within %n day(s) is kept as the reason for the opt-out: "
                              "%2.",
                              nullptr, ReplySettings::ReasonAnswerDays)
                               .arg(reasons.size())
                               .arg(choices.join(QStringLiteral(", "))),
                           this));
    connect(m_asksReason, &QCheckBox::toggled, this, [this] { showText(Text::OptOutConfirmation); });

    const BusinessSettings settings(connection->database());
    m_businessName = settings.value(BusinessSettings::Key::BusinessName);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(BusinessSettings::Key::MessageLanguage))));
    load();
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReplySettingsBox::showLanguage);
}

QVector<ReplySettingsBox::Kind> ReplySettingsBox::kinds()
{
    return {Kind::OptOut, Kind::OptIn, Kind::Help, Kind::Join, Kind::Confirm};
}

QVector<ReplySettingsBox::Text> ReplySettingsBox::texts()
{
    return {Text::OptOutConfirmation,  Text::OptInConfirmation,   Text::Help, Text::Welcome,
            Text::ConfirmationRequest, Text::ConfirmationReminder};
}

QStringList ReplySettingsBox::words(const QString& typed)
{
    // Split on commas, so no keyword can hold one.
    QStringList result;
    for (const QString& word : typed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!word.trimmed().isEmpty())
            result.append(word.trimmed());
    return result;
}

QString ReplySettingsBox::language() const
{
    return m_language->currentData().toString();
}

QString ReplySettingsBox::languageName(const QString& language) const
{
    // Each language in its own words, as on the rest of the page.
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return QStringLiteral("English");
}

QString ReplySettingsBox::textName(Text text) const
{
    switch (text) {
    case Text::OptOutConfirmation:
        return tr("Opt-out confirmation");
    case Text::OptInConfirmation:
        return tr("Opt-in confirmation");
    case Text::Help:
    case Text::ReasonQuestion:
        return tr("Help text");
    case Text::Welcome:
        return tr("Welcome text");
    case Text::ConfirmationRequest:
        return tr("Confirmation request");
    case Text::ConfirmationReminder:
        return tr("Confirmation reminder");
    }
    return {};
}

void ReplySettingsBox::load()
{
    const ReplySettings settings(m_connection->database());
    const ReplyKeywords keywords = settings.keywords();
    m_drafts.clear();
    m_defaultHelp.clear();
    for (const QString& code : BusinessSettings::messageLanguages()) {
        Draft& draft = m_drafts[code];
        for (Kind kind : kinds())
            draft.keywords.insert(kind, keywords.list(kind, code).join(QStringLiteral(", ")));
        for (Text text : texts())
            draft.texts.insert(text, settings.text(text, code));
        m_reasonQuestions.insert(code, settings.text(Text::ReasonQuestion, code));
        m_defaultHelp.insert(code, settings.defaultText(Text::Help, code));
    }
    m_stored = m_drafts;
    m_storedContact = settings.contact();
    m_helpContact = m_storedContact;
    m_storedAsksReason = settings.asksReason();
    m_showing = true;
    m_contact->setText(m_storedContact);
    m_asksReason->setChecked(m_storedAsksReason);
    m_showing = false;
    showLanguage();
}

void ReplySettingsBox::showLanguage()
{
    const Draft draft = m_drafts.value(language());
    m_showing = true;
    for (Kind kind : kinds()) {
        m_keywords.value(kind)->setText(draft.keywords.value(kind));
        m_keywords.value(kind)->setCursorPosition(0); // a long list shows its start
    }
    for (Text text : texts())
        m_texts.value(text).edit->setPlainText(draft.texts.value(text));
    m_showing = false;
    for (Text text : texts())
        showText(text);
}

QString ReplySettingsBox::message(Text text, const QString& body) const
{
    // As ReplySettings::answer() puts it together, from the values in the form.
    QString result = body.simplified();
    if (text == Text::OptOutConfirmation && m_asksReason->isChecked())
        result += QLatin1Char(' ') + m_reasonQuestions.value(language());
    const QString business = m_businessName.trimmed();
    return business.isEmpty() ? result : business + QStringLiteral(": ") + result;
}

void ReplySettingsBox::showText(Text text)
{
    const TextField field = m_texts.value(text);
    const QString body = m_drafts.value(language()).texts.value(text);
    const QString problem = ReplySettings::textProblem(body);
    field.problem->setText(problem);
    field.problem->setVisible(!problem.isEmpty());
    const QString sent = message(text, body);
    field.preview->setText(sent);
    field.preview->setVisible(!body.trimmed().isEmpty()); // a business name alone is no message
    const SmsInfo info = SmsEncoding::analyse(sent);
    field.counter->setText(tr("%1 characters · %2 · %n SMS part(s)", nullptr, info.parts)
                               .arg(info.characters)
                               .arg(SmsEncoding::encodingName(info.encoding)));
    field.restore->setEnabled(body.simplified() != defaultText(text, language()).simplified());
}

void ReplySettingsBox::setBusinessName(const QString& name)
{
    m_businessName = name;
    for (Text text : texts())
        showText(text);
}

QString ReplySettingsBox::defaultText(Text text, const QString& language) const
{
    if (text == Text::Help)
        return m_defaultHelp.value(language);
    return ReplySettings::defaultText(text, language, m_helpContact);
}

QMap<QString, QString> ReplySettingsBox::defaultHelp(const QString& contact)
{
    // The default help text names the contact, also one typed but not saved yet.
    QMap<QString, QString> result;
    for (const QString& code : BusinessSettings::messageLanguages())
        result.insert(code, ReplySettings::defaultText(Text::Help, code, contact));
    return result;
}

void ReplySettingsBox::contactEdited()
{
    const QString contact = m_contact->text().simplified();
    if (contact == m_helpContact)
        return;
    const QMap<QString, QString> defaults = defaultHelp(contact);
    for (auto it = m_drafts.begin(); it != m_drafts.end(); ++it) {
        QString& help = it.value().texts[Text::Help];
        if (help.simplified() == m_defaultHelp.value(it.key()).simplified())
            help = defaults.value(it.key());
    }
    m_defaultHelp = defaults;
    m_helpContact = contact;
    showLanguage();
}

QWidget* ReplySettingsBox::showFirstProblem(QString* message)
{
    contactEdited();
    QStringList languages = BusinessSettings::messageLanguages();
    languages.move(qMax<qsizetype>(0, languages.indexOf(language())), 0); // the one shown first
    for (const QString& code : std::as_const(languages)) {
        for (Text text : texts()) {
            const QString problem = ReplySettings::textProblem(m_drafts.value(code).texts.value(text));
            if (problem.isEmpty())
                continue;
            m_language->setCurrentIndex(m_language->findData(code));
            *message = tr("%1 (%2): %3").arg(textName(text), languageName(code), problem);
            return m_texts.value(text).edit;
        }
    }
    return nullptr;
}

Status ReplySettingsBox::save()
{
    contactEdited();
    ReplySettings settings(m_connection->database());
    const QString contact = m_contact->text().simplified();
    if (contact != m_storedContact)
        if (Status stored = settings.setContact(contact); !stored)
            return stored;
    if (m_asksReason->isChecked() != m_storedAsksReason)
        if (Status stored = settings.setAsksReason(m_asksReason->isChecked()); !stored)
            return stored;
    // Only what was changed: what was never set keeps following the defaults.
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        const Draft& stored = m_stored.value(it.key());
        for (Kind kind : kinds()) {
            const QStringList typed = words(it.value().keywords.value(kind));
            if (ReplyKeywords::cleaned(kind, typed) ==
                ReplyKeywords::cleaned(kind, words(stored.keywords.value(kind))))
                continue;
            if (Status saved = settings.setKeywords(kind, it.key(), typed); !saved)
                return saved;
        }
        for (Text text : texts()) {
            const QString value = it.value().texts.value(text);
            if (value.simplified() == stored.texts.value(text).simplified())
                continue;
            if (Status saved = settings.setText(text, it.key(), value); !saved)
                return Status::failure(
                    tr("%1 (%2): %3").arg(textName(text), languageName(it.key()), saved.error()));
        }
    }
    return {};
}
