#include "dashboardsettingsdialog.h"

#include "storage/connection.h"
#include "widgets/semanticcolors.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace textwell;

namespace {

QDoubleSpinBox* percentBox(double fraction, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    // The spin box writes its number in the locale; the sign follows as the locale places it.
    box->setSuffix(QLocale().language() == QLocale::English ? QLocale().percent()
                                                            : QChar(0x00A0) + QLocale().percent());
    box->setValue(fraction * 100.0);
    return box;
}

} // namespace

DashboardSettingsDialog::DashboardSettingsDialog(Connection* connection, const DashboardSettings& current,
                                                 QWidget* parent)
    : QDialog(parent), m_connection(connection), m_low(percentBox(current.typicalLow, this)),
      m_high(percentBox(current.typicalHigh, this)), m_alert(percentBox(current.alertThreshold, this)),
      m_problem(new QLabel(this)), m_save(nullptr)
{
    setObjectName(QStringLiteral("dashboardSettingsDialog"));
    setWindowTitle(tr("Benchmarks"));
    m_low->setObjectName(QStringLiteral("typicalLowEdit"));
    m_high->setObjectName(QStringLiteral("typicalHighEdit"));
    m_alert->setObjectName(QStringLiteral("alertThresholdEdit"));
    m_low->setAccessibleName(tr("Typical unsubscribe rate, low end"));
    m_high->setAccessibleName(tr("Typical unsubscribe rate, high end"));
    m_alert->setAccessibleName(tr("Alert level"));

    auto* intro = new QLabel(tr("The unsubscribe rate chart shades the band that is typical for SMS "
                                "marketing and warns you when a campaign's rate goes above the alert "
                                "level. These values are shared by every desk."),
                             this);
    intro->setWordWrap(true);
    auto* band = new QHBoxLayout;
    band->addWidget(m_low);
    auto* to = new QLabel(tr("to", "typical band: 0.5 % to 2 %"), this);
    band->addWidget(to);
    band->addWidget(m_high);
    band->addStretch();
    auto* form = new QFormLayout;
    auto* bandLabel = new QLabel(tr("&Typical band:"), this);
    bandLabel->setBuddy(m_low);
    form->addRow(bandLabel, band);
    form->addRow(tr("&Alert above:"), m_alert);
    m_problem->setObjectName(QStringLiteral("dashboardSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    SemanticColors::setTextTone(m_problem, SemanticColors::Tone::Bad);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto* defaults = buttons->addButton(tr("&Defaults"), QDialogButtonBox::ResetRole);
    defaults->setToolTip(tr("0.5 % to 2 %, alert above 2 %: common for SMS marketing"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        const DashboardSettings standard;
        m_low->setValue(standard.typicalLow * 100);
        m_high->setValue(standard.typicalHigh * 100);
        m_alert->setValue(standard.alertThreshold * 100);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &DashboardSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox* box : {m_low, m_high, m_alert})
        connect(box, &QDoubleSpinBox::valueChanged, this, &DashboardSettingsDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    check();
}

DashboardSettings DashboardSettingsDialog::settings() const
{
    DashboardSettings s;
    s.typicalLow = m_low->value() / 100.0;
    s.typicalHigh = m_high->value() / 100.0;
    s.alertThreshold = m_alert->value() / 100.0;
    return s;
}

void DashboardSettingsDialog::check()
{
    const QString problem = settings().problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

void DashboardSettingsDialog::accept()
{
    const DashboardSettings chosen = settings();
    if (Status stored = chosen.save(m_connection->database()); !stored) {
        m_problem->setText(tr("The benchmarks could not be saved: %1").arg(stored.error()));
        m_problem->show();
        return;
    }
    Q_EMIT saved(chosen);
    QDialog::accept();
}
