#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QTimer;

// An inline message above the work it is about: for problems a person can fix and for news
// ("Excluded +49 ..."), so that only destructive confirmations need a modal dialog.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    // Information hides itself after a while; warnings and errors stay until closed.
    void show(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    void updateColors();

    QLabel* m_label;
    QToolButton* m_close;
    QTimer* m_autoHide;
    Kind m_kind = Kind::Information;
};
