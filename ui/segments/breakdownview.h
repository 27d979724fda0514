#pragma once

#include "segments/recipientbreakdown.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

// The recipient count, line by line: matching, minus each reason people are left out, and who will
// receive. Each line can be clicked to see the people on it.
class BreakdownView : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownView(QWidget* parent = nullptr);

    void setBreakdown(const textwell::RecipientBreakdown& breakdown);
    void setPending(bool pending); // a newer count is on its way
    void setUnavailable(const QString& reason);
    void setSelectedGroup(textwell::RecipientGroup group);
    // Why lines are what they are, under them: which rule pack leaves people out or holds their
    // messages, and what to do. Empty hides it.
    void setExplanation(const QString& text);
    QString explanation() const;

Q_SIGNALS:
    void groupClicked(textwell::RecipientGroup group);

private:
    QMap<textwell::RecipientGroup, QPushButton*> m_buttons;
    QMap<textwell::RecipientGroup, QLabel*> m_counts;
    QLabel* m_status;
    QLabel* m_explanation;
};
