#include "importcolumnspage.h"

#include "columnmappingheader.h"
#include "contacts/customfields.h"
#include "importing/columnmapping.h"
#include "importing/importrow.h"
#include "importrowmodel.h"
#include "importsourcemodel.h"
#include "importwizard.h"
#include "regioncombo.h"
#include "util/clock.h"
#include "widgets/semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace textwell;

namespace {
constexpr int FieldRole = Qt::UserRole;
constexpr int CustomNameRole = Qt::UserRole + 1;

bool containsName(const QStringList& names, const QString& name)
{
    return names.contains(name.trimmed(), Qt::CaseInsensitive);
}

void setUpPreview(QTableView* view)
{
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}
} // namespace

ImportColumnsPage::ImportColumnsPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_sourceModel(new ImportSourceModel(this)),
      m_rowModel(new ImportRowModel(this)), m_sourceView(new QTableView(this)),
      m_header(new ColumnMappingHeader(m_sourceView)), m_rowView(new QTableView(this)),
      m_region(new RegionCombo(this)),
      m_createFields(
          new QCheckBox(tr("Create the new custom &fields (the columns marked “New custom field”)"), this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Textwell has guessed what each column of your file holds. Check the choice above each "
                   "column and change it where it is wrong."));

    auto* sourceLabel = new QLabel(tr("Your file, and what each column &holds:"), this);
    sourceLabel->setBuddy(m_sourceView);
    m_sourceView->setObjectName(QStringLiteral("sourcePreview"));
    m_sourceView->setHorizontalHeader(m_header);
    m_sourceView->setModel(m_sourceModel);
    setUpPreview(m_sourceView);
    // The choices above the columns take the keyboard; the rows below them are only to look at.
    m_sourceView->setFocusPolicy(Qt::NoFocus);
    m_sourceView->setAccessibleName(tr("The first rows of the file"));

    auto* rowLabel = new QLabel(tr("As it will be &stored:"), this);
    rowLabel->setBuddy(m_rowView);
    m_rowView->setObjectName(QStringLiteral("storedPreview"));
    m_rowView->setModel(m_rowModel);
    setUpPreview(m_rowView);
    m_rowView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rowView->horizontalHeader()->setStretchLastSection(true);
    m_rowView->setAccessibleName(tr("The first rows as they will be stored"));
    m_rowView->setToolTip(tr("Numbers in red are not imported: point at one to see why."));

    m_region->setObjectName(QStringLiteral("regionCombo"));
    connect(m_region, &QComboBox::activated, this, [this] {
        m_wizard->choices().options.defaultRegion = m_region->region();
        refresh();
    });
    m_createFields->setObjectName(QStringLiteral("createFieldsCheck"));
    connect(m_createFields, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->choices().options.createCustomFields = on;
        refresh();
    });

    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    SemanticColors::setTextTone(m_problem, SemanticColors::Tone::Bad);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);

    auto* regionLabel = new QLabel(tr("Country for numbers without a &country code:"), this);
    regionLabel->setBuddy(m_region);
    auto* options = new QHBoxLayout;
    options->addWidget(regionLabel);
    options->addWidget(m_region);
    options->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_sourceView, 3);
    layout->addLayout(options);
    layout->addWidget(m_createFields);
    layout->addSpacing(4);
    layout->addWidget(rowLabel);
    layout->addWidget(m_rowView, 2);
    layout->addWidget(m_problem);
}

QComboBox* ImportColumnsPage::createCombo(int column)
{
    const QString columnName = m_wizard->choices().header.value(column).trimmed();
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
    combo->setAccessibleName(tr("Field for the column “%1”").arg(columnName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    auto add = [combo](const QString& text, ImportField field, const QString& name = QString()) {
        combo->addItem(text);
        combo->setItemData(combo->count() - 1, int(field), FieldRole);
        combo->setItemData(combo->count() - 1, name, CustomNameRole);
    };
    for (ImportField field : ColumnMapping::fields()) {
        if (field != ImportField::Ignore)
            add(ColumnMapping::label(field), field);
    }
    combo->insertSeparator(combo->count());
    for (const QString& name : m_wizard->customFields())
        add(tr("Custom field: %1").arg(name), ImportField::Custom, name);
    if (!columnName.isEmpty() && !containsName(m_wizard->customFields(), columnName))
        add(tr("New custom field: %1").arg(columnName), ImportField::Custom, columnName);
    combo->insertSeparator(combo->count());
    add(ColumnMapping::label(ImportField::Ignore), ImportField::Ignore);

    const ColumnTarget target = m_wizard->choices().options.mapping.targets.value(column);
    int current = combo->count() - 1; // Don't import
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i, FieldRole).isValid() &&
            combo->itemData(i, FieldRole).toInt() == int(target.field) &&
            (target.field != ImportField::Custom ||
             combo->itemData(i, CustomNameRole)
                     .toString()
                     .compare(target.customName.trimmed(), Qt::CaseInsensitive) == 0)) {
            current = i;
            break;
        }
    }
    combo->setCurrentIndex(current);
    connect(combo, &QComboBox::activated, this, [this, column] { onComboChosen(column); });
    return combo;
}

void ImportColumnsPage::initializePage()
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    m_sourceModel->setRows(choices.header, choices.sample);
    m_combos.clear();
    QList<QWidget*> widgets;
    for (int column = 0; column < choices.header.size(); ++column) {
        QComboBox* combo = createCombo(column);
        m_combos.append(combo);
        widgets.append(combo);
    }
    m_header->setSectionWidgets(widgets);
    // Each column wide enough for its name and a readable choice above it.
    for (int column = 0; column < m_combos.size(); ++column) {
        const int nameWidth = m_header->fontMetrics().horizontalAdvance(choices.header.at(column)) + 24;
        const int width = qBound(140, qMax(nameWidth, m_combos.at(column)->sizeHint().width() + 8), 320);
        m_sourceView->setColumnWidth(column, width);
    }
    m_region->setRegion(choices.options.defaultRegion);
    m_createFields->setChecked(choices.options.createCustomFields);
    refresh();
    if (!m_combos.isEmpty())
        m_combos.first()->setFocus();
}

void ImportColumnsPage::onComboChosen(int column)
{
    QComboBox* combo = m_combos.at(column);
    ColumnTarget target;
    target.field = static_cast<ImportField>(combo->currentData(FieldRole).toInt());
    target.customName = combo->currentData(CustomNameRole).toString();
    m_wizard->choices().options.mapping.targets[column] = target;
    // Choosing a new custom field is the request to create it.
    if (target.field == ImportField::Custom && !containsName(m_wizard->customFields(), target.customName))
        m_createFields->setChecked(true);
    refresh();
}

QString ImportColumnsPage::problem() const
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    const QString mappingProblem = choices.options.mapping.problem(choices.header);
    if (!mappingProblem.isEmpty())
        return mappingProblem;
    for (const ColumnTarget& target : choices.options.mapping.targets) {
        const QString name = target.customName.trimmed();
        if (target.field != ImportField::Custom || containsName(m_wizard->customFields(), name))
            continue;
        if (!choices.options.createCustomFields)
            return tr("“%1” is not a custom field yet. Tick “Create the new custom fields” above, or choose "
                      "another "
                      "field for its column.")
                .arg(name);
        if (const QString nameProblem = CustomFields::nameProblem(name); !nameProblem.isEmpty())
            return tr("“%1” cannot be the name of a custom field: %2").arg(name, nameProblem);
    }
    return {};
}

void ImportColumnsPage::refresh()
{
    const ImportWizard::Choices& choices = m_wizard->choices();
    QVector<bool> ignored;
    bool anyNewField = false;
    for (const ColumnTarget& target : choices.options.mapping.targets) {
        ignored.append(target.field == ImportField::Ignore);
        anyNewField = anyNewField || (target.field == ImportField::Custom &&
                                      !containsName(m_wizard->customFields(), target.customName));
    }
    m_sourceModel->setIgnoredColumns(ignored);
    m_createFields->setEnabled(anyNewField || m_createFields->isChecked());

    // The same parser as the import, so the preview is what will be stored; twenty rows are cheap.
    const ImportRowParser parser(choices.options, int(choices.header.size()), Clock::currentUtc());
    QVector<ImportRow> rows;
    for (const SourceRecord& record : choices.sample)
        rows.append(parser.parse(record));
    m_rowModel->setRows(rows, choices.options.mapping);
    m_rowView->resizeColumnsToContents();
    for (int column = 0; column < m_rowModel->columnCount(); ++column)
        m_rowView->setColumnWidth(column, qMin(m_rowView->columnWidth(column), 280));

    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return !m_wizard->choices().header.isEmpty() && problem().isEmpty();
}
