#pragma once

#include "contacts/subscriber.h"

#include <QDialog>

class ConsentFields;
class QDialogButtonBox;

// Records a consent a person gave, with where and what proves it.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsentDialog(const textwell::Subscriber& subscriber, QWidget* parent = nullptr);
    textwell::ConsentRecord consent() const;

private:
    void updateOkButton();

    ConsentFields* m_fields;
    QDialogButtonBox* m_buttons;
};
