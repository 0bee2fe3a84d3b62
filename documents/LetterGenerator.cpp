#include "LetterGenerator.h"

#include "DocumentPages.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LetterGenerator)
};

using Kind = DocumentTemplate::Kind;

} // namespace

QString LetterDocument::fileName() const
{
    if (!number.isEmpty())
        return number + u".pdf"_s;
    return u"%1-%2-projet.pdf"_s.arg(dossier).arg(DocumentTemplate::apiName(kind));
}

LetterGenerator::LetterGenerator(Campaign& campaign)
    : m_campaign(campaign)
    , m_letterhead(campaign.letterhead())
{}

QString LetterGenerator::bodyOf(Kind kind, const Edits& edits) const
{
    const auto edited = edits.constFind(kind);
    return edited != edits.cend() ? *edited : m_campaign.templates().current(kind).body;
}

QString LetterGenerator::compose(const DecisionFacts& facts, const LetterPlan& plan,
                                 const QString& number, QDate date, const Edits& edits,
                                 const QString& notice) const
{
    const QString reference = number.isEmpty() ? Text::tr("Projet – non numéroté") : number;
    const QString body = composeBody(withNotice(bodyOf(plan.kind, edits), notice),
                                     facts.values(m_letterhead, reference, date),
                                     bodyOf(Kind::Recours, edits), bodyOf(Kind::Rgpd, edits));
    return document_pages::page(m_letterhead, Text::tr("N° %1").arg(reference), body);
}

Result<QList<LetterDocument>> LetterGenerator::composeDrafts(qint64 dossier, QDate date,
                                                             const Edits& edits)
{
    auto facts = DecisionFacts::load(m_campaign, dossier);
    if (!facts)
        return facts.error();
    QList<LetterDocument> documents;
    for (const LetterPlan& plan : facts->plans()) {
        LetterDocument d{dossier, plan.kind, plan.series, {}, {}, {}, {}};
        d.html = compose(*facts, plan, {}, date, edits);
        documents.append(std::move(d));
    }
    return documents;
}

PageSource LetterGenerator::draftSource(const LetterDocument& draft) const
{
    return {draft.html, document_pages::footer(m_letterhead), DocumentTemplate::label(draft.kind)};
}

Result<QList<LetterDocument>> LetterGenerator::drafts(qint64 dossier, QDate date,
                                                      const Edits& edits)
{
    auto documents = composeDrafts(dossier, date, edits);
    if (!documents)
        return documents;
    for (LetterDocument& d : *documents)
        d.pdf = m_renderer.render(draftSource(d), clock::now());
    return documents;
}

Result<QList<LetterDocument>> LetterGenerator::issue(qint64 dossier, QDate date, const Edits& edits)
{
    auto facts = DecisionFacts::load(m_campaign, dossier);
    if (!facts)
        return facts.error();
    return issuePrepared({*facts, facts->plans()}, date, edits, {}, 0, 1, Reissue::Refuse);
}

Result<QList<LetterDocument>> LetterGenerator::correct(qint64 dossier, QDate date,
                                                       const Edits& edits)
{
    auto facts = DecisionFacts::load(m_campaign, dossier);
    if (!facts)
        return facts.error();
    if (!hasIssued(dossier))
        return Error::badInput(
            Text::tr("Aucun document émis pour le dossier %1 : rien à corriger.").arg(dossier));
    return issuePrepared({*facts, facts->plans()}, date, edits, {}, 0, 1, Reissue::Correct);
}

bool LetterGenerator::hasIssued(qint64 dossier) const
{
    auto facts = DecisionFacts::load(m_campaign, dossier);
    if (!facts)
        return false;
    for (const LetterPlan& plan : facts->plans()) {
        if (m_campaign.documentRegister().latest(dossier, DocumentTemplate::apiName(plan.kind)))
            return true;
    }
    return false;
}

Result<QList<LetterDocument>> LetterGenerator::issuePrepared(const Prepared& prepared, QDate date,
                                                             const Edits& edits,
                                                             const Progress& progress, int done,
                                                             int total, Reissue reissue)
{
    if (auto signature = m_letterhead.signature(date); !signature)
        return signature.error();
    QList<LetterDocument> documents;
    for (const LetterPlan& plan : prepared.plans) {
        const QString templateName = DocumentTemplate::apiName(plan.kind);
        const std::optional<IssuedDocument> previous =
            m_campaign.documentRegister().latest(prepared.facts.dossier.number, templateName);
        if (reissue == Reissue::Skip && previous)
            continue; // issued by an earlier run
        const std::optional<IssuedDocument> replaced =
            reissue == Reissue::Correct ? previous : std::nullopt;
        LetterDocument d{prepared.facts.dossier.number, plan.kind, plan.series, {}, {}, {}, {}};
        auto render = [&](const QString& number, const QDateTime& at) -> Result<QByteArray> {
            if (progress && !progress(done, total))
                return Error::badInput(Text::tr("Génération annulée."));
            d.html =
                compose(prepared.facts, plan, number, date, edits,
                        replaced ? correctionNotice(plan.kind, replaced->number, replaced->date)
                                 : QString());
            return m_renderer.render({d.html, document_pages::footer(m_letterhead), number}, at);
        };
        IssueRequest request{plan.series, templateName, prepared.facts.dossier.number,
                             0,           date,         replaced ? replaced->number : QString()};
        QList<Kind> used = {plan.kind, Kind::Recours, Kind::Rgpd};
        auto issued = m_campaign.issueDocument(request, used, render);
        if (!issued)
            return issued.error();
        d.number = issued->number;
        d.pdf = issued->content;
        d.sha256 = issued->sha256;
        documents.append(std::move(d));
    }
    return documents;
}

Result<LetterGenerator::BatchReport> LetterGenerator::run(const Batch& batch,
                                                          const Progress& progress)
{
    if (!QDir().mkpath(batch.outputDir))
        return Error::failure(Text::tr("Impossible de créer le dossier %1.").arg(batch.outputDir));
    BatchReport report;
    QList<PageSource> combined;
    const int total = int(batch.dossiers.size());
    int done = 0;
    auto goOn = [&](int doneSoFar, int count) {
        if (progress && !report.cancelled && !progress(doneSoFar, count))
            report.cancelled = true;
        return !report.cancelled;
    };
    // Issued documents are set one by one, each inside the transaction that gives it its
    // number; drafts a window at a time, on every core.
    QList<LetterDocument> window;
    auto flush = [&]() -> Status {
        if (!batch.issue && !window.isEmpty()) {
            QList<PageSource> sources;
            for (const LetterDocument& d : std::as_const(window))
                sources.append(draftSource(d));
            const QList<QByteArray> pdfs = m_batchRenderer.render(sources, clock::now());
            for (qsizetype i = 0; i < window.size(); ++i)
                window[i].pdf = pdfs.at(i);
        }
        for (const LetterDocument& d : std::as_const(window)) {
            const QString path = QDir(batch.outputDir).filePath(d.fileName());
            if (Status status = writeFileAtomically(path, d.pdf); !status)
                return status;
            report.files.append(path);
            report.issued += d.number.isEmpty() ? 0 : 1;
            if (!batch.combinedPath.isEmpty())
                combined.append({d.html, document_pages::footer(m_letterhead), d.number});
        }
        window.clear();
        return success();
    };
    for (const qint64 dossier : batch.dossiers) {
        if (!goOn(done, total))
            break;
        Result<QList<LetterDocument>> documents = QList<LetterDocument>();
        if (batch.issue) {
            auto facts = DecisionFacts::load(m_campaign, dossier);
            if (!facts)
                return facts.error();
            documents = issuePrepared({*facts, facts->plans()}, batch.date, {}, goOn, done, total,
                                      batch.correct ? Reissue::Correct : Reissue::Skip);
            if (report.cancelled)
                break; // the document under way was rolled back with its number
            if (documents && documents->isEmpty())
                report.skipped.append(dossier);
        } else {
            documents = composeDrafts(dossier, batch.date, {});
        }
        if (!documents)
            return documents.error();
        window += *documents;
        ++done;
        if (batch.issue || window.size() >= BatchRenderer::kWindow) {
            if (Status status = flush(); !status)
                return status.error();
        }
    }
    if (Status status = flush(); !status) // the drafts composed before a cancel
        return status.error();
    if (!batch.combinedPath.isEmpty() && !combined.isEmpty()) {
        if (Status status = writeFileAtomically(batch.combinedPath,
                                                m_renderer.renderCombined(combined, clock::now()));
            !status)
            return status.error();
        report.files.append(batch.combinedPath);
    }
    return report;
}

} // namespace guichet
