#pragma once

#include <QtGlobal>

namespace textwell {

// The colours of a report as 0xRRGGBB, shared by the XLSX charts and the PDF so that a chart looks
// the same in both: calm tones that stay apart in print and for most colour-blind readers.
namespace ReportPalette {

constexpr quint32 Series[] = {0x2B6CB0, 0xDD8A3E, 0x38A169, 0x805AD5, 0x3AA0A8, 0xD15A7A, 0x718096, 0xB7791F};
constexpr int SeriesCount = int(sizeof(Series) / sizeof(Series[0]));
constexpr quint32 seriesColor(int index)
{
    return Series[(index < 0 ? 0 : index) % SeriesCount];
}

constexpr quint32 Ink = 0x1F2933;        // text
constexpr quint32 Muted = 0x5F6B7A;      // secondary text, axis labels
constexpr quint32 Rule = 0xD5DBE3;       // lines, borders, grid
constexpr quint32 Accent = 0x234E70;     // headings
constexpr quint32 CardFill = 0xF4F6F9;   // key figure cards
constexpr quint32 HeaderFill = 0xE9EEF4; // table headers
constexpr quint32 ZebraFill = 0xF7F9FB;  // every other table row
constexpr quint32 BandFill = 0xE3F1E6;   // the "typical" band
constexpr quint32 BandLine = 0x8CC29A;   // its edges
constexpr quint32 Threshold = 0xC53030;  // the alert line
constexpr quint32 Good = 0x2F855A;       // a figure's note that is good news
constexpr quint32 Bad = 0xC53030;        // and bad news

} // namespace ReportPalette

} // namespace textwell
