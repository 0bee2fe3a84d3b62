#include "EligibilityDialog.h"

#include "campaign/Campaign.h"
#include "commands/EligibilityCommand.h"
#include "common/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace guichet {

namespace {
// The combo's choices; "" keeps the programme's automatic result (or leaves a manual check
// to check).
const QString kKeep;
} // namespace

EligibilityDialog::EligibilityDialog(Editing& editing, const Dossier& dossier, bool writable,
                                     QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_dossier(dossier)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("eligibilityDialog"));
    setWindowTitle(tr("Éligibilité du dossier n° %1").arg(dossier.number));
    const Campaign& campaign = *editing.campaign();
    const Programme& programme = campaign.programme();
    const QHash<QString, EligibilityDecision> decisions =
        campaign.instruction().decisions(dossier.number);
    const EligibilityEvaluator evaluator(programme);
    const EligibilityAssessment automatic = evaluator.evaluate(dossier);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>%1</b> — %2")
                       .arg(dossier.applicantName.toHtmlEscaped(), dossier.title.toHtmlEscaped()),
                   this));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Vérification</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Résultat automatique</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Décision</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Justification</b>"), this), 0, 3);
    int line = 1;
    for (const CheckResult& check : automatic.checks) {
        auto* label = new QLabel(check.label, this);
        label->setWordWrap(true);
        label->setMinimumWidth(190);
        grid->addWidget(label, line, 0);
        auto* computed = new QLabel(check.automatic ? CheckResult::outcomeLabel(check.outcome) +
                                                          QStringLiteral(" — ") + check.reason
                                                    : tr("Vérification manuelle"),
                                    this);
        computed->setWordWrap(true);
        computed->setMinimumWidth(260);
        grid->addWidget(computed, line, 1);
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("decision_") + check.code);
        box->setAccessibleName(tr("Décision : %1").arg(check.label));
        box->addItem(check.automatic ? tr("Résultat automatique") : tr("À vérifier"), kKeep);
        for (CheckResult::Outcome o : {CheckResult::Outcome::Pass, CheckResult::Outcome::Fail,
                                       CheckResult::Outcome::Warning})
            box->addItem(CheckResult::outcomeLabel(o), CheckResult::apiName(o));
        auto* justification = new QLineEdit(this);
        justification->setObjectName(QStringLiteral("justification_") + check.code);
        justification->setAccessibleName(tr("Justification : %1").arg(check.label));
        justification->setPlaceholderText(check.automatic
                                              ? tr("Obligatoire pour modifier le résultat")
                                              : tr("Note (facultative)"));
        justification->setMinimumWidth(240);
        if (const auto d = decisions.constFind(check.code); d != decisions.cend()) {
            box->setCurrentIndex(box->findData(CheckResult::apiName(d->outcome)));
            justification->setText(d->justification);
        }
        grid->addWidget(box, line, 2);
        grid->addWidget(justification, line, 3);
        m_rows.append({check.code, check.automatic, check.outcome, box, justification});
        ++line;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addStretch(1); // room to spare goes below the checks, never above them
    m_error->setObjectName(QStringLiteral("eligibilityErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Annuler"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(writable && !campaign.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1080, sizeHint().height());
}

const EligibilityDialog::Row* EligibilityDialog::row(const QString& code) const
{
    for (const Row& r : m_rows) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QComboBox* EligibilityDialog::decisionBox(const QString& code) const
{
    const Row* r = row(code);
    return r ? r->decision : nullptr;
}

QLineEdit* EligibilityDialog::justificationEdit(const QString& code) const
{
    const Row* r = row(code);
    return r ? r->justification : nullptr;
}

void EligibilityDialog::accept()
{
    // Check every row first: nothing is saved while one override lacks its justification.
    for (const Row& r : std::as_const(m_rows)) {
        const auto outcome = CheckResult::fromApiName(r.decision->currentData().toString());
        if (r.automatic && outcome && *outcome != r.computed &&
            r.justification->text().trimmed().isEmpty()) {
            m_error->setText(
                tr("Justifiez la modification du résultat automatique « %1 ».")
                    .arg(r.decision->accessibleName().section(QStringLiteral(" : "), 1)));
            m_error->show();
            r.justification->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    // One decision per check: what was there before (to undo), and what the rows say now (no
    // decision, "to check", when the automatic result is kept or chosen again).
    Campaign& campaign = *m_editing.campaign();
    const QHash<QString, EligibilityDecision> previous =
        campaign.instruction().decisions(m_dossier.number);
    QList<EligibilityDecision> before;
    QList<EligibilityDecision> after;
    for (const Row& r : std::as_const(m_rows)) {
        before.append(
            previous.value(r.code, {m_dossier.number, r.code, CheckResult::Outcome::ToCheck,
                                    QString(), QString(), QDateTime()}));
        const auto chosen = CheckResult::fromApiName(r.decision->currentData().toString());
        const CheckResult::Outcome outcome = !chosen || (r.automatic && *chosen == r.computed)
                                                 ? CheckResult::Outcome::ToCheck
                                                 : *chosen;
        after.append({m_dossier.number, r.code, outcome, r.justification->text().trimmed(),
                      campaign.actor(), clock::now()});
    }
    // Nothing changed: nothing to write, nor to undo.
    bool unchanged = true;
    for (qsizetype i = 0; i < after.size(); ++i)
        unchanged = unchanged && after.at(i).outcome == before.at(i).outcome &&
                    (after.at(i).outcome == CheckResult::Outcome::ToCheck ||
                     after.at(i).justification == before.at(i).justification);
    if (unchanged) {
        QDialog::accept();
        return;
    }
    // All the rows or none: one refused decision leaves the dossier as it was.
    if (Status status = campaign.decideEligibility(m_dossier.number, after); !status) {
        m_error->setText(status.error().message);
        m_error->show();
        return;
    }
    m_editing.push(new EligibilityCommand(m_editing, m_dossier.number, before, after));
    emit decisionsSaved(m_dossier.number);
    QDialog::accept();
}

} // namespace guichet
