#include "segmentfields.h"

namespace textwell {

using Op = SegmentOperator;

QVector<SegmentField> SegmentFields::all()
{
    return {SegmentField::City,          SegmentField::Region,        SegmentField::Tags,
            SegmentField::Age,           SegmentField::BirthdayMonth, SegmentField::Language,
            SegmentField::LastActivity,  SegmentField::Purchases,     SegmentField::SignupDate,
            SegmentField::ConsentSource, SegmentField::Custom};
}

QString SegmentFields::label(SegmentField field)
{
    switch (field) {
    case SegmentField::City:
        return tr("City");
    case SegmentField::Region:
        return tr("Region");
    case SegmentField::Tags:
        return tr("Tags");
    case SegmentField::Age:
        return tr("Age");
    case SegmentField::BirthdayMonth:
        return tr("Birthday month");
    case SegmentField::Language:
        return tr("Language");
    case SegmentField::LastActivity:
        return tr("Last activity");
    case SegmentField::Purchases:
        return tr("Purchases");
    case SegmentField::SignupDate:
        return tr("Signed up (consent date)");
    case SegmentField::ConsentSource:
        return tr("Consent source");
    case SegmentField::Custom:
        return tr("Custom field");
    }
    return {};
}

QVector<SegmentOperator> SegmentFields::operators(SegmentField field)
{
    switch (field) {
    case SegmentField::City:
    case SegmentField::Region:
    case SegmentField::ConsentSource:
        return {Op::Is, Op::IsNot, Op::Contains, Op::IsEmpty, Op::IsNotEmpty};
    case SegmentField::Custom:
        return {Op::Is, Op::IsNot, Op::Contains, Op::IsEmpty, Op::IsNotEmpty, Op::AtLeast, Op::AtMost};
    case SegmentField::Language:
        return {Op::Is, Op::IsNot};
    case SegmentField::Tags:
        return {Op::HasAny, Op::HasAll, Op::HasNone};
    case SegmentField::Age:
        return {Op::AtLeast, Op::AtMost, Op::Between};
    case SegmentField::Purchases:
        return {Op::Is, Op::AtLeast, Op::AtMost, Op::Between};
    case SegmentField::BirthdayMonth:
        return {Op::InMonths};
    case SegmentField::LastActivity:
        return {Op::WithinDays, Op::NotWithinDays};
    case SegmentField::SignupDate:
        return {Op::Since, Op::Before, Op::Between, Op::WithinDays};
    }
    return {};
}

QString SegmentFields::operatorLabel(SegmentField field, SegmentOperator op)
{
    switch (op) {
    case Op::Is:
        return field == SegmentField::Purchases ? tr("is exactly") : tr("is");
    case Op::IsNot:
        return tr("is not");
    case Op::Contains:
        return tr("contains");
    case Op::IsEmpty:
        return tr("is empty");
    case Op::IsNotEmpty:
        return tr("is not empty");
    case Op::HasAny:
        return tr("has any of");
    case Op::HasAll:
        return tr("has all of");
    case Op::HasNone:
        return tr("has none of");
    case Op::AtLeast:
        return tr("is at least");
    case Op::AtMost:
        return tr("is at most");
    case Op::Between:
        return tr("is between");
    case Op::InMonths:
        return tr("is in");
    case Op::WithinDays:
        return tr("within the last (days)");
    case Op::NotWithinDays:
        return tr("not within the last (days)");
    case Op::Before:
        return tr("before");
    case Op::Since:
        return tr("on or after");
    }
    return {};
}

SegmentValueKind SegmentFields::valueKind(SegmentField field, SegmentOperator op)
{
    switch (op) {
    case Op::IsEmpty:
    case Op::IsNotEmpty:
        return SegmentValueKind::None;
    case Op::Is:
    case Op::IsNot:
        if (field == SegmentField::Language)
            return SegmentValueKind::Languages;
        if (field == SegmentField::Purchases)
            return SegmentValueKind::Number;
        return SegmentValueKind::Texts;
    case Op::Contains:
        return SegmentValueKind::Text;
    case Op::HasAny:
    case Op::HasAll:
    case Op::HasNone:
        return SegmentValueKind::Tags;
    case Op::AtLeast:
    case Op::AtMost:
        return SegmentValueKind::Number;
    case Op::Between:
        return field == SegmentField::SignupDate ? SegmentValueKind::DateRange
                                                 : SegmentValueKind::NumberRange;
    case Op::InMonths:
        return SegmentValueKind::Months;
    case Op::WithinDays:
    case Op::NotWithinDays:
        return SegmentValueKind::Days;
    case Op::Before:
    case Op::Since:
        return SegmentValueKind::Date;
    }
    return SegmentValueKind::None;
}

} // namespace textwell
