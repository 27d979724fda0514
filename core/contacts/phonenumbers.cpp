#include "phonenumbers.h"

#include <algorithm>

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace textwell {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

PhoneNumberUtil* util()
{
    return PhoneNumberUtil::GetInstance();
}

NumberKind kindOf(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return NumberKind::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return NumberKind::MobileOrFixed;
    case PhoneNumberUtil::FIXED_LINE:
        return NumberKind::FixedLine;
    case PhoneNumberUtil::UNKNOWN:
        return NumberKind::Unknown;
    default:
        return NumberKind::Other;
    }
}

} // namespace

Result<NormalizedNumber> PhoneNumbers::normalize(const QString& input, const QString& defaultRegion)
{
    const QString trimmed = input.trimmed();
    const QString region = defaultRegion.trimmed().toUpper();
    if (!trimmed.isEmpty() && isKnownRegion(region)) {
        PhoneNumber number;
        if (util()->Parse(trimmed.toStdString(), region.toStdString(), &number) ==
                PhoneNumberUtil::NO_PARSING_ERROR &&
            !number.has_extension()) {
            // A number's type is UNKNOWN exactly when it is not valid (libphonenumber's
            // IsValidNumber is "the type of the number in its region is not UNKNOWN").
            const PhoneNumberUtil::PhoneNumberType type = util()->GetNumberType(number);
            if (type != PhoneNumberUtil::UNKNOWN) {
                std::string e164;
                util()->Format(number, PhoneNumberUtil::E164, &e164);
                std::string numberRegion;
                util()->GetRegionCodeForNumber(number, &numberRegion);
                return NormalizedNumber{QString::fromStdString(e164), kindOf(type),
                                        QString::fromStdString(numberRegion)};
            }
        }
    }
    // Refused, unusual (an extension, no default country) or worth a precise message: the full way.
    Result<ParsedNumber> full = parse(input, defaultRegion);
    if (!full)
        return Result<NormalizedNumber>::failure(full.error());
    return NormalizedNumber{full.value().e164, full.value().kind, full.value().region};
}

Result<ParsedNumber> PhoneNumbers::parse(const QString& input, const QString& defaultRegion)
{
    using R = Result<ParsedNumber>;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("Enter a phone number."));
    const QString region = defaultRegion.trimmed().toUpper();
    const bool hasCountryPrefix =
        trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1String("00"));
    if (!hasCountryPrefix && !isKnownRegion(region))
        return R::failure(tr("“%1” has no country code. Write it with + and the country code, or choose a "
                             "default country in Settings.")
                              .arg(trimmed));

    // Without a default country libphonenumber cannot know its international prefix, and would
    // reject "0049 171 ..." as an unknown country code; 00 is the prefix of most of the world.
    const QString toParse = !isKnownRegion(region) && trimmed.startsWith(QLatin1String("00"))
                                ? QLatin1Char('+') + trimmed.mid(2)
                                : trimmed;
    PhoneNumber number;
    const auto error = util()->Parse(toParse.toStdString(), region.toStdString(), &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return R::failure(tr("“%1” has an unknown country code.").arg(trimmed));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return R::failure(tr("“%1” is not a phone number.").arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return R::failure(tr("“%1” is too short for a phone number.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return R::failure(tr("“%1” is too long for a phone number.").arg(trimmed));
    }

    std::string numberRegion;
    util()->GetRegionCodeForNumber(number, &numberRegion);
    if (!util()->IsValidNumber(number)) {
        switch (util()->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            return R::failure(tr("“%1” is too short for a phone number.").arg(trimmed));
        case PhoneNumberUtil::TOO_LONG:
            return R::failure(tr("“%1” is too long for a phone number.").arg(trimmed));
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return R::failure(tr("“%1” has an unknown country code.").arg(trimmed));
        default:
            break;
        }
        std::string codeRegion;
        util()->GetRegionCodeForCountryCode(number.country_code(), &codeRegion);
        return R::failure(tr("“%1” is not a valid number for the country code +%2 (%3).")
                              .arg(trimmed)
                              .arg(number.country_code())
                              .arg(QString::fromStdString(codeRegion)));
    }

    ParsedNumber parsed;
    std::string text;
    util()->Format(number, PhoneNumberUtil::E164, &text);
    parsed.e164 = QString::fromStdString(text);
    util()->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    parsed.international = QString::fromStdString(text);
    parsed.region = QString::fromStdString(numberRegion);
    parsed.kind = kindOf(util()->GetNumberType(number));
    if (parsed.kind == NumberKind::FixedLine)
        parsed.warning = tr("%1 is a landline number: it cannot receive SMS.").arg(parsed.international);
    else if (!parsed.canReceiveSms())
        parsed.warning = tr("%1 is not a mobile number (%2): it may not receive SMS.")
                             .arg(parsed.international, kindLabel(parsed.kind));
    else if (number.has_extension()) // E.164 has no extensions, and SMS cannot reach one
        parsed.warning = tr("The extension %1 is left out: a text message goes to %2 itself.")
                             .arg(QString::fromStdString(number.extension()), parsed.international);
    return parsed;
}

QString PhoneNumbers::formatInternational(const QString& e164)
{
    PhoneNumber number;
    if (util()->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string text;
    util()->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    return QString::fromStdString(text);
}

QString PhoneNumbers::regionFromSystemLocale()
{
    const QString name = QLocale::system().name(); // "de_DE"
    const QString region = name.section(QLatin1Char('_'), 1, 1).left(2).toUpper();
    return isKnownRegion(region) ? region : QStringLiteral("US");
}

bool PhoneNumbers::isKnownRegion(const QString& region)
{
    // Asked for every number parsed (a million in an import): the list is built once.
    static const QStringList regions = supportedRegions();
    return region.size() == 2 && std::binary_search(regions.cbegin(), regions.cend(), region.toUpper());
}

QStringList PhoneNumbers::supportedRegions()
{
    std::set<std::string> regions;
    util()->GetSupportedRegions(&regions);
    QStringList list;
    for (const std::string& r : regions)
        list.append(QString::fromStdString(r));
    return list; // sorted, as the set was
}

QString PhoneNumbers::regionName(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToString(territory);
}

int PhoneNumbers::callingCode(const QString& region)
{
    return util()->GetCountryCodeForRegion(region.toUpper().toStdString());
}

QString PhoneNumbers::kindLabel(NumberKind kind)
{
    switch (kind) {
    case NumberKind::Mobile:
        return tr("mobile");
    case NumberKind::MobileOrFixed:
        return tr("mobile or landline");
    case NumberKind::FixedLine:
        return tr("landline");
    case NumberKind::Other:
        return tr("special number");
    case NumberKind::Rejected:
        return tr("rejected by the gateway");
    case NumberKind::Unknown:
        break;
    }
    return tr("unknown type");
}

} // namespace textwell
