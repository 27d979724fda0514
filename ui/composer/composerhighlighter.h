#pragma once

#include <QSyntaxHighlighter>
#include <QVector>

// Marks, in the composer, the characters that force Unicode (they make a message cost more parts)
// and the template mistakes (an unknown placeholder, a brace left open), where they are.
class ComposerHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Span
    {
        int start = 0; // position in the whole document
        int length = 1;
    };

    explicit ComposerHighlighter(QTextDocument* document);

    void setNonGsm(const QVector<Span>& spans);
    void setErrors(const QVector<Span>& spans);

protected:
    void highlightBlock(const QString& text) override;

private:
    QVector<Span> m_nonGsm;
    QVector<Span> m_errors;
};
