#include "gatewaysettingsbox.h"

#include "contacts/phonenumbers.h"
#include "gateways/callbackserver.h"
#include "gateways/gatewayfactory.h"
#include "gateways/kannelgateway.h"
#include "gateways/keychainsecretstore.h"
#include "messages/smsencoding.h"
#include "storage/connection.h"
#include "util/clock.h"
#include "widgets/semanticcolors.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace textwell;
using Key = BusinessSettings::Key;

namespace {

QLineEdit* secretEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

GatewaySettingsBox::GatewaySettingsBox(Connection* connection, QWidget* parent)
    : QGroupBox(tr("Sending (shared by everyone using this database)"), parent), m_connection(connection),
      m_gateway(new QComboBox(this)), m_pages(new QWidget(this)), m_exportFile(new QLineEdit(this)),
      m_twilioSid(new QLineEdit(this)), m_twilioToken(secretEdit(this)), m_twilioFrom(new QLineEdit(this)),
      m_twilioService(new QLineEdit(this)), m_kannelUrl(new QLineEdit(this)),
      m_kannelUser(new QLineEdit(this)), m_kannelPassword(secretEdit(this)),
      m_kannelFrom(new QLineEdit(this)), m_callbackAddress(new QLineEdit(this)),
      m_callbackPort(new QSpinBox(this)), m_rate(new QDoubleSpinBox(this)), m_quietFrom(new QTimeEdit(this)),
      m_quietTo(new QTimeEdit(this)), m_testNumber(new QLineEdit(this)),
      m_testButton(new QPushButton(tr("Send &test message"), this)), m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("gatewaySettings"));
    m_gateway->setObjectName(QStringLiteral("gatewayCombo"));
    m_gateway->addItem(tr("Export to a file for my provider's bulk upload"), QStringLiteral("file"));
    m_gateway->addItem(tr("Twilio"), QStringLiteral("twilio"));
    m_gateway->addItem(tr("Kannel or another HTTP gateway"), QStringLiteral("kannel"));

    // Export to a file.
    auto* filePage = new QWidget(m_pages);
    auto* fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(tr("&Browse…"), filePage);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_exportFile, 1);
    fileRow->addWidget(browse);
    m_exportFile->setObjectName(QStringLiteral("exportFileEdit"));
    auto* fileLabel = new QLabel(tr("E&xport file:"), filePage);
    fileLabel->setBuddy(m_exportFile);
    fileForm->addRow(fileLabel, fileRow);
    QWidget::setTabOrder(m_exportFile, browse); // made first, but it sits beside the field
    auto* fileHelp =
        new QLabel(tr("Messages are added to this CSV file (number, text, parts) instead of being "
                      "sent; upload it to your SMS provider."),
                   filePage);
    fileHelp->setWordWrap(true);
    SemanticColors::setTextTone(fileHelp, SemanticColors::Tone::Muted);
    fileForm->addRow(fileHelp);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export messages to"), m_exportFile->text(),
                                         tr("CSV files (*.csv)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_exportFile->setText(QDir::toNativeSeparators(path));
    });

    // Twilio.
    auto* twilioPage = new QWidget(m_pages);
    auto* twilioForm = new QFormLayout(twilioPage);
    twilioForm->setContentsMargins(0, 0, 0, 0);
    m_twilioSid->setObjectName(QStringLiteral("twilioSidEdit"));
    m_twilioSid->setPlaceholderText(QStringLiteral("AC…"));
    m_twilioToken->setObjectName(QStringLiteral("twilioTokenEdit"));
    m_twilioFrom->setPlaceholderText(tr("e.g. +4915112345678 or ANNASALON"));
    m_twilioService->setPlaceholderText(tr("MG… (instead of a sender number)"));
    twilioForm->addRow(tr("&Account SID:"), m_twilioSid);
    twilioForm->addRow(tr("A&uth token:"), m_twilioToken);
    twilioForm->addRow(tr("Sen&der number or ID:"), m_twilioFrom);
    twilioForm->addRow(tr("or &Messaging Service SID:"), m_twilioService);

    // Kannel.
    auto* kannelPage = new QWidget(m_pages);
    auto* kannelForm = new QFormLayout(kannelPage);
    kannelForm->setContentsMargins(0, 0, 0, 0);
    m_kannelUrl->setObjectName(QStringLiteral("kannelUrlEdit"));
    m_kannelUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:13013"));
    m_kannelPassword->setObjectName(QStringLiteral("kannelPasswordEdit"));
    m_callbackPort->setRange(1, 65535);
    auto* callbackRow = new QHBoxLayout;
    callbackRow->addWidget(m_callbackAddress, 1);
    auto* portLabel = new QLabel(tr("port"), kannelPage);
    portLabel->setBuddy(m_callbackPort);
    callbackRow->addWidget(portLabel);
    callbackRow->addWidget(m_callbackPort);
    // A row of two fields: each says what it is to a screen reader.
    m_callbackAddress->setAccessibleName(tr("Delivery reports to address"));
    m_callbackPort->setAccessibleName(tr("Delivery reports to port"));
    kannelForm->addRow(tr("sendsms &address:"), m_kannelUrl);
    kannelForm->addRow(tr("&User name:"), m_kannelUser);
    kannelForm->addRow(tr("Pass&word:"), m_kannelPassword);
    kannelForm->addRow(tr("Sen&der number:"), m_kannelFrom);
    kannelForm->addRow(tr("Delivery reports to:"), callbackRow);
    auto* callbackHelp =
        new QLabel(tr("Textwell listens here for Kannel's delivery reports and for replies while it is "
                      "open. Keep 127.0.0.1 unless Kannel runs on another computer."),
                   kannelPage);
    callbackHelp->setWordWrap(true);
    SemanticColors::setTextTone(callbackHelp, SemanticColors::Tone::Muted);
    kannelForm->addRow(callbackHelp);
    // Replies reach the app only when Kannel is told where to bring them: the lines for its
    // configuration, with this database's secret in the address.
    auto* copyReplyConfig = new QPushButton(tr("Copy the settings for Kannel"), kannelPage);
    copyReplyConfig->setObjectName(QStringLiteral("copyKannelReplyConfigButton"));
    auto* copied = new QLabel(kannelPage);
    SemanticColors::setTextTone(copied, SemanticColors::Tone::Muted);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(copyReplyConfig);
    copyRow->addWidget(copied, 1);
    kannelForm->addRow(tr("Replies:"), copyRow);
    connect(copyReplyConfig, &QPushButton::clicked, this, [this, copied] {
        Result<QString> token = BusinessSettings(m_connection->database()).callbackToken();
        if (!token) {
            copied->setText(token.error());
            return;
        }
        const QString url = CallbackServer::moUrl(QHostAddress(m_callbackAddress->text().trimmed()),
                                                  quint16(m_callbackPort->value()), token.value());
        QGuiApplication::clipboard()->setText(KannelGateway::replyServiceConfig(url));
        copied->setText(tr("Copied. Paste it into Kannel's configuration and restart Kannel."));
    });

    // One page per gateway, in the combo's order; only the chosen one is shown (and takes room).
    auto* pagesLayout = new QVBoxLayout(m_pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* page : {filePage, twilioPage, kannelPage}) {
        pagesLayout->addWidget(page);
        m_gatewayPages.append(page);
    }

    m_rate->setRange(0.1, 1000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" per second"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietFrom->setAccessibleName(tr("Quiet hours from"));
    m_quietTo->setAccessibleName(tr("Quiet hours to"));
    auto* quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_quietTo);
    quietRow->addWidget(new QLabel(tr("in each recipient's local time"), this));
    quietRow->addStretch();

    m_testNumber->setObjectName(QStringLiteral("testNumberEdit"));
    m_testNumber->setPlaceholderText(tr("your mobile number"));
    m_testNumber->setAccessibleName(tr("Your mobile number for a test message"));
    m_testButton->setObjectName(QStringLiteral("testMessageButton"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testNumber, 1);
    testRow->addWidget(m_testButton);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(m_pages);
    form->addRow(tr("At most:"), m_rate);
    auto* quietLabel = new QLabel(tr("&Quiet hours:"), this);
    quietLabel->setBuddy(m_quietFrom);
    form->addRow(quietLabel, quietRow);
    form->addRow(tr("Test:"), testRow);
    form->addRow(m_testResult);

    connect(m_gateway, &QComboBox::currentIndexChanged, this, &GatewaySettingsBox::showGateway);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_testNumber->text().trimmed().isEmpty()) {
            m_testResult->setText(tr("Type your own mobile number first."));
            return;
        }
        Q_EMIT testRequested();
    });
    load();
}

void GatewaySettingsBox::load()
{
    const BusinessSettings settings(m_connection->database());
    m_gateway->setCurrentIndex(qMax(0, m_gateway->findData(settings.value(Key::Gateway))));
    m_exportFile->setText(QDir::toNativeSeparators(settings.value(Key::ExportFile)));
    m_twilioSid->setText(settings.value(Key::TwilioAccountSid));
    m_twilioFrom->setText(settings.value(Key::TwilioFrom));
    m_twilioService->setText(settings.value(Key::TwilioMessagingService));
    m_kannelUrl->setText(settings.value(Key::KannelUrl));
    m_kannelUser->setText(settings.value(Key::KannelUsername));
    m_kannelFrom->setText(settings.value(Key::KannelFrom));
    m_callbackAddress->setText(settings.value(Key::CallbackAddress));
    m_callbackPort->setValue(settings.value(Key::CallbackPort).toInt());
    m_rate->setValue(settings.value(Key::SendRate).toDouble());
    m_quietFrom->setTime(QTime::fromString(settings.value(Key::QuietHoursStart), QStringLiteral("HH:mm")));
    m_quietTo->setTime(QTime::fromString(settings.value(Key::QuietHoursEnd), QStringLiteral("HH:mm")));
    // The secret is never read back into the form; the field says where it is.
    for (QLineEdit* edit : {m_twilioToken, m_kannelPassword}) {
        edit->clear();
        edit->setPlaceholderText(tr("kept in this computer's keychain; type to replace"));
    }
    showGateway();
}

void GatewaySettingsBox::showGateway()
{
    for (int i = 0; i < m_gatewayPages.size(); ++i)
        m_gatewayPages.at(i)->setVisible(i == m_gateway->currentIndex());
}

QVector<std::pair<Key, QString>> GatewaySettingsBox::values() const
{
    QVector<std::pair<Key, QString>> values = {
        {Key::Gateway, m_gateway->currentData().toString()},
        {Key::ExportFile, QDir::fromNativeSeparators(m_exportFile->text().trimmed())},
        {Key::KannelUrl, m_kannelUrl->text().trimmed()},
        {Key::KannelUsername, m_kannelUser->text().trimmed()},
        {Key::KannelFrom, m_kannelFrom->text().trimmed()},
        {Key::CallbackAddress, m_callbackAddress->text().trimmed()},
        {Key::CallbackPort, QString::number(m_callbackPort->value())},
        {Key::SendRate, QString::number(m_rate->value(), 'f', 1)},
        {Key::QuietHoursStart, m_quietFrom->time().toString(QStringLiteral("HH:mm"))},
        {Key::QuietHoursEnd, m_quietTo->time().toString(QStringLiteral("HH:mm"))}};
    // Twilio's fields are held to Twilio's formats; while another gateway is chosen they are left as
    // stored, so that an old value nobody sees cannot stop the page from saving.
    if (m_gateway->currentData().toString() == QLatin1String("twilio"))
        values += {{Key::TwilioAccountSid, m_twilioSid->text().trimmed()},
                   {Key::TwilioFrom, m_twilioFrom->text().trimmed()},
                   {Key::TwilioMessagingService, m_twilioService->text().trimmed()}};
    return values;
}

bool GatewaySettingsBox::changed() const
{
    const BusinessSettings settings(m_connection->database());
    for (const auto& [key, value] : values()) {
        if (settings.value(key) != value)
            return true;
    }
    return !m_twilioToken->text().isEmpty() || !m_kannelPassword->text().isEmpty();
}

QString GatewaySettingsBox::storeSecret(QString* problem)
{
    const BusinessSettings settings(m_connection->database());
    const QString gateway = settings.value(Key::Gateway);
    QLineEdit* edit = gateway == QLatin1String("twilio")   ? m_twilioToken
                      : gateway == QLatin1String("kannel") ? m_kannelPassword
                                                           : nullptr;
    if (!edit || edit->text().isEmpty())
        return {};
    const QString secret = edit->text();
    edit->clear();
    KeychainSecretStore keychain;
    SecretError why = SecretError::None;
    if (Status stored = keychain.write(GatewayFactory::secretKey(settings), secret, &why); !stored) {
        *problem = tr("%1 The %2 is used until Textwell closes and asked for again next time.")
                       .arg(stored.error(), GatewayFactory::secretLabel(settings));
        return secret;
    }
    return {};
}

void GatewaySettingsBox::sendTest(const QString& sessionSecret)
{
    const BusinessSettings settings(m_connection->database());
    Result<ParsedNumber> number =
        PhoneNumbers::parse(m_testNumber->text(), settings.value(Key::DefaultCountry));
    if (!number) {
        m_testResult->setText(number.error());
        return;
    }
    QString secret = sessionSecret;
    if (secret.isEmpty() && !GatewayFactory::secretKey(settings).isEmpty()) {
        Result<QString> stored = KeychainSecretStore().read(GatewayFactory::secretKey(settings));
        if (!stored) {
            m_testResult->setText(tr("%1 Type the %2 above and try again.")
                                      .arg(stored.error(), GatewayFactory::secretLabel(settings)));
            return;
        }
        secret = stored.value();
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Sending a test message to %1…").arg(number.value().international));
    // The gateway blocks until it answers: on a thread of its own, with its own connection.
    const QString path = m_connection->path();
    const QString to = number.value().e164;
    const QString body = tr("Test message from Textwell: the gateway works.");
    QPointer<GatewaySettingsBox> self(this);
    QThread* thread = QThread::create([self, path, to, body, secret] {
        QString result;
        {
            Result<std::unique_ptr<Connection>> connection = Connection::open(path);
            if (!connection) {
                result = connection.error();
            } else {
                const BusinessSettings threadSettings(connection.value()->database());
                Result<std::unique_ptr<Gateway>> gateway =
                    GatewayFactory::create(threadSettings, secret, QString());
                if (!gateway) {
                    result = gateway.error();
                } else {
                    const SmsInfo info = SmsEncoding::analyse(body);
                    const SendOutcome outcome = gateway.value()->send(
                        OutgoingSms{0, to, body, info.encoding, info.parts, Clock::currentUtc()});
                    if (outcome.kind != SendOutcome::Kind::Accepted)
                        result = tr("The gateway did not take the test message: %1").arg(outcome.error);
                    else if (gateway.value()->isExport())
                        result = tr("The test message was written to the export file.");
                    else
                        result = tr("The gateway took the test message. It should arrive in a moment.");
                }
            }
        }
        QMetaObject::invokeMethod(qApp, [self, result] {
            if (!self)
                return;
            self->m_testResult->setText(result);
            self->m_testButton->setEnabled(true);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
