#include "importsummaryview.h"

#include "importwizard.h"
#include "widgets/semanticcolors.h"

#include <QGridLayout>
#include <QLabel>

#include <limits>

using namespace textwell;

namespace {
int plural(qint64 count)
{
    return int(qMin<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

ImportSummaryView::ImportSummaryView(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("summaryView"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
}

void ImportSummaryView::setLines(const QVector<Line>& lines)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    for (int i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        auto* count = new QLabel(ImportWizard::number(line.count), this);
        count->setObjectName(QStringLiteral("count_%1").arg(line.key));
        count->setFont(big);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        switch (line.tone) {
        case Tone::Good:
            SemanticColors::setTextTone(count, SemanticColors::Tone::Good);
            break;
        case Tone::Notice:
            SemanticColors::setTextTone(count, SemanticColors::Tone::Warning);
            break;
        case Tone::Problem:
            SemanticColors::setTextTone(count, SemanticColors::Tone::Bad);
            break;
        case Tone::Plain:
            break;
        }
        auto* text = new QLabel(line.text, this);
        text->setObjectName(QStringLiteral("text_%1").arg(line.key));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        m_grid->addWidget(count, i, 0);
        m_grid->addWidget(text, i, 1);
    }
}

QVector<ImportSummaryView::Line> ImportSummaryView::peopleLines(const ImportSummary& s, bool done)
{
    QVector<Line> lines;
    auto add = [&lines](const QString& key, qint64 count, const QString& text, Tone tone,
                        bool always = false) {
        if (count > 0 || always)
            lines.append({key, count, text, tone});
    };
    if (!done) {
        add(QStringLiteral("added"), s.added, tr("new person(s)", nullptr, plural(s.added)), Tone::Good,
            true);
        add(QStringLiteral("updated"), s.updated,
            tr("already in the address book — will be updated", nullptr, plural(s.updated)), Tone::Plain);
        add(QStringLiteral("unchanged"), s.unchanged,
            tr("already in the address book — left as they are", nullptr, plural(s.unchanged)), Tone::Plain);
        add(QStringLiteral("duplicates"), s.duplicatesInFile,
            tr("appear(s) twice in the file — the first is used", nullptr, plural(s.duplicatesInFile)),
            Tone::Notice);
        add(QStringLiteral("invalid"), s.invalidNumbers,
            tr("number(s) are not valid — not imported", nullptr, plural(s.invalidNumbers)), Tone::Problem);
        add(QStringLiteral("other"), s.otherProblems,
            tr("row(s) cannot be read — not imported", nullptr, plural(s.otherProblems)), Tone::Problem);
        if (!s.createdCustomFields.isEmpty())
            add(QStringLiteral("fields"), s.createdCustomFields.size(),
                tr("new custom field(s): %1", nullptr, plural(s.createdCustomFields.size()))
                    .arg(s.createdCustomFields.join(QStringLiteral(", "))),
                Tone::Plain);
    } else {
        add(QStringLiteral("added"), s.added, tr("new person(s) added", nullptr, plural(s.added)), Tone::Good,
            true);
        add(QStringLiteral("updated"), s.updated,
            tr("already in the address book — updated", nullptr, plural(s.updated)), Tone::Plain);
        add(QStringLiteral("unchanged"), s.unchanged,
            tr("already in the address book — left as they were", nullptr, plural(s.unchanged)), Tone::Plain);
        add(QStringLiteral("duplicates"), s.duplicatesInFile,
            tr("appeared twice in the file — the first was used", nullptr, plural(s.duplicatesInFile)),
            Tone::Notice);
        add(QStringLiteral("invalid"), s.invalidNumbers,
            tr("number(s) were not valid — not imported", nullptr, plural(s.invalidNumbers)), Tone::Problem);
        add(QStringLiteral("other"), s.otherProblems,
            tr("row(s) could not be read — not imported", nullptr, plural(s.otherProblems)), Tone::Problem);
        if (!s.createdCustomFields.isEmpty())
            add(QStringLiteral("fields"), s.createdCustomFields.size(),
                tr("new custom field(s) created: %1", nullptr, plural(s.createdCustomFields.size()))
                    .arg(s.createdCustomFields.join(QStringLiteral(", "))),
                Tone::Plain);
    }
    // The same in both tenses: these states hold before and after the import.
    add(QStringLiteral("suppressed"), s.suppressed,
        tr("are unsubscribed or excluded — they stay so", nullptr, plural(s.suppressed)), Tone::Notice);
    add(QStringLiteral("noConsent"), s.withoutConsent,
        tr("without consent — imported, but they will not receive campaigns", nullptr,
           plural(s.withoutConsent)),
        Tone::Notice);
    return lines;
}

QVector<ImportSummaryView::Line> ImportSummaryView::suppressionLines(const SuppressionImportSummary& s,
                                                                     bool done)
{
    QVector<Line> lines;
    lines.append({QStringLiteral("excluded"), s.excluded,
                  done ? tr("number(s) excluded", nullptr, plural(s.excluded))
                       : tr("number(s) will be excluded", nullptr, plural(s.excluded)),
                  Tone::Good});
    if (s.alreadyExcluded > 0)
        lines.append({QStringLiteral("alreadyExcluded"), s.alreadyExcluded,
                      done ? tr("were already excluded", nullptr, plural(s.alreadyExcluded))
                           : tr("are already excluded", nullptr, plural(s.alreadyExcluded)),
                      Tone::Plain});
    if (s.invalidNumbers > 0)
        lines.append({QStringLiteral("invalid"), s.invalidNumbers,
                      done ? tr("number(s) were not valid — not imported", nullptr, plural(s.invalidNumbers))
                           : tr("number(s) are not valid — not imported", nullptr, plural(s.invalidNumbers)),
                      Tone::Problem});
    return lines;
}
