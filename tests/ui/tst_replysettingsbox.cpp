// Settings → Replies as the owner uses it, offscreen: keyword lists and answer texts edited in
// several message languages and saved together; STOP kept whatever the list says; an empty text
// refused in place; a text restored to its default; the previews with the business name.

#include "inbound/replysettings.h"
#include "settings/settingspage.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace textwell;
using Kind = OptOutKeywords::Kind;
using Text = ReplySettings::Text;

class TestReplySettingsBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editsInSeveralLanguagesAreSavedTogether();
    void stopIsKeptWhenTakenOut();
    void anEmptyTextBlocksSaving();
    void restoreDefaultBringsTheDefaultBack();
    void previewsShowTheMessageAsSent();
    void tabGoesDownTheSection();

private:
    template<class T> T* child(const QString& name)
    {
        auto* widget = m_page->findChild<T*>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }
    void showLanguage(const QString& language);
    void retype(QLineEdit* edit, const QString& text);
    void retype(QPlainTextEdit* edit, const QString& text);
    void save();
    ReplySettings replySettings() const { return ReplySettings(m_connection->database()); }

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<SettingsPage> m_page;
};

void TestReplySettingsBox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestReplySettingsBox::init()
{
    QSettings().clear();
    auto opened = Connection::open(
        m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
        Connection::Mode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_connection = opened.takeValue();
    BusinessSettings settings(m_connection->database());
    QVERIFY(settings.setValue(BusinessSettings::Key::DefaultCountry, QStringLiteral("DE")));
    QVERIFY(settings.setValue(BusinessSettings::Key::MessageLanguage, QStringLiteral("en")));
    m_page = std::make_unique<SettingsPage>(m_connection.get());
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReplySettingsBox::cleanup()
{
    m_page.reset();
    m_connection.reset();
}

void TestReplySettingsBox::showLanguage(const QString& language)
{
    auto* combo = child<QComboBox>(QStringLiteral("replyLanguageCombo"));
    const int index = combo->findData(language);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

// QTest types ASCII only; other letters arrive as an input method would commit them.
static bool typeable(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

void TestReplySettingsBox::retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    if (typeable(text))
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

void TestReplySettingsBox::retype(QPlainTextEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    if (typeable(text))
        QTest::keyClicks(edit, text);
    else
        edit->insertPlainText(text);
}

void TestReplySettingsBox::save()
{
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
}

void TestReplySettingsBox::editsInSeveralLanguagesAreSavedTogether()
{
    auto* optOutWords = child<QLineEdit>(QStringLiteral("replyKeywords_optOut"));
    auto* optOutText = child<QPlainTextEdit>(QStringLiteral("replyText_optOut"));
    // The German list, then the Russian confirmation; then back to German: nothing lost.
    showLanguage(QStringLiteral("de"));
    QVERIFY(optOutWords->text().contains(QStringLiteral("STOPP")));
    retype(optOutWords, QStringLiteral("stopp, abmelden,  Tschüss ,,ENDE"));
    showLanguage(QStringLiteral("ru"));
    QVERIFY(!optOutWords->text().contains(QStringLiteral("ABMELDEN")));
    retype(optOutText, QStringLiteral("Вы отписаны. Вернуться: ответьте СТАРТ."));
    showLanguage(QStringLiteral("de"));
    QCOMPARE(optOutWords->text(), QStringLiteral("stopp, abmelden,  Tschüss ,,ENDE"));
    showLanguage(QStringLiteral("ru"));
    QCOMPARE(optOutText->toPlainText(), QStringLiteral("Вы отписаны. Вернуться: ответьте СТАРТ."));
    // Nothing is stored before Save.
    QCOMPARE(replySettings().text(Text::OptOutConfirmation, QStringLiteral("ru")),
             replySettings().defaultText(Text::OptOutConfirmation, QStringLiteral("ru")));

    save();
    const ReplyKeywords keywords = replySettings().keywords();
    QCOMPARE(keywords.list(Kind::OptOut, QStringLiteral("de")),
             (QStringList{QStringLiteral("STOP"), QStringLiteral("STOPP"), QStringLiteral("ABMELDEN"),
                          QStringLiteral("TSCHÜSS"), QStringLiteral("ENDE")}));
    QCOMPARE(replySettings().text(Text::OptOutConfirmation, QStringLiteral("ru")),
             QStringLiteral("Вы отписаны. Вернуться: ответьте СТАРТ."));
    // What was not touched still follows the defaults.
    QCOMPARE(keywords.list(Kind::OptOut, QStringLiteral("en")),
             ReplyKeywords::defaults().list(Kind::OptOut, QStringLiteral("en")));
    QCOMPARE(replySettings().text(Text::OptOutConfirmation, QStringLiteral("de")),
             replySettings().defaultText(Text::OptOutConfirmation, QStringLiteral("de")));
    // The form shows the lists as they are kept.
    showLanguage(QStringLiteral("de"));
    QCOMPARE(optOutWords->text(), QStringLiteral("STOP, STOPP, ABMELDEN, TSCHÜSS, ENDE"));
    QCOMPARE(child<MessageBanner>(QStringLiteral("messageBanner"))->kind(), MessageBanner::Kind::Information);
}

void TestReplySettingsBox::stopIsKeptWhenTakenOut()
{
    auto* optOutWords = child<QLineEdit>(QStringLiteral("replyKeywords_optOut"));
    auto* optInWords = child<QLineEdit>(QStringLiteral("replyKeywords_optIn"));
    showLanguage(QStringLiteral("en"));
    retype(optOutWords, QStringLiteral("UNSUBSCRIBE, CANCEL"));
    retype(optInWords, QString());
    save();
    const ReplyKeywords keywords = replySettings().keywords();
    QCOMPARE(keywords.list(Kind::OptOut, QStringLiteral("en")),
             (QStringList{QStringLiteral("STOP"), QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL")}));
    QCOMPARE(keywords.list(Kind::OptIn, QStringLiteral("en")), QStringList{QStringLiteral("START")});
    QCOMPARE(optOutWords->text(), QStringLiteral("STOP, UNSUBSCRIBE, CANCEL"));
    QCOMPARE(optInWords->text(), QStringLiteral("START"));
}

void TestReplySettingsBox::anEmptyTextBlocksSaving()
{
    auto* helpText = child<QPlainTextEdit>(QStringLiteral("replyText_help"));
    auto* problem = child<QLabel>(QStringLiteral("replyProblem_help"));
    showLanguage(QStringLiteral("de"));
    QVERIFY(problem->isHidden());
    retype(helpText, QStringLiteral("   "));
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), ReplySettings::textProblem(QString()));
    // Another change in another language, shown when Save is clicked.
    showLanguage(QStringLiteral("en"));
    QVERIFY(problem->isHidden());
    retype(child<QLineEdit>(QStringLiteral("replyKeywords_help")), QStringLiteral("INFO"));
    save();
    auto* banner = child<MessageBanner>(QStringLiteral("messageBanner"));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(ReplySettings::textProblem(QString())), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Deutsch")), qPrintable(banner->text()));
    QCOMPARE(child<QComboBox>(QStringLiteral("replyLanguageCombo"))->currentData().toString(),
             QStringLiteral("de"));
    QVERIFY(problem->isVisible());
    QVERIFY(helpText->hasFocus());
    // Nothing at all was saved.
    QCOMPARE(replySettings().keywords().list(Kind::Help, QStringLiteral("en")),
             ReplyKeywords::defaults().list(Kind::Help, QStringLiteral("en")));
    // Too long is refused the same way.
    retype(helpText, QString(ReplySettings::MaxTextLength + 1, QLatin1Char('a')));
    QCOMPARE(problem->text(),
             ReplySettings::textProblem(QString(ReplySettings::MaxTextLength + 1, QLatin1Char('a'))));
    save();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QCOMPARE(replySettings().keywords().list(Kind::Help, QStringLiteral("en")),
             ReplyKeywords::defaults().list(Kind::Help, QStringLiteral("en")));

    // Fixed: everything is saved.
    retype(helpText, QStringLiteral("Fragen? Rufen Sie uns an."));
    QVERIFY(problem->isHidden());
    save();
    QCOMPARE(banner->kind(), MessageBanner::Kind::Information);
    QCOMPARE(replySettings().text(Text::Help, QStringLiteral("de")),
             QStringLiteral("Fragen? Rufen Sie uns an."));
    QCOMPARE(replySettings().keywords().list(Kind::Help, QStringLiteral("en")),
             (QStringList{QStringLiteral("HELP"), QStringLiteral("INFO")}));
}

void TestReplySettingsBox::restoreDefaultBringsTheDefaultBack()
{
    QVERIFY(replySettings().setText(Text::OptInConfirmation, QStringLiteral("ru"),
                                    QStringLiteral("Снова с нами!")));
    m_page = std::make_unique<SettingsPage>(m_connection.get());
    m_page->show();
    auto* optInText = child<QPlainTextEdit>(QStringLiteral("replyText_optIn"));
    auto* restore = child<QPushButton>(QStringLiteral("replyRestore_optIn"));
    showLanguage(QStringLiteral("ru"));
    QCOMPARE(optInText->toPlainText(), QStringLiteral("Снова с нами!"));
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    const QString byDefault = replySettings().defaultText(Text::OptInConfirmation, QStringLiteral("ru"));
    QCOMPARE(optInText->toPlainText(), byDefault);
    QVERIFY(!restore->isEnabled());
    save();
    QCOMPARE(replySettings().text(Text::OptInConfirmation, QStringLiteral("ru")), byDefault);

    // The default help text names the contact typed, before it is saved.
    auto* contact = child<QLineEdit>(QStringLiteral("replyContactEdit"));
    auto* helpText = child<QPlainTextEdit>(QStringLiteral("replyText_help"));
    showLanguage(QStringLiteral("en"));
    retype(contact, QStringLiteral("030 1234567"));
    QMetaObject::invokeMethod(contact, "editingFinished");
    QVERIFY2(helpText->toPlainText().contains(QStringLiteral("030 1234567")),
             qPrintable(helpText->toPlainText()));
    QCOMPARE(replySettings().contact(), QString()); // not saved yet
    // A help text of the owner's own is left alone, and restored with the contact.
    showLanguage(QStringLiteral("de"));
    QVERIFY(helpText->toPlainText().contains(QStringLiteral("030 1234567")));
    retype(helpText, QStringLiteral("Hilfe gibt es im Salon."));
    retype(contact, QStringLiteral("info@salon.example"));
    QMetaObject::invokeMethod(contact, "editingFinished");
    QCOMPARE(helpText->toPlainText(), QStringLiteral("Hilfe gibt es im Salon."));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("replyRestore_help")), Qt::LeftButton);
    QVERIFY2(helpText->toPlainText().contains(QStringLiteral("info@salon.example")),
             qPrintable(helpText->toPlainText()));
    save();
    QCOMPARE(replySettings().contact(), QStringLiteral("info@salon.example"));
    QCOMPARE(replySettings().text(Text::Help, QStringLiteral("en")),
             replySettings().defaultText(Text::Help, QStringLiteral("en")));
    QVERIFY(replySettings()
                .text(Text::Help, QStringLiteral("de"))
                .contains(QStringLiteral("info@salon.example")));
}

void TestReplySettingsBox::previewsShowTheMessageAsSent()
{
    auto* preview = child<QLabel>(QStringLiteral("replyPreview_optOut"));
    auto* counter = child<QLabel>(QStringLiteral("replyCounter_optOut"));
    showLanguage(QStringLiteral("en"));
    const QString body = replySettings().defaultText(Text::OptOutConfirmation, QStringLiteral("en"));
    QCOMPARE(preview->text(), body);
    retype(child<QLineEdit>(QStringLiteral("businessNameEdit")), QStringLiteral("Salon Anna"));
    QCOMPARE(preview->text(), QStringLiteral("Salon Anna: ") + body);
    QVERIFY2(counter->text().contains(QString::number(preview->text().size())), qPrintable(counter->text()));
    QVERIFY(counter->text().contains(QStringLiteral("GSM-7")));

    // Asking for the reason adds the question; saved, the answer is what the preview showed.
    auto* asksReason = child<QCheckBox>(QStringLiteral("replyAskReasonCheck"));
    QVERIFY(!asksReason->isChecked());
    asksReason->click();
    const QString question = replySettings().text(Text::ReasonQuestion, QStringLiteral("en"));
    QCOMPARE(preview->text(), QStringLiteral("Salon Anna: ") + body + QLatin1Char(' ') + question);
    save();
    QVERIFY(replySettings().asksReason());
    QCOMPARE(replySettings().answer(Text::OptOutConfirmation, QStringLiteral("en")), preview->text());

    showLanguage(QStringLiteral("ru"));
    QVERIFY(preview->text().startsWith(QStringLiteral("Salon Anna: Вы отписаны")));
    QVERIFY(counter->text().contains(QStringLiteral("UCS-2")));
    QCOMPARE(preview->text(), replySettings().answer(Text::OptOutConfirmation, QStringLiteral("ru")));
}

void TestReplySettingsBox::tabGoesDownTheSection()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    // Replies comes after Sending, goes down the section, and on to This computer and Save.
    auto* language = child<QComboBox>(QStringLiteral("replyLanguageCombo"));
    language->setFocus(Qt::TabFocusReason);
    QTest::keyClick(language, Qt::Key_Backtab);
    QVERIFY(child<QWidget>(QStringLiteral("gatewaySettings"))->isAncestorOf(QApplication::focusWidget()));
    language->setFocus(Qt::TabFocusReason);
    QStringList visited{language->objectName()};
    for (int i = 0; i < 14; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    // The Restore default buttons are skipped while their texts are the defaults; after Replies come
    // the rules by country.
    QCOMPARE(
        visited,
        (QStringList{QStringLiteral("replyLanguageCombo"), QStringLiteral("replyKeywords_optOut"),
                     QStringLiteral("replyKeywords_optIn"), QStringLiteral("replyKeywords_help"),
                     QStringLiteral("replyKeywords_join"), QStringLiteral("replyKeywords_confirm"),
                     QStringLiteral("replyText_optOut"), QStringLiteral("replyText_optIn"),
                     QStringLiteral("replyText_help"), QStringLiteral("replyText_welcome"),
                     QStringLiteral("replyText_confirmationRequest"),
                     QStringLiteral("replyText_confirmationReminder"), QStringLiteral("replyContactEdit"),
                     QStringLiteral("replyAskReasonCheck"), QStringLiteral("rulePackCombo")}));
    retype(child<QPlainTextEdit>(QStringLiteral("replyText_optIn")), QStringLiteral("Welcome back."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("replyRestore_optIn"));
}

QTEST_MAIN(TestReplySettingsBox)
#include "tst_replysettingsbox.moc"
