#include "rulepack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace textwell {

namespace {

const QString TimeFormat = QStringLiteral("HH:mm");

// The line of a byte offset into the text, 1 for the first.
int lineAt(const QByteArray& json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

// The line where a key is written, for errors about its value; 0 when it is not found.
int lineOfKey(const QByteArray& json, const QString& key)
{
    const QByteArray quoted = QByteArray("\"").append(key.toUtf8()).append('"');
    const qsizetype at = json.indexOf(quoted);
    return at < 0 ? 0 : lineAt(json, at);
}

QString pickLanguage(const QMap<QString, QString>& texts)
{
    const QString language = QLocale().name().left(2);
    return texts.value(language,
                       texts.value(QStringLiteral("en"), texts.isEmpty() ? QString() : texts.first()));
}

// Reading one pack, collecting the first problem with the line it is on.
class PackReader
{
public:
    PackReader(const QByteArray& json, QString origin) : m_json(json), m_origin(std::move(origin)) {}

    QString problem() const { return m_problem; }

    void fail(const QString& key, const QString& what)
    {
        if (!m_problem.isEmpty())
            return;
        const int line = lineOfKey(m_json, key);
        m_problem = line > 0 ? RulePack::tr("%1, line %2: %3").arg(m_origin).arg(line).arg(what)
                             : RulePack::tr("%1: %2").arg(m_origin, what);
    }

    QTime time(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QTime t = QTime::fromString(o.value(key).toString(), TimeFormat);
        if (!t.isValid())
            fail(key, RulePack::tr("%1 must be a time such as 21:00.").arg(path));
        return t;
    }

    int days(const QJsonObject& o, const QString& key, int fallback, int max)
    {
        if (!o.contains(key))
            return fallback;
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < 0 || d > max) {
            fail(key, RulePack::tr("%1 must be a whole number from 0 to %2.").arg(key).arg(max));
            return fallback;
        }
        return int(d);
    }

    bool flag(const QJsonObject& o, const QString& key, bool fallback)
    {
        if (!o.contains(key))
            return fallback;
        if (!o.value(key).isBool()) {
            fail(key, RulePack::tr("%1 must be true or false.").arg(key));
            return fallback;
        }
        return o.value(key).toBool();
    }

    QMap<QString, QString> texts(const QJsonObject& o, const QString& key)
    {
        QMap<QString, QString> result;
        const QJsonObject byLanguage = o.value(key).toObject();
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it)
            result.insert(it.key(), it.value().toString().trimmed());
        if (result.value(QStringLiteral("en")).isEmpty())
            fail(key, RulePack::tr("%1 needs at least an English text (\"en\").").arg(key));
        return result;
    }

    QStringList strings(const QJsonObject& o, const QString& key, const QRegularExpression& shape,
                        const QString& example)
    {
        QStringList result;
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isArray()) {
            fail(key, RulePack::tr("%1 must be a list such as [%2].").arg(key, example));
            return result;
        }
        for (const QJsonValue& item : v.toArray()) {
            const QString s = item.toString();
            if (!shape.match(s).hasMatch()) {
                fail(key, RulePack::tr("%1: \"%2\" is not like %3.").arg(key, s, example));
                continue;
            }
            result.append(s);
        }
        return result;
    }

private:
    const QByteArray& m_json;
    QString m_origin;
    QString m_problem;
};

} // namespace

QString RulePack::name() const
{
    return pickLanguage(names);
}

QString RulePack::law() const
{
    return pickLanguage(laws);
}

const AreaQuietHours* RulePack::areaFor(const QString& e164, int callingCode) const
{
    const QString prefix = QStringLiteral("+%1").arg(callingCode);
    if (callingCode <= 0 || !e164.startsWith(prefix))
        return nullptr;
    const QString national = e164.mid(prefix.size());
    for (const AreaQuietHours& area : areaQuietHours) {
        for (const QString& code : area.areaCodes) {
            if (national.startsWith(code))
                return &area;
        }
    }
    return nullptr;
}

Result<RulePack> RulePack::parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<RulePack>::failure(tr("%1, line %2: %3 — this is not a rule pack file as Textwell "
                                            "writes it.")
                                             .arg(origin)
                                             .arg(lineAt(json, error.offset))
                                             .arg(error.errorString()));
    if (!document.isObject())
        return Result<RulePack>::failure(
            tr("%1, line 1: a rule pack is one object in braces { }.").arg(origin));

    const QJsonObject o = document.object();
    PackReader read(json, origin);
    RulePack pack;
    static const QRegularExpression idShape(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    pack.id = o.value(QStringLiteral("id")).toString();
    if (!idShape.match(pack.id).hasMatch())
        read.fail(QStringLiteral("id"), tr("id must be a short lower-case name such as \"de\"."));
    pack.names = read.texts(o, QStringLiteral("name"));
    pack.laws = read.texts(o, QStringLiteral("law"));
    static const QRegularExpression regionShape(QStringLiteral("^[A-Z]{2}$"));
    pack.countries = read.strings(o, QStringLiteral("countries"), regionShape, QStringLiteral("\"DE\""));

    const QJsonObject quiet = o.value(QStringLiteral("quiet_hours")).toObject();
    if (!o.value(QStringLiteral("quiet_hours")).isObject())
        read.fail(QStringLiteral("quiet_hours"),
                  tr("quiet_hours must say from when until when, such as {\"from\": \"21:00\", \"until\": "
                     "\"08:00\"}."));
    pack.quietFrom = read.time(quiet, QStringLiteral("from"), QStringLiteral("quiet_hours.from"));
    pack.quietUntil = read.time(quiet, QStringLiteral("until"), QStringLiteral("quiet_hours.until"));

    static const QRegularExpression areaShape(QStringLiteral("^[0-9]{1,5}$"));
    static const QRegularExpression zoneShape(QStringLiteral("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$"));
    for (const QJsonValue& item : o.value(QStringLiteral("quiet_hours_by_area_code")).toArray()) {
        const QJsonObject a = item.toObject();
        AreaQuietHours area;
        area.state = a.value(QStringLiteral("state")).toString();
        area.from = read.time(a, QStringLiteral("from"), QStringLiteral("quiet_hours_by_area_code.from"));
        area.until = read.time(a, QStringLiteral("until"), QStringLiteral("quiet_hours_by_area_code.until"));
        area.timeZones =
            read.strings(a, QStringLiteral("time_zones"), zoneShape, QStringLiteral("\"America/New_York\""));
        area.areaCodes = read.strings(a, QStringLiteral("area_codes"), areaShape, QStringLiteral("\"305\""));
        pack.areaQuietHours.append(area);
    }

    pack.requiresConfirmation = read.flag(o, QStringLiteral("requires_confirmation"), false);
    pack.confirmationReminderDays = read.days(o, QStringLiteral("confirmation_reminder_days"), 3, 60);
    pack.awaitingAlertDays = read.days(o, QStringLiteral("awaiting_confirmation_alert_days"), 14, 365);
    pack.optOutConfirmationMinutes = read.days(o, QStringLiteral("opt_out_confirmation_minutes"), 5, 1440);
    pack.manualOptOutBusinessDays = read.days(o, QStringLiteral("manual_opt_out_business_days"), 10, 60);
    pack.helpAnswered = read.flag(o, QStringLiteral("help_answered"), true);
    pack.welcomeRatesNotice = read.flag(o, QStringLiteral("welcome_rates_notice"), false);
    pack.welcomeNamesSender = read.flag(o, QStringLiteral("welcome_names_sender"), true);

    if (!read.problem().isEmpty())
        return Result<RulePack>::failure(read.problem());
    return pack;
}

QByteArray RulePack::toJson() const
{
    auto textsObject = [](const QMap<QString, QString>& texts) {
        QJsonObject o;
        for (auto it = texts.begin(); it != texts.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), textsObject(names));
    o.insert(QStringLiteral("law"), textsObject(laws));
    o.insert(QStringLiteral("countries"), QJsonArray::fromStringList(countries));
    o.insert(QStringLiteral("quiet_hours"),
             QJsonObject{{QStringLiteral("from"), quietFrom.toString(TimeFormat)},
                         {QStringLiteral("until"), quietUntil.toString(TimeFormat)}});
    if (!areaQuietHours.isEmpty()) {
        QJsonArray areas;
        for (const AreaQuietHours& a : areaQuietHours)
            areas.append(
                QJsonObject{{QStringLiteral("state"), a.state},
                            {QStringLiteral("from"), a.from.toString(TimeFormat)},
                            {QStringLiteral("until"), a.until.toString(TimeFormat)},
                            {QStringLiteral("time_zones"), QJsonArray::fromStringList(a.timeZones)},
                            {QStringLiteral("area_codes"), QJsonArray::fromStringList(a.areaCodes)}});
        o.insert(QStringLiteral("quiet_hours_by_area_code"), areas);
    }
    o.insert(QStringLiteral("requires_confirmation"), requiresConfirmation);
    o.insert(QStringLiteral("confirmation_reminder_days"), confirmationReminderDays);
    o.insert(QStringLiteral("awaiting_confirmation_alert_days"), awaitingAlertDays);
    o.insert(QStringLiteral("opt_out_confirmation_minutes"), optOutConfirmationMinutes);
    o.insert(QStringLiteral("manual_opt_out_business_days"), manualOptOutBusinessDays);
    o.insert(QStringLiteral("help_answered"), helpAnswered);
    o.insert(QStringLiteral("welcome_rates_notice"), welcomeRatesNotice);
    o.insert(QStringLiteral("welcome_names_sender"), welcomeNamesSender);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool RulePack::operator==(const RulePack& other) const
{
    return toJson() == other.toJson();
}

} // namespace textwell
