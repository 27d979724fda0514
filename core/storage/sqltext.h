#pragma once

#include <QString>
#include <QVariant>

namespace textwell {

// A null QString binds as SQL NULL; our text columns are NOT NULL DEFAULT ''. Bind text through this.
inline QVariant sqlText(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace textwell
