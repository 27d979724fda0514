#include "campaignformats.h"

#include "widgets/displayformats.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

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
    switch (status) {
    case CampaignStatus::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case CampaignStatus::Scheduled:
        return QColor(0x2f, 0x6f, 0xc6);
    case CampaignStatus::Sending:
        return QColor(0x2e, 0x9d, 0x48);
    case CampaignStatus::Paused:
        return QColor(0xd9, 0x8e, 0x04);
    case CampaignStatus::Finished:
        return QColor(0x1f, 0x5f, 0x3a);
    case CampaignStatus::Cancelled:
        return QColor(0xb0, 0x3a, 0x2e);
    }
    return Qt::gray;
}

QIcon CampaignFormats::statusIcon(CampaignStatus status)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        const qreal margin = size * 0.22;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString CampaignFormats::singleLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}
