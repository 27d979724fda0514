#include "answerbox.h"

#include "messages/smsencoding.h"
#include "widgets/semanticcolors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

AnswerBox::AnswerBox(QWidget* parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_send(new QPushButton(tr("&Send"), this)),
      m_handled(new QPushButton(tr("Mark h&andled"), this)), m_status(new QLabel(this)),
      m_counter(new QLabel(this))
{
    setObjectName(QStringLiteral("answerBox"));
    m_edit->setObjectName(QStringLiteral("answerEdit"));
    m_edit->setAccessibleName(tr("Answer"));
    m_edit->setPlaceholderText(tr("Write an answer… (Ctrl+Return sends)"));
    m_edit->setTabChangesFocus(true);
    const int line = m_edit->fontMetrics().lineSpacing();
    m_edit->setFixedHeight(line * 4 + 12);

    // Ctrl+Return sends from the text (caught before the editor, whatever the shortcut map says);
    // from the buttons too. Return alone starts a new line as people expect.
    m_edit->installEventFilter(this);
    auto* sendAction = new QAction(this);
    sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sendAction);
    connect(sendAction, &QAction::triggered, this, &AnswerBox::send);

    m_send->setObjectName(QStringLiteral("answerSendButton"));
    m_send->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_send->setToolTip(tr("Queue the answer; it goes out before any campaign message (Ctrl+Return)"));
    m_send->setAutoDefault(false);
    m_handled->setObjectName(QStringLiteral("markHandledButton"));
    m_handled->setCheckable(true);
    m_handled->setAutoDefault(false);
    m_handled->setToolTip(tr("Nothing more to do here: the conversation leaves the Open list. Possible "
                             "opt-outs stay open until decided."));
    m_status->setObjectName(QStringLiteral("answerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_counter->setObjectName(QStringLiteral("answerCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_handled);
    buttons->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_edit, 1);
    top->addLayout(buttons);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_counter, 0, Qt::AlignTop | Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_send, &QPushButton::clicked, this, &AnswerBox::send);
    connect(m_handled, &QPushButton::toggled, this,
            [this](bool handled) { m_handled->setText(handled ? tr("H&andled") : tr("Mark h&andled")); });
    connect(m_handled, &QPushButton::clicked, this, &AnswerBox::handledToggled);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        if (m_status->isVisible() && !m_edit->document()->isEmpty())
            m_status->hide(); // the last answer's news is old once the next is written
    });
    updateCounter();
}

bool AnswerBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AnswerBox::setPhone(const QString& phone)
{
    if (phone == m_phone)
        return;
    if (!m_phone.isEmpty()) {
        if (const QString draft = m_edit->toPlainText(); draft.trimmed().isEmpty())
            m_drafts.remove(m_phone);
        else
            m_drafts.insert(m_phone, draft);
    }
    m_phone = phone;
    m_edit->setPlainText(m_drafts.value(phone));
    m_status->hide();
}

QString AnswerBox::text() const
{
    return m_edit->toPlainText();
}

void AnswerBox::clearText()
{
    m_edit->clear();
    m_drafts.remove(m_phone);
}

void AnswerBox::setHandled(bool handled)
{
    const QSignalBlocker quiet(m_handled);
    m_handled->setChecked(handled);
    m_handled->setText(handled ? tr("H&andled") : tr("Mark h&andled"));
}

void AnswerBox::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy);
    m_handled->setEnabled(!busy);
}

void AnswerBox::showError(const QString& message)
{
    showStatus(message, true);
}

void AnswerBox::showInfo(const QString& message)
{
    showStatus(message, false);
}

void AnswerBox::showStatus(const QString& message, bool error)
{
    SemanticColors::setTextTone(m_status, error ? SemanticColors::Tone::Bad : SemanticColors::Tone::Muted);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void AnswerBox::send()
{
    if (m_busy)
        return;
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        showError(tr("Write the answer first."));
        m_edit->setFocus();
        return;
    }
    Q_EMIT sendRequested(text);
}

void AnswerBox::updateCounter()
{
    const QString text = m_edit->toPlainText();
    if (text.isEmpty()) {
        m_counter->clear();
        return;
    }
    const SmsInfo info = SmsEncoding::analyse(text);
    m_counter->setText(
        tr("%1 characters · %n SMS", nullptr, info.parts).arg(QLocale().toString(info.characters)));
}
