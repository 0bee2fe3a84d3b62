#include "ListExport.h"

#include "instruction/InstructionOverview.h"

#include <QCoreApplication>

#include <algorithm>

namespace guichet::list_export {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DossierList)
};

SheetCell cell(const Dossier& d, const DossierInstruction* i, int column)
{
    switch (column) {
    case Number:
        return SheetCell::ofNumber(double(d.number));
    case Applicant:
        return SheetCell::ofText(d.applicantName);
    case Kind:
        return SheetCell::ofText(applicant_kind::label(d.applicantKind));
    case Population:
        return d.population ? SheetCell::ofNumber(*d.population) : SheetCell();
    case Subaxis:
        return SheetCell::ofText(d.subaxis);
    case Title:
        return SheetCell::ofText(d.title);
    case TotalCost:
        return SheetCell::ofNumber(d.totalCost / 100.0, 2);
    case Requested:
        return SheetCell::ofNumber(d.requested / 100.0, 2);
    case State:
        return SheetCell::ofText(dossier_state::label(d.state));
    case DepositedAt:
        return SheetCell::ofDate(d.depositedAt.date());
    case Verdict:
        return i ? SheetCell::ofText(EligibilityAssessment::label(i->eligibility.verdict))
                 : SheetCell();
    case Score:
        return i && i->consolidation.score ? SheetCell::ofNumber(*i->consolidation.score / 100.0, 2)
                                           : SheetCell();
    case Rank:
        return i && i->rank.overall ? SheetCell::ofNumber(i->rank.overall) : SheetCell();
    }
    return {};
}
} // namespace

QString header(int column)
{
    switch (column) {
    case Number:
        return Text::tr("N° DS");
    case Applicant:
        return Text::tr("Collectivité");
    case Kind:
        return Text::tr("Type");
    case Population:
        return Text::tr("Population");
    case Subaxis:
        return Text::tr("Sous-axe");
    case Title:
        return Text::tr("Intitulé");
    case TotalCost:
        return Text::tr("Coût total");
    case Requested:
        return Text::tr("Montant sollicité");
    case State:
        return Text::tr("État DS");
    case DepositedAt:
        return Text::tr("Déposé le");
    case Verdict:
        return Text::tr("Éligibilité");
    case Score:
        return Text::tr("Note /100");
    case Rank:
        return Text::tr("Rang");
    }
    return {};
}

QList<int> defaultColumns()
{
    return {Number, Applicant, Kind,      Population, Subaxis, Verdict,    Score,
            Rank,   Title,     TotalCost, Requested,  State,   DepositedAt};
}

QList<const Dossier*> defaultRows(const QList<Dossier>& dossiers,
                                  const InstructionOverview& overview, const QString& subaxis,
                                  std::optional<EligibilityAssessment::Verdict> verdict)
{
    QList<const Dossier*> rows;
    for (const Dossier& d : dossiers) {
        const DossierInstruction* i = overview.find(d.number);
        if ((subaxis.isEmpty() || d.subaxis == subaxis) &&
            (!verdict || (i && i->eligibility.verdict == *verdict)))
            rows.append(&d);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Dossier* a, const Dossier* b) {
        return a->depositedAt < b->depositedAt;
    });
    return rows;
}

Sheet sheet(const QList<const Dossier*>& dossiers, const InstructionOverview& overview,
            const QList<int>& columns)
{
    Sheet sheet;
    sheet.name = Text::tr("Dossiers");
    for (const int column : columns)
        sheet.headers.append(header(column));
    for (const Dossier* d : dossiers) {
        const DossierInstruction* i = overview.find(d->number);
        QList<SheetCell> cells;
        for (const int column : columns)
            cells.append(cell(*d, i, column));
        sheet.rows.append(cells);
    }
    return sheet;
}

} // namespace guichet::list_export
