#include "ruleexplanations.h"

#include "compliance/quiethours.h"
#include "messages/optoutkeywords.h"

#include <QLocale>

#include <limits>

namespace textwell {

namespace {

// US states and territories by postal code, for the areas a pack gives quiet hours of their own.
constexpr const char* StateNames[][2] = {
    {"AL", QT_TRANSLATE_NOOP("RuleExplanations", "Alabama")},
    {"AK", QT_TRANSLATE_NOOP("RuleExplanations", "Alaska")},
    {"AZ", QT_TRANSLATE_NOOP("RuleExplanations", "Arizona")},
    {"AR", QT_TRANSLATE_NOOP("RuleExplanations", "Arkansas")},
    {"CA", QT_TRANSLATE_NOOP("RuleExplanations", "California")},
    {"CO", QT_TRANSLATE_NOOP("RuleExplanations", "Colorado")},
    {"CT", QT_TRANSLATE_NOOP("RuleExplanations", "Connecticut")},
    {"DE", QT_TRANSLATE_NOOP("RuleExplanations", "Delaware")},
    {"DC", QT_TRANSLATE_NOOP("RuleExplanations", "the District of Columbia")},
    {"FL", QT_TRANSLATE_NOOP("RuleExplanations", "Florida")},
    {"GA", QT_TRANSLATE_NOOP("RuleExplanations", "Georgia")},
    {"HI", QT_TRANSLATE_NOOP("RuleExplanations", "Hawaii")},
    {"ID", QT_TRANSLATE_NOOP("RuleExplanations", "Idaho")},
    {"IL", QT_TRANSLATE_NOOP("RuleExplanations", "Illinois")},
    {"IN", QT_TRANSLATE_NOOP("RuleExplanations", "Indiana")},
    {"IA", QT_TRANSLATE_NOOP("RuleExplanations", "Iowa")},
    {"KS", QT_TRANSLATE_NOOP("RuleExplanations", "Kansas")},
    {"KY", QT_TRANSLATE_NOOP("RuleExplanations", "Kentucky")},
    {"LA", QT_TRANSLATE_NOOP("RuleExplanations", "Louisiana")},
    {"ME", QT_TRANSLATE_NOOP("RuleExplanations", "Maine")},
    {"MD", QT_TRANSLATE_NOOP("RuleExplanations", "Maryland")},
    {"MA", QT_TRANSLATE_NOOP("RuleExplanations", "Massachusetts")},
    {"MI", QT_TRANSLATE_NOOP("RuleExplanations", "Michigan")},
    {"MN", QT_TRANSLATE_NOOP("RuleExplanations", "Minnesota")},
    {"MS", QT_TRANSLATE_NOOP("RuleExplanations", "Mississippi")},
    {"MO", QT_TRANSLATE_NOOP("RuleExplanations", "Missouri")},
    {"MT", QT_TRANSLATE_NOOP("RuleExplanations", "Montana")},
    {"NE", QT_TRANSLATE_NOOP("RuleExplanations", "Nebraska")},
    {"NV", QT_TRANSLATE_NOOP("RuleExplanations", "Nevada")},
    {"NH", QT_TRANSLATE_NOOP("RuleExplanations", "New Hampshire")},
    {"NJ", QT_TRANSLATE_NOOP("RuleExplanations", "New Jersey")},
    {"NM", QT_TRANSLATE_NOOP("RuleExplanations", "New Mexico")},
    {"NY", QT_TRANSLATE_NOOP("RuleExplanations", "New York")},
    {"NC", QT_TRANSLATE_NOOP("RuleExplanations", "North Carolina")},
    {"ND", QT_TRANSLATE_NOOP("RuleExplanations", "North Dakota")},
    {"OH", QT_TRANSLATE_NOOP("RuleExplanations", "Ohio")},
    {"OK", QT_TRANSLATE_NOOP("RuleExplanations", "Oklahoma")},
    {"OR", QT_TRANSLATE_NOOP("RuleExplanations", "Oregon")},
    {"PA", QT_TRANSLATE_NOOP("RuleExplanations", "Pennsylvania")},
    {"PR", QT_TRANSLATE_NOOP("RuleExplanations", "Puerto Rico")},
    {"RI", QT_TRANSLATE_NOOP("RuleExplanations", "Rhode Island")},
    {"SC", QT_TRANSLATE_NOOP("RuleExplanations", "South Carolina")},
    {"SD", QT_TRANSLATE_NOOP("RuleExplanations", "South Dakota")},
    {"TN", QT_TRANSLATE_NOOP("RuleExplanations", "Tennessee")},
    {"TX", QT_TRANSLATE_NOOP("RuleExplanations", "Texas")},
    {"UT", QT_TRANSLATE_NOOP("RuleExplanations", "Utah")},
    {"VT", QT_TRANSLATE_NOOP("RuleExplanations", "Vermont")},
    {"VA", QT_TRANSLATE_NOOP("RuleExplanations", "Virginia")},
    {"WA", QT_TRANSLATE_NOOP("RuleExplanations", "Washington")},
    {"WV", QT_TRANSLATE_NOOP("RuleExplanations", "West Virginia")},
    {"WI", QT_TRANSLATE_NOOP("RuleExplanations", "Wisconsin")},
    {"WY", QT_TRANSLATE_NOOP("RuleExplanations", "Wyoming")},
};

// "Florida, Connecticut and Maryland", in the app's language (QLocale's list depends on the
// system's locale, not on the language Textwell speaks).
QString listOf(const QStringList& names)
{
    if (names.size() < 2)
        return names.join(QString());
    //: Joins the last two names of a list: "Florida, Connecticut and Maryland".
    return RuleExplanations::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString windowOf(QTime from, QTime until)
{
    return QuietHours(from, until).windowText();
}

bool hasQuietHours(const RulePack& pack)
{
    return pack.quietFrom != pack.quietUntil || !pack.areaQuietHours.isEmpty();
}

// "in Florida, Connecticut and Maryland 20:00–08:00": the areas with hours of their own, those
// with the same hours together, in the pack's order.
QString areasText(const RulePack& pack)
{
    QStringList windows;
    QMap<QString, QStringList> statesByWindow;
    for (const AreaQuietHours& area : pack.areaQuietHours) {
        const QString window = windowOf(area.from, area.until);
        if (!windows.contains(window))
            windows.append(window);
        QStringList& states = statesByWindow[window];
        const QString state = RuleExplanations::stateName(area.state);
        if (!states.contains(state))
            states.append(state);
    }
    QStringList parts;
    for (const QString& window : std::as_const(windows))
        parts.append(RuleExplanations::tr("in %1 %2").arg(listOf(statesByWindow.value(window)), window));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString RuleExplanations::heading(const RulePack& pack)
{
    const QString law = pack.law();
    return law.isEmpty() ? pack.name() : tr("%1 (%2)").arg(pack.name(), law);
}

QString RuleExplanations::stateName(const QString& code)
{
    for (const auto& entry : StateNames) {
        if (code == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return code;
}

QString RuleExplanations::confirmationKeyword(const RulePack& pack)
{
    // People answer in their country's language; a pack of many countries or none gets YES.
    QString language = QStringLiteral("en");
    if (pack.countries.size() == 1) {
        const QLocale local(QLocale::AnyLanguage, QLocale::codeToTerritory(pack.countries.first()));
        language = local.name().left(2);
    }
    const QStringList words = OptOutKeywords::defaults(OptOutKeywords::Kind::Confirm, language);
    return words.isEmpty() ? OptOutKeywords::mandatory(OptOutKeywords::Kind::Confirm) : words.first();
}

QString RuleExplanations::quietHours(const RulePack& pack)
{
    if (!hasQuietHours(pack))
        return tr("%1: no quiet hours of its own; the quiet hours in Settings apply.").arg(heading(pack));
    const QString window = windowOf(pack.quietFrom, pack.quietUntil);
    if (pack.areaQuietHours.isEmpty())
        return tr("%1: quiet hours %2; messages wait until then.").arg(heading(pack), window);
    return tr("%1: quiet hours %2, %3; messages wait until then.")
        .arg(heading(pack), window, areasText(pack));
}

QStringList RuleExplanations::enforced(const RulePack& pack)
{
    QStringList rules;
    if (!hasQuietHours(pack))
        rules.append(tr("No quiet hours of its own; the quiet hours in Settings apply."));
    else if (pack.areaQuietHours.isEmpty())
        rules.append(tr("Quiet hours %1 in the recipient's local time; messages wait until then.")
                         .arg(windowOf(pack.quietFrom, pack.quietUntil)));
    else
        rules.append(tr("Quiet hours %1 in the recipient's local time, %2; messages wait until then.")
                         .arg(windowOf(pack.quietFrom, pack.quietUntil), areasText(pack)));

    if (pack.requiresConfirmation)
        rules.append(
            tr("Consent counts only once the person confirms it from their number by replying %1; until "
               "then they are left out of campaigns. They are asked once and reminded once, %n day(s) "
               "later.",
               nullptr, pack.confirmationReminderDays)
                .arg(confirmationKeyword(pack)));
    else
        rules.append(tr("The consent you record counts; no confirmation by SMS is asked for."));

    rules.append(
        tr("An opt-out is confirmed with one last message within %n minute(s); nothing else follows.",
           nullptr, pack.optOutConfirmationMinutes));
    rules.append(tr("An opt-out asked for by phone, e-mail or in person must be entered within %n business "
                    "day(s).",
                    nullptr, pack.manualOptOutBusinessDays));
    rules.append(pack.helpAnswered ? tr("HELP is answered with your help text, at any hour.")
                                   : tr("HELP is not answered automatically."));
    if (pack.welcomeNamesSender && pack.welcomeRatesNotice)
        rules.append(
            tr("The welcome text starts with your business's name and says that message and data rates "
               "may apply."));
    else if (pack.welcomeNamesSender)
        rules.append(tr("The welcome text starts with your business's name."));
    else if (pack.welcomeRatesNotice)
        rules.append(tr("The welcome text says that message and data rates may apply."));
    else
        rules.append(tr("The welcome text goes out as you wrote it."));
    return rules;
}

QString RuleExplanations::awaitingConfirmation(const RulePack& pack, qint64 count)
{
    //: %1 is the rule pack and its law, %Ln the number of people, %2 the word they reply (JA).
    return tr("%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they "
              "reply %2.",
              nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max())))
        .arg(heading(pack), confirmationKeyword(pack));
}

QString RuleExplanations::awaitingConfirmation(const QVector<RulePack>& packs, qint64 count)
{
    if (packs.size() == 1)
        return awaitingConfirmation(packs.first(), count);
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    QStringList headings;
    for (const RulePack& pack : packs)
        headings.append(heading(pack));
    if (headings.isEmpty())
        return tr(
            "%Ln people have not confirmed their consent by SMS yet; they are left out until they reply.",
            nullptr, n);
    //: %1 lists the rule packs that ask for confirmation, with their laws.
    return tr("%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they "
              "reply.",
              nullptr, n)
        .arg(headings.join(QStringLiteral("; ")));
}

QString RuleExplanations::heldNow(const RulePack& pack, const QDateTime& nowUtc, const QDateTime& untilUtc,
                                  const QTimeZone& businessZone)
{
    const QTimeZone zone = businessZone.isValid() ? businessZone : QTimeZone::systemTimeZone();
    const QDateTime until = untilUtc.toTimeZone(zone);
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QString time = until.time().toString(QStringLiteral("HH:mm"));
    QString when;
    if (until.date() == today)
        when = time;
    else if (until.date() == today.addDays(1))
        when = tr("tomorrow %1").arg(time);
    else
        when = tr("%1 %2").arg(QLocale().toString(until.date(), QLocale::ShortFormat), time);
    //: %1 the rule pack and its law, %2 when the messages go, %3 the business's time zone.
    return tr("%1: it is quiet hours there now; messages wait until %2 (your time, %3).")
        .arg(heading(pack), when, QString::fromUtf8(zone.id()));
}

} // namespace textwell
