#include "suppressionsourcepage.h"

#include "contacts/phonenumbers.h"
#include "importwizard.h"
#include "regioncombo.h"
#include "widgets/semanticcolors.h"

#include <QBrush>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace textwell;

SuppressionSourcePage::SuppressionSourcePage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_column(new QComboBox(this)), m_region(new RegionCombo(this)),
      m_source(new QLineEdit(this)), m_preview(new QTableWidget(this))
{
    setObjectName(QStringLiteral("suppressionSourcePage"));
    setTitle(tr("The numbers and where they come from"));
    setSubTitle(
        tr("Every number in the list is excluded: it gets no messages, whether or not the person is in "
           "the address book. Where the list comes from is kept in each number's history."));

    m_column->setObjectName(QStringLiteral("numberColumnCombo"));
    connect(m_column, &QComboBox::activated, this, [this] {
        m_wizard->choices().phoneColumn = m_column->currentIndex();
        showPreview();
    });
    m_region->setObjectName(QStringLiteral("regionCombo"));
    connect(m_region, &QComboBox::activated, this, [this] {
        m_wizard->choices().options.defaultRegion = m_region->region();
        showPreview();
    });
    m_source->setObjectName(QStringLiteral("suppressionSourceEdit"));
    m_source->setPlaceholderText(tr("Opt-out list from our previous SMS provider, exported 2026-11"));
    connect(m_source, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_preview->setObjectName(QStringLiteral("numberPreview"));
    m_preview->setColumnCount(2);
    m_preview->setHorizontalHeaderLabels({tr("In the file"), tr("As it will be stored")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->setColumnWidth(0, fontMetrics().averageCharWidth() * 30);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Which column has the numbers:"), m_column);
    form->addRow(tr("Country for numbers without a &country code:"), m_region);
    form->addRow(tr("Where the list comes &from:"), m_source);
    auto* previewLabel = new QLabel(tr("The first n&umbers:"), this);
    previewLabel->setBuddy(m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
}

void SuppressionSourcePage::initializePage()
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    m_column->clear();
    for (int i = 0; i < choices.header.size(); ++i) {
        const QString example = choices.sample.isEmpty() ? QString() : choices.sample.first().fields.value(i);
        m_column->addItem(example.isEmpty() ? choices.header.at(i)
                                            : tr("%1 (for example %2)").arg(choices.header.at(i), example));
    }
    m_column->setCurrentIndex(qBound(0, choices.phoneColumn, int(choices.header.size()) - 1));
    m_region->setRegion(choices.options.defaultRegion);
    m_source->setText(choices.source);
    showPreview();
}

void SuppressionSourcePage::showPreview()
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    m_preview->setRowCount(int(choices.sample.size()));
    QStringList rows;
    for (int r = 0; r < choices.sample.size(); ++r) {
        const SourceRecord& record = choices.sample.at(r);
        rows.append(QString::number(record.row));
        const QString given = record.fields.value(choices.phoneColumn).trimmed();
        auto* original = new QTableWidgetItem(given);
        QTableWidgetItem* stored = nullptr;
        const Result<ParsedNumber> parsed = PhoneNumbers::parse(given, choices.options.defaultRegion);
        if (parsed) {
            stored = new QTableWidgetItem(parsed.value().international);
        } else {
            stored = new QTableWidgetItem(tr("Not a valid number: not imported"));
            stored->setForeground(SemanticColors::text(SemanticColors::Tone::Bad, m_preview->palette()));
            stored->setToolTip(parsed.error());
        }
        m_preview->setItem(r, 0, original);
        m_preview->setItem(r, 1, stored);
    }
    m_preview->setVerticalHeaderLabels(rows);
}

bool SuppressionSourcePage::isComplete() const
{
    return !m_source->text().trimmed().isEmpty() && m_column->count() > 0;
}

bool SuppressionSourcePage::validatePage()
{
    m_wizard->choices().phoneColumn = m_column->currentIndex();
    m_wizard->choices().options.defaultRegion = m_region->region();
    m_wizard->choices().source = m_source->text().trimmed();
    return true;
}
