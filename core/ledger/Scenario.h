#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "programme/Programme.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace guichet {

class EnvelopeOverview;
class InstructionOverview;

// One dossier of a cutoff scenario, in the order of the ranking.
struct ScenarioRow
{
    qint64 dossier = 0;
    int rank = 0; // overall, or within the sub-axis of a scenario on one sub-axis
    QString subaxis;
    Cents proposed = 0;
    Cents funded = 0; // what the scenario gives it: proposed, part of it (partial last), or 0
};

// What a scenario is: where the cutoff line sits on which ranked list.
struct ScenarioDefinition
{
    QString name;
    QString subaxis;          // empty: the overall ranking
    int cutoffRank = 0;       // the dossiers ranked at most this are retained and funded
    bool partialLast = false; // the last retained is funded with what is left if it does not fit
};

// The dossiers a cutoff can fund: ranked (overall, or in `subaxis`), not yet decided, with a
// proposed amount; best first. `funded` is left at 0.
QList<ScenarioRow> scenarioCandidates(const InstructionOverview& instruction,
                                      const EnvelopeOverview& envelope,
                                      const QString& subaxis = {});

// The cutoff line over a ranked list, moved as the user drags it: the totals, the balance and
// the boundary of the « retenus non financés » are read in constant time at any cutoff (prefix
// sums, computed once), so that a drag over 100 000 dossiers keeps to one frame. Writes nothing:
// a scenario changes no record until it is adopted.
class CutoffModel
{
public:
    // `rows`: scenarioCandidates(); `available`: what the envelope has left (envelope −
    // committed), which the funded rows draw on.
    CutoffModel(QList<ScenarioRow> rows, Cents available);
    // The candidates of the workspace in `db` (overall, or of `subaxis`) and what its envelope
    // has left; BadInput for a sub-axis the programme does not have.
    static Result<CutoffModel> load(QSqlDatabase db, const Programme& programme,
                                    const QString& subaxis = {});

    void setCutoffRank(int rank);
    void setPartialLast(bool partial) { m_partialLast = partial; }
    int cutoffRank() const { return m_cutoffRank; }
    bool partialLast() const { return m_partialLast; }

    const QList<ScenarioRow>& rows() const { return m_rows; }
    Cents available() const { return m_available; }
    // Rows [0, fundedCount()) are retained and funded; the rest are « retenus non financés ».
    int fundedCount() const { return m_count; }
    // What row `index` receives at the current cutoff.
    Cents fundedAmount(int index) const;
    Cents funded() const;
    Cents balance() const { return m_available - funded(); } // negative: an overrun
    // Funded per sub-axis (every sub-axis present in the rows).
    QMap<QString, Cents> fundedBySubaxis() const;

    // The rows with their funded amounts at the current cutoff: what a saved scenario keeps.
    QList<ScenarioRow> snapshot() const;

private:
    // Funding of the last retained row when partial funding applies, else its proposal.
    Cents lastAmount() const;

    QList<ScenarioRow> m_rows;
    Cents m_available = 0;
    int m_cutoffRank = 0;
    bool m_partialLast = false;
    int m_count = 0;
    std::vector<Cents> m_prefix; // m_prefix[i]: proposals of rows [0, i)
    QStringList m_subaxes;
    std::vector<int> m_subaxisOf;                    // each row's index in m_subaxes
    std::vector<std::vector<Cents>> m_subaxisPrefix; // per sub-axis, like m_prefix
};

} // namespace guichet
