#include "messagetemplate.h"

#include <algorithm>
#include <utility>

namespace textwell {

namespace {

// The 1-based number of the character at a UTF-16 index, as a person counts: an emoji is one.
int characterNumber(const QString& text, int index)
{
    int number = 1;
    for (int i = 0; i < index; ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++number;
    }
    return number;
}

// Edits (insert, delete, replace, swap two neighbours) between a and b: "frist" and "first" are 1.
int editDistance(const QString& a, const QString& b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    QVector<QVector<int>> d(n + 1, QVector<int>(m + 1));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

// The known field closest to a mistyped name, or an empty string when none is close.
QString closestField(const QString& name, const QStringList& knownFields)
{
    const QString folded = name.toCaseFolded();
    // Short names get one edit, or every two-letter name would look like a typo of another.
    const int allowed = folded.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString& field : knownFields) {
        const int distance = editDistance(folded, field.trimmed().toCaseFolded());
        if (distance < bestDistance) {
            best = field.trimmed();
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

QStringList MessageTemplate::standardFields()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("full_name"),
            QStringLiteral("city"), QStringLiteral("region")};
}

MessageTemplate MessageTemplate::parse(const QString& text, const QStringList& knownFields)
{
    MessageTemplate t;
    const int n = int(text.size());
    // Where the next { or } is at or after from; n when there is none.
    const auto nextBrace = [&](int from) {
        while (from < n && text.at(from) != u'{' && text.at(from) != u'}')
            ++from;
        return from;
    };

    int i = 0;
    while (i < n) {
        const int brace = nextBrace(i);
        t.appendLiteral(QStringView(text).mid(i, brace - i));
        if (brace == n)
            break;
        i = brace;
        const bool doubled = i + 1 < n && text.at(i + 1) == text.at(i);
        if (doubled) {
            t.appendLiteral(QStringView(text).mid(i, 1));
            i += 2;
            continue;
        }
        if (text.at(i) == u'}') {
            t.addError(TemplateError::Kind::UnmatchedClosingBrace, i, 1,
                       tr("The } at character %1 has no { before it. Write }} for a brace.")
                           .arg(characterNumber(text, i)));
            t.appendLiteral(QStringView(text).mid(i, 1));
            ++i;
            continue;
        }

        // A { that opens a placeholder.
        const int close = nextBrace(i + 1);
        if (close < n && text.at(close) == u'}') {
            t.addPlaceholder(text, i, close + 1, knownFields);
            i = close + 1;
            continue;
        }
        // {a {b} c}: a placeholder inside one, e.g. a fallback that names another field.
        if (close < n) {
            const int innerClose = nextBrace(close + 1);
            const int outerClose = innerClose < n ? nextBrace(innerClose + 1) : n;
            if (innerClose < n && text.at(innerClose) == u'}' && outerClose < n &&
                text.at(outerClose) == u'}') {
                t.addError(TemplateError::Kind::BraceInsidePlaceholder, close, 1,
                           tr("The { at character %1 is inside the placeholder that starts at character %2. "
                              "A placeholder cannot contain another one. Write {{ for a brace.")
                               .arg(characterNumber(text, close))
                               .arg(characterNumber(text, i)));
                t.appendLiteral(QStringView(text).mid(i, outerClose + 1 - i));
                i = outerClose + 1;
                continue;
            }
        }
        t.addError(
            TemplateError::Kind::UnclosedBrace, i, 1,
            tr("The { at character %1 is not closed. Write {{ for a brace.").arg(characterNumber(text, i)));
        t.appendLiteral(QStringView(text).mid(i, close - i));
        i = close;
    }
    return t;
}

void MessageTemplate::appendLiteral(QStringView text)
{
    if (text.isEmpty())
        return;
    if (m_pieces.isEmpty() || m_pieces.last().placeholder >= 0)
        m_pieces.append(Piece());
    m_pieces.last().literal += text;
}

void MessageTemplate::addPlaceholder(const QString& text, int start, int end, const QStringList& knownFields)
{
    const QStringView whole = QStringView(text).mid(start, end - start);
    const QStringView content = whole.mid(1, whole.size() - 2);
    const qsizetype bar = content.indexOf(u'|');
    const QString name = (bar < 0 ? content : content.left(bar)).trimmed().toString();
    const QString fallback = bar < 0 ? QString() : content.mid(bar + 1).trimmed().toString();

    if (name.isEmpty()) {
        addError(TemplateError::Kind::EmptyPlaceholder, start, end - start,
                 tr("The placeholder at character %1 names no field. Write a field in it, such as "
                    "{first_name}, or write {{ and }} for braces.")
                     .arg(characterNumber(text, start)));
        appendLiteral(whole);
        return;
    }

    const QString folded = name.toCaseFolded();
    for (const QString& field : knownFields) {
        const QString known = field.trimmed();
        if (!known.isEmpty() && known.toCaseFolded() == folded) {
            m_placeholders.append({known, fallback, start, end - start});
            m_pieces.append(Piece{QString(), int(m_placeholders.size()) - 1});
            return;
        }
    }

    // Multi-argument arg(): a name like "%2" must not be substituted again.
    const QString number = QString::number(characterNumber(text, start));
    const QString suggestion = closestField(name, knownFields);
    QString message;
    if (!suggestion.isEmpty())
        message =
            tr("There is no field “%1” (character %2). Did you mean {%3}?").arg(name, number, suggestion);
    else if (!knownFields.isEmpty())
        message = tr("There is no field “%1” (character %2). You can use: %3.")
                      .arg(name, number, knownFields.join(QStringLiteral(", ")));
    else
        message = tr("There is no field “%1” (character %2).").arg(name, number);
    addError(TemplateError::Kind::UnknownPlaceholder, start, end - start, std::move(message));
    appendLiteral(whole);
}

void MessageTemplate::addError(TemplateError::Kind kind, int position, int length, QString message)
{
    m_errors.append({kind, position, length, std::move(message)});
}

QStringList MessageTemplate::usedFields() const
{
    QStringList fields;
    for (const TemplatePlaceholder& placeholder : m_placeholders) {
        if (!fields.contains(placeholder.name))
            fields.append(placeholder.name);
    }
    return fields;
}

QString MessageTemplate::render(const std::function<QString(const QString& field)>& valueOf) const
{
    QString out;
    for (const Piece& piece : m_pieces) {
        if (piece.placeholder < 0) {
            out += piece.literal;
            continue;
        }
        const TemplatePlaceholder& placeholder = m_placeholders.at(piece.placeholder);
        const QString value = valueOf(placeholder.name);
        out += value.trimmed().isEmpty() ? placeholder.fallback : value;
    }
    return out;
}

} // namespace textwell
