#pragma once

#include <QMessageBox>

#include <optional>

// Every modal question goes through here, so tests can answer it before it is asked.
class MessageBoxes
{
public:
    // Asks a yes/no question whose "yes" does something that cannot be taken back.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText);
    static void setNextAnswer(bool yes) { s_nextAnswer = yes; }

private:
    static inline std::optional<bool> s_nextAnswer;
};
