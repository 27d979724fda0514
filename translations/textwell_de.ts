<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddSubscriberCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Hinzufügen von %1</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>A consent needs both its source and its evidence.</source>
        <translation>Eine Einwilligung braucht eine Quelle und einen Nachweis.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>Das Datum der Einwilligung liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>%1 is already in the address book (%2).</source>
        <translation>%1 ist bereits im Adressbuch (%2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>%1 was excluded on %2; it stays excluded.</source>
        <translation>%1 wurde am %2 ausgeschlossen und bleibt ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 unsubscribed on %2; it stays unsubscribed. To re-subscribe it, record a new consent with its evidence.</source>
        <translation>%1 hat sich am %2 abgemeldet und bleibt abgemeldet. Um die Nummer wieder anzumelden, erfassen Sie eine neue Einwilligung mit Nachweis.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>%1 has been added again in the meantime; delete that entry first.</source>
        <translation>%1 wurde inzwischen erneut hinzugefügt; löschen Sie zuerst diesen Eintrag.</translation>
    </message>
    <message>
        <source>This person is no longer in the address book.</source>
        <translation>Diese Person ist nicht mehr im Adressbuch.</translation>
    </message>
    <message>
        <source>Say where the consent was given (for example “paper form at the till”).</source>
        <translation>Geben Sie an, wo die Einwilligung erteilt wurde (zum Beispiel „Papierformular an der Kasse“).</translation>
    </message>
    <message>
        <source>Say what proves the consent (for example “signed form no. 12, kept in the folder”).</source>
        <translation>Geben Sie an, was die Einwilligung belegt (zum Beispiel „unterschriebenes Formular Nr. 12, im Ordner abgelegt“).</translation>
    </message>
    <message>
        <source>%1 is not in the address book. Add the person first.</source>
        <translation>%1 ist nicht im Adressbuch. Fügen Sie die Person zuerst hinzu.</translation>
    </message>
    <message>
        <source>%1 stays excluded until you lift the exclusion.</source>
        <translation>%1 bleibt ausgeschlossen, bis Sie den Ausschluss aufheben.</translation>
    </message>
    <message>
        <source>Describe the reason in a few words when it is “Other”.</source>
        <translation>Beschreiben Sie den Grund bei „Sonstiges“ in wenigen Worten.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent received via %2 does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine über „%2“ erhaltene Einwilligung meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</source>
        <translation>%1 hat sich am %2 abgemeldet, nach dieser Einwilligung, und bleibt abgemeldet.</translation>
    </message>
</context>
<context>
    <name>AddressBookPage</name>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>A&amp;usschließen…</translation>
    </message>
    <message>
        <source>Exclude a &amp;number…</source>
        <translation>&amp;Nummer ausschließen…</translation>
    </message>
    <message>
        <source>&amp;Lift exclusion</source>
        <translation>Ausschluss au&amp;fheben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Exclude any number from all messages, also one that is not in the address book (for example after a complaint call).</source>
        <translation>Eine beliebige Nummer von allen Nachrichten ausschließen, auch wenn sie nicht im Adressbuch ist (zum Beispiel nach einer telefonischen Beschwerde).</translation>
    </message>
    <message>
        <source>Search by name or number</source>
        <translation>Nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Show people by status</source>
        <translation>Personen nach Status anzeigen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Exclude a number</source>
        <translation>Nummer ausschließen</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>No one matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Nobody in the address book has this status.</source>
        <translation>Niemand im Adressbuch hat diesen Status.</translation>
    </message>
    <message>
        <source>Nobody&apos;s name or number contains “%1”.</source>
        <translation>Kein Name und keine Nummer enthält „%1“.</translation>
    </message>
    <message>
        <source>Your address book is empty</source>
        <translation>Ihr Adressbuch ist leer</translation>
    </message>
    <message>
        <source>Add the people who agreed to hear from you, with the proof of their consent. You can also exclude a number that must never get a message, even before it is in the book.</source>
        <translation>Fügen Sie die Personen hinzu, die Nachrichten von Ihnen erhalten möchten, mit dem Nachweis ihrer Einwilligung. Sie können auch eine Nummer ausschließen, die nie eine Nachricht erhalten darf – schon bevor sie im Adressbuch steht.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Excluded %n number(s). They get no messages until you lift the exclusion.</source>
        <translation>
            <numerusform>%n Nummer ausgeschlossen. Diese Nummer erhält keine Nachrichten, bis Sie den Ausschluss aufheben.</numerusform>
            <numerusform>%n Nummern ausgeschlossen. Diese Nummern erhalten keine Nachrichten, bis Sie den Ausschluss aufheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded %1 (%2).</source>
        <translation>%1 (%2) ausgeschlossen.</translation>
    </message>
    <message>
        <source>Excluded %1. The number is not in the address book; it stays excluded if it is added later.</source>
        <translation>%1 ausgeschlossen. Die Nummer ist nicht im Adressbuch; wird sie später hinzugefügt, bleibt sie ausgeschlossen.</translation>
    </message>
    <message>
        <source>Lift exclusion</source>
        <translation>Ausschluss aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Lift the exclusion of %n number(s)? People who unsubscribed or never gave consent still get no messages.</source>
        <translation>
            <numerusform>Ausschluss von %n Nummer aufheben? Wer sich abgemeldet oder nie eingewilligt hat, erhält weiterhin keine Nachrichten.</numerusform>
            <numerusform>Ausschluss von %n Nummern aufheben? Wer sich abgemeldet oder nie eingewilligt hat, erhält weiterhin keine Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed %n number(s). Only a new consent from the person can re-subscribe them.</source>
        <translation>
            <numerusform>%n Nummer abgemeldet. Nur eine neue Einwilligung der Person kann sie wieder anmelden.</numerusform>
            <numerusform>%n Nummern abgemeldet. Nur eine neue Einwilligung der Person kann sie wieder anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s) from the address book? Their consent history and any opt-out or exclusion of their numbers are kept. You can undo this.</source>
        <translation>
            <numerusform>%n Person aus dem Adressbuch löschen? Der Einwilligungsverlauf sowie Abmeldung und Ausschluss der Nummer bleiben erhalten. Sie können dies rückgängig machen.</numerusform>
            <numerusform>%n Personen aus dem Adressbuch löschen? Der Einwilligungsverlauf sowie Abmeldungen und Ausschlüsse der Nummern bleiben erhalten. Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n person(s).</source>
        <translation>
            <numerusform>%n Person gelöscht.</numerusform>
            <numerusform>%n Personen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %Ln people for one action.</source>
        <translation>
            <numerusform>Wählen Sie für eine Aktion höchstens %Ln Person aus.</numerusform>
            <numerusform>Wählen Sie für eine Aktion höchstens %Ln Personen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected people are still loading. Scroll through them, or select fewer, and try again.</source>
        <translation>Einige der ausgewählten Personen werden noch geladen. Scrollen Sie zu ihnen oder wählen Sie weniger aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Lifted %1 of %2 exclusions; the others stay: %3</source>
        <translation>%1 von %2 Ausschlüssen aufgehoben; die übrigen bleiben: %3</translation>
    </message>
    <message>
        <source>Unsubscribed %1 of %2; the others are still subscribed: %3</source>
        <translation>%1 von %2 abgemeldet; die übrigen sind weiterhin angemeldet: %3</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>„%1“ ist kein Ländercode wie DE, RU oder US.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The database file (default: the app&apos;s own).</source>
        <translation>Die Datenbankdatei (Standard: die eigene Datei der App).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Print the result as JSON for scripts.</source>
        <translation>Ergebnis als JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Country for numbers without a country code, e.g. DE (default: from the database&apos;s settings).</source>
        <translation>Land für Nummern ohne Ländervorwahl, z. B. DE (Standard: aus den Einstellungen der Datenbank).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>Region or state.</source>
        <translation>Region oder Bundesland.</translation>
    </message>
    <message>
        <source>The person&apos;s language: en, ru or de.</source>
        <translation>Sprache der Person: en, ru oder de.</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Tags, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Where consent was given.</source>
        <translation>Wo die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>What proves the consent.</source>
        <translation>Was die Einwilligung belegt.</translation>
    </message>
    <message>
        <source>When consent was given (YYYY-MM-DD; default: now).</source>
        <translation>Wann die Einwilligung erteilt wurde (JJJJ-MM-TT; Standard: jetzt).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>Eine Notiz für den Verlauf.</translation>
    </message>
    <message>
        <source>Reason code: %1.</source>
        <translation>Grund-Code: %1.</translation>
    </message>
    <message>
        <source>The reason in words.</source>
        <translation>Der Grund in Worten.</translation>
    </message>
    <message>
        <source>Only people whose number or name contains this.</source>
        <translation>Nur Personen, deren Nummer oder Name dies enthält.</translation>
    </message>
    <message>
        <source>Only people with this status: subscribed, no_consent, unsubscribed, excluded.</source>
        <translation>Nur Personen mit diesem Status: subscribed, no_consent, unsubscribed, excluded.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>Höchstens so viele Zeilen (Standard: 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation>So viele Zeilen überspringen.</translation>
    </message>
    <message>
        <source>How many demo people to create.</source>
        <translation>Wie viele Demo-Personen erstellt werden.</translation>
    </message>
    <message>
        <source>Random seed for demo data.</source>
        <translation>Startwert (Seed) des Zufallsgenerators für Demodaten.</translation>
    </message>
    <message>
        <source>name a command; see --help.</source>
        <translation>geben Sie einen Befehl an; siehe --help.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>„%1“ ist kein Ländercode wie DE, RU oder US.</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>%1 braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>subscriber needs one of: add, show, list, delete.</source>
        <translation>subscriber braucht eines von: add, show, list, delete.</translation>
    </message>
    <message>
        <source>subscriber %1 needs a phone number.</source>
        <translation>subscriber %1 braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date erwartet ein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>%1 is not in the address book.</source>
        <translation>%1 ist nicht im Adressbuch.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Consent: %1, %2</source>
        <translation>Einwilligung: %1, %2</translation>
    </message>
    <message>
        <source>--status takes subscribed, no_consent, unsubscribed or excluded.</source>
        <translation>--status erwartet subscribed, no_consent, unsubscribed oder excluded.</translation>
    </message>
    <message>
        <source>--limit takes a number of rows.</source>
        <translation>--limit erwartet eine Zeilenanzahl.</translation>
    </message>
    <message>
        <source>--offset takes a number of rows.</source>
        <translation>--offset erwartet eine Zeilenanzahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all.</source>
        <translation>
            <numerusform>Insgesamt %n Person.</numerusform>
            <numerusform>Insgesamt %n Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Its consent history and any opt-out or exclusion are kept.</source>
        <translation>%1 gelöscht. Einwilligungsverlauf, Abmeldung und Ausschluss bleiben erhalten.</translation>
    </message>
    <message>
        <source>Excluded %1.</source>
        <translation>%1 ausgeschlossen.</translation>
    </message>
    <message>
        <source>%1 was already excluded.</source>
        <translation>%1 war bereits ausgeschlossen.</translation>
    </message>
    <message>
        <source>Lifted the exclusion of %1.</source>
        <translation>Ausschluss von %1 aufgehoben.</translation>
    </message>
    <message>
        <source>%1 was not excluded.</source>
        <translation>%1 war nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>unsubscribe needs --reason, one of: %1.</source>
        <translation>unsubscribe braucht --reason, einen von: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use one of: %2.</source>
        <translation>„%1“ ist kein Grund; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Unsubscribed %1.</source>
        <translation>%1 abgemeldet.</translation>
    </message>
    <message>
        <source>%1 was already unsubscribed.</source>
        <translation>%1 war bereits abgemeldet.</translation>
    </message>
    <message>
        <source>Consent recorded for %1; status: %2.</source>
        <translation>Einwilligung für %1 erfasst; Status: %2.</translation>
    </message>
    <message>
        <source>No consent history for %1.</source>
        <translation>Kein Einwilligungsverlauf für %1.</translation>
    </message>
    <message>
        <source>demo needs --subscribers N.</source>
        <translation>demo braucht --subscribers N.</translation>
    </message>
    <message>
        <source>%1 of %2 people…</source>
        <translation>%1 von %2 Personen…</translation>
    </message>
    <message>
        <source>Created %1 people (%2 unsubscribed, %3 excluded, %4 without consent) in %5 s.</source>
        <translation>%1 Personen erstellt (%2 abgemeldet, %3 ausgeschlossen, %4 ohne Einwilligung) in %5 s.</translation>
    </message>
    <message>
        <source>settings get|set KEY [VALUE]; keys: %1.</source>
        <translation>settings get|set SCHLÜSSEL [WERT]; Schlüssel: %1.</translation>
    </message>
    <message>
        <source>settings set %1 needs a value.</source>
        <translation>settings set %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, demo, settings get|set</source>
        <translation>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, demo, settings get|set</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Check the path, or create one with: textwell-cli --database %1 init</source>
        <translation>Unter „%1“ gibt es keine Datenbank. Prüfen Sie den Pfad oder legen Sie eine an mit: textwell-cli --database %1 init</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Datenbank bereit: %1</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>Unter „%1“ gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only. Check its permissions, or open a copy.</source>
        <translation>Die Datenbankdatei „%1“ ist schreibgeschützt. Prüfen Sie die Zugriffsrechte oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Textwell database.</source>
        <translation>„%1“ ist eine leere Datei, keine Textwell-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Textwell (database version %2; this version understands up to %3). Update Textwell to open it; the file was not changed.</source>
        <translation>„%1“ wurde mit einer neueren Textwell-Version erstellt (Datenbankversion %2; diese Version unterstützt bis %3). Aktualisieren Sie Textwell, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is not a Textwell database. It was not changed.</source>
        <translation>„%1“ ist keine Textwell-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is not a Textwell database, or it is damaged. It was not changed.</source>
        <translation>„%1“ ist keine Textwell-Datenbank oder beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Record that %1 agreed to receive messages. Keep the proof: it is what you show if anyone asks.</source>
        <translation>Erfassen Sie, dass %1 dem Empfang von Nachrichten zugestimmt hat. Bewahren Sie den Nachweis auf: Ihn legen Sie vor, wenn jemand danach fragt.</translation>
    </message>
    <message>
        <source>This number unsubscribed earlier: a new consent re-subscribes it. Record it only if the person asked for it.</source>
        <translation>Diese Nummer hat sich früher abgemeldet: Eine neue Einwilligung meldet sie wieder an. Erfassen Sie sie nur, wenn die Person darum gebeten hat.</translation>
    </message>
    <message>
        <source>The number stays excluded until you lift the exclusion.</source>
        <translation>Die Nummer bleibt ausgeschlossen, bis Sie den Ausschluss aufheben.</translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Exclusion lifted</source>
        <translation>Ausschluss aufgehoben</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>SMS keyword</source>
        <translation>SMS-Stichwort</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>anderes Programm</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>Netzbetreiber</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Paper form at the till</source>
        <translation>Papierformular an der Kasse</translation>
    </message>
    <message>
        <source>Website sign-up form</source>
        <translation>Anmeldeformular auf der Website</translation>
    </message>
    <message>
        <source>Asked in person at the counter</source>
        <translation>Persönlich am Tresen gefragt</translation>
    </message>
    <message>
        <source>Loyalty card application</source>
        <translation>Antrag auf Kundenkarte</translation>
    </message>
    <message>
        <source>SMS reply</source>
        <translation>Antwort per SMS</translation>
    </message>
    <message>
        <source>e.g. signed form no. 12, kept in the folder</source>
        <translation>z. B. unterschriebenes Formular Nr. 12, im Ordner abgelegt</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Nachw&amp;eis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>DeleteSubscribersCommand</name>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>Löschen von %n Person</numerusform>
            <numerusform>Löschen von %n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of people must be zero or more.</source>
        <translation>Die Anzahl der Personen darf nicht negativ sein.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data goes into an empty address book only; this one already has %n people.</source>
        <translation>
            <numerusform>Demodaten können nur in ein leeres Adressbuch geladen werden; dieses enthält bereits %n Person.</numerusform>
            <numerusform>Demodaten können nur in ein leeres Adressbuch geladen werden; dieses enthält bereits %n Personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no demo data was added.</source>
        <translation>Abgebrochen; es wurden keine Demodaten hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>EditSubscriberCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Bearbeiten von %1</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude from all messages</source>
        <translation>Von allen Nachrichten ausschließen</translation>
    </message>
    <message>
        <source>An excluded number gets no message at all, whatever its consent, until you lift the exclusion. The exclusion is kept even if the person is deleted.</source>
        <translation>Eine ausgeschlossene Nummer erhält keinerlei Nachrichten, unabhängig von ihrer Einwilligung, bis Sie den Ausschluss aufheben. Der Ausschluss bleibt auch erhalten, wenn die Person gelöscht wird.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected people</source>
        <translation>
            <numerusform>%n ausgewählte Person</numerusform>
            <numerusform>%n ausgewählte Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>e.g. complained by phone on 12 May</source>
        <translation>z. B. hat sich am 12. Mai telefonisch beschwert</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Nummern:</translation>
    </message>
</context>
<context>
    <name>ExcludeNumbersCommand</name>
    <message>
        <source>Exclude %1</source>
        <translation>Ausschluss von %1</translation>
    </message>
    <message>
        <source>Already excluded.</source>
        <translation>Bereits ausgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n number(s)</source>
        <translation>
            <numerusform>Ausschluss von %n Nummer</numerusform>
            <numerusform>Ausschluss von %n Nummern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Textwell</source>
        <translation>Textwell</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Textwell</source>
        <translation>&amp;Über Textwell</translation>
    </message>
    <message>
        <source>About Textwell</source>
        <translation>Über Textwell</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Textwell %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small businesses that respect every customer&apos;s choice: consent recorded with its proof, every opt-out honoured at once and for good.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Textwell %1&lt;/h3&gt;&lt;p&gt;SMS-Kampagnen für kleine Unternehmen, die die Entscheidung jedes Kunden respektieren: Einwilligungen werden mit Nachweis erfasst, jede Abmeldung gilt sofort und dauerhaft.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>OptOutReason</name>
    <message>
        <source>Too frequent</source>
        <translation>Zu häufig</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <source>Never signed up</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Privacy concern</source>
        <translation>Datenschutzbedenken</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Kein Nutzen</translation>
    </message>
    <message>
        <source>Changed circumstances</source>
        <translation>Geänderte Lebensumstände</translation>
    </message>
    <message>
        <source>Switched to another provider</source>
        <translation>Zu einem anderen Anbieter gewechselt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Will be saved as %1 (%2).</source>
        <translation>Wird gespeichert als %1 (%2).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers of %1 (+%2).</source>
        <translation>Nummern ohne Ländervorwahl gelten als Nummern von %1 (+%2).</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>“%1” has no country code. Write it with + and the country code, or choose a default country in Settings.</source>
        <translation>„%1“ hat keine Ländervorwahl. Schreiben Sie die Nummer mit + und Ländervorwahl oder wählen Sie in den Einstellungen ein Standardland.</translation>
    </message>
    <message>
        <source>“%1” has an unknown country code.</source>
        <translation>„%1“ hat eine unbekannte Ländervorwahl.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>„%1“ ist zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number for the country code +%2 (%3).</source>
        <translation>„%1“ ist keine gültige Nummer für die Ländervorwahl +%2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a landline number: it cannot receive SMS.</source>
        <translation>%1 ist eine Festnetznummer und kann keine SMS empfangen.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (%2): it may not receive SMS.</source>
        <translation>%1 ist keine Mobilnummer (%2) und empfängt möglicherweise keine SMS.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>Mobilfunk oder Festnetz</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>special number</source>
        <translation>Sondernummer</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>The extension %1 is left out: a text message goes to %2 itself.</source>
        <translation>Die Durchwahl %1 entfällt: Eine SMS geht an %2 selbst.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Could not read the database version.</source>
        <translation>Die Datenbankversion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Salon Anna</source>
        <translation>z. B. Salon Anna</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Business (shared by everyone using this database)</source>
        <translation>Unternehmen (gilt für alle, die diese Datenbank nutzen)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>Default &amp;country for numbers:</source>
        <translation>Standard&amp;land für Nummern:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</source>
        <translation>Nummern ohne Ländervorwahl, etwa „0171 1234567“, gelten als Nummern dieses Landes.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Textwell starts again.</source>
        <translation>Die neue Sprache gilt nach dem nächsten Start von Textwell.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy: another program or another Textwell window is writing to it. Try again in a moment, or close the other program.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm oder ein anderes Textwell-Fenster schreibt gerade hinein. Versuchen Sie es gleich noch einmal oder schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that you may write to it and to its folder, or open a copy.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt. Prüfen Sie, ob Sie in die Datei und ihren Ordner schreiben dürfen, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Textwell database.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Textwell-Datenbank.</translation>
    </message>
    <message>
        <source>The consent history cannot be changed or deleted; it only grows.</source>
        <translation>Der Einwilligungsverlauf kann nicht geändert oder gelöscht werden; er wird nur ergänzt.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>SubscriberDetailPane</name>
    <message>
        <source>evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>A&amp;usschließen…</translation>
    </message>
    <message>
        <source>&amp;Lift exclusion</source>
        <translation>Ausschluss au&amp;fheben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>Consent and opt-out history</source>
        <translation>Einwilligungen und Abmeldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n people selected. Use the toolbar or the right-click menu to exclude, unsubscribe or delete them together.</source>
        <translation>
            <numerusform>%n Person ausgewählt. Über das Menü „Kontakte“ oder per Rechtsklick können Sie sie gemeinsam ausschließen, abmelden oder löschen.</numerusform>
            <numerusform>%n Personen ausgewählt. Über das Menü „Kontakte“ oder per Rechtsklick können Sie sie gemeinsam ausschließen, abmelden oder löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their details and consent history.</source>
        <translation>Wählen Sie eine Person aus, um ihre Angaben und ihren Einwilligungsverlauf zu sehen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1: may not receive SMS</source>
        <translation>%1: empfängt möglicherweise keine SMS</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Consent: %1, %2</source>
        <translation>Einwilligung: %1, %2</translation>
    </message>
    <message>
        <source>Consent: none recorded — this person gets no messages.</source>
        <translation>Einwilligung: keine erfasst – diese Person erhält keine Nachrichten.</translation>
    </message>
    <message>
        <source>Unsubscribed on %1.</source>
        <translation>Abgemeldet am %1.</translation>
    </message>
    <message>
        <source>Excluded on %1: %2</source>
        <translation>Ausgeschlossen am %1: %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1; by %2</source>
        <translation>%1; von %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Erfasst am %1</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
</context>
<context>
    <name>SubscriberDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. regular, vip</source>
        <translation>z. B. Stammkunde, VIP</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>N&amp;achname:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <source>The person has given consent to receive messages</source>
        <translation>Die Person hat in den Empfang von Nachrichten eingewilligt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SubscriberStatus</name>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2)</source>
        <translation>Einwilligung erteilt am %1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Number type: %1. It may not receive SMS.</source>
        <translation>Nummerntyp: %1. Sie kann eventuell keine SMS empfangen.</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Unsubscribe %1 from all marketing messages. Only a new consent from the person can undo this.</source>
        <translation>%1 von allen Werbenachrichten abmelden. Nur eine neue Einwilligung der Person kann dies rückgängig machen.</translation>
    </message>
    <message>
        <source>In the person&apos;s words (optional; needed for “Other”)</source>
        <translation>In den Worten der Person (optional; nötig bei „Sonstiges“)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Textwell on the command line: the address book, consent and exclusions.</source>
        <translation>Textwell auf der Kommandozeile: Adressbuch, Einwilligungen und Ausschlüsse.</translation>
    </message>
    <message>
        <source>SMS campaigns that respect the customer&apos;s choice.</source>
        <translation>SMS-Kampagnen, die die Entscheidung der Kunden respektieren.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Language: en, ru or de.</source>
        <translation>Sprache: en, ru oder de.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Textwell</source>
        <translation>Textwell</translation>
    </message>
    <message>
        <source>Textwell cannot open its database.</source>
        <translation>Textwell kann seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create a new, empty one there?</source>
        <translation>Unter „%1“ gibt es keine Datenbank. Dort eine neue, leere anlegen?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
</TS>
