#include "CliSupport.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printErr(const QString& message)
{
    const QByteArray line = (QStringLiteral("guichet: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}
} // namespace

CommandContext::CommandContext(QString name, QString synopsis, QString description)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          Text::tr("Affiche cette aide.")));
}

QString CommandContext::help() const
{
    QString text = m_parser.helpText();
    // QCommandLineParser names the program, not the subcommand: show the real synopsis.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return Text::tr("Usage : guichet %1 %2").arg(m_name, m_synopsis) + text.mid(firstLineEnd);
}

bool CommandContext::parse(const QStringList& arguments, int positionalCount, int& exitCode)
{
    if (!m_parser.parse(arguments)) {
        exitCode = badInput(m_parser.errorText() + QLatin1Char(' ') +
                            Text::tr("(voir « guichet %1 --help »)").arg(m_name));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(help().toUtf8());
        exitCode = Success;
        return false;
    }
    if (positionalCount >= 0 && m_parser.positionalArguments().size() != positionalCount) {
        exitCode =
            badInput(Text::tr("%n argument(s) attendu(s) : guichet %1 %2", nullptr, positionalCount)
                         .arg(m_name, m_synopsis));
        return false;
    }
    return true;
}

int CommandContext::fail(const Error& error)
{
    printErr(error.message);
    return error.isInputError() ? BadInput : Failure;
}

int CommandContext::badInput(const QString& message)
{
    return fail(Error::badInput(message));
}

int CommandContext::failure(const QString& message)
{
    return fail(Error::failure(message));
}

void printOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

Status writeOutput(const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty()) {
        printOut(bytes);
        return success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::failure(
            Text::tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
    return success();
}

} // namespace guichet::cli
