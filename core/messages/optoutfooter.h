#pragma once

#include <QMap>
#include <QString>

namespace textwell {

struct OptOutSettings
{
    // "en", "ru", "de" -> the line's wording; a missing or empty one means the default wording.
    QMap<QString, QString> wordingByLanguage;
    QString businessName;
    bool prefixBusinessName = false; // "Anna's Flowers: Reply STOP to opt out"
    QString defaultLanguage = QStringLiteral("en");
};

// The opt-out line under every marketing message, composed in this one place. The rule: no
// marketing message goes out without a way to opt out. When in doubt the line is added.
class OptOutFooter
{
public:
    // The built-in wording for "en", "ru" or "de"; empty for any other language. Message text
    // in the recipient's language, not a UI string: never translated.
    static QString defaultWording(const QString& language);

    // The line for a recipient: the wording of their language ("de", "de_AT" and "de-AT" alike),
    // else of settings.defaultLanguage, else English; with "Business: " in front when asked for.
    static QString line(const OptOutSettings& settings, const QString& recipientLanguage);

    // Whether text already tells the reader how to opt out, so that the line would only repeat it:
    // it contains the configured or default wording of any language (ignoring case, spacing and
    // Unicode normalisation), or hasReplyInstruction() finds an instruction.
    static bool alreadyInstructs(const QString& text, const OptOutSettings& settings);

    // "Reply STOP", "Text STOP to 12345", "Ответьте СТОП", "Antworte STOPP": a reply verb followed,
    // within 40 characters of the same sentence, by an opt-out keyword written in capitals as a
    // whole word. A lower-case "stop" in prose ("Don't stop shopping") is not an instruction,
    // and neither is a sentence written all in capitals (its capitals mean nothing).
    static bool hasReplyInstruction(const QString& text);

    // body, trailing whitespace removed, with the line under it unless alreadyInstructed.
    static QString compose(const QString& body, const QString& line, bool alreadyInstructed);

    // The full text as sent to a recipient.
    static QString messageFor(const QString& body, const OptOutSettings& settings,
                              const QString& recipientLanguage);
};

} // namespace textwell
