// The segment editor and the composer as a user drives them, offscreen: build a rule and see the
// count change; type a curly quote, see Unicode and a second part, replace it, see GSM-7 back; the
// opt-out line is always there and cannot be edited.

#include "composer/composerpage.h"
#include "contacts/addressbook.h"
#include "mainwindow.h"
#include "relaxedrulepacks.h"
#include "segments/breakdownview.h"
#include "segments/rulegroupwidget.h"
#include "segments/segmentspage.h"
#include "segments/segmentstore.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/messageboxes.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace textwell;

class TestSegmentsAndComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ruleChangesTheCount();
    void problemIsShownAtTheCondition();
    void savesAndReopensASegment();
    void curlyQuoteForcesUnicodeUntilReplaced();
    void optOutLineIsAlwaysThereAndNotEditable();
    void previewStepsThroughRealRecipients();
    void draftSurvivesARestart();
    void awaitingConfirmationIsExplained();

private:
    void showScreen(int row);
    void addPerson(const QString& phone, const QString& first, const QString& city, bool consent,
                   const QString& language = QStringLiteral("en"));
    QString countText(const QString& code) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void TestSegmentsAndComposer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The composer keeps its draft per desk: start each run without one.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestSegmentsAndComposer::addPerson(const QString& phone, const QString& first, const QString& city,
                                        bool consent, const QString& language)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = first;
    s.city = city;
    s.language = language;
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    const ConsentRecord record{QStringLiteral("Paper form"), QStringLiteral("Signed at the till"), {}};
    auto added = book.add(s, consent ? std::optional<ConsentRecord>(record) : std::nullopt);
    QVERIFY2(added.ok(), qPrintable(added.error()));
}

void TestSegmentsAndComposer::init()
{
    QSettings().clear();
    auto opened = Connection::open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    // The rule packs are the subject of one test only; the others count German consents at any hour.
    if (QLatin1String(QTest::currentTestFunction()) != QLatin1String("awaitingConfirmationIsExplained"))
        QVERIFY(relaxRulePacks(m_connection->database()));
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::MessageLanguage, QStringLiteral("en")));
    addPerson(QStringLiteral("+4917111111111"), QStringLiteral("Anna"), QStringLiteral("Berlin"), true);
    addPerson(QStringLiteral("+4917111111112"), QStringLiteral("Bernd"), QStringLiteral("Berlin"), true,
              QStringLiteral("de"));
    addPerson(QStringLiteral("+4917111111113"), QStringLiteral("Clara"), QStringLiteral("Berlin"), false);
    addPerson(QStringLiteral("+4917111111114"), QStringLiteral("Dmitri"), QStringLiteral("Hamburg"), true,
              QStringLiteral("ru"));
    addPerson(QStringLiteral("+4917111111115"), QStringLiteral("Eva"), QStringLiteral("Hamburg"), true);
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    QVERIFY(book.unsubscribe(QStringLiteral("+4917111111112"), OptOutReason::TooFrequent, QString()).ok());
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSegmentsAndComposer::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

// Rows: 0 Dashboard, 1 Address book, 2 Segments, 3 Compose.
void TestSegmentsAndComposer::showScreen(int row)
{
    m_window->findChild<QListWidget*>(QStringLiteral("sidebar"))->setCurrentRow(row);
}

QString TestSegmentsAndComposer::countText(const QString& code) const
{
    auto* label = m_window->segments()->breakdownView()->findChild<QLabel*>(QStringLiteral("count_") + code);
    return label ? label->text() : QStringLiteral("(no label)");
}

void TestSegmentsAndComposer::ruleChangesTheCount()
{
    showScreen(2);
    // With no conditions the segment is everyone: 4 with consent, 1 of them unsubscribed.
    QTRY_COMPARE(countText(QStringLiteral("matching")), QStringLiteral("5"));
    QCOMPARE(countText(QStringLiteral("unsubscribed")), QStringLiteral("1"));
    QCOMPARE(countText(QStringLiteral("no_consent")), QStringLiteral("1"));
    QCOMPARE(countText(QStringLiteral("will_receive")), QStringLiteral("3"));

    SegmentsPage* page = m_window->segments();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addConditionButton")), Qt::LeftButton);
    auto* row = page->ruleEditor()->findChild<QWidget*>(QStringLiteral("conditionRow"));
    QVERIFY(row);
    auto* field = row->findChild<QComboBox*>(QStringLiteral("fieldCombo"));
    field->setCurrentIndex(field->findData(static_cast<int>(SegmentField::City)));
    auto* value = row->findChild<QLineEdit*>();
    QVERIFY(value);
    QTest::keyClicks(value, QStringLiteral("Berlin"));
    QTRY_COMPARE(countText(QStringLiteral("matching")), QStringLiteral("3"));
    QCOMPARE(countText(QStringLiteral("unsubscribed")), QStringLiteral("1"));
    QCOMPARE(countText(QStringLiteral("no_consent")), QStringLiteral("1"));
    QCOMPARE(countText(QStringLiteral("will_receive")), QStringLiteral("1"));

    // Clicking a line shows its people.
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("segmentPreview"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("breakdown_no_consent")), Qt::LeftButton);
    QTRY_VERIFY(table->rowCount() == 1 && table->item(0, 0)->text() == QStringLiteral("Clara"));
}

void TestSegmentsAndComposer::problemIsShownAtTheCondition()
{
    showScreen(2);
    SegmentsPage* page = m_window->segments();
    page->ruleEditor()->addCondition(
        {SegmentField::Tags, {}, SegmentOperator::HasAny, {QStringLiteral("nosuchtag")}});
    Q_EMIT page->ruleEditor()->changed();
    auto* problem = page->ruleEditor()->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("nosuchtag")), qPrintable(problem->text()));
    QCOMPARE(countText(QStringLiteral("will_receive")), QStringLiteral("–"));
}

void TestSegmentsAndComposer::savesAndReopensASegment()
{
    showScreen(2);
    SegmentsPage* page = m_window->segments();
    page->ruleEditor()->addCondition(
        {SegmentField::City, {}, SegmentOperator::Is, {QStringLiteral("Hamburg")}});
    page->findChild<QLineEdit*>(QStringLiteral("segmentNameEdit"))->setText(QStringLiteral("Hamburg"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveSegmentButton")), Qt::LeftButton);
    Result<SavedSegment> saved = SegmentStore(m_connection->database()).find(QStringLiteral("hamburg"));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved.value().rule().value(), page->ruleEditor()->rule());

    // The composer offers it, and counts it.
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    auto* combo = composer->findChild<QComboBox*>(QStringLiteral("segmentCombo"));
    QTRY_VERIFY(combo->findText(QStringLiteral("Hamburg")) >= 0);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Hamburg")));
    auto* willReceive = composer->findChild<QLabel*>(QStringLiteral("count_will_receive"));
    QTRY_COMPARE(willReceive->text(), QStringLiteral("2"));
}

void TestSegmentsAndComposer::curlyQuoteForcesUnicodeUntilReplaced()
{
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    auto* counter = composer->findChild<QLabel*>(QStringLiteral("counterTypical"));
    QPlainTextEdit* edit = composer->editor();
    // 100 characters and the 22 of "\nReply STOP to opt out": one GSM-7 part.
    QTest::keyClicks(edit, QString(100, QLatin1Char('a')));
    QTRY_VERIFY2(counter->text().contains(QStringLiteral("GSM-7")), qPrintable(counter->text()));
    QVERIFY2(counter->text().contains(QStringLiteral("122 characters")), qPrintable(counter->text()));
    QVERIFY2(counter->text().contains(QStringLiteral(" 1 SMS")), qPrintable(counter->text()));

    edit->insertPlainText(QStringLiteral("“")); // as a word processor's paste brings it
    QTRY_VERIFY2(counter->text().contains(QStringLiteral("UCS-2")), qPrintable(counter->text()));
    QVERIFY2(counter->text().contains(QStringLiteral(" 2 SMS")), qPrintable(counter->text()));
    auto* replace = composer->findChild<QPushButton*>(QStringLiteral("replaceLookalikesButton"));
    QVERIFY(replace->isVisible());
    auto* note = composer->findChild<QLabel*>(QStringLiteral("unicodeNote"));
    QVERIFY2(note->text().contains(QStringLiteral("“")), qPrintable(note->text()));

    QTest::mouseClick(replace, Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), QString(100, QLatin1Char('a')) + QLatin1Char('"'));
    QVERIFY2(counter->text().contains(QStringLiteral("GSM-7")), qPrintable(counter->text()));
    QVERIFY2(counter->text().contains(QStringLiteral(" 1 SMS")), qPrintable(counter->text()));
    QVERIFY(!replace->isVisible());

    // One undo brings the original character back.
    edit->undo();
    QCOMPARE(edit->toPlainText(), QString(100, QLatin1Char('a')) + QStringLiteral("“"));
}

void TestSegmentsAndComposer::optOutLineIsAlwaysThereAndNotEditable()
{
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    QPlainTextEdit* edit = composer->editor();
    QTest::keyClicks(edit, QStringLiteral("Summer sale!"));
    auto* line = composer->findChild<QLabel*>(QStringLiteral("optOutLine"));
    QVERIFY(line);
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Reply STOP to opt out"));
    QVERIFY(!(line->textInteractionFlags() & Qt::TextEditable));
    QVERIFY(!edit->toPlainText().contains(QStringLiteral("STOP")));
    // Selecting everything and deleting removes the text, never the line.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QCOMPARE(edit->toPlainText(), QString());
    QVERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Reply STOP to opt out"));
    // The preview shows the whole message as sent, line included.
    auto* bubble = composer->findChild<QLabel*>(QStringLiteral("previewBubble"));
    QTest::keyClicks(edit, QStringLiteral("Hi {first_name|there}"));
    // The first recipient by name, Anna, reads English.
    QTRY_COMPARE(bubble->text(), QStringLiteral("Hi Anna\nReply STOP to opt out"));
}

void TestSegmentsAndComposer::previewStepsThroughRealRecipients()
{
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    QTest::keyClicks(composer->editor(), QStringLiteral("Hi {first_name|there}"));
    auto* bubble = composer->findChild<QLabel*>(QStringLiteral("previewBubble"));
    auto* caption = composer->findChild<QLabel*>(QStringLiteral("previewCaption"));
    // Will receive, by name: Anna (en), Dmitri (ru), Eva (en).
    QTRY_COMPARE(bubble->text(), QStringLiteral("Hi Anna\nReply STOP to opt out"));
    QVERIFY2(caption->text().startsWith(QStringLiteral("1 of 3")), qPrintable(caption->text()));
    auto* next = composer->findChild<QToolButton*>(QStringLiteral("nextRecipientButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(bubble->text(), QStringLiteral("Hi Dmitri\nОтписаться: ответьте СТОП"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(bubble->text(), QStringLiteral("Hi Eva\nReply STOP to opt out"));
    QVERIFY(!next->isEnabled());
}

void TestSegmentsAndComposer::draftSurvivesARestart()
{
    const QString draft = QStringLiteral("Half-written: {first_name|friend}, our new");
    QTest::keyClicks(m_window->composer()->editor(), draft);
    QTRY_COMPARE(QSettings().value(QStringLiteral("composer/draft")).toString(), draft);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    QCOMPARE(m_window->composer()->editor()->toPlainText(), draft);
}

void TestSegmentsAndComposer::awaitingConfirmationIsExplained()
{
    // 12:00 in Berlin and Paris; the business keeps Berlin's time.
    ManualClock clock(QDateTime(QDate(2026, 6, 10), QTime(10, 0), Qt::UTC));
    Clock::setInstance(&clock);
    auto restoreClock = qScopeGuard([] { Clock::setInstance(nullptr); });
    QVERIFY(BusinessSettings(m_connection->database())
                .setValue(BusinessSettings::Key::TimeZone, QStringLiteral("Europe/Berlin")));

    // Everyone with consent is German and has not confirmed it by SMS: Germany's pack leaves all
    // three out, and the composer says which pack, why and what to do.
    showScreen(3);
    ComposerPage* composer = m_window->composer();
    auto* line = composer->findChild<QPushButton*>(QStringLiteral("breakdown_awaiting_confirmation"));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("− Awaiting confirmation by SMS"));
    auto* count = composer->findChild<QLabel*>(QStringLiteral("count_awaiting_confirmation"));
    QTRY_COMPARE(count->text(), QStringLiteral("3"));
    QCOMPARE(composer->findChild<QLabel*>(QStringLiteral("count_will_receive"))->text(), QStringLiteral("0"));
    auto* explanation = composer->findChild<QLabel*>(QStringLiteral("breakdownExplanation"));
    QTRY_VERIFY(explanation->isVisible());
    QCOMPARE(
        explanation->text(),
        QStringLiteral("Germany (UWG § 7, GDPR): 3 people have not confirmed their consent by SMS yet; they "
                       "are left out until they reply JA. Ask them to confirm in Compliance."));
    // No one would receive it: the Send button says why before it is pressed.
    const QString why = composer->sendButton()->toolTip();
    QVERIFY2(
        why.startsWith(QStringLiteral("No one in “Everyone in the address book” can receive this message "
                                      "now; all 5 who match are left out (")),
        qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Awaiting confirmation by SMS: 3")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("until they reply JA")), qPrintable(why));

    // A French subscriber needs no confirmation: one will receive, and at 12:00 nothing is held.
    addPerson(QStringLiteral("+33612345678"), QStringLiteral("Fleur"), QStringLiteral("Paris"), true,
              QStringLiteral("fr"));
    composer->reload();
    QTRY_COMPARE(composer->findChild<QLabel*>(QStringLiteral("count_will_receive"))->text(),
                 QStringLiteral("1"));
    QTRY_COMPARE(
        explanation->text(),
        QStringLiteral("Germany (UWG § 7, GDPR): 3 people have not confirmed their consent by SMS yet; "
                       "they are left out until they reply JA. Ask them to confirm in Compliance."));
    QVERIFY(!composer->sendButton()->toolTip().startsWith(QStringLiteral("No one")));

    // At 22:30 in Paris (20:30 UTC) her message would wait until 08:00 there, 08:00 in Berlin too.
    clock.setNow(QDateTime(QDate(2026, 6, 10), QTime(20, 30), Qt::UTC));
    composer->reload();
    QTRY_VERIFY(explanation->text().contains(QLatin1Char('\n')));
    QCOMPARE(explanation->text().section(QLatin1Char('\n'), 1),
             QStringLiteral(
                 "European Union (GDPR, ePrivacy Directive): it is quiet hours there now; messages wait "
                 "until tomorrow 08:00 (your time, Europe/Berlin)."));
}

QTEST_MAIN(TestSegmentsAndComposer)
#include "tst_segmentsandcomposer.moc"
