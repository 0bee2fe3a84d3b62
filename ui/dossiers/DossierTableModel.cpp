#include "DossierTableModel.h"

#include "common/Format.h"

#include <QColor>
#include <QFont>

#include <limits>

namespace guichet {

DossierTableModel::DossierTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_collator(QLocale(QLocale::French, QLocale::France))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void DossierTableModel::clear()
{
    beginResetModel();
    m_dossiers.clear();
    m_searchTexts.clear();
    m_depositedMsecs.clear();
    m_applicantKeys.clear();
    m_titleKeys.clear();
    m_instruction = {};
    endResetModel();
}

void DossierTableModel::append(const QList<Dossier>& dossiers, const QList<QByteArray>& searchTexts)
{
    Q_ASSERT(dossiers.size() == searchTexts.size());
    if (dossiers.isEmpty())
        return;
    const int first = int(m_dossiers.size());
    beginInsertRows({}, first, first + int(dossiers.size()) - 1);
    m_dossiers.append(dossiers);
    m_searchTexts.append(searchTexts);
    for (const Dossier& d : dossiers)
        m_depositedMsecs.push_back(d.depositedAt.toMSecsSinceEpoch());
    m_applicantKeys.resize(size_t(m_dossiers.size()));
    m_titleKeys.resize(size_t(m_dossiers.size()));
    endInsertRows();
}

void DossierTableModel::setInstruction(InstructionOverview overview)
{
    m_instruction = std::move(overview);
    if (!m_dossiers.isEmpty())
        emit dataChanged(index(0, Verdict), index(rowCount() - 1, Rank));
}

void DossierTableModel::updateInstruction(int row, const Programme& programme,
                                          const QList<guichet::Score>& scores,
                                          const QHash<QString, EligibilityDecision>& decisions)
{
    m_instruction.update(m_dossiers.at(row), programme, scores, decisions);
    emit dataChanged(index(0, Verdict), index(rowCount() - 1, Rank));
}

const DossierInstruction* DossierTableModel::instruction(int row) const
{
    return m_instruction.find(m_dossiers.at(row).number);
}

int DossierTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dossiers.size());
}

int DossierTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DossierTableModel::rowOfNumber(qint64 number) const
{
    // Rows arrive ordered by DS number.
    const auto it = std::lower_bound(m_dossiers.cbegin(), m_dossiers.cend(), number,
                                     [](const Dossier& d, qint64 n) { return d.number < n; });
    return it != m_dossiers.cend() && it->number == number ? int(it - m_dossiers.cbegin()) : -1;
}

const QCollatorSortKey& DossierTableModel::sortKey(int row, int column) const
{
    auto& keys = column == Applicant ? m_applicantKeys : m_titleKeys;
    auto& key = keys[size_t(row)];
    if (!key) {
        const Dossier& d = m_dossiers.at(row);
        key = m_collator.sortKey(column == Applicant ? d.applicantName : d.title);
    }
    return *key;
}

bool DossierTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Dossier& a = m_dossiers.at(leftRow);
    const Dossier& b = m_dossiers.at(rightRow);
    switch (column) {
    case Number:
        return a.number < b.number;
    case Applicant:
    case Title:
        return sortKey(leftRow, column).compare(sortKey(rightRow, column)) < 0;
    case Kind:
        return a.applicantKind < b.applicantKind;
    case Population:
        return a.population.value_or(-1) < b.population.value_or(-1);
    case Subaxis:
        return a.subaxis < b.subaxis;
    case TotalCost:
        return a.totalCost < b.totalCost;
    case Requested:
        return a.requested < b.requested;
    case State:
        return int(a.state) < int(b.state);
    case DepositedAt:
        return m_depositedMsecs[size_t(leftRow)] < m_depositedMsecs[size_t(rightRow)];
    default:
        break;
    }
    const DossierInstruction* ia = instruction(leftRow);
    const DossierInstruction* ib = instruction(rightRow);
    switch (column) {
    case Verdict:
        return (ia ? int(ia->eligibility.verdict) : 9) < (ib ? int(ib->eligibility.verdict) : 9);
    case Score:
        return (ia ? ia->consolidation.score.value_or(-1) : -1) <
               (ib ? ib->consolidation.score.value_or(-1) : -1);
    case Rank: {
        // Unranked dossiers after the ranked ones.
        auto rank = [](const DossierInstruction* i) {
            return i && i->rank.overall ? i->rank.overall : std::numeric_limits<int>::max();
        };
        return rank(ia) < rank(ib);
    }
    }
    return false;
}

QString DossierTableModel::displayText(const Dossier& d, int column) const
{
    switch (column) {
    case Number:
        return QString::number(d.number);
    case Applicant:
        return d.applicantResolved ? d.applicantName : QStringLiteral("⚠ ") + d.applicantName;
    case Kind:
        return applicant_kind::label(d.applicantKind);
    case Population:
        return d.population ? format::integer(*d.population) : QString();
    case Subaxis:
        return d.subaxis;
    case Title:
        return d.title;
    case TotalCost:
        return money::format(d.totalCost);
    case Requested:
        return money::format(d.requested);
    case State:
        return dossier_state::label(d.state);
    case DepositedAt:
        return format::date(d.depositedAt.date());
    default:
        break;
    }
    const DossierInstruction* i = m_instruction.find(d.number);
    if (!i)
        return {};
    switch (column) {
    case Verdict:
        return EligibilityAssessment::label(i->eligibility.verdict);
    case Score:
        // The flag is a symbol and a word in the tooltip, not only a colour.
        return i->consolidation.score
                   ? (i->consolidation.disagreement ? QStringLiteral("⚑ ") : QString()) +
                         scoring::format(*i->consolidation.score)
               : i->consolidation.disagreement ? QStringLiteral("⚑")
                                               : QString();
    case Rank:
        return i->rank.overall ? QString::number(i->rank.overall) : QString();
    }
    return {};
}

QVariant DossierTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Dossier& d = m_dossiers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(d, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Population || index.column() == TotalCost ||
            index.column() == Requested || index.column() == Number || index.column() == Score ||
            index.column() == Rank)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Applicant && !d.applicantResolved)
            return tr("%1 — absent du référentiel des collectivités").arg(d.applicantName);
        if (index.column() == Number && d.absentSince)
            return tr("Absent du dernier export DS importé");
        if (index.column() == Title || index.column() == Applicant)
            return displayText(d, index.column());
        if (index.column() == Score) {
            const DossierInstruction* i = m_instruction.find(d.number);
            if (i && i->consolidation.disagreement)
                return tr("Désaccord entre instructeurs sur au moins un critère (%1)")
                    .arg(i->consolidation.instructors.join(QStringLiteral(", ")));
            if (i && !i->consolidation.instructors.isEmpty())
                return tr("Notée par %1")
                    .arg(i->consolidation.instructors.join(QStringLiteral(", ")));
        }
        return {};
    case Qt::ForegroundRole:
        // Colour is never the only signal: the tooltip and the detail pane say it in words.
        if (index.column() == Applicant && !d.applicantResolved)
            return QColor(0xA0, 0x52, 0x00);
        if (d.absentSince)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole:
        if (d.absentSince) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant DossierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return list_export::header(section);
}

} // namespace guichet
