#include "Minutes.h"

#include "DocumentPages.h"
#include "OdtWriter.h"
#include "campaign/Campaign.h"
#include "committee/SessionAgenda.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "documents/Placeholders.h"
#include "referential/CollectivityName.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace guichet::minutes {

// The register's template name of the minutes.
const QString kTemplateName = QStringLiteral("proces-verbal");

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Minutes)
};

// As in the letters: French figures' narrow no-break space, which the fallback fonts lack, set
// as a plain one so that « 28 880,00 € » does not break in a narrow column.
QString escaped(const QString& text)
{
    return placeholders::fromText(text);
}

QString row(const QStringList& cells, bool header = false)
{
    QString html = u"<tr>"_s;
    for (const QString& cell : cells)
        html += header ? u"<th bgcolor=\"#e8e8f0\">%1</th>"_s.arg(escaped(cell))
                       : u"<td>%1</td>"_s.arg(escaped(cell));
    return html + u"</tr>"_s;
}

// A header row whose columns take the given shares of the width (in %): left to itself, the
// layout squeezed « Observations » until the word broke.
QString headerRow(const QList<std::pair<QString, int>>& columns)
{
    QString html = u"<tr>"_s;
    for (const auto& [title, percent] : columns)
        html += u"<th bgcolor=\"#e8e8f0\" width=\"%1%\">%2</th>"_s.arg(percent).arg(escaped(title));
    return html + u"</tr>"_s;
}

QString table(const QString& rows, const QString& fontSize = u"8pt"_s)
{
    return u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
           "style=\"border-collapse:collapse; font-size:%1\">"_s.arg(fontSize) +
           rows + u"</table>"_s;
}

QString section(int number, const QString& title)
{
    return u"<h3>%1. %2</h3>"_s.arg(number).arg(escaped(title));
}

QString paragraph(const QString& text)
{
    return u"<p>%1</p>"_s.arg(escaped(text));
}

// The members out of the room for each dossier: declared links and recusals recorded.
QHash<qint64, QStringList> outOfRoom(const Campaign& campaign, const SessionAgenda& agenda)
{
    QHash<qint64, QStringList> out;
    for (const AgendaEntry& entry : agenda.entries())
        out[entry.item.dossier] = entry.item.conflicted;
    for (const Recusal& recusal : campaign.committee().recusals(agenda.session().number)) {
        if (recusal.event == Recusal::Event::Leaves &&
            !out[recusal.dossier].contains(recusal.member))
            out[recusal.dossier].append(recusal.member);
    }
    return out;
}

struct Money
{
    Cents before = 0;
    Cents session = 0;
};

// What the ledger committed before the session's day, by sub-axis of the dossiers: the
// decisions of this session and of later ones are not « avant la séance ».
QMap<QString, Money> committedBySubaxis(const Campaign& campaign, const LedgerState& state)
{
    QMap<QString, Money> bySubaxis;
    for (auto it = state.dossiers().cbegin(); it != state.dossiers().cend(); ++it) {
        if (it->committed == 0)
            continue;
        if (const auto dossier = campaign.dossiers().find(it.key()))
            bySubaxis[dossier->subaxis].before += it->committed;
    }
    return bySubaxis;
}

} // namespace

QString attendance(const Session& session)
{
    QString present, represented, excused;
    for (const SessionMember& m : session.members) {
        const QString who = m.quality.isEmpty() ? m.name : m.name + u", "_s + m.quality;
        switch (m.attendance) {
        case SessionMember::Attendance::Present:
            present += u"<li>%1</li>"_s.arg(escaped(who));
            break;
        case SessionMember::Attendance::Represented:
            represented += u"<li>%1</li>"_s.arg(
                escaped(m.representedBy.isEmpty()
                            ? who
                            : Text::tr("%1, représenté(e) par %2").arg(who, m.representedBy)));
            break;
        case SessionMember::Attendance::Excused:
            excused += u"<li>%1</li>"_s.arg(escaped(who));
            break;
        }
    }
    auto list = [](const QString& title, const QString& items) -> QString {
        return u"<p><b>%1</b></p>"_s.arg(escaped(title)) +
               (items.isEmpty() ? paragraph(Text::tr("Néant.")) : u"<ul>%1</ul>"_s.arg(items));
    };
    return list(Text::tr("Membres présents :"), present) +
           list(Text::tr("Membres représentés :"), represented) +
           list(Text::tr("Membres excusés :"), excused);
}

Result<PageSource> compose(const Campaign& campaign, int number, const QString& registerNumber)
{
    auto loaded =
        SessionAgenda::load(campaign.workspace().database(), campaign.programme(), number);
    if (!loaded)
        return loaded.error();
    const SessionAgenda& agenda = *loaded;
    const Session& session = agenda.session();
    const Programme& programme = campaign.programme();
    QHash<qint64, const Dossier*> dossiers;
    for (const Dossier& d : agenda.dossiers())
        dossiers.insert(d.number, &d);

    QString body = u"<h2 align=\"center\">%1</h2>"_s.arg(
        escaped(Text::tr("Compte rendu du comité de sélection")));
    body += u"<p align=\"center\"><b>%1</b><br/>%2</p>"_s.arg(
        escaped(Text::tr("France Relance – Transformation numérique des collectivités "
                         "territoriales – axe 3")),
        escaped(session.title()));

    int n = 0;
    body += section(++n, Text::tr("Présidence"));
    body += paragraph(Text::tr("La séance est ouverte sous la présidence de %1.")
                          .arg(session.chair.isEmpty() ? Letterhead::unknown()
                                                       : collectivity::inSentence(session.chair)));
    if (!session.secretary.isEmpty())
        body += paragraph(Text::tr("Secrétaire de séance : %1.").arg(session.secretary));

    body += section(++n, Text::tr("Membres"));
    body += attendance(session);

    body += section(++n, Text::tr("Quorum"));
    body += paragraph(
        Text::tr("Quorum : %1.").arg(session.quorum(programme.committeeQuorum).describe()));

    body += section(++n, Text::tr("Ordre du jour"));
    body += u"<ol><li>%1</li><li>%2</li><li>%3</li></ol>"_s.arg(
        escaped(Text::tr("Point sur l'enveloppe départementale")),
        escaped(
            Text::tr("Examen des dossiers (%n dossier(s))", nullptr, int(agenda.entries().size()))),
        escaped(Text::tr("Questions diverses")));

    const Letterhead letterhead = campaign.letterhead();
    body += section(++n, Text::tr("Rappel du cadre"));
    body +=
        paragraph(Text::tr("Enveloppe départementale : %1. Le comité émet un avis sur chaque "
                           "dossier ; %2 décide ensuite par arrêté.")
                      .arg(money::format(agenda.gauge().envelope), letterhead.prefetInSentence()));

    // The dossiers, in the order examined.
    const QHash<qint64, QStringList> out = outOfRoom(campaign, agenda);
    QString rows = headerRow({{Text::tr("N°"), 7},
                              {Text::tr("Collectivité (population)"), 10},
                              {Text::tr("Intitulé"), 11},
                              {Text::tr("Sous-axe"), 6},
                              {Text::tr("Coût"), 9},
                              {Text::tr("Montant sollicité"), 9},
                              {Text::tr("Proposition de l'instruction"), 11},
                              {Text::tr("Avis du comité"), 10},
                              {Text::tr("Montant"), 9},
                              {Text::tr("Observations"), 11},
                              {Text::tr("Hors de la salle"), 7}});
    QString departures;
    const LedgerState opening = campaign.ledger().stateBefore(session.date);
    QMap<QString, Money> bySubaxis = committedBySubaxis(campaign, opening);
    QMap<Avis::Kind, int> counts;
    Money overall;
    overall.before = opening.committed();
    for (const AgendaEntry& entry : agenda.entries()) {
        const Dossier* dossier = dossiers.value(entry.item.dossier);
        const QString population =
            dossier && dossier->population ? format::integer(*dossier->population) : u"–"_s;
        const bool favourable = entry.avis && entry.avis->isFavourable();
        rows += row({QString::number(entry.item.dossier),
                     u"%1 (%2)"_s.arg(entry.applicantName, population), entry.title, entry.subaxis,
                     dossier ? money::format(dossier->totalCost) : QString(),
                     money::format(entry.requested),
                     entry.proposal ? money::format(entry.proposal->amount) : Text::tr("aucune"),
                     entry.avis ? Avis::label(entry.avis->kind) : Text::tr("non examiné"),
                     favourable ? money::format(entry.avis->amount) : QString(),
                     entry.avis ? entry.avis->observations : QString(),
                     out.value(entry.item.dossier).join(u", "_s)});
        if (!entry.avis)
            continue;
        ++counts[entry.avis->kind];
        if (favourable) {
            overall.session += entry.avis->amount;
            bySubaxis[entry.subaxis].session += entry.avis->amount;
        }
        if (entry.avis->departures != Avis::NoDeparture)
            departures += u"<li>%1</li>"_s.arg(escaped(
                Text::tr("Dossier %1 (%2) : %3. Motif : %4")
                    .arg(QString::number(entry.item.dossier), entry.applicantName,
                         Avis::describeDepartures(entry.avis->departures), entry.avis->reason)));
    }
    body += section(++n, Text::tr("Examen des dossiers"));
    body += table(rows, u"7pt"_s);

    body += section(++n, Text::tr("Écarts au classement et à la proposition"));
    body += departures.isEmpty()
                ? paragraph(Text::tr("Les avis suivent le classement et les propositions de "
                                     "l'instruction."))
                : u"<ul>%1</ul>"_s.arg(departures);

    body += section(++n, Text::tr("Synthèse financière"));
    const Cents after = overall.before + overall.session;
    QString finance =
        row({QString(), Text::tr("Avant la séance"), Text::tr("Avis favorables de la séance"),
             Text::tr("Après la séance"), Text::tr("Solde de l'enveloppe")},
            true);
    finance +=
        row({Text::tr("Ensemble"), money::format(overall.before), money::format(overall.session),
             money::format(after), money::format(opening.envelope() - after)});
    for (auto it = bySubaxis.cbegin(); it != bySubaxis.cend(); ++it) {
        const SubAxis* subaxis = programme.subaxis(it.key());
        const QString name = subaxis ? it.key() + u" – "_s + subaxis->title : it.key();
        finance +=
            row({Text::tr("Sous-axe %1").arg(name), money::format(it->before),
                 money::format(it->session), money::format(it->before + it->session), QString()});
    }
    body += table(finance, u"8pt"_s);
    body += paragraph(Text::tr("Avis favorables : %1 ; favorables sous réserve : %2 ; "
                               "défavorables : %3 ; ajournés : %4.")
                          .arg(counts.value(Avis::Kind::Favorable))
                          .arg(counts.value(Avis::Kind::FavorableSousReserve))
                          .arg(counts.value(Avis::Kind::Defavorable))
                          .arg(counts.value(Avis::Kind::Ajourne)));

    body += section(++n, Text::tr("Suites"));
    body += paragraph(Text::tr("Les dossiers ayant reçu un avis favorable sont proposés à la "
                               "décision %1 (arrêtés et lettres de notification) ; les "
                               "avis défavorables donnent lieu à une lettre motivée ; les "
                               "dossiers ajournés sont réexaminés lors d'une prochaine séance, "
                               "une fois les pièces demandées reçues.")
                          .arg(letterhead.ofPrefet()));

    body += section(++n, Text::tr("Clôture"));
    body += paragraph(Text::tr("L'ordre du jour étant épuisé, la séance est levée."));
    body += u"<table width=\"100%\"><tr><td width=\"50%\">%1<br/><br/><br/>%2</td>"
            "<td width=\"50%\" align=\"right\">%3<br/><br/><br/>%4</td></tr></table>"_s.arg(
                escaped(Text::tr("Le président de séance,")),
                escaped(session.chair.isEmpty() ? Letterhead::unknown() : session.chair),
                escaped(Text::tr("Le secrétaire de séance,")),
                escaped(session.secretary.isEmpty() ? Letterhead::unknown() : session.secretary));
    if (!session.isValidated())
        body = u"<p align=\"center\"><b>%1</b></p>"_s.arg(
                   escaped(Text::tr("PROJET – séance non encore validée par son président"))) +
               body;

    const QString reference = registerNumber.isEmpty() ? Text::tr("Projet – non numéroté")
                                                       : Text::tr("N° %1").arg(registerNumber);
    return PageSource{document_pages::page(letterhead, reference, body),
                      document_pages::footer(letterhead),
                      Text::tr("Compte rendu de la séance n° %1").arg(number), false};
}

Result<QByteArray> draft(const Campaign& campaign, int session, Format format)
{
    const auto source = compose(campaign, session);
    if (!source)
        return source.error();
    PdfRenderer renderer;
    if (format == Format::Odt)
        return odt::write(renderer.layOut(source->html), source->footer);
    return renderer.render(*source, clock::now());
}

Result<IssuedDocument> issue(Campaign& campaign, int session)
{
    const std::optional<Session> held = campaign.committee().session(session);
    if (!held)
        return Error::badInput(Text::tr("Séance n° %1 introuvable.").arg(session));
    if (!held->isValidated())
        return Error::badInput(Text::tr("La séance n° %1 n'est pas validée par son président : "
                                        "son compte rendu reste un projet.")
                                   .arg(session));
    if (const auto issued = campaign.documentRegister().latestOfSession(session, kTemplateName))
        return Error::badInput(Text::tr("Le compte rendu de la séance n° %1 est déjà émis (n° "
                                        "%2) : il se réimprime depuis le registre.")
                                   .arg(session)
                                   .arg(issued->number));
    PdfRenderer renderer;
    auto render = [&](const QString& number, const QDateTime& at) -> Result<QByteArray> {
        const auto source = compose(campaign, session, number);
        if (!source)
            return source.error();
        return renderer.render(*source, at);
    };
    return campaign.issueDocument(
        {QStringLiteral("PV"), kTemplateName, 0, session, held->date, {}, false}, {}, render);
}

} // namespace guichet::minutes
