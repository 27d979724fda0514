#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace textwell {

// The text encodings that the files of small businesses come in, told from their bytes.
// Windows-1251 and Windows-1252 are decoded by Textwell's own tables, so they work on every Qt
// build (with or without ICU).
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    enum Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1251, // Russian Excel's "CSV"
        Windows1252, // German and Western Excel's "CSV"; a superset of Latin-1 for text
    };

    // Reads the start of a file (up to the first 64 KB): a BOM decides; else UTF-16 is told by
    // its zero bytes, valid UTF-8 with non-ASCII bytes is UTF-8, and the rest is 1251 or 1252 by
    // which reading gives runs of letters of one alphabet. Pure ASCII is UTF-8.
    static Encoding detect(const QByteArray& head);
    // The length of the byte-order mark of encoding at the start of head, or 0.
    static int bomLength(const QByteArray& head, Encoding encoding);

    static QList<Encoding> all();
    static QString code(Encoding encoding); // "utf-8", "utf-16le", "utf-16be", "windows-1251", "windows-1252"
    static bool fromCode(const QString& code, Encoding* encoding); // also "utf8", "cp1251", "latin1", ...
    static QString label(Encoding encoding); // "Unicode (UTF-8)", "Cyrillic (Windows-1251)", ...
};

// Decodes a byte stream piece by piece: a character split between two pieces comes out whole,
// and however the stream is cut, the text is the same (also where the bytes are not valid).
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding::Encoding encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    QString decode(const char* data, qsizetype size);
    QString decode(const QByteArray& bytes) { return decode(bytes.constData(), bytes.size()); }
    // The end of the stream: a character cut off by it comes out as U+FFFD (decode() holds its
    // bytes back, waiting for the rest).
    QString finish();
    // True when a byte sequence could not be read in this encoding (replaced by U+FFFD).
    bool hasError() const;

private:
    QString decodePiece(const char* data, qsizetype size);

    struct State;
    std::unique_ptr<State> d;
};

} // namespace textwell
