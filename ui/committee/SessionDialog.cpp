#include "SessionDialog.h"

#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "commands/SessionCommand.h"
#include "common/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace guichet {

namespace {

enum Column
{
    Name,
    Quality,
    Attendance,
    RepresentedBy,
    ColumnCount
};

constexpr SessionMember::Attendance kAttendances[] = {SessionMember::Attendance::Present,
                                                      SessionMember::Attendance::Excused,
                                                      SessionMember::Attendance::Represented};

QString heading(bool creating, int number)
{
    return creating ? SessionDialog::tr("Nouvelle séance du comité (n° %1)").arg(number)
                    : SessionDialog::tr("Séance n° %1").arg(number);
}

} // namespace

SessionDialog::SessionDialog(Editing& editing, std::optional<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_session(session.value_or(Session{}))
    , m_creating(!session)
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_place(new QLineEdit(this))
    , m_chair(new QLineEdit(this))
    , m_secretary(new QLineEdit(this))
    , m_members(new QTableWidget(0, ColumnCount, this))
    , m_quorum(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    Campaign& campaign = *editing.campaign();
    if (m_creating) {
        m_session.number = campaign.committee().sessions().size() + 1;
        m_session.date = clock::today();
        m_session.time = QTime(14, 30);
    }
    setWindowTitle(heading(m_creating, m_session.number));
    m_date->setObjectName(QStringLiteral("sessionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setDate(m_session.date);
    m_time->setObjectName(QStringLiteral("sessionTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(m_session.time.isValid() ? m_session.time : QTime(0, 0));
    m_place->setObjectName(QStringLiteral("sessionPlaceEdit"));
    m_place->setText(m_session.place);
    m_chair->setObjectName(QStringLiteral("sessionChairEdit"));
    m_chair->setText(m_session.chair);
    m_chair->setPlaceholderText(tr("ex. Préfet de l'Ain"));
    m_secretary->setObjectName(QStringLiteral("sessionSecretaryEdit"));
    m_secretary->setText(m_session.secretary);

    m_members->setObjectName(QStringLiteral("sessionMembersTable"));
    m_members->setHorizontalHeaderLabels(
        {tr("Nom"), tr("Qualité"), tr("Présence"), tr("Représenté par")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(Attendance, QHeaderView::ResizeToContents);
    m_members->verticalHeader()->hide();
    for (const SessionMember& member : m_session.members)
        addMember(member);
    auto* add = new QPushButton(tr("&Ajouter un membre"), this);
    add->setObjectName(QStringLiteral("addMemberButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addMember({});
        m_members->setCurrentCell(m_members->rowCount() - 1, Name);
        m_members->editItem(m_members->item(m_members->rowCount() - 1, Name));
    });
    auto* remove = new QPushButton(tr("&Retirer le membre"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
        updateQuorum();
    });
    connect(m_members, &QTableWidget::itemChanged, this, &SessionDialog::updateQuorum);

    auto* number = new QLabel(QString::number(m_session.number), this);
    number->setObjectName(QStringLiteral("sessionNumberLabel"));
    auto* form = new QFormLayout;
    form->addRow(tr("Numéro :"), number);
    form->addRow(tr("&Date :"), m_date);
    form->addRow(tr("&Heure :"), m_time);
    form->addRow(tr("&Lieu :"), m_place);
    form->addRow(tr("&Président :"), m_chair);
    form->addRow(tr("&Secrétaire :"), m_secretary);
    m_quorum->setObjectName(QStringLiteral("sessionQuorumLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* record = buttons->addButton(
        m_creating ? tr("&Créer la séance") : tr("&Enregistrer"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordPushButton"));
    record->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(add);
    memberButtons->addWidget(remove);
    memberButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Membres et présence :"), this));
    layout->addWidget(m_members, 1);
    layout->addLayout(memberButtons);
    layout->addWidget(m_quorum);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateQuorum();
    resize(820, 520);
}

void SessionDialog::addMember(const SessionMember& member)
{
    const QSignalBlocker blocker(m_members);
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    m_members->setItem(row, Name, new QTableWidgetItem(member.name));
    m_members->setItem(row, Quality, new QTableWidgetItem(member.quality));
    m_members->setItem(row, RepresentedBy, new QTableWidgetItem(member.representedBy));
    auto* attendance = new QComboBox(m_members);
    for (SessionMember::Attendance a : kAttendances)
        attendance->addItem(a == SessionMember::Attendance::Represented ? tr("représenté par…")
                                                                        : SessionMember::label(a),
                            int(a));
    attendance->setCurrentIndex(attendance->findData(int(member.attendance)));
    connect(attendance, &QComboBox::currentIndexChanged, this, &SessionDialog::updateQuorum);
    m_members->setCellWidget(row, Attendance, attendance);
}

Session SessionDialog::typed() const
{
    Session session = m_session;
    session.date = m_date->date();
    session.time = m_time->time();
    session.place = m_place->text().trimmed();
    session.chair = m_chair->text().trimmed();
    session.secretary = m_secretary->text().trimmed();
    session.members.clear();
    for (int row = 0; row < m_members->rowCount(); ++row) {
        SessionMember member;
        member.name = m_members->item(row, Name)->text().trimmed();
        member.quality = m_members->item(row, Quality)->text().trimmed();
        const auto* attendance = static_cast<QComboBox*>(m_members->cellWidget(row, Attendance));
        member.attendance = SessionMember::Attendance(attendance->currentData().toInt());
        if (member.attendance == SessionMember::Attendance::Represented)
            member.representedBy = m_members->item(row, RepresentedBy)->text().trimmed();
        if (!member.name.isEmpty() || !member.quality.isEmpty())
            session.members.append(member);
    }
    return session;
}

void SessionDialog::updateQuorum()
{
    const Quorum quorum = typed().quorum(m_editing.campaign()->programme().committeeQuorum);
    m_quorum->setText(tr("Quorum : %1").arg(quorum.describe()));
}

void SessionDialog::accept()
{
    Campaign& campaign = *m_editing.campaign();
    const Session session = typed();
    if (m_creating) {
        const Result<int> created = campaign.createSession(session);
        if (!created) {
            m_error->setText(created.error().message);
            m_error->show();
            return;
        }
        m_session = session;
        m_session.number = *created;
        m_editing.push(SessionCommand::creation(m_editing, m_session));
    } else {
        if (Status status = campaign.updateSession(session); !status) {
            m_error->setText(status.error().message);
            m_error->show();
            return;
        }
        m_editing.push(SessionCommand::details(m_editing, m_session, session));
    }
    QDialog::accept();
}

} // namespace guichet
