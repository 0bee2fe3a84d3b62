#include "ManPage.h"

#include "Cli.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace guichet::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ManPage)
};

// Text as roff reads it: backslashes escaped, a line never taken for a request, and the dashes
// of options as minus signs (so that they can be copied), not as hyphens.
QString escaped(const QString& text)
{
    static const QRegularExpression optionDashes(QStringLiteral("(^|[\\s\\[(|])(--?)(?=\\w)"),
                                                 QRegularExpression::MultilineOption);
    QString roff = text;
    roff.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    QString result;
    qsizetype from = 0;
    for (auto it = optionDashes.globalMatch(roff); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(roff).mid(from, match.capturedStart(2) - from);
        result += QString(QStringLiteral("\\-")).repeated(match.capturedLength(2));
        from = match.capturedEnd(2);
    }
    result += QStringView(roff).mid(from);
    QStringList lines = result.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

// A block shown as the terminal shows it: the help texts are laid out in columns.
QString verbatim(const QString& text)
{
    return QStringLiteral(".nf\n") + escaped(text.trimmed()) + QStringLiteral("\n.fi\n");
}

QString section(const QString& title)
{
    return QStringLiteral(".SH \"") + title.toUpper() + QStringLiteral("\"\n");
}

} // namespace

QString manPage()
{
    const QString version = versionText().section(QLatin1Char('\n'), 0, 0);
    QString page = QStringLiteral(".TH GUICHET 1 \"\" \"%1\" \"%2\"\n")
                       .arg(version, Text::tr("Commandes de l'utilisateur"));
    page += section(Text::tr("Nom"));
    page += QStringLiteral("guichet \\- ") +
            escaped(Text::tr("instruction des dossiers de subvention des collectivités")) +
            QLatin1Char('\n');
    const QString usageText = usage();
    page +=
        section(Text::tr("Synopsis")) + verbatim(usageText.section(QLatin1String("\n\n"), 0, 0));
    page += section(Text::tr("Description")) +
            escaped(usageText.section(QLatin1String("\n\n"), 1, 1)) + QStringLiteral("\n.PP\n") +
            verbatim(usageText.section(QLatin1String("\n\n"), 2));
    page += section(Text::tr("Commandes"));
    for (const auto& command : commands()) {
        page += QStringLiteral(".SS \"guichet %1\"\n").arg(command->name());
        page += verbatim(command->help());
    }
    page += section(Text::tr("Version")) + verbatim(versionText());
    return page;
}

} // namespace guichet::cli
