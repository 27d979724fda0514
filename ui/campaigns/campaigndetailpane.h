#pragma once

#include "campaignloader.h"

#include <QHash>
#include <QWidget>

class CampaignMessagesModel;
class MessageBanner;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;

// The selected campaign: how far it got and why (totals with their reasons), its A/B test, its
// latest problem, and every message with where it stands.
class CampaignDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignDetailPane(const QString& databasePath, QWidget* parent = nullptr);

    // Shows the campaign as last loaded (null: none selected). Its messages are read again only
    // when it is another campaign than before.
    void showCampaign(const CampaignRow* row);
    // Reads the messages on screen again: their state moves while the campaign sends.
    void refreshMessages();

    CampaignMessagesModel* messagesModel() const { return m_messages; }
    QTableView* messageView() const { return m_messageView; }

private:
    struct Line
    {
        QLabel* name;
        QLabel* count;
        QLabel* why;
    };
    void addLine(const QString& key, const QString& name);
    void setLine(const QString& key, qint64 count, const QString& why, bool showWhenZero = false);
    void showTotals(const CampaignRow& row);
    void showAbTest(const CampaignRow& row);
    void showProblem(const textwell::Campaign& campaign);
    void applyFilter();
    void updateMessagePlaceholder();
    QString reasonsText(const QMap<QString, qint64>& reasons) const;

    CampaignMessagesModel* m_messages;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_badge;
    QLabel* m_meta;
    MessageBanner* m_problem;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_notStarted;
    QWidget* m_totals;
    QHash<QString, Line> m_lines;
    QGroupBox* m_abBox;
    QLabel* m_abRule;
    QLabel* m_abVariantA;
    QLabel* m_abVariantB;
    QLabel* m_abState;
    QComboBox* m_filter;
    QStackedWidget* m_messageStack;
    QTableView* m_messageView;
    QLabel* m_messagePlaceholder;

    qint64 m_campaignId = 0;
    bool m_hasRows = false;
    QString m_problemShown; // the campaign and problem last shown, so a closed banner stays closed
};
