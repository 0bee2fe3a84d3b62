#include "AgendaPdf.h"

#include "committee/SessionAgenda.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace guichet::agenda_pdf {

namespace {

QString translated(const char* source)
{
    return QCoreApplication::translate("AgendaPdf", source);
}

QString cell(const QString& text, const char* tag = "td")
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), text.toHtmlEscaped());
}

QString html(const SessionAgenda& agenda)
{
    const Session& session = agenda.session();
    QString out = QStringLiteral("<h2>%1</h2>").arg(session.title().toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(QCoreApplication::translate("AgendaPdf", "Président : %1 — secrétaire : %2")
                        .arg(session.chair, session.secretary)
                        .toHtmlEscaped());
    QStringList members;
    for (const SessionMember& member : session.members)
        members << QStringLiteral("%1 (%2) : %3")
                       .arg(member.name, member.quality, SessionMember::label(member.attendance));
    if (!members.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(members.join(QStringLiteral(" ; ")).toHtmlEscaped());
    out += QStringLiteral("<h3>%1</h3>")
               .arg(QCoreApplication::translate("AgendaPdf", "Ordre du jour").toHtmlEscaped());
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                          "<tr>");
    for (const char* heading :
         {QT_TRANSLATE_NOOP("AgendaPdf", "N°"), QT_TRANSLATE_NOOP("AgendaPdf", "Rang"),
          QT_TRANSLATE_NOOP("AgendaPdf", "Dossier"), QT_TRANSLATE_NOOP("AgendaPdf", "Collectivité"),
          QT_TRANSLATE_NOOP("AgendaPdf", "Intitulé"), QT_TRANSLATE_NOOP("AgendaPdf", "Sous-axe"),
          QT_TRANSLATE_NOOP("AgendaPdf", "Proposé"),
          QT_TRANSLATE_NOOP("AgendaPdf", "Sorties de salle")})
        out += cell(translated(heading), "th");
    out += QStringLiteral("</tr>");
    for (const AgendaEntry& entry : agenda.entries()) {
        out += QStringLiteral("<tr>");
        out += cell(QString::number(entry.item.position));
        out += cell(entry.item.rank > 0 ? QString::number(entry.item.rank) : QStringLiteral("—"));
        out += cell(QString::number(entry.item.dossier));
        out += cell(entry.applicantName);
        out += cell(entry.title);
        out += cell(entry.subaxis);
        out += QStringLiteral("<td align=\"right\">%1</td>")
                   .arg(money::format(entry.proposed()).toHtmlEscaped());
        out += cell(entry.item.leaving.join(QStringLiteral(", ")));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

} // namespace

Status write(const SessionAgenda& agenda, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(
            QCoreApplication::translate("AgendaPdf", "Impossible d'écrire « %1 » : %2")
                .arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(agenda.session().title());
    writer.setCreator(QStringLiteral("Guichet"));
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral("th { background: #e8e8e8; }"));
    QFont font = document.defaultFont();
    font.setPointSize(9);
    document.setDefaultFont(font);
    document.setHtml(html(agenda));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return success();
}

} // namespace guichet::agenda_pdf
