#pragma once

#include "contacts/optoutreason.h"
#include "inbound/inbox.h"

#include <QDateTime>
#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The decision about the chosen reply: it is an opt-out (with the reason, one click), or, for a
// possible opt-out, it is not. A possible opt-out shows its legal deadline prominently. Hidden
// for replies there is nothing to decide about.
class ReplyDecisionBox : public QFrame
{
    Q_OBJECT

public:
    explicit ReplyDecisionBox(QWidget* parent = nullptr);

    // Shows the decision for `reply`, or hides when there is none to make (null: no reply chosen).
    void showReply(const textwell::StoredReply* reply, const QDateTime& nowUtc);
    qint64 replyId() const { return m_replyId; }
    // While a decision is being written: the buttons wait.
    void setBusy(bool busy);
    void showError(const QString& message);

Q_SIGNALS:
    void optOutRequested(qint64 replyId, textwell::OptOutReason reason, const QString& reasonText);
    void notOptOutRequested(qint64 replyId);

private:
    void requestOptOut();
    void updateOtherField();

    QLabel* m_deadline;
    QLabel* m_prompt;
    QComboBox* m_reason;
    QLineEdit* m_reasonText;
    QPushButton* m_optOut;
    QPushButton* m_notOptOut;
    QLabel* m_error;
    qint64 m_replyId = 0;
    bool m_review = false;
    bool m_busy = false;
};
