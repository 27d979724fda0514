#pragma once

#include "messages/messagetemplate.h"
#include "messages/optoutfooter.h"
#include "segments/recipientbreakdown.h"
#include "segments/recipientcountworker.h"

#include <QMap>
#include <QWidget>

#include <memory>

class BreakdownView;
class ComposerHighlighter;
class PhonePreview;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTimer;
class RecipientCountService;

namespace textwell {
class Connection;
class SendPolicy;
} // namespace textwell

// The composer: the text with placeholders, the opt-out line that is always added, what the
// message costs (characters, encoding, parts, money) and how it looks on a recipient's phone.
class ComposerPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPage(textwell::Connection* connection, QWidget* parent = nullptr);
    ~ComposerPage() override;

    QPlainTextEdit* editor() const { return m_text; }
    // Reloads the segments to choose from and the settings the message depends on.
    void reload();
    QPushButton* sendButton() const { return m_send; }

Q_SIGNALS:
    // A campaign was started or scheduled from here.
    void campaignCreated(qint64 campaignId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void analyse();
    void replaceLookalikes();
    void requestCount();
    void showReply(const CountReply& reply);
    void showPreview();
    void stepPreview(int delta);
    void insertPlaceholder(const QString& field);
    QString renderFor(const textwell::Subscriber& person) const;
    QString counterText(const QString& label, const QString& message) const;
    // What the rule packs do to this audience: who waits for confirmation, whose messages quiet
    // hours would hold now. One paragraph each; empty when nothing.
    QStringList ruleNotes() const;
    // Why no one would receive the message, for the Send button; empty when someone would.
    QString nobodyReason() const;
    void showRuleNotes();
    void send();
    void startCampaign(qint64 campaignId);

    textwell::Connection* m_connection;
    RecipientCountService* m_counter;
    textwell::OptOutSettings m_optOut;
    std::unique_ptr<textwell::SendPolicy> m_policy; // the rules of sending, read at reload()
    QString m_region;
    double m_pricePerPart = 0;
    QString m_currency;
    QStringList m_customFields;
    textwell::MessageTemplate m_template;
    CountReply m_reply;
    bool m_hasReply = false;
    QMap<QString, QString> m_typicalValues;
    int m_previewIndex = 0;
    int m_typicalParts = 1;
    int m_longestParts = 1;

    QComboBox* m_segment;
    QPlainTextEdit* m_text;
    ComposerHighlighter* m_highlighter;
    QToolButton* m_insert;
    QLabel* m_optOutLine;
    QLabel* m_optOutNote;
    QLabel* m_problems;
    QLabel* m_counter1;
    QLabel* m_counter2;
    QLabel* m_unicodeNote;
    QPushButton* m_replace;
    BreakdownView* m_breakdown;
    QLabel* m_cost;
    PhonePreview* m_phone;
    QLabel* m_previewCaption;
    QToolButton* m_previous;
    QToolButton* m_next;
    QTimer* m_countTimer;
    QTimer* m_saveDraftTimer;
    QPushButton* m_send;
};
