#include "SelectionGrid.h"

#include "common/Csv.h"
#include "exportgen/XlsxWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

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
    return FirstCriterion + int(m_programme.criteria.size()) + 3;
}

int SelectionGrid::scoreColumn() const
{
    return FirstCriterion + int(m_programme.criteria.size());
}

int SelectionGrid::disagreementColumn() const
{
    return scoreColumn() + 1;
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
    default:
        break;
    }
    const int criterion = column - FirstCriterion;
    if (criterion < m_programme.criteria.size()) {
        const Criterion& c = m_programme.criteria.at(criterion);
        return Text::tr("%1 (%2)").arg(c.label).arg(c.weight);
    }
    if (column == scoreColumn())
        return Text::tr("Note /100");
    if (column == disagreementColumn())
        return Text::tr("Désaccord");
    return Text::tr("Instructeurs");
}

QString SelectionGrid::headerToolTip(int column) const
{
    const int criterion = column - FirstCriterion;
    if (criterion >= 0 && criterion < m_programme.criteria.size()) {
        const Criterion& c = m_programme.criteria.at(criterion);
        return Text::tr("%1 — poids %2, échelle %3 à %4 ; moyenne des instructeurs.")
            .arg(c.description)
            .arg(c.weight)
            .arg(c.scaleMin)
            .arg(c.scaleMax);
    }
    if (column == scoreColumn())
        return Text::tr("Note pondérée des moyennes par critère, ramenée à 100.");
    if (column == disagreementColumn())
        return Text::tr("Écart d'au moins %n niveau(x) entre instructeurs sur un critère.", nullptr,
                        m_programme.disagreementThreshold);
    return {};
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
    const int criterion = column - FirstCriterion;
    if (criterion < 0 || criterion >= m_programme.criteria.size())
        return nullptr;
    return m_rows.at(row).instruction->consolidation.criterion(
        m_programme.criteria.at(criterion).code);
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
    default:
        break;
    }
    if (column == scoreColumn())
        return i.consolidation.score ? scoring::format(*i.consolidation.score) : QString();
    if (column == disagreementColumn())
        return i.consolidation.disagreement ? Text::tr("désaccord") : QString();
    if (column == columnCount() - 1)
        return i.consolidation.instructors.join(QStringLiteral(", "));
    const int criterion = column - FirstCriterion;
    if (!m_programme.criteria.at(criterion).appliesTo(d.subaxis))
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
    default:
        break;
    }
    if (column == scoreColumn())
        return i.consolidation.score ? *i.consolidation.score : -1;
    const int criterion = column - FirstCriterion;
    if (criterion >= 0 && criterion < m_programme.criteria.size()) {
        // Numbers only, so that the column sorts: no level -1, "s.o." -2.
        if (!m_programme.criteria.at(criterion).appliesTo(m_rows.at(row).dossier->subaxis))
            return -2.0;
        const CriterionConsolidation* c = consolidation(row, column);
        return c && c->count ? c->mean : -1.0;
    }
    return text(row, column);
}

SelectionGrid::Band SelectionGrid::band(int row, int column) const
{
    const int criterion = column - FirstCriterion;
    if (criterion < 0 || criterion >= m_programme.criteria.size())
        return Band::None;
    const Criterion& definition = m_programme.criteria.at(criterion);
    const CriterionConsolidation* c = consolidation(row, column);
    if (!c || c->count == 0 || definition.scaleMax <= definition.scaleMin)
        return Band::None;
    const double share =
        (c->mean - definition.scaleMin) / (definition.scaleMax - definition.scaleMin);
    return share < 1.0 / 3 ? Band::Low : share < 2.0 / 3 ? Band::Middle : Band::High;
}

QList<QStringList> SelectionGrid::table() const
{
    QList<QStringList> rows;
    QStringList headers;
    for (int column = 0; column < columnCount(); ++column)
        headers.append(header(column));
    rows.append(headers);
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column)
            cells.append(text(row, column));
        rows.append(cells);
    }
    return rows;
}

Status SelectionGrid::writeCsv(const QString& path) const
{
    QByteArray bytes;
    for (const QStringList& row : table())
        csv::appendRow(bytes, row);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return Error::failure(
            Text::tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
    return success();
}

Status SelectionGrid::writeXlsx(const QString& path) const
{
    XlsxWriter writer(path);
    if (Status status = writer.open(); !status)
        return status;
    writer.beginSheet(Text::tr("Grille"));
    writer.beginRow();
    for (int column = 0; column < columnCount(); ++column)
        writer.addHeader(header(column));
    writer.endRow();
    for (int row = 0; row < rowCount(); ++row) {
        writer.beginRow();
        for (int column = 0; column < columnCount(); ++column) {
            const QVariant key = sortKey(row, column);
            const bool numeric = column == Rank || column == RankInSubaxis || column == Number ||
                                 column == scoreColumn();
            if (numeric && !text(row, column).isEmpty())
                writer.addNumber(column == scoreColumn() ? key.toDouble() / 100 : key.toDouble());
            else if (text(row, column).isEmpty())
                writer.addEmpty();
            else
                writer.addText(text(row, column));
        }
        writer.endRow();
    }
    return writer.close();
}

} // namespace guichet
