#!/usr/bin/env python3
"""Writes the import test files of this folder with exact bytes: the encodings, line ends, byte-order
marks and quoting that real exports (Russian and German Excel, Excel's "Unicode text", Android,
iPhone, Outlook and Google vCards) have. Run it again after changing it: python3 make-files.py
The files are checked in; tests/core/tst_importreaders.cpp asserts what is read from each."""

import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def lines(rows, end="\r\n"):
    return "".join(row + end for row in rows)


def qp(text, charset="utf-8", prefix_len=0):
    """vCard 2.1 quoted-printable as Android writes it: every non-ASCII byte, "=" and control
    encoded, lines broken with a soft "=" at 76 characters."""
    out = []
    for byte in text.encode(charset):
        if byte < 0x20 or byte >= 0x7F or byte == ord("="):
            out.append("=%02X" % byte)
        else:
            out.append(chr(byte))
    result, line = "", prefix_len
    for piece in out:
        if line + len(piece) > 75:
            result += "=\r\n"
            line = 0
        result += piece
        line += len(piece)
    return result


# Russian Excel, "CSV (разделители - запятые)": Windows-1251, semicolons, CRLF, no BOM.
write("russian-excel-1251.csv", lines([
    "Фамилия;Имя;Мобильный телефон;Город;Дата рождения",
    "Иванов;Иван;8 916 123-45-67;Москва;12.03.1985",
    'Петрова;Алёна;+7 (926) 555-12-34;"Санкт-Петербург; Васильевский остров";01.01.1990',
    "Семёнов;Пётр;+79031234567;Казань;",
    "Кузнецова;Мария;8(985)765-43-21;Екатеринбург;30.11.1978",
    "Смирнов;Андрей;+7 999 000 11 22;Ростов-на-Дону;05.07.2001",
]).encode("cp1251"))

# Excel's "Unicode text": UTF-16 LE with a BOM, tabs, CRLF; German headers.
write("german-unicode-text-utf16le.txt", b"\xff\xfe" + lines([
    "Vorname\tNachname\tHandy\tStadt\tE-Mail",
    "Jürgen\tMüller\t0171 2345678\tMünchen\tjuergen.mueller@example.de",
    "Sabine\tWeiß\t+49 152 34567890\tKöln\tsabine@example.de",
    "Ömer\tÖztürk\t+49 (0)160 9876543\tDüsseldorf\t",
    'Renée\t"Groß ""die Große"""\t0176-12345678\tNürnberg\trenee@example.de',
]).encode("utf-16-le"))

# UTF-8 with a BOM (Excel's "CSV UTF-8"), commas, LF.
write("utf8-bom.csv", b"\xef\xbb\xbf" + lines([
    "Name,Phone,City,Email,Notes",
    '"Smith, John",+1 (415) 555-0134,San Francisco,john@example.com,VIP',
    "Zoë Brontë,+44 7700 900123,London,zoe@example.co.uk,",
    'José Ñúñez,+34 612 345 678,Málaga,jose@example.es,"Prefers ""SMS"" over calls"',
    "Łukasz Żółć,+48 512 345 678,Kraków,,",
], "\n").encode("utf-8"))

# German Excel "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF, decimal commas and
# the euro sign (0x80).
write("german-1252.csv", lines([
    "Vorname;Nachname;Handy;Stadt;Straße;Umsatz",
    "Jürgen;Müller;0171 2345678;Köln;Hauptstraße 5;12,50 €",
    "Sabine;Weiß;+49 (0)151 23456789;Düsseldorf;Königsallee 1;1.234,00 €",
    "Björn;Schäfer;0160/9876543;München;Maximilianstraße 12;0,00 €",
    "Änne;Öhler;+49 176 12345678;Würzburg;Am Überweg 3;",
    "Jörg;Groß;0172-3456789;Lübeck;Breite Straße 7;99,99 €",
]).encode("cp1252"))

# vCard 3.0: an iPhone card (grouped properties, a custom "Handy" label, a folded photo), an
# Android card (several mobiles, one preferred) and a Google card; junk before the first card.
PHOTO = ("PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoM\r\n"
         " DAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQU\r\n"
         " FBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAABAAEDASIAAhEB\r\n")
write("contacts-3.0.vcf", (
    "Exported from Contacts\r\n\r\n" + lines([
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 16.5//EN",
        "N:Müller;Jürgen;;;",
        "FN:Jürgen Müller",
        "ORG:Bäckerei Müller GmbH;Verkauf;",
        "item1.TEL;type=pref:+49 30 1234567",
        "item2.TEL:+49 171 2345678",
        "item2.X-ABLabel:Handy",
        "TEL;type=HOME;type=VOICE:030 7654321",
        "item3.EMAIL;type=INTERNET;type=pref:juergen@example.de",
        "item4.ADR;type=HOME;type=pref:;;Hauptstraße 5;Köln;NRW;50667;Deutschland",
        "item4.X-ABADR:de",
        "BDAY:1985-03-12",
        "NOTE:Kunde seit 2019\\nbevorzugt SMS\\, keine Anrufe",
        "CATEGORIES:Kunden,VIP",
    ]) + PHOTO + lines([
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Иванова;Анна;Сергеевна;;",
        "FN:Анна Иванова",
        "TEL;TYPE=WORK,VOICE:+7 495 123-45-67",
        "TEL;TYPE=cell,voice:8 916 123-45-67",
        'TEL;TYPE="cell,pref":+7 (926) 555-12-34',
        "EMAIL;TYPE=INTERNET,HOME:anna.ivanova@example.ru",
        "ADR;TYPE=WORK:;;ул. Тверская\\, д. 1;Москва;;125009;Россия",
        "ADR;TYPE=HOME:;;Невский пр.\\, 28;Санкт-Петербург;Ленинградская область;191186;Россия",
        "BDAY:19900101",
        "CATEGORIES:Друзья,Работа",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Björn Schäfer",
        "N:Schäfer;Björn;;;",
        "EMAIL;TYPE=INTERNET:bjoern@example.de",
        "EMAIL;TYPE=INTERNET:b.schaefer@example.com",
        "TEL;TYPE=CELL:0160 9876543",
        "TEL;TYPE=HOME:+49 89 1234567",
        "TEL;TYPE=CELL:+49 160 9876543",
        "ORG:Schäfer\\; Söhne;",
        "NOTE:Sehr lange Notiz\\, die beim Export umbrochen wurde: erste Zeile\\, zweite Z",
        " eile\\, dritte Zeile.",
        "END:VCARD",
    ])).encode("utf-8"))

# vCard 2.1 as Android and old phones export it: quoted-printable UTF-8 with soft line breaks,
# bare types, a Windows-1251 card and a Latin-1 card.
note = "Покупатель с 2018 года\r\nпишет только в WhatsApp, звонить после 18:00"
write("android-2.1.vcf", (lines([
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Семёнов") + ";" + qp("Пётр") + ";;;",
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("Пётр Семёнов"),
    "TEL;HOME:8 (843) 231-11-22",
    "TEL;CELL;PREF:+79031234567",
    "TEL;WORK;VOICE:+7 843 555 66 77",
    "EMAIL;HOME:petr@example.ru",
    "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;" + qp("ул. Баумана 5;Казань;Татарстан", prefix_len=52)
    + ";420111;",
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp(note, prefix_len=45),
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:" + qp("Кузнецова", "cp1251") + ";"
    + qp("Мария", "cp1251"),
    "TEL;VOICE:+7 985 765-43-21",
    "TEL;PREF;VOICE:8(985)765-43-21",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:" + qp("Weiß", "latin-1") + ";Sabine",
    "TEL;WORK:+49 221 9876543",
    "TEL;CELL:+49 152 34567890",
    "BDAY:1979-07-04",
    "END:VCARD",
])).encode("ascii"))

# vCard 4.0: tel: URIs, quoted type lists, PREF=n; the last card has no END:VCARD.
write("contacts-4.0.vcf", (lines([
    "BEGIN:VCARD",
    "VERSION:4.0",
    "FN:Sabine Weiß",
    "N:Weiß;Sabine;;Dr.;",
    'TEL;VALUE=uri;TYPE="voice,home";PREF=2:tel:+49-221-9876543',
    'TEL;VALUE=uri;TYPE="cell,text":tel:+49-176-1112223',
    'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+49-152-34567890',
    "EMAIL;TYPE=work:sabine.weiss@example.de",
    'ADR;TYPE=work;LABEL="Königsallee 1\\n40212 Düsseldorf":;;Königsallee 1;Düsseldorf;NRW;40212;Deutschland',
    "BDAY:--0312",
    "ORG:Weiß & Partner",
    "CATEGORIES:Kunden",
    "END:VCARD",
    "BEGIN:VCARD",
    "VERSION:4.0",
    "FN:Ömer Öztürk",
    "TEL;VALUE=uri;TYPE=work:tel:+49-211-555-0100;ext=12",
    "TEL;TYPE=home:+49 211 123456",
    "BDAY:19790704",
], "\n")).encode("utf-8"))

# Quoted notes with line breaks in them, CRLF throughout.
write("multiline-notes-crlf.csv", lines([
    "Name,Phone,Notes",
    'Anna Schmidt,+49 170 1234567,"Ruft abends an.\r\nBitte nur SMS."',
    '"Boris ""Bob"" Petrov",+7 916 765-43-21,"Line one\r\n\r\nLine three, with a comma"',
    "Clara Vogel,0157 12345678,",
]).encode("utf-8"))

# Quotes where they do not belong: inside an unquoted field, and text after a closing quote.
write("stray-quotes.csv", lines([
    "Name;Phone;Comment",
    'Frank "Frankie" Meier;+49 160 5550001;says "hi"',
    '"Gerda" Krause;+49 160 5550002;"quoted" then text',
    'Hans;+49 160 5550003;5" display',
]).encode("utf-8"))

# A quote opened in row 3 and never closed.
write("unterminated-quote.csv", lines([
    "Name,Phone,Note",
    "Ina,+49 151 1111111,ok",
    'Jan,+49 151 2222222,"this note never ends',
    "Kai,+49 151 3333333,ok",
    "Lea,+49 151 4444444,ok",
], "\n").encode("utf-8"))

# Rows of different lengths, and an empty spreadsheet row (",,").
write("ragged-rows.csv", lines([
    "Name,Phone,City",
    "Max,+49 171 0000001,Berlin",
    "Nina,+49 171 0000002",
    "Otto,+49 171 0000003,Hamburg,extra,fields",
    ",,",
    "Paul,+49 171 0000004,Bremen,",
], "\n").encode("utf-8"))

# A plain list of numbers, no header, a blank line among them.
write("numbers-only.txt", lines([
    "+49 171 2345678",
    "0151 23456789",
    "",
    "8 916 123-45-67",
    "+7 (926) 555-12-34",
    "+491761234567",
], "\n").encode("ascii"))

# Excel's "sep=|" line, then CR, LF and CRLF line ends mixed, blank lines, no final line end.
write("excel-sep-line.csv",
      b"sep=|\r\nName|Phone\rAnna|+49 171 2345601\n\nBert|+49 171 2345602\r\n\r\nCarl|+49 171 2345603")

# Not text: a small PNG picture.
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

pixels = b"".join(b"\x00" + bytes((x * 7 + y * 13) & 0xFF for x in range(48)) for y in range(16))
write("binary.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
      + chunk(b"IDAT", zlib.compress(pixels, 0)) + chunk(b"IEND", b""))

write("empty.csv", b"")
