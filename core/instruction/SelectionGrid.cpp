#include "SelectionGrid.h"

#include "common/Palette.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SelectionGrid)
};

// The order rows take: ranked by rank, then unscored eligible dossiers, then the set-apart
// ineligible ones; DS number within the last two.
int group(const DossierInstruction& i)
{
    if (i.eligibility.verdict == EligibilityAssessment::Verdict::NotEligible)
        return 2;
    return i.rank.overall > 0 ? 0 : 1;
}

// The colour follows the value: one band per half level (per level on scales too long for
// ColorBrewer's nine classes), so that means half a level apart never share a colour.
int bandSteps(const Criterion& c)
{
    const int levels = c.scaleMax - c.scaleMin;
    return 2 * levels + 1 <= 9 ? 2 * levels : std::min(levels, 8);
}
} // namespace

SelectionGrid::SelectionGrid(const Programme& programme, QList<Dossier> dossiers,
                             InstructionOverview overview)
    : m_programme(programme)
    , m_dossiers(std::move(dossiers))
    , m_overview(std::move(overview))
{
    rebuild();
}

void SelectionGrid::setSubaxis(const QString& subaxis)
{
    m_subaxis = subaxis;
    rebuild();
}

void SelectionGrid::rebuild()
{
    // A criterion that does not apply to the sub-axis shown would be a column of « s.o. ».
    m_criteria.clear();
    for (const Criterion& c : m_programme.criteria) {
        if (m_subaxis.isEmpty() || c.appliesTo(m_subaxis))
            m_criteria.append(&c);
    }
    m_rows.clear();
    for (const Dossier& d : std::as_const(m_dossiers)) {
        const DossierInstruction* i = m_overview.find(d.number);
        if (i && (m_subaxis.isEmpty() || d.subaxis == m_subaxis))
            m_rows.append({&d, i});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
        const int ga = group(*a.instruction);
        const int gb = group(*b.instruction);
        if (ga != gb)
            return ga < gb;
        if (ga == 0)
            return a.instruction->rank.overall < b.instruction->rank.overall;
        return a.dossier->number < b.dossier->number;
    });
}

int SelectionGrid::columnCount() const
{
    return instructorsColumn() + 1;
}

int SelectionGrid::instructorsColumn() const
{
    return FirstCriterion + int(m_criteria.size());
}

const Criterion* SelectionGrid::criterion(int column) const
{
    const int index = column - FirstCriterion;
    return index >= 0 && index < m_criteria.size() ? m_criteria.at(index) : nullptr;
}

QString SelectionGrid::header(int column) const
{
    switch (column) {
    case Rank:
        return Text::tr("Rang");
    case RankInSubaxis:
        return Text::tr("Rang (sous-axe)");
    case Number:
        return Text::tr("Dossier");
    case Applicant:
        return Text::tr("Demandeur");
    case Subaxis:
        return Text::tr("Sous-axe");
    case Eligibility:
        return Text::tr("Éligibilité");
    case Score:
        return Text::tr("Note /100");
    case Disagreement:
        return Text::tr("Désaccord");
    default:
        break;
    }
    if (const Criterion* c = criterion(column))
        return Text::tr("%1 (%2)").arg(c->label).arg(c->weight);
    return Text::tr("Instructeurs");
}

QString SelectionGrid::headerToolTip(int column) const
{
    if (const Criterion* c = criterion(column))
        return Text::tr("%1 — %2 : poids %3, échelle %4 à %5 ; moyenne des instructeurs.")
            .arg(c->label, c->description)
            .arg(c->weight)
            .arg(c->scaleMin)
            .arg(c->scaleMax);
    if (column == Score)
        return Text::tr("Note pondérée des moyennes par critère, ramenée à 100.");
    if (column == Disagreement)
        return Text::tr("Écart d'au moins %n niveau entre instructeurs sur un critère.", nullptr,
                        m_programme.disagreementThreshold);
    return header(column); // the full label, however narrow the column
}

bool SelectionGrid::isDisagreement(int row) const
{
    return m_rows.at(row).instruction->consolidation.disagreement;
}

bool SelectionGrid::isSetApart(int row) const
{
    return group(*m_rows.at(row).instruction) == 2;
}

const CriterionConsolidation* SelectionGrid::consolidation(int row, int column) const
{
    const Criterion* c = criterion(column);
    return c ? m_rows.at(row).instruction->consolidation.criterion(c->code) : nullptr;
}

QString SelectionGrid::text(int row, int column) const
{
    const Dossier& d = *m_rows.at(row).dossier;
    const DossierInstruction& i = *m_rows.at(row).instruction;
    const QLocale french(QLocale::French);
    switch (column) {
    case Rank:
        return i.rank.overall ? QString::number(i.rank.overall) : QString();
    case RankInSubaxis:
        return i.rank.inSubaxis ? QString::number(i.rank.inSubaxis) : QString();
    case Number:
        return QString::number(d.number);
    case Applicant:
        return d.applicantName;
    case Subaxis:
        return d.subaxis;
    case Eligibility:
        return EligibilityAssessment::label(i.eligibility.verdict);
    case Score:
        return i.consolidation.score ? scoring::format(*i.consolidation.score) : QString();
    case Disagreement:
        return i.consolidation.disagreement ? Text::tr("désaccord") : QString();
    default:
        break;
    }
    const Criterion* criterion = this->criterion(column);
    if (!criterion)
        return i.consolidation.instructors.join(QStringLiteral(", "));
    if (!criterion->appliesTo(d.subaxis))
        return Text::tr("s.o."); // sans objet: the criterion does not apply to the sub-axis
    const CriterionConsolidation* c = consolidation(row, column);
    if (!c || c->count == 0)
        return QString();
    QString value = french.toString(c->mean, 'f', 1);
    if (c->min != c->max)
        value += Text::tr(" (%1–%2)").arg(c->min).arg(c->max);
    return value;
}

QVariant SelectionGrid::sortKey(int row, int column) const
{
    const DossierInstruction& i = *m_rows.at(row).instruction;
    switch (column) {
    case Rank:
    case RankInSubaxis: {
        // Unranked rows sort after every ranked one, in their grid order.
        const int rank = column == Rank ? i.rank.overall : i.rank.inSubaxis;
        return rank ? rank : 1000000 + row;
    }
    case Number:
        return m_rows.at(row).dossier->number;
    case Score:
        return i.consolidation.score ? *i.consolidation.score : -1;
    default:
        break;
    }
    if (const Criterion* c = criterion(column)) {
        // Numbers only, so that the column sorts: no level -1, "s.o." -2.
        if (!c->appliesTo(m_rows.at(row).dossier->subaxis))
            return -2.0;
        const CriterionConsolidation* consolidated = consolidation(row, column);
        return consolidated && consolidated->count ? consolidated->mean : -1.0;
    }
    return text(row, column);
}

std::optional<quint32> SelectionGrid::fill(int row, int column) const
{
    const Criterion* c = criterion(column);
    const CriterionConsolidation* consolidated = consolidation(row, column);
    if (!c || !consolidated || consolidated->count == 0 || bandSteps(*c) <= 0)
        return std::nullopt;
    const int steps = bandSteps(*c);
    const double share = (consolidated->mean - c->scaleMin) / (c->scaleMax - c->scaleMin);
    return palette::blues(steps + 1).at(std::clamp(qRound(share * steps), 0, steps));
}

QList<SelectionGrid::Band> SelectionGrid::bands() const
{
    // The programme's criteria share one scale; a criterion on another scale is coloured by
    // its position on its own, as the first one's legend reads.
    const Criterion* c = m_criteria.value(0);
    if (!c || bandSteps(*c) <= 0)
        return {};
    const int steps = bandSteps(*c);
    const QList<quint32> colours = palette::blues(steps + 1);
    QList<Band> bands;
    for (int i = 0; i <= steps; ++i)
        bands.append(
            {c->scaleMin + double(i) * (c->scaleMax - c->scaleMin) / steps, colours.at(i)});
    return bands;
}

Sheet SelectionGrid::sheet() const
{
    Sheet sheet;
    sheet.name = Text::tr("Grille");
    for (int column = 0; column < columnCount(); ++column) {
        const Criterion* c = criterion(column);
        if (!c) {
            sheet.headers.append(header(column));
            continue;
        }
        sheet.headers.append(Text::tr("%1 — moyenne").arg(header(column)));
        sheet.headers.append(Text::tr("%1 — min").arg(c->label));
        sheet.headers.append(Text::tr("%1 — max").arg(c->label));
    }
    for (int row = 0; row < rowCount(); ++row) {
        const DossierInstruction& i = *m_rows.at(row).instruction;
        QList<SheetCell> cells;
        for (int column = 0; column < columnCount(); ++column) {
            const Criterion* c = criterion(column);
            const CriterionConsolidation* consolidated = consolidation(row, column);
            if (c && consolidated && consolidated->count > 0) {
                SheetCell mean = SheetCell::ofNumber(consolidated->mean, 2);
                mean.fill = fill(row, column);
                cells << mean << SheetCell::ofNumber(consolidated->min)
                      << SheetCell::ofNumber(consolidated->max);
            } else if (c) {
                cells << SheetCell::ofText(text(row, column)) << SheetCell() << SheetCell();
            } else if (column == Score) {
                cells << (i.consolidation.score
                              ? SheetCell::ofNumber(*i.consolidation.score / 100.0, 2)
                              : SheetCell());
            } else if (column == Rank || column == RankInSubaxis || column == Number) {
                const QString value = text(row, column);
                cells << (value.isEmpty() ? SheetCell() : SheetCell::ofNumber(value.toDouble()));
            } else {
                cells << SheetCell::ofText(text(row, column));
            }
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

} // namespace guichet
