#include "importwizard.h"

#include "contacts/customfields.h"
#include "importcolumnspage.h"
#include "importconsentpage.h"
#include "importdonepage.h"
#include "importfilepage.h"
#include "importprogresspage.h"
#include "importsummarypage.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "suppressionsourcepage.h"
#include "widgets/deskuser.h"

#include <QFileInfo>
#include <QLocale>
#include <QScreen>

using namespace textwell;

ImportWizard::ImportWizard(Mode mode, Connection* connection, const QString& filePath, QWidget* parent)
    : QWizard(parent), m_mode(mode), m_connection(connection)
{
    setObjectName(QStringLiteral("importWizard"));
    // The same look everywhere: a title and a plain-words subtitle on top of every page.
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage |
               QWizard::NoCancelButtonOnLastPage);
    setWindowTitle(mode == Mode::People ? tr("Import people") : tr("Import a suppression list"));

    m_choices.filePath = filePath;
    // Small reads of the UI thread's own data; the file and the import run on workers.
    m_choices.options.defaultRegion =
        BusinessSettings(connection->database()).value(BusinessSettings::Key::DefaultCountry);
    if (Result<QStringList> fields = CustomFields(connection->database()).list())
        m_customFields = fields.value();

    setPage(FilePageId, new ImportFilePage(this));
    if (mode == Mode::People) {
        setPage(ColumnsPageId, new ImportColumnsPage(this));
        setPage(ConsentPageId, new ImportConsentPage(this));
    } else {
        setPage(SuppressionPageId, new SuppressionSourcePage(this));
    }
    setPage(SummaryPageId, new ImportSummaryPage(this));
    setPage(ProgressPageId, new ImportProgressPage(this));
    setPage(DonePageId, new ImportDonePage(this));
    setStartId(FilePageId);

    // Room for two tables of columns and for German labels without squeezing, on a small screen too.
    const int em = fontMetrics().averageCharWidth();
    const int line = fontMetrics().lineSpacing();
    setMinimumSize(em * 100, line * 34);
    QSize size(em * 135, line * 46);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size.expandedTo(minimumSize()));
}

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options = m_choices.options;
    options.fileName = QFileInfo(m_choices.filePath).fileName();
    switch (m_choices.consentBasis) {
    case ConsentBasis::Column:
        options.declaredConsent = {};
        break;
    case ConsentBasis::Declared:
        options.declaredForEveryone = true;
        break;
    case ConsentBasis::Unchosen:
    case ConsentBasis::None:
        // "Nobody gave consent" wins over any consent column the file has.
        options.declaredConsent = {};
        for (ColumnTarget& target : options.mapping.targets) {
            if (target.field == ImportField::ConsentDate || target.field == ImportField::ConsentSource ||
                target.field == ImportField::ConsentEvidence)
                target = {};
        }
        break;
    }
    return options;
}

ImportJob::Request ImportWizard::request(bool dryRun) const
{
    ImportJob::Request request;
    request.task = m_mode == Mode::People ? ImportJob::Task::People : ImportJob::Task::Suppression;
    request.databasePath = m_connection->path();
    request.filePath = m_choices.filePath;
    request.format = m_choices.format;
    request.dryRun = dryRun;
    request.actor = DeskUser::name();
    request.options = importOptions();
    request.phoneColumn = m_choices.phoneColumn;
    request.region = m_choices.options.defaultRegion;
    request.source = m_choices.source.trimmed();
    return request;
}

QString ImportWizard::number(qint64 value)
{
    return QLocale().toString(value);
}

void ImportWizard::reject()
{
    if (auto* progress = qobject_cast<ImportProgressPage*>(currentPage());
        progress && progress->cancelImport())
        return; // the page moves on to the done page once the import has rolled back
    QWizard::reject();
}
