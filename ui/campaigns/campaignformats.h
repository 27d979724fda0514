#pragma once

#include "campaigns/campaign.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

// How the Campaigns screen writes counts, times and statuses, so the list and the detail agree.
class CampaignFormats
{
    Q_DECLARE_TR_FUNCTIONS(CampaignFormats)

public:
    // "1,234" in the user's language.
    static QString count(qint64 n);
    // Short enough for a table cell: the time alone today, else a short date and the time.
    static QString shortDateTime(const QDateTime& time);
    // "Scheduled · 5 March 2025 14:00" for a scheduled campaign, else the status label; `brief`
    // writes the time as shortDateTime() does, for a table cell.
    static QString status(const textwell::Campaign& campaign, bool brief = false);
    static QColor statusColor(textwell::CampaignStatus status);
    // A small coloured dot, the status at a glance in the list, drawn sharp at any size and scale.
    static QIcon statusIcon(textwell::CampaignStatus status);
    // Text on one line: message bodies carry line breaks (the opt-out line starts one).
    static QString singleLine(const QString& text);
};
