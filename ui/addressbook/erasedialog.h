#pragma once

#include "contacts/personeraser.h"
#include "contacts/subscriber.h"

#include <QDateTime>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;

// Confirms erasing a person on request: names the person and the number, says in plain words
// what is deleted (with the counts of a preview) and what is kept and why, and asks when the
// person asked. The "Erase" button is never the default: Enter cancels.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    EraseDialog(const textwell::Subscriber& person, const textwell::PersonEraser::Outcome& preview,
                QWidget* parent = nullptr);

    // When the person asked: now for today, else the start of the chosen day (local time).
    QDateTime requestedAt() const;
    QString note() const;

private:
    QDateEdit* m_requestedOn;
    QLineEdit* m_note;
    QPushButton* m_erase;
};
