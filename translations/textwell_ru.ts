<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddSubscriberCommand</name>
    <message>
        <source>Add %1</source>
        <translation>добавление «%1»</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>A consent needs both its source and its evidence.</source>
        <translation>Для согласия нужны и источник, и подтверждение.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>Дата согласия ещё не наступила.</translation>
    </message>
    <message>
        <source>%1 is already in the address book (%2).</source>
        <translation>Номер %1 уже есть в адресной книге (%2).</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>%1 was excluded on %2; it stays excluded.</source>
        <translation>Номер %1 был исключён %2 и остаётся исключённым.</translation>
    </message>
    <message>
        <source>%1 unsubscribed on %2; it stays unsubscribed. To re-subscribe it, record a new consent with its evidence.</source>
        <translation>Номер %1 отписался %2 и остаётся отписанным. Чтобы снова подписать его, запишите новое согласие с подтверждением.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>Номер %1 уже принадлежит контакту «%2».</translation>
    </message>
    <message>
        <source>%1 has been added again in the meantime; delete that entry first.</source>
        <translation>Номер %1 тем временем добавили снова; сначала удалите эту запись.</translation>
    </message>
    <message>
        <source>This person is no longer in the address book.</source>
        <translation>Этого контакта больше нет в адресной книге.</translation>
    </message>
    <message>
        <source>Say where the consent was given (for example “paper form at the till”).</source>
        <translation>Укажите, где было дано согласие (например, «бумажная анкета на кассе»).</translation>
    </message>
    <message>
        <source>Say what proves the consent (for example “signed form no. 12, kept in the folder”).</source>
        <translation>Укажите, чем подтверждается согласие (например, «подписанная анкета № 12 в папке»).</translation>
    </message>
    <message>
        <source>%1 is not in the address book. Add the person first.</source>
        <translation>Номера %1 нет в адресной книге. Сначала добавьте контакт.</translation>
    </message>
    <message>
        <source>%1 stays excluded until you lift the exclusion.</source>
        <translation>Номер %1 остаётся исключённым, пока вы не снимете исключение.</translation>
    </message>
    <message>
        <source>Describe the reason in a few words when it is “Other”.</source>
        <translation>Если причина — «Другое», опишите её в нескольких словах.</translation>
    </message>
    <message>
        <source>%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.</source>
        <translation>Номер %1 отписался %2, уже после этого согласия, и остаётся отписанным.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent from an imported file does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: согласие из импортированного файла не возобновляет подписку.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent read from an SMS reply in words does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: согласие, понятое из SMS-ответа словами, не возобновляет подписку.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent given through a link does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: согласие, данное по ссылке, не возобновляет подписку.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent recorded by another program does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: согласие, записанное другой программой, не возобновляет подписку.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a consent reported by the carrier does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: согласие, о котором сообщил оператор связи, не возобновляет подписку.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: this consent does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: это согласие не возобновляет подписку.</translation>
    </message>
    <message>
        <source>%1 unsubscribed earlier and stays unsubscribed: a confirmation does not re-subscribe a number.</source>
        <translation>Номер %1 ранее отписался и остаётся отписанным: подтверждение не возобновляет подписку.</translation>
    </message>
</context>
<context>
    <name>AddressBookExport</name>
    <message>
        <source>Subscribers</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Источник согласия</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Тип номера</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>AddressBookPage</name>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Записать согласие…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Отписать…</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>Иск&amp;лючить…</translation>
    </message>
    <message>
        <source>Exclude a &amp;number…</source>
        <translation>Исключить &amp;номер…</translation>
    </message>
    <message>
        <source>&amp;Lift exclusion</source>
        <translation>Сня&amp;ть исключение</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Exclude any number from all messages, also one that is not in the address book (for example after a complaint call).</source>
        <translation>Исключить любой номер из всех рассылок, даже если его нет в адресной книге (например, после звонка с жалобой).</translation>
    </message>
    <message>
        <source>Search by name or number</source>
        <translation>Поиск по имени или номеру</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Show people by status</source>
        <translation>Показать контакты по статусу</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Exclude a number</source>
        <translation>Исключить номер</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Показать всех</translation>
    </message>
    <message>
        <source>No one matches</source>
        <translation>Никого не найдено</translation>
    </message>
    <message>
        <source>Nobody in the address book has this status.</source>
        <translation>В адресной книге нет контактов с таким статусом.</translation>
    </message>
    <message>
        <source>Nobody&apos;s name or number contains “%1”.</source>
        <translation>Ни одно имя и ни один номер не содержат «%1».</translation>
    </message>
    <message>
        <source>Your address book is empty</source>
        <translation>Адресная книга пуста</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Номер %1 добавлен.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Excluded %n number(s). They get no messages until you lift the exclusion.</source>
        <translation>
            <numerusform>Исключён %n номер: сообщений не будет, пока вы не снимете исключение.</numerusform>
            <numerusform>Исключено %n номера: сообщений не будет, пока вы не снимете исключение.</numerusform>
            <numerusform>Исключено %n номеров: сообщений не будет, пока вы не снимете исключение.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded %1 (%2).</source>
        <translation>Номер %1 (%2) исключён.</translation>
    </message>
    <message>
        <source>Excluded %1. The number is not in the address book; it stays excluded if it is added later.</source>
        <translation>Номер %1 исключён. Его нет в адресной книге; если его добавят позже, он останется исключённым.</translation>
    </message>
    <message>
        <source>Lift exclusion</source>
        <translation>Снять исключение</translation>
    </message>
    <message numerus="yes">
        <source>Lift the exclusion of %n number(s)? People who unsubscribed or never gave consent still get no messages.</source>
        <translation>
            <numerusform>Снять исключение с %n номера? Те, кто отписался или не давал согласия, по-прежнему не будут получать сообщения.</numerusform>
            <numerusform>Снять исключение с %n номеров? Те, кто отписался или не давал согласия, по-прежнему не будут получать сообщения.</numerusform>
            <numerusform>Снять исключение с %n номеров? Те, кто отписался или не давал согласия, по-прежнему не будут получать сообщения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed %n number(s). Only a new consent from the person can re-subscribe them.</source>
        <translation>
            <numerusform>Отписан %n номер. Возобновить подписку может только новое согласие самого человека.</numerusform>
            <numerusform>Отписано %n номера. Возобновить подписку может только новое согласие самого человека.</numerusform>
            <numerusform>Отписано %n номеров. Возобновить подписку может только новое согласие самого человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Согласие записано.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s) from the address book? Their consent history and any opt-out or exclusion of their numbers are kept. You can undo this.</source>
        <translation>
            <numerusform>Удалить %n контакт из адресной книги? История согласий, отписки и исключения номера сохранятся. Это действие можно отменить.</numerusform>
            <numerusform>Удалить %n контакта из адресной книги? История согласий, отписки и исключения номеров сохранятся. Это действие можно отменить.</numerusform>
            <numerusform>Удалить %n контактов из адресной книги? История согласий, отписки и исключения номеров сохранятся. Это действие можно отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n person(s).</source>
        <translation>
            <numerusform>Удалён %n контакт.</numerusform>
            <numerusform>Удалено %n контакта.</numerusform>
            <numerusform>Удалено %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>Найден %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select at most %Ln people for one action.</source>
        <translation>
            <numerusform>Для одного действия выберите не больше %Ln контакта.</numerusform>
            <numerusform>Для одного действия выберите не больше %Ln контактов.</numerusform>
            <numerusform>Для одного действия выберите не больше %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected people are still loading. Scroll through them, or select fewer, and try again.</source>
        <translation>Часть выбранных контактов ещё загружается. Прокрутите список до них или выберите меньше и попробуйте снова.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импорт из файла…</translation>
    </message>
    <message>
        <source>Add the people who agreed to hear from you, with the proof of their consent, or import a list (File &gt; Import…, or drag the file here). You can also exclude a number that must never get a message, even before it is in the book.</source>
        <translation>Добавьте людей, которые согласились получать от вас сообщения, с подтверждением их согласия, или импортируйте список (Файл &gt; Импорт… или перетащите файл сюда). Можно также исключить номер, который никогда не должен получать сообщения, даже если его ещё нет в книге.</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Стереть &amp;персональные данные…</translation>
    </message>
    <message>
        <source>When a person asks you to delete their data: deletes it for good and keeps only the number on the suppression list, so they are never texted again.</source>
        <translation>Когда человек просит удалить его данные: удаляет их безвозвратно и оставляет только номер в списке исключений, чтобы ему больше никогда не писали.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Ничего не стёрто: %1</translation>
    </message>
    <message>
        <source>Erased the personal data of %1. The number stays excluded so it is never texted again.</source>
        <translation>Персональные данные %1 стёрты. Номер остаётся исключённым, и на него больше никогда не будут писать.</translation>
    </message>
    <message>
        <source>Erased the personal data of %1. The number stays unsubscribed so it is never texted again.</source>
        <translation>Персональные данные %1 стёрты. Номер остаётся отписанным, и на него больше никогда не будут писать.</translation>
    </message>
    <message numerus="yes">
        <source>Lifted %L1 of %Ln exclusion(s); the others stay: %2</source>
        <extracomment>%L1 is how many exclusions were lifted, %Ln how many were to be, %2 why the next one failed.</extracomment>
        <translation>
            <numerusform>Снято исключений: %L1 из %Ln; остальные остаются: %2</numerusform>
            <numerusform>Снято исключений: %L1 из %Ln; остальные остаются: %2</numerusform>
            <numerusform>Снято исключений: %L1 из %Ln; остальные остаются: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed %L1 of %Ln number(s); the others are still subscribed: %2</source>
        <extracomment>%L1 is how many numbers were unsubscribed, %Ln how many were to be, %2 the problems.</extracomment>
        <translation>
            <numerusform>Отписано номеров: %L1 из %Ln; остальные по-прежнему подписаны: %2</numerusform>
            <numerusform>Отписано номеров: %L1 из %Ln; остальные по-прежнему подписаны: %2</numerusform>
            <numerusform>Отписано номеров: %L1 из %Ln; остальные по-прежнему подписаны: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Н&amp;айти…</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>There is no campaign %1 that has started.</source>
        <translation>Нет запущенной рассылки %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Unsubscribe rate of a campaign</source>
        <translation>Доля отписок рассылки</translation>
    </message>
    <message>
        <source>The opt-outs attributed to the campaign, each number once, divided by its messages delivered, or by its messages sent where the gateway reported no deliveries.</source>
        <translation>Отписки, отнесённые к рассылке (каждый номер один раз), делённые на число её доставленных сообщений или, если шлюз не сообщал о доставке, отправленных.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Отнесение к рассылке</translation>
    </message>
    <message>
        <source>An opt-out is attributed to the last campaign that sent the number a message before it.</source>
        <translation>Отписка относится к последней рассылке, которая отправила номеру сообщение до неё.</translation>
    </message>
    <message>
        <source>Unsubscribe rate of a period</source>
        <translation>Доля отписок за период</translation>
    </message>
    <message>
        <source>The opt-outs attributed to the campaigns started in the period, divided by those campaigns&apos; delivered (or sent) messages.</source>
        <translation>Отписки, отнесённые к рассылкам, запущенным за период, делённые на число доставленных (или отправленных) сообщений этих рассылок.</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Доля доставленных</translation>
    </message>
    <message>
        <source>Messages delivered divided by messages sent, over the campaigns whose gateway reports deliveries.</source>
        <translation>Доставленные сообщения, делённые на отправленные, по рассылкам, шлюз которых сообщает о доставке.</translation>
    </message>
    <message>
        <source>Opt-outs, reasons, how people left</source>
        <translation>Отписки, причины, способы ухода</translation>
    </message>
    <message>
        <source>Opt-outs counted by the time they were recorded, whichever campaign they followed.</source>
        <translation>Отписки считаются по времени их записи, независимо от того, после какой рассылки они были.</translation>
    </message>
    <message>
        <source>Gained and lost</source>
        <translation>Пришли и ушли</translation>
    </message>
    <message>
        <source>Gained: consents recorded. Lost: opt-outs and exclusions recorded.</source>
        <translation>Пришли: записанные согласия. Ушли: записанные отписки и исключения.</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Активные подписчики</translation>
    </message>
    <message>
        <source>People with consent who have not unsubscribed and are not excluded.</source>
        <translation>Контакты с согласием, которые не отписались и не исключены.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Days begin at midnight in the time zone of the computer that made the figures.</source>
        <translation>Дни начинаются в полночь по часовому поясу компьютера, который подсчитал показатели.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Write an answer… (Ctrl+Return sends)</source>
        <translation>Напишите ответ… (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <source>Queue the answer; it goes out before any campaign message (Ctrl+Return)</source>
        <translation>Поставить ответ в очередь: он уйдёт раньше любых сообщений рассылок (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nothing more to do here: the conversation leaves the Open list. Possible opt-outs stay open until decided.</source>
        <translation>Здесь больше ничего делать не нужно: переписка уйдёт из списка «Открытые». Возможные отписки остаются открытыми, пока вы не примете решение.</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS</source>
        <translation>
            <numerusform>Символов: %1 · %n SMS</numerusform>
            <numerusform>Символов: %1 · %n SMS</numerusform>
            <numerusform>Символов: %1 · %n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark h&amp;andled</source>
        <translation>Отметить как обра&amp;ботанную</translation>
    </message>
    <message>
        <source>H&amp;andled</source>
        <translation>Обра&amp;ботано</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Bars</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Show as bars</source>
        <translation>Показать столбцами</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>Кольцо</translation>
    </message>
    <message>
        <source>Show as a donut, the shares of the whole</source>
        <translation>Показать кольцом — доли от целого</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all)</source>
        <translation>%1: %2 (%3 от всех)</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <source>Show the people on this line</source>
        <translation>Показать контакты этой строки</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>«%1» — не код страны (например, DE, RU или US).</translation>
    </message>
    <message>
        <source>“%1” is not one of the message languages: %2.</source>
        <translation>«%1» — не язык сообщений; доступны: %2.</translation>
    </message>
    <message>
        <source>The opt-out line cannot be empty: every marketing message carries it.</source>
        <translation>Строка отписки не может быть пустой: она есть в каждом рекламном сообщении.</translation>
    </message>
    <message>
        <source>Use 1 (on) or 0 (off).</source>
        <translation>Укажите 1 (вкл.) или 0 (выкл.).</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.07.</source>
        <translation>«%1» — не цена; пишите её так: 0.07.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, RUB or USD.</source>
        <translation>«%1» — не код валюты (например, EUR, RUB или USD).</translation>
    </message>
    <message>
        <source>The cap is a number of messages from 0 (no cap) to 1000.</source>
        <translation>Лимит — это число сообщений от 0 (без лимита) до 1000.</translation>
    </message>
    <message>
        <source>The cap period is a number of days from 1 to 365.</source>
        <translation>Период лимита — это число дней от 1 до 365.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write it like 21:00.</source>
        <translation>«%1» — не время суток; пишите так: 21:00.</translation>
    </message>
    <message>
        <source>The sending rate is a number of messages per second from 0.1 to 1000.</source>
        <translation>Скорость отправки — это число сообщений в секунду от 0.1 до 1000.</translation>
    </message>
    <message>
        <source>“%1” is not one of the gateways: %2.</source>
        <translation>«%1» — не шлюз; доступны: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as http://127.0.0.1:13013.</source>
        <translation>«%1» — не веб-адрес (например, http://127.0.0.1:13013).</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Порт — это число от 1 до 65535.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address such as 127.0.0.1.</source>
        <translation>«%1» — не IP-адрес (например, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>Значение слишком длинное.</translation>
    </message>
    <message numerus="yes">
        <source>The opt-out line is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Строка отписки слишком длинная: не больше %Ln символа.</numerusform>
            <numerusform>Строка отписки слишком длинная: не больше %Ln символов.</numerusform>
            <numerusform>Строка отписки слишком длинная: не больше %Ln символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The business name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Название компании слишком длинное: не больше %Ln символа.</numerusform>
            <numerusform>Название компании слишком длинное: не больше %Ln символов.</numerusform>
            <numerusform>Название компании слишком длинное: не больше %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write it like Europe/Berlin, or leave it empty for this computer&apos;s time zone.</source>
        <translation>«%1» — не часовой пояс; укажите его в виде Europe/Moscow или оставьте поле пустым, чтобы действовал часовой пояс этого компьютера.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлена</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>more deliveries</source>
        <translation>больше доставок</translation>
    </message>
    <message>
        <source>fewer opt-outs</source>
        <translation>меньше отписок</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>The saved segment a campaign goes to.</source>
        <translation>Сохранённый сегмент, которому отправляется рассылка.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>The second text of an A/B test.</source>
        <translation>Второй текст для A/B-теста.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>A/B test: each text goes to this percentage first (1-50).</source>
        <translation>A/B-тест: сначала каждый текст получает такой процент получателей (1-50).</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>A/B test: the winner has fewer opt-outs (opt-out) or more deliveries (delivery).</source>
        <translation>A/B-тест: побеждает текст с меньшим числом отписок (opt-out) или с большим числом доставок (delivery).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>A/B test: the rest goes to the winner this many hours after the start.</source>
        <translation>A/B-тест: через столько часов после начала остальные получают текст-победитель.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>Schedule for this local date and time, e.g. 2026-12-01T10:00.</source>
        <translation>Запланировать на эти дату и время (местное время), например 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>send: send what is due now, then stop.</source>
        <translation>send: отправить всё, что пора отправить, и завершиться.</translation>
    </message>
    <message>
        <source>send: keep listening this many seconds for delivery reports at the end (default 5).</source>
        <translation>send: в конце ждать отчётов о доставке столько секунд (по умолчанию 5).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”.</source>
        <translation>Рассылки с названием «%1» нет.</translation>
    </message>
    <message>
        <source>campaign create needs a name, in quotes.</source>
        <translation>для campaign create нужно название в кавычках.</translation>
    </message>
    <message>
        <source>campaign needs one of: create, list, start, pause, resume, cancel, status, messages.</source>
        <translation>для campaign нужно одно из: create, list, start, pause, resume, cancel, status, messages.</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s number or name.</source>
        <translation>для campaign %1 нужен номер или название рассылки.</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Своё правило</translation>
    </message>
    <message>
        <source>campaign create needs --segment NAME or --rule JSON, and --template TEXT.</source>
        <translation>для campaign create нужны --segment НАЗВАНИЕ или --rule JSON, а также --template ТЕКСТ.</translation>
    </message>
    <message>
        <source>--ab-metric is opt-out or delivery.</source>
        <translation>--ab-metric принимает opt-out или delivery.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time such as 2026-12-01T10:00.</source>
        <translation>«%1» — не дата и время (например, 2026-12-01T10:00).</translation>
    </message>
    <message>
        <source>The campaign was saved as draft %1 but not scheduled: %2</source>
        <translation>Рассылка сохранена как черновик %1, но не запланирована: %2</translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with: textwell-cli campaign create NAME --segment S --template TEXT</source>
        <translation>Рассылок пока нет. Создайте рассылку командой: textwell-cli campaign create НАЗВАНИЕ --segment S --template ТЕКСТ</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3</source>
        <translation>Рассылка %1 «%2»: %3</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидают</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <source>%1 (not kept): </source>
        <translation>Введите %1 (не сохраняется): </translation>
    </message>
    <message>
        <source>%1 The %2 is needed: store it with “textwell-cli gateway secret”, or set TEXTWELL_GATEWAY_SECRET.</source>
        <translation>%1 Нужен %2: сохраните его командой «textwell-cli gateway secret» или задайте TEXTWELL_GATEWAY_SECRET.</translation>
    </message>
    <message>
        <source>send needs --due: it sends what is due now, then stops.</source>
        <translation>для send нужен --due: команда отправляет всё, что пора отправить, и завершается.</translation>
    </message>
    <message>
        <source>%1 Sending without delivery reports.</source>
        <translation>%1 Отправка идёт без отчётов о доставке.</translation>
    </message>
    <message>
        <source>Sent what was due.</source>
        <translation>Всё, что было пора отправить, отправлено.</translation>
    </message>
    <message>
        <source>gateway needs one of: test NUMBER, secret.</source>
        <translation>для gateway нужно одно из: test НОМЕР, secret.</translation>
    </message>
    <message>
        <source>The chosen gateway needs no secret.</source>
        <translation>Выбранному шлюзу не нужен пароль или токен.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>Введите %1: </translation>
    </message>
    <message>
        <source>Nothing was typed; nothing was stored.</source>
        <translation>Ничего не введено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Сохранено в связке ключей.</translation>
    </message>
    <message>
        <source>Test message from Textwell: the gateway works.</source>
        <translation>Тестовое сообщение от Textwell: шлюз работает.</translation>
    </message>
    <message>
        <source>The gateway did not take the test message: %1</source>
        <translation>Шлюз не принял тестовое сообщение: %1</translation>
    </message>
    <message>
        <source>The test message was written to the export file.</source>
        <translation>Тестовое сообщение записано в файл выгрузки.</translation>
    </message>
    <message>
        <source>The gateway took the test message for %1.</source>
        <translation>Шлюз принял тестовое сообщение для %1.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: %3.</source>
        <translation>Рассылка %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>Created campaign %1 “%2”: %3.</source>
        <translation>Создана рассылка %1 «%2»: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign %1 started: %n message(s) to send. Textwell sends them while it is open, or run: textwell-cli send --due</source>
        <extracomment>%1 is the campaign&apos;s number, %n how many messages it sends.</extracomment>
        <translation>
            <numerusform>Рассылка %1 запущена, к отправке %n сообщение. Textwell отправляет его, пока открыт; можно также выполнить: textwell-cli send --due</numerusform>
            <numerusform>Рассылка %1 запущена, к отправке %n сообщения. Textwell отправляет их, пока открыт; можно также выполнить: textwell-cli send --due</numerusform>
            <numerusform>Рассылка %1 запущена, к отправке %n сообщений. Textwell отправляет их, пока открыт; можно также выполнить: textwell-cli send --due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDetailPane</name>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Sent, no delivery report yet</source>
        <translation>Отправлено, отчёта о доставке пока нет</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <source>Unknown — to check</source>
        <translation>Неизвестно — проверить</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Waiting for the winner</source>
        <translation>Ждут победителя</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Не отправлено (отменено)</translation>
    </message>
    <message>
        <source>Exported to file</source>
        <translation>Выгружено в файл</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B-тест</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Показать сообщения</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>Messages of the campaign</source>
        <translation>Сообщения рассылки</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <source>Select a campaign to see how it went and where each message stands.</source>
        <translation>Выберите рассылку, чтобы увидеть, как она прошла и что с каждым сообщением.</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Не удалось прочитать сообщения: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создана %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущена %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Отменена %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Завершена %1</translation>
    </message>
    <message>
        <source>Check the gateway in Settings, then press Resume.</source>
        <translation>Проверьте шлюз в настройках, затем нажмите «Продолжить».</translation>
    </message>
    <message>
        <source>Check the gateway in Settings.</source>
        <translation>Проверьте шлюз в настройках.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Nothing sent yet. It starts on %1; the recipients are chosen then, so people who unsubscribe before that are left out.</source>
        <translation>Пока ничего не отправлено. Рассылка начнётся %1; получатели выбираются в этот момент, поэтому те, кто отпишется раньше, её не получат.</translation>
    </message>
    <message>
        <source>Cancelled before it started: no one got it.</source>
        <translation>Отменена до начала: никто её не получил.</translation>
    </message>
    <message>
        <source>Paused before it started: nothing sent yet.</source>
        <translation>Приостановлена до начала: пока ничего не отправлено.</translation>
    </message>
    <message>
        <source>A draft: nothing sent yet. Send or schedule it from Compose; the recipients are chosen when it starts.</source>
        <translation>Черновик: пока ничего не отправлено. Отправьте или запланируйте рассылку в разделе «Написать»; получатели выбираются в момент запуска.</translation>
    </message>
    <message>
        <source>matched the segment at the start</source>
        <translation>подходили под сегмент при запуске</translation>
    </message>
    <message>
        <source>taken by the gateway</source>
        <translation>приняты шлюзом</translation>
    </message>
    <message>
        <source>in line to be sent</source>
        <translation>ждут отправки</translation>
    </message>
    <message>
        <source>The first may go at %1.</source>
        <translation>Первое может уйти %1.</translation>
    </message>
    <message>
        <source>They get the winning text on %1.</source>
        <translation>Они получат текст-победитель %1.</translation>
    </message>
    <message>
        <source>No answer came from the gateway (the app stopped or the line broke). They were not sent again, so no one gets a message twice: check them with your SMS provider.</source>
        <translation>Шлюз не ответил (программа закрылась или прервалась связь). Повторно они не отправлялись, чтобы никто не получил сообщение дважды: проверьте их у вашего SMS-провайдера.</translation>
    </message>
    <message>
        <source>the campaign was cancelled</source>
        <translation>рассылка была отменена</translation>
    </message>
    <message>
        <source>written to the export file for your provider</source>
        <translation>записаны в файл выгрузки для вашего провайдера</translation>
    </message>
    <message>
        <source>Text %1: “%2”</source>
        <translation>Текст %1: «%2»</translation>
    </message>
    <message>
        <source>%1 sent · %2 delivered · %3 opted out</source>
        <translation>отправлено: %1 · доставлено: %2 · отписались: %3</translation>
    </message>
    <message>
        <source>Winner: text %1. The other recipients got it.</source>
        <translation>Победил текст %1. Его получили остальные получатели.</translation>
    </message>
    <message>
        <source>The test starts when the campaign is sent.</source>
        <translation>Тест начнётся, когда рассылка будет отправлена.</translation>
    </message>
    <message>
        <source>Cancelled before a winner was chosen.</source>
        <translation>Отменена до выбора победителя.</translation>
    </message>
    <message>
        <source>The winner is chosen on %1; then the others get its text.</source>
        <translation>Победитель будет выбран %1; затем остальные получат его текст.</translation>
    </message>
    <message>
        <source>The winner is being chosen.</source>
        <translation>Идёт выбор победителя.</translation>
    </message>
    <message>
        <source>No messages yet: they are written when the campaign starts.</source>
        <translation>Сообщений пока нет: они создаются при запуске рассылки.</translation>
    </message>
    <message>
        <source>No messages of this kind.</source>
        <translation>Таких сообщений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln message(s) done (%2)</source>
        <extracomment>%L1 is how many messages are done, %Ln how many there are, %2 the share done (“40%”).</extracomment>
        <translation>
            <numerusform>Обработано сообщений: %L1 из %Ln (%2)</numerusform>
            <numerusform>Обработано сообщений: %L1 из %Ln (%2)</numerusform>
            <numerusform>Обработано сообщений: %L1 из %Ln (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <comment>a percentage: 97% of those sent</comment>
        <translation>%1 от отправленных</translation>
    </message>
    <message>
        <source>Each text went to %1 of the recipients first; the winner is the one with more deliveries.</source>
        <translation>Сначала каждый текст получили %1 получателей; побеждает текст, у которого больше доставок.</translation>
    </message>
    <message>
        <source>Each text went to %1 of the recipients first; the winner is the one with fewer opt-outs.</source>
        <translation>Сначала каждый текст получили %1 получателей; побеждает текст, у которого меньше отписок.</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>Сводка по рассылке</translation>
    </message>
    <message>
        <source>written to the export file, which brings no delivery reports</source>
        <translation>записаны в файл выгрузки, а по нему отчётов о доставке не бывает</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>&amp;Later, at:</source>
        <translation>&amp;Позже:</translation>
    </message>
    <message>
        <source>&amp;A/B test a second text first</source>
        <translation>Сначала A/B-&amp;тест со вторым текстом</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправка сообщения</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Text &amp;B:</source>
        <translation>Текст &amp;B:</translation>
    </message>
    <message>
        <source>Each text first goes to:</source>
        <translation>Каждый текст сначала получат:</translation>
    </message>
    <message>
        <source>The winner has:</source>
        <translation>Побеждает текст, у которого:</translation>
    </message>
    <message>
        <source>The rest gets the winner after:</source>
        <translation>Остальные получат победителя через:</translation>
    </message>
    <message>
        <source>Text A is the one in the composer. Both get the opt-out line.</source>
        <translation>Текст A — тот, что в редакторе. К обоим добавляется строка отписки.</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>&amp;Название рассылки:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Дайте рассылке название.</translation>
    </message>
    <message>
        <source>Text B is the same as text A; change it to learn which works better.</source>
        <translation>Текст B совпадает с текстом A; измените его, чтобы узнать, какой работает лучше.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Запланировать</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>N&amp;ow</source>
        <translation>&amp;Сейчас</translation>
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
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Проблема: %1</translation>
    </message>
    <message>
        <source>Messages that went out: taken by the gateway (or written to the export file)</source>
        <translation>Ушедшие сообщения: принятые шлюзом (или записанные в файл выгрузки)</translation>
    </message>
    <message>
        <source>Messages the phone network reported as delivered</source>
        <translation>Сообщения, доставку которых подтвердила сотовая сеть</translation>
    </message>
    <message>
        <source>Messages refused or not delivered; point at a number to see why</source>
        <translation>Отклонённые или недоставленные сообщения; наведите указатель на число, чтобы узнать причину</translation>
    </message>
    <message>
        <source>People left out by the rules, e.g. unsubscribed or without consent</source>
        <translation>Кого пропустили по правилам, например отписавшихся или без согласия</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
</context>
<context>
    <name>CampaignMessagesModel</name>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>следующая попытка %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state · reason</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Textwell handed this message to the gateway but got no answer (the app stopped or the connection broke). It was not sent again, so no one gets it twice. Ask your SMS provider whether it arrived.</source>
        <translation>Textwell передал это сообщение шлюзу, но не получил ответа (программа закрылась или прервалась связь). Повторно оно не отправлялось, чтобы никто не получил его дважды. Узнайте у вашего SMS-провайдера, дошло ли оно.</translation>
    </message>
    <message>
        <source>The gateway said: %1</source>
        <translation>Ответ шлюза: %1</translation>
    </message>
    <message>
        <source>The gateway said: %1 (code %2)</source>
        <translation>Ответ шлюза: %1 (код %2)</translation>
    </message>
    <message>
        <source>Tries: %1</source>
        <translation>Попыток: %1</translation>
    </message>
    <message>
        <source>gets the winning text</source>
        <translation>получит текст-победитель</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>текст не создан</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s), %1</source>
        <translation>
            <numerusform>%n часть SMS, %1</numerusform>
            <numerusform>%n части SMS, %1</numerusform>
            <numerusform>%n частей SMS, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The message&apos;s id at your SMS provider, to look it up there</source>
        <translation>Идентификатор сообщения у вашего SMS-провайдера — по нему его можно там найти</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Отправленный текст</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>ID в шлюзе</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
</context>
<context>
    <name>CampaignReport</name>
    <message>
        <source>Opt-outs</source>
        <translation>Отписки</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Рассылка: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Запущена %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>no delivery reports</source>
        <translation>нет отчётов о доставке</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message>
        <source>of the messages delivered</source>
        <translation>от доставленных сообщений</translation>
    </message>
    <message>
        <source>of the messages sent</source>
        <translation>от отправленных сообщений</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Почему отписались</translation>
    </message>
    <message>
        <source>Nobody unsubscribed after this campaign.</source>
        <translation>После этой рассылки никто не отписался.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Who unsubscribed</source>
        <translation>Кто отписался</translation>
    </message>
</context>
<context>
    <name>CampaignStarter</name>
    <message>
        <source>The text has a mistake; open the campaign in the composer to fix it.</source>
        <translation>В тексте ошибка; откройте рассылку в редакторе, чтобы исправить её.</translation>
    </message>
    <message>
        <source>The segment “%1” matches no one, so there is no one to send to.</source>
        <translation>Под сегмент «%1» никто не подходит, поэтому отправлять некому.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Отменено; ничего не отправлено.</translation>
    </message>
    <message>
        <source>The campaign was paused or cancelled meanwhile; it did not start.</source>
        <translation>Тем временем рассылку приостановили или отменили; она не запустилась.</translation>
    </message>
    <message>
        <source>The winner is A or B.</source>
        <translation>Победителем может быть только A или B.</translation>
    </message>
    <message>
        <source>The rest already went to variant %1.</source>
        <translation>Остальным уже отправлен вариант %1.</translation>
    </message>
    <message>
        <source>The campaign was started, paused or cancelled meanwhile; it did not start again.</source>
        <translation>Рассылку тем временем уже запустили, приостановили или отменили; повторно она не запущена.</translation>
    </message>
    <message>
        <source>The rest of this A/B test was already given its text.</source>
        <translation>Остальные получатели этого A/B-теста уже получили свой текст.</translation>
    </message>
    <message>
        <source>The campaign’s status is “%1”; only a draft or a scheduled campaign can start.</source>
        <translation>Статус рассылки — «%1»; запустить можно только черновик или запланированную рассылку.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test needs more people: %Ln person(s) can receive this message, too few to try two texts on %1 each and send the rest the winner.</source>
        <extracomment>%Ln is how many people can receive the message, %1 the share of them each text goes to (“10%”).</extracomment>
        <translation>
            <numerusform>Для A/B-теста нужно больше людей: это сообщение может получить %Ln контакт — слишком мало, чтобы проверить два текста на %1 каждый и отправить остальным победителя.</numerusform>
            <numerusform>Для A/B-теста нужно больше людей: это сообщение могут получить %Ln контакта — слишком мало, чтобы проверить два текста на %1 каждый и отправить остальным победителя.</numerusform>
            <numerusform>Для A/B-теста нужно больше людей: это сообщение могут получить %Ln контактов — слишком мало, чтобы проверить два текста на %1 каждый и отправить остальным победителя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one in the segment “%1” can receive this message (all %n of them are unsubscribed, excluded, without consent, awaiting their confirmation by SMS or without a mobile number).</source>
        <extracomment>%1 is the segment&apos;s name, %n how many people it matches.</extracomment>
        <translation>
            <numerusform>Никто в сегменте «%1» не может получить это сообщение (%n контакт в нём отписан, исключён, без согласия, ещё не подтвердил согласие по SMS или без мобильного номера).</numerusform>
            <numerusform>Никто в сегменте «%1» не может получить это сообщение (все %n контакта в нём отписаны, исключены, без согласия, ещё не подтвердили согласие по SMS или без мобильного номера).</numerusform>
            <numerusform>Никто в сегменте «%1» не может получить это сообщение (все %n контактов в нём отписаны, исключены, без согласия, ещё не подтвердили согласие по SMS или без мобильного номера).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Дайте рассылке название.</translation>
    </message>
    <message>
        <source>Write the message first: the text is empty.</source>
        <translation>Сначала напишите сообщение: текст пуст.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Text B</source>
        <translation>Текст B</translation>
    </message>
    <message>
        <source>%1 has a mistake: %2</source>
        <translation>%1 содержит ошибку: %2</translation>
    </message>
    <message>
        <source>Each A/B variant goes to between 1% and 50% of the recipients.</source>
        <translation>Каждый вариант A/B-теста получают от 1% до 50% получателей.</translation>
    </message>
    <message>
        <source>The A/B test runs between 1 hour and 14 days before the rest gets the winner.</source>
        <translation>A/B-тест длится от 1 часа до 14 дней, после чего остальные получают победителя.</translation>
    </message>
    <message>
        <source>The segment&apos;s rule cannot be read: %1</source>
        <translation>Не удаётся прочитать правило сегмента: %1</translation>
    </message>
    <message>
        <source>There is no campaign number %1.</source>
        <translation>Рассылки с номером %1 нет.</translation>
    </message>
    <message>
        <source>The campaign changed meanwhile; look at it again.</source>
        <translation>Рассылка тем временем изменилась; посмотрите её ещё раз.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Выберите дату и время.</translation>
    </message>
    <message>
        <source>That time is in the past.</source>
        <translation>Это время уже прошло.</translation>
    </message>
    <message>
        <source>Only a draft can be scheduled; this campaign’s status is “%1”.</source>
        <translation>Запланировать можно только черновик; статус этой рассылки — «%1».</translation>
    </message>
    <message>
        <source>Only a campaign that is sending or scheduled can be paused; this one’s status is “%1”.</source>
        <translation>Приостановить можно только отправляемую или запланированную рассылку; статус этой — «%1».</translation>
    </message>
    <message>
        <source>Only a paused campaign can be resumed; this one’s status is “%1”.</source>
        <translation>Продолжить можно только приостановленную рассылку; статус этой — «%1».</translation>
    </message>
    <message>
        <source>The campaign’s status is “%1”; there is nothing left to cancel.</source>
        <translation>Статус рассылки — «%1»; отменять уже нечего.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %Ln character(s).</source>
        <translation>
            <numerusform>Название длиннее %Ln символа.</numerusform>
            <numerusform>Название длиннее %Ln символов.</numerusform>
            <numerusform>Название длиннее %Ln символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>%1
Double-click or press Enter to see who left after it.</source>
        <translation>%1
Дважды щёлкните или нажмите Enter, чтобы увидеть, кто ушёл после неё.</translation>
    </message>
    <message>
        <source>The gateway sent no delivery reports for this campaign: its rate counts the messages sent.</source>
        <translation>Шлюз не прислал отчётов о доставке для этой рассылки: доля считается от отправленных сообщений.</translation>
    </message>
    <message>
        <source>No message of this campaign went out yet.</source>
        <translation>Ни одно сообщение этой рассылки ещё не отправлено.</translation>
    </message>
    <message>
        <source>%1 of the people reached opted out: above your alert level of %2.</source>
        <translation>Отписались %1 охваченных контактов — выше вашего порога предупреждения %2.</translation>
    </message>
    <message>
        <source>%1 of the people reached opted out.</source>
        <translation>Отписались %1 охваченных контактов.</translation>
    </message>
    <message>
        <source>%1, above the alert level</source>
        <translation>%1, выше порога предупреждения</translation>
    </message>
    <message>
        <source>Messages handed to the gateway</source>
        <translation>Сообщения, переданные шлюзу</translation>
    </message>
    <message>
        <source>Messages the gateway reported delivered to the phone</source>
        <translation>Сообщения, доставку которых на телефон подтвердил шлюз</translation>
    </message>
    <message>
        <source>Messages refused or reported undelivered</source>
        <translation>Отклонённые сообщения или сообщения, о которых пришёл отчёт о недоставке</translation>
    </message>
    <message>
        <source>People who opted out after this campaign</source>
        <translation>Контакты, отписавшиеся после этой рассылки</translation>
    </message>
    <message>
        <source>Opt-outs per message delivered (or sent, without delivery reports)</source>
        <translation>Отписки на одно доставленное сообщение (или отправленное, если нет отчётов о доставке)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Отписки</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Главная причина</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Open &amp;Compose</source>
        <translation>&amp;Написать сообщение</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>При&amp;остановить</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <source>Cance&amp;l campaign…</source>
        <translation>Отменить р&amp;ассылку…</translation>
    </message>
    <message>
        <source>Stop sending for now; resume whenever you like</source>
        <translation>Временно остановить отправку; продолжить можно в любой момент</translation>
    </message>
    <message>
        <source>Go on sending where it stopped</source>
        <translation>Продолжить отправку с того места, где она остановилась</translation>
    </message>
    <message>
        <source>Stop for good: messages not sent yet are never sent</source>
        <translation>Остановить насовсем: ещё не отправленные сообщения так и не будут отправлены</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Рассылок пока нет</translation>
    </message>
    <message>
        <source>Campaigns are created in Compose: write your message, choose who gets it, then send it now or schedule it. It appears here with its progress, and you can pause or cancel it at any time.</source>
        <translation>Рассылки создаются в разделе «Написать»: напишите сообщение, выберите получателей, затем отправьте его сразу или запланируйте. Рассылка появится здесь вместе с ходом отправки, и её можно в любой момент приостановить или отменить.</translation>
    </message>
    <message>
        <source>The campaigns could not be read: %1</source>
        <translation>Не удалось прочитать рассылки: %1</translation>
    </message>
    <message>
        <source>“%1” is paused. A message already on its way to the gateway may still go out.</source>
        <translation>Рассылка «%1» приостановлена. Сообщение, которое уже передаётся шлюзу, ещё может уйти.</translation>
    </message>
    <message>
        <source>“%1” goes on where it stopped.</source>
        <translation>Рассылка «%1» продолжается с того места, где остановилась.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent to anyone.

This cannot be undone.</source>
        <translation>Отменить рассылку «%1»? Её никто не получит.

Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1”?

%Ln message(s) not sent yet will not be sent. Messages already sent stay sent.

This cannot be undone.</source>
        <translation>
            <numerusform>Отменить рассылку «%1»?

%Ln ещё не отправленное сообщение не будет отправлено. Уже отправленные сообщения это не затронет.

Это действие нельзя отменить.</numerusform>
            <numerusform>Отменить рассылку «%1»?

%Ln ещё не отправленных сообщения не будут отправлены. Уже отправленные сообщения это не затронет.

Это действие нельзя отменить.</numerusform>
            <numerusform>Отменить рассылку «%1»?

%Ln ещё не отправленных сообщений не будут отправлены. Уже отправленные сообщения это не затронет.

Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Отмена рассылки</translation>
    </message>
    <message>
        <source>Stop for good</source>
        <translation>Остановить насовсем</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is cancelled; %Ln message(s) will not be sent.</source>
        <translation>
            <numerusform>Рассылка «%1» отменена; %Ln сообщение не будет отправлено.</numerusform>
            <numerusform>Рассылка «%1» отменена; %Ln сообщения не будут отправлены.</numerusform>
            <numerusform>Рассылка «%1» отменена; %Ln сообщений не будут отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is cancelled.</source>
        <translation>Рассылка «%1» отменена.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print the result as JSON for scripts.</source>
        <translation>Вывести результат в формате JSON для скриптов.</translation>
    </message>
    <message>
        <source>Country for numbers without a country code, e.g. DE (default: from the database&apos;s settings).</source>
        <translation>Страна для номеров без кода страны, например DE (по умолчанию — из настроек базы данных).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Имя.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Фамилия.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Город.</translation>
    </message>
    <message>
        <source>Region or state.</source>
        <translation>Регион или область.</translation>
    </message>
    <message>
        <source>The person&apos;s language: en, ru or de.</source>
        <translation>Язык контакта: en, ru или de.</translation>
    </message>
    <message>
        <source>Tags, separated by commas.</source>
        <translation>Метки через запятую.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>Where consent was given.</source>
        <translation>Где было дано согласие.</translation>
    </message>
    <message>
        <source>What proves the consent.</source>
        <translation>Чем подтверждается согласие.</translation>
    </message>
    <message>
        <source>When consent was given (YYYY-MM-DD; default: now).</source>
        <translation>Когда было дано согласие (ГГГГ-ММ-ДД; по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>Примечание для истории.</translation>
    </message>
    <message>
        <source>Reason code: %1.</source>
        <translation>Код причины: %1.</translation>
    </message>
    <message>
        <source>The reason in words.</source>
        <translation>Причина своими словами.</translation>
    </message>
    <message>
        <source>Only people whose number or name contains this.</source>
        <translation>Только контакты, чей номер или имя содержит этот текст.</translation>
    </message>
    <message>
        <source>Only people with this status: subscribed, no_consent, unsubscribed, excluded.</source>
        <translation>Только контакты с этим статусом: subscribed, no_consent, unsubscribed, excluded.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>At most this many rows (default 50).</source>
        <translation>Не больше указанного числа строк (по умолчанию 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip this many rows.</source>
        <translation>Пропустить указанное число строк.</translation>
    </message>
    <message>
        <source>How many demo people to create.</source>
        <translation>Сколько демонстрационных контактов создать.</translation>
    </message>
    <message>
        <source>Random seed for demo data.</source>
        <translation>Начальное значение генератора случайных чисел для демоданных.</translation>
    </message>
    <message>
        <source>name a command; see --help.</source>
        <translation>укажите команду; см. --help.</translation>
    </message>
    <message>
        <source>“%1” is not a country code such as DE, RU or US.</source>
        <translation>«%1» — не код страны (например, DE, RU или US).</translation>
    </message>
    <message>
        <source>%1 needs a phone number.</source>
        <translation>для %1 нужен номер телефона.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>неизвестная команда «%1»; см. --help.</translation>
    </message>
    <message>
        <source>subscriber needs one of: add, show, list, delete.</source>
        <translation>для subscriber нужно одно из: add, show, list, delete.</translation>
    </message>
    <message>
        <source>subscriber %1 needs a phone number.</source>
        <translation>для subscriber %1 нужен номер телефона.</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date принимает дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Номер %1 добавлен (%2).</translation>
    </message>
    <message>
        <source>%1 is not in the address book.</source>
        <translation>Номера %1 нет в адресной книге.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Город: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Consent: %1, %2</source>
        <translation>Согласие: %1, %2</translation>
    </message>
    <message>
        <source>--status takes subscribed, no_consent, unsubscribed or excluded.</source>
        <translation>--status принимает subscribed, no_consent, unsubscribed или excluded.</translation>
    </message>
    <message>
        <source>--limit takes a number of rows.</source>
        <translation>--limit принимает число строк.</translation>
    </message>
    <message>
        <source>--offset takes a number of rows.</source>
        <translation>--offset принимает число строк.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all.</source>
        <translation>
            <numerusform>Всего %n контакт.</numerusform>
            <numerusform>Всего %n контакта.</numerusform>
            <numerusform>Всего %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1. Its consent history and any opt-out or exclusion are kept.</source>
        <translation>Контакт %1 удалён. История согласий, отписка и исключение номера сохранены.</translation>
    </message>
    <message>
        <source>Excluded %1.</source>
        <translation>Номер %1 исключён.</translation>
    </message>
    <message>
        <source>%1 was already excluded.</source>
        <translation>Номер %1 уже был исключён.</translation>
    </message>
    <message>
        <source>Lifted the exclusion of %1.</source>
        <translation>Исключение номера %1 снято.</translation>
    </message>
    <message>
        <source>%1 was not excluded.</source>
        <translation>Номер %1 не был исключён.</translation>
    </message>
    <message>
        <source>unsubscribe needs --reason, one of: %1.</source>
        <translation>для unsubscribe нужен --reason, одно из: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use one of: %2.</source>
        <translation>«%1» — не код причины; используйте одно из: %2.</translation>
    </message>
    <message>
        <source>Unsubscribed %1.</source>
        <translation>Номер %1 отписан.</translation>
    </message>
    <message>
        <source>%1 was already unsubscribed.</source>
        <translation>Номер %1 уже был отписан.</translation>
    </message>
    <message>
        <source>Consent recorded for %1; status: %2.</source>
        <translation>Согласие для %1 записано; статус: %2.</translation>
    </message>
    <message>
        <source>No consent history for %1.</source>
        <translation>Для %1 нет истории согласий.</translation>
    </message>
    <message>
        <source>demo needs --subscribers N.</source>
        <translation>для demo нужен --subscribers N.</translation>
    </message>
    <message>
        <source>settings get|set KEY [VALUE]; keys: %1.</source>
        <translation>settings get|set КЛЮЧ [ЗНАЧЕНИЕ]; ключи: %1.</translation>
    </message>
    <message>
        <source>settings set %1 needs a value.</source>
        <translation>для settings set %1 нужно значение.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Check the path, or create one with: textwell-cli --database %1 init</source>
        <translation>По пути «%1» нет базы данных. Проверьте путь или создайте базу командой: textwell-cli --database %1 init</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>База данных готова: %1</translation>
    </message>
    <message>
        <source>A segment rule as JSON, e.g. {&quot;all&quot;: [{&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;is&quot;, &quot;values&quot;: [&quot;Berlin&quot;]}]}.</source>
        <translation>Правило сегмента в формате JSON, например {&quot;all&quot;: [{&quot;field&quot;: &quot;city&quot;, &quot;op&quot;: &quot;is&quot;, &quot;values&quot;: [&quot;Berlin&quot;]}]}.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The name of a saved segment.</source>
        <translation>Название сохранённого сегмента.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>The phone number of a person in the address book.</source>
        <translation>Номер телефона контакта из адресной книги.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Message text with placeholders such as {first_name|friend}.</source>
        <translation>Текст сообщения с подстановками, например {first_name|друг}.</translation>
    </message>
    <message>
        <source>sms-info needs the text, in quotes.</source>
        <translation>для sms-info нужен текст в кавычках.</translation>
    </message>
    <message>
        <source>give either --rule JSON or --name NAME.</source>
        <translation>укажите либо --rule JSON, либо --name НАЗВАНИЕ.</translation>
    </message>
    <message>
        <source>segment %1 needs --name NAME.</source>
        <translation>для segment %1 нужен --name НАЗВАНИЕ.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Сегмент «%1» удалён.</translation>
    </message>
    <message>
        <source>segment save needs --name NAME and --rule JSON.</source>
        <translation>для segment save нужны --name НАЗВАНИЕ и --rule JSON.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Сегмент «%1» сохранён.</translation>
    </message>
    <message>
        <source>segment needs one of: list, show, save, delete, count.</source>
        <translation>для segment нужно одно из: list, show, save, delete, count.</translation>
    </message>
    <message>
        <source>custom-field %1 needs the field&apos;s name.</source>
        <translation>для custom-field %1 нужно название поля.</translation>
    </message>
    <message>
        <source>custom-field needs one of: list, add, remove.</source>
        <translation>для custom-field нужно одно из: list, add, remove.</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Кодировка: %1</translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation>Символов: %1</translation>
    </message>
    <message>
        <source>Code units: %1</source>
        <translation>Кодовых единиц: %1</translation>
    </message>
    <message>
        <source>Septets: %1</source>
        <translation>Септетов: %1</translation>
    </message>
    <message>
        <source>SMS parts: %1</source>
        <translation>Частей SMS: %1</translation>
    </message>
    <message>
        <source>Not in GSM-7 (character and position): %1</source>
        <translation>Нет в GSM-7 (символ и позиция): %1</translation>
    </message>
    <message>
        <source>render needs --template TEXT and --phone NUMBER.</source>
        <translation>для render нужны --template ТЕКСТ и --phone НОМЕР.</translation>
    </message>
    <message>
        <source>Note: %1 has the status “%2” and would not receive this message.</source>
        <translation>Внимание: у %1 статус «%2», это сообщение не будет отправлено.</translation>
    </message>
    <message>
        <source>Personal data erased (asked on %1)</source>
        <translation>Персональные данные стёрты (запрос от %1)</translation>
    </message>
    <message>
        <source>the person in the address book</source>
        <translation>контакт в адресной книге</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the texts of %n message(s)</source>
        <translation>
            <numerusform>текст %n сообщения</numerusform>
            <numerusform>тексты %n сообщений</numerusform>
            <numerusform>тексты %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent history entry(ies)</source>
        <translation>
            <numerusform>%n запись в истории согласий</numerusform>
            <numerusform>%n записи в истории согласий</numerusform>
            <numerusform>%n записей в истории согласий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n history entry(ies) that prove the suppression</source>
        <translation>
            <numerusform>подробности %n записи истории, подтверждающей исключение</numerusform>
            <numerusform>подробности %n записей истории, подтверждающих исключение</numerusform>
            <numerusform>подробности %n записей истории, подтверждающих исключение</numerusform>
        </translation>
    </message>
    <message>
        <source>erase: when the person asked for the erasure (YYYY-MM-DD; default: now).</source>
        <translation>erase: когда человек попросил стереть данные (ГГГГ-ММ-ДД; по умолчанию: сейчас).</translation>
    </message>
    <message>
        <source>erase: confirms it. Erasing deletes the person with their tags, custom fields and notes, every reply from the number, the texts of the messages sent to it and the details of its consent history. The number stays suppressed (excluded, unless it unsubscribed) so that it is never texted again, as the law requires, and the erasure is logged. It cannot be undone.</source>
        <translation>erase: подтверждает удаление. Удаляются контакт с его тегами, дополнительными полями и заметками, все ответы с номера, тексты отправленных на него сообщений и подробности его истории согласий. Номер остаётся в списке исключений (исключённым, если он не отписан), чтобы на него больше никогда не писали, как того требует закон, а удаление записывается в журнал. Отменить его нельзя.</translation>
    </message>
    <message>
        <source>--requested-at takes a date as YYYY-MM-DD.</source>
        <translation>--requested-at принимает дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1 was already erased on %2; nothing is left to erase.</source>
        <translation>Данные %1 уже стёрты %2; стирать больше нечего.</translation>
    </message>
    <message>
        <source>erasing cannot be undone. Nothing personal is stored for %1; it would be excluded so that it is never texted, and the erasure logged. Add --yes to erase.</source>
        <translation>стирание нельзя отменить. Для %1 не хранится персональных данных; номер будет исключён, чтобы на него никогда не писали, а удаление записано в журнал. Добавьте --yes, чтобы стереть.</translation>
    </message>
    <message>
        <source>erasing cannot be undone. It would delete the personal data of %1: %2. The number stays suppressed so that it is never texted again; the law requires it. Add --yes to erase.</source>
        <extracomment>%1 is the phone number, %2 the list of what would be deleted, joined as the language joins a list (the items are translated on their own, as list items: “the person in the address book and 1 consent history entry”).</extracomment>
        <translation>стирание нельзя отменить. Будут удалены персональные данные %1: %2. Номер останется в списке исключений, чтобы на него больше никогда не писали, — этого требует закон. Добавьте --yes, чтобы стереть.</translation>
    </message>
    <message>
        <source>%1 was already erased on %2; nothing was left to erase. The number stays suppressed.</source>
        <translation>Данные %1 уже стёрты %2; стирать было нечего. Номер остаётся в списке исключений.</translation>
    </message>
    <message>
        <source>Nothing personal was stored for %1; the erasure is logged.</source>
        <translation>Для %1 не хранилось персональных данных; удаление записано в журнал.</translation>
    </message>
    <message>
        <source>Erased the personal data of %1: %2.</source>
        <translation>Персональные данные %1 стёрты: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet will not be sent.</source>
        <translation>
            <numerusform>%n ещё не отправленное сообщение не будет отправлено.</numerusform>
            <numerusform>%n ещё не отправленных сообщения не будут отправлены.</numerusform>
            <numerusform>%n ещё не отправленных сообщений не будут отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number stays excluded so that it is never texted again; the law requires it.</source>
        <translation>Номер остаётся исключённым, чтобы на него больше никогда не писали, — этого требует закон.</translation>
    </message>
    <message>
        <source>The number stays unsubscribed so that it is never texted again; the law requires it.</source>
        <translation>Номер остаётся отписанным, чтобы на него больше никогда не писали, — этого требует закон.</translation>
    </message>
    <message>
        <source>It had been erased before, on %1.</source>
        <translation>Данные уже были стёрты ранее, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln person(s)…</source>
        <translation>
            <numerusform>%L1 из %Ln контакта…</numerusform>
            <numerusform>%L1 из %Ln контактов…</numerusform>
            <numerusform>%L1 из %Ln контактов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n person(s) (%1 unsubscribed, %2 excluded, %3 without consent) in %L4 s.</source>
        <extracomment>%n is how many people were created; %1, %2 and %3 how many of them are unsubscribed, excluded and without consent; %L4 the seconds it took.</extracomment>
        <translation>
            <numerusform>Создан %n контакт (отписано: %1, исключено: %2, без согласия: %3) за %L4 с.</numerusform>
            <numerusform>Создано %n контакта (отписано: %1, исключено: %2, без согласия: %3) за %L4 с.</numerusform>
            <numerusform>Создано %n контактов (отписано: %1, исключено: %2, без согласия: %3) за %L4 с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A year of history: %n campaign(s); messages sent: %L1; opt-outs after a campaign: %L2.</source>
        <extracomment>%n is how many campaigns were made up, %L1 how many messages they sent, %L2 how many people opted out after one.</extracomment>
        <translation>
            <numerusform>История за год: %n рассылка; отправлено сообщений — %L1, отписок после рассылки — %L2.</numerusform>
            <numerusform>История за год: %n рассылки; отправлено сообщений — %L1, отписок после рассылки — %L2.</numerusform>
            <numerusform>История за год: %n рассылок; отправлено сообщений — %L1, отписок после рассылки — %L2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file, or a shared database: postgresql://user@server:5432/name (default: the app&apos;s own).</source>
        <translation>Файл базы данных или общая база: postgresql://пользователь@сервер:5432/имя (по умолчанию — собственный файл приложения).</translation>
    </message>
    <message>
        <source>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, import-suppression, export, export-suppression, report dashboard|campaign ID|optouts|consent NUMBER, move-to DATABASE</source>
        <translation>init, subscriber add|show|list|delete, exclude, unexclude, unsubscribe, consent, history, erase --yes, demo, settings get|set, segment list|show|save|delete|count, custom-field list|add|remove, sms-info, render, campaign create|list|start|pause|resume|cancel|status|messages, send --due, gateway test|secret, classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations ask|remind|list, rules list|show|load|reset, import, import-suppression, export, export-suppression, report dashboard|campaign ID|optouts|consent НОМЕР, move-to БАЗА</translation>
    </message>
    <message>
        <source>move-to needs the database to move to, e.g. postgresql://shop@server:5432/textwell.</source>
        <translation>move-to нужна база, в которую переносить, например postgresql://shop@server:5432/textwell.</translation>
    </message>
    <message>
        <source>move-to needs another database than the one it moves from.</source>
        <translation>move-to нужна другая база, а не та, из которой идёт перенос.</translation>
    </message>
    <message>
        <source>Moved to %1; every table counted again there:</source>
        <translation>Перенесено в %1; каждая таблица там пересчитана:</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message numerus="yes">
        <source>%L1 of %Ln row(s)…</source>
        <translation>
            <numerusform>%L1 из %Ln строки…</numerusform>
            <numerusform>%L1 из %Ln строк…</numerusform>
            <numerusform>%L1 из %Ln строк…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)…</source>
        <translation>
            <numerusform>%Ln строка…</numerusform>
            <numerusform>%Ln строки…</numerusform>
            <numerusform>%Ln строк…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not column=field.</source>
        <translation>«%1» не в виде столбец=поле.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns: %2.</source>
        <translation>В файле нет столбца «%1». Его столбцы: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field. Fields: %2.</source>
        <translation>«%1» — не поле. Поля: %2.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>Choose the column with the phone numbers.</source>
        <translation>Выберите столбец с номерами телефонов.</translation>
    </message>
    <message>
        <source>Name the custom field for %1.</source>
        <translation>Укажите название дополнительного поля (%1).</translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to %3. Choose one of them.</source>
        <translation>%1 и %2 указывают на одно и то же поле — %3. Оставьте его только у одного из столбцов.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Полное имя (делится на имя и фамилию)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Источник согласия</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Подтверждение согласия</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
</context>
<context>
    <name>ComplianceItemModel</name>
    <message numerus="yes">
        <source>%n business day(s) overdue</source>
        <translation>
            <numerusform>просрочено на %n рабочий день</numerusform>
            <numerusform>просрочено на %n рабочих дня</numerusform>
            <numerusform>просрочено на %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>ждёт %n день</numerusform>
            <numerusform>ждёт %n дня</numerusform>
            <numerusform>ждёт %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Person or contact</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Received or since</source>
        <translation>Получено или ждёт с</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
</context>
<context>
    <name>ComplianceItems</name>
    <message>
        <source>Opt-out request</source>
        <translation>Запрос на отписку</translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation>Ответ на проверку</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Ждёт подтверждения</translation>
    </message>
</context>
<context>
    <name>ComplianceLoader</name>
    <message>
        <source>The request from %1 is recorded. Find the number and enter it by %2.</source>
        <translation>Запрос от %1 записан. Найдите номер и введите его до %2.</translation>
    </message>
    <message>
        <source>%1 is opted out as of the request.</source>
        <translation>Номер %1 отписан с момента запроса.</translation>
    </message>
    <message>
        <source>The request is closed: %1</source>
        <translation>Запрос закрыт: %1</translation>
    </message>
    <message>
        <source>%1 is asked to confirm by SMS.</source>
        <translation>Номер %1 получит по SMS просьбу подтвердить согласие.</translation>
    </message>
    <message>
        <source>%1 was already asked to confirm.</source>
        <translation>Номер %1 уже просили подтвердить согласие.</translation>
    </message>
    <message>
        <source>%1 has nothing to confirm.</source>
        <translation>Номеру %1 нечего подтверждать.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked to confirm by SMS.</source>
        <translation>
            <numerusform>%n человека попросили подтвердить по SMS.</numerusform>
            <numerusform>%n человека попросили подтвердить по SMS.</numerusform>
            <numerusform>%n человек попросили подтвердить по SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Every country no other pack names</source>
        <translation>Все страны, не названные в других наборах</translation>
    </message>
    <message>
        <source>&amp;Record opt-out request…</source>
        <translation>&amp;Записать запрос на отписку…</translation>
    </message>
    <message>
        <source>E&amp;nter number…</source>
        <translation>Ввести &amp;номер…</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>Зак&amp;рыть запрос…</translation>
    </message>
    <message>
        <source>Open in &amp;Inbox</source>
        <translation>Открыть во В&amp;ходящих</translation>
    </message>
    <message>
        <source>Ask to confir&amp;m</source>
        <translation>Попросить подтвер&amp;дить</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соблюдение правил</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>The number of the person who asked: they are opted out as of the request.</source>
        <translation>Номер человека, который обратился: он отписывается с момента запроса.</translation>
    </message>
    <message>
        <source>Close the request without an opt-out, saying why (e.g. no such customer).</source>
        <translation>Закрыть запрос без отписки, указав причину (например, такого клиента нет).</translation>
    </message>
    <message>
        <source>Send the confirmation request: they reply YES to confirm their consent.</source>
        <translation>Отправить запрос подтверждения: ответом ДА человек подтверждает своё согласие.</translation>
    </message>
    <message>
        <source>Nothing is waiting. Opt-out requests that came by phone, e-mail, letter or in person, replies that may be opt-outs and people who have not confirmed their consent show here with their deadlines.</source>
        <translation>Открытых задач нет. Здесь со своими сроками появляются запросы на отписку, пришедшие по телефону, по эл. почте, письмом или лично, ответы, которые могут быть отписками, и люди, ещё не подтвердившие согласие.</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out request(s) to enter</source>
        <translation>
            <numerusform>%n запрос на отписку ждёт ввода</numerusform>
            <numerusform>%n запроса на отписку ждут ввода</numerusform>
            <numerusform>%n запросов на отписку ждут ввода</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n ответ на проверку</numerusform>
            <numerusform>%n ответа на проверку</numerusform>
            <numerusform>%n ответов на проверку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) awaiting confirmation too long</source>
        <translation>
            <numerusform>%n контакт слишком долго ждёт подтверждения</numerusform>
            <numerusform>%n контакта слишком долго ждут подтверждения</numerusform>
            <numerusform>%n контактов слишком долго ждут подтверждения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n most urgent are listed</source>
        <translation>
            <numerusform>показан %n самый срочный</numerusform>
            <numerusform>показаны %n самых срочных</numerusform>
            <numerusform>показаны %n самых срочных</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter number</source>
        <translation>Ввести номер</translation>
    </message>
    <message>
        <source>The phone number of %1 (asked %2). It is opted out as of the request.</source>
        <translation>Номер телефона для %1 (запрос от %2). Номер отписывается с момента запроса.</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Отписать</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Закрыть запрос</translation>
    </message>
    <message>
        <source>Why is the request from %1 closed without an opt-out?</source>
        <translation>Почему запрос от %1 закрывается без отписки?</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>такого клиента нет</translation>
    </message>
    <message>
        <source>Ask everyone not asked yet…</source>
        <translation>Попросить всех…</translation>
    </message>
    <message>
        <source>Send the confirmation request to everyone awaiting it who was never asked, however long they have been waiting.</source>
        <translation>Отправить запрос подтверждения всем, кто ожидает подтверждения и ещё ни разу не получал запрос, сколько бы они ни ждали.</translation>
    </message>
    <message>
        <source>Ask to confirm</source>
        <translation>Попросить подтвердить</translation>
    </message>
    <message numerus="yes">
        <source>Send the confirmation request to %n person(s) awaiting confirmation who were never asked? They reply %1 to confirm; nothing else is sent to them until they do.</source>
        <translation>
            <numerusform>Отправить запрос подтверждения %n человеку, который ожидает подтверждения и ещё не получал запрос? Для подтверждения нужно ответить %1; до тех пор ему ничего другого не отправляется.</numerusform>
            <numerusform>Отправить запрос подтверждения %n людям, которые ожидают подтверждения и ещё не получали запрос? Для подтверждения нужно ответить %1; до тех пор им ничего другого не отправляется.</numerusform>
            <numerusform>Отправить запрос подтверждения %n людям, которые ожидают подтверждения и ещё не получали запрос? Для подтверждения нужно ответить %1; до тех пор им ничего другого не отправляется.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerHighlighter</name>
    <message>
        <source>Not in the GSM alphabet: the whole message is sent as Unicode.</source>
        <translation>Этого символа нет в алфавите GSM: всё сообщение будет отправлено в Unicode.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <source>&amp;Replace with GSM look-alikes</source>
        <translation>&amp;Заменить похожими символами GSM</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Write your message, e.g. “Hello {first_name|there}, this week 20% off all haircuts. Book at 030 1234567.”</source>
        <translation>Напишите сообщение, например: «Здравствуйте, {first_name|дорогой клиент}! На этой неделе скидка 20% на все стрижки. Запись по телефону 8 495 123-45-67.»</translation>
    </message>
    <message>
        <source>Added to every marketing message; change its wording in Settings.</source>
        <translation>Добавляется к каждому рекламному сообщению; текст строки можно изменить в настройках.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Ко&amp;му:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Предыдущий получатель</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Следующий получатель</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Предпросмотр&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Everyone in the address book</source>
        <translation>Все из адресной книги</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Не удалось подсчитать: %1</translation>
    </message>
    <message>
        <source>The segment&apos;s rules have a mistake: %1 Fix it on the Segments screen.</source>
        <translation>В правилах сегмента ошибка: %1 Исправьте её в разделе «Сегменты».</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 characters · %3 · %n SMS part(s)</source>
        <translation>
            <numerusform>%1: %2 симв. · %3 · %n часть SMS</numerusform>
            <numerusform>%1: %2 симв. · %3 · %n части SMS</numerusform>
            <numerusform>%1: %2 симв. · %3 · %n частей SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>These characters make the message Unicode (fewer characters per part): %1</source>
        <translation>Из-за этих символов сообщение уйдёт в Unicode (в одной части помещается меньше символов): %1</translation>
    </message>
    <message>
        <source>Your text already tells people how to opt out, so the opt-out line is not added a second time.</source>
        <translation>В вашем тексте уже сказано, как отписаться, поэтому строка отписки не добавляется повторно.</translation>
    </message>
    <message>
        <source>Added automatically to every message, in the recipient&apos;s language.</source>
        <translation>Добавляется автоматически к каждому сообщению на языке получателя.</translation>
    </message>
    <message>
        <source>Fix the mistakes above to see the length.</source>
        <translation>Исправьте ошибки выше, чтобы увидеть длину.</translation>
    </message>
    <message>
        <source>Typical message</source>
        <translation>Обычное сообщение</translation>
    </message>
    <message>
        <source>Longest in this audience</source>
        <translation>Самое длинное в этой аудитории</translation>
    </message>
    <message>
        <source>Set the price per SMS part in Settings to see the cost.</source>
        <translation>Чтобы увидеть стоимость, укажите в настройках цену за часть SMS.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>(Fix the mistakes in the text to see the preview.)</source>
        <translation>(Исправьте ошибки в тексте, чтобы увидеть предпросмотр.)</translation>
    </message>
    <message>
        <source>No one in this audience will receive it; shown with the fallbacks.</source>
        <translation>В этой аудитории сообщение никто не получит; показано со значениями по умолчанию.</translation>
    </message>
    <message>
        <source>%1 of %2: %3, %4</source>
        <translation>%1 из %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: %1 for %Ln recipient(s) at %2 per SMS part; up to %3 if every message is as long as the longest.</source>
        <translation>
            <numerusform>Примерная стоимость: %1 за %Ln получателя по %2 за часть SMS; до %3, если все сообщения будут как самое длинное.</numerusform>
            <numerusform>Примерная стоимость: %1 за %Ln получателей по %2 за часть SMS; до %3, если все сообщения будут как самое длинное.</numerusform>
            <numerusform>Примерная стоимость: %1 за %Ln получателей по %2 за часть SMS; до %3, если все сообщения будут как самое длинное.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Send now, schedule, or A/B test this message (%1)</source>
        <translation>Отправить сейчас, запланировать или проверить это сообщение A/B-тестом (%1)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправка сообщения</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Сначала напишите сообщение.</translation>
    </message>
    <message>
        <source>The message has a mistake, marked in red under the text. Fix it first.</source>
        <translation>В сообщении ошибка — она отмечена красным под текстом. Сначала исправьте её.</translation>
    </message>
    <message>
        <source>The recipients are still being counted, or the segment has a mistake. Wait for the count, or fix the segment on the Segments screen.</source>
        <translation>Получатели ещё подсчитываются, или в сегменте ошибка. Дождитесь подсчёта или исправьте сегмент в разделе «Сегменты».</translation>
    </message>
    <message>
        <source>The campaign was saved as a draft but not scheduled: %1</source>
        <translation>Рассылка сохранена как черновик, но не запланирована: %1</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>Подготовка сообщений…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The campaign did not start: %1
It is kept as a draft on the Campaigns screen.</source>
        <translation>Рассылка не запустилась: %1
Она сохранена как черновик в разделе «Рассылки».</translation>
    </message>
    <message numerus="yes">
        <source>The text is %Ln character(s) long; an SMS campaign allows at most %L1. Shorten it.</source>
        <extracomment>%Ln is the text&apos;s length, %L1 the most an SMS campaign allows.</extracomment>
        <translation>
            <numerusform>Текст слишком длинный: %Ln символ, а в SMS-рассылке допускается не больше %L1. Сократите его.</numerusform>
            <numerusform>Текст слишком длинный: %Ln символа, а в SMS-рассылке допускается не больше %L1. Сократите его.</numerusform>
            <numerusform>Текст слишком длинный: %Ln символов, а в SMS-рассылке допускается не больше %L1. Сократите его.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Вс&amp;тавить подстановку</translation>
    </message>
    <message>
        <source>Ask them to confirm in Compliance.</source>
        <translation>Попросите их подтвердить согласие в разделе «Соблюдение правил».</translation>
    </message>
    <message>
        <source>No one in the address book matches “%1”.</source>
        <translation>В адресной книге никто не подходит под «%1».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No one in “%1” can receive this message now; all %2 who match are left out (%3).</source>
        <translation>Никто в «%1» сейчас не может получить это сообщение: все подходящие (%2) пропускаются (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will receive it; %1 in the segment are left out (unsubscribed, excluded, without consent, awaiting confirmation by SMS, not a mobile or at their message limit). Quiet hours and the message limit are checked again for each person at the moment of sending.</source>
        <translation>
            <numerusform>Сообщение получит %Ln контакт; из сегмента пропускаются: %1 (отписались, исключены, без согласия, ещё не подтвердили согласие по SMS, не мобильный номер или достигнут лимит сообщений). Тихие часы и лимит сообщений проверяются ещё раз для каждого человека в момент отправки.</numerusform>
            <numerusform>Сообщение получат %Ln контакта; из сегмента пропускаются: %1 (отписались, исключены, без согласия, ещё не подтвердили согласие по SMS, не мобильный номер или достигнут лимит сообщений). Тихие часы и лимит сообщений проверяются ещё раз для каждого человека в момент отправки.</numerusform>
            <numerusform>Сообщение получат %Ln контактов; из сегмента пропускаются: %1 (отписались, исключены, без согласия, ещё не подтвердили согласие по SMS, не мобильный номер или достигнут лимит сообщений). Тихие часы и лимит сообщений проверяются ещё раз для каждого человека в момент отправки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
</context>
<context>
    <name>ConditionValueEdit</name>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>e.g. %1, %2</source>
        <translation>например, %1, %2</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>несколько — через запятую</translation>
    </message>
    <message>
        <source>en, ru or de; several separated by commas</source>
        <translation>en, ru или de; несколько — через запятую</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» — это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>There is no database at “%1”.</source>
        <translation>По пути «%1» нет базы данных.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only. Check its permissions, or open a copy.</source>
        <translation>Файл базы данных «%1» доступен только для чтения. Проверьте права доступа или откройте копию.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Textwell database.</source>
        <translation>«%1» — пустой файл, а не база данных Textwell.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Textwell (database version %2; this version understands up to %3). Update Textwell to open it; the file was not changed.</source>
        <translation>Файл «%1» создан более новой версией Textwell (версия базы данных %2; эта версия поддерживает версии до %3). Обновите Textwell, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>“%1” is not a Textwell database. It was not changed.</source>
        <translation>«%1» — не база данных Textwell. Файл не изменён.</translation>
    </message>
    <message>
        <source>“%1” is not a Textwell database, or it is damaged. It was not changed.</source>
        <translation>«%1» — не база данных Textwell или файл повреждён. Файл не изменён.</translation>
    </message>
    <message>
        <source>This copy of Textwell cannot reach a shared database: its PostgreSQL driver is missing. Reinstall Textwell.</source>
        <translation>Эта копия Textwell не может подключиться к общей базе данных: нет драйвера PostgreSQL. Переустановите Textwell.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database %1: %2</source>
        <translation>Нет связи с общей базой данных %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <source>Record that %1 agreed to receive messages. Keep the proof: it is what you show if anyone asks.</source>
        <translation>Запишите, что контакт %1 согласен получать сообщения. Сохраните подтверждение: его вы покажете, если кто-то спросит.</translation>
    </message>
    <message>
        <source>This number unsubscribed earlier: a new consent re-subscribes it. Record it only if the person asked for it.</source>
        <translation>Этот номер ранее отписался: новое согласие снова подпишет его. Записывайте согласие, только если человек сам об этом попросил.</translation>
    </message>
    <message>
        <source>The number stays excluded until you lift the exclusion.</source>
        <translation>Номер остаётся исключённым, пока вы не снимете исключение.</translation>
    </message>
</context>
<context>
    <name>ConsentEvent</name>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>Exclusion lifted</source>
        <translation>Исключение снято</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>SMS keyword</source>
        <translation>ключевое слово в SMS</translation>
    </message>
    <message>
        <source>SMS reply in words</source>
        <translation>ответ по SMS словами</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>оператор связи</translation>
    </message>
    <message>
        <source>join by SMS</source>
        <translation>подписка по SMS</translation>
    </message>
    <message>
        <source>confirmed by SMS reply</source>
        <translation>подтверждено ответом по SMS</translation>
    </message>
</context>
<context>
    <name>ConsentFields</name>
    <message>
        <source>Paper form at the till</source>
        <translation>Бумажная анкета на кассе</translation>
    </message>
    <message>
        <source>Website sign-up form</source>
        <translation>Форма подписки на сайте</translation>
    </message>
    <message>
        <source>Asked in person at the counter</source>
        <translation>Лично у стойки</translation>
    </message>
    <message>
        <source>Loyalty card application</source>
        <translation>Анкета на карту лояльности</translation>
    </message>
    <message>
        <source>SMS reply</source>
        <translation>Ответ по SMS</translation>
    </message>
    <message>
        <source>e.g. signed form no. 12, kept in the folder</source>
        <translation>например, подписанная анкета № 12 в папке</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Г&amp;де:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
</context>
<context>
    <name>ConsentRecordReport</name>
    <message>
        <source>Consent record: %1</source>
        <translation>Запись о согласии: %1</translation>
    </message>
    <message>
        <source>Everything recorded up to %1</source>
        <translation>Всё, что записано по %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Not in the address book</source>
        <translation>Нет в адресной книге</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Not sent marketing: no consent is recorded.</source>
        <translation>Реклама не отправляется: согласие не записано.</translation>
    </message>
    <message>
        <source>Where the number stands</source>
        <translation>Состояние номера</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Nothing is recorded for this number.</source>
        <translation>Для этого номера ничего не записано.</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>История согласий</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Персональные данные стёрты</translation>
    </message>
    <message>
        <source>At the person&apos;s request their personal data was erased; the number stays on the suppression list so that it is never sent marketing again.</source>
        <translation>По просьбе человека его персональные данные стёрты; номер остаётся в списке исключений, чтобы на него больше никогда не отправлялась реклама.</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Удаления</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Стёрто</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>The history is append-only: entries are never changed or deleted, except when a person&apos;s data is erased at their request.</source>
        <translation>История только пополняется: записи никогда не изменяются и не удаляются, кроме случаев, когда данные человека стираются по его просьбе.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>no SMS</source>
        <comment>a tag: the number is unsubscribed or excluded</comment>
        <translation>без SMS</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Unsubscribed or excluded: no message goes to this number.</source>
        <translation>Отписан или исключён: на этот номер сообщения не отправляются.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>Business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <comment>the lower end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (от)</translation>
    </message>
    <message>
        <source>%1 (to)</source>
        <comment>the upper end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (до)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Give the field a name.</source>
        <translation>Дайте полю название.</translation>
    </message>
    <message>
        <source>“%1” is already a standard field.</source>
        <translation>«%1» — уже стандартное поле.</translation>
    </message>
    <message>
        <source>There is no custom field “%1”.</source>
        <translation>Дополнительного поля «%1» нет.</translation>
    </message>
    <message>
        <source>A field name cannot contain control characters.</source>
        <translation>Название поля не может содержать управляющие символы.</translation>
    </message>
    <message>
        <source>A field name cannot contain the character %1.</source>
        <translation>Название поля не может содержать символ %1.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Название слишком длинное: не больше %Ln символа.</numerusform>
            <numerusform>Название слишком длинное: не больше %Ln символов.</numerusform>
            <numerusform>Название слишком длинное: не больше %Ln символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFormats</name>
    <message>
        <source>%1 pp</source>
        <comment>a change in percentage points: +0.4 pp</comment>
        <translation>%1 п. п.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Benchmarks…</source>
        <translation>&amp;Ориентиры…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>One point per day, week or month; automatic picks by the length of the span</source>
        <translation>Одна точка на день, неделю или месяц; «Автоматически» выбирает по длине периода</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Whose figures</source>
        <translation>Чьи показатели</translation>
    </message>
    <message>
        <source>The figures of everyone, or only of the people a saved segment matches now</source>
        <translation>Показатели всех контактов или только тех, кто сейчас подходит под сохранённый сегмент</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Показатели подсчитываются…</translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation>Показатели подсчитываются</translation>
    </message>
    <message>
        <source>The typical unsubscribe rate and the alert level the chart compares with</source>
        <translation>Обычная доля отписок и порог предупреждения, с которыми сравнивает график</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the alert</source>
        <translation>Закрыть предупреждение</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Активные подписчики</translation>
    </message>
    <message>
        <source>People you may send marketing to now: with a recorded consent, not unsubscribed and not excluded.</source>
        <translation>Контакты, которым сейчас можно отправлять рекламу: с записанным согласием, не отписавшиеся и не исключённые.</translation>
    </message>
    <message>
        <source>Unsubscribe rate, last 30 days</source>
        <translation>Доля отписок за 30 дней</translation>
    </message>
    <message>
        <source>Opt-outs after the campaigns started in the last 30 days, per message they delivered (or sent, where the gateway reports no deliveries).</source>
        <translation>Отписки после рассылок, запущенных за последние 30 дней, на одно доставленное ими сообщение (или отправленное, если шлюз не сообщает о доставке).</translation>
    </message>
    <message>
        <source>Opt-outs this week</source>
        <translation>Отписки за эту неделю</translation>
    </message>
    <message>
        <source>Everyone who unsubscribed since the start of this week, however they did.</source>
        <translation>Все, кто отписался с начала этой недели, любым способом.</translation>
    </message>
    <message>
        <source>Delivery rate, last 30 days</source>
        <translation>Доля доставленных за 30 дней</translation>
    </message>
    <message>
        <source>Messages delivered to the phone per message sent, over the campaigns of the last 30 days whose gateway reports deliveries.</source>
        <translation>Сообщения, доставленные на телефон, на одно отправленное сообщение — по рассылкам за последние 30 дней, шлюз которых сообщает о доставке.</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Почему отписались</translation>
    </message>
    <message>
        <source>Nobody unsubscribed in these days.</source>
        <translation>За эти дни никто не отписался.</translation>
    </message>
    <message>
        <source>Click a bar to see who gave this reason</source>
        <translation>Щёлкните по столбцу, чтобы увидеть, кто указал эту причину</translation>
    </message>
    <message>
        <source>How people left</source>
        <translation>Как уходили</translation>
    </message>
    <message>
        <source>Nobody left in these days.</source>
        <translation>За эти дни никто не ушёл.</translation>
    </message>
    <message>
        <source>Click a bar to see who left this way</source>
        <translation>Щёлкните по столбцу, чтобы увидеть, кто ушёл этим способом</translation>
    </message>
    <message>
        <source>Campaigns in these days</source>
        <translation>Рассылки за эти дни</translation>
    </message>
    <message>
        <source>Double-click a campaign to see who left after it.</source>
        <translation>Дважды щёлкните по рассылке, чтобы увидеть, кто ушёл после неё.</translation>
    </message>
    <message>
        <source>Send your first campaign and its figures appear here</source>
        <translation>Отправьте первую рассылку, и её показатели появятся здесь</translation>
    </message>
    <message>
        <source>Once your customers are in the address book and a campaign has gone out, this screen shows how many people you can reach, how many unsubscribe after each campaign and why, who joined and who left, and how your rate compares with what is typical for SMS marketing. Click any point or bar to see the people behind it.</source>
        <translation>Когда ваши клиенты будут в адресной книге и уйдёт первая рассылка, здесь будет видно, скольким людям вы можете писать, сколько отписывается после каждой рассылки и почему, кто пришёл и кто ушёл, и как ваша доля отписок соотносится с обычной для SMS-маркетинга. Щёлкните по любой точке или столбцу, чтобы увидеть людей за ними.</translation>
    </message>
    <message>
        <source>Open &amp;Compose</source>
        <translation>&amp;Написать сообщение</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>The dashboard could not be worked out: %1</source>
        <translation>Не удалось подсчитать сводку: %1</translation>
    </message>
    <message>
        <source>No campaigns started in these days</source>
        <translation>За эти дни рассылок не было</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s) in these days</source>
        <translation>
            <numerusform>%Ln рассылка за эти дни</numerusform>
            <numerusform>%Ln рассылки за эти дни</numerusform>
            <numerusform>%Ln рассылок за эти дни</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody can be sent marketing yet: add people with their consent.</source>
        <translation>Пока некому отправлять рекламу: добавьте контакты с их согласием.</translation>
    </message>
    <message numerus="yes">
        <source>No change in %n week(s)</source>
        <translation>
            <numerusform>Без изменений за %n неделю</numerusform>
            <numerusform>Без изменений за %n недели</numerusform>
            <numerusform>Без изменений за %n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n week(s)</source>
        <translation>
            <numerusform>%1 за %n неделю</numerusform>
            <numerusform>%1 за %n недели</numerusform>
            <numerusform>%1 за %n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People you could reach at the end of each of the last %n week(s).</source>
        <translation>
            <numerusform>Сколько контактов можно было охватить в конце каждой из последних %n недели.</numerusform>
            <numerusform>Сколько контактов можно было охватить в конце каждой из последних %n недель.</numerusform>
            <numerusform>Сколько контактов можно было охватить в конце каждой из последних %n недель.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns in the last 30 days</source>
        <translation>За последние 30 дней рассылок не было</translation>
    </message>
    <message>
        <source>No campaigns in the 30 days before to compare with</source>
        <translation>Для сравнения нет рассылок за предыдущие 30 дней</translation>
    </message>
    <message>
        <source>%1 against the 30 days before (%2)</source>
        <translation>%1 по сравнению с предыдущими 30 днями (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The unsubscribe rate week by week over the last %n week(s); gaps are weeks without campaigns.</source>
        <translation>
            <numerusform>Доля отписок по неделям за последнюю %n неделю; пропуски — недели без рассылок.</numerusform>
            <numerusform>Доля отписок по неделям за последние %n недели; пропуски — недели без рассылок.</numerusform>
            <numerusform>Доля отписок по неделям за последние %n недель; пропуски — недели без рассылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <comment>since Monday, 7 December 2026</comment>
        <translation>С начала недели: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Opt-outs in each of the last %n week(s).</source>
        <translation>
            <numerusform>Отписки за каждую из последних %n недели.</numerusform>
            <numerusform>Отписки за каждую из последних %n недель.</numerusform>
            <numerusform>Отписки за каждую из последних %n недель.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gateway sent no delivery reports in the last 30 days</source>
        <translation>За последние 30 дней ваш шлюз не присылал отчётов о доставке</translation>
    </message>
    <message numerus="yes">
        <source>The delivery rate week by week over the last %n week(s).</source>
        <translation>
            <numerusform>Доля доставленных по неделям за последнюю %n неделю.</numerusform>
            <numerusform>Доля доставленных по неделям за последние %n недели.</numerusform>
            <numerusform>Доля доставленных по неделям за последние %n недель.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaigns started %1 lost %2 of the people they reached, above your alert level of %3. Too many messages, or messages that do not interest these people, are the usual causes.</source>
        <translation>Рассылки за период %1 потеряли %2 охваченных контактов — выше вашего порога предупреждения %3. Обычно причина — слишком много сообщений или сообщения, которые этим людям неинтересны.</translation>
    </message>
    <message>
        <source>Show the campaigns</source>
        <translation>Показать рассылки</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n campaign(s) started %1.</source>
        <translation>
            <numerusform>Показана %n рассылка за период %1.</numerusform>
            <numerusform>Показаны %n рассылки за период %1.</numerusform>
            <numerusform>Показаны %n рассылок за период %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>People who opted out after “%1”</source>
        <translation>Отписавшиеся после «%1»</translation>
    </message>
    <message numerus="yes">
        <source>People who opted out after the %n campaign(s) started %1</source>
        <translation>
            <numerusform>Отписавшиеся после %n рассылки за период %1</numerusform>
            <numerusform>Отписавшиеся после %n рассылок за период %1</numerusform>
            <numerusform>Отписавшиеся после %n рассылок за период %1</numerusform>
        </translation>
    </message>
    <message>
        <source>People who opted out from %1 to %2, reason: %3</source>
        <translation>Отписавшиеся с %1 по %2, причина: %3</translation>
    </message>
    <message>
        <source>People who opted out or were excluded from %1 to %2, how: %3</source>
        <translation>Отписавшиеся или исключённые с %1 по %2, способ: %3</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln message(s) arrived</source>
        <extracomment>%L1 is how many messages were delivered, %Ln how many were sent.</extracomment>
        <translation>
            <numerusform>Дошло %L1 из %Ln сообщения</numerusform>
            <numerusform>Дошло %L1 из %Ln сообщений</numerusform>
            <numerusform>Дошло %L1 из %Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>Кон&amp;такты:</translation>
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
        <translation>+%1 п. п. к предыдущим 30 дням</translation>
    </message>
    <message>
        <source>−%1 pt vs previous 30 days</source>
        <comment>percentage points</comment>
        <translation>−%1 п. п. к предыдущим 30 дням</translation>
    </message>
    <message>
        <source>same as the previous 30 days</source>
        <translation>как в предыдущие 30 дней</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Запущена</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Отписки</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message>
        <source>Top reason</source>
        <translation>Главная причина</translation>
    </message>
    <message>
        <source>Unsubscribe report</source>
        <translation>Отчёт об отписках</translation>
    </message>
    <message>
        <source>Unsubscribe report: %1</source>
        <translation>Отчёт об отписках: %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Active subscribers</source>
        <translation>Активные подписчики</translation>
    </message>
    <message>
        <source>Unsubscribe rate, last 30 days</source>
        <translation>Доля отписок за 30 дней</translation>
    </message>
    <message>
        <source>no campaigns in the last 30 days</source>
        <translation>за последние 30 дней рассылок не было</translation>
    </message>
    <message>
        <source>Opt-outs this week</source>
        <translation>Отписки за эту неделю</translation>
    </message>
    <message>
        <source>Delivery rate, last 30 days</source>
        <translation>Доля доставленных за 30 дней</translation>
    </message>
    <message>
        <source>no delivery reports in the last 30 days</source>
        <translation>за последние 30 дней нет отчётов о доставке</translation>
    </message>
    <message>
        <source>Alert: in %1 the unsubscribe rate was %2, above the alert threshold of %3.</source>
        <translation>Предупреждение: за период %1 доля отписок составила %2 — выше порога предупреждения %3.</translation>
    </message>
    <message>
        <source>Unsubscribe rate over time</source>
        <translation>Доля отписок во времени</translation>
    </message>
    <message>
        <source>Unsubscribe rate of the campaigns started in each period</source>
        <translation>Доля отписок рассылок, запущенных в каждом периоде</translation>
    </message>
    <message>
        <source>typical %1–%2</source>
        <translation>обычно %1–%2</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>порог %1</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Messages</source>
        <comment>delivered or sent</comment>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <comment>attributed to the period&apos;s campaigns</comment>
        <translation>Отписки</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>All opt-outs</source>
        <comment>recorded in the period</comment>
        <translation>Все отписки</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <source>Why people unsubscribed</source>
        <translation>Почему отписались</translation>
    </message>
    <message>
        <source>Nobody unsubscribed in this period.</source>
        <translation>За этот период никто не отписался.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>How people left</source>
        <translation>Как уходили</translation>
    </message>
    <message>
        <source>Nobody unsubscribed or was excluded in this period.</source>
        <translation>За этот период никто не отписался и не был исключён.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Subscribers gained and lost</source>
        <translation>Подписчики: пришли и ушли</translation>
    </message>
    <message>
        <source>No campaign started in this period.</source>
        <translation>За этот период не запущено ни одной рассылки.</translation>
    </message>
</context>
<context>
    <name>DashboardSettings</name>
    <message>
        <source>Rates must lie between 0 % and 100 %.</source>
        <translation>Доли должны быть от 0 % до 100 %.</translation>
    </message>
    <message>
        <source>The typical band&apos;s low end must not be above its high end.</source>
        <translation>Нижняя граница обычного диапазона не должна быть выше верхней.</translation>
    </message>
    <message>
        <source>The alert threshold must be above 0 %.</source>
        <translation>Порог предупреждения должен быть больше 0 %.</translation>
    </message>
</context>
<context>
    <name>DashboardSettingsDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Ориентиры</translation>
    </message>
    <message>
        <source>Typical unsubscribe rate, low end</source>
        <translation>Обычная доля отписок, нижняя граница</translation>
    </message>
    <message>
        <source>Typical unsubscribe rate, high end</source>
        <translation>Обычная доля отписок, верхняя граница</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>Порог предупреждения</translation>
    </message>
    <message>
        <source>The unsubscribe rate chart shades the band that is typical for SMS marketing and warns you when a campaign&apos;s rate goes above the alert level. These values are shared by every desk.</source>
        <translation>График доли отписок выделяет диапазон, обычный для SMS-маркетинга, и предупреждает, когда доля отписок рассылки выше порога. Эти значения общие для всех рабочих мест.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>typical band: 0.5 % to 2 %</comment>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Typical band:</source>
        <translation>&amp;Обычный диапазон:</translation>
    </message>
    <message>
        <source>&amp;Alert above:</source>
        <translation>&amp;Предупреждать выше:</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <source>0.5 % to 2 %, alert above 2 %: common for SMS marketing</source>
        <translation>от 0,5 % до 2 %, предупреждение выше 2 %: обычно для SMS-маркетинга</translation>
    </message>
    <message>
        <source>The benchmarks could not be saved: %1</source>
        <translation>Не удалось сохранить ориентиры: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://user@server:5432/database.</source>
        <translation>«%1» — не адрес сервера. Запишите его так: postgresql://пользователь@сервер:5432/база.</translation>
    </message>
    <message>
        <source>The address of a shared database must not contain its password. Enter the password when Textwell asks for it; it is kept in the keychain.</source>
        <translation>Адрес общей базы данных не должен содержать пароль. Введите пароль, когда Textwell его спросит; он хранится в связке ключей.</translation>
    </message>
    <message>
        <source>No database file is named.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>Enter the address of the database server.</source>
        <translation>Введите адрес сервера базы данных.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Порт должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Введите имя базы данных на сервере.</translation>
    </message>
    <message>
        <source>Enter the user name Textwell signs in with.</source>
        <translation>Введите имя пользователя, под которым входит Textwell.</translation>
    </message>
    <message>
        <source>“%1” on %2:%3</source>
        <translation>«%1» на %2:%3</translation>
    </message>
</context>
<context>
    <name>DatabaseMover</name>
    <message>
        <source>The database to move to is not empty: it already holds an address book or its history (%1 rows in “%2”). Choose a new, empty database; nothing was changed.</source>
        <translation>База назначения не пуста: в ней уже есть адресная книга или её история (%1 строк в «%2»). Выберите новую пустую базу; ничего не изменено.</translation>
    </message>
    <message>
        <source>The copy of “%1” has %2 rows instead of %3. Nothing was moved.</source>
        <translation>В копии «%1» %2 строк вместо %3. Ничего не перенесено.</translation>
    </message>
    <message>
        <source>The table “%1” could not be read.</source>
        <translation>Не удалось прочитать таблицу «%1».</translation>
    </message>
    <message>
        <source>Copying “%1” failed: %2</source>
        <translation>Не удалось скопировать «%1»: %2</translation>
    </message>
    <message>
        <source>The move was cancelled. Nothing was moved.</source>
        <translation>Перенос отменён. Ничего не перенесено.</translation>
    </message>
</context>
<context>
    <name>DecodedTextStream</name>
    <message>
        <source>There is no file to read.</source>
        <translation>Нет файла для чтения.</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file became shorter while it was read (%L1 of %L2 byte(s)). Import it again once it is complete.</source>
        <extracomment>%L1 is how many bytes were read, %L2 the size of the file in bytes.</extracomment>
        <translation>
            <numerusform>Файл стал короче во время чтения (%L1 из %L2 байта). Импортируйте его снова, когда он будет полным.</numerusform>
            <numerusform>Файл стал короче во время чтения (%L1 из %L2 байт). Импортируйте его снова, когда он будет полным.</numerusform>
            <numerusform>Файл стал короче во время чтения (%L1 из %L2 байт). Импортируйте его снова, когда он будет полным.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteSubscribersCommand</name>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>удаление %n контакта</numerusform>
            <numerusform>удаление %n контактов</numerusform>
            <numerusform>удаление %n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelimitedReader</name>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Row %1 is longer than 1 MB: a quotation mark opened in this row is probably never closed.</source>
        <translation>Строка %1 длиннее 1 МБ: вероятно, открытая в ней кавычка так и не закрыта.</translation>
    </message>
    <message>
        <source>Row %1 is longer than 1 MB: this does not look like a file of rows and columns.</source>
        <translation>Строка %1 длиннее 1 МБ: это не похоже на файл со строками и столбцами.</translation>
    </message>
    <message>
        <source>Row %1: a quotation mark opened in this row is never closed.</source>
        <translation>Строка %1: открытая в этой строке кавычка так и не закрыта.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of people must be zero or more.</source>
        <translation>Число контактов не может быть отрицательным.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data goes into an empty address book only; this one already has %n people.</source>
        <translation>
            <numerusform>Демоданные можно добавить только в пустую адресную книгу, а в этой уже %n контакт.</numerusform>
            <numerusform>Демоданные можно добавить только в пустую адресную книгу, а в этой уже %n контакта.</numerusform>
            <numerusform>Демоданные можно добавить только в пустую адресную книгу, а в этой уже %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no demo data was added.</source>
        <translation>Отменено; демоданные не добавлены.</translation>
    </message>
</context>
<context>
    <name>DemoDatabaseJob</name>
    <message>
        <source>The demo database could not be put at “%1”.</source>
        <translation>Не удалось сохранить демонстрационную базу в «%1».</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Another Textwell (process %1 on %2) is sending from this database; it sends what is due.</source>
        <translation>Из этой базы данных уже отправляет другой экземпляр Textwell (процесс %1 на %2); он и отправит всё, что пора.</translation>
    </message>
    <message>
        <source>Unsubscribed at the carrier (gateway error %1)</source>
        <translation>Отписался у оператора связи (ошибка шлюза %1)</translation>
    </message>
    <message>
        <source>%1 Trying again at %2.</source>
        <translation>%1 Новая попытка в %2.</translation>
    </message>
    <message>
        <source>Textwell stopped while this message was being sent.</source>
        <translation>Textwell остановился, пока это сообщение отправлялось.</translation>
    </message>
    <message>
        <source>%1 Whether it went out is not known yet; Textwell asks the gateway before doing anything else with it.</source>
        <translation>%1 Пока неизвестно, ушло ли оно; прежде чем что-либо с ним делать, Textwell спросит шлюз.</translation>
    </message>
    <message>
        <source>%1 It may or may not have gone out, so it is not sent again by itself: check with your gateway or the recipient.</source>
        <translation>%1 Возможно, оно ушло, а возможно, нет, поэтому само повторно не отправляется: уточните у шлюза или у получателя.</translation>
    </message>
    <message>
        <source>The gateway could not say whether this message went out. It is not sent again by itself: check with your gateway or the recipient.</source>
        <translation>Шлюз не смог сказать, ушло ли это сообщение. Само повторно оно не отправляется: уточните у шлюза или у получателя.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Отправка прекращена после %n попытки: %1</numerusform>
            <numerusform>Отправка прекращена после %n попыток: %1</numerusform>
            <numerusform>Отправка прекращена после %n попыток: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditSubscriberCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>изменение «%1»</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стереть персональные данные</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Стереть персональные данные %1?</translation>
    </message>
    <message>
        <source>Do this when the person asks you to delete their data. Textwell then deletes:</source>
        <translation>Сделайте это, когда человек просит удалить его данные. Textwell удалит:</translation>
    </message>
    <message>
        <source>their entry in the address book: name, city, birthday, tags, custom fields and notes</source>
        <translation>его запись в адресной книге: имя, город, день рождения, теги, дополнительные поля и заметки</translation>
    </message>
    <message numerus="yes">
        <source>the %n reply(ies) received from this number</source>
        <translation>
            <numerusform>%n ответ, полученный с этого номера</numerusform>
            <numerusform>%n ответа, полученных с этого номера</numerusform>
            <numerusform>%n ответов, полученных с этого номера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the texts of the %n message(s) sent to it (the campaigns&apos; figures still count them)</source>
        <translation>
            <numerusform>текст %n отправленного на него сообщения (в показателях рассылок оно по-прежнему учитывается)</numerusform>
            <numerusform>тексты %n отправленных на него сообщений (в показателях рассылок они по-прежнему учитываются)</numerusform>
            <numerusform>тексты %n отправленных на него сообщений (в показателях рассылок они по-прежнему учитываются)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the consent history, with their sources and proof</source>
        <translation>
            <numerusform>%n запись истории согласий с источником и подтверждением</numerusform>
            <numerusform>%n записи истории согласий с источниками и подтверждениями</numerusform>
            <numerusform>%n записей истории согласий с источниками и подтверждениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sources, proof, reasons and notes of the %n history entry(ies) that are kept</source>
        <translation>
            <numerusform>источник, подтверждение, причину и заметки %n сохраняемой записи истории</numerusform>
            <numerusform>источники, подтверждения, причины и заметки %n сохраняемых записей истории</numerusform>
            <numerusform>источники, подтверждения, причины и заметки %n сохраняемых записей истории</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet: they will not be sent</source>
        <translation>
            <numerusform>%n ещё не отправленное сообщение: оно не будет отправлено</numerusform>
            <numerusform>%n ещё не отправленных сообщения: они не будут отправлены</numerusform>
            <numerusform>%n ещё не отправленных сообщений: они не будут отправлены</numerusform>
        </translation>
    </message>
    <message>
        <source>What is kept, and why</source>
        <translation>Что сохраняется и почему</translation>
    </message>
    <message>
        <source>The number stays on the suppression list so this person is never texted again; the law requires it. It keeps only the dates it unsubscribed or was excluded.</source>
        <translation>Номер остаётся в списке исключений, чтобы этому человеку больше никогда не писали, — этого требует закон. Сохраняются только даты, когда он отписался или был исключён.</translation>
    </message>
    <message>
        <source>It is excluded now, with the note “%1”.</source>
        <translation>Сейчас номер исключается с заметкой «%1».</translation>
    </message>
    <message>
        <source>The erasure itself is logged: when the person asked, when it was done and by whom.</source>
        <translation>Само удаление записывается в журнал: когда человек попросил, когда оно выполнено и кем.</translation>
    </message>
    <message>
        <source>e.g. by e-mail (no personal details here)</source>
        <translation>например, по эл. почте (без личных данных)</translation>
    </message>
    <message>
        <source>The person &amp;asked on:</source>
        <translation>Дата &amp;запроса:</translation>
    </message>
    <message>
        <source>&amp;How they asked:</source>
        <translation>&amp;Способ запроса:</translation>
    </message>
    <message>
        <source>This cannot be undone, not even with Undo: the Undo history is cleared as well, so nothing can bring the data back.</source>
        <translation>Это нельзя отменить, даже командой «Отменить»: история отмены тоже очищается, так что данные вернуть невозможно.</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude from all messages</source>
        <translation>Исключить из всех рассылок</translation>
    </message>
    <message>
        <source>An excluded number gets no message at all, whatever its consent, until you lift the exclusion. The exclusion is kept even if the person is deleted.</source>
        <translation>На исключённый номер не отправляется ни одно сообщение, независимо от согласия, пока вы не снимете исключение. Исключение сохраняется, даже если контакт удалят.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected people</source>
        <translation>
            <numerusform>%n выбранный контакт</numerusform>
            <numerusform>%n выбранных контакта</numerusform>
            <numerusform>%n выбранных контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>e.g. complained by phone on 12 May</source>
        <translation>например, пожаловался по телефону 12 мая</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Номера:</translation>
    </message>
</context>
<context>
    <name>ExcludeNumbersCommand</name>
    <message>
        <source>Exclude %1</source>
        <translation>исключение %1</translation>
    </message>
    <message>
        <source>Already excluded.</source>
        <translation>Уже исключено.</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n number(s)</source>
        <translation>
            <numerusform>исключение %n номера</numerusform>
            <numerusform>исключение %n номеров</numerusform>
            <numerusform>исключение %n номеров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>export: the CSV delimiter: , ; or tab (default ,); import: , ; tab or | (default: detected).</source>
        <translation>export: разделитель CSV: , ; или tab (по умолчанию ,); import: , ; tab или | (по умолчанию — определяется автоматически).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>символ</translation>
    </message>
    <message>
        <source>export: start the CSV with a UTF-8 byte order mark, for Excel.</source>
        <translation>export: начать CSV с метки порядка байтов UTF-8 (BOM) — для Excel.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>для export нужен --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>--format takes csv or xlsx.</source>
        <translation>--format принимает csv или xlsx.</translation>
    </message>
    <message>
        <source>--delimiter and --bom are for CSV files only.</source>
        <translation>--delimiter и --bom — только для файлов CSV.</translation>
    </message>
    <message>
        <source>--delimiter takes , ; or tab.</source>
        <translation>--delimiter принимает , ; или tab.</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options; see --help.</source>
        <translation>export не принимает аргументов, кроме параметров; см. --help.</translation>
    </message>
    <message>
        <source>give either --segment NAME or --rule JSON, not both.</source>
        <translation>укажите либо --segment НАЗВАНИЕ, либо --rule JSON, но не оба.</translation>
    </message>
    <message>
        <source>export takes either a segment (--segment, --rule) or a filter (--status, --search), not both.</source>
        <translation>export принимает либо сегмент (--segment, --rule), либо фильтр (--status, --search), но не оба сразу.</translation>
    </message>
    <message>
        <source>--status takes subscribed, no_consent, unsubscribed or excluded.</source>
        <translation>--status принимает subscribed, no_consent, unsubscribed или excluded.</translation>
    </message>
    <message>
        <source>export-suppression takes no arguments besides its options; see --help.</source>
        <translation>export-suppression не принимает аргументов, кроме параметров; см. --help.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) of the suppression list to %1.</source>
        <translation>
            <numerusform>Экспортирован %n номер из списка исключений в %1.</numerusform>
            <numerusform>Экспортировано %n номера из списка исключений в %1.</numerusform>
            <numerusform>Экспортировано %n номеров из списка исключений в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n контакт в %1.</numerusform>
            <numerusform>Экспортировано %n контакта в %1.</numerusform>
            <numerusform>Экспортировано %n контактов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>export, report: the file to write.</source>
        <translation>export, report: файл, в который записать.</translation>
    </message>
    <message>
        <source>export: csv or xlsx; report: csv, xlsx or pdf (default: from the --out file&apos;s extension).</source>
        <translation>export: csv или xlsx; report: csv, xlsx или pdf (по умолчанию: по расширению файла --out).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A saved &amp;segment:</source>
        <translation>Сохранённый &amp;сегмент:</translation>
    </message>
    <message>
        <source>The s&amp;uppression list: every unsubscribed or excluded number</source>
        <translation>Список &amp;исключений: все отписавшиеся и исключённые номера</translation>
    </message>
    <message>
        <source>&amp;CSV, for any spreadsheet or program</source>
        <translation>CSV — для &amp;любой таблицы или программы</translation>
    </message>
    <message>
        <source>Excel &amp;workbook (XLSX)</source>
        <translation>&amp;Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>Параметры CSV</translation>
    </message>
    <message>
        <source>Add a &amp;BOM for Excel (it then shows ü, ß and Cyrillic letters right)</source>
        <translation>&amp;Добавить BOM для Excel (тогда Excel правильно покажет ü, ß и кириллицу)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>&amp;Everyone in the address book</source>
        <translation>&amp;Вся адресная книга</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Everyone in the address book (%Ln person(s))</source>
        <translation>
            <numerusform>&amp;Вся адресная книга (%Ln контакт)</numerusform>
            <numerusform>&amp;Вся адресная книга (%Ln контакта)</numerusform>
            <numerusform>&amp;Вся адресная книга (%Ln контактов)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Сохранённых сегментов пока нет</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), as Excel in most of Europe expects</source>
        <translation>Точка с запятой ( ; ) — так ожидает Excel в большинстве стран Европы</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>Файлы CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln number(s) of the suppression list to %1.</source>
        <translation>
            <numerusform>Экспортирован %Ln номер из списка исключений в %1.</numerusform>
            <numerusform>Экспортировано %Ln номера из списка исключений в %1.</numerusform>
            <numerusform>Экспортировано %Ln номеров из списка исключений в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %Ln контакт в %1.</numerusform>
            <numerusform>Экспортировано %Ln контакта в %1.</numerusform>
            <numerusform>Экспортировано %Ln контактов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Экспорт… %L1 из %Ln строки</numerusform>
            <numerusform>Экспорт… %L1 из %Ln строк</numerusform>
            <numerusform>Экспорт… %L1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The people s&amp;hown now (%1): %Ln person(s)</source>
        <translation>
            <numerusform>&amp;Показанные сейчас контакты (%1): %Ln контакт</numerusform>
            <numerusform>&amp;Показанные сейчас контакты (%1): %Ln контакта</numerusform>
            <numerusform>&amp;Показанные сейчас контакты (%1): %Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>The people s&amp;hown now (no search or filter is set)</source>
        <translation>&amp;Показанные сейчас контакты (поиск и фильтр не заданы)</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Name the file to export to.</source>
        <translation>Укажите имя файла для экспорта.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation>Не удаётся записать %1: это папка. Выберите имя файла.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Choose another folder.</source>
        <translation>Не удаётся записать %1: папки %2 не существует. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder. Choose another folder.</source>
        <translation>Не удаётся записать %1: %2 — не папка. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the Textwell database itself. Choose another file name.</source>
        <translation>Не удаётся записать %1: это сама база данных Textwell. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Не удаётся записать %1: %2. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written completely, so nothing was saved. Free some space or choose another drive.</source>
        <translation>Диск заполнен: %1 не удалось записать полностью, поэтому ничего не сохранено. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and this export has %L1. Export to CSV instead, or export a smaller part.</source>
        <extracomment>%Ln is the most rows a sheet holds, %L1 how many rows the export has.</extracomment>
        <translation>
            <numerusform>Лист Excel вмещает не больше %Ln строки, а в этом экспорте их %L1. Экспортируйте в CSV или экспортируйте меньшую часть.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк, а в этом экспорте их %L1. Экспортируйте в CSV или экспортируйте меньшую часть.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк, а в этом экспорте их %L1. Экспортируйте в CSV или экспортируйте меньшую часть.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExportGateway</name>
    <message>
        <source>Choose the file the messages are exported to.</source>
        <translation>Выберите файл, в который выгружаются сообщения.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>«%1» — это папка; выберите имя файла.</translation>
    </message>
    <message>
        <source>Cannot write the export file “%1”: %2</source>
        <translation>Не удаётся записать файл выгрузки «%1»: %2</translation>
    </message>
    <message>
        <source>Writing to “%1” failed: %2</source>
        <translation>Не удалось записать в «%1»: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Welcome to Textwell</source>
        <translation>Добро пожаловать в Textwell</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Настроить поз&amp;же</translation>
    </message>
    <message>
        <source>Store nothing now; this assistant comes back the next time Textwell starts.</source>
        <translation>Ничего пока не сохранять; этот помощник появится снова при следующем запуске Textwell.</translation>
    </message>
    <message>
        <source>%1 The %2 is used until Textwell closes and asked for again next time.</source>
        <translation>%1 Введённый %2 будет использоваться до закрытия Textwell, а в следующий раз его запросят снова.</translation>
    </message>
</context>
<context>
    <name>FirstRunBusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Ваша компания</translation>
    </message>
    <message>
        <source>e.g. Salon Anna</source>
        <translation>например, Салон «Анна»</translation>
    </message>
    <message>
        <source>Business na&amp;me:</source>
        <translation>Название &amp;компании:</translation>
    </message>
    <message>
        <source>Replies to your customers start with it (“Salon Anna: You are unsubscribed.”), and the opt-out line can start with it.</source>
        <translation>С него начинаются ответы вашим клиентам («Салон „Анна“: Вы отписаны.»), и с него может начинаться строка отписки.</translation>
    </message>
    <message>
        <source>&amp;Country of your numbers:</source>
        <translation>&amp;Страна ваших номеров:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</source>
        <translation>Номера без кода страны, например «8 916 123-45-67», считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>No message goes out during quiet hours (%1) in a customer&apos;s own time. When neither their time zone nor their country is known, this clock counts.</source>
        <translation>В тихие часы (%1) по местному времени клиента сообщения не отправляются. Если ни часовой пояс, ни страна клиента неизвестны, действует этот часовой пояс.</translation>
    </message>
    <message>
        <source>Lan&amp;guage for people without one:</source>
        <translation>&amp;Язык, если у контакта он не указан:</translation>
    </message>
    <message>
        <source>Replies and the opt-out line are written in each customer&apos;s language; this one is for customers whose language is not known.</source>
        <translation>Ответы и строка отписки пишутся на языке каждого клиента; этот язык — для клиентов, чей язык неизвестен.</translation>
    </message>
    <message>
        <source>Type the name of your business, as your customers know it.</source>
        <translation>Введите название вашей компании — так, как его знают ваши клиенты.</translation>
    </message>
    <message>
        <source>Shared by everyone who uses this database. Your customers see the name; the country decides how numbers without a country code are read.</source>
        <translation>Общие для всех, кто работает с этой базой данных. Название видят ваши клиенты; страна определяет, как читаются номера без кода страны.</translation>
    </message>
</context>
<context>
    <name>FirstRunReadyPage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Finish stores this for everyone who uses this database. You can change all of it later in Settings.</source>
        <translation>Кнопка «Завершить» сохранит это для всех, кто работает с этой базой данных. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Название компании:</translation>
    </message>
    <message>
        <source>Country of your numbers:</source>
        <translation>Страна ваших номеров:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Language for people without one:</source>
        <translation>Язык, если у контакта он не указан:</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Отправка:</translation>
    </message>
    <message numerus="yes">
        <source>From the start, no message goes out during quiet hours (%1 in each customer&apos;s own time), and nobody gets more than %Ln marketing message(s) in %2 days. Settings has these and the wording of the opt-out line.</source>
        <translation>
            <numerusform>С самого начала в тихие часы (%1 по местному времени каждого клиента) сообщения не отправляются, и никто не получит больше %Ln рекламного сообщения за %2 дн. Эти правила и текст строки отписки можно изменить в настройках.</numerusform>
            <numerusform>С самого начала в тихие часы (%1 по местному времени каждого клиента) сообщения не отправляются, и никто не получит больше %Ln рекламных сообщений за %2 дн. Эти правила и текст строки отписки можно изменить в настройках.</numerusform>
            <numerusform>С самого начала в тихие часы (%1 по местному времени каждого клиента) сообщения не отправляются, и никто не получит больше %Ln рекламных сообщений за %2 дн. Эти правила и текст строки отписки можно изменить в настройках.</numerusform>
        </translation>
    </message>
    <message>
        <source>Through Twilio, account %1, from %2. The auth token goes to this computer&apos;s keychain.</source>
        <translation>Через Twilio, аккаунт %1, отправитель %2. Токен авторизации сохраняется в связке ключей этого компьютера.</translation>
    </message>
    <message>
        <source>Through Kannel at %1 as “%2”. The password goes to this computer&apos;s keychain.</source>
        <translation>Через Kannel по адресу %1 как «%2». Пароль сохраняется в связке ключей этого компьютера.</translation>
    </message>
    <message>
        <source>Not yet: messages are written to %1 for your SMS provider&apos;s upload.</source>
        <translation>Пока нет: сообщения записываются в %1 для загрузки у вашего SMS-провайдера.</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 Try again, or set up later.</source>
        <translation>Ничего не сохранено: %1 Попробуйте ещё раз или настройте позже.</translation>
    </message>
    <message>
        <source>Click Finish to go on.</source>
        <translation>Нажмите «Завершить», чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>FirstRunSendingPage</name>
    <message>
        <source>Not &amp;yet: write them to a file</source>
        <translation>&amp;Пока нет: записывать в файл</translation>
    </message>
    <message>
        <source>T&amp;wilio</source>
        <translation>T&amp;wilio</translation>
    </message>
    <message>
        <source>&amp;Kannel or another HTTP gateway</source>
        <translation>&amp;Kannel или другой HTTP-шлюз</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>How messages leave Textwell. You can change all of this later in Settings.</source>
        <translation>Как сообщения уходят из Textwell. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>Ф&amp;айл выгрузки:</translation>
    </message>
    <message>
        <source>Messages are added to this CSV file instead of being sent: nothing reaches anyone until you upload it to your SMS provider.</source>
        <translation>Вместо отправки сообщения добавляются в этот CSV-файл: никто ничего не получит, пока вы не загрузите его у вашего SMS-провайдера.</translation>
    </message>
    <message>
        <source>e.g. +4915112345678 or ANNASALON</source>
        <translation>например, +79161234567 или ANNASALON</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Т&amp;окен авторизации:</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>Отп&amp;равитель:</translation>
    </message>
    <message>
        <source>The Account SID and the auth token are in the Twilio Console. The sender is one of your Twilio numbers or a sender ID. The token is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Account SID и токен авторизации есть в Twilio Console. Отправитель — один из ваших номеров в Twilio или имя отправителя. Токен хранится в связке ключей этого компьютера, а не в базе данных.</translation>
    </message>
    <message>
        <source>optional: Kannel&apos;s own sender is used without one</source>
        <translation>необязательно: без него Kannel использует своего отправителя</translation>
    </message>
    <message>
        <source>sendsms &amp;address:</source>
        <translation>Адрес &amp;sendsms:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Sender nu&amp;mber:</source>
        <translation>Номер &amp;отправителя:</translation>
    </message>
    <message>
        <source>The address of Kannel&apos;s smsbox and its sendsms-user. The password is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Адрес smsbox в Kannel и его sendsms-user. Пароль хранится в связке ключей этого компьютера, а не в базе данных.</translation>
    </message>
    <message>
        <source>Write the messages to</source>
        <translation>Записывать сообщения в</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Type the Account SID from the Twilio Console.</source>
        <translation>Введите Account SID из Twilio Console.</translation>
    </message>
    <message>
        <source>Type the auth token from the Twilio Console.</source>
        <translation>Введите токен авторизации из Twilio Console.</translation>
    </message>
    <message>
        <source>Type the sender: one of your Twilio numbers or a sender ID.</source>
        <translation>Введите отправителя: один из ваших номеров в Twilio или имя отправителя.</translation>
    </message>
    <message>
        <source>Type the address of Kannel&apos;s sendsms service, such as %1.</source>
        <translation>Введите адрес службы sendsms в Kannel, например %1.</translation>
    </message>
    <message>
        <source>Type the user name of Kannel&apos;s sendsms-user.</source>
        <translation>Введите имя пользователя sendsms-user в Kannel.</translation>
    </message>
    <message>
        <source>Type the password of Kannel&apos;s sendsms-user.</source>
        <translation>Введите пароль sendsms-user в Kannel.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Файл выгрузки</translation>
    </message>
</context>
<context>
    <name>FirstRunWelcomePage</name>
    <message>
        <source>&amp;Set up my business now</source>
        <translation>Настроить мою &amp;компанию сейчас</translation>
    </message>
    <message>
        <source>Welcome to Textwell</source>
        <translation>Добро пожаловать в Textwell</translation>
    </message>
    <message>
        <source>SMS campaigns that respect your customers&apos; choice. A few questions, about two minutes, and Textwell is ready for your business.</source>
        <translation>SMS-рассылки, уважающие выбор ваших клиентов. Несколько вопросов, около двух минут — и Textwell готов к работе.</translation>
    </message>
    <message>
        <source>Every marketing message carries a line to opt out, an opt-out is honoured at once and for good, and each customer&apos;s consent is kept with its proof. You only decide what to send, and to whom.</source>
        <translation>В каждом рекламном сообщении есть строка отписки, отписка соблюдается сразу и навсегда, а согласие каждого клиента хранится вместе с подтверждением. Вам остаётся решить только, что отправить и кому.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Lan&amp;guage of Textwell:</source>
        <translation>&amp;Язык Textwell:</translation>
    </message>
    <message>
        <source>For this computer. It changes at once and can be changed later in Settings.</source>
        <translation>Для этого компьютера. Язык меняется сразу; изменить его можно и позже в настройках.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>С чего начать?</translation>
    </message>
    <message>
        <source>Your business name, country and time zone, and how messages leave Textwell.</source>
        <translation>Название компании, страна, часовой пояс и способ отправки сообщений из Textwell.</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Открыть демо</translation>
    </message>
    <message>
        <source>Open the demo database &amp;again</source>
        <translation>Открыть демонстрационную базу &amp;снова</translation>
    </message>
    <message>
        <source>The made-up people you looked at before. Nothing is sent to anyone; this assistant comes back the next time Textwell starts.</source>
        <translation>Вымышленные контакты, которые вы уже смотрели. Никому ничего не отправляется; этот помощник появится снова при следующем запуске Textwell.</translation>
    </message>
    <message>
        <source>Making a demo database with %L1 made-up people…</source>
        <translation>Создаётся демонстрационная база (вымышленных контактов: %L1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демонстрационная база</translation>
    </message>
    <message>
        <source>The demo database could not be made. %1</source>
        <translation>Не удалось создать демонстрационную базу. %1</translation>
    </message>
    <message>
        <source>E&amp;xplore a demo database first</source>
        <translation>Сначала &amp;изучить демонстрационную базу</translation>
    </message>
    <message>
        <source>%L1 made-up customers with a year of campaigns and opt-outs; nothing is sent to anyone. Your own business stays as it is: this assistant comes back the next time Textwell starts.</source>
        <translation>Вымышленные клиенты (%L1) с рассылками и отписками за год; никому ничего не отправляется. Данные вашей компании останутся как есть: этот помощник появится снова при следующем запуске Textwell.</translation>
    </message>
</context>
<context>
    <name>GainedLostChart</name>
    <message>
        <source>Subscribers gained and lost</source>
        <translation>Подписчики: пришли и ушли</translation>
    </message>
    <message>
        <source>Nobody gave or withdrew consent in these days. New subscribers and opt-outs show here, period by period.</source>
        <translation>За эти дни никто не дал и не отозвал согласие. Новые подписчики и отписки появляются здесь по периодам.</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Ушли</translation>
    </message>
    <message>
        <source>In these days: %1 gained, %2 lost.</source>
        <translation>За эти дни: пришли %1, ушли %2.</translation>
    </message>
    <message>
        <source>%1: %2 gained, %3 lost</source>
        <translation>%1: пришли %2, ушли %3</translation>
    </message>
</context>
<context>
    <name>GatewayFactory</name>
    <message>
        <source>Twilio auth token</source>
        <translation>токен авторизации Twilio</translation>
    </message>
    <message>
        <source>Kannel password</source>
        <translation>пароль Kannel</translation>
    </message>
</context>
<context>
    <name>GatewaySettingsBox</name>
    <message>
        <source>Sending (shared by everyone using this database)</source>
        <translation>Отправка (общие настройки для всех пользователей этой базы данных)</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Отправить т&amp;естовое сообщение</translation>
    </message>
    <message>
        <source>Export to a file for my provider&apos;s bulk upload</source>
        <translation>Выгрузка в файл для массовой загрузки у моего провайдера</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Kannel or another HTTP gateway</source>
        <translation>Kannel или другой HTTP-шлюз</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Messages are added to this CSV file (number, text, parts) instead of being sent; upload it to your SMS provider.</source>
        <translation>Вместо отправки сообщения добавляются в этот CSV-файл (номер, текст, части); загрузите его у вашего SMS-провайдера.</translation>
    </message>
    <message>
        <source>Export messages to</source>
        <translation>Выгружать сообщения в</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>e.g. +4915112345678 or ANNASALON</source>
        <translation>например, +79161234567 или ANNASALON</translation>
    </message>
    <message>
        <source>MG… (instead of a sender number)</source>
        <translation>MG… (вместо номера отправителя)</translation>
    </message>
    <message>
        <source>or &amp;Messaging Service SID:</source>
        <translation>или SID &amp;Messaging Service:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <source>sendsms &amp;address:</source>
        <translation>Адрес &amp;sendsms:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Имя по&amp;льзователя:</translation>
    </message>
    <message>
        <source>Delivery reports to:</source>
        <translation>Отчёты о доставке на:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> в секунду</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>in each recipient&apos;s local time</source>
        <translation>по местному времени каждого получателя</translation>
    </message>
    <message>
        <source>your mobile number</source>
        <translation>ваш мобильный номер</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Шлюз:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Не больше:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Тихие часы:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <source>Type your own mobile number first.</source>
        <translation>Сначала введите свой мобильный номер.</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain; type to replace</source>
        <translation>хранится в связке ключей этого компьютера; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>%1 The %2 is used until Textwell closes and asked for again next time.</source>
        <translation>%1 Введённый %2 будет использоваться до закрытия Textwell, а в следующий раз его запросят снова.</translation>
    </message>
    <message>
        <source>%1 Type the %2 above and try again.</source>
        <translation>%1 Введите %2 выше и попробуйте снова.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Отправка тестового сообщения на %1…</translation>
    </message>
    <message>
        <source>Test message from Textwell: the gateway works.</source>
        <translation>Тестовое сообщение от Textwell: шлюз работает.</translation>
    </message>
    <message>
        <source>The gateway did not take the test message: %1</source>
        <translation>Шлюз не принял тестовое сообщение: %1</translation>
    </message>
    <message>
        <source>The test message was written to the export file.</source>
        <translation>Тестовое сообщение записано в файл выгрузки.</translation>
    </message>
    <message>
        <source>The gateway took the test message. It should arrive in a moment.</source>
        <translation>Шлюз принял тестовое сообщение. Оно должно скоро прийти.</translation>
    </message>
    <message>
        <source>Textwell listens here for Kannel&apos;s delivery reports and for replies while it is open. Keep 127.0.0.1 unless Kannel runs on another computer.</source>
        <translation>Здесь Textwell принимает от Kannel отчёты о доставке и ответы, пока программа открыта. Оставьте 127.0.0.1, если Kannel не работает на другом компьютере.</translation>
    </message>
    <message>
        <source>Copy the settings for Kannel</source>
        <translation>Скопировать настройки для Kannel</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Ответы:</translation>
    </message>
    <message>
        <source>Copied. Paste it into Kannel&apos;s configuration and restart Kannel.</source>
        <translation>Скопировано. Вставьте это в конфигурацию Kannel и перезапустите Kannel.</translation>
    </message>
    <message>
        <source>E&amp;xport file:</source>
        <translation>Ф&amp;айл выгрузки:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>A&amp;uth token:</source>
        <translation>Т&amp;окен авторизации:</translation>
    </message>
    <message>
        <source>Sen&amp;der number or ID:</source>
        <translation>Номер или &amp;имя отправителя:</translation>
    </message>
    <message>
        <source>Delivery reports to address</source>
        <translation>Адрес для отчётов о доставке</translation>
    </message>
    <message>
        <source>Delivery reports to port</source>
        <translation>Порт для отчётов о доставке</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Sen&amp;der number:</source>
        <translation>Номер &amp;отправителя:</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Начало тихих часов</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Конец тихих часов</translation>
    </message>
    <message>
        <source>Your mobile number for a test message</source>
        <translation>Ваш мобильный номер для тестового сообщения</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <source>Create the new custom &amp;fields (the columns marked “New custom field”)</source>
        <translation>Создать новые дополнительные &amp;поля (для столбцов с пометкой «Новое дополнительное поле»)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Textwell has guessed what each column of your file holds. Check the choice above each column and change it where it is wrong.</source>
        <translation>Textwell определил, что содержит каждый столбец файла. Проверьте выбор над каждым столбцом и исправьте, где он неверен.</translation>
    </message>
    <message>
        <source>Your file, and what each column &amp;holds:</source>
        <translation>Ваш &amp;файл и содержимое столбцов:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>As it will be &amp;stored:</source>
        <translation>Как будет &amp;сохранено:</translation>
    </message>
    <message>
        <source>The first rows as they will be stored</source>
        <translation>Первые строки в том виде, как они будут сохранены</translation>
    </message>
    <message>
        <source>Numbers in red are not imported: point at one to see why.</source>
        <translation>Номера, выделенные красным, не импортируются: наведите на номер, чтобы увидеть причину.</translation>
    </message>
    <message>
        <source>Country for numbers without a &amp;country code:</source>
        <translation>Ст&amp;рана для номеров без кода страны:</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Поле для столбца «%1»</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>Дополнительное поле: %1</translation>
    </message>
    <message>
        <source>New custom field: %1</source>
        <translation>Новое дополнительное поле: %1</translation>
    </message>
    <message>
        <source>“%1” is not a custom field yet. Tick “Create the new custom fields” above, or choose another field for its column.</source>
        <translation>Дополнительного поля «%1» ещё нет. Отметьте выше «Создать новые дополнительные поля» или выберите для этого столбца другое поле.</translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a custom field: %2</source>
        <translation>«%1» не может быть названием дополнительного поля: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>import: which column is which field, e.g. &quot;Handy=phone,Vorname=first_name,3=city,Kundennr=custom:Customer no&quot; (default: guessed from the header).</source>
        <translation>import: какой столбец какому полю соответствует, например &quot;Телефон=phone,Имя=first_name,3=city,Карта=custom:Номер карты&quot; (по умолчанию — угадывается по заголовку).</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>сопоставление</translation>
    </message>
    <message>
        <source>import: where everyone in the file gave consent.</source>
        <translation>import: где все из файла дали согласие.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>import: what proves their consent.</source>
        <translation>import: чем подтверждается их согласие.</translation>
    </message>
    <message>
        <source>import: when they gave it (YYYY-MM-DD; default: each row&apos;s consent date column, else now).</source>
        <translation>import: когда оно было дано (ГГГГ-ММ-ДД; по умолчанию — из столбца с датой согласия в каждой строке, иначе — сейчас).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>import: a number already in the address book: skip (default), update (fill empty fields) or overwrite.</source>
        <translation>import: номер, который уже есть в адресной книге: skip — пропустить (по умолчанию), update — заполнить пустые поля, overwrite — перезаписать.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>import: show what would happen, write nothing.</source>
        <translation>import: показать, что произойдёт, ничего не записывая.</translation>
    </message>
    <message>
        <source>import: save the rows not imported, with the reason, to this CSV file.</source>
        <translation>import: сохранить неимпортированные строки с причиной в этот CSV-файл.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (utf-8, utf-16le, utf-16be, windows-1251, windows-1252; default: detected).</source>
        <translation>import: кодировка файла (utf-8, utf-16le, utf-16be, windows-1251, windows-1252; по умолчанию — определяется автоматически).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>import: the first row holds data, not column names.</source>
        <translation>import: в первой строке данные, а не названия столбцов.</translation>
    </message>
    <message>
        <source>import: create the custom fields the mapping names.</source>
        <translation>import: создать дополнительные поля, названные в сопоставлении.</translation>
    </message>
    <message>
        <source>import-suppression: where the list comes from, kept in each number&apos;s history.</source>
        <translation>import-suppression: откуда список; сохраняется в истории каждого номера.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8, utf-16le, utf-16be, windows-1251 or windows-1252.</source>
        <translation>Неизвестная кодировка «%1»: используйте utf-8, utf-16le, utf-16be, windows-1251 или windows-1252.</translation>
    </message>
    <message>
        <source>The delimiter must be , ; tab or |.</source>
        <translation>Разделитель должен быть , ; tab или |.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--errors-out FILE saves them all).</source>
        <translation>
            <numerusform>… и ещё %Ln (--errors-out ФАЙЛ сохранит их все).</numerusform>
            <numerusform>… и ещё %Ln (--errors-out ФАЙЛ сохранит их все).</numerusform>
            <numerusform>… и ещё %Ln (--errors-out ФАЙЛ сохранит их все).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import FILE [--country CC] [--mapping SPEC] [--consent-source S --consent-evidence E] [--duplicates skip|update|overwrite] [--dry-run] [--errors-out FILE]</source>
        <translation>Использование: import ФАЙЛ [--country СТРАНА] [--mapping СОПОСТАВЛЕНИЕ] [--consent-source ИСТОЧНИК --consent-evidence ПОДТВЕРЖДЕНИЕ] [--duplicates skip|update|overwrite] [--dry-run] [--errors-out ФАЙЛ]</translation>
    </message>
    <message>
        <source>%1 Columns: %2. Give --mapping, e.g. --mapping &quot;%3=phone&quot;.</source>
        <translation>%1 Столбцы: %2. Укажите --mapping, например --mapping &quot;%3=phone&quot;.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update or overwrite.</source>
        <translation>--duplicates принимает skip, update или overwrite.</translation>
    </message>
    <message>
        <source>A consent needs both --consent-source and --consent-evidence.</source>
        <translation>Для согласия нужны и --consent-source, и --consent-evidence.</translation>
    </message>
    <message>
        <source>--consent-date is YYYY-MM-DD.</source>
        <translation>--consent-date указывается в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Пробный импорт %1: ничего не записано.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Файл %1 импортирован.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Столбцы: %1</translation>
    </message>
    <message>
        <source>Usage: import-suppression FILE --list-source TEXT [--country CC] [--dry-run] [--errors-out FILE]</source>
        <translation>Использование: import-suppression ФАЙЛ --list-source ТЕКСТ [--country СТРАНА] [--dry-run] [--errors-out ФАЙЛ]</translation>
    </message>
    <message>
        <source>Say where the list comes from with --list-source, e.g. --list-source &quot;opt-outs from our previous SMS provider&quot;.</source>
        <translation>Укажите с помощью --list-source, откуда список, например --list-source &quot;отписки у прежнего SMS-провайдера&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers will be excluded.</source>
        <translation>
            <numerusform>%Ln номер будет исключён.</numerusform>
            <numerusform>%Ln номера будут исключены.</numerusform>
            <numerusform>%Ln номеров будет исключено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers were excluded.</source>
        <translation>
            <numerusform>%Ln номер исключён.</numerusform>
            <numerusform>%Ln номера исключены.</numerusform>
            <numerusform>%Ln номеров исключено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers were already excluded.</source>
        <translation>
            <numerusform>%Ln номер уже был исключён.</numerusform>
            <numerusform>%Ln номера уже были исключены.</numerusform>
            <numerusform>%Ln номеров уже были исключены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no valid phone number.</source>
        <translation>
            <numerusform>%Ln строка без действительного номера телефона.</numerusform>
            <numerusform>%Ln строки без действительного номера телефона.</numerusform>
            <numerusform>%Ln строк без действительного номера телефона.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %L1 rows/s</source>
        <translation>
            <numerusform>%Ln строка, %L1 строк/с</numerusform>
            <numerusform>%Ln строки, %L1 строк/с</numerusform>
            <numerusform>%Ln строк, %L1 строк/с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportConsentPage</name>
    <message>
        <source>&amp;Everyone in this file gave consent the same way</source>
        <translation>&amp;Все в этом файле дали согласие одинаковым способом</translation>
    </message>
    <message>
        <source>&amp;Date given:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>These people have not &amp;given consent</source>
        <translation>&amp;Эти люди не давали согласия</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Only people who agreed to get messages from you receive campaigns. How did the people in this file agree? Your answer is kept as the proof of their consent.</source>
        <translation>Рассылки получают только те, кто согласился получать от вас сообщения. Как люди из этого файла дали согласие? Ваш ответ сохранится как подтверждение их согласия.</translation>
    </message>
    <message>
        <source>Paper sign-up form at the till</source>
        <translation>Бумажная анкета на кассе</translation>
    </message>
    <message>
        <source>Forms kept in the shop&apos;s folder, 2024</source>
        <translation>Анкеты хранятся в папке магазина, 2024</translation>
    </message>
    <message>
        <source>Leave it off when the day is not known: the day of this import is recorded.</source>
        <translation>Оставьте выключенным, если день неизвестен: будет записан день импорта.</translation>
    </message>
    <message>
        <source>&amp;Where and how:</source>
        <translation>&amp;Где и как:</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <source>For example, everyone signed the paper form at the till. Say where they agreed and what proves it.</source>
        <translation>Например, все заполнили бумажную анкету на кассе. Укажите, где было дано согласие и чем оно подтверждается.</translation>
    </message>
    <message>
        <source>They are imported as “no consent” and do not receive campaigns until you record their consent.</source>
        <translation>Они импортируются как «без согласия» и не получают рассылки, пока вы не запишете их согласие.</translation>
    </message>
    <message>
        <source>The file has a consent &amp;column: “%1”</source>
        <translation>В файле есть &amp;столбец согласия: «%1»</translation>
    </message>
    <message>
        <source>A row with a date (or “yes”) in “%1” is imported with consent. A row where it is empty is imported without consent and does not receive campaigns.</source>
        <translation>Строка с датой (или «да») в «%1» импортируется с согласием. Строка, где там пусто, импортируется без согласия и не получает рассылки.</translation>
    </message>
    <message>
        <source>The file has a consent &amp;column</source>
        <translation>В файле есть &amp;столбец согласия</translation>
    </message>
    <message>
        <source>To use this, go back and choose “%1” above the column that holds the date of consent.</source>
        <translation>Для этого вернитесь назад и выберите «%1» над столбцом с датой согласия.</translation>
    </message>
</context>
<context>
    <name>ImportDonePage</name>
    <message>
        <source>&amp;Save a list of the rows not imported…</source>
        <translation>&amp;Сохранить список неимпортированных строк…</translation>
    </message>
    <message>
        <source>A CSV file with these rows as they were in your file, and the problem of each: fix them and import the file again.</source>
        <translation>CSV-файл с этими строками в исходном виде и проблемой каждой из них: исправьте их и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>The list is imported</source>
        <translation>Список импортирован</translation>
    </message>
    <message>
        <source>The people are in the address book.</source>
        <translation>Контакты добавлены в адресную книгу.</translation>
    </message>
    <message>
        <source>These numbers get no messages from now on, whoever they belong to.</source>
        <translation>Эти номера больше не получают сообщений, кому бы они ни принадлежали.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>The import did not finish</source>
        <translation>Импорт не завершён</translation>
    </message>
    <message>
        <source>Nothing was imported. The address book is as it was.</source>
        <translation>Ничего не импортировано. Адресная книга осталась прежней.</translation>
    </message>
    <message>
        <source>You can import the file again at any time with File &gt; Import…</source>
        <translation>Файл можно импортировать снова в любой момент: Файл &gt; Импорт…</translation>
    </message>
    <message>
        <source>You can import the list again at any time with File &gt; Import suppression list…</source>
        <translation>Список можно импортировать снова в любой момент: Файл &gt; Импорт списка исключений…</translation>
    </message>
    <message>
        <source>Rows with a problem (%1):</source>
        <translation>Строки с проблемами (%1):</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Сохранить неимпортированные строки</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1. Fix the rows there and import that file.</source>
        <translation>Сохранено в %1. Исправьте там строки и импортируйте этот файл.</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Не удалось открыть файл %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Не удалось прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This file does not look like a text file: it holds binary data. Choose a CSV or text file (in Excel: Save As, CSV) or a vCard file (.vcf).</source>
        <translation>Этот файл не похож на текстовый: в нём двоичные данные. Выберите файл CSV или текстовый файл (в Excel: «Сохранить как», CSV) либо файл vCard (.vcf).</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>First &amp;row holds column names</source>
        <translation>В первой &amp;строке — названия столбцов</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>A list from Excel, another program or your phone&apos;s contacts (CSV, TXT or vCard). Nothing is saved until the last step.</source>
        <translation>Список из Excel, другой программы или контактов телефона (CSV, TXT или vCard). Ничего не сохраняется до последнего шага.</translation>
    </message>
    <message>
        <source>Choose the list of numbers</source>
        <translation>Выберите список номеров</translation>
    </message>
    <message>
        <source>A file of numbers that must never get a message, such as the opt-out list of your previous SMS provider. Nothing is saved until the last step.</source>
        <translation>Файл с номерами, которым нельзя отправлять сообщения, например список отписавшихся от прежнего SMS-провайдера. Ничего не сохраняется до последнего шага.</translation>
    </message>
    <message>
        <source>Choose a file, or drop it on the address book</source>
        <translation>Выберите файл или перетащите его в адресную книгу</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>Нас&amp;троить…</translation>
    </message>
    <message>
        <source>Change how the file is read, if the text or the columns below look wrong.</source>
        <translation>Измените способ чтения файла, если текст или столбцы ниже выглядят неправильно.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Вертикальная черта ( | )</translation>
    </message>
    <message>
        <source>&amp;Text encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Columns &amp;separated by:</source>
        <translation>&amp;Разделитель столбцов:</translation>
    </message>
    <message>
        <source>The first &amp;lines of the file, as they are read:</source>
        <translation>&amp;Первые строки файла в том виде, как они читаются:</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Lists and contacts (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>Списки и контакты (*.csv *.tsv *.txt *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file has no rows below its first row. If the first row is a person, untick “First row holds column names” under Adjust.</source>
        <translation>В файле нет строк после первой. Если в первой строке — человек, снимите в «Настроить» флажок «В первой строке — названия столбцов».</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message>
        <source>Contact cards (vCard)</source>
        <translation>Карточки контактов (vCard)</translation>
    </message>
    <message>
        <source>Semicolon-separated text</source>
        <translation>Текст с разделителем «точка с запятой»</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>Текст с разделителем «табуляция»</translation>
    </message>
    <message>
        <source>Text separated by vertical bars</source>
        <translation>Текст с разделителем «вертикальная черта»</translation>
    </message>
    <message>
        <source>Comma-separated text</source>
        <translation>Текст с разделителем «запятая»</translation>
    </message>
    <message>
        <source>first row is a header</source>
        <translation>первая строка — заголовок</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>без строки заголовка</translation>
    </message>
    <message>
        <source>counting rows…</source>
        <translation>подсчёт строк…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read so far</source>
        <translation>
            <numerusform>Прочитана %Ln строка</numerusform>
            <numerusform>Прочитано %Ln строки</numerusform>
            <numerusform>Прочитано %Ln строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>working out the time left…</source>
        <translation>оценка оставшегося времени…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>осталось меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>осталось около %n минуты</numerusform>
            <numerusform>осталось около %n минут</numerusform>
            <numerusform>осталось около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing the list</source>
        <translation>Импорт списка</translation>
    </message>
    <message>
        <source>This can take a while for a big file. If you cancel, nothing is imported and the address book stays as it was.</source>
        <translation>Для большого файла это может занять время. Если отменить, ничего не будет импортировано и адресная книга останется прежней.</translation>
    </message>
    <message>
        <source>Cancel: nothing will be imported</source>
        <translation>Отмена: ничего не импортируется</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling… undoing what was imported so far</source>
        <translation>Отмена… импортированное откатывается</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln row(s)</source>
        <extracomment>%L1 is how many rows are imported so far, %Ln how many the file has.</extracomment>
        <translation>
            <numerusform>%L1 из %Ln строки</numerusform>
            <numerusform>%L1 из %Ln строк</numerusform>
            <numerusform>%L1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) a second · %1</source>
        <extracomment>%Ln is the speed in rows a second, %1 the time left.</extracomment>
        <translation>
            <numerusform>%Ln строка в секунду · %1</numerusform>
            <numerusform>%Ln строки в секунду · %1</numerusform>
            <numerusform>%Ln строк в секунду · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Yes: %1, %2</source>
        <translation>Да: %1, %2</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(нет номера)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Подтверждение: %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Проверить</translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>No phone number.</source>
        <translation>Нет номера телефона.</translation>
    </message>
    <message>
        <source>Birth date &quot;%1&quot; not understood: imported without it.</source>
        <translation>Дата рождения «%1» не распознана: импортировано без неё.</translation>
    </message>
    <message>
        <source>Language &quot;%1&quot; is not English, Russian or German: imported without it.</source>
        <translation>Язык «%1» — не английский, не русский и не немецкий: импортировано без языка.</translation>
    </message>
    <message>
        <source>Consent date &quot;%1&quot; not understood: the date declared for the file is used.</source>
        <translation>Дата согласия «%1» не распознана: используется дата, указанная для всего файла.</translation>
    </message>
    <message>
        <source>Consent &quot;%1&quot; is neither a date nor yes/no: imported without consent.</source>
        <translation>Согласие «%1» — не дата и не да/нет: импортировано без согласия.</translation>
    </message>
    <message>
        <source>The consent date %1 lies in the future: imported without consent.</source>
        <translation>Дата согласия %1 ещё не наступила: импортировано без согласия.</translation>
    </message>
    <message>
        <source>imported file, row %1</source>
        <translation>импортированный файл, строка %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>Consent column of an imported file</source>
        <translation>Столбец согласия в импортированном файле</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) where the header has %1: is there a separator inside a value without quotes?</source>
        <extracomment>%n is how many fields the row has, %1 how many columns the header names.</extracomment>
        <translation>
            <numerusform>В этой строке %n поле, а в заголовке: %1. Может быть, внутри значения без кавычек есть разделитель?</numerusform>
            <numerusform>В этой строке %n поля, а в заголовке: %1. Может быть, внутри значения без кавычек есть разделитель?</numerusform>
            <numerusform>В этой строке %n полей, а в заголовке: %1. Может быть, внутри значения без кавычек есть разделитель?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln new people will be added.</source>
        <translation>
            <numerusform>Будет добавлен %Ln новый контакт.</numerusform>
            <numerusform>Будут добавлены %Ln новых контакта.</numerusform>
            <numerusform>Будет добавлено %Ln новых контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new people were added.</source>
        <translation>
            <numerusform>Добавлен %Ln новый контакт.</numerusform>
            <numerusform>Добавлено %Ln новых контакта.</numerusform>
            <numerusform>Добавлено %Ln новых контактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book will be updated.</source>
        <translation>
            <numerusform>Будет обновлён %Ln контакт, который уже есть в адресной книге.</numerusform>
            <numerusform>Будут обновлены %Ln контакта, которые уже есть в адресной книге.</numerusform>
            <numerusform>Будут обновлены %Ln контактов, которые уже есть в адресной книге.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book were updated.</source>
        <translation>
            <numerusform>Обновлён %Ln контакт, который уже был в адресной книге.</numerusform>
            <numerusform>Обновлено %Ln контакта, которые уже были в адресной книге.</numerusform>
            <numerusform>Обновлено %Ln контактов, которые уже были в адресной книге.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book will stay as they are.</source>
        <translation>
            <numerusform>%Ln контакт, который уже есть в адресной книге, останется без изменений.</numerusform>
            <numerusform>%Ln контакта, которые уже есть в адресной книге, останутся без изменений.</numerusform>
            <numerusform>%Ln контактов, которые уже есть в адресной книге, останутся без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already in the address book stayed as they were.</source>
        <translation>
            <numerusform>%Ln контакт, который уже был в адресной книге, остался без изменений.</numerusform>
            <numerusform>%Ln контакта, которые уже были в адресной книге, остались без изменений.</numerusform>
            <numerusform>%Ln контактов, которые уже были в адресной книге, остались без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeat a number from earlier in the file: only the first is used.</source>
        <translation>
            <numerusform>%Ln строка повторяет номер, который уже есть выше в файле: используется только первая.</numerusform>
            <numerusform>%Ln строки повторяют номер, который уже есть выше в файле: используется только первая.</numerusform>
            <numerusform>%Ln строк повторяют номер, который уже есть выше в файле: используется только первая.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows repeated a number from earlier in the file: only the first was used.</source>
        <translation>
            <numerusform>%Ln строка повторяла номер, который уже был выше в файле: использована только первая.</numerusform>
            <numerusform>%Ln строки повторяли номер, который уже был выше в файле: использована только первая.</numerusform>
            <numerusform>%Ln строк повторяли номер, который уже был выше в файле: использована только первая.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have no valid phone number: they will not be imported.</source>
        <translation>
            <numerusform>%Ln строка без действительного номера телефона: она не будет импортирована.</numerusform>
            <numerusform>%Ln строки без действительного номера телефона: они не будут импортированы.</numerusform>
            <numerusform>%Ln строк без действительного номера телефона: они не будут импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows had no valid phone number: they were not imported.</source>
        <translation>
            <numerusform>%Ln строка была без действительного номера телефона: она не импортирована.</numerusform>
            <numerusform>%Ln строки были без действительного номера телефона: они не импортированы.</numerusform>
            <numerusform>%Ln строк были без действительного номера телефона: они не импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be read as they stand: they will not be imported.</source>
        <translation>
            <numerusform>%Ln строку не удаётся прочитать в таком виде: она не будет импортирована.</numerusform>
            <numerusform>%Ln строки не удаётся прочитать в таком виде: они не будут импортированы.</numerusform>
            <numerusform>%Ln строк не удаётся прочитать в таком виде: они не будут импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows could not be read as they stood: they were not imported.</source>
        <translation>
            <numerusform>%Ln строку не удалось прочитать в таком виде: она не импортирована.</numerusform>
            <numerusform>%Ln строки не удалось прочитать в таком виде: они не импортированы.</numerusform>
            <numerusform>%Ln строк не удалось прочитать в таком виде: они не импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers are unsubscribed or excluded: they stay so.</source>
        <translation>
            <numerusform>%Ln номер отписан или исключён: так и останется.</numerusform>
            <numerusform>%Ln номера отписаны или исключены: так и останется.</numerusform>
            <numerusform>%Ln номеров отписаны или исключены: так и останется.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers are unsubscribed or excluded: they stayed so.</source>
        <translation>
            <numerusform>%Ln номер отписан или исключён: так и осталось.</numerusform>
            <numerusform>%Ln номера отписаны или исключены: так и осталось.</numerusform>
            <numerusform>%Ln номеров отписаны или исключены: так и осталось.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will have no consent: they are imported, but will not receive campaigns.</source>
        <translation>
            <numerusform>У %Ln контакта не будет согласия: он будет импортирован, но не будет получать рассылки.</numerusform>
            <numerusform>У %Ln контактов не будет согласия: они будут импортированы, но не будут получать рассылки.</numerusform>
            <numerusform>У %Ln контактов не будет согласия: они будут импортированы, но не будут получать рассылки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have no consent: they were imported, but will not receive campaigns.</source>
        <translation>
            <numerusform>У %Ln контакта нет согласия: он импортирован, но не будет получать рассылки.</numerusform>
            <numerusform>У %Ln контактов нет согласия: они импортированы, но не будут получать рассылки.</numerusform>
            <numerusform>У %Ln контактов нет согласия: они импортированы, но не будут получать рассылки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consents will be recorded in the history, with their source and evidence.</source>
        <translation>
            <numerusform>%Ln согласие будет записано в историю вместе с источником и подтверждением.</numerusform>
            <numerusform>%Ln согласия будут записаны в историю вместе с источником и подтверждением.</numerusform>
            <numerusform>%Ln согласий будет записано в историю вместе с источником и подтверждением.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln consents were recorded in the history, with their source and evidence.</source>
        <translation>
            <numerusform>%Ln согласие записано в историю вместе с источником и подтверждением.</numerusform>
            <numerusform>%Ln согласия записаны в историю вместе с источником и подтверждением.</numerusform>
            <numerusform>%Ln согласий записано в историю вместе с источником и подтверждением.</numerusform>
        </translation>
    </message>
    <message>
        <source>New custom fields: %1.</source>
        <translation>Новые дополнительные поля: %1.</translation>
    </message>
    <message>
        <source>Custom fields created: %1.</source>
        <translation>Созданы дополнительные поля: %1.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people will await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</source>
        <translation>
            <numerusform>%Ln контакт будет ждать подтверждения: по правилам его страны до первой рассылки нужно подтвердить согласие по SMS.</numerusform>
            <numerusform>%Ln контакта будут ждать подтверждения: по правилам их страны до первой рассылки нужно подтвердить согласие по SMS.</numerusform>
            <numerusform>%Ln контактов будут ждать подтверждения: по правилам их страны до первой рассылки нужно подтвердить согласие по SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people await confirmation: their country&apos;s rules want them to confirm by SMS before the first campaign.</source>
        <translation>
            <numerusform>%Ln контакт ждёт подтверждения: по правилам его страны до первой рассылки нужно подтвердить согласие по SMS.</numerusform>
            <numerusform>%Ln контакта ждут подтверждения: по правилам их страны до первой рассылки нужно подтвердить согласие по SMS.</numerusform>
            <numerusform>%Ln контактов ждут подтверждения: по правилам их страны до первой рассылки нужно подтвердить согласие по SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверьте перед импортом</translation>
    </message>
    <message>
        <source>This is what the import will do. Nothing has been saved yet.</source>
        <translation>Вот что сделает импорт. Пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>This is what importing the list will do. Nothing has been saved yet.</source>
        <translation>Вот что сделает импорт списка. Пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>People whose number is already in the address book</source>
        <translation>Люди, чей номер уже есть в адресной книге</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <source>Leave them as they are.</source>
        <translation>Оставить без изменений.</translation>
    </message>
    <message>
        <source>&amp;Update empty fields</source>
        <translation>Дополнить п&amp;устые поля</translation>
    </message>
    <message>
        <source>Fill in what is missing, such as an empty city. Nothing stored is replaced.</source>
        <translation>Заполнить недостающее, например пустой город. Сохранённое не заменяется.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Пере&amp;записать</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells in the file change nothing.</source>
        <translation>Значения из файла заменяют сохранённые. Пустые ячейки файла ничего не меняют.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Show the rows with problems (%1)</source>
        <translation>Показать строки с проблемами (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln person(s)</source>
        <translation>
            <numerusform>Импортировать %Ln контакт</numerusform>
            <numerusform>Импортировать %Ln контакта</numerusform>
            <numerusform>Импортировать %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %Ln number(s)</source>
        <translation>
            <numerusform>Исключить %Ln номер</numerusform>
            <numerusform>Исключить %Ln номера</numerusform>
            <numerusform>Исключить %Ln номеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file would change the address book.</source>
        <translation>Ничто в файле не изменит адресную книгу.</translation>
    </message>
    <message>
        <source>There is nothing to exclude: every number is already excluded or not valid.</source>
        <translation>Исключать нечего: все номера уже исключены или недействительны.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. You can cancel the import while it runs; then nothing is imported.</source>
        <translation>Пока ничего не сохранено. Импорт можно отменить во время работы — тогда ничего не будет импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file… %Ln row(s) so far</source>
        <translation>
            <numerusform>Проверка файла… пока %Ln строка</numerusform>
            <numerusform>Проверка файла… пока %Ln строки</numerusform>
            <numerusform>Проверка файла… пока %Ln строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message numerus="yes">
        <source>new person(s)</source>
        <translation>
            <numerusform>новый контакт</numerusform>
            <numerusform>новых контакта</numerusform>
            <numerusform>новых контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — will be updated</source>
        <translation>
            <numerusform>уже в адресной книге — будет обновлён</numerusform>
            <numerusform>уже в адресной книге — будут обновлены</numerusform>
            <numerusform>уже в адресной книге — будут обновлены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — left as they are</source>
        <translation>
            <numerusform>уже в адресной книге — без изменений</numerusform>
            <numerusform>уже в адресной книге — без изменений</numerusform>
            <numerusform>уже в адресной книге — без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appear(s) twice in the file — the first is used</source>
        <translation>
            <numerusform>повторяется в файле — берётся первая строка</numerusform>
            <numerusform>повторяются в файле — берётся первая строка</numerusform>
            <numerusform>повторяются в файле — берётся первая строка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) are not valid — not imported</source>
        <translation>
            <numerusform>номер недействителен — не импортируется</numerusform>
            <numerusform>номера недействительны — не импортируются</numerusform>
            <numerusform>номеров недействительны — не импортируются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row(s) cannot be read — not imported</source>
        <translation>
            <numerusform>строка не читается — не импортируется</numerusform>
            <numerusform>строки не читаются — не импортируются</numerusform>
            <numerusform>строк не читаются — не импортируются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new custom field(s): %1</source>
        <translation>
            <numerusform>новое дополнительное поле: %1</numerusform>
            <numerusform>новых дополнительных поля: %1</numerusform>
            <numerusform>новых дополнительных полей: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new person(s) added</source>
        <translation>
            <numerusform>новый контакт добавлен</numerusform>
            <numerusform>новых контакта добавлено</numerusform>
            <numerusform>новых контактов добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — updated</source>
        <translation>
            <numerusform>уже в адресной книге — обновлён</numerusform>
            <numerusform>уже в адресной книге — обновлены</numerusform>
            <numerusform>уже в адресной книге — обновлены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already in the address book — left as they were</source>
        <translation>
            <numerusform>уже в адресной книге — без изменений</numerusform>
            <numerusform>уже в адресной книге — без изменений</numerusform>
            <numerusform>уже в адресной книге — без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>appeared twice in the file — the first was used</source>
        <translation>
            <numerusform>повторялся в файле — взята первая строка</numerusform>
            <numerusform>повторялись в файле — взята первая строка</numerusform>
            <numerusform>повторялись в файле — взята первая строка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) were not valid — not imported</source>
        <translation>
            <numerusform>номер был недействителен — не импортирован</numerusform>
            <numerusform>номера были недействительны — не импортированы</numerusform>
            <numerusform>номеров были недействительны — не импортированы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row(s) could not be read — not imported</source>
        <translation>
            <numerusform>строка не прочитана — не импортирована</numerusform>
            <numerusform>строки не прочитаны — не импортированы</numerusform>
            <numerusform>строк не прочитаны — не импортированы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new custom field(s) created: %1</source>
        <translation>
            <numerusform>новое дополнительное поле создано: %1</numerusform>
            <numerusform>новых дополнительных поля создано: %1</numerusform>
            <numerusform>новых дополнительных полей создано: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>are unsubscribed or excluded — they stay so</source>
        <translation>
            <numerusform>отписан или исключён — так и останется</numerusform>
            <numerusform>отписаны или исключены — так и останутся</numerusform>
            <numerusform>отписаны или исключены — так и останутся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without consent — imported, but they will not receive campaigns</source>
        <translation>
            <numerusform>без согласия — импортирован, но не получит рассылки</numerusform>
            <numerusform>без согласия — импортированы, но не получат рассылки</numerusform>
            <numerusform>без согласия — импортированы, но не получат рассылки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) excluded</source>
        <translation>
            <numerusform>номер исключён</numerusform>
            <numerusform>номера исключены</numerusform>
            <numerusform>номеров исключено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>number(s) will be excluded</source>
        <translation>
            <numerusform>номер будет исключён</numerusform>
            <numerusform>номера будут исключены</numerusform>
            <numerusform>номеров будет исключено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>were already excluded</source>
        <translation>
            <numerusform>уже был исключён</numerusform>
            <numerusform>уже были исключены</numerusform>
            <numerusform>уже были исключены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>are already excluded</source>
        <translation>
            <numerusform>уже исключён</numerusform>
            <numerusform>уже исключены</numerusform>
            <numerusform>уже исключены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Import a suppression list</source>
        <translation>Импорт списка исключений</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>There is no custom field &quot;%1&quot;. Create it, or let the import create it.</source>
        <translation>Дополнительного поля «%1» нет. Создайте его или разрешите создать его при импорте.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The same number as row %1 (%2): only the first is imported.</source>
        <translation>Тот же номер, что в строке %1 (%2): импортируется только первая строка.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Describe the reason in a few words when it is “Other”.</source>
        <translation>Если причина — «Другое», опишите её в нескольких словах.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can be unsubscribed.</source>
        <translation>«%1» — не номер телефона, который можно отписать.</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>%1 is excluded: no message goes to this number.</source>
        <translation>Номер %1 исключён: сообщения на него не отправляются.</translation>
    </message>
    <message>
        <source>%1 unsubscribed: no message goes to this number until they reply START.</source>
        <translation>Номер %1 отписался: сообщения на него не отправляются, пока в ответ не придёт START.</translation>
    </message>
    <message>
        <source>There is no reply %1.</source>
        <translation>Ответа %1 нет.</translation>
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
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>Overdue since %1 — decide now</source>
        <translation>Просрочено с %1 — решите сейчас</translation>
    </message>
    <message>
        <source>Decide by %1 — last day</source>
        <translation>Решить до %1 — последний день</translation>
    </message>
    <message numerus="yes">
        <source>Decide by %1 — %n business day(s) left</source>
        <translation>
            <numerusform>Решить до %1 — остался %n рабочий день</numerusform>
            <numerusform>Решить до %1 — осталось %n рабочих дня</numerusform>
            <numerusform>Решить до %1 — осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Входящие (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message numerus="yes">
        <source>%n unread reply(ies)</source>
        <translation>
            <numerusform>%n непрочитанный ответ</numerusform>
            <numerusform>%n непрочитанных ответа</numerusform>
            <numerusform>%n непрочитанных ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible opt-out(s) to decide</source>
        <translation>
            <numerusform>%n возможная отписка ждёт решения</numerusform>
            <numerusform>%n возможные отписки ждут решения</numerusform>
            <numerusform>%n возможных отписок ждут решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the legal deadline</source>
        <translation>
            <numerusform>%n с истёкшим сроком по закону</numerusform>
            <numerusform>%n с истёкшим сроком по закону</numerusform>
            <numerusform>%n с истёкшим сроком по закону</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <comment>possible opt-outs to decide</comment>
        <translation>
            <numerusform>%n на проверку</numerusform>
            <numerusform>%n на проверку</numerusform>
            <numerusform>%n на проверку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Choose a conversation to read it and answer.</source>
        <translation>Выберите переписку, чтобы прочитать её и ответить.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Conversations with replies nobody handled yet</source>
        <translation>Переписки с ответами, которые ещё никто не обработал</translation>
    </message>
    <message>
        <source>Possible opt-outs to decide, the nearest deadline first</source>
        <translation>Возможные отписки, по которым нужно решение; сначала с ближайшим сроком</translation>
    </message>
    <message>
        <source>Every conversation, the latest first</source>
        <translation>Все переписки, сначала последние</translation>
    </message>
    <message>
        <source>Search name, number or text</source>
        <translation>Поиск по имени, номеру или тексту</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск по перепискам</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Переписки</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>The conversations could not be read: %1</source>
        <translation>Не удалось прочитать переписки: %1</translation>
    </message>
    <message>
        <source>The conversation could not be read: %1</source>
        <translation>Не удалось прочитать переписку: %1</translation>
    </message>
    <message>
        <source>Unsubscribed since %1: no message goes to this number</source>
        <translation>Отписан с %1: сообщения на этот номер не отправляются</translation>
    </message>
    <message>
        <source>Excluded by hand since %1: no message goes to this number</source>
        <translation>Исключён вручную с %1: сообщения на этот номер не отправляются</translation>
    </message>
    <message>
        <source>The inbox could not be counted: %1</source>
        <translation>Не удалось подсчитать входящие: %1</translation>
    </message>
    <message>
        <source>The replies could not be marked read: %1</source>
        <translation>Не удалось отметить ответы как прочитанные: %1</translation>
    </message>
    <message>
        <source>Handled, except the possible opt-out: it stays open until you decide it.</source>
        <translation>Обработано, кроме возможной отписки: она остаётся открытой, пока вы не примете решение.</translation>
    </message>
    <message>
        <source>The answer to %1 is queued.</source>
        <translation>Ответ на номер %1 поставлен в очередь.</translation>
    </message>
    <message>
        <source>Queued: it goes out before any campaign message.</source>
        <translation>В очереди: уйдёт раньше любых сообщений рассылок.</translation>
    </message>
    <message>
        <source>%1 was already unsubscribed; the reason “%2” is stored with it.</source>
        <translation>Номер %1 уже был отписан; причина «%2» сохранена.</translation>
    </message>
    <message>
        <source>%1 is unsubscribed (%2). A confirmation is sent once.</source>
        <translation>Номер %1 отписан (%2). Подтверждение отправляется один раз.</translation>
    </message>
    <message>
        <source>%1 is unsubscribed (%2).</source>
        <translation>Номер %1 отписан (%2).</translation>
    </message>
    <message>
        <source>%1 stays subscribed: the reply is marked as not an opt-out.</source>
        <translation>Номер %1 остаётся подписанным: ответ отмечен как не отписка.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>На проверку (%1)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Нет переписок по запросу «%1».</translation>
    </message>
    <message>
        <source>No replies yet. Replies to your campaigns appear here; STOP, START and HELP are handled automatically.</source>
        <translation>Ответов пока нет. Здесь появляются ответы на ваши рассылки; STOP, START и HELP обрабатываются автоматически.</translation>
    </message>
    <message>
        <source>Nothing to answer. Replies that need a person appear here; STOP, START and HELP are handled automatically.</source>
        <translation>Отвечать не на что. Здесь появляются ответы, которым нужен человек; STOP, START и HELP обрабатываются автоматически.</translation>
    </message>
    <message>
        <source>No possible opt-outs to decide. Unclear replies such as “wrong number” appear here with the date to decide by.</source>
        <translation>Возможных отписок, ждущих решения, нет. Неясные ответы вроде «вы ошиблись номером» появляются здесь вместе со сроком для решения.</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Ответов пока нет.</translation>
    </message>
</context>
<context>
    <name>KannelGateway</name>
    <message>
        <source>Enter Kannel&apos;s sendsms address, for example http://127.0.0.1:13013.</source>
        <translation>Введите адрес sendsms для Kannel, например http://127.0.0.1:13013.</translation>
    </message>
    <message>
        <source>Kannel&apos;s address must not contain a query or a user name: enter those in their own fields.</source>
        <translation>Адрес Kannel не должен содержать параметры запроса или имя пользователя: введите их в отдельных полях.</translation>
    </message>
    <message>
        <source>Enter the user name of Kannel&apos;s sendsms-user.</source>
        <translation>Введите имя пользователя sendsms-user в Kannel.</translation>
    </message>
    <message>
        <source>Enter the password of Kannel&apos;s sendsms-user.</source>
        <translation>Введите пароль пользователя sendsms-user в Kannel.</translation>
    </message>
    <message>
        <source>The address for delivery reports is not a valid http address.</source>
        <translation>Адрес для отчётов о доставке — недопустимый http-адрес.</translation>
    </message>
    <message>
        <source>The address for delivery reports must not contain &apos;%&apos;.</source>
        <translation>Адрес для отчётов о доставке не должен содержать символ &apos;%&apos;.</translation>
    </message>
    <message>
        <source>The time to wait for Kannel must be longer than zero.</source>
        <translation>Время ожидания Kannel должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The sending rate for Kannel must not be negative.</source>
        <translation>Скорость отправки для Kannel не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Kannel at %1 did not take the connection in time.</source>
        <translation>Kannel по адресу %1 не принял соединение вовремя.</translation>
    </message>
    <message>
        <source>Kannel at %1 did not answer in time; whether it took the message is not known.</source>
        <translation>Kannel по адресу %1 не ответил вовремя; неизвестно, принял ли он сообщение.</translation>
    </message>
    <message>
        <source>Kannel at %1 cannot be reached (network error %2).</source>
        <translation>Kannel по адресу %1 недоступен (сетевая ошибка %2).</translation>
    </message>
    <message>
        <source>Kannel at %1 refused the connection: is smsbox running?</source>
        <translation>Kannel по адресу %1 отклонил соединение: запущен ли smsbox?</translation>
    </message>
    <message>
        <source>The Kannel host %1 was not found.</source>
        <translation>Сервер Kannel %1 не найден.</translation>
    </message>
    <message>
        <source>The connection to Kannel at %1 broke after the message was sent; whether it took the message is not known.</source>
        <translation>Соединение с Kannel по адресу %1 прервалось после отправки сообщения; неизвестно, принял ли он его.</translation>
    </message>
    <message>
        <source>Kannel gave an answer that cannot be read (HTTP %1: %2); whether it took the message is not known.</source>
        <translation>Не удаётся прочитать ответ Kannel (HTTP %1: %2); неизвестно, принял ли он сообщение.</translation>
    </message>
    <message>
        <source>Kannel refused the user name or password: check them in Settings.</source>
        <translation>Kannel не принял имя пользователя или пароль: проверьте их в настройках.</translation>
    </message>
    <message>
        <source>Kannel refused the message: %1</source>
        <translation>Kannel отклонил сообщение: %1</translation>
    </message>
    <message>
        <source>Kannel cannot take messages right now (HTTP %1).</source>
        <translation>Kannel сейчас не может принимать сообщения (HTTP %1).</translation>
    </message>
    <message>
        <source>The address of Kannel looks wrong (HTTP %1): check it in Settings.</source>
        <translation>Похоже, адрес Kannel указан неверно (HTTP %1): проверьте его в настройках.</translation>
    </message>
    <message>
        <source>Kannel refused the message (HTTP %1): %2</source>
        <translation>Kannel отклонил сообщение (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Kannel gave an answer that cannot be read (HTTP %1); whether it took the message is not known.</source>
        <translation>Не удаётся прочитать ответ Kannel (HTTP %1); неизвестно, принял ли он сообщение.</translation>
    </message>
    <message>
        <source>The delivery report has no valid message id.</source>
        <translation>В отчёте о доставке нет действительного идентификатора сообщения.</translation>
    </message>
    <message>
        <source>The delivery report has no valid status.</source>
        <translation>В отчёте о доставке нет действительного статуса.</translation>
    </message>
    <message>
        <source>The delivery report has an unknown status %1.</source>
        <translation>В отчёте о доставке неизвестный статус %1.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Связка ключей не ответила за %n секунду.</numerusform>
            <numerusform>Связка ключей не ответила за %n секунды.</numerusform>
            <numerusform>Связка ключей не ответила за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no secret for “%1”.</source>
        <translation>В связке ключей нет записи для «%1».</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Доступ к связке ключей запрещён.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>Связка ключей заблокирована или отказала в доступе.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>На этом компьютере нет связки ключей.</translation>
    </message>
    <message>
        <source>The keychain could not be reached.</source>
        <translation>Не удалось обратиться к связке ключей.</translation>
    </message>
    <message>
        <source>The keychain could not change “%1”.</source>
        <translation>Не удалось изменить «%1» в связке ключей.</translation>
    </message>
    <message>
        <source>The keychain was used from two threads at once.</source>
        <translation>К связке ключей обратились из двух потоков одновременно.</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Адресная книга</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Textwell</source>
        <translation>&amp;О программе Textwell</translation>
    </message>
    <message>
        <source>About Textwell</source>
        <translation>О программе Textwell</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Textwell %1&lt;/h3&gt;&lt;p&gt;SMS campaigns for small businesses that respect every customer&apos;s choice: consent recorded with its proof, every opt-out honoured at once and for good.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Textwell %1&lt;/h3&gt;&lt;p&gt;SMS-рассылки для малого бизнеса, уважающие выбор каждого клиента: согласие записывается вместе с подтверждением, а каждая отписка соблюдается сразу и навсегда.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Campaigns are sending</source>
        <translation>Идёт отправка рассылок</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) are still sending.</source>
        <translation>
            <numerusform>Ещё отправляется %n рассылка.</numerusform>
            <numerusform>Ещё отправляются %n рассылки.</numerusform>
            <numerusform>Ещё отправляются %n рассылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause them, or let them go on the next time Textwell opens? Nothing is sent while Textwell is closed, unless “textwell-cli send --due” runs.</source>
        <translation>Приостановить их или продолжить при следующем запуске Textwell? Пока Textwell закрыт, ничего не отправляется, если только не запущена команда «textwell-cli send --due».</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>&amp;Приостановить и выйти</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>Продолжить &amp;отправку</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import &amp;suppression list…</source>
        <translation>Импорт &amp;списка исключений…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соблюдение правил</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>The } at character %1 has no { before it. Write }} for a brace.</source>
        <translation>Перед } на позиции %1 нет открывающей {. Чтобы написать саму скобку, введите }}.</translation>
    </message>
    <message>
        <source>The { at character %1 is inside the placeholder that starts at character %2. A placeholder cannot contain another one. Write {{ for a brace.</source>
        <translation>Скобка { на позиции %1 стоит внутри подстановки, которая начинается на позиции %2. Подстановка не может содержать другую подстановку. Чтобы написать саму скобку, введите {{.</translation>
    </message>
    <message>
        <source>The { at character %1 is not closed. Write {{ for a brace.</source>
        <translation>Скобка { на позиции %1 не закрыта. Чтобы написать саму скобку, введите {{.</translation>
    </message>
    <message>
        <source>The placeholder at character %1 names no field. Write a field in it, such as {first_name}, or write {{ and }} for braces.</source>
        <translation>В подстановке на позиции %1 не указано поле. Впишите в неё поле, например {first_name}, или введите {{ и }}, чтобы написать сами скобки.</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2). Did you mean {%3}?</source>
        <translation>Поля «%1» нет (позиция %2). Может быть, вы имели в виду {%3}?</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2). You can use: %3.</source>
        <translation>Поля «%1» нет (позиция %2). Доступные поля: %3.</translation>
    </message>
    <message>
        <source>There is no field “%1” (character %2).</source>
        <translation>Поля «%1» нет (позиция %2).</translation>
    </message>
</context>
<context>
    <name>OptOutListDialog</name>
    <message>
        <source>Reading the opt-outs…</source>
        <translation>Чтение отписок…</translation>
    </message>
    <message>
        <source>&amp;Open in the address book</source>
        <translation>&amp;Открыть в адресной книге</translation>
    </message>
    <message>
        <source>Who left</source>
        <translation>Кто ушёл</translation>
    </message>
    <message>
        <source>People who opted out</source>
        <translation>Отписавшиеся</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Show this person in the address book, with the consent history</source>
        <translation>Показать этот контакт в адресной книге вместе с историей согласий</translation>
    </message>
    <message>
        <source>The opt-outs could not be read: %1</source>
        <translation>Не удалось прочитать отписки: %1</translation>
    </message>
    <message>
        <source>Nobody opted out here.</source>
        <translation>Здесь никто не отписался.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln opt-out(s), newest first.</source>
        <translation>
            <numerusform>%Ln отписка, сначала новые.</numerusform>
            <numerusform>%Ln отписки, сначала новые.</numerusform>
            <numerusform>%Ln отписок, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>not in the address book</source>
        <translation>нет в адресной книге</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the opt-outs and exclusions…</source>
        <translation>Чтение отписок и исключений…</translation>
    </message>
    <message>
        <source>People who opted out or were excluded</source>
        <translation>Отписавшиеся или исключённые</translation>
    </message>
    <message>
        <source>The opt-outs and exclusions could not be read: %1</source>
        <translation>Не удалось прочитать отписки и исключения: %1</translation>
    </message>
    <message>
        <source>Nobody opted out or was excluded here.</source>
        <translation>Здесь никто не отписался и никто не исключён.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln opt-out(s) and exclusion(s).</source>
        <translation>
            <numerusform>Последние %1 из %Ln отписки и исключения.</numerusform>
            <numerusform>Последние %1 из %Ln отписок и исключений.</numerusform>
            <numerusform>Последние %1 из %Ln отписок и исключений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln opt-out(s).</source>
        <translation>
            <numerusform>Последние %1 из %Ln отписки.</numerusform>
            <numerusform>Последние %1 из %Ln отписок.</numerusform>
            <numerusform>Последние %1 из %Ln отписок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opt-out(s) and exclusion(s), newest first.</source>
        <translation>
            <numerusform>%Ln отписка или исключение, сначала новые.</numerusform>
            <numerusform>%Ln отписки и исключения, сначала новые.</numerusform>
            <numerusform>%Ln отписок и исключений, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutReason</name>
    <message>
        <source>Too frequent</source>
        <translation>Слишком часто</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Неинтересно</translation>
    </message>
    <message>
        <source>Never signed up</source>
        <translation>Не подписывался</translation>
    </message>
    <message>
        <source>Privacy concern</source>
        <translation>Забота о приватности</translation>
    </message>
    <message>
        <source>No benefit</source>
        <translation>Нет пользы</translation>
    </message>
    <message>
        <source>Changed circumstances</source>
        <translation>Изменились обстоятельства</translation>
    </message>
    <message>
        <source>Switched to another provider</source>
        <translation>Перешёл к другому поставщику</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>OptOutReport</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Причина словами</translation>
    </message>
    <message>
        <source>Keyword or text</source>
        <translation>Ключевое слово или текст</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Отписки</translation>
    </message>
    <message>
        <source>Opt-out log</source>
        <translation>Журнал отписок</translation>
    </message>
    <message>
        <source>Every opt-out recorded in the period, oldest first, with how it reached the business and the campaign it followed.</source>
        <translation>Все отписки, записанные за период, сначала старые, со способом, которым они поступили, и рассылкой, после которой они были.</translation>
    </message>
</context>
<context>
    <name>OptOutRequestDialog</name>
    <message>
        <source>Record opt-out request</source>
        <translation>Записать запрос на отписку</translation>
    </message>
    <message>
        <source>Someone asked to get no more messages by phone, e-mail, letter or in person. With a phone number, the number is opted out at once, as of when they asked. Otherwise the request waits on the Compliance screen until its number is found.</source>
        <translation>Человек попросил больше не присылать ему сообщения — по телефону, по эл. почте, письмом или лично. Если указан номер телефона, номер сразу отписывается, с момента обращения. Иначе запрос ждёт в разделе «Соблюдение правил», пока не найдётся номер.</translation>
    </message>
    <message>
        <source>a phone number, an e-mail address or a name</source>
        <translation>номер телефона, адрес эл. почты или имя</translation>
    </message>
    <message>
        <source>e.g. called the shop, spoke to Maria</source>
        <translation>например, позвонил в магазин, говорил с Марией</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Полу&amp;чено:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>&amp;Способ обращения:</translation>
    </message>
    <message>
        <source>&amp;Who asked:</source>
        <translation>&amp;Кто обратился:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Say who asked: a phone number, an e-mail address or a name.</source>
        <translation>Укажите, кто обратился: номер телефона, адрес эл. почты или имя.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future.</source>
        <translation>Запрос не может быть получен в будущем.</translation>
    </message>
    <message>
        <source>%1 will be opted out at once.</source>
        <translation>Номер %1 будет сразу отписан.</translation>
    </message>
    <message>
        <source>Not a phone number: the request stays open until its number is entered.</source>
        <translation>Это не номер телефона: запрос останется открытым, пока не будет введён номер.</translation>
    </message>
</context>
<context>
    <name>OptOutRequests</name>
    <message>
        <source>By phone</source>
        <translation>По телефону</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Письмом</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Asked by phone on %1</source>
        <translation>Запрос по телефону от %1</translation>
    </message>
    <message>
        <source>Asked by e-mail on %1</source>
        <translation>Запрос по эл. почте от %1</translation>
    </message>
    <message>
        <source>Asked by letter on %1</source>
        <translation>Запрос письмом от %1</translation>
    </message>
    <message>
        <source>Asked in person on %1</source>
        <translation>Личный запрос от %1</translation>
    </message>
    <message>
        <source>Say when the request was received.</source>
        <translation>Укажите, когда получен запрос.</translation>
    </message>
    <message>
        <source>The request cannot have been received in the future (%1).</source>
        <translation>Запрос не может быть получен в будущем (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way a request comes; use one of: %2.</source>
        <translation>«%1» — не способ обращения; используйте один из: %2.</translation>
    </message>
    <message>
        <source>Say who asked: a phone number, an e-mail address or a name.</source>
        <translation>Укажите, кто обратился: номер телефона, адрес эл. почты или имя.</translation>
    </message>
    <message>
        <source>The request from %1 was already closed.</source>
        <translation>Запрос от %1 уже закрыт.</translation>
    </message>
    <message>
        <source>Say why the request is closed without an opt-out, e.g. &quot;no such customer&quot;.</source>
        <translation>Укажите, почему запрос закрывается без отписки, например «такого клиента нет».</translation>
    </message>
    <message>
        <source>There is no opt-out request %1.</source>
        <translation>Запроса на отписку %1 нет.</translation>
    </message>
</context>
<context>
    <name>OutboxMessage</name>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Waiting for its window</source>
        <translation>Ждёт разрешённого времени</translation>
    </message>
    <message>
        <source>Waiting for the A/B winner</source>
        <translation>Ждёт победителя A/B-теста</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Неизвестно — проверьте</translation>
    </message>
    <message>
        <source>Exported to file</source>
        <translation>Выгружено в файл</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>отписался</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>исключён</translation>
    </message>
    <message>
        <source>no recorded consent</source>
        <translation>согласие не записано</translation>
    </message>
    <message>
        <source>not a mobile number</source>
        <translation>не мобильный номер</translation>
    </message>
    <message>
        <source>no longer in the address book</source>
        <translation>больше нет в адресной книге</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>тихие часы</translation>
    </message>
    <message>
        <source>message limit reached</source>
        <translation>достигнут лимит сообщений</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>неверный номер</translation>
    </message>
    <message>
        <source>unsubscribed at the carrier</source>
        <translation>отписался у оператора связи</translation>
    </message>
    <message>
        <source>gateway error</source>
        <translation>ошибка шлюза</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>не доставлено</translation>
    </message>
    <message>
        <source>no longer true: a later reply changed it</source>
        <translation>уже неактуально: более поздний ответ это изменил</translation>
    </message>
    <message>
        <source>consent not yet confirmed by SMS</source>
        <translation>согласие ещё не подтверждено по SMS</translation>
    </message>
    <message>
        <source>too late: the opt-out was longer ago than the rules allow for its confirmation</source>
        <translation>слишком поздно: отписка была раньше, чем правила позволяют её подтвердить</translation>
    </message>
</context>
<context>
    <name>OutboxPurpose</name>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Подтверждение отписки</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Подтверждение подписки</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст справки</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Campaign message</source>
        <translation>Сообщение рассылки</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Confirmation request</source>
        <translation>Запрос подтверждения</translation>
    </message>
    <message>
        <source>Confirmation reminder</source>
        <translation>Напоминание о подтверждении</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Generated on %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>The PDF could not get another page.</source>
        <translation>Не удалось добавить в PDF ещё одну страницу.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <source>The rows of “%1” changed while the report was being written. Write it again.</source>
        <translation>Строки «%1» изменились, пока записывался отчёт. Запишите его ещё раз.</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Нет записей</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>не удалось начать создание PDF</translation>
    </message>
    <message>
        <source>The report changed while it was being written. Write it again.</source>
        <translation>Отчёт изменился, пока он записывался. Запишите его ещё раз.</translation>
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
        <translation>По дням</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>personal data erased on request</source>
        <translation>персональные данные стёрты по запросу</translation>
    </message>
    <message>
        <source>The date of the request lies in the future.</source>
        <translation>Дата запроса ещё не наступила.</translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Will be saved as %1 (%2).</source>
        <translation>Будет сохранён как %1 (%2).</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as numbers of %1 (+%2).</source>
        <translation>Номера без кода страны считаются номерами страны %1 (+%2).</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>“%1” has no country code. Write it with + and the country code, or choose a default country in Settings.</source>
        <translation>У номера «%1» нет кода страны. Введите его с + и кодом страны или выберите страну по умолчанию в настройках.</translation>
    </message>
    <message>
        <source>“%1” has an unknown country code.</source>
        <translation>У номера «%1» неизвестный код страны.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>“%1” is too short for a phone number.</source>
        <translation>«%1» — слишком короткий номер телефона.</translation>
    </message>
    <message>
        <source>“%1” is too long for a phone number.</source>
        <translation>«%1» — слишком длинный номер телефона.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number for the country code +%2 (%3).</source>
        <translation>«%1» — недействительный номер для кода страны +%2 (%3).</translation>
    </message>
    <message>
        <source>%1 is a landline number: it cannot receive SMS.</source>
        <translation>%1 — стационарный номер: он не может принимать SMS.</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (%2): it may not receive SMS.</source>
        <translation>%1 — не мобильный номер (%2): SMS могут не доходить.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>мобильный или стационарный</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>стационарный</translation>
    </message>
    <message>
        <source>special number</source>
        <translation>специальный</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>тип неизвестен</translation>
    </message>
    <message>
        <source>The extension %1 is left out: a text message goes to %2 itself.</source>
        <translation>Добавочный номер %1 не сохраняется: SMS приходит на сам номер %2.</translation>
    </message>
    <message>
        <source>rejected by the gateway</source>
        <translation>отклонён шлюзом</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Quiet hours in %1 until %2.</source>
        <translation>Тихие часы в часовом поясе %1 до %2.</translation>
    </message>
    <message>
        <source>Quiet hours in %1, one of the time zones of the recipient&apos;s country, until %2 there.</source>
        <translation>Тихие часы в часовом поясе %1 (одном из часовых поясов страны получателя) до %2 по местному времени.</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Показанные дни</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
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
        <translation>Доля отписок во времени</translation>
    </message>
    <message>
        <source>Click a point to see who left after those campaigns</source>
        <translation>Щёлкните по точке, чтобы увидеть, кто ушёл после этих рассылок</translation>
    </message>
    <message>
        <source>No campaign went out in these days, so there is no unsubscribe rate to show yet. Each campaign you send adds a point here.</source>
        <translation>За эти дни не было ни одной рассылки, поэтому доли отписок пока нет. Каждая отправленная рассылка добавляет сюда точку.</translation>
    </message>
    <message>
        <source>Typical: %1 to %2</source>
        <translation>Обычно: от %1 до %2</translation>
    </message>
    <message>
        <source>Alert level: %1</source>
        <translation>Порог предупреждения: %1</translation>
    </message>
    <message>
        <source>Unsubscribe rate</source>
        <translation>Доля отписок</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) with campaigns.</source>
        <translation>
            <numerusform>%n период с рассылками.</numerusform>
            <numerusform>%n периода с рассылками.</numerusform>
            <numerusform>%n периодов с рассылками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1 (%2).</source>
        <translation>Последнее значение: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2
%Ln opt-out(s) of %3 messages reached</source>
        <translation>
            <numerusform>%1: %2
%Ln отписка на %3 дошедших сообщений</numerusform>
            <numerusform>%1: %2
%Ln отписки на %3 дошедших сообщений</numerusform>
            <numerusform>%1: %2
%Ln отписок на %3 дошедших сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientBreakdown</name>
    <message>
        <source>Match the rules</source>
        <translation>Подходят под правила</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписались</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключены</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Landline or not a mobile number</source>
        <translation>Стационарный или не мобильный номер</translation>
    </message>
    <message>
        <source>Over the frequency cap</source>
        <translation>Превышен лимит сообщений</translation>
    </message>
    <message>
        <source>Will receive</source>
        <translation>Получат</translation>
    </message>
    <message>
        <source>Awaiting confirmation by SMS</source>
        <translation>Ждут подтверждения по SMS</translation>
    </message>
</context>
<context>
    <name>ReplyAction</name>
    <message>
        <source>Unsubscribed; confirmation sent once</source>
        <translation>Отписан; подтверждение отправлено один раз</translation>
    </message>
    <message>
        <source>Already unsubscribed; no second confirmation</source>
        <translation>Уже отписан; повторное подтверждение не отправляется</translation>
    </message>
    <message>
        <source>Subscribed again</source>
        <translation>Снова подписан</translation>
    </message>
    <message>
        <source>Subscribed again, but stays excluded by hand</source>
        <translation>Снова подписан, но остаётся исключённым вручную</translation>
    </message>
    <message>
        <source>Was not unsubscribed: nothing to undo</source>
        <translation>Не был отписан: отменять нечего</translation>
    </message>
    <message>
        <source>Not in the address book: add the person to subscribe them</source>
        <translation>Нет в адресной книге: добавьте человека, чтобы подписать его</translation>
    </message>
    <message>
        <source>Help text sent</source>
        <translation>Текст справки отправлен</translation>
    </message>
    <message>
        <source>No answer: the number is unsubscribed or excluded</source>
        <translation>Без ответа: номер отписан или исключён</translation>
    </message>
    <message>
        <source>Not acted on: a later STOP or START from this number came first</source>
        <translation>Не обработано: раньше пришёл более поздний STOP или START с этого номера</translation>
    </message>
    <message>
        <source>Reason stored</source>
        <translation>Причина сохранена</translation>
    </message>
    <message>
        <source>Marked as an opt-out</source>
        <translation>Отмечено как отписка</translation>
    </message>
    <message>
        <source>Marked as not an opt-out</source>
        <translation>Отмечено как не отписка</translation>
    </message>
    <message>
        <source>Subscribed by JOIN; welcome text sent</source>
        <translation>Подписан по слову ПОДПИСКА; приветствие отправлено</translation>
    </message>
    <message>
        <source>Not subscribed: the number stays excluded by hand until you lift the exclusion</source>
        <translation>Не подписан: номер остаётся исключённым вручную, пока вы не снимете исключение</translation>
    </message>
    <message>
        <source>Already subscribed; no second welcome</source>
        <translation>Уже подписан; повторное приветствие не отправляется</translation>
    </message>
    <message>
        <source>Consent confirmed by the number (double opt-in)</source>
        <translation>Согласие подтверждено с этого номера (двойное подтверждение)</translation>
    </message>
    <message>
        <source>Ignored: this number was never asked to confirm</source>
        <translation>Пропущено: этот номер не просили подтвердить согласие</translation>
    </message>
</context>
<context>
    <name>ReplyClassification</name>
    <message>
        <source>Opt-out</source>
        <translation>Отписка</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>Запрос справки</translation>
    </message>
    <message>
        <source>Possible opt-out</source>
        <translation>Возможная отписка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Join request</source>
        <translation>Новая подписка</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
</context>
<context>
    <name>ReplyCommands</name>
    <message>
        <source>classify: the sender&apos;s language (en, ru, de).</source>
        <translation>classify: язык отправителя (en, ru, de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>replies receive, inbox reply: the message text.</source>
        <translation>replies receive, inbox reply: текст сообщения.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>replies receive: when it was sent (ISO date and time; default: now).</source>
        <translation>replies receive: когда сообщение отправлено (дата и время в формате ISO; по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>inbox list: only numbers with possible opt-outs to decide.</source>
        <translation>inbox list: только номера с возможными отписками, ждущими решения.</translation>
    </message>
    <message>
        <source>inbox mark: the reply to decide about (its id).</source>
        <translation>inbox mark: ответ, по которому нужно решение (его id).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>classify needs the reply&apos;s text, in quotes.</source>
        <translation>для classify нужен текст ответа в кавычках.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Уверенность: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>inbox needs one of: list, show NUMBER, reply NUMBER --body TEXT, mark NUMBER handled|open, mark --reply ID opt-out --reason CODE|not-opt-out.</source>
        <translation>для inbox нужно одно из: list, show НОМЕР, reply НОМЕР --body ТЕКСТ, mark НОМЕР handled|open, mark --reply ID opt-out --reason КОД|not-opt-out.</translation>
    </message>
    <message>
        <source>No replies here.</source>
        <translation>Здесь ответов нет.</translation>
    </message>
    <message>
        <source>[decide by %1]</source>
        <translation>[решить до %1]</translation>
    </message>
    <message>
        <source>Queued; it goes out with the next send.</source>
        <translation>Поставлено в очередь; уйдёт при следующей отправке.</translation>
    </message>
    <message>
        <source>opt-out needs --reason, one of: %1.</source>
        <translation>для opt-out нужен --reason, одно из: %1.</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Отписан.</translation>
    </message>
    <message>
        <source>inbox mark --reply ID needs opt-out or not-opt-out.</source>
        <translation>для inbox mark --reply ID нужно opt-out или not-opt-out.</translation>
    </message>
    <message>
        <source>inbox mark needs a number and handled or open.</source>
        <translation>для inbox mark нужны номер и handled или open.</translation>
    </message>
    <message>
        <source>replies needs one of: import FILE, receive --from NUMBER --body TEXT, fetch.</source>
        <translation>для replies нужно одно из: import ФАЙЛ, receive --from НОМЕР --body ТЕКСТ, fetch.</translation>
    </message>
    <message>
        <source>Stopped at the reply from %1: %2 (the replies before it are stored).</source>
        <translation>Остановлено на ответе с номера %1: %2 (предыдущие ответы сохранены).</translation>
    </message>
    <message>
        <source>replies receive needs --from NUMBER and --body TEXT.</source>
        <translation>для replies receive нужны --from НОМЕР и --body ТЕКСТ.</translation>
    </message>
    <message>
        <source>--received takes a date and time such as 2026-11-23T10:15.</source>
        <translation>--received принимает дату и время, например 2026-11-23T10:15.</translation>
    </message>
    <message>
        <source>This gateway does not keep replies to fetch: Kannel brings them while the app or `send --due` runs, a file export needs `replies import FILE`.</source>
        <translation>Этот шлюз не хранит ответы для загрузки: Kannel передаёт их, пока работает приложение или `send --due`, а для выгрузки в файл нужна команда `replies import ФАЙЛ`.</translation>
    </message>
    <message>
        <source>replies receive: the sender&apos;s number; report: the first day (YYYY-MM-DD; default: 89 days before --to).</source>
        <translation>replies receive: номер отправителя; report: первый день (ГГГГ-ММ-ДД; по умолчанию: за 89 дней до --to).</translation>
    </message>
    <message>
        <source>number|date</source>
        <translation>номер|дата</translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(ies) stored, %L1 already known; numbers unsubscribed: %L2.</source>
        <extracomment>%n is how many new replies were stored, %L1 how many were known already, %L2 how many numbers were unsubscribed by them.</extracomment>
        <translation>
            <numerusform>Сохранён %n новый ответ, уже известных: %L1; отписано номеров: %L2.</numerusform>
            <numerusform>Сохранено %n новых ответа, уже известных: %L1; отписано номеров: %L2.</numerusform>
            <numerusform>Сохранено %n новых ответов, уже известных: %L1; отписано номеров: %L2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(ies) stored.</source>
        <translation>
            <numerusform>Сохранён %n новый ответ.</numerusform>
            <numerusform>Сохранено %n новых ответа.</numerusform>
            <numerusform>Сохранено %n новых ответов.</numerusform>
        </translation>
    </message>
    <message>
        <source>inbox list: also numbers whose replies are all handled; confirmations ask: everyone awaiting confirmation who was never asked.</source>
        <translation>inbox list: также номера, все ответы которых обработаны; confirmations ask: все, кто ждёт подтверждения и кого ещё ни разу не спрашивали.</translation>
    </message>
    <message>
        <source>confirmations needs one of: ask --all, ask NUMBER..., remind, list.</source>
        <translation>для confirmations нужно одно из: ask --all, ask НОМЕР..., remind, list.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; skipped.</source>
        <translation>«%1» — не номер телефона; пропущено.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked to confirm by SMS; skipped: %L1 already asked, %L2 not awaiting confirmation, %L3 unsubscribed or excluded.</source>
        <extracomment>%n people were asked to confirm; %L1 had an open request already, %L2 have nothing to confirm (or are not in the book), %L3 are unsubscribed or excluded.</extracomment>
        <translation>
            <numerusform>Просьба подтвердить согласие по SMS: %n контакт; пропущено: уже спрашивали — %L1, не ждут подтверждения — %L2, отписаны или исключены — %L3.</numerusform>
            <numerusform>Просьба подтвердить согласие по SMS: %n контакта; пропущено: уже спрашивали — %L1, не ждут подтверждения — %L2, отписаны или исключены — %L3.</numerusform>
            <numerusform>Просьба подтвердить согласие по SMS: %n контактов; пропущено: уже спрашивали — %L1, не ждут подтверждения — %L2, отписаны или исключены — %L3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requests go out with the next send.</source>
        <translation>Запросы уйдут при следующей отправке.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued; they go out with the next send.</source>
        <translation>
            <numerusform>Напоминаний в очереди: %n; они уйдут при следующей отправке.</numerusform>
            <numerusform>Напоминаний в очереди: %n; они уйдут при следующей отправке.</numerusform>
            <numerusform>Напоминаний в очереди: %n; они уйдут при следующей отправке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is awaiting confirmation.</source>
        <translation>Никто не ждёт подтверждения.</translation>
    </message>
    <message>
        <source>waiting since %1</source>
        <translation>ждёт с %1</translation>
    </message>
    <message>
        <source>[not asked yet]</source>
        <translation>[ещё не спрашивали]</translation>
    </message>
    <message>
        <source>[asked %1, reminded %2]</source>
        <translation>[спросили %1, напомнили %2]</translation>
    </message>
    <message>
        <source>[asked %1]</source>
        <translation>[спросили %1]</translation>
    </message>
</context>
<context>
    <name>ReplyDecisionBox</name>
    <message>
        <source>This is an opt-out</source>
        <translation>Это отписка</translation>
    </message>
    <message>
        <source>Not an opt-out</source>
        <translation>Не отписка</translation>
    </message>
    <message>
        <source>Reason for the opt-out</source>
        <translation>Причина отписки</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>The reason in a few words</source>
        <translation>Причина в нескольких словах</translation>
    </message>
    <message>
        <source>Unsubscribe this number now, with the reason chosen. A confirmation is sent once.</source>
        <translation>Отписать этот номер сейчас с выбранной причиной. Подтверждение отправляется один раз.</translation>
    </message>
    <message>
        <source>Keep the number subscribed; the reply stays in the conversation.</source>
        <translation>Оставить номер подписанным; ответ останется в переписке.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message numerus="yes">
        <source>This reply may mean they want no more messages. Decide within %n business day(s) of its arrival.</source>
        <translation>
            <numerusform>Возможно, этим ответом человек просит больше не присылать сообщения. Примите решение в течение %n рабочего дня после его получения.</numerusform>
            <numerusform>Возможно, этим ответом человек просит больше не присылать сообщения. Примите решение в течение %n рабочих дней после его получения.</numerusform>
            <numerusform>Возможно, этим ответом человек просит больше не присылать сообщения. Примите решение в течение %n рабочих дней после его получения.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this reply means they want no more messages, unsubscribe them here.</source>
        <translation>Если этим ответом человек просит больше не присылать сообщения, отпишите его здесь.</translation>
    </message>
    <message>
        <source>Choose why they left first: the reasons show what drives people away.</source>
        <translation>Сначала выберите, почему человек отписался: причины показывают, что отталкивает клиентов.</translation>
    </message>
    <message>
        <source>Write the reason in a few words.</source>
        <translation>Опишите причину в нескольких словах.</translation>
    </message>
    <message>
        <source>The reason in their words</source>
        <translation>Причина своими словами</translation>
    </message>
</context>
<context>
    <name>ReplyFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The first row must name the columns: the sender (from, phone, number) and the text (text, body, message). It has: %1.</source>
        <translation>В первой строке должны быть названия столбцов: отправитель (from, phone, number) и текст (text, body, message). Сейчас в ней: %1.</translation>
    </message>
    <message>
        <source>Row %1: no sender; left out.</source>
        <translation>Строка %1: нет отправителя; пропущена.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a time; the reply is taken as received now.</source>
        <translation>Строка %1: «%2» — не время; ответ считается полученным сейчас.</translation>
    </message>
    <message>
        <source>%1 The rows from there on are left out.</source>
        <translation>%1 Строки, начиная с этой, пропущены.</translation>
    </message>
</context>
<context>
    <name>ReplySettings</name>
    <message>
        <source>“%1” is not one of the message languages.</source>
        <translation>«%1» — не один из языков сообщений.</translation>
    </message>
    <message>
        <source>A keyword cannot contain a comma: “%1”.</source>
        <translation>Ключевое слово не может содержать запятую: «%1».</translation>
    </message>
    <message>
        <source>The text cannot be empty.</source>
        <translation>Текст не может быть пустым.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Текст слишком длинный: не более %Ln символа.</numerusform>
            <numerusform>Текст слишком длинный: не более %Ln символов.</numerusform>
            <numerusform>Текст слишком длинный: не более %Ln символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplySettingsBox</name>
    <message>
        <source>Replies (shared by everyone using this database)</source>
        <translation>Ответы (общие для всех, кто работает с этой базой)</translation>
    </message>
    <message>
        <source>What Textwell reads in a reply, and what it answers. The answers go to customers, so they are written in each message language.</source>
        <translation>Что Textwell распознаёт в ответе и что отвечает. Ответы получают клиенты, поэтому они написаны на каждом языке сообщений.</translation>
    </message>
    <message>
        <source>Replies &amp;in:</source>
        <translation>&amp;Язык ответов:</translation>
    </message>
    <message>
        <source>Opt-out words:</source>
        <translation>Слова для отписки:</translation>
    </message>
    <message>
        <source>Opt-in words:</source>
        <translation>Слова для подписки:</translation>
    </message>
    <message>
        <source>Help words:</source>
        <translation>Слова для справки:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Подтверждение отписки:</translation>
    </message>
    <message>
        <source>Opt-in confirmation:</source>
        <translation>Подтверждение подписки:</translation>
    </message>
    <message>
        <source>Help text:</source>
        <translation>Текст справки:</translation>
    </message>
    <message>
        <source>The message as it is sent, with the business name</source>
        <translation>Сообщение в том виде, в каком оно отправляется, с названием компании</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Вернуть стандартный</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>телефон или e-mail</translation>
    </message>
    <message>
        <source>Contact for help:</source>
        <translation>Контакт для помощи:</translation>
    </message>
    <message>
        <source>Named in the default help text.</source>
        <translation>Указывается в стандартном тексте справки.</translation>
    </message>
    <message>
        <source>Ask for the reason in the opt-out confirmation (off by default)</source>
        <translation>Спрашивать причину в подтверждении отписки (по умолчанию выключено)</translation>
    </message>
    <message numerus="yes">
        <source>The confirmation then ends with a question (shown above). A reply of one digit from 1 to %1 within %n day(s) is kept as the reason for the opt-out: %2.</source>
        <translation>
            <numerusform>Тогда подтверждение заканчивается вопросом (он показан выше). Ответ одной цифрой от 1 до %1 в течение %n дня сохраняется как причина отписки: %2.</numerusform>
            <numerusform>Тогда подтверждение заканчивается вопросом (он показан выше). Ответ одной цифрой от 1 до %1 в течение %n дней сохраняется как причина отписки: %2.</numerusform>
            <numerusform>Тогда подтверждение заканчивается вопросом (он показан выше). Ответ одной цифрой от 1 до %1 в течение %n дней сохраняется как причина отписки: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Подтверждение отписки</translation>
    </message>
    <message>
        <source>Opt-in confirmation</source>
        <translation>Подтверждение подписки</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Текст справки</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %2 · %n SMS part(s)</source>
        <translation>
            <numerusform>%1 симв. · %2 · %n часть SMS</numerusform>
            <numerusform>%1 симв. · %2 · %n части SMS</numerusform>
            <numerusform>%1 симв. · %2 · %n частей SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Join words:</source>
        <translation>Слова для новой подписки:</translation>
    </message>
    <message>
        <source>Confirmation words:</source>
        <translation>Слова для подтверждения:</translation>
    </message>
    <message>
        <source>Separate the words with commas. STOP, START, HELP, JOIN and YES always work, and the words of every language are recognised in every reply.</source>
        <translation>Разделяйте слова запятыми. STOP, START, HELP, JOIN и YES работают всегда, а слова всех языков распознаются в любом ответе.</translation>
    </message>
    <message>
        <source>Welcome after a join:</source>
        <translation>Приветствие после подписки:</translation>
    </message>
    <message>
        <source>Confirmation request:</source>
        <translation>Запрос подтверждения:</translation>
    </message>
    <message>
        <source>Confirmation reminder:</source>
        <translation>Напоминание о подтверждении:</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Confirmation request</source>
        <translation>Запрос подтверждения</translation>
    </message>
    <message>
        <source>Confirmation reminder</source>
        <translation>Напоминание о подтверждении</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>report: the last day (YYYY-MM-DD; default: today).</source>
        <translation>report: последний день (ГГГГ-ММ-ДД; по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>report dashboard: day, week or month (default: by the span).</source>
        <translation>report dashboard: day, week или month (по умолчанию: по длине периода).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <source>report takes dashboard, campaign ID, optouts or consent NUMBER.</source>
        <translation>report принимает dashboard, campaign ID, optouts или consent НОМЕР.</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD.</source>
        <translation>--to принимает дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD.</source>
        <translation>--from принимает дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from не может быть позже --to.</translation>
    </message>
    <message>
        <source>--granularity takes day, week or month.</source>
        <translation>--granularity принимает day, week или month.</translation>
    </message>
    <message>
        <source>report campaign needs the campaign&apos;s number (see campaign list).</source>
        <translation>для report campaign нужен номер рассылки (см. campaign list).</translation>
    </message>
    <message>
        <source>report consent needs a phone number.</source>
        <translation>для report consent нужен номер телефона.</translation>
    </message>
    <message>
        <source>report needs --out FILE.</source>
        <translation>для report нужен --out ФАЙЛ.</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx or pdf (or name the --out file .csv, .xlsx or .pdf).</source>
        <translation>--format принимает csv, xlsx или pdf (или укажите для файла --out расширение .csv, .xlsx или .pdf).</translation>
    </message>
    <message>
        <source>Wrote “%1” to %2.</source>
        <translation>«%1» записан в %2.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Unknown report format.</source>
        <translation>Неизвестный формат отчёта.</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>CSV (data for a spreadsheet)</source>
        <translation>CSV (данные для электронной таблицы)</translation>
    </message>
    <message>
        <source>Excel workbook with charts (XLSX)</source>
        <translation>Книга Excel с графиками (XLSX)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Выберите период, первый день которого не позже последнего.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Выберите рассылку.</translation>
    </message>
    <message>
        <source>Enter the phone number whose consent record you want.</source>
        <translation>Введите номер телефона, для которого нужна запись о согласии.</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>Неизвестный отчёт.</translation>
    </message>
    <message>
        <source>Unsubscribe report</source>
        <translation>Отчёт об отписках</translation>
    </message>
    <message>
        <source>One campaign</source>
        <translation>Одна рассылка</translation>
    </message>
    <message>
        <source>Opt-out log</source>
        <translation>Журнал отписок</translation>
    </message>
    <message>
        <source>Consent record of one person</source>
        <translation>Запись о согласии одного контакта</translation>
    </message>
    <message>
        <source>What the dashboard shows for a period: the unsubscribe rate over time, why and how people left, subscribers gained and lost, and every campaign.</source>
        <translation>То, что сводка показывает за период: доля отписок во времени, почему и как уходили, кто пришёл и кто ушёл, и все рассылки.</translation>
    </message>
    <message>
        <source>One campaign&apos;s messages sent, delivered and failed, its unsubscribe rate, the reasons given and who unsubscribed after it.</source>
        <translation>Отправленные, доставленные и неудачные сообщения одной рассылки, её доля отписок, указанные причины и кто отписался после неё.</translation>
    </message>
    <message>
        <source>Every opt-out in a period: when, which number, how it came, the reason and the campaign it followed.</source>
        <translation>Все отписки за период: когда, с какого номера, каким способом, причина и рассылка, после которой она была.</translation>
    </message>
    <message>
        <source>Everything recorded about one number&apos;s consent, with its evidence: for a person who asks what you hold about them, or to prove a consent.</source>
        <translation>Всё, что записано о согласии одного номера, с подтверждениями: для человека, который спрашивает, что вы о нём храните, или чтобы доказать согласие.</translation>
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
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Reports to keep or hand on — to a partner, an accountant, or a person who asks what you hold about them.</source>
        <translation>Отчёты, чтобы сохранить или передать — партнёру, бухгалтеру или человеку, который спрашивает, что вы о нём храните.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Пер&amp;иод:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>&amp;Рассылка:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — запущена %2</translation>
    </message>
    <message>
        <source>No campaign has started yet</source>
        <translation>Ещё ни одна рассылка не запущена</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>No campaign has started yet.</source>
        <translation>Ещё ни одна рассылка не запущена.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s phone number.</source>
        <translation>Введите номер телефона контакта.</translation>
    </message>
    <message>
        <source>unsubscribe-report</source>
        <translation>отчёт-об-отписках</translation>
    </message>
    <message>
        <source>campaign-%1</source>
        <translation>рассылка-%1</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>отписки</translation>
    </message>
    <message>
        <source>consent-record-%1</source>
        <translation>согласие-%1</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«%1» сохранён в %2.</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Запись отчёта отменена; файл не создан.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The campaigns and segments could not be read: %1</source>
        <translation>Не удалось прочитать рассылки и сегменты: %1</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Чтение рассылок…</translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Запись отчёта… %L1 из %Ln строки</numerusform>
            <numerusform>Запись отчёта… %L1 из %Ln строк</numerusform>
            <numerusform>Запись отчёта… %L1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the report… %Ln row(s)</source>
        <translation>
            <numerusform>Запись отчёта… %Ln строка</numerusform>
            <numerusform>Запись отчёта… %Ln строки</numerusform>
            <numerusform>Запись отчёта… %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>Кон&amp;такты:</translation>
    </message>
</context>
<context>
    <name>RuleCommands</name>
    <message>
        <source>rules needs one of: list, show ID, load FILE, reset ID.</source>
        <translation>rules требует одно из: list, show ID, load ФАЙЛ, reset ID.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>There is no rule pack &quot;%1&quot;; see rules list.</source>
        <translation>Набора правил «%1» нет; см. rules list.</translation>
    </message>
    <message>
        <source>The rules for %1 are now those of %2.</source>
        <translation>Правила для «%1» теперь взяты из %2.</translation>
    </message>
    <message>
        <source>The rules for %1 are the built-in ones again.</source>
        <translation>Для «%1» снова действуют встроенные правила.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) can now be sent to; %L1 now await confirmation by SMS.</source>
        <translation>
            <numerusform>Теперь можно отправлять %Ln человеку; %L1 теперь ожидают подтверждения по SMS.</numerusform>
            <numerusform>Теперь можно отправлять %Ln людям; %L1 теперь ожидают подтверждения по SMS.</numerusform>
            <numerusform>Теперь можно отправлять %Ln людям; %L1 теперь ожидают подтверждения по SMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleExplanations</name>
    <message>
        <source>Alabama</source>
        <translation>в Алабаме</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>на Аляске</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>в Аризоне</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>в Арканзасе</translation>
    </message>
    <message>
        <source>California</source>
        <translation>в Калифорнии</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>в Колорадо</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>в Коннектикуте</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>в Делавэре</translation>
    </message>
    <message>
        <source>the District of Columbia</source>
        <translation>в округе Колумбия</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>во Флориде</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>в Джорджии</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>на Гавайях</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>в Айдахо</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>в Иллинойсе</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>в Индиане</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>в Айове</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>в Канзасе</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>в Кентукки</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>в Луизиане</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>в Мэне</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>в Мэриленде</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>в Массачусетсе</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>в Мичигане</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>в Миннесоте</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>в Миссисипи</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>в Миссури</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>в Монтане</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>в Небраске</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>в Неваде</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>в Нью-Гэмпшире</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>в Нью-Джерси</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>в Нью-Мексико</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>в штате Нью-Йорк</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>в Северной Каролине</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>в Северной Дакоте</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>в Огайо</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>в Оклахоме</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>в Орегоне</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>в Пенсильвании</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>в Пуэрто-Рико</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>в штате Род-Айленд</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>в Южной Каролине</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>в Южной Дакоте</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>в Теннесси</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>в Техасе</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>в Юте</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>в Вермонте</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>в Виргинии</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>в штате Вашингтон</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>в Западной Виргинии</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>в Висконсине</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>в Вайоминге</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two names of a list: &quot;Florida, Connecticut and Maryland&quot;.</extracomment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>in %1 %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no quiet hours of its own; the quiet hours in Settings apply.</source>
        <translation>%1: своих тихих часов нет; действуют тихие часы из настроек.</translation>
    </message>
    <message>
        <source>%1: quiet hours %2; messages wait until then.</source>
        <translation>%1: тихие часы %2; сообщения ждут их окончания.</translation>
    </message>
    <message>
        <source>%1: quiet hours %2, %3; messages wait until then.</source>
        <translation>%1: тихие часы %2, %3; сообщения ждут их окончания.</translation>
    </message>
    <message>
        <source>No quiet hours of its own; the quiet hours in Settings apply.</source>
        <translation>Своих тихих часов нет; действуют тихие часы из настроек.</translation>
    </message>
    <message>
        <source>Quiet hours %1 in the recipient&apos;s local time; messages wait until then.</source>
        <translation>Тихие часы %1 по местному времени получателя; сообщения ждут их окончания.</translation>
    </message>
    <message>
        <source>Quiet hours %1 in the recipient&apos;s local time, %2; messages wait until then.</source>
        <translation>Тихие часы %1 по местному времени получателя, %2; сообщения ждут их окончания.</translation>
    </message>
    <message numerus="yes">
        <source>Consent counts only once the person confirms it from their number by replying %1; until then they are left out of campaigns. They are asked once and reminded once, %n day(s) later.</source>
        <translation>
            <numerusform>Согласие действует, только когда человек подтвердит его со своего номера ответом %1; до этого он не получает рассылки. Его просят один раз и один раз напоминают — через %n день.</numerusform>
            <numerusform>Согласие действует, только когда человек подтвердит его со своего номера ответом %1; до этого он не получает рассылки. Его просят один раз и один раз напоминают — через %n дня.</numerusform>
            <numerusform>Согласие действует, только когда человек подтвердит его со своего номера ответом %1; до этого он не получает рассылки. Его просят один раз и один раз напоминают — через %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent you record counts; no confirmation by SMS is asked for.</source>
        <translation>Действует согласие, которое вы записываете; подтверждение по SMS не запрашивается.</translation>
    </message>
    <message numerus="yes">
        <source>An opt-out is confirmed with one last message within %n minute(s); nothing else follows.</source>
        <translation>
            <numerusform>Отписка подтверждается одним последним сообщением в течение %n минуты; больше ничего не отправляется.</numerusform>
            <numerusform>Отписка подтверждается одним последним сообщением в течение %n минут; больше ничего не отправляется.</numerusform>
            <numerusform>Отписка подтверждается одним последним сообщением в течение %n минут; больше ничего не отправляется.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An opt-out asked for by phone, e-mail or in person must be entered within %n business day(s).</source>
        <translation>
            <numerusform>Отписку, полученную по телефону, по эл. почте или лично, нужно внести в течение %n рабочего дня.</numerusform>
            <numerusform>Отписку, полученную по телефону, по эл. почте или лично, нужно внести в течение %n рабочих дней.</numerusform>
            <numerusform>Отписку, полученную по телефону, по эл. почте или лично, нужно внести в течение %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>HELP is answered with your help text, at any hour.</source>
        <translation>На HELP в любое время отвечает ваш текст справки.</translation>
    </message>
    <message>
        <source>HELP is not answered automatically.</source>
        <translation>На HELP автоматический ответ не отправляется.</translation>
    </message>
    <message>
        <source>The welcome text starts with your business&apos;s name and says that message and data rates may apply.</source>
        <translation>Приветствие начинается с названия вашей компании и сообщает, что может взиматься плата за сообщения и передачу данных.</translation>
    </message>
    <message>
        <source>The welcome text starts with your business&apos;s name.</source>
        <translation>Приветствие начинается с названия вашей компании.</translation>
    </message>
    <message>
        <source>The welcome text says that message and data rates may apply.</source>
        <translation>Приветствие сообщает, что может взиматься плата за сообщения и передачу данных.</translation>
    </message>
    <message>
        <source>The welcome text goes out as you wrote it.</source>
        <translation>Приветствие отправляется так, как вы его написали.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply %2.</source>
        <extracomment>%1 is the rule pack and its law, %Ln the number of people, %2 the word they reply (JA).</extracomment>
        <translation>
            <numerusform>%1: %Ln контакт ещё не подтвердил согласие по SMS; он не получает рассылки, пока не ответит %2.</numerusform>
            <numerusform>%1: %Ln контакта ещё не подтвердили согласие по SMS; они не получают рассылки, пока не ответят %2.</numerusform>
            <numerusform>%1: %Ln контактов ещё не подтвердили согласие по SMS; они не получают рассылки, пока не ответят %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</source>
        <translation>
            <numerusform>%Ln контакт ещё не подтвердил согласие по SMS; он не получает рассылки, пока не ответит.</numerusform>
            <numerusform>%Ln контакта ещё не подтвердили согласие по SMS; они не получают рассылки, пока не ответят.</numerusform>
            <numerusform>%Ln контактов ещё не подтвердили согласие по SMS; они не получают рассылки, пока не ответят.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln people have not confirmed their consent by SMS yet; they are left out until they reply.</source>
        <extracomment>%1 lists the rule packs that ask for confirmation, with their laws.</extracomment>
        <translation>
            <numerusform>%1: %Ln контакт ещё не подтвердил согласие по SMS; он не получает рассылки, пока не ответит.</numerusform>
            <numerusform>%1: %Ln контакта ещё не подтвердили согласие по SMS; они не получают рассылки, пока не ответят.</numerusform>
            <numerusform>%1: %Ln контактов ещё не подтвердили согласие по SMS; они не получают рассылки, пока не ответят.</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>завтра %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: it is quiet hours there now; messages wait until %2 (your time, %3).</source>
        <extracomment>%1 the rule pack and its law, %2 when the messages go, %3 the business&apos;s time zone.</extracomment>
        <translation>%1: там сейчас тихие часы; сообщения ждут до %2 (по вашему времени, %3).</translation>
    </message>
</context>
<context>
    <name>RuleGroupWidget</name>
    <message>
        <source>People who match all of these</source>
        <translation>Контакты, подходящие под все условия</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Все условия</translation>
    </message>
    <message>
        <source>People who match any of these</source>
        <translation>Контакты, подходящие хотя бы под одно условие</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>Хотя бы одно условие</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Как сочетаются условия</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Удалить эту группу</translation>
    </message>
    <message>
        <source>No conditions yet: the segment is everyone in the address book. Add a condition to narrow it down.</source>
        <translation>Условий пока нет: в сегмент входят все из адресной книги. Добавьте условие, чтобы сузить выбор.</translation>
    </message>
    <message>
        <source>Add a condition to this group.</source>
        <translation>Добавьте в эту группу условие.</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Условие</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Группа</translation>
    </message>
    <message>
        <source>A group of conditions with its own “all” or “any”</source>
        <translation>Группа условий со своим выбором: «все» или «хотя бы одно»</translation>
    </message>
</context>
<context>
    <name>RulePack</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a time such as 21:00.</source>
        <translation>%1: нужно время, например 21:00.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2.</source>
        <translation>%1: нужно целое число от 0 до %2.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1: нужно true или false.</translation>
    </message>
    <message>
        <source>%1 needs at least an English text (&quot;en&quot;).</source>
        <translation>%1: нужен хотя бы текст на английском (&quot;en&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a list such as [%2].</source>
        <translation>%1: нужен список, например [%2].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not like %3.</source>
        <translation>%1: &quot;%2&quot; не похоже на %3.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 — this is not a rule pack file as Textwell writes it.</source>
        <translation>%1, строка %2: %3 — это не файл набора правил в том виде, в каком его записывает Textwell.</translation>
    </message>
    <message>
        <source>%1, line 1: a rule pack is one object in braces { }.</source>
        <translation>%1, строка 1: набор правил — это один объект в фигурных скобках { }.</translation>
    </message>
    <message>
        <source>id must be a short lower-case name such as &quot;de&quot;.</source>
        <translation>id должен быть коротким именем строчными буквами, например &quot;de&quot;.</translation>
    </message>
    <message>
        <source>quiet_hours must say from when until when, such as {&quot;from&quot;: &quot;21:00&quot;, &quot;until&quot;: &quot;08:00&quot;}.</source>
        <translation>quiet_hours: укажите, с какого и до какого времени, например {&quot;from&quot;: &quot;21:00&quot;, &quot;until&quot;: &quot;08:00&quot;}.</translation>
    </message>
</context>
<context>
    <name>RulePacks</name>
    <message>
        <source>The saved rules for %1</source>
        <translation>Сохранённые правила «%1»</translation>
    </message>
    <message>
        <source>The saved rules for %1 belong to another pack (&quot;%2&quot;).</source>
        <translation>Сохранённые правила «%1» относятся к другому набору (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 Textwell uses its built-in rules for %2 instead.</source>
        <translation>%1 Вместо них Textwell использует встроенные правила «%2».</translation>
    </message>
    <message>
        <source>There is no rule pack &quot;%1&quot; to change.</source>
        <translation>Нет набора правил &quot;%1&quot;, который можно изменить.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a rule pack.</source>
        <translation>Файл %1 слишком большой для набора правил.</translation>
    </message>
    <message>
        <source>%1 is for &quot;%2&quot;; Textwell has rules for: %3.</source>
        <translation>Файл %1 — для &quot;%2&quot;; в Textwell есть правила для: %3.</translation>
    </message>
</context>
<context>
    <name>RulePacksBox</name>
    <message>
        <source>Rules by country (shared by everyone using this database)</source>
        <translation>Правила по странам (общие для всех, кто работает с этой базой)</translation>
    </message>
    <message>
        <source>Ask for confirmation by SMS (double opt-in)</source>
        <translation>Запрашивать подтверждение согласия по SMS (double opt-in)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome text says “message and data rates may apply”</source>
        <translation>Приветствие содержит «Может взиматься плата за сообщения и передачу данных»</translation>
    </message>
    <message>
        <source>The welcome text starts with the business name</source>
        <translation>Приветствие начинается с названия компании</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Сохранить в файл…</translation>
    </message>
    <message>
        <source>Restore built-in rules</source>
        <translation>Вернуть встроенные правила</translation>
    </message>
    <message>
        <source>No messages from</source>
        <translation>Без сообщений с</translation>
    </message>
    <message>
        <source>No messages until</source>
        <translation>Без сообщений до</translation>
    </message>
    <message>
        <source>What the law of each country asks of text messages. Textwell obeys the rules of the recipient&apos;s country; change them only when your lawyer says so.</source>
        <translation>Что закон каждой страны требует от SMS. Textwell соблюдает правила страны получателя; меняйте их, только если так говорит ваш юрист.</translation>
    </message>
    <message>
        <source>Rules for:</source>
        <translation>Правила для:</translation>
    </message>
    <message>
        <source>Law:</source>
        <translation>Закон:</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Страны:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>No messages from:</source>
        <translation>Без сообщений с:</translation>
    </message>
    <message>
        <source>Reminder after:</source>
        <translation>Напоминание через:</translation>
    </message>
    <message>
        <source>List people awaiting after:</source>
        <translation>Показывать ждущих подтверждения через:</translation>
    </message>
    <message>
        <source>Load rules from a file</source>
        <translation>Загрузить правила из файла</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Наборы правил (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save rules to a file</source>
        <translation>Сохранить правила в файл</translation>
    </message>
    <message>
        <source>Rule packs (*.json)</source>
        <translation>Наборы правил (*.json)</translation>
    </message>
    <message>
        <source>Every country no other rules name</source>
        <translation>Все страны, не названные в других правилах</translation>
    </message>
    <message>
        <source>Changed: saved with the page.</source>
        <translation>Изменено: сохранится вместе со страницей.</translation>
    </message>
    <message>
        <source>Your business&apos;s own rules.</source>
        <translation>Собственные правила вашей компании.</translation>
    </message>
    <message>
        <source>The built-in rules.</source>
        <translation>Встроенные правила.</translation>
    </message>
    <message>
        <source>The rules for %1 from %2 are shown. Save the page to put them in force.</source>
        <translation>Показаны правила «%1» из файла %2. Сохраните страницу, чтобы они вступили в силу.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The rules for %1 are saved to %2.</source>
        <translation>Правила «%1» сохранены в %2.</translation>
    </message>
    <message>
        <source>The built-in rules for %1 are shown. Save the page to put them back in force.</source>
        <translation>Показаны встроенные правила «%1». Сохраните страницу, чтобы они снова вступили в силу.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Could not read the database version.</source>
        <translation>Не удалось прочитать версию базы данных.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до версии %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain entry has no name.</source>
        <translation>У записи в связке ключей нет имени.</translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>This group is empty: add a condition to it or remove it.</source>
        <translation>Группа пуста: добавьте в неё условие или удалите её.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Введите значение.</translation>
    </message>
    <message>
        <source>Enter both values.</source>
        <translation>Введите оба значения.</translation>
    </message>
    <message>
        <source>Enter at least one value.</source>
        <translation>Введите хотя бы одно значение.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <source>%1 is out of range: use a number from %2 to %3.</source>
        <translation>%1 — вне допустимых пределов: укажите число от %2 до %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» — не дата; пишите в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” cannot be compared with “%2”.</source>
        <translation>Для поля «%1» сравнение «%2» не подходит.</translation>
    </message>
    <message>
        <source>Choose a custom field.</source>
        <translation>Выберите дополнительное поле.</translation>
    </message>
    <message>
        <source>The custom field “%1” no longer exists. Choose another field or remove this condition.</source>
        <translation>Дополнительного поля «%1» больше нет. Выберите другое поле или удалите это условие.</translation>
    </message>
    <message>
        <source>The first date is after the second.</source>
        <translation>Первая дата позже второй.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Метки «%1» нет.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>The first number is greater than the second.</source>
        <translation>Первое число больше второго.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln value(s), please.</source>
        <translation>
            <numerusform>Не больше %Ln значения, пожалуйста.</numerusform>
            <numerusform>Не больше %Ln значений, пожалуйста.</numerusform>
            <numerusform>Не больше %Ln значений, пожалуйста.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A value can have at most %Ln character(s).</source>
        <translation>
            <numerusform>Значение может содержать не более %Ln символа.</numerusform>
            <numerusform>Значение может содержать не более %Ln символов.</numerusform>
            <numerusform>Значение может содержать не более %Ln символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Месяц рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Число покупок</translation>
    </message>
    <message>
        <source>Signed up (consent date)</source>
        <translation>Подписка (дата согласия)</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Источник согласия</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>ровно</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>любая из</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>все из</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>ни одной из</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>между</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>один из</translation>
    </message>
    <message>
        <source>within the last (days)</source>
        <translation>в течение последних … дней</translation>
    </message>
    <message>
        <source>not within the last (days)</source>
        <translation>не в течение последних … дней</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>начиная с</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>%1: a group is either “all” or “any”, not both.</source>
        <translation>%1: у группы может быть либо «all», либо «any», но не оба сразу.</translation>
    </message>
    <message>
        <source>%1: a group needs a list of conditions.</source>
        <translation>%1: группе нужен список условий.</translation>
    </message>
    <message>
        <source>Rule %1: each condition must be an object.</source>
        <translation>Правило %1: каждое условие должно быть JSON-объектом.</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Правило %1</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”.</source>
        <translation>%1: неизвестное поле «%2».</translation>
    </message>
    <message>
        <source>%1: unknown comparison “%2”.</source>
        <translation>%1: неизвестное сравнение «%2».</translation>
    </message>
    <message>
        <source>The rule is not valid JSON (at character %1: %2).</source>
        <translation>Правило — некорректный JSON (позиция %1: %2).</translation>
    </message>
    <message>
        <source>The rule must be a JSON object such as {&quot;all&quot;: [...]}.</source>
        <translation>Правило должно быть JSON-объектом, например {&quot;all&quot;: [...]}.</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>Этого сегмента больше нет.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Сегмента с названием «%1» нет.</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Дайте сегменту название.</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”.</source>
        <translation>Сегмент с названием «%1» уже есть.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
    <message>
        <source>Too many copies of “%1”.</source>
        <translation>Слишком много копий «%1».</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be used: %2</source>
        <comment>the segment “VIPs” cannot be used: Rule 2: …</comment>
        <translation>Сегмент «%1» нельзя использовать: %2</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>Название слишком длинное: не больше %Ln символа.</numerusform>
            <numerusform>Название слишком длинное: не больше %Ln символов.</numerusform>
            <numerusform>Название слишком длинное: не больше %Ln символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>Со&amp;хранить сегмент</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Сохранённые сегменты</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&lt;b&gt;Saved segments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сохранённые сегменты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Segment name, e.g. Regulars in Berlin</source>
        <translation>Название сегмента, например, Постоянные клиенты в Москве</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Название сегмента</translation>
    </message>
    <message>
        <source>Save the segment (%1)</source>
        <translation>Сохранить сегмент (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Получатели&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No saved segments yet.
Build the rules and save them.</source>
        <translation>Сохранённых сегментов пока нет.
Составьте правила и сохраните их.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Discard them?</source>
        <translation>Изменения в сегменте «%1» не сохранены. Отменить их?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>The rules of “%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать правила сегмента «%1»: %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”. Choose another name.</source>
        <translation>Сегмент с названием «%1» уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Сегмент «%1» сохранён.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Удалить сегмент</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? The people in it are not affected.</source>
        <translation>Удалить сегмент «%1»? Сами контакты это не затронет.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Сегмент «%1» удалён.</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Не удалось подсчитать: %1</translation>
    </message>
    <message>
        <source>Fix the rules marked in red to see the count.</source>
        <translation>Исправьте правила, отмеченные красным, чтобы увидеть количество.</translation>
    </message>
    <message>
        <source>Nobody on the line “%1”.</source>
        <translation>В строке «%1» никого нет.</translation>
    </message>
    <message>
        <source>“%1”: the first %2 of %3, by name.</source>
        <translation>«%1»: первые %2 из %3, по алфавиту.</translation>
    </message>
    <message>
        <source>“%1”: all %2, by name.</source>
        <translation>«%1»: все %2, по алфавиту.</translation>
    </message>
    <message>
        <source>The new segment is not saved. Discard it?</source>
        <translation>Новый сегмент не сохранён. Отбросить его?</translation>
    </message>
    <message>
        <source>People on the chosen line</source>
        <translation>Контакты выбранной строки</translation>
    </message>
</context>
<context>
    <name>SendingService</name>
    <message>
        <source>This computer has no keychain to keep the %1 in, so Textwell asks for it once per session.

%1:</source>
        <translation>На этом компьютере нет связки ключей, где можно хранить %1, поэтому Textwell запрашивает его один раз за сеанс.

Введите %1:</translation>
    </message>
    <message>
        <source>Sending waits until the %1 is entered.</source>
        <translation>Отправка ждёт, пока не будет введён %1.</translation>
    </message>
    <message>
        <source>%1 Enter the %2 in Settings → Sending.</source>
        <translation>%1 Введите %2 в разделе «Настройки → Отправка».</translation>
    </message>
    <message>
        <source>%1 Messages are sent, but delivery reports and replies cannot come back.</source>
        <translation>%1 Сообщения отправляются, но отчёты о доставке и ответы не могут прийти обратно.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Salon Anna</source>
        <translation>например, Салон «Анна»</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Business (shared by everyone using this database)</source>
        <translation>Компания (общие настройки для всех пользователей этой базы данных)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Название компании:</translation>
    </message>
    <message>
        <source>Default &amp;country for numbers:</source>
        <translation>Ст&amp;рана номеров по умолчанию:</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as “0171 1234567”, are read as numbers of this country.</source>
        <translation>Номера без кода страны, например «8 916 123-45-67», считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Я&amp;зык:</translation>
    </message>
    <message>
        <source>A new language takes effect when Textwell starts again.</source>
        <translation>Новый язык начнёт действовать после перезапуска Textwell.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Messages (shared by everyone using this database)</source>
        <translation>Сообщения (общие настройки для всех пользователей этой базы данных)</translation>
    </message>
    <message>
        <source>Every marketing message ends with this line, in the recipient&apos;s language. It cannot be left out.</source>
        <translation>Каждое рекламное сообщение заканчивается этой строкой на языке получателя. Убрать её нельзя.</translation>
    </message>
    <message>
        <source>Opt-out line (%1):</source>
        <translation>Строка отписки (%1):</translation>
    </message>
    <message>
        <source>Language for people without one:</source>
        <translation>Язык, если у контакта он не указан:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <source>Price per SMS part:</source>
        <translation>Цена за часть SMS:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>за</translation>
    </message>
    <message>
        <source>Marketing messages per person:</source>
        <translation>Рекламных сообщений на контакт:</translation>
    </message>
    <message>
        <source>Start the opt-out line with the business name</source>
        <translation>Начинать строку отписки с названия компании</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Офор&amp;мление:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Quiet hours follow each customer&apos;s own time; when neither their time zone nor their country is known, they follow this clock.</source>
        <translation>Тихие часы считаются по местному времени каждого клиента; если ни часовой пояс, ни страна клиента неизвестны — по этому часовому поясу.</translation>
    </message>
    <message>
        <source>Price per SMS part</source>
        <translation>Цена за часть SMS</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Код валюты</translation>
    </message>
    <message>
        <source>Marketing messages per person</source>
        <translation>Рекламных сообщений на контакт</translation>
    </message>
    <message>
        <source>Days the marketing messages are counted over</source>
        <translation>За сколько дней считаются рекламные сообщения</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy: another program or another Textwell window is writing to it. Try again in a moment, or close the other program.</source>
        <translation>База данных занята: в неё записывает другая программа или другое окно Textwell. Повторите попытку чуть позже или закройте другую программу.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that you may write to it and to its folder, or open a copy.</source>
        <translation>Файл базы данных доступен только для чтения. Проверьте, есть ли у вас право записи в этот файл и его папку, или откройте копию.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку; ничего не изменено.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Textwell database.</source>
        <translation>Файл базы данных повреждён или не является базой данных Textwell.</translation>
    </message>
    <message>
        <source>The consent history cannot be changed or deleted; it only grows.</source>
        <translation>Историю согласий нельзя изменить или удалить: она только пополняется.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
</context>
<context>
    <name>StatusRefreshJob</name>
    <message>
        <source>Updating who may be sent to…</source>
        <translation>Обновление списка тех, кому можно писать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rules by country</source>
        <translation>Правила по странам</translation>
    </message>
    <message numerus="yes">
        <source>Updating who may be sent to… %L1 of %Ln people</source>
        <translation>
            <numerusform>Обновление списка тех, кому можно писать… %L1 из %Ln контакта</numerusform>
            <numerusform>Обновление списка тех, кому можно писать… %L1 из %Ln контактов</numerusform>
            <numerusform>Обновление списка тех, кому можно писать… %L1 из %Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) may be sent to again</source>
        <translation>
            <numerusform>%n контакту снова можно писать</numerusform>
            <numerusform>%n контактам снова можно писать</numerusform>
            <numerusform>%n контактам снова можно писать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) now await confirmation</source>
        <translation>
            <numerusform>%n контакт теперь ждёт подтверждения</numerusform>
            <numerusform>%n контакта теперь ждут подтверждения</numerusform>
            <numerusform>%n контактов теперь ждут подтверждения</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the statuses was stopped (%1). Save the rules again to finish.</source>
        <translation>Обновление статусов остановлено (%1). Сохраните правила ещё раз, чтобы завершить его.</translation>
    </message>
    <message>
        <source>Rules saved. %1.</source>
        <translation>Правила сохранены. %1.</translation>
    </message>
</context>
<context>
    <name>SubscriberDetailPane</name>
    <message>
        <source>evidence: %1</source>
        <translation>подтверждение: %1</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Записать согласие…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Отписать…</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>Иск&amp;лючить…</translation>
    </message>
    <message>
        <source>&amp;Lift exclusion</source>
        <translation>Сня&amp;ть исключение</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>История согласий</translation>
    </message>
    <message>
        <source>Consent and opt-out history</source>
        <translation>История согласий и отписок</translation>
    </message>
    <message numerus="yes">
        <source>%n people selected. Use the toolbar or the right-click menu to exclude, unsubscribe or delete them together.</source>
        <translation>
            <numerusform>Выбран %n контакт. Исключить, отписать или удалить их все сразу можно через меню «Контакты» или меню правой кнопки мыши.</numerusform>
            <numerusform>Выбрано %n контакта. Исключить, отписать или удалить их все сразу можно через меню «Контакты» или меню правой кнопки мыши.</numerusform>
            <numerusform>Выбрано %n контактов. Исключить, отписать или удалить их все сразу можно через меню «Контакты» или меню правой кнопки мыши.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their details and consent history.</source>
        <translation>Выберите контакт, чтобы увидеть сведения о нём и историю согласий.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>%1: may not receive SMS</source>
        <translation>%1: SMS могут не доходить</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Город: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Метки: %1</translation>
    </message>
    <message>
        <source>Consent: %1, %2</source>
        <translation>Согласие: %1, %2</translation>
    </message>
    <message>
        <source>Consent: none recorded — this person gets no messages.</source>
        <translation>Согласие: не записано — этот контакт не получает сообщений.</translation>
    </message>
    <message>
        <source>Unsubscribed on %1.</source>
        <translation>Отписан (%1).</translation>
    </message>
    <message>
        <source>Excluded on %1: %2</source>
        <translation>Исключён (%1): %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>%1; by %2</source>
        <translation>%1; автор: %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
</context>
<context>
    <name>SubscriberDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>e.g. regular, vip</source>
        <translation>например, постоянный, vip</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>The person has given consent to receive messages</source>
        <translation>Контакт дал согласие на получение сообщений</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>SubscriberStatus</name>
    <message>
        <source>Subscribed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Отписан</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Ждёт подтверждения</translation>
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Consent given on %1 (%2)</source>
        <translation>Согласие дано: %1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Number type: %1. It may not receive SMS.</source>
        <translation>Тип номера: %1. SMS могут не доходить.</translation>
    </message>
</context>
<context>
    <name>SuppressionExport</name>
    <message>
        <source>Suppression list</source>
        <translation>Список исключений</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Unsubscribed at</source>
        <translation>Дата отписки</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Подробности причины</translation>
    </message>
    <message>
        <source>Excluded at</source>
        <translation>Дата исключения</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Excluded by</source>
        <translation>Кем исключён</translation>
    </message>
</context>
<context>
    <name>SuppressionImporter</name>
    <message>
        <source>Say where this list comes from (e.g. &quot;opt-out list of our previous SMS provider&quot;): it is kept in each number&apos;s history.</source>
        <translation>Укажите, откуда этот список (например, «список отписавшихся у прежнего SMS-провайдера»): это сохраняется в истории каждого номера.</translation>
    </message>
    <message>
        <source>Imported suppression list</source>
        <translation>Импортированный список исключений</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Импорт отменён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation>Нет номера телефона.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>SuppressionSourcePage</name>
    <message>
        <source>The numbers and where they come from</source>
        <translation>Номера и их источник</translation>
    </message>
    <message>
        <source>Every number in the list is excluded: it gets no messages, whether or not the person is in the address book. Where the list comes from is kept in each number&apos;s history.</source>
        <translation>Каждый номер из списка исключается: он не получает сообщений, есть ли человек в адресной книге или нет. Источник списка сохраняется в истории каждого номера.</translation>
    </message>
    <message>
        <source>Opt-out list from our previous SMS provider, exported 2026-11</source>
        <translation>Список отписавшихся от прежнего SMS-провайдера, выгружен 2026-11</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>As it will be stored</source>
        <translation>Как будет сохранено</translation>
    </message>
    <message>
        <source>&amp;Which column has the numbers:</source>
        <translation>&amp;Столбец с номерами:</translation>
    </message>
    <message>
        <source>Country for numbers without a &amp;country code:</source>
        <translation>Ст&amp;рана для номеров без кода страны:</translation>
    </message>
    <message>
        <source>Where the list comes &amp;from:</source>
        <translation>&amp;Откуда список:</translation>
    </message>
    <message>
        <source>The first n&amp;umbers:</source>
        <translation>Первые но&amp;мера:</translation>
    </message>
    <message>
        <source>%1 (for example %2)</source>
        <translation>%1 (например, %2)</translation>
    </message>
    <message>
        <source>Not a valid number: not imported</source>
        <translation>Недействительный номер: не импортируется</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Юникод (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Юникод (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кириллица (Windows-1251)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Западноевропейская (Windows-1252)</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Отправлено: %1</translation>
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
        <translation>Как на этом компьютере: %1</translation>
    </message>
</context>
<context>
    <name>TwilioGateway</name>
    <message>
        <source>Allow the destination country in the Twilio Console&apos;s SMS geo permissions.</source>
        <translation>Разрешите страну получателя в настройках SMS Geo Permissions в консоли Twilio.</translation>
    </message>
    <message>
        <source>Choose an SMS-capable sender in Settings.</source>
        <translation>Выберите в настройках отправителя, который может отправлять SMS.</translation>
    </message>
    <message>
        <source>A trial account can only send to verified numbers: verify the number or upgrade the account.</source>
        <translation>Пробная учётная запись может отправлять только на подтверждённые номера: подтвердите номер или перейдите на платный тариф.</translation>
    </message>
    <message>
        <source>The number cannot receive SMS; use a mobile number.</source>
        <translation>Этот номер не может принимать SMS; используйте мобильный номер.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio did not answer within %n second(s); the message may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>
            <numerusform>Twilio не ответил за %n секунду; возможно, сообщение отправлено. Перед новой попыткой это будет проверено у Twilio.</numerusform>
            <numerusform>Twilio не ответил за %n секунды; возможно, сообщение отправлено. Перед новой попыткой это будет проверено у Twilio.</numerusform>
            <numerusform>Twilio не ответил за %n секунд; возможно, сообщение отправлено. Перед новой попыткой это будет проверено у Twilio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twilio could not be reached within %n second(s); nothing was sent. Sending will be tried again.</source>
        <translation>
            <numerusform>Не удалось связаться с Twilio за %n секунду; ничего не отправлено. Отправка будет повторена.</numerusform>
            <numerusform>Не удалось связаться с Twilio за %n секунды; ничего не отправлено. Отправка будет повторена.</numerusform>
            <numerusform>Не удалось связаться с Twilio за %n секунд; ничего не отправлено. Отправка будет повторена.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio refused the connection; nothing was sent. Sending will be tried again.</source>
        <translation>Twilio отклонил соединение; ничего не отправлено. Отправка будет повторена.</translation>
    </message>
    <message>
        <source>Twilio&apos;s server was not found; check the internet connection. Nothing was sent; sending will be tried again.</source>
        <translation>Сервер Twilio не найден; проверьте подключение к интернету. Ничего не отправлено; отправка будет повторена.</translation>
    </message>
    <message>
        <source>No secure connection to Twilio (%1); nothing was sent. Check the computer&apos;s date and any proxy or firewall.</source>
        <translation>Не удалось установить защищённое соединение с Twilio (%1); ничего не отправлено. Проверьте дату на компьютере, а также прокси-сервер и брандмауэр, если они есть.</translation>
    </message>
    <message>
        <source>The connection to Twilio failed before the message went out (%1). Sending will be tried again.</source>
        <translation>Соединение с Twilio не удалось до отправки сообщения (%1). Отправка будет повторена.</translation>
    </message>
    <message>
        <source>The connection to Twilio broke after the message went out (%1); it may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>Соединение с Twilio прервалось после отправки сообщения (%1); возможно, оно отправлено. Перед новой попыткой это будет проверено у Twilio.</translation>
    </message>
    <message>
        <source>Twilio&apos;s answer (HTTP %1) could not be read; the message may have been sent. It will be checked with Twilio before any new attempt.</source>
        <translation>Не удалось прочитать ответ Twilio (HTTP %1); возможно, сообщение отправлено. Перед новой попыткой это будет проверено у Twilio.</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials. Check the Account SID and auth token in Settings.</source>
        <translation>Twilio не принял учётные данные. Проверьте Account SID и токен авторизации в настройках.</translation>
    </message>
    <message>
        <source>Twilio asked to slow down (too many requests). Sending will be tried again shortly.</source>
        <translation>Twilio просит отправлять медленнее (слишком много запросов). Отправка скоро будет повторена.</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem (%1). Sending will be tried again.</source>
        <translation>У Twilio временная проблема (%1). Отправка будет повторена.</translation>
    </message>
    <message>
        <source>Twilio refused the message (HTTP %1) without saying why. Check the Twilio settings.</source>
        <translation>Twilio отклонил сообщение (HTTP %1), не указав причину. Проверьте настройки Twilio.</translation>
    </message>
    <message>
        <source>Twilio says the number is not a valid phone number (%1). Correct or remove it in the address book.</source>
        <translation>По данным Twilio, это недействительный номер телефона (%1). Исправьте или удалите его в адресной книге.</translation>
    </message>
    <message>
        <source>The recipient replied STOP to your Twilio sender and gets no messages from it until they reply START.</source>
        <translation>Получатель ответил STOP на ваш номер отправителя в Twilio и не будет получать с него сообщения, пока не ответит START.</translation>
    </message>
    <message>
        <source>Twilio refused the message: %1 (error %2).</source>
        <translation>Twilio отклонил сообщение: %1 (ошибка %2).</translation>
    </message>
    <message>
        <source>The Twilio address answered HTTP %1 instead of Twilio&apos;s API. Check the address in Settings.</source>
        <translation>По адресу Twilio ответил не API Twilio, а что-то другое (HTTP %1). Проверьте адрес в настройках.</translation>
    </message>
    <message>
        <source>Twilio took the message but could not send it (status %1).</source>
        <translation>Twilio принял сообщение, но не смог его отправить (статус %1).</translation>
    </message>
    <message>
        <source>Twilio took the message but could not send it: %1</source>
        <translation>Twilio принял сообщение, но не смог его отправить: %1</translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID in Settings.</source>
        <translation>Введите Account SID Twilio в настройках.</translation>
    </message>
    <message>
        <source>The Account SID is &quot;AC&quot; followed by 32 characters (0-9, a-f), as shown in the Twilio Console.</source>
        <translation>Account SID — это «AC» и ещё 32 символа (0-9, a-f), как показано в консоли Twilio.</translation>
    </message>
    <message>
        <source>Enter the Twilio auth token in Settings.</source>
        <translation>Введите токен авторизации Twilio в настройках.</translation>
    </message>
    <message>
        <source>Enter a sender in Settings: a Twilio phone number, a sender ID or a Messaging Service SID.</source>
        <translation>Укажите отправителя в настройках: номер телефона Twilio, имя отправителя или SID Messaging Service.</translation>
    </message>
    <message>
        <source>The Messaging Service SID is &quot;MG&quot; followed by 32 characters (0-9, a-f).</source>
        <translation>SID Messaging Service — это «MG» и ещё 32 символа (0-9, a-f).</translation>
    </message>
    <message>
        <source>The sender must be a phone number in international format (such as +15017122661), a short code, or a sender ID of up to 11 letters, digits and spaces.</source>
        <translation>Отправителем должен быть номер телефона в международном формате (например, +15017122661), короткий номер или имя отправителя длиной до 11 символов (буквы, цифры и пробелы).</translation>
    </message>
    <message>
        <source>The Twilio address must be an https:// address.</source>
        <translation>Адрес Twilio должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The Twilio address must use https: over http the auth token would travel unencrypted.</source>
        <translation>Адрес Twilio должен использовать https: по http токен авторизации передавался бы без шифрования.</translation>
    </message>
    <message>
        <source>The status callback must be an http:// or https:// address.</source>
        <translation>Адрес для уведомлений о статусе (status callback) должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>The status callback&apos;s host name may not contain underscores: Twilio rejects them.</source>
        <translation>Имя хоста в адресе для уведомлений о статусе не должно содержать знаков подчёркивания: Twilio их не принимает.</translation>
    </message>
    <message>
        <source>The request timeout must be longer than zero.</source>
        <translation>Время ожидания запроса должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The sending rate cannot be negative.</source>
        <translation>Скорость отправки не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Twilio has no record of the message: it was not sent and can be sent again.</source>
        <translation>У Twilio нет записи об этом сообщении: оно не было отправлено, и его можно отправить снова.</translation>
    </message>
    <message>
        <source>Twilio reports the message as %1.</source>
        <translation>По данным Twilio, статус сообщения: %1.</translation>
    </message>
    <message>
        <source>Twilio reports the message as %1 (error %2).</source>
        <translation>По данным Twilio, статус сообщения: %1 (ошибка %2).</translation>
    </message>
    <message numerus="yes">
        <source>Twilio did not answer within %n second(s) when asked for replies.</source>
        <translation>
            <numerusform>Twilio не ответил на запрос ответов за %n секунду.</numerusform>
            <numerusform>Twilio не ответил на запрос ответов за %n секунды.</numerusform>
            <numerusform>Twilio не ответил на запрос ответов за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio could not be reached to fetch replies (%1).</source>
        <translation>Не удалось связаться с Twilio, чтобы загрузить ответы (%1).</translation>
    </message>
    <message>
        <source>Twilio asked to slow down (too many requests) when asked for replies.</source>
        <translation>При запросе ответов Twilio попросил снизить частоту (слишком много запросов).</translation>
    </message>
    <message>
        <source>Twilio had a temporary problem listing the replies (%1).</source>
        <translation>У Twilio временная проблема при выдаче списка ответов (%1).</translation>
    </message>
    <message>
        <source>Twilio refused to list the replies (%1).</source>
        <translation>Twilio отказался выдать список ответов (%1).</translation>
    </message>
    <message>
        <source>Twilio&apos;s list of replies could not be read (HTTP 200 without the list Twilio sends).</source>
        <translation>Не удалось прочитать список ответов от Twilio (HTTP 200 без списка, который присылает Twilio).</translation>
    </message>
    <message>
        <source>Twilio&apos;s list of replies went on at another address, which was not followed.</source>
        <translation>Список ответов Twilio продолжается по другому адресу; переход по нему не выполнялся.</translation>
    </message>
    <message numerus="yes">
        <source>Twilio lists more than %n page(s) of messages to look through for replies; none were fetched.</source>
        <translation>
            <numerusform>Чтобы найти ответы, в Twilio нужно просмотреть больше %n страницы сообщений; ничего не загружено.</numerusform>
            <numerusform>Чтобы найти ответы, в Twilio нужно просмотреть больше %n страниц сообщений; ничего не загружено.</numerusform>
            <numerusform>Чтобы найти ответы, в Twilio нужно просмотреть больше %n страниц сообщений; ничего не загружено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Unsubscribe</source>
        <translation>Отписать</translation>
    </message>
    <message>
        <source>Unsubscribe %1 from all marketing messages. Only a new consent from the person can undo this.</source>
        <translation>Отписать %1 от всех рекламных сообщений. Отменить это может только новое согласие самого человека.</translation>
    </message>
    <message>
        <source>In the person&apos;s words (optional; needed for “Other”)</source>
        <translation>Со слов человека (для «Другое» — обязательно)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Уточнение:</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>No contact card was found in this file: it has no line BEGIN:VCARD.</source>
        <translation>В этом файле не найдено ни одной карточки контакта: в нём нет строки BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Другие телефоны</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Contact card %1 is longer than 1 MB.</source>
        <translation>Карточка контакта %1 больше 1 МБ.</translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>не удалось начать создание таблицы</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s). Export to CSV instead.</source>
        <translation>
            <numerusform>Лист Excel вмещает не больше %Ln строки. Экспортируйте в CSV.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк. Экспортируйте в CSV.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк. Экспортируйте в CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>не удалось начать создание таблицы</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>График: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Таблица: %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>%1 (from)</source>
        <comment>the lower end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (от)</translation>
    </message>
    <message>
        <source>%1 (to)</source>
        <comment>the upper end of a band such as &apos;typical 0.5-2 %&apos;</comment>
        <translation>%1 (до)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and “%1” has %L2. Write the report as CSV instead.</source>
        <extracomment>%Ln is the most rows a sheet holds, %1 the table&apos;s name, %L2 how many rows it has.</extracomment>
        <translation>
            <numerusform>Лист Excel вмещает не больше %Ln строки, а в «%1» их %L2. Запишите отчёт в формате CSV.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк, а в «%1» их %L2. Запишите отчёт в формате CSV.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк, а в «%1» их %L2. Запишите отчёт в формате CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An Excel sheet holds at most %Ln row(s), and “%1” has more. Write the report as CSV instead.</source>
        <extracomment>%Ln is the most rows a sheet holds, %1 the table&apos;s name.</extracomment>
        <translation>
            <numerusform>Лист Excel вмещает не больше %Ln строки, а в «%1» их больше. Запишите отчёт в формате CSV.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк, а в «%1» их больше. Запишите отчёт в формате CSV.</numerusform>
            <numerusform>Лист Excel вмещает не больше %Ln строк, а в «%1» их больше. Запишите отчёт в формате CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SMS campaigns that respect the customer&apos;s choice.</source>
        <translation>SMS-рассылки, уважающие выбор клиента.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Открыть этот файл базы данных.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Language: en, ru or de.</source>
        <translation>Язык: en, ru или de.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Textwell</source>
        <translation>Textwell</translation>
    </message>
    <message>
        <source>Textwell cannot open its database.</source>
        <translation>Не удаётся открыть базу данных Textwell.</translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create a new, empty one there?</source>
        <translation>По пути «%1» нет базы данных. Создать там новую, пустую?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Textwell on the command line: the address book, consent, segments, campaigns and sending.</source>
        <translation>Textwell в командной строке: адресная книга, согласия, сегменты, рассылки и отправка.</translation>
    </message>
    <message>
        <source>Appearance for this run only: system, light or dark.</source>
        <translation>Оформление только для этого запуска: system, light или dark.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>Unknown appearance “%1”: use system, light or dark.</source>
        <translation>Неизвестное оформление «%1»: укажите system, light или dark.</translation>
    </message>
    <message>
        <source>The demo database cannot be opened.</source>
        <translation>Не удаётся открыть демонстрационную базу.</translation>
    </message>
    <message>
        <source>Demo database (made-up people)</source>
        <translation>Демонстрационная база (вымышленные контакты)</translation>
    </message>
</context>
<context>
    <name>textwell::CallbackServer</name>
    <message>
        <source>The secret for gateway callbacks is too short or has characters that cannot go into an address.</source>
        <translation>Секретный ключ для ответов шлюза слишком короткий или содержит символы, недопустимые в адресе.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program: choose another port for replies and delivery reports in Settings.</source>
        <translation>Порт %1 на %2 уже занят другой программой: выберите в настройках другой порт для ответов и отчётов о доставке.</translation>
    </message>
    <message>
        <source>Cannot listen for replies and delivery reports on %1, port %2: %3</source>
        <translation>Не удаётся принимать ответы и отчёты о доставке на %1, порт %2: %3</translation>
    </message>
</context>
</TS>
