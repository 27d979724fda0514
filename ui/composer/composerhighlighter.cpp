#include "composerhighlighter.h"

#include "widgets/semanticcolors.h"

#include <QTextCharFormat>
#include <QTextDocument>

ComposerHighlighter::ComposerHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void ComposerHighlighter::setNonGsm(const QVector<Span>& spans)
{
    m_nonGsm = spans;
}

void ComposerHighlighter::setErrors(const QVector<Span>& spans)
{
    m_errors = spans;
}

void ComposerHighlighter::highlightBlock(const QString& text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + static_cast<int>(text.size());
    auto apply = [&](const QVector<Span>& spans, const QTextCharFormat& format) {
        for (const Span& span : spans) {
            const int start = qMax(span.start, blockStart);
            const int end = qMin(span.start + span.length, blockEnd);
            if (start < end)
                setFormat(start - blockStart, end - start, format);
        }
    };
    // The app's palette, which the editor shows; the composer rehighlights when it changes.
    QTextCharFormat unicode;
    unicode.setBackground(SemanticColors::mark(SemanticColors::Tone::Warning));
    unicode.setToolTip(tr("Not in the GSM alphabet: the whole message is sent as Unicode."));
    apply(m_nonGsm, unicode);
    QTextCharFormat error;
    error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    error.setUnderlineColor(SemanticColors::text(SemanticColors::Tone::Bad));
    error.setForeground(SemanticColors::text(SemanticColors::Tone::Bad));
    apply(m_errors, error);
}
