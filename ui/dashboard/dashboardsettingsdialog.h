#pragma once

#include "analytics/dashboardsettings.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace textwell {
class Connection;
}

// What the unsubscribe rate is compared with: the typical band and the alert level, stored with
// the business's settings so every desk sees the same.
class DashboardSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    DashboardSettingsDialog(textwell::Connection* connection, const textwell::DashboardSettings& current,
                            QWidget* parent = nullptr);

    textwell::DashboardSettings settings() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(const textwell::DashboardSettings& settings);

private:
    void check();

    textwell::Connection* m_connection;
    QDoubleSpinBox* m_low;
    QDoubleSpinBox* m_high;
    QDoubleSpinBox* m_alert;
    QLabel* m_problem;
    QPushButton* m_save;
};
