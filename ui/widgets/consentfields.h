#pragma once

#include "contacts/subscriber.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

// Where a consent was given, what proves it, and when: the fields of every consent entry.
class ConsentFields : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentFields(QWidget* parent = nullptr);

    bool isComplete() const;
    textwell::ConsentRecord consent() const;
    QLineEdit* evidenceEdit() const { return m_evidence; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_source;
    QLineEdit* m_evidence;
    QDateEdit* m_date;
};
