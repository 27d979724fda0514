#pragma once

#include "inbound/replysettings.h"
#include "util/result.h"

#include <QGroupBox>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace textwell {
class Connection;
}

// Settings → Replies: the words that opt out, opt in and ask for help, and the texts that answer
// them, per message language (the language of the customers, not of this app); the contact named
// in the help text; whether the opt-out confirmation asks for a reason. The edits of every
// language are kept while another is shown, and saved together with the rest of the page.
class ReplySettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReplySettingsBox(textwell::Connection* connection, QWidget* parent = nullptr);

    // The first text that cannot be saved, in any language: shows its language and returns its
    // field, the problem in *message; nullptr when everything can be saved.
    QWidget* showFirstProblem(QString* message);
    // Stores what was changed, within the page's transaction.
    textwell::Status save();
    // Reads everything back from the database, as it is kept (the lists in upper case, with STOP).
    void load();

public Q_SLOTS:
    // The business name as typed on the page: it starts every reply, so the previews show it.
    void setBusinessName(const QString& name);

private:
    using Text = textwell::ReplySettings::Text;
    using Kind = textwell::OptOutKeywords::Kind;

    // One language's values as they stand in the form: the keyword lists as typed.
    struct Draft
    {
        QMap<Kind, QString> keywords;
        QMap<Text, QString> texts;
    };
    struct TextField
    {
        QPlainTextEdit* edit = nullptr;
        QLabel* preview = nullptr;
        QLabel* counter = nullptr;
        QPushButton* restore = nullptr;
        QLabel* problem = nullptr;
    };

    static QVector<Kind> kinds();
    static QVector<Text> texts();
    static QStringList words(const QString& typed);
    QString language() const;
    QString languageName(const QString& language) const;
    QString textName(Text text) const;
    void showLanguage();
    void showText(Text text);
    // The text a customer gets: the business name, the body, the reason question if asked.
    QString message(Text text, const QString& body) const;
    QString defaultText(Text text, const QString& language) const;
    // The default help texts by language, naming a contact that may not be saved yet.
    static QMap<QString, QString> defaultHelp(const QString& contact);
    // A new contact: help texts that were the default become the default naming it.
    void contactEdited();

    textwell::Connection* m_connection;
    QComboBox* m_language;
    QMap<Kind, QLineEdit*> m_keywords;
    QMap<Text, TextField> m_texts;
    QLineEdit* m_contact;
    QCheckBox* m_asksReason;

    QString m_businessName;
    QMap<QString, Draft> m_drafts;            // by language
    QMap<QString, Draft> m_stored;            // as loaded, to store only what changed
    QMap<QString, QString> m_reasonQuestions; // by language
    QString m_storedContact;
    bool m_storedAsksReason = false;
    QString m_helpContact;                // the contact the default help texts name
    QMap<QString, QString> m_defaultHelp; // by language, naming m_helpContact
    bool m_showing = false;               // the fields are being filled, not edited
};
