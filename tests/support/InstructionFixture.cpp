#include "InstructionFixture.h"

#include "dossier/DossierRepository.h"
#include "storage/AuditLog.h"

namespace guichet::testing {

QList<Dossier> instructionDossiers()
{
    Dossier withPersonnel = eligibleDossier(104, QStringLiteral("Commune de Replonges"),
                                            QStringLiteral("210103206"), QStringLiteral("3a"));
    withPersonnel.personnelCost = 500000;
    return {eligibleDossier(101, kBageName, kBageSiren, QStringLiteral("3a")),
            eligibleDossier(102, kBageName, kBageSiren, QStringLiteral("3b")),
            eligibleDossier(103, QStringLiteral("CC de la Veyle"), QStringLiteral("200070118"),
                            QStringLiteral("3c")),
            withPersonnel};
}

QList<Dossier> gridDossiers()
{
    return {eligibleDossier(201, QStringLiteral("Commune de Montrevel-en-Bresse"),
                            QStringLiteral("210102612"), QStringLiteral("3a")),
            eligibleDossier(202, kFormulaName, QStringLiteral("210100251"), QStringLiteral("3b")),
            eligibleDossier(203, QStringLiteral("Commune de Villieu-Loyes-Mollon"),
                            QStringLiteral("210104451"), QStringLiteral("3a"))};
}

InstructionOverview gridOverview(const QList<Dossier>& dossiers, const Programme& programme)
{
    const QList<std::pair<int, int>> impacts = {{2, 2}, {3, 3}, {2, 3}};
    QHash<qint64, QList<Score>> scores;
    for (qsizetype i = 0; i < dossiers.size(); ++i) {
        const Dossier& d = dossiers.at(i);
        for (const Criterion& c : programme.criteria) {
            if (!c.appliesTo(d.subaxis))
                continue;
            const bool impact = c.code == QLatin1String("impact");
            scores[d.number].append(
                score(d.number, QStringLiteral("Alice"), c.code, impact ? impacts.at(i).first : 3));
            scores[d.number].append(
                score(d.number, kActor, c.code, impact ? impacts.at(i).second : 3));
        }
    }
    return InstructionOverview::compute(dossiers, programme, scores, {});
}

QDateTime utc(const char* iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(at.isValid());
    return at;
}

Score score(qint64 dossier, const QString& instructor, const QString& criterion,
            std::optional<int> level, const QString& comment, const QDateTime& at)
{
    return {dossier, instructor, criterion, level, comment, at};
}

QString describe(const QList<Score>& scores)
{
    QStringList lines;
    for (const Score& s : scores)
        lines.append(QStringLiteral("%1 %2 %3 %4 [%5]")
                         .arg(s.dossier)
                         .arg(s.instructor, s.criterion,
                              s.level ? QString::number(*s.level) : QStringLiteral("-"),
                              s.comment));
    return lines.join(QLatin1Char('\n'));
}

const CheckResult* findCheck(const EligibilityAssessment& assessment, const QString& code)
{
    for (const CheckResult& r : assessment.checks) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

bool InstructionFixture::open()
{
    path = dir.path(QStringLiteral("i.guichet"));
    ws = createWorkspace(path);
    return ws && DossierRepository(*ws).insert(instructionDossiers()).ok();
}

qint64 InstructionFixture::auditCount() const
{
    return AuditLog(db()).count();
}

Dossier InstructionFixture::load(qint64 number) const
{
    return *DossierRepository(*ws).find(number);
}

} // namespace guichet::testing
