#include "reportdocument.h"

namespace textwell {

const ReportTable* ReportDocument::soleTable() const
{
    const ReportTable* table = nullptr;
    for (const ReportSection& section : sections) {
        if (!section.figures.isEmpty() || section.chart)
            return nullptr;
        if (section.table) {
            if (table)
                return nullptr;
            table = &*section.table;
        }
    }
    return table;
}

qint64 ReportDocument::totalRows() const
{
    qint64 total = 0;
    for (const ReportSection& section : sections) {
        if (!section.table)
            continue;
        const qint64 count = section.table->rowCount();
        if (count < 0)
            return -1;
        total += count;
    }
    return total;
}

} // namespace textwell
