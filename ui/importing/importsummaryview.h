#pragma once

#include "importing/importsummary.h"
#include "importing/suppressionimporter.h"

#include <QWidget>

class QGridLayout;

// What an import will do (or did), one line per kind of row, with the numbers large enough to be
// read at a glance: "1,180 new people", "8 numbers are not valid — not imported".
class ImportSummaryView : public QWidget
{
    Q_OBJECT

public:
    enum class Tone
    {
        Plain,
        Good,    // what the person wants: people added, numbers excluded
        Notice,  // imported, but with a limit worth knowing
        Problem, // not imported
    };
    struct Line
    {
        QString key; // names the line's labels, for tests: "added" → "count_added"
        qint64 count = 0;
        QString text;
        Tone tone = Tone::Plain;
    };

    explicit ImportSummaryView(QWidget* parent = nullptr);

    void setLines(const QVector<Line>& lines);

    // done: the past tense, after the import; else what a dry run says will happen.
    static QVector<Line> peopleLines(const textwell::ImportSummary& summary, bool done);
    static QVector<Line> suppressionLines(const textwell::SuppressionImportSummary& summary, bool done);

private:
    QGridLayout* m_grid;
};
