#include "ScorePackage.h"

#include "InstructionStore.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "dossier/DossierRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <functional>
#include <optional>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScorePackage)
};

const QString kFormat = QStringLiteral("guichet-scores");
constexpr int kVersion = 1;

QByteArray digest(const QJsonObject& package)
{
    return QCryptographicHash::hash(QJsonDocument(package).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

// A JSON number that is a whole number (2, not 2.5 nor "2").
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
        return std::nullopt;
    return value.toInteger();
}

// How an item of the package compares with the workspace's.
enum class Merge
{
    Add,
    Identical,
    Replace,
    KeepNewer
};

template <typename T>
Merge compare(const std::optional<T>& local, bool sameContent, const QDateTime& incoming,
              const QDateTime& localAt)
{
    if (!local)
        return Merge::Add;
    if (sameContent)
        return Merge::Identical;
    return incoming > localAt ? Merge::Replace : Merge::KeepNewer;
}
// What a refused item is about, as a person reads it: the programme's label, not its code.
QString criterionItem(const Programme& programme, const QString& code)
{
    for (const Criterion& criterion : programme.criteria) {
        if (criterion.code == code)
            return Text::tr("critère « %1 »").arg(criterion.label);
    }
    return Text::tr("critère « %1 »").arg(code);
}

QString checkItem(const Programme& programme, const QString& code)
{
    for (const EligibilityCheck& check : programme.eligibilityChecks) {
        if (check.code == code)
            return Text::tr("vérification « %1 »").arg(check.label);
    }
    return Text::tr("vérification « %1 »").arg(code);
}
} // namespace

QJsonObject ScoreMergeReport::toJson() const
{
    return {{QStringLiteral("instructor"), instructor},
            {QStringLiteral("added"), added},
            {QStringLiteral("identical"), identical},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("kept_newer"), keptNewer},
            {QStringLiteral("refused"), QJsonArray::fromStringList(refused)}};
}

QString ScoreMergeReport::toText() const
{
    QString text =
        Text::tr("Notes de %1 : %n ajoutée(s), ", nullptr, added).arg(instructor) +
        Text::tr("%n identique(s) ignorée(s), ", nullptr, identical) +
        Text::tr("%n remplacée(s) par une modification plus récente, ", nullptr, updated) +
        Text::tr("%n conservée(s) (celle de ce classeur était plus récente).", nullptr, keptNewer);
    if (!refused.isEmpty()) {
        text +=
            QLatin1Char('\n') + Text::tr("%n élément(s) refusé(s) :", nullptr, int(refused.size()));
        for (const QString& line : refused)
            text += QStringLiteral("\n  • ") + line;
    }
    return text;
}

QString score_package::ExportSummary::toText() const
{
    return Text::tr("%1, %2 et %3")
        .arg(Text::tr("%n note(s)", nullptr, scores), Text::tr("%n avis", nullptr, opinions),
             Text::tr("%n décision(s) d'éligibilité", nullptr, decisions));
}

namespace score_package {

Result<ExportSummary> write(QSqlDatabase db, const Programme& programme, const QString& instructor,
                            const QString& path)
{
    const InstructionStore store(db, programme, instructor);
    ExportSummary summary;
    QJsonArray scores;
    for (const Score& s : store.scoresBy(instructor)) {
        scores.append(
            QJsonObject{{QStringLiteral("dossier"), s.dossier},
                        {QStringLiteral("criterion"), s.criterion},
                        {QStringLiteral("level"), s.level ? QJsonValue(*s.level) : QJsonValue()},
                        {QStringLiteral("comment"), s.comment},
                        {QStringLiteral("updated_at"), clock::toText(s.updatedAt)}});
        ++summary.scores;
    }
    QJsonArray opinions;
    for (const Opinion& o : store.opinionsBy(instructor)) {
        opinions.append(QJsonObject{{QStringLiteral("dossier"), o.dossier},
                                    {QStringLiteral("stance"), Opinion::apiName(o.stance)},
                                    {QStringLiteral("text"), o.text},
                                    {QStringLiteral("updated_at"), clock::toText(o.updatedAt)}});
        ++summary.opinions;
    }
    QJsonArray decisions;
    for (const EligibilityDecision& d : store.decisionsBy(instructor)) {
        decisions.append(QJsonObject{{QStringLiteral("dossier"), d.dossier},
                                     {QStringLiteral("check"), d.check},
                                     {QStringLiteral("outcome"), CheckResult::apiName(d.outcome)},
                                     {QStringLiteral("justification"), d.justification},
                                     {QStringLiteral("decided_at"), clock::toText(d.decidedAt)}});
        ++summary.decisions;
    }
    const QJsonObject package{{QStringLiteral("format"), kFormat},
                              {QStringLiteral("version"), kVersion},
                              {QStringLiteral("programme"), programme.id},
                              {QStringLiteral("instructor"), instructor},
                              {QStringLiteral("exported_at"), clock::toText(clock::now())},
                              {QStringLiteral("scores"), scores},
                              {QStringLiteral("opinions"), opinions},
                              {QStringLiteral("eligibility"), decisions}};
    const QJsonObject document{{QStringLiteral("package"), package},
                               {QStringLiteral("sha256"), QString::fromLatin1(digest(package))}};
    if (Status status =
            writeFileAtomically(path, QJsonDocument(document).toJson(QJsonDocument::Indented));
        !status)
        return status.error();
    return summary;
}

Result<ScoreMergeReport> merge(QSqlDatabase db, const Programme& programme, const QString& actor,
                               const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            Text::tr("%1 : lecture impossible (%2).").arg(name, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error::badInput(Text::tr("%1 : ce n'est pas un paquet de notes Guichet (%2).")
                                   .arg(name, parseError.errorString()));
    const QJsonObject package = document.object().value(QStringLiteral("package")).toObject();
    if (package.value(QStringLiteral("format")).toString() != kFormat)
        return Error::badInput(Text::tr("%1 : ce n'est pas un paquet de notes Guichet.").arg(name));
    if (package.value(QStringLiteral("version")).toInt() > kVersion)
        return Error::badInput(
            Text::tr("%1 : paquet d'une version plus récente de Guichet.").arg(name));
    if (document.object().value(QStringLiteral("sha256")).toString().toLatin1() != digest(package))
        return Error::badInput(Text::tr("%1 : l'empreinte SHA-256 ne correspond pas au contenu : "
                                        "le paquet a été modifié ou abîmé.")
                                   .arg(name));
    if (package.value(QStringLiteral("programme")).toString() != programme.id)
        return Error::badInput(
            Text::tr("%1 : paquet du programme « %2 », pas de celui de ce "
                     "classeur (« %3 »).")
                .arg(name, package.value(QStringLiteral("programme")).toString(), programme.id));
    ScoreMergeReport report;
    report.instructor = package.value(QStringLiteral("instructor")).toString();
    if (report.instructor.trimmed().isEmpty())
        return Error::badInput(Text::tr("%1 : le paquet ne nomme pas son instructeur.").arg(name));

    InstructionStore store(db, programme, actor);
    Transaction transaction(db);
    const QSet<qint64> known = DossierRepository(db).numbers();
    // An item the workspace cannot take for a reason of its own (a dossier it does not hold, a
    // declared conflict) is refused and listed; a malformed one rejects the whole package.
    auto apply = [&](Merge merge, const std::function<Status()>& write, qint64 dossier,
                     const QString& item) -> Status {
        switch (merge) {
        case Merge::Identical:
            ++report.identical;
            return success();
        case Merge::KeepNewer:
            ++report.keptNewer;
            return success();
        case Merge::Add:
        case Merge::Replace:
            break;
        }
        if (!known.contains(dossier)) {
            report.refused.append(
                Text::tr("dossier %1 : absent de ce classeur, %2 ignoré").arg(dossier).arg(item));
            return success();
        }
        if (const auto conflict = store.conflictFor(report.instructor, dossier)) {
            report.refused.append(Text::tr("dossier %1, %2 : %3 a déclaré un lien avec %4 "
                                           "(déport)")
                                      .arg(dossier)
                                      .arg(item, report.instructor, conflict->applicantName));
            return success();
        }
        if (Status status = write(); !status)
            return Error::badInput(Text::tr("%1, dossier %2, %3 : %4")
                                       .arg(name)
                                       .arg(dossier)
                                       .arg(item, status.error().message));
        ++(merge == Merge::Add ? report.added : report.updated);
        return success();
    };

    // An item that is not what a package holds rejects the whole package: a dossier number, a
    // whole level or none, a known stance, a valid time (the newer edit wins by it).
    auto malformed = [&](const QString& section, qsizetype index, const QString& field) {
        return Error::badInput(Text::tr("%1 : « %2 » n° %3 : valeur « %4 » invalide.")
                                   .arg(name, section)
                                   .arg(index + 1)
                                   .arg(field));
    };
    auto readCommon = [&](const QJsonObject& o, const QString& section, qsizetype index,
                          const QString& timeKey, qint64& dossier, QDateTime& at) -> Status {
        const auto number = wholeNumber(o.value(QStringLiteral("dossier")));
        if (!number || *number <= 0)
            return malformed(section, index, QStringLiteral("dossier"));
        dossier = *number;
        at = clock::fromText(o.value(timeKey).toString());
        if (!at.isValid())
            return malformed(section, index, timeKey);
        return success();
    };

    const QHash<qint64, QList<Score>> localScores = store.allScores();
    const QJsonArray scoreItems = package.value(QStringLiteral("scores")).toArray();
    for (qsizetype index = 0; index < scoreItems.size(); ++index) {
        const QJsonObject o = scoreItems.at(index).toObject();
        Score s;
        if (Status status = readCommon(o, QStringLiteral("scores"), index,
                                       QStringLiteral("updated_at"), s.dossier, s.updatedAt);
            !status)
            return status.error();
        s.instructor = report.instructor;
        s.criterion = o.value(QStringLiteral("criterion")).toString();
        if (!o.value(QStringLiteral("level")).isNull()) {
            const auto level = wholeNumber(o.value(QStringLiteral("level")));
            if (!level)
                return malformed(QStringLiteral("scores"), index, QStringLiteral("level"));
            s.level = int(*level);
        }
        s.comment = o.value(QStringLiteral("comment")).toString();
        std::optional<Score> local;
        for (const Score& l : localScores.value(s.dossier)) {
            if (l.instructor == s.instructor && l.criterion == s.criterion)
                local = l;
        }
        const Merge m = compare(local, local && local->sameContent(s), s.updatedAt,
                                local ? local->updatedAt : QDateTime());
        if (Status status = apply(
                m, [&] { return store.writeScore(s); }, s.dossier,
                criterionItem(programme, s.criterion));
            !status)
            return status.error();
    }
    const QJsonArray opinionItems = package.value(QStringLiteral("opinions")).toArray();
    for (qsizetype index = 0; index < opinionItems.size(); ++index) {
        const QJsonObject o = opinionItems.at(index).toObject();
        Opinion op;
        if (Status status = readCommon(o, QStringLiteral("opinions"), index,
                                       QStringLiteral("updated_at"), op.dossier, op.updatedAt);
            !status)
            return status.error();
        op.instructor = report.instructor;
        const auto stance = Opinion::fromApiName(o.value(QStringLiteral("stance")).toString());
        if (!stance)
            return malformed(QStringLiteral("opinions"), index, QStringLiteral("stance"));
        op.stance = *stance;
        op.text = o.value(QStringLiteral("text")).toString();
        std::optional<Opinion> local;
        for (const Opinion& l : store.opinions(op.dossier)) {
            if (l.instructor == op.instructor)
                local = l;
        }
        const bool same = local && local->stance == op.stance && local->text == op.text;
        if (Status status = apply(
                compare(local, same, op.updatedAt, local ? local->updatedAt : QDateTime()),
                [&] { return store.writeOpinion(op); }, op.dossier, Text::tr("avis"));
            !status)
            return status.error();
    }
    const QJsonArray decisionItems = package.value(QStringLiteral("eligibility")).toArray();
    for (qsizetype index = 0; index < decisionItems.size(); ++index) {
        const QJsonObject o = decisionItems.at(index).toObject();
        EligibilityDecision d;
        if (Status status = readCommon(o, QStringLiteral("eligibility"), index,
                                       QStringLiteral("decided_at"), d.dossier, d.decidedAt);
            !status)
            return status.error();
        d.check = o.value(QStringLiteral("check")).toString();
        const auto outcome =
            CheckResult::fromApiName(o.value(QStringLiteral("outcome")).toString());
        if (!outcome)
            return Error::badInput(Text::tr("%1, dossier %2 : résultat « %3 » inconnu.")
                                       .arg(name)
                                       .arg(d.dossier)
                                       .arg(o.value(QStringLiteral("outcome")).toString()));
        d.outcome = *outcome;
        d.justification = o.value(QStringLiteral("justification")).toString();
        d.instructor = report.instructor;
        const QHash<QString, EligibilityDecision> locals = store.decisions(d.dossier);
        std::optional<EligibilityDecision> local;
        if (locals.contains(d.check))
            local = locals.value(d.check);
        const bool same =
            local && local->outcome == d.outcome && local->justification == d.justification;
        // Decisions are the dossier's, not the instructor's: a conflicted person's decision is
        // refused like their scores.
        if (Status status = apply(
                compare(local, same, d.decidedAt, local ? local->decidedAt : QDateTime()),
                [&] { return store.writeDecision(d); }, d.dossier, checkItem(programme, d.check));
            !status)
            return status.error();
    }
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer les notes : %1").arg(transaction.lastError()));
    return report;
}

} // namespace score_package

} // namespace guichet
