#pragma once

#include "BatchRenderer.h"
#include "PdfRenderer.h"
#include "campaign/Campaign.h"
#include "documents/DecisionLetters.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace guichet {

// A document made for one dossier's decision: a draft (no number) or issued (frozen in the
// register).
struct LetterDocument
{
    qint64 dossier = 0;
    DocumentTemplate::Kind kind = DocumentTemplate::Kind::Arrete;
    QString series;
    QString number; // empty for a draft
    QString html;   // the whole page as set
    QByteArray pdf;
    QString sha256; // issued only

    // « 2021-ARR-0007.pdf » issued, « 1042-arrete-projet.pdf » for a draft.
    QString fileName() const;
};

// Makes the documents of the préfet's decisions (the ledger's), from the templates in force
// and the letterhead: for one dossier, to preview or issue, or in batch to files.
class LetterGenerator
{
public:
    explicit LetterGenerator(Campaign& campaign);

    // `edits`: a template's body changed for this dossier only, before it is issued.
    using Edits = QHash<DocumentTemplate::Kind, QString>;
    Result<QList<LetterDocument>> drafts(qint64 dossier, QDate date, const Edits& edits = {});
    // Issues the dossier's documents, each in its own transaction with its number: refused when
    // the signature cannot be given on `date` (letterhead) or the documents were issued already.
    Result<QList<LetterDocument>> issue(qint64 dossier, QDate date, const Edits& edits = {});
    // Issues the dossier's documents again as corrections: each a new document, numbered, that
    // cites and replaces the one issued last of its kind (which stays in the register, frozen).
    // Refused when none was issued.
    Result<QList<LetterDocument>> correct(qint64 dossier, QDate date, const Edits& edits = {});
    // Whether documents of the dossier's decision were issued already (its corrections next).
    bool hasIssued(qint64 dossier) const;

    struct Batch
    {
        QList<qint64> dossiers;
        QDate date;
        bool issue = false;
        QString outputDir;    // one PDF per document
        QString combinedPath; // and all of them in one PDF, when not empty
        bool correct = false; // issue corrections of the documents issued (see correct())
    };
    struct BatchReport
    {
        QStringList files;
        int issued = 0;
        QList<qint64> skipped; // issued already (a re-run after a cancel goes on from there)
        bool cancelled = false;
    };
    // Called before each document with the documents done and the dossiers' count; false
    // cancels: the document under way is not issued and takes no number.
    using Progress = std::function<bool(int done, int total)>;
    Result<BatchReport> run(const Batch& batch, const Progress& progress = {});

private:
    struct Prepared
    {
        DecisionFacts facts;
        QList<LetterPlan> plans;
    };
    QString bodyOf(DocumentTemplate::Kind kind, const Edits& edits) const;
    // The dossier's drafts, composed but not yet set in PDF.
    Result<QList<LetterDocument>> composeDrafts(qint64 dossier, QDate date, const Edits& edits);
    PageSource draftSource(const LetterDocument& draft) const;
    QString compose(const DecisionFacts& facts, const LetterPlan& plan, const QString& number,
                    QDate date, const Edits& edits, const QString& notice = {}) const;
    // What to do with a document issued already: a batch goes on past it (a re-run after a
    // cancel), one dossier's issue is refused, a correction cites and replaces it.
    enum class Reissue
    {
        Skip,
        Refuse,
        Correct
    };
    Result<QList<LetterDocument>> issuePrepared(const Prepared& prepared, QDate date,
                                                const Edits& edits, const Progress& progress,
                                                int done, int total, Reissue reissue);

    Campaign& m_campaign;
    Letterhead m_letterhead;
    PdfRenderer m_renderer;
    BatchRenderer m_batchRenderer; // the drafts of a batch, on every core
};

} // namespace guichet
