#include "Scenario.h"

#include "EnvelopeOverview.h"
#include "LedgerStore.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionOverview.h"

#include <QCoreApplication>

#include <algorithm>

namespace guichet {

QList<ScenarioRow> scenarioCandidates(const InstructionOverview& instruction,
                                      const EnvelopeOverview& envelope, const QString& subaxis)
{
    QList<ScenarioRow> rows;
    for (auto it = instruction.all().cbegin(); it != instruction.all().cend(); ++it) {
        const DossierMoney* money = envelope.find(it.key());
        if (!money || !money->isPending() || money->proposed() <= 0)
            continue;
        if (!subaxis.isEmpty() && money->subaxis != subaxis)
            continue;
        const int rank = subaxis.isEmpty() ? it->rank.overall : it->rank.inSubaxis;
        if (rank > 0)
            rows.append({it.key(), rank, money->subaxis, money->proposed(), 0});
    }
    std::sort(rows.begin(), rows.end(),
              [](const ScenarioRow& a, const ScenarioRow& b) { return a.rank < b.rank; });
    return rows;
}

CutoffModel::CutoffModel(QList<ScenarioRow> rows, Cents available)
    : m_rows(std::move(rows))
    , m_available(available)
{
    const qsizetype n = m_rows.size();
    m_prefix.assign(size_t(n) + 1, 0);
    m_subaxisOf.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const ScenarioRow& row = m_rows.at(i);
        m_prefix[size_t(i) + 1] = m_prefix[size_t(i)] + row.proposed;
        qsizetype axis = m_subaxes.indexOf(row.subaxis);
        if (axis < 0) {
            axis = m_subaxes.size();
            m_subaxes.append(row.subaxis);
            m_subaxisPrefix.emplace_back(size_t(n) + 1, 0);
        }
        m_subaxisOf[size_t(i)] = int(axis);
    }
    for (size_t axis = 0; axis < m_subaxisPrefix.size(); ++axis) {
        std::vector<Cents>& prefix = m_subaxisPrefix[axis];
        for (qsizetype i = 0; i < n; ++i)
            prefix[size_t(i) + 1] =
                prefix[size_t(i)] +
                (m_subaxisOf[size_t(i)] == int(axis) ? m_rows.at(i).proposed : 0);
    }
}

Result<CutoffModel> CutoffModel::load(QSqlDatabase db, const Programme& programme,
                                      const QString& subaxis)
{
    if (!subaxis.isEmpty() && !programme.subaxis(subaxis))
        return Error::badInput(
            QCoreApplication::translate("Scenarios", "Sous-axe inconnu : « %1 ».").arg(subaxis));
    auto dossiers = DossierRepository(db).loadAll();
    if (!dossiers)
        return dossiers.error();
    const InstructionOverview instruction = InstructionOverview::load(*dossiers, programme, db);
    QHash<qint64, EligibilityAssessment::Verdict> verdicts;
    verdicts.reserve(instruction.all().size());
    for (auto it = instruction.all().cbegin(); it != instruction.all().cend(); ++it)
        verdicts.insert(it.key(), it->eligibility.verdict);
    const EnvelopeOverview envelope = EnvelopeOverview::compute(
        *dossiers, programme, verdicts, LedgerStore(db, programme, QString()).state());
    return CutoffModel(scenarioCandidates(instruction, envelope, subaxis),
                       envelope.ledger().remaining());
}

void CutoffModel::setCutoffRank(int rank)
{
    m_cutoffRank = rank;
    // The rows are in rank order: the retained ones are those before the first ranked above.
    const auto end = std::upper_bound(m_rows.cbegin(), m_rows.cend(), rank,
                                      [](int r, const ScenarioRow& row) { return r < row.rank; });
    m_count = int(end - m_rows.cbegin());
}

Cents CutoffModel::lastAmount() const
{
    const Cents proposal = m_rows.at(m_count - 1).proposed;
    if (!m_partialLast)
        return proposal;
    const Cents left = m_available - m_prefix[size_t(m_count) - 1];
    return std::clamp<Cents>(left, 0, proposal);
}

Cents CutoffModel::funded() const
{
    if (m_count == 0)
        return 0;
    return m_prefix[size_t(m_count) - 1] + lastAmount();
}

Cents CutoffModel::fundedAmount(int index) const
{
    if (index >= m_count)
        return 0;
    return index == m_count - 1 ? lastAmount() : m_rows.at(index).proposed;
}

QMap<QString, Cents> CutoffModel::fundedBySubaxis() const
{
    QMap<QString, Cents> totals;
    for (qsizetype axis = 0; axis < m_subaxes.size(); ++axis)
        totals.insert(m_subaxes.at(axis), m_subaxisPrefix[size_t(axis)][size_t(m_count)]);
    if (m_count > 0) { // the last row may be funded in part only
        const ScenarioRow& last = m_rows.at(m_count - 1);
        totals[last.subaxis] += lastAmount() - last.proposed;
    }
    return totals;
}

QList<ScenarioRow> CutoffModel::snapshot() const
{
    QList<ScenarioRow> rows = m_rows;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].funded = fundedAmount(int(i));
    return rows;
}

} // namespace guichet
