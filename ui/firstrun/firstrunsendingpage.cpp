#include "firstrunsendingpage.h"

#include "firstrunassistant.h"
#include "firstrunform.h"
#include "gateways/fileexportgateway.h"
#include "storage/businesssettings.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace textwell;
using Key = BusinessSettings::Key;

FirstRunSendingPage::FirstRunSendingPage(FirstRunAssistant* wizard)
    : QWizardPage(wizard), m_wizard(wizard),
      m_file(new QRadioButton(tr("Not &yet: write them to a file"), this)),
      m_twilio(new QRadioButton(tr("T&wilio"), this)),
      m_kannel(new QRadioButton(tr("&Kannel or another HTTP gateway"), this)),
      m_fileFields(new QWidget(this)), m_twilioFields(new QWidget(this)), m_kannelFields(new QWidget(this)),
      m_exportFile(new QLineEdit(this)), m_twilioSid(new QLineEdit(this)), m_twilioToken(new QLineEdit(this)),
      m_twilioFrom(new QLineEdit(this)), m_kannelUrl(new QLineEdit(this)), m_kannelUser(new QLineEdit(this)),
      m_kannelPassword(new QLineEdit(this)), m_kannelFrom(new QLineEdit(this))
{
    setObjectName(QStringLiteral("firstRunSendingPage"));
    setTitle(tr("Sending"));
    setSubTitle(tr("How messages leave Textwell. You can change all of this later in Settings."));
    FirstRunAssistant::Choices& choices = wizard->choices();

    m_file->setObjectName(QStringLiteral("fileGatewayRadio"));
    m_twilio->setObjectName(QStringLiteral("twilioGatewayRadio"));
    m_kannel->setObjectName(QStringLiteral("kannelGatewayRadio"));
    auto* gateways = new QButtonGroup(this);
    for (QRadioButton* radio : {m_file, m_twilio, m_kannel})
        gateways->addButton(radio);

    // Every field keeps its value in the choices and shows its problem under it.
    watchField(m_exportFile, QStringLiteral("exportFileEdit"), &choices.exportFile);
    watchField(m_twilioSid, QStringLiteral("twilioSidEdit"), &choices.twilioSid);
    watchField(m_twilioToken, QStringLiteral("twilioTokenEdit"), &choices.twilioToken);
    watchField(m_twilioFrom, QStringLiteral("twilioFromEdit"), &choices.twilioFrom);
    watchField(m_kannelUrl, QStringLiteral("kannelUrlEdit"), &choices.kannelUrl);
    watchField(m_kannelUser, QStringLiteral("kannelUserEdit"), &choices.kannelUser);
    watchField(m_kannelPassword, QStringLiteral("kannelPasswordEdit"), &choices.kannelPassword);
    watchField(m_kannelFrom, QStringLiteral("kannelFromEdit"), &choices.kannelFrom);

    // Not yet: a file for the provider's bulk upload.
    auto* fileForm = new FirstRunForm;
    m_fileFields->setLayout(fileForm);
    auto* browse = new QPushButton(tr("Br&owse…"), m_fileFields);
    browse->setObjectName(QStringLiteral("browseExportFileButton"));
    connect(browse, &QPushButton::clicked, this, &FirstRunSendingPage::browse);
    m_exportFile->setText(QDir::toNativeSeparators(choices.exportFile));
    // Its label sits a level up, beside the row with the Browse button: Qt does not link them.
    m_exportFile->setAccessibleName(tr("Export file"));
    auto* fileRow = new QWidget(m_fileFields);
    auto* fileRowLayout = new QHBoxLayout(fileRow);
    fileRowLayout->setContentsMargins(0, 0, 0, 0);
    fileRowLayout->addWidget(m_exportFile, 1);
    fileRowLayout->addWidget(browse);
    fileRow->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fileForm
        ->addField(
            tr("E&xport file:"), fileRow,
            {m_problems.value(m_exportFile),
             FirstRunForm::help(tr("Messages are added to this CSV file instead of being sent: nothing "
                                   "reaches anyone until you upload it to your SMS provider."),
                                m_fileFields)})
        ->setBuddy(m_exportFile);

    // Twilio.
    auto* twilioForm = new FirstRunForm;
    m_twilioFields->setLayout(twilioForm);
    m_twilioSid->setPlaceholderText(QStringLiteral("AC…"));
    m_twilioToken->setEchoMode(QLineEdit::Password);
    m_twilioFrom->setPlaceholderText(tr("e.g. +4915112345678 or ANNASALON"));
    twilioForm->addField(tr("Account &SID:"), m_twilioSid, {m_problems.value(m_twilioSid)});
    twilioForm->addField(tr("Auth &token:"), m_twilioToken, {m_problems.value(m_twilioToken)});
    twilioForm->addField(
        tr("Sen&der:"), m_twilioFrom,
        {m_problems.value(m_twilioFrom),
         FirstRunForm::help(
             tr("The Account SID and the auth token are in the Twilio Console. The sender is one "
                "of your Twilio numbers or a sender ID. The token is kept in this computer's "
                "keychain, never in the database."),
             m_twilioFields)});

    // Kannel.
    auto* kannelForm = new FirstRunForm;
    m_kannelFields->setLayout(kannelForm);
    m_kannelUrl->setPlaceholderText(BusinessSettings::defaultValue(Key::KannelUrl));
    m_kannelPassword->setEchoMode(QLineEdit::Password);
    m_kannelFrom->setPlaceholderText(tr("optional: Kannel's own sender is used without one"));
    kannelForm->addField(tr("sendsms &address:"), m_kannelUrl, {m_problems.value(m_kannelUrl)});
    kannelForm->addField(tr("&User name:"), m_kannelUser, {m_problems.value(m_kannelUser)});
    kannelForm->addField(tr("&Password:"), m_kannelPassword, {m_problems.value(m_kannelPassword)});
    kannelForm->addField(
        tr("Sender nu&mber:"), m_kannelFrom,
        {m_problems.value(m_kannelFrom),
         FirstRunForm::help(tr("The address of Kannel's smsbox and its sendsms-user. The password is kept in "
                               "this computer's keychain, never in the database."),
                            m_kannelFields)});

    // The fields of a way of sending sit under its choice and show only while it is chosen.
    auto* layout = new QVBoxLayout(this);
    const QList<std::pair<QRadioButton*, QWidget*>> ways = {
        {m_file, m_fileFields}, {m_twilio, m_twilioFields}, {m_kannel, m_kannelFields}};
    for (const auto& [radio, fields] : ways) {
        layout->addWidget(radio);
        fields->layout()->setContentsMargins(24, 0, 0, 6);
        layout->addWidget(fields);
        connect(radio, &QRadioButton::toggled, this, &FirstRunSendingPage::chooseGateway);
    }
    layout->addStretch(1);

    // A page made anew in another language shows the problems of what was typed before.
    for (QLineEdit* edit : m_problems.keys()) {
        if (!edit->text().isEmpty())
            m_edited.insert(edit);
    }
    QRadioButton* chosen = choices.gateway == QLatin1String("twilio")   ? m_twilio
                           : choices.gateway == QLatin1String("kannel") ? m_kannel
                                                                        : m_file;
    chosen->setChecked(true);
    chooseGateway();
}

void FirstRunSendingPage::watchField(QLineEdit* edit, const QString& objectName, QString* choice)
{
    edit->setObjectName(objectName);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    edit->setText(*choice);
    auto* problem = FirstRunForm::problem(objectName + QStringLiteral("Problem"), this);
    m_problems.insert(edit, problem);
    connect(edit, &QLineEdit::textChanged, this, [this, choice](const QString& text) {
        *choice = text;
        showProblems();
        Q_EMIT completeChanged();
    });
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        m_edited.insert(edit);
        showProblems();
    });
}

void FirstRunSendingPage::chooseGateway()
{
    const QString gateway = m_twilio->isChecked()   ? QStringLiteral("twilio")
                            : m_kannel->isChecked() ? QStringLiteral("kannel")
                                                    : QStringLiteral("file");
    m_wizard->choices().gateway = gateway;
    m_fileFields->setVisible(m_file->isChecked());
    m_twilioFields->setVisible(m_twilio->isChecked());
    m_kannelFields->setVisible(m_kannel->isChecked());
    showProblems();
    Q_EMIT completeChanged();
}

void FirstRunSendingPage::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Write the messages to"), m_exportFile->text(),
                                     tr("CSV files (*.csv)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_edited.insert(m_exportFile);
        m_exportFile->setText(QDir::toNativeSeparators(path));
    }
}

QString FirstRunSendingPage::problem(QLineEdit* edit) const
{
    const QString text = edit->text().trimmed();
    if (edit == m_exportFile) {
        const QString path = QDir::fromNativeSeparators(text);
        if (const QString problem = FileExportGateway::configProblem(path); !problem.isEmpty())
            return problem;
        return BusinessSettings::valueProblem(Key::ExportFile, path);
    }
    if (edit == m_twilioSid)
        return text.isEmpty() ? tr("Type the Account SID from the Twilio Console.")
                              : BusinessSettings::valueProblem(Key::TwilioAccountSid, text);
    if (edit == m_twilioToken)
        return edit->text().isEmpty() ? tr("Type the auth token from the Twilio Console.") : QString();
    if (edit == m_twilioFrom)
        return text.isEmpty() ? tr("Type the sender: one of your Twilio numbers or a sender ID.")
                              : BusinessSettings::valueProblem(Key::TwilioFrom, text);
    if (edit == m_kannelUrl)
        return text.isEmpty() ? tr("Type the address of Kannel's sendsms service, such as %1.")
                                    .arg(BusinessSettings::defaultValue(Key::KannelUrl))
                              : BusinessSettings::valueProblem(Key::KannelUrl, text);
    if (edit == m_kannelUser)
        return text.isEmpty() ? tr("Type the user name of Kannel's sendsms-user.")
                              : BusinessSettings::valueProblem(Key::KannelUsername, text);
    if (edit == m_kannelPassword)
        return edit->text().isEmpty() ? tr("Type the password of Kannel's sendsms-user.") : QString();
    if (edit == m_kannelFrom)
        return BusinessSettings::valueProblem(Key::KannelFrom, text);
    return {};
}

QList<QLineEdit*> FirstRunSendingPage::fieldsOfChosenGateway() const
{
    if (m_twilio->isChecked())
        return {m_twilioSid, m_twilioToken, m_twilioFrom};
    if (m_kannel->isChecked())
        return {m_kannelUrl, m_kannelUser, m_kannelPassword, m_kannelFrom};
    return {m_exportFile};
}

void FirstRunSendingPage::showProblems()
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = problem(it.key());
        it.value()->setText(text);
        it.value()->setVisible(m_edited.contains(it.key()) && !text.isEmpty());
    }
}

bool FirstRunSendingPage::isComplete() const
{
    const QList<QLineEdit*> fields = fieldsOfChosenGateway();
    return std::all_of(fields.cbegin(), fields.cend(),
                       [this](QLineEdit* edit) { return problem(edit).isEmpty(); });
}
