#include "importrowmodel.h"

#include "contacts/phonenumbers.h"
#include "widgets/displayformats.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace textwell;

namespace {
// The same red as the banners' errors, readable on light and dark rows.
const QColor problemColor(0xc0, 0x39, 0x2b);
} // namespace

void ImportRowModel::setRows(const QVector<ImportRow>& rows, const ColumnMapping& mapping)
{
    beginResetModel();
    m_rows = rows;
    m_phoneColumn = mapping.columnOf(ImportField::Phone);
    m_columns.clear();
    m_columns.append({Kind::Field, ImportField::Phone, {}});
    // In the order of the address book, whatever the order of the file.
    const bool names = mapping.has(ImportField::FullName);
    for (ImportField field :
         {ImportField::FirstName, ImportField::LastName, ImportField::City, ImportField::Region,
          ImportField::BirthDate, ImportField::Language, ImportField::Tags, ImportField::Notes}) {
        const bool byName = names && (field == ImportField::FirstName || field == ImportField::LastName);
        if (mapping.has(field) || byName)
            m_columns.append({Kind::Field, field, {}});
    }
    if (mapping.has(ImportField::ConsentDate) || mapping.has(ImportField::ConsentSource))
        m_columns.append({Kind::Consent, ImportField::ConsentDate, {}});
    for (const ColumnTarget& target : mapping.targets) {
        if (target.field == ImportField::Custom && !target.customName.trimmed().isEmpty())
            m_columns.append({Kind::Custom, ImportField::Custom, target.customName.trimmed()});
    }
    for (const ImportRow& row : rows) {
        if (!row.warnings.isEmpty()) {
            m_columns.append({Kind::Remarks, ImportField::Ignore, {}});
            break;
        }
    }
    endResetModel();
}

int ImportRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ImportRowModel::text(const ImportRow& row, const Column& column) const
{
    switch (column.kind) {
    case Kind::Custom:
        return row.customFields.value(column.name);
    case Kind::Remarks:
        return row.warnings.join(QLatin1Char(' '));
    case Kind::Consent:
        if (!row.consent)
            return tr("No consent");
        return tr("Yes: %1, %2")
            .arg(row.consent->source, DisplayFormats::date(row.consent->at.toLocalTime().date()));
    case Kind::Field:
        break;
    }
    switch (column.field) {
    case ImportField::Phone:
        return PhoneNumbers::formatInternational(row.e164);
    case ImportField::FirstName:
        return row.firstName;
    case ImportField::LastName:
        return row.lastName;
    case ImportField::City:
        return row.city;
    case ImportField::Region:
        return row.region;
    case ImportField::BirthDate:
        return row.birthDate.isValid() ? DisplayFormats::date(row.birthDate) : QString();
    case ImportField::Language:
        return row.language.isEmpty() ? QString() : QLocale(row.language).nativeLanguageName();
    case ImportField::Tags:
        return row.tags.join(QStringLiteral(", "));
    case ImportField::Notes:
        return row.notes;
    default:
        return {};
    }
}

QVariant ImportRowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRow& row = m_rows.at(index.row());
    const Column& column = m_columns.at(index.column());
    const bool phone = column.kind == Kind::Field && column.field == ImportField::Phone;
    if (row.problem != ImportRow::None) {
        // Not imported: the number column says so in red, with the reason.
        if (!phone)
            return {};
        switch (role) {
        case Qt::DisplayRole: {
            const QString given = row.fields.value(m_phoneColumn).trimmed();
            return given.isEmpty() ? tr("(no number)") : given;
        }
        case Qt::ToolTipRole:
            return row.reason;
        case Qt::ForegroundRole:
            return QBrush(problemColor);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        if (phone && !PhoneNumbers::canReceiveSms(row.numberKind) && row.numberKind != NumberKind::Unknown)
            return PhoneNumbers::kindLabel(row.numberKind);
        if (column.kind == Kind::Consent && row.consent)
            return tr("Evidence: %1").arg(row.consent->evidence);
        if (!row.warnings.isEmpty())
            return row.warnings.join(QLatin1Char('\n'));
        return text(row, column);
    case Qt::ForegroundRole:
        if (column.kind == Kind::Remarks)
            return QBrush(problemColor);
        return {};
    default:
        return {};
    }
}

QVariant ImportRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).row) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column& column = m_columns.at(section);
    switch (column.kind) {
    case Kind::Custom:
        return column.name;
    case Kind::Consent:
        return tr("Consent");
    case Kind::Remarks:
        return tr("To check");
    case Kind::Field:
        break;
    }
    return ColumnMapping::label(column.field);
}
