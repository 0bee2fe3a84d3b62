#include "ConflictDialog.h"

#include "campaign/Campaign.h"
#include "commands/ConflictCommand.h"
#include "commands/Editing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace guichet {

namespace {
// Who may declare a link: the instructors who scored in this workspace, the one at the keyboard
// first. (Committee members join them once sessions exist.)
QStringList knownPeople(const Campaign& campaign)
{
    QSet<QString> names;
    const auto all = campaign.instruction().allScores();
    for (const QList<Score>& scores : all) {
        for (const Score& s : scores)
            names.insert(s.instructor);
    }
    names.remove(campaign.actor());
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    sorted.prepend(campaign.actor());
    return sorted;
}
} // namespace

ConflictDialog::ConflictDialog(Editing& editing, const QList<Dossier>& dossiers,
                               const QString& currentSiren, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_person(new QComboBox(this))
    , m_applicant(new QComboBox(this))
    , m_link(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Déclarer un lien d'intérêt"));
    // The fields in a form; the wrapped texts below it in a plain column, which gives them the
    // height their width needs (a form's spanning row does not, and overlapped the fields).
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_person->setObjectName(QStringLiteral("conflictPersonComboBox"));
    m_person->setEditable(true); // any person, not only those who scored
    m_person->addItems(knownPeople(*editing.campaign()));
    m_person->setInsertPolicy(QComboBox::NoInsert);
    // Keyed by SIREN: several communes share a name. Sorted by name, the SIREN shown.
    for (const Dossier& d : dossiers) {
        if (!d.applicantSiren.isEmpty())
            m_applicants.insert(d.applicantSiren, d.applicantName);
    }
    QList<std::pair<QString, QString>> byName;
    for (auto it = m_applicants.cbegin(); it != m_applicants.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end());
    m_applicant->setObjectName(QStringLiteral("conflictApplicantComboBox"));
    for (const auto& [name, siren] : byName)
        m_applicant->addItem(tr("%1 — SIREN %2").arg(name, siren), siren);
    m_applicant->setCurrentIndex(std::max(0, m_applicant->findData(currentSiren)));
    m_link->setObjectName(QStringLiteral("conflictLinkLineEdit"));
    m_link->setPlaceholderText(tr("ex. : conseiller municipal, conjoint d'un élu"));
    form->addRow(tr("&Personne :"), m_person);
    form->addRow(tr("&Demandeur :"), m_applicant);
    form->addRow(tr("&Lien :"), m_link);
    auto* note = new QLabel(tr("Ses notes sur les dossiers de ce demandeur seront retirées et "
                               "refusées ; la déclaration est conservée pour le comité."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error->setObjectName(QStringLiteral("conflictErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Déclarer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // An error said once the field is corrected would mislead: it goes as the user types.
    connect(m_link, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_person, &QComboBox::editTextChanged, m_error, &QWidget::hide);
}

QString ConflictDialog::confirmationText(const QString& person, const QString& applicant,
                                         int scores, int opinions)
{
    return tr("Déclarer ce lien retire %1 et %2 de %3 sur les dossiers de %4 (ils restent au "
              "journal, et Ctrl+Z les rend). Déclarer le lien ?")
        .arg(tr("%n note(s)", nullptr, scores), tr("%n avis", nullptr, opinions), person,
             applicant);
}

void ConflictDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ConflictDialog::accept()
{
    const QString siren = m_applicant->currentData().toString();
    const ConflictDeclaration declaration{m_person->currentText().trimmed(),
                                          siren,
                                          m_applicants.value(siren),
                                          m_link->text().trimmed(),
                                          {}};
    if (declaration.person.isEmpty()) {
        showError(tr("Indiquez la personne qui a un lien avec le demandeur."));
        m_person->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (declaration.applicantSiren.isEmpty()) {
        showError(tr("Choisissez le demandeur."));
        m_applicant->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (declaration.link.isEmpty()) {
        showError(tr("Décrivez le lien (par exemple : conseiller municipal)."));
        m_link->setFocus(Qt::OtherFocusReason);
        return;
    }
    Campaign& campaign = *m_editing.campaign();
    // Declared already: a second declaration would only rewrite the link, and its undo would
    // remove the first one.
    for (const ConflictDeclaration& c : campaign.instruction().conflicts()) {
        if (c.person == declaration.person && c.applicantSiren == declaration.applicantSiren) {
            showError(tr("Le lien de %1 avec %2 est déjà déclaré (%3) ; retirez-le d'abord "
                         "pour le décrire autrement.")
                          .arg(c.person, c.applicantName, c.link));
            return;
        }
    }
    const auto preview = campaign.instruction().withdrawalFor(declaration);
    if (!preview) {
        showError(preview.error().message);
        return;
    }
    const int scores = int(preview->scores.size());
    const int opinions = int(preview->opinions.size());
    if ((scores > 0 || opinions > 0) &&
        QMessageBox::question(this, windowTitle(),
                              confirmationText(declaration.person, declaration.applicantName,
                                               scores, opinions)) != QMessageBox::Yes)
        return; // the dialog stays, with what was typed
    auto withdrawn = campaign.declareConflict(declaration);
    if (!withdrawn) {
        showError(withdrawn.error().message);
        return;
    }
    m_editing.push(new ConflictCommand(m_editing, ConflictCommand::Action::Declare,
                                       std::move(withdrawn.value())));
    emit declared(scores);
    QDialog::accept();
}

} // namespace guichet
