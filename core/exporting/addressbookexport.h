#pragma once

#include "exportcolumn.h"
#include "exportoptions.h"
#include "exportprogress.h"
#include "exportsummary.h"

#include "contacts/subscriber.h"
#include "contacts/subscriberfilter.h"
#include "segments/segmentrule.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

#include <atomic>

namespace textwell {

// Writes people from the address book to a CSV or XLSX file: everyone, the address book's current
// filter, or the people a segment rule matches (whatever their status: the Status column says
// it). Headers and labels come out in the app's language, as the import recognises them.
//
// Rows are read as they are written, never the whole table at once, in the order people were
// added (a filter with a search: by status, then that order). The file appears at the
// target only when complete (ExportWriter); a cancel or an error leaves no file there.
class AddressBookExport
{
    Q_DECLARE_TR_FUNCTIONS(AddressBookExport)

public:
    static AddressBookExport everyone(QSqlDatabase db);
    static AddressBookExport filtered(QSqlDatabase db, SubscriberFilter filter);
    static AddressBookExport matching(QSqlDatabase db, SegmentRule rule);

    // How many people the export holds.
    Result<qint64> count() const;
    // progress is called in this thread about ten times a second; setting *cancel stops the
    // export and fails it with ExportFiles::cancelled().
    Result<ExportSummary> write(const QString& path, const ExportOptions& options,
                                const ExportProgress::Callback& progress = {},
                                const std::atomic_bool* cancel = nullptr) const;

    // Phone, First name, ... Notes, then one column per custom field.
    static QVector<ExportColumn> columns(const QStringList& customFields);
    static QString sheetName();

private:
    enum class Selection
    {
        Everyone,
        OneStatus, // a filter by status alone
        Filter,    // a filter with a search
        Rule,
    };
    AddressBookExport(QSqlDatabase db, Selection selection);
    // The condition over "subscriber s" for everyone, a status or the rule, with its values.
    Result<QPair<QString, QVariantList>> condition() const;
    // The filter as SubscriberQuery applies it, page by page.
    Status writeFiltered(qint64 total, const std::function<Status(const Subscriber&)>& write,
                         ExportProgress& ticker) const;

    QSqlDatabase m_db;
    Selection m_selection;
    SubscriberFilter m_filter;
    SegmentRule m_rule;
};

} // namespace textwell
