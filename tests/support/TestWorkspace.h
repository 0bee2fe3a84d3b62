#pragma once

#include "dossier/Dossier.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace guichet::testing {

// A temporary folder for workspace files, removed with the fixture.
class TestDir
{
public:
    TestDir();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// A new workspace on the built-in programme (fails the test if it cannot be made).
std::unique_ptr<Workspace> createWorkspace(const QString& path);
// A demo workspace with `dossiers` dossiers.
std::unique_ptr<Workspace> createDemoWorkspace(const QString& path, int dossiers);
// A dossier of a commune that every automatic eligibility rule of the Ain programme accepts,
// filed on 1 July 2021 (plus `number` seconds, so that filing order follows the number).
Dossier eligibleDossier(qint64 number, const QString& applicant, const QString& siren,
                        const QString& subaxis);
// SHA-256 of every table's content, to prove that a refused operation changed nothing.
QByteArray contentDigest(const QString& workspacePath);
QByteArray fileDigest(const QString& path);
// Overwrites the root page of `table` in the workspace file (closed): reading the table then
// fails, while the workspace still opens.
void damageTable(const QString& workspacePath, const QString& table);
// Runs `statements` on the closed workspace file with SQLite alone, as an older version of
// Guichet or someone with SQLite's shell would.
void runSql(const QString& workspacePath, const QStringList& statements);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
// A minimal RFC 4180 reader (comma, quotes, LF), to check and rewrite CSV exports.
QList<QStringList> parseCsv(const QString& text);
QByteArray toCsv(const QList<QStringList>& rows);

} // namespace guichet::testing
