#pragma once

// What the instruction tests share: a workspace holding four hand-made dossiers of the Ain
// programme, and builders for scores.
#include "TestWorkspace.h"
#include "instruction/Eligibility.h"
#include "instruction/InstructionOverview.h"
#include "instruction/InstructionStore.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace guichet::testing {

inline const QString kActor = QStringLiteral("Claire Martin");
inline const QString kBageName = QStringLiteral("Commune de Bâgé-Dommartin");
inline const QString kBageSiren = QStringLiteral("210100251");

// 101 (3a) and 102 (3b) are Bâgé's; 103 (3c) is another applicant's; 104 (3a) has personnel
// costs, which the programme excludes.
QList<Dossier> instructionDossiers();
QDateTime utc(const char* iso);
Score score(qint64 dossier, const QString& instructor, const QString& criterion,
            std::optional<int> level, const QString& comment = {}, const QDateTime& at = {});
// One line per score: "101 Alice impact 2 [comment]".
QString describe(const QList<Score>& scores);
const CheckResult* findCheck(const EligibilityAssessment& assessment, const QString& code);

// Three dossiers for the selection grid and its exports, scored by Alice and Claire Martin:
// impact means 2,0 (201, 3a), 3,0 (202, 3b, an applicant named like a spreadsheet formula) and
// 2,5 (203, 3a); every other criterion at 3.
QList<Dossier> gridDossiers();
InstructionOverview gridOverview(const QList<Dossier>& dossiers, const Programme& programme);
inline const QString kFormulaName = QStringLiteral("=HYPERLINK(\"http://x\";\"Commune\")");

// A new workspace holding instructionDossiers().
struct InstructionFixture
{
    TestDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;

    bool open();
    QSqlDatabase db() const { return ws->database(); }
    const Programme& programme() const { return ws->programme(); }
    InstructionStore store(const QString& actor = kActor) const
    {
        return InstructionStore(db(), programme(), actor);
    }
    qint64 auditCount() const;
    Dossier load(qint64 number) const;
};

// The short names the instruction tests use.
using Fixture = InstructionFixture;
using Outcome = CheckResult::Outcome;
using Verdict = EligibilityAssessment::Verdict;

} // namespace guichet::testing
