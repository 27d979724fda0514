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
        <source>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</source>
        <translation>%1 hat sich am %2 abgemeldet, nach dieser Einwilligung, und bleibt abgemeldet.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent from an imported file does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine Einwilligung aus einer importierten Datei meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent read from an SMS reply in words does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine aus einer SMS-Antwort in Worten gelesene Einwilligung meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent given through a link does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine über einen Link erteilte Einwilligung meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent recorded by another program does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine von einem anderen Programm erfasste Einwilligung meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent reported by the carrier does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine vom Mobilfunkanbieter gemeldete Einwilligung meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: this consent does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Diese Einwilligung meldet die Nummer nicht wieder an.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a confirmation does not re-subscribe a number.</source>
        <translation>%1 hat sich früher abgemeldet und bleibt abgemeldet: Eine Bestätigung meldet die Nummer nicht wieder an.</translation>
    </message>
</context>
<context>
    <name>AddressBookExport</name>
    <message>
        <source>Subscribers</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
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
        <source>Consent date</source>
        <translation>Einwilligungsdatum</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Einwilligungsquelle</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Nummerntyp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
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
        <translation>Ab&amp;melden…</translation>
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
        <source>Import a file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Add the people who agreed to hear from you, with the proof of their consent, or import a list (File &gt; Import…, or drag the file here). You can also exclude a number that must never get a message, even before it is in the book.</source>
        <translation>Fügen Sie die Personen hinzu, die Nachrichten von Ihnen erhalten möchten, mit dem Nachweis ihrer Einwilligung, oder importieren Sie eine Liste (Datei &gt; Importieren… oder die Datei hierher ziehen). Sie können auch eine Nummer ausschließen, die nie eine Nachricht erhalten darf, selbst bevor sie im Adressbuch steht.</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Personendaten lösc&amp;hen…</translation>
    </message>
    <message>
        <source>When a person asks you to delete their data: deletes it for good and keeps only the number on the suppression list, so they are never texted again.</source>
        <translation>Wenn eine Person die Löschung ihrer Daten verlangt: Löscht sie endgültig und behält nur die Nummer auf der Sperrliste, damit sie nie wieder angeschrieben wird.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Erased the personal data of %1. The number stays excluded so it is never texted again.</source>
        <translation>Die Personendaten von %1 wurden gelöscht. Die Nummer bleibt ausgeschlossen und wird nie wieder angeschrieben.</translation>
    </message>
    <message>
        <source>Erased the personal data of %1. The number stays unsubscribed so it is never texted again.</source>
        <translation>Die Personendaten von %1 wurden gelöscht. Die Nummer bleibt abgemeldet und wird nie wieder angeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Lifted %L1 of %Ln exclusion(s); the others stay: %2</source>
        <extracomment>%L1 is how many exclusions were lifted, %Ln how many were to be, %2 why the next one failed.</extracomment>
        <translation>
            <numerusform>%L1 von %Ln Ausschluss aufgehoben; die übrigen bleiben: %2</numerusform>
            <numerusform>%L1 von %Ln Ausschlüssen aufgehoben; die übrigen bleiben: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed %L1 of %Ln number(s); the others are still subscribed: %2</source>
        <extracomment>%L1 is how many numbers were unsubscribed, %Ln how many were to be, %2 the problems.</extracomment>
        <translation>
            <numerusform>%L1 von %Ln Nummer abgemeldet; die übrigen sind weiterhin angemeldet: %2</numerusform>
            <numerusform>%L1 von %Ln Nummern abgemeldet; die übrigen sind weiterhin angemeldet: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>There is no campaign %1 that has started.</source>
        <translation>Es gibt keine gestartete Kampagne %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Unsubscribe rate of a campaign</source>
        <translation>Abmeldequote einer Kampagne</translation>
    </message>
    <message>
        <source>The opt-outs attributed to the campaign, each number once, divided by its messages delivered, or by its messages sent where the gateway reported no deliveries.</source>
        <translation>Die der Kampagne zugeordneten Abmeldungen, jede Nummer einmal, geteilt durch ihre zugestellten Nachrichten – oder durch die gesendeten, wenn das Gateway keine Zustellungen gemeldet hat.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>An opt-out is attributed to the last campaign that sent the number a message before it.</source>
        <translation>Eine Abmeldung wird der letzten Kampagne zugeordnet, die der Nummer davor eine Nachricht gesendet hat.</translation>
    </message>
    <message>
        <source>Unsubscribe rate of a period</source>
        <translation>Abmeldequote eines Zeitraums</translation>
    </message>
    <message>
        <source>The opt-outs attributed to the campaigns started in the period, divided by those campaigns&apos; delivered (or sent) messages.</source>
        <translation>Die Abmeldungen, die den im Zeitraum gestarteten Kampagnen zugeordnet sind, geteilt durch die zugestellten (oder gesendeten) Nachrichten dieser Kampagnen.</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Zustellquote</translation>
    </message>
    <message>
        <source>Messages delivered divided by messages sent, over the campaigns whose gateway reports deliveries.</source>
        <translation>Zugestellte Nachrichten geteilt durch gesendete, über die Kampagnen, deren Gateway Zustellungen meldet.</translation>
    </message>
    <message>
        <source>Opt-outs, reasons, how people left</source>
        <translation>Abmeldungen, Gründe, Art der Abmeldung</translation>
    </message>
    <message>
        <source>Opt-outs counted by the time they were recorded, whichever campaign they followed.</source>
        <translation>Abmeldungen nach dem Zeitpunkt ihrer Erfassung gezählt, unabhängig von der vorangegangenen Kampagne.</translation>
    </message>
    <message>
        <source>Gained and lost</source>
        <translation>Gewonnen und verloren</translation>
    </message>
    <message>
        <source>Gained: consents recorded. Lost: opt-outs and exclusions recorded.</source>
        <translation>Gewonnen: erfasste Einwilligungen. Verloren: erfasste Abmeldungen und Ausschlüsse.</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Aktive Abonnenten</translation>
    </message>
    <message>
        <source>People with consent who have not unsubscribed and are not excluded.</source>
        <translation>Personen mit Einwilligung, die sich nicht abgemeldet haben und nicht ausgeschlossen sind.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days begin at midnight in the time zone of the computer that made the figures.</source>
        <translation>Tage beginnen um Mitternacht in der Zeitzone des Computers, der die Zahlen berechnet hat.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write an answer… (Ctrl+Return sends)</source>
        <translation>Antwort schreiben… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Queue the answer; it goes out before any campaign message (Ctrl+Return)</source>
        <translation>Antwort einreihen; sie geht vor allen Kampagnennachrichten raus (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Nothing more to do here: the conversation leaves the Open list. Possible opt-outs stay open until decided.</source>
        <translation>Hier ist nichts mehr zu tun: Die Unterhaltung verschwindet aus der Liste „Offen“. Mögliche Abmeldungen bleiben offen, bis sie entschieden sind.</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Schreiben Sie zuerst die Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS</source>
        <translation>
            <numerusform>%1 Zeichen · %n SMS</numerusform>
            <numerusform>%1 Zeichen · %n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark h&amp;andled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>H&amp;andled</source>
        <translation>&amp;Erledigt</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Show as bars</source>
        <translation>Als Balken anzeigen</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Show as a donut, the shares of the whole</source>
        <translation>Als Ring anzeigen, die Anteile am Ganzen</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all)</source>
        <translation>%1: %2 (%3 von allen)</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Show the people on this line</source>
        <translation>Personen in dieser Zeile anzeigen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>„%1“ ist kein Ländercode wie DE, RU oder US.</translation>
    </message>
    <message>
        <source>“%1” is not one of the message languages: %2.</source>
        <translation>„%1“ ist keine der Nachrichtensprachen: %2.</translation>
    </message>
    <message>
        <source>The opt-out line cannot be empty: every marketing message carries it.</source>
        <translation>Der Abmeldehinweis darf nicht leer sein: Jede Werbenachricht enthält ihn.</translation>
    </message>
    <message>
        <source>Use 1 (on) or 0 (off).</source>
        <translation>Verwenden Sie 1 (an) oder 0 (aus).</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.07.</source>
        <translation>„%1“ ist kein Preis; schreiben Sie ihn so: 0.07.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, RUB or USD.</source>
        <translation>„%1“ ist kein Währungscode wie EUR, RUB oder USD.</translation>
    </message>
    <message>
        <source>The cap is a number of messages from 0 (no cap) to 1000.</source>
        <translation>Das Limit ist eine Anzahl Nachrichten von 0 (kein Limit) bis 1000.</translation>
    </message>
    <message>
        <source>The cap period is a number of days from 1 to 365.</source>
        <translation>Der Zeitraum des Limits ist eine Anzahl Tage von 1 bis 365.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it like 21:00.</source>
        <translation>„%1“ ist keine Uhrzeit; schreiben Sie sie so: 21:00.</translation>
    </message>
    <message>
        <source>The sending rate is a number of messages per second from 0.1 to 1000.</source>
        <translation>Die Sendegeschwindigkeit ist eine Anzahl Nachrichten pro Sekunde von 0.1 bis 1000.</translation>
    </message>
    <message>
        <source>“%1” is not one of the gateways: %2.</source>
        <translation>„%1“ ist keines der Gateways: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as http://127.0.0.1:13013.</source>
        <translation>„%1“ ist keine Webadresse wie http://127.0.0.1:13013.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address such as 127.0.0.1.</source>
        <translation>„%1“ ist keine IP-Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>Der Wert ist zu lang.</translation>
    </message>
    <message numerus="yes">
        <source>The opt-out line is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Der Abmeldehinweis ist zu lang: höchstens %Ln Zeichen.</numerusform>
            <numerusform>Der Abmeldehinweis ist zu lang: höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The business name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Der Firmenname ist zu lang: höchstens %Ln Zeichen.</numerusform>
            <numerusform>Der Firmenname ist zu lang: höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write it like Europe/Berlin, or leave it empty for this computer&apos;s time zone.</source>
        <translation>„%1“ ist keine Zeitzone; schreiben Sie sie wie Europe/Berlin, oder lassen Sie das Feld leer für die Zeitzone dieses Computers.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>more deliveries</source>
        <translation>mehr Zustellungen</translation>
    </message>
    <message>
        <source>fewer opt-outs</source>
        <translation>weniger Abmeldungen</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>The saved segment a campaign goes to.</source>
        <translation>Das gespeicherte Segment, an das die Kampagne geht.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The second text of an A/B test.</source>
        <translation>Der zweite Text eines A/B-Tests.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A/B test: each text goes to this percentage first (1-50).</source>
        <translation>A/B-Test: Jeder Text geht zuerst an diesen Prozentsatz der Empfänger (1-50).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>A/B test: the winner has fewer opt-outs (opt-out) or more deliveries (delivery).</source>
        <translation>A/B-Test: Gewinner ist der Text mit weniger Abmeldungen (opt-out) oder mehr Zustellungen (delivery).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>A/B test: the rest goes to the winner this many hours after the start.</source>
        <translation>A/B-Test: So viele Stunden nach dem Start erhalten die Übrigen den Gewinnertext.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Schedule for this local date and time, e.g. 2026-12-01T10:00.</source>
        <translation>Für dieses Datum und diese Uhrzeit (Ortszeit) planen, z. B. 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>send: send what is due now, then stop.</source>
        <translation>send: senden, was jetzt fällig ist, dann beenden.</translation>
    </message>
    <message>
        <source>send: keep listening this many seconds for delivery reports at the end (default 5).</source>
        <translation>send: am Ende so viele Sekunden auf Zustellberichte warten (Standard: 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”.</source>
        <translation>Es gibt keine Kampagne namens „%1“.</translation>
    </message>
    <message>
        <source>campaign create needs a name, in quotes.</source>
        <translation>campaign create braucht einen Namen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>campaign needs one of: create, list, start, pause, resume, cancel, status, messages.</source>
        <translation>campaign braucht eines von: create, list, start, pause, resume, cancel, status, messages.</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s number or name.</source>
        <translation>campaign %1 braucht die Nummer oder den Namen der Kampagne.</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>campaign create needs --segment NAME or --rule JSON, and --template TEXT.</source>
        <translation>campaign create braucht --segment NAME oder --rule JSON sowie --template TEXT.</translation>
    </message>
    <message>
        <source>--ab-metric is opt-out or delivery.</source>
        <translation>--ab-metric erwartet opt-out oder delivery.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-12-01T10:00.</source>
        <translation>„%1“ ist keine Angabe von Datum und Uhrzeit wie 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>The campaign was saved as draft %1 but not scheduled: %2</source>
        <translation>Die Kampagne wurde als Entwurf %1 gespeichert, aber nicht geplant: %2</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with: textwell-cli campaign create NAME --segment S --template TEXT</source>
        <translation>Noch keine Kampagnen. Erstellen Sie eine mit: textwell-cli campaign create NAME --segment S --template TEXT</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3</source>
        <translation>Kampagne %1 „%2“: %3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (not kept): </source>
        <translation>%1 (wird nicht gespeichert): </translation>
    </message>
    <message>
        <source>%1 The %2 is needed: store it with “textwell-cli gateway secret”, or set TEXTWELL_GATEWAY_SECRET.</source>
        <translation>%1 Das %2 wird benötigt: Speichern Sie es mit „textwell-cli gateway secret“ oder setzen Sie TEXTWELL_GATEWAY_SECRET.</translation>
    </message>
    <message>
        <source>send needs --due: it sends what is due now, then stops.</source>
        <translation>send braucht --due: Es sendet, was jetzt fällig ist, und beendet sich dann.</translation>
    </message>
    <message>
        <source>%1 Sending without delivery reports.</source>
        <translation>%1 Versand ohne Zustellberichte.</translation>
    </message>
    <message>
        <source>Sent what was due.</source>
        <translation>Alles Fällige wurde gesendet.</translation>
    </message>
    <message>
        <source>gateway needs one of: test NUMBER, secret.</source>
        <translation>gateway braucht eines von: test NUMMER, secret.</translation>
    </message>
    <message>
        <source>The chosen gateway needs no secret.</source>
        <translation>Das gewählte Gateway braucht kein Passwort und kein Token.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Nothing was typed; nothing was stored.</source>
        <translation>Nichts eingegeben; nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Test message from Textwell: the gateway works.</source>
        <translation>Testnachricht von Textwell: Das Gateway funktioniert.</translation>
    </message>
    <message>
        <source>The gateway did not take the test message: %1</source>
        <translation>Das Gateway hat die Testnachricht nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The test message was written to the export file.</source>
        <translation>Die Testnachricht wurde in die Exportdatei geschrieben.</translation>
    </message>
    <message>
        <source>The gateway took the test message for %1.</source>
        <translation>Das Gateway hat die Testnachricht für %1 angenommen.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3.</source>
        <translation>Kampagne %1 „%2“: %3.</translation>
    </message>
    <message>
        <source>Created campaign %1 “%2”: %3.</source>
        <translation>Kampagne %1 „%2“ angelegt: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 started: %n message(s) to send. Textwell sends them while it is open, or run: textwell-cli send --due</source>
        <extracomment>%1 is the campaign&apos;s number, %n how many messages it sends.</extracomment>
        <translation>
            <numerusform>Kampagne %1 gestartet: %n Nachricht zu senden. Textwell sendet sie, solange es geöffnet ist; oder führen Sie aus: textwell-cli send --due</numerusform>
            <numerusform>Kampagne %1 gestartet: %n Nachrichten zu senden. Textwell sendet sie, solange es geöffnet ist; oder führen Sie aus: textwell-cli send --due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDetailPane</name>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Sent, no delivery report yet</source>
        <translation>Gesendet, noch kein Zustellbericht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown — to check</source>
        <translation>Unbekannt – prüfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Waiting for the winner</source>
        <translation>Warten auf den Gewinner</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Exported to file</source>
        <translation>In Datei exportiert</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B-Test</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation>Nachrichten der Kampagne</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Select a campaign to see how it went and where each message stands.</source>
        <translation>Wählen Sie eine Kampagne, um zu sehen, wie sie gelaufen ist und wo jede Nachricht steht.</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Die Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Abgebrochen am %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Check the gateway in Settings, then press Resume.</source>
        <translation>Prüfen Sie das Gateway in den Einstellungen und klicken Sie dann auf „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Check the gateway in Settings.</source>
        <translation>Prüfen Sie das Gateway in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Nothing sent yet. It starts on %1; the recipients are chosen then, so people who unsubscribe before that are left out.</source>
        <translation>Noch nichts gesendet. Die Kampagne startet am %1; erst dann werden die Empfänger ausgewählt, wer sich vorher abmeldet, wird also ausgelassen.</translation>
    </message>
    <message>
        <source>Cancelled before it started: no one got it.</source>
        <translation>Vor dem Start abgebrochen: Niemand hat sie erhalten.</translation>
    </message>
    <message>
        <source>Paused before it started: nothing sent yet.</source>
        <translation>Vor dem Start pausiert: Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>A draft: nothing sent yet. Send or schedule it from Compose; the recipients are chosen when it starts.</source>
        <translation>Ein Entwurf: Noch nichts gesendet. Senden oder planen Sie ihn im Bereich „Verfassen“; die Empfänger werden beim Start ausgewählt.</translation>
    </message>
    <message>
        <source>matched the segment at the start</source>
        <translation>passten beim Start zum Segment</translation>
    </message>
    <message>
        <source>taken by the gateway</source>
        <translation>vom Gateway angenommen</translation>
    </message>
    <message>
        <source>in line to be sent</source>
        <translation>warten auf den Versand</translation>
    </message>
    <message>
        <source>The first may go at %1.</source>
        <translation>Die erste kann am %1 gesendet werden.</translation>
    </message>
    <message>
        <source>They get the winning text on %1.</source>
        <translation>Sie erhalten den Gewinnertext am %1.</translation>
    </message>
    <message>
        <source>No answer came from the gateway (the app stopped or the line broke). They were not sent again, so no one gets a message twice: check them with your SMS provider.</source>
        <translation>Vom Gateway kam keine Antwort (das Programm wurde beendet oder die Verbindung brach ab). Sie wurden nicht erneut gesendet, damit niemand eine Nachricht doppelt erhält: Prüfen Sie sie bei Ihrem SMS-Anbieter.</translation>
    </message>
    <message>
        <source>the campaign was cancelled</source>
        <translation>die Kampagne wurde abgebrochen</translation>
    </message>
    <message>
        <source>written to the export file for your provider</source>
        <translation>in die Exportdatei für Ihren Anbieter geschrieben</translation>
    </message>
    <message>
        <source>Text %1: “%2”</source>
        <translation>Text %1: „%2“</translation>
    </message>
    <message>
        <source>%1 sent · %2 delivered · %3 opted out</source>
        <translation>%1 gesendet · %2 zugestellt · %3 abgemeldet</translation>
    </message>
    <message>
        <source>Winner: text %1. The other recipients got it.</source>
        <translation>Gewinner: Text %1. Die übrigen Empfänger haben ihn erhalten.</translation>
    </message>
    <message>
        <source>The test starts when the campaign is sent.</source>
        <translation>Der Test beginnt, wenn die Kampagne gesendet wird.</translation>
    </message>
    <message>
        <source>Cancelled before a winner was chosen.</source>
        <translation>Abgebrochen, bevor ein Gewinner feststand.</translation>
    </message>
    <message>
        <source>The winner is chosen on %1; then the others get its text.</source>
        <translation>Der Gewinner wird am %1 ermittelt; dann erhalten die Übrigen seinen Text.</translation>
    </message>
    <message>
        <source>The winner is being chosen.</source>
        <translation>Der Gewinner wird gerade ermittelt.</translation>
    </message>
    <message>
        <source>No messages yet: they are written when the campaign starts.</source>
        <translation>Noch keine Nachrichten: Sie werden beim Start der Kampagne erstellt.</translation>
    </message>
    <message>
        <source>No messages of this kind.</source>
        <translation>Keine Nachrichten dieser Art.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln message(s) done (%2)</source>
        <extracomment>%L1 is how many messages are done, %Ln how many there are, %2 the share done (“40%”).</extracomment>
        <translation>
            <numerusform>%L1 von %Ln Nachricht erledigt (%2)</numerusform>
            <numerusform>%L1 von %Ln Nachrichten erledigt (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <comment>a percentage: 97% of those sent</comment>
        <translation>%1 der gesendeten</translation>
    </message>
    <message>
        <source>Each text went to %1 of the recipients first; the winner is the one with more deliveries.</source>
        <translation>Jeder Text ging zuerst an %1 der Empfänger; Gewinner ist der Text mit mehr Zustellungen.</translation>
    </message>
    <message>
        <source>Each text went to %1 of the recipients first; the winner is the one with fewer opt-outs.</source>
        <translation>Jeder Text ging zuerst an %1 der Empfänger; Gewinner ist der Text mit weniger Abmeldungen.</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>Zusammenfassung der Kampagne</translation>
    </message>
    <message>
        <source>written to the export file, which brings no delivery reports</source>
        <translation>in die Exportdatei geschrieben, die keine Zustellberichte liefert</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>&amp;Later, at:</source>
        <translation>S&amp;päter, am:</translation>
    </message>
    <message>
        <source>&amp;A/B test a second text first</source>
        <translation>Zuerst einen zweiten Text per &amp;A/B-Test prüfen</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Text &amp;B:</source>
        <translation>Text &amp;B:</translation>
    </message>
    <message>
        <source>Each text first goes to:</source>
        <translation>Jeder Text geht zuerst an:</translation>
    </message>
    <message>
        <source>The winner has:</source>
        <translation>Gewinner ist der Text mit:</translation>
    </message>
    <message>
        <source>The rest gets the winner after:</source>
        <translation>Die Übrigen erhalten den Gewinner nach:</translation>
    </message>
    <message>
        <source>Text A is the one in the composer. Both get the opt-out line.</source>
        <translation>Text A ist der Text im Editor. Beide erhalten den Abmeldehinweis.</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Kampagnen&amp;name:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Text B is the same as text A; change it to learn which works better.</source>
        <translation>Text B ist gleich Text A; ändern Sie ihn, um zu erfahren, welcher besser wirkt.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Einplanen</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation>&amp;Jetzt</translation>
    </message>
</context>
<context>
    <name>CampaignFormats</name>
    <message>
        <source>%1 · %2</source>
        <comment>status · time</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Messages that went out: taken by the gateway (or written to the export file)</source>
        <translation>Versendete Nachrichten: vom Gateway angenommen (oder in die Exportdatei geschrieben)</translation>
    </message>
    <message>
        <source>Messages the phone network reported as delivered</source>
        <translation>Nachrichten, deren Zustellung das Mobilfunknetz gemeldet hat</translation>
    </message>
    <message>
        <source>Messages refused or not delivered; point at a number to see why</source>
        <translation>Abgelehnte oder nicht zugestellte Nachrichten; zeigen Sie auf eine Zahl, um den Grund zu sehen</translation>
    </message>
    <message>
        <source>People left out by the rules, e.g. unsubscribed or without consent</source>
        <translation>Personen, die nach den Regeln ausgelassen wurden, z. B. abgemeldet oder ohne Einwilligung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>CampaignMessagesModel</name>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Textwell handed this message to the gateway but got no answer (the app stopped or the connection broke). It was not sent again, so no one gets it twice. Ask your SMS provider whether it arrived.</source>
        <translation>Textwell hat diese Nachricht an das Gateway übergeben, aber keine Antwort erhalten (das Programm wurde beendet oder die Verbindung brach ab). Sie wurde nicht erneut gesendet, damit niemand sie doppelt erhält. Fragen Sie Ihren SMS-Anbieter, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>The gateway said: %1</source>
        <translation>Das Gateway meldete: %1</translation>
    </message>
    <message>
        <source>The gateway said: %1 (code %2)</source>
        <translation>Das Gateway meldete: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>gets the winning text</source>
        <translation>erhält den Gewinnertext</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>kein Text erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s), %1</source>
        <translation>
            <numerusform>%n SMS-Teil, %1</numerusform>
            <numerusform>%n SMS-Teile, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The message&apos;s id at your SMS provider, to look it up there</source>
        <translation>Die Kennung der Nachricht bei Ihrem SMS-Anbieter, um sie dort nachzuschlagen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Gesendeter Text</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>Gateway-ID</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>no delivery reports</source>
        <translation>keine Zustellberichte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Abmeldequote</translation>
    </message>
    <message>
        <source>of the messages delivered</source>
        <translation>der zugestellten Nachrichten</translation>
    </message>
    <message>
        <source>of the messages sent</source>
        <translation>der gesendeten Nachrichten</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Warum sich Personen abgemeldet haben</translation>
    </message>
    <message>
        <source>Nobody unsubscribed after this campaign.</source>
        <translation>Nach dieser Kampagne hat sich niemand abgemeldet.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Who unsubscribed</source>
        <translation>Wer sich abgemeldet hat</translation>
    </message>
</context>
<context>
    <name>CampaignStarter</name>
    <message>
        <source>The text has a mistake; open the campaign in the composer to fix it.</source>
        <translation>Der Text enthält einen Fehler; öffnen Sie die Kampagne im Editor, um ihn zu beheben.</translation>
    </message>
    <message>
        <source>The segment “%1” matches no one, so there is no one to send to.</source>
        <translation>Zum Segment „%1“ passt niemand, es gibt also keine Empfänger.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The campaign was paused or cancelled meanwhile; it did not start.</source>
        <translation>Die Kampagne wurde inzwischen pausiert oder abgebrochen; sie ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The winner is A or B.</source>
        <translation>Der Gewinner muss A oder B sein.</translation>
    </message>
    <message>
        <source>The rest already went to variant %1.</source>
        <translation>Die Übrigen haben bereits Variante %1 erhalten.</translation>
    </message>
    <message>
        <source>The campaign was started, paused or cancelled meanwhile; it did not start again.</source>
        <translation>Die Kampagne wurde inzwischen gestartet, angehalten oder abgebrochen; sie wurde nicht erneut gestartet.</translation>
    </message>
    <message>
        <source>The rest of this A/B test was already given its text.</source>
        <translation>Der Rest dieses A/B-Tests hat seinen Text bereits erhalten.</translation>
    </message>
    <message>
        <source>The campaign’s status is “%1”; only a draft or a scheduled campaign can start.</source>
        <translation>Der Status der Kampagne ist „%1“; nur ein Entwurf oder eine geplante Kampagne kann starten.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test needs more people: %Ln person(s) can receive this message, too few to try two texts on %1 each and send the rest the winner.</source>
        <extracomment>%Ln is how many people can receive the message, %1 the share of them each text goes to (“10%”).</extracomment>
        <translation>
            <numerusform>Ein A/B-Test braucht mehr Personen: %Ln Person kann diese Nachricht erhalten – zu wenige, um zwei Texte an je %1 zu testen und dem Rest den Gewinner zu senden.</numerusform>
            <numerusform>Ein A/B-Test braucht mehr Personen: %Ln Personen können diese Nachricht erhalten – zu wenige, um zwei Texte an je %1 zu testen und dem Rest den Gewinner zu senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one in the segment “%1” can receive this message (all %n of them are unsubscribed, excluded, without consent, awaiting their confirmation by SMS or without a mobile number).</source>
        <extracomment>%1 is the segment&apos;s name, %n how many people it matches.</extracomment>
        <translation>
            <numerusform>Niemand im Segment „%1“ kann diese Nachricht erhalten (die %n passende Person ist abgemeldet, ausgeschlossen, ohne Einwilligung, wartet auf ihre Bestätigung per SMS oder hat keine Mobilnummer).</numerusform>
            <numerusform>Niemand im Segment „%1“ kann diese Nachricht erhalten (alle %n sind abgemeldet, ausgeschlossen, ohne Einwilligung, warten auf ihre Bestätigung per SMS oder haben keine Mobilnummer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Write the message first: the text is empty.</source>
        <translation>Schreiben Sie zuerst die Nachricht: Der Text ist leer.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>Text B</source>
        <translation>Text B</translation>
    </message>
    <message>
        <source>%1 has a mistake: %2</source>
        <translation>%1 enthält einen Fehler: %2</translation>
    </message>
    <message>
        <source>Each A/B variant goes to between 1% and 50% of the recipients.</source>
        <translation>Jede A/B-Variante geht an 1 % bis 50 % der Empfänger.</translation>
    </message>
    <message>
        <source>The A/B test runs between 1 hour and 14 days before the rest gets the winner.</source>
        <translation>Der A/B-Test läuft zwischen 1 Stunde und 14 Tagen, bevor die Übrigen den Gewinner erhalten.</translation>
    </message>
    <message>
        <source>The segment&apos;s rule cannot be read: %1</source>
        <translation>Die Regel des Segments kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>Es gibt keine Kampagne mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The campaign changed meanwhile; look at it again.</source>
        <translation>Die Kampagne wurde inzwischen geändert; sehen Sie sie sich noch einmal an.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Wählen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>That time is in the past.</source>
        <translation>Dieser Zeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Only a draft can be scheduled; this campaign’s status is “%1”.</source>
        <translation>Nur ein Entwurf kann geplant werden; der Status dieser Kampagne ist „%1“.</translation>
    </message>
    <message>
        <source>Only a campaign that is sending or scheduled can be paused; this one’s status is “%1”.</source>
        <translation>Nur eine Kampagne, die gerade sendet oder geplant ist, kann angehalten werden; der Status dieser ist „%1“.</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed; this one’s status is “%1”.</source>
        <translation>Nur eine angehaltene Kampagne kann fortgesetzt werden; der Status dieser ist „%1“.</translation>
    </message>
    <message>
        <source>The campaign’s status is “%1”; there is nothing left to cancel.</source>
        <translation>Der Status der Kampagne ist „%1“; es gibt nichts mehr abzubrechen.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %Ln character(s).</source>
        <translation>
            <numerusform>Der Name ist länger als %Ln Zeichen.</numerusform>
            <numerusform>Der Name ist länger als %Ln Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>%1
Double-click or press Enter to see who left after it.</source>
        <translation>%1
Doppelklicken oder Eingabetaste drücken, um zu sehen, wer sich danach abgemeldet hat.</translation>
    </message>
    <message>
        <source>The gateway sent no delivery reports for this campaign: its rate counts the messages sent.</source>
        <translation>Das Gateway hat für diese Kampagne keine Zustellberichte gesendet: Die Quote bezieht sich auf die gesendeten Nachrichten.</translation>
    </message>
    <message>
        <source>No message of this campaign went out yet.</source>
        <translation>Von dieser Kampagne ist noch keine Nachricht rausgegangen.</translation>
    </message>
    <message>
        <source>%1 of the people reached opted out: above your alert level of %2.</source>
        <translation>%1 der erreichten Personen haben sich abgemeldet: über Ihrer Warnschwelle von %2.</translation>
    </message>
    <message>
        <source>%1 of the people reached opted out.</source>
        <translation>%1 der erreichten Personen haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>%1, above the alert level</source>
        <translation>%1, über der Warnschwelle</translation>
    </message>
    <message>
        <source>Messages handed to the gateway</source>
        <translation>An das Gateway übergebene Nachrichten</translation>
    </message>
    <message>
        <source>Messages the gateway reported delivered to the phone</source>
        <translation>Nachrichten, die laut Gateway auf dem Telefon angekommen sind</translation>
    </message>
    <message>
        <source>Messages refused or reported undelivered</source>
        <translation>Abgelehnte oder als nicht zugestellt gemeldete Nachrichten</translation>
    </message>
    <message>
        <source>People who opted out after this campaign</source>
        <translation>Personen, die sich nach dieser Kampagne abgemeldet haben</translation>
    </message>
    <message>
        <source>Opt-outs per message delivered (or sent, without delivery reports)</source>
        <translation>Abmeldungen pro zugestellter Nachricht (oder pro gesendeter, ohne Zustellberichte)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Abmeldequote</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Häufigster Grund</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Open &amp;Compose</source>
        <translation>Nachricht &amp;verfassen</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cance&amp;l campaign…</source>
        <translation>Kampagne abb&amp;rechen…</translation>
    </message>
    <message>
        <source>Stop sending for now; resume whenever you like</source>
        <translation>Versand vorerst anhalten; Sie können ihn jederzeit fortsetzen</translation>
    </message>
    <message>
        <source>Go on sending where it stopped</source>
        <translation>Versand dort fortsetzen, wo er angehalten wurde</translation>
    </message>
    <message>
        <source>Stop for good: messages not sent yet are never sent</source>
        <translation>Endgültig anhalten: Noch nicht gesendete Nachrichten werden nie gesendet</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>Campaigns are created in Compose: write your message, choose who gets it, then send it now or schedule it. It appears here with its progress, and you can pause or cancel it at any time.</source>
        <translation>Kampagnen entstehen im Bereich „Verfassen“: Schreiben Sie Ihre Nachricht, wählen Sie die Empfänger und senden Sie sie sofort oder planen Sie sie ein. Die Kampagne erscheint dann hier mit ihrem Fortschritt, und Sie können sie jederzeit pausieren oder abbrechen.</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is paused. A message already on its way to the gateway may still go out.</source>
        <translation>„%1“ ist pausiert. Eine Nachricht, die schon an das Gateway unterwegs ist, kann noch versendet werden.</translation>
    </message>
    <message>
        <source>“%1” goes on where it stopped.</source>
        <translation>„%1“ wird dort fortgesetzt, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent to anyone.

This cannot be undone.</source>
        <translation>„%1“ abbrechen? Sie wird an niemanden gesendet.

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”?

%Ln message(s) not sent yet will not be sent. Messages already sent stay sent.

This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ abbrechen?

%Ln noch nicht gesendete Nachricht wird nicht gesendet. Bereits gesendete Nachrichten bleiben gesendet.

Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ abbrechen?

%Ln noch nicht gesendete Nachrichten werden nicht gesendet. Bereits gesendete Nachrichten bleiben gesendet.

Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Stop for good</source>
        <translation>Endgültig anhalten</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is cancelled; %Ln message(s) will not be sent.</source>
        <translation>
            <numerusform>„%1“ ist abgebrochen; %Ln Nachricht wird nicht gesendet.</numerusform>
            <numerusform>„%1“ ist abgebrochen; %Ln Nachrichten werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>„%1“ ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
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
        <source>settings get|set KEY [VALUE]; keys: %1.</source>
        <translation>settings get|set SCHLÜSSEL [WERT]; Schlüssel: %1.</translation>
    </message>
    <message>
        <source>settings set %1 needs a value.</source>
        <translation>settings set %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Check the path, or create one with: textwell-cli --database %1 init</source>
        <translation>Unter „%1“ gibt es keine Datenbank. Prüfen Sie den Pfad oder legen Sie eine an mit: textwell-cli --database %1 init</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Datenbank bereit: %1</translation>
    </message>
    <message>
        <source>A segment rule as JSON, e.g. {&quot;all&quot;: [{&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;is&quot;, &quot;values&quot;: [&quot;Berlin&quot;]}]}.</source>
        <translation>Eine Segmentregel als JSON, z. B. {&quot;all&quot;: [{&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;is&quot;, &quot;values&quot;: [&quot;Berlin&quot;]}]}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The name of a saved segment.</source>
        <translation>Der Name eines gespeicherten Segments.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The phone number of a person in the address book.</source>
        <translation>Die Telefonnummer einer Person im Adressbuch.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Message text with placeholders such as {first_name|friend}.</source>
        <translation>Nachrichtentext mit Platzhaltern wie {first_name|Freund}.</translation>
    </message>
    <message>
        <source>sms-info needs the text, in quotes.</source>
        <translation>sms-info braucht den Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>give either --rule JSON or --name NAME.</source>
        <translation>geben Sie entweder --rule JSON oder --name NAME an.</translation>
    </message>
    <message>
        <source>segment %1 needs --name NAME.</source>
        <translation>segment %1 braucht --name NAME.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Segment „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>segment save needs --name NAME and --rule JSON.</source>
        <translation>segment save braucht --name NAME und --rule JSON.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Segment „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>segment needs one of: list, show, save, delete, count.</source>
        <translation>segment braucht eines von: list, show, save, delete, count.</translation>
    </message>
    <message>
        <source>custom-field %1 needs the field&apos;s name.</source>
        <translation>custom-field %1 braucht den Namen des Feldes.</translation>
    </message>
    <message>
        <source>custom-field needs one of: list, add, remove.</source>
        <translation>custom-field braucht eines von: list, add, remove.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Zeichen: %1</translation>
    </message>
    <message>
        <source>Code units: %1</source>
        <translation>Code-Einheiten: %1</translation>
    </message>
    <message>
        <source>Septets: %1</source>
        <translation>Septette: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>SMS-Teile: %1</translation>
    </message>
    <message>
        <source>Not in GSM-7 (character and position): %1</source>
        <translation>Nicht in GSM-7 (Zeichen und Position): %1</translation>
    </message>
    <message>
        <source>render needs --template TEXT and --phone NUMBER.</source>
        <translation>render braucht --template TEXT und --phone NUMMER.</translation>
    </message>
    <message>
        <source>Note: %1 has the status “%2” and would not receive this message.</source>
        <translation>Hinweis: %1 hat den Status „%2“ und würde diese Nachricht nicht erhalten.</translation>
    </message>
    <message>
        <source>Personal data erased (asked on %1)</source>
        <translation>Personendaten gelöscht (angefragt am %1)</translation>
    </message>
    <message>
        <source>the person in the address book</source>
        <translation>die Person im Adressbuch</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the texts of %n message(s)</source>
        <translation>
            <numerusform>den Text von %n Nachricht</numerusform>
            <numerusform>die Texte von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent history entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag im Einwilligungsverlauf</numerusform>
            <numerusform>%n Einträge im Einwilligungsverlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n history entry(ies) that prove the suppression</source>
        <translation>
            <numerusform>die Details von %n Verlaufseintrag, der die Sperre belegt</numerusform>
            <numerusform>die Details von %n Verlaufseinträgen, die die Sperre belegen</numerusform>
        </translation>
    </message>
    <message>
        <source>erase: when the person asked for the erasure (YYYY-MM-DD; default: now).</source>
        <translation>erase: wann die Person die Löschung verlangt hat (JJJJ-MM-TT; Standard: jetzt).</translation>
    </message>
    <message>
        <source>erase: confirms it. Erasing deletes the person with their tags, custom fields and notes, every reply from the number, the texts of the messages sent to it and the details of its consent history. The number stays suppressed (excluded, unless it unsubscribed) so that it is never texted again, as the law requires, and the erasure is logged. It cannot be undone.</source>
        <translation>erase: bestätigt die Löschung. Dabei werden die Person mit ihren Tags, eigenen Feldern und Notizen, jede Antwort von der Nummer, die Texte der an sie gesendeten Nachrichten und die Details ihres Einwilligungsverlaufs gelöscht. Die Nummer bleibt gesperrt (ausgeschlossen, sofern sie nicht abgemeldet ist), damit sie nie wieder angeschrieben wird, wie es das Gesetz verlangt, und die Löschung wird protokolliert. Sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>--requested-at takes a date as YYYY-MM-DD.</source>
        <translation>--requested-at erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 was already erased on %2; nothing is left to erase.</source>
        <translation>%1 wurde bereits am %2 gelöscht; es gibt nichts mehr zu löschen.</translation>
    </message>
    <message>
        <source>erasing cannot be undone. Nothing personal is stored for %1; it would be excluded so that it is never texted, and the erasure logged. Add --yes to erase.</source>
        <translation>Löschen kann nicht rückgängig gemacht werden. Zu %1 sind keine personenbezogenen Daten gespeichert; die Nummer würde ausgeschlossen, damit sie nie angeschrieben wird, und die Löschung protokolliert. Fügen Sie --yes hinzu, um zu löschen.</translation>
    </message>
    <message>
        <source>erasing cannot be undone. It would delete the personal data of %1: %2. The number stays suppressed so that it is never texted again; the law requires it. Add --yes to erase.</source>
        <extracomment>%1 is the phone number, %2 the list of what would be deleted, joined as the language joins a list (the items are translated on their own, as list items: “the person in the address book and 1 consent history entry”).</extracomment>
        <translation>Löschen kann nicht rückgängig gemacht werden. Gelöscht würden die personenbezogenen Daten von %1: %2. Die Nummer bleibt gesperrt, damit sie nie wieder angeschrieben wird; das verlangt das Gesetz. Fügen Sie --yes hinzu, um zu löschen.</translation>
    </message>
    <message>
        <source>%1 was already erased on %2; nothing was left to erase. The number stays suppressed.</source>
        <translation>%1 wurde bereits am %2 gelöscht; es war nichts mehr zu löschen. Die Nummer bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Nothing personal was stored for %1; the erasure is logged.</source>
        <translation>Zu %1 waren keine personenbezogenen Daten gespeichert; die Löschung ist protokolliert.</translation>
    </message>
    <message>
        <source>Erased the personal data of %1: %2.</source>
        <translation>Personenbezogene Daten von %1 gelöscht: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Nachricht wird nicht gesendet.</numerusform>
            <numerusform>%n noch nicht gesendete Nachrichten werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number stays excluded so that it is never texted again; the law requires it.</source>
        <translation>Die Nummer bleibt ausgeschlossen, damit sie nie wieder angeschrieben wird; das verlangt das Gesetz.</translation>
    </message>
    <message>
        <source>The number stays unsubscribed so that it is never texted again; the law requires it.</source>
        <translation>Die Nummer bleibt abgemeldet, damit sie nie wieder angeschrieben wird; das verlangt das Gesetz.</translation>
    </message>
    <message>
        <source>It had been erased before, on %1.</source>
        <translation>Sie war bereits zuvor gelöscht worden, am %1.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln person(s)…</source>
        <translation>
            <numerusform>%L1 von %Ln Person…</numerusform>
            <numerusform>%L1 von %Ln Personen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n person(s) (%1 unsubscribed, %2 excluded, %3 without consent) in %L4 s.</source>
        <extracomment>%n is how many people were created; %1, %2 and %3 how many of them are unsubscribed, excluded and without consent; %L4 the seconds it took.</extracomment>
        <translation>
            <numerusform>%n Person erstellt (%1 abgemeldet, %2 ausgeschlossen, %3 ohne Einwilligung) in %L4 s.</numerusform>
            <numerusform>%n Personen erstellt (%1 abgemeldet, %2 ausgeschlossen, %3 ohne Einwilligung) in %L4 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A year of history: %n campaign(s); messages sent: %L1; opt-outs after a campaign: %L2.</source>
        <extracomment>%n is how many campaigns were made up, %L1 how many messages they sent, %L2 how many people opted out after one.</extracomment>
        <translation>
            <numerusform>Ein Jahr Verlauf: %n Kampagne; gesendete Nachrichten: %L1; Abmeldungen nach einer Kampagne: %L2.</numerusform>
            <numerusform>Ein Jahr Verlauf: %n Kampagnen; gesendete Nachrichten: %L1; Abmeldungen nach einer Kampagne: %L2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file, or a shared database: postgresql://user@server:5432/name (default: the app&apos;s own).</source>
        <translation>Die Datenbankdatei oder eine gemeinsame Datenbank: postgresql://benutzer@server:5432/name (Standard: die eigene Datei der App).</translation>
    </message>
    <message>
        <source>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, import-suppression, export, export-suppression, report dashboard|campaign ID|optouts|consent NUMBER, move-to DATABASE</source>
        <translation>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, import-suppression, export, export-suppression, report dashboard|campaign ID|optouts|consent NUMMER, move-to DATENBANK</translation>
    </message>
    <message>
        <source>move-to needs the database to move to, e.g. postgresql://shop@server:5432/textwell.</source>
        <translation>move-to braucht die Zieldatenbank, z. B. postgresql://laden@server:5432/textwell.</translation>
    </message>
    <message>
        <source>move-to needs another database than the one it moves from.</source>
        <translation>move-to braucht eine andere Datenbank als die, aus der verschoben wird.</translation>
    </message>
    <message>
        <source>Moved to %1; every table counted again there:</source>
        <translation>Nach %1 verschoben; dort ist jede Tabelle nachgezählt:</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message numerus="yes">
        <source>%L1 of %Ln row(s)…</source>
        <translation>
            <numerusform>%L1 von %Ln Zeile…</numerusform>
            <numerusform>%L1 von %Ln Zeilen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile…</numerusform>
            <numerusform>%Ln Zeilen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not column=field.</source>
        <translation>„%1“ hat nicht die Form Spalte=Feld.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns: %2.</source>
        <translation>Die Datei hat keine Spalte „%1“. Ihre Spalten: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field. Fields: %2.</source>
        <translation>„%1“ ist kein Feld. Felder: %2.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Choose the column with the phone numbers.</source>
        <translation>Wählen Sie die Spalte mit den Telefonnummern.</translation>
    </message>
    <message>
        <source>Name the custom field for %1.</source>
        <translation>Geben Sie dem eigenen Feld für %1 einen Namen.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to %3. Choose one of them.</source>
        <translation>%1 und %2 sind beide dem Feld %3 zugeordnet. Wählen Sie eine der beiden Spalten.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (wird in Vor- und Nachname geteilt)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Quelle der Einwilligung</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Nachweis der Einwilligung</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
</context>
<context>
    <name>ComplianceItemModel</name>
    <message numerus="yes">
        <source>%n business day(s) overdue</source>
        <translation>
            <numerusform>%n Werktag überfällig</numerusform>
            <numerusform>%n Werktage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Werktag</numerusform>
            <numerusform>%n Werktage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>wartet seit %n Tag</numerusform>
            <numerusform>wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Person or contact</source>
        <translation>Person oder Kontakt</translation>
    </message>
    <message>
        <source>Received or since</source>
        <translation>Eingegangen oder seit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
</context>
<context>
    <name>ComplianceItems</name>
    <message>
        <source>Opt-out request</source>
        <translation>Abmeldeanfrage</translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation>Antwort zu prüfen</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
</context>
<context>
    <name>ComplianceLoader</name>
    <message>
        <source>The request from %1 is recorded. Find the number and enter it by %2.</source>
        <translation>Die Anfrage von %1 ist erfasst. Suchen Sie die Nummer heraus und geben Sie sie bis %2 ein.</translation>
    </message>
    <message>
        <source>%1 is opted out as of the request.</source>
        <translation>%1 ist ab dem Zeitpunkt der Anfrage abgemeldet.</translation>
    </message>
    <message>
        <source>The request is closed: %1</source>
        <translation>Die Anfrage ist geschlossen: %1</translation>
    </message>
    <message>
        <source>%1 is asked to confirm by SMS.</source>
        <translation>%1 wird per SMS um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>%1 was already asked to confirm.</source>
        <translation>%1 wurde bereits um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>%1 has nothing to confirm.</source>
        <translation>%1 muss nichts bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked to confirm by SMS.</source>
        <translation>
            <numerusform>%n Person um Bestätigung per SMS gebeten.</numerusform>
            <numerusform>%n Personen um Bestätigung per SMS gebeten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Every country no other pack names</source>
        <translation>Alle Länder, die kein anderes Paket nennt</translation>
    </message>
    <message>
        <source>&amp;Record opt-out request…</source>
        <translation>Abmeldeanfrage &amp;erfassen…</translation>
    </message>
    <message>
        <source>E&amp;nter number…</source>
        <translation>&amp;Nummer eingeben…</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>Anfrage &amp;schließen…</translation>
    </message>
    <message>
        <source>Open in &amp;Inbox</source>
        <translation>Im &amp;Posteingang öffnen</translation>
    </message>
    <message>
        <source>Ask to confir&amp;m</source>
        <translation>&amp;Um Bestätigung bitten</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Rechtliches</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>The number of the person who asked: they are opted out as of the request.</source>
        <translation>Die Nummer der Person, die gefragt hat: Sie wird ab dem Zeitpunkt der Anfrage abgemeldet.</translation>
    </message>
    <message>
        <source>Close the request without an opt-out, saying why (e.g. no such customer).</source>
        <translation>Die Anfrage ohne Abmeldung schließen, mit Begründung (z. B. kein solcher Kunde).</translation>
    </message>
    <message>
        <source>Send the confirmation request: they reply YES to confirm their consent.</source>
        <translation>Die Bitte um Bestätigung senden: Mit der Antwort JA bestätigt die Person ihre Einwilligung.</translation>
    </message>
    <message>
        <source>Nothing is waiting. Opt-out requests that came by phone, e-mail, letter or in person, replies that may be opt-outs and people who have not confirmed their consent show here with their deadlines.</source>
        <translation>Keine offenen Punkte. Hier erscheinen mit ihren Fristen: Abmeldeanfragen, die per Telefon, E-Mail, Brief oder persönlich kamen, Antworten, die Abmeldungen sein könnten, und Personen, die ihre Einwilligung noch nicht bestätigt haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out request(s) to enter</source>
        <translation>
            <numerusform>%n Abmeldeanfrage einzutragen</numerusform>
            <numerusform>%n Abmeldeanfragen einzutragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n Antwort zu prüfen</numerusform>
            <numerusform>%n Antworten zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) awaiting confirmation too long</source>
        <translation>
            <numerusform>%n Person wartet zu lange auf Bestätigung</numerusform>
            <numerusform>%n Personen warten zu lange auf Bestätigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n most urgent are listed</source>
        <translation>
            <numerusform>die %n dringendste ist aufgeführt</numerusform>
            <numerusform>die %n dringendsten sind aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Nummer eingeben</translation>
    </message>
    <message>
        <source>The phone number of %1 (asked %2). It is opted out as of the request.</source>
        <translation>Die Telefonnummer von %1 (Anfrage vom %2). Sie wird ab dem Zeitpunkt der Anfrage abgemeldet.</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Anfrage schließen</translation>
    </message>
    <message>
        <source>Why is the request from %1 closed without an opt-out?</source>
        <translation>Warum wird die Anfrage von %1 ohne Abmeldung geschlossen?</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>kein solcher Kunde</translation>
    </message>
    <message>
        <source>Ask everyone not asked yet…</source>
        <translation>Alle noch nicht Gefragten bitten…</translation>
    </message>
    <message>
        <source>Send the confirmation request to everyone awaiting it who was never asked, however long they have been waiting.</source>
        <translation>Die Bestätigungsanfrage an alle senden, die auf Bestätigung warten und noch nie gefragt wurden, egal wie lange sie schon warten.</translation>
    </message>
    <message>
        <source>Ask to confirm</source>
        <translation>Um Bestätigung bitten</translation>
    </message>
    <message numerus="yes">
        <source>Send the confirmation request to %n person(s) awaiting confirmation who were never asked? They reply %1 to confirm; nothing else is sent to them until they do.</source>
        <translation>
            <numerusform>Die Bestätigungsanfrage an %n Person senden, die auf Bestätigung wartet und noch nie gefragt wurde? Sie bestätigt mit der Antwort %1; bis dahin bekommt sie nichts anderes.</numerusform>
            <numerusform>Die Bestätigungsanfrage an %n Personen senden, die auf Bestätigung warten und noch nie gefragt wurden? Sie bestätigen mit der Antwort %1; bis dahin bekommen sie nichts anderes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerHighlighter</name>
    <message>
        <source>Not in the GSM alphabet: the whole message is sent as Unicode.</source>
        <translation>Nicht im GSM-Alphabet: Die ganze Nachricht wird als Unicode gesendet.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <source>&amp;Replace with GSM look-alikes</source>
        <translation>Durch ähnliche GSM-Zeichen &amp;ersetzen</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Write your message, e.g. “Hello {first_name|there}, this week 20% off all haircuts. Book at 030 1234567.”</source>
        <translation>Schreiben Sie Ihre Nachricht, z. B. „Hallo {first_name|zusammen}, diese Woche 20 % auf alle Haarschnitte. Termine unter 030 1234567.“</translation>
    </message>
    <message>
        <source>Added to every marketing message; change its wording in Settings.</source>
        <translation>Wird an jede Werbenachricht angehängt; den Wortlaut ändern Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden a&amp;n:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Vorheriger Empfänger</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Nächster Empfänger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Everyone in the address book</source>
        <translation>Alle im Adressbuch</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>The segment&apos;s rules have a mistake: %1 Fix it on the Segments screen.</source>
        <translation>Die Regeln des Segments enthalten einen Fehler: %1 Beheben Sie ihn im Bereich „Segmente“.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters · %3 · %n SMS part(s)</source>
        <translation>
            <numerusform>%1: %2 Zeichen · %3 · %n SMS-Teil</numerusform>
            <numerusform>%1: %2 Zeichen · %3 · %n SMS-Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>These characters make the message Unicode (fewer characters per part): %1</source>
        <translation>Wegen dieser Zeichen wird die Nachricht als Unicode gesendet (weniger Zeichen pro Teil): %1</translation>
    </message>
    <message>
        <source>Your text already tells people how to opt out, so the opt-out line is not added a second time.</source>
        <translation>Ihr Text erklärt bereits, wie man sich abmeldet; der Abmeldehinweis wird daher nicht noch einmal angehängt.</translation>
    </message>
    <message>
        <source>Added automatically to every message, in the recipient&apos;s language.</source>
        <translation>Wird automatisch an jede Nachricht angehängt, in der Sprache des Empfängers.</translation>
    </message>
    <message>
        <source>Fix the mistakes above to see the length.</source>
        <translation>Beheben Sie die Fehler oben, um die Länge zu sehen.</translation>
    </message>
    <message>
        <source>Typical message</source>
        <translation>Typische Nachricht</translation>
    </message>
    <message>
        <source>Longest in this audience</source>
        <translation>Längste in dieser Zielgruppe</translation>
    </message>
    <message>
        <source>Set the price per SMS part in Settings to see the cost.</source>
        <translation>Legen Sie in den Einstellungen den Preis pro SMS-Teil fest, um die Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>(Fix the mistakes in the text to see the preview.)</source>
        <translation>(Beheben Sie die Fehler im Text, um die Vorschau zu sehen.)</translation>
    </message>
    <message>
        <source>No one in this audience will receive it; shown with the fallbacks.</source>
        <translation>In dieser Zielgruppe erhält niemand die Nachricht; Vorschau mit den Ersatzwerten.</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 von %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: %1 for %Ln recipient(s) at %2 per SMS part; up to %3 if every message is as long as the longest.</source>
        <translation>
            <numerusform>Geschätzte Kosten: %1 für %Ln Empfänger zu %2 pro SMS-Teil; bis zu %3, wenn jede Nachricht so lang ist wie die längste.</numerusform>
            <numerusform>Geschätzte Kosten: %1 für %Ln Empfänger zu %2 pro SMS-Teil; bis zu %3, wenn jede Nachricht so lang ist wie die längste.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Send now, schedule, or A/B test this message (%1)</source>
        <translation>Diese Nachricht jetzt senden, einplanen oder per A/B-Test prüfen (%1)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <source>The message has a mistake, marked in red under the text. Fix it first.</source>
        <translation>Die Nachricht enthält einen Fehler, rot markiert unter dem Text. Beheben Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The recipients are still being counted, or the segment has a mistake. Wait for the count, or fix the segment on the Segments screen.</source>
        <translation>Die Empfänger werden noch gezählt, oder das Segment enthält einen Fehler. Warten Sie auf die Zählung oder korrigieren Sie das Segment im Bereich „Segmente“.</translation>
    </message>
    <message>
        <source>The campaign was saved as a draft but not scheduled: %1</source>
        <translation>Die Kampagne wurde als Entwurf gespeichert, aber nicht geplant: %1</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Nachrichten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The campaign did not start: %1
It is kept as a draft on the Campaigns screen.</source>
        <translation>Die Kampagne ist nicht gestartet: %1
Sie bleibt als Entwurf im Bereich „Kampagnen“ erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The text is %Ln character(s) long; an SMS campaign allows at most %L1. Shorten it.</source>
        <extracomment>%Ln is the text&apos;s length, %L1 the most an SMS campaign allows.</extracomment>
        <translation>
            <numerusform>Der Text ist %Ln Zeichen lang; eine SMS-Kampagne erlaubt höchstens %L1. Kürzen Sie ihn.</numerusform>
            <numerusform>Der Text ist %Ln Zeichen lang; eine SMS-Kampagne erlaubt höchstens %L1. Kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Ask them to confirm in Compliance.</source>
        <translation>Bitten Sie sie unter „Rechtliches“ um Bestätigung.</translation>
    </message>
    <message>
        <source>No one in the address book matches “%1”.</source>
        <translation>Im Adressbuch passt niemand zu „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No one in “%1” can receive this message now; all %2 who match are left out (%3).</source>
        <translation>Niemand in „%1“ kann diese Nachricht jetzt erhalten; alle %2 passenden Personen werden ausgelassen (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will receive it; %1 in the segment are left out (unsubscribed, excluded, without consent, awaiting confirmation by SMS, not a mobile or at their message limit). Quiet hours and the message limit are checked again for each person at the moment of sending.</source>
        <translation>
            <numerusform>%Ln Person erhält die Nachricht; %1 im Segment werden ausgelassen (abgemeldet, ausgeschlossen, ohne Einwilligung, noch nicht per SMS bestätigt, keine Mobilnummer oder am Nachrichtenlimit). Ruhezeiten und Nachrichtenlimit werden beim Senden für jede Person erneut geprüft.</numerusform>
            <numerusform>%Ln Personen erhalten die Nachricht; %1 im Segment werden ausgelassen (abgemeldet, ausgeschlossen, ohne Einwilligung, noch nicht per SMS bestätigt, keine Mobilnummer oder am Nachrichtenlimit). Ruhezeiten und Nachrichtenlimit werden beim Senden für jede Person erneut geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>ConditionValueEdit</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>e.g. %1, %2</source>
        <translation>z. B. %1, %2</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>mehrere: durch Kommas trennen</translation>
    </message>
    <message>
        <source>en, ru or de; several separated by commas</source>
        <translation>en, ru oder de; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
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
    <message>
        <source>This copy of Textwell cannot reach a shared database: its PostgreSQL driver is missing. Reinstall Textwell.</source>
        <translation>Diese Textwell-Installation kann keine gemeinsame Datenbank erreichen: Ihr PostgreSQL-Treiber fehlt. Installieren Sie Textwell neu.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database %1: %2</source>
        <translation>Die gemeinsame Datenbank %1 ist nicht erreichbar: %2</translation>
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
        <source>SMS reply in words</source>
        <translation>SMS-Antwort in Worten</translation>
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
    <message>
        <source>join by SMS</source>
        <translation>Anmeldung per SMS</translation>
    </message>
    <message>
        <source>confirmed by SMS reply</source>
        <translation>per SMS-Antwort bestätigt</translation>
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
    <name>ConsentRecordReport</name>
    <message>
        <source>Consent record: %1</source>
        <translation>Einwilligungsnachweis: %1</translation>
    </message>
    <message>
        <source>Everything recorded up to %1</source>
        <translation>Alles, was bis %1 erfasst wurde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Not in the address book</source>
        <translation>Nicht im Adressbuch</translation>
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
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Not sent marketing: no consent is recorded.</source>
        <translation>Keine Werbung gesendet: Es ist keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Where the number stands</source>
        <translation>Stand der Nummer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Nothing is recorded for this number.</source>
        <translation>Zu dieser Nummer ist nichts erfasst.</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personendaten gelöscht</translation>
    </message>
    <message>
        <source>At the person&apos;s request their personal data was erased; the number stays on the suppression list so that it is never sent marketing again.</source>
        <translation>Auf Wunsch der Person wurden ihre personenbezogenen Daten gelöscht; die Nummer bleibt auf der Sperrliste, damit sie nie wieder Werbung erhält.</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The history is append-only: entries are never changed or deleted, except when a person&apos;s data is erased at their request.</source>
        <translation>Der Verlauf wird nur ergänzt: Einträge werden nie geändert oder gelöscht, außer wenn die Daten einer Person auf ihren Wunsch gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>no SMS</source>
        <comment>a tag: the number is unsubscribed or excluded</comment>
        <translation>keine SMS</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Unsubscribed or excluded: no message goes to this number.</source>
        <translation>Abgemeldet oder ausgeschlossen: An diese Nummer gehen keine Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <comment>the lower end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (von)</translation>
    </message>
    <message>
        <source>%1 (to)</source>
        <comment>the upper end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (bis)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Give the field a name.</source>
        <translation>Geben Sie dem Feld einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is already a standard field.</source>
        <translation>„%1“ ist bereits ein Standardfeld.</translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation>Es gibt kein eigenes Feld „%1“.</translation>
    </message>
    <message>
        <source>A field name cannot contain control characters.</source>
        <translation>Ein Feldname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A field name cannot contain the character %1.</source>
        <translation>Ein Feldname darf das Zeichen %1 nicht enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Der Name ist zu lang: höchstens %Ln Zeichen.</numerusform>
            <numerusform>Der Name ist zu lang: höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFormats</name>
    <message>
        <source>%1 pp</source>
        <comment>a change in percentage points: +0.4 pp</comment>
        <translation>%1 Pp.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Benchmarks…</source>
        <translation>&amp;Richtwerte…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>One point per day, week or month; automatic picks by the length of the span</source>
        <translation>Ein Punkt pro Tag, Woche oder Monat; „Automatisch“ wählt nach der Länge des Zeitraums</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Wessen Zahlen</translation>
    </message>
    <message>
        <source>The figures of everyone, or only of the people a saved segment matches now</source>
        <translation>Die Zahlen aller Personen oder nur der Personen, auf die ein gespeichertes Segment jetzt passt</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Zahlen werden berechnet…</translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation>Zahlen werden berechnet</translation>
    </message>
    <message>
        <source>The typical unsubscribe rate and the alert level the chart compares with</source>
        <translation>Die übliche Abmeldequote und die Warnschwelle, mit denen das Diagramm vergleicht</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Warnung schließen</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Aktive Abonnenten</translation>
    </message>
    <message>
        <source>People you may send marketing to now: with a recorded consent, not unsubscribed and not excluded.</source>
        <translation>Personen, denen Sie jetzt Werbung senden dürfen: mit erfasster Einwilligung, nicht abgemeldet und nicht ausgeschlossen.</translation>
    </message>
    <message>
        <source>Unsubscribe rate, last 30 days</source>
        <translation>Abmeldequote, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Opt-outs after the campaigns started in the last 30 days, per message they delivered (or sent, where the gateway reports no deliveries).</source>
        <translation>Abmeldungen nach den Kampagnen der letzten 30 Tage, pro zugestellter Nachricht (oder gesendeter, wenn das Gateway keine Zustellungen meldet).</translation>
    </message>
    <message>
        <source>Opt-outs this week</source>
        <translation>Abmeldungen diese Woche</translation>
    </message>
    <message>
        <source>Everyone who unsubscribed since the start of this week, however they did.</source>
        <translation>Alle, die sich seit Beginn dieser Woche abgemeldet haben, egal auf welchem Weg.</translation>
    </message>
    <message>
        <source>Delivery rate, last 30 days</source>
        <translation>Zustellquote, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Messages delivered to the phone per message sent, over the campaigns of the last 30 days whose gateway reports deliveries.</source>
        <translation>Auf dem Telefon zugestellte Nachrichten pro gesendeter Nachricht, über die Kampagnen der letzten 30 Tage, deren Gateway Zustellungen meldet.</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Warum sich Personen abgemeldet haben</translation>
    </message>
    <message>
        <source>Nobody unsubscribed in these days.</source>
        <translation>In diesen Tagen hat sich niemand abgemeldet.</translation>
    </message>
    <message>
        <source>Click a bar to see who gave this reason</source>
        <translation>Klicken Sie auf einen Balken, um zu sehen, wer diesen Grund angegeben hat</translation>
    </message>
    <message>
        <source>How people left</source>
        <translation>Wie Personen gegangen sind</translation>
    </message>
    <message>
        <source>Nobody left in these days.</source>
        <translation>In diesen Tagen ist niemand gegangen.</translation>
    </message>
    <message>
        <source>Click a bar to see who left this way</source>
        <translation>Klicken Sie auf einen Balken, um zu sehen, wer auf diesem Weg gegangen ist</translation>
    </message>
    <message>
        <source>Campaigns in these days</source>
        <translation>Kampagnen in diesen Tagen</translation>
    </message>
    <message>
        <source>Double-click a campaign to see who left after it.</source>
        <translation>Doppelklicken Sie auf eine Kampagne, um zu sehen, wer danach gegangen ist.</translation>
    </message>
    <message>
        <source>Send your first campaign and its figures appear here</source>
        <translation>Senden Sie Ihre erste Kampagne, dann erscheinen hier ihre Zahlen</translation>
    </message>
    <message>
        <source>Once your customers are in the address book and a campaign has gone out, this screen shows how many people you can reach, how many unsubscribe after each campaign and why, who joined and who left, and how your rate compares with what is typical for SMS marketing. Click any point or bar to see the people behind it.</source>
        <translation>Sobald Ihre Kundinnen und Kunden im Adressbuch sind und eine Kampagne rausgegangen ist, zeigt diese Übersicht, wie viele Personen Sie erreichen können, wie viele sich nach jeder Kampagne abmelden und warum, wer dazugekommen und wer gegangen ist und wie Ihre Quote im Vergleich zu üblichen Werten im SMS-Marketing liegt. Klicken Sie auf einen Punkt oder Balken, um die Personen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>Open &amp;Compose</source>
        <translation>Nachricht &amp;verfassen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The dashboard could not be worked out: %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No campaigns started in these days</source>
        <translation>Keine Kampagnen in diesen Tagen gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) in these days</source>
        <translation>
            <numerusform>%Ln Kampagne in diesen Tagen</numerusform>
            <numerusform>%Ln Kampagnen in diesen Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody can be sent marketing yet: add people with their consent.</source>
        <translation>Noch niemand darf Werbung erhalten: Fügen Sie Personen mit ihrer Einwilligung hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>No change in %n week(s)</source>
        <translation>
            <numerusform>Keine Änderung in %n Woche</numerusform>
            <numerusform>Keine Änderung in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n week(s)</source>
        <translation>
            <numerusform>%1 in %n Woche</numerusform>
            <numerusform>%1 in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People you could reach at the end of each of the last %n week(s).</source>
        <translation>
            <numerusform>Erreichbare Personen am Ende jeder der letzten %n Woche.</numerusform>
            <numerusform>Erreichbare Personen am Ende jeder der letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns in the last 30 days</source>
        <translation>Keine Kampagnen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>No campaigns in the 30 days before to compare with</source>
        <translation>Keine Kampagnen in den 30 Tagen davor zum Vergleich</translation>
    </message>
    <message>
        <source>%1 against the 30 days before (%2)</source>
        <translation>%1 gegenüber den 30 Tagen davor (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The unsubscribe rate week by week over the last %n week(s); gaps are weeks without campaigns.</source>
        <translation>
            <numerusform>Die Abmeldequote Woche für Woche über die letzte %n Woche; Lücken sind Wochen ohne Kampagnen.</numerusform>
            <numerusform>Die Abmeldequote Woche für Woche über die letzten %n Wochen; Lücken sind Wochen ohne Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <comment>since Monday, 7 December 2026</comment>
        <translation>Seit %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Opt-outs in each of the last %n week(s).</source>
        <translation>
            <numerusform>Abmeldungen in jeder der letzten %n Woche.</numerusform>
            <numerusform>Abmeldungen in jeder der letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gateway sent no delivery reports in the last 30 days</source>
        <translation>Ihr Gateway hat in den letzten 30 Tagen keine Zustellberichte gesendet</translation>
    </message>
    <message numerus="yes">
        <source>The delivery rate week by week over the last %n week(s).</source>
        <translation>
            <numerusform>Die Zustellquote Woche für Woche über die letzte %n Woche.</numerusform>
            <numerusform>Die Zustellquote Woche für Woche über die letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaigns started %1 lost %2 of the people they reached, above your alert level of %3. Too many messages, or messages that do not interest these people, are the usual causes.</source>
        <translation>Die im Zeitraum %1 gestarteten Kampagnen haben %2 der erreichten Personen verloren – mehr als Ihre Warnschwelle von %3. Meist liegt es an zu vielen Nachrichten oder an Nachrichten, die diese Personen nicht interessieren.</translation>
    </message>
    <message>
        <source>Show the campaigns</source>
        <translation>Kampagnen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n campaign(s) started %1.</source>
        <translation>
            <numerusform>Angezeigt: %n Kampagne aus dem Zeitraum %1.</numerusform>
            <numerusform>Angezeigt: %n Kampagnen aus dem Zeitraum %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>People who opted out after “%1”</source>
        <translation>Personen, die sich nach „%1“ abgemeldet haben</translation>
    </message>
    <message numerus="yes">
        <source>People who opted out after the %n campaign(s) started %1</source>
        <translation>
            <numerusform>Personen, die sich nach %n Kampagne aus dem Zeitraum %1 abgemeldet haben</numerusform>
            <numerusform>Personen, die sich nach %n Kampagnen aus dem Zeitraum %1 abgemeldet haben</numerusform>
        </translation>
    </message>
    <message>
        <source>People who opted out from %1 to %2, reason: %3</source>
        <translation>Personen, die sich vom %1 bis %2 abgemeldet haben, Grund: %3</translation>
    </message>
    <message>
        <source>People who opted out or were excluded from %1 to %2, how: %3</source>
        <translation>Abgemeldete oder ausgeschlossene Personen vom %1 bis %2, Weg: %3</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln message(s) arrived</source>
        <extracomment>%L1 is how many messages were delivered, %Ln how many were sent.</extracomment>
        <translation>
            <numerusform>%L1 von %Ln Nachricht angekommen</numerusform>
            <numerusform>%L1 von %Ln Nachrichten angekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>&amp;Personen:</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from – to</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>+%1 pt vs previous 30 days</source>
        <comment>percentage points</comment>
        <translation>+%1 Pp. gegenüber den 30 Tagen davor</translation>
    </message>
    <message>
        <source>−%1 pt vs previous 30 days</source>
        <comment>percentage points</comment>
        <translation>−%1 Pp. gegenüber den 30 Tagen davor</translation>
    </message>
    <message>
        <source>same as the previous 30 days</source>
        <translation>wie in den 30 Tagen davor</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Abmeldequote</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Häufigster Grund</translation>
    </message>
    <message>
        <source>Unsubscribe report</source>
        <translation>Abmeldebericht</translation>
    </message>
    <message>
        <source>Unsubscribe report: %1</source>
        <translation>Abmeldebericht: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Aktive Abonnenten</translation>
    </message>
    <message>
        <source>Unsubscribe rate, last 30 days</source>
        <translation>Abmeldequote, letzte 30 Tage</translation>
    </message>
    <message>
        <source>no campaigns in the last 30 days</source>
        <translation>keine Kampagnen in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Opt-outs this week</source>
        <translation>Abmeldungen diese Woche</translation>
    </message>
    <message>
        <source>Delivery rate, last 30 days</source>
        <translation>Zustellquote, letzte 30 Tage</translation>
    </message>
    <message>
        <source>no delivery reports in the last 30 days</source>
        <translation>keine Zustellberichte in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Alert: in %1 the unsubscribe rate was %2, above the alert threshold of %3.</source>
        <translation>Warnung: Im Zeitraum %1 lag die Abmeldequote bei %2, über der Warnschwelle von %3.</translation>
    </message>
    <message>
        <source>Unsubscribe rate over time</source>
        <translation>Abmeldequote im Zeitverlauf</translation>
    </message>
    <message>
        <source>Unsubscribe rate of the campaigns started in each period</source>
        <translation>Abmeldequote der in jedem Zeitraum gestarteten Kampagnen</translation>
    </message>
    <message>
        <source>typical %1–%2</source>
        <translation>üblich %1–%2</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Abmeldequote</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Messages</source>
        <comment>delivered or sent</comment>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <comment>attributed to the period&apos;s campaigns</comment>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>All opt-outs</source>
        <comment>recorded in the period</comment>
        <translation>Alle Abmeldungen</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Warum sich Personen abgemeldet haben</translation>
    </message>
    <message>
        <source>Nobody unsubscribed in this period.</source>
        <translation>In diesem Zeitraum hat sich niemand abgemeldet.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>How people left</source>
        <translation>Wie Personen gegangen sind</translation>
    </message>
    <message>
        <source>Nobody unsubscribed or was excluded in this period.</source>
        <translation>In diesem Zeitraum hat sich niemand abgemeldet und niemand wurde ausgeschlossen.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Subscribers gained and lost</source>
        <translation>Gewonnene und verlorene Abonnenten</translation>
    </message>
    <message>
        <source>No campaign started in this period.</source>
        <translation>In diesem Zeitraum wurde keine Kampagne gestartet.</translation>
    </message>
</context>
<context>
    <name>DashboardSettings</name>
    <message>
        <source>Rates must lie between 0 % and 100 %.</source>
        <translation>Quoten müssen zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The typical band&apos;s low end must not be above its high end.</source>
        <translation>Der untere Wert des üblichen Bereichs darf nicht über dem oberen liegen.</translation>
    </message>
    <message>
        <source>The alert threshold must be above 0 %.</source>
        <translation>Die Warnschwelle muss über 0 % liegen.</translation>
    </message>
</context>
<context>
    <name>DashboardSettingsDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Richtwerte</translation>
    </message>
    <message>
        <source>Typical unsubscribe rate, low end</source>
        <translation>Übliche Abmeldequote, unterer Wert</translation>
    </message>
    <message>
        <source>Typical unsubscribe rate, high end</source>
        <translation>Übliche Abmeldequote, oberer Wert</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>The unsubscribe rate chart shades the band that is typical for SMS marketing and warns you when a campaign&apos;s rate goes above the alert level. These values are shared by every desk.</source>
        <translation>Das Diagramm der Abmeldequote hebt den im SMS-Marketing üblichen Bereich hervor und warnt Sie, wenn die Quote einer Kampagne über der Warnschwelle liegt. Diese Werte gelten für alle Arbeitsplätze.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>typical band: 0.5 % to 2 %</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Typical band:</source>
        <translation>&amp;Üblicher Bereich:</translation>
    </message>
    <message>
        <source>&amp;Alert above:</source>
        <translation>&amp;Warnung ab:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>0.5 % to 2 %, alert above 2 %: common for SMS marketing</source>
        <translation>0,5 % bis 2 %, Warnung ab 2 %: üblich im SMS-Marketing</translation>
    </message>
    <message>
        <source>The benchmarks could not be saved: %1</source>
        <translation>Die Richtwerte konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://user@server:5432/database.</source>
        <translation>„%1“ ist keine Serveradresse. Schreiben Sie sie als postgresql://benutzer@server:5432/datenbank.</translation>
    </message>
    <message>
        <source>The address of a shared database must not contain its password. Enter the password when Textwell asks for it; it is kept in the keychain.</source>
        <translation>Die Adresse einer gemeinsamen Datenbank darf ihr Passwort nicht enthalten. Geben Sie das Passwort ein, wenn Textwell danach fragt; es wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>No database file is named.</source>
        <translation>Es ist keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>Enter the address of the database server.</source>
        <translation>Geben Sie die Adresse des Datenbankservers ein.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter the user name Textwell signs in with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem sich Textwell anmeldet.</translation>
    </message>
    <message>
        <source>“%1” on %2:%3</source>
        <translation>„%1“ auf %2:%3</translation>
    </message>
</context>
<context>
    <name>DatabaseMover</name>
    <message>
        <source>The database to move to is not empty: it already holds an address book or its history (%1 rows in “%2”). Choose a new, empty database; nothing was changed.</source>
        <translation>Die Zieldatenbank ist nicht leer: Sie enthält bereits ein Adressbuch oder dessen Verlauf (%1 Zeilen in „%2“). Wählen Sie eine neue, leere Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The copy of “%1” has %2 rows instead of %3. Nothing was moved.</source>
        <translation>Die Kopie von „%1“ hat %2 statt %3 Zeilen. Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>The table “%1” could not be read.</source>
        <translation>Die Tabelle „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Copying “%1” failed: %2</source>
        <translation>Das Kopieren von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The move was cancelled. Nothing was moved.</source>
        <translation>Das Verschieben wurde abgebrochen. Es wurde nichts verschoben.</translation>
    </message>
</context>
<context>
    <name>DecodedTextStream</name>
    <message>
        <source>There is no file to read.</source>
        <translation>Es gibt keine Datei zum Lesen.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file became shorter while it was read (%L1 of %L2 byte(s)). Import it again once it is complete.</source>
        <extracomment>%L1 is how many bytes were read, %L2 the size of the file in bytes.</extracomment>
        <translation>
            <numerusform>Die Datei ist beim Lesen kürzer geworden (%L1 von %L2 Byte). Importieren Sie sie erneut, wenn sie vollständig ist.</numerusform>
            <numerusform>Die Datei ist beim Lesen kürzer geworden (%L1 von %L2 Bytes). Importieren Sie sie erneut, wenn sie vollständig ist.</numerusform>
        </translation>
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
    <name>DelimitedReader</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Row %1 is longer than 1 MB: a quotation mark opened in this row is probably never closed.</source>
        <translation>Zeile %1 ist länger als 1 MB: Ein Anführungszeichen, das in dieser Zeile beginnt, wird wahrscheinlich nie geschlossen.</translation>
    </message>
    <message>
        <source>Row %1 is longer than 1 MB: this does not look like a file of rows and columns.</source>
        <translation>Zeile %1 ist länger als 1 MB: Das sieht nicht nach einer Datei mit Zeilen und Spalten aus.</translation>
    </message>
    <message>
        <source>Row %1: a quotation mark opened in this row is never closed.</source>
        <translation>Zeile %1: Ein Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen.</translation>
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
    <name>DemoDatabaseJob</name>
    <message>
        <source>The demo database could not be put at “%1”.</source>
        <translation>Die Demo-Datenbank konnte nicht unter „%1“ angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Another Textwell (process %1 on %2) is sending from this database; it sends what is due.</source>
        <translation>Ein anderes Textwell (Prozess %1 auf %2) sendet bereits aus dieser Datenbank; es sendet, was fällig ist.</translation>
    </message>
    <message>
        <source>Unsubscribed at the carrier (gateway error %1)</source>
        <translation>Beim Netzbetreiber abgemeldet (Gateway-Fehler %1)</translation>
    </message>
    <message>
        <source>%1 Trying again at %2.</source>
        <translation>%1 Neuer Versuch um %2.</translation>
    </message>
    <message>
        <source>Textwell stopped while this message was being sent.</source>
        <translation>Textwell wurde beendet, während diese Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 Whether it went out is not known yet; Textwell asks the gateway before doing anything else with it.</source>
        <translation>%1 Ob sie hinausging, ist noch nicht bekannt; Textwell fragt das Gateway, bevor etwas anderes mit ihr geschieht.</translation>
    </message>
    <message>
        <source>%1 It may or may not have gone out, so it is not sent again by itself: check with your gateway or the recipient.</source>
        <translation>%1 Sie ist vielleicht hinausgegangen, vielleicht nicht; deshalb wird sie nicht von selbst erneut gesendet: Fragen Sie beim Gateway oder beim Empfänger nach.</translation>
    </message>
    <message>
        <source>The gateway could not say whether this message went out. It is not sent again by itself: check with your gateway or the recipient.</source>
        <translation>Das Gateway konnte nicht sagen, ob diese Nachricht hinausging. Sie wird nicht von selbst erneut gesendet: Fragen Sie beim Gateway oder beim Empfänger nach.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
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
    <name>EraseDialog</name>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personendaten löschen</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Personendaten von %1 löschen?</translation>
    </message>
    <message>
        <source>Do this when the person asks you to delete their data. Textwell then deletes:</source>
        <translation>Tun Sie dies, wenn die Person die Löschung ihrer Daten verlangt. Textwell löscht dann:</translation>
    </message>
    <message>
        <source>their entry in the address book: name, city, birthday, tags, custom fields and notes</source>
        <translation>ihren Eintrag im Adressbuch: Name, Stadt, Geburtstag, Tags, eigene Felder und Notizen</translation>
    </message>
    <message numerus="yes">
        <source>the %n reply(ies) received from this number</source>
        <translation>
            <numerusform>die %n Antwort, die von dieser Nummer kam</numerusform>
            <numerusform>die %n Antworten, die von dieser Nummer kamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the texts of the %n message(s) sent to it (the campaigns&apos; figures still count them)</source>
        <translation>
            <numerusform>den Text der %n an sie gesendeten Nachricht (die Zahlen der Kampagnen zählen sie weiterhin)</numerusform>
            <numerusform>die Texte der %n an sie gesendeten Nachrichten (die Zahlen der Kampagnen zählen sie weiterhin)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the consent history, with their sources and proof</source>
        <translation>
            <numerusform>%n Eintrag im Einwilligungsverlauf, mit Quelle und Nachweis</numerusform>
            <numerusform>%n Einträge im Einwilligungsverlauf, mit Quellen und Nachweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sources, proof, reasons and notes of the %n history entry(ies) that are kept</source>
        <translation>
            <numerusform>Quelle, Nachweis, Grund und Notizen des %n Verlaufseintrags, der erhalten bleibt</numerusform>
            <numerusform>Quellen, Nachweise, Gründe und Notizen der %n Verlaufseinträge, die erhalten bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet: they will not be sent</source>
        <translation>
            <numerusform>%n noch nicht gesendete Nachricht: Sie wird nicht gesendet</numerusform>
            <numerusform>%n noch nicht gesendete Nachrichten: Sie werden nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>Was erhalten bleibt und warum</translation>
    </message>
    <message>
        <source>The number stays on the suppression list so this person is never texted again; the law requires it. It keeps only the dates it unsubscribed or was excluded.</source>
        <translation>Die Nummer bleibt auf der Sperrliste, damit diese Person nie wieder angeschrieben wird; das verlangt das Gesetz. Gespeichert bleiben nur die Daten, an denen sie sich abgemeldet hat oder ausgeschlossen wurde.</translation>
    </message>
    <message>
        <source>It is excluded now, with the note “%1”.</source>
        <translation>Sie wird jetzt ausgeschlossen, mit der Notiz „%1“.</translation>
    </message>
    <message>
        <source>The erasure itself is logged: when the person asked, when it was done and by whom.</source>
        <translation>Die Löschung selbst wird protokolliert: wann die Person sie verlangt hat, wann sie erfolgt ist und durch wen.</translation>
    </message>
    <message>
        <source>e.g. by e-mail (no personal details here)</source>
        <translation>z. B. per E-Mail (keine persönlichen Angaben hier)</translation>
    </message>
    <message>
        <source>The person &amp;asked on:</source>
        <translation>Die Person hat &amp;angefragt am:</translation>
    </message>
    <message>
        <source>&amp;How they asked:</source>
        <translation>&amp;Wie sie angefragt hat:</translation>
    </message>
    <message>
        <source>This cannot be undone, not even with Undo: the Undo history is cleared as well, so nothing can bring the data back.</source>
        <translation>Dies kann nicht rückgängig gemacht werden, auch nicht mit „Rückgängig“: Der Verlauf zum Rückgängigmachen wird ebenfalls geleert, sodass nichts die Daten zurückbringen kann.</translation>
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
    <name>ExportCommands</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>export: the CSV delimiter: , ; or tab (default ,); import: , ; tab or | (default: detected).</source>
        <translation>export: das CSV-Trennzeichen: , ; oder tab (Standard ,); import: , ; tab oder | (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>export: start the CSV with a UTF-8 byte order mark, for Excel.</source>
        <translation>export: die CSV-Datei mit einer UTF-8-Bytereihenfolge-Markierung (BOM) beginnen, für Excel.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export braucht --out DATEI.</translation>
    </message>
    <message>
        <source>--format takes csv or xlsx.</source>
        <translation>--format erwartet csv oder xlsx.</translation>
    </message>
    <message>
        <source>--delimiter and --bom are for CSV files only.</source>
        <translation>--delimiter und --bom gelten nur für CSV-Dateien.</translation>
    </message>
    <message>
        <source>--delimiter takes , ; or tab.</source>
        <translation>--delimiter erwartet , ; oder tab.</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options; see --help.</source>
        <translation>export nimmt außer seinen Optionen keine Argumente; siehe --help.</translation>
    </message>
    <message>
        <source>give either --segment NAME or --rule JSON, not both.</source>
        <translation>geben Sie entweder --segment NAME oder --rule JSON an, nicht beides.</translation>
    </message>
    <message>
        <source>export takes either a segment (--segment, --rule) or a filter (--status, --search), not both.</source>
        <translation>export nimmt entweder ein Segment (--segment, --rule) oder einen Filter (--status, --search), nicht beides.</translation>
    </message>
    <message>
        <source>--status takes subscribed, no_consent, unsubscribed or excluded.</source>
        <translation>--status erwartet subscribed, no_consent, unsubscribed oder excluded.</translation>
    </message>
    <message>
        <source>export-suppression takes no arguments besides its options; see --help.</source>
        <translation>export-suppression nimmt außer seinen Optionen keine Argumente; siehe --help.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) of the suppression list to %1.</source>
        <translation>
            <numerusform>%n Nummer der Sperrliste nach %1 exportiert.</numerusform>
            <numerusform>%n Nummern der Sperrliste nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>%n Person nach %1 exportiert.</numerusform>
            <numerusform>%n Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>export, report: the file to write.</source>
        <translation>export, report: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>export: csv or xlsx; report: csv, xlsx or pdf (default: from the --out file&apos;s extension).</source>
        <translation>export: csv oder xlsx; report: csv, xlsx oder pdf (Standard: nach der Endung der --out-Datei).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A saved &amp;segment:</source>
        <translation>Ein gespeichertes &amp;Segment:</translation>
    </message>
    <message>
        <source>The s&amp;uppression list: every unsubscribed or excluded number</source>
        <translation>Die Sperr&amp;liste: jede abgemeldete oder ausgeschlossene Nummer</translation>
    </message>
    <message>
        <source>&amp;CSV, for any spreadsheet or program</source>
        <translation>&amp;CSV, für jede Tabellenkalkulation und jedes Programm</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (XLSX)</source>
        <translation>&amp;Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>CSV-Optionen</translation>
    </message>
    <message>
        <source>Add a &amp;BOM for Excel (it then shows ü, ß and Cyrillic letters right)</source>
        <translation>&amp;BOM für Excel hinzufügen (dann zeigt Excel ü, ß und kyrillische Buchstaben richtig an)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>&amp;Everyone in the address book</source>
        <translation>&amp;Alle im Adressbuch</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Everyone in the address book (%Ln person(s))</source>
        <translation>
            <numerusform>&amp;Alle im Adressbuch (%Ln Person)</numerusform>
            <numerusform>&amp;Alle im Adressbuch (%Ln Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Noch keine gespeicherten Segmente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), as Excel in most of Europe expects</source>
        <translation>Semikolon ( ; ), wie Excel es in den meisten Ländern Europas erwartet</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln number(s) of the suppression list to %1.</source>
        <translation>
            <numerusform>%Ln Nummer der Sperrliste nach %1 exportiert.</numerusform>
            <numerusform>%Ln Nummern der Sperrliste nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>%Ln Person nach %1 exportiert.</numerusform>
            <numerusform>%Ln Personen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Wird exportiert… %L1 von %Ln Zeile</numerusform>
            <numerusform>Wird exportiert… %L1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The people s&amp;hown now (%1): %Ln person(s)</source>
        <translation>
            <numerusform>Die jetzt an&amp;gezeigten Personen (%1): %Ln Person</numerusform>
            <numerusform>Die jetzt an&amp;gezeigten Personen (%1): %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The people s&amp;hown now (no search or filter is set)</source>
        <translation>Die jetzt an&amp;gezeigten Personen (keine Suche und kein Filter gesetzt)</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Geben Sie den Namen der Exportdatei an.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation>%1 kann nicht geschrieben werden: Das ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: Den Ordner %2 gibt es nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Ordner. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the Textwell database itself. Choose another file name.</source>
        <translation>%1 kann nicht geschrieben werden: Das ist die Textwell-Datenbank selbst. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written completely, so nothing was saved. Free some space or choose another drive.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht vollständig geschrieben werden, daher wurde nichts gespeichert. Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and this export has %L1. Export to CSV instead, or export a smaller part.</source>
        <extracomment>%Ln is the most rows a sheet holds, %L1 how many rows the export has.</extracomment>
        <translation>
            <numerusform>Ein Excel-Tabellenblatt fasst höchstens %Ln Zeile, dieser Export hat %L1. Exportieren Sie stattdessen als CSV oder exportieren Sie einen kleineren Teil.</numerusform>
            <numerusform>Ein Excel-Tabellenblatt fasst höchstens %Ln Zeilen, dieser Export hat %L1. Exportieren Sie stattdessen als CSV oder exportieren Sie einen kleineren Teil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExportGateway</name>
    <message>
        <source>Choose the file the messages are exported to.</source>
        <translation>Wählen Sie die Datei, in die die Nachrichten exportiert werden.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>„%1“ ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write the export file “%1”: %2</source>
        <translation>Die Exportdatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing to “%1” failed: %2</source>
        <translation>Schreiben in „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Welcome to Textwell</source>
        <translation>Willkommen bei Textwell</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Später ein&amp;richten</translation>
    </message>
    <message>
        <source>Store nothing now; this assistant comes back the next time Textwell starts.</source>
        <translation>Jetzt nichts speichern; dieser Assistent erscheint beim nächsten Start von Textwell wieder.</translation>
    </message>
    <message>
        <source>%1 The %2 is used until Textwell closes and asked for again next time.</source>
        <translation>%1 Das %2 wird bis zum Schließen von Textwell verwendet und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>FirstRunBusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>e.g. Salon Anna</source>
        <translation>z. B. Salon Anna</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>Replies to your customers start with it (“Salon Anna: You are unsubscribed.”), and the opt-out line can start with it.</source>
        <translation>Antworten an Ihre Kunden beginnen damit („Salon Anna: Sie sind abgemeldet.“), und auch der Abmeldehinweis kann damit beginnen.</translation>
    </message>
    <message>
        <source>&amp;Country of your numbers:</source>
        <translation>&amp;Land Ihrer Nummern:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</source>
        <translation>Nummern ohne Ländervorwahl, etwa „0171 1234567“, gelten als Nummern dieses Landes.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Ze&amp;itzone:</translation>
    </message>
    <message>
        <source>No message goes out during quiet hours (%1) in a customer&apos;s own time. When neither their time zone nor their country is known, this clock counts.</source>
        <translation>Während der Ruhezeiten (%1) in der Ortszeit des Kunden wird keine Nachricht gesendet. Sind weder seine Zeitzone noch sein Land bekannt, gilt diese Zeitzone.</translation>
    </message>
    <message>
        <source>Lan&amp;guage for people without one:</source>
        <translation>&amp;Sprache für Personen ohne Angabe:</translation>
    </message>
    <message>
        <source>Replies and the opt-out line are written in each customer&apos;s language; this one is for customers whose language is not known.</source>
        <translation>Antworten und der Abmeldehinweis erscheinen in der Sprache des jeweiligen Kunden; diese hier gilt für Kunden, deren Sprache nicht bekannt ist.</translation>
    </message>
    <message>
        <source>Type the name of your business, as your customers know it.</source>
        <translation>Geben Sie den Namen Ihres Unternehmens ein, wie Ihre Kunden ihn kennen.</translation>
    </message>
    <message>
        <source>Shared by everyone who uses this database. Your customers see the name; the country decides how numbers without a country code are read.</source>
        <translation>Gilt für alle, die diese Datenbank nutzen. Ihre Kunden sehen den Namen; das Land bestimmt, wie Nummern ohne Ländervorwahl gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FirstRunReadyPage</name>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish stores this for everyone who uses this database. You can change all of it later in Settings.</source>
        <translation>„Abschließen“ speichert dies für alle, die diese Datenbank nutzen. Sie können alles später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Country of your numbers:</source>
        <translation>Land Ihrer Nummern:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Language for people without one:</source>
        <translation>Sprache für Personen ohne Angabe:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Versand:</translation>
    </message>
    <message numerus="yes">
        <source>From the start, no message goes out during quiet hours (%1 in each customer&apos;s own time), and nobody gets more than %Ln marketing message(s) in %2 days. Settings has these and the wording of the opt-out line.</source>
        <translation>
            <numerusform>Von Anfang an wird während der Ruhezeiten (%1 in der Ortszeit des jeweiligen Kunden) keine Nachricht gesendet, und niemand erhält mehr als %Ln Werbenachricht in %2 Tagen. Diese Regeln und den Wortlaut des Abmeldehinweises finden Sie in den Einstellungen.</numerusform>
            <numerusform>Von Anfang an wird während der Ruhezeiten (%1 in der Ortszeit des jeweiligen Kunden) keine Nachricht gesendet, und niemand erhält mehr als %Ln Werbenachrichten in %2 Tagen. Diese Regeln und den Wortlaut des Abmeldehinweises finden Sie in den Einstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Through Twilio, account %1, from %2. The auth token goes to this computer&apos;s keychain.</source>
        <translation>Über Twilio, Konto %1, Absender %2. Das Auth-Token wird im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Through Kannel at %1 as “%2”. The password goes to this computer&apos;s keychain.</source>
        <translation>Über Kannel unter %1 als „%2“. Das Passwort wird im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Not yet: messages are written to %1 for your SMS provider&apos;s upload.</source>
        <translation>Noch nicht: Die Nachrichten werden für den Upload bei Ihrem SMS-Anbieter in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 Try again, or set up later.</source>
        <translation>Es wurde nichts gespeichert: %1 Versuchen Sie es erneut, oder richten Sie Textwell später ein.</translation>
    </message>
    <message>
        <source>Click Finish to go on.</source>
        <translation>Klicken Sie auf „Abschließen“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>FirstRunSendingPage</name>
    <message>
        <source>Not &amp;yet: write them to a file</source>
        <translation>&amp;Noch nicht: in eine Datei schreiben</translation>
    </message>
    <message>
        <source>T&amp;wilio</source>
        <translation>&amp;Twilio</translation>
    </message>
    <message>
        <source>&amp;Kannel or another HTTP gateway</source>
        <translation>&amp;Kannel oder ein anderes HTTP-Gateway</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>How messages leave Textwell. You can change all of this later in Settings.</source>
        <translation>Wie die Nachrichten Textwell verlassen. Sie können all das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>E&amp;xportdatei:</translation>
    </message>
    <message>
        <source>Messages are added to this CSV file instead of being sent: nothing reaches anyone until you upload it to your SMS provider.</source>
        <translation>Statt gesendet zu werden, werden die Nachrichten an diese CSV-Datei angehängt: Niemand erhält etwas, bis Sie die Datei bei Ihrem SMS-Anbieter hochladen.</translation>
    </message>
    <message>
        <source>e.g. +4915112345678 or ANNASALON</source>
        <translation>z. B. +4915112345678 oder ANNASALON</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account-S&amp;ID:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>A&amp;uth-Token:</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>Absen&amp;der:</translation>
    </message>
    <message>
        <source>The Account SID and the auth token are in the Twilio Console. The sender is one of your Twilio numbers or a sender ID. The token is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Account-SID und Auth-Token finden Sie in der Twilio Console. Der Absender ist eine Ihrer Twilio-Nummern oder eine Absender-ID. Das Token wird im Schlüsselbund dieses Computers gespeichert, niemals in der Datenbank.</translation>
    </message>
    <message>
        <source>optional: Kannel&apos;s own sender is used without one</source>
        <translation>optional: ohne Angabe verwendet Kannel seinen eigenen Absender</translation>
    </message>
    <message>
        <source>sendsms &amp;address:</source>
        <translation>sendsms-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sender nu&amp;mber:</source>
        <translation>Absendernu&amp;mmer:</translation>
    </message>
    <message>
        <source>The address of Kannel&apos;s smsbox and its sendsms-user. The password is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Die Adresse der smsbox von Kannel und ihr sendsms-user. Das Passwort wird im Schlüsselbund dieses Computers gespeichert, niemals in der Datenbank.</translation>
    </message>
    <message>
        <source>Write the messages to</source>
        <translation>Nachrichten schreiben in</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Type the Account SID from the Twilio Console.</source>
        <translation>Geben Sie die Account-SID aus der Twilio Console ein.</translation>
    </message>
    <message>
        <source>Type the auth token from the Twilio Console.</source>
        <translation>Geben Sie das Auth-Token aus der Twilio Console ein.</translation>
    </message>
    <message>
        <source>Type the sender: one of your Twilio numbers or a sender ID.</source>
        <translation>Geben Sie den Absender ein: eine Ihrer Twilio-Nummern oder eine Absender-ID.</translation>
    </message>
    <message>
        <source>Type the address of Kannel&apos;s sendsms service, such as %1.</source>
        <translation>Geben Sie die Adresse des sendsms-Dienstes von Kannel ein, etwa %1.</translation>
    </message>
    <message>
        <source>Type the user name of Kannel&apos;s sendsms-user.</source>
        <translation>Geben Sie den Benutzernamen des sendsms-user von Kannel ein.</translation>
    </message>
    <message>
        <source>Type the password of Kannel&apos;s sendsms-user.</source>
        <translation>Geben Sie das Passwort des sendsms-user von Kannel ein.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcomePage</name>
    <message>
        <source>&amp;Set up my business now</source>
        <translation>Mein &amp;Unternehmen jetzt einrichten</translation>
    </message>
    <message>
        <source>Welcome to Textwell</source>
        <translation>Willkommen bei Textwell</translation>
    </message>
    <message>
        <source>SMS campaigns that respect your customers&apos; choice. A few questions, about two minutes, and Textwell is ready for your business.</source>
        <translation>SMS-Kampagnen, die die Entscheidung Ihrer Kunden respektieren. Ein paar Fragen, etwa zwei Minuten, und Textwell ist bereit für Ihr Unternehmen.</translation>
    </message>
    <message>
        <source>Every marketing message carries a line to opt out, an opt-out is honoured at once and for good, and each customer&apos;s consent is kept with its proof. You only decide what to send, and to whom.</source>
        <translation>Jede Werbenachricht enthält einen Abmeldehinweis, eine Abmeldung gilt sofort und dauerhaft, und die Einwilligung jedes Kunden wird mit ihrem Nachweis aufbewahrt. Sie entscheiden nur, was Sie an wen senden.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage of Textwell:</source>
        <translation>&amp;Sprache von Textwell:</translation>
    </message>
    <message>
        <source>For this computer. It changes at once and can be changed later in Settings.</source>
        <translation>Für diesen Computer. Sie wechselt sofort und lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Your business name, country and time zone, and how messages leave Textwell.</source>
        <translation>Ihr Firmenname, Land und Zeitzone und wie die Nachrichten Textwell verlassen.</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Open the demo database &amp;again</source>
        <translation>Die Demo-Datenbank &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>The made-up people you looked at before. Nothing is sent to anyone; this assistant comes back the next time Textwell starts.</source>
        <translation>Die erfundenen Personen, die Sie sich schon angesehen haben. Es wird nichts an jemanden gesendet; dieser Assistent erscheint beim nächsten Start von Textwell wieder.</translation>
    </message>
    <message>
        <source>Making a demo database with %L1 made-up people…</source>
        <translation>Demo-Datenbank mit %L1 erfundenen Personen wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <source>The demo database could not be made. %1</source>
        <translation>Die Demo-Datenbank konnte nicht erstellt werden. %1</translation>
    </message>
    <message>
        <source>E&amp;xplore a demo database first</source>
        <translation>Zuerst eine Demo-Datenbank &amp;erkunden</translation>
    </message>
    <message>
        <source>%L1 made-up customers with a year of campaigns and opt-outs; nothing is sent to anyone. Your own business stays as it is: this assistant comes back the next time Textwell starts.</source>
        <translation>%L1 erfundene Kunden mit den Kampagnen und Abmeldungen eines Jahres; es wird nichts an jemanden gesendet. Ihr eigenes Unternehmen bleibt, wie es ist: Dieser Assistent erscheint beim nächsten Start von Textwell wieder.</translation>
    </message>
</context>
<context>
    <name>GainedLostChart</name>
    <message>
        <source>Subscribers gained and lost</source>
        <translation>Gewonnene und verlorene Abonnenten</translation>
    </message>
    <message>
        <source>Nobody gave or withdrew consent in these days. New subscribers and opt-outs show here, period by period.</source>
        <translation>In diesen Tagen hat niemand eine Einwilligung erteilt oder widerrufen. Neue Abonnenten und Abmeldungen erscheinen hier, Zeitraum für Zeitraum.</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>In these days: %1 gained, %2 lost.</source>
        <translation>In diesen Tagen: %1 gewonnen, %2 verloren.</translation>
    </message>
    <message>
        <source>%1: %2 gained, %3 lost</source>
        <translation>%1: %2 gewonnen, %3 verloren</translation>
    </message>
</context>
<context>
    <name>GatewayFactory</name>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>Kannel password</source>
        <translation>Kannel-Passwort</translation>
    </message>
</context>
<context>
    <name>GatewaySettingsBox</name>
    <message>
        <source>Sending (shared by everyone using this database)</source>
        <translation>Versand (gilt für alle, die diese Datenbank nutzen)</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Export to a file for my provider&apos;s bulk upload</source>
        <translation>Export in eine Datei für den Massen-Upload bei meinem Anbieter</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Kannel or another HTTP gateway</source>
        <translation>Kannel oder ein anderes HTTP-Gateway</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Messages are added to this CSV file (number, text, parts) instead of being sent; upload it to your SMS provider.</source>
        <translation>Statt gesendet zu werden, werden die Nachrichten an diese CSV-Datei angehängt (Nummer, Text, Teile); laden Sie sie bei Ihrem SMS-Anbieter hoch.</translation>
    </message>
    <message>
        <source>Export messages to</source>
        <translation>Nachrichten exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>e.g. +4915112345678 or ANNASALON</source>
        <translation>z. B. +4915112345678 oder ANNASALON</translation>
    </message>
    <message>
        <source>MG… (instead of a sender number)</source>
        <translation>MG… (statt einer Absendernummer)</translation>
    </message>
    <message>
        <source>or &amp;Messaging Service SID:</source>
        <translation>oder &amp;Messaging-Service-SID:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>sendsms &amp;address:</source>
        <translation>sendsms-Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Delivery reports to:</source>
        <translation>Zustellberichte an:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>in each recipient&apos;s local time</source>
        <translation>in der Ortszeit des jeweiligen Empfängers</translation>
    </message>
    <message>
        <source>your mobile number</source>
        <translation>Ihre Mobilnummer</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Ruhe&amp;zeiten:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Type your own mobile number first.</source>
        <translation>Geben Sie zuerst Ihre eigene Mobilnummer ein.</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain; type to replace</source>
        <translation>im Schlüsselbund dieses Computers gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>%1 The %2 is used until Textwell closes and asked for again next time.</source>
        <translation>%1 Das %2 wird bis zum Schließen von Textwell verwendet und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1 Type the %2 above and try again.</source>
        <translation>%1 Geben Sie das %2 oben ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Test message from Textwell: the gateway works.</source>
        <translation>Testnachricht von Textwell: Das Gateway funktioniert.</translation>
    </message>
    <message>
        <source>The gateway did not take the test message: %1</source>
        <translation>Das Gateway hat die Testnachricht nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The test message was written to the export file.</source>
        <translation>Die Testnachricht wurde in die Exportdatei geschrieben.</translation>
    </message>
    <message>
        <source>The gateway took the test message. It should arrive in a moment.</source>
        <translation>Das Gateway hat die Testnachricht angenommen. Sie sollte gleich ankommen.</translation>
    </message>
    <message>
        <source>Textwell listens here for Kannel&apos;s delivery reports and for replies while it is open. Keep 127.0.0.1 unless Kannel runs on another computer.</source>
        <translation>Hier empfängt Textwell die Zustellberichte und Antworten von Kannel, solange es geöffnet ist. Lassen Sie 127.0.0.1 stehen, wenn Kannel nicht auf einem anderen Computer läuft.</translation>
    </message>
    <message>
        <source>Copy the settings for Kannel</source>
        <translation>Einstellungen für Kannel kopieren</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <source>Copied. Paste it into Kannel&apos;s configuration and restart Kannel.</source>
        <translation>Kopiert. Fügen Sie es in die Konfiguration von Kannel ein und starten Sie Kannel neu.</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>E&amp;xportdatei:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>Account-S&amp;ID:</translation>
    </message>
    <message>
        <source>A&amp;uth token:</source>
        <translation>A&amp;uth-Token:</translation>
    </message>
    <message>
        <source>Sen&amp;der number or ID:</source>
        <translation>Absender&amp;nummer oder -ID:</translation>
    </message>
    <message>
        <source>Delivery reports to address</source>
        <translation>Zustellberichte an Adresse</translation>
    </message>
    <message>
        <source>Delivery reports to port</source>
        <translation>Zustellberichte an Port</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sen&amp;der number:</source>
        <translation>Absender&amp;nummer:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeiten von</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ruhezeiten bis</translation>
    </message>
    <message>
        <source>Your mobile number for a test message</source>
        <translation>Ihre Mobilnummer für eine Testnachricht</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Create the new custom &amp;fields (the columns marked “New custom field”)</source>
        <translation>Die neuen eigenen &amp;Felder anlegen (die Spalten mit „Neues eigenes Feld“)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Textwell has guessed what each column of your file holds. Check the choice above each column and change it where it is wrong.</source>
        <translation>Textwell hat erraten, was in jeder Spalte Ihrer Datei steht. Prüfen Sie die Auswahl über jeder Spalte und ändern Sie sie, wo sie falsch ist.</translation>
    </message>
    <message>
        <source>Your file, and what each column &amp;holds:</source>
        <translation>Ihre Datei und was jede Spalte ent&amp;hält:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>As it will be &amp;stored:</source>
        <translation>So wird es &amp;gespeichert:</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>Die ersten Zeilen, wie sie gespeichert werden</translation>
    </message>
    <message>
        <source>Numbers in red are not imported: point at one to see why.</source>
        <translation>Rote Nummern werden nicht importiert: Zeigen Sie darauf, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Country for numbers without a &amp;country code:</source>
        <translation>&amp;Land für Nummern ohne Ländervorwahl:</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Feld für die Spalte „%1“</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Eigenes Feld: %1</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>Neues eigenes Feld: %1</translation>
    </message>
    <message>
        <source>“%1” is not a custom field yet. Tick “Create the new custom fields” above, or choose another field for its column.</source>
        <translation>„%1“ ist noch kein eigenes Feld. Setzen Sie oben das Häkchen bei „Die neuen eigenen Felder anlegen“ oder wählen Sie für die Spalte ein anderes Feld.</translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a custom field: %2</source>
        <translation>„%1“ kann nicht der Name eines eigenen Feldes sein: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import: which column is which field, e.g. &quot;Handy=phone,Vorname=first_name,3=city,Kundennr=custom:Customer no&quot; (default: guessed from the header).</source>
        <translation>import: welche Spalte welches Feld ist, z. B. &quot;Handy=phone,Vorname=first_name,3=city,Kundennr=custom:Kundennummer&quot; (Standard: aus der Kopfzeile erraten).</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>import: where everyone in the file gave consent.</source>
        <translation>import: wo alle in der Datei eingewilligt haben.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>import: what proves their consent.</source>
        <translation>import: was ihre Einwilligung belegt.</translation>
    </message>
    <message>
        <source>import: when they gave it (YYYY-MM-DD; default: each row&apos;s consent date column, else now).</source>
        <translation>import: wann sie erteilt wurde (JJJJ-MM-TT; Standard: die Spalte mit dem Einwilligungsdatum in jeder Zeile, sonst jetzt).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>import: a number already in the address book: skip (default), update (fill empty fields) or overwrite.</source>
        <translation>import: eine Nummer, die schon im Adressbuch steht: skip – überspringen (Standard), update – leere Felder ergänzen, overwrite – überschreiben.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>import: show what would happen, write nothing.</source>
        <translation>import: zeigen, was passieren würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>import: save the rows not imported, with the reason, to this CSV file.</source>
        <translation>import: die nicht importierten Zeilen mit dem Grund in dieser CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (utf-8, utf-16le, utf-16be, windows-1251, windows-1252; default: detected).</source>
        <translation>import: die Zeichenkodierung der Datei (utf-8, utf-16le, utf-16be, windows-1251, windows-1252; Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>import: the first row holds data, not column names.</source>
        <translation>import: Die erste Zeile enthält Daten, keine Spaltennamen.</translation>
    </message>
    <message>
        <source>import: create the custom fields the mapping names.</source>
        <translation>import: die eigenen Felder anlegen, die in der Zuordnung genannt sind.</translation>
    </message>
    <message>
        <source>import-suppression: where the list comes from, kept in each number&apos;s history.</source>
        <translation>import-suppression: woher die Liste stammt; wird im Verlauf jeder Nummer gespeichert.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-16le, utf-16be, windows-1251 or windows-1252.</source>
        <translation>Unbekannte Zeichenkodierung „%1“: Verwenden Sie utf-8, utf-16le, utf-16be, windows-1251 oder windows-1252.</translation>
    </message>
    <message>
        <source>The delimiter must be , ; tab or |.</source>
        <translation>Das Trennzeichen muss , ; tab oder | sein.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--errors-out FILE saves them all).</source>
        <translation>
            <numerusform>… und %Ln weitere (--errors-out DATEI speichert alle).</numerusform>
            <numerusform>… und %Ln weitere (--errors-out DATEI speichert alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import FILE [--country CC] [--mapping SPEC] [--consent-source S --consent-evidence E] [--duplicates skip|update|overwrite] [--dry-run] [--errors-out FILE]</source>
        <translation>Aufruf: import DATEI [--country LAND] [--mapping ZUORDNUNG] [--consent-source QUELLE --consent-evidence NACHWEIS] [--duplicates skip|update|overwrite] [--dry-run] [--errors-out DATEI]</translation>
    </message>
    <message>
        <source>%1 Columns: %2. Give --mapping, e.g. --mapping &quot;%3=phone&quot;.</source>
        <translation>%1 Spalten: %2. Geben Sie --mapping an, z. B. --mapping &quot;%3=phone&quot;.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update or overwrite.</source>
        <translation>--duplicates erwartet skip, update oder overwrite.</translation>
    </message>
    <message>
        <source>A consent needs both --consent-source and --consent-evidence.</source>
        <translation>Eine Einwilligung braucht --consent-source und --consent-evidence.</translation>
    </message>
    <message>
        <source>--consent-date is YYYY-MM-DD.</source>
        <translation>--consent-date hat das Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Probelauf mit %1: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Usage: import-suppression FILE --list-source TEXT [--country CC] [--dry-run] [--errors-out FILE]</source>
        <translation>Aufruf: import-suppression DATEI --list-source TEXT [--country LAND] [--dry-run] [--errors-out DATEI]</translation>
    </message>
    <message>
        <source>Say where the list comes from with --list-source, e.g. --list-source &quot;opt-outs from our previous SMS provider&quot;.</source>
        <translation>Geben Sie mit --list-source an, woher die Liste stammt, z. B. --list-source &quot;Abmeldungen bei unserem bisherigen SMS-Anbieter&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers will be excluded.</source>
        <translation>
            <numerusform>%Ln Nummer wird ausgeschlossen.</numerusform>
            <numerusform>%Ln Nummern werden ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers were excluded.</source>
        <translation>
            <numerusform>%Ln Nummer wurde ausgeschlossen.</numerusform>
            <numerusform>%Ln Nummern wurden ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers were already excluded.</source>
        <translation>
            <numerusform>%Ln Nummer war bereits ausgeschlossen.</numerusform>
            <numerusform>%Ln Nummern waren bereits ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no valid phone number.</source>
        <translation>
            <numerusform>%Ln Zeile hat keine gültige Telefonnummer.</numerusform>
            <numerusform>%Ln Zeilen haben keine gültige Telefonnummer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %L1 rows/s</source>
        <translation>
            <numerusform>%Ln Zeile, %L1 Zeilen/s</numerusform>
            <numerusform>%Ln Zeilen, %L1 Zeilen/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportConsentPage</name>
    <message>
        <source>&amp;Everyone in this file gave consent the same way</source>
        <translation>&amp;Alle in dieser Datei haben auf dieselbe Weise eingewilligt</translation>
    </message>
    <message>
        <source>&amp;Date given:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>These people have not &amp;given consent</source>
        <translation>Diese Personen haben nicht &amp;eingewilligt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Only people who agreed to get messages from you receive campaigns. How did the people in this file agree? Your answer is kept as the proof of their consent.</source>
        <translation>Kampagnen erhalten nur Personen, die Nachrichten von Ihnen zugestimmt haben. Wie haben die Personen in dieser Datei eingewilligt? Ihre Antwort wird als Nachweis ihrer Einwilligung gespeichert.</translation>
    </message>
    <message>
        <source>Paper sign-up form at the till</source>
        <translation>Anmeldeformular auf Papier an der Kasse</translation>
    </message>
    <message>
        <source>Forms kept in the shop&apos;s folder, 2024</source>
        <translation>Formulare im Ordner im Laden, 2024</translation>
    </message>
    <message>
        <source>Leave it off when the day is not known: the day of this import is recorded.</source>
        <translation>Ohne Häkchen, wenn der Tag unbekannt ist: Dann wird der Tag dieses Imports gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Where and how:</source>
        <translation>W&amp;o und wie:</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>For example, everyone signed the paper form at the till. Say where they agreed and what proves it.</source>
        <translation>Zum Beispiel haben alle das Formular an der Kasse unterschrieben. Geben Sie an, wo sie eingewilligt haben und was es belegt.</translation>
    </message>
    <message>
        <source>They are imported as “no consent” and do not receive campaigns until you record their consent.</source>
        <translation>Sie werden als „ohne Einwilligung“ importiert und erhalten keine Kampagnen, bis Sie ihre Einwilligung erfassen.</translation>
    </message>
    <message>
        <source>The file has a consent &amp;column: “%1”</source>
        <translation>Die Datei hat eine &amp;Spalte für die Einwilligung: „%1“</translation>
    </message>
    <message>
        <source>A row with a date (or “yes”) in “%1” is imported with consent. A row where it is empty is imported without consent and does not receive campaigns.</source>
        <translation>Eine Zeile mit einem Datum (oder „ja“) in „%1“ wird mit Einwilligung importiert. Eine Zeile, in der es leer ist, wird ohne Einwilligung importiert und erhält keine Kampagnen.</translation>
    </message>
    <message>
        <source>The file has a consent &amp;column</source>
        <translation>Die Datei hat eine &amp;Spalte für die Einwilligung</translation>
    </message>
    <message>
        <source>To use this, go back and choose “%1” above the column that holds the date of consent.</source>
        <translation>Gehen Sie dafür zurück und wählen Sie „%1“ über der Spalte mit dem Datum der Einwilligung.</translation>
    </message>
</context>
<context>
    <name>ImportDonePage</name>
    <message>
        <source>&amp;Save a list of the rows not imported…</source>
        <translation>Liste der nicht importierten Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>A CSV file with these rows as they were in your file, and the problem of each: fix them and import the file again.</source>
        <translation>Eine CSV-Datei mit diesen Zeilen, wie sie in Ihrer Datei standen, und dem Problem jeder Zeile: Korrigieren Sie sie und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>The list is imported</source>
        <translation>Die Liste ist importiert</translation>
    </message>
    <message>
        <source>The people are in the address book.</source>
        <translation>Die Personen sind im Adressbuch.</translation>
    </message>
    <message>
        <source>These numbers get no messages from now on, whoever they belong to.</source>
        <translation>Diese Nummern erhalten ab jetzt keine Nachrichten mehr, egal wem sie gehören.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import did not finish</source>
        <translation>Der Import wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was imported. The address book is as it was.</source>
        <translation>Es wurde nichts importiert. Das Adressbuch ist unverändert.</translation>
    </message>
    <message>
        <source>You can import the file again at any time with File &gt; Import…</source>
        <translation>Sie können die Datei jederzeit erneut importieren, mit Datei &gt; Importieren…</translation>
    </message>
    <message>
        <source>You can import the list again at any time with File &gt; Import suppression list…</source>
        <translation>Sie können die Liste jederzeit erneut importieren, mit Datei &gt; Sperrliste importieren…</translation>
    </message>
    <message>
        <source>Rows with a problem (%1):</source>
        <translation>Zeilen mit einem Problem (%1):</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Nicht importierte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1. Fix the rows there and import that file.</source>
        <translation>Gespeichert unter %1. Korrigieren Sie dort die Zeilen und importieren Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This file does not look like a text file: it holds binary data. Choose a CSV or text file (in Excel: Save As, CSV) or a vCard file (.vcf).</source>
        <translation>Diese Datei sieht nicht wie eine Textdatei aus: Sie enthält Binärdaten. Wählen Sie eine CSV- oder Textdatei (in Excel: Speichern unter, CSV) oder eine vCard-Datei (.vcf).</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>First &amp;row holds column names</source>
        <translation>Erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>A list from Excel, another program or your phone&apos;s contacts (CSV, TXT or vCard). Nothing is saved until the last step.</source>
        <translation>Eine Liste aus Excel, einem anderen Programm oder den Kontakten Ihres Telefons (CSV, TXT oder vCard). Gespeichert wird erst im letzten Schritt.</translation>
    </message>
    <message>
        <source>Choose the list of numbers</source>
        <translation>Liste der Nummern wählen</translation>
    </message>
    <message>
        <source>A file of numbers that must never get a message, such as the opt-out list of your previous SMS provider. Nothing is saved until the last step.</source>
        <translation>Eine Datei mit Nummern, die nie eine Nachricht erhalten dürfen, etwa die Abmeldeliste Ihres bisherigen SMS-Anbieters. Gespeichert wird erst im letzten Schritt.</translation>
    </message>
    <message>
        <source>Choose a file, or drop it on the address book</source>
        <translation>Datei wählen oder auf das Adressbuch ziehen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Anpassen…</translation>
    </message>
    <message>
        <source>Change how the file is read, if the text or the columns below look wrong.</source>
        <translation>Ändern Sie, wie die Datei gelesen wird, wenn der Text oder die Spalten unten falsch aussehen.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>&amp;Text encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>Spalten ge&amp;trennt durch:</translation>
    </message>
    <message>
        <source>The first &amp;lines of the file, as they are read:</source>
        <translation>Die ersten Zei&amp;len der Datei, so wie sie gelesen werden:</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Lists and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Listen und Kontakte (*.csv *.tsv *.txt *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file has no rows below its first row. If the first row is a person, untick “First row holds column names” under Adjust.</source>
        <translation>Die Datei hat unter der ersten Zeile keine weiteren Zeilen. Ist die erste Zeile eine Person, entfernen Sie unter „Anpassen“ das Häkchen bei „Erste Zeile enthält die Spaltennamen“.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Contact cards (vCard)</source>
        <translation>Kontaktkarten (vCard)</translation>
    </message>
    <message>
        <source>Semicolon-separated text</source>
        <translation>Text mit Semikolon als Trennzeichen</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>Text mit Tabulator als Trennzeichen</translation>
    </message>
    <message>
        <source>Text separated by vertical bars</source>
        <translation>Text mit senkrechtem Strich als Trennzeichen</translation>
    </message>
    <message>
        <source>Comma-separated text</source>
        <translation>Text mit Komma als Trennzeichen</translation>
    </message>
    <message>
        <source>first row is a header</source>
        <translation>erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read so far</source>
        <translation>
            <numerusform>%Ln Zeile bisher gelesen</numerusform>
            <numerusform>%Ln Zeilen bisher gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>working out the time left…</source>
        <translation>Restzeit wird ermittelt…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation>Die Liste wird importiert</translation>
    </message>
    <message>
        <source>This can take a while for a big file. If you cancel, nothing is imported and the address book stays as it was.</source>
        <translation>Bei einer großen Datei kann das eine Weile dauern. Wenn Sie abbrechen, wird nichts importiert und das Adressbuch bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cancel: nothing will be imported</source>
        <translation>Abbrechen: nichts wird importiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling… undoing what was imported so far</source>
        <translation>Wird abgebrochen… das bisher Importierte wird rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln row(s)</source>
        <extracomment>%L1 is how many rows are imported so far, %Ln how many the file has.</extracomment>
        <translation>
            <numerusform>%L1 von %Ln Zeile</numerusform>
            <numerusform>%L1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) a second · %1</source>
        <extracomment>%Ln is the speed in rows a second, %1 the time left.</extracomment>
        <translation>
            <numerusform>%Ln Zeile pro Sekunde · %1</numerusform>
            <numerusform>%Ln Zeilen pro Sekunde · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Yes: %1, %2</source>
        <translation>Ja: %1, %2</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(keine Nummer)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>No phone number.</source>
        <translation>Keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; not understood: imported without it.</source>
        <translation>Geburtsdatum „%1“ nicht erkannt: ohne Geburtsdatum importiert.</translation>
    </message>
    <message>
        <source>Language &quot;%1&quot; is not English, Russian or German: imported without it.</source>
        <translation>Sprache „%1“ ist weder Englisch noch Russisch noch Deutsch: ohne Sprache importiert.</translation>
    </message>
    <message>
        <source>Consent date &quot;%1&quot; not understood: the date declared for the file is used.</source>
        <translation>Einwilligungsdatum „%1“ nicht erkannt: Das für die Datei angegebene Datum wird verwendet.</translation>
    </message>
    <message>
        <source>Consent &quot;%1&quot; is neither a date nor yes/no: imported without consent.</source>
        <translation>Einwilligung „%1“ ist weder ein Datum noch ja/nein: ohne Einwilligung importiert.</translation>
    </message>
    <message>
        <source>The consent date %1 lies in the future: imported without consent.</source>
        <translation>Das Einwilligungsdatum %1 liegt in der Zukunft: ohne Einwilligung importiert.</translation>
    </message>
    <message>
        <source>imported file, row %1</source>
        <translation>importierte Datei, Zeile %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Consent column of an imported file</source>
        <translation>Einwilligungsspalte einer importierten Datei</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) where the header has %1: is there a separator inside a value without quotes?</source>
        <extracomment>%n is how many fields the row has, %1 how many columns the header names.</extracomment>
        <translation>
            <numerusform>Diese Zeile hat %n Feld, die Kopfzeile aber %1: Steht ein Trennzeichen in einem Wert ohne Anführungszeichen?</numerusform>
            <numerusform>Diese Zeile hat %n Felder, die Kopfzeile aber %1: Steht ein Trennzeichen in einem Wert ohne Anführungszeichen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln new people will be added.</source>
        <translation>
            <numerusform>%Ln neue Person wird hinzugefügt.</numerusform>
            <numerusform>%Ln neue Personen werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new people were added.</source>
        <translation>
            <numerusform>%Ln neue Person wurde hinzugefügt.</numerusform>
            <numerusform>%Ln neue Personen wurden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book will be updated.</source>
        <translation>
            <numerusform>%Ln Person, die schon im Adressbuch steht, wird aktualisiert.</numerusform>
            <numerusform>%Ln Personen, die schon im Adressbuch stehen, werden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book were updated.</source>
        <translation>
            <numerusform>%Ln Person, die schon im Adressbuch stand, wurde aktualisiert.</numerusform>
            <numerusform>%Ln Personen, die schon im Adressbuch standen, wurden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book will stay as they are.</source>
        <translation>
            <numerusform>%Ln Person, die schon im Adressbuch steht, bleibt unverändert.</numerusform>
            <numerusform>%Ln Personen, die schon im Adressbuch stehen, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book stayed as they were.</source>
        <translation>
            <numerusform>%Ln Person, die schon im Adressbuch stand, ist unverändert geblieben.</numerusform>
            <numerusform>%Ln Personen, die schon im Adressbuch standen, sind unverändert geblieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a number from earlier in the file: only the first is used.</source>
        <translation>
            <numerusform>%Ln Zeile wiederholt eine Nummer, die weiter oben in der Datei steht: Nur die erste wird verwendet.</numerusform>
            <numerusform>%Ln Zeilen wiederholen eine Nummer, die weiter oben in der Datei steht: Nur die erste wird verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeated a number from earlier in the file: only the first was used.</source>
        <translation>
            <numerusform>%Ln Zeile wiederholte eine Nummer, die weiter oben in der Datei stand: Nur die erste wurde verwendet.</numerusform>
            <numerusform>%Ln Zeilen wiederholten eine Nummer, die weiter oben in der Datei stand: Nur die erste wurde verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no valid phone number: they will not be imported.</source>
        <translation>
            <numerusform>%Ln Zeile hat keine gültige Telefonnummer: Sie wird nicht importiert.</numerusform>
            <numerusform>%Ln Zeilen haben keine gültige Telefonnummer: Sie werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows had no valid phone number: they were not imported.</source>
        <translation>
            <numerusform>%Ln Zeile hatte keine gültige Telefonnummer: Sie wurde nicht importiert.</numerusform>
            <numerusform>%Ln Zeilen hatten keine gültige Telefonnummer: Sie wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be read as they stand: they will not be imported.</source>
        <translation>
            <numerusform>%Ln Zeile ist so nicht lesbar: Sie wird nicht importiert.</numerusform>
            <numerusform>%Ln Zeilen sind so nicht lesbar: Sie werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows could not be read as they stood: they were not imported.</source>
        <translation>
            <numerusform>%Ln Zeile war so nicht lesbar: Sie wurde nicht importiert.</numerusform>
            <numerusform>%Ln Zeilen waren so nicht lesbar: Sie wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers are unsubscribed or excluded: they stay so.</source>
        <translation>
            <numerusform>%Ln Nummer ist abgemeldet oder ausgeschlossen: Das bleibt so.</numerusform>
            <numerusform>%Ln Nummern sind abgemeldet oder ausgeschlossen: Das bleibt so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers are unsubscribed or excluded: they stayed so.</source>
        <translation>
            <numerusform>%Ln Nummer ist abgemeldet oder ausgeschlossen: Das ist so geblieben.</numerusform>
            <numerusform>%Ln Nummern sind abgemeldet oder ausgeschlossen: Das ist so geblieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will have no consent: they are imported, but will not receive campaigns.</source>
        <translation>
            <numerusform>%Ln Person hat keine Einwilligung: Sie wird importiert, erhält aber keine Kampagnen.</numerusform>
            <numerusform>%Ln Personen haben keine Einwilligung: Sie werden importiert, erhalten aber keine Kampagnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have no consent: they were imported, but will not receive campaigns.</source>
        <translation>
            <numerusform>%Ln Person hat keine Einwilligung: Sie wurde importiert, erhält aber keine Kampagnen.</numerusform>
            <numerusform>%Ln Personen haben keine Einwilligung: Sie wurden importiert, erhalten aber keine Kampagnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consents will be recorded in the history, with their source and evidence.</source>
        <translation>
            <numerusform>%Ln Einwilligung wird mit Quelle und Nachweis im Verlauf gespeichert.</numerusform>
            <numerusform>%Ln Einwilligungen werden mit Quelle und Nachweis im Verlauf gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consents were recorded in the history, with their source and evidence.</source>
        <translation>
            <numerusform>%Ln Einwilligung wurde mit Quelle und Nachweis im Verlauf gespeichert.</numerusform>
            <numerusform>%Ln Einwilligungen wurden mit Quelle und Nachweis im Verlauf gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New custom fields: %1.</source>
        <translation>Neue eigene Felder: %1.</translation>
    </message>
    <message>
        <source>Custom fields created: %1.</source>
        <translation>Angelegte eigene Felder: %1.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</source>
        <translation>
            <numerusform>%Ln Person wird auf Bestätigung warten: Die Regeln ihres Landes verlangen vor der ersten Kampagne eine Bestätigung per SMS.</numerusform>
            <numerusform>%Ln Personen werden auf Bestätigung warten: Die Regeln ihres Landes verlangen vor der ersten Kampagne eine Bestätigung per SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</source>
        <translation>
            <numerusform>%Ln Person wartet auf Bestätigung: Die Regeln ihres Landes verlangen vor der ersten Kampagne eine Bestätigung per SMS.</numerusform>
            <numerusform>%Ln Personen warten auf Bestätigung: Die Regeln ihres Landes verlangen vor der ersten Kampagne eine Bestätigung per SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been saved yet.</source>
        <translation>Das wird der Import tun. Noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>This is what importing the list will do. Nothing has been saved yet.</source>
        <translation>Das wird der Import der Liste tun. Noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>People whose number is already in the address book</source>
        <translation>Personen, deren Nummer schon im Adressbuch steht</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave them as they are.</source>
        <translation>Sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Update empty fields</source>
        <translation>Leere Felder &amp;ergänzen</translation>
    </message>
    <message>
        <source>Fill in what is missing, such as an empty city. Nothing stored is replaced.</source>
        <translation>Fehlendes ergänzen, etwa einen leeren Ort. Gespeichertes wird nicht ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Über&amp;schreiben</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells in the file change nothing.</source>
        <translation>Die Werte aus der Datei ersetzen die gespeicherten. Leere Zellen in der Datei ändern nichts.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was passieren wird</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Show the rows with problems (%1)</source>
        <translation>Zeilen mit Problemen anzeigen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person importieren</numerusform>
            <numerusform>%Ln Personen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer ausschließen</numerusform>
            <numerusform>%Ln Nummern ausschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file would change the address book.</source>
        <translation>Nichts in der Datei würde das Adressbuch ändern.</translation>
    </message>
    <message>
        <source>There is nothing to exclude: every number is already excluded or not valid.</source>
        <translation>Es gibt nichts auszuschließen: Jede Nummer ist schon ausgeschlossen oder ungültig.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. You can cancel the import while it runs; then nothing is imported.</source>
        <translation>Noch ist nichts gespeichert. Sie können den Import abbrechen, während er läuft; dann wird nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file… %Ln row(s) so far</source>
        <translation>
            <numerusform>Die Datei wird geprüft… bisher %Ln Zeile</numerusform>
            <numerusform>Die Datei wird geprüft… bisher %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message numerus="yes">
        <source>new person(s)</source>
        <translation>
            <numerusform>neue Person</numerusform>
            <numerusform>neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — will be updated</source>
        <translation>
            <numerusform>schon im Adressbuch — wird aktualisiert</numerusform>
            <numerusform>schon im Adressbuch — werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — left as they are</source>
        <translation>
            <numerusform>schon im Adressbuch — bleibt unverändert</numerusform>
            <numerusform>schon im Adressbuch — bleiben unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appear(s) twice in the file — the first is used</source>
        <translation>
            <numerusform>doppelt in der Datei — die erste Zeile zählt</numerusform>
            <numerusform>doppelt in der Datei — jeweils die erste Zeile zählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) are not valid — not imported</source>
        <translation>
            <numerusform>Nummer ungültig — nicht importiert</numerusform>
            <numerusform>Nummern ungültig — nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row(s) cannot be read — not imported</source>
        <translation>
            <numerusform>Zeile nicht lesbar — nicht importiert</numerusform>
            <numerusform>Zeilen nicht lesbar — nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new custom field(s): %1</source>
        <translation>
            <numerusform>neues eigenes Feld: %1</numerusform>
            <numerusform>neue eigene Felder: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new person(s) added</source>
        <translation>
            <numerusform>neue Person hinzugefügt</numerusform>
            <numerusform>neue Personen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — updated</source>
        <translation>
            <numerusform>schon im Adressbuch — aktualisiert</numerusform>
            <numerusform>schon im Adressbuch — aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — left as they were</source>
        <translation>
            <numerusform>schon im Adressbuch — unverändert</numerusform>
            <numerusform>schon im Adressbuch — unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appeared twice in the file — the first was used</source>
        <translation>
            <numerusform>doppelt in der Datei — die erste Zeile wurde verwendet</numerusform>
            <numerusform>doppelt in der Datei — jeweils die erste Zeile wurde verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) were not valid — not imported</source>
        <translation>
            <numerusform>Nummer war ungültig — nicht importiert</numerusform>
            <numerusform>Nummern waren ungültig — nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row(s) could not be read — not imported</source>
        <translation>
            <numerusform>Zeile war nicht lesbar — nicht importiert</numerusform>
            <numerusform>Zeilen waren nicht lesbar — nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new custom field(s) created: %1</source>
        <translation>
            <numerusform>neues eigenes Feld angelegt: %1</numerusform>
            <numerusform>neue eigene Felder angelegt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>are unsubscribed or excluded — they stay so</source>
        <translation>
            <numerusform>ist abgemeldet oder ausgeschlossen — und bleibt es</numerusform>
            <numerusform>sind abgemeldet oder ausgeschlossen — und bleiben es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without consent — imported, but they will not receive campaigns</source>
        <translation>
            <numerusform>ohne Einwilligung — importiert, erhält aber keine Kampagnen</numerusform>
            <numerusform>ohne Einwilligung — importiert, erhalten aber keine Kampagnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) excluded</source>
        <translation>
            <numerusform>Nummer ausgeschlossen</numerusform>
            <numerusform>Nummern ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) will be excluded</source>
        <translation>
            <numerusform>Nummer wird ausgeschlossen</numerusform>
            <numerusform>Nummern werden ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>were already excluded</source>
        <translation>
            <numerusform>war schon ausgeschlossen</numerusform>
            <numerusform>waren schon ausgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>are already excluded</source>
        <translation>
            <numerusform>ist schon ausgeschlossen</numerusform>
            <numerusform>sind schon ausgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>Import a suppression list</source>
        <translation>Sperrliste importieren</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>There is no custom field &quot;%1&quot;. Create it, or let the import create it.</source>
        <translation>Es gibt kein eigenes Feld „%1“. Legen Sie es an oder lassen Sie es beim Import anlegen.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The same number as row %1 (%2): only the first is imported.</source>
        <translation>Dieselbe Nummer wie in Zeile %1 (%2): Nur die erste Zeile wird importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Describe the reason in a few words when it is “Other”.</source>
        <translation>Beschreiben Sie den Grund in wenigen Worten, wenn er „Sonstiges“ ist.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be unsubscribed.</source>
        <translation>„%1“ ist keine Telefonnummer, die abgemeldet werden kann.</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Schreiben Sie zuerst die Antwort.</translation>
    </message>
    <message>
        <source>%1 is excluded: no message goes to this number.</source>
        <translation>%1 ist ausgeschlossen: An diese Nummer gehen keine Nachrichten.</translation>
    </message>
    <message>
        <source>%1 unsubscribed: no message goes to this number until they reply START.</source>
        <translation>%1 hat sich abgemeldet: An diese Nummer gehen keine Nachrichten, bis START als Antwort kommt.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Es gibt keine Antwort %1.</translation>
    </message>
</context>
<context>
    <name>InboxFormats</name>
    <message>
        <source>d MMM</source>
        <comment>a date in this year, as QDate::toString writes it</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year, as QDate::toString writes it</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a deadline&apos;s day, as QDate::toString writes it</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Overdue since %1 — decide now</source>
        <translation>Überfällig seit %1 — jetzt entscheiden</translation>
    </message>
    <message>
        <source>Decide by %1 — last day</source>
        <translation>Entscheiden bis %1 — letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>Decide by %1 — %n business day(s) left</source>
        <translation>
            <numerusform>Entscheiden bis %1 — noch %n Werktag</numerusform>
            <numerusform>Entscheiden bis %1 — noch %n Werktage</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message numerus="yes">
        <source>%n unread reply(ies)</source>
        <translation>
            <numerusform>%n ungelesene Antwort</numerusform>
            <numerusform>%n ungelesene Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible opt-out(s) to decide</source>
        <translation>
            <numerusform>%n mögliche Abmeldung zu entscheiden</numerusform>
            <numerusform>%n mögliche Abmeldungen zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the legal deadline</source>
        <translation>
            <numerusform>%n nach Ablauf der gesetzlichen Frist</numerusform>
            <numerusform>%n nach Ablauf der gesetzlichen Frist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <comment>possible opt-outs to decide</comment>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Choose a conversation to read it and answer.</source>
        <translation>Wählen Sie eine Unterhaltung, um sie zu lesen und zu beantworten.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Conversations with replies nobody handled yet</source>
        <translation>Unterhaltungen mit noch nicht erledigten Antworten</translation>
    </message>
    <message>
        <source>Possible opt-outs to decide, the nearest deadline first</source>
        <translation>Mögliche Abmeldungen zum Entscheiden, nächste Frist zuerst</translation>
    </message>
    <message>
        <source>Every conversation, the latest first</source>
        <translation>Alle Unterhaltungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Search name, number or text</source>
        <translation>Name, Nummer oder Text suchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The conversations could not be read: %1</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unsubscribed since %1: no message goes to this number</source>
        <translation>Abgemeldet seit %1: An diese Nummer gehen keine Nachrichten</translation>
    </message>
    <message>
        <source>Excluded by hand since %1: no message goes to this number</source>
        <translation>Von Hand ausgeschlossen seit %1: An diese Nummer gehen keine Nachrichten</translation>
    </message>
    <message>
        <source>The inbox could not be counted: %1</source>
        <translation>Der Posteingang konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>The replies could not be marked read: %1</source>
        <translation>Die Antworten konnten nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>Handled, except the possible opt-out: it stays open until you decide it.</source>
        <translation>Erledigt, außer der möglichen Abmeldung: Sie bleibt offen, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>The answer to %1 is queued.</source>
        <translation>Die Antwort an %1 ist eingereiht.</translation>
    </message>
    <message>
        <source>Queued: it goes out before any campaign message.</source>
        <translation>Eingereiht: Sie geht vor allen Kampagnennachrichten raus.</translation>
    </message>
    <message>
        <source>%1 was already unsubscribed; the reason “%2” is stored with it.</source>
        <translation>%1 war bereits abgemeldet; der Grund „%2“ ist dazu gespeichert.</translation>
    </message>
    <message>
        <source>%1 is unsubscribed (%2). A confirmation is sent once.</source>
        <translation>%1 ist abgemeldet (%2). Eine Bestätigung wird einmal gesendet.</translation>
    </message>
    <message>
        <source>%1 is unsubscribed (%2).</source>
        <translation>%1 ist abgemeldet (%2).</translation>
    </message>
    <message>
        <source>%1 stays subscribed: the reply is marked as not an opt-out.</source>
        <translation>%1 bleibt angemeldet: Die Antwort ist als keine Abmeldung markiert.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>Zu prüfen (%1)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No replies yet. Replies to your campaigns appear here; STOP, START and HELP are handled automatically.</source>
        <translation>Noch keine Antworten. Antworten auf Ihre Kampagnen erscheinen hier; STOP, START und HELP werden automatisch bearbeitet.</translation>
    </message>
    <message>
        <source>Nothing to answer. Replies that need a person appear here; STOP, START and HELP are handled automatically.</source>
        <translation>Nichts zu beantworten. Antworten, die einen Menschen brauchen, erscheinen hier; STOP, START und HELP werden automatisch bearbeitet.</translation>
    </message>
    <message>
        <source>No possible opt-outs to decide. Unclear replies such as “wrong number” appear here with the date to decide by.</source>
        <translation>Keine möglichen Abmeldungen zu entscheiden. Unklare Antworten wie „falsche Nummer“ erscheinen hier mit der Frist für die Entscheidung.</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
</context>
<context>
    <name>KannelGateway</name>
    <message>
        <source>Enter Kannel&apos;s sendsms address, for example http://127.0.0.1:13013.</source>
        <translation>Geben Sie die sendsms-Adresse von Kannel ein, zum Beispiel http://127.0.0.1:13013.</translation>
    </message>
    <message>
        <source>Kannel&apos;s address must not contain a query or a user name: enter those in their own fields.</source>
        <translation>Die Adresse von Kannel darf keine Abfrageparameter und keinen Benutzernamen enthalten: Geben Sie diese in den eigenen Feldern ein.</translation>
    </message>
    <message>
        <source>Enter the user name of Kannel&apos;s sendsms-user.</source>
        <translation>Geben Sie den Benutzernamen des sendsms-user von Kannel ein.</translation>
    </message>
    <message>
        <source>Enter the password of Kannel&apos;s sendsms-user.</source>
        <translation>Geben Sie das Passwort des sendsms-user von Kannel ein.</translation>
    </message>
    <message>
        <source>The address for delivery reports is not a valid http address.</source>
        <translation>Die Adresse für Zustellberichte ist keine gültige http-Adresse.</translation>
    </message>
    <message>
        <source>The address for delivery reports must not contain &apos;%&apos;.</source>
        <translation>Die Adresse für Zustellberichte darf kein &apos;%&apos; enthalten.</translation>
    </message>
    <message>
        <source>The time to wait for Kannel must be longer than zero.</source>
        <translation>Die Wartezeit für Kannel muss größer als null sein.</translation>
    </message>
    <message>
        <source>The sending rate for Kannel must not be negative.</source>
        <translation>Die Sendegeschwindigkeit für Kannel darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Kannel at %1 did not take the connection in time.</source>
        <translation>Kannel unter %1 hat die Verbindung nicht rechtzeitig angenommen.</translation>
    </message>
    <message>
        <source>Kannel at %1 did not answer in time; whether it took the message is not known.</source>
        <translation>Kannel unter %1 hat nicht rechtzeitig geantwortet; ob es die Nachricht angenommen hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>Kannel at %1 cannot be reached (network error %2).</source>
        <translation>Kannel unter %1 ist nicht erreichbar (Netzwerkfehler %2).</translation>
    </message>
    <message>
        <source>Kannel at %1 refused the connection: is smsbox running?</source>
        <translation>Kannel unter %1 hat die Verbindung abgelehnt: Läuft smsbox?</translation>
    </message>
    <message>
        <source>The Kannel host %1 was not found.</source>
        <translation>Der Kannel-Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection to Kannel at %1 broke after the message was sent; whether it took the message is not known.</source>
        <translation>Die Verbindung zu Kannel unter %1 brach nach dem Senden der Nachricht ab; ob es die Nachricht angenommen hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>Kannel gave an answer that cannot be read (HTTP %1: %2); whether it took the message is not known.</source>
        <translation>Kannel hat eine unlesbare Antwort gegeben (HTTP %1: %2); ob es die Nachricht angenommen hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>Kannel refused the user name or password: check them in Settings.</source>
        <translation>Kannel hat Benutzername oder Passwort abgelehnt: Prüfen Sie beides in den Einstellungen.</translation>
    </message>
    <message>
        <source>Kannel refused the message: %1</source>
        <translation>Kannel hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>Kannel cannot take messages right now (HTTP %1).</source>
        <translation>Kannel kann gerade keine Nachrichten annehmen (HTTP %1).</translation>
    </message>
    <message>
        <source>The address of Kannel looks wrong (HTTP %1): check it in Settings.</source>
        <translation>Die Adresse von Kannel scheint falsch zu sein (HTTP %1): Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Kannel refused the message (HTTP %1): %2</source>
        <translation>Kannel hat die Nachricht abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Kannel gave an answer that cannot be read (HTTP %1); whether it took the message is not known.</source>
        <translation>Kannel hat eine unlesbare Antwort gegeben (HTTP %1); ob es die Nachricht angenommen hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>The delivery report has no valid message id.</source>
        <translation>Der Zustellbericht enthält keine gültige Nachrichten-ID.</translation>
    </message>
    <message>
        <source>The delivery report has no valid status.</source>
        <translation>Der Zustellbericht enthält keinen gültigen Status.</translation>
    </message>
    <message>
        <source>The delivery report has an unknown status %1.</source>
        <translation>Der Zustellbericht enthält den unbekannten Status %1.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no secret for “%1”.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag für „%1“.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain could not be reached.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The keychain could not change “%1”.</source>
        <translation>Der Schlüsselbund konnte „%1“ nicht ändern.</translation>
    </message>
    <message>
        <source>The keychain was used from two threads at once.</source>
        <translation>Der Schlüsselbund wurde von zwei Threads gleichzeitig verwendet.</translation>
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
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaigns are sending</source>
        <translation>Kampagnen werden gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) are still sending.</source>
        <translation>
            <numerusform>%n Kampagne wird noch gesendet.</numerusform>
            <numerusform>%n Kampagnen werden noch gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause them, or let them go on the next time Textwell opens? Nothing is sent while Textwell is closed, unless “textwell-cli send --due” runs.</source>
        <translation>Sollen sie pausiert werden oder beim nächsten Start von Textwell weiterlaufen? Solange Textwell geschlossen ist, wird nichts gesendet, es sei denn, „textwell-cli send --due“ läuft.</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>&amp;Pausieren und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Weiter senden</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import &amp;suppression list…</source>
        <translation>&amp;Sperrliste importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Rechtliches</translation>
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
    <name>MessageTemplate</name>
    <message>
        <source>The } at character %1 has no { before it. Write }} for a brace.</source>
        <translation>Vor der } an Position %1 steht keine {. Schreiben Sie }} für eine geschweifte Klammer.</translation>
    </message>
    <message>
        <source>The { at character %1 is inside the placeholder that starts at character %2. A placeholder cannot contain another one. Write {{ for a brace.</source>
        <translation>Die { an Position %1 steht innerhalb des Platzhalters, der an Position %2 beginnt. Ein Platzhalter kann keinen weiteren enthalten. Schreiben Sie {{ für eine geschweifte Klammer.</translation>
    </message>
    <message>
        <source>The { at character %1 is not closed. Write {{ for a brace.</source>
        <translation>Die { an Position %1 wird nicht geschlossen. Schreiben Sie {{ für eine geschweifte Klammer.</translation>
    </message>
    <message>
        <source>The placeholder at character %1 names no field. Write a field in it, such as {first_name}, or write {{ and }} for braces.</source>
        <translation>Der Platzhalter an Position %1 nennt kein Feld. Schreiben Sie ein Feld hinein, etwa {first_name}, oder schreiben Sie {{ und }} für geschweifte Klammern.</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2). Did you mean {%3}?</source>
        <translation>Das Feld „%1“ gibt es nicht (Position %2). Meinten Sie {%3}?</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2). You can use: %3.</source>
        <translation>Das Feld „%1“ gibt es nicht (Position %2). Verfügbar sind: %3.</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2).</source>
        <translation>Das Feld „%1“ gibt es nicht (Position %2).</translation>
    </message>
</context>
<context>
    <name>OptOutListDialog</name>
    <message>
        <source>Reading the opt-outs…</source>
        <translation>Abmeldungen werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Open in the address book</source>
        <translation>Im Adressbuch ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Wer gegangen ist</translation>
    </message>
    <message>
        <source>People who opted out</source>
        <translation>Personen, die sich abgemeldet haben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Show this person in the address book, with the consent history</source>
        <translation>Diese Person im Adressbuch anzeigen, mit dem Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>The opt-outs could not be read: %1</source>
        <translation>Die Abmeldungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody opted out here.</source>
        <translation>Hier hat sich niemand abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opt-out(s), newest first.</source>
        <translation>
            <numerusform>%Ln Abmeldung, neueste zuerst.</numerusform>
            <numerusform>%Ln Abmeldungen, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the address book</source>
        <translation>nicht im Adressbuch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the opt-outs and exclusions…</source>
        <translation>Abmeldungen und Ausschlüsse werden gelesen…</translation>
    </message>
    <message>
        <source>People who opted out or were excluded</source>
        <translation>Abgemeldete oder ausgeschlossene Personen</translation>
    </message>
    <message>
        <source>The opt-outs and exclusions could not be read: %1</source>
        <translation>Die Abmeldungen und Ausschlüsse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nobody opted out or was excluded here.</source>
        <translation>Hier hat sich niemand abgemeldet und niemand wurde ausgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln opt-out(s) and exclusion(s).</source>
        <translation>
            <numerusform>Die neuesten %1 von %Ln Abmeldung oder Ausschluss.</numerusform>
            <numerusform>Die neuesten %1 von %Ln Abmeldungen und Ausschlüssen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln opt-out(s).</source>
        <translation>
            <numerusform>Die neuesten %1 von %Ln Abmeldung.</numerusform>
            <numerusform>Die neuesten %1 von %Ln Abmeldungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opt-out(s) and exclusion(s), newest first.</source>
        <translation>
            <numerusform>%Ln Abmeldung oder Ausschluss.</numerusform>
            <numerusform>%Ln Abmeldungen und Ausschlüsse, die neuesten zuerst.</numerusform>
        </translation>
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
    <name>OptOutReport</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Grund in Worten</translation>
    </message>
    <message>
        <source>Keyword or text</source>
        <translation>Stichwort oder Text</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Opt-out log</source>
        <translation>Abmeldeprotokoll</translation>
    </message>
    <message>
        <source>Every opt-out recorded in the period, oldest first, with how it reached the business and the campaign it followed.</source>
        <translation>Jede im Zeitraum erfasste Abmeldung, älteste zuerst, mit dem Weg, auf dem sie das Unternehmen erreicht hat, und der Kampagne, auf die sie folgte.</translation>
    </message>
</context>
<context>
    <name>OptOutRequestDialog</name>
    <message>
        <source>Record opt-out request</source>
        <translation>Abmeldeanfrage erfassen</translation>
    </message>
    <message>
        <source>Someone asked to get no more messages by phone, e-mail, letter or in person. With a phone number, the number is opted out at once, as of when they asked. Otherwise the request waits on the Compliance screen until its number is found.</source>
        <translation>Jemand hat per Telefon, E-Mail, Brief oder persönlich gebeten, keine Nachrichten mehr zu erhalten. Mit einer Telefonnummer wird die Nummer sofort abgemeldet, ab dem Zeitpunkt der Anfrage. Sonst wartet die Anfrage unter „Rechtliches“, bis ihre Nummer gefunden ist.</translation>
    </message>
    <message>
        <source>a phone number, an e-mail address or a name</source>
        <translation>eine Telefonnummer, eine E-Mail-Adresse oder ein Name</translation>
    </message>
    <message>
        <source>e.g. called the shop, spoke to Maria</source>
        <translation>z. B. hat im Laden angerufen, mit Maria gesprochen</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Au&amp;f welchem Weg:</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Wer hat gefragt:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Say who asked: a phone number, an e-mail address or a name.</source>
        <translation>Geben Sie an, wer gefragt hat: eine Telefonnummer, eine E-Mail-Adresse oder einen Namen.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future.</source>
        <translation>Die Anfrage kann nicht in der Zukunft eingegangen sein.</translation>
    </message>
    <message>
        <source>%1 will be opted out at once.</source>
        <translation>%1 wird sofort abgemeldet.</translation>
    </message>
    <message>
        <source>Not a phone number: the request stays open until its number is entered.</source>
        <translation>Keine Telefonnummer: Die Anfrage bleibt offen, bis ihre Nummer eingetragen ist.</translation>
    </message>
</context>
<context>
    <name>OptOutRequests</name>
    <message>
        <source>By phone</source>
        <translation>Per Telefon</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Per Brief</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Asked by phone on %1</source>
        <translation>Am %1 per Telefon angefragt</translation>
    </message>
    <message>
        <source>Asked by e-mail on %1</source>
        <translation>Am %1 per E-Mail angefragt</translation>
    </message>
    <message>
        <source>Asked by letter on %1</source>
        <translation>Am %1 per Brief angefragt</translation>
    </message>
    <message>
        <source>Asked in person on %1</source>
        <translation>Am %1 persönlich angefragt</translation>
    </message>
    <message>
        <source>Say when the request was received.</source>
        <translation>Geben Sie an, wann die Anfrage eingegangen ist.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future (%1).</source>
        <translation>Die Anfrage kann nicht in der Zukunft eingegangen sein (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way a request comes; use one of: %2.</source>
        <translation>„%1“ ist kein Weg, auf dem eine Anfrage eingeht; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Say who asked: a phone number, an e-mail address or a name.</source>
        <translation>Geben Sie an, wer gefragt hat: eine Telefonnummer, eine E-Mail-Adresse oder einen Namen.</translation>
    </message>
    <message>
        <source>The request from %1 was already closed.</source>
        <translation>Die Anfrage von %1 wurde bereits geschlossen.</translation>
    </message>
    <message>
        <source>Say why the request is closed without an opt-out, e.g. &quot;no such customer&quot;.</source>
        <translation>Geben Sie an, warum die Anfrage ohne Abmeldung geschlossen wird, z. B. „kein solcher Kunde“.</translation>
    </message>
    <message>
        <source>There is no opt-out request %1.</source>
        <translation>Es gibt keine Abmeldeanfrage %1.</translation>
    </message>
</context>
<context>
    <name>OutboxMessage</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Waiting for its window</source>
        <translation>Wartet auf erlaubte Sendezeit</translation>
    </message>
    <message>
        <source>Waiting for the A/B winner</source>
        <translation>Wartet auf den A/B-Gewinner</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Unbekannt – prüfen</translation>
    </message>
    <message>
        <source>Exported to file</source>
        <translation>In Datei exportiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>no recorded consent</source>
        <translation>keine erfasste Einwilligung</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>keine Mobilnummer</translation>
    </message>
    <message>
        <source>no longer in the address book</source>
        <translation>nicht mehr im Adressbuch</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>message limit reached</source>
        <translation>Nachrichtenlimit erreicht</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Nummer</translation>
    </message>
    <message>
        <source>unsubscribed at the carrier</source>
        <translation>beim Netzbetreiber abgemeldet</translation>
    </message>
    <message>
        <source>gateway error</source>
        <translation>Gateway-Fehler</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <source>no longer true: a later reply changed it</source>
        <translation>nicht mehr zutreffend: eine spätere Antwort hat es geändert</translation>
    </message>
    <message>
        <source>consent not yet confirmed by SMS</source>
        <translation>Einwilligung noch nicht per SMS bestätigt</translation>
    </message>
    <message>
        <source>too late: the opt-out was longer ago than the rules allow for its confirmation</source>
        <translation>zu spät: die Abmeldung liegt länger zurück, als die Regeln für ihre Bestätigung erlauben</translation>
    </message>
</context>
<context>
    <name>OutboxPurpose</name>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Abmeldebestätigung</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Anmeldebestätigung</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Kampagnennachricht</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Begrüßungstext</translation>
    </message>
    <message>
        <source>Confirmation request</source>
        <translation>Bitte um Bestätigung</translation>
    </message>
    <message>
        <source>Confirmation reminder</source>
        <translation>Erinnerung an die Bestätigung</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Generated on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>The PDF could not get another page.</source>
        <translation>Das PDF konnte keine weitere Seite anlegen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>The rows of “%1” changed while the report was being written. Write it again.</source>
        <translation>Die Zeilen von „%1“ haben sich geändert, während der Bericht geschrieben wurde. Schreiben Sie ihn erneut.</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The report changed while it was being written. Write it again.</source>
        <translation>Der Bericht hat sich beim Schreiben geändert. Schreiben Sie ihn noch einmal.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>%1–%2</source>
        <comment>a week within one month: 3–9 Nov</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a week across two months: 29 Oct – 4 Nov</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>personal data erased on request</source>
        <translation>Personendaten auf Wunsch gelöscht</translation>
    </message>
    <message>
        <source>The date of the request lies in the future.</source>
        <translation>Das Datum der Anfrage liegt in der Zukunft.</translation>
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
    <message>
        <source>rejected by the gateway</source>
        <translation>vom Gateway abgelehnt</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Quiet hours in %1 until %2.</source>
        <translation>Ruhezeiten in %1 bis %2.</translation>
    </message>
    <message>
        <source>Quiet hours in %1, one of the time zones of the recipient&apos;s country, until %2 there.</source>
        <translation>Ruhezeiten in %1, einer der Zeitzonen im Land des Empfängers, bis %2 Ortszeit.</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <source>Unsubscribe rate over time</source>
        <translation>Abmeldequote im Zeitverlauf</translation>
    </message>
    <message>
        <source>Click a point to see who left after those campaigns</source>
        <translation>Klicken Sie auf einen Punkt, um zu sehen, wer nach diesen Kampagnen gegangen ist</translation>
    </message>
    <message>
        <source>No campaign went out in these days, so there is no unsubscribe rate to show yet. Each campaign you send adds a point here.</source>
        <translation>In diesen Tagen ist keine Kampagne rausgegangen, daher gibt es noch keine Abmeldequote. Jede Kampagne, die Sie senden, fügt hier einen Punkt hinzu.</translation>
    </message>
    <message>
        <source>Typical: %1 to %2</source>
        <translation>Üblich: %1 bis %2</translation>
    </message>
    <message>
        <source>Alert level: %1</source>
        <translation>Warnschwelle: %1</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Abmeldequote</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) with campaigns.</source>
        <translation>
            <numerusform>%n Zeitraum mit Kampagnen.</numerusform>
            <numerusform>%n Zeiträume mit Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1 (%2).</source>
        <translation>Zuletzt: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
%Ln opt-out(s) of %3 messages reached</source>
        <translation>
            <numerusform>%1: %2
%Ln Abmeldung bei %3 erreichten Nachrichten</numerusform>
            <numerusform>%1: %2
%Ln Abmeldungen bei %3 erreichten Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientBreakdown</name>
    <message>
        <source>Match the rules</source>
        <translation>Passen zu den Regeln</translation>
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
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Landline or not a mobile number</source>
        <translation>Festnetz oder keine Mobilnummer</translation>
    </message>
    <message>
        <source>Over the frequency cap</source>
        <translation>Über dem Nachrichtenlimit</translation>
    </message>
    <message>
        <source>Will receive</source>
        <translation>Erhalten die Nachricht</translation>
    </message>
    <message>
        <source>Awaiting confirmation by SMS</source>
        <translation>Warten auf Bestätigung per SMS</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Unsubscribed; confirmation sent once</source>
        <translation>Abgemeldet; Bestätigung einmal gesendet</translation>
    </message>
    <message>
        <source>Already unsubscribed; no second confirmation</source>
        <translation>Bereits abgemeldet; keine zweite Bestätigung</translation>
    </message>
    <message>
        <source>Subscribed again</source>
        <translation>Wieder angemeldet</translation>
    </message>
    <message>
        <source>Subscribed again, but stays excluded by hand</source>
        <translation>Wieder angemeldet, bleibt aber von Hand ausgeschlossen</translation>
    </message>
    <message>
        <source>Was not unsubscribed: nothing to undo</source>
        <translation>War nicht abgemeldet: nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Not in the address book: add the person to subscribe them</source>
        <translation>Nicht im Adressbuch: Fügen Sie die Person hinzu, um sie anzumelden</translation>
    </message>
    <message>
        <source>Help text sent</source>
        <translation>Hilfetext gesendet</translation>
    </message>
    <message>
        <source>No answer: the number is unsubscribed or excluded</source>
        <translation>Keine Antwort: Die Nummer ist abgemeldet oder ausgeschlossen</translation>
    </message>
    <message>
        <source>Not acted on: a later STOP or START from this number came first</source>
        <translation>Nicht ausgeführt: Ein späteres STOP oder START dieser Nummer kam zuerst</translation>
    </message>
    <message>
        <source>Reason stored</source>
        <translation>Grund gespeichert</translation>
    </message>
    <message>
        <source>Marked as an opt-out</source>
        <translation>Als Abmeldung markiert</translation>
    </message>
    <message>
        <source>Marked as not an opt-out</source>
        <translation>Als keine Abmeldung markiert</translation>
    </message>
    <message>
        <source>Subscribed by JOIN; welcome text sent</source>
        <translation>Per ANMELDEN neu angemeldet; Begrüßungstext gesendet</translation>
    </message>
    <message>
        <source>Not subscribed: the number stays excluded by hand until you lift the exclusion</source>
        <translation>Nicht angemeldet: Die Nummer bleibt von Hand ausgeschlossen, bis Sie den Ausschluss aufheben</translation>
    </message>
    <message>
        <source>Already subscribed; no second welcome</source>
        <translation>Bereits angemeldet; keine zweite Begrüßung</translation>
    </message>
    <message>
        <source>Consent confirmed by the number (double opt-in)</source>
        <translation>Einwilligung von der Nummer bestätigt (Double-Opt-in)</translation>
    </message>
    <message>
        <source>Ignored: this number was never asked to confirm</source>
        <translation>Ignoriert: Diese Nummer wurde nie um Bestätigung gebeten</translation>
    </message>
</context>
<context>
    <name>ReplyClassification</name>
    <message>
        <source>Opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Hilfeanfrage</translation>
    </message>
    <message>
        <source>Possible opt-out</source>
        <translation>Mögliche Abmeldung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Join request</source>
        <translation>Neuanmeldung</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>ReplyCommands</name>
    <message>
        <source>classify: the sender&apos;s language (en, ru, de).</source>
        <translation>classify: die Sprache des Absenders (en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>replies receive, inbox reply: the message text.</source>
        <translation>replies receive, inbox reply: der Nachrichtentext.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>replies receive: when it was sent (ISO date and time; default: now).</source>
        <translation>replies receive: wann sie gesendet wurde (ISO-Datum und -Uhrzeit; Standard: jetzt).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>inbox list: only numbers with possible opt-outs to decide.</source>
        <translation>inbox list: nur Nummern mit zu entscheidenden möglichen Abmeldungen.</translation>
    </message>
    <message>
        <source>inbox mark: the reply to decide about (its id).</source>
        <translation>inbox mark: die Antwort, über die entschieden wird (ihre ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>classify needs the reply&apos;s text, in quotes.</source>
        <translation>classify braucht den Text der Antwort in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>inbox needs one of: list, show NUMBER, reply NUMBER --body TEXT, mark NUMBER handled|open, mark --reply ID opt-out --reason CODE|not-opt-out.</source>
        <translation>inbox braucht eines von: list, show NUMMER, reply NUMMER --body TEXT, mark NUMMER handled|open, mark --reply ID opt-out --reason CODE|not-opt-out.</translation>
    </message>
    <message>
        <source>No replies here.</source>
        <translation>Hier gibt es keine Antworten.</translation>
    </message>
    <message>
        <source>[decide by %1]</source>
        <translation>[entscheiden bis %1]</translation>
    </message>
    <message>
        <source>Queued; it goes out with the next send.</source>
        <translation>Eingereiht; geht mit dem nächsten Senden raus.</translation>
    </message>
    <message>
        <source>opt-out needs --reason, one of: %1.</source>
        <translation>opt-out braucht --reason, eines von: %1.</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>inbox mark --reply ID needs opt-out or not-opt-out.</source>
        <translation>inbox mark --reply ID braucht opt-out oder not-opt-out.</translation>
    </message>
    <message>
        <source>inbox mark needs a number and handled or open.</source>
        <translation>inbox mark braucht eine Nummer und handled oder open.</translation>
    </message>
    <message>
        <source>replies needs one of: import FILE, receive --from NUMBER --body TEXT, fetch.</source>
        <translation>replies braucht eines von: import DATEI, receive --from NUMMER --body TEXT, fetch.</translation>
    </message>
    <message>
        <source>Stopped at the reply from %1: %2 (the replies before it are stored).</source>
        <translation>Angehalten bei der Antwort von %1: %2 (die Antworten davor sind gespeichert).</translation>
    </message>
    <message>
        <source>replies receive needs --from NUMBER and --body TEXT.</source>
        <translation>replies receive braucht --from NUMMER und --body TEXT.</translation>
    </message>
    <message>
        <source>--received takes a date and time such as 2026-11-23T10:15.</source>
        <translation>--received erwartet Datum und Uhrzeit wie 2026-11-23T10:15.</translation>
    </message>
    <message>
        <source>This gateway does not keep replies to fetch: Kannel brings them while the app or `send --due` runs, a file export needs `replies import FILE`.</source>
        <translation>Dieses Gateway hält keine Antworten zum Abrufen bereit: Kannel liefert sie, solange die App oder `send --due` läuft; für einen Dateiexport braucht es `replies import DATEI`.</translation>
    </message>
    <message>
        <source>replies receive: the sender&apos;s number; report: the first day (YYYY-MM-DD; default: 89 days before --to).</source>
        <translation>replies receive: die Nummer des Absenders; report: der erste Tag (JJJJ-MM-TT; Standard: 89 Tage vor --to).</translation>
    </message>
    <message>
        <source>number|date</source>
        <translation>Nummer|Datum</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(ies) stored, %L1 already known; numbers unsubscribed: %L2.</source>
        <extracomment>%n is how many new replies were stored, %L1 how many were known already, %L2 how many numbers were unsubscribed by them.</extracomment>
        <translation>
            <numerusform>%n neue Antwort gespeichert, %L1 bereits bekannt; abgemeldete Nummern: %L2.</numerusform>
            <numerusform>%n neue Antworten gespeichert, %L1 bereits bekannt; abgemeldete Nummern: %L2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(ies) stored.</source>
        <translation>
            <numerusform>%n neue Antwort gespeichert.</numerusform>
            <numerusform>%n neue Antworten gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>inbox list: also numbers whose replies are all handled; confirmations ask: everyone awaiting confirmation who was never asked.</source>
        <translation>inbox list: auch Nummern, deren Antworten alle erledigt sind; confirmations ask: alle, die auf Bestätigung warten und noch nie gefragt wurden.</translation>
    </message>
    <message>
        <source>confirmations needs one of: ask --all, ask NUMBER..., remind, list.</source>
        <translation>confirmations braucht eines von: ask --all, ask NUMMER..., remind, list.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; skipped.</source>
        <translation>„%1“ ist keine Telefonnummer; übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked to confirm by SMS; skipped: %L1 already asked, %L2 not awaiting confirmation, %L3 unsubscribed or excluded.</source>
        <extracomment>%n people were asked to confirm; %L1 had an open request already, %L2 have nothing to confirm (or are not in the book), %L3 are unsubscribed or excluded.</extracomment>
        <translation>
            <numerusform>%n Person per SMS um Bestätigung gebeten; übersprungen: %L1 bereits gefragt, %L2 ohne ausstehende Bestätigung, %L3 abgemeldet oder ausgeschlossen.</numerusform>
            <numerusform>%n Personen per SMS um Bestätigung gebeten; übersprungen: %L1 bereits gefragt, %L2 ohne ausstehende Bestätigung, %L3 abgemeldet oder ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests go out with the next send.</source>
        <translation>Die Anfragen werden beim nächsten Senden verschickt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued; they go out with the next send.</source>
        <translation>
            <numerusform>%n Erinnerung eingereiht; sie wird beim nächsten Senden verschickt.</numerusform>
            <numerusform>%n Erinnerungen eingereiht; sie werden beim nächsten Senden verschickt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is awaiting confirmation.</source>
        <translation>Niemand wartet auf Bestätigung.</translation>
    </message>
    <message>
        <source>waiting since %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <source>[not asked yet]</source>
        <translation>[noch nicht gefragt]</translation>
    </message>
    <message>
        <source>[asked %1, reminded %2]</source>
        <translation>[gefragt am %1, erinnert am %2]</translation>
    </message>
    <message>
        <source>[asked %1]</source>
        <translation>[gefragt am %1]</translation>
    </message>
</context>
<context>
    <name>ReplyDecisionBox</name>
    <message>
        <source>This is an opt-out</source>
        <translation>Ist eine Abmeldung</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>Keine Abmeldung</translation>
    </message>
    <message>
        <source>Reason for the opt-out</source>
        <translation>Grund der Abmeldung</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>The reason in a few words</source>
        <translation>Der Grund in wenigen Worten</translation>
    </message>
    <message>
        <source>Unsubscribe this number now, with the reason chosen. A confirmation is sent once.</source>
        <translation>Diese Nummer jetzt mit dem gewählten Grund abmelden. Eine Bestätigung wird einmal gesendet.</translation>
    </message>
    <message>
        <source>Keep the number subscribed; the reply stays in the conversation.</source>
        <translation>Die Nummer bleibt angemeldet; die Antwort bleibt in der Unterhaltung.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message numerus="yes">
        <source>This reply may mean they want no more messages. Decide within %n business day(s) of its arrival.</source>
        <translation>
            <numerusform>Diese Antwort bedeutet vielleicht, dass die Person keine Nachrichten mehr möchte. Entscheiden Sie innerhalb von %n Werktag nach Eingang.</numerusform>
            <numerusform>Diese Antwort bedeutet vielleicht, dass die Person keine Nachrichten mehr möchte. Entscheiden Sie innerhalb von %n Werktagen nach Eingang.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this reply means they want no more messages, unsubscribe them here.</source>
        <translation>Wenn die Person mit dieser Antwort keine Nachrichten mehr möchte, melden Sie sie hier ab.</translation>
    </message>
    <message>
        <source>Choose why they left first: the reasons show what drives people away.</source>
        <translation>Wählen Sie zuerst, warum die Person gegangen ist: Die Gründe zeigen, was Kunden vertreibt.</translation>
    </message>
    <message>
        <source>Write the reason in a few words.</source>
        <translation>Beschreiben Sie den Grund in wenigen Worten.</translation>
    </message>
    <message>
        <source>The reason in their words</source>
        <translation>Der Grund in eigenen Worten</translation>
    </message>
</context>
<context>
    <name>ReplyFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first row must name the columns: the sender (from, phone, number) and the text (text, body, message). It has: %1.</source>
        <translation>Die erste Zeile muss die Spalten benennen: den Absender (from, phone, number) und den Text (text, body, message). Sie enthält: %1.</translation>
    </message>
    <message>
        <source>Row %1: no sender; left out.</source>
        <translation>Zeile %1: kein Absender; ausgelassen.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a time; the reply is taken as received now.</source>
        <translation>Zeile %1: „%2“ ist keine Uhrzeit; die Antwort gilt als jetzt empfangen.</translation>
    </message>
    <message>
        <source>%1 The rows from there on are left out.</source>
        <translation>%1 Die Zeilen ab dort werden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ReplySettings</name>
    <message>
        <source>“%1” is not one of the message languages.</source>
        <translation>„%1“ ist keine der Nachrichtensprachen.</translation>
    </message>
    <message>
        <source>A keyword cannot contain a comma: “%1”.</source>
        <translation>Ein Schlüsselwort darf kein Komma enthalten: „%1“.</translation>
    </message>
    <message>
        <source>The text cannot be empty.</source>
        <translation>Der Text darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Der Text ist zu lang: höchstens %Ln Zeichen.</numerusform>
            <numerusform>Der Text ist zu lang: höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplySettingsBox</name>
    <message>
        <source>Replies (shared by everyone using this database)</source>
        <translation>Antworten (gemeinsam für alle, die diese Datenbank nutzen)</translation>
    </message>
    <message>
        <source>What Textwell reads in a reply, and what it answers. The answers go to customers, so they are written in each message language.</source>
        <translation>Was Textwell in einer Antwort erkennt und was es zurückschreibt. Die Antworten gehen an Kunden, daher gibt es sie in jeder Nachrichtensprache.</translation>
    </message>
    <message>
        <source>Replies &amp;in:</source>
        <translation>Ant&amp;worten in:</translation>
    </message>
    <message>
        <source>Opt-out words:</source>
        <translation>Abmeldewörter:</translation>
    </message>
    <message>
        <source>Opt-in words:</source>
        <translation>Anmeldewörter:</translation>
    </message>
    <message>
        <source>Help words:</source>
        <translation>Hilfewörter:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Abmeldebestätigung:</translation>
    </message>
    <message>
        <source>Opt-in confirmation:</source>
        <translation>Anmeldebestätigung:</translation>
    </message>
    <message>
        <source>Help text:</source>
        <translation>Hilfetext:</translation>
    </message>
    <message>
        <source>The message as it is sent, with the business name</source>
        <translation>Die Nachricht so, wie sie gesendet wird, mit dem Firmennamen</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>Contact for help:</source>
        <translation>Kontakt für Hilfe:</translation>
    </message>
    <message>
        <source>Named in the default help text.</source>
        <translation>Wird im Standard-Hilfetext genannt.</translation>
    </message>
    <message>
        <source>Ask for the reason in the opt-out confirmation (off by default)</source>
        <translation>In der Abmeldebestätigung nach dem Grund fragen (standardmäßig aus)</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation then ends with a question (shown above). A reply of one digit from 1 to %1 within %n day(s) is kept as the reason for the opt-out: %2.</source>
        <translation>
            <numerusform>Die Bestätigung endet dann mit einer Frage (oben angezeigt). Eine Antwort mit einer Ziffer von 1 bis %1 innerhalb von %n Tag wird als Grund der Abmeldung gespeichert: %2.</numerusform>
            <numerusform>Die Bestätigung endet dann mit einer Frage (oben angezeigt). Eine Antwort mit einer Ziffer von 1 bis %1 innerhalb von %n Tagen wird als Grund der Abmeldung gespeichert: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Abmeldebestätigung</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Anmeldebestätigung</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · %n SMS part(s)</source>
        <translation>
            <numerusform>%1 Zeichen · %2 · %n SMS-Teil</numerusform>
            <numerusform>%1 Zeichen · %2 · %n SMS-Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Join words:</source>
        <translation>Wörter für Neuanmeldung:</translation>
    </message>
    <message>
        <source>Confirmation words:</source>
        <translation>Bestätigungswörter:</translation>
    </message>
    <message>
        <source>Separate the words with commas. STOP, START, HELP, JOIN and YES always work, and the words of every language are recognised in every reply.</source>
        <translation>Trennen Sie die Wörter durch Kommas. STOP, START, HELP, JOIN und YES funktionieren immer, und die Wörter aller Sprachen werden in jeder Antwort erkannt.</translation>
    </message>
    <message>
        <source>Welcome after a join:</source>
        <translation>Begrüßungstext:</translation>
    </message>
    <message>
        <source>Confirmation request:</source>
        <translation>Bitte um Bestätigung:</translation>
    </message>
    <message>
        <source>Confirmation reminder:</source>
        <translation>Erinnerung:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Begrüßungstext</translation>
    </message>
    <message>
        <source>Confirmation request</source>
        <translation>Bitte um Bestätigung</translation>
    </message>
    <message>
        <source>Confirmation reminder</source>
        <translation>Erinnerung an die Bestätigung</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>report: the last day (YYYY-MM-DD; default: today).</source>
        <translation>report: der letzte Tag (JJJJ-MM-TT; Standard: heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>report dashboard: day, week or month (default: by the span).</source>
        <translation>report dashboard: day, week oder month (Standard: nach der Länge des Zeitraums).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>report takes dashboard, campaign ID, optouts or consent NUMBER.</source>
        <translation>report erwartet dashboard, campaign ID, optouts oder consent NUMMER.</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD.</source>
        <translation>--to erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD.</source>
        <translation>--from erwartet ein Datum als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--granularity takes day, week or month.</source>
        <translation>--granularity erwartet day, week oder month.</translation>
    </message>
    <message>
        <source>report campaign needs the campaign&apos;s number (see campaign list).</source>
        <translation>report campaign braucht die Nummer der Kampagne (siehe campaign list).</translation>
    </message>
    <message>
        <source>report consent needs a phone number.</source>
        <translation>report consent braucht eine Telefonnummer.</translation>
    </message>
    <message>
        <source>report needs --out FILE.</source>
        <translation>report braucht --out DATEI.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or pdf (or name the --out file .csv, .xlsx or .pdf).</source>
        <translation>--format erwartet csv, xlsx oder pdf (oder geben Sie der --out-Datei die Endung .csv, .xlsx oder .pdf).</translation>
    </message>
    <message>
        <source>Wrote “%1” to %2.</source>
        <translation>„%1“ nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Unknown report format.</source>
        <translation>Unbekanntes Berichtsformat.</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>CSV (data for a spreadsheet)</source>
        <translation>CSV (Daten für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Excel workbook with charts (XLSX)</source>
        <translation>Excel-Arbeitsmappe mit Diagrammen (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Wählen Sie einen Zeitraum, dessen erster Tag nicht nach dem letzten liegt.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Wählen Sie eine Kampagne.</translation>
    </message>
    <message>
        <source>Enter the phone number whose consent record you want.</source>
        <translation>Geben Sie die Telefonnummer ein, deren Einwilligungsnachweis Sie möchten.</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>Unbekannter Bericht.</translation>
    </message>
    <message>
        <source>Unsubscribe report</source>
        <translation>Abmeldebericht</translation>
    </message>
    <message>
        <source>One campaign</source>
        <translation>Eine Kampagne</translation>
    </message>
    <message>
        <source>Opt-out log</source>
        <translation>Abmeldeprotokoll</translation>
    </message>
    <message>
        <source>Consent record of one person</source>
        <translation>Einwilligungsnachweis einer Person</translation>
    </message>
    <message>
        <source>What the dashboard shows for a period: the unsubscribe rate over time, why and how people left, subscribers gained and lost, and every campaign.</source>
        <translation>Was die Übersicht für einen Zeitraum zeigt: die Abmeldequote im Zeitverlauf, warum und wie Personen gegangen sind, gewonnene und verlorene Abonnenten und jede Kampagne.</translation>
    </message>
    <message>
        <source>One campaign&apos;s messages sent, delivered and failed, its unsubscribe rate, the reasons given and who unsubscribed after it.</source>
        <translation>Gesendete, zugestellte und fehlgeschlagene Nachrichten einer Kampagne, ihre Abmeldequote, die angegebenen Gründe und wer sich danach abgemeldet hat.</translation>
    </message>
    <message>
        <source>Every opt-out in a period: when, which number, how it came, the reason and the campaign it followed.</source>
        <translation>Jede Abmeldung in einem Zeitraum: wann, welche Nummer, auf welchem Weg, der Grund und die Kampagne, auf die sie folgte.</translation>
    </message>
    <message>
        <source>Everything recorded about one number&apos;s consent, with its evidence: for a person who asks what you hold about them, or to prove a consent.</source>
        <translation>Alles, was zur Einwilligung einer Nummer erfasst ist, mit Nachweis: für eine Person, die wissen will, was Sie über sie gespeichert haben, oder als Beleg einer Einwilligung.</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <source>%1, %2</source>
        <comment>a long date and a time: November 30, 2026, 9:15 AM</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reports to keep or hand on — to a partner, an accountant, or a person who asks what you hold about them.</source>
        <translation>Berichte zum Aufbewahren oder Weitergeben – an Geschäftspartner, Steuerberater oder eine Person, die wissen will, was Sie über sie gespeichert haben.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>Ka&amp;mpagne:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — gestartet %2</translation>
    </message>
    <message>
        <source>No campaign has started yet</source>
        <translation>Noch keine Kampagne gestartet</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>No campaign has started yet.</source>
        <translation>Noch keine Kampagne gestartet.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s phone number.</source>
        <translation>Geben Sie die Telefonnummer der Person ein.</translation>
    </message>
    <message>
        <source>unsubscribe-report</source>
        <translation>abmeldebericht</translation>
    </message>
    <message>
        <source>campaign-%1</source>
        <translation>kampagne-%1</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>abmeldungen</translation>
    </message>
    <message>
        <source>consent-record-%1</source>
        <translation>einwilligungsnachweis-%1</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>„%1“ unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The campaigns and segments could not be read: %1</source>
        <translation>Die Kampagnen und Segmente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Die Kampagnen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Bericht wird geschrieben… %L1 von %Ln Zeile</numerusform>
            <numerusform>Bericht wird geschrieben… %L1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %Ln row(s)</source>
        <translation>
            <numerusform>Bericht wird geschrieben… %Ln Zeile</numerusform>
            <numerusform>Bericht wird geschrieben… %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>&amp;Personen:</translation>
    </message>
</context>
<context>
    <name>RuleCommands</name>
    <message>
        <source>rules needs one of: list, show ID, load FILE, reset ID.</source>
        <translation>rules braucht eines von: list, show ID, load DATEI, reset ID.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>There is no rule pack &quot;%1&quot;; see rules list.</source>
        <translation>Es gibt kein Regelpaket „%1“; siehe rules list.</translation>
    </message>
    <message>
        <source>The rules for %1 are now those of %2.</source>
        <translation>Die Regeln für %1 sind jetzt die aus %2.</translation>
    </message>
    <message>
        <source>The rules for %1 are the built-in ones again.</source>
        <translation>Für %1 gelten wieder die eingebauten Regeln.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) can now be sent to; %L1 now await confirmation by SMS.</source>
        <translation>
            <numerusform>%Ln Person kann jetzt Nachrichten erhalten; %L1 warten jetzt auf Bestätigung per SMS.</numerusform>
            <numerusform>%Ln Personen können jetzt Nachrichten erhalten; %L1 warten jetzt auf Bestätigung per SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleExplanations</name>
    <message>
        <source>Alabama</source>
        <translation>Alabama</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>Arkansas</translation>
    </message>
    <message>
        <source>California</source>
        <translation>Kalifornien</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>Delaware</translation>
    </message>
    <message>
        <source>the District of Columbia</source>
        <translation>dem District of Columbia</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>Florida</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawaii</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>Idaho</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>Iowa</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>Kansas</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>Kentucky</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>Louisiana</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>Maine</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>Maryland</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>Massachusetts</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>Michigan</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>Minnesota</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>Mississippi</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>Missouri</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>Montana</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>Nebraska</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>Nevada</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>New Hampshire</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>New Jersey</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>New Mexico</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>New York</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>North Carolina</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>North Dakota</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>Ohio</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>Oklahoma</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>Oregon</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>Pennsylvania</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>Rhode Island</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>South Carolina</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>South Dakota</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>Utah</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>Vermont</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>Virginia</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>dem Bundesstaat Washington</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>West Virginia</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>Wisconsin</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>Wyoming</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two names of a list: &quot;Florida, Connecticut and Maryland&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>in %1 %2</source>
        <translation>in %1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no quiet hours of its own; the quiet hours in Settings apply.</source>
        <translation>%1: keine eigenen Ruhezeiten; es gelten die Ruhezeiten aus den Einstellungen.</translation>
    </message>
    <message>
        <source>%1: quiet hours %2; messages wait until then.</source>
        <translation>%1: Ruhezeiten %2; Nachrichten warten bis zu deren Ende.</translation>
    </message>
    <message>
        <source>%1: quiet hours %2, %3; messages wait until then.</source>
        <translation>%1: Ruhezeiten %2, %3; Nachrichten warten bis zu deren Ende.</translation>
    </message>
    <message>
        <source>No quiet hours of its own; the quiet hours in Settings apply.</source>
        <translation>Keine eigenen Ruhezeiten; es gelten die Ruhezeiten aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Quiet hours %1 in the recipient&apos;s local time; messages wait until then.</source>
        <translation>Ruhezeiten %1 in der Ortszeit des Empfängers; Nachrichten warten bis zu deren Ende.</translation>
    </message>
    <message>
        <source>Quiet hours %1 in the recipient&apos;s local time, %2; messages wait until then.</source>
        <translation>Ruhezeiten %1 in der Ortszeit des Empfängers, %2; Nachrichten warten bis zu deren Ende.</translation>
    </message>
    <message numerus="yes">
        <source>Consent counts only once the person confirms it from their number by replying %1; until then they are left out of campaigns. They are asked once and reminded once, %n day(s) later.</source>
        <translation>
            <numerusform>Die Einwilligung gilt erst, wenn die Person sie von ihrer Nummer aus mit der Antwort %1 bestätigt; bis dahin wird sie bei Kampagnen ausgelassen. Sie wird einmal gefragt und einmal erinnert, %n Tag später.</numerusform>
            <numerusform>Die Einwilligung gilt erst, wenn die Person sie von ihrer Nummer aus mit der Antwort %1 bestätigt; bis dahin wird sie bei Kampagnen ausgelassen. Sie wird einmal gefragt und einmal erinnert, %n Tage später.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent you record counts; no confirmation by SMS is asked for.</source>
        <translation>Die von Ihnen erfasste Einwilligung gilt; eine Bestätigung per SMS wird nicht verlangt.</translation>
    </message>
    <message numerus="yes">
        <source>An opt-out is confirmed with one last message within %n minute(s); nothing else follows.</source>
        <translation>
            <numerusform>Eine Abmeldung wird innerhalb von %n Minute mit einer letzten Nachricht bestätigt; danach folgt nichts mehr.</numerusform>
            <numerusform>Eine Abmeldung wird innerhalb von %n Minuten mit einer letzten Nachricht bestätigt; danach folgt nichts mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An opt-out asked for by phone, e-mail or in person must be entered within %n business day(s).</source>
        <translation>
            <numerusform>Eine Abmeldung per Telefon, E-Mail oder persönlich muss innerhalb von %n Werktag eingetragen werden.</numerusform>
            <numerusform>Eine Abmeldung per Telefon, E-Mail oder persönlich muss innerhalb von %n Werktagen eingetragen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>HELP is answered with your help text, at any hour.</source>
        <translation>Auf HELP wird zu jeder Uhrzeit mit Ihrem Hilfetext geantwortet.</translation>
    </message>
    <message>
        <source>HELP is not answered automatically.</source>
        <translation>Auf HELP wird nicht automatisch geantwortet.</translation>
    </message>
    <message>
        <source>The welcome text starts with your business&apos;s name and says that message and data rates may apply.</source>
        <translation>Der Begrüßungstext beginnt mit dem Namen Ihres Unternehmens und weist darauf hin, dass Gebühren für Nachrichten und Daten anfallen können.</translation>
    </message>
    <message>
        <source>The welcome text starts with your business&apos;s name.</source>
        <translation>Der Begrüßungstext beginnt mit dem Namen Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>The welcome text says that message and data rates may apply.</source>
        <translation>Der Begrüßungstext weist darauf hin, dass Gebühren für Nachrichten und Daten anfallen können.</translation>
    </message>
    <message>
        <source>The welcome text goes out as you wrote it.</source>
        <translation>Der Begrüßungstext wird so gesendet, wie Sie ihn geschrieben haben.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply %2.</source>
        <extracomment>%1 is the rule pack and its law, %Ln the number of people, %2 the word they reply (JA).</extracomment>
        <translation>
            <numerusform>%1: %Ln Person hat ihre Einwilligung noch nicht per SMS bestätigt; sie wird ausgelassen, bis sie mit %2 antwortet.</numerusform>
            <numerusform>%1: %Ln Personen haben ihre Einwilligung noch nicht per SMS bestätigt; sie werden ausgelassen, bis sie mit %2 antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</source>
        <translation>
            <numerusform>%Ln Person hat ihre Einwilligung noch nicht per SMS bestätigt; sie wird ausgelassen, bis sie antwortet.</numerusform>
            <numerusform>%Ln Personen haben ihre Einwilligung noch nicht per SMS bestätigt; sie werden ausgelassen, bis sie antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</source>
        <extracomment>%1 lists the rule packs that ask for confirmation, with their laws.</extracomment>
        <translation>
            <numerusform>%1: %Ln Person hat ihre Einwilligung noch nicht per SMS bestätigt; sie wird ausgelassen, bis sie antwortet.</numerusform>
            <numerusform>%1: %Ln Personen haben ihre Einwilligung noch nicht per SMS bestätigt; sie werden ausgelassen, bis sie antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: it is quiet hours there now; messages wait until %2 (your time, %3).</source>
        <extracomment>%1 the rule pack and its law, %2 when the messages go, %3 the business&apos;s time zone.</extracomment>
        <translation>%1: Dort sind gerade Ruhezeiten; Nachrichten warten bis %2 (Ihre Zeit, %3).</translation>
    </message>
</context>
<context>
    <name>RuleGroupWidget</name>
    <message>
        <source>People who match all of these</source>
        <translation>Personen, auf die alle Bedingungen zutreffen</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Alle Bedingungen</translation>
    </message>
    <message>
        <source>People who match any of these</source>
        <translation>Personen, auf die mindestens eine Bedingung zutrifft</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>Mindestens eine Bedingung</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Wie die Bedingungen verknüpft werden</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <source>No conditions yet: the segment is everyone in the address book. Add a condition to narrow it down.</source>
        <translation>Noch keine Bedingungen: Das Segment umfasst alle im Adressbuch. Fügen Sie eine Bedingung hinzu, um es einzugrenzen.</translation>
    </message>
    <message>
        <source>Add a condition to this group.</source>
        <translation>Fügen Sie dieser Gruppe eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Bedingung</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <source>A group of conditions with its own “all” or “any”</source>
        <translation>Eine Gruppe von Bedingungen mit eigenem „alle“ oder „mindestens eine“</translation>
    </message>
</context>
<context>
    <name>RulePack</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a time such as 21:00.</source>
        <translation>%1 muss eine Uhrzeit wie 21:00 sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation>%1 muss eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 needs at least an English text (&quot;en&quot;).</source>
        <translation>%1 braucht mindestens einen englischen Text (&quot;en&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a list such as [%2].</source>
        <translation>%1 muss eine Liste wie [%2] sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not like %3.</source>
        <translation>%1: &quot;%2&quot; sieht nicht aus wie %3.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 — this is not a rule pack file as Textwell writes it.</source>
        <translation>%1, Zeile %2: %3 — dies ist keine Regelpaket-Datei, wie Textwell sie schreibt.</translation>
    </message>
    <message>
        <source>%1, line 1: a rule pack is one object in braces { }.</source>
        <translation>%1, Zeile 1: Ein Regelpaket ist ein einzelnes Objekt in geschweiften Klammern { }.</translation>
    </message>
    <message>
        <source>id must be a short lower-case name such as &quot;de&quot;.</source>
        <translation>id muss ein kurzer Name in Kleinbuchstaben sein, etwa &quot;de&quot;.</translation>
    </message>
    <message>
        <source>quiet_hours must say from when until when, such as {&quot;from&quot;: &quot;21:00&quot;, &quot;until&quot;: &quot;08:00&quot;}.</source>
        <translation>quiet_hours muss angeben, von wann bis wann, etwa {&quot;from&quot;: &quot;21:00&quot;, &quot;until&quot;: &quot;08:00&quot;}.</translation>
    </message>
</context>
<context>
    <name>RulePacks</name>
    <message>
        <source>The saved rules for %1</source>
        <translation>Die gespeicherten Regeln für „%1“</translation>
    </message>
    <message>
        <source>The saved rules for %1 belong to another pack (&quot;%2&quot;).</source>
        <translation>Die gespeicherten Regeln für „%1“ gehören zu einem anderen Paket (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 Textwell uses its built-in rules for %2 instead.</source>
        <translation>%1 Textwell verwendet stattdessen seine eingebauten Regeln für „%2“.</translation>
    </message>
    <message>
        <source>There is no rule pack &quot;%1&quot; to change.</source>
        <translation>Es gibt kein Regelpaket &quot;%1&quot;, das geändert werden könnte.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a rule pack.</source>
        <translation>%1 ist zu groß für ein Regelpaket.</translation>
    </message>
    <message>
        <source>%1 is for &quot;%2&quot;; Textwell has rules for: %3.</source>
        <translation>%1 ist für &quot;%2&quot;; Textwell hat Regeln für: %3.</translation>
    </message>
</context>
<context>
    <name>RulePacksBox</name>
    <message>
        <source>Rules by country (shared by everyone using this database)</source>
        <translation>Regeln nach Land (gemeinsam für alle, die diese Datenbank nutzen)</translation>
    </message>
    <message>
        <source>Ask for confirmation by SMS (double opt-in)</source>
        <translation>Bestätigung per SMS verlangen (Double-Opt-in)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome text says “message and data rates may apply”</source>
        <translation>Begrüßung nennt „Es können Gebühren für Nachrichten und Daten anfallen“</translation>
    </message>
    <message>
        <source>The welcome text starts with the business name</source>
        <translation>Der Begrüßungstext beginnt mit dem Firmennamen</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Restore built-in rules</source>
        <translation>Eingebaute Regeln wiederherstellen</translation>
    </message>
    <message>
        <source>No messages from</source>
        <translation>Keine Nachrichten von</translation>
    </message>
    <message>
        <source>No messages until</source>
        <translation>Keine Nachrichten bis</translation>
    </message>
    <message>
        <source>What the law of each country asks of text messages. Textwell obeys the rules of the recipient&apos;s country; change them only when your lawyer says so.</source>
        <translation>Was das Gesetz des jeweiligen Landes für SMS verlangt. Textwell befolgt die Regeln des Landes des Empfängers; ändern Sie sie nur, wenn Ihr Anwalt es sagt.</translation>
    </message>
    <message>
        <source>Rules for:</source>
        <translation>Regeln für:</translation>
    </message>
    <message>
        <source>Law:</source>
        <translation>Gesetz:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Länder:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No messages from:</source>
        <translation>Keine Nachrichten von:</translation>
    </message>
    <message>
        <source>Reminder after:</source>
        <translation>Erinnerung nach:</translation>
    </message>
    <message>
        <source>List people awaiting after:</source>
        <translation>Wartende Personen anzeigen nach:</translation>
    </message>
    <message>
        <source>Load rules from a file</source>
        <translation>Regeln aus einer Datei laden</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Regelpakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save rules to a file</source>
        <translation>Regeln in eine Datei speichern</translation>
    </message>
    <message>
        <source>Rule packs (*.json)</source>
        <translation>Regelpakete (*.json)</translation>
    </message>
    <message>
        <source>Every country no other rules name</source>
        <translation>Alle Länder, die keine anderen Regeln nennen</translation>
    </message>
    <message>
        <source>Changed: saved with the page.</source>
        <translation>Geändert: wird mit der Seite gespeichert.</translation>
    </message>
    <message>
        <source>Your business&apos;s own rules.</source>
        <translation>Die eigenen Regeln Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>The built-in rules.</source>
        <translation>Die eingebauten Regeln.</translation>
    </message>
    <message>
        <source>The rules for %1 from %2 are shown. Save the page to put them in force.</source>
        <translation>Angezeigt werden die Regeln für „%1“ aus %2. Speichern Sie die Seite, damit sie gelten.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The rules for %1 are saved to %2.</source>
        <translation>Die Regeln für „%1“ sind in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The built-in rules for %1 are shown. Save the page to put them back in force.</source>
        <translation>Angezeigt werden die eingebauten Regeln für „%1“. Speichern Sie die Seite, damit sie wieder gelten.</translation>
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
    <name>SecretStore</name>
    <message>
        <source>The keychain entry has no name.</source>
        <translation>Der Schlüsselbund-Eintrag hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>This group is empty: add a condition to it or remove it.</source>
        <translation>Diese Gruppe ist leer: Fügen Sie eine Bedingung hinzu oder entfernen Sie die Gruppe.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Enter both values.</source>
        <translation>Geben Sie beide Werte ein.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Geben Sie mindestens einen Wert ein.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is out of range: use a number from %2 to %3.</source>
        <translation>%1 liegt außerhalb des Bereichs: Verwenden Sie eine Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” cannot be compared with “%2”.</source>
        <translation>Für „%1“ passt der Vergleich „%2“ nicht.</translation>
    </message>
    <message>
        <source>Choose a custom field.</source>
        <translation>Wählen Sie ein eigenes Feld.</translation>
    </message>
    <message>
        <source>The custom field “%1” no longer exists. Choose another field or remove this condition.</source>
        <translation>Das eigene Feld „%1“ gibt es nicht mehr. Wählen Sie ein anderes Feld oder entfernen Sie diese Bedingung.</translation>
    </message>
    <message>
        <source>The first date is after the second.</source>
        <translation>Das erste Datum liegt nach dem zweiten.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Tag „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The first number is greater than the second.</source>
        <translation>Die erste Zahl ist größer als die zweite.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln value(s), please.</source>
        <translation>
            <numerusform>Bitte höchstens %Ln Wert.</numerusform>
            <numerusform>Bitte höchstens %Ln Werte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A value can have at most %Ln character(s).</source>
        <translation>
            <numerusform>Ein Wert darf höchstens %Ln Zeichen lang sein.</numerusform>
            <numerusform>Ein Wert darf höchstens %Ln Zeichen lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Anzahl Käufe</translation>
    </message>
    <message>
        <source>Signed up (consent date)</source>
        <translation>Angemeldet (Datum der Einwilligung)</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Quelle der Einwilligung</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>ist genau</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>enthält eines von</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>enthält alle von</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>enthält keines von</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>within the last (days)</source>
        <translation>innerhalb der letzten … Tage</translation>
    </message>
    <message>
        <source>not within the last (days)</source>
        <translation>nicht innerhalb der letzten … Tage</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>ab</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>%1: a group is either “all” or “any”, not both.</source>
        <translation>%1: Eine Gruppe hat entweder „all“ oder „any“, nicht beides.</translation>
    </message>
    <message>
        <source>%1: a group needs a list of conditions.</source>
        <translation>%1: Eine Gruppe braucht eine Liste von Bedingungen.</translation>
    </message>
    <message>
        <source>Rule %1: each condition must be an object.</source>
        <translation>Regel %1: Jede Bedingung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”.</source>
        <translation>%1: unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <source>%1: unknown comparison “%2”.</source>
        <translation>%1: unbekannter Vergleich „%2“.</translation>
    </message>
    <message>
        <source>The rule is not valid JSON (at character %1: %2).</source>
        <translation>Die Regel ist kein gültiges JSON (Position %1: %2).</translation>
    </message>
    <message>
        <source>The rule must be a JSON object such as {&quot;all&quot;: [...]}.</source>
        <translation>Die Regel muss ein JSON-Objekt sein, etwa {&quot;all&quot;: [...]}.</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>Das Segment gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Es gibt bereits ein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Too many copies of “%1”.</source>
        <translation>Zu viele Kopien von „%1“.</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be used: %2</source>
        <comment>the segment “VIPs” cannot be used: Rule 2: …</comment>
        <translation>Das Segment „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Der Name ist zu lang: höchstens %Ln Zeichen.</numerusform>
            <numerusform>Der Name ist zu lang: höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>Segment &amp;speichern</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeicherte Segmente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Segment name, e.g. Regulars in Berlin</source>
        <translation>Segmentname, z. B. Stammkunden in Berlin</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <source>Save the segment (%1)</source>
        <translation>Segment speichern (%1)</translation>
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
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfänger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No saved segments yet.
Build the rules and save them.</source>
        <translation>Noch keine gespeicherten Segmente.
Stellen Sie die Regeln zusammen und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The rules of “%1” cannot be read: %2</source>
        <translation>Die Regeln von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Choose another name.</source>
        <translation>Es gibt bereits ein Segment namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The people in it are not affected.</source>
        <translation>Segment „%1“ löschen? Die Personen darin sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Fix the rules marked in red to see the count.</source>
        <translation>Korrigieren Sie die rot markierten Regeln, um die Anzahl zu sehen.</translation>
    </message>
    <message>
        <source>Nobody on the line “%1”.</source>
        <translation>Niemand in der Zeile „%1“.</translation>
    </message>
    <message>
        <source>“%1”: the first %2 of %3, by name.</source>
        <translation>„%1“: die ersten %2 von %3, nach Namen sortiert.</translation>
    </message>
    <message>
        <source>“%1”: all %2, by name.</source>
        <translation>„%1“: alle %2, nach Namen sortiert.</translation>
    </message>
    <message>
        <source>The new segment is not saved. Discard it?</source>
        <translation>Das neue Segment ist nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>People on the chosen line</source>
        <translation>Personen der gewählten Zeile</translation>
    </message>
</context>
<context>
    <name>SendingService</name>
    <message>
        <source>This computer has no keychain to keep the %1 in, so Textwell asks for it once per session.

%1:</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem das %1 gespeichert werden kann; daher fragt Textwell einmal pro Sitzung danach.

%1:</translation>
    </message>
    <message>
        <source>Sending waits until the %1 is entered.</source>
        <translation>Der Versand wartet, bis das %1 eingegeben ist.</translation>
    </message>
    <message>
        <source>%1 Enter the %2 in Settings → Sending.</source>
        <translation>%1 Geben Sie das %2 unter Einstellungen → Versand ein.</translation>
    </message>
    <message>
        <source>%1 Messages are sent, but delivery reports and replies cannot come back.</source>
        <translation>%1 Nachrichten werden gesendet, aber Zustellberichte und Antworten können nicht zurückkommen.</translation>
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
    <message>
        <source>Messages (shared by everyone using this database)</source>
        <translation>Nachrichten (gilt für alle, die diese Datenbank nutzen)</translation>
    </message>
    <message>
        <source>Every marketing message ends with this line, in the recipient&apos;s language. It cannot be left out.</source>
        <translation>Jede Werbenachricht endet mit diesem Hinweis in der Sprache des Empfängers. Er kann nicht weggelassen werden.</translation>
    </message>
    <message>
        <source>Opt-out line (%1):</source>
        <translation>Abmeldehinweis (%1):</translation>
    </message>
    <message>
        <source>Language for people without one:</source>
        <translation>Sprache für Personen ohne Angabe:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Price per SMS part:</source>
        <translation>Preis pro SMS-Teil:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Marketing messages per person:</source>
        <translation>Werbenachrichten pro Person:</translation>
    </message>
    <message>
        <source>Start the opt-out line with the business name</source>
        <translation>Abmeldehinweis mit dem Firmennamen beginnen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Farbs&amp;chema:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>Quiet hours follow each customer&apos;s own time; when neither their time zone nor their country is known, they follow this clock.</source>
        <translation>Ruhezeiten richten sich nach der Ortszeit des jeweiligen Kunden; sind weder seine Zeitzone noch sein Land bekannt, gilt diese Zeitzone.</translation>
    </message>
    <message>
        <source>Price per SMS part</source>
        <translation>Preis pro SMS-Teil</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>Marketing messages per person</source>
        <translation>Werbenachrichten pro Person</translation>
    </message>
    <message>
        <source>Days the marketing messages are counted over</source>
        <translation>Tage, über die Werbenachrichten gezählt werden</translation>
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
    <name>StatusRefreshJob</name>
    <message>
        <source>Updating who may be sent to…</source>
        <translation>Wird aktualisiert, wer angeschrieben werden darf…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rules by country</source>
        <translation>Regeln nach Land</translation>
    </message>
    <message numerus="yes">
        <source>Updating who may be sent to… %L1 of %Ln people</source>
        <translation>
            <numerusform>Wird aktualisiert, wer angeschrieben werden darf… %L1 von %Ln Person</numerusform>
            <numerusform>Wird aktualisiert, wer angeschrieben werden darf… %L1 von %Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may be sent to again</source>
        <translation>
            <numerusform>%n Person darf wieder angeschrieben werden</numerusform>
            <numerusform>%n Personen dürfen wieder angeschrieben werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) now await confirmation</source>
        <translation>
            <numerusform>%n Person wartet jetzt auf Bestätigung</numerusform>
            <numerusform>%n Personen warten jetzt auf Bestätigung</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the statuses was stopped (%1). Save the rules again to finish.</source>
        <translation>Die Aktualisierung der Status wurde angehalten (%1). Speichern Sie die Regeln erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Rules saved. %1.</source>
        <translation>Regeln gespeichert. %1.</translation>
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
        <translation>Ab&amp;melden…</translation>
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
    <message>
        <source>Awaiting confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
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
    <name>SuppressionExport</name>
    <message>
        <source>Suppression list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Unsubscribed at</source>
        <translation>Abgemeldet am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Details zum Grund</translation>
    </message>
    <message>
        <source>Excluded at</source>
        <translation>Ausgeschlossen am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Excluded by</source>
        <translation>Ausgeschlossen von</translation>
    </message>
</context>
<context>
    <name>SuppressionImporter</name>
    <message>
        <source>Say where this list comes from (e.g. &quot;opt-out list of our previous SMS provider&quot;): it is kept in each number&apos;s history.</source>
        <translation>Geben Sie an, woher diese Liste stammt (z. B. „Abmeldeliste unseres bisherigen SMS-Anbieters“): Das wird im Verlauf jeder Nummer gespeichert.</translation>
    </message>
    <message>
        <source>Imported suppression list</source>
        <translation>Importierte Sperrliste</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>Keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>SuppressionSourcePage</name>
    <message>
        <source>The numbers and where they come from</source>
        <translation>Die Nummern und ihre Herkunft</translation>
    </message>
    <message>
        <source>Every number in the list is excluded: it gets no messages, whether or not the person is in the address book. Where the list comes from is kept in each number&apos;s history.</source>
        <translation>Jede Nummer der Liste wird ausgeschlossen: Sie erhält keine Nachrichten, ob die Person im Adressbuch steht oder nicht. Die Herkunft der Liste wird im Verlauf jeder Nummer gespeichert.</translation>
    </message>
    <message>
        <source>Opt-out list from our previous SMS provider, exported 2026-11</source>
        <translation>Abmeldeliste unseres bisherigen SMS-Anbieters, exportiert 2026-11</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>As it will be stored</source>
        <translation>So wird es gespeichert</translation>
    </message>
    <message>
        <source>&amp;Which column has the numbers:</source>
        <translation>&amp;Spalte mit den Nummern:</translation>
    </message>
    <message>
        <source>Country for numbers without a &amp;country code:</source>
        <translation>&amp;Land für Nummern ohne Ländervorwahl:</translation>
    </message>
    <message>
        <source>Where the list comes &amp;from:</source>
        <translation>&amp;Herkunft der Liste:</translation>
    </message>
    <message>
        <source>The first n&amp;umbers:</source>
        <translation>Die ersten &amp;Nummern:</translation>
    </message>
    <message>
        <source>%1 (for example %2)</source>
        <translation>%1 (zum Beispiel %2)</translation>
    </message>
    <message>
        <source>Not a valid number: not imported</source>
        <translation>Keine gültige Nummer: nicht importiert</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Unicode (UTF-16 Little Endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 Big Endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Kyrillisch (Windows-1251)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>place (UTC offset)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <comment>place (UTC offset) — zone name</comment>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone: %1</source>
        <translation>Zeitzone dieses Computers: %1</translation>
    </message>
</context>
<context>
    <name>TwilioGateway</name>
    <message>
        <source>Allow the destination country in the Twilio Console&apos;s SMS geo permissions.</source>
        <translation>Erlauben Sie das Zielland in der Twilio Console unter den SMS Geo Permissions.</translation>
    </message>
    <message>
        <source>Choose an SMS-capable sender in Settings.</source>
        <translation>Wählen Sie in den Einstellungen einen SMS-fähigen Absender.</translation>
    </message>
    <message>
        <source>A trial account can only send to verified numbers: verify the number or upgrade the account.</source>
        <translation>Ein Testkonto kann nur an verifizierte Nummern senden: Verifizieren Sie die Nummer oder stufen Sie das Konto hoch.</translation>
    </message>
    <message>
        <source>The number cannot receive SMS; use a mobile number.</source>
        <translation>Die Nummer kann keine SMS empfangen; verwenden Sie eine Mobilnummer.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio did not answer within %n second(s); the message may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>
            <numerusform>Twilio hat nicht innerhalb von %n Sekunde geantwortet; die Nachricht wurde möglicherweise gesendet. Vor jedem neuen Versuch wird das bei Twilio geprüft.</numerusform>
            <numerusform>Twilio hat nicht innerhalb von %n Sekunden geantwortet; die Nachricht wurde möglicherweise gesendet. Vor jedem neuen Versuch wird das bei Twilio geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio could not be reached within %n second(s); nothing was sent. Sending will be tried again.</source>
        <translation>
            <numerusform>Twilio war innerhalb von %n Sekunde nicht erreichbar; nichts wurde gesendet. Der Versand wird erneut versucht.</numerusform>
            <numerusform>Twilio war innerhalb von %n Sekunden nicht erreichbar; nichts wurde gesendet. Der Versand wird erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio refused the connection; nothing was sent. Sending will be tried again.</source>
        <translation>Twilio hat die Verbindung abgelehnt; nichts wurde gesendet. Der Versand wird erneut versucht.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server was not found; check the internet connection. Nothing was sent; sending will be tried again.</source>
        <translation>Der Twilio-Server wurde nicht gefunden; prüfen Sie die Internetverbindung. Nichts wurde gesendet; der Versand wird erneut versucht.</translation>
    </message>
    <message>
        <source>No secure connection to Twilio (%1); nothing was sent. Check the computer&apos;s date and any proxy or firewall.</source>
        <translation>Keine sichere Verbindung zu Twilio (%1); nichts wurde gesendet. Prüfen Sie das Datum des Computers sowie einen etwaigen Proxy oder eine Firewall.</translation>
    </message>
    <message>
        <source>The connection to Twilio failed before the message went out (%1). Sending will be tried again.</source>
        <translation>Die Verbindung zu Twilio ist vor dem Versand der Nachricht fehlgeschlagen (%1). Der Versand wird erneut versucht.</translation>
    </message>
    <message>
        <source>The connection to Twilio broke after the message went out (%1); it may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>Die Verbindung zu Twilio brach nach dem Versand der Nachricht ab (%1); sie wurde möglicherweise gesendet. Vor jedem neuen Versuch wird das bei Twilio geprüft.</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer (HTTP %1) could not be read; the message may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>Die Antwort von Twilio (HTTP %1) konnte nicht gelesen werden; die Nachricht wurde möglicherweise gesendet. Vor jedem neuen Versuch wird das bei Twilio geprüft.</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials. Check the Account SID and auth token in Settings.</source>
        <translation>Twilio hat die Zugangsdaten nicht akzeptiert. Prüfen Sie Account-SID und Auth-Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>Twilio asked to slow down (too many requests). Sending will be tried again shortly.</source>
        <translation>Twilio bittet um langsameres Senden (zu viele Anfragen). Der Versand wird in Kürze erneut versucht.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (%1). Sending will be tried again.</source>
        <translation>Bei Twilio gab es ein vorübergehendes Problem (%1). Der Versand wird erneut versucht.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1) without saying why. Check the Twilio settings.</source>
        <translation>Twilio hat die Nachricht ohne Angabe von Gründen abgelehnt (HTTP %1). Prüfen Sie die Twilio-Einstellungen.</translation>
    </message>
    <message>
        <source>Twilio says the number is not a valid phone number (%1). Correct or remove it in the address book.</source>
        <translation>Laut Twilio ist die Nummer keine gültige Telefonnummer (%1). Korrigieren oder entfernen Sie sie im Adressbuch.</translation>
    </message>
    <message>
        <source>The recipient replied STOP to your Twilio sender and gets no messages from it until they reply START.</source>
        <translation>Der Empfänger hat Ihrem Twilio-Absender mit STOP geantwortet und erhält von ihm keine Nachrichten, bis er mit START antwortet.</translation>
    </message>
    <message>
        <source>Twilio refused the message: %1 (error %2).</source>
        <translation>Twilio hat die Nachricht abgelehnt: %1 (Fehler %2).</translation>
    </message>
    <message>
        <source>The Twilio address answered HTTP %1 instead of Twilio&apos;s API. Check the address in Settings.</source>
        <translation>Unter der Twilio-Adresse antwortete statt der Twilio-API etwas anderes (HTTP %1). Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Twilio took the message but could not send it (status %1).</source>
        <translation>Twilio hat die Nachricht angenommen, konnte sie aber nicht senden (Status %1).</translation>
    </message>
    <message>
        <source>Twilio took the message but could not send it: %1</source>
        <translation>Twilio hat die Nachricht angenommen, konnte sie aber nicht senden: %1</translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID in Settings.</source>
        <translation>Geben Sie die Twilio-Account-SID in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The Account SID is &quot;AC&quot; followed by 32 characters (0-9, a-f), as shown in the Twilio Console.</source>
        <translation>Die Account-SID besteht aus „AC“ und 32 weiteren Zeichen (0-9, a-f), wie in der Twilio Console angezeigt.</translation>
    </message>
    <message>
        <source>Enter the Twilio auth token in Settings.</source>
        <translation>Geben Sie das Twilio-Auth-Token in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Enter a sender in Settings: a Twilio phone number, a sender ID or a Messaging Service SID.</source>
        <translation>Geben Sie in den Einstellungen einen Absender ein: eine Twilio-Telefonnummer, eine Absender-ID oder eine Messaging-Service-SID.</translation>
    </message>
    <message>
        <source>The Messaging Service SID is &quot;MG&quot; followed by 32 characters (0-9, a-f).</source>
        <translation>Die Messaging-Service-SID besteht aus „MG“ und 32 weiteren Zeichen (0-9, a-f).</translation>
    </message>
    <message>
        <source>The sender must be a phone number in international format (such as +15017122661), a short code, or a sender ID of up to 11 letters, digits and spaces.</source>
        <translation>Der Absender muss eine Telefonnummer im internationalen Format (etwa +15017122661), eine Kurzwahl oder eine Absender-ID aus bis zu 11 Buchstaben, Ziffern und Leerzeichen sein.</translation>
    </message>
    <message>
        <source>The Twilio address must be an https:// address.</source>
        <translation>Die Twilio-Adresse muss eine https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The Twilio address must use https: over http the auth token would travel unencrypted.</source>
        <translation>Die Twilio-Adresse muss https verwenden: Über http würde das Auth-Token unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The status callback must be an http:// or https:// address.</source>
        <translation>Der Status-Callback muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The status callback&apos;s host name may not contain underscores: Twilio rejects them.</source>
        <translation>Der Hostname des Status-Callbacks darf keine Unterstriche enthalten: Twilio lehnt sie ab.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than zero.</source>
        <translation>Das Zeitlimit für Anfragen muss größer als null sein.</translation>
    </message>
    <message>
        <source>The sending rate cannot be negative.</source>
        <translation>Die Sendegeschwindigkeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Twilio has no record of the message: it was not sent and can be sent again.</source>
        <translation>Twilio kennt die Nachricht nicht: Sie wurde nicht gesendet und kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Twilio reports the message as %1.</source>
        <translation>Twilio meldet für die Nachricht den Status %1.</translation>
    </message>
    <message>
        <source>Twilio reports the message as %1 (error %2).</source>
        <translation>Twilio meldet für die Nachricht den Status %1 (Fehler %2).</translation>
    </message>
    <message numerus="yes">
        <source>Twilio did not answer within %n second(s) when asked for replies.</source>
        <translation>
            <numerusform>Twilio hat auf die Abfrage der Antworten nicht innerhalb von %n Sekunde reagiert.</numerusform>
            <numerusform>Twilio hat auf die Abfrage der Antworten nicht innerhalb von %n Sekunden reagiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio could not be reached to fetch replies (%1).</source>
        <translation>Twilio war zum Abrufen der Antworten nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Twilio asked to slow down (too many requests) when asked for replies.</source>
        <translation>Twilio hat bei der Abfrage der Antworten um Verlangsamung gebeten (zu viele Anfragen).</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem listing the replies (%1).</source>
        <translation>Twilio hatte ein vorübergehendes Problem beim Auflisten der Antworten (%1).</translation>
    </message>
    <message>
        <source>Twilio refused to list the replies (%1).</source>
        <translation>Twilio hat das Auflisten der Antworten abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Twilio&apos;s list of replies could not be read (HTTP 200 without the list Twilio sends).</source>
        <translation>Die Antwortliste von Twilio konnte nicht gelesen werden (HTTP 200 ohne die Liste, die Twilio sendet).</translation>
    </message>
    <message>
        <source>Twilio&apos;s list of replies went on at another address, which was not followed.</source>
        <translation>Die Antwortliste von Twilio ging an einer anderen Adresse weiter, der nicht gefolgt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio lists more than %n page(s) of messages to look through for replies; none were fetched.</source>
        <translation>
            <numerusform>Twilio listet mehr als %n Seite mit Nachrichten, die nach Antworten durchsucht werden müssten; es wurde nichts abgerufen.</numerusform>
            <numerusform>Twilio listet mehr als %n Seiten mit Nachrichten, die nach Antworten durchsucht werden müssten; es wurde nichts abgerufen.</numerusform>
        </translation>
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
    <name>VCardReader</name>
    <message>
        <source>No contact card was found in this file: it has no line BEGIN:VCARD.</source>
        <translation>In dieser Datei wurde keine Kontaktkarte gefunden: Sie enthält keine Zeile BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Weitere Nummern</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Contact card %1 is longer than 1 MB.</source>
        <translation>Kontaktkarte %1 ist größer als 1 MB.</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>die Tabelle konnte nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s). Export to CSV instead.</source>
        <translation>
            <numerusform>Ein Excel-Tabellenblatt fasst höchstens %Ln Zeile. Exportieren Sie stattdessen als CSV.</numerusform>
            <numerusform>Ein Excel-Tabellenblatt fasst höchstens %Ln Zeilen. Exportieren Sie stattdessen als CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>die Tabelle konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <comment>the lower end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (von)</translation>
    </message>
    <message>
        <source>%1 (to)</source>
        <comment>the upper end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (bis)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and “%1” has %L2. Write the report as CSV instead.</source>
        <extracomment>%Ln is the most rows a sheet holds, %1 the table&apos;s name, %L2 how many rows it has.</extracomment>
        <translation>
            <numerusform>Ein Excel-Blatt fasst höchstens %Ln Zeile, und „%1“ hat %L2. Schreiben Sie den Bericht stattdessen als CSV.</numerusform>
            <numerusform>Ein Excel-Blatt fasst höchstens %Ln Zeilen, und „%1“ hat %L2. Schreiben Sie den Bericht stattdessen als CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and “%1” has more. Write the report as CSV instead.</source>
        <extracomment>%Ln is the most rows a sheet holds, %1 the table&apos;s name.</extracomment>
        <translation>
            <numerusform>Ein Excel-Blatt fasst höchstens %Ln Zeile, und „%1“ hat mehr. Schreiben Sie den Bericht stattdessen als CSV.</numerusform>
            <numerusform>Ein Excel-Blatt fasst höchstens %Ln Zeilen, und „%1“ hat mehr. Schreiben Sie den Bericht stattdessen als CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Textwell on the command line: the address book, consent, segments, campaigns and sending.</source>
        <translation>Textwell auf der Kommandozeile: Adressbuch, Einwilligungen, Segmente, Kampagnen und Versand.</translation>
    </message>
    <message>
        <source>Appearance for this run only: system, light or dark.</source>
        <translation>Farbschema nur für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“: verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>The demo database cannot be opened.</source>
        <translation>Die Demo-Datenbank lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Demo database (made-up people)</source>
        <translation>Demo-Datenbank (erfundene Personen)</translation>
    </message>
</context>
<context>
    <name>textwell::CallbackServer</name>
    <message>
        <source>The secret for gateway callbacks is too short or has characters that cannot go into an address.</source>
        <translation>Der geheime Schlüssel für Rückmeldungen des Gateways ist zu kurz oder enthält Zeichen, die in einer Adresse nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program: choose another port for replies and delivery reports in Settings.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet: Wählen Sie in den Einstellungen einen anderen Port für Antworten und Zustellberichte.</translation>
    </message>
    <message>
        <source>Cannot listen for replies and delivery reports on %1, port %2: %3</source>
        <translation>Antworten und Zustellberichte können auf %1, Port %2 nicht empfangen werden: %3</translation>
    </message>
</context>
</TS>
