#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace textwell {

// A {field} or {field|fallback} in a message template.
struct TemplatePlaceholder
{
    QString name;     // spelled as the known field it matched ("first_name")
    QString fallback; // used when the recipient has no value; may be empty
    int start = 0;    // UTF-16 index of the {
    int length = 0;   // up to and including the }
};

struct TemplateError
{
    enum class Kind
    {
        UnknownPlaceholder,     // {frist_name}
        UnclosedBrace,          // a { without its }
        UnmatchedClosingBrace,  // a } without its {
        EmptyPlaceholder,       // {} or {|fallback}
        BraceInsidePlaceholder, // {first_name|{city}}
    };
    Kind kind = Kind::UnknownPlaceholder;
    int position = 0; // UTF-16 index into the template
    int length = 1;
    QString message; // translated, for a shop owner
};

// A message with placeholders for each recipient's details: "Hi {first_name|there}, ...".
// {{ and }} write literal braces. A fallback cannot contain braces.
class MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    // knownFields: the fields a placeholder may name; names match case-insensitively and
    // ignoring surrounding spaces.
    static MessageTemplate parse(const QString& text, const QStringList& knownFields);
    // The fields every subscriber has; custom fields come on top.
    static QStringList standardFields();

    bool isValid() const { return m_errors.isEmpty(); }
    const QVector<TemplateError>& errors() const { return m_errors; }
    const QVector<TemplatePlaceholder>& placeholders() const { return m_placeholders; }
    // The fields used, each once, in order of first use.
    QStringList usedFields() const;

    // The text for one recipient: each placeholder becomes valueOf(field), or its fallback when
    // that is empty or blank; {{ and }} become single braces. The faulty parts of an invalid
    // template stay as written, so a preview shows them.
    QString render(const std::function<QString(const QString& field)>& valueOf) const;

private:
    // The template cut into literal text (braces already unescaped) and placeholders.
    struct Piece
    {
        QString literal;
        int placeholder = -1; // index into m_placeholders, or -1 for literal text
    };

    void appendLiteral(QStringView text);
    void addPlaceholder(const QString& text, int start, int end, const QStringList& knownFields);
    void addError(TemplateError::Kind kind, int position, int length, QString message);

    QVector<Piece> m_pieces;
    QVector<TemplatePlaceholder> m_placeholders;
    QVector<TemplateError> m_errors;
};

} // namespace textwell
