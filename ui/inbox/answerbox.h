#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Writing back to a number: the text, Send (Ctrl+Return), a live length in characters and SMS
// parts, and "Mark handled". What the core answers (queued, or why not) is shown right under
// the text. Keeps an unsent draft per number.
class AnswerBox : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerBox(QWidget* parent = nullptr);

    // Switches to another number's draft.
    void setPhone(const QString& phone);
    QString text() const;
    void clearText();
    // Whether the conversation counts as handled; changes the toggle without a signal.
    void setHandled(bool handled);
    // While a send or a change is being written.
    void setBusy(bool busy);
    void showError(const QString& message);
    void showInfo(const QString& message);

Q_SIGNALS:
    void sendRequested(const QString& text);
    void handledToggled(bool handled);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void send();
    void updateCounter();
    void showStatus(const QString& message, bool error);

    QPlainTextEdit* m_edit;
    QPushButton* m_send;
    QPushButton* m_handled;
    QLabel* m_status;
    QLabel* m_counter;
    QString m_phone;
    QHash<QString, QString> m_drafts;
    bool m_busy = false;
};
