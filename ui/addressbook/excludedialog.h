#pragma once

#include <QDialog>

class PhoneNumberEdit;
class QDialogButtonBox;
class QLineEdit;

// Excludes numbers by hand, with a note: the selected people, or any number typed in
// (also one that is not in the address book, e.g. after a complaint call).
class ExcludeDialog : public QDialog
{
    Q_OBJECT

public:
    // numbers: the E.164 numbers of the selected people; empty to type one in.
    ExcludeDialog(const QStringList& numbers, const QString& defaultRegion, QWidget* parent = nullptr);

    // The numbers to exclude: the given ones, or the typed one in E.164.
    QStringList numbers() const;
    QString note() const;

private:
    void updateOkButton();

    QStringList m_numbers;
    PhoneNumberEdit* m_phone = nullptr;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
};
