#include "DocumentCommands.h"

#include "LetterGenerator.h"
#include "Minutes.h"
#include "PrintableSheets.h"
#include "committee/SessionAgenda.h"
#include "common/Clock.h"
#include "documents/DocumentSheets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The dossiers of a session's agenda that have a decision in force.
Result<QList<qint64>> decidedInSession(const Campaign& campaign, int session)
{
    auto agenda =
        SessionAgenda::load(campaign.workspace().database(), campaign.programme(), session);
    if (!agenda)
        return agenda.error();
    QList<qint64> dossiers;
    for (const AgendaEntry& entry : agenda->entries()) {
        if (entry.decision != DossierLedger::Decision::None &&
            entry.decision != DossierLedger::Decision::Cancelled)
            dossiers.append(entry.item.dossier);
    }
    if (dossiers.isEmpty())
        return Error::badInput(Text::tr("La séance n° %1 n'a pas encore de décision prise : pas "
                                        "de lettre à produire.")
                                   .arg(session));
    return dossiers;
}
} // namespace

LetterheadCommand::LetterheadCommand()
    : Command(u"letterhead"_s, Text::tr("FICHIER.guichet [--json] [--set CLÉ=VALEUR]..."),
              Text::tr("Affiche l'en-tête des documents (intitulé, timbre, affaire suivie par, "
                       "signataire et délégation, lieu, adresse) ou en change des valeurs. Les "
                       "valeurs inconnues valent « à compléter »."),
              1)
    , m_json(u"json"_s, Text::tr("Sortie JSON."))
    , m_set(u"set"_s, Text::tr("Donne VALEUR à CLÉ (répétable)."), Text::tr("CLÉ=VALEUR"))
{
    addOptions({m_json, m_set});
}

QString LetterheadCommand::summary() const
{
    return Text::tr("affiche ou change l'en-tête des documents");
}

Status LetterheadCommand::run(QTextStream& out)
{
    QMap<QString, QString> values;
    for (const QString& assignment : parser().values(m_set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return badInput(Text::tr("--set attend CLÉ=VALEUR, pas « %1 ».").arg(assignment));
        const QString key = assignment.left(equals).trimmed();
        auto checked = Letterhead::check(key, assignment.mid(equals + 1));
        if (!checked)
            return checked.error();
        values.insert(key, *checked);
    }
    const QString path = positional().constFirst();
    if (!values.isEmpty()) {
        return write(
            path, QString(),
            [&](Campaign& campaign, QTextStream& said) -> Status {
                if (Status status = campaign.setLetterhead(values); !status)
                    return status;
                said << Text::tr("En-tête mis à jour : %1.\n")
                            .arg(values.keys().join(QStringLiteral(", ")));
                return success();
            },
            out);
    }
    auto campaign = openReadOnly(path);
    if (!campaign)
        return campaign.error();
    const Letterhead letterhead = campaign.value()->letterhead();
    if (isSet(m_json)) {
        QJsonObject object;
        for (const Letterhead::Field& field : Letterhead::fields())
            object.insert(field.key, letterhead.value(field.key));
        out << QString::fromUtf8(QJsonDocument(object).toJson());
        return success();
    }
    for (const Letterhead::Field& field : Letterhead::fields())
        out << u"%1 = %2   (%3)\n"_s.arg(field.key, letterhead.value(field.key), field.label);
    return success();
}

LettersCommand::LettersCommand()
    : Command(u"letters"_s,
              Text::tr("FICHIER.guichet (--session N | --dossier D...) --output DOSSIER "
                       "[--combined FICHIER.pdf] [--issue [--correct]] [--date AAAA-MM-JJ]"),
              Text::tr("Produit en PDF les documents des décisions (arrêté et lettre de "
                       "notification d'une attribution, lettre de refus ou de classement sans "
                       "suite), un fichier par document. Sans --issue, ce sont des projets non "
                       "numérotés ; avec --issue, chaque document est émis : numéroté au "
                       "registre, figé dans le classeur."),
              1)
    , m_session(u"session"_s, Text::tr("Les décisions d'une séance du comité."), u"N"_s)
    , m_dossier(u"dossier"_s, Text::tr("Le dossier (répétable)."), u"D"_s)
    , m_output(u"output"_s, Text::tr("Dossier où écrire les PDF."), Text::tr("DOSSIER"))
    , m_combined(u"combined"_s, Text::tr("Écrit aussi tous les documents dans ce PDF."),
                 Text::tr("FICHIER"))
    , m_issue(u"issue"_s, Text::tr("Émet les documents (numéro au registre, copie figée)."))
    , m_date(u"date"_s, Text::tr("Date des documents (aujourd'hui par défaut)."),
             Text::tr("AAAA-MM-JJ"))
    , m_correct(u"correct"_s,
                Text::tr("Avec --issue : émet des corrections, chacune citant et remplaçant le "
                         "document émis en dernier (qui reste au registre)."))
{
    addOptions({m_session, m_dossier, m_output, m_combined, m_issue, m_date, m_correct});
}

QString LettersCommand::summary() const
{
    return Text::tr("produit ou émet les arrêtés et lettres des décisions (PDF)");
}

Status LettersCommand::run(QTextStream& out)
{
    LetterGenerator::Batch batch;
    if (isSet(m_session) && isSet(m_dossier))
        return badInput(Text::tr("--session ou --dossier, pas les deux."));
    if (isSet(m_session)) {
        const auto session = sessionNumber(value(m_session));
        if (!session)
            return session.error();
        auto campaign = openReadOnly(positional().constFirst());
        if (!campaign)
            return campaign.error();
        auto dossiers = decidedInSession(**campaign, *session);
        if (!dossiers)
            return dossiers.error();
        batch.dossiers = *dossiers;
    }
    for (const QString& text : parser().values(m_dossier)) {
        const auto number = dossierNumber(text);
        if (!number)
            return number.error();
        batch.dossiers.append(*number);
    }
    if (batch.dossiers.isEmpty())
        return badInput(Text::tr("--dossier ou --session est obligatoire."));
    batch.outputDir = value(m_output);
    if (batch.outputDir.isEmpty())
        return badInput(Text::tr("--output est obligatoire."));
    batch.combinedPath = value(m_combined);
    batch.issue = isSet(m_issue);
    batch.correct = isSet(m_correct);
    if (batch.correct && !batch.issue)
        return badInput(Text::tr("--correct va avec --issue : une correction est émise."));
    const auto date = optionalDate(m_date, clock::today());
    if (!date)
        return date.error();
    batch.date = *date;
    auto generate = [&](Campaign& campaign, QTextStream& said) -> Status {
        auto report = LetterGenerator(campaign).run(batch);
        if (!report)
            return report.error();
        said << (batch.issue
                     ? Text::tr("%n document(s) émis", nullptr, report->issued)
                     : Text::tr("%n projet(s) écrit(s)", nullptr, int(report->files.size())))
             << Text::tr(" dans %1.\n").arg(batch.outputDir);
        return success();
    };
    const QString path = positional().constFirst();
    if (batch.issue)
        return write(path, QString(), generate, out);
    auto campaign = openReadOnly(path);
    if (!campaign)
        return campaign.error();
    return generate(**campaign, out);
}

RegisterCommand::RegisterCommand()
    : Command(u"register"_s,
              Text::tr("FICHIER.guichet [--json] [--format csv|xlsx --output FICHIER]"),
              Text::tr("Liste le registre des documents émis, dans l'ordre d'émission : numéro, "
                       "date, nature, dossier, empreinte SHA-256 ; ou l'exporte en CSV ou XLSX."),
              1)
    , m_json(u"json"_s, Text::tr("Sortie JSON (clés number, date, kind, dossier, sha256)."))
    , m_format(u"format"_s, Text::tr("csv ou xlsx."), u"FORMAT"_s, u"csv"_s)
    , m_output(u"output"_s, Text::tr("Fichier à écrire."), Text::tr("FICHIER"))
{
    addOptions({m_json, m_format, m_output});
}

QString RegisterCommand::summary() const
{
    return Text::tr("liste ou exporte le registre des documents émis");
}

Status RegisterCommand::run(QTextStream& out)
{
    if (isSet(m_output)) {
        if (Status status = checkChoice(u"format"_s, value(m_format), {u"csv"_s, u"xlsx"_s});
            !status)
            return status;
    }
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    const QList<IssuedDocument> documents = campaign.value()->documentRegister().list();
    if (isSet(m_output)) {
        const Sheet sheet = document_sheets::registerSheet(documents);
        if (Status status = sheet::write(sheet, value(m_output),
                                         value(m_format) == "csv"_L1 ? sheet::Format::CsvPlain
                                                                     : sheet::Format::Xlsx);
            !status)
            return status;
        out << Text::tr("Registre des documents écrit : %1\n").arg(value(m_output));
        return success();
    }
    if (isSet(m_json)) {
        QJsonArray array;
        for (const IssuedDocument& d : documents) {
            array.append(
                QJsonObject{{u"number"_s, d.number},
                            {u"date"_s, d.date.toString(Qt::ISODate)},
                            {u"kind"_s, d.kind},
                            {u"dossier"_s, d.dossier ? QJsonValue(d.dossier) : QJsonValue()},
                            {u"sha256"_s, d.sha256},
                            {u"replaces"_s, d.replaces}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson());
        return success();
    }
    for (const IssuedDocument& d : documents)
        out << u"%1  %2  %3  %4  %5\n"_s.arg(
            d.number, d.date.toString(Qt::ISODate), DocumentRegister::seriesLabel(d.kind),
            d.dossier ? QString::number(d.dossier) : u"-"_s, d.sha256);
    return success();
}

DocumentsReprintCommand::DocumentsReprintCommand()
    : Command(u"documents reprint"_s, Text::tr("FICHIER.guichet --number NUM --output FICHIER"),
              Text::tr("Réimprime un document émis : la copie figée dans le classeur, octet pour "
                       "octet."),
              1)
    , m_number(u"number"_s, Text::tr("Numéro au registre (ex. : 2021-ARR-0007)."), u"NUM"_s)
    , m_output(u"output"_s, Text::tr("Fichier à écrire."), Text::tr("FICHIER"))
{
    addOptions({m_number, m_output});
}

QString DocumentsReprintCommand::summary() const
{
    return Text::tr("réimprime un document émis, identique");
}

Status DocumentsReprintCommand::run(QTextStream& out)
{
    if (value(m_number).isEmpty() || value(m_output).isEmpty())
        return badInput(Text::tr("--number et --output sont obligatoires."));
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    const auto document = campaign.value()->documentRegister().find(value(m_number));
    if (!document)
        return badInput(Text::tr("Aucun document n° « %1 » au registre.").arg(value(m_number)));
    if (Status status = writeOutput(value(m_output), document->content, out); !status)
        return status;
    out << Text::tr("Document %1 réimprimé : %2 (SHA-256 %3)\n")
               .arg(document->number, value(m_output), document->sha256);
    return success();
}

MinutesCommand::MinutesCommand()
    : Command(u"minutes"_s,
              Text::tr("FICHIER.guichet --session N --output FICHIER.pdf|FICHIER.odt [--issue]"),
              Text::tr("Écrit le compte rendu d'une séance du comité (avis sur chaque dossier, "
                       "écarts au classement, enveloppe avant et après), en PDF ou en ODT "
                       "modifiable dans LibreOffice. Un projet se régénère à volonté ; --issue "
                       "émet le PDF d'une séance validée : numéroté au registre, figé."),
              1)
    , m_session(u"session"_s, Text::tr("Numéro de la séance."), u"N"_s)
    , m_output(u"output"_s, Text::tr("Fichier à écrire (.pdf ou .odt)."), Text::tr("FICHIER"))
    , m_issue(u"issue"_s, Text::tr("Émet le compte rendu (PDF seulement)."))
{
    addOptions({m_session, m_output, m_issue});
}

QString MinutesCommand::summary() const
{
    return Text::tr("écrit le compte rendu d'une séance du comité (PDF ou ODT)");
}

Status MinutesCommand::run(QTextStream& out)
{
    const auto session = sessionNumber(value(m_session));
    if (!session)
        return session.error();
    const QString output = value(m_output);
    const bool odt = output.endsWith(u".odt"_s, Qt::CaseInsensitive);
    if (!odt && !output.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return badInput(Text::tr("--output attend un fichier .pdf ou .odt."));
    if (odt && isSet(m_issue))
        return badInput(Text::tr("--issue émet le PDF : le compte rendu figé est un PDF."));
    const QString path = positional().constFirst();
    if (!isSet(m_issue)) {
        auto campaign = openReadOnly(path);
        if (!campaign)
            return campaign.error();
        const auto bytes =
            minutes::draft(**campaign, *session, odt ? minutes::Format::Odt : minutes::Format::Pdf);
        if (!bytes)
            return bytes.error();
        if (Status status = writeOutput(output, *bytes, out); !status)
            return status;
        out << Text::tr("Projet de compte rendu écrit : %1\n").arg(output);
        return success();
    }
    return write(
        path, QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto issued = minutes::issue(campaign, *session);
            if (!issued)
                return issued.error();
            if (Status status = writeOutput(output, issued->content, said); !status)
                return status;
            said << Text::tr("Compte rendu émis : n° %1, %2\n").arg(issued->number, output);
            return success();
        },
        out);
}

PrintCommand::PrintCommand()
    : Command(u"print"_s,
              Text::tr("FICHIER.guichet (--dossier D | --grid [--subaxis CODE] | --session N) "
                       "--output FICHIER.pdf"),
              Text::tr("Écrit en PDF la fiche d'instruction d'un dossier (éligibilité et "
                       "motifs, notes et consolidation, proposition et sa base, historique), "
                       "la grille de sélection ou l'ordre du jour d'une séance du comité."),
              1)
    , m_dossier(u"dossier"_s, Text::tr("La fiche d'instruction de ce dossier."), u"D"_s)
    , m_grid(u"grid"_s, Text::tr("La grille de sélection."))
    , m_subaxis(u"subaxis"_s, Text::tr("Grille : seulement ce sous-axe (ex. : 3a)."), u"CODE"_s)
    , m_session(u"session"_s, Text::tr("L'ordre du jour de cette séance."), u"N"_s)
    , m_output(u"output"_s, Text::tr("Fichier PDF à écrire."), Text::tr("FICHIER"))
{
    addOptions({m_dossier, m_grid, m_subaxis, m_session, m_output});
}

QString PrintCommand::summary() const
{
    return Text::tr("écrit en PDF la fiche d'instruction d'un dossier, la grille ou l'ordre du "
                    "jour d'une séance");
}

Status PrintCommand::run(QTextStream& out)
{
    if (int(isSet(m_dossier)) + int(isSet(m_grid)) + int(isSet(m_session)) != 1)
        return badInput(Text::tr("--dossier, --grid ou --session, l'un des trois."));
    if (value(m_output).isEmpty())
        return badInput(Text::tr("--output est obligatoire."));
    std::optional<qint64> dossier;
    if (isSet(m_dossier)) {
        const auto number = dossierNumber(value(m_dossier));
        if (!number)
            return number.error();
        dossier = *number;
    }
    std::optional<int> session;
    if (isSet(m_session)) {
        const auto number = sessionNumber(value(m_session));
        if (!number)
            return number.error();
        session = *number;
    }
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    if (isSet(m_subaxis) && !campaign.value()->programme().subaxis(value(m_subaxis)))
        return badInput(Text::tr("sous-axe inconnu : « %1 ».").arg(value(m_subaxis)));
    auto source = dossier   ? printable_sheets::instructionSheet(**campaign, *dossier)
                  : session ? printable_sheets::sessionAgenda(**campaign, *session)
                            : printable_sheets::selectionGrid(**campaign, value(m_subaxis));
    if (!source)
        return source.error();
    if (Status status =
            writeOutput(value(m_output), PdfRenderer().render(*source, clock::now()), out);
        !status)
        return status;
    out << Text::tr("PDF écrit : %1\n").arg(value(m_output));
    return success();
}

} // namespace guichet::cli
