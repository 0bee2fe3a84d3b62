#include "Campaign.h"

#include "importer/ImportStore.h"

namespace guichet {

Campaign::Campaign(std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_dossiers(*m_workspace)
{
    m_instruction.emplace(m_workspace->database(), programme(), actor());
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

} // namespace guichet
