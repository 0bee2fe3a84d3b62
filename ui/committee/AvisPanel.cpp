#include "AvisPanel.h"

#include "campaign/Campaign.h"
#include "commands/AvisCommand.h"
#include "commands/Editing.h"
#include "common/Money.h"
#include "ledger/DossierAmounts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace guichet {

AvisPanel::AvisPanel(Editing& editing, QWidget* parent)
    : QGroupBox(tr("Avis du comité"), parent)
    , m_editing(editing)
    , m_heading(new QLabel(this))
    , m_proposal(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_observations(new QLineEdit(this))
    , m_departure(new QLabel(this))
    , m_reasonLabel(new QLabel(tr("&Motif de l'écart :"), this))
    , m_reason(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_record(new QPushButton(tr("&Enregistrer l'avis"), this))
{
    setObjectName(QStringLiteral("avisPanel"));
    m_heading->setObjectName(QStringLiteral("avisHeadingLabel"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_proposal->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("avisKindCombo"));
    for (int i = 0; i < int(kinds().size()); ++i)
        m_kind->addItem(tr("%1 (F%2)").arg(Avis::label(kinds()[i])).arg(5 + i), int(kinds()[i]));
    m_amount->setObjectName(QStringLiteral("avisAmountEdit"));
    m_amount->setPlaceholderText(tr("en euros, ex. 12 500,00"));
    m_observations->setObjectName(QStringLiteral("avisObservationsEdit"));
    m_departure->setObjectName(QStringLiteral("avisDepartureLabel"));
    m_departure->setWordWrap(true);
    m_departure->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }"));
    m_reason->setObjectName(QStringLiteral("avisReasonEdit"));
    m_reason->setPlaceholderText(tr("obligatoire : pourquoi le comité s'écarte de l'instruction"));
    m_reasonLabel->setBuddy(m_reason);
    m_status->setObjectName(QStringLiteral("avisStatusLabel"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("avisErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_record->setObjectName(QStringLiteral("recordAvisButton"));
    m_record->setToolTip(tr("Ctrl+Entrée"));
    // Not the button's own shortcut: its text's mnemonic would replace it.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &AvisPanel::record);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_amount->setEnabled(Avis::isFavourable(Avis::Kind(m_kind->currentData().toInt())));
        updateDeparture();
    });
    connect(m_amount, &QLineEdit::textEdited, this, &AvisPanel::updateDeparture);
    connect(m_record, &QPushButton::clicked, this, &AvisPanel::record);

    auto* form = new QFormLayout;
    form->addRow(tr("A&vis :"), m_kind);
    form->addRow(tr("Mon&tant :"), m_amount);
    form->addRow(tr("&Observations :"), m_observations);
    form->addRow(m_departure);
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_proposal);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_record, 0, Qt::AlignRight);
    setEntry(nullptr, nullptr, false);
}

void AvisPanel::setEntry(const SessionAgenda* agenda, const AgendaEntry* entry, bool writable)
{
    m_agenda = agenda;
    m_entry = entry;
    m_error->hide();
    m_reason->clear();
    if (!agenda || !entry) {
        m_heading->setText(tr("Aucun dossier à l'ordre du jour."));
        m_proposal->clear();
        m_status->clear();
        setEnabled(false);
        updateDeparture();
        return;
    }
    setEnabled(true);
    m_heading->setText(
        QStringLiteral("<b>%1 — %2</b><br>%3")
            .arg(entry->item.dossier)
            .arg(entry->applicantName.toHtmlEscaped(), entry->title.toHtmlEscaped()));
    m_proposal->setText(
        entry->proposal
            ? tr("Rang %1 — proposé : %2 (sollicité : %3)")
                  .arg(entry->item.rank)
                  .arg(money::format(entry->proposed()), money::format(entry->requested))
            : tr("Rang %1 — sans montant proposé").arg(entry->item.rank));
    const std::optional<Avis>& avis = entry->avis;
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(avis ? avis->kind : Avis::Kind::Favorable)));
    m_amount->setEnabled(Avis::isFavourable(Avis::Kind(m_kind->currentData().toInt())));
    m_amount->setText(
        DossierAmounts::editable(avis && avis->isFavourable() ? avis->amount : entry->proposed()));
    m_observations->setText(avis ? avis->observations : QString());
    QStringList status;
    if (avis) {
        status << tr("Avis enregistré : %1").arg(Avis::label(avis->kind));
        if (avis->departures != Avis::NoDeparture)
            status << tr("écart (%1) motivé : %2")
                          .arg(Avis::describeDepartures(avis->departures), avis->reason);
        if (avis->amended)
            status << tr("amendé après validation : %1").arg(avis->amendmentReason);
    }
    m_status->setText(status.join(QStringLiteral(" — ")));
    const bool validated = agenda->session().isValidated();
    m_record->setText(validated ? tr("&Amender l'avis…") : tr("&Enregistrer l'avis"));
    m_record->setEnabled(writable);
    for (QWidget* field : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_observations),
                           static_cast<QWidget*>(m_reason)})
        field->setEnabled(writable);
    if (!writable)
        m_amount->setEnabled(false);
    updateDeparture();
}

int AvisPanel::departures(const AvisRequest& request) const
{
    if (!m_agenda || !m_entry)
        return Avis::NoDeparture;
    RankedAvis ranked{m_entry->item.dossier, m_entry->item.rank, std::nullopt};
    QList<RankedAvis> others = m_agenda->rankedAvis();
    others.removeIf([&](const RankedAvis& r) { return r.dossier == ranked.dossier; });
    const Cents amount = Avis::isFavourable(request.kind) ? request.amount.value_or(0) : 0;
    return departuresOf(ranked, request.kind, amount, m_entry->proposed(), others);
}

std::optional<AvisRequest> AvisPanel::typed()
{
    AvisRequest request;
    request.dossier = m_entry ? m_entry->item.dossier : 0;
    request.kind = Avis::Kind(m_kind->currentData().toInt());
    request.observations = m_observations->text().trimmed();
    request.reason = m_reason->text().trimmed();
    if (Avis::isFavourable(request.kind)) {
        request.amount = money::parse(m_amount->text().trimmed());
        if (!request.amount || *request.amount <= 0) {
            showError(tr("Le montant « %1 » n'est pas un montant en euros (ex. 12 500,00).")
                          .arg(m_amount->text()));
            m_amount->setFocus();
            return std::nullopt;
        }
    }
    return request;
}

void AvisPanel::updateDeparture()
{
    int found = Avis::NoDeparture;
    if (m_entry) {
        // While the amount is being typed, an unreadable one counts as the proposal.
        AvisRequest request;
        request.kind = Avis::Kind(m_kind->currentData().toInt());
        request.amount = money::parse(m_amount->text().trimmed()).value_or(m_entry->proposed());
        found = departures(request);
    }
    const bool departs = found != Avis::NoDeparture;
    m_departure->setVisible(departs);
    m_reasonLabel->setVisible(departs);
    m_reason->setVisible(departs);
    if (departs)
        m_departure->setText(tr("Cet avis s'écarte de l'instruction : %1. Le motif est requis.")
                                 .arg(Avis::describeDepartures(found)));
}

void AvisPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void AvisPanel::recordKind(Avis::Kind kind)
{
    if (!m_entry || !m_record->isEnabled())
        return;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    record();
}

bool AvisPanel::record()
{
    if (!m_agenda || !m_entry || !m_record->isEnabled())
        return false;
    std::optional<AvisRequest> request = typed();
    if (!request)
        return false;
    const int session = m_agenda->session().number;
    const qint64 dossier = request->dossier;
    const std::optional<Avis> before = m_entry->avis;
    const bool amending = m_agenda->session().isValidated();
    // An amendment's reason stands for its departure's too (the campaign records it as both).
    if (const int found = departures(*request);
        !amending && found != Avis::NoDeparture && request->reason.isEmpty()) {
        showError(tr("Cet avis s'écarte de l'instruction (%1) : indiquez le motif de l'écart.")
                      .arg(Avis::describeDepartures(found)));
        m_reason->setFocus();
        return false;
    }
    if (amending) {
        QInputDialog dialog(this);
        dialog.setObjectName(QStringLiteral("amendmentDialog"));
        dialog.setWindowTitle(tr("Amender l'avis sur le dossier %1").arg(dossier));
        dialog.setLabelText(tr("La séance est validée : ce changement sera un amendement, "
                               "enregistré avec son motif.\nMotif de l'amendement :"));
        dialog.setOkButtonText(tr("Amender"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        request->reason = dialog.textValue().trimmed();
        if (request->reason.isEmpty()) {
            showError(tr("Un amendement demande son motif."));
            return false;
        }
    }
    const Result<Avis> written = amending ? m_editing.campaign()->amendAvis(session, *request)
                                          : m_editing.campaign()->recordAvis(session, *request);
    if (!written) {
        showError(written.error().message);
        if (m_reason->isVisible())
            m_reason->setFocus();
        return false;
    }
    m_editing.push(new AvisCommand(m_editing,
                                   amending ? AvisCommand::Way::Amend : AvisCommand::Way::Record,
                                   session, *request, before));
    emit recorded(dossier);
    return true;
}

} // namespace guichet
