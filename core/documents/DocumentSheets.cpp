#include "DocumentSheets.h"

#include "DecisionLetters.h"
#include "campaign/Campaign.h"
#include "ledger/AmountRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet::document_sheets {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSheets)
};

SheetCell euros(Cents cents)
{
    return SheetCell::ofNumber(double(cents) / 100.0, 2);
}
} // namespace

Sheet registerSheet(const QList<IssuedDocument>& documents)
{
    Sheet sheet;
    sheet.name = Text::tr("Registre des actes");
    sheet.headers = {Text::tr("Numéro"),   Text::tr("Date"),    Text::tr("Nature"),
                     Text::tr("Dossier"),  Text::tr("Émis le"), Text::tr("Émis par"),
                     Text::tr("Remplace"), Text::tr("SHA-256")};
    for (const IssuedDocument& d : documents) {
        sheet.rows.append({SheetCell::ofText(d.number), SheetCell::ofDate(d.date),
                           SheetCell::ofText(DocumentRegister::seriesLabel(d.kind)),
                           d.dossier ? SheetCell::ofNumber(double(d.dossier)) : SheetCell(),
                           SheetCell::ofText(d.issuedAt.toString(Qt::ISODate)),
                           SheetCell::ofText(d.issuedBy), SheetCell::ofText(d.replaces),
                           SheetCell::ofText(d.sha256)});
    }
    return sheet;
}

Sheet decisionsSheet(const Campaign& campaign)
{
    Sheet sheet;
    sheet.name = Text::tr("Décisions");
    sheet.headers = {
        Text::tr("Numéro de dossier DS"), Text::tr("Demandeur"),          Text::tr("Décision"),
        Text::tr("Date de la décision"),  Text::tr("Montant attribué"),   Text::tr("Taux"),
        Text::tr("Motivation"),           Text::tr("Numéros au registre")};
    QHash<qint64, QStringList> numbers;
    for (const IssuedDocument& d : campaign.documentRegister().list()) {
        if (d.dossier)
            numbers[d.dossier].append(d.number);
    }
    for (const qint64 number : DecisionFacts::decidedDossiers(campaign)) {
        auto facts = DecisionFacts::load(campaign, number);
        if (!facts)
            continue;
        const Movement& decision = facts->decision;
        const bool funded = decision.kind == Movement::Kind::Attribution;
        const Cents eligible = AmountRules::eligibleCost(facts->dossier);
        sheet.rows.append(
            {SheetCell::ofNumber(double(number)), SheetCell::ofText(facts->dossier.applicantName),
             SheetCell::ofText(Movement::label(decision.kind)), SheetCell::ofDate(decision.date),
             funded ? euros(decision.amount) : SheetCell(),
             funded && eligible > 0
                 ? SheetCell::ofNumber(double(decision.amount) * 100.0 / double(eligible), 2)
                 : SheetCell(),
             SheetCell::ofText(decision.reason),
             SheetCell::ofText(numbers.value(number).join(u", "_s))});
    }
    return sheet;
}

} // namespace guichet::document_sheets
