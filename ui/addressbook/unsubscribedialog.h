#pragma once

#include "contacts/optoutreason.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// Unsubscribes people by hand, with the reason they gave.
class UnsubscribeDialog : public QDialog
{
    Q_OBJECT

public:
    UnsubscribeDialog(const QString& who, QWidget* parent = nullptr);

    textwell::OptOutReason reason() const;
    QString reasonText() const;

private:
    void updateOkButton();

    QComboBox* m_reason;
    QLineEdit* m_text;
    QDialogButtonBox* m_buttons;
};
