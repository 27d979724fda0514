#pragma once

#include "segmentrule.h"

#include <QCoreApplication>
#include <QVector>

namespace textwell {

// What a condition's values are, which decides how many it takes and how they are checked.
enum class SegmentValueKind
{
    None,        // is empty / is not empty
    Texts,       // one or more texts: "is", "is not"
    Text,        // one text: "contains"
    Tags,        // one or more tag names
    Languages,   // one or more language codes
    Number,      // one whole number (a decimal one for custom fields)
    NumberRange, // two whole numbers
    Months,      // one or more months, 1-12
    Days,        // a number of days
    Date,        // one date, YYYY-MM-DD
    DateRange,   // two dates
};

// The fields a segment can use, the comparisons each allows, and their names for people.
// One table for the rule builder, the compiler and the CLI.
class SegmentFields
{
    Q_DECLARE_TR_FUNCTIONS(SegmentFields)

public:
    static QVector<SegmentField> all();
    static QString label(SegmentField field);
    static QVector<SegmentOperator> operators(SegmentField field);
    static QString operatorLabel(SegmentField field, SegmentOperator op);
    static SegmentValueKind valueKind(SegmentField field, SegmentOperator op);
    static bool allows(SegmentField field, SegmentOperator op) { return operators(field).contains(op); }
};

} // namespace textwell
