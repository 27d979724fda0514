#include "subscriberdetailpane.h"

#include "widgets/displayformats.h"
#include "widgets/statusbadge.h"
#include "widgets/taborder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

namespace {

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and notes are data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString eventDetails(const ConsentEvent& e)
{
    QStringList parts;
    if (!e.source.isEmpty())
        parts.append(e.source);
    if (!e.evidence.isEmpty())
        parts.append(QCoreApplication::translate("SubscriberDetailPane", "evidence: %1").arg(e.evidence));
    if (auto reason = OptOutReasons::fromCode(e.reasonCode))
        parts.append(OptOutReasons::label(*reason));
    if (!e.reasonText.isEmpty())
        parts.append(QStringLiteral("“%1”").arg(e.reasonText));
    return parts.join(QLatin1String("; "));
}

} // namespace

SubscriberDetailPane::SubscriberDetailPane(QWidget* parent)
    : QWidget(parent), m_title(plainLabel(this)), m_phone(plainLabel(this)), m_badge(new StatusBadge(this)),
      m_details(plainLabel(this)), m_placeholder(new QLabel(this)), m_content(new QWidget(this)),
      m_history(new QListWidget(this)), m_edit(new QPushButton(tr("Ed&it…"), this)),
      m_consent(new QPushButton(tr("Record &consent…"), this)),
      m_unsubscribe(new QPushButton(tr("&Unsubscribe…"), this)),
      m_exclude(new QPushButton(tr("E&xclude…"), this)),
      m_unexclude(new QPushButton(tr("&Lift exclusion"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setAccessibleName(tr("Consent history"));
    for (QPushButton* b : {m_edit, m_consent, m_unsubscribe, m_exclude, m_unexclude, m_delete})
        b->setAutoDefault(false);
    m_edit->setObjectName(QStringLiteral("detailEditButton"));
    m_consent->setObjectName(QStringLiteral("detailConsentButton"));
    m_unsubscribe->setObjectName(QStringLiteral("detailUnsubscribeButton"));
    m_exclude->setObjectName(QStringLiteral("detailExcludeButton"));
    m_unexclude->setObjectName(QStringLiteral("detailUnexcludeButton"));
    m_delete->setObjectName(QStringLiteral("detailDeleteButton"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_edit, 0, 0);
    buttons->addWidget(m_consent, 0, 1);
    buttons->addWidget(m_unsubscribe, 0, 2);
    buttons->addWidget(m_exclude, 1, 0);
    buttons->addWidget(m_unexclude, 1, 0);
    buttons->addWidget(m_delete, 1, 2);
    auto* historyTitle = new QLabel(tr("Consent and opt-out history"), m_content);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_phone);
    contentLayout->addWidget(m_details);
    contentLayout->addLayout(buttons);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(historyTitle);
    contentLayout->addWidget(m_history, 1);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_phone),
                       static_cast<QWidget*>(m_details), static_cast<QWidget*>(m_badge)})
        w->setParent(m_content);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_placeholder, 1);
    // The buttons under the person's name, then the history below them.
    TabOrder::set({m_edit, m_consent, m_unsubscribe, m_exclude, m_unexclude, m_delete, m_history});

    connect(m_edit, &QPushButton::clicked, this, &SubscriberDetailPane::editRequested);
    connect(m_consent, &QPushButton::clicked, this, &SubscriberDetailPane::consentRequested);
    connect(m_unsubscribe, &QPushButton::clicked, this, &SubscriberDetailPane::unsubscribeRequested);
    connect(m_exclude, &QPushButton::clicked, this, &SubscriberDetailPane::excludeRequested);
    connect(m_unexclude, &QPushButton::clicked, this, &SubscriberDetailPane::unexcludeRequested);
    connect(m_delete, &QPushButton::clicked, this, &SubscriberDetailPane::deleteRequested);
    showSubscriber(std::nullopt, {}, {});
}

void SubscriberDetailPane::showMultiple(int count)
{
    m_subscriber.reset();
    m_content->hide();
    m_placeholder->setText(tr("%n people selected. Use the toolbar or the right-click menu to exclude, "
                              "unsubscribe or delete them together.",
                              nullptr, count));
    m_placeholder->show();
}

void SubscriberDetailPane::showSubscriber(const std::optional<Subscriber>& subscriber,
                                          const QVector<ConsentEvent>& history,
                                          const Suppression& suppression)
{
    m_subscriber = subscriber;
    m_excluded = subscriber && suppression.excluded();
    if (!subscriber) {
        m_content->hide();
        m_placeholder->setText(tr("Select a person to see their details and consent history."));
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_content->show();
    const Subscriber& s = *subscriber;
    const QLocale locale;
    m_title->setText(s.displayName().isEmpty() ? tr("(no name)") : s.displayName());
    QString phoneLine = PhoneNumbers::formatInternational(s.phone);
    if (!PhoneNumbers::canReceiveSms(s.numberKind))
        phoneLine += QStringLiteral("  —  ") +
                     tr("%1: may not receive SMS").arg(PhoneNumbers::kindLabel(s.numberKind));
    m_phone->setText(phoneLine);
    m_badge->setStatus(s.status);

    QStringList lines;
    QStringList place{s.city, s.region}; // "Hamburg, Hamburg" says it once
    place.removeAll(QString());
    place.removeDuplicates();
    if (!place.isEmpty())
        lines.append(tr("City: %1").arg(place.join(QLatin1String(", "))));
    if (!s.tags.isEmpty())
        lines.append(tr("Tags: %1").arg(s.tags.join(QLatin1String(", "))));
    if (s.consentAt.isValid())
        lines.append(tr("Consent: %1, %2")
                         .arg(DisplayFormats::date(s.consentAt.toLocalTime().date()), s.consentSource));
    else
        lines.append(tr("Consent: none recorded — this person gets no messages."));
    if (suppression.optedOut())
        lines.append(
            tr("Unsubscribed on %1.").arg(DisplayFormats::date(suppression.optedOutAt.toLocalTime().date())));
    if (suppression.excluded())
        lines.append(tr("Excluded on %1: %2")
                         .arg(DisplayFormats::date(suppression.excludedAt.toLocalTime().date()),
                              suppression.excludeNote));
    if (!s.notes.isEmpty())
        lines.append(tr("Notes: %1").arg(s.notes));
    m_details->setText(lines.join(QLatin1Char('\n')));

    m_history->clear();
    for (auto it = history.crbegin(); it != history.crend(); ++it) { // newest first
        const ConsentEvent& e = *it;
        const QString details = eventDetails(e);
        const QString what = tr("%1 — %2 (%3)")
                                 .arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                      ConsentEvent::kindLabel(e.kind), ConsentEvent::channelLabel(e.channel));
        const QString how =
            details.isEmpty() ? tr("by %1").arg(e.actor) : tr("%1; by %2").arg(details, e.actor);
        auto* item = new QListWidgetItem(what + QLatin1Char('\n') + how, m_history);
        item->setToolTip(tr("Recorded %1").arg(DisplayFormats::dateTime(e.recordedAt)));
    }
    m_unsubscribe->setEnabled(!suppression.optedOut());
    m_exclude->setVisible(!suppression.excluded());
    m_unexclude->setVisible(suppression.excluded());
}
