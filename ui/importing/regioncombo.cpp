#include "regioncombo.h"

#include "contacts/phonenumbers.h"

#include <algorithm>

using namespace textwell;

RegionCombo::RegionCombo(QWidget* parent) : QComboBox(parent)
{
    // Sorted by name, as people look for their country; the same list as in Settings.
    QList<QPair<QString, QString>> regions;
    for (const QString& code : PhoneNumbers::supportedRegions()) {
        const QString name = PhoneNumbers::regionName(code);
        regions.append({name.isEmpty() ? code : name, code});
    }
    std::sort(regions.begin(), regions.end());
    for (const auto& region : regions)
        addItem(QStringLiteral("%1 (+%2)").arg(region.first).arg(PhoneNumbers::callingCode(region.second)),
                region.second);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void RegionCombo::setRegion(const QString& region)
{
    const int index = findData(region.toUpper());
    if (index >= 0)
        setCurrentIndex(index);
}
