#pragma once

#include "compliance/rulepack.h"
#include "util/result.h"

#include <QGroupBox>
#include <QMap>

class CountSpinBox;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace textwell {
class Connection;
}

// Settings → Rules by country: each rule pack's quiet hours, double opt-in, reminder and alert,
// and what the welcome text must say, edited in place, loaded from or saved to a file, or put
// back to the built-in rules. The edits of every pack are kept while another is shown and saved
// with the rest of the page; when a pack's double opt-in changed, every person's status is
// derived again afterwards (refreshStatuses()).
class RulePacksBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RulePacksBox(textwell::Connection* connection, QWidget* parent = nullptr);

    // The first pack that cannot be saved: shows it and returns its first field, the problem in
    // *message; nullptr when every pack can be saved.
    QWidget* showFirstProblem(QString* message);
    // Stores the packs that were changed, within the page's transaction.
    textwell::Status save();
    // Whether a pack's double opt-in differs from the one in force: statuses must be derived again.
    bool confirmationChanged() const;
    // Reads the packs in force back.
    void load();
    // Derives every person's status again behind a progress dialog (after a save that changed
    // confirmationChanged()).
    void refreshStatuses();

    // The pack shown.
    QString currentPackId() const;
    void showPack(const QString& id);
    const textwell::RulePack& draft(const QString& id) const { return m_drafts.find(id).value(); }
    MessageBanner* banner() const { return m_banner; }

public Q_SLOTS:
    // "Load from file…", "Save to file…" on a chosen path (the buttons ask for it).
    bool loadFile(const QString& path);
    bool saveFile(const QString& path);
    void restoreBuiltIn();

private:
    void showDraft();
    void formEdited();

    textwell::Connection* m_connection;
    QComboBox* m_pack;
    QLabel* m_law;
    QLabel* m_countries;
    QLabel* m_state;
    QTimeEdit* m_quietFrom;
    QTimeEdit* m_quietUntil;
    QCheckBox* m_confirmation;
    CountSpinBox* m_reminderDays;
    CountSpinBox* m_alertDays;
    QCheckBox* m_ratesNotice;
    QCheckBox* m_namesSender;
    QPushButton* m_loadFile;
    QPushButton* m_saveFile;
    QPushButton* m_restore;
    MessageBanner* m_banner;

    QMap<QString, textwell::RulePack> m_drafts; // by id, as in the form
    QMap<QString, textwell::RulePack> m_stored; // in force, as loaded
    QStringList m_customized;
    bool m_showing = false; // the fields are being filled, not edited
};
