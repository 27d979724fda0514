#pragma once

#include "campaigns/campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

// "Send…" from the composer: the campaign's name, now or later, and an optional A/B test of a
// second text. Shows what will happen (how many people, parts, cost) before anything is sent.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignDialog(const QString& segmentName, const QString& text, const QString& summary,
                   QWidget* parent = nullptr);

    // The campaign as chosen, without its rule (the composer adds the segment's).
    textwell::Campaign campaign() const;
    // Invalid for "now".
    QDateTime scheduledAtUtc() const;

private:
    void updateState();

    QLineEdit* m_name;
    QRadioButton* m_now;
    QRadioButton* m_later;
    QDateTimeEdit* m_at;
    QCheckBox* m_abTest;
    QWidget* m_abBox;
    QPlainTextEdit* m_textB;
    QSpinBox* m_share;
    QComboBox* m_metric;
    QSpinBox* m_hours;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_text;
    QString m_segmentName;
};
