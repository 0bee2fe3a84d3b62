#include "ProgrammeReader.h"

#include "JsonWalker.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReader)
};

const QStringList kRules = {
    QStringLiteral("applicant_kind_in"),     QStringLiteral("population_below"),
    QStringLiteral("start_date_by"),         QStringLiteral("end_date_by"),
    QStringLiteral("amount_zero"),           QStringLiteral("share_at_most"),
    QStringLiteral("requested_within_cost"), QStringLiteral("manual")};

class Parser
{
public:
    explicit Parser(JsonWalker& walker)
        : w(walker)
    {}

    void readTop(const QJsonObject& root, int version, Programme& p)
    {
        QStringList keys = {QStringLiteral("format"),
                            QStringLiteral("schema_version"),
                            QStringLiteral("id"),
                            QStringLiteral("name"),
                            QStringLiteral("fund"),
                            QStringLiteral("year"),
                            QStringLiteral("departement"),
                            QStringLiteral("envelope_cents"),
                            QStringLiteral("max_rate_percent"),
                            QStringLiteral("population_ceiling"),
                            QStringLiteral("deadlines"),
                            QStringLiteral("subaxes"),
                            QStringLiteral("criteria"),
                            QStringLiteral("disagreement_threshold"),
                            QStringLiteral("eligibility_checks"),
                            QStringLiteral("forfaits"),
                            QStringLiteral("committee"),
                            QStringLiteral("ds_mapping")};
        if (version >= 2)
            keys.append(QStringLiteral("rates"));
        w.allowOnly(root, QStringLiteral("$"), keys);
        p.id = w.string(root, QStringLiteral("$"), QStringLiteral("id"),
                        QStringLiteral("^[a-z0-9-]+$"));
        p.name = w.string(root, QStringLiteral("$"), QStringLiteral("name"));
        p.fund = w.string(root, QStringLiteral("$"), QStringLiteral("fund"));
        p.year = int(w.integer(root, QStringLiteral("$"), QStringLiteral("year"), 2000, 2100));
        const QJsonObject dept = w.object(root, QStringLiteral("$"), QStringLiteral("departement"));
        w.allowOnly(dept, QStringLiteral("$.departement"),
                    {QStringLiteral("code"), QStringLiteral("name")});
        p.departementCode = w.string(dept, QStringLiteral("$.departement"), QStringLiteral("code"),
                                     QStringLiteral("^(\\d{2,3}|2A|2B)$"));
        p.departementName = w.string(dept, QStringLiteral("$.departement"), QStringLiteral("name"));
        p.envelope = w.integer(root, QStringLiteral("$"), QStringLiteral("envelope_cents"), 1,
                               Cents(1) << 50);
        p.maxRatePercent =
            int(w.integer(root, QStringLiteral("$"), QStringLiteral("max_rate_percent"), 1, 100));
        p.populationCeiling = int(w.integer(root, QStringLiteral("$"),
                                            QStringLiteral("population_ceiling"), 1, 100000000));
        const QJsonObject deadlines =
            w.object(root, QStringLiteral("$"), QStringLiteral("deadlines"));
        w.allowOnly(deadlines, QStringLiteral("$.deadlines"),
                    {QStringLiteral("start_by"), QStringLiteral("end_by")});
        p.startBy = w.date(deadlines, QStringLiteral("$.deadlines"), QStringLiteral("start_by"));
        p.endBy = w.date(deadlines, QStringLiteral("$.deadlines"), QStringLiteral("end_by"));
        if (p.startBy.isValid() && p.endBy.isValid() && p.endBy < p.startBy)
            w.error(QStringLiteral("$.deadlines.end_by"),
                    Text::tr("la date de fin précède la date de début"));
        p.disagreementThreshold = int(
            w.integer(root, QStringLiteral("$"), QStringLiteral("disagreement_threshold"), 1, 10));
        readSubaxes(root, p);
        readCriteria(root, p);
        readChecks(root, p);
        readForfaits(root, p);
        if (version >= 2)
            readRates(root, p);
        readCommittee(root, version, p);
        readMapping(root, p);
    }

private:
    void readSubaxes(const QJsonObject& root, Programme& p)
    {
        const QJsonArray list = w.array(root, QStringLiteral("$"), QStringLiteral("subaxes"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("$.subaxes[%1]").arg(i);
            const QJsonObject o = w.element(list, i, path);
            w.allowOnly(
                o, path,
                {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("description")});
            SubAxis axis{w.string(o, path, QStringLiteral("code"), QStringLiteral("^[0-9a-z]+$")),
                         w.string(o, path, QStringLiteral("title")),
                         w.optionalString(o, path, QStringLiteral("description"))};
            if (!axis.code.isEmpty() && !w.unique(seen, axis.code, path + QStringLiteral(".code")))
                continue;
            p.subaxes.append(axis);
        }
    }

    void readSubaxisList(const QJsonObject& o, const QString& path, const Programme& p,
                         QStringList& out)
    {
        const QJsonArray list = w.array(o, path, QStringLiteral("subaxes"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString code = list.at(i).toString();
            if (!p.subaxis(code))
                w.error(QStringLiteral("%1.subaxes[%2]").arg(path).arg(i),
                        Text::tr("sous-axe inconnu « %1 »").arg(list.at(i).toVariant().toString()));
            else
                out.append(code);
        }
    }

    // The code (unique in its list), label and description every criterion and check has.
    void readIdentity(const QJsonObject& o, const QString& path, QSet<QString>& seen, QString& code,
                      QString& label, QString& description)
    {
        code = w.string(o, path, QStringLiteral("code"), QStringLiteral("^[a-z0-9_]+$"));
        if (!code.isEmpty())
            w.unique(seen, code, path + QStringLiteral(".code"));
        label = w.string(o, path, QStringLiteral("label"));
        description = w.optionalString(o, path, QStringLiteral("description"));
    }

    void readCriteria(const QJsonObject& root, Programme& p)
    {
        const QJsonArray list = w.array(root, QStringLiteral("$"), QStringLiteral("criteria"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("$.criteria[%1]").arg(i);
            const QJsonObject o = w.element(list, i, path);
            w.allowOnly(o, path,
                        {QStringLiteral("code"), QStringLiteral("label"),
                         QStringLiteral("description"), QStringLiteral("weight"),
                         QStringLiteral("subaxes"), QStringLiteral("scale"),
                         QStringLiteral("levels")});
            Criterion c;
            readIdentity(o, path, seen, c.code, c.label, c.description);
            c.weight = int(w.integer(o, path, QStringLiteral("weight"), 1, 1000));
            readSubaxisList(o, path, p, c.subaxes);
            const QString scalePath = path + QStringLiteral(".scale");
            const QJsonObject scale = w.object(o, path, QStringLiteral("scale"));
            w.allowOnly(scale, scalePath, {QStringLiteral("min"), QStringLiteral("max")});
            c.scaleMin = int(w.integer(scale, scalePath, QStringLiteral("min"), 0, 10));
            c.scaleMax = int(w.integer(scale, scalePath, QStringLiteral("max"), 0, 10));
            if (c.scaleMax <= c.scaleMin && scale.contains(QStringLiteral("max")))
                w.error(scalePath + QStringLiteral(".max"),
                        Text::tr("doit être supérieur au minimum de l'échelle"));
            const QJsonArray levels = w.array(o, path, QStringLiteral("levels"));
            for (qsizetype l = 0; l < levels.size(); ++l) {
                const QString text = levels.at(l).toString().trimmed();
                if (text.isEmpty())
                    w.error(QStringLiteral("%1.levels[%2]").arg(path).arg(l),
                            Text::tr("descripteur de niveau vide ou non textuel"));
                c.levels.append(text);
            }
            if (c.scaleMax > c.scaleMin && levels.size() != c.scaleMax - c.scaleMin + 1 &&
                !levels.isEmpty())
                w.error(path + QStringLiteral(".levels"),
                        Text::tr("%1 descripteurs attendus (un par niveau de %2 à %3), %4 trouvés")
                            .arg(c.scaleMax - c.scaleMin + 1)
                            .arg(c.scaleMin)
                            .arg(c.scaleMax)
                            .arg(levels.size()));
            p.criteria.append(c);
        }
    }

    void readCheckParams(EligibilityCheck& check, const QJsonObject& params, const QString& path)
    {
        const QString& r = check.rule;
        if (r == QLatin1String("applicant_kind_in")) {
            w.allowOnly(params, path, {QStringLiteral("kinds")});
            const QJsonArray kinds = w.array(params, path, QStringLiteral("kinds"));
            for (qsizetype i = 0; i < kinds.size(); ++i) {
                if (!ProgrammeReader::applicantKinds().contains(kinds.at(i).toString()))
                    w.error(QStringLiteral("%1.kinds[%2]").arg(path).arg(i),
                            Text::tr("type de collectivité inconnu"));
            }
        } else if (r == QLatin1String("population_below")) {
            w.allowOnly(params, path, {QStringLiteral("max")});
            w.integer(params, path, QStringLiteral("max"), 1, 100000000);
        } else if (r == QLatin1String("start_date_by") || r == QLatin1String("end_date_by")) {
            w.allowOnly(params, path, {QStringLiteral("date")});
            w.date(params, path, QStringLiteral("date"));
        } else if (r == QLatin1String("amount_zero")) {
            w.allowOnly(params, path, {QStringLiteral("field")});
            w.oneOf(params, path, QStringLiteral("field"),
                    {QStringLiteral("personnel_cents"), QStringLiteral("it_equipment_cents")});
        } else if (r == QLatin1String("share_at_most")) {
            w.allowOnly(params, path,
                        {QStringLiteral("field"), QStringLiteral("max_percent"),
                         QStringLiteral("severity")});
            w.oneOf(params, path, QStringLiteral("field"),
                    {QStringLiteral("non_eu_licences_cents"), QStringLiteral("personnel_cents"),
                     QStringLiteral("it_equipment_cents")});
            w.integer(params, path, QStringLiteral("max_percent"), 0, 100);
            w.oneOf(params, path, QStringLiteral("severity"),
                    {QStringLiteral("warning"), QStringLiteral("failure")});
        } else {
            w.allowOnly(params, path, {}); // requested_within_cost, manual: no parameters
        }
    }

    void readChecks(const QJsonObject& root, Programme& p)
    {
        const QJsonArray list =
            w.array(root, QStringLiteral("$"), QStringLiteral("eligibility_checks"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("$.eligibility_checks[%1]").arg(i);
            const QJsonObject o = w.element(list, i, path);
            w.allowOnly(o, path,
                        {QStringLiteral("code"), QStringLiteral("label"),
                         QStringLiteral("description"), QStringLiteral("rule"),
                         QStringLiteral("params")});
            EligibilityCheck check;
            readIdentity(o, path, seen, check.code, check.label, check.description);
            check.rule = w.oneOf(o, path, QStringLiteral("rule"), kRules);
            check.params = o.contains(QStringLiteral("params"))
                               ? w.object(o, path, QStringLiteral("params"))
                               : QJsonObject();
            if (!check.rule.isEmpty())
                readCheckParams(check, check.params, path + QStringLiteral(".params"));
            p.eligibilityChecks.append(check);
        }
    }

    void readForfaits(const QJsonObject& root, Programme& p)
    {
        const QJsonArray list =
            w.array(root, QStringLiteral("$"), QStringLiteral("forfaits"), JsonWalker::MayBeEmpty);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("$.forfaits[%1]").arg(i);
            const QJsonObject o = w.element(list, i, path);
            w.allowOnly(o, path,
                        {QStringLiteral("subaxis"), QStringLiteral("applicant_kinds"),
                         QStringLiteral("population_min"), QStringLiteral("population_max"),
                         QStringLiteral("amount_cents"), QStringLiteral("label")});
            Forfait f;
            f.subaxis = w.string(o, path, QStringLiteral("subaxis"));
            if (!f.subaxis.isEmpty() && !p.subaxis(f.subaxis))
                w.error(path + QStringLiteral(".subaxis"),
                        Text::tr("sous-axe inconnu « %1 »").arg(f.subaxis));
            readBand(o, path, f.applicantKinds, f.populationMin, f.populationMax);
            f.amount = w.integer(o, path, QStringLiteral("amount_cents"), 1, Cents(1) << 50);
            f.label = w.optionalString(o, path, QStringLiteral("label"));
            p.forfaits.append(f);
        }
    }

    // The applicant kinds and population band a forfait or a rate row applies to.
    void readBand(const QJsonObject& o, const QString& path, QStringList& kindsOut, int& min,
                  std::optional<int>& max)
    {
        const QJsonArray kinds = w.array(o, path, QStringLiteral("applicant_kinds"));
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            const QString kind = kinds.at(k).toString();
            if (!ProgrammeReader::applicantKinds().contains(kind))
                w.error(QStringLiteral("%1.applicant_kinds[%2]").arg(path).arg(k),
                        Text::tr("type de collectivité inconnu"));
            kindsOut.append(kind);
        }
        min = int(w.integer(o, path, QStringLiteral("population_min"), 0, 100000000));
        if (!o.value(QStringLiteral("population_max")).isNull())
            max = int(w.integer(o, path, QStringLiteral("population_max"), 0, 100000000));
        if (max && *max < min)
            w.error(path + QStringLiteral(".population_max"),
                    Text::tr("doit être supérieur ou égal à population_min"));
    }

    void readRates(const QJsonObject& root, Programme& p)
    {
        const QJsonArray list =
            w.array(root, QStringLiteral("$"), QStringLiteral("rates"), JsonWalker::MayBeEmpty);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("$.rates[%1]").arg(i);
            const QJsonObject o = w.element(list, i, path);
            w.allowOnly(o, path,
                        {QStringLiteral("applicant_kinds"), QStringLiteral("population_min"),
                         QStringLiteral("population_max"), QStringLiteral("rate_percent"),
                         QStringLiteral("label")});
            FundingRate r;
            readBand(o, path, r.applicantKinds, r.populationMin, r.populationMax);
            r.rate = Rate(w.integer(o, path, QStringLiteral("rate_percent"), 1,
                                    std::max(p.maxRatePercent, 1))) *
                     100;
            r.label = w.optionalString(o, path, QStringLiteral("label"));
            p.rates.append(r);
        }
    }

    void readCommittee(const QJsonObject& root, int version, Programme& p)
    {
        const QString path = QStringLiteral("$.committee");
        const QJsonObject o = w.object(root, QStringLiteral("$"), QStringLiteral("committee"));
        QStringList keys = {QStringLiteral("frequency"), QStringLiteral("dossier_threshold")};
        if (version >= 3)
            keys.append(QStringLiteral("quorum"));
        w.allowOnly(o, path, keys);
        if (o.contains(QStringLiteral("quorum")) && version >= 3)
            p.committeeQuorum = int(w.integer(o, path, QStringLiteral("quorum"), 1, 1000));
        p.committeeFrequency =
            w.oneOf(o, path, QStringLiteral("frequency"), {QStringLiteral("monthly")});
        p.committeeDossierThreshold =
            int(w.integer(o, path, QStringLiteral("dossier_threshold"), 0, 100000));
    }

    void readMapping(const QJsonObject& root, Programme& p)
    {
        const QJsonObject mapping =
            w.object(root, QStringLiteral("$"), QStringLiteral("ds_mapping"));
        w.allowOnly(mapping, QStringLiteral("$.ds_mapping"), {QStringLiteral("fields")});
        const QJsonArray list =
            w.array(mapping, QStringLiteral("$.ds_mapping"), QStringLiteral("fields"));
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("$.ds_mapping.fields[%1]").arg(i);
            const QJsonObject o = w.element(list, i, path);
            w.allowOnly(o, path,
                        {QStringLiteral("field"), QStringLiteral("label"),
                         QStringLiteral("synonyms"), QStringLiteral("required")});
            MappedField f;
            f.field = w.oneOf(o, path, QStringLiteral("field"), ProgrammeReader::mappableFields());
            if (!f.field.isEmpty())
                w.unique(seen, f.field, path + QStringLiteral(".field"));
            f.label = w.string(o, path, QStringLiteral("label"));
            const QJsonArray synonyms = w.array(o, path, QStringLiteral("synonyms"),
                                                JsonWalker::MayBeEmpty | JsonWalker::Optional);
            for (const QJsonValue& s : synonyms)
                f.synonyms.append(s.toString());
            f.required = o.value(QStringLiteral("required")).toBool(false);
            p.dsMapping.append(f);
        }
    }

    JsonWalker& w;
};

} // namespace

const QStringList& ProgrammeReader::applicantKinds()
{
    static const QStringList kinds = {QStringLiteral("commune"),  QStringLiteral("epci"),
                                      QStringLiteral("syndicat"), QStringLiteral("departement"),
                                      QStringLiteral("region"),   QStringLiteral("autre")};
    return kinds;
}

const QStringList& ProgrammeReader::mappableFields()
{
    static const QStringList fields = {QStringLiteral("applicant_kind"),
                                       QStringLiteral("declared_population"),
                                       QStringLiteral("subaxis"),
                                       QStringLiteral("title"),
                                       QStringLiteral("description"),
                                       QStringLiteral("audiences"),
                                       QStringLiteral("agents_count"),
                                       QStringLiteral("users_count"),
                                       QStringLiteral("total_cost"),
                                       QStringLiteral("personnel_cost"),
                                       QStringLiteral("it_equipment_cost"),
                                       QStringLiteral("non_eu_licences_cost"),
                                       QStringLiteral("requested_amount"),
                                       QStringLiteral("other_funding"),
                                       QStringLiteral("start_date"),
                                       QStringLiteral("end_date"),
                                       QStringLiteral("providers"),
                                       QStringLiteral("provider_departement"),
                                       QStringLiteral("joint_project"),
                                       QStringLiteral("partners"),
                                       QStringLiteral("deliberation"),
                                       QStringLiteral("quotes"),
                                       QStringLiteral("team"),
                                       QStringLiteral("contact_name"),
                                       QStringLiteral("contact_email"),
                                       QStringLiteral("contact_phone"),
                                       QStringLiteral("attestation"),
                                       QStringLiteral("instructor_opinion"),
                                       QStringLiteral("proposed_amount"),
                                       QStringLiteral("instructor_comment")};
    return fields;
}

ProgrammeReader::Outcome ProgrammeReader::read(const QByteArray& json)
{
    Outcome outcome;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        outcome.issues.append({QStringLiteral("$"), Text::tr("JSON illisible à l'octet %1 : %2")
                                                        .arg(parseError.offset)
                                                        .arg(parseError.errorString())});
        return outcome;
    }
    if (!doc.isObject()) {
        outcome.issues.append(
            {QStringLiteral("$"), Text::tr("le document doit être un objet JSON")});
        return outcome;
    }
    const QJsonObject root = doc.object();
    JsonWalker walker(outcome.issues);
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("guichet-programme")) {
        walker.error(QStringLiteral("$.format"), Text::tr("doit valoir « guichet-programme »"));
        return outcome;
    }
    const QJsonValue version = root.value(QStringLiteral("schema_version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
        walker.error(QStringLiteral("$.schema_version"), Text::tr("entier attendu"));
        return outcome;
    }
    if (version.toInt() < 1 || version.toInt() > Programme::kSchemaVersion) {
        walker.error(
            QStringLiteral("$.schema_version"),
            Text::tr("version %1 non prise en charge par cette version de Guichet (version "
                     "%2 au plus)")
                .arg(version.toInt())
                .arg(Programme::kSchemaVersion));
        return outcome;
    }
    Programme programme;
    Parser(walker).readTop(root, version.toInt(), programme);
    if (outcome.issues.isEmpty())
        outcome.programme = std::move(programme);
    return outcome;
}

ProgrammeReader::Outcome ProgrammeReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Outcome outcome;
        outcome.issues.append(
            {QStringLiteral("$"),
             Text::tr("impossible de lire %1 : %2").arg(path, file.errorString())});
        return outcome;
    }
    return read(file.readAll());
}

QByteArray ProgrammeReader::builtinDocument()
{
    QFile file(QStringLiteral(":/programmes/ain-2021.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in programme is missing from the resources");
    return file.readAll();
}

Programme ProgrammeReader::builtin()
{
    Outcome outcome = read(builtinDocument());
    if (!outcome.programme)
        qFatal("The built-in programme is invalid: %s", qPrintable(describe(outcome.issues)));
    return *outcome.programme;
}

QString ProgrammeReader::describe(const QList<ProgrammeIssue>& issues)
{
    QStringList lines;
    for (const ProgrammeIssue& issue : issues)
        lines.append(issue.path + QStringLiteral(" : ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace guichet
