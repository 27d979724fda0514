#include "columnmapping.h"

#include <QHash>
#include <QRegularExpression>

namespace textwell {

namespace {

struct FieldInfo
{
    ImportField field;
    const char* code;
};

constexpr FieldInfo Infos[] = {
    {ImportField::Ignore, "ignore"},
    {ImportField::Phone, "phone"},
    {ImportField::FullName, "full_name"},
    {ImportField::FirstName, "first_name"},
    {ImportField::LastName, "last_name"},
    {ImportField::City, "city"},
    {ImportField::Region, "region"},
    {ImportField::BirthDate, "birth_date"},
    {ImportField::Language, "language"},
    {ImportField::Tags, "tags"},
    {ImportField::Notes, "notes"},
    {ImportField::ConsentDate, "consent_date"},
    {ImportField::ConsentSource, "consent_source"},
    {ImportField::ConsentEvidence, "consent_evidence"},
    {ImportField::Custom, "custom"},
};

// A header name folded for matching: lower case, no punctuation, spaces or accents that
// spreadsheets and phones vary ("E-Mail", "Tel.:", "Мобильный телефон").
QString folded(const QString& name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c == QChar(0x0451) ? QChar(0x0435) : c); // ё → е
    }
    return out;
}

// Header words per field in English, Russian and German, folded. Exact names come first; then a
// header that starts with one of the prefixes ("Handynummer", "Телефон мобильный").
struct Synonyms
{
    ImportField field;
    QStringList exact;
    QStringList prefixes;
};

const QVector<Synonyms>& synonyms()
{
    static const QVector<Synonyms> table = [] {
        auto f = [](const QStringList& words) {
            QStringList out;
            for (const QString& w : words)
                out.append(folded(w));
            return out;
        };
        return QVector<Synonyms>{
            {ImportField::Phone,
             f({QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("cell"),
                QStringLiteral("tel"), QStringLiteral("number"), QStringLiteral("msisdn"),
                QStringLiteral("handy"), QStringLiteral("telefon"), QStringLiteral("rufnummer"),
                QStringLiteral("mobil"), QStringLiteral("nummer"), QStringLiteral("телефон"),
                QStringLiteral("мобильный"), QStringLiteral("тел"), QStringLiteral("номер"),
                QStringLiteral("сотовый")}),
             f({QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("cellphone"),
                QStringLiteral("telephone"), QStringLiteral("handy"), QStringLiteral("telefon"),
                QStringLiteral("rufnummer"), QStringLiteral("mobilnummer"), QStringLiteral("mobiltelefon"),
                QStringLiteral("телефон"), QStringLiteral("мобильн"), QStringLiteral("номертел"),
                QStringLiteral("сотов")})},
            {ImportField::FullName,
             f({QStringLiteral("name"), QStringLiteral("full name"), QStringLiteral("fullname"),
                QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("client"),
                QStringLiteral("display name"), QStringLiteral("kunde"), QStringLiteral("kontakt"),
                QStringLiteral("vollständiger name"), QStringLiteral("name vollständig"),
                QStringLiteral("фио"), QStringLiteral("имя фамилия"), QStringLiteral("фамилия имя"),
                QStringLiteral("фамилия имя отчество"), QStringLiteral("полное имя"),
                QStringLiteral("клиент"), QStringLiteral("контакт")}),
             {}},
            {ImportField::FirstName,
             f({QStringLiteral("first name"), QStringLiteral("firstname"), QStringLiteral("first"),
                QStringLiteral("given name"), QStringLiteral("forename"), QStringLiteral("vorname"),
                QStringLiteral("rufname"), QStringLiteral("имя"), QStringLiteral("имя отчество")}),
             f({QStringLiteral("firstname"), QStringLiteral("givenname"), QStringLiteral("vorname")})},
            {ImportField::LastName,
             f({QStringLiteral("last name"), QStringLiteral("lastname"), QStringLiteral("last"),
                QStringLiteral("surname"), QStringLiteral("family name"), QStringLiteral("nachname"),
                QStringLiteral("familienname"), QStringLiteral("фамилия")}),
             f({QStringLiteral("lastname"), QStringLiteral("surname"), QStringLiteral("familyname"),
                QStringLiteral("nachname"), QStringLiteral("familienname")})},
            {ImportField::City,
             f({QStringLiteral("city"), QStringLiteral("town"), QStringLiteral("location"),
                QStringLiteral("stadt"), QStringLiteral("ort"), QStringLiteral("wohnort"),
                QStringLiteral("город"), QStringLiteral("населенный пункт")}),
             f({QStringLiteral("city"), QStringLiteral("stadt"), QStringLiteral("wohnort"),
                QStringLiteral("город")})},
            {ImportField::Region,
             f({QStringLiteral("region"), QStringLiteral("state"), QStringLiteral("province"),
                QStringLiteral("county"), QStringLiteral("bundesland"), QStringLiteral("land"),
                QStringLiteral("регион"), QStringLiteral("область"), QStringLiteral("край")}),
             f({QStringLiteral("region"), QStringLiteral("bundesland"), QStringLiteral("регион"),
                QStringLiteral("област")})},
            {ImportField::BirthDate,
             f({QStringLiteral("birthday"), QStringLiteral("birth date"), QStringLiteral("birthdate"),
                QStringLiteral("date of birth"), QStringLiteral("dob"), QStringLiteral("bday"),
                QStringLiteral("geburtstag"), QStringLiteral("geburtsdatum"), QStringLiteral("geb"),
                QStringLiteral("день рождения"), QStringLiteral("дата рождения"), QStringLiteral("др")}),
             f({QStringLiteral("birth"), QStringLiteral("geburts"), QStringLiteral("датарожд"),
                QStringLiteral("деньрожд")})},
            {ImportField::Language,
             f({QStringLiteral("language"), QStringLiteral("lang"), QStringLiteral("locale"),
                QStringLiteral("sprache"), QStringLiteral("язык")}),
             {}},
            {ImportField::Tags,
             f({QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("labels"),
                QStringLiteral("groups"), QStringLiteral("group"), QStringLiteral("categories"),
                QStringLiteral("category"), QStringLiteral("schlagwörter"), QStringLiteral("gruppe"),
                QStringLiteral("gruppen"), QStringLiteral("kategorie"), QStringLiteral("kategorien"),
                QStringLiteral("теги"), QStringLiteral("метки"), QStringLiteral("группа"),
                QStringLiteral("группы"), QStringLiteral("категория"), QStringLiteral("категории")}),
             {}},
            {ImportField::Notes,
             f({QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("comment"),
                QStringLiteral("comments"), QStringLiteral("remarks"), QStringLiteral("notiz"),
                QStringLiteral("notizen"), QStringLiteral("bemerkung"), QStringLiteral("bemerkungen"),
                QStringLiteral("kommentar"), QStringLiteral("anmerkung"), QStringLiteral("заметки"),
                QStringLiteral("заметка"), QStringLiteral("примечание"), QStringLiteral("комментарий")}),
             {}},
            {ImportField::ConsentDate,
             f({QStringLiteral("consent"), QStringLiteral("consent date"), QStringLiteral("consent given"),
                QStringLiteral("opt in"), QStringLiteral("optin"), QStringLiteral("opt in date"),
                QStringLiteral("subscribed"), QStringLiteral("subscribed on"), QStringLiteral("signup date"),
                QStringLiteral("einwilligung"), QStringLiteral("einwilligung am"),
                QStringLiteral("einwilligungsdatum"), QStringLiteral("zustimmung"),
                QStringLiteral("согласие"), QStringLiteral("дата согласия"),
                QStringLiteral("согласие на рассылку"), QStringLiteral("подписка")}),
             f({QStringLiteral("consentdate"), QStringLiteral("optindate"),
                QStringLiteral("einwilligungsdat"), QStringLiteral("датасоглас")})},
            {ImportField::ConsentSource,
             f({QStringLiteral("consent source"), QStringLiteral("source"), QStringLiteral("signup source"),
                QStringLiteral("opt in source"), QStringLiteral("quelle"), QStringLiteral("herkunft"),
                QStringLiteral("einwilligungsquelle"), QStringLiteral("источник"),
                QStringLiteral("источник согласия")}),
             {}},
            {ImportField::ConsentEvidence,
             f({QStringLiteral("consent evidence"), QStringLiteral("evidence"), QStringLiteral("proof"),
                QStringLiteral("nachweis"), QStringLiteral("beleg"), QStringLiteral("einwilligungsnachweis"),
                QStringLiteral("доказательство"), QStringLiteral("подтверждение")}),
             {}},
        };
    }();
    return table;
}

ImportField fieldForHeader(const QString& name)
{
    const QString key = folded(name);
    if (key.isEmpty())
        return ImportField::Ignore;
    for (const Synonyms& s : synonyms()) {
        if (s.exact.contains(key))
            return s.field;
    }
    for (const Synonyms& s : synonyms()) {
        for (const QString& prefix : s.prefixes) {
            if (key.startsWith(prefix))
                return s.field;
        }
    }
    return ImportField::Ignore;
}

// A value that reads as a phone number: at least six digits, and nothing but digits and the
// characters people write numbers with.
bool looksLikePhone(const QString& value)
{
    static const QRegularExpression phone(QStringLiteral("^\\s*\\+?[\\d\\s().\\-/]{6,}\\s*$"));
    int digits = 0;
    for (QChar c : value)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 6 && phone.match(value).hasMatch();
}

} // namespace

ColumnMapping ColumnMapping::guess(const QStringList& header, const QVector<QStringList>& sample)
{
    ColumnMapping mapping;
    mapping.targets.resize(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const ImportField field = fieldForHeader(header.at(i));
        // The first column of a field takes it ("Phone", "Phone 2": the second stays unmapped).
        if (field != ImportField::Ignore && mapping.columnOf(field) < 0)
            mapping.targets[i].field = field;
    }
    // A full name beside first and last name adds nothing.
    if (mapping.has(ImportField::FirstName) && mapping.has(ImportField::LastName) &&
        mapping.has(ImportField::FullName))
        mapping.targets[mapping.columnOf(ImportField::FullName)] = {};
    if (!mapping.has(ImportField::Phone)) {
        // No header names the phone: take the first unmapped column where most values are numbers.
        for (int i = 0; i < header.size(); ++i) {
            if (mapping.targets.at(i).field != ImportField::Ignore)
                continue;
            int filled = 0;
            int phones = 0;
            for (const QStringList& row : sample) {
                if (i < row.size() && !row.at(i).trimmed().isEmpty()) {
                    ++filled;
                    phones += looksLikePhone(row.at(i)) ? 1 : 0;
                }
            }
            if (filled > 0 && phones * 10 >= filled * 8) {
                mapping.targets[i].field = ImportField::Phone;
                break;
            }
        }
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::parse(const QString& spec, const QStringList& header)
{
    using R = Result<ColumnMapping>;
    ColumnMapping mapping;
    mapping.targets.resize(header.size());
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return R::failure(tr("\"%1\" is not column=field.").arg(item));
        const QString column = item.left(eq).trimmed();
        const QString target = item.mid(eq + 1).trimmed();
        int index = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (index < 0 && isNumber && number >= 1 && number <= header.size())
            index = number - 1;
        if (index < 0)
            return R::failure(tr("The file has no column \"%1\". Its columns: %2.")
                                  .arg(column, header.join(QStringLiteral(", "))));
        ColumnTarget t;
        if (target.startsWith(QLatin1String("custom:"), Qt::CaseInsensitive)) {
            t.field = ImportField::Custom;
            t.customName = target.mid(7).trimmed();
            if (t.customName.isEmpty())
                t.customName = header.at(index).trimmed();
        } else if (!fromCode(target, &t.field) || t.field == ImportField::Custom) {
            QStringList codes;
            for (ImportField f : fields())
                codes.append(code(f));
            codes.append(QStringLiteral("custom:NAME"));
            return R::failure(
                tr("\"%1\" is not a field. Fields: %2.").arg(target, codes.join(QStringLiteral(", "))));
        }
        mapping.targets[index] = t;
    }
    return mapping;
}

int ColumnMapping::columnOf(ImportField field) const
{
    for (int i = 0; i < targets.size(); ++i) {
        if (targets.at(i).field == field)
            return i;
    }
    return -1;
}

QString ColumnMapping::problem(const QStringList& header) const
{
    auto name = [&](int i) {
        const QString n = i < header.size() ? header.at(i).trimmed() : QString();
        return n.isEmpty() ? tr("column %1").arg(i + 1) : QStringLiteral("\"%1\"").arg(n);
    };
    if (!has(ImportField::Phone))
        return tr("Choose the column with the phone numbers.");
    for (int i = 0; i < targets.size(); ++i) {
        const ColumnTarget& t = targets.at(i);
        if (t.field == ImportField::Ignore)
            continue;
        if (t.field == ImportField::Custom && t.customName.trimmed().isEmpty())
            return tr("Name the custom field for %1.").arg(name(i));
        for (int j = i + 1; j < targets.size(); ++j) {
            if (targets.at(j) == t)
                return tr("%1 and %2 are both mapped to %3. Choose one of them.")
                    .arg(name(i), name(j),
                         t.field == ImportField::Custom ? QStringLiteral("\"%1\"").arg(t.customName)
                                                        : label(t.field));
        }
    }
    return {};
}

QString ColumnMapping::spec(const QStringList& header) const
{
    QStringList items;
    for (int i = 0; i < targets.size(); ++i) {
        const ColumnTarget& t = targets.at(i);
        if (t.field == ImportField::Ignore)
            continue;
        const QString column = i < header.size() && !header.at(i).contains(QLatin1Char(',')) &&
                                       !header.at(i).contains(QLatin1Char('=')) &&
                                       !header.at(i).trimmed().isEmpty()
                                   ? header.at(i).trimmed()
                                   : QString::number(i + 1);
        items.append(
            column + QLatin1Char('=') +
            (t.field == ImportField::Custom ? QStringLiteral("custom:") + t.customName : code(t.field)));
    }
    return items.join(QLatin1Char(','));
}

QList<ImportField> ColumnMapping::fields()
{
    return {ImportField::Phone,           ImportField::FullName,    ImportField::FirstName,
            ImportField::LastName,        ImportField::City,        ImportField::Region,
            ImportField::BirthDate,       ImportField::Language,    ImportField::Tags,
            ImportField::Notes,           ImportField::ConsentDate, ImportField::ConsentSource,
            ImportField::ConsentEvidence, ImportField::Ignore};
}

QString ColumnMapping::label(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("Don't import");
    case ImportField::Phone:
        return tr("Phone number");
    case ImportField::FullName:
        return tr("Full name (split into first and last)");
    case ImportField::FirstName:
        return tr("First name");
    case ImportField::LastName:
        return tr("Last name");
    case ImportField::City:
        return tr("City");
    case ImportField::Region:
        return tr("Region");
    case ImportField::BirthDate:
        return tr("Birth date");
    case ImportField::Language:
        return tr("Language");
    case ImportField::Tags:
        return tr("Tags");
    case ImportField::Notes:
        return tr("Notes");
    case ImportField::ConsentDate:
        return tr("Consent date");
    case ImportField::ConsentSource:
        return tr("Consent source");
    case ImportField::ConsentEvidence:
        return tr("Consent evidence");
    case ImportField::Custom:
        return tr("Custom field");
    }
    return {};
}

QString ColumnMapping::code(ImportField field)
{
    for (const FieldInfo& info : Infos) {
        if (info.field == field)
            return QString::fromLatin1(info.code);
    }
    return {};
}

bool ColumnMapping::fromCode(const QString& code, ImportField* field)
{
    for (const FieldInfo& info : Infos) {
        if (code.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            *field = info.field;
            return true;
        }
    }
    return false;
}

} // namespace textwell
