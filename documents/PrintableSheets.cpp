#include "PrintableSheets.h"

#include "DocumentPages.h"
#include "Minutes.h"
#include "campaign/Campaign.h"
#include "committee/SessionAgenda.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "instruction/InstructionOverview.h"
#include "instruction/ScoringGrid.h"
#include "instruction/SelectionGrid.h"
#include "ledger/AmountRules.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet::printable_sheets {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrintableSheets)
};

QString cell(const QString& text, const QString& attributes = {})
{
    return u"<td %1>%2</td>"_s.arg(attributes, text.toHtmlEscaped());
}

QString headerRow(const QStringList& headers)
{
    QString row = u"<tr>"_s;
    for (const QString& header : headers)
        row += u"<th bgcolor=\"#e8e8f0\">%1</th>"_s.arg(header.toHtmlEscaped());
    return row + u"</tr>"_s;
}

QString table(const QString& rows)
{
    return u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
           "style=\"border-collapse:collapse; font-size:8pt\">"_s +
           rows + u"</table>"_s;
}

// Whether white text reads better than black on `rgb` (0xRRGGBB), by its luminance.
bool isDark(quint32 rgb)
{
    const int luminance =
        (299 * int((rgb >> 16) & 0xff) + 587 * int((rgb >> 8) & 0xff) + 114 * int(rgb & 0xff)) /
        1000;
    return luminance < 140;
}

QString heading(const QString& text)
{
    return u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped());
}

QString eligibilitySection(const DossierInstruction& instruction)
{
    QString rows = headerRow(
        {Text::tr("Condition"), Text::tr("Résultat"), Text::tr("Motif"), Text::tr("Décidé par")});
    for (const CheckResult& check : instruction.eligibility.checks) {
        rows += u"<tr>"_s + cell(check.label) + cell(CheckResult::outcomeLabel(check.outcome)) +
                cell(check.reason) + cell(check.decidedBy) + u"</tr>"_s;
    }
    return heading(Text::tr("Éligibilité : %1")
                       .arg(EligibilityAssessment::label(instruction.eligibility.verdict))) +
           table(rows);
}

QString scoresSection(const Campaign& campaign, const Dossier& dossier,
                      const DossierInstruction& instruction)
{
    const QList<Score> scores = campaign.instruction().scores(dossier.number);
    QString rows = headerRow({Text::tr("Critère"), Text::tr("Moyenne"), Text::tr("Min"),
                              Text::tr("Max"), Text::tr("Notes et commentaires")});
    for (const CriterionConsolidation& c : instruction.consolidation.criteria) {
        QString label = c.criterion;
        for (const Criterion& criterion : campaign.programme().criteria) {
            if (criterion.code == c.criterion)
                label = criterion.label;
        }
        QStringList given;
        for (const Score& score : scores) {
            if (score.criterion == c.criterion)
                given.append(u"%1 : %2 %3"_s
                                 .arg(score.instructor,
                                      score.level ? QString::number(*score.level) : u"–"_s,
                                      score.comment)
                                 .trimmed());
        }
        rows += u"<tr>"_s + cell(label) +
                cell(c.count ? QString::number(c.mean, 'f', 1).replace(u'.', u',') : QString()) +
                cell(c.count ? QString::number(c.min) : QString()) +
                cell(c.count ? QString::number(c.max) : QString()) + cell(given.join(u" ; "_s)) +
                u"</tr>"_s;
    }
    const QString score = instruction.consolidation.score
                              ? scoring::format(*instruction.consolidation.score)
                              : Text::tr("incomplète");
    return heading(Text::tr("Notation")) +
           u"<p>%1</p>"_s.arg(Text::tr("Note pondérée : %1 / 100 ; rang %2 (%3 dans le sous-axe)%4")
                                  .arg(score)
                                  .arg(instruction.rank.overall)
                                  .arg(instruction.rank.inSubaxis)
                                  .arg(instruction.consolidation.disagreement
                                           ? Text::tr(" ; désaccord entre instructeurs")
                                           : QString())
                                  .toHtmlEscaped()) +
           table(rows);
}

QString moneySection(const Campaign& campaign, const Dossier& dossier)
{
    const DossierLedger ledger = campaign.ledger().dossier(dossier.number);
    const auto proposal = AmountRules(campaign.programme()).current(dossier, ledger.proposal);
    QString text = heading(Text::tr("Proposition et décision"));
    text +=
        u"<p>%1</p>"_s.arg((proposal ? Text::tr("Montant proposé : %1 (%2)")
                                           .arg(money::format(proposal->amount), proposal->basis())
                                     : Text::tr("Pas de proposition."))
                               .toHtmlEscaped());
    QString rows = headerRow({Text::tr("Date"), Text::tr("Mouvement"), Text::tr("Montant"),
                              Text::tr("Auteur"), Text::tr("Motif")});
    for (const Movement& m : campaign.ledger().movementsOf(dossier.number)) {
        rows += u"<tr>"_s + cell(format::date(m.date)) + cell(Movement::label(m.kind)) +
                cell(m.amount ? money::format(m.amount) : QString()) + cell(m.author) +
                cell(m.reason) + u"</tr>"_s;
    }
    return text + table(rows);
}

QString historySection(const Campaign& campaign, const Dossier& dossier)
{
    QString rows = headerRow(
        {Text::tr("Date"), Text::tr("Par"), Text::tr("Champ"), Text::tr("Nouvelle valeur")});
    const QList<AuditEntry> entries =
        AuditLog(campaign.workspace().database())
            .entriesFor(u"dossier"_s, QString::number(dossier.number));
    for (const AuditEntry& e : entries) {
        rows += u"<tr>"_s + cell(format::dateTime(e.at.toLocalTime())) + cell(e.who) +
                cell(e.field) + cell(e.newValue.toString()) + u"</tr>"_s;
    }
    return heading(Text::tr("Historique")) +
           (entries.isEmpty() ? u"<p>%1</p>"_s.arg(Text::tr("Aucune modification enregistrée."))
                              : table(rows));
}

} // namespace

Result<PageSource> instructionSheet(const Campaign& campaign, qint64 number)
{
    const std::optional<Dossier> dossier = campaign.dossiers().find(number);
    if (!dossier)
        return Error::badInput(Text::tr("Dossier %1 introuvable dans le classeur.").arg(number));
    const InstructionOverview overview = InstructionOverview::load({*dossier}, campaign.programme(),
                                                                   campaign.workspace().database());
    const DossierInstruction* instruction = overview.find(number);
    if (!instruction)
        return Error::failure(Text::tr("Instruction du dossier %1 illisible.").arg(number));
    const Letterhead letterhead = campaign.letterhead();
    QString body = u"<h2>%1</h2>"_s.arg(
        Text::tr("Fiche d'instruction – dossier %1").arg(number).toHtmlEscaped());
    body += u"<p><b>%1</b> – %2<br/>%3</p>"_s.arg(
        dossier->applicantName.toHtmlEscaped(), dossier->title.toHtmlEscaped(),
        Text::tr("Sous-axe %1 ; coût total %2 ; montant sollicité %3 ; déposé le %4")
            .arg(dossier->subaxis, money::format(dossier->totalCost),
                 money::format(dossier->requested), format::date(dossier->depositedAt.date()))
            .toHtmlEscaped());
    body += eligibilitySection(*instruction);
    body += scoresSection(campaign, *dossier, *instruction);
    body += moneySection(campaign, *dossier);
    body += historySection(campaign, *dossier);
    return PageSource{document_pages::page(letterhead, format::date(clock::today()), body),
                      document_pages::footer(letterhead),
                      Text::tr("Fiche d'instruction %1").arg(number), false};
}

Result<PageSource> selectionGrid(const Campaign& campaign, const QString& subaxis)
{
    auto loaded = campaign.dossiers().loadAll();
    if (!loaded)
        return loaded.error();
    InstructionOverview overview =
        InstructionOverview::load(*loaded, campaign.programme(), campaign.workspace().database());
    SelectionGrid grid(campaign.programme(), std::move(loaded.value()), std::move(overview));
    grid.setSubaxis(subaxis);
    QStringList headers;
    for (int column = 0; column < grid.columnCount(); ++column)
        headers.append(grid.header(column));
    QString rows = headerRow(headers);
    for (int row = 0; row < grid.rowCount(); ++row) {
        rows += u"<tr>"_s;
        for (int column = 0; column < grid.columnCount(); ++column) {
            const auto fill = grid.fill(row, column);
            rows += fill ? u"<td bgcolor=\"#%1\"><font color=\"%2\">%3</font></td>"_s.arg(
                               QString::number(*fill, 16).rightJustified(6, QLatin1Char('0')),
                               isDark(*fill) ? u"#ffffff"_s : u"#000000"_s,
                               grid.text(row, column).toHtmlEscaped())
                         : cell(grid.text(row, column));
        }
        rows += u"</tr>"_s;
    }
    const QString title = subaxis.isEmpty()
                              ? Text::tr("Grille de sélection")
                              : Text::tr("Grille de sélection – sous-axe %1").arg(subaxis);
    const QString body =
        u"<h2>%1</h2><p>%2</p>"_s.arg(title.toHtmlEscaped(),
                                      Text::tr("Dossiers dans l'ordre du classement ; au %1.")
                                          .arg(format::date(clock::today()))
                                          .toHtmlEscaped()) +
        table(rows);
    const Letterhead letterhead = campaign.letterhead();
    return PageSource{u"<html><body>"_s + body + u"</body></html>"_s,
                      document_pages::footer(letterhead), title, true};
}

Result<PageSource> sessionAgenda(const Campaign& campaign, int number)
{
    const auto agenda =
        SessionAgenda::load(campaign.workspace().database(), campaign.programme(), number);
    if (!agenda)
        return agenda.error();
    const Session& session = agenda->session();
    QString body = u"<h2>%1</h2><p>%2</p>"_s.arg(session.title().toHtmlEscaped(),
                                                 Text::tr("Présidence : %1 — secrétariat : %2")
                                                     .arg(session.chair, session.secretary)
                                                     .toHtmlEscaped());
    body += minutes::attendance(session);
    QString rows = headerRow({Text::tr("N°"), Text::tr("Rang"), Text::tr("Dossier"),
                              Text::tr("Collectivité"), Text::tr("Intitulé"), Text::tr("Sous-axe"),
                              Text::tr("Proposé"), Text::tr("Sorties de salle")});
    for (const AgendaEntry& entry : agenda->entries()) {
        rows += u"<tr>"_s + cell(QString::number(entry.item.position)) +
                cell(entry.item.rank > 0 ? QString::number(entry.item.rank) : u"—"_s) +
                cell(QString::number(entry.item.dossier)) + cell(entry.applicantName) +
                cell(entry.title) + cell(entry.subaxis) +
                cell(money::format(entry.proposed()), u"align=\"right\""_s) +
                cell(entry.item.leaving.join(u", "_s)) + u"</tr>"_s;
    }
    body += heading(Text::tr("Ordre du jour")) + table(rows);
    const Letterhead letterhead = campaign.letterhead();
    return PageSource{u"<html><body>"_s + body + u"</body></html>"_s,
                      document_pages::footer(letterhead),
                      Text::tr("Ordre du jour de la séance n° %1").arg(number), false};
}

Status writePdf(const Result<PageSource>& sheet, const QString& path)
{
    if (!sheet)
        return sheet.error();
    return writeFileAtomically(path, PdfRenderer().render(*sheet, clock::now()));
}

} // namespace guichet::printable_sheets
