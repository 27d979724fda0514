#pragma once

#include "contacts/addressbook.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QListWidget;
class StatusBadge;

// The selected person: details, status, consent, and the whole consent and opt-out history of
// their number, with the actions that change it.
class SubscriberDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SubscriberDetailPane(QWidget* parent = nullptr);

    // Shows the person (or, with nullopt, an invitation to pick one) and their number's history.
    void showSubscriber(const std::optional<textwell::Subscriber>& subscriber,
                        const QVector<textwell::ConsentEvent>& history,
                        const textwell::Suppression& suppression);
    void showMultiple(int count);
    qint64 subscriberId() const { return m_subscriber ? m_subscriber->id : 0; }
    bool showsExcluded() const { return m_excluded; }

Q_SIGNALS:
    void editRequested();
    void consentRequested();
    void unsubscribeRequested();
    void excludeRequested();
    void unexcludeRequested();
    void deleteRequested();

private:
    QLabel* m_title;
    QLabel* m_phone;
    StatusBadge* m_badge;
    QLabel* m_details;
    QLabel* m_placeholder;
    QWidget* m_content;
    QListWidget* m_history;
    QPushButton* m_edit;
    QPushButton* m_consent;
    QPushButton* m_unsubscribe;
    QPushButton* m_exclude;
    QPushButton* m_unexclude;
    QPushButton* m_delete;
    std::optional<textwell::Subscriber> m_subscriber;
    bool m_excluded = false;
};
