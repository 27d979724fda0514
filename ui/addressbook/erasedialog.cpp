#include "erasedialog.h"

#include "contacts/phonenumbers.h"
#include "util/clock.h"
#include "widgets/paintedicons.h"
#include "widgets/semanticcolors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace textwell;

namespace {

QLabel* paragraph(const QString& text, QWidget* parent, bool heading = false)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // a name is data, never markup
    label->setWordWrap(true);
    if (heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

// A list with a hanging indent, so that a wrapped item still reads as one.
QWidget* bulletList(const QStringList& items, QWidget* parent)
{
    auto* list = new QWidget(parent);
    auto* grid = new QGridLayout(list);
    grid->setContentsMargins(12, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    for (int row = 0; row < items.size(); ++row) {
        auto* bullet = new QLabel(QStringLiteral("•"), list);
        bullet->setAlignment(Qt::AlignTop);
        grid->addWidget(bullet, row, 0);
        grid->addWidget(paragraph(items.at(row), list), row, 1);
    }
    grid->setColumnStretch(1, 1);
    return list;
}

} // namespace

EraseDialog::EraseDialog(const Subscriber& person, const PersonEraser::Outcome& preview, QWidget* parent)
    : QDialog(parent), m_requestedOn(new QDateEdit(this)), m_note(new QLineEdit(this)),
      m_erase(new QPushButton(tr("Erase"), this))
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase personal data"));
    const QString number = PhoneNumbers::formatInternational(person.phone);
    const QString who =
        person.displayName().isEmpty() ? number : QStringLiteral("%1 (%2)").arg(person.displayName(), number);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    QLabel* title = paragraph(tr("Erase the personal data of %1?").arg(who), this, true);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setObjectName(QStringLiteral("eraseTitle"));
    layout->addWidget(title);
    layout->addWidget(paragraph(tr("Do this when the person asks you to delete their data. Textwell then "
                                   "deletes:"),
                                this));

    QStringList deleted;
    if (preview.personDeleted)
        deleted.append(tr("their entry in the address book: name, city, birthday, tags, custom fields and "
                          "notes"));
    if (preview.repliesDeleted > 0)
        deleted.append(tr("the %n reply(ies) received from this number", nullptr, preview.repliesDeleted));
    if (preview.messageTextsCleared > 0)
        deleted.append(
            tr("the texts of the %n message(s) sent to it (the campaigns' figures still count them)", nullptr,
               preview.messageTextsCleared));
    if (preview.historyEntriesDeleted > 0)
        deleted.append(tr("%n entry(ies) of the consent history, with their sources and proof", nullptr,
                          preview.historyEntriesDeleted));
    if (preview.historyEntriesCleared > 0)
        deleted.append(tr("the sources, proof, reasons and notes of the %n history entry(ies) that are kept",
                          nullptr, preview.historyEntriesCleared));
    if (preview.unsentMessagesSkipped > 0)
        deleted.append(
            tr("%n message(s) not sent yet: they will not be sent", nullptr, preview.unsentMessagesSkipped));
    QWidget* deletedList = bulletList(deleted, this);
    deletedList->setObjectName(QStringLiteral("eraseDeletedList"));
    layout->addWidget(deletedList);

    layout->addSpacing(4);
    layout->addWidget(paragraph(tr("What is kept, and why"), this, true));
    QString kept =
        tr("The number stays on the suppression list so this person is never texted again; the law "
           "requires it. It keeps only the dates it unsubscribed or was excluded.");
    if (preview.excludedNow)
        kept += QLatin1Char(' ') +
                tr("It is excluded now, with the note “%1”.").arg(PersonEraser::exclusionNote());
    kept +=
        QLatin1Char(' ') + tr("The erasure itself is logged: when the person asked, when it was done and by "
                              "whom.");
    QLabel* keptText = paragraph(kept, this);
    keptText->setObjectName(QStringLiteral("eraseKeptText"));
    layout->addWidget(keptText);

    m_requestedOn->setObjectName(QStringLiteral("requestedOnEdit"));
    m_requestedOn->setCalendarPopup(true);
    m_requestedOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_requestedOn->setMaximumDate(QDate::currentDate());
    m_requestedOn->setDate(QDate::currentDate());
    m_note->setObjectName(QStringLiteral("eraseNoteEdit"));
    m_note->setPlaceholderText(tr("e.g. by e-mail (no personal details here)"));
    auto* form = new QFormLayout;
    form->addRow(tr("The person &asked on:"), m_requestedOn);
    form->addRow(tr("&How they asked:"), m_note);
    layout->addSpacing(4);
    layout->addLayout(form);

    // Not undoable, and said where the decision is made.
    auto* warning = new QWidget(this);
    auto* warningRow = new QHBoxLayout(warning);
    warningRow->setContentsMargins(0, 4, 0, 0);
    auto* icon = new QLabel(warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(PaintedIcons::warning().pixmap(QSize(iconSize, iconSize)));
    icon->setAlignment(Qt::AlignTop);
    warningRow->addWidget(icon);
    QLabel* warningText = paragraph(tr("This cannot be undone, not even with Undo: the Undo history is "
                                       "cleared as well, so nothing can bring the data back."),
                                    warning);
    warningText->setObjectName(QStringLiteral("eraseWarning"));
    warningRow->addWidget(warningText, 1);
    layout->addWidget(warning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    buttons->addButton(m_erase, QDialogButtonBox::DestructiveRole);
    // Enter must never erase: Cancel is the default.
    m_erase->setAutoDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    SemanticColors::setTextTone(m_erase, SemanticColors::Tone::Bad);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    resize(minimumWidth(),
           heightForWidth(minimumWidth()) > 0 ? heightForWidth(minimumWidth()) : sizeHint().height());
    cancel->setFocus();
}

QDateTime EraseDialog::requestedAt() const
{
    const QDate day = m_requestedOn->date();
    return day == QDate::currentDate() ? Clock::currentUtc() : day.startOfDay().toUTC();
}

QString EraseDialog::note() const
{
    return m_note->text().trimmed();
}
