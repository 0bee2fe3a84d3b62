#include "SessionDecisionsDialog.h"

#include "common/Money.h"
#include "ledger/DossierAmounts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

namespace {
// The combo's entry for « no decision now » (an unfavourable avis left for later).
constexpr int kNoDecision = -1;

enum Column
{
    DossierColumn,
    ApplicantColumn,
    AvisColumn,
    KindColumn,
    AmountColumn,
    ReasonColumn
};

QString avisText(const Avis& avis)
{
    QString text = Avis::label(avis.kind);
    if (avis.isFavourable())
        text += QStringLiteral(" — ") + money::format(avis.amount);
    return text;
}

QString errorStyle()
{
    return QStringLiteral("QLabel { color: #b00020; }");
}

bool listed(const AgendaEntry& entry)
{
    return entry.awaitsDecision() && entry.avis->kind != Avis::Kind::Ajourne;
}
} // namespace

bool SessionDecisionsDialog::hasDecisionsToTake(const SessionAgenda& agenda)
{
    return std::any_of(agenda.entries().cbegin(), agenda.entries().cend(), listed);
}

SessionDecisionsDialog::SessionDecisionsDialog(const SessionAgenda& agenda, Take take,
                                               QWidget* parent)
    : QDialog(parent)
    , m_session(agenda.session().number)
    , m_gauge(agenda.gauge())
    , m_take(std::move(take))
    , m_summary(new QLabel(this))
    , m_over(new QLabel(this))
    , m_justification(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionDecisionsDialog"));
    setWindowTitle(tr("Prendre les décisions de la séance n° %1").arg(m_session));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Chaque avis devient la décision qu'il appelle. Une décision "
                                "différente de l'avis (autre montant, refus, classement sans "
                                "suite) demande son motif."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* rows = new QWidget;
    auto* grid = new QGridLayout(rows);
    const QStringList headers = {tr("Dossier"),  tr("Collectivité"), tr("Avis du comité"),
                                 tr("Décision"), tr("Montant"),      tr("Motif de l'écart")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(column).toHtmlEscaped()));
        grid->addWidget(header, 0, column);
    }
    int line = 1;
    for (const AgendaEntry& entry : agenda.entries())
        if (listed(entry))
            addRow(grid, line++, entry);
    grid->setColumnStretch(ApplicantColumn, 2);
    grid->setColumnStretch(ReasonColumn, 3);
    grid->setRowStretch(line, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("decisionRowsArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    layout->addWidget(scroll, 1);

    m_summary->setObjectName(QStringLiteral("decisionsSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_over->setObjectName(QStringLiteral("decisionsOverLabel"));
    m_over->setWordWrap(true);
    m_over->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    layout->addWidget(m_over);
    auto* form = new QFormLayout;
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    form->addRow(tr("&Justification du dépassement :"), m_justification);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Les décisions seront inscrites au registre de l'enveloppe "
                                    "(Ctrl+Z les annule tant qu'aucun acte n'est émis)."),
                                 this));
    m_error->setObjectName(QStringLiteral("decisionsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyle());
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* takeButton =
        buttons->addButton(tr("&Prendre les décisions"), QDialogButtonBox::AcceptRole);
    takeButton->setObjectName(QStringLiteral("takeDecisionsButton"));
    takeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (const Row& row : std::as_const(m_rows))
        updateRow(row);
    updateTotal();
    if (!m_rows.isEmpty())
        m_rows.constFirst().kind->setFocus(); // then Tab: its amount, the next row
    resize(960, 560);
}

void SessionDecisionsDialog::addRow(QGridLayout* grid, int line, const AgendaEntry& entry)
{
    Row row;
    row.dossier = entry.item.dossier;
    row.avis = *entry.avis;
    const QString id = QString::number(row.dossier);
    grid->addWidget(new QLabel(id), line, DossierColumn);
    auto* applicant = new QLabel(entry.applicantName);
    applicant->setToolTip(entry.title);
    applicant->setWordWrap(true);
    grid->addWidget(applicant, line, ApplicantColumn);
    grid->addWidget(new QLabel(avisText(row.avis)), line, AvisColumn);

    row.kind = new QComboBox;
    row.kind->setObjectName(QStringLiteral("decisionKind_") + id);
    if (!row.avis.isFavourable())
        row.kind->addItem(tr("Pas de décision maintenant"), kNoDecision);
    for (const Movement::Kind kind :
         {Movement::Kind::Attribution, Movement::Kind::Refus, Movement::Kind::SansSuite})
        row.kind->addItem(Movement::label(kind), int(kind));
    grid->addWidget(row.kind, line, KindColumn);

    row.amount = new QLineEdit(row.avis.isFavourable() ? DossierAmounts::editable(row.avis.amount)
                                                       : QString());
    row.amount->setObjectName(QStringLiteral("decisionAmount_") + id);
    row.amount->setPlaceholderText(tr("en euros"));
    row.amount->setAlignment(Qt::AlignRight);
    grid->addWidget(row.amount, line, AmountColumn);

    row.reason = new QLineEdit;
    row.reason->setObjectName(QStringLiteral("decisionReason_") + id);
    grid->addWidget(row.reason, line, ReasonColumn);

    const int index = int(m_rows.size());
    m_rows.append(row);
    const auto changed = [this, index] {
        updateRow(m_rows.at(index));
        updateTotal();
    };
    connect(row.kind, &QComboBox::currentIndexChanged, this, changed);
    connect(row.amount, &QLineEdit::textChanged, this, changed);
}

std::optional<Movement::Kind> SessionDecisionsDialog::kindOf(const Row& row) const
{
    const int chosen = row.kind->currentData().toInt();
    if (chosen == kNoDecision)
        return std::nullopt;
    return Movement::Kind(chosen);
}

// The attribution's amount as typed; 0 for another decision or an amount not (yet) readable.
Cents SessionDecisionsDialog::amountOf(const Row& row) const
{
    if (kindOf(row) != Movement::Kind::Attribution)
        return 0;
    return money::parse(row.amount->text().trimmed()).value_or(0);
}

// The amount is asked for an attribution only; the reason only when the decision differs.
void SessionDecisionsDialog::updateRow(const Row& row)
{
    const std::optional<Movement::Kind> kind = kindOf(row);
    row.amount->setEnabled(kind == Movement::Kind::Attribution);
    const bool differs = kind && !decisionFollowsAvis(row.avis, *kind, amountOf(row));
    row.reason->setEnabled(differs);
    row.reason->setPlaceholderText(differs ? tr("motif requis") : QString());
}

void SessionDecisionsDialog::updateTotal()
{
    int count = 0;
    Cents total = 0;
    for (const Row& row : std::as_const(m_rows)) {
        if (kindOf(row) == Movement::Kind::Attribution) {
            ++count;
            total += amountOf(row);
        }
    }
    const Cents after = m_gauge.committed + total;
    m_summary->setText(
        tr("%n attribution(s) pour un total de %1.", "", count).arg(money::format(total)) +
        QLatin1Char('\n') +
        tr("Engagé après les décisions : %1 sur une enveloppe de %2.")
            .arg(money::format(after), money::format(m_gauge.envelope)));
    const bool over = after > m_gauge.envelope;
    m_over->setText(over ? tr("Ces décisions dépassent l'enveloppe de %1 : justifiez le "
                              "dépassement.")
                               .arg(money::format(after - m_gauge.envelope))
                         : QString());
    m_over->setVisible(over);
    m_justification->setEnabled(over);
}

std::optional<SessionDecisionRequest> SessionDecisionsDialog::request()
{
    SessionDecisionRequest request;
    request.session = m_session;
    for (const Row& row : std::as_const(m_rows)) {
        const std::optional<Movement::Kind> kind = kindOf(row);
        if (!kind)
            continue;
        DecisionOverride decision;
        decision.dossier = row.dossier;
        decision.kind = *kind;
        if (*kind == Movement::Kind::Attribution) {
            const std::optional<Cents> amount = money::parse(row.amount->text().trimmed());
            if (!amount || *amount <= 0) {
                showError(tr("Dossier %1 : le montant « %2 » n'est pas un montant en euros (ex. "
                             "12 500,00).")
                              .arg(row.dossier)
                              .arg(row.amount->text()),
                          row.amount);
                return std::nullopt;
            }
            decision.amount = *amount;
        }
        const bool differs = !decisionFollowsAvis(row.avis, *kind, decision.amount.value_or(0));
        if (differs && row.reason->text().trimmed().isEmpty()) {
            showError(tr("Dossier %1 : la décision diffère de l'avis du comité ; donnez-en le "
                         "motif.")
                          .arg(row.dossier),
                      row.reason);
            return std::nullopt;
        }
        // A decision the avis calls for needs no override: the campaign takes it as it is.
        if (differs || !row.avis.isFavourable()) {
            decision.reason = row.reason->text().trimmed();
            request.overrides.append(decision);
        }
    }
    if (m_justification->isEnabled()) {
        request.justification = m_justification->text().trimmed();
        if (request.justification.isEmpty()) {
            showError(tr("Au-delà de l'enveloppe, la justification est requise."), m_justification);
            return std::nullopt;
        }
    }
    return request;
}

void SessionDecisionsDialog::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

void SessionDecisionsDialog::accept()
{
    const std::optional<SessionDecisionRequest> decisions = request();
    if (!decisions)
        return;
    if (Status taken = m_take(*decisions); !taken)
        return showError(taken.error().message, nullptr);
    QDialog::accept();
}

} // namespace guichet
