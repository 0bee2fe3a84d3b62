#include "ProjectionSlide.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace guichet {

namespace {

ProjectedCriterion project(const Criterion& c, const CriterionConsolidation* consolidated)
{
    ProjectedCriterion p;
    p.label = c.label;
    p.weight = c.weight;
    p.scaleMin = c.scaleMin;
    p.scaleMax = c.scaleMax;
    if (consolidated && consolidated->count > 0) {
        p.level = consolidated->mean;
        p.spread = consolidated->spread();
        const int rounded =
            std::clamp(int(std::lround(consolidated->mean)), c.scaleMin, c.scaleMax);
        p.descriptor = c.levels.value(rounded - c.scaleMin);
    }
    return p;
}

ProjectionSlide slideOf(const Dossier& d, const AgendaEntry& entry,
                        const DossierInstruction* instruction, const Programme& programme)
{
    ProjectionSlide s;
    s.dossier = d.number;
    s.position = entry.item.position;
    s.collectivity = d.applicantName;
    s.population = d.population;
    s.title = d.title;
    s.subaxis = d.subaxis;
    if (const SubAxis* axis = programme.subaxis(d.subaxis))
        s.subaxisTitle = axis->title;
    s.totalCost = d.totalCost;
    s.requested = d.requested;
    if (entry.proposal) {
        s.proposed = entry.proposal->amount;
        s.basis = entry.proposal->basis();
    }
    for (const Criterion& c : programme.criteriaFor(d.subaxis))
        s.criteria.append(
            project(c, instruction ? instruction->consolidation.criterion(c.code) : nullptr));
    if (instruction) {
        if (instruction->consolidation.score)
            s.score = *instruction->consolidation.score / 100.0;
        s.disagreement = instruction->consolidation.disagreement;
        s.rank = instruction->rank.overall;
        s.rankInSubaxis = instruction->rank.inSubaxis;
    }
    if (entry.avis) {
        s.avis = entry.avis->kind;
        s.avisAmount = entry.avis->amount;
        s.amended = entry.avis->amended;
    }
    return s;
}

QHash<qint64, const Dossier*> byNumber(const SessionAgenda& agenda)
{
    QHash<qint64, const Dossier*> map;
    for (const Dossier& d : agenda.dossiers())
        map.insert(d.number, &d);
    return map;
}

} // namespace

QList<ProjectionSlide> projectionSlides(const SessionAgenda& agenda, const Programme& programme)
{
    const QHash<qint64, const Dossier*> dossiers = byNumber(agenda);
    QList<ProjectionSlide> slides;
    for (const AgendaEntry& entry : agenda.entries()) {
        const Dossier* d = dossiers.value(entry.item.dossier);
        if (!d)
            continue;
        slides.append(slideOf(*d, entry, agenda.instruction().find(entry.item.dossier), programme));
    }
    for (ProjectionSlide& s : slides)
        s.agendaSize = int(slides.size());
    return slides;
}

ProjectionGrid projectionGrid(const SessionAgenda& agenda, const Programme& programme)
{
    ProjectionGrid grid;
    grid.gauge = agenda.gauge();
    QList<AgendaEntry> entries = agenda.entries();
    std::stable_sort(
        entries.begin(), entries.end(), [](const AgendaEntry& a, const AgendaEntry& b) {
            return (a.item.rank ? a.item.rank : INT_MAX) < (b.item.rank ? b.item.rank : INT_MAX);
        });
    QSet<QString> used;
    for (const AgendaEntry& e : std::as_const(entries))
        used.insert(e.subaxis);
    QList<const Criterion*> criteria;
    for (const Criterion& c : programme.criteria) {
        if (std::any_of(c.subaxes.cbegin(), c.subaxes.cend(),
                        [&](const QString& s) { return used.contains(s); })) {
            criteria.append(&c);
            grid.criteria.append(c.label);
        }
    }
    const QHash<qint64, const Dossier*> dossiers = byNumber(agenda);
    Cents running = grid.gauge.committed;
    for (const AgendaEntry& e : std::as_const(entries)) {
        ProjectionGridRow row;
        row.rank = e.item.rank;
        row.dossier = e.item.dossier;
        if (const Dossier* d = dossiers.value(e.item.dossier))
            row.collectivity = d->applicantName;
        row.subaxis = e.subaxis;
        const DossierInstruction* instruction = agenda.instruction().find(e.item.dossier);
        for (const Criterion* c : std::as_const(criteria)) {
            const CriterionConsolidation* consolidated =
                instruction ? instruction->consolidation.criterion(c->code) : nullptr;
            row.levels.append(consolidated && consolidated->count > 0
                                  ? std::optional(consolidated->mean)
                                  : std::nullopt);
        }
        if (instruction && instruction->consolidation.score)
            row.score = *instruction->consolidation.score / 100.0;
        if (e.avis) {
            row.avis = e.avis->kind;
            row.amount = e.avis->isFavourable() ? e.avis->amount : 0;
        } else {
            row.amount = e.proposed();
        }
        // A decision already taken is in the committed amount the total started from.
        if (e.decision != DossierLedger::Decision::Attribution)
            running += row.amount;
        row.runningTotal = running;
        if (running <= grid.gauge.envelope && grid.cutoff == grid.rows.size())
            ++grid.cutoff;
        grid.rows.append(row);
    }
    return grid;
}

} // namespace guichet
