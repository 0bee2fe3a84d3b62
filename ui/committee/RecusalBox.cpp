#include "RecusalBox.h"

#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "commands/RecusalCommand.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace guichet {

RecusalBox::RecusalBox(Editing& editing, QWidget* parent)
    : QGroupBox(tr("Déports"), parent)
    , m_editing(editing)
    , m_said(new QLabel(this))
    , m_member(new QComboBox(this))
    , m_leaves(new QPushButton(tr("&Quitte la salle"), this))
    , m_returns(new QPushButton(tr("Re&vient"), this))
{
    setObjectName(QStringLiteral("recusalBox"));
    m_said->setObjectName(QStringLiteral("recusalLabel"));
    m_said->setWordWrap(true);
    m_member->setObjectName(QStringLiteral("recusalMemberCombo"));
    m_leaves->setObjectName(QStringLiteral("recusalLeavesButton"));
    m_returns->setObjectName(QStringLiteral("recusalReturnsButton"));
    connect(m_leaves, &QPushButton::clicked, this, [this] { record(true); });
    connect(m_returns, &QPushButton::clicked, this, [this] { record(false); });
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_said, 0, 0, 1, 3);
    layout->addWidget(m_member, 1, 0);
    layout->addWidget(m_leaves, 1, 1);
    layout->addWidget(m_returns, 1, 2);
    layout->setColumnStretch(0, 1);
}

void RecusalBox::setEntry(const SessionAgenda* agenda, const AgendaEntry* entry, bool writable)
{
    m_session = agenda ? agenda->session().number : 0;
    m_dossier = entry ? entry->item.dossier : 0;
    const QString current = m_member->currentText();
    m_member->clear();
    QStringList said;
    if (agenda && entry) {
        for (const SessionMember& member : agenda->session().members)
            if (member.attendance != SessionMember::Attendance::Excused)
                m_member->addItem(member.name);
        if (!entry->item.conflicted.isEmpty())
            said << tr("Hors de la salle (lien déclaré) : %1")
                        .arg(entry->item.conflicted.join(QStringLiteral(", ")));
        const QList<Recusal> recusals = m_editing.campaign()->committee().recusals(m_session);
        for (const Recusal& recusal : recusals)
            if (recusal.dossier == m_dossier)
                said << QStringLiteral("%1 %2").arg(recusal.member, Recusal::label(recusal.event));
    }
    m_said->setText(said.isEmpty() ? tr("Aucun déport pour ce dossier.")
                                   : said.join(QLatin1Char('\n')));
    if (const int index = m_member->findText(current); index >= 0)
        m_member->setCurrentIndex(index);
    const bool enabled =
        writable && m_dossier != 0 && m_member->count() > 0 && !agenda->session().isValidated();
    for (QWidget* widget : {static_cast<QWidget*>(m_member), static_cast<QWidget*>(m_leaves),
                            static_cast<QWidget*>(m_returns)})
        widget->setEnabled(enabled);
}

void RecusalBox::record(bool leaves)
{
    if (!m_dossier || m_member->currentText().isEmpty())
        return;
    const Recusal::Event event = leaves ? Recusal::Event::Leaves : Recusal::Event::Returns;
    const QString member = m_member->currentText();
    if (Status status = m_editing.campaign()->recordRecusal(m_session, m_dossier, member, event);
        !status) {
        m_editing.report(status.error().message);
        return;
    }
    m_editing.push(new RecusalCommand(m_editing, m_session, m_dossier, member, event));
}

} // namespace guichet
