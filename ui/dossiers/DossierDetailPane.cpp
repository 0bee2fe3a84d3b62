#include "DossierDetailPane.h"

#include "campaign/Campaign.h"
#include "commands/NoteCommand.h"
#include "common/Format.h"
#include "importer/ImportStore.h"
#include "instruction/Eligibility.h"
#include "ledger/DossierAmounts.h"
#include "storage/AuditLog.h"
#include "storage/Workspace.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guichet {

namespace {

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString section(const QString& title, const QString& rows)
{
    return QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><table cellspacing='2'>%2</table>")
        .arg(title.toHtmlEscaped(), rows);
}

} // namespace

DossierDetailPane::DossierDetailPane(Editing* editing, QWidget* parent)
    : QWidget(parent)
    , m_editing(editing)
    , m_details(new QTextBrowser(this))
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(tr("Enregistrer la note"), this))
    , m_history(new QLabel(this))
{
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Détail du dossier"));
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setPlaceholderText(tr("Note de l'instructeur sur ce dossier…"));
    m_note->setAccessibleName(tr("Note de l'instructeur"));
    m_note->setMaximumHeight(110);
    m_saveNote->setObjectName(QStringLiteral("saveNotePushButton"));
    m_saveNote->setToolTip(tr("Enregistrer la note (Ctrl+Entrée)"));
    m_saveNote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_history->setObjectName(QStringLiteral("historyLabel"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);

    auto* noteLabel = new QLabel(tr("&Note de l'instructeur"), this);
    noteLabel->setBuddy(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details, 1);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_saveNote, 0, Qt::AlignRight);
    layout->addWidget(m_history);

    connect(m_saveNote, &QPushButton::clicked, this, &DossierDetailPane::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_saveNote->setEnabled(isEditable());
        // While it is typed, the line under the note says what will happen to it.
        if (m_saveNote->isEnabled())
            m_history->setText(QStringLiteral("<span style='color:#8a4b00'>%1</span>")
                                   .arg(tr("Note modifiée, pas encore enregistrée : Ctrl+Entrée "
                                           "l'enregistre, comme le passage à un autre dossier.")
                                            .toHtmlEscaped()));
    });
    showDossier(std::nullopt);
}

void DossierDetailPane::setCampaign(Campaign* campaign)
{
    showDossier(std::nullopt); // saves a note being typed, in the campaign it belongs to
    if (m_campaign)
        disconnect(m_campaign, nullptr, this, nullptr);
    m_campaign = campaign;
    m_writable = campaign && !campaign->isReadOnly();
    if (m_campaign) {
        connect(m_campaign, &Campaign::changed, this, [this](const Change& change) {
            if (m_dossier && change.concerns(m_dossier->number))
                reload();
        });
    }
}

void DossierDetailPane::setWritable(bool writable)
{
    m_writable = writable;
    m_note->setEnabled(isEditable());
}

bool DossierDetailPane::isEditable() const
{
    return m_dossier && m_campaign && m_writable && !m_campaign->isReadOnly();
}

std::optional<qint64> DossierDetailPane::currentNumber() const
{
    return m_dossier ? std::optional<qint64>(m_dossier->number) : std::nullopt;
}

void DossierDetailPane::showDossier(const std::optional<Dossier>& dossier)
{
    commitPendingEdits(); // moving to another dossier never loses a note being typed
    m_dossier = dossier;
    m_note->setEnabled(isEditable());
    m_saveNote->setEnabled(false);
    reload();
}

void DossierDetailPane::reload()
{
    if (!m_dossier || !m_campaign) {
        m_details->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(tr("Sélectionnez un dossier pour en voir le détail.")));
        m_note->clear();
        m_history->clear();
        return;
    }
    const Programme& programme = m_campaign->programme();
    const SubAxis* axis = programme.subaxis(m_dossier->subaxis);
    // Eligibility first: it is what an instructor looks at before the details.
    m_details->setHtml(
        describe(*m_dossier, axis ? axis->title : QString(),
                 describeEligibility(EligibilityEvaluator(programme).evaluate(
                     *m_dossier, m_campaign->instruction().decisions(m_dossier->number))) +
                     describeAmounts(DossierAmounts::read(*m_campaign, *m_dossier))) +
        describeRaw(ImportStore(m_campaign->workspace().database()).rawFields(m_dossier->number)));
    // A note being typed stays as typed, and the one just saved keeps its cursor.
    const QString stored = m_campaign->dossiers().note(m_dossier->number);
    if (!m_saveNote->isEnabled() && m_note->toPlainText() != stored) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(stored);
    }
    if (!m_saveNote->isEnabled()) // the line says the typed note is unsaved
        refreshHistory();
}

QString DossierDetailPane::describeEligibility(const EligibilityAssessment& assessment)
{
    // A symbol and a word for each outcome: colour is never the only signal.
    QString rows;
    for (const CheckResult& check : assessment.checks) {
        QString mark;
        switch (check.outcome) {
        case CheckResult::Outcome::Pass:
            mark = QStringLiteral("<span style='color:#1a7f37'>✓ %1</span>").arg(tr("conforme"));
            break;
        case CheckResult::Outcome::Fail:
            mark =
                QStringLiteral("<span style='color:#b42318'>✗ %1</span>").arg(tr("non conforme"));
            break;
        case CheckResult::Outcome::Warning:
            mark =
                QStringLiteral("<span style='color:#8a4b00'>⚠ %1</span>").arg(tr("à surveiller"));
            break;
        case CheckResult::Outcome::ToCheck:
            mark = QStringLiteral("<span style='color:#555'>? %1</span>").arg(tr("à vérifier"));
            break;
        }
        rows +=
            QStringLiteral("<tr><td style='padding-right:8px'>%1</td><td><b>%2</b><br>%3</td></tr>")
                .arg(mark, check.label.toHtmlEscaped(), check.reason.toHtmlEscaped());
    }
    return QStringLiteral(
               "<h3 style='margin-bottom:2px'>%1 — %2</h3><table cellspacing='2'>%3</table>")
        .arg(tr("Éligibilité").toHtmlEscaped(),
             EligibilityAssessment::label(assessment.verdict).toHtmlEscaped(), rows);
}

QString DossierDetailPane::describeAmounts(const DossierAmounts& amounts)
{
    // The proposal with its basis in words, then where the ledger stands.
    QString rows;
    if (amounts.proposal)
        rows += row(tr("Montant proposé"), money::format(amounts.proposal->amount)) +
                row(tr("Base"), amounts.proposal->basis());
    else if (!amounts.eligible)
        rows += row(tr("Montant proposé"), tr("pas de proposition : dossier non éligible"));
    else if (amounts.closedOnDs)
        rows += row(tr("Montant proposé"), tr("pas de proposition : dossier clos dans DS"));
    else if (amounts.ledger.decision == DossierLedger::Decision::None)
        rows += row(tr("Montant proposé"),
                    tr("pas de proposition : aucune règle du programme ne s'applique"));
    const DossierLedger& ledger = amounts.ledger;
    QString decision;
    switch (ledger.decision) {
    case DossierLedger::Decision::None:
        decision = tr("pas encore de décision");
        break;
    case DossierLedger::Decision::Attribution:
        decision = ledger.committed == ledger.attributed
                       ? tr("attribution de %1 le %2")
                             .arg(money::format(ledger.attributed), format::date(ledger.decidedOn))
                       : tr("attribution de %1 le %2, réduite à %3")
                             .arg(money::format(ledger.attributed), format::date(ledger.decidedOn),
                                  money::format(ledger.committed));
        break;
    case DossierLedger::Decision::Refus:
        decision = tr("refus le %1").arg(format::date(ledger.decidedOn));
        break;
    case DossierLedger::Decision::SansSuite:
        decision = tr("classement sans suite le %1").arg(format::date(ledger.decidedOn));
        break;
    case DossierLedger::Decision::Cancelled:
        decision = tr("décision annulée (crédits rendus à l'enveloppe)");
        break;
    }
    // An ineligible dossier without a decision: only the line that says so.
    if (amounts.eligible || ledger.decision != DossierLedger::Decision::None)
        rows += row(tr("Décision"), decision);
    if (ledger.decision == DossierLedger::Decision::Attribution || ledger.paid() > 0)
        rows += row(tr("Versé"),
                    ledger.closed
                        ? tr("%1 (solde payé)").arg(money::format(ledger.paid()))
                        : tr("%1 sur %2")
                              .arg(money::format(ledger.paid()), money::format(ledger.committed)));
    return section(tr("Montant"), rows);
}

QString DossierDetailPane::describeRaw(const QJsonObject& fields)
{
    if (fields.isEmpty())
        return {};
    QString rows;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        rows += row(it.key(), it.value().toString());
    return section(tr("Autres colonnes de l'export DS"), rows);
}

QString DossierDetailPane::describe(const Dossier& d, const QString& subaxisTitle,
                                    const QString& eligibility)
{
    QString html = QStringLiteral("<h2 style='margin-bottom:0'>%1</h2><p style='color:#444'>%2</p>")
                       .arg(d.title.toHtmlEscaped(), tr("Dossier n° %1 — %2")
                                                         .arg(d.number)
                                                         .arg(dossier_state::label(d.state))
                                                         .toHtmlEscaped());
    const QString warning = QStringLiteral("<p style='color:#8a4b00'>⚠ %1</p>");
    if (!d.applicantResolved)
        html += warning.arg(tr("Demandeur absent du référentiel des collectivités : vérifiez son "
                               "SIRET.")
                                .toHtmlEscaped());
    if (d.absentSince)
        html += warning.arg(tr("Absent du dernier export DS importé (supprimé ou filtré dans "
                               "DS ?).")
                                .toHtmlEscaped());
    if (d.archived)
        html += QStringLiteral("<p style='color:#555'>%1</p>")
                    .arg(tr("Archivé dans DS.").toHtmlEscaped());
    html += eligibility;
    html += section(
        tr("Demandeur"),
        row(tr("Collectivité"), d.applicantName) +
            row(tr("Type"), applicant_kind::label(d.applicantKind)) +
            row(tr("SIREN"), d.applicantSiren) + row(tr("SIRET"), d.applicantSiret) +
            row(tr("Code INSEE"), d.inseeCode) + row(tr("Département"), d.departement) +
            row(tr("Population"), d.population ? format::integer(*d.population) : QString()));
    html += section(tr("Projet"),
                    row(tr("Sous-axe"), subaxisTitle.isEmpty()
                                            ? d.subaxis
                                            : d.subaxis + QStringLiteral(" — ") + subaxisTitle) +
                        row(tr("Description"), d.description));
    html += section(
        tr("Montants"),
        row(tr("Coût total"), money::format(d.totalCost)) +
            row(tr("Montant sollicité"), money::format(d.requested)) +
            row(tr("Dont dépenses de personnel"), money::format(d.personnelCost)) +
            row(tr("Dont équipements informatiques des agents"), money::format(d.itEquipmentCost)) +
            row(tr("Dont licences d'éditeurs hors UE"), money::format(d.nonEuLicencesCost)));
    html += section(tr("Calendrier"), row(tr("Déposé le"), format::dateTime(d.depositedAt)) +
                                          row(tr("Début prévu"), format::date(d.startDate)) +
                                          row(tr("Fin prévue"), format::date(d.endDate)));
    return html;
}

void DossierDetailPane::refreshHistory()
{
    if (!m_dossier || !m_campaign) {
        m_history->clear();
        return;
    }
    // The note's history; scores and decisions have theirs in the scoring tab.
    QList<AuditEntry> entries =
        AuditLog(m_campaign->workspace().database())
            .entriesFor(QStringLiteral("dossier"), QString::number(m_dossier->number));
    entries.removeIf([](const AuditEntry& e) { return e.field != QLatin1String("note"); });
    if (entries.isEmpty()) {
        m_history->setText(QStringLiteral("<span style='color:#666'>%1</span>")
                               .arg(tr("Aucune modification de la note.")));
        return;
    }
    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Historique de la note"));
    for (qsizetype i = entries.size() - 1; i >= 0 && i >= entries.size() - 5; --i) {
        const AuditEntry& e = entries.at(i);
        html += tr("%1 — %2 a modifié la note")
                    .arg(format::dateTime(e.at.toLocalTime()), e.who)
                    .toHtmlEscaped() +
                QStringLiteral("<br>");
    }
    m_history->setText(html);
}

void DossierDetailPane::commitPendingEdits()
{
    if (m_saveNote->isEnabled())
        saveNote();
}

void DossierDetailPane::saveNote()
{
    if (!isEditable())
        return;
    const qint64 number = m_dossier->number;
    const QString before = m_campaign->dossiers().note(number);
    const QString after = m_note->toPlainText().trimmed();
    m_saveNote->setEnabled(false);
    if (before == after) {
        refreshHistory();
        return;
    }
    if (Status status = m_campaign->setNote(number, after); !status) {
        m_saveNote->setEnabled(true);
        emit errorOccurred(status.error().message);
        return;
    }
    m_editing->push(new NoteCommand(*m_editing, number, before, after));
    emit noteSaved(number);
}

} // namespace guichet
