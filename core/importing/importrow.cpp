#include "importrow.h"

#include "contacts/phonenumbers.h"
#include "util/clock.h"

#include <QRegularExpression>

namespace textwell {

namespace {

// Cells that say "yes" or "no" in a consent column instead of a date.
bool isYes(const QString& folded)
{
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"),  QStringLiteral("true"),
                                    QStringLiteral("1"),   QStringLiteral("x"),  QStringLiteral("ja"),
                                    QStringLiteral("j"),   QStringLiteral("да"), QStringLiteral("✓"),
                                    QStringLiteral("✔")};
    return yes.contains(folded);
}

bool isNo(const QString& folded)
{
    static const QStringList no = {QStringLiteral("no"),  QStringLiteral("n"),    QStringLiteral("false"),
                                   QStringLiteral("0"),   QStringLiteral("-"),    QStringLiteral("nein"),
                                   QStringLiteral("нет"), QStringLiteral("none"), QStringLiteral("keine")};
    return no.contains(folded);
}

bool isPatronymic(const QString& word)
{
    static const QRegularExpression ending(QStringLiteral("(вич|вна|ична|инична|ич)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return ending.match(word).hasMatch();
}

} // namespace

ImportRowParser::ImportRowParser(const ImportOptions& options, int headerColumns, const QDateTime& now)
    : m_options(options), m_headerColumns(headerColumns), m_now(now)
{
    m_columnOf.fill(-1, int(ImportField::Custom) + 1);
    for (int i = 0; i < options.mapping.targets.size(); ++i) {
        const ImportField f = options.mapping.targets.at(i).field;
        if (f != ImportField::Ignore && f != ImportField::Custom && m_columnOf[int(f)] < 0)
            m_columnOf[int(f)] = i;
    }
}

QString ImportRowParser::cell(const SourceRecord& record, ImportField field) const
{
    const int column = m_columnOf.at(int(field));
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
}

ImportRow ImportRowParser::parse(const SourceRecord& record) const
{
    ImportRow row;
    row.row = record.row;
    row.fields = record.fields;

    // More fields than the header: a separator inside a value without quotes shifts the columns,
    // so no value of this row can be trusted. Empty extra fields (a trailing separator) are harmless.
    if (m_headerColumns > 0 && record.fields.size() > m_headerColumns) {
        bool extraFilled = false;
        for (qsizetype i = m_headerColumns; i < record.fields.size(); ++i)
            extraFilled = extraFilled || !record.fields.at(i).trimmed().isEmpty();
        if (extraFilled) {
            row.problem = ImportRow::BadRow;
            //: %n is how many fields the row has, %1 how many columns the header names.
            row.reason = tr("This row has %n field(s) where the header has %1: is there a separator inside a "
                            "value without quotes?",
                            nullptr, int(record.fields.size()))
                             .arg(m_headerColumns);
            return row;
        }
    }

    const QString phone = cell(record, ImportField::Phone);
    if (phone.isEmpty()) {
        row.problem = ImportRow::InvalidNumber;
        row.reason = tr("No phone number.");
        return row;
    }
    Result<NormalizedNumber> parsed = PhoneNumbers::normalize(phone, m_options.defaultRegion);
    if (!parsed) {
        row.problem = ImportRow::InvalidNumber;
        row.reason = parsed.error(); // names the number and what is wrong with it
        return row;
    }
    row.e164 = parsed.value().e164;
    row.numberKind = parsed.value().kind;
    row.numberRegion = parsed.value().region;
    row.given.append(ImportField::Phone);

    auto take = [&](ImportField field, QString* target) {
        const QString value = cell(record, field);
        if (!value.isEmpty()) {
            *target = value;
            row.given.append(field);
        }
    };
    take(ImportField::FirstName, &row.firstName);
    take(ImportField::LastName, &row.lastName);
    const QString full = cell(record, ImportField::FullName);
    if (!full.isEmpty() && row.firstName.isEmpty() && row.lastName.isEmpty()) {
        splitFullName(full, &row.firstName, &row.lastName);
        if (!row.firstName.isEmpty())
            row.given.append(ImportField::FirstName);
        if (!row.lastName.isEmpty())
            row.given.append(ImportField::LastName);
    }
    take(ImportField::City, &row.city);
    take(ImportField::Region, &row.region);
    take(ImportField::Notes, &row.notes);

    const QString birth = cell(record, ImportField::BirthDate);
    if (!birth.isEmpty()) {
        const QDate date = parseDate(birth, m_options.defaultRegion);
        if (date.isValid() && date <= m_now.date()) {
            row.birthDate = date;
            row.given.append(ImportField::BirthDate);
        } else {
            row.warnings.append(tr("Birth date \"%1\" not understood: imported without it.").arg(birth));
        }
    }
    const QString language = cell(record, ImportField::Language);
    if (!language.isEmpty()) {
        row.language = parseLanguage(language);
        if (!row.language.isEmpty())
            row.given.append(ImportField::Language);
        else
            row.warnings.append(
                tr("Language \"%1\" is not English, Russian or German: imported without it.").arg(language));
    }
    const QString tags = cell(record, ImportField::Tags);
    if (!tags.isEmpty()) {
        row.tags = splitTags(tags);
        row.given.append(ImportField::Tags);
    }
    for (int i = 0; i < m_options.mapping.targets.size() && i < record.fields.size(); ++i) {
        const ColumnTarget& t = m_options.mapping.targets.at(i);
        const QString value = record.fields.at(i).trimmed();
        if (t.field == ImportField::Custom && !value.isEmpty())
            row.customFields.insert(t.customName.trimmed(), value);
    }
    if (!row.customFields.isEmpty())
        row.given.append(ImportField::Custom);
    readConsent(record, row);
    return row;
}

void ImportRowParser::readConsent(const SourceRecord& record, ImportRow& row) const
{
    const ConsentRecord& declared = m_options.declaredConsent;
    const bool everyone = m_options.declaredForEveryone && !declared.source.trimmed().isEmpty() &&
                          !declared.evidence.trimmed().isEmpty();
    const bool hasColumn = m_columnOf.at(int(ImportField::ConsentDate)) >= 0;
    if (!hasColumn && !everyone)
        return; // the file says nothing about consent: none is granted

    ConsentRecord consent;
    consent.at = declared.at;
    const QString value = hasColumn ? cell(record, ImportField::ConsentDate) : QString();
    const QString folded = value.toCaseFolded();
    if (hasColumn && !everyone && (value.isEmpty() || isNo(folded)))
        return;
    if (!value.isEmpty() && !isYes(folded) && !isNo(folded)) {
        const QDateTime at = parseDateTime(value, m_options.defaultRegion);
        if (at.isValid()) {
            consent.at = at;
        } else if (everyone) {
            row.warnings.append(
                tr("Consent date \"%1\" not understood: the date declared for the file is used.").arg(value));
        } else {
            row.warnings.append(
                tr("Consent \"%1\" is neither a date nor yes/no: imported without consent.").arg(value));
            return;
        }
    }
    if (consent.at.isValid() && consent.at > m_now.addSecs(60)) {
        row.warnings.append(
            tr("The consent date %1 lies in the future: imported without consent.").arg(value));
        return;
    }
    const QString fileRow = m_options.fileName.isEmpty()
                                ? tr("imported file, row %1").arg(record.row)
                                : tr("%1, row %2").arg(m_options.fileName).arg(record.row);
    consent.source = cell(record, ImportField::ConsentSource);
    if (consent.source.isEmpty())
        consent.source = declared.source.trimmed();
    if (consent.source.isEmpty())
        consent.source = tr("Consent column of an imported file");
    consent.evidence = cell(record, ImportField::ConsentEvidence);
    if (consent.evidence.isEmpty())
        consent.evidence = declared.evidence.trimmed();
    // The row itself is part of the proof: it says where in which file the consent was read.
    consent.evidence = consent.evidence.isEmpty()
                           ? fileRow
                           : consent.evidence + QStringLiteral(" (") + fileRow + QLatin1Char(')');
    if (!consent.at.isValid())
        consent.at = m_now;
    row.consent = consent;
}

void ImportRowParser::splitFullName(const QString& full, QString* first, QString* last)
{
    const QString name = full.simplified();
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma > 0) { // "Müller, Anna"
        *last = name.left(comma).trimmed();
        *first = name.mid(comma + 1).trimmed();
        return;
    }
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1) {
        *first = name;
        last->clear();
        return;
    }
    // Russian order "Иванов Иван Иванович": the first name with the patronymic is how one is
    // addressed politely, so it stays together.
    if (words.size() == 3 && isPatronymic(words.at(2))) {
        *last = words.at(0);
        *first = words.at(1) + QLatin1Char(' ') + words.at(2);
        return;
    }
    *last = words.last();
    *first = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
}

QDate ImportRowParser::parseDate(const QString& text, const QString& region, QTime* time)
{
    // Read by hand rather than by QDateTime::fromString or a regular expression: a million
    // birthdays and consent dates go through here in an import.
    int parts[6] = {0, 0, 0, -1, -1, 0};
    int digits[6] = {0, 0, 0, 0, 0, 0};
    int part = 0;
    QChar dateSeparator;
    const QString t = text.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            if (part > 5 || digits[part] >= 4)
                return {};
            if (parts[part] < 0)
                parts[part] = 0;
            parts[part] = parts[part] * 10 + (c.unicode() - '0');
            ++digits[part];
        } else if (part < 2 && digits[part] > 0 &&
                   (c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-'))) {
            if (!dateSeparator.isNull() && c != dateSeparator)
                return {};
            dateSeparator = c;
            ++part;
        } else if (part == 2 && digits[2] > 0 &&
                   (c == QLatin1Char(' ') || c == QLatin1Char('T') || c == QLatin1Char(','))) {
            while (i + 1 < t.size() && (t.at(i + 1) == QLatin1Char(' ') || t.at(i + 1) == QLatin1Char(',')))
                ++i;
            part = 3;
        } else if (part >= 3 && part < 5 && digits[part] > 0 && c == QLatin1Char(':')) {
            ++part;
        } else if (part == 5 && digits[5] > 0 && (c == QLatin1Char('.') || c == QLatin1Char('Z'))) {
            break; // fractions of a second or a UTC mark: the day is what matters
        } else {
            return {};
        }
    }
    if (digits[0] == 0 || digits[1] == 0 || digits[2] == 0 || (part >= 3 && part < 4))
        return {};
    int year = 0;
    int month = 0;
    int day = 0;
    if (digits[0] == 4) { // 2024-03-02, 2024/03/02
        year = parts[0];
        month = parts[1];
        day = parts[2];
    } else {
        if (digits[2] != 4 && digits[2] != 2)
            return {};
        const bool monthFirst = dateSeparator == QLatin1Char('/') &&
                                region.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0;
        day = monthFirst ? parts[1] : parts[0];
        month = monthFirst ? parts[0] : parts[1];
        year = parts[2];
        if (digits[2] == 2) // "2.3.24": this century unless that lies ahead
            year += year + 2000 > Clock::currentUtc().date().year() ? 1900 : 2000;
    }
    const QDate date(year, month, day);
    if (time) {
        *time = part >= 4 ? QTime(parts[3], qMax(0, parts[4]), parts[5]) : QTime(0, 0);
        if (!time->isValid())
            return {};
    }
    return date;
}

QDateTime ImportRowParser::parseDateTime(const QString& text, const QString& region)
{
    QTime time;
    const QDate date = parseDate(text, region, &time);
    if (date.isValid())
        return QDateTime(date, time);
    return QDateTime::fromString(text.trimmed(), Qt::ISODate); // with a time zone: "…T14:30:00+01:00"
}

QString ImportRowParser::parseLanguage(const QString& text)
{
    const QString t = text.trimmed().toCaseFolded();
    static const QStringList en = {QStringLiteral("en"),         QStringLiteral("eng"),
                                   QStringLiteral("english"),    QStringLiteral("englisch"),
                                   QStringLiteral("английский"), QStringLiteral("англ")};
    static const QStringList ru = {QStringLiteral("ru"),      QStringLiteral("rus"),
                                   QStringLiteral("russian"), QStringLiteral("russisch"),
                                   QStringLiteral("русский"), QStringLiteral("рус")};
    static const QStringList de = {QStringLiteral("de"),      QStringLiteral("deu"),
                                   QStringLiteral("ger"),     QStringLiteral("german"),
                                   QStringLiteral("deutsch"), QStringLiteral("немецкий"),
                                   QStringLiteral("нем")};
    const QString head = t.section(QRegularExpression(QStringLiteral("[-_]")), 0, 0);
    for (const QString& candidate : {t, head}) {
        if (en.contains(candidate))
            return QStringLiteral("en");
        if (ru.contains(candidate))
            return QStringLiteral("ru");
        if (de.contains(candidate))
            return QStringLiteral("de");
    }
    return {};
}

QStringList ImportRowParser::splitTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;|]"));
    QStringList tags;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

} // namespace textwell
