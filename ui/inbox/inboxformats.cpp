#include "inboxformats.h"

#include "contacts/phonenumbers.h"
#include "widgets/semanticcolors.h"

#include <QLocale>
#include <QRegularExpression>

using namespace textwell;

QString InboxFormats::title(const Conversation& conversation)
{
    return conversation.name.isEmpty() ? number(conversation.phone) : conversation.name;
}

QString InboxFormats::number(const QString& phone)
{
    return PhoneNumbers::formatInternational(phone);
}

QString InboxFormats::shortTime(const QDateTime& atUtc, const QDateTime& nowUtc)
{
    if (!atUtc.isValid())
        return {};
    const QDateTime at = atUtc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    const QLocale locale;
    if (at.date() == today)
        return locale.toString(at.time(), QLocale::ShortFormat);
    if (at.date().year() == today.year())
        return locale.toString(at.date(), tr("d MMM", "a date in this year, as QDate::toString writes it"));
    return locale.toString(at.date(),
                           tr("d MMM yyyy", "a date in another year, as QDate::toString writes it"));
}

QString InboxFormats::lineTime(const QDateTime& atUtc, const QDateTime& nowUtc)
{
    if (!atUtc.isValid())
        return {};
    const QDateTime at = atUtc.toLocalTime();
    const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
    if (at.date() == nowUtc.toLocalTime().date())
        return time;
    return tr("%1, %2", "date, time").arg(shortTime(atUtc, nowUtc), time);
}

QString InboxFormats::oneLine(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

QString InboxFormats::deadline(const QDateTime& dueUtc, const QDateTime& nowUtc)
{
    if (!dueUtc.isValid())
        return {};
    const QString day = QLocale().toString(dueUtc.toLocalTime().date(),
                                           tr("ddd d MMM", "a deadline's day, as QDate::toString writes it"));
    const int left = Inbox::businessDaysLeft(nowUtc, dueUtc);
    if (nowUtc > dueUtc)
        return tr("Overdue since %1 — decide now").arg(day);
    if (left == 0)
        return tr("Decide by %1 — last day").arg(day);
    return tr("Decide by %1 — %n business day(s) left", nullptr, left).arg(day);
}

InboxFormats::Urgency InboxFormats::urgency(const QDateTime& dueUtc, const QDateTime& nowUtc)
{
    if (!dueUtc.isValid())
        return Urgency::None;
    if (nowUtc > dueUtc)
        return Urgency::Overdue;
    return Inbox::businessDaysLeft(nowUtc, dueUtc) <= SoonBusinessDays ? Urgency::Soon : Urgency::Normal;
}

QColor InboxFormats::urgencyColor(Urgency urgency, const QPalette& palette)
{
    switch (urgency) {
    case Urgency::Soon:
        return SemanticColors::text(SemanticColors::Tone::Warning, palette);
    case Urgency::Overdue:
        return SemanticColors::text(SemanticColors::Tone::Bad, palette);
    case Urgency::None:
    case Urgency::Normal:
        break;
    }
    return {};
}

QString InboxFormats::sidebarTitle(const Inbox::Counts& counts)
{
    // Two short lines rather than one long one: the sidebar stays as narrow as its other entries.
    QString title = counts.unread > 0 ? tr("Inbox (%1)").arg(QLocale().toString(counts.unread)) : tr("Inbox");
    if (counts.review > 0)
        title += QLatin1Char('\n') + tr("%n to review", "possible opt-outs to decide", counts.review);
    return title;
}

QString InboxFormats::sidebarToolTip(const Inbox::Counts& counts)
{
    QStringList lines{tr("%n unread reply(ies)", nullptr, counts.unread)};
    if (counts.review > 0)
        lines.append(tr("%n possible opt-out(s) to decide", nullptr, counts.review));
    if (counts.overdue > 0)
        lines.append(tr("%n past the legal deadline", nullptr, counts.overdue));
    return lines.join(QLatin1Char('\n'));
}
