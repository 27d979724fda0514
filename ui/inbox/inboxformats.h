#pragma once

#include "inbound/inbox.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// How the Inbox writes its times, deadlines and counts, shared by the list, the thread, the
// decision and the sidebar so that they say the same thing in the same words.
class InboxFormats
{
    Q_DECLARE_TR_FUNCTIONS(InboxFormats)

public:
    enum class Urgency
    {
        None,    // no deadline
        Normal,  // more than three business days left
        Soon,    // three business days or fewer
        Overdue, // past the deadline
    };
    static constexpr int SoonBusinessDays = 3;

    // The person's name, else the number written for people.
    static QString title(const textwell::Conversation& conversation);
    static QString number(const QString& phone);
    // A list's time: "14:05" today, "8 Dec" this year, "8 Dec 2025" before.
    static QString shortTime(const QDateTime& atUtc, const QDateTime& nowUtc);
    // A thread line's time: "14:05" today, else the date with the time.
    static QString lineTime(const QDateTime& atUtc, const QDateTime& nowUtc);
    // Inbound text on one line: line breaks and runs of spaces become one space.
    static QString oneLine(const QString& text);

    // "Decide by Tue 8 Dec — 3 business days left"; "Overdue since Tue 8 Dec — decide now".
    static QString deadline(const QDateTime& dueUtc, const QDateTime& nowUtc);
    static Urgency urgency(const QDateTime& dueUtc, const QDateTime& nowUtc);
    // The text colour of a deadline on the palette's base; invalid for the palette's own.
    static QColor urgencyColor(Urgency urgency, const QPalette& palette = QGuiApplication::palette());

    // The sidebar's entry: "Inbox", "Inbox (3)"; a second line "1 to review" when there is any.
    static QString sidebarTitle(const textwell::Inbox::Counts& counts);
    static QString sidebarToolTip(const textwell::Inbox::Counts& counts);
};
