#pragma once

#include "decodedtextstream.h"
#include "importfile.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QVector>

#include <memory>

namespace textwell {

// A vCard file (2.1, 3.0 or 4.0, as Android, iPhone, Outlook and Google export them) read card by
// card: each card is one record of fixed columns (columns()), its row the card's number.
//
// Folded lines, 2.1 quoted-printable values (with soft line breaks and a CHARSET), backslash
// escapes, property groups ("item1.TEL") and parameters in every style (TYPE=CELL, type=cell,voice,
// TYPE="cell,pref", 2.1's bare "TEL;CELL;PREF:", 4.0's PREF=1 and tel: URIs) are understood.
// "Mobile" is the number to text: the first mobile one (a preferred mobile first), else the
// preferred number, else the first; "Other phones" lists the rest. Lines outside cards are ignored;
// a card cut off by the end of the file still counts; a file without any card is an error.
class VCardReader : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    enum Column
    {
        FullName,
        FirstName,
        LastName,
        Mobile,
        OtherPhones,
        Email,
        City,
        Region,
        Birthday,
        Organization,
        Categories,
        Note,
        ColumnCount,
    };

    static constexpr qsizetype ChunkSize = 64 * 1024;

    // device: open for reading, or opened here. chunkSize: bytes per read, smaller in tests.
    VCardReader(std::unique_ptr<QIODevice> device, const FileFormat& format, qsizetype chunkSize = ChunkSize);
    ~VCardReader() override;

    static QStringList columns(); // the header, in Column order

    QStringList header() const override;
    bool next(SourceRecord& record) override;
    QString error() const override;
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;

private:
    struct Property
    {
        QString group; // "item1" of "item1.TEL"
        QString name;  // upper case
        QStringList types;
        int pref = 0; // 1 (most preferred) to 100; 0 when not preferred
        bool uri = false;
        QString value; // decoded from quoted-printable, still escaped
    };

    bool fill();
    bool readPhysicalLine(QString* line);
    bool takeLine(QString* line);
    bool readLogicalLine(QString* line);
    bool readCard(SourceRecord& record);
    bool parseProperty(const QString& line, Property* property) const;
    QString decodeQuotedPrintable(QStringView value, const QString& charset) const;
    static QStringList fieldsOf(const QVector<Property>& properties);
    bool fail(const QString& message);

    DecodedTextStream m_stream;
    QString m_text; // decoded, not yet consumed from m_pos on
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0; // characters from m_pos on known to hold no line end
    bool m_skipLf = false;
    bool m_discarding = false; // inside an overlong line, dropped up to its end
    bool m_failed = false;
    QString m_error;
    QString m_peek; // a physical line read ahead while unfolding
    bool m_hasPeek = false;
    bool m_beginPending = false; // a BEGIN:VCARD that also ended a card without END:VCARD
    qint64 m_cards = 0;
    bool m_hasPending = false; // the first card, read ahead so that a file without one fails early
    SourceRecord m_pending;
};

} // namespace textwell
