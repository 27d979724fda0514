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
        <source>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</source>
        <translation>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent from an imported file does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a consent from an imported file does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent read from an SMS reply in words does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a consent read from an SMS reply in words does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent given through a link does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a consent given through a link does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent recorded by another program does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a consent recorded by another program does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent reported by the carrier does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a consent reported by the carrier does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: this consent does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: this consent does not re-subscribe a number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a confirmation does not re-subscribe a number.</source>
        <translation>%1 unsubscribed earlier and stays unsubscribed: a confirmation does not re-subscribe a number.</translation>
    </message>
</context>
<context>
    <name>AddressBookExport</name>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Consent source</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Number type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Add the people who agreed to hear from you, with the proof of their consent, or import a list (File &gt; Import…, or drag the file here). You can also exclude a number that must never get a message, even before it is in the book.</source>
        <translation>Add the people who agreed to hear from you, with the proof of their consent, or import a list (File &gt; Import…, or drag the file here). You can also exclude a number that must never get a message, even before it is in the book.</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>E&amp;rase personal data…</translation>
    </message>
    <message>
        <source>When a person asks you to delete their data: deletes it for good and keeps only the number on the suppression list, so they are never texted again.</source>
        <translation>When a person asks you to delete their data: deletes it for good and keeps only the number on the suppression list, so they are never texted again.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nothing was erased: %1</translation>
    </message>
    <message>
        <source>Erased the personal data of %1. The number stays excluded so it is never texted again.</source>
        <translation>Erased the personal data of %1. The number stays excluded so it is never texted again.</translation>
    </message>
    <message>
        <source>Erased the personal data of %1. The number stays unsubscribed so it is never texted again.</source>
        <translation>Erased the personal data of %1. The number stays unsubscribed so it is never texted again.</translation>
    </message>
    <message numerus="yes">
        <source>Lifted %L1 of %Ln exclusion(s); the others stay: %2</source>
        <extracomment>%L1 is how many exclusions were lifted, %Ln how many were to be, %2 why the next one failed.</extracomment>
        <translation>
            <numerusform>Lifted %L1 of %Ln exclusion; the others stay: %2</numerusform>
            <numerusform>Lifted %L1 of %Ln exclusions; the others stay: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed %L1 of %Ln number(s); the others are still subscribed: %2</source>
        <extracomment>%L1 is how many numbers were unsubscribed, %Ln how many were to be, %2 the problems.</extracomment>
        <translation>
            <numerusform>Unsubscribed %L1 of %Ln number; the others are still subscribed: %2</numerusform>
            <numerusform>Unsubscribed %L1 of %Ln numbers; the others are still subscribed: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>There is no campaign %1 that has started.</source>
        <translation>There is no campaign %1 that has started.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Unsubscribe rate of a campaign</source>
        <translation>Unsubscribe rate of a campaign</translation>
    </message>
    <message>
        <source>The opt-outs attributed to the campaign, each number once, divided by its messages delivered, or by its messages sent where the gateway reported no deliveries.</source>
        <translation>The opt-outs attributed to the campaign, each number once, divided by its messages delivered, or by its messages sent where the gateway reported no deliveries.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>An opt-out is attributed to the last campaign that sent the number a message before it.</source>
        <translation>An opt-out is attributed to the last campaign that sent the number a message before it.</translation>
    </message>
    <message>
        <source>Unsubscribe rate of a period</source>
        <translation>Unsubscribe rate of a period</translation>
    </message>
    <message>
        <source>The opt-outs attributed to the campaigns started in the period, divided by those campaigns&apos; delivered (or sent) messages.</source>
        <translation>The opt-outs attributed to the campaigns started in the period, divided by those campaigns&apos; delivered (or sent) messages.</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Delivery rate</translation>
    </message>
    <message>
        <source>Messages delivered divided by messages sent, over the campaigns whose gateway reports deliveries.</source>
        <translation>Messages delivered divided by messages sent, over the campaigns whose gateway reports deliveries.</translation>
    </message>
    <message>
        <source>Opt-outs, reasons, how people left</source>
        <translation>Opt-outs, reasons, how people left</translation>
    </message>
    <message>
        <source>Opt-outs counted by the time they were recorded, whichever campaign they followed.</source>
        <translation>Opt-outs counted by the time they were recorded, whichever campaign they followed.</translation>
    </message>
    <message>
        <source>Gained and lost</source>
        <translation>Gained and lost</translation>
    </message>
    <message>
        <source>Gained: consents recorded. Lost: opt-outs and exclusions recorded.</source>
        <translation>Gained: consents recorded. Lost: opt-outs and exclusions recorded.</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Active subscribers</translation>
    </message>
    <message>
        <source>People with consent who have not unsubscribed and are not excluded.</source>
        <translation>People with consent who have not unsubscribed and are not excluded.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Days begin at midnight in the time zone of the computer that made the figures.</source>
        <translation>Days begin at midnight in the time zone of the computer that made the figures.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Write an answer… (Ctrl+Return sends)</source>
        <translation>Write an answer… (Ctrl+Return sends)</translation>
    </message>
    <message>
        <source>Queue the answer; it goes out before any campaign message (Ctrl+Return)</source>
        <translation>Queue the answer; it goes out before any campaign message (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Nothing more to do here: the conversation leaves the Open list. Possible opt-outs stay open until decided.</source>
        <translation>Nothing more to do here: the conversation leaves the Open list. Possible opt-outs stay open until decided.</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Write the answer first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS</source>
        <translation>
            <numerusform>%1 characters · %n SMS</numerusform>
            <numerusform>%1 characters · %n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark h&amp;andled</source>
        <translation>Mark h&amp;andled</translation>
    </message>
    <message>
        <source>H&amp;andled</source>
        <translation>H&amp;andled</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <source>Show as bars</source>
        <translation>Show as bars</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Donut</translation>
    </message>
    <message>
        <source>Show as a donut, the shares of the whole</source>
        <translation>Show as a donut, the shares of the whole</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all)</source>
        <translation>%1: %2 (%3 of all)</translation>
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
        <source>“%1” is not a time of day; write it like 21:00.</source>
        <translation>“%1” is not a time of day; write it like 21:00.</translation>
    </message>
    <message>
        <source>The sending rate is a number of messages per second from 0.1 to 1000.</source>
        <translation>The sending rate is a number of messages per second from 0.1 to 1000.</translation>
    </message>
    <message>
        <source>“%1” is not one of the gateways: %2.</source>
        <translation>“%1” is not one of the gateways: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as http://127.0.0.1:13013.</source>
        <translation>“%1” is not a web address such as http://127.0.0.1:13013.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>The port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address such as 127.0.0.1.</source>
        <translation>“%1” is not an IP address such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>The value is too long.</translation>
    </message>
    <message numerus="yes">
        <source>The opt-out line is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>The opt-out line is too long: at most %Ln character.</numerusform>
            <numerusform>The opt-out line is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The business name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>The business name is too long: at most %Ln character.</numerusform>
            <numerusform>The business name is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write it like Europe/Berlin, or leave it empty for this computer&apos;s time zone.</source>
        <translation>“%1” is not a time zone; write it like Europe/Berlin, or leave it empty for this computer&apos;s time zone.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>more deliveries</source>
        <translation>more deliveries</translation>
    </message>
    <message>
        <source>fewer opt-outs</source>
        <translation>fewer opt-outs</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>The saved segment a campaign goes to.</source>
        <translation>The saved segment a campaign goes to.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The second text of an A/B test.</source>
        <translation>The second text of an A/B test.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>A/B test: each text goes to this percentage first (1-50).</source>
        <translation>A/B test: each text goes to this percentage first (1-50).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>A/B test: the winner has fewer opt-outs (opt-out) or more deliveries (delivery).</source>
        <translation>A/B test: the winner has fewer opt-outs (opt-out) or more deliveries (delivery).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metric</translation>
    </message>
    <message>
        <source>A/B test: the rest goes to the winner this many hours after the start.</source>
        <translation>A/B test: the rest goes to the winner this many hours after the start.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Schedule for this local date and time, e.g. 2026-12-01T10:00.</source>
        <translation>Schedule for this local date and time, e.g. 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>send: send what is due now, then stop.</source>
        <translation>send: send what is due now, then stop.</translation>
    </message>
    <message>
        <source>send: keep listening this many seconds for delivery reports at the end (default 5).</source>
        <translation>send: keep listening this many seconds for delivery reports at the end (default 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”.</source>
        <translation>There is no campaign named “%1”.</translation>
    </message>
    <message>
        <source>campaign create needs a name, in quotes.</source>
        <translation>campaign create needs a name, in quotes.</translation>
    </message>
    <message>
        <source>campaign needs one of: create, list, start, pause, resume, cancel, status, messages.</source>
        <translation>campaign needs one of: create, list, start, pause, resume, cancel, status, messages.</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s number or name.</source>
        <translation>campaign %1 needs the campaign&apos;s number or name.</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Custom rule</translation>
    </message>
    <message>
        <source>campaign create needs --segment NAME or --rule JSON, and --template TEXT.</source>
        <translation>campaign create needs --segment NAME or --rule JSON, and --template TEXT.</translation>
    </message>
    <message>
        <source>--ab-metric is opt-out or delivery.</source>
        <translation>--ab-metric is opt-out or delivery.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-12-01T10:00.</source>
        <translation>“%1” is not a date and time such as 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>The campaign was saved as draft %1 but not scheduled: %2</source>
        <translation>The campaign was saved as draft %1 but not scheduled: %2</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with: textwell-cli campaign create NAME --segment S --template TEXT</source>
        <translation>No campaigns yet. Create one with: textwell-cli campaign create NAME --segment S --template TEXT</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3</source>
        <translation>Campaign %1 “%2”: %3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 (not kept): </source>
        <translation>%1 (not kept): </translation>
    </message>
    <message>
        <source>%1 The %2 is needed: store it with “textwell-cli gateway secret”, or set TEXTWELL_GATEWAY_SECRET.</source>
        <translation>%1 The %2 is needed: store it with “textwell-cli gateway secret”, or set TEXTWELL_GATEWAY_SECRET.</translation>
    </message>
    <message>
        <source>send needs --due: it sends what is due now, then stops.</source>
        <translation>send needs --due: it sends what is due now, then stops.</translation>
    </message>
    <message>
        <source>%1 Sending without delivery reports.</source>
        <translation>%1 Sending without delivery reports.</translation>
    </message>
    <message>
        <source>Sent what was due.</source>
        <translation>Sent what was due.</translation>
    </message>
    <message>
        <source>gateway needs one of: test NUMBER, secret.</source>
        <translation>gateway needs one of: test NUMBER, secret.</translation>
    </message>
    <message>
        <source>The chosen gateway needs no secret.</source>
        <translation>The chosen gateway needs no secret.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Nothing was typed; nothing was stored.</source>
        <translation>Nothing was typed; nothing was stored.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Stored in the keychain.</translation>
    </message>
    <message>
        <source>Test message from Textwell: the gateway works.</source>
        <translation>Test message from Textwell: the gateway works.</translation>
    </message>
    <message>
        <source>The gateway did not take the test message: %1</source>
        <translation>The gateway did not take the test message: %1</translation>
    </message>
    <message>
        <source>The test message was written to the export file.</source>
        <translation>The test message was written to the export file.</translation>
    </message>
    <message>
        <source>The gateway took the test message for %1.</source>
        <translation>The gateway took the test message for %1.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3.</source>
        <translation>Campaign %1 “%2”: %3.</translation>
    </message>
    <message>
        <source>Created campaign %1 “%2”: %3.</source>
        <translation>Created campaign %1 “%2”: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 started: %n message(s) to send. Textwell sends them while it is open, or run: textwell-cli send --due</source>
        <extracomment>%1 is the campaign&apos;s number, %n how many messages it sends.</extracomment>
        <translation>
            <numerusform>Campaign %1 started: %n message to send. Textwell sends it while it is open, or run: textwell-cli send --due</numerusform>
            <numerusform>Campaign %1 started: %n messages to send. Textwell sends them while it is open, or run: textwell-cli send --due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDetailPane</name>
    <message>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Sent, no delivery report yet</source>
        <translation>Sent, no delivery report yet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Unknown — to check</source>
        <translation>Unknown — to check</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting for the winner</source>
        <translation>Waiting for the winner</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Not sent (cancelled)</translation>
    </message>
    <message>
        <source>Exported to file</source>
        <translation>Exported to file</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B test</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Show messages</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation>Messages of the campaign</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Select a campaign to see how it went and where each message stands.</source>
        <translation>Select a campaign to see how it went and where each message stands.</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>The messages could not be read: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
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
        <translation>Created %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Cancelled %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>Check the gateway in Settings, then press Resume.</source>
        <translation>Check the gateway in Settings, then press Resume.</translation>
    </message>
    <message>
        <source>Check the gateway in Settings.</source>
        <translation>Check the gateway in Settings.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Nothing sent yet. It starts on %1; the recipients are chosen then, so people who unsubscribe before that are left out.</source>
        <translation>Nothing sent yet. It starts on %1; the recipients are chosen then, so people who unsubscribe before that are left out.</translation>
    </message>
    <message>
        <source>Cancelled before it started: no one got it.</source>
        <translation>Cancelled before it started: no one got it.</translation>
    </message>
    <message>
        <source>Paused before it started: nothing sent yet.</source>
        <translation>Paused before it started: nothing sent yet.</translation>
    </message>
    <message>
        <source>A draft: nothing sent yet. Send or schedule it from Compose; the recipients are chosen when it starts.</source>
        <translation>A draft: nothing sent yet. Send or schedule it from Compose; the recipients are chosen when it starts.</translation>
    </message>
    <message>
        <source>matched the segment at the start</source>
        <translation>matched the segment at the start</translation>
    </message>
    <message>
        <source>taken by the gateway</source>
        <translation>taken by the gateway</translation>
    </message>
    <message>
        <source>in line to be sent</source>
        <translation>in line to be sent</translation>
    </message>
    <message>
        <source>The first may go at %1.</source>
        <translation>The first may go at %1.</translation>
    </message>
    <message>
        <source>They get the winning text on %1.</source>
        <translation>They get the winning text on %1.</translation>
    </message>
    <message>
        <source>No answer came from the gateway (the app stopped or the line broke). They were not sent again, so no one gets a message twice: check them with your SMS provider.</source>
        <translation>No answer came from the gateway (the app stopped or the line broke). They were not sent again, so no one gets a message twice: check them with your SMS provider.</translation>
    </message>
    <message>
        <source>the campaign was cancelled</source>
        <translation>the campaign was cancelled</translation>
    </message>
    <message>
        <source>written to the export file for your provider</source>
        <translation>written to the export file for your provider</translation>
    </message>
    <message>
        <source>Text %1: “%2”</source>
        <translation>Text %1: “%2”</translation>
    </message>
    <message>
        <source>%1 sent · %2 delivered · %3 opted out</source>
        <translation>%1 sent · %2 delivered · %3 opted out</translation>
    </message>
    <message>
        <source>Winner: text %1. The other recipients got it.</source>
        <translation>Winner: text %1. The other recipients got it.</translation>
    </message>
    <message>
        <source>The test starts when the campaign is sent.</source>
        <translation>The test starts when the campaign is sent.</translation>
    </message>
    <message>
        <source>Cancelled before a winner was chosen.</source>
        <translation>Cancelled before a winner was chosen.</translation>
    </message>
    <message>
        <source>The winner is chosen on %1; then the others get its text.</source>
        <translation>The winner is chosen on %1; then the others get its text.</translation>
    </message>
    <message>
        <source>The winner is being chosen.</source>
        <translation>The winner is being chosen.</translation>
    </message>
    <message>
        <source>No messages yet: they are written when the campaign starts.</source>
        <translation>No messages yet: they are written when the campaign starts.</translation>
    </message>
    <message>
        <source>No messages of this kind.</source>
        <translation>No messages of this kind.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln message(s) done (%2)</source>
        <extracomment>%L1 is how many messages are done, %Ln how many there are, %2 the share done (“40%”).</extracomment>
        <translation>
            <numerusform>%L1 of %Ln message done (%2)</numerusform>
            <numerusform>%L1 of %Ln messages done (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <comment>a percentage: 97% of those sent</comment>
        <translation>%1 of those sent</translation>
    </message>
    <message>
        <source>Each text went to %1 of the recipients first; the winner is the one with more deliveries.</source>
        <translation>Each text went to %1 of the recipients first; the winner is the one with more deliveries.</translation>
    </message>
    <message>
        <source>Each text went to %1 of the recipients first; the winner is the one with fewer opt-outs.</source>
        <translation>Each text went to %1 of the recipients first; the winner is the one with fewer opt-outs.</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>Campaign summary</translation>
    </message>
    <message>
        <source>written to the export file, which brings no delivery reports</source>
        <translation>written to the export file, which brings no delivery reports</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>&amp;Later, at:</source>
        <translation>&amp;Later, at:</translation>
    </message>
    <message>
        <source>&amp;A/B test a second text first</source>
        <translation>&amp;A/B test a second text first</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Text &amp;B:</source>
        <translation>Text &amp;B:</translation>
    </message>
    <message>
        <source>Each text first goes to:</source>
        <translation>Each text first goes to:</translation>
    </message>
    <message>
        <source>The winner has:</source>
        <translation>The winner has:</translation>
    </message>
    <message>
        <source>The rest gets the winner after:</source>
        <translation>The rest gets the winner after:</translation>
    </message>
    <message>
        <source>Text A is the one in the composer. Both get the opt-out line.</source>
        <translation>Text A is the one in the composer. Both get the opt-out line.</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Campaign &amp;name:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <source>Text B is the same as text A; change it to learn which works better.</source>
        <translation>Text B is the same as text A; change it to learn which works better.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation>N&amp;ow</translation>
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
        <translation>no reason given</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
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
        <translation>Messages that went out: taken by the gateway (or written to the export file)</translation>
    </message>
    <message>
        <source>Messages the phone network reported as delivered</source>
        <translation>Messages the phone network reported as delivered</translation>
    </message>
    <message>
        <source>Messages refused or not delivered; point at a number to see why</source>
        <translation>Messages refused or not delivered; point at a number to see why</translation>
    </message>
    <message>
        <source>People left out by the rules, e.g. unsubscribed or without consent</source>
        <translation>People left out by the rules, e.g. unsubscribed or without consent</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>CampaignMessagesModel</name>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>next try %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Textwell handed this message to the gateway but got no answer (the app stopped or the connection broke). It was not sent again, so no one gets it twice. Ask your SMS provider whether it arrived.</source>
        <translation>Textwell handed this message to the gateway but got no answer (the app stopped or the connection broke). It was not sent again, so no one gets it twice. Ask your SMS provider whether it arrived.</translation>
    </message>
    <message>
        <source>The gateway said: %1</source>
        <translation>The gateway said: %1</translation>
    </message>
    <message>
        <source>The gateway said: %1 (code %2)</source>
        <translation>The gateway said: %1 (code %2)</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Tries: %1</translation>
    </message>
    <message>
        <source>gets the winning text</source>
        <translation>gets the winning text</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>not written</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s), %1</source>
        <translation>
            <numerusform>%n SMS part, %1</numerusform>
            <numerusform>%n SMS parts, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The message&apos;s id at your SMS provider, to look it up there</source>
        <translation>The message&apos;s id at your SMS provider, to look it up there</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Text as sent</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>Gateway ID</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>no delivery reports</source>
        <translation>no delivery reports</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Unsubscribe rate</translation>
    </message>
    <message>
        <source>of the messages delivered</source>
        <translation>of the messages delivered</translation>
    </message>
    <message>
        <source>of the messages sent</source>
        <translation>of the messages sent</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Why people unsubscribed</translation>
    </message>
    <message>
        <source>Nobody unsubscribed after this campaign.</source>
        <translation>Nobody unsubscribed after this campaign.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Who unsubscribed</source>
        <translation>Who unsubscribed</translation>
    </message>
</context>
<context>
    <name>CampaignStarter</name>
    <message>
        <source>The text has a mistake; open the campaign in the composer to fix it.</source>
        <translation>The text has a mistake; open the campaign in the composer to fix it.</translation>
    </message>
    <message>
        <source>The segment “%1” matches no one, so there is no one to send to.</source>
        <translation>The segment “%1” matches no one, so there is no one to send to.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelled; nothing was sent.</translation>
    </message>
    <message>
        <source>The campaign was paused or cancelled meanwhile; it did not start.</source>
        <translation>The campaign was paused or cancelled meanwhile; it did not start.</translation>
    </message>
    <message>
        <source>The winner is A or B.</source>
        <translation>The winner is A or B.</translation>
    </message>
    <message>
        <source>The rest already went to variant %1.</source>
        <translation>The rest already went to variant %1.</translation>
    </message>
    <message>
        <source>The campaign was started, paused or cancelled meanwhile; it did not start again.</source>
        <translation>The campaign was started, paused or cancelled meanwhile; it did not start again.</translation>
    </message>
    <message>
        <source>The rest of this A/B test was already given its text.</source>
        <translation>The rest of this A/B test was already given its text.</translation>
    </message>
    <message>
        <source>The campaign’s status is “%1”; only a draft or a scheduled campaign can start.</source>
        <translation>The campaign’s status is “%1”; only a draft or a scheduled campaign can start.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test needs more people: %Ln person(s) can receive this message, too few to try two texts on %1 each and send the rest the winner.</source>
        <extracomment>%Ln is how many people can receive the message, %1 the share of them each text goes to (“10%”).</extracomment>
        <translation>
            <numerusform>An A/B test needs more people: %Ln person can receive this message, too few to try two texts on %1 each and send the rest the winner.</numerusform>
            <numerusform>An A/B test needs more people: %Ln people can receive this message, too few to try two texts on %1 each and send the rest the winner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one in the segment “%1” can receive this message (all %n of them are unsubscribed, excluded, without consent, awaiting their confirmation by SMS or without a mobile number).</source>
        <extracomment>%1 is the segment&apos;s name, %n how many people it matches.</extracomment>
        <translation>
            <numerusform>No one in the segment “%1” can receive this message (the %n person in it is unsubscribed, excluded, without consent, awaiting their confirmation by SMS or without a mobile number).</numerusform>
            <numerusform>No one in the segment “%1” can receive this message (all %n of them are unsubscribed, excluded, without consent, awaiting their confirmation by SMS or without a mobile number).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <source>Write the message first: the text is empty.</source>
        <translation>Write the message first: the text is empty.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>Text B</source>
        <translation>Text B</translation>
    </message>
    <message>
        <source>%1 has a mistake: %2</source>
        <translation>%1 has a mistake: %2</translation>
    </message>
    <message>
        <source>Each A/B variant goes to between 1% and 50% of the recipients.</source>
        <translation>Each A/B variant goes to between 1% and 50% of the recipients.</translation>
    </message>
    <message>
        <source>The A/B test runs between 1 hour and 14 days before the rest gets the winner.</source>
        <translation>The A/B test runs between 1 hour and 14 days before the rest gets the winner.</translation>
    </message>
    <message>
        <source>The segment&apos;s rule cannot be read: %1</source>
        <translation>The segment&apos;s rule cannot be read: %1</translation>
    </message>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>There is no campaign number %1.</translation>
    </message>
    <message>
        <source>The campaign changed meanwhile; look at it again.</source>
        <translation>The campaign changed meanwhile; look at it again.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Choose a date and time.</translation>
    </message>
    <message>
        <source>That time is in the past.</source>
        <translation>That time is in the past.</translation>
    </message>
    <message>
        <source>Only a draft can be scheduled; this campaign’s status is “%1”.</source>
        <translation>Only a draft can be scheduled; this campaign’s status is “%1”.</translation>
    </message>
    <message>
        <source>Only a campaign that is sending or scheduled can be paused; this one’s status is “%1”.</source>
        <translation>Only a campaign that is sending or scheduled can be paused; this one’s status is “%1”.</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed; this one’s status is “%1”.</source>
        <translation>Only a paused campaign can be resumed; this one’s status is “%1”.</translation>
    </message>
    <message>
        <source>The campaign’s status is “%1”; there is nothing left to cancel.</source>
        <translation>The campaign’s status is “%1”; there is nothing left to cancel.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %Ln character(s).</source>
        <translation>
            <numerusform>The name is longer than %Ln character.</numerusform>
            <numerusform>The name is longer than %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>%1
Double-click or press Enter to see who left after it.</source>
        <translation>%1
Double-click or press Enter to see who left after it.</translation>
    </message>
    <message>
        <source>The gateway sent no delivery reports for this campaign: its rate counts the messages sent.</source>
        <translation>The gateway sent no delivery reports for this campaign: its rate counts the messages sent.</translation>
    </message>
    <message>
        <source>No message of this campaign went out yet.</source>
        <translation>No message of this campaign went out yet.</translation>
    </message>
    <message>
        <source>%1 of the people reached opted out: above your alert level of %2.</source>
        <translation>%1 of the people reached opted out: above your alert level of %2.</translation>
    </message>
    <message>
        <source>%1 of the people reached opted out.</source>
        <translation>%1 of the people reached opted out.</translation>
    </message>
    <message>
        <source>%1, above the alert level</source>
        <translation>%1, above the alert level</translation>
    </message>
    <message>
        <source>Messages handed to the gateway</source>
        <translation>Messages handed to the gateway</translation>
    </message>
    <message>
        <source>Messages the gateway reported delivered to the phone</source>
        <translation>Messages the gateway reported delivered to the phone</translation>
    </message>
    <message>
        <source>Messages refused or reported undelivered</source>
        <translation>Messages refused or reported undelivered</translation>
    </message>
    <message>
        <source>People who opted out after this campaign</source>
        <translation>People who opted out after this campaign</translation>
    </message>
    <message>
        <source>Opt-outs per message delivered (or sent, without delivery reports)</source>
        <translation>Opt-outs per message delivered (or sent, without delivery reports)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Opt-out rate</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Top reason</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Open &amp;Compose</source>
        <translation>Open &amp;Compose</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Cance&amp;l campaign…</source>
        <translation>Cance&amp;l campaign…</translation>
    </message>
    <message>
        <source>Stop sending for now; resume whenever you like</source>
        <translation>Stop sending for now; resume whenever you like</translation>
    </message>
    <message>
        <source>Go on sending where it stopped</source>
        <translation>Go on sending where it stopped</translation>
    </message>
    <message>
        <source>Stop for good: messages not sent yet are never sent</source>
        <translation>Stop for good: messages not sent yet are never sent</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>No campaigns yet</translation>
    </message>
    <message>
        <source>Campaigns are created in Compose: write your message, choose who gets it, then send it now or schedule it. It appears here with its progress, and you can pause or cancel it at any time.</source>
        <translation>Campaigns are created in Compose: write your message, choose who gets it, then send it now or schedule it. It appears here with its progress, and you can pause or cancel it at any time.</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>The campaigns could not be read: %1</translation>
    </message>
    <message>
        <source>“%1” is paused. A message already on its way to the gateway may still go out.</source>
        <translation>“%1” is paused. A message already on its way to the gateway may still go out.</translation>
    </message>
    <message>
        <source>“%1” goes on where it stopped.</source>
        <translation>“%1” goes on where it stopped.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent to anyone.

This cannot be undone.</source>
        <translation>Cancel “%1”? It will not be sent to anyone.

This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”?

%Ln message(s) not sent yet will not be sent. Messages already sent stay sent.

This cannot be undone.</source>
        <translation>
            <numerusform>Cancel “%1”?

%Ln message not sent yet will not be sent. Messages already sent stay sent.

This cannot be undone.</numerusform>
            <numerusform>Cancel “%1”?

%Ln messages not sent yet will not be sent. Messages already sent stay sent.

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancel campaign</translation>
    </message>
    <message>
        <source>Stop for good</source>
        <translation>Stop for good</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is cancelled; %Ln message(s) will not be sent.</source>
        <translation>
            <numerusform>“%1” is cancelled; %Ln message will not be sent.</numerusform>
            <numerusform>“%1” is cancelled; %Ln messages will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>“%1” is cancelled.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
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
    <message>
        <source>Personal data erased (asked on %1)</source>
        <translation>Personal data erased (asked on %1)</translation>
    </message>
    <message>
        <source>the person in the address book</source>
        <translation>the person in the address book</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the texts of %n message(s)</source>
        <translation>
            <numerusform>the text of %n message</numerusform>
            <numerusform>the texts of %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent history entry(ies)</source>
        <translation>
            <numerusform>%n consent history entry</numerusform>
            <numerusform>%n consent history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n history entry(ies) that prove the suppression</source>
        <translation>
            <numerusform>the details of %n history entry that proves the suppression</numerusform>
            <numerusform>the details of %n history entries that prove the suppression</numerusform>
        </translation>
    </message>
    <message>
        <source>erase: when the person asked for the erasure (YYYY-MM-DD; default: now).</source>
        <translation>erase: when the person asked for the erasure (YYYY-MM-DD; default: now).</translation>
    </message>
    <message>
        <source>erase: confirms it. Erasing deletes the person with their tags, custom fields and notes, every reply from the number, the texts of the messages sent to it and the details of its consent history. The number stays suppressed (excluded, unless it unsubscribed) so that it is never texted again, as the law requires, and the erasure is logged. It cannot be undone.</source>
        <translation>erase: confirms it. Erasing deletes the person with their tags, custom fields and notes, every reply from the number, the texts of the messages sent to it and the details of its consent history. The number stays suppressed (excluded, unless it unsubscribed) so that it is never texted again, as the law requires, and the erasure is logged. It cannot be undone.</translation>
    </message>
    <message>
        <source>--requested-at takes a date as YYYY-MM-DD.</source>
        <translation>--requested-at takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 was already erased on %2; nothing is left to erase.</source>
        <translation>%1 was already erased on %2; nothing is left to erase.</translation>
    </message>
    <message>
        <source>erasing cannot be undone. Nothing personal is stored for %1; it would be excluded so that it is never texted, and the erasure logged. Add --yes to erase.</source>
        <translation>erasing cannot be undone. Nothing personal is stored for %1; it would be excluded so that it is never texted, and the erasure logged. Add --yes to erase.</translation>
    </message>
    <message>
        <source>erasing cannot be undone. It would delete the personal data of %1: %2. The number stays suppressed so that it is never texted again; the law requires it. Add --yes to erase.</source>
        <extracomment>%1 is the phone number, %2 the list of what would be deleted, joined as the language joins a list (the items are translated on their own, as list items: “the person in the address book and 1 consent history entry”).</extracomment>
        <translation>erasing cannot be undone. It would delete the personal data of %1: %2. The number stays suppressed so that it is never texted again; the law requires it. Add --yes to erase.</translation>
    </message>
    <message>
        <source>%1 was already erased on %2; nothing was left to erase. The number stays suppressed.</source>
        <translation>%1 was already erased on %2; nothing was left to erase. The number stays suppressed.</translation>
    </message>
    <message>
        <source>Nothing personal was stored for %1; the erasure is logged.</source>
        <translation>Nothing personal was stored for %1; the erasure is logged.</translation>
    </message>
    <message>
        <source>Erased the personal data of %1: %2.</source>
        <translation>Erased the personal data of %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n message not sent yet will not be sent.</numerusform>
            <numerusform>%n messages not sent yet will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number stays excluded so that it is never texted again; the law requires it.</source>
        <translation>The number stays excluded so that it is never texted again; the law requires it.</translation>
    </message>
    <message>
        <source>The number stays unsubscribed so that it is never texted again; the law requires it.</source>
        <translation>The number stays unsubscribed so that it is never texted again; the law requires it.</translation>
    </message>
    <message>
        <source>It had been erased before, on %1.</source>
        <translation>It had been erased before, on %1.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln person(s)…</source>
        <translation>
            <numerusform>%L1 of %Ln person…</numerusform>
            <numerusform>%L1 of %Ln people…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n person(s) (%1 unsubscribed, %2 excluded, %3 without consent) in %L4 s.</source>
        <extracomment>%n is how many people were created; %1, %2 and %3 how many of them are unsubscribed, excluded and without consent; %L4 the seconds it took.</extracomment>
        <translation>
            <numerusform>Created %n person (%1 unsubscribed, %2 excluded, %3 without consent) in %L4 s.</numerusform>
            <numerusform>Created %n people (%1 unsubscribed, %2 excluded, %3 without consent) in %L4 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A year of history: %n campaign(s); messages sent: %L1; opt-outs after a campaign: %L2.</source>
        <extracomment>%n is how many campaigns were made up, %L1 how many messages they sent, %L2 how many people opted out after one.</extracomment>
        <translation>
            <numerusform>A year of history: %n campaign; messages sent: %L1; opt-outs after a campaign: %L2.</numerusform>
            <numerusform>A year of history: %n campaigns; messages sent: %L1; opt-outs after a campaign: %L2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file, or a shared database: postgresql://user@server:5432/name (default: the app&apos;s own).</source>
        <translation>The database file, or a shared database: postgresql://user@server:5432/name (default: the app&apos;s own).</translation>
    </message>
    <message>
        <source>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, import-suppression, export, export-suppression, report dashboard|campaign ID|optouts|consent NUMBER, move-to DATABASE</source>
        <translation>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, import-suppression, export, export-suppression, report dashboard|campaign ID|optouts|consent NUMBER, move-to DATABASE</translation>
    </message>
    <message>
        <source>move-to needs the database to move to, e.g. postgresql://shop@server:5432/textwell.</source>
        <translation>move-to needs the database to move to, e.g. postgresql://shop@server:5432/textwell.</translation>
    </message>
    <message>
        <source>move-to needs another database than the one it moves from.</source>
        <translation>move-to needs another database than the one it moves from.</translation>
    </message>
    <message>
        <source>Moved to %1; every table counted again there:</source>
        <translation>Moved to %1; every table counted again there:</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message numerus="yes">
        <source>%L1 of %Ln row(s)…</source>
        <translation>
            <numerusform>%L1 of %Ln row…</numerusform>
            <numerusform>%L1 of %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)…</source>
        <translation>
            <numerusform>%Ln row…</numerusform>
            <numerusform>%Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not column=field.</source>
        <translation>&quot;%1&quot; is not column=field.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns: %2.</source>
        <translation>The file has no column &quot;%1&quot;. Its columns: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field. Fields: %2.</source>
        <translation>&quot;%1&quot; is not a field. Fields: %2.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Choose the column with the phone numbers.</source>
        <translation>Choose the column with the phone numbers.</translation>
    </message>
    <message>
        <source>Name the custom field for %1.</source>
        <translation>Name the custom field for %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to %3. Choose one of them.</source>
        <translation>%1 and %2 are both mapped to %3. Choose one of them.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Full name (split into first and last)</translation>
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
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Consent source</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Consent evidence</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
</context>
<context>
    <name>ComplianceItemModel</name>
    <message numerus="yes">
        <source>%n business day(s) overdue</source>
        <translation>
            <numerusform>%n business day overdue</numerusform>
            <numerusform>%n business days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Person or contact</source>
        <translation>Person or contact</translation>
    </message>
    <message>
        <source>Received or since</source>
        <translation>Received or since</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>ComplianceItems</name>
    <message>
        <source>Opt-out request</source>
        <translation>Opt-out request</translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation>Reply to review</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
</context>
<context>
    <name>ComplianceLoader</name>
    <message>
        <source>The request from %1 is recorded. Find the number and enter it by %2.</source>
        <translation>The request from %1 is recorded. Find the number and enter it by %2.</translation>
    </message>
    <message>
        <source>%1 is opted out as of the request.</source>
        <translation>%1 is opted out as of the request.</translation>
    </message>
    <message>
        <source>The request is closed: %1</source>
        <translation>The request is closed: %1</translation>
    </message>
    <message>
        <source>%1 is asked to confirm by SMS.</source>
        <translation>%1 is asked to confirm by SMS.</translation>
    </message>
    <message>
        <source>%1 was already asked to confirm.</source>
        <translation>%1 was already asked to confirm.</translation>
    </message>
    <message>
        <source>%1 has nothing to confirm.</source>
        <translation>%1 has nothing to confirm.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked to confirm by SMS.</source>
        <translation>
            <numerusform>%n person asked to confirm by SMS.</numerusform>
            <numerusform>%n people asked to confirm by SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Every country no other pack names</source>
        <translation>Every country no other pack names</translation>
    </message>
    <message>
        <source>&amp;Record opt-out request…</source>
        <translation>&amp;Record opt-out request…</translation>
    </message>
    <message>
        <source>E&amp;nter number…</source>
        <translation>E&amp;nter number…</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>&amp;Close request…</translation>
    </message>
    <message>
        <source>Open in &amp;Inbox</source>
        <translation>Open in &amp;Inbox</translation>
    </message>
    <message>
        <source>Ask to confir&amp;m</source>
        <translation>Ask to confir&amp;m</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>The number of the person who asked: they are opted out as of the request.</source>
        <translation>The number of the person who asked: they are opted out as of the request.</translation>
    </message>
    <message>
        <source>Close the request without an opt-out, saying why (e.g. no such customer).</source>
        <translation>Close the request without an opt-out, saying why (e.g. no such customer).</translation>
    </message>
    <message>
        <source>Send the confirmation request: they reply YES to confirm their consent.</source>
        <translation>Send the confirmation request: they reply YES to confirm their consent.</translation>
    </message>
    <message>
        <source>Nothing is waiting. Opt-out requests that came by phone, e-mail, letter or in person, replies that may be opt-outs and people who have not confirmed their consent show here with their deadlines.</source>
        <translation>Nothing is waiting. Opt-out requests that came by phone, e-mail, letter or in person, replies that may be opt-outs and people who have not confirmed their consent show here with their deadlines.</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out request(s) to enter</source>
        <translation>
            <numerusform>%n opt-out request to enter</numerusform>
            <numerusform>%n opt-out requests to enter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n reply to review</numerusform>
            <numerusform>%n replies to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) awaiting confirmation too long</source>
        <translation>
            <numerusform>%n person awaiting confirmation too long</numerusform>
            <numerusform>%n people awaiting confirmation too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n most urgent are listed</source>
        <translation>
            <numerusform>only the %n most urgent is listed</numerusform>
            <numerusform>the %n most urgent are listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Enter number</translation>
    </message>
    <message>
        <source>The phone number of %1 (asked %2). It is opted out as of the request.</source>
        <translation>The phone number of %1 (asked %2). It is opted out as of the request.</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Opt out</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Why is the request from %1 closed without an opt-out?</source>
        <translation>Why is the request from %1 closed without an opt-out?</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>no such customer</translation>
    </message>
    <message>
        <source>Ask everyone not asked yet…</source>
        <translation>Ask everyone not asked yet…</translation>
    </message>
    <message>
        <source>Send the confirmation request to everyone awaiting it who was never asked, however long they have been waiting.</source>
        <translation>Send the confirmation request to everyone awaiting it who was never asked, however long they have been waiting.</translation>
    </message>
    <message>
        <source>Ask to confirm</source>
        <translation>Ask to confirm</translation>
    </message>
    <message numerus="yes">
        <source>Send the confirmation request to %n person(s) awaiting confirmation who were never asked? They reply %1 to confirm; nothing else is sent to them until they do.</source>
        <translation>
            <numerusform>Send the confirmation request to %n person awaiting confirmation who was never asked? They reply %1 to confirm; nothing else is sent to them until they do.</numerusform>
            <numerusform>Send the confirmation request to %n people awaiting confirmation who were never asked? They reply %1 to confirm; nothing else is sent to them until they do.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>Send now, schedule, or A/B test this message (%1)</source>
        <translation>Send now, schedule, or A/B test this message (%1)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
    </message>
    <message>
        <source>The message has a mistake, marked in red under the text. Fix it first.</source>
        <translation>The message has a mistake, marked in red under the text. Fix it first.</translation>
    </message>
    <message>
        <source>The recipients are still being counted, or the segment has a mistake. Wait for the count, or fix the segment on the Segments screen.</source>
        <translation>The recipients are still being counted, or the segment has a mistake. Wait for the count, or fix the segment on the Segments screen.</translation>
    </message>
    <message>
        <source>The campaign was saved as a draft but not scheduled: %1</source>
        <translation>The campaign was saved as a draft but not scheduled: %1</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Preparing the messages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The campaign did not start: %1
It is kept as a draft on the Campaigns screen.</source>
        <translation>The campaign did not start: %1
It is kept as a draft on the Campaigns screen.</translation>
    </message>
    <message numerus="yes">
        <source>The text is %Ln character(s) long; an SMS campaign allows at most %L1. Shorten it.</source>
        <extracomment>%Ln is the text&apos;s length, %L1 the most an SMS campaign allows.</extracomment>
        <translation>
            <numerusform>The text is %Ln character long; an SMS campaign allows at most %L1. Shorten it.</numerusform>
            <numerusform>The text is %Ln characters long; an SMS campaign allows at most %L1. Shorten it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insert placeholder</translation>
    </message>
    <message>
        <source>Ask them to confirm in Compliance.</source>
        <translation>Ask them to confirm in Compliance.</translation>
    </message>
    <message>
        <source>No one in the address book matches “%1”.</source>
        <translation>No one in the address book matches “%1”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No one in “%1” can receive this message now; all %2 who match are left out (%3).</source>
        <translation>No one in “%1” can receive this message now; all %2 who match are left out (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will receive it; %1 in the segment are left out (unsubscribed, excluded, without consent, awaiting confirmation by SMS, not a mobile or at their message limit). Quiet hours and the message limit are checked again for each person at the moment of sending.</source>
        <translation>
            <numerusform>%Ln person will receive it; %1 in the segment are left out (unsubscribed, excluded, without consent, awaiting confirmation by SMS, not a mobile or at their message limit). Quiet hours and the message limit are checked again for each person at the moment of sending.</numerusform>
            <numerusform>%Ln people will receive it; %1 in the segment are left out (unsubscribed, excluded, without consent, awaiting confirmation by SMS, not a mobile or at their message limit). Quiet hours and the message limit are checked again for each person at the moment of sending.</numerusform>
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
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
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
    <message>
        <source>This copy of Textwell cannot reach a shared database: its PostgreSQL driver is missing. Reinstall Textwell.</source>
        <translation>This copy of Textwell cannot reach a shared database: its PostgreSQL driver is missing. Reinstall Textwell.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database %1: %2</source>
        <translation>Cannot reach the shared database %1: %2</translation>
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
        <source>SMS reply in words</source>
        <translation>SMS reply in words</translation>
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
    <message>
        <source>join by SMS</source>
        <translation>join by SMS</translation>
    </message>
    <message>
        <source>confirmed by SMS reply</source>
        <translation>confirmed by SMS reply</translation>
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
    <name>ConsentRecordReport</name>
    <message>
        <source>Consent record: %1</source>
        <translation>Consent record: %1</translation>
    </message>
    <message>
        <source>Everything recorded up to %1</source>
        <translation>Everything recorded up to %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
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
        <translation>Consent</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Not in the address book</source>
        <translation>Not in the address book</translation>
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
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Not sent marketing: no consent is recorded.</source>
        <translation>Not sent marketing: no consent is recorded.</translation>
    </message>
    <message>
        <source>Where the number stands</source>
        <translation>Where the number stands</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nothing is recorded for this number.</source>
        <translation>Nothing is recorded for this number.</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>At the person&apos;s request their personal data was erased; the number stays on the suppression list so that it is never sent marketing again.</source>
        <translation>At the person&apos;s request their personal data was erased; the number stays on the suppression list so that it is never sent marketing again.</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Erasures</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The history is append-only: entries are never changed or deleted, except when a person&apos;s data is erased at their request.</source>
        <translation>The history is append-only: entries are never changed or deleted, except when a person&apos;s data is erased at their request.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>no SMS</source>
        <comment>a tag: the number is unsubscribed or excluded</comment>
        <translation>no SMS</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Unsubscribed or excluded: no message goes to this number.</source>
        <translation>Unsubscribed or excluded: no message goes to this number.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <comment>the lower end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (from)</translation>
    </message>
    <message>
        <source>%1 (to)</source>
        <comment>the upper end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (to)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
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
        <translation>Give the field a name.</translation>
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
    <message numerus="yes">
        <source>The name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>The name is too long: at most %Ln character.</numerusform>
            <numerusform>The name is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFormats</name>
    <message>
        <source>%1 pp</source>
        <comment>a change in percentage points: +0.4 pp</comment>
        <translation>%1 pp</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Benchmarks…</source>
        <translation>&amp;Benchmarks…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>One point per day, week or month; automatic picks by the length of the span</source>
        <translation>One point per day, week or month; automatic picks by the length of the span</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Whose figures</translation>
    </message>
    <message>
        <source>The figures of everyone, or only of the people a saved segment matches now</source>
        <translation>The figures of everyone, or only of the people a saved segment matches now</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation>Working out the figures</translation>
    </message>
    <message>
        <source>The typical unsubscribe rate and the alert level the chart compares with</source>
        <translation>The typical unsubscribe rate and the alert level the chart compares with</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Close the alert</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Active subscribers</translation>
    </message>
    <message>
        <source>People you may send marketing to now: with a recorded consent, not unsubscribed and not excluded.</source>
        <translation>People you may send marketing to now: with a recorded consent, not unsubscribed and not excluded.</translation>
    </message>
    <message>
        <source>Unsubscribe rate, last 30 days</source>
        <translation>Unsubscribe rate, last 30 days</translation>
    </message>
    <message>
        <source>Opt-outs after the campaigns started in the last 30 days, per message they delivered (or sent, where the gateway reports no deliveries).</source>
        <translation>Opt-outs after the campaigns started in the last 30 days, per message they delivered (or sent, where the gateway reports no deliveries).</translation>
    </message>
    <message>
        <source>Opt-outs this week</source>
        <translation>Opt-outs this week</translation>
    </message>
    <message>
        <source>Everyone who unsubscribed since the start of this week, however they did.</source>
        <translation>Everyone who unsubscribed since the start of this week, however they did.</translation>
    </message>
    <message>
        <source>Delivery rate, last 30 days</source>
        <translation>Delivery rate, last 30 days</translation>
    </message>
    <message>
        <source>Messages delivered to the phone per message sent, over the campaigns of the last 30 days whose gateway reports deliveries.</source>
        <translation>Messages delivered to the phone per message sent, over the campaigns of the last 30 days whose gateway reports deliveries.</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Why people unsubscribed</translation>
    </message>
    <message>
        <source>Nobody unsubscribed in these days.</source>
        <translation>Nobody unsubscribed in these days.</translation>
    </message>
    <message>
        <source>Click a bar to see who gave this reason</source>
        <translation>Click a bar to see who gave this reason</translation>
    </message>
    <message>
        <source>How people left</source>
        <translation>How people left</translation>
    </message>
    <message>
        <source>Nobody left in these days.</source>
        <translation>Nobody left in these days.</translation>
    </message>
    <message>
        <source>Click a bar to see who left this way</source>
        <translation>Click a bar to see who left this way</translation>
    </message>
    <message>
        <source>Campaigns in these days</source>
        <translation>Campaigns in these days</translation>
    </message>
    <message>
        <source>Double-click a campaign to see who left after it.</source>
        <translation>Double-click a campaign to see who left after it.</translation>
    </message>
    <message>
        <source>Send your first campaign and its figures appear here</source>
        <translation>Send your first campaign and its figures appear here</translation>
    </message>
    <message>
        <source>Once your customers are in the address book and a campaign has gone out, this screen shows how many people you can reach, how many unsubscribe after each campaign and why, who joined and who left, and how your rate compares with what is typical for SMS marketing. Click any point or bar to see the people behind it.</source>
        <translation>Once your customers are in the address book and a campaign has gone out, this screen shows how many people you can reach, how many unsubscribe after each campaign and why, who joined and who left, and how your rate compares with what is typical for SMS marketing. Click any point or bar to see the people behind it.</translation>
    </message>
    <message>
        <source>Open &amp;Compose</source>
        <translation>Open &amp;Compose</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>The dashboard could not be worked out: %1</source>
        <translation>The dashboard could not be worked out: %1</translation>
    </message>
    <message>
        <source>No campaigns started in these days</source>
        <translation>No campaigns started in these days</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) in these days</source>
        <translation>
            <numerusform>%Ln campaign in these days</numerusform>
            <numerusform>%Ln campaigns in these days</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody can be sent marketing yet: add people with their consent.</source>
        <translation>Nobody can be sent marketing yet: add people with their consent.</translation>
    </message>
    <message numerus="yes">
        <source>No change in %n week(s)</source>
        <translation>
            <numerusform>No change in %n week</numerusform>
            <numerusform>No change in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n week(s)</source>
        <translation>
            <numerusform>%1 in %n week</numerusform>
            <numerusform>%1 in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People you could reach at the end of each of the last %n week(s).</source>
        <translation>
            <numerusform>People you could reach at the end of each of the last %n week.</numerusform>
            <numerusform>People you could reach at the end of each of the last %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns in the last 30 days</source>
        <translation>No campaigns in the last 30 days</translation>
    </message>
    <message>
        <source>No campaigns in the 30 days before to compare with</source>
        <translation>No campaigns in the 30 days before to compare with</translation>
    </message>
    <message>
        <source>%1 against the 30 days before (%2)</source>
        <translation>%1 against the 30 days before (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The unsubscribe rate week by week over the last %n week(s); gaps are weeks without campaigns.</source>
        <translation>
            <numerusform>The unsubscribe rate week by week over the last %n week; gaps are weeks without campaigns.</numerusform>
            <numerusform>The unsubscribe rate week by week over the last %n weeks; gaps are weeks without campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <comment>since Monday, 7 December 2026</comment>
        <translation>Since %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Opt-outs in each of the last %n week(s).</source>
        <translation>
            <numerusform>Opt-outs in each of the last %n week.</numerusform>
            <numerusform>Opt-outs in each of the last %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gateway sent no delivery reports in the last 30 days</source>
        <translation>Your gateway sent no delivery reports in the last 30 days</translation>
    </message>
    <message numerus="yes">
        <source>The delivery rate week by week over the last %n week(s).</source>
        <translation>
            <numerusform>The delivery rate week by week over the last %n week.</numerusform>
            <numerusform>The delivery rate week by week over the last %n weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaigns started %1 lost %2 of the people they reached, above your alert level of %3. Too many messages, or messages that do not interest these people, are the usual causes.</source>
        <translation>The campaigns started %1 lost %2 of the people they reached, above your alert level of %3. Too many messages, or messages that do not interest these people, are the usual causes.</translation>
    </message>
    <message>
        <source>Show the campaigns</source>
        <translation>Show the campaigns</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n campaign(s) started %1.</source>
        <translation>
            <numerusform>Showing the %n campaign started %1.</numerusform>
            <numerusform>Showing the %n campaigns started %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>People who opted out after “%1”</source>
        <translation>People who opted out after “%1”</translation>
    </message>
    <message numerus="yes">
        <source>People who opted out after the %n campaign(s) started %1</source>
        <translation>
            <numerusform>People who opted out after the %n campaign started %1</numerusform>
            <numerusform>People who opted out after the %n campaigns started %1</numerusform>
        </translation>
    </message>
    <message>
        <source>People who opted out from %1 to %2, reason: %3</source>
        <translation>People who opted out from %1 to %2, reason: %3</translation>
    </message>
    <message>
        <source>People who opted out or were excluded from %1 to %2, how: %3</source>
        <translation>People who opted out or were excluded from %1 to %2, how: %3</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln message(s) arrived</source>
        <extracomment>%L1 is how many messages were delivered, %Ln how many were sent.</extracomment>
        <translation>
            <numerusform>%L1 of %Ln message arrived</numerusform>
            <numerusform>%L1 of %Ln messages arrived</numerusform>
        </translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>Pe&amp;ople:</translation>
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
        <translation>+%1 pt vs previous 30 days</translation>
    </message>
    <message>
        <source>−%1 pt vs previous 30 days</source>
        <comment>percentage points</comment>
        <translation>−%1 pt vs previous 30 days</translation>
    </message>
    <message>
        <source>same as the previous 30 days</source>
        <translation>same as the previous 30 days</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Opt-out rate</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Top reason</translation>
    </message>
    <message>
        <source>Unsubscribe report</source>
        <translation>Unsubscribe report</translation>
    </message>
    <message>
        <source>Unsubscribe report: %1</source>
        <translation>Unsubscribe report: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Active subscribers</translation>
    </message>
    <message>
        <source>Unsubscribe rate, last 30 days</source>
        <translation>Unsubscribe rate, last 30 days</translation>
    </message>
    <message>
        <source>no campaigns in the last 30 days</source>
        <translation>no campaigns in the last 30 days</translation>
    </message>
    <message>
        <source>Opt-outs this week</source>
        <translation>Opt-outs this week</translation>
    </message>
    <message>
        <source>Delivery rate, last 30 days</source>
        <translation>Delivery rate, last 30 days</translation>
    </message>
    <message>
        <source>no delivery reports in the last 30 days</source>
        <translation>no delivery reports in the last 30 days</translation>
    </message>
    <message>
        <source>Alert: in %1 the unsubscribe rate was %2, above the alert threshold of %3.</source>
        <translation>Alert: in %1 the unsubscribe rate was %2, above the alert threshold of %3.</translation>
    </message>
    <message>
        <source>Unsubscribe rate over time</source>
        <translation>Unsubscribe rate over time</translation>
    </message>
    <message>
        <source>Unsubscribe rate of the campaigns started in each period</source>
        <translation>Unsubscribe rate of the campaigns started in each period</translation>
    </message>
    <message>
        <source>typical %1–%2</source>
        <translation>typical %1–%2</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alert %1</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Unsubscribe rate</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Messages</source>
        <comment>delivered or sent</comment>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <comment>attributed to the period&apos;s campaigns</comment>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>All opt-outs</source>
        <comment>recorded in the period</comment>
        <translation>All opt-outs</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gained</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Why people unsubscribed</translation>
    </message>
    <message>
        <source>Nobody unsubscribed in this period.</source>
        <translation>Nobody unsubscribed in this period.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>How people left</source>
        <translation>How people left</translation>
    </message>
    <message>
        <source>Nobody unsubscribed or was excluded in this period.</source>
        <translation>Nobody unsubscribed or was excluded in this period.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Subscribers gained and lost</source>
        <translation>Subscribers gained and lost</translation>
    </message>
    <message>
        <source>No campaign started in this period.</source>
        <translation>No campaign started in this period.</translation>
    </message>
</context>
<context>
    <name>DashboardSettings</name>
    <message>
        <source>Rates must lie between 0 % and 100 %.</source>
        <translation>Rates must lie between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>The typical band&apos;s low end must not be above its high end.</source>
        <translation>The typical band&apos;s low end must not be above its high end.</translation>
    </message>
    <message>
        <source>The alert threshold must be above 0 %.</source>
        <translation>The alert threshold must be above 0 %.</translation>
    </message>
</context>
<context>
    <name>DashboardSettingsDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>Typical unsubscribe rate, low end</source>
        <translation>Typical unsubscribe rate, low end</translation>
    </message>
    <message>
        <source>Typical unsubscribe rate, high end</source>
        <translation>Typical unsubscribe rate, high end</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <source>The unsubscribe rate chart shades the band that is typical for SMS marketing and warns you when a campaign&apos;s rate goes above the alert level. These values are shared by every desk.</source>
        <translation>The unsubscribe rate chart shades the band that is typical for SMS marketing and warns you when a campaign&apos;s rate goes above the alert level. These values are shared by every desk.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>typical band: 0.5 % to 2 %</comment>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Typical band:</source>
        <translation>&amp;Typical band:</translation>
    </message>
    <message>
        <source>&amp;Alert above:</source>
        <translation>&amp;Alert above:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <source>0.5 % to 2 %, alert above 2 %: common for SMS marketing</source>
        <translation>0.5 % to 2 %, alert above 2 %: common for SMS marketing</translation>
    </message>
    <message>
        <source>The benchmarks could not be saved: %1</source>
        <translation>The benchmarks could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://user@server:5432/database.</source>
        <translation>“%1” is not a server address. Write it as postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <source>The address of a shared database must not contain its password. Enter the password when Textwell asks for it; it is kept in the keychain.</source>
        <translation>The address of a shared database must not contain its password. Enter the password when Textwell asks for it; it is kept in the keychain.</translation>
    </message>
    <message>
        <source>No database file is named.</source>
        <translation>No database file is named.</translation>
    </message>
    <message>
        <source>Enter the address of the database server.</source>
        <translation>Enter the address of the database server.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Enter the name of the database on the server.</translation>
    </message>
    <message>
        <source>Enter the user name Textwell signs in with.</source>
        <translation>Enter the user name Textwell signs in with.</translation>
    </message>
    <message>
        <source>“%1” on %2:%3</source>
        <translation>“%1” on %2:%3</translation>
    </message>
</context>
<context>
    <name>DatabaseMover</name>
    <message>
        <source>The database to move to is not empty: it already holds an address book or its history (%1 rows in “%2”). Choose a new, empty database; nothing was changed.</source>
        <translation>The database to move to is not empty: it already holds an address book or its history (%1 rows in “%2”). Choose a new, empty database; nothing was changed.</translation>
    </message>
    <message>
        <source>The copy of “%1” has %2 rows instead of %3. Nothing was moved.</source>
        <translation>The copy of “%1” has %2 rows instead of %3. Nothing was moved.</translation>
    </message>
    <message>
        <source>The table “%1” could not be read.</source>
        <translation>The table “%1” could not be read.</translation>
    </message>
    <message>
        <source>Copying “%1” failed: %2</source>
        <translation>Copying “%1” failed: %2</translation>
    </message>
    <message>
        <source>The move was cancelled. Nothing was moved.</source>
        <translation>The move was cancelled. Nothing was moved.</translation>
    </message>
</context>
<context>
    <name>DecodedTextStream</name>
    <message>
        <source>There is no file to read.</source>
        <translation>There is no file to read.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file became shorter while it was read (%L1 of %L2 byte(s)). Import it again once it is complete.</source>
        <extracomment>%L1 is how many bytes were read, %L2 the size of the file in bytes.</extracomment>
        <translation>
            <numerusform>The file became shorter while it was read (%L1 of %L2 byte). Import it again once it is complete.</numerusform>
            <numerusform>The file became shorter while it was read (%L1 of %L2 bytes). Import it again once it is complete.</numerusform>
        </translation>
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
    <name>DelimitedReader</name>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Row %1 is longer than 1 MB: a quotation mark opened in this row is probably never closed.</source>
        <translation>Row %1 is longer than 1 MB: a quotation mark opened in this row is probably never closed.</translation>
    </message>
    <message>
        <source>Row %1 is longer than 1 MB: this does not look like a file of rows and columns.</source>
        <translation>Row %1 is longer than 1 MB: this does not look like a file of rows and columns.</translation>
    </message>
    <message>
        <source>Row %1: a quotation mark opened in this row is never closed.</source>
        <translation>Row %1: a quotation mark opened in this row is never closed.</translation>
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
    <name>DemoDatabaseJob</name>
    <message>
        <source>The demo database could not be put at “%1”.</source>
        <translation>The demo database could not be put at “%1”.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Another Textwell (process %1 on %2) is sending from this database; it sends what is due.</source>
        <translation>Another Textwell (process %1 on %2) is sending from this database; it sends what is due.</translation>
    </message>
    <message>
        <source>Unsubscribed at the carrier (gateway error %1)</source>
        <translation>Unsubscribed at the carrier (gateway error %1)</translation>
    </message>
    <message>
        <source>%1 Trying again at %2.</source>
        <translation>%1 Trying again at %2.</translation>
    </message>
    <message>
        <source>Textwell stopped while this message was being sent.</source>
        <translation>Textwell stopped while this message was being sent.</translation>
    </message>
    <message>
        <source>%1 Whether it went out is not known yet; Textwell asks the gateway before doing anything else with it.</source>
        <translation>%1 Whether it went out is not known yet; Textwell asks the gateway before doing anything else with it.</translation>
    </message>
    <message>
        <source>%1 It may or may not have gone out, so it is not sent again by itself: check with your gateway or the recipient.</source>
        <translation>%1 It may or may not have gone out, so it is not sent again by itself: check with your gateway or the recipient.</translation>
    </message>
    <message>
        <source>The gateway could not say whether this message went out. It is not sent again by itself: check with your gateway or the recipient.</source>
        <translation>The gateway could not say whether this message went out. It is not sent again by itself: check with your gateway or the recipient.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
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
    <name>EraseDialog</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Erase the personal data of %1?</translation>
    </message>
    <message>
        <source>Do this when the person asks you to delete their data. Textwell then deletes:</source>
        <translation>Do this when the person asks you to delete their data. Textwell then deletes:</translation>
    </message>
    <message>
        <source>their entry in the address book: name, city, birthday, tags, custom fields and notes</source>
        <translation>their entry in the address book: name, city, birthday, tags, custom fields and notes</translation>
    </message>
    <message numerus="yes">
        <source>the %n reply(ies) received from this number</source>
        <translation>
            <numerusform>the %n reply received from this number</numerusform>
            <numerusform>the %n replies received from this number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the texts of the %n message(s) sent to it (the campaigns&apos; figures still count them)</source>
        <translation>
            <numerusform>the text of the %n message sent to it (the campaigns&apos; figures still count it)</numerusform>
            <numerusform>the texts of the %n messages sent to it (the campaigns&apos; figures still count them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the consent history, with their sources and proof</source>
        <translation>
            <numerusform>%n entry of the consent history, with its source and proof</numerusform>
            <numerusform>%n entries of the consent history, with their sources and proof</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sources, proof, reasons and notes of the %n history entry(ies) that are kept</source>
        <translation>
            <numerusform>the source, proof, reason and notes of the %n history entry that is kept</numerusform>
            <numerusform>the sources, proof, reasons and notes of the %n history entries that are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet: they will not be sent</source>
        <translation>
            <numerusform>%n message not sent yet: it will not be sent</numerusform>
            <numerusform>%n messages not sent yet: they will not be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>What is kept, and why</translation>
    </message>
    <message>
        <source>The number stays on the suppression list so this person is never texted again; the law requires it. It keeps only the dates it unsubscribed or was excluded.</source>
        <translation>The number stays on the suppression list so this person is never texted again; the law requires it. It keeps only the dates it unsubscribed or was excluded.</translation>
    </message>
    <message>
        <source>It is excluded now, with the note “%1”.</source>
        <translation>It is excluded now, with the note “%1”.</translation>
    </message>
    <message>
        <source>The erasure itself is logged: when the person asked, when it was done and by whom.</source>
        <translation>The erasure itself is logged: when the person asked, when it was done and by whom.</translation>
    </message>
    <message>
        <source>e.g. by e-mail (no personal details here)</source>
        <translation>e.g. by e-mail (no personal details here)</translation>
    </message>
    <message>
        <source>The person &amp;asked on:</source>
        <translation>The person &amp;asked on:</translation>
    </message>
    <message>
        <source>&amp;How they asked:</source>
        <translation>&amp;How they asked:</translation>
    </message>
    <message>
        <source>This cannot be undone, not even with Undo: the Undo history is cleared as well, so nothing can bring the data back.</source>
        <translation>This cannot be undone, not even with Undo: the Undo history is cleared as well, so nothing can bring the data back.</translation>
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
    <name>ExportCommands</name>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export: the CSV delimiter: , ; or tab (default ,); import: , ; tab or | (default: detected).</source>
        <translation>export: the CSV delimiter: , ; or tab (default ,); import: , ; tab or | (default: detected).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>char</translation>
    </message>
    <message>
        <source>export: start the CSV with a UTF-8 byte order mark, for Excel.</source>
        <translation>export: start the CSV with a UTF-8 byte order mark, for Excel.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export needs --out FILE.</translation>
    </message>
    <message>
        <source>--format takes csv or xlsx.</source>
        <translation>--format takes csv or xlsx.</translation>
    </message>
    <message>
        <source>--delimiter and --bom are for CSV files only.</source>
        <translation>--delimiter and --bom are for CSV files only.</translation>
    </message>
    <message>
        <source>--delimiter takes , ; or tab.</source>
        <translation>--delimiter takes , ; or tab.</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options; see --help.</source>
        <translation>export takes no arguments besides its options; see --help.</translation>
    </message>
    <message>
        <source>give either --segment NAME or --rule JSON, not both.</source>
        <translation>give either --segment NAME or --rule JSON, not both.</translation>
    </message>
    <message>
        <source>export takes either a segment (--segment, --rule) or a filter (--status, --search), not both.</source>
        <translation>export takes either a segment (--segment, --rule) or a filter (--status, --search), not both.</translation>
    </message>
    <message>
        <source>--status takes subscribed, no_consent, unsubscribed or excluded.</source>
        <translation>--status takes subscribed, no_consent, unsubscribed or excluded.</translation>
    </message>
    <message>
        <source>export-suppression takes no arguments besides its options; see --help.</source>
        <translation>export-suppression takes no arguments besides its options; see --help.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) of the suppression list to %1.</source>
        <translation>
            <numerusform>Exported %n number of the suppression list to %1.</numerusform>
            <numerusform>Exported %n numbers of the suppression list to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>Exported %n person to %1.</numerusform>
            <numerusform>Exported %n people to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>export, report: the file to write.</source>
        <translation>export, report: the file to write.</translation>
    </message>
    <message>
        <source>export: csv or xlsx; report: csv, xlsx or pdf (default: from the --out file&apos;s extension).</source>
        <translation>export: csv or xlsx; report: csv, xlsx or pdf (default: from the --out file&apos;s extension).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A saved &amp;segment:</source>
        <translation>A saved &amp;segment:</translation>
    </message>
    <message>
        <source>The s&amp;uppression list: every unsubscribed or excluded number</source>
        <translation>The s&amp;uppression list: every unsubscribed or excluded number</translation>
    </message>
    <message>
        <source>&amp;CSV, for any spreadsheet or program</source>
        <translation>&amp;CSV, for any spreadsheet or program</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (XLSX)</source>
        <translation>Excel &amp;workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>CSV options</translation>
    </message>
    <message>
        <source>Add a &amp;BOM for Excel (it then shows ü, ß and Cyrillic letters right)</source>
        <translation>Add a &amp;BOM for Excel (it then shows ü, ß and Cyrillic letters right)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>&amp;Everyone in the address book</source>
        <translation>&amp;Everyone in the address book</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Everyone in the address book (%Ln person(s))</source>
        <translation>
            <numerusform>&amp;Everyone in the address book (%Ln person)</numerusform>
            <numerusform>&amp;Everyone in the address book (%Ln people)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>No saved segments yet</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), as Excel in most of Europe expects</source>
        <translation>Semicolon ( ; ), as Excel in most of Europe expects</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV files (*.csv *.txt *.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln number(s) of the suppression list to %1.</source>
        <translation>
            <numerusform>Exported %Ln number of the suppression list to %1.</numerusform>
            <numerusform>Exported %Ln numbers of the suppression list to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln person to %1.</numerusform>
            <numerusform>Exported %Ln people to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Exporting… %L1 of %Ln row</numerusform>
            <numerusform>Exporting… %L1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The people s&amp;hown now (%1): %Ln person(s)</source>
        <translation>
            <numerusform>The people s&amp;hown now (%1): %Ln person</numerusform>
            <numerusform>The people s&amp;hown now (%1): %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>The people s&amp;hown now (no search or filter is set)</source>
        <translation>The people s&amp;hown now (no search or filter is set)</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Name the file to export to.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation>Cannot write %1: it is a folder. Choose a file name.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Choose another folder.</source>
        <translation>Cannot write %1: the folder %2 does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder. Choose another folder.</source>
        <translation>Cannot write %1: %2 is not a folder. Choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the Textwell database itself. Choose another file name.</source>
        <translation>Cannot write %1: it is the Textwell database itself. Choose another file name.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Cannot write %1: %2. Choose another folder.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written completely, so nothing was saved. Free some space or choose another drive.</source>
        <translation>The disk is full: %1 could not be written completely, so nothing was saved. Free some space or choose another drive.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Writing %1 failed: %2. Nothing was saved.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and this export has %L1. Export to CSV instead, or export a smaller part.</source>
        <extracomment>%Ln is the most rows a sheet holds, %L1 how many rows the export has.</extracomment>
        <translation>
            <numerusform>An Excel sheet holds at most %Ln row, and this export has %L1. Export to CSV instead, or export a smaller part.</numerusform>
            <numerusform>An Excel sheet holds at most %Ln rows, and this export has %L1. Export to CSV instead, or export a smaller part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExportGateway</name>
    <message>
        <source>Choose the file the messages are exported to.</source>
        <translation>Choose the file the messages are exported to.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>“%1” is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Cannot write the export file “%1”: %2</source>
        <translation>Cannot write the export file “%1”: %2</translation>
    </message>
    <message>
        <source>Writing to “%1” failed: %2</source>
        <translation>Writing to “%1” failed: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Welcome to Textwell</source>
        <translation>Welcome to Textwell</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Set up &amp;later</translation>
    </message>
    <message>
        <source>Store nothing now; this assistant comes back the next time Textwell starts.</source>
        <translation>Store nothing now; this assistant comes back the next time Textwell starts.</translation>
    </message>
    <message>
        <source>%1 The %2 is used until Textwell closes and asked for again next time.</source>
        <translation>%1 The %2 is used until Textwell closes and asked for again next time.</translation>
    </message>
</context>
<context>
    <name>FirstRunBusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>e.g. Salon Anna</source>
        <translation>e.g. Salon Anna</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Business na&amp;me:</translation>
    </message>
    <message>
        <source>Replies to your customers start with it (“Salon Anna: You are unsubscribed.”), and the opt-out line can start with it.</source>
        <translation>Replies to your customers start with it (“Salon Anna: You are unsubscribed.”), and the opt-out line can start with it.</translation>
    </message>
    <message>
        <source>&amp;Country of your numbers:</source>
        <translation>&amp;Country of your numbers:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</source>
        <translation>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>No message goes out during quiet hours (%1) in a customer&apos;s own time. When neither their time zone nor their country is known, this clock counts.</source>
        <translation>No message goes out during quiet hours (%1) in a customer&apos;s own time. When neither their time zone nor their country is known, this clock counts.</translation>
    </message>
    <message>
        <source>Lan&amp;guage for people without one:</source>
        <translation>Lan&amp;guage for people without one:</translation>
    </message>
    <message>
        <source>Replies and the opt-out line are written in each customer&apos;s language; this one is for customers whose language is not known.</source>
        <translation>Replies and the opt-out line are written in each customer&apos;s language; this one is for customers whose language is not known.</translation>
    </message>
    <message>
        <source>Type the name of your business, as your customers know it.</source>
        <translation>Type the name of your business, as your customers know it.</translation>
    </message>
    <message>
        <source>Shared by everyone who uses this database. Your customers see the name; the country decides how numbers without a country code are read.</source>
        <translation>Shared by everyone who uses this database. Your customers see the name; the country decides how numbers without a country code are read.</translation>
    </message>
</context>
<context>
    <name>FirstRunReadyPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Finish stores this for everyone who uses this database. You can change all of it later in Settings.</source>
        <translation>Finish stores this for everyone who uses this database. You can change all of it later in Settings.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <source>Country of your numbers:</source>
        <translation>Country of your numbers:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Language for people without one:</source>
        <translation>Language for people without one:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Sending:</translation>
    </message>
    <message numerus="yes">
        <source>From the start, no message goes out during quiet hours (%1 in each customer&apos;s own time), and nobody gets more than %Ln marketing message(s) in %2 days. Settings has these and the wording of the opt-out line.</source>
        <translation>
            <numerusform>From the start, no message goes out during quiet hours (%1 in each customer&apos;s own time), and nobody gets more than %Ln marketing message in %2 days. Settings has these and the wording of the opt-out line.</numerusform>
            <numerusform>From the start, no message goes out during quiet hours (%1 in each customer&apos;s own time), and nobody gets more than %Ln marketing messages in %2 days. Settings has these and the wording of the opt-out line.</numerusform>
        </translation>
    </message>
    <message>
        <source>Through Twilio, account %1, from %2. The auth token goes to this computer&apos;s keychain.</source>
        <translation>Through Twilio, account %1, from %2. The auth token goes to this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Through Kannel at %1 as “%2”. The password goes to this computer&apos;s keychain.</source>
        <translation>Through Kannel at %1 as “%2”. The password goes to this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Not yet: messages are written to %1 for your SMS provider&apos;s upload.</source>
        <translation>Not yet: messages are written to %1 for your SMS provider&apos;s upload.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 Try again, or set up later.</source>
        <translation>Nothing was stored: %1 Try again, or set up later.</translation>
    </message>
    <message>
        <source>Click Finish to go on.</source>
        <translation>Click Finish to go on.</translation>
    </message>
</context>
<context>
    <name>FirstRunSendingPage</name>
    <message>
        <source>Not &amp;yet: write them to a file</source>
        <translation>Not &amp;yet: write them to a file</translation>
    </message>
    <message>
        <source>T&amp;wilio</source>
        <translation>T&amp;wilio</translation>
    </message>
    <message>
        <source>&amp;Kannel or another HTTP gateway</source>
        <translation>&amp;Kannel or another HTTP gateway</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>How messages leave Textwell. You can change all of this later in Settings.</source>
        <translation>How messages leave Textwell. You can change all of this later in Settings.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>E&amp;xport file:</translation>
    </message>
    <message>
        <source>Messages are added to this CSV file instead of being sent: nothing reaches anyone until you upload it to your SMS provider.</source>
        <translation>Messages are added to this CSV file instead of being sent: nothing reaches anyone until you upload it to your SMS provider.</translation>
    </message>
    <message>
        <source>e.g. +4915112345678 or ANNASALON</source>
        <translation>e.g. +4915112345678 or ANNASALON</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth &amp;token:</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>Sen&amp;der:</translation>
    </message>
    <message>
        <source>The Account SID and the auth token are in the Twilio Console. The sender is one of your Twilio numbers or a sender ID. The token is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>The Account SID and the auth token are in the Twilio Console. The sender is one of your Twilio numbers or a sender ID. The token is kept in this computer&apos;s keychain, never in the database.</translation>
    </message>
    <message>
        <source>optional: Kannel&apos;s own sender is used without one</source>
        <translation>optional: Kannel&apos;s own sender is used without one</translation>
    </message>
    <message>
        <source>sendsms &amp;address:</source>
        <translation>sendsms &amp;address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sender nu&amp;mber:</source>
        <translation>Sender nu&amp;mber:</translation>
    </message>
    <message>
        <source>The address of Kannel&apos;s smsbox and its sendsms-user. The password is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>The address of Kannel&apos;s smsbox and its sendsms-user. The password is kept in this computer&apos;s keychain, never in the database.</translation>
    </message>
    <message>
        <source>Write the messages to</source>
        <translation>Write the messages to</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Type the Account SID from the Twilio Console.</source>
        <translation>Type the Account SID from the Twilio Console.</translation>
    </message>
    <message>
        <source>Type the auth token from the Twilio Console.</source>
        <translation>Type the auth token from the Twilio Console.</translation>
    </message>
    <message>
        <source>Type the sender: one of your Twilio numbers or a sender ID.</source>
        <translation>Type the sender: one of your Twilio numbers or a sender ID.</translation>
    </message>
    <message>
        <source>Type the address of Kannel&apos;s sendsms service, such as %1.</source>
        <translation>Type the address of Kannel&apos;s sendsms service, such as %1.</translation>
    </message>
    <message>
        <source>Type the user name of Kannel&apos;s sendsms-user.</source>
        <translation>Type the user name of Kannel&apos;s sendsms-user.</translation>
    </message>
    <message>
        <source>Type the password of Kannel&apos;s sendsms-user.</source>
        <translation>Type the password of Kannel&apos;s sendsms-user.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Export file</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcomePage</name>
    <message>
        <source>&amp;Set up my business now</source>
        <translation>&amp;Set up my business now</translation>
    </message>
    <message>
        <source>Welcome to Textwell</source>
        <translation>Welcome to Textwell</translation>
    </message>
    <message>
        <source>SMS campaigns that respect your customers&apos; choice. A few questions, about two minutes, and Textwell is ready for your business.</source>
        <translation>SMS campaigns that respect your customers&apos; choice. A few questions, about two minutes, and Textwell is ready for your business.</translation>
    </message>
    <message>
        <source>Every marketing message carries a line to opt out, an opt-out is honoured at once and for good, and each customer&apos;s consent is kept with its proof. You only decide what to send, and to whom.</source>
        <translation>Every marketing message carries a line to opt out, an opt-out is honoured at once and for good, and each customer&apos;s consent is kept with its proof. You only decide what to send, and to whom.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Lan&amp;guage of Textwell:</source>
        <translation>Lan&amp;guage of Textwell:</translation>
    </message>
    <message>
        <source>For this computer. It changes at once and can be changed later in Settings.</source>
        <translation>For this computer. It changes at once and can be changed later in Settings.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Your business name, country and time zone, and how messages leave Textwell.</source>
        <translation>Your business name, country and time zone, and how messages leave Textwell.</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Open the demo</translation>
    </message>
    <message>
        <source>Open the demo database &amp;again</source>
        <translation>Open the demo database &amp;again</translation>
    </message>
    <message>
        <source>The made-up people you looked at before. Nothing is sent to anyone; this assistant comes back the next time Textwell starts.</source>
        <translation>The made-up people you looked at before. Nothing is sent to anyone; this assistant comes back the next time Textwell starts.</translation>
    </message>
    <message>
        <source>Making a demo database with %L1 made-up people…</source>
        <translation>Making a demo database with %L1 made-up people…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <source>The demo database could not be made. %1</source>
        <translation>The demo database could not be made. %1</translation>
    </message>
    <message>
        <source>E&amp;xplore a demo database first</source>
        <translation>E&amp;xplore a demo database first</translation>
    </message>
    <message>
        <source>%L1 made-up customers with a year of campaigns and opt-outs; nothing is sent to anyone. Your own business stays as it is: this assistant comes back the next time Textwell starts.</source>
        <translation>%L1 made-up customers with a year of campaigns and opt-outs; nothing is sent to anyone. Your own business stays as it is: this assistant comes back the next time Textwell starts.</translation>
    </message>
</context>
<context>
    <name>GainedLostChart</name>
    <message>
        <source>Subscribers gained and lost</source>
        <translation>Subscribers gained and lost</translation>
    </message>
    <message>
        <source>Nobody gave or withdrew consent in these days. New subscribers and opt-outs show here, period by period.</source>
        <translation>Nobody gave or withdrew consent in these days. New subscribers and opt-outs show here, period by period.</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gained</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>In these days: %1 gained, %2 lost.</source>
        <translation>In these days: %1 gained, %2 lost.</translation>
    </message>
    <message>
        <source>%1: %2 gained, %3 lost</source>
        <translation>%1: %2 gained, %3 lost</translation>
    </message>
</context>
<context>
    <name>GatewayFactory</name>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio auth token</translation>
    </message>
    <message>
        <source>Kannel password</source>
        <translation>Kannel password</translation>
    </message>
</context>
<context>
    <name>GatewaySettingsBox</name>
    <message>
        <source>Sending (shared by everyone using this database)</source>
        <translation>Sending (shared by everyone using this database)</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Send &amp;test message</translation>
    </message>
    <message>
        <source>Export to a file for my provider&apos;s bulk upload</source>
        <translation>Export to a file for my provider&apos;s bulk upload</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Kannel or another HTTP gateway</source>
        <translation>Kannel or another HTTP gateway</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Messages are added to this CSV file (number, text, parts) instead of being sent; upload it to your SMS provider.</source>
        <translation>Messages are added to this CSV file (number, text, parts) instead of being sent; upload it to your SMS provider.</translation>
    </message>
    <message>
        <source>Export messages to</source>
        <translation>Export messages to</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>e.g. +4915112345678 or ANNASALON</source>
        <translation>e.g. +4915112345678 or ANNASALON</translation>
    </message>
    <message>
        <source>MG… (instead of a sender number)</source>
        <translation>MG… (instead of a sender number)</translation>
    </message>
    <message>
        <source>or &amp;Messaging Service SID:</source>
        <translation>or &amp;Messaging Service SID:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>sendsms &amp;address:</source>
        <translation>sendsms &amp;address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Delivery reports to:</source>
        <translation>Delivery reports to:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per second</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>in each recipient&apos;s local time</source>
        <translation>in each recipient&apos;s local time</translation>
    </message>
    <message>
        <source>your mobile number</source>
        <translation>your mobile number</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>At most:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Quiet hours:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Type your own mobile number first.</source>
        <translation>Type your own mobile number first.</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain; type to replace</source>
        <translation>kept in this computer&apos;s keychain; type to replace</translation>
    </message>
    <message>
        <source>%1 The %2 is used until Textwell closes and asked for again next time.</source>
        <translation>%1 The %2 is used until Textwell closes and asked for again next time.</translation>
    </message>
    <message>
        <source>%1 Type the %2 above and try again.</source>
        <translation>%1 Type the %2 above and try again.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Sending a test message to %1…</translation>
    </message>
    <message>
        <source>Test message from Textwell: the gateway works.</source>
        <translation>Test message from Textwell: the gateway works.</translation>
    </message>
    <message>
        <source>The gateway did not take the test message: %1</source>
        <translation>The gateway did not take the test message: %1</translation>
    </message>
    <message>
        <source>The test message was written to the export file.</source>
        <translation>The test message was written to the export file.</translation>
    </message>
    <message>
        <source>The gateway took the test message. It should arrive in a moment.</source>
        <translation>The gateway took the test message. It should arrive in a moment.</translation>
    </message>
    <message>
        <source>Textwell listens here for Kannel&apos;s delivery reports and for replies while it is open. Keep 127.0.0.1 unless Kannel runs on another computer.</source>
        <translation>Textwell listens here for Kannel&apos;s delivery reports and for replies while it is open. Keep 127.0.0.1 unless Kannel runs on another computer.</translation>
    </message>
    <message>
        <source>Copy the settings for Kannel</source>
        <translation>Copy the settings for Kannel</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Replies:</translation>
    </message>
    <message>
        <source>Copied. Paste it into Kannel&apos;s configuration and restart Kannel.</source>
        <translation>Copied. Paste it into Kannel&apos;s configuration and restart Kannel.</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>E&amp;xport file:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>A&amp;uth token:</source>
        <translation>A&amp;uth token:</translation>
    </message>
    <message>
        <source>Sen&amp;der number or ID:</source>
        <translation>Sen&amp;der number or ID:</translation>
    </message>
    <message>
        <source>Delivery reports to address</source>
        <translation>Delivery reports to address</translation>
    </message>
    <message>
        <source>Delivery reports to port</source>
        <translation>Delivery reports to port</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sen&amp;der number:</source>
        <translation>Sen&amp;der number:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Quiet hours from</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Quiet hours to</translation>
    </message>
    <message>
        <source>Your mobile number for a test message</source>
        <translation>Your mobile number for a test message</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Create the new custom &amp;fields (the columns marked “New custom field”)</source>
        <translation>Create the new custom &amp;fields (the columns marked “New custom field”)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Textwell has guessed what each column of your file holds. Check the choice above each column and change it where it is wrong.</source>
        <translation>Textwell has guessed what each column of your file holds. Check the choice above each column and change it where it is wrong.</translation>
    </message>
    <message>
        <source>Your file, and what each column &amp;holds:</source>
        <translation>Your file, and what each column &amp;holds:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <source>As it will be &amp;stored:</source>
        <translation>As it will be &amp;stored:</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>The first rows as they will be stored</translation>
    </message>
    <message>
        <source>Numbers in red are not imported: point at one to see why.</source>
        <translation>Numbers in red are not imported: point at one to see why.</translation>
    </message>
    <message>
        <source>Country for numbers without a &amp;country code:</source>
        <translation>Country for numbers without a &amp;country code:</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Field for the column “%1”</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Custom field: %1</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>New custom field: %1</translation>
    </message>
    <message>
        <source>“%1” is not a custom field yet. Tick “Create the new custom fields” above, or choose another field for its column.</source>
        <translation>“%1” is not a custom field yet. Tick “Create the new custom fields” above, or choose another field for its column.</translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a custom field: %2</source>
        <translation>“%1” cannot be the name of a custom field: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import: which column is which field, e.g. &quot;Handy=phone,Vorname=first_name,3=city,Kundennr=custom:Customer no&quot; (default: guessed from the header).</source>
        <translation>import: which column is which field, e.g. &quot;Handy=phone,Vorname=first_name,3=city,Kundennr=custom:Customer no&quot; (default: guessed from the header).</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>import: where everyone in the file gave consent.</source>
        <translation>import: where everyone in the file gave consent.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>import: what proves their consent.</source>
        <translation>import: what proves their consent.</translation>
    </message>
    <message>
        <source>import: when they gave it (YYYY-MM-DD; default: each row&apos;s consent date column, else now).</source>
        <translation>import: when they gave it (YYYY-MM-DD; default: each row&apos;s consent date column, else now).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>import: a number already in the address book: skip (default), update (fill empty fields) or overwrite.</source>
        <translation>import: a number already in the address book: skip (default), update (fill empty fields) or overwrite.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>import: show what would happen, write nothing.</source>
        <translation>import: show what would happen, write nothing.</translation>
    </message>
    <message>
        <source>import: save the rows not imported, with the reason, to this CSV file.</source>
        <translation>import: save the rows not imported, with the reason, to this CSV file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (utf-8, utf-16le, utf-16be, windows-1251, windows-1252; default: detected).</source>
        <translation>import: the file&apos;s encoding (utf-8, utf-16le, utf-16be, windows-1251, windows-1252; default: detected).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>import: the first row holds data, not column names.</source>
        <translation>import: the first row holds data, not column names.</translation>
    </message>
    <message>
        <source>import: create the custom fields the mapping names.</source>
        <translation>import: create the custom fields the mapping names.</translation>
    </message>
    <message>
        <source>import-suppression: where the list comes from, kept in each number&apos;s history.</source>
        <translation>import-suppression: where the list comes from, kept in each number&apos;s history.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-16le, utf-16be, windows-1251 or windows-1252.</source>
        <translation>Unknown encoding &quot;%1&quot;: use utf-8, utf-16le, utf-16be, windows-1251 or windows-1252.</translation>
    </message>
    <message>
        <source>The delimiter must be , ; tab or |.</source>
        <translation>The delimiter must be , ; tab or |.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--errors-out FILE saves them all).</source>
        <translation>
            <numerusform>… and %Ln more (--errors-out FILE saves them all).</numerusform>
            <numerusform>… and %Ln more (--errors-out FILE saves them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import FILE [--country CC] [--mapping SPEC] [--consent-source S --consent-evidence E] [--duplicates skip|update|overwrite] [--dry-run] [--errors-out FILE]</source>
        <translation>Usage: import FILE [--country CC] [--mapping SPEC] [--consent-source S --consent-evidence E] [--duplicates skip|update|overwrite] [--dry-run] [--errors-out FILE]</translation>
    </message>
    <message>
        <source>%1 Columns: %2. Give --mapping, e.g. --mapping &quot;%3=phone&quot;.</source>
        <translation>%1 Columns: %2. Give --mapping, e.g. --mapping &quot;%3=phone&quot;.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update or overwrite.</source>
        <translation>--duplicates is skip, update or overwrite.</translation>
    </message>
    <message>
        <source>A consent needs both --consent-source and --consent-evidence.</source>
        <translation>A consent needs both --consent-source and --consent-evidence.</translation>
    </message>
    <message>
        <source>--consent-date is YYYY-MM-DD.</source>
        <translation>--consent-date is YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Dry run of %1: nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <source>Usage: import-suppression FILE --list-source TEXT [--country CC] [--dry-run] [--errors-out FILE]</source>
        <translation>Usage: import-suppression FILE --list-source TEXT [--country CC] [--dry-run] [--errors-out FILE]</translation>
    </message>
    <message>
        <source>Say where the list comes from with --list-source, e.g. --list-source &quot;opt-outs from our previous SMS provider&quot;.</source>
        <translation>Say where the list comes from with --list-source, e.g. --list-source &quot;opt-outs from our previous SMS provider&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers will be excluded.</source>
        <translation>
            <numerusform>%Ln number will be excluded.</numerusform>
            <numerusform>%Ln numbers will be excluded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers were excluded.</source>
        <translation>
            <numerusform>%Ln number was excluded.</numerusform>
            <numerusform>%Ln numbers were excluded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers were already excluded.</source>
        <translation>
            <numerusform>%Ln number was already excluded.</numerusform>
            <numerusform>%Ln numbers were already excluded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no valid phone number.</source>
        <translation>
            <numerusform>%Ln row has no valid phone number.</numerusform>
            <numerusform>%Ln rows have no valid phone number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %L1 rows/s</source>
        <translation>
            <numerusform>%Ln row, %L1 rows/s</numerusform>
            <numerusform>%Ln rows, %L1 rows/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportConsentPage</name>
    <message>
        <source>&amp;Everyone in this file gave consent the same way</source>
        <translation>&amp;Everyone in this file gave consent the same way</translation>
    </message>
    <message>
        <source>&amp;Date given:</source>
        <translation>&amp;Date given:</translation>
    </message>
    <message>
        <source>These people have not &amp;given consent</source>
        <translation>These people have not &amp;given consent</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Only people who agreed to get messages from you receive campaigns. How did the people in this file agree? Your answer is kept as the proof of their consent.</source>
        <translation>Only people who agreed to get messages from you receive campaigns. How did the people in this file agree? Your answer is kept as the proof of their consent.</translation>
    </message>
    <message>
        <source>Paper sign-up form at the till</source>
        <translation>Paper sign-up form at the till</translation>
    </message>
    <message>
        <source>Forms kept in the shop&apos;s folder, 2024</source>
        <translation>Forms kept in the shop&apos;s folder, 2024</translation>
    </message>
    <message>
        <source>Leave it off when the day is not known: the day of this import is recorded.</source>
        <translation>Leave it off when the day is not known: the day of this import is recorded.</translation>
    </message>
    <message>
        <source>&amp;Where and how:</source>
        <translation>&amp;Where and how:</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>&amp;Proof:</translation>
    </message>
    <message>
        <source>For example, everyone signed the paper form at the till. Say where they agreed and what proves it.</source>
        <translation>For example, everyone signed the paper form at the till. Say where they agreed and what proves it.</translation>
    </message>
    <message>
        <source>They are imported as “no consent” and do not receive campaigns until you record their consent.</source>
        <translation>They are imported as “no consent” and do not receive campaigns until you record their consent.</translation>
    </message>
    <message>
        <source>The file has a consent &amp;column: “%1”</source>
        <translation>The file has a consent &amp;column: “%1”</translation>
    </message>
    <message>
        <source>A row with a date (or “yes”) in “%1” is imported with consent. A row where it is empty is imported without consent and does not receive campaigns.</source>
        <translation>A row with a date (or “yes”) in “%1” is imported with consent. A row where it is empty is imported without consent and does not receive campaigns.</translation>
    </message>
    <message>
        <source>The file has a consent &amp;column</source>
        <translation>The file has a consent &amp;column</translation>
    </message>
    <message>
        <source>To use this, go back and choose “%1” above the column that holds the date of consent.</source>
        <translation>To use this, go back and choose “%1” above the column that holds the date of consent.</translation>
    </message>
</context>
<context>
    <name>ImportDonePage</name>
    <message>
        <source>&amp;Save a list of the rows not imported…</source>
        <translation>&amp;Save a list of the rows not imported…</translation>
    </message>
    <message>
        <source>A CSV file with these rows as they were in your file, and the problem of each: fix them and import the file again.</source>
        <translation>A CSV file with these rows as they were in your file, and the problem of each: fix them and import the file again.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>The list is imported</source>
        <translation>The list is imported</translation>
    </message>
    <message>
        <source>The people are in the address book.</source>
        <translation>The people are in the address book.</translation>
    </message>
    <message>
        <source>These numbers get no messages from now on, whoever they belong to.</source>
        <translation>These numbers get no messages from now on, whoever they belong to.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>The import did not finish</source>
        <translation>The import did not finish</translation>
    </message>
    <message>
        <source>Nothing was imported. The address book is as it was.</source>
        <translation>Nothing was imported. The address book is as it was.</translation>
    </message>
    <message>
        <source>You can import the file again at any time with File &gt; Import…</source>
        <translation>You can import the file again at any time with File &gt; Import…</translation>
    </message>
    <message>
        <source>You can import the list again at any time with File &gt; Import suppression list…</source>
        <translation>You can import the list again at any time with File &gt; Import suppression list…</translation>
    </message>
    <message>
        <source>Rows with a problem (%1):</source>
        <translation>Rows with a problem (%1):</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Save the rows not imported</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1. Fix the rows there and import that file.</source>
        <translation>Saved to %1. Fix the rows there and import that file.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>The file %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This file does not look like a text file: it holds binary data. Choose a CSV or text file (in Excel: Save As, CSV) or a vCard file (.vcf).</source>
        <translation>This file does not look like a text file: it holds binary data. Choose a CSV or text file (in Excel: Save As, CSV) or a vCard file (.vcf).</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>First &amp;row holds column names</source>
        <translation>First &amp;row holds column names</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>A list from Excel, another program or your phone&apos;s contacts (CSV, TXT or vCard). Nothing is saved until the last step.</source>
        <translation>A list from Excel, another program or your phone&apos;s contacts (CSV, TXT or vCard). Nothing is saved until the last step.</translation>
    </message>
    <message>
        <source>Choose the list of numbers</source>
        <translation>Choose the list of numbers</translation>
    </message>
    <message>
        <source>A file of numbers that must never get a message, such as the opt-out list of your previous SMS provider. Nothing is saved until the last step.</source>
        <translation>A file of numbers that must never get a message, such as the opt-out list of your previous SMS provider. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <source>Choose a file, or drop it on the address book</source>
        <translation>Choose a file, or drop it on the address book</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Adjust…</translation>
    </message>
    <message>
        <source>Change how the file is read, if the text or the columns below look wrong.</source>
        <translation>Change how the file is read, if the text or the columns below look wrong.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>&amp;Text encoding:</source>
        <translation>&amp;Text encoding:</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>Columns &amp;separated by:</translation>
    </message>
    <message>
        <source>The first &amp;lines of the file, as they are read:</source>
        <translation>The first &amp;lines of the file, as they are read:</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>The first lines of the file</translation>
    </message>
    <message>
        <source>Lists and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Lists and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</translation>
    </message>
    <message>
        <source>The file has no rows below its first row. If the first row is a person, untick “First row holds column names” under Adjust.</source>
        <translation>The file has no rows below its first row. If the first row is a person, untick “First row holds column names” under Adjust.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <source>Contact cards (vCard)</source>
        <translation>Contact cards (vCard)</translation>
    </message>
    <message>
        <source>Semicolon-separated text</source>
        <translation>Semicolon-separated text</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>Tab-separated text</translation>
    </message>
    <message>
        <source>Text separated by vertical bars</source>
        <translation>Text separated by vertical bars</translation>
    </message>
    <message>
        <source>Comma-separated text</source>
        <translation>Comma-separated text</translation>
    </message>
    <message>
        <source>first row is a header</source>
        <translation>first row is a header</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>no header row</translation>
    </message>
    <message>
        <source>counting rows…</source>
        <translation>counting rows…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read so far</source>
        <translation>
            <numerusform>%Ln row read so far</numerusform>
            <numerusform>%Ln rows read so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
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
        <translation>working out the time left…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>less than a minute left</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation>Importing the list</translation>
    </message>
    <message>
        <source>This can take a while for a big file. If you cancel, nothing is imported and the address book stays as it was.</source>
        <translation>This can take a while for a big file. If you cancel, nothing is imported and the address book stays as it was.</translation>
    </message>
    <message>
        <source>Cancel: nothing will be imported</source>
        <translation>Cancel: nothing will be imported</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelling… undoing what was imported so far</source>
        <translation>Cancelling… undoing what was imported so far</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln row(s)</source>
        <extracomment>%L1 is how many rows are imported so far, %Ln how many the file has.</extracomment>
        <translation>
            <numerusform>%L1 of %Ln row</numerusform>
            <numerusform>%L1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) a second · %1</source>
        <extracomment>%Ln is the speed in rows a second, %1 the time left.</extracomment>
        <translation>
            <numerusform>%Ln row a second · %1</numerusform>
            <numerusform>%Ln rows a second · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
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
        <translation>No consent</translation>
    </message>
    <message>
        <source>Yes: %1, %2</source>
        <translation>Yes: %1, %2</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>No phone number.</source>
        <translation>No phone number.</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; not understood: imported without it.</source>
        <translation>Birth date &quot;%1&quot; not understood: imported without it.</translation>
    </message>
    <message>
        <source>Language &quot;%1&quot; is not English, Russian or German: imported without it.</source>
        <translation>Language &quot;%1&quot; is not English, Russian or German: imported without it.</translation>
    </message>
    <message>
        <source>Consent date &quot;%1&quot; not understood: the date declared for the file is used.</source>
        <translation>Consent date &quot;%1&quot; not understood: the date declared for the file is used.</translation>
    </message>
    <message>
        <source>Consent &quot;%1&quot; is neither a date nor yes/no: imported without consent.</source>
        <translation>Consent &quot;%1&quot; is neither a date nor yes/no: imported without consent.</translation>
    </message>
    <message>
        <source>The consent date %1 lies in the future: imported without consent.</source>
        <translation>The consent date %1 lies in the future: imported without consent.</translation>
    </message>
    <message>
        <source>imported file, row %1</source>
        <translation>imported file, row %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>Consent column of an imported file</source>
        <translation>Consent column of an imported file</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) where the header has %1: is there a separator inside a value without quotes?</source>
        <extracomment>%n is how many fields the row has, %1 how many columns the header names.</extracomment>
        <translation>
            <numerusform>This row has %n field where the header has %1: is there a separator inside a value without quotes?</numerusform>
            <numerusform>This row has %n fields where the header has %1: is there a separator inside a value without quotes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln new people will be added.</source>
        <translation>
            <numerusform>%Ln new person will be added.</numerusform>
            <numerusform>%Ln new people will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new people were added.</source>
        <translation>
            <numerusform>%Ln new person was added.</numerusform>
            <numerusform>%Ln new people were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book will be updated.</source>
        <translation>
            <numerusform>%Ln person already in the address book will be updated.</numerusform>
            <numerusform>%Ln people already in the address book will be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book were updated.</source>
        <translation>
            <numerusform>%Ln person already in the address book was updated.</numerusform>
            <numerusform>%Ln people already in the address book were updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book will stay as they are.</source>
        <translation>
            <numerusform>%Ln person already in the address book will stay as they are.</numerusform>
            <numerusform>%Ln people already in the address book will stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book stayed as they were.</source>
        <translation>
            <numerusform>%Ln person already in the address book stayed as they were.</numerusform>
            <numerusform>%Ln people already in the address book stayed as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a number from earlier in the file: only the first is used.</source>
        <translation>
            <numerusform>%Ln row repeats a number from earlier in the file: only the first is used.</numerusform>
            <numerusform>%Ln rows repeat a number from earlier in the file: only the first is used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeated a number from earlier in the file: only the first was used.</source>
        <translation>
            <numerusform>%Ln row repeated a number from earlier in the file: only the first was used.</numerusform>
            <numerusform>%Ln rows repeated a number from earlier in the file: only the first was used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no valid phone number: they will not be imported.</source>
        <translation>
            <numerusform>%Ln row has no valid phone number: it will not be imported.</numerusform>
            <numerusform>%Ln rows have no valid phone number: they will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows had no valid phone number: they were not imported.</source>
        <translation>
            <numerusform>%Ln row had no valid phone number: it was not imported.</numerusform>
            <numerusform>%Ln rows had no valid phone number: they were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be read as they stand: they will not be imported.</source>
        <translation>
            <numerusform>%Ln row cannot be read as it stands: it will not be imported.</numerusform>
            <numerusform>%Ln rows cannot be read as they stand: they will not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows could not be read as they stood: they were not imported.</source>
        <translation>
            <numerusform>%Ln row could not be read as it stood: it was not imported.</numerusform>
            <numerusform>%Ln rows could not be read as they stood: they were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers are unsubscribed or excluded: they stay so.</source>
        <translation>
            <numerusform>%Ln number is unsubscribed or excluded: it stays so.</numerusform>
            <numerusform>%Ln numbers are unsubscribed or excluded: they stay so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers are unsubscribed or excluded: they stayed so.</source>
        <translation>
            <numerusform>%Ln number is unsubscribed or excluded: it stayed so.</numerusform>
            <numerusform>%Ln numbers are unsubscribed or excluded: they stayed so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will have no consent: they are imported, but will not receive campaigns.</source>
        <translation>
            <numerusform>%Ln person will have no consent: they are imported, but will not receive campaigns.</numerusform>
            <numerusform>%Ln people will have no consent: they are imported, but will not receive campaigns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have no consent: they were imported, but will not receive campaigns.</source>
        <translation>
            <numerusform>%Ln person has no consent: they were imported, but will not receive campaigns.</numerusform>
            <numerusform>%Ln people have no consent: they were imported, but will not receive campaigns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consents will be recorded in the history, with their source and evidence.</source>
        <translation>
            <numerusform>%Ln consent will be recorded in the history, with its source and evidence.</numerusform>
            <numerusform>%Ln consents will be recorded in the history, with their source and evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consents were recorded in the history, with their source and evidence.</source>
        <translation>
            <numerusform>%Ln consent was recorded in the history, with its source and evidence.</numerusform>
            <numerusform>%Ln consents were recorded in the history, with their source and evidence.</numerusform>
        </translation>
    </message>
    <message>
        <source>New custom fields: %1.</source>
        <translation>New custom fields: %1.</translation>
    </message>
    <message>
        <source>Custom fields created: %1.</source>
        <translation>Custom fields created: %1.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</source>
        <translation>
            <numerusform>%Ln person will await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</numerusform>
            <numerusform>%Ln people will await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</source>
        <translation>
            <numerusform>%Ln person awaits confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</numerusform>
            <numerusform>%Ln people await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been saved yet.</source>
        <translation>This is what the import will do. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>This is what importing the list will do. Nothing has been saved yet.</source>
        <translation>This is what importing the list will do. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>People whose number is already in the address book</source>
        <translation>People whose number is already in the address book</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Leave them as they are.</source>
        <translation>Leave them as they are.</translation>
    </message>
    <message>
        <source>&amp;Update empty fields</source>
        <translation>&amp;Update empty fields</translation>
    </message>
    <message>
        <source>Fill in what is missing, such as an empty city. Nothing stored is replaced.</source>
        <translation>Fill in what is missing, such as an empty city. Nothing stored is replaced.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells in the file change nothing.</source>
        <translation>The file&apos;s values replace the stored ones. Empty cells in the file change nothing.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Show the rows with problems (%1)</source>
        <translation>Show the rows with problems (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln person(s)</source>
        <translation>
            <numerusform>Import %Ln person</numerusform>
            <numerusform>Import %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %Ln number(s)</source>
        <translation>
            <numerusform>Exclude %Ln number</numerusform>
            <numerusform>Exclude %Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file would change the address book.</source>
        <translation>Nothing in the file would change the address book.</translation>
    </message>
    <message>
        <source>There is nothing to exclude: every number is already excluded or not valid.</source>
        <translation>There is nothing to exclude: every number is already excluded or not valid.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. You can cancel the import while it runs; then nothing is imported.</source>
        <translation>Nothing has been saved yet. You can cancel the import while it runs; then nothing is imported.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file… %Ln row(s) so far</source>
        <translation>
            <numerusform>Checking the file… %Ln row so far</numerusform>
            <numerusform>Checking the file… %Ln rows so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message numerus="yes">
        <source>new person(s)</source>
        <translation>
            <numerusform>new person</numerusform>
            <numerusform>new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — will be updated</source>
        <translation>
            <numerusform>already in the address book — will be updated</numerusform>
            <numerusform>already in the address book — will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — left as they are</source>
        <translation>
            <numerusform>already in the address book — left as they are</numerusform>
            <numerusform>already in the address book — left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appear(s) twice in the file — the first is used</source>
        <translation>
            <numerusform>appears twice in the file — the first is used</numerusform>
            <numerusform>appear twice in the file — the first is used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) are not valid — not imported</source>
        <translation>
            <numerusform>number is not valid — not imported</numerusform>
            <numerusform>numbers are not valid — not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row(s) cannot be read — not imported</source>
        <translation>
            <numerusform>row cannot be read — not imported</numerusform>
            <numerusform>rows cannot be read — not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new custom field(s): %1</source>
        <translation>
            <numerusform>new custom field: %1</numerusform>
            <numerusform>new custom fields: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new person(s) added</source>
        <translation>
            <numerusform>new person added</numerusform>
            <numerusform>new people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — updated</source>
        <translation>
            <numerusform>already in the address book — updated</numerusform>
            <numerusform>already in the address book — updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — left as they were</source>
        <translation>
            <numerusform>already in the address book — left as they were</numerusform>
            <numerusform>already in the address book — left as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appeared twice in the file — the first was used</source>
        <translation>
            <numerusform>appeared twice in the file — the first was used</numerusform>
            <numerusform>appeared twice in the file — the first was used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) were not valid — not imported</source>
        <translation>
            <numerusform>number was not valid — not imported</numerusform>
            <numerusform>numbers were not valid — not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row(s) could not be read — not imported</source>
        <translation>
            <numerusform>row could not be read — not imported</numerusform>
            <numerusform>rows could not be read — not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new custom field(s) created: %1</source>
        <translation>
            <numerusform>new custom field created: %1</numerusform>
            <numerusform>new custom fields created: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>are unsubscribed or excluded — they stay so</source>
        <translation>
            <numerusform>is unsubscribed or excluded — and stays so</numerusform>
            <numerusform>are unsubscribed or excluded — they stay so</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without consent — imported, but they will not receive campaigns</source>
        <translation>
            <numerusform>without consent — imported, but will not receive campaigns</numerusform>
            <numerusform>without consent — imported, but they will not receive campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) excluded</source>
        <translation>
            <numerusform>number excluded</numerusform>
            <numerusform>numbers excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) will be excluded</source>
        <translation>
            <numerusform>number will be excluded</numerusform>
            <numerusform>numbers will be excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>were already excluded</source>
        <translation>
            <numerusform>was already excluded</numerusform>
            <numerusform>were already excluded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>are already excluded</source>
        <translation>
            <numerusform>is already excluded</numerusform>
            <numerusform>are already excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Import a suppression list</source>
        <translation>Import a suppression list</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>There is no custom field &quot;%1&quot;. Create it, or let the import create it.</source>
        <translation>There is no custom field &quot;%1&quot;. Create it, or let the import create it.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>The same number as row %1 (%2): only the first is imported.</source>
        <translation>The same number as row %1 (%2): only the first is imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Describe the reason in a few words when it is “Other”.</source>
        <translation>Describe the reason in a few words when it is “Other”.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be unsubscribed.</source>
        <translation>“%1” is not a phone number that can be unsubscribed.</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Write the answer first.</translation>
    </message>
    <message>
        <source>%1 is excluded: no message goes to this number.</source>
        <translation>%1 is excluded: no message goes to this number.</translation>
    </message>
    <message>
        <source>%1 unsubscribed: no message goes to this number until they reply START.</source>
        <translation>%1 unsubscribed: no message goes to this number until they reply START.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>There is no reply %1.</translation>
    </message>
</context>
<context>
    <name>InboxFormats</name>
    <message>
        <source>d MMM</source>
        <comment>a date in this year, as QDate::toString writes it</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year, as QDate::toString writes it</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a deadline&apos;s day, as QDate::toString writes it</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Overdue since %1 — decide now</source>
        <translation>Overdue since %1 — decide now</translation>
    </message>
    <message>
        <source>Decide by %1 — last day</source>
        <translation>Decide by %1 — last day</translation>
    </message>
    <message numerus="yes">
        <source>Decide by %1 — %n business day(s) left</source>
        <translation>
            <numerusform>Decide by %1 — %n business day left</numerusform>
            <numerusform>Decide by %1 — %n business days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message numerus="yes">
        <source>%n unread reply(ies)</source>
        <translation>
            <numerusform>%n unread reply</numerusform>
            <numerusform>%n unread replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible opt-out(s) to decide</source>
        <translation>
            <numerusform>%n possible opt-out to decide</numerusform>
            <numerusform>%n possible opt-outs to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the legal deadline</source>
        <translation>
            <numerusform>%n past the legal deadline</numerusform>
            <numerusform>%n past the legal deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <comment>possible opt-outs to decide</comment>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Choose a conversation to read it and answer.</source>
        <translation>Choose a conversation to read it and answer.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Conversations with replies nobody handled yet</source>
        <translation>Conversations with replies nobody handled yet</translation>
    </message>
    <message>
        <source>Possible opt-outs to decide, the nearest deadline first</source>
        <translation>Possible opt-outs to decide, the nearest deadline first</translation>
    </message>
    <message>
        <source>Every conversation, the latest first</source>
        <translation>Every conversation, the latest first</translation>
    </message>
    <message>
        <source>Search name, number or text</source>
        <translation>Search name, number or text</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The conversations could not be read: %1</source>
        <translation>The conversations could not be read: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>The conversation could not be read: %1</translation>
    </message>
    <message>
        <source>Unsubscribed since %1: no message goes to this number</source>
        <translation>Unsubscribed since %1: no message goes to this number</translation>
    </message>
    <message>
        <source>Excluded by hand since %1: no message goes to this number</source>
        <translation>Excluded by hand since %1: no message goes to this number</translation>
    </message>
    <message>
        <source>The inbox could not be counted: %1</source>
        <translation>The inbox could not be counted: %1</translation>
    </message>
    <message>
        <source>The replies could not be marked read: %1</source>
        <translation>The replies could not be marked read: %1</translation>
    </message>
    <message>
        <source>Handled, except the possible opt-out: it stays open until you decide it.</source>
        <translation>Handled, except the possible opt-out: it stays open until you decide it.</translation>
    </message>
    <message>
        <source>The answer to %1 is queued.</source>
        <translation>The answer to %1 is queued.</translation>
    </message>
    <message>
        <source>Queued: it goes out before any campaign message.</source>
        <translation>Queued: it goes out before any campaign message.</translation>
    </message>
    <message>
        <source>%1 was already unsubscribed; the reason “%2” is stored with it.</source>
        <translation>%1 was already unsubscribed; the reason “%2” is stored with it.</translation>
    </message>
    <message>
        <source>%1 is unsubscribed (%2). A confirmation is sent once.</source>
        <translation>%1 is unsubscribed (%2). A confirmation is sent once.</translation>
    </message>
    <message>
        <source>%1 is unsubscribed (%2).</source>
        <translation>%1 is unsubscribed (%2).</translation>
    </message>
    <message>
        <source>%1 stays subscribed: the reply is marked as not an opt-out.</source>
        <translation>%1 stays subscribed: the reply is marked as not an opt-out.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>To review (%1)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>No conversation matches “%1”.</translation>
    </message>
    <message>
        <source>No replies yet. Replies to your campaigns appear here; STOP, START and HELP are handled automatically.</source>
        <translation>No replies yet. Replies to your campaigns appear here; STOP, START and HELP are handled automatically.</translation>
    </message>
    <message>
        <source>Nothing to answer. Replies that need a person appear here; STOP, START and HELP are handled automatically.</source>
        <translation>Nothing to answer. Replies that need a person appear here; STOP, START and HELP are handled automatically.</translation>
    </message>
    <message>
        <source>No possible opt-outs to decide. Unclear replies such as “wrong number” appear here with the date to decide by.</source>
        <translation>No possible opt-outs to decide. Unclear replies such as “wrong number” appear here with the date to decide by.</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>No replies yet.</translation>
    </message>
</context>
<context>
    <name>KannelGateway</name>
    <message>
        <source>Enter Kannel&apos;s sendsms address, for example http://127.0.0.1:13013.</source>
        <translation>Enter Kannel&apos;s sendsms address, for example http://127.0.0.1:13013.</translation>
    </message>
    <message>
        <source>Kannel&apos;s address must not contain a query or a user name: enter those in their own fields.</source>
        <translation>Kannel&apos;s address must not contain a query or a user name: enter those in their own fields.</translation>
    </message>
    <message>
        <source>Enter the user name of Kannel&apos;s sendsms-user.</source>
        <translation>Enter the user name of Kannel&apos;s sendsms-user.</translation>
    </message>
    <message>
        <source>Enter the password of Kannel&apos;s sendsms-user.</source>
        <translation>Enter the password of Kannel&apos;s sendsms-user.</translation>
    </message>
    <message>
        <source>The address for delivery reports is not a valid http address.</source>
        <translation>The address for delivery reports is not a valid http address.</translation>
    </message>
    <message>
        <source>The address for delivery reports must not contain &apos;%&apos;.</source>
        <translation>The address for delivery reports must not contain &apos;%&apos;.</translation>
    </message>
    <message>
        <source>The time to wait for Kannel must be longer than zero.</source>
        <translation>The time to wait for Kannel must be longer than zero.</translation>
    </message>
    <message>
        <source>The sending rate for Kannel must not be negative.</source>
        <translation>The sending rate for Kannel must not be negative.</translation>
    </message>
    <message>
        <source>Kannel at %1 did not take the connection in time.</source>
        <translation>Kannel at %1 did not take the connection in time.</translation>
    </message>
    <message>
        <source>Kannel at %1 did not answer in time; whether it took the message is not known.</source>
        <translation>Kannel at %1 did not answer in time; whether it took the message is not known.</translation>
    </message>
    <message>
        <source>Kannel at %1 cannot be reached (network error %2).</source>
        <translation>Kannel at %1 cannot be reached (network error %2).</translation>
    </message>
    <message>
        <source>Kannel at %1 refused the connection: is smsbox running?</source>
        <translation>Kannel at %1 refused the connection: is smsbox running?</translation>
    </message>
    <message>
        <source>The Kannel host %1 was not found.</source>
        <translation>The Kannel host %1 was not found.</translation>
    </message>
    <message>
        <source>The connection to Kannel at %1 broke after the message was sent; whether it took the message is not known.</source>
        <translation>The connection to Kannel at %1 broke after the message was sent; whether it took the message is not known.</translation>
    </message>
    <message>
        <source>Kannel gave an answer that cannot be read (HTTP %1: %2); whether it took the message is not known.</source>
        <translation>Kannel gave an answer that cannot be read (HTTP %1: %2); whether it took the message is not known.</translation>
    </message>
    <message>
        <source>Kannel refused the user name or password: check them in Settings.</source>
        <translation>Kannel refused the user name or password: check them in Settings.</translation>
    </message>
    <message>
        <source>Kannel refused the message: %1</source>
        <translation>Kannel refused the message: %1</translation>
    </message>
    <message>
        <source>Kannel cannot take messages right now (HTTP %1).</source>
        <translation>Kannel cannot take messages right now (HTTP %1).</translation>
    </message>
    <message>
        <source>The address of Kannel looks wrong (HTTP %1): check it in Settings.</source>
        <translation>The address of Kannel looks wrong (HTTP %1): check it in Settings.</translation>
    </message>
    <message>
        <source>Kannel refused the message (HTTP %1): %2</source>
        <translation>Kannel refused the message (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Kannel gave an answer that cannot be read (HTTP %1); whether it took the message is not known.</source>
        <translation>Kannel gave an answer that cannot be read (HTTP %1); whether it took the message is not known.</translation>
    </message>
    <message>
        <source>The delivery report has no valid message id.</source>
        <translation>The delivery report has no valid message id.</translation>
    </message>
    <message>
        <source>The delivery report has no valid status.</source>
        <translation>The delivery report has no valid status.</translation>
    </message>
    <message>
        <source>The delivery report has an unknown status %1.</source>
        <translation>The delivery report has an unknown status %1.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no secret for “%1”.</source>
        <translation>The keychain holds no secret for “%1”.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Access to the keychain was refused.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>The keychain is locked or refused access.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>No keychain is available on this computer.</translation>
    </message>
    <message>
        <source>The keychain could not be reached.</source>
        <translation>The keychain could not be reached.</translation>
    </message>
    <message>
        <source>The keychain could not change “%1”.</source>
        <translation>The keychain could not change “%1”.</translation>
    </message>
    <message>
        <source>The keychain was used from two threads at once.</source>
        <translation>The keychain was used from two threads at once.</translation>
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
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Campaigns are sending</source>
        <translation>Campaigns are sending</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) are still sending.</source>
        <translation>
            <numerusform>%n campaign is still sending.</numerusform>
            <numerusform>%n campaigns are still sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause them, or let them go on the next time Textwell opens? Nothing is sent while Textwell is closed, unless “textwell-cli send --due” runs.</source>
        <translation>Pause them, or let them go on the next time Textwell opens? Nothing is sent while Textwell is closed, unless “textwell-cli send --due” runs.</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>&amp;Pause and quit</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Keep sending</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import &amp;suppression list…</source>
        <translation>Import &amp;suppression list…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
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
    <name>OptOutListDialog</name>
    <message>
        <source>Reading the opt-outs…</source>
        <translation>Reading the opt-outs…</translation>
    </message>
    <message>
        <source>&amp;Open in the address book</source>
        <translation>&amp;Open in the address book</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Who left</translation>
    </message>
    <message>
        <source>People who opted out</source>
        <translation>People who opted out</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Show this person in the address book, with the consent history</source>
        <translation>Show this person in the address book, with the consent history</translation>
    </message>
    <message>
        <source>The opt-outs could not be read: %1</source>
        <translation>The opt-outs could not be read: %1</translation>
    </message>
    <message>
        <source>Nobody opted out here.</source>
        <translation>Nobody opted out here.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opt-out(s), newest first.</source>
        <translation>
            <numerusform>%Ln opt-out, newest first.</numerusform>
            <numerusform>%Ln opt-outs, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the address book</source>
        <translation>not in the address book</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the opt-outs and exclusions…</source>
        <translation>Reading the opt-outs and exclusions…</translation>
    </message>
    <message>
        <source>People who opted out or were excluded</source>
        <translation>People who opted out or were excluded</translation>
    </message>
    <message>
        <source>The opt-outs and exclusions could not be read: %1</source>
        <translation>The opt-outs and exclusions could not be read: %1</translation>
    </message>
    <message>
        <source>Nobody opted out or was excluded here.</source>
        <translation>Nobody opted out or was excluded here.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln opt-out(s) and exclusion(s).</source>
        <translation>
            <numerusform>The newest %1 of %Ln opt-out and exclusion.</numerusform>
            <numerusform>The newest %1 of %Ln opt-outs and exclusions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln opt-out(s).</source>
        <translation>
            <numerusform>The newest %1 of %Ln opt-out.</numerusform>
            <numerusform>The newest %1 of %Ln opt-outs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opt-out(s) and exclusion(s), newest first.</source>
        <translation>
            <numerusform>%Ln opt-out or exclusion, newest first.</numerusform>
            <numerusform>%Ln opt-outs and exclusions, newest first.</numerusform>
        </translation>
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
    <name>OptOutReport</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Reason in words</translation>
    </message>
    <message>
        <source>Keyword or text</source>
        <translation>Keyword or text</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Opt-out log</source>
        <translation>Opt-out log</translation>
    </message>
    <message>
        <source>Every opt-out recorded in the period, oldest first, with how it reached the business and the campaign it followed.</source>
        <translation>Every opt-out recorded in the period, oldest first, with how it reached the business and the campaign it followed.</translation>
    </message>
</context>
<context>
    <name>OptOutRequestDialog</name>
    <message>
        <source>Record opt-out request</source>
        <translation>Record opt-out request</translation>
    </message>
    <message>
        <source>Someone asked to get no more messages by phone, e-mail, letter or in person. With a phone number, the number is opted out at once, as of when they asked. Otherwise the request waits on the Compliance screen until its number is found.</source>
        <translation>Someone asked to get no more messages by phone, e-mail, letter or in person. With a phone number, the number is opted out at once, as of when they asked. Otherwise the request waits on the Compliance screen until its number is found.</translation>
    </message>
    <message>
        <source>a phone number, an e-mail address or a name</source>
        <translation>a phone number, an e-mail address or a name</translation>
    </message>
    <message>
        <source>e.g. called the shop, spoke to Maria</source>
        <translation>e.g. called the shop, spoke to Maria</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>&amp;How it came:</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Who asked:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Say who asked: a phone number, an e-mail address or a name.</source>
        <translation>Say who asked: a phone number, an e-mail address or a name.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future.</source>
        <translation>The request cannot have been received in the future.</translation>
    </message>
    <message>
        <source>%1 will be opted out at once.</source>
        <translation>%1 will be opted out at once.</translation>
    </message>
    <message>
        <source>Not a phone number: the request stays open until its number is entered.</source>
        <translation>Not a phone number: the request stays open until its number is entered.</translation>
    </message>
</context>
<context>
    <name>OptOutRequests</name>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>By letter</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Asked by phone on %1</source>
        <translation>Asked by phone on %1</translation>
    </message>
    <message>
        <source>Asked by e-mail on %1</source>
        <translation>Asked by e-mail on %1</translation>
    </message>
    <message>
        <source>Asked by letter on %1</source>
        <translation>Asked by letter on %1</translation>
    </message>
    <message>
        <source>Asked in person on %1</source>
        <translation>Asked in person on %1</translation>
    </message>
    <message>
        <source>Say when the request was received.</source>
        <translation>Say when the request was received.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future (%1).</source>
        <translation>The request cannot have been received in the future (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way a request comes; use one of: %2.</source>
        <translation>&quot;%1&quot; is not a way a request comes; use one of: %2.</translation>
    </message>
    <message>
        <source>Say who asked: a phone number, an e-mail address or a name.</source>
        <translation>Say who asked: a phone number, an e-mail address or a name.</translation>
    </message>
    <message>
        <source>The request from %1 was already closed.</source>
        <translation>The request from %1 was already closed.</translation>
    </message>
    <message>
        <source>Say why the request is closed without an opt-out, e.g. &quot;no such customer&quot;.</source>
        <translation>Say why the request is closed without an opt-out, e.g. &quot;no such customer&quot;.</translation>
    </message>
    <message>
        <source>There is no opt-out request %1.</source>
        <translation>There is no opt-out request %1.</translation>
    </message>
</context>
<context>
    <name>OutboxMessage</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Waiting for its window</source>
        <translation>Waiting for its window</translation>
    </message>
    <message>
        <source>Waiting for the A/B winner</source>
        <translation>Waiting for the A/B winner</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Unknown — check</translation>
    </message>
    <message>
        <source>Exported to file</source>
        <translation>Exported to file</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>no recorded consent</source>
        <translation>no recorded consent</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>not a mobile number</translation>
    </message>
    <message>
        <source>no longer in the address book</source>
        <translation>no longer in the address book</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>quiet hours</translation>
    </message>
    <message>
        <source>message limit reached</source>
        <translation>message limit reached</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>unsubscribed at the carrier</source>
        <translation>unsubscribed at the carrier</translation>
    </message>
    <message>
        <source>gateway error</source>
        <translation>gateway error</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>not delivered</translation>
    </message>
    <message>
        <source>no longer true: a later reply changed it</source>
        <translation>no longer true: a later reply changed it</translation>
    </message>
    <message>
        <source>consent not yet confirmed by SMS</source>
        <translation>consent not yet confirmed by SMS</translation>
    </message>
    <message>
        <source>too late: the opt-out was longer ago than the rules allow for its confirmation</source>
        <translation>too late: the opt-out was longer ago than the rules allow for its confirmation</translation>
    </message>
</context>
<context>
    <name>OutboxPurpose</name>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Opt-out confirmation</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Opt-in confirmation</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Campaign message</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Welcome text</translation>
    </message>
    <message>
        <source>Confirmation request</source>
        <translation>Confirmation request</translation>
    </message>
    <message>
        <source>Confirmation reminder</source>
        <translation>Confirmation reminder</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Generated on %1</source>
        <translation>Generated on %1</translation>
    </message>
    <message>
        <source>The PDF could not get another page.</source>
        <translation>The PDF could not get another page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>The rows of “%1” changed while the report was being written. Write it again.</source>
        <translation>The rows of “%1” changed while the report was being written. Write it again.</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No entries</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>The report changed while it was being written. Write it again.</source>
        <translation>The report changed while it was being written. Write it again.</translation>
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
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>personal data erased on request</source>
        <translation>personal data erased on request</translation>
    </message>
    <message>
        <source>The date of the request lies in the future.</source>
        <translation>The date of the request lies in the future.</translation>
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
    <message>
        <source>rejected by the gateway</source>
        <translation>rejected by the gateway</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Quiet hours in %1 until %2.</source>
        <translation>Quiet hours in %1 until %2.</translation>
    </message>
    <message>
        <source>Quiet hours in %1, one of the time zones of the recipient&apos;s country, until %2 there.</source>
        <translation>Quiet hours in %1, one of the time zones of the recipient&apos;s country, until %2 there.</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Days shown</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
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
        <translation>Unsubscribe rate over time</translation>
    </message>
    <message>
        <source>Click a point to see who left after those campaigns</source>
        <translation>Click a point to see who left after those campaigns</translation>
    </message>
    <message>
        <source>No campaign went out in these days, so there is no unsubscribe rate to show yet. Each campaign you send adds a point here.</source>
        <translation>No campaign went out in these days, so there is no unsubscribe rate to show yet. Each campaign you send adds a point here.</translation>
    </message>
    <message>
        <source>Typical: %1 to %2</source>
        <translation>Typical: %1 to %2</translation>
    </message>
    <message>
        <source>Alert level: %1</source>
        <translation>Alert level: %1</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Unsubscribe rate</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) with campaigns.</source>
        <translation>
            <numerusform>%n period with campaigns.</numerusform>
            <numerusform>%n periods with campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1 (%2).</source>
        <translation>Latest: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
%Ln opt-out(s) of %3 messages reached</source>
        <translation>
            <numerusform>%1: %2
%Ln opt-out of %3 messages reached</numerusform>
            <numerusform>%1: %2
%Ln opt-outs of %3 messages reached</numerusform>
        </translation>
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
    <message>
        <source>Awaiting confirmation by SMS</source>
        <translation>Awaiting confirmation by SMS</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Unsubscribed; confirmation sent once</source>
        <translation>Unsubscribed; confirmation sent once</translation>
    </message>
    <message>
        <source>Already unsubscribed; no second confirmation</source>
        <translation>Already unsubscribed; no second confirmation</translation>
    </message>
    <message>
        <source>Subscribed again</source>
        <translation>Subscribed again</translation>
    </message>
    <message>
        <source>Subscribed again, but stays excluded by hand</source>
        <translation>Subscribed again, but stays excluded by hand</translation>
    </message>
    <message>
        <source>Was not unsubscribed: nothing to undo</source>
        <translation>Was not unsubscribed: nothing to undo</translation>
    </message>
    <message>
        <source>Not in the address book: add the person to subscribe them</source>
        <translation>Not in the address book: add the person to subscribe them</translation>
    </message>
    <message>
        <source>Help text sent</source>
        <translation>Help text sent</translation>
    </message>
    <message>
        <source>No answer: the number is unsubscribed or excluded</source>
        <translation>No answer: the number is unsubscribed or excluded</translation>
    </message>
    <message>
        <source>Not acted on: a later STOP or START from this number came first</source>
        <translation>Not acted on: a later STOP or START from this number came first</translation>
    </message>
    <message>
        <source>Reason stored</source>
        <translation>Reason stored</translation>
    </message>
    <message>
        <source>Marked as an opt-out</source>
        <translation>Marked as an opt-out</translation>
    </message>
    <message>
        <source>Marked as not an opt-out</source>
        <translation>Marked as not an opt-out</translation>
    </message>
    <message>
        <source>Subscribed by JOIN; welcome text sent</source>
        <translation>Subscribed by JOIN; welcome text sent</translation>
    </message>
    <message>
        <source>Not subscribed: the number stays excluded by hand until you lift the exclusion</source>
        <translation>Not subscribed: the number stays excluded by hand until you lift the exclusion</translation>
    </message>
    <message>
        <source>Already subscribed; no second welcome</source>
        <translation>Already subscribed; no second welcome</translation>
    </message>
    <message>
        <source>Consent confirmed by the number (double opt-in)</source>
        <translation>Consent confirmed by the number (double opt-in)</translation>
    </message>
    <message>
        <source>Ignored: this number was never asked to confirm</source>
        <translation>Ignored: this number was never asked to confirm</translation>
    </message>
</context>
<context>
    <name>ReplyClassification</name>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Help request</translation>
    </message>
    <message>
        <source>Possible opt-out</source>
        <translation>Possible opt-out</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Join request</source>
        <translation>Join request</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>ReplyCommands</name>
    <message>
        <source>classify: the sender&apos;s language (en, ru, de).</source>
        <translation>classify: the sender&apos;s language (en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>replies receive, inbox reply: the message text.</source>
        <translation>replies receive, inbox reply: the message text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>replies receive: when it was sent (ISO date and time; default: now).</source>
        <translation>replies receive: when it was sent (ISO date and time; default: now).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>inbox list: only numbers with possible opt-outs to decide.</source>
        <translation>inbox list: only numbers with possible opt-outs to decide.</translation>
    </message>
    <message>
        <source>inbox mark: the reply to decide about (its id).</source>
        <translation>inbox mark: the reply to decide about (its id).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>classify needs the reply&apos;s text, in quotes.</source>
        <translation>classify needs the reply&apos;s text, in quotes.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Confidence: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>inbox needs one of: list, show NUMBER, reply NUMBER --body TEXT, mark NUMBER handled|open, mark --reply ID opt-out --reason CODE|not-opt-out.</source>
        <translation>inbox needs one of: list, show NUMBER, reply NUMBER --body TEXT, mark NUMBER handled|open, mark --reply ID opt-out --reason CODE|not-opt-out.</translation>
    </message>
    <message>
        <source>No replies here.</source>
        <translation>No replies here.</translation>
    </message>
    <message>
        <source>[decide by %1]</source>
        <translation>[decide by %1]</translation>
    </message>
    <message>
        <source>Queued; it goes out with the next send.</source>
        <translation>Queued; it goes out with the next send.</translation>
    </message>
    <message>
        <source>opt-out needs --reason, one of: %1.</source>
        <translation>opt-out needs --reason, one of: %1.</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Unsubscribed.</translation>
    </message>
    <message>
        <source>inbox mark --reply ID needs opt-out or not-opt-out.</source>
        <translation>inbox mark --reply ID needs opt-out or not-opt-out.</translation>
    </message>
    <message>
        <source>inbox mark needs a number and handled or open.</source>
        <translation>inbox mark needs a number and handled or open.</translation>
    </message>
    <message>
        <source>replies needs one of: import FILE, receive --from NUMBER --body TEXT, fetch.</source>
        <translation>replies needs one of: import FILE, receive --from NUMBER --body TEXT, fetch.</translation>
    </message>
    <message>
        <source>Stopped at the reply from %1: %2 (the replies before it are stored).</source>
        <translation>Stopped at the reply from %1: %2 (the replies before it are stored).</translation>
    </message>
    <message>
        <source>replies receive needs --from NUMBER and --body TEXT.</source>
        <translation>replies receive needs --from NUMBER and --body TEXT.</translation>
    </message>
    <message>
        <source>--received takes a date and time such as 2026-11-23T10:15.</source>
        <translation>--received takes a date and time such as 2026-11-23T10:15.</translation>
    </message>
    <message>
        <source>This gateway does not keep replies to fetch: Kannel brings them while the app or `send --due` runs, a file export needs `replies import FILE`.</source>
        <translation>This gateway does not keep replies to fetch: Kannel brings them while the app or `send --due` runs, a file export needs `replies import FILE`.</translation>
    </message>
    <message>
        <source>replies receive: the sender&apos;s number; report: the first day (YYYY-MM-DD; default: 89 days before --to).</source>
        <translation>replies receive: the sender&apos;s number; report: the first day (YYYY-MM-DD; default: 89 days before --to).</translation>
    </message>
    <message>
        <source>number|date</source>
        <translation>number|date</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(ies) stored, %L1 already known; numbers unsubscribed: %L2.</source>
        <extracomment>%n is how many new replies were stored, %L1 how many were known already, %L2 how many numbers were unsubscribed by them.</extracomment>
        <translation>
            <numerusform>%n new reply stored, %L1 already known; numbers unsubscribed: %L2.</numerusform>
            <numerusform>%n new replies stored, %L1 already known; numbers unsubscribed: %L2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(ies) stored.</source>
        <translation>
            <numerusform>%n new reply stored.</numerusform>
            <numerusform>%n new replies stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>inbox list: also numbers whose replies are all handled; confirmations ask: everyone awaiting confirmation who was never asked.</source>
        <translation>inbox list: also numbers whose replies are all handled; confirmations ask: everyone awaiting confirmation who was never asked.</translation>
    </message>
    <message>
        <source>confirmations needs one of: ask --all, ask NUMBER..., remind, list.</source>
        <translation>confirmations needs one of: ask --all, ask NUMBER..., remind, list.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; skipped.</source>
        <translation>“%1” is not a phone number; skipped.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked to confirm by SMS; skipped: %L1 already asked, %L2 not awaiting confirmation, %L3 unsubscribed or excluded.</source>
        <extracomment>%n people were asked to confirm; %L1 had an open request already, %L2 have nothing to confirm (or are not in the book), %L3 are unsubscribed or excluded.</extracomment>
        <translation>
            <numerusform>%n person asked to confirm by SMS; skipped: %L1 already asked, %L2 not awaiting confirmation, %L3 unsubscribed or excluded.</numerusform>
            <numerusform>%n people asked to confirm by SMS; skipped: %L1 already asked, %L2 not awaiting confirmation, %L3 unsubscribed or excluded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests go out with the next send.</source>
        <translation>The requests go out with the next send.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued; they go out with the next send.</source>
        <translation>
            <numerusform>%n reminder queued; it goes out with the next send.</numerusform>
            <numerusform>%n reminders queued; they go out with the next send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is awaiting confirmation.</source>
        <translation>Nobody is awaiting confirmation.</translation>
    </message>
    <message>
        <source>waiting since %1</source>
        <translation>waiting since %1</translation>
    </message>
    <message>
        <source>[not asked yet]</source>
        <translation>[not asked yet]</translation>
    </message>
    <message>
        <source>[asked %1, reminded %2]</source>
        <translation>[asked %1, reminded %2]</translation>
    </message>
    <message>
        <source>[asked %1]</source>
        <translation>[asked %1]</translation>
    </message>
</context>
<context>
    <name>ReplyDecisionBox</name>
    <message>
        <source>This is an opt-out</source>
        <translation>This is an opt-out</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>Not an opt-out</translation>
    </message>
    <message>
        <source>Reason for the opt-out</source>
        <translation>Reason for the opt-out</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Choose why…</translation>
    </message>
    <message>
        <source>The reason in a few words</source>
        <translation>The reason in a few words</translation>
    </message>
    <message>
        <source>Unsubscribe this number now, with the reason chosen. A confirmation is sent once.</source>
        <translation>Unsubscribe this number now, with the reason chosen. A confirmation is sent once.</translation>
    </message>
    <message>
        <source>Keep the number subscribed; the reply stays in the conversation.</source>
        <translation>Keep the number subscribed; the reply stays in the conversation.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message numerus="yes">
        <source>This reply may mean they want no more messages. Decide within %n business day(s) of its arrival.</source>
        <translation>
            <numerusform>This reply may mean they want no more messages. Decide within %n business day of its arrival.</numerusform>
            <numerusform>This reply may mean they want no more messages. Decide within %n business days of its arrival.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this reply means they want no more messages, unsubscribe them here.</source>
        <translation>If this reply means they want no more messages, unsubscribe them here.</translation>
    </message>
    <message>
        <source>Choose why they left first: the reasons show what drives people away.</source>
        <translation>Choose why they left first: the reasons show what drives people away.</translation>
    </message>
    <message>
        <source>Write the reason in a few words.</source>
        <translation>Write the reason in a few words.</translation>
    </message>
    <message>
        <source>The reason in their words</source>
        <translation>The reason in their words</translation>
    </message>
</context>
<context>
    <name>ReplyFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first row must name the columns: the sender (from, phone, number) and the text (text, body, message). It has: %1.</source>
        <translation>The first row must name the columns: the sender (from, phone, number) and the text (text, body, message). It has: %1.</translation>
    </message>
    <message>
        <source>Row %1: no sender; left out.</source>
        <translation>Row %1: no sender; left out.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a time; the reply is taken as received now.</source>
        <translation>Row %1: “%2” is not a time; the reply is taken as received now.</translation>
    </message>
    <message>
        <source>%1 The rows from there on are left out.</source>
        <translation>%1 The rows from there on are left out.</translation>
    </message>
</context>
<context>
    <name>ReplySettings</name>
    <message>
        <source>“%1” is not one of the message languages.</source>
        <translation>“%1” is not one of the message languages.</translation>
    </message>
    <message>
        <source>A keyword cannot contain a comma: “%1”.</source>
        <translation>A keyword cannot contain a comma: “%1”.</translation>
    </message>
    <message>
        <source>The text cannot be empty.</source>
        <translation>The text cannot be empty.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>The text is too long: at most %Ln character.</numerusform>
            <numerusform>The text is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplySettingsBox</name>
    <message>
        <source>Replies (shared by everyone using this database)</source>
        <translation>Replies (shared by everyone using this database)</translation>
    </message>
    <message>
        <source>What Textwell reads in a reply, and what it answers. The answers go to customers, so they are written in each message language.</source>
        <translation>What Textwell reads in a reply, and what it answers. The answers go to customers, so they are written in each message language.</translation>
    </message>
    <message>
        <source>Replies &amp;in:</source>
        <translation>Replies &amp;in:</translation>
    </message>
    <message>
        <source>Opt-out words:</source>
        <translation>Opt-out words:</translation>
    </message>
    <message>
        <source>Opt-in words:</source>
        <translation>Opt-in words:</translation>
    </message>
    <message>
        <source>Help words:</source>
        <translation>Help words:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Opt-out confirmation:</translation>
    </message>
    <message>
        <source>Opt-in confirmation:</source>
        <translation>Opt-in confirmation:</translation>
    </message>
    <message>
        <source>Help text:</source>
        <translation>Help text:</translation>
    </message>
    <message>
        <source>The message as it is sent, with the business name</source>
        <translation>The message as it is sent, with the business name</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>phone or e-mail</translation>
    </message>
    <message>
        <source>Contact for help:</source>
        <translation>Contact for help:</translation>
    </message>
    <message>
        <source>Named in the default help text.</source>
        <translation>Named in the default help text.</translation>
    </message>
    <message>
        <source>Ask for the reason in the opt-out confirmation (off by default)</source>
        <translation>Ask for the reason in the opt-out confirmation (off by default)</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation then ends with a question (shown above). A reply of one digit from 1 to %1 within %n day(s) is kept as the reason for the opt-out: %2.</source>
        <translation>
            <numerusform>The confirmation then ends with a question (shown above). A reply of one digit from 1 to %1 within %n day is kept as the reason for the opt-out: %2.</numerusform>
            <numerusform>The confirmation then ends with a question (shown above). A reply of one digit from 1 to %1 within %n days is kept as the reason for the opt-out: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Opt-out confirmation</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Opt-in confirmation</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · %n SMS part(s)</source>
        <translation>
            <numerusform>%1 characters · %2 · %n SMS part</numerusform>
            <numerusform>%1 characters · %2 · %n SMS parts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Join words:</source>
        <translation>Join words:</translation>
    </message>
    <message>
        <source>Confirmation words:</source>
        <translation>Confirmation words:</translation>
    </message>
    <message>
        <source>Separate the words with commas. STOP, START, HELP, JOIN and YES always work, and the words of every language are recognised in every reply.</source>
        <translation>Separate the words with commas. STOP, START, HELP, JOIN and YES always work, and the words of every language are recognised in every reply.</translation>
    </message>
    <message>
        <source>Welcome after a join:</source>
        <translation>Welcome after a join:</translation>
    </message>
    <message>
        <source>Confirmation request:</source>
        <translation>Confirmation request:</translation>
    </message>
    <message>
        <source>Confirmation reminder:</source>
        <translation>Confirmation reminder:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Welcome text</translation>
    </message>
    <message>
        <source>Confirmation request</source>
        <translation>Confirmation request</translation>
    </message>
    <message>
        <source>Confirmation reminder</source>
        <translation>Confirmation reminder</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>report: the last day (YYYY-MM-DD; default: today).</source>
        <translation>report: the last day (YYYY-MM-DD; default: today).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>report dashboard: day, week or month (default: by the span).</source>
        <translation>report dashboard: day, week or month (default: by the span).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>report takes dashboard, campaign ID, optouts or consent NUMBER.</source>
        <translation>report takes dashboard, campaign ID, optouts or consent NUMBER.</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD.</source>
        <translation>--to takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD.</source>
        <translation>--from takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from must not be after --to.</translation>
    </message>
    <message>
        <source>--granularity takes day, week or month.</source>
        <translation>--granularity takes day, week or month.</translation>
    </message>
    <message>
        <source>report campaign needs the campaign&apos;s number (see campaign list).</source>
        <translation>report campaign needs the campaign&apos;s number (see campaign list).</translation>
    </message>
    <message>
        <source>report consent needs a phone number.</source>
        <translation>report consent needs a phone number.</translation>
    </message>
    <message>
        <source>report needs --out FILE.</source>
        <translation>report needs --out FILE.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or pdf (or name the --out file .csv, .xlsx or .pdf).</source>
        <translation>--format takes csv, xlsx or pdf (or name the --out file .csv, .xlsx or .pdf).</translation>
    </message>
    <message>
        <source>Wrote “%1” to %2.</source>
        <translation>Wrote “%1” to %2.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Unknown report format.</source>
        <translation>Unknown report format.</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>CSV (data for a spreadsheet)</source>
        <translation>CSV (data for a spreadsheet)</translation>
    </message>
    <message>
        <source>Excel workbook with charts (XLSX)</source>
        <translation>Excel workbook with charts (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Choose a period whose first day is not after its last.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Choose a campaign.</translation>
    </message>
    <message>
        <source>Enter the phone number whose consent record you want.</source>
        <translation>Enter the phone number whose consent record you want.</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>Unknown report.</translation>
    </message>
    <message>
        <source>Unsubscribe report</source>
        <translation>Unsubscribe report</translation>
    </message>
    <message>
        <source>One campaign</source>
        <translation>One campaign</translation>
    </message>
    <message>
        <source>Opt-out log</source>
        <translation>Opt-out log</translation>
    </message>
    <message>
        <source>Consent record of one person</source>
        <translation>Consent record of one person</translation>
    </message>
    <message>
        <source>What the dashboard shows for a period: the unsubscribe rate over time, why and how people left, subscribers gained and lost, and every campaign.</source>
        <translation>What the dashboard shows for a period: the unsubscribe rate over time, why and how people left, subscribers gained and lost, and every campaign.</translation>
    </message>
    <message>
        <source>One campaign&apos;s messages sent, delivered and failed, its unsubscribe rate, the reasons given and who unsubscribed after it.</source>
        <translation>One campaign&apos;s messages sent, delivered and failed, its unsubscribe rate, the reasons given and who unsubscribed after it.</translation>
    </message>
    <message>
        <source>Every opt-out in a period: when, which number, how it came, the reason and the campaign it followed.</source>
        <translation>Every opt-out in a period: when, which number, how it came, the reason and the campaign it followed.</translation>
    </message>
    <message>
        <source>Everything recorded about one number&apos;s consent, with its evidence: for a person who asks what you hold about them, or to prove a consent.</source>
        <translation>Everything recorded about one number&apos;s consent, with its evidence: for a person who asks what you hold about them, or to prove a consent.</translation>
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
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports to keep or hand on — to a partner, an accountant, or a person who asks what you hold about them.</source>
        <translation>Reports to keep or hand on — to a partner, an accountant, or a person who asks what you hold about them.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaign:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — started %2</translation>
    </message>
    <message>
        <source>No campaign has started yet</source>
        <translation>No campaign has started yet</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>The first day is after the last.</translation>
    </message>
    <message>
        <source>No campaign has started yet.</source>
        <translation>No campaign has started yet.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s phone number.</source>
        <translation>Enter the person&apos;s phone number.</translation>
    </message>
    <message>
        <source>unsubscribe-report</source>
        <translation>unsubscribe-report</translation>
    </message>
    <message>
        <source>campaign-%1</source>
        <translation>campaign-%1</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>opt-outs</translation>
    </message>
    <message>
        <source>consent-record-%1</source>
        <translation>consent-record-%1</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>Saved “%1” to %2.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The campaigns and segments could not be read: %1</source>
        <translation>The campaigns and segments could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Reading the campaigns…</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Writing the report… %L1 of %Ln row</numerusform>
            <numerusform>Writing the report… %L1 of %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %Ln row(s)</source>
        <translation>
            <numerusform>Writing the report… %Ln row</numerusform>
            <numerusform>Writing the report… %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>Pe&amp;ople:</translation>
    </message>
</context>
<context>
    <name>RuleCommands</name>
    <message>
        <source>rules needs one of: list, show ID, load FILE, reset ID.</source>
        <translation>rules needs one of: list, show ID, load FILE, reset ID.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>There is no rule pack &quot;%1&quot;; see rules list.</source>
        <translation>There is no rule pack &quot;%1&quot;; see rules list.</translation>
    </message>
    <message>
        <source>The rules for %1 are now those of %2.</source>
        <translation>The rules for %1 are now those of %2.</translation>
    </message>
    <message>
        <source>The rules for %1 are the built-in ones again.</source>
        <translation>The rules for %1 are the built-in ones again.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) can now be sent to; %L1 now await confirmation by SMS.</source>
        <translation>
            <numerusform>%Ln person can now be sent to; %L1 now await confirmation by SMS.</numerusform>
            <numerusform>%Ln people can now be sent to; %L1 now await confirmation by SMS.</numerusform>
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
        <translation>California</translation>
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
        <translation>the District of Columbia</translation>
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
        <translation>Washington</translation>
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
        <translation>%1 and %2</translation>
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
        <translation>%1: no quiet hours of its own; the quiet hours in Settings apply.</translation>
    </message>
    <message>
        <source>%1: quiet hours %2; messages wait until then.</source>
        <translation>%1: quiet hours %2; messages wait until then.</translation>
    </message>
    <message>
        <source>%1: quiet hours %2, %3; messages wait until then.</source>
        <translation>%1: quiet hours %2, %3; messages wait until then.</translation>
    </message>
    <message>
        <source>No quiet hours of its own; the quiet hours in Settings apply.</source>
        <translation>No quiet hours of its own; the quiet hours in Settings apply.</translation>
    </message>
    <message>
        <source>Quiet hours %1 in the recipient&apos;s local time; messages wait until then.</source>
        <translation>Quiet hours %1 in the recipient&apos;s local time; messages wait until then.</translation>
    </message>
    <message>
        <source>Quiet hours %1 in the recipient&apos;s local time, %2; messages wait until then.</source>
        <translation>Quiet hours %1 in the recipient&apos;s local time, %2; messages wait until then.</translation>
    </message>
    <message numerus="yes">
        <source>Consent counts only once the person confirms it from their number by replying %1; until then they are left out of campaigns. They are asked once and reminded once, %n day(s) later.</source>
        <translation>
            <numerusform>Consent counts only once the person confirms it from their number by replying %1; until then they are left out of campaigns. They are asked once and reminded once, %n day later.</numerusform>
            <numerusform>Consent counts only once the person confirms it from their number by replying %1; until then they are left out of campaigns. They are asked once and reminded once, %n days later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent you record counts; no confirmation by SMS is asked for.</source>
        <translation>The consent you record counts; no confirmation by SMS is asked for.</translation>
    </message>
    <message numerus="yes">
        <source>An opt-out is confirmed with one last message within %n minute(s); nothing else follows.</source>
        <translation>
            <numerusform>An opt-out is confirmed with one last message within %n minute; nothing else follows.</numerusform>
            <numerusform>An opt-out is confirmed with one last message within %n minutes; nothing else follows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An opt-out asked for by phone, e-mail or in person must be entered within %n business day(s).</source>
        <translation>
            <numerusform>An opt-out asked for by phone, e-mail or in person must be entered within %n business day.</numerusform>
            <numerusform>An opt-out asked for by phone, e-mail or in person must be entered within %n business days.</numerusform>
        </translation>
    </message>
    <message>
        <source>HELP is answered with your help text, at any hour.</source>
        <translation>HELP is answered with your help text, at any hour.</translation>
    </message>
    <message>
        <source>HELP is not answered automatically.</source>
        <translation>HELP is not answered automatically.</translation>
    </message>
    <message>
        <source>The welcome text starts with your business&apos;s name and says that message and data rates may apply.</source>
        <translation>The welcome text starts with your business&apos;s name and says that message and data rates may apply.</translation>
    </message>
    <message>
        <source>The welcome text starts with your business&apos;s name.</source>
        <translation>The welcome text starts with your business&apos;s name.</translation>
    </message>
    <message>
        <source>The welcome text says that message and data rates may apply.</source>
        <translation>The welcome text says that message and data rates may apply.</translation>
    </message>
    <message>
        <source>The welcome text goes out as you wrote it.</source>
        <translation>The welcome text goes out as you wrote it.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply %2.</source>
        <extracomment>%1 is the rule pack and its law, %Ln the number of people, %2 the word they reply (JA).</extracomment>
        <translation>
            <numerusform>%1: %Ln person has not confirmed their consent by SMS yet; they are left out until they reply %2.</numerusform>
            <numerusform>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</source>
        <translation>
            <numerusform>%Ln person has not confirmed their consent by SMS yet; they are left out until they reply.</numerusform>
            <numerusform>%Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</source>
        <extracomment>%1 lists the rule packs that ask for confirmation, with their laws.</extracomment>
        <translation>
            <numerusform>%1: %Ln person has not confirmed their consent by SMS yet; they are left out until they reply.</numerusform>
            <numerusform>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: it is quiet hours there now; messages wait until %2 (your time, %3).</source>
        <extracomment>%1 the rule pack and its law, %2 when the messages go, %3 the business&apos;s time zone.</extracomment>
        <translation>%1: it is quiet hours there now; messages wait until %2 (your time, %3).</translation>
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
    <name>RulePack</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a time such as 21:00.</source>
        <translation>%1 must be a time such as 21:00.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation>%1 must be a whole number from 0 to %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 needs at least an English text (&quot;en&quot;).</source>
        <translation>%1 needs at least an English text (&quot;en&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a list such as [%2].</source>
        <translation>%1 must be a list such as [%2].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not like %3.</source>
        <translation>%1: &quot;%2&quot; is not like %3.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 — this is not a rule pack file as Textwell writes it.</source>
        <translation>%1, line %2: %3 — this is not a rule pack file as Textwell writes it.</translation>
    </message>
    <message>
        <source>%1, line 1: a rule pack is one object in braces { }.</source>
        <translation>%1, line 1: a rule pack is one object in braces { }.</translation>
    </message>
    <message>
        <source>id must be a short lower-case name such as &quot;de&quot;.</source>
        <translation>id must be a short lower-case name such as &quot;de&quot;.</translation>
    </message>
    <message>
        <source>quiet_hours must say from when until when, such as {&quot;from&quot;: &quot;21:00&quot;, &quot;until&quot;: &quot;08:00&quot;}.</source>
        <translation>quiet_hours must say from when until when, such as {&quot;from&quot;: &quot;21:00&quot;, &quot;until&quot;: &quot;08:00&quot;}.</translation>
    </message>
</context>
<context>
    <name>RulePacks</name>
    <message>
        <source>The saved rules for %1</source>
        <translation>The saved rules for %1</translation>
    </message>
    <message>
        <source>The saved rules for %1 belong to another pack (&quot;%2&quot;).</source>
        <translation>The saved rules for %1 belong to another pack (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 Textwell uses its built-in rules for %2 instead.</source>
        <translation>%1 Textwell uses its built-in rules for %2 instead.</translation>
    </message>
    <message>
        <source>There is no rule pack &quot;%1&quot; to change.</source>
        <translation>There is no rule pack &quot;%1&quot; to change.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a rule pack.</source>
        <translation>%1 is too large to be a rule pack.</translation>
    </message>
    <message>
        <source>%1 is for &quot;%2&quot;; Textwell has rules for: %3.</source>
        <translation>%1 is for &quot;%2&quot;; Textwell has rules for: %3.</translation>
    </message>
</context>
<context>
    <name>RulePacksBox</name>
    <message>
        <source>Rules by country (shared by everyone using this database)</source>
        <translation>Rules by country (shared by everyone using this database)</translation>
    </message>
    <message>
        <source>Ask for confirmation by SMS (double opt-in)</source>
        <translation>Ask for confirmation by SMS (double opt-in)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome text says “message and data rates may apply”</source>
        <translation>The welcome text says “message and data rates may apply”</translation>
    </message>
    <message>
        <source>The welcome text starts with the business name</source>
        <translation>The welcome text starts with the business name</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <source>Restore built-in rules</source>
        <translation>Restore built-in rules</translation>
    </message>
    <message>
        <source>No messages from</source>
        <translation>No messages from</translation>
    </message>
    <message>
        <source>No messages until</source>
        <translation>No messages until</translation>
    </message>
    <message>
        <source>What the law of each country asks of text messages. Textwell obeys the rules of the recipient&apos;s country; change them only when your lawyer says so.</source>
        <translation>What the law of each country asks of text messages. Textwell obeys the rules of the recipient&apos;s country; change them only when your lawyer says so.</translation>
    </message>
    <message>
        <source>Rules for:</source>
        <translation>Rules for:</translation>
    </message>
    <message>
        <source>Law:</source>
        <translation>Law:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Countries:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>No messages from:</source>
        <translation>No messages from:</translation>
    </message>
    <message>
        <source>Reminder after:</source>
        <translation>Reminder after:</translation>
    </message>
    <message>
        <source>List people awaiting after:</source>
        <translation>List people awaiting after:</translation>
    </message>
    <message>
        <source>Load rules from a file</source>
        <translation>Load rules from a file</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Rule packs (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save rules to a file</source>
        <translation>Save rules to a file</translation>
    </message>
    <message>
        <source>Rule packs (*.json)</source>
        <translation>Rule packs (*.json)</translation>
    </message>
    <message>
        <source>Every country no other rules name</source>
        <translation>Every country no other rules name</translation>
    </message>
    <message>
        <source>Changed: saved with the page.</source>
        <translation>Changed: saved with the page.</translation>
    </message>
    <message>
        <source>Your business&apos;s own rules.</source>
        <translation>Your business&apos;s own rules.</translation>
    </message>
    <message>
        <source>The built-in rules.</source>
        <translation>The built-in rules.</translation>
    </message>
    <message>
        <source>The rules for %1 from %2 are shown. Save the page to put them in force.</source>
        <translation>The rules for %1 from %2 are shown. Save the page to put them in force.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>The rules for %1 are saved to %2.</source>
        <translation>The rules for %1 are saved to %2.</translation>
    </message>
    <message>
        <source>The built-in rules for %1 are shown. Save the page to put them back in force.</source>
        <translation>The built-in rules for %1 are shown. Save the page to put them back in force.</translation>
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
    <name>SecretStore</name>
    <message>
        <source>The keychain entry has no name.</source>
        <translation>The keychain entry has no name.</translation>
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
    <message numerus="yes">
        <source>At most %Ln value(s), please.</source>
        <translation>
            <numerusform>At most %Ln value, please.</numerusform>
            <numerusform>At most %Ln values, please.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A value can have at most %Ln character(s).</source>
        <translation>
            <numerusform>A value can have at most %Ln character.</numerusform>
            <numerusform>A value can have at most %Ln characters.</numerusform>
        </translation>
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
    <message>
        <source>The segment “%1” cannot be used: %2</source>
        <comment>the segment “VIPs” cannot be used: Rule 2: …</comment>
        <translation>The segment “%1” cannot be used: %2</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>The name is too long: at most %Ln character.</numerusform>
            <numerusform>The name is too long: at most %Ln characters.</numerusform>
        </translation>
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
    <message>
        <source>People on the chosen line</source>
        <translation>People on the chosen line</translation>
    </message>
</context>
<context>
    <name>SendingService</name>
    <message>
        <source>This computer has no keychain to keep the %1 in, so Textwell asks for it once per session.

%1:</source>
        <translation>This computer has no keychain to keep the %1 in, so Textwell asks for it once per session.

%1:</translation>
    </message>
    <message>
        <source>Sending waits until the %1 is entered.</source>
        <translation>Sending waits until the %1 is entered.</translation>
    </message>
    <message>
        <source>%1 Enter the %2 in Settings → Sending.</source>
        <translation>%1 Enter the %2 in Settings → Sending.</translation>
    </message>
    <message>
        <source>%1 Messages are sent, but delivery reports and replies cannot come back.</source>
        <translation>%1 Messages are sent, but delivery reports and replies cannot come back.</translation>
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
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appea&amp;rance:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Quiet hours follow each customer&apos;s own time; when neither their time zone nor their country is known, they follow this clock.</source>
        <translation>Quiet hours follow each customer&apos;s own time; when neither their time zone nor their country is known, they follow this clock.</translation>
    </message>
    <message>
        <source>Price per SMS part</source>
        <translation>Price per SMS part</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Currency code</translation>
    </message>
    <message>
        <source>Marketing messages per person</source>
        <translation>Marketing messages per person</translation>
    </message>
    <message>
        <source>Days the marketing messages are counted over</source>
        <translation>Days the marketing messages are counted over</translation>
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
    <name>StatusRefreshJob</name>
    <message>
        <source>Updating who may be sent to…</source>
        <translation>Updating who may be sent to…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rules by country</source>
        <translation>Rules by country</translation>
    </message>
    <message numerus="yes">
        <source>Updating who may be sent to… %L1 of %Ln people</source>
        <translation>
            <numerusform>Updating who may be sent to… %L1 of %Ln person</numerusform>
            <numerusform>Updating who may be sent to… %L1 of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may be sent to again</source>
        <translation>
            <numerusform>%n person may be sent to again</numerusform>
            <numerusform>%n people may be sent to again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) now await confirmation</source>
        <translation>
            <numerusform>%n person now awaits confirmation</numerusform>
            <numerusform>%n people now await confirmation</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the statuses was stopped (%1). Save the rules again to finish.</source>
        <translation>Updating the statuses was stopped (%1). Save the rules again to finish.</translation>
    </message>
    <message>
        <source>Rules saved. %1.</source>
        <translation>Rules saved. %1.</translation>
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
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
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
    <name>SuppressionExport</name>
    <message>
        <source>Suppression list</source>
        <translation>Suppression list</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Unsubscribed at</source>
        <translation>Unsubscribed at</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Reason details</translation>
    </message>
    <message>
        <source>Excluded at</source>
        <translation>Excluded at</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Excluded by</source>
        <translation>Excluded by</translation>
    </message>
</context>
<context>
    <name>SuppressionImporter</name>
    <message>
        <source>Say where this list comes from (e.g. &quot;opt-out list of our previous SMS provider&quot;): it is kept in each number&apos;s history.</source>
        <translation>Say where this list comes from (e.g. &quot;opt-out list of our previous SMS provider&quot;): it is kept in each number&apos;s history.</translation>
    </message>
    <message>
        <source>Imported suppression list</source>
        <translation>Imported suppression list</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>No phone number.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>SuppressionSourcePage</name>
    <message>
        <source>The numbers and where they come from</source>
        <translation>The numbers and where they come from</translation>
    </message>
    <message>
        <source>Every number in the list is excluded: it gets no messages, whether or not the person is in the address book. Where the list comes from is kept in each number&apos;s history.</source>
        <translation>Every number in the list is excluded: it gets no messages, whether or not the person is in the address book. Where the list comes from is kept in each number&apos;s history.</translation>
    </message>
    <message>
        <source>Opt-out list from our previous SMS provider, exported 2026-11</source>
        <translation>Opt-out list from our previous SMS provider, exported 2026-11</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>As it will be stored</source>
        <translation>As it will be stored</translation>
    </message>
    <message>
        <source>&amp;Which column has the numbers:</source>
        <translation>&amp;Which column has the numbers:</translation>
    </message>
    <message>
        <source>Country for numbers without a &amp;country code:</source>
        <translation>Country for numbers without a &amp;country code:</translation>
    </message>
    <message>
        <source>Where the list comes &amp;from:</source>
        <translation>Where the list comes &amp;from:</translation>
    </message>
    <message>
        <source>The first n&amp;umbers:</source>
        <translation>The first n&amp;umbers:</translation>
    </message>
    <message>
        <source>%1 (for example %2)</source>
        <translation>%1 (for example %2)</translation>
    </message>
    <message>
        <source>Not a valid number: not imported</source>
        <translation>Not a valid number: not imported</translation>
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
        <translation>Unicode (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillic (Windows-1251)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Western European (Windows-1252)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
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
        <translation>This computer&apos;s time zone: %1</translation>
    </message>
</context>
<context>
    <name>TwilioGateway</name>
    <message>
        <source>Allow the destination country in the Twilio Console&apos;s SMS geo permissions.</source>
        <translation>Allow the destination country in the Twilio Console&apos;s SMS geo permissions.</translation>
    </message>
    <message>
        <source>Choose an SMS-capable sender in Settings.</source>
        <translation>Choose an SMS-capable sender in Settings.</translation>
    </message>
    <message>
        <source>A trial account can only send to verified numbers: verify the number or upgrade the account.</source>
        <translation>A trial account can only send to verified numbers: verify the number or upgrade the account.</translation>
    </message>
    <message>
        <source>The number cannot receive SMS; use a mobile number.</source>
        <translation>The number cannot receive SMS; use a mobile number.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio did not answer within %n second(s); the message may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>
            <numerusform>Twilio did not answer within %n second; the message may have been sent. It will be checked with Twilio before any new attempt.</numerusform>
            <numerusform>Twilio did not answer within %n seconds; the message may have been sent. It will be checked with Twilio before any new attempt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio could not be reached within %n second(s); nothing was sent. Sending will be tried again.</source>
        <translation>
            <numerusform>Twilio could not be reached within %n second; nothing was sent. Sending will be tried again.</numerusform>
            <numerusform>Twilio could not be reached within %n seconds; nothing was sent. Sending will be tried again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio refused the connection; nothing was sent. Sending will be tried again.</source>
        <translation>Twilio refused the connection; nothing was sent. Sending will be tried again.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server was not found; check the internet connection. Nothing was sent; sending will be tried again.</source>
        <translation>Twilio&apos;s server was not found; check the internet connection. Nothing was sent; sending will be tried again.</translation>
    </message>
    <message>
        <source>No secure connection to Twilio (%1); nothing was sent. Check the computer&apos;s date and any proxy or firewall.</source>
        <translation>No secure connection to Twilio (%1); nothing was sent. Check the computer&apos;s date and any proxy or firewall.</translation>
    </message>
    <message>
        <source>The connection to Twilio failed before the message went out (%1). Sending will be tried again.</source>
        <translation>The connection to Twilio failed before the message went out (%1). Sending will be tried again.</translation>
    </message>
    <message>
        <source>The connection to Twilio broke after the message went out (%1); it may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>The connection to Twilio broke after the message went out (%1); it may have been sent. It will be checked with Twilio before any new attempt.</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer (HTTP %1) could not be read; the message may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>Twilio&apos;s answer (HTTP %1) could not be read; the message may have been sent. It will be checked with Twilio before any new attempt.</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials. Check the Account SID and auth token in Settings.</source>
        <translation>Twilio did not accept the credentials. Check the Account SID and auth token in Settings.</translation>
    </message>
    <message>
        <source>Twilio asked to slow down (too many requests). Sending will be tried again shortly.</source>
        <translation>Twilio asked to slow down (too many requests). Sending will be tried again shortly.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (%1). Sending will be tried again.</source>
        <translation>Twilio had a temporary problem (%1). Sending will be tried again.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1) without saying why. Check the Twilio settings.</source>
        <translation>Twilio refused the message (HTTP %1) without saying why. Check the Twilio settings.</translation>
    </message>
    <message>
        <source>Twilio says the number is not a valid phone number (%1). Correct or remove it in the address book.</source>
        <translation>Twilio says the number is not a valid phone number (%1). Correct or remove it in the address book.</translation>
    </message>
    <message>
        <source>The recipient replied STOP to your Twilio sender and gets no messages from it until they reply START.</source>
        <translation>The recipient replied STOP to your Twilio sender and gets no messages from it until they reply START.</translation>
    </message>
    <message>
        <source>Twilio refused the message: %1 (error %2).</source>
        <translation>Twilio refused the message: %1 (error %2).</translation>
    </message>
    <message>
        <source>The Twilio address answered HTTP %1 instead of Twilio&apos;s API. Check the address in Settings.</source>
        <translation>The Twilio address answered HTTP %1 instead of Twilio&apos;s API. Check the address in Settings.</translation>
    </message>
    <message>
        <source>Twilio took the message but could not send it (status %1).</source>
        <translation>Twilio took the message but could not send it (status %1).</translation>
    </message>
    <message>
        <source>Twilio took the message but could not send it: %1</source>
        <translation>Twilio took the message but could not send it: %1</translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID in Settings.</source>
        <translation>Enter the Twilio Account SID in Settings.</translation>
    </message>
    <message>
        <source>The Account SID is &quot;AC&quot; followed by 32 characters (0-9, a-f), as shown in the Twilio Console.</source>
        <translation>The Account SID is &quot;AC&quot; followed by 32 characters (0-9, a-f), as shown in the Twilio Console.</translation>
    </message>
    <message>
        <source>Enter the Twilio auth token in Settings.</source>
        <translation>Enter the Twilio auth token in Settings.</translation>
    </message>
    <message>
        <source>Enter a sender in Settings: a Twilio phone number, a sender ID or a Messaging Service SID.</source>
        <translation>Enter a sender in Settings: a Twilio phone number, a sender ID or a Messaging Service SID.</translation>
    </message>
    <message>
        <source>The Messaging Service SID is &quot;MG&quot; followed by 32 characters (0-9, a-f).</source>
        <translation>The Messaging Service SID is &quot;MG&quot; followed by 32 characters (0-9, a-f).</translation>
    </message>
    <message>
        <source>The sender must be a phone number in international format (such as +15017122661), a short code, or a sender ID of up to 11 letters, digits and spaces.</source>
        <translation>The sender must be a phone number in international format (such as +15017122661), a short code, or a sender ID of up to 11 letters, digits and spaces.</translation>
    </message>
    <message>
        <source>The Twilio address must be an https:// address.</source>
        <translation>The Twilio address must be an https:// address.</translation>
    </message>
    <message>
        <source>The Twilio address must use https: over http the auth token would travel unencrypted.</source>
        <translation>The Twilio address must use https: over http the auth token would travel unencrypted.</translation>
    </message>
    <message>
        <source>The status callback must be an http:// or https:// address.</source>
        <translation>The status callback must be an http:// or https:// address.</translation>
    </message>
    <message>
        <source>The status callback&apos;s host name may not contain underscores: Twilio rejects them.</source>
        <translation>The status callback&apos;s host name may not contain underscores: Twilio rejects them.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than zero.</source>
        <translation>The request timeout must be longer than zero.</translation>
    </message>
    <message>
        <source>The sending rate cannot be negative.</source>
        <translation>The sending rate cannot be negative.</translation>
    </message>
    <message>
        <source>Twilio has no record of the message: it was not sent and can be sent again.</source>
        <translation>Twilio has no record of the message: it was not sent and can be sent again.</translation>
    </message>
    <message>
        <source>Twilio reports the message as %1.</source>
        <translation>Twilio reports the message as %1.</translation>
    </message>
    <message>
        <source>Twilio reports the message as %1 (error %2).</source>
        <translation>Twilio reports the message as %1 (error %2).</translation>
    </message>
    <message numerus="yes">
        <source>Twilio did not answer within %n second(s) when asked for replies.</source>
        <translation>
            <numerusform>Twilio did not answer within %n second when asked for replies.</numerusform>
            <numerusform>Twilio did not answer within %n seconds when asked for replies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio could not be reached to fetch replies (%1).</source>
        <translation>Twilio could not be reached to fetch replies (%1).</translation>
    </message>
    <message>
        <source>Twilio asked to slow down (too many requests) when asked for replies.</source>
        <translation>Twilio asked to slow down (too many requests) when asked for replies.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem listing the replies (%1).</source>
        <translation>Twilio had a temporary problem listing the replies (%1).</translation>
    </message>
    <message>
        <source>Twilio refused to list the replies (%1).</source>
        <translation>Twilio refused to list the replies (%1).</translation>
    </message>
    <message>
        <source>Twilio&apos;s list of replies could not be read (HTTP 200 without the list Twilio sends).</source>
        <translation>Twilio&apos;s list of replies could not be read (HTTP 200 without the list Twilio sends).</translation>
    </message>
    <message>
        <source>Twilio&apos;s list of replies went on at another address, which was not followed.</source>
        <translation>Twilio&apos;s list of replies went on at another address, which was not followed.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio lists more than %n page(s) of messages to look through for replies; none were fetched.</source>
        <translation>
            <numerusform>Twilio lists more than %n page of messages to look through for replies; none were fetched.</numerusform>
            <numerusform>Twilio lists more than %n pages of messages to look through for replies; none were fetched.</numerusform>
        </translation>
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
    <name>VCardReader</name>
    <message>
        <source>No contact card was found in this file: it has no line BEGIN:VCARD.</source>
        <translation>No contact card was found in this file: it has no line BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Other phones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
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
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contact card %1 is longer than 1 MB.</source>
        <translation>Contact card %1 is longer than 1 MB.</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Writing %1 failed: %2. Nothing was saved.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>the spreadsheet could not be started</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s). Export to CSV instead.</source>
        <translation>
            <numerusform>An Excel sheet holds at most %Ln row. Export to CSV instead.</numerusform>
            <numerusform>An Excel sheet holds at most %Ln rows. Export to CSV instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Writing %1 failed: %2. Nothing was saved.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>the spreadsheet could not be started</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Generated on %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <comment>the lower end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (from)</translation>
    </message>
    <message>
        <source>%1 (to)</source>
        <comment>the upper end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (to)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and “%1” has %L2. Write the report as CSV instead.</source>
        <extracomment>%Ln is the most rows a sheet holds, %1 the table&apos;s name, %L2 how many rows it has.</extracomment>
        <translation>
            <numerusform>An Excel sheet holds at most %Ln row, and “%1” has %L2. Write the report as CSV instead.</numerusform>
            <numerusform>An Excel sheet holds at most %Ln rows, and “%1” has %L2. Write the report as CSV instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and “%1” has more. Write the report as CSV instead.</source>
        <extracomment>%Ln is the most rows a sheet holds, %1 the table&apos;s name.</extracomment>
        <translation>
            <numerusform>An Excel sheet holds at most %Ln row, and “%1” has more. Write the report as CSV instead.</numerusform>
            <numerusform>An Excel sheet holds at most %Ln rows, and “%1” has more. Write the report as CSV instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Textwell on the command line: the address book, consent, segments, campaigns and sending.</source>
        <translation>Textwell on the command line: the address book, consent, segments, campaigns and sending.</translation>
    </message>
    <message>
        <source>Appearance for this run only: system, light or dark.</source>
        <translation>Appearance for this run only: system, light or dark.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Unknown appearance “%1”: use system, light or dark.</translation>
    </message>
    <message>
        <source>The demo database cannot be opened.</source>
        <translation>The demo database cannot be opened.</translation>
    </message>
    <message>
        <source>Demo database (made-up people)</source>
        <translation>Demo database (made-up people)</translation>
    </message>
</context>
<context>
    <name>textwell::CallbackServer</name>
    <message>
        <source>The secret for gateway callbacks is too short or has characters that cannot go into an address.</source>
        <translation>The secret for gateway callbacks is too short or has characters that cannot go into an address.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program: choose another port for replies and delivery reports in Settings.</source>
        <translation>Port %1 on %2 is already in use by another program: choose another port for replies and delivery reports in Settings.</translation>
    </message>
    <message>
        <source>Cannot listen for replies and delivery reports on %1, port %2: %3</source>
        <translation>Cannot listen for replies and delivery reports on %1, port %2: %3</translation>
    </message>
</context>
</TS>
