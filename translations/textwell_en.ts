<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddSubscriberCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>A consent needs both its source and its evidence.</source>
        <translation>A consent needs both its source and its evidence.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>The consent date lies in the future.</translation>
    </message>
    <message>
        <source>%1 is already in the address book (%2).</source>
        <translation>%1 is already in the address book (%2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>%1 was excluded on %2; it stays excluded.</source>
        <translation>%1 was excluded on %2; it stays excluded.</translation>
    </message>
    <message>
        <source>%1 unsubscribed on %2; it stays unsubscribed. To re-subscribe it, record a new consent with its evidence.</source>
        <translation>%1 unsubscribed on %2; it stays unsubscribed. To re-subscribe it, record a new consent with its evidence.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 already belongs to %2.</translation>
    </message>
    <message>
        <source>%1 has been added again in the meantime; delete that entry first.</source>
        <translation>%1 has been added again in the meantime; delete that entry first.</translation>
    </message>
    <message>
        <source>This person is no longer in the address book.</source>
        <translation>This person is no longer in the address book.</translation>
    </message>
    <message>
        <source>Say where the consent was given (for example “paper form at the till”).</source>
        <translation>Say where the consent was given (for example “paper form at the till”).</translation>
    </message>
    <message>
        <source>Say what proves the consent (for example “signed form no. 12, kept in the folder”).</source>
        <translation>Say what proves the consent (for example “signed form no. 12, kept in the folder”).</translation>
    </message>
    <message>
        <source>%1 is not in the address book. Add the person first.</source>
        <translation>%1 is not in the address book. Add the person first.</translation>
    </message>
    <message>
        <source>%1 stays excluded until you lift the exclusion.</source>
        <translation>%1 stays excluded until you lift the exclusion.</translation>
    </message>
    <message>
        <source>Describe the reason in a few words when it is “Other”.</source>
        <translation>Describe the reason in a few words when it is “Other”.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent received via %2 does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a consent received via %2 does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</source>
        <translation>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</translation>
    </message>
</context>
<context>
    <name>AddressBookPage</name>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Unsubscribe…</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>E&amp;xclude…</translation>
    </message>
    <message>
        <source>Exclude a &amp;number…</source>
        <translation>Exclude a &amp;number…</translation>
    </message>
    <message>
        <source>&amp;Lift exclusion</source>
        <translation>&amp;Lift exclusion</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Exclude any number from all messages, also one that is not in the address book (for example after a complaint call).</source>
        <translation>Exclude any number from all messages, also one that is not in the address book (for example after a complaint call).</translation>
    </message>
    <message>
        <source>Search by name or number</source>
        <translation>Search by name or number</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Show people by status</source>
        <translation>Show people by status</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Exclude a number</source>
        <translation>Exclude a number</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <source>No one matches</source>
        <translation>No one matches</translation>
    </message>
    <message>
        <source>Nobody in the address book has this status.</source>
        <translation>Nobody in the address book has this status.</translation>
    </message>
    <message>
        <source>Nobody&apos;s name or number contains “%1”.</source>
        <translation>Nobody&apos;s name or number contains “%1”.</translation>
    </message>
    <message>
        <source>Your address book is empty</source>
        <translation>Your address book is empty</translation>
    </message>
    <message>
        <source>Add the people who agreed to hear from you, with the proof of their consent. You can also exclude a number that must never get a message, even before it is in the book.</source>
        <translation>Add the people who agreed to hear from you, with the proof of their consent. You can also exclude a number that must never get a message, even before it is in the book.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message numerus="yes">
        <source>Excluded %n number(s). They get no messages until you lift the exclusion.</source>
        <translation>
            <numerusform>Excluded %n number. It gets no messages until you lift the exclusion.</numerusform>
            <numerusform>Excluded %n numbers. They get no messages until you lift the exclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded %1 (%2).</source>
        <translation>Excluded %1 (%2).</translation>
    </message>
    <message>
        <source>Excluded %1. The number is not in the address book; it stays excluded if it is added later.</source>
        <translation>Excluded %1. The number is not in the address book; it stays excluded if it is added later.</translation>
    </message>
    <message>
        <source>Lift exclusion</source>
        <translation>Lift exclusion</translation>
    </message>
    <message numerus="yes">
        <source>Lift the exclusion of %n number(s)? People who unsubscribed or never gave consent still get no messages.</source>
        <translation>
            <numerusform>Lift the exclusion of %n number? People who unsubscribed or never gave consent still get no messages.</numerusform>
            <numerusform>Lift the exclusion of %n numbers? People who unsubscribed or never gave consent still get no messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed %n number(s). Only a new consent from the person can re-subscribe them.</source>
        <translation>
            <numerusform>Unsubscribed %n number. Only a new consent from the person can re-subscribe it.</numerusform>
            <numerusform>Unsubscribed %n numbers. Only a new consent from the person can re-subscribe them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s) from the address book? Their consent history and any opt-out or exclusion of their numbers are kept. You can undo this.</source>
        <translation>
            <numerusform>Delete %n person from the address book? Their consent history and any opt-out or exclusion of their number are kept. You can undo this.</numerusform>
            <numerusform>Delete %n people from the address book? Their consent history and any opt-out or exclusion of their numbers are kept. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n person(s).</source>
        <translation>
            <numerusform>Deleted %n person.</numerusform>
            <numerusform>Deleted %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %Ln people for one action.</source>
        <translation>
            <numerusform>Select at most %Ln person for one action.</numerusform>
            <numerusform>Select at most %Ln people for one action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected people are still loading. Scroll through them, or select fewer, and try again.</source>
        <translation>Some of the selected people are still loading. Scroll through them, or select fewer, and try again.</translation>
    </message>
    <message>
        <source>Lifted %1 of %2 exclusions; the others stay: %3</source>
        <translation>Lifted %1 of %2 exclusions; the others stay: %3</translation>
    </message>
    <message>
        <source>Unsubscribed %1 of %2; the others are still subscribed: %3</source>
        <translation>Unsubscribed %1 of %2; the others are still subscribed: %3</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Show the people on this line</source>
        <translation>Show the people on this line</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>“%1” is not a country code such as DE, RU or US.</translation>
    </message>
    <message>
        <source>“%1” is not one of the message languages: %2.</source>
        <translation>“%1” is not one of the message languages: %2.</translation>
    </message>
    <message>
        <source>The opt-out line cannot be empty: every marketing message carries it.</source>
        <translation>The opt-out line cannot be empty: every marketing message carries it.</translation>
    </message>
    <message>
        <source>The opt-out line is too long: at most %1 characters.</source>
        <translation>The opt-out line is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Use 1 (on) or 0 (off).</source>
        <translation>Use 1 (on) or 0 (off).</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.07.</source>
        <translation>“%1” is not a price; write it like 0.07.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, RUB or USD.</source>
        <translation>“%1” is not a currency code such as EUR, RUB or USD.</translation>
    </message>
    <message>
        <source>The cap is a number of messages from 0 (no cap) to 1000.</source>
        <translation>The cap is a number of messages from 0 (no cap) to 1000.</translation>
    </message>
    <message>
        <source>The cap period is a number of days from 1 to 365.</source>
        <translation>The cap period is a number of days from 1 to 365.</translation>
    </message>
    <message>
        <source>The business name is too long: at most %1 characters.</source>
        <translation>The business name is too long: at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The database file (default: the app&apos;s own).</source>
        <translation>The database file (default: the app&apos;s own).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Print the result as JSON for scripts.</source>
        <translation>Print the result as JSON for scripts.</translation>
    </message>
    <message>
        <source>Country for numbers without a country code, e.g. DE (default: from the database&apos;s settings).</source>
        <translation>Country for numbers without a country code, e.g. DE (default: from the database&apos;s settings).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>First name.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Last name.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>City.</translation>
    </message>
    <message>
        <source>Region or state.</source>
        <translation>Region or state.</translation>
    </message>
    <message>
        <source>The person&apos;s language: en, ru or de.</source>
        <translation>The person&apos;s language: en, ru or de.</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Tags, separated by commas.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Where consent was given.</source>
        <translation>Where consent was given.</translation>
    </message>
    <message>
        <source>What proves the consent.</source>
        <translation>What proves the consent.</translation>
    </message>
    <message>
        <source>When consent was given (YYYY-MM-DD; default: now).</source>
        <translation>When consent was given (YYYY-MM-DD; default: now).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>A note for the history.</translation>
    </message>
    <message>
        <source>Reason code: %1.</source>
        <translation>Reason code: %1.</translation>
    </message>
    <message>
        <source>The reason in words.</source>
        <translation>The reason in words.</translation>
    </message>
    <message>
        <source>Only people whose number or name contains this.</source>
        <translation>Only people whose number or name contains this.</translation>
    </message>
    <message>
        <source>Only people with this status: subscribed, no_consent, unsubscribed, excluded.</source>
        <translation>Only people with this status: subscribed, no_consent, unsubscribed, excluded.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>At most this many rows (default 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation>Skip this many rows.</translation>
    </message>
    <message>
        <source>How many demo people to create.</source>
        <translation>How many demo people to create.</translation>
    </message>
    <message>
        <source>Random seed for demo data.</source>
        <translation>Random seed for demo data.</translation>
    </message>
    <message>
        <source>name a command; see --help.</source>
        <translation>name a command; see --help.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>“%1” is not a country code such as DE, RU or US.</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>%1 needs a phone number.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>unknown command “%1”; see --help.</translation>
    </message>
    <message>
        <source>subscriber needs one of: add, show, list, delete.</source>
        <translation>subscriber needs one of: add, show, list, delete.</translation>
    </message>
    <message>
        <source>subscriber %1 needs a phone number.</source>
        <translation>subscriber %1 needs a phone number.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not in the address book.</source>
        <translation>%1 is not in the address book.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>City: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Consent: %1, %2</source>
        <translation>Consent: %1, %2</translation>
    </message>
    <message>
        <source>--status takes subscribed, no_consent, unsubscribed or excluded.</source>
        <translation>--status takes subscribed, no_consent, unsubscribed or excluded.</translation>
    </message>
    <message>
        <source>--limit takes a number of rows.</source>
        <translation>--limit takes a number of rows.</translation>
    </message>
    <message>
        <source>--offset takes a number of rows.</source>
        <translation>--offset takes a number of rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all.</source>
        <translation>
            <numerusform>%n person in all.</numerusform>
            <numerusform>%n people in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Its consent history and any opt-out or exclusion are kept.</source>
        <translation>Deleted %1. Its consent history and any opt-out or exclusion are kept.</translation>
    </message>
    <message>
        <source>Excluded %1.</source>
        <translation>Excluded %1.</translation>
    </message>
    <message>
        <source>%1 was already excluded.</source>
        <translation>%1 was already excluded.</translation>
    </message>
    <message>
        <source>Lifted the exclusion of %1.</source>
        <translation>Lifted the exclusion of %1.</translation>
    </message>
    <message>
        <source>%1 was not excluded.</source>
        <translation>%1 was not excluded.</translation>
    </message>
    <message>
        <source>unsubscribe needs --reason, one of: %1.</source>
        <translation>unsubscribe needs --reason, one of: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use one of: %2.</source>
        <translation>“%1” is not a reason; use one of: %2.</translation>
    </message>
    <message>
        <source>Unsubscribed %1.</source>
        <translation>Unsubscribed %1.</translation>
    </message>
    <message>
        <source>%1 was already unsubscribed.</source>
        <translation>%1 was already unsubscribed.</translation>
    </message>
    <message>
        <source>Consent recorded for %1; status: %2.</source>
        <translation>Consent recorded for %1; status: %2.</translation>
    </message>
    <message>
        <source>No consent history for %1.</source>
        <translation>No consent history for %1.</translation>
    </message>
    <message>
        <source>demo needs --subscribers N.</source>
        <translation>demo needs --subscribers N.</translation>
    </message>
    <message>
        <source>%1 of %2 people…</source>
        <translation>%1 of %2 people…</translation>
    </message>
    <message>
        <source>Created %1 people (%2 unsubscribed, %3 excluded, %4 without consent) in %5 s.</source>
        <translation>Created %1 people (%2 unsubscribed, %3 excluded, %4 without consent) in %5 s.</translation>
    </message>
    <message>
        <source>settings get|set KEY [VALUE]; keys: %1.</source>
        <translation>settings get|set KEY [VALUE]; keys: %1.</translation>
    </message>
    <message>
        <source>settings set %1 needs a value.</source>
        <translation>settings set %1 needs a value.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Check the path, or create one with: textwell-cli --database %1 init</source>
        <translation>There is no database at “%1”. Check the path, or create one with: textwell-cli --database %1 init</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Database ready: %1</translation>
    </message>
    <message>
        <source>A segment rule as JSON, e.g. {&quot;all&quot;: [{&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;is&quot;, &quot;values&quot;: [&quot;Berlin&quot;]}]}.</source>
        <translation>A segment rule as JSON, e.g. {&quot;all&quot;: [{&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;is&quot;, &quot;values&quot;: [&quot;Berlin&quot;]}]}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The name of a saved segment.</source>
        <translation>The name of a saved segment.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The phone number of a person in the address book.</source>
        <translation>The phone number of a person in the address book.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Message text with placeholders such as {first_name|friend}.</source>
        <translation>Message text with placeholders such as {first_name|friend}.</translation>
    </message>
    <message>
        <source>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render</source>
        <translation>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render</translation>
    </message>
    <message>
        <source>sms-info needs the text, in quotes.</source>
        <translation>sms-info needs the text, in quotes.</translation>
    </message>
    <message>
        <source>give either --rule JSON or --name NAME.</source>
        <translation>give either --rule JSON or --name NAME.</translation>
    </message>
    <message>
        <source>segment %1 needs --name NAME.</source>
        <translation>segment %1 needs --name NAME.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Deleted the segment “%1”.</translation>
    </message>
    <message>
        <source>segment save needs --name NAME and --rule JSON.</source>
        <translation>segment save needs --name NAME and --rule JSON.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Saved the segment “%1”.</translation>
    </message>
    <message>
        <source>segment needs one of: list, show, save, delete, count.</source>
        <translation>segment needs one of: list, show, save, delete, count.</translation>
    </message>
    <message>
        <source>custom-field %1 needs the field&apos;s name.</source>
        <translation>custom-field %1 needs the field&apos;s name.</translation>
    </message>
    <message>
        <source>custom-field needs one of: list, add, remove.</source>
        <translation>custom-field needs one of: list, add, remove.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Characters: %1</translation>
    </message>
    <message>
        <source>Code units: %1</source>
        <translation>Code units: %1</translation>
    </message>
    <message>
        <source>Septets: %1</source>
        <translation>Septets: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>SMS parts: %1</translation>
    </message>
    <message>
        <source>Not in GSM-7 (character and position): %1</source>
        <translation>Not in GSM-7 (character and position): %1</translation>
    </message>
    <message>
        <source>render needs --template TEXT and --phone NUMBER.</source>
        <translation>render needs --template TEXT and --phone NUMBER.</translation>
    </message>
    <message>
        <source>Note: %1 has the status “%2” and would not receive this message.</source>
        <translation>Note: %1 has the status “%2” and would not receive this message.</translation>
    </message>
</context>
<context>
    <name>ComposerHighlighter</name>
    <message>
        <source>Not in the GSM alphabet: the whole message is sent as Unicode.</source>
        <translation>Not in the GSM alphabet: the whole message is sent as Unicode.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <source>&amp;Replace with GSM look-alikes</source>
        <translation>&amp;Replace with GSM look-alikes</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Write your message, e.g. “Hello {first_name|there}, this week 20% off all haircuts. Book at 030 1234567.”</source>
        <translation>Write your message, e.g. “Hello {first_name|there}, this week 20% off all haircuts. Book at 030 1234567.”</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insert &amp;placeholder</translation>
    </message>
    <message>
        <source>Added to every marketing message; change its wording in Settings.</source>
        <translation>Added to every marketing message; change its wording in Settings.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Previous recipient</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Next recipient</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Everyone in the address book</source>
        <translation>Everyone in the address book</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Could not count: %1</translation>
    </message>
    <message>
        <source>The segment&apos;s rules have a mistake: %1 Fix it on the Segments screen.</source>
        <translation>The segment&apos;s rules have a mistake: %1 Fix it on the Segments screen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters · %3 · %n SMS part(s)</source>
        <translation>
            <numerusform>%1: %2 characters · %3 · %n SMS part</numerusform>
            <numerusform>%1: %2 characters · %3 · %n SMS parts</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is %1 characters long; an SMS campaign allows at most %2. Shorten it.</source>
        <translation>The text is %1 characters long; an SMS campaign allows at most %2. Shorten it.</translation>
    </message>
    <message>
        <source>These characters make the message Unicode (fewer characters per part): %1</source>
        <translation>These characters make the message Unicode (fewer characters per part): %1</translation>
    </message>
    <message>
        <source>Your text already tells people how to opt out, so the opt-out line is not added a second time.</source>
        <translation>Your text already tells people how to opt out, so the opt-out line is not added a second time.</translation>
    </message>
    <message>
        <source>Added automatically to every message, in the recipient&apos;s language.</source>
        <translation>Added automatically to every message, in the recipient&apos;s language.</translation>
    </message>
    <message>
        <source>Fix the mistakes above to see the length.</source>
        <translation>Fix the mistakes above to see the length.</translation>
    </message>
    <message>
        <source>Typical message</source>
        <translation>Typical message</translation>
    </message>
    <message>
        <source>Longest in this audience</source>
        <translation>Longest in this audience</translation>
    </message>
    <message>
        <source>Set the price per SMS part in Settings to see the cost.</source>
        <translation>Set the price per SMS part in Settings to see the cost.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>(Fix the mistakes in the text to see the preview.)</source>
        <translation>(Fix the mistakes in the text to see the preview.)</translation>
    </message>
    <message>
        <source>No one in this audience will receive it; shown with the fallbacks.</source>
        <translation>No one in this audience will receive it; shown with the fallbacks.</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 of %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: %1 for %Ln recipient(s) at %2 per SMS part; up to %3 if every message is as long as the longest.</source>
        <translation>
            <numerusform>Estimated cost: %1 for %Ln recipient at %2 per SMS part; up to %3 if every message is as long as the longest.</numerusform>
            <numerusform>Estimated cost: %1 for %Ln recipients at %2 per SMS part; up to %3 if every message is as long as the longest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
</context>
<context>
    <name>ConditionValueEdit</name>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>e.g. %1, %2</source>
        <translation>e.g. %1, %2</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>several: separate with commas</translation>
    </message>
    <message>
        <source>en, ru or de; several separated by commas</source>
        <translation>en, ru or de; several separated by commas</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>There is no database at “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only. Check its permissions, or open a copy.</source>
        <translation>The database file “%1” is read-only. Check its permissions, or open a copy.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Textwell database.</source>
        <translation>“%1” is an empty file, not a Textwell database.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Textwell (database version %2; this version understands up to %3). Update Textwell to open it; the file was not changed.</source>
        <translation>“%1” was made by a newer version of Textwell (database version %2; this version understands up to %3). Update Textwell to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>“%1” is not a Textwell database. It was not changed.</source>
        <translation>“%1” is not a Textwell database. It was not changed.</translation>
    </message>
    <message>
        <source>“%1” is not a Textwell database, or it is damaged. It was not changed.</source>
        <translation>“%1” is not a Textwell database, or it is damaged. It was not changed.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Record that %1 agreed to receive messages. Keep the proof: it is what you show if anyone asks.</source>
        <translation>Record that %1 agreed to receive messages. Keep the proof: it is what you show if anyone asks.</translation>
    </message>
    <message>
        <source>This number unsubscribed earlier: a new consent re-subscribes it. Record it only if the person asked for it.</source>
        <translation>This number unsubscribed earlier: a new consent re-subscribes it. Record it only if the person asked for it.</translation>
    </message>
    <message>
        <source>The number stays excluded until you lift the exclusion.</source>
        <translation>The number stays excluded until you lift the exclusion.</translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Exclusion lifted</source>
        <translation>Exclusion lifted</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>SMS keyword</source>
        <translation>SMS keyword</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>carrier</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Paper form at the till</source>
        <translation>Paper form at the till</translation>
    </message>
    <message>
        <source>Website sign-up form</source>
        <translation>Website sign-up form</translation>
    </message>
    <message>
        <source>Asked in person at the counter</source>
        <translation>Asked in person at the counter</translation>
    </message>
    <message>
        <source>Loyalty card application</source>
        <translation>Loyalty card application</translation>
    </message>
    <message>
        <source>SMS reply</source>
        <translation>SMS reply</translation>
    </message>
    <message>
        <source>e.g. signed form no. 12, kept in the folder</source>
        <translation>e.g. signed form no. 12, kept in the folder</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Give the field a name.</source>
        <translation>Give the field a name.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>“%1” is already a standard field.</source>
        <translation>“%1” is already a standard field.</translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation>There is no custom field “%1”.</translation>
    </message>
    <message>
        <source>A field name cannot contain control characters.</source>
        <translation>A field name cannot contain control characters.</translation>
    </message>
    <message>
        <source>A field name cannot contain the character %1.</source>
        <translation>A field name cannot contain the character %1.</translation>
    </message>
</context>
<context>
    <name>DeleteSubscribersCommand</name>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of people must be zero or more.</source>
        <translation>The number of people must be zero or more.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data goes into an empty address book only; this one already has %n people.</source>
        <translation>
            <numerusform>Demo data goes into an empty address book only; this one already has %n person.</numerusform>
            <numerusform>Demo data goes into an empty address book only; this one already has %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no demo data was added.</source>
        <translation>Cancelled; no demo data was added.</translation>
    </message>
</context>
<context>
    <name>EditSubscriberCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude from all messages</source>
        <translation>Exclude from all messages</translation>
    </message>
    <message>
        <source>An excluded number gets no message at all, whatever its consent, until you lift the exclusion. The exclusion is kept even if the person is deleted.</source>
        <translation>An excluded number gets no message at all, whatever its consent, until you lift the exclusion. The exclusion is kept even if the person is deleted.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected people</source>
        <translation>
            <numerusform>%n selected person</numerusform>
            <numerusform>%n selected people</numerusform>
        </translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>e.g. complained by phone on 12 May</source>
        <translation>e.g. complained by phone on 12 May</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Numbers:</translation>
    </message>
</context>
<context>
    <name>ExcludeNumbersCommand</name>
    <message>
        <source>Exclude %1</source>
        <translation>Exclude %1</translation>
    </message>
    <message>
        <source>Already excluded.</source>
        <translation>Already excluded.</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n number(s)</source>
        <translation>
            <numerusform>Exclude %n number</numerusform>
            <numerusform>Exclude %n numbers</numerusform>
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
        <translation>Screens</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Textwell</source>
        <translation>&amp;About Textwell</translation>
    </message>
    <message>
        <source>About Textwell</source>
        <translation>About Textwell</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Textwell %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small businesses that respect every customer&apos;s choice: consent recorded with its proof, every opt-out honoured at once and for good.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Textwell %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small businesses that respect every customer&apos;s choice: consent recorded with its proof, every opt-out honoured at once and for good.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>The } at character %1 has no { before it. Write }} for a brace.</source>
        <translation>The } at character %1 has no { before it. Write }} for a brace.</translation>
    </message>
    <message>
        <source>The { at character %1 is inside the placeholder that starts at character %2. A placeholder cannot contain another one. Write {{ for a brace.</source>
        <translation>The { at character %1 is inside the placeholder that starts at character %2. A placeholder cannot contain another one. Write {{ for a brace.</translation>
    </message>
    <message>
        <source>The { at character %1 is not closed. Write {{ for a brace.</source>
        <translation>The { at character %1 is not closed. Write {{ for a brace.</translation>
    </message>
    <message>
        <source>The placeholder at character %1 names no field. Write a field in it, such as {first_name}, or write {{ and }} for braces.</source>
        <translation>The placeholder at character %1 names no field. Write a field in it, such as {first_name}, or write {{ and }} for braces.</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2). Did you mean {%3}?</source>
        <translation>There is no field “%1” (character %2). Did you mean {%3}?</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2). You can use: %3.</source>
        <translation>There is no field “%1” (character %2). You can use: %3.</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2).</source>
        <translation>There is no field “%1” (character %2).</translation>
    </message>
</context>
<context>
    <name>OptOutReason</name>
    <message>
        <source>Too frequent</source>
        <translation>Too frequent</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Never signed up</source>
        <translation>Never signed up</translation>
    </message>
    <message>
        <source>Privacy concern</source>
        <translation>Privacy concern</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>No benefit</translation>
    </message>
    <message>
        <source>Changed circumstances</source>
        <translation>Changed circumstances</translation>
    </message>
    <message>
        <source>Switched to another provider</source>
        <translation>Switched to another provider</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Will be saved as %1 (%2).</source>
        <translation>Will be saved as %1 (%2).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers of %1 (+%2).</source>
        <translation>Numbers without a country code are read as numbers of %1 (+%2).</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>“%1” has no country code. Write it with + and the country code, or choose a default country in Settings.</source>
        <translation>“%1” has no country code. Write it with + and the country code, or choose a default country in Settings.</translation>
    </message>
    <message>
        <source>“%1” has an unknown country code.</source>
        <translation>“%1” has an unknown country code.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>“%1” is too short for a phone number.</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>“%1” is too long for a phone number.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number for the country code +%2 (%3).</source>
        <translation>“%1” is not a valid number for the country code +%2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a landline number: it cannot receive SMS.</source>
        <translation>%1 is a landline number: it cannot receive SMS.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (%2): it may not receive SMS.</source>
        <translation>%1 is not a mobile number (%2): it may not receive SMS.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>mobile or landline</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>landline</translation>
    </message>
    <message>
        <source>special number</source>
        <translation>special number</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>The extension %1 is left out: a text message goes to %2 itself.</source>
        <translation>The extension %1 is left out: a text message goes to %2 itself.</translation>
    </message>
</context>
<context>
    <name>RecipientBreakdown</name>
    <message>
        <source>Match the rules</source>
        <translation>Match the rules</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>No consent</translation>
    </message>
    <message>
        <source>Landline or not a mobile number</source>
        <translation>Landline or not a mobile number</translation>
    </message>
    <message>
        <source>Over the frequency cap</source>
        <translation>Over the frequency cap</translation>
    </message>
    <message>
        <source>Will receive</source>
        <translation>Will receive</translation>
    </message>
</context>
<context>
    <name>RuleGroupWidget</name>
    <message>
        <source>People who match all of these</source>
        <translation>People who match all of these</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>All of these</translation>
    </message>
    <message>
        <source>People who match any of these</source>
        <translation>People who match any of these</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>Any of these</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>How the conditions combine</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Remove this group</translation>
    </message>
    <message>
        <source>No conditions yet: the segment is everyone in the address book. Add a condition to narrow it down.</source>
        <translation>No conditions yet: the segment is everyone in the address book. Add a condition to narrow it down.</translation>
    </message>
    <message>
        <source>Add a condition to this group.</source>
        <translation>Add a condition to this group.</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Group</translation>
    </message>
    <message>
        <source>A group of conditions with its own “all” or “any”</source>
        <translation>A group of conditions with its own “all” or “any”</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Could not read the database version.</source>
        <translation>Could not read the database version.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Upgrading the database to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>This group is empty: add a condition to it or remove it.</source>
        <translation>This group is empty: add a condition to it or remove it.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Enter a value.</translation>
    </message>
    <message>
        <source>Enter both values.</source>
        <translation>Enter both values.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Enter at least one value.</translation>
    </message>
    <message>
        <source>At most %1 values, please.</source>
        <translation>At most %1 values, please.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” is not a whole number.</translation>
    </message>
    <message>
        <source>%1 is out of range: use a number from %2 to %3.</source>
        <translation>%1 is out of range: use a number from %2 to %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” cannot be compared with “%2”.</source>
        <translation>“%1” cannot be compared with “%2”.</translation>
    </message>
    <message>
        <source>Choose a custom field.</source>
        <translation>Choose a custom field.</translation>
    </message>
    <message>
        <source>The custom field “%1” no longer exists. Choose another field or remove this condition.</source>
        <translation>The custom field “%1” no longer exists. Choose another field or remove this condition.</translation>
    </message>
    <message>
        <source>The first date is after the second.</source>
        <translation>The first date is after the second.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>There is no tag “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>The first number is greater than the second.</source>
        <translation>The first number is greater than the second.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>The rule</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>A value can have at most %1 characters.</source>
        <translation>A value can have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>City</source>
        <translation>City</translation>
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
        <translation>Age</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Signed up (consent date)</source>
        <translation>Signed up (consent date)</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Consent source</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>is exactly</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is not empty</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>has any of</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>has all of</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>has none of</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>is at least</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>is at most</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>is between</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>is in</translation>
    </message>
    <message>
        <source>within the last (days)</source>
        <translation>within the last (days)</translation>
    </message>
    <message>
        <source>not within the last (days)</source>
        <translation>not within the last (days)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>on or after</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>%1: a group is either “all” or “any”, not both.</source>
        <translation>%1: a group is either “all” or “any”, not both.</translation>
    </message>
    <message>
        <source>%1: a group needs a list of conditions.</source>
        <translation>%1: a group needs a list of conditions.</translation>
    </message>
    <message>
        <source>Rule %1: each condition must be an object.</source>
        <translation>Rule %1: each condition must be an object.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>The rule</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”.</source>
        <translation>%1: unknown field “%2”.</translation>
    </message>
    <message>
        <source>%1: unknown comparison “%2”.</source>
        <translation>%1: unknown comparison “%2”.</translation>
    </message>
    <message>
        <source>The rule is not valid JSON (at character %1: %2).</source>
        <translation>The rule is not valid JSON (at character %1: %2).</translation>
    </message>
    <message>
        <source>The rule must be a JSON object such as {&quot;all&quot;: [...]}.</source>
        <translation>The rule must be a JSON object such as {&quot;all&quot;: [...]}.</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>The segment no longer exists.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>There is no segment named “%1”.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Give the segment a name.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>There is already a segment named “%1”.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>Too many copies of “%1”.</source>
        <translation>Too many copies of “%1”.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>&amp;Save segment</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Saved segments</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved segments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Segment name, e.g. Regulars in Berlin</source>
        <translation>Segment name, e.g. Regulars in Berlin</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <source>Save the segment (%1)</source>
        <translation>Save the segment (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recipients&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No saved segments yet.
Build the rules and save them.</source>
        <translation>No saved segments yet.
Build the rules and save them.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation>The changes to “%1” are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>The rules of “%1” cannot be read: %2</source>
        <translation>The rules of “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Choose another name.</source>
        <translation>There is already a segment named “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The people in it are not affected.</source>
        <translation>Delete the segment “%1”? The people in it are not affected.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Could not count: %1</translation>
    </message>
    <message>
        <source>Fix the rules marked in red to see the count.</source>
        <translation>Fix the rules marked in red to see the count.</translation>
    </message>
    <message>
        <source>Nobody on the line “%1”.</source>
        <translation>Nobody on the line “%1”.</translation>
    </message>
    <message>
        <source>“%1”: the first %2 of %3, by name.</source>
        <translation>“%1”: the first %2 of %3, by name.</translation>
    </message>
    <message>
        <source>“%1”: all %2, by name.</source>
        <translation>“%1”: all %2, by name.</translation>
    </message>
    <message>
        <source>The new segment is not saved. Discard it?</source>
        <translation>The new segment is not saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Salon Anna</source>
        <translation>e.g. Salon Anna</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Business (shared by everyone using this database)</source>
        <translation>Business (shared by everyone using this database)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>Business &amp;name:</translation>
    </message>
    <message>
        <source>Default &amp;country for numbers:</source>
        <translation>Default &amp;country for numbers:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</source>
        <translation>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect when Textwell starts again.</source>
        <translation>A new language takes effect when Textwell starts again.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Messages (shared by everyone using this database)</source>
        <translation>Messages (shared by everyone using this database)</translation>
    </message>
    <message>
        <source>Every marketing message ends with this line, in the recipient&apos;s language. It cannot be left out.</source>
        <translation>Every marketing message ends with this line, in the recipient&apos;s language. It cannot be left out.</translation>
    </message>
    <message>
        <source>Opt-out line (%1):</source>
        <translation>Opt-out line (%1):</translation>
    </message>
    <message>
        <source>Language for people without one:</source>
        <translation>Language for people without one:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Price per SMS part:</source>
        <translation>Price per SMS part:</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Marketing messages per person:</source>
        <translation>Marketing messages per person:</translation>
    </message>
    <message>
        <source>Start the opt-out line with the business name</source>
        <translation>Start the opt-out line with the business name</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy: another program or another Textwell window is writing to it. Try again in a moment, or close the other program.</source>
        <translation>The database is busy: another program or another Textwell window is writing to it. Try again in a moment, or close the other program.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that you may write to it and to its folder, or open a copy.</source>
        <translation>The database file is read-only. Check that you may write to it and to its folder, or open a copy.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>The disk is full. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Textwell database.</source>
        <translation>The database file is damaged or is not a Textwell database.</translation>
    </message>
    <message>
        <source>The consent history cannot be changed or deleted; it only grows.</source>
        <translation>The consent history cannot be changed or deleted; it only grows.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
</context>
<context>
    <name>SubscriberDetailPane</name>
    <message>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Unsubscribe…</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>E&amp;xclude…</translation>
    </message>
    <message>
        <source>&amp;Lift exclusion</source>
        <translation>&amp;Lift exclusion</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>Consent and opt-out history</source>
        <translation>Consent and opt-out history</translation>
    </message>
    <message numerus="yes">
        <source>%n people selected. Use the toolbar or the right-click menu to exclude, unsubscribe or delete them together.</source>
        <translation>
            <numerusform>%n person selected. Use the toolbar or the right-click menu to exclude, unsubscribe or delete them together.</numerusform>
            <numerusform>%n people selected. Use the toolbar or the right-click menu to exclude, unsubscribe or delete them together.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their details and consent history.</source>
        <translation>Select a person to see their details and consent history.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1: may not receive SMS</source>
        <translation>%1: may not receive SMS</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>City: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Consent: %1, %2</source>
        <translation>Consent: %1, %2</translation>
    </message>
    <message>
        <source>Consent: none recorded — this person gets no messages.</source>
        <translation>Consent: none recorded — this person gets no messages.</translation>
    </message>
    <message>
        <source>Unsubscribed on %1.</source>
        <translation>Unsubscribed on %1.</translation>
    </message>
    <message>
        <source>Excluded on %1: %2</source>
        <translation>Excluded on %1: %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1; by %2</source>
        <translation>%1; by %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Recorded %1</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
</context>
<context>
    <name>SubscriberDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>e.g. regular, vip</source>
        <translation>e.g. regular, vip</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>The person has given consent to receive messages</source>
        <translation>The person has given consent to receive messages</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SubscriberStatus</name>
    <message>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>No consent</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2)</source>
        <translation>Consent given on %1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
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
        <translation>Consent</translation>
    </message>
    <message>
        <source>Number type: %1. It may not receive SMS.</source>
        <translation>Number type: %1. It may not receive SMS.</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>Unsubscribe %1 from all marketing messages. Only a new consent from the person can undo this.</source>
        <translation>Unsubscribe %1 from all marketing messages. Only a new consent from the person can undo this.</translation>
    </message>
    <message>
        <source>In the person&apos;s words (optional; needed for “Other”)</source>
        <translation>In the person&apos;s words (optional; needed for “Other”)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
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
        <translation>Textwell on the command line: the address book, consent and exclusions.</translation>
    </message>
    <message>
        <source>SMS campaigns that respect the customer&apos;s choice.</source>
        <translation>SMS campaigns that respect the customer&apos;s choice.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Open this database file.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Language: en, ru or de.</source>
        <translation>Language: en, ru or de.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Textwell</source>
        <translation>Textwell</translation>
    </message>
    <message>
        <source>Textwell cannot open its database.</source>
        <translation>Textwell cannot open its database.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create a new, empty one there?</source>
        <translation>There is no database at “%1”. Create a new, empty one there?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
</TS>
