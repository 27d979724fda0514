#pragma once

// A reader of the worksheets the app writes into XLSX files, for the tests of the export and the
// reports: cells by row and column, text resolved through the shared strings.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>

struct Cell
{
    QString type;         // the t attribute: "inlineStr" or "s" for text, empty for a number
    QString style;        // the s attribute
    QString value;        // the text, or the number as written
    bool formula = false; // the cell holds a formula
};

// "B3" -> 1
inline int columnIndex(const QString& reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

// The cells of a worksheet by row and column, text resolved through the shared strings.
inline QVector<QVector<Cell>> readSheet(const QByteArray& sheet,
                                        const QByteArray& sharedStrings = QByteArray())
{
    QStringList shared;
    QXmlStreamReader strings(sharedStrings);
    while (!strings.atEnd()) {
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == QLatin1String("si")) {
            QString text;
            while (!(strings.readNext() == QXmlStreamReader::EndElement &&
                     strings.name() == QLatin1String("si")))
                if (strings.isCharacters())
                    text += strings.text();
            shared.append(text);
        }
    }
    QVector<QVector<Cell>> rows;
    QXmlStreamReader xml(sheet);
    Cell cell;
    int column = 0;
    bool inValue = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("row")) {
                const int number = xml.attributes().value(QLatin1String("r")).toInt();
                rows.resize(qMax(int(rows.size()), number));
            } else if (xml.name() == QLatin1String("c")) {
                cell = Cell{xml.attributes().value(QLatin1String("t")).toString(),
                            xml.attributes().value(QLatin1String("s")).toString(), QString(), false};
                column = columnIndex(xml.attributes().value(QLatin1String("r")).toString());
            } else if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")) {
                inValue = true;
            } else if (xml.name() == QLatin1String("f")) {
                cell.formula = true;
            }
        } else if (xml.isCharacters() && inValue) {
            cell.value += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")) {
                inValue = false;
            } else if (xml.name() == QLatin1String("c")) {
                if (cell.type == QLatin1String("s"))
                    cell.value = shared.value(cell.value.toInt());
                QVector<Cell>& row = rows.last();
                if (row.size() <= column)
                    row.resize(column + 1);
                row[column] = cell;
            }
        }
    }
    return rows;
}

inline QStringList texts(const QVector<Cell>& row)
{
    QStringList values;
    for (const Cell& c : row)
        values.append(c.value);
    return values;
}
