#pragma once

#include "gateway.h"

#include <QCoreApplication>
#include <QFile>

namespace textwell {

// For a business without an API account: the outbox goes into a CSV file (id, phone, text, parts,
// encoding) to upload to any provider's bulk tool, and each row is marked "exported".
class FileExportGateway : public Gateway
{
    Q_DECLARE_TR_FUNCTIONS(FileExportGateway)

public:
    explicit FileExportGateway(QString path);

    SendOutcome send(const OutgoingSms& sms) override;
    bool isExport() const override { return true; }

    static QString configProblem(const QString& path);
    // One CSV field: quoted when it holds a comma, a quote or a line break.
    static QString csvField(const QString& value);

private:
    QString m_path;
    QFile m_file;
};

} // namespace textwell
