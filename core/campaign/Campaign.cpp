#include "Campaign.h"

#include "common/Clock.h"
#include "importer/ImportStore.h"

#include <QTimeZone>

namespace guichet {

Campaign::Campaign(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_dossiers(*m_workspace)
{
    m_instruction.emplace(m_workspace->database(), programme(), actor());
    m_ledger.emplace(m_workspace->database(), programme(), actor());
    qRegisterMetaType<guichet::Change>();
}

Campaign::~Campaign() = default;

Result<std::unique_ptr<Campaign>> Campaign::open(const QString& path, Workspace::Access access,
                                                 probe::Integrity integrity)
{
    auto workspace = Workspace::open(path, access, integrity);
    if (!workspace)
        return workspace.error();
    return std::make_unique<Campaign>(std::move(workspace.value()));
}

void Campaign::setActor(const QString& actor)
{
    m_workspace->setActor(actor);
    m_dossiers = DossierRepository(*m_workspace);
    m_instruction.emplace(m_workspace->database(), programme(), actor);
    m_ledger.emplace(m_workspace->database(), programme(), actor);
}

Status Campaign::announce(Status status, Change change)
{
    if (status)
        emit changed(change);
    return status;
}

Status Campaign::setNote(qint64 dossier, const QString& note)
{
    return announce(m_dossiers.setNote(dossier, note), {Change::Kind::Note, {dossier}});
}

Status Campaign::setScore(const Score& score)
{
    return announce(m_instruction->setScore(score), {Change::Kind::Scores, {score.dossier}});
}

Status Campaign::setOpinion(const Opinion& opinion)
{
    return announce(m_instruction->setOpinion(opinion),
                    {Change::Kind::Opinions, {opinion.dossier}});
}

Status Campaign::decideEligibility(qint64 dossier, const QList<EligibilityDecision>& decisions)
{
    return announce(m_instruction->decideAll(dossier, decisions),
                    {Change::Kind::Eligibility, {dossier}});
}

Result<ConflictWithdrawal> Campaign::declareConflict(const ConflictDeclaration& declaration)
{
    auto withdrawal = m_instruction->declareConflict(declaration);
    if (withdrawal)
        emit changed({Change::Kind::Conflicts, withdrawal->dossiers});
    return withdrawal;
}

Status Campaign::retractConflict(const ConflictWithdrawal& restore, const QString& reason)
{
    return announce(m_instruction->retractConflict(restore, reason),
                    {Change::Kind::Conflicts, restore.dossiers});
}

Result<ScoreMergeReport> Campaign::mergeScorePackage(const QString& path)
{
    auto report = score_package::merge(m_workspace->database(), programme(), actor(), path);
    if (report)
        emit changed({Change::Kind::Package, {}});
    return report;
}

Status Campaign::saveColumnMapping(const QHash<QString, QString>& mapping)
{
    // A mapping changes no dossier: nothing to announce until the import it serves.
    return ImportStore(m_workspace->database()).saveMapping(mapping);
}

Result<ImportReport> Campaign::importExports(const QStringList& files,
                                             const DossierImporter::Options& options)
{
    auto report = DossierImporter(*m_workspace).run(files, options);
    if (report && !options.dryRun)
        emit changed({Change::Kind::Dossiers, {}});
    return report;
}

Result<Movement> Campaign::announce(Result<Movement> movement, Change::Kind kind)
{
    if (movement)
        emit changed(
            {kind, movement->dossier ? QList<qint64>{movement->dossier} : QList<qint64>()});
    return movement;
}

Result<Movement> Campaign::setProposedAmount(qint64 dossier, Cents amount, const QString& reason)
{
    return announce(m_ledger->propose(dossier, amount, std::nullopt, reason),
                    Change::Kind::Amounts);
}

Result<Movement> Campaign::setProposedRate(qint64 dossier, Rate rate, const QString& reason)
{
    return announce(m_ledger->propose(dossier, std::nullopt, rate, reason), Change::Kind::Amounts);
}

Result<Movement> Campaign::resetProposedAmount(qint64 dossier, const QString& reason)
{
    return announce(m_ledger->propose(dossier, std::nullopt, std::nullopt, reason),
                    Change::Kind::Amounts);
}

Result<Movement> Campaign::decide(const DecisionRequest& request)
{
    return announce(m_ledger->decide(request), Change::Kind::Ledger);
}

Result<Movement> Campaign::reduceDecision(qint64 dossier, Cents reduction, const QString& reason,
                                          QDate date)
{
    return announce(m_ledger->reduce(dossier, reduction, reason, date), Change::Kind::Ledger);
}

Result<Movement> Campaign::cancelDecision(qint64 dossier, const QString& reason, QDate date)
{
    return announce(m_ledger->cancel(dossier, reason, date), Change::Kind::Ledger);
}

Result<Movement> Campaign::addPayment(qint64 dossier, Movement::Kind kind, Cents amount, QDate date,
                                      const QString& reference)
{
    return announce(m_ledger->pay(dossier, kind, amount, date, reference), Change::Kind::Ledger);
}

Result<Movement> Campaign::counterEntry(const Movement& entry, const QString& reason)
{
    return announce(m_ledger->counterEntry(entry, reason), Change::Kind::Ledger);
}

Result<Movement> Campaign::amendEnvelope(Cents delta, const QString& reason, QDate date)
{
    return announce(m_ledger->amendEnvelope(delta, reason, date), Change::Kind::Envelope);
}

Result<SavedScenario> Campaign::saveScenario(const ScenarioDefinition& definition)
{
    auto model = CutoffModel::load(m_workspace->database(), programme(), definition.subaxis);
    if (!model)
        return model.error();
    model->setCutoffRank(definition.cutoffRank);
    model->setPartialLast(definition.partialLast);
    ScenarioStore store = scenarios();
    if (Status status = store.save(definition, model->available(), model->snapshot()); !status)
        return status.error();
    emit changed({Change::Kind::Scenarios, {}});
    return *store.find(definition.name.trimmed());
}

Result<AdoptionReport> Campaign::adoptScenario(const QString& name)
{
    auto report = scenarios().adopt(name, *m_ledger);
    if (report) {
        emit changed({Change::Kind::Amounts, {}});
        emit changed({Change::Kind::Scenarios, {}});
    }
    return report;
}

Status Campaign::revertAdoption(const QString& name, const QString& reason)
{
    const Status status = scenarios().revertAdoption(name, reason, *m_ledger);
    if (status) {
        emit changed({Change::Kind::Amounts, {}});
        emit changed({Change::Kind::Scenarios, {}});
    }
    return status;
}

Result<SessionDue> Campaign::sessionDue() const
{
    const auto dossiers = m_dossiers.loadAll();
    if (!dossiers)
        return dossiers.error();
    DueInput input;
    input.today = clock::today();
    input.threshold = programme().committeeDossierThreshold;
    const QTimeZone paris("Europe/Paris");
    for (const Dossier& d : dossiers.value())
        input.deposits.append(d.depositedAt.toTimeZone(paris).date());
    for (const Session& s : committee().sessions()) {
        if (s.date <= input.today)
            input.lastSession = std::max(input.lastSession.value_or(s.date), s.date);
        else if (!s.isValidated())
            input.plannedSession = std::min(input.plannedSession.value_or(s.date), s.date);
    }
    return guichet::sessionDue(input);
}

SessionRecorder Campaign::recorder() const
{
    return SessionRecorder(m_workspace->database(), programme(), actor());
}

void Campaign::announceSession(int session, const QList<qint64>& dossiers)
{
    Change change{Change::Kind::Committee, dossiers};
    change.session = session;
    emit changed(change);
}

Result<int> Campaign::createSession(const Session& session, const QList<qint64>& order)
{
    auto number = recorder().create(session, order);
    if (number)
        announceSession(*number);
    return number;
}

Status Campaign::removeSession(int session)
{
    const Status status = recorder().remove(session);
    if (status)
        announceSession(session);
    return status;
}

Status Campaign::updateSession(const Session& session)
{
    const Status status = recorder().update(session);
    if (status)
        announceSession(session.number);
    return status;
}

Status Campaign::reorderAgenda(int session, const QList<qint64>& order)
{
    const Status status = recorder().reorder(session, order);
    if (status)
        announceSession(session);
    return status;
}

Result<Avis> Campaign::recordAvis(int session, const AvisRequest& request)
{
    auto avis = recorder().record(session, request);
    if (avis)
        announceSession(session, {request.dossier});
    return avis;
}

Status Campaign::clearAvis(int session, const QList<qint64>& dossiers)
{
    const Status status = recorder().clear(session, dossiers);
    if (status)
        announceSession(session, dossiers);
    return status;
}

Result<QList<qint64>> Campaign::recordAllProposals(int session, Avis::Kind kind,
                                                   const QString& reason)
{
    auto dossiers = recorder().recordAllProposals(session, kind, reason);
    if (dossiers)
        announceSession(session, *dossiers);
    return dossiers;
}

Status Campaign::recordRecusal(int session, qint64 dossier, const QString& member,
                               Recusal::Event event)
{
    const Status status = recorder().recuse(session, dossier, member, event);
    if (status)
        announceSession(session, {dossier});
    return status;
}

Status Campaign::validateSession(int session)
{
    const Status status = recorder().validate(session);
    if (status)
        announceSession(session);
    return status;
}

Result<Avis> Campaign::amendAvis(int session, const AvisRequest& request)
{
    auto avis = recorder().amend(session, request);
    if (avis)
        announceSession(session, {request.dossier});
    return avis;
}

Result<SessionDecisionReport> Campaign::takeSessionDecisions(const SessionDecisionRequest& request)
{
    auto report = SessionDecisions(m_workspace->database(), programme(), actor()).take(request);
    if (report) {
        QList<qint64> dossiers;
        for (const Movement& m : report->movements)
            dossiers.append(m.dossier);
        announceSession(request.session, dossiers);
        emit changed({Change::Kind::Ledger, dossiers});
    }
    return report;
}

Result<QList<Movement>> Campaign::undoSessionDecisions(int session, const QString& reason)
{
    auto cancelled =
        SessionDecisions(m_workspace->database(), programme(), actor()).undo(session, reason);
    if (cancelled) {
        QList<qint64> dossiers;
        for (const Movement& m : *cancelled)
            dossiers.append(m.dossier);
        announceSession(session, dossiers);
        emit changed({Change::Kind::Ledger, dossiers});
    }
    return cancelled;
}

Status Campaign::setLetterhead(const QMap<QString, QString>& values)
{
    return announce(Letterhead::save(m_workspace->database(), actor(), values),
                    {Change::Kind::Letterhead, {}});
}

Result<DocumentTemplate> Campaign::saveTemplate(DocumentTemplate::Kind kind, const QString& body)
{
    auto saved = templates().save(kind, body, actor());
    if (saved)
        emit changed({Change::Kind::Templates, {}});
    return saved;
}

Result<IssuedDocument> Campaign::issueDocument(const IssueRequest& request,
                                               const QList<DocumentTemplate::Kind>& used,
                                               const DocumentRegister::Render& render)
{
    TemplateStore store = templates();
    auto storeTemplates = [&]() -> Result<QString> {
        QStringList versions;
        for (const DocumentTemplate::Kind kind : used) {
            auto inForce = store.inForce(kind, actor());
            if (!inForce)
                return inForce.error();
            versions.append(DocumentTemplate::apiName(kind) + QLatin1Char('@') +
                            QString::number(inForce->version));
        }
        if (request.edited && !versions.isEmpty())
            versions.first() += QLatin1Char('*');
        return versions.join(QLatin1Char(' '));
    };
    auto issued = documentRegister().issue(request, render, storeTemplates);
    if (issued)
        emit changed({Change::Kind::Documents,
                      request.dossier ? QList<qint64>{request.dossier} : QList<qint64>(),
                      request.session});
    return issued;
}

} // namespace guichet
