#pragma once

#include "campaign/Campaign.h"
#include "common/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <initializer_list>
#include <memory>

namespace guichet::cli {

// Exit codes shared by every command.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    BadInput = 2
};

// One command of `guichet` (as in KeePassXC's src/cli/Command.h): it declares its options,
// parses and validates its arguments, opens the workspace read-only or read-write, and does
// its work. execute() writes its result to `out` and an error, in one sentence, to `err`, so
// that tests run commands in-process as well as through the executable.
//
// The contract of every command: exit 2 means that nothing was written, not even a schema
// upgrade. A command therefore checks all it can before it opens a workspace for writing: its
// arguments, then its codes against the programme (read without writing, whatever the
// schema version); and write() rehearses a change on a copy of a workspace that opening would
// upgrade, so that the original is upgraded only for a change that succeeds.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    // The words that name the command on the command line: "dossiers", "scores set".
    QString name() const { return m_name; }
    // One line for `guichet --help`.
    virtual QString summary() const = 0;
    // Whether the command sets documents (fonts, painting): it then runs on a QGuiApplication
    // on the offscreen platform rather than on a QCoreApplication.
    virtual bool rendersDocuments() const { return false; }
    // The text of `guichet NAME --help`.
    QString help() const;

    // Runs the command; `arguments` are the words after `guichet`, the command's name first.
    // Returns the exit code.
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err);

    // Writes `error` to `err` as `guichet: SENTENCE` and returns its exit code.
    static int report(const Error& error, QTextStream& err);

protected:
    // `positionalCount` is the number of arguments after the name, -1 for any number.
    Command(QString name, QString synopsis, QString description, int positionalCount);

    // The command's work, once its arguments are parsed.
    virtual Status run(QTextStream& out) = 0;

    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }
    void addOptions(std::initializer_list<QCommandLineOption> options);
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    // The arguments after the command's name.
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Opens the workspace at `path` to read it. One of an older schema is read from an
    // upgraded copy in a temporary folder (kept while the command runs): reading never writes.
    Result<std::unique_ptr<Campaign>> openReadOnly(const QString& path);
    // The programme of the workspace at `path`, read without writing (any schema version).
    static Result<Programme> programmeOf(const QString& path);

    // A change to make on an open campaign; it prints one line saying what it did to `out`.
    using Change = std::function<Status(Campaign& campaign, QTextStream& out)>;
    enum class Keep
    {
        Changes, // the change is meant to be written
        Nothing  // a dry run: the change writes nothing, but needs a current schema
    };
    // Opens the workspace at `path` for writing, as `actor` (the settings' instructor when
    // empty), and makes `change`. A workspace of an older schema is first copied, upgraded and
    // changed in a temporary folder: a refused change leaves the original as it was.
    static Status write(const QString& path, const QString& actor, const Change& change,
                        QTextStream& out, Keep keep = Keep::Changes);

    // Writes `bytes` to `path` atomically, or to `out` when path is empty.
    static Status writeOutput(const QString& path, const QByteArray& bytes, QTextStream& out);
    // The value of a --dossier option.
    static Result<qint64> dossierNumber(const QString& text);
    // The value of a --session option: a session's number.
    static Result<int> sessionNumber(const QString& text);
    // The value of an --amount-cents option: an integer number of cents, positive (or zero
    // when `zeroAllowed`).
    static Result<Cents> cents(const QString& option, const QString& text, bool zeroAllowed);
    // The value of a --date option, YYYY-MM-DD.
    static Result<QDate> isoDate(const QString& option, const QString& text);
    // The value of an optional date option (isoDate), `unset` when the option is not given.
    Result<QDate> optionalDate(const QCommandLineOption& option, const QDate& unset) const;
    // An option's value that must be one of `allowed` ("--format attend json ou csv, pas « x »").
    static Status checkChoice(const QString& option, const QString& value,
                              const QStringList& allowed);
    static Error badInput(const QString& message) { return Error::badInput(message); }

private:
    // Copies the workspace at `path` (with its write-ahead log) into `folder`: the file an
    // older workspace is upgraded in, for a read or a rehearsed change.
    static Result<QString> copyToUpgrade(const QString& path, const QTemporaryDir& folder);

    std::unique_ptr<QTemporaryDir> m_readCopy;
    QString m_name;
    QString m_synopsis;
    int m_positionalCount;
    QCommandLineParser m_parser;
};

} // namespace guichet::cli
