#pragma once

#include "recipientcountworker.h"
#include "segments/recipientbreakdown.h"

#include <QWidget>

class BreakdownView;
class MessageBanner;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;
class RecipientCountService;
class RuleGroupWidget;

namespace textwell {
class Connection;
}

// Segments: build a rule without SQL, see within a moment how many people it reaches and who is
// left out and why, look at the people on each line, and keep the segment under a name.
class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsPage(textwell::Connection* connection, QWidget* parent = nullptr);

    RuleGroupWidget* ruleEditor() const { return m_editor; }
    BreakdownView* breakdownView() const { return m_breakdown; }
    // Reloads the saved segments, keeping the one being edited.
    void reload();

Q_SIGNALS:
    void segmentsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void newSegment();
    void openSelected();
    bool confirmDiscard();
    void save();
    void duplicate();
    void remove();
    void scheduleCount();
    void count();
    void showReply(const CountReply& reply);
    void setModified(bool modified);
    void updateActions();

    textwell::Connection* m_connection;
    RecipientCountService* m_counter;
    SegmentChoices m_choices;
    qint64 m_segmentId = 0; // 0: not saved yet
    bool m_modified = false;
    textwell::RecipientGroup m_previewGroup = textwell::RecipientGroup::WillReceive;

    QListWidget* m_list;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QLineEdit* m_name;
    QPushButton* m_save;
    MessageBanner* m_banner;
    RuleGroupWidget* m_editor;
    BreakdownView* m_breakdown;
    QLabel* m_previewTitle;
    QTableWidget* m_preview;
    QTimer* m_countTimer;
};
