#include "campaignformats.h"

#include "widgets/displayformats.h"
#include "widgets/paintedicons.h"
#include "widgets/semanticcolors.h"

#include <QLocale>

using namespace textwell;

QString CampaignFormats::count(qint64 n)
{
    return QLocale().toString(n);
}

QString CampaignFormats::shortDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    const QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return clock;
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), clock);
}

QString CampaignFormats::status(const Campaign& campaign, bool brief)
{
    const QString label = Campaign::statusLabel(campaign.status);
    if (campaign.status == CampaignStatus::Scheduled && campaign.scheduledAt.isValid())
        return tr("%1 · %2", "status · time")
            .arg(label, brief ? shortDateTime(campaign.scheduledAt)
                              : DisplayFormats::dateTime(campaign.scheduledAt));
    return label;
}

QColor CampaignFormats::statusColor(CampaignStatus status)
{
    // Solid badge colours that carry white text (4.5:1) on a light and on a dark window.
    switch (status) {
    case CampaignStatus::Draft:
        return SemanticColors::badge(SemanticColors::Tone::Muted);
    case CampaignStatus::Scheduled:
        return SemanticColors::badge(SemanticColors::Tone::Info);
    case CampaignStatus::Sending:
        return QColor(0x00, 0x79, 0x6b); // teal: busy, not yet done
    case CampaignStatus::Paused:
        return SemanticColors::badge(SemanticColors::Tone::Warning);
    case CampaignStatus::Finished:
        return SemanticColors::badge(SemanticColors::Tone::Good);
    case CampaignStatus::Cancelled:
        return SemanticColors::badge(SemanticColors::Tone::Bad);
    }
    return SemanticColors::badge(SemanticColors::Tone::Muted);
}

QIcon CampaignFormats::statusIcon(CampaignStatus status)
{
    return PaintedIcons::dot(statusColor(status));
}

QString CampaignFormats::singleLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}
