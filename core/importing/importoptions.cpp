#include "importoptions.h"

namespace textwell {

QString duplicatePolicyCode(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::UpdateEmpty:
        return QStringLiteral("update");
    case DuplicatePolicy::Overwrite:
        return QStringLiteral("overwrite");
    }
    return {};
}

bool duplicatePolicyFromCode(const QString& code, DuplicatePolicy* policy)
{
    for (DuplicatePolicy p :
         {DuplicatePolicy::Skip, DuplicatePolicy::UpdateEmpty, DuplicatePolicy::Overwrite}) {
        if (code.compare(duplicatePolicyCode(p), Qt::CaseInsensitive) == 0) {
            *policy = p;
            return true;
        }
    }
    return false;
}

} // namespace textwell
