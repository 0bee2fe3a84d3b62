#include "SessionDecisionsDialog.h"

#include "common/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

namespace {
// The favourable avis still to become decisions (a dossier already decided keeps its decision).
int toDecide(const SessionAgenda& agenda)
{
    int count = 0;
    for (const AgendaEntry& entry : agenda.entries())
        if (entry.avis && entry.avis->isFavourable() &&
            entry.decision == DossierLedger::Decision::None)
            ++count;
    return count;
}

QString summary(const SessionAgenda& agenda)
{
    const EnvelopeGauge gauge = agenda.gauge();
    QString text =
        SessionDecisionsDialog::tr("%n attribution(s) pour un total de %1.", "", toDecide(agenda))
            .arg(money::format(gauge.favourable));
    text += QLatin1Char('\n') +
            SessionDecisionsDialog::tr("Engagé après les décisions : %1 sur une enveloppe de %2.")
                .arg(money::format(gauge.total()), money::format(gauge.envelope));
    return text;
}
} // namespace

SessionDecisionsDialog::SessionDecisionsDialog(const SessionAgenda& agenda, QWidget* parent)
    : QDialog(parent)
    , m_over(agenda.gauge().remaining() < 0)
    , m_justification(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionDecisionsDialog"));
    setWindowTitle(tr("Prendre les décisions de la séance n° %1").arg(agenda.session().number));
    auto* text = new QLabel(summary(agenda), this);
    text->setObjectName(QStringLiteral("decisionsSummaryLabel"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    if (m_over) {
        auto* over = new QLabel(tr("Ces décisions dépassent l'enveloppe de %1 : justifiez le "
                                   "dépassement.")
                                    .arg(money::format(-agenda.gauge().remaining())),
                                this);
        over->setWordWrap(true);
        over->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
        layout->addWidget(over);
        auto* form = new QFormLayout;
        form->addRow(tr("&Justification :"), m_justification);
        layout->addLayout(form);
    } else {
        m_justification->hide();
    }
    layout->addWidget(new QLabel(tr("Les décisions seront inscrites au registre de l'enveloppe "
                                    "(Ctrl+Z les annule tant qu'aucun acte n'est émis)."),
                                 this));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* take =
        buttons->addButton(tr("&Prendre les décisions"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takeDecisionsButton"));
    take->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SessionDecisionsDialog::justification() const
{
    return m_justification->text().trimmed();
}

void SessionDecisionsDialog::accept()
{
    if (m_over && justification().isEmpty()) {
        m_error->setText(tr("Au-delà de l'enveloppe, la justification est requise."));
        m_error->show();
        m_justification->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace guichet
