#pragma once

#include "Scenario.h"
#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

class LedgerStore;

// A scenario as saved: its definition and its rows as they were (funded and not), so that
// comparing and adopting read what the user saw, whatever changed since.
struct SavedScenario
{
    ScenarioDefinition definition;
    Cents available = 0; // what the envelope had left when it was saved
    QDateTime createdAt;
    QString createdBy;
    QList<ScenarioRow> rows;
    qint64 adoption = 0; // the adoption in force, 0 when not adopted (or reverted)

    Cents funded() const;
    Cents balance() const { return available - funded(); }
    int fundedCount() const;
    QMap<QString, Cents> fundedBySubaxis() const;
};

// Two scenarios side by side: the dossiers funded differently, and each one's totals.
struct ScenarioComparison
{
    struct Difference
    {
        qint64 dossier = 0;
        QString subaxis;
        Cents first = 0; // what the first scenario funds
        Cents second = 0;
    };
    QList<Difference> differences; // by DS number
};

struct AdoptionReport
{
    qint64 adoption = 0;
    int proposals = 0;     // proposals written
    QList<qint64> skipped; // decided since the scenario was saved: left as they are
};

// Saved scenarios (tables scenarios, scenario_rows, scenario_adoptions). Saving writes only
// these tables; adoption is the one step that touches the ledger.
class ScenarioStore
{
public:
    ScenarioStore(QSqlDatabase db, QString actor);

    QList<SavedScenario> list() const; // by name, without their rows
    std::optional<SavedScenario> find(const QString& name) const;

    // Saves `rows` (CutoffModel::snapshot()) under the definition's name, which must be new.
    Status save(const ScenarioDefinition& definition, Cents available,
                const QList<ScenarioRow>& rows);
    static ScenarioComparison compare(const SavedScenario& first, const SavedScenario& second);

    // Its funded rows become the proposals of their dossiers (for the next committee), written
    // through `ledger` with the adoption's id; all or nothing.
    Result<AdoptionReport> adopt(const QString& name, LedgerStore& ledger);
    // Undoes the adoption in force: each proposal it wrote, unless changed since, goes back to
    // what it was before (the instructor's, or the rules'); audited with `reason`.
    Status revertAdoption(const QString& name, const QString& reason, LedgerStore& ledger);

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace guichet
