#include "Command.h"

#include "common/AtomicFile.h"
#include "programme/ProgrammeReader.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

#include <QFile>
#include <QTemporaryDir>

namespace guichet::cli {

Command::Command(QString name, QString synopsis, QString description, int positionalCount)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
    , m_positionalCount(positionalCount)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          tr("Affiche cette aide.")));
}

Command::~Command() = default;

void Command::addOptions(std::initializer_list<QCommandLineOption> options)
{
    for (const QCommandLineOption& option : options)
        m_parser.addOption(option);
}

QString Command::help() const
{
    const QString text = m_parser.helpText();
    // QCommandLineParser names the program, not the command: show the real synopsis.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return tr("Usage : guichet %1 %2").arg(m_name, m_synopsis) + text.mid(firstLineEnd);
}

int Command::report(const Error& error, QTextStream& err)
{
    err << QStringLiteral("guichet: ") << error.message << QLatin1Char('\n');
    err.flush();
    return error.isInputError() ? BadInput : Failure;
}

int Command::execute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList own = arguments.mid(m_name.count(QLatin1Char(' ')) + 1);
    own.prepend(QStringLiteral("guichet"));
    if (!m_parser.parse(own)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        const QString problem =
            unknown.isEmpty() ? m_parser.errorText()
                              : tr("option inconnue « %1%2 »")
                                    .arg(unknown.constFirst().size() == 1 ? QStringLiteral("-")
                                                                          : QStringLiteral("--"),
                                         unknown.constFirst());
        return report(
            badInput(problem + QLatin1Char(' ') + tr("(voir « guichet %1 --help »)").arg(m_name)),
            err);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << help();
        out.flush();
        return Success;
    }
    if (m_positionalCount >= 0 && positional().size() != m_positionalCount)
        return report(
            badInput(tr("%n argument(s) attendu(s) : guichet %1 %2", nullptr, m_positionalCount)
                         .arg(m_name, m_synopsis)),
            err);
    const Status status = run(out);
    out.flush();
    return status ? Success : report(status.error(), err);
}

Result<QString> Command::copyToUpgrade(const QString& path, const QTemporaryDir& folder)
{
    const QString copy = folder.filePath(QStringLiteral("upgraded.guichet"));
    if (!folder.isValid() || !QFile::copy(path, copy) ||
        (QFile::exists(path + QStringLiteral("-wal")) &&
         !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))))
        return Error::failure(tr("Impossible de copier %1 pour le mettre à jour.").arg(path));
    return copy;
}

Result<std::unique_ptr<Campaign>> Command::openReadOnly(const QString& path)
{
    if (Status status = probe::check(path); !status)
        return status.error();
    if (probe::schemaVersion(path) >= migrations::latestVersion())
        return Campaign::open(path, Workspace::Access::ReadOnly);
    m_readCopy = std::make_unique<QTemporaryDir>();
    const Result<QString> copy = copyToUpgrade(path, *m_readCopy);
    if (!copy)
        return copy.error();
    return Campaign::open(*copy, Workspace::Access::ReadWrite);
}

Result<Programme> Command::programmeOf(const QString& path)
{
    auto document = probe::programmeDocument(path);
    if (!document)
        return document.error();
    ProgrammeReader::Outcome outcome = ProgrammeReader::read(*document);
    if (!outcome.programme)
        return badInput(tr("Le programme enregistré dans %1 est invalide :\n%2")
                            .arg(path, ProgrammeReader::describe(outcome.issues)));
    return std::move(*outcome.programme);
}

namespace {

Result<std::unique_ptr<Campaign>> openForWriting(const QString& path, const QString& actor)
{
    auto campaign = Campaign::open(path, Workspace::Access::ReadWrite);
    if (!campaign)
        return campaign.error();
    if (campaign.value()->isReadOnly())
        return Error::of(Error::Kind::ReadOnly, campaign.value()->workspace().readOnlyReason());
    if (!actor.isEmpty())
        campaign.value()->setActor(actor);
    return campaign;
}

} // namespace

Status Command::write(const QString& path, const QString& actor, const Change& change,
                      QTextStream& out, Keep keep)
{
    if (Status status = probe::check(path); !status)
        return status;
    if (probe::schemaVersion(path) < migrations::latestVersion()) {
        // Opening would upgrade the file before the change is checked: rehearse on a copy.
        QTemporaryDir folder;
        const Result<QString> copy = copyToUpgrade(path, folder);
        if (!copy)
            return copy.error();
        auto rehearsal = openForWriting(*copy, actor);
        if (!rehearsal)
            return rehearsal.error();
        QString discarded;
        QTextStream sink(&discarded);
        if (Status status = change(**rehearsal, keep == Keep::Nothing ? out : sink); !status)
            return status;
        if (keep == Keep::Nothing)
            return success();
    }
    auto campaign = openForWriting(path, actor);
    if (!campaign)
        return campaign.error();
    return change(**campaign, out);
}

Status Command::writeOutput(const QString& path, const QByteArray& bytes, QTextStream& out)
{
    if (path.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return success();
    }
    return writeFileAtomically(path, bytes);
}

Result<qint64> Command::dossierNumber(const QString& text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0)
        return badInput(tr("--dossier attend un numéro de dossier."));
    return number;
}

Result<int> Command::sessionNumber(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number <= 0)
        return badInput(tr("--session attend un numéro de séance, pas « %1 ».").arg(text));
    return number;
}

Result<Cents> Command::cents(const QString& option, const QString& text, bool zeroAllowed)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || (value == 0 && !zeroAllowed) || value > (qint64(1) << 50))
        return badInput(tr("--%1 attend un montant en centimes (entier positif), pas « %2 ».")
                            .arg(option, text));
    return Cents(value);
}

Result<QDate> Command::isoDate(const QString& option, const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return badInput(tr("--%1 attend une date AAAA-MM-JJ, pas « %2 ».").arg(option, text));
    return date;
}

Result<QDate> Command::optionalDate(const QCommandLineOption& option, const QDate& unset) const
{
    if (!isSet(option))
        return unset;
    return isoDate(option.names().constFirst(), value(option));
}

Status Command::checkChoice(const QString& option, const QString& value, const QStringList& allowed)
{
    if (allowed.contains(value))
        return success();
    QString choices = allowed.constLast();
    if (allowed.size() > 1)
        choices = tr("%1 ou %2")
                      .arg(allowed.first(allowed.size() - 1).join(QStringLiteral(", ")),
                           allowed.constLast());
    return badInput(tr("--%1 attend %2, pas « %3 ».").arg(option, choices, value));
}

} // namespace guichet::cli
