#include "ScenarioStore.h"

#include "LedgerStore.h"
#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/SqlColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Scenarios)
};

namespace scenario_columns {
constexpr sql::Table kTable{"scenarios"};
constexpr sql::Column kName{"name"};
constexpr sql::Column kSubaxis{"subaxis"};
constexpr sql::Column kCutoffRank{"cutoff_rank"};
constexpr sql::Column kPartialLast{"partial_last"};
constexpr sql::Column kAvailable{"available_cents"};
constexpr sql::Column kCreatedAt{"created_at"};
constexpr sql::Column kCreatedBy{"created_by"};
const sql::Columns kAll = {kName,      kSubaxis,   kCutoffRank, kPartialLast,
                           kAvailable, kCreatedAt, kCreatedBy};
} // namespace scenario_columns

namespace row_columns {
constexpr sql::Table kTable{"scenario_rows"};
constexpr sql::Column kScenario{"scenario"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kRank{"rank"};
constexpr sql::Column kSubaxis{"subaxis"};
constexpr sql::Column kProposed{"proposed_cents"};
constexpr sql::Column kFunded{"funded_cents"};
const sql::Columns kAll = {kScenario, kDossierNumber, kRank, kSubaxis, kProposed, kFunded};
} // namespace row_columns

namespace adoption_columns {
constexpr sql::Table kTable{"scenario_adoptions"};
constexpr sql::Column kId{"id"};
constexpr sql::Column kScenario{"scenario"};
constexpr sql::Column kAdoptedAt{"adopted_at"};
constexpr sql::Column kAdoptedBy{"adopted_by"};
constexpr sql::Column kRevertedAt{"reverted_at"}; // NULL while the adoption is in force
constexpr sql::Column kRevertedBy{"reverted_by"};
constexpr sql::Column kRevertReason{"revert_reason"};
} // namespace adoption_columns

Error failure(const QSqlQuery& query)
{
    return Error::failure(
        Text::tr("Écriture impossible dans le classeur : %1").arg(query.lastError().text()));
}

Status audit(QSqlDatabase db, const QString& who, const QString& name, const QString& field,
             const QString& value)
{
    return AuditLog(std::move(db))
        .record(who, QStringLiteral("scenario"), name, field, QVariant(), value);
}

// The adoption of `name` in force, 0 for none.
qint64 adoptionInForce(const QSqlDatabase& db, const QString& name)
{
    using namespace adoption_columns;
    QSqlQuery query(db);
    query.prepare(sql::select(kTable, {kId}) + sql::where({kScenario}) + " AND "_L1 +
                  kRevertedAt.name + " IS NULL"_L1);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(kId.name).toLongLong() : 0;
}
} // namespace

Cents SavedScenario::funded() const
{
    Cents total = 0;
    for (const ScenarioRow& row : rows)
        total += row.funded;
    return total;
}

int SavedScenario::fundedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ScenarioRow& row) { return row.funded > 0; }));
}

QMap<QString, Cents> SavedScenario::fundedBySubaxis() const
{
    QMap<QString, Cents> totals;
    for (const ScenarioRow& row : rows)
        totals[row.subaxis] += row.funded;
    return totals;
}

ScenarioStore::ScenarioStore(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

QList<SavedScenario> ScenarioStore::list() const
{
    using namespace scenario_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<SavedScenario> list;
    if (!query.exec(sql::select(kTable, kAll) + " ORDER BY "_L1 + kName.name))
        return list;
    const sql::Positions position(query);
    const int name = position(kName), subaxis = position(kSubaxis), cutoff = position(kCutoffRank),
              partial = position(kPartialLast), available = position(kAvailable),
              createdAt = position(kCreatedAt), createdBy = position(kCreatedBy);
    while (query.next()) {
        SavedScenario s;
        s.definition = {query.value(name).toString(), query.value(subaxis).toString(),
                        query.value(cutoff).toInt(), query.value(partial).toBool()};
        s.available = query.value(available).toLongLong();
        s.createdAt = clock::fromText(query.value(createdAt).toString());
        s.createdBy = query.value(createdBy).toString();
        s.adoption = adoptionInForce(m_db, s.definition.name);
        list.append(std::move(s));
    }
    return list;
}

std::optional<SavedScenario> ScenarioStore::find(const QString& name) const
{
    std::optional<SavedScenario> found;
    for (SavedScenario& s : list()) {
        if (s.definition.name == name)
            found = std::move(s);
    }
    if (!found)
        return found;
    using namespace row_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kAll) + sql::where({kScenario}) + " ORDER BY "_L1 +
                  kRank.name + ", "_L1 + kDossierNumber.name);
    query.addBindValue(name);
    if (query.exec()) {
        const sql::Positions position(query);
        const int dossier = position(kDossierNumber), rank = position(kRank),
                  subaxis = position(kSubaxis), proposed = position(kProposed),
                  funded = position(kFunded);
        while (query.next())
            found->rows.append({query.value(dossier).toLongLong(), query.value(rank).toInt(),
                                query.value(subaxis).toString(), query.value(proposed).toLongLong(),
                                query.value(funded).toLongLong()});
    }
    return found;
}

Status ScenarioStore::save(const ScenarioDefinition& definition, Cents available,
                           const QList<ScenarioRow>& rows)
{
    const QString name = definition.name.trimmed();
    if (name.isEmpty())
        return Error::badInput(Text::tr("Un scénario a un nom."));
    if (definition.cutoffRank < 0)
        return Error::badInput(Text::tr("Le rang de coupure est un nombre positif."));
    if (find(name))
        return Error::badInput(
            Text::tr("Un scénario « %1 » existe déjà : choisissez un autre nom.").arg(name));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(sql::insert(scenario_columns::kTable, scenario_columns::kAll));
    query.addBindValue(name);
    query.addBindValue(definition.subaxis.isNull() ? QStringLiteral("") : definition.subaxis);
    query.addBindValue(definition.cutoffRank);
    query.addBindValue(definition.partialLast ? 1 : 0);
    query.addBindValue(available);
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(m_actor);
    if (!query.exec())
        return failure(query);
    query.prepare(sql::insert(row_columns::kTable, row_columns::kAll));
    for (const ScenarioRow& row : rows) {
        query.addBindValue(name);
        query.addBindValue(row.dossier);
        query.addBindValue(row.rank);
        query.addBindValue(row.subaxis);
        query.addBindValue(row.proposed);
        query.addBindValue(row.funded);
        if (!query.exec())
            return failure(query);
    }
    const SavedScenario saved{definition, available, {}, {}, rows, 0};
    if (Status status = audit(
            m_db, m_actor, name, QStringLiteral("saved"),
            Text::tr("coupure au rang %1, %n financé(s), %2", nullptr, int(saved.fundedCount()))
                .arg(definition.cutoffRank)
                .arg(money::format(saved.funded())));
        !status)
        return status;
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return success();
}

ScenarioComparison ScenarioStore::compare(const SavedScenario& first, const SavedScenario& second)
{
    QMap<qint64, ScenarioComparison::Difference> byDossier;
    for (const ScenarioRow& row : first.rows)
        byDossier[row.dossier] = {row.dossier, row.subaxis, row.funded, 0};
    for (const ScenarioRow& row : second.rows) {
        ScenarioComparison::Difference& d = byDossier[row.dossier];
        d.dossier = row.dossier;
        d.subaxis = row.subaxis;
        d.second = row.funded;
    }
    ScenarioComparison comparison;
    for (const ScenarioComparison::Difference& d : std::as_const(byDossier)) {
        if (d.first != d.second)
            comparison.differences.append(d);
    }
    return comparison;
}

Result<AdoptionReport> ScenarioStore::adopt(const QString& name, LedgerStore& ledger)
{
    const std::optional<SavedScenario> scenario = find(name);
    if (!scenario)
        return Error::badInput(Text::tr("Aucun scénario « %1 ».").arg(name));
    if (scenario->adoption != 0)
        return Error::badInput(Text::tr("Le scénario « %1 » est déjà adopté.").arg(name));
    Transaction transaction(m_db);
    using namespace adoption_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::insert(kTable, {kScenario, kAdoptedAt, kAdoptedBy}));
    query.addBindValue(name);
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(m_actor);
    if (!query.exec())
        return failure(query);
    AdoptionReport report;
    report.adoption = query.lastInsertId().toLongLong();
    for (const ScenarioRow& row : scenario->rows) {
        if (row.funded <= 0)
            continue;
        if (ledger.dossier(row.dossier).decision != DossierLedger::Decision::None) {
            report.skipped.append(row.dossier);
            continue;
        }
        Movement m;
        m.kind = Movement::Kind::Proposal;
        m.dossier = row.dossier;
        m.amount = row.funded;
        m.reference = name;
        m.adoption = report.adoption;
        m.reason = Text::tr("adoption du scénario « %1 »").arg(name);
        if (auto written = ledger.write(m, row.proposed); !written)
            return written.error();
        ++report.proposals;
    }
    if (Status status = audit(m_db, m_actor, name, QStringLiteral("adopted"),
                              Text::tr("%n proposition(s)", nullptr, report.proposals));
        !status)
        return status.error();
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return report;
}

Status ScenarioStore::revertAdoption(const QString& name, const QString& reason,
                                     LedgerStore& ledger)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(Text::tr("Revenir sur une adoption demande un motif."));
    const qint64 adoption = adoptionInForce(m_db, name);
    if (adoption == 0)
        return Error::badInput(Text::tr("Le scénario « %1 » n'est pas adopté.").arg(name));
    Transaction transaction(m_db);
    QSet<qint64> dossiers;
    for (const Movement& m : ledger.movements()) {
        if (m.adoption == adoption)
            dossiers.insert(m.dossier);
    }
    for (qint64 dossier : std::as_const(dossiers)) {
        const QList<Movement> history = ledger.movementsOf(dossier);
        // The proposals of the dossier, newest last: only one still the adoption's is undone.
        QList<Movement> proposals;
        for (const Movement& m : history) {
            if (m.kind == Movement::Kind::Proposal || m.kind == Movement::Kind::ProposalReset)
                proposals.append(m);
        }
        if (proposals.isEmpty() || proposals.constLast().adoption != adoption)
            continue;
        if (ledger.dossier(dossier).decision != DossierLedger::Decision::None)
            continue; // decided since: the decision stands
        Movement back;
        back.dossier = dossier;
        back.kind = Movement::Kind::ProposalReset;
        if (proposals.size() >= 2) {
            const Movement& before = proposals.at(proposals.size() - 2);
            back.kind = before.kind;
            back.amount = before.amount;
            back.rate = before.rate;
            back.reference = before.reference;
        }
        back.reason =
            Text::tr("retour sur l'adoption du scénario « %1 » : %2").arg(name, reason.trimmed());
        if (auto written = ledger.write(back, 0); !written)
            return written.error();
    }
    using namespace adoption_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::update(kTable, {kRevertedAt, kRevertedBy, kRevertReason}) +
                  sql::where({kId}));
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(m_actor);
    query.addBindValue(reason.trimmed());
    query.addBindValue(adoption);
    if (!query.exec())
        return failure(query);
    if (Status status = audit(m_db, m_actor, name, QStringLiteral("reverted"), reason.trimmed());
        !status)
        return status;
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return success();
}

} // namespace guichet
