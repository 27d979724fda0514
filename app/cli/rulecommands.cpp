#include "rulecommands.h"

#include "clicommands.h"
#include "compliance/rulepacks.h"
#include "compliance/statusrefresh.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace textwell;

RuleCommands::RuleCommands(CliCommands& cli, Connection& connection, QString defaultRegion)
    : m_cli(cli), m_connection(connection), m_region(std::move(defaultRegion)), m_out(stdout)
{}

int RuleCommands::rules(const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return list();
    if (action == QLatin1String("show") && args.size() == 2)
        return show(args.at(1));
    if (action == QLatin1String("load") && args.size() == 2)
        return load(args.at(1));
    if (action == QLatin1String("reset") && args.size() == 2)
        return reset(args.at(1));
    return m_cli.usage(tr("rules needs one of: list, show ID, load FILE, reset ID."));
}

int RuleCommands::list()
{
    const RulePacks packs(m_connection.database());
    for (const QString& problem : packs.problems())
        m_cli.fail(problem);
    if (m_cli.json()) {
        QJsonArray array;
        for (const RulePack& pack : packs.all())
            array.append(
                QJsonObject{{QStringLiteral("id"), pack.id},
                            {QStringLiteral("name"), pack.name()},
                            {QStringLiteral("law"), pack.law()},
                            {QStringLiteral("countries"), QJsonArray::fromStringList(pack.countries)},
                            {QStringLiteral("customized"), packs.isCustomized(pack.id)}});
        m_cli.printJson(array);
        return 0;
    }
    for (const RulePack& pack : packs.all()) {
        m_out << pack.id << '\t' << pack.name() << '\t' << pack.law() << '\t'
              << (packs.isCustomized(pack.id) ? tr("changed") : tr("built-in")) << Qt::endl;
    }
    return 0;
}

int RuleCommands::show(const QString& id)
{
    if (!RulePacks::builtIn(id))
        return m_cli.fail(tr("There is no rule pack \"%1\"; see rules list.").arg(id));
    m_out << QString::fromUtf8(RulePacks(m_connection.database()).byId(id).toJson());
    m_out.flush();
    return 0;
}

int RuleCommands::load(const QString& path)
{
    Result<RulePack> read = RulePacks::readFile(path);
    if (!read)
        return m_cli.fail(read.error());
    RulePacks packs(m_connection.database());
    const bool confirmationChanged =
        packs.byId(read.value().id).requiresConfirmation != read.value().requiresConfirmation;
    if (Status saved = packs.save(read.value()); !saved)
        return m_cli.fail(saved.error());
    if (!m_cli.json())
        m_out << tr("The rules for %1 are now those of %2.").arg(read.value().name(), path) << Qt::endl;
    return refreshStatuses(confirmationChanged);
}

int RuleCommands::reset(const QString& id)
{
    const std::optional<RulePack> builtIn = RulePacks::builtIn(id);
    if (!builtIn)
        return m_cli.fail(tr("There is no rule pack \"%1\"; see rules list.").arg(id));
    RulePacks packs(m_connection.database());
    const bool confirmationChanged = packs.byId(id).requiresConfirmation != builtIn->requiresConfirmation;
    if (Status reset = packs.reset(id); !reset)
        return m_cli.fail(reset.error());
    if (!m_cli.json())
        m_out << tr("The rules for %1 are the built-in ones again.").arg(builtIn->name()) << Qt::endl;
    return refreshStatuses(confirmationChanged);
}

int RuleCommands::refreshStatuses(bool confirmationChanged)
{
    StatusRefresh::Summary summary;
    if (confirmationChanged) {
        Result<StatusRefresh::Summary> refreshed = StatusRefresh::run(m_connection.database(), m_region);
        if (!refreshed)
            return m_cli.fail(refreshed.error());
        summary = refreshed.value();
    }
    if (m_cli.json()) {
        m_cli.printJson(QJsonObject{{QStringLiteral("now_subscribed"), summary.subscribed},
                                    {QStringLiteral("now_awaiting_confirmation"), summary.awaiting}});
        return 0;
    }
    if (confirmationChanged)
        m_out << tr("%Ln person(s) can now be sent to; %L1 now await confirmation by SMS.", nullptr,
                    int(summary.subscribed))
                     .arg(summary.awaiting)
              << Qt::endl;
    return 0;
}
