#include "ProjectionDossierView.h"

#include "ProjectionStyle.h"
#include "common/Format.h"
#include "common/Money.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace guichet {

using namespace projection;

namespace {
// Numbers in French whatever the language, as everywhere in Guichet (Localization.cpp).
QString decimal(double value)
{
    return QLocale(QLocale::French).toString(value, 'f', 1);
}

QString rankText(const ProjectionSlide& s)
{
    if (s.rank <= 0)
        return ProjectionDossierView::tr("non classé");
    return ProjectionDossierView::tr("rang %1 (%2 dans le sous-axe)")
        .arg(s.rank)
        .arg(s.rankInSubaxis);
}

QString avisText(const ProjectionSlide& s)
{
    if (!s.avis)
        return ProjectionDossierView::tr("Avis à donner");
    QString text = ProjectionDossierView::tr("Avis : %1").arg(Avis::label(*s.avis));
    if (Avis::isFavourable(*s.avis))
        text += QStringLiteral(", ") + money::format(s.avisAmount);
    if (s.amended)
        text += QStringLiteral(" ") + ProjectionDossierView::tr("(modifié)");
    return text;
}
} // namespace

ProjectionDossierView::ProjectionDossierView(QWidget* parent)
    : QWidget(parent)
    , m_position(label(this, TextRole::Heading, kMutedInk))
    , m_avis(label(this, TextRole::Heading))
    , m_collectivity(label(this, TextRole::Title))
    , m_population(label(this, TextRole::Heading, kMutedInk))
    , m_title(label(this, TextRole::Heading, kInk, true))
    , m_subaxis(label(this, TextRole::Body, kInk, true))
    , m_basis(label(this, TextRole::Body, kMutedInk, true))
    , m_criteria(new QGridLayout)
{
    setObjectName(QStringLiteral("projectionDossierView"));
    m_avis->setObjectName(QStringLiteral("projectionAvis"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_position, 1);
    top->addWidget(m_avis);
    column->addLayout(top);
    auto* who = new QHBoxLayout;
    who->addWidget(m_collectivity, 1);
    who->addWidget(m_population, 0, Qt::AlignRight | Qt::AlignBottom);
    column->addLayout(who);
    column->addWidget(m_title);
    column->addWidget(m_subaxis);

    auto* money = new QGridLayout;
    m_cost = addMoney(money, 0, tr("Coût total"));
    m_requested = addMoney(money, 1, tr("Montant sollicité"));
    m_proposed = addMoney(money, 2, tr("Montant proposé"));
    m_score = addMoney(money, 3, tr("Note"));
    column->addLayout(money);
    column->addWidget(m_basis);

    m_criteria->setHorizontalSpacing(16);
    m_criteria->setVerticalSpacing(2);
    m_criteria->setColumnStretch(0, 3);
    m_criteria->setColumnStretch(3, 7);
    column->addLayout(m_criteria);
    column->addStretch(1);
}

QLabel* ProjectionDossierView::addMoney(QGridLayout* grid, int column, const QString& caption)
{
    QLabel* c = label(this, TextRole::Body, kMutedInk);
    c->setText(caption);
    QLabel* value = label(this, TextRole::Heading);
    grid->addWidget(c, 0, column);
    grid->addWidget(value, 1, column);
    grid->setColumnStretch(column, 1);
    return value;
}

void ProjectionDossierView::setSlide(const ProjectionSlide& s)
{
    m_position->setText(tr("Dossier %1 sur %2 · n° %3 · %4")
                            .arg(s.position)
                            .arg(s.agendaSize)
                            .arg(s.dossier)
                            .arg(rankText(s)));
    m_avis->setText(avisText(s));
    m_collectivity->setText(s.collectivity);
    m_population->setText(s.population ? tr("%1 habitants").arg(format::integer(*s.population))
                                       : tr("population inconnue"));
    m_title->setText(s.title);
    m_subaxis->setText(tr("Sous-axe %1 — %2").arg(s.subaxis, s.subaxisTitle));
    m_cost->setText(money::format(s.totalCost));
    m_requested->setText(money::format(s.requested));
    m_proposed->setText(s.proposed ? money::format(*s.proposed) : tr("aucun"));
    QString score = s.score ? tr("%1 / 100").arg(decimal(*s.score)) : tr("non noté");
    if (s.disagreement)
        score += QStringLiteral(" · ") + tr("désaccord");
    m_score->setText(score);
    m_basis->setText(s.basis.isEmpty() ? QString()
                                       : tr("Base de la proposition : %1").arg(s.basis));
    m_basis->setVisible(!s.basis.isEmpty());
    fillCriteria(s.criteria);
}

void ProjectionDossierView::fillCriteria(const QList<ProjectedCriterion>& criteria)
{
    while (QLayoutItem* item = m_criteria->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList headers = {tr("Critère"), tr("Niveau"), tr("Écart"),
                                 tr("Ce que le niveau signifie")};
    for (int column = 0; column < headers.size(); ++column) {
        QLabel* h = label(this, TextRole::Body, kMutedInk);
        h->setText(headers.at(column));
        m_criteria->addWidget(h, 0, column);
        h->show();
    }
    int row = 1;
    for (const ProjectedCriterion& c : criteria) {
        QLabel* name = label(this, TextRole::Body, kInk, true);
        name->setText(c.weight == 1 ? c.label : tr("%1 (coef. %2)").arg(c.label).arg(c.weight));
        QLabel* level = label(this, TextRole::Heading);
        level->setText(c.level ? tr("%1 / %2").arg(decimal(*c.level)).arg(c.scaleMax)
                               : tr("non noté"));
        QLabel* spread = label(this, TextRole::Body);
        spread->setText(c.level ? QString::number(c.spread) : QStringLiteral("—"));
        QLabel* descriptor = label(this, TextRole::Body, kInk, true);
        descriptor->setText(c.descriptor);
        m_criteria->addWidget(name, row, 0, Qt::AlignTop);
        m_criteria->addWidget(level, row, 1, Qt::AlignTop | Qt::AlignHCenter);
        m_criteria->addWidget(spread, row, 2, Qt::AlignTop | Qt::AlignHCenter);
        m_criteria->addWidget(descriptor, row, 3, Qt::AlignTop);
        // Shown now rather than at the layout's next pass: what is projected is what is read.
        for (QLabel* l : {name, level, spread, descriptor})
            l->show();
        ++row;
    }
}

} // namespace guichet
