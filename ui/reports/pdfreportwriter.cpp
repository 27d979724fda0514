#include "pdfreportwriter.h"

#include "exporting/exportfiles.h"
#include "reportchartpainter.h"
#include "reports/reportpalette.h"
#include "reports/reportvalues.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <QTimeZone>

#include <cerrno>

namespace textwell {

namespace {

QColor color(quint32 rgb)
{
    return QColor(QRgb(rgb));
}

// The page, in millimetres from its top left corner (A4, 210 x 297, portrait or landscape); the
// bottom ones from the page's bottom edge.
constexpr double SideMarginMm = 18;
constexpr double HeaderTextMm = 9;
constexpr double HeaderRuleMm = 15;
constexpr double ContentTopMm = 23;
constexpr double ContentBottomFromEndMm = 20;
constexpr double FooterRuleFromEndMm = 15;
constexpr double FooterTextFromEndMm = 13;

// Blocks, in millimetres.
constexpr double SectionGapMm = 7;
constexpr double HeadingGapMm = 3;
constexpr double BlockGapMm = 5;
constexpr double CardGapMm = 4;
constexpr double CardPaddingMm = 3.5;
constexpr double LineChartHeightMm = 74;
constexpr double DonutChartHeightMm = 60;
constexpr double TableHeaderHeightMm = 7;
constexpr double TableRowHeightMm = 6;
constexpr double CellPaddingMm = 1.8;
// Long text in a table cell wraps onto up to this many lines (a whole SMS in the narrowest text
// column); the last one ends in "…".
constexpr int MaxCellLines = 8;
constexpr double MinCardWidthMm = 42;
// A chart takes at most this share of a page's content height (landscape pages are low).
constexpr double MaxChartShareOfPage = 0.36;
constexpr int MaxRememberedPerColumn = 4096;
// The columns of a table are sized to the values of up to this many first rows.
constexpr qint64 MeasuredRows = 500;

// Fonts that have Latin, Cyrillic and Greek on every system we ship for; the first one present wins.
QFont baseFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"),
                      QStringLiteral("Helvetica Neue"), QStringLiteral("Arial"),
                      QStringLiteral("Liberation Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    return font;
}

void setOrientation(QPdfWriter& writer, QPageLayout::Orientation orientation)
{
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

// How wide a table's columns are, and whether they fit: when they do not, even numbers are cut.
struct ColumnLayout
{
    QVector<double> widths;
    bool fits = true;
};

// Lays the document out on pages and, given a painter, draws it. Both passes run this same code
// over the same rows, so the pages counted by the first are the pages drawn by the second.
class PdfFlow
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    PdfFlow(const ReportDocument& document, QPdfWriter& writer, const QLocale& locale, QPainter* painter,
            int totalPages, ReportProgress* progress)
        : m_document(document), m_writer(writer), m_locale(locale), m_painter(painter),
          m_totalPages(totalPages), m_progress(progress), m_mm(writer.logicalDpiX() / 25.4),
          m_pageMm(writer.pageLayout().fullRect(QPageLayout::Millimeter).size()), m_font(baseFont())
    {
        if (document.generatedAt.isValid())
            m_generated =
                tr("Generated on %1").arg(ReportValues::longDateTime(document.generatedAt, m_locale, m_zone));
    }

    Status run();
    int pages() const { return m_page; }
    // Whether every table's columns fit the page's width.
    bool tablesFit() const;

private:
    double mm(double millimetres) const { return millimetres * m_mm; }
    double left() const { return mm(SideMarginMm); }
    double width() const { return mm(m_pageMm.width() - 2 * SideMarginMm); }
    double fromEnd(double millimetres) const { return mm(m_pageMm.height() - millimetres); }
    double bottom() const { return fromEnd(ContentBottomFromEndMm); }
    bool painting() const { return m_painter != nullptr; }
    QFont font(double points, bool bold = false) const
    {
        QFont font = m_font;
        font.setPointSizeF(points);
        font.setBold(bold);
        return font;
    }
    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_writer); }
    void text(const QRectF& rect, int flags, const QString& text, const QFont& font, quint32 rgb)
    {
        m_painter->setFont(font);
        m_painter->setPen(color(rgb));
        m_painter->drawText(rect, flags, text);
    }

    Status startPage();
    Status ensure(double height); // a new page unless height fits below y
    void paintPageFrame();
    Status titleBlock();
    double headingHeight() const;
    Status heading(const QString& heading);
    Status paragraph(const QString& text, const QFont& font, quint32 rgb,
                     const QString& boldLead = QString());
    QStringList wrapped(const QString& text, const QFont& font, double lineWidth, int maxLines,
                        QTextOption::WrapMode mode = QTextOption::WordWrap) const;
    int cardsPerRow(int count) const;
    double cardWidth(int count) const;
    double cardHeight(const QVector<ReportFigure>& figures) const;
    Status figures(const QVector<ReportFigure>& figures);
    double chartHeight(const ReportChart& chart) const;
    Status chart(const ReportChart& chart, const QString& sectionHeading);
    Status columnLayout(const ReportTable& table, ColumnLayout& layout) const;
    Status table(const ReportTable& table, const QString& sectionHeading);
    static Status rowsChanged(const QString& table);
    double firstBlockHeight(const ReportSection& section) const;
    Status notes();

    const ReportDocument& m_document;
    QPdfWriter& m_writer;
    QLocale m_locale;
    QPainter* m_painter;
    int m_totalPages;
    ReportProgress* m_progress;
    double m_mm; // device units in a millimetre
    QSizeF m_pageMm;
    QFont m_font;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_generated;
    int m_page = 0;
    double m_y = 0;
    bool m_atPageTop = true;
};

Status PdfFlow::startPage()
{
    if (m_page > 0 && painting() && !m_writer.newPage())
        return Status::failure(tr("The PDF could not get another page."));
    ++m_page;
    m_y = mm(ContentTopMm);
    m_atPageTop = true;
    if (painting())
        paintPageFrame();
    return {};
}

Status PdfFlow::ensure(double height)
{
    if (m_atPageTop || m_y + height <= bottom())
        return {};
    return startPage();
}

void PdfFlow::paintPageFrame()
{
    const QFont small = font(7.5);
    const QFontMetricsF smallMetrics = metrics(small);
    const double lineHeight = smallMetrics.height();
    const double right = left() + width();

    // Header: the business on the left, the report and its period on the right.
    const QFont business = font(8, true);
    const QString about = m_document.period.isEmpty()
                              ? m_document.title
                              : QStringLiteral("%1  ·  %2").arg(m_document.title, m_document.period);
    const QString aboutText = smallMetrics.elidedText(about, Qt::ElideRight, width() * 0.62);
    const double aboutWidth = smallMetrics.horizontalAdvance(aboutText);
    const QRectF headerLine(left(), mm(HeaderTextMm), width(), lineHeight * 1.2);
    text(headerLine, Qt::AlignLeft | Qt::AlignVCenter,
         metrics(business).elidedText(m_document.businessName, Qt::ElideRight, width() - aboutWidth - mm(6)),
         business, ReportPalette::Ink);
    text(headerLine, Qt::AlignRight | Qt::AlignVCenter, aboutText, small, ReportPalette::Muted);
    m_painter->setPen(QPen(color(ReportPalette::Rule), mm(0.25)));
    m_painter->drawLine(QPointF(left(), mm(HeaderRuleMm)), QPointF(right, mm(HeaderRuleMm)));

    // Footer: when it was made, and where the reader is.
    m_painter->setPen(QPen(color(ReportPalette::Rule), mm(0.25)));
    m_painter->drawLine(QPointF(left(), fromEnd(FooterRuleFromEndMm)),
                        QPointF(right, fromEnd(FooterRuleFromEndMm)));
    const QString page = tr("Page %1 of %2").arg(m_page).arg(m_totalPages);
    const QRectF footerLine(left(), fromEnd(FooterTextFromEndMm), width(), lineHeight * 1.2);
    text(footerLine, Qt::AlignRight | Qt::AlignVCenter, page, small, ReportPalette::Muted);
    text(footerLine, Qt::AlignLeft | Qt::AlignVCenter,
         smallMetrics.elidedText(m_generated, Qt::ElideRight,
                                 width() - smallMetrics.horizontalAdvance(page) - mm(6)),
         small, ReportPalette::Muted);
}

Status PdfFlow::titleBlock()
{
    const QFont titleFont = font(20, true);
    const QFont businessFont = font(11);
    const QFont periodFont = font(10);
    const double titleHeight = metrics(titleFont).height();
    const double businessHeight = m_document.businessName.isEmpty() ? 0 : metrics(businessFont).height();
    const double periodHeight = m_document.period.isEmpty() ? 0 : metrics(periodFont).height();
    if (painting()) {
        double y = m_y;
        text(QRectF(left(), y, width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
             metrics(titleFont).elidedText(m_document.title, Qt::ElideRight, width()), titleFont,
             ReportPalette::Accent);
        y += titleHeight + mm(1);
        if (businessHeight > 0)
            text(QRectF(left(), y, width(), businessHeight), Qt::AlignLeft | Qt::AlignVCenter,
                 m_document.businessName, businessFont, ReportPalette::Ink);
        y += businessHeight;
        if (periodHeight > 0)
            text(QRectF(left(), y, width(), periodHeight), Qt::AlignLeft | Qt::AlignVCenter,
                 m_document.period, periodFont, ReportPalette::Muted);
    }
    m_y += titleHeight + mm(1) + businessHeight + periodHeight + mm(4);
    m_atPageTop = false;
    return {};
}

double PdfFlow::headingHeight() const
{
    return metrics(font(12.5, true)).height() + mm(HeadingGapMm);
}

Status PdfFlow::heading(const QString& heading)
{
    if (heading.isEmpty())
        return {};
    const QFont headingFont = font(12.5, true);
    const double height = metrics(headingFont).height();
    if (painting()) {
        text(QRectF(left(), m_y, width(), height), Qt::AlignLeft | Qt::AlignVCenter,
             metrics(headingFont).elidedText(heading, Qt::ElideRight, width()), headingFont,
             ReportPalette::Accent);
        // A short accent line under the heading.
        m_painter->setPen(QPen(color(ReportPalette::Accent), mm(0.5)));
        m_painter->drawLine(QPointF(left(), m_y + height + mm(0.6)),
                            QPointF(left() + mm(12), m_y + height + mm(0.6)));
    }
    m_y += height + mm(HeadingGapMm);
    m_atPageTop = false;
    return {};
}

Status PdfFlow::paragraph(const QString& paragraphText, const QFont& paragraphFont, quint32 rgb,
                          const QString& boldLead)
{
    const QString whole =
        boldLead.isEmpty() ? paragraphText : boldLead + QStringLiteral("  ") + paragraphText;
    QTextLayout layout(whole, paragraphFont, &m_writer);
    if (!boldLead.isEmpty()) {
        QTextLayout::FormatRange lead;
        lead.start = 0;
        lead.length = int(boldLead.size());
        lead.format.setFontWeight(QFont::Bold);
        layout.setFormats({lead});
    }
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width());
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const double height = line.height() * 1.18;
        if (Status fits = ensure(height); !fits)
            return fits;
        if (painting()) {
            m_painter->setPen(color(rgb));
            line.draw(m_painter, QPointF(left(), m_y));
        }
        m_y += height;
        m_atPageTop = false;
    }
    return {};
}

// text in at most maxLines lines of lineWidth, the last one elided.
QStringList PdfFlow::wrapped(const QString& text, const QFont& font, double lineWidth, int maxLines,
                             QTextOption::WrapMode mode) const
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    QTextLayout layout(text, font, &m_writer);
    QTextOption option;
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
        line.setLineWidth(lineWidth);
    layout.endLayout();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == maxLines - 1 && i < layout.lineCount() - 1) {
            lines.append(metrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, lineWidth));
            break;
        }
        // A single word longer than the line is cut rather than run into the neighbour.
        lines.append(metrics(font).elidedText(text.mid(line.textStart(), line.textLength()).trimmed(),
                                              Qt::ElideRight, lineWidth));
    }
    return lines;
}

int PdfFlow::cardsPerRow(int count) const
{
    // As many as fit, in rows as even as they can be: five figures on a portrait page read
    // better as two rows of three than as four and a lonely one.
    const int most = qMax(1, int(width() / mm(MinCardWidthMm)));
    const int rows = (count + most - 1) / most;
    return rows > 0 ? (count + rows - 1) / rows : 0;
}

double PdfFlow::cardWidth(int count) const
{
    const int perRow = qMax(1, cardsPerRow(count));
    return (width() - (perRow - 1) * mm(CardGapMm)) / perRow;
}

// Cards of a section are all as high as the fullest one: its label and its note may take two lines.
double PdfFlow::cardHeight(const QVector<ReportFigure>& figures) const
{
    const double inner = cardWidth(int(figures.size())) - mm(2 * CardPaddingMm);
    int labelLines = 1;
    int noteLines = 0;
    for (const ReportFigure& figure : figures) {
        labelLines = qMax(labelLines, int(wrapped(figure.label, font(7.5), inner, 2).size()));
        noteLines = qMax(noteLines, int(wrapped(figure.note, font(7.5), inner, 2).size()));
    }
    const double small = metrics(font(7.5)).height();
    return mm(2 * CardPaddingMm) + labelLines * small + mm(1.2) + metrics(font(16, true)).height() +
           (noteLines > 0 ? mm(0.6) + noteLines * small : 0);
}

Status PdfFlow::figures(const QVector<ReportFigure>& figures)
{
    const int perRow = cardsPerRow(int(figures.size()));
    const double gap = mm(CardGapMm);
    const double cardWidth = this->cardWidth(int(figures.size()));
    const double height = cardHeight(figures);
    const QFont smallFont = font(7.5);
    const QFont valueFont = font(16, true);
    const double small = metrics(smallFont).height();
    const double valueHeight = metrics(valueFont).height();
    int labelLines = 1;
    const double inner = cardWidth - mm(2 * CardPaddingMm);
    for (const ReportFigure& figure : figures)
        labelLines = qMax(labelLines, int(wrapped(figure.label, smallFont, inner, 2).size()));
    for (int first = 0; first < figures.size(); first += perRow) {
        if (first > 0)
            m_y += gap;
        if (Status fits = ensure(height); !fits)
            return fits;
        for (int i = first; painting() && i < qMin(int(figures.size()), first + perRow); ++i) {
            const ReportFigure& figure = figures.at(i);
            const QRectF card(left() + (i - first) * (cardWidth + gap), m_y, cardWidth, height);
            m_painter->setRenderHint(QPainter::Antialiasing);
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(color(ReportPalette::CardFill));
            m_painter->drawRoundedRect(card, mm(1.5), mm(1.5));
            m_painter->setBrush(color(ReportPalette::Accent));
            m_painter->drawRect(QRectF(card.left(), card.top() + mm(2.5), mm(0.7), card.height() - mm(5)));
            m_painter->setBrush(Qt::NoBrush);
            const double x = card.left() + mm(CardPaddingMm);
            // The label sits on the value: a one-line label lines up with two-line neighbours.
            const QStringList label = wrapped(figure.label, smallFont, inner, 2);
            double y = card.top() + mm(CardPaddingMm) + (labelLines - label.size()) * small;
            for (const QString& line : label) {
                text(QRectF(x, y, inner, small), Qt::AlignLeft | Qt::AlignVCenter, line, smallFont,
                     ReportPalette::Muted);
                y += small;
            }
            y += mm(1.2);
            text(QRectF(x, y, inner, valueHeight), Qt::AlignLeft | Qt::AlignVCenter,
                 metrics(valueFont).elidedText(figure.value, Qt::ElideRight, inner), valueFont,
                 ReportPalette::Ink);
            y += valueHeight + mm(0.6);
            const quint32 tone = figure.tone == ReportFigure::Tone::Good  ? ReportPalette::Good
                                 : figure.tone == ReportFigure::Tone::Bad ? ReportPalette::Bad
                                                                          : ReportPalette::Muted;
            for (const QString& line : wrapped(figure.note, smallFont, inner, 2)) {
                text(QRectF(x, y, inner, small), Qt::AlignLeft | Qt::AlignVCenter, line, smallFont, tone);
                y += small;
            }
        }
        m_y += height;
        m_atPageTop = false;
    }
    return {};
}

double PdfFlow::chartHeight(const ReportChart& chart) const
{
    const double preferred = chart.kind == ReportChart::Kind::Donut ? DonutChartHeightMm : LineChartHeightMm;
    const double contentHeight = m_pageMm.height() - ContentTopMm - ContentBottomFromEndMm;
    return mm(qMin(preferred, contentHeight * MaxChartShareOfPage));
}

Status PdfFlow::chart(const ReportChart& chart, const QString& sectionHeading)
{
    const double height = chartHeight(chart);
    if (Status fits = ensure(height); !fits)
        return fits;
    if (painting()) {
        // A title that only repeats the heading above it is left out.
        ReportChart drawn = chart;
        if (drawn.title == sectionHeading)
            drawn.title.clear();
        ReportChartPainter(drawn, m_font, m_locale).paint(*m_painter, QRectF(left(), m_y, width(), height));
    }
    m_y += height;
    m_atPageTop = false;
    return {};
}

// Column widths, in this order of need: numbers and dates their widest value (never cut: a cut
// number is a wrong one) and their title's longest word; text its natural width, short columns
// first; then numbers the room for their titles on one line. The values are measured on the first
// rows (all of a small table); a number column of a longer one keeps room for a sample.
Status PdfFlow::columnLayout(const ReportTable& table, ColumnLayout& layout) const
{
    const QFont cellFont = font(8);
    const QFontMetricsF cellMetrics = metrics(cellFont);
    const QFontMetricsF headerMetrics = metrics(font(8, true));
    const double padding = mm(CellPaddingMm);
    const int columnCount = int(table.columns.size());

    QVector<double>& widths = layout.widths;
    widths = QVector<double>(columnCount);
    layout.fits = true;
    QVector<double> widest(columnCount, -1); // measured values; -1 when there were none
    bool measuredAll = true;
    if (table.rows) {
        ReportRowSource& rows = *table.rows;
        if (Status started = rows.start(); !started)
            return started;
        QVariantList row;
        qint64 read = 0;
        while (read < MeasuredRows && rows.next(row)) {
            ++read;
            for (int c = 0; c < columnCount; ++c) {
                const QString value =
                    ReportValues::display(row.value(c), table.columns.at(c).kind, m_locale, m_zone);
                widest[c] = qMax(widest.at(c), value.isEmpty() ? 0.0 : cellMetrics.horizontalAdvance(value));
            }
        }
        if (const QString error = rows.error(); !error.isEmpty())
            return Status::failure(error);
        measuredAll = read < MeasuredRows;
    }
    const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 58));
    const double averageChar =
        cellMetrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26;
    QVector<double> needed(columnCount);  // numbers: the least they take
    QVector<double> wanted(columnCount);  // numbers: with the title on one line
    QVector<double> natural(columnCount); // text: what shows every value whole
    QVector<int> textColumns;
    double neededTotal = 0;
    double wantedTotal = 0;
    double naturalTotal = 0;
    for (int c = 0; c < columnCount; ++c) {
        const ReportColumn& column = table.columns.at(c);
        const double titleWidth = headerMetrics.horizontalAdvance(column.title) + 2 * padding;
        double longestWord = 0;
        for (const QString& word : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = qMax(longestWord, headerMetrics.horizontalAdvance(word));
        if (column.kind == ReportColumn::Kind::Text) {
            const double hinted = column.width > 0 ? column.width * averageChar : 0;
            const double values = widest.at(c) >= 0 ? qMax(widest.at(c), measuredAll ? 0 : hinted)
                                  : hinted > 0      ? hinted
                                                    : 12 * averageChar;
            natural[c] = qMin(qMax(values, longestWord) + 2 * padding, mm(90));
            naturalTotal += natural.at(c);
            textColumns.append(c);
            continue;
        }
        QString sample;
        switch (column.kind) {
        case ReportColumn::Kind::Text:
            break;
        case ReportColumn::Kind::Integer:
            sample = m_locale.toString(8888888);
            break;
        case ReportColumn::Kind::Percent:
            sample = ReportValues::percent(0.888, 1, m_locale);
            break;
        case ReportColumn::Kind::Date:
            sample = m_locale.toString(sampleTime.date(), QLocale::ShortFormat);
            break;
        case ReportColumn::Kind::DateTime:
            sample = ReportValues::display(sampleTime, column.kind, m_locale, sampleTime.timeZone());
            break;
        }
        const double sampled = cellMetrics.horizontalAdvance(sample);
        const double values = widest.at(c) < 0 ? sampled
                              : measuredAll    ? widest.at(c)
                                               : qMax(widest.at(c), sampled);
        needed[c] = qMax(values, qMin(longestWord, mm(28))) + 2 * padding;
        wanted[c] = qMax(needed.at(c), qMin(titleWidth, mm(35)));
        neededTotal += needed.at(c);
        wantedTotal += wanted.at(c);
    }
    const double minimumText = qMin(mm(25), naturalTotal);
    double textSpace = width() - neededTotal;
    if (textSpace < textColumns.size() * minimumText) {
        // Too many columns for the page: everything shrinks alike.
        const double scale = width() / (neededTotal + textColumns.size() * minimumText);
        for (int c = 0; c < columnCount; ++c)
            widths[c] =
                (table.columns.at(c).kind == ReportColumn::Kind::Text ? minimumText : needed.at(c)) * scale;
        layout.fits = false;
        return {};
    }
    // Numbers first get what they need, and the room for their titles from what text leaves.
    const double forTitles = qBound(0.0, textSpace - naturalTotal, wantedTotal - neededTotal);
    for (int c = 0; c < columnCount; ++c) {
        if (table.columns.at(c).kind != ReportColumn::Kind::Text)
            widths[c] =
                needed.at(c) + (wantedTotal > neededTotal
                                    ? (wanted.at(c) - needed.at(c)) * forTitles / (wantedTotal - neededTotal)
                                    : 0);
    }
    textSpace -= forTitles;
    if (naturalTotal <= textSpace) {
        // Every text whole, and the rest of the page shared by all columns alike: spread
        // columns read better than one wide text column beside cramped numbers.
        for (int c : textColumns)
            widths[c] = natural.at(c);
        const double scale = width() / (width() - (textSpace - naturalTotal));
        for (double& w : widths)
            w *= scale;
    } else {
        // Short columns keep their natural width; the long ones share what is left.
        QVector<int> open = textColumns;
        double remaining = textSpace;
        bool settled = false;
        while (!settled && !open.isEmpty()) {
            settled = true;
            const double share = remaining / open.size();
            for (int i = 0; i < open.size(); ++i) {
                if (natural.at(open.at(i)) <= share) {
                    widths[open.at(i)] = natural.at(open.at(i));
                    remaining -= natural.at(open.at(i));
                    open.removeAt(i);
                    settled = false;
                    break;
                }
            }
        }
        for (int c : open)
            widths[c] = remaining / open.size();
    }
    if (textColumns.isEmpty() && columnCount > 0) {
        // Only numbers: the spare width goes to the first column.
        double used = 0;
        for (double w : widths)
            used += w;
        widths[0] += width() - used;
    }
    return {};
}

bool PdfFlow::tablesFit() const
{
    for (const ReportSection& section : m_document.sections) {
        ColumnLayout layout;
        if (section.table && columnLayout(*section.table, layout) && !layout.fits)
            return false;
    }
    return true;
}

Status PdfFlow::table(const ReportTable& table, const QString& sectionHeading)
{
    const QFont cellFont = font(8);
    const QFont headerFont = font(8, true);
    const QFont titleFont = font(9.5, true);
    const QFontMetricsF cellMetrics = metrics(cellFont);
    const QFontMetricsF headerMetrics = metrics(headerFont);
    const double titleHeight = metrics(titleFont).height() + mm(1.5);
    const double padding = mm(CellPaddingMm);
    const QString title = table.title == sectionHeading ? QString() : table.title;
    const int columnCount = int(table.columns.size());

    ColumnLayout columns;
    if (Status laidOut = columnLayout(table, columns); !laidOut)
        return laidOut;
    const QVector<double>& widths = columns.widths;

    // The header: each title in up to two lines of its column, all as high as the tallest.
    QVector<QStringList> headerLines(columnCount);
    int headerLineCount = 1;
    for (int c = 0; c < columnCount; ++c) {
        headerLines[c] = wrapped(table.columns.at(c).title, headerFont, widths.at(c) - 2 * padding, 2);
        headerLineCount = qMax(headerLineCount, int(headerLines.at(c).size()));
    }
    const double headerLineHeight = headerMetrics.height();
    const double headerHeight = qMax(mm(TableHeaderHeightMm), headerLineCount * headerLineHeight + mm(2.6));

    // A row is as high as its fullest cell; a one-line row is TableRowHeightMm high.
    const double cellLineHeight = cellMetrics.height();
    const double cellTop = (mm(TableRowHeightMm) - cellLineHeight) / 2;
    const auto rowHeight = [&](int lines) {
        return qMax(mm(TableRowHeightMm), lines * cellLineHeight + 2 * cellTop);
    };

    const auto alignment = [&](int c) {
        return (table.columns.at(c).isNumber() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    };
    // The table's title (on later pages "continued") and its header row.
    const auto paintTop = [&](bool continued) {
        if (!title.isEmpty()) {
            if (painting())
                text(QRectF(left(), m_y, width(), titleHeight - mm(1.5)), Qt::AlignLeft | Qt::AlignVCenter,
                     continued ? tr("%1 (continued)").arg(title) : title, titleFont, ReportPalette::Ink);
            m_y += titleHeight;
        }
        if (painting()) {
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(color(ReportPalette::HeaderFill));
            m_painter->drawRect(QRectF(left(), m_y, width(), headerHeight));
            m_painter->setBrush(Qt::NoBrush);
            double x = left();
            for (int c = 0; c < columnCount; ++c) {
                // Titles sit on the header's bottom edge, as the values below them do on theirs.
                const QStringList& lines = headerLines.at(c);
                double y = m_y + headerHeight - mm(1.3) - lines.size() * headerLineHeight;
                for (const QString& line : lines) {
                    text(QRectF(x + padding, y, widths.at(c) - 2 * padding, headerLineHeight), alignment(c),
                         line, headerFont, ReportPalette::Ink);
                    y += headerLineHeight;
                }
                x += widths.at(c);
            }
            m_painter->setPen(QPen(color(ReportPalette::Muted), mm(0.25)));
            m_painter->drawLine(QPointF(left(), m_y + headerHeight),
                                QPointF(left() + width(), m_y + headerHeight));
        }
        m_y += headerHeight;
        m_atPageTop = false;
    };

    if (Status fits = ensure((title.isEmpty() ? 0 : titleHeight) + headerHeight + rowHeight(1)); !fits)
        return fits;
    paintTop(false);

    // Places a row of this height, on a new page below a repeated header when this one is full.
    const auto placeRow = [&](double height) -> Status {
        if (m_y + height > bottom()) {
            if (Status next = startPage(); !next)
                return next;
            paintTop(true);
        }
        return {};
    };

    // The lines of each cell of a row. Numbers are never cut (a cut number is a wrong one) and dates
    // fit the columns sized for them; text wraps, at word ends where it can. The lines are
    // remembered for the values a column repeats (channels, reasons, campaigns), as wrapping lays
    // the text out once more.
    QVector<QHash<QString, QStringList>> remembered(columnCount);
    QVector<QStringList> cells(columnCount);
    const auto layOut = [&](const QVariantList& row) {
        int lines = 1;
        for (int c = 0; c < columnCount; ++c) {
            const ReportColumn& column = table.columns.at(c);
            const QString value = ReportValues::display(row.value(c), column.kind, m_locale, m_zone);
            const double cellWidth = widths.at(c) - 2 * padding;
            QStringList& cell = cells[c];
            if (value.isEmpty()) {
                cell.clear();
            } else if (column.kind != ReportColumn::Kind::Text && columns.fits) {
                cell = QStringList{value};
            } else if (column.isNumber()) {
                cell = QStringList{cellMetrics.elidedText(value, Qt::ElideRight, cellWidth)};
            } else if (const auto found = remembered.at(c).constFind(value);
                       found != remembered.at(c).constEnd()) {
                cell = *found;
            } else {
                cell = cellMetrics.horizontalAdvance(value) <= cellWidth
                           ? QStringList{value}
                           : wrapped(value, cellFont, cellWidth, MaxCellLines,
                                     QTextOption::WrapAtWordBoundaryOrAnywhere);
                if (remembered.at(c).size() < MaxRememberedPerColumn)
                    remembered[c].insert(value, cell);
            }
            lines = qMax(lines, int(cell.size()));
        }
        return lines;
    };

    const qint64 announced = table.rowCount();
    qint64 index = 0;
    if (table.rows) {
        ReportRowSource& rows = *table.rows;
        if (Status started = rows.start(); !started)
            return started;
        QVariantList row;
        while (rows.next(row)) {
            const double height = rowHeight(layOut(row));
            if (Status placed = placeRow(height); !placed)
                return placed;
            if (painting()) {
                if (index % 2 == 1) {
                    m_painter->setPen(Qt::NoPen);
                    m_painter->setBrush(color(ReportPalette::ZebraFill));
                    m_painter->drawRect(QRectF(left(), m_y, width(), height));
                    m_painter->setBrush(Qt::NoBrush);
                }
                m_painter->setFont(cellFont);
                m_painter->setPen(color(ReportPalette::Ink));
                double x = left();
                for (int c = 0; c < columnCount; ++c) {
                    double y = m_y + cellTop;
                    for (const QString& line : cells.at(c)) {
                        m_painter->drawText(
                            QRectF(x + padding, y, widths.at(c) - 2 * padding, cellLineHeight), alignment(c),
                            line);
                        y += cellLineHeight;
                    }
                    x += widths.at(c);
                }
            }
            m_y += height;
            ++index;
            // Laying out counts nothing, but listens for Cancel as well.
            if (m_progress && !(painting() ? m_progress->advance() : !m_progress->cancelled()))
                return Status::failure(ExportFiles::cancelled());
        }
        if (const QString error = rows.error(); !error.isEmpty())
            return Status::failure(error);
        // The progress was told the announced count.
        if (announced >= 0 && index != announced)
            return rowsChanged(title.isEmpty() ? sectionHeading : title);
    }
    if (index == 0) {
        if (Status placed = placeRow(rowHeight(1)); !placed)
            return placed;
        if (painting())
            text(QRectF(left() + padding, m_y, width() - 2 * padding, rowHeight(1)),
                 Qt::AlignLeft | Qt::AlignVCenter, tr("No entries"), cellFont, ReportPalette::Muted);
        m_y += rowHeight(1);
    }
    if (painting()) {
        m_painter->setPen(QPen(color(ReportPalette::Rule), mm(0.25)));
        m_painter->drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
    }
    return {};
}

Status PdfFlow::rowsChanged(const QString& table)
{
    return Status::failure(
        tr("The rows of “%1” changed while the report was being written. Write it again.").arg(table));
}

// The height of what must stay on the page with a section's heading.
double PdfFlow::firstBlockHeight(const ReportSection& section) const
{
    if (!section.paragraph.isEmpty())
        return 2 * metrics(font(9.5)).height() * 1.18;
    if (!section.figures.isEmpty())
        return cardHeight(section.figures);
    if (section.chart)
        return chartHeight(*section.chart);
    if (section.table)
        return metrics(font(9.5, true)).height() + mm(1.5) + mm(TableHeaderHeightMm) +
               3 * mm(TableRowHeightMm);
    return 0;
}

Status PdfFlow::notes()
{
    if (m_document.notes.isEmpty())
        return {};
    const QFont noteFont = font(8);
    if (Status fits = ensure(mm(SectionGapMm) + headingHeight() + 2 * metrics(noteFont).height() * 1.18);
        !fits)
        return fits;
    if (!m_atPageTop)
        m_y += mm(SectionGapMm);
    if (Status written = heading(tr("Notes")); !written)
        return written;
    for (const ReportNote& note : m_document.notes) {
        if (Status written = paragraph(note.definition, noteFont, ReportPalette::Ink, note.term); !written)
            return written;
        m_y += mm(1.5);
    }
    return {};
}

Status PdfFlow::run()
{
    if (Status first = startPage(); !first)
        return first;
    if (Status title = titleBlock(); !title)
        return title;
    const QFont paragraphFont = font(9.5);
    for (const ReportSection& section : m_document.sections) {
        // A heading never ends a page: it goes with the start of what it heads.
        if (Status fits = ensure(mm(SectionGapMm) + headingHeight() + firstBlockHeight(section)); !fits)
            return fits;
        if (!m_atPageTop)
            m_y += mm(SectionGapMm);
        if (Status written = heading(section.heading); !written)
            return written;
        if (!section.paragraph.isEmpty()) {
            if (Status written = paragraph(section.paragraph, paragraphFont, ReportPalette::Ink); !written)
                return written;
            m_y += mm(BlockGapMm) / 2;
        }
        if (!section.figures.isEmpty()) {
            if (Status written = figures(section.figures); !written)
                return written;
            m_y += mm(BlockGapMm);
        }
        if (section.chart) {
            if (Status written = chart(*section.chart, section.heading); !written)
                return written;
            m_y += mm(BlockGapMm);
        }
        if (section.table) {
            if (Status written = table(*section.table, section.heading); !written)
                return written;
            m_y += mm(BlockGapMm);
        }
        if (m_progress && m_progress->cancelled())
            return Status::failure(ExportFiles::cancelled());
    }
    return notes();
}

} // namespace

namespace {

// A4, portrait unless a table is too wide for it: then the whole report turns, as reports read
// best in one orientation throughout.
void configure(QPdfWriter& writer, const ReportDocument& document, const QLocale& locale)
{
    writer.setResolution(PdfReportWriter::Resolution);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Textwell"));
    setOrientation(writer, QPageLayout::Portrait);
    if (!PdfFlow(document, writer, locale, nullptr, 0, nullptr).tablesFit())
        setOrientation(writer, QPageLayout::Landscape);
}

} // namespace

PdfReportWriter::PdfReportWriter(QString path) : m_path(std::move(path)) {}

int PdfReportWriter::pageCount(const ReportDocument& document, const QLocale& locale)
{
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter writer(&nowhere);
    configure(writer, document, locale);
    PdfFlow layout(document, writer, locale, nullptr, 0, nullptr);
    return layout.run() ? layout.pages() : 0;
}

Status PdfReportWriter::write(const ReportDocument& document, ReportProgress& progress)
{
    progress.start(document.totalRows());
    if (progress.cancelled())
        return Status::failure(ExportFiles::cancelled());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(ExportFiles::cannotCreate(m_path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QPdfWriter writer(&file);
    configure(writer, document, m_locale);

    // Laid out first, so that every footer can say how many pages there are.
    PdfFlow layout(document, writer, m_locale, nullptr, 0, &progress);
    if (Status laidOut = layout.run(); !laidOut) {
        file.cancelWriting();
        return laidOut;
    }
    const int totalPages = layout.pages();

    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(ExportFiles::cannotCreate(m_path, tr("the PDF could not be started")));
    PdfFlow flow(document, writer, m_locale, &painter, totalPages, &progress);
    Status drawn = flow.run();
    painter.end();
    // Rows added or gone between the passes would make "Page 3 of 2".
    if (drawn && flow.pages() != totalPages)
        drawn = Status::failure(tr("The report changed while it was being written. Write it again."));
    if (!drawn) {
        file.cancelWriting();
        return drawn;
    }
    errno = 0;
    if (!file.commit()) {
        const int errorNumber = errno;
        return Status::failure(ExportFiles::writeFailed(m_path, file.errorString(), errorNumber));
    }
    progress.finish();
    return {};
}

} // namespace textwell
