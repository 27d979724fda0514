#pragma once

#include <QFrame>

class QLabel;

// The message as a recipient's phone shows it: a bubble in a phone-shaped frame.
class PhonePreview : public QFrame
{
    Q_OBJECT

public:
    explicit PhonePreview(QWidget* parent = nullptr);

    void setMessage(const QString& sender, const QString& text);

private:
    QLabel* m_sender;
    QLabel* m_bubble;
};
