#include "replydecisionbox.h"

#include "inboxformats.h"
#include "threadmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

namespace {
const QColor ErrorColor(0xc6, 0x28, 0x28);
}

ReplyDecisionBox::ReplyDecisionBox(QWidget* parent)
    : QFrame(parent), m_deadline(new QLabel(this)), m_prompt(new QLabel(this)), m_reason(new QComboBox(this)),
      m_reasonText(new QLineEdit(this)), m_optOut(new QPushButton(tr("This is an opt-out"), this)),
      m_notOptOut(new QPushButton(tr("Not an opt-out"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("replyDecision"));
    setFrameShape(QFrame::StyledPanel);

    m_deadline->setObjectName(QStringLiteral("replyDeadline"));
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setWordWrap(true);
    QFont big = m_deadline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_deadline->setFont(big);
    m_prompt->setObjectName(QStringLiteral("replyDecisionPrompt"));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("optOutReason"));
    m_reason->setAccessibleName(tr("Reason for the opt-out"));
    m_reason->setPlaceholderText(tr("Choose why…"));
    for (OptOutReason reason : OptOutReasons::all())
        m_reason->addItem(OptOutReasons::label(reason), static_cast<int>(reason));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reasonText->setObjectName(QStringLiteral("optOutReasonText"));
    m_reasonText->setPlaceholderText(tr("The reason in a few words"));
    m_reasonText->setAccessibleName(tr("The reason in their words"));
    m_reasonText->setMaxLength(200);
    m_optOut->setObjectName(QStringLiteral("optOutButton"));
    m_optOut->setToolTip(
        tr("Unsubscribe this number now, with the reason chosen. A confirmation is sent once."));
    m_optOut->setAutoDefault(false);
    m_notOptOut->setObjectName(QStringLiteral("notOptOutButton"));
    m_notOptOut->setToolTip(tr("Keep the number subscribed; the reply stays in the conversation."));
    m_notOptOut->setAutoDefault(false);
    m_error->setObjectName(QStringLiteral("replyDecisionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, ErrorColor);
    m_error->setPalette(red);
    m_error->hide();

    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* row = new QHBoxLayout;
    row->addWidget(reasonLabel);
    row->addWidget(m_reason);
    row->addWidget(m_reasonText, 1);
    row->addStretch();
    row->addWidget(m_notOptOut);
    row->addWidget(m_optOut);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_deadline);
    layout->addWidget(m_prompt);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        updateOtherField();
        m_error->hide();
    });
    connect(m_optOut, &QPushButton::clicked, this, &ReplyDecisionBox::requestOptOut);
    connect(m_notOptOut, &QPushButton::clicked, this, [this] {
        if (m_replyId != 0 && !m_busy)
            Q_EMIT notOptOutRequested(m_replyId);
    });
    updateOtherField();
    hide();
}

void ReplyDecisionBox::showReply(const StoredReply* reply, const QDateTime& nowUtc)
{
    if (!reply || !ThreadModel::canDecide(*reply)) {
        m_replyId = 0;
        hide();
        return;
    }
    const bool sameReply = reply->id == m_replyId;
    m_replyId = reply->id;
    m_review = ThreadModel::isUndecidedReview(*reply);
    if (m_review) {
        const InboxFormats::Urgency urgency = InboxFormats::urgency(reply->reviewDue, nowUtc);
        m_deadline->setText(InboxFormats::deadline(reply->reviewDue, nowUtc));
        const QColor color = InboxFormats::urgencyColor(urgency);
        m_deadline->setStyleSheet(color.isValid() ? QStringLiteral("color: %1;").arg(color.name())
                                                  : QString());
        m_prompt->setText(tr("This reply may mean they want no more messages. Decide within %n business "
                             "day(s) of its arrival.",
                             nullptr, Inbox::ReviewBusinessDays));
    } else {
        m_prompt->setText(tr("If this reply means they want no more messages, unsubscribe them here."));
    }
    m_deadline->setVisible(m_review);
    m_notOptOut->setVisible(m_review);
    if (!sameReply) {
        // The reason the reply gives, when it gives one; otherwise the person chooses.
        const std::optional<OptOutReason> inferred =
            OptOutReasons::fromCode(reply->classification.reasonCode);
        m_reason->setCurrentIndex(inferred ? m_reason->findData(static_cast<int>(*inferred)) : -1);
        m_reasonText->clear();
        m_error->hide();
    }
    show();
}

void ReplyDecisionBox::setBusy(bool busy)
{
    m_busy = busy;
    m_optOut->setEnabled(!busy);
    m_notOptOut->setEnabled(!busy);
}

void ReplyDecisionBox::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReplyDecisionBox::updateOtherField()
{
    m_reasonText->setVisible(m_reason->currentData().toInt() == static_cast<int>(OptOutReason::Other) &&
                             m_reason->currentIndex() >= 0);
}

void ReplyDecisionBox::requestOptOut()
{
    if (m_replyId == 0 || m_busy)
        return;
    if (m_reason->currentIndex() < 0) {
        showError(tr("Choose why they left first: the reasons show what drives people away."));
        m_reason->setFocus();
        return;
    }
    const auto reason = static_cast<OptOutReason>(m_reason->currentData().toInt());
    if (reason == OptOutReason::Other && m_reasonText->text().trimmed().isEmpty()) {
        showError(tr("Write the reason in a few words."));
        m_reasonText->setFocus();
        return;
    }
    showError(QString());
    Q_EMIT optOutRequested(m_replyId, reason,
                           reason == OptOutReason::Other ? m_reasonText->text().trimmed() : QString());
}
