// The Inbox screen as the front desk uses it, offscreen, on a real temporary database with replies
// stored through the core: the review queue with its deadline, one click to record an opt-out with
// its reason, "not an opt-out", answers queued (and refused for an unsubscribed number, with why),
// read and handled marks, inbound text kept plain, and the sidebar's counts.

#include "campaigns/outboxmessage.h"
#include "contacts/addressbook.h"
#include "contacts/phonenumbers.h"
#include "inbound/inbox.h"
#include "inbound/replyclassifier.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxformats.h"
#include "inbox/inboxpage.h"
#include "inbox/threadmodel.h"
#include "mainwindow.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace textwell;

namespace {

const QString Anna = QStringLiteral("+4917111111111");  // "Wrong number": a possible opt-out
const QString Bernd = QStringLiteral("+4917111111112"); // asks for an appointment
const QString Clara = QStringLiteral("+4917111111113"); // sent STOP: unsubscribed at once

// A Tuesday morning; the deadline of a reply received now is ten business days later.
const QDateTime Start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestInboxPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyInboxSaysWhatAppearsThere();
    void filtersListTheRightConversations();
    void reviewFilterShowsTheDeadline();
    void deadlineTurnsWarningThenRed();
    void optOutTakesOneClickWithTheReason();
    void otherReasonNeedsWords();
    void notAnOptOutKeepsTheNumberSubscribed();
    void answerIsQueuedForASubscribedNumber();
    void answerToAnUnsubscribedNumberShowsWhy();
    void openingAConversationMarksItRead();
    void markHandledTakesItOffTheOpenList();
    void inboundTextStaysPlainText();
    void sidebarShowsTheInboxWithItsCounts();

private:
    void openDatabase();
    void addPerson(const QString& phone, const QString& first);
    void receive(const QString& from, const QString& text, const QDateTime& at = Start);
    void seedReplies();
    void showPage();
    void waitIdle();
    void setFilter(Inbox::Filter filter);
    void open(const QString& phone);
    QStringList listedPhones() const;
    StoredReply storedReply(const QString& phone);
    int answersTo(const QString& phone);
    template<class T> T* child(const QString& name) const
    {
        T* found = m_page->findChild<T*>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<InboxPage> m_page;
    int m_sourceId = 0;
};

void TestInboxPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    // The words checked below mean what the test assumes.
    const ReplyClassifier classifier;
    QCOMPARE(classifier.classify(QStringLiteral("Wrong number")).kind, ReplyClassification::Kind::Review);
    QCOMPARE(classifier.classify(QStringLiteral("Wrong number")).reasonCode,
             QStringLiteral("never_signed_up"));
    QCOMPARE(classifier.classify(QStringLiteral("Can I book for Saturday at 10?")).kind,
             ReplyClassification::Kind::Other);
    QCOMPARE(classifier.classify(QStringLiteral("STOP")).kind, ReplyClassification::Kind::OptOut);
}

void TestInboxPage::init()
{
    m_clock = std::make_unique<ManualClock>(Start);
    Clock::setInstance(m_clock.get());
    openDatabase();
}

void TestInboxPage::cleanup()
{
    m_page.reset();
    m_connection.reset();
    Clock::setInstance(nullptr);
    m_clock.reset();
}

void TestInboxPage::openDatabase()
{
    auto opened = Connection::open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    BusinessSettings settings(m_connection->database());
    QVERIFY(settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    QVERIFY(settings.setValue(BusinessSettings::Key::MessageLanguage, QStringLiteral("en")));
}

void TestInboxPage::addPerson(const QString& phone, const QString& first)
{
    Subscriber s;
    s.phone = phone;
    s.firstName = first;
    s.language = QStringLiteral("en");
    AddressBook book(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    const ConsentRecord record{QStringLiteral("Paper form"), QStringLiteral("Signed at the till"), {}};
    auto added = book.add(s, record);
    QVERIFY2(added.ok(), qPrintable(added.error()));
}

void TestInboxPage::receive(const QString& from, const QString& text, const QDateTime& at)
{
    Inbox inbox(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"));
    Result<ReceivedReply> received =
        inbox.receive(IncomingReply{from, text, at, QStringLiteral("cli"), QString::number(++m_sourceId)});
    QVERIFY2(received.ok(), qPrintable(received.error()));
}

void TestInboxPage::seedReplies()
{
    addPerson(Anna, QStringLiteral("Anna"));
    addPerson(Bernd, QStringLiteral("Bernd"));
    addPerson(Clara, QStringLiteral("Clara"));
    receive(Anna, QStringLiteral("Wrong number"), Start.addSecs(-3600));
    receive(Bernd, QStringLiteral("Can I book for Saturday at 10?"), Start.addSecs(-1800));
    receive(Clara, QStringLiteral("STOP"), Start.addSecs(-600));
}

void TestInboxPage::showPage()
{
    m_page = std::make_unique<InboxPage>(m_connection.get(), nullptr);
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitIdle();
}

void TestInboxPage::waitIdle()
{
    QTRY_VERIFY(!m_page->isBusy());
}

void TestInboxPage::setFilter(Inbox::Filter filter)
{
    m_page->setFilter(filter);
    QCOMPARE(m_page->filter(), filter);
    waitIdle();
}

void TestInboxPage::open(const QString& phone)
{
    ConversationListModel* model = m_page->conversationModel();
    const int row = model->rowOf(phone);
    QVERIFY2(row >= 0, qPrintable(phone + QStringLiteral(" is not listed")));
    auto* list = child<QListView>(QStringLiteral("conversationList"));
    const QRect rect = list->visualRect(model->index(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_page->currentPhone(), phone);
    waitIdle();
    QCOMPARE(m_page->threadModel()->phone(), phone);
}

QStringList TestInboxPage::listedPhones() const
{
    QStringList phones;
    ConversationListModel* model = m_page->conversationModel();
    for (int row = 0; row < model->rowCount(); ++row)
        phones.append(model->phoneAt(row));
    return phones;
}

StoredReply TestInboxPage::storedReply(const QString& phone)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT id FROM reply WHERE phone = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(phone);
    if (!q.exec() || !q.next())
        return {};
    Result<StoredReply> r = Inbox(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"))
                                .reply(q.value(0).toLongLong());
    return r ? r.value() : StoredReply{};
}

int TestInboxPage::answersTo(const QString& phone)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM message WHERE phone = ? AND purpose = ?"));
    q.addBindValue(phone);
    q.addBindValue(OutboxPurpose::Answer);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestInboxPage::emptyInboxSaysWhatAppearsThere()
{
    showPage();
    auto* empty = child<QLabel>(QStringLiteral("inboxEmptyText"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No replies yet.")), qPrintable(empty->text()));
    QVERIFY(empty->text().contains(QStringLiteral("STOP, START and HELP are handled automatically")));
    setFilter(Inbox::Filter::Review);
    QVERIFY2(empty->text().startsWith(QStringLiteral("No replies yet.")), qPrintable(empty->text()));
    QVERIFY(child<QLabel>(QStringLiteral("noConversationText"))->isVisible());

    // With replies, an empty filter says what would appear in it.
    addPerson(Bernd, QStringLiteral("Bernd"));
    receive(Bernd, QStringLiteral("Can I book for Saturday at 10?"));
    m_page->refresh();
    waitIdle();
    QVERIFY2(empty->text().startsWith(QStringLiteral("No possible opt-outs to decide.")),
             qPrintable(empty->text()));
    // And a search that finds nothing says so.
    setFilter(Inbox::Filter::All);
    QCOMPARE(listedPhones(), QStringList{Bernd});
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("inboxSearch")), QStringLiteral("zebra"));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("“zebra”")), qPrintable(empty->text()));
}

void TestInboxPage::filtersListTheRightConversations()
{
    seedReplies();
    showPage();
    QAbstractItemModelTester tester(m_page->conversationModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Open: replies nobody handled. Clara's STOP was handled when it came.
    QCOMPARE(m_page->filter(), Inbox::Filter::Open);
    QCOMPARE(listedPhones(), (QStringList{Bernd, Anna}));
    setFilter(Inbox::Filter::All);
    QCOMPARE(listedPhones(), (QStringList{Clara, Bernd, Anna}));
    setFilter(Inbox::Filter::Review);
    QCOMPARE(listedPhones(), QStringList{Anna});

    // A name and the text on one line; the number written for people when there is no name.
    ConversationListModel* model = m_page->conversationModel();
    QCOMPARE(model->index(0).data(ConversationListModel::TitleRole).toString(), QStringLiteral("Anna"));
    QCOMPARE(model->index(0).data(ConversationListModel::LastTextRole).toString(),
             QStringLiteral("Wrong number"));
    QCOMPARE(model->index(0).data(ConversationListModel::UnreadRole).toInt(), 1);

    // Search by name, number or text.
    setFilter(Inbox::Filter::All);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("inboxSearch")), QStringLiteral("saturday"));
    QTRY_COMPARE(listedPhones(), QStringList{Bernd});
    waitIdle();

    // The counts: two unread (Clara's STOP was read when it was acted on), one to review.
    QCOMPARE(m_page->counts().unread, 2);
    QCOMPARE(m_page->counts().review, 1);
    QCOMPARE(child<QTabBar>(QStringLiteral("inboxFilter"))->tabText(1), QStringLiteral("To review (1)"));
}

void TestInboxPage::reviewFilterShowsTheDeadline()
{
    seedReplies();
    // A second possible opt-out, older: its deadline is nearer, so it comes first.
    addPerson(QStringLiteral("+4917111111114"), QStringLiteral("Dora"));
    receive(QStringLiteral("+4917111111114"), QStringLiteral("How did you get my number?"),
            Start.addDays(-2));
    showPage();
    setFilter(Inbox::Filter::Review);
    QCOMPARE(listedPhones(), (QStringList{QStringLiteral("+4917111111114"), Anna}));

    ConversationListModel* model = m_page->conversationModel();
    const QModelIndex anna = model->index(1);
    const QDateTime due = anna.data(ConversationListModel::ReviewDueRole).toDateTime();
    QCOMPARE(due, Inbox::reviewDeadline(Start.addSecs(-3600)));
    const QString deadline = anna.data(ConversationListModel::DeadlineTextRole).toString();
    QCOMPARE(deadline, InboxFormats::deadline(due, Start));
    // Received on Tuesday 1 December: ten business days later is Tuesday 15 December. (The plural
    // comes from the translation, which this test does not load.)
    QVERIFY2(deadline.startsWith(QStringLiteral("Decide by Tue 15 Dec — 10 business day")),
             qPrintable(deadline));
    QCOMPARE(anna.data(ConversationListModel::UrgencyRole).toInt(), int(InboxFormats::Urgency::Normal));

    // Choosing it opens the thread with the possible opt-out chosen and its deadline shown large.
    open(Anna);
    QCOMPARE(m_page->selectedReplyId(), storedReply(Anna).id);
    auto* decision = child<QWidget>(QStringLiteral("replyDecision"));
    QVERIFY(decision->isVisible());
    auto* deadlineLabel = child<QLabel>(QStringLiteral("replyDeadline"));
    QVERIFY(deadlineLabel->isVisible());
    QCOMPARE(deadlineLabel->text(), deadline);
    QVERIFY(child<QPushButton>(QStringLiteral("notOptOutButton"))->isVisible());
    // The thread line says what it is and until when.
    const QString meta = m_page->threadModel()->index(0).data(ThreadModel::MetaRole).toString();
    QVERIFY2(meta.contains(QStringLiteral("Possible opt-out")), qPrintable(meta));
    QVERIFY2(meta.contains(deadline), qPrintable(meta));
}

void TestInboxPage::deadlineTurnsWarningThenRed()
{
    seedReplies();
    const QDateTime due = Inbox::reviewDeadline(Start.addSecs(-3600));     // Tue 15 Dec
    m_clock->setNow(QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC)); // Thursday: 3 business days left
    showPage();
    setFilter(Inbox::Filter::Review);
    ConversationListModel* model = m_page->conversationModel();
    const QString soon = model->index(0).data(ConversationListModel::DeadlineTextRole).toString();
    QVERIFY2(soon.startsWith(QStringLiteral("Decide by Tue 15 Dec — 3 business day")), qPrintable(soon));
    QCOMPARE(model->index(0).data(ConversationListModel::UrgencyRole).toInt(),
             int(InboxFormats::Urgency::Soon));
    QVERIFY(InboxFormats::urgencyColor(InboxFormats::Urgency::Soon).isValid());

    m_clock->setNow(due.addSecs(3600));
    m_page->refresh();
    waitIdle();
    QVERIFY2(model->index(0)
                 .data(ConversationListModel::DeadlineTextRole)
                 .toString()
                 .startsWith(QStringLiteral("Overdue since Tue 15 Dec")),
             qPrintable(model->index(0).data(ConversationListModel::DeadlineTextRole).toString()));
    QCOMPARE(model->index(0).data(ConversationListModel::UrgencyRole).toInt(),
             int(InboxFormats::Urgency::Overdue));
    QCOMPARE(m_page->counts().overdue, 1);
    QCOMPARE(InboxFormats::urgencyColor(InboxFormats::Urgency::Overdue), QColor(0xc6, 0x28, 0x28));
}

void TestInboxPage::optOutTakesOneClickWithTheReason()
{
    seedReplies();
    showPage();
    setFilter(Inbox::Filter::Review);
    open(Anna);
    const qint64 replyId = storedReply(Anna).id;
    QCOMPARE(m_page->selectedReplyId(), replyId);

    // The reason the reply gives is chosen already; the person may choose another.
    auto* reason = child<QComboBox>(QStringLiteral("optOutReason"));
    QCOMPARE(reason->currentData().toInt(), int(OptOutReason::NeverSignedUp));
    QVERIFY(!child<QLineEdit>(QStringLiteral("optOutReasonText"))->isVisible());
    reason->setCurrentIndex(reason->findData(int(OptOutReason::PrivacyConcern)));
    QSignalSpy queued(m_page.get(), &InboxPage::messagesQueued);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("optOutButton")), Qt::LeftButton);
    waitIdle();

    // The number is unsubscribed, with the reason, and the reply records the decision.
    const Result<Suppression> suppression =
        AddressBook(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test")).suppression(Anna);
    QVERIFY2(suppression.ok(), qPrintable(suppression.error()));
    QVERIFY(suppression.value().optedOut());
    QCOMPARE(suppression.value().optOutReason, QStringLiteral("privacy_concern"));
    const StoredReply decided = storedReply(Anna);
    QCOMPARE(decided.action, ReplyAction::DecidedOptOut);
    QCOMPARE(decided.classification.reasonCode, QStringLiteral("privacy_concern"));
    QVERIFY(decided.decidedAt.isValid());
    QVERIFY(!decided.decidedBy.isEmpty());
    QVERIFY(decided.handled);
    QCOMPARE(queued.count(), 1); // the confirmation, for the sender to pick up

    // The review queue is empty now; the conversation stays open on the right, showing what was done.
    QCOMPARE(listedPhones(), QStringList());
    QVERIFY(child<QLabel>(QStringLiteral("inboxEmptyText"))->isVisible());
    QCOMPARE(m_page->counts().review, 0);
    QCOMPARE(m_page->currentPhone(), Anna);
    QVERIFY(!child<QWidget>(QStringLiteral("replyDecision"))->isVisible());
    const int row = m_page->threadModel()->rowOfReply(replyId);
    const QString meta = m_page->threadModel()->index(row).data(ThreadModel::MetaRole).toString();
    QVERIFY2(meta.contains(ReplyAction::label(ReplyAction::DecidedOptOut)), qPrintable(meta));
    QVERIFY2(meta.contains(OptOutReasons::label(OptOutReason::PrivacyConcern)), qPrintable(meta));
    QVERIFY2(child<QLabel>(QStringLiteral("conversationSubtitle"))
                 ->text()
                 .contains(QStringLiteral("Unsubscribed")),
             qPrintable(child<QLabel>(QStringLiteral("conversationSubtitle"))->text()));
    // The confirmation shows in the thread as sent by us.
    bool confirmation = false;
    for (int i = 0; i < m_page->threadModel()->rowCount(); ++i)
        confirmation = confirmation || m_page->threadModel()
                                           ->index(i)
                                           .data(ThreadModel::MetaRole)
                                           .toString()
                                           .contains(OutboxPurpose::label(OutboxPurpose::OptOutConfirmation));
    QVERIFY(confirmation);
    auto* banner = child<MessageBanner>(QStringLiteral("inboxBanner"));
    QVERIFY2(banner->text().contains(QStringLiteral("unsubscribed")), qPrintable(banner->text()));
}

void TestInboxPage::otherReasonNeedsWords()
{
    seedReplies();
    showPage();
    open(Bernd);
    // An ordinary reply nobody handled can be an opt-out too (no deadline, no "not an opt-out").
    QVERIFY(child<QWidget>(QStringLiteral("replyDecision"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("replyDeadline"))->isVisible());
    QVERIFY(!child<QPushButton>(QStringLiteral("notOptOutButton"))->isVisible());
    auto* reason = child<QComboBox>(QStringLiteral("optOutReason"));
    QCOMPARE(reason->currentIndex(), -1); // the reply gives none: nothing is made up

    // Without a reason, nothing is written and the box says why.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("optOutButton")), Qt::LeftButton);
    auto* error = child<QLabel>(QStringLiteral("replyDecisionError"));
    QVERIFY(error->isVisible());
    QVERIFY(m_page->isBusy() == false);

    reason->setCurrentIndex(reason->findData(int(OptOutReason::Other)));
    auto* words = child<QLineEdit>(QStringLiteral("optOutReasonText"));
    QVERIFY(words->isVisible());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("optOutButton")), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QTest::keyClicks(words, QStringLiteral("Moved abroad"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("optOutButton")), Qt::LeftButton);
    waitIdle();
    const Result<Suppression> suppression =
        AddressBook(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test"))
            .suppression(Bernd);
    QVERIFY(suppression.ok() && suppression.value().optedOut());
    QCOMPARE(suppression.value().optOutReason, QStringLiteral("other"));
    QCOMPARE(storedReply(Bernd).action, ReplyAction::DecidedOptOut);
}

void TestInboxPage::notAnOptOutKeepsTheNumberSubscribed()
{
    seedReplies();
    showPage();
    setFilter(Inbox::Filter::Review);
    open(Anna);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("notOptOutButton")), Qt::LeftButton);
    waitIdle();
    const Result<Suppression> suppression =
        AddressBook(m_connection->database(), QStringLiteral("DE"), QStringLiteral("test")).suppression(Anna);
    QVERIFY(suppression.ok() && !suppression.value().suppressed());
    const StoredReply decided = storedReply(Anna);
    QCOMPARE(decided.action, ReplyAction::DecidedNotOptOut);
    QVERIFY(decided.decidedAt.isValid());
    QCOMPARE(listedPhones(), QStringList());
    QCOMPARE(m_page->counts().review, 0);
}

void TestInboxPage::answerIsQueuedForASubscribedNumber()
{
    seedReplies();
    showPage();
    open(Bernd);
    auto* edit = child<QPlainTextEdit>(QStringLiteral("answerEdit"));
    QTest::keyClicks(edit, QStringLiteral("Yes, Saturday at 10 works. See you!"));
    QVERIFY(child<QLabel>(QStringLiteral("answerCounter"))->text().contains(QStringLiteral("35")));
    QSignalSpy queued(m_page.get(), &InboxPage::messagesQueued);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("answerSendButton")), Qt::LeftButton);
    waitIdle();

    QCOMPARE(answersTo(Bernd), 1);
    QSqlQuery q(m_connection->database());
    QVERIFY(q.exec(
        QStringLiteral("SELECT body, state, campaign_id IS NULL FROM message WHERE purpose = 'answer'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Yes, Saturday at 10 works. See you!"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("queued"));
    QVERIFY(q.value(2).toBool());
    q.finish(); // an open read would keep this connection on the old snapshot
    QCOMPARE(queued.count(), 1);
    QVERIFY(edit->toPlainText().isEmpty());
    auto* status = child<QLabel>(QStringLiteral("answerStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Queued")), qPrintable(status->text()));
    // It shows in the thread, after the question, as an answer waiting to go.
    ThreadModel* thread = m_page->threadModel();
    QCOMPARE(thread->rowCount(), 2);
    QVERIFY(!thread->index(1).data(ThreadModel::IncomingRole).toBool());
    const QString meta = thread->index(1).data(ThreadModel::MetaRole).toString();
    QVERIFY2(meta.contains(OutboxPurpose::label(OutboxPurpose::Answer)), qPrintable(meta));
    QVERIFY2(meta.contains(OutboxMessage::stateLabel(MessageState::Queued)), qPrintable(meta));
    // Answering handles the conversation.
    QVERIFY(child<QPushButton>(QStringLiteral("markHandledButton"))->isChecked());

    // Ctrl+Return sends too.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("P.S. Bring the voucher."));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    waitIdle();
    QCOMPARE(answersTo(Bernd), 2);
}

void TestInboxPage::answerToAnUnsubscribedNumberShowsWhy()
{
    seedReplies();
    showPage();
    setFilter(Inbox::Filter::All);
    open(Clara);
    QVERIFY(!child<QWidget>(QStringLiteral("replyDecision"))->isVisible()); // STOP was acted on already
    QVERIFY2(child<QLabel>(QStringLiteral("conversationSubtitle"))
                 ->text()
                 .contains(QStringLiteral("Unsubscribed")),
             qPrintable(child<QLabel>(QStringLiteral("conversationSubtitle"))->text()));
    auto* edit = child<QPlainTextEdit>(QStringLiteral("answerEdit"));
    QTest::keyClicks(edit, QStringLiteral("Sorry to see you go!"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("answerSendButton")), Qt::LeftButton);
    waitIdle();

    QCOMPARE(answersTo(Clara), 0);
    auto* status = child<QLabel>(QStringLiteral("answerStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("unsubscribed: no message goes to this number")),
             qPrintable(status->text()));
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Sorry to see you go!")); // kept, to change or copy

    // An empty answer is refused in place as well, without a request.
    edit->clear();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("answerSendButton")), Qt::LeftButton);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(status->text(), QStringLiteral("Write the answer first."));
}

void TestInboxPage::openingAConversationMarksItRead()
{
    seedReplies();
    showPage();
    QSignalSpy counts(m_page.get(), &InboxPage::countsChanged);
    QCOMPARE(m_page->counts().unread, 2);
    QCOMPARE(m_page->conversationModel()
                 ->index(m_page->conversationModel()->rowOf(Bernd))
                 .data(ConversationListModel::UnreadRole)
                 .toInt(),
             1);
    open(Bernd);
    QTRY_VERIFY(storedReply(Bernd).read);
    waitIdle();
    QCOMPARE(m_page->conversationModel()
                 ->index(m_page->conversationModel()->rowOf(Bernd))
                 .data(ConversationListModel::UnreadRole)
                 .toInt(),
             0);
    QCOMPARE(m_page->counts().unread, 1);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).value<Inbox::Counts>().unread, 1);
    // Read is not handled: it stays on the Open list.
    QVERIFY(listedPhones().contains(Bernd));
}

void TestInboxPage::markHandledTakesItOffTheOpenList()
{
    seedReplies();
    showPage();
    open(Bernd);
    auto* handled = child<QPushButton>(QStringLiteral("markHandledButton"));
    QVERIFY(!handled->isChecked());
    QTest::mouseClick(handled, Qt::LeftButton);
    waitIdle();
    QVERIFY(storedReply(Bernd).handled);
    QCOMPARE(listedPhones(), QStringList{Anna});
    QVERIFY(handled->isChecked());
    QCOMPARE(m_page->currentPhone(), Bernd); // still shown
    // Handled, nothing is left to decide about it here.
    QVERIFY(!child<QWidget>(QStringLiteral("replyDecision"))->isVisible());

    QTest::mouseClick(handled, Qt::LeftButton);
    waitIdle();
    QVERIFY(!storedReply(Bernd).handled);
    QCOMPARE(listedPhones(), (QStringList{Bernd, Anna}));
    QVERIFY(!handled->isChecked());

    // A possible opt-out stays open when its conversation is marked handled: it must be decided.
    open(Anna);
    QVERIFY(!handled->isChecked());
    QTest::mouseClick(handled, Qt::LeftButton);
    waitIdle();
    QVERIFY(!storedReply(Anna).handled);
    QVERIFY(!handled->isChecked());
    QVERIFY2(
        child<QLabel>(QStringLiteral("answerStatus"))->text().contains(QStringLiteral("possible opt-out")),
        qPrintable(child<QLabel>(QStringLiteral("answerStatus"))->text()));
    QVERIFY(listedPhones().contains(Anna));
    setFilter(Inbox::Filter::Review);
    QCOMPARE(listedPhones(), QStringList{Anna});
}

void TestInboxPage::inboundTextStaysPlainText()
{
    addPerson(Bernd, QStringLiteral("<b>Bernd</b>"));
    const QString markup = QStringLiteral("<b>bold</b> <img src=\"x\"> &amp; <a href=\"http://x\">link</a>");
    receive(Bernd, markup);
    showPage();
    ConversationListModel* model = m_page->conversationModel();
    QCOMPARE(model->index(0).data(ConversationListModel::LastTextRole).toString(), markup);
    const QString toolTip = model->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")), qPrintable(toolTip));
    QVERIFY(!toolTip.contains(QStringLiteral("<img")));
    open(Bernd);
    QCOMPARE(m_page->threadModel()->index(0).data(Qt::DisplayRole).toString(), markup);
    auto* title = child<QLabel>(QStringLiteral("conversationTitle"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), QStringLiteral("<b>Bernd</b>"));
    // The bubbles paint: a grab runs the delegates over the markup.
    QVERIFY(!m_page->grab().isNull());
}

void TestInboxPage::sidebarShowsTheInboxWithItsCounts()
{
    seedReplies();
    MainWindow window(m_connection.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    // Dashboard, Address book, Segments, Compose, Campaigns, Inbox, Reports, Compliance, Settings.
    QCOMPARE(sidebar->count(), 9);
    QCOMPARE(sidebar->item(8)->text(), QStringLiteral("Settings"));
    QTRY_VERIFY2(sidebar->item(5)->text().startsWith(QStringLiteral("Inbox (2)\n1 to review")),
                 qPrintable(sidebar->item(5)->text()));
    QVERIFY(sidebar->item(5)->toolTip().contains(QStringLiteral("1 possible opt-out")));
    // Wide enough for the counts without cutting them, and no wider than the other entries need.
    for (const QString& line : InboxFormats::sidebarTitle({99, 99, 0}).split(QLatin1Char('\n')))
        QVERIFY(sidebar->width() >= sidebar->fontMetrics().horizontalAdvance(line));
    int widestOther = 0;
    for (int row : {0, 1, 2, 3, 4, 6, 7})
        widestOther = qMax(widestOther, sidebar->fontMetrics().horizontalAdvance(sidebar->item(row)->text()));
    QVERIFY(sidebar->width() <= qMax(150, widestOther + 60));
    // Its second line has room from the start: Settings stays where it is when replies come.
    QVERIFY(sidebar->visualItemRect(sidebar->item(5)).height() >
            sidebar->visualItemRect(sidebar->item(4)).height());
    sidebar->setCurrentRow(5);
    QVERIFY(window.inbox()->isVisible());

    // Deciding there updates the entry.
    InboxPage* page = window.inbox();
    QTRY_VERIFY(!page->isBusy());
    page->setFilter(Inbox::Filter::Review);
    QTRY_VERIFY(!page->isBusy());
    page->openConversation(Anna);
    QTRY_VERIFY(!page->isBusy());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("notOptOutButton")), Qt::LeftButton);
    QTRY_COMPARE(sidebar->item(5)->text(), QStringLiteral("Inbox (1)"));
    QCOMPARE(InboxFormats::sidebarTitle({}), QStringLiteral("Inbox"));
}

QTEST_MAIN(TestInboxPage)
#include "tst_inboxpage.moc"
