#pragma once

#include "compliance/rulepack.h"
#include "contacts/optoutreason.h"
#include "replykeywords.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace textwell {

// How replies are read and answered, kept with the business settings: the keyword lists per
// language and the texts that answer an opt-out, an opt-in, a help request and a JOIN, and ask for
// (and remind of) a confirmation. The texts are messages to customers, so they exist in each message
// language, not in the app's language.
class ReplySettings
{
    Q_DECLARE_TR_FUNCTIONS(ReplySettings)

public:
    enum class Text
    {
        OptOutConfirmation,
        OptInConfirmation,
        Help,
        ReasonQuestion,       // added to the opt-out confirmation when asking for a reason is on
        Welcome,              // answers a JOIN: what the messages are, how often, how to leave, HELP
        ConfirmationRequest,  // asks a number to confirm its consent by replying YES (double opt-in)
        ConfirmationReminder, // the one reminder of the request
    };

    explicit ReplySettings(QSqlDatabase db);

    ReplyKeywords keywords() const;
    // STOP, START, HELP, JOIN and YES stay whatever the list says.
    Status setKeywords(OptOutKeywords::Kind kind, const QString& language, const QStringList& words);

    QString text(Text text, const QString& language) const;
    Status setText(Text text, const QString& language, const QString& value);
    QString defaultText(Text text, const QString& language) const;
    // The default with a given contact (the help text names it), for a contact not stored yet.
    static QString defaultText(Text text, const QString& language, const QString& contact);

    // Who to call or write to: part of the default help text.
    QString contact() const;
    Status setContact(const QString& contact);

    // Off by default: the opt-out confirmation asks why, and a digit that answers is stored.
    bool asksReason() const;
    Status setAsksReason(bool on);
    // The reasons the question offers, in the order of their digits (1, 2, ...).
    static QVector<OptOutReason> reasonChoices();
    // A digit answers the question for this long after the opt-out.
    static constexpr int ReasonAnswerDays = 7;

    // The message that goes out: prefixed with the business name where there is one, and for an
    // opt-out confirmation followed by the reason question when it is on.
    QString answer(Text text, const QString& language) const;
    // The same under the rules of the recipient's pack: the welcome text says that message and data
    // rates may apply where the pack wants it.
    QString answer(Text text, const QString& language, const RulePack& pack) const;
    // "Msg & data rates may apply." in a message language.
    static QString ratesNotice(const QString& language);

    static constexpr int MaxTextLength = 320; // two GSM-7 parts
    static QString textProblem(const QString& value);

private:
    static QString key(Text text, const QString& language);

    QSqlDatabase m_db;
};

} // namespace textwell
