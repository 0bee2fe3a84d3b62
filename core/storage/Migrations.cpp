#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet::migrations {

namespace {

struct Migration
{
    int version;
    const char* purpose;
    QStringList statements;
};

// Append only. Never edit a migration once released: add the next one instead.
const std::vector<Migration>& all()
{
    static const std::vector<Migration> list = {
        {1,
         "workspace, programme copy and DS dossiers",
         {
             QStringLiteral("CREATE TABLE workspace_info (key TEXT PRIMARY KEY, value TEXT NOT "
                            "NULL)"),
             QStringLiteral("CREATE TABLE programme (id INTEGER PRIMARY KEY CHECK (id = 1), "
                            "document TEXT NOT NULL, sha256 TEXT NOT NULL, installed_at TEXT NOT "
                            "NULL)"),
             QStringLiteral(
                 "CREATE TABLE dossiers ("
                 " number INTEGER PRIMARY KEY,"
                 " state TEXT NOT NULL CHECK (state IN ('en_construction', 'en_instruction',"
                 "  'accepte', 'refuse', 'sans_suite')),"
                 " applicant_name TEXT NOT NULL,"
                 " applicant_siren TEXT,"
                 " applicant_siret TEXT,"
                 " applicant_kind TEXT NOT NULL,"
                 " insee_code TEXT,"
                 " departement TEXT,"
                 " population INTEGER,"
                 " subaxis TEXT NOT NULL,"
                 " title TEXT NOT NULL,"
                 " description TEXT NOT NULL DEFAULT '',"
                 " total_cost_cents INTEGER NOT NULL,"
                 " requested_cents INTEGER NOT NULL,"
                 " personnel_cents INTEGER NOT NULL DEFAULT 0,"
                 " it_equipment_cents INTEGER NOT NULL DEFAULT 0,"
                 " non_eu_licences_cents INTEGER NOT NULL DEFAULT 0,"
                 " start_date TEXT,"
                 " end_date TEXT,"
                 " deposited_at TEXT NOT NULL,"
                 " updated_at TEXT)"),
         }},
        {2,
         "append-only audit log and the instructor's note, the first local instruction data",
         {
             QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "who TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                            "field TEXT NOT NULL, old_value TEXT, new_value TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             // Local instruction data lives apart from what DS sends, so that a re-import can
             // replace the DS side without touching it.
             QStringLiteral("CREATE TABLE dossier_notes (dossier_number INTEGER PRIMARY KEY "
                            "REFERENCES dossiers (number) ON DELETE CASCADE, note TEXT NOT NULL)"),
         }},
        {3,
         "imports of DS exports: the import register, raw columns, mappings, applicant flags",
         {
             QStringLiteral(
                 "CREATE TABLE imports (id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, "
                 "sha256 TEXT NOT NULL, format TEXT NOT NULL, imported_at TEXT NOT NULL, "
                 "who TEXT NOT NULL, row_count INTEGER NOT NULL, new_count INTEGER NOT "
                 "NULL, updated_count INTEGER NOT NULL, unchanged_count INTEGER NOT NULL, "
                 "absent_count INTEGER NOT NULL, state_change_count INTEGER NOT NULL, "
                 "raw_columns TEXT NOT NULL DEFAULT '[]')"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN applicant_resolved INTEGER NOT NULL "
                            "DEFAULT 1"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
             // Absent from the latest import that should have listed it (flagged, never deleted).
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN absent_since INTEGER REFERENCES "
                            "imports (id)"),
             // A digest of the DS row as last imported: an unchanged row is skipped at once.
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN ds_row_digest TEXT"),
             // The columns no dossier field holds, as a JSON array aligned with the column names
             // of the import that wrote it (imports.raw_columns): names are stored once.
             QStringLiteral("CREATE TABLE dossier_raw (dossier_number INTEGER PRIMARY KEY "
                            "REFERENCES dossiers (number) ON DELETE CASCADE, import_id INTEGER "
                            "NOT NULL REFERENCES imports (id), cells TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE column_mappings (field TEXT PRIMARY KEY, label TEXT NOT "
                            "NULL)"),
         }},
        {4,
         "instruction: eligibility decisions, scores and opinions per instructor, conflicts",
         {
             // A manual check's result or an override of an automatic one (justified: the
             // application refuses an override without a justification).
             QStringLiteral("CREATE TABLE eligibility_decisions (dossier_number INTEGER NOT NULL "
                            "REFERENCES dossiers (number) ON DELETE CASCADE, check_code TEXT NOT "
                            "NULL, outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', "
                            "'warning')), justification TEXT NOT NULL, instructor TEXT NOT NULL, "
                            "decided_at TEXT NOT NULL, PRIMARY KEY (dossier_number, check_code))"),
             QStringLiteral("CREATE TABLE scores (dossier_number INTEGER NOT NULL REFERENCES "
                            "dossiers (number) ON DELETE CASCADE, instructor TEXT NOT NULL, "
                            "criterion TEXT NOT NULL, level INTEGER, comment TEXT NOT NULL "
                            "DEFAULT '', updated_at TEXT NOT NULL, PRIMARY KEY (dossier_number, "
                            "instructor, criterion))"),
             QStringLiteral("CREATE TABLE opinions (dossier_number INTEGER NOT NULL REFERENCES "
                            "dossiers (number) ON DELETE CASCADE, instructor TEXT NOT NULL, "
                            "stance TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', updated_at TEXT "
                            "NOT NULL, PRIMARY KEY (dossier_number, instructor))"),
             QStringLiteral("CREATE TABLE conflicts (person TEXT NOT NULL, applicant_siren TEXT "
                            "NOT NULL, applicant_name TEXT NOT NULL, link TEXT NOT NULL, "
                            "declared_at TEXT NOT NULL, declared_by TEXT NOT NULL, PRIMARY KEY "
                            "(person, applicant_siren))"),
             // Déport, enforced by the file itself: whatever writes a score (the window, a
             // package merge, a script), a person linked to the applicant cannot.
             QStringLiteral("CREATE TRIGGER scores_no_conflict_insert BEFORE INSERT ON scores "
                            "WHEN EXISTS (SELECT 1 FROM conflicts c JOIN dossiers d ON "
                            "d.applicant_siren = c.applicant_siren WHERE d.number = "
                            "NEW.dossier_number AND c.person = NEW.instructor) BEGIN SELECT "
                            "RAISE(ABORT, 'conflict of interest declared'); END"),
             QStringLiteral("CREATE TRIGGER scores_no_conflict_update BEFORE UPDATE ON scores "
                            "WHEN EXISTS (SELECT 1 FROM conflicts c JOIN dossiers d ON "
                            "d.applicant_siren = c.applicant_siren WHERE d.number = "
                            "NEW.dossier_number AND c.person = NEW.instructor) BEGIN SELECT "
                            "RAISE(ABORT, 'conflict of interest declared'); END"),
         }},
        {5,
         "one timestamp format: what the application wrote without milliseconds gains them",
         {
             // The workspace's creation, the programme's installation and the import register
             // were written as "2021-03-15T09:00:00Z" (Qt::ISODate); every timestamp the
             // application writes is now "2021-03-15T09:00:00.000Z" (clock::toText), so that text
             // order is time order. Only values of exactly the old shape are rewritten.
             // Untouched: audit_log, which is append-only (its triggers refuse UPDATE) and always
             // had milliseconds; scores, opinions, eligibility_decisions and conflicts, written
             // with milliseconds since migration 4 created them; and the dates of dossiers
             // (deposited_at, start_date, end_date, updated_at), which are what the DS export
             // said, with its offset, not times the application took.
             QStringLiteral("UPDATE imports SET imported_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                            "imported_at) WHERE imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-"
                            "[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"),
             QStringLiteral("UPDATE programme SET installed_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                            "installed_at) WHERE installed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]"
                            "-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"),
             QStringLiteral("UPDATE workspace_info SET value = strftime('%Y-%m-%dT%H:%M:%fZ', "
                            "value) WHERE key = 'created_at' AND value GLOB '[0-9][0-9][0-9][0-9]-"
                            "[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"),
         }},
        {6,
         "the envelope: the ledger of movements, saved cutoff scenarios and their adoptions",
         {
             // An adoption turns a scenario's funded rows into proposals; undoing it writes
             // movements back, and the adoption row records when and by whom.
             QStringLiteral("CREATE TABLE scenarios (name TEXT PRIMARY KEY, subaxis TEXT NOT "
                            "NULL DEFAULT '', cutoff_rank INTEGER NOT NULL, partial_last INTEGER "
                            "NOT NULL, available_cents INTEGER NOT NULL, created_at TEXT NOT NULL, "
                            "created_by TEXT NOT NULL)"),
             // The rows as they were when the scenario was saved: comparing and adopting read
             // what the user saw, whatever scores changed since.
             QStringLiteral("CREATE TABLE scenario_rows (scenario TEXT NOT NULL REFERENCES "
                            "scenarios (name), dossier_number INTEGER NOT NULL, rank INTEGER NOT "
                            "NULL, subaxis TEXT NOT NULL, proposed_cents INTEGER NOT NULL, "
                            "funded_cents INTEGER NOT NULL, PRIMARY KEY (scenario, "
                            "dossier_number))"),
             QStringLiteral("CREATE TABLE scenario_adoptions (id INTEGER PRIMARY KEY, scenario "
                            "TEXT NOT NULL REFERENCES scenarios (name), adopted_at TEXT NOT NULL, "
                            "adopted_by TEXT NOT NULL, reverted_at TEXT, reverted_by TEXT, "
                            "revert_reason TEXT)"),
             // Every step of the money, from the instructor's proposal to the last payment:
             // balances are sums over these rows, never stored. The DS number is not a foreign
             // key: nothing may cascade into an append-only ledger.
             QStringLiteral(
                 "CREATE TABLE ledger_movements (id INTEGER PRIMARY KEY,"
                 " kind TEXT NOT NULL CHECK (kind IN ('proposal', 'proposal_reset', 'attribution',"
                 "  'refus', 'sans_suite', 'reduction', 'cancellation', 'avance', 'acompte',"
                 "  'solde', 'envelope_amendment')),"
                 " dossier_number INTEGER,"
                 " amount_cents INTEGER NOT NULL DEFAULT 0,"
                 " rate INTEGER,"
                 " value_date TEXT NOT NULL,"
                 " reference TEXT NOT NULL DEFAULT '',"
                 " author TEXT NOT NULL,"
                 " reason TEXT NOT NULL DEFAULT '',"
                 " justification TEXT NOT NULL DEFAULT '',"
                 " adoption_id INTEGER REFERENCES scenario_adoptions (id),"
                 " recorded_at TEXT NOT NULL,"
                 " CHECK ((kind = 'envelope_amendment') = (dossier_number IS NULL)))"),
             QStringLiteral("CREATE INDEX ledger_movements_dossier ON ledger_movements "
                            "(dossier_number)"),
             QStringLiteral("CREATE TRIGGER ledger_movements_no_update BEFORE UPDATE ON "
                            "ledger_movements BEGIN SELECT RAISE(ABORT, 'the ledger is "
                            "append-only'); END"),
             QStringLiteral("CREATE TRIGGER ledger_movements_no_delete BEFORE DELETE ON "
                            "ledger_movements BEGIN SELECT RAISE(ABORT, 'the ledger is "
                            "append-only'); END"),
         }},
        {7,
         "the selection committee: sessions, attendance, agenda order, avis, recusals, decisions",
         {
             QStringLiteral("CREATE TABLE committee_sessions (number INTEGER PRIMARY KEY, "
                            "session_date TEXT NOT NULL, session_time TEXT NOT NULL DEFAULT '', "
                            "place TEXT NOT NULL DEFAULT '', chair TEXT NOT NULL, secretary TEXT "
                            "NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_by TEXT NOT "
                            "NULL, validated_at TEXT, validated_by TEXT)"),
             QStringLiteral("CREATE TABLE committee_members (session INTEGER NOT NULL REFERENCES "
                            "committee_sessions (number), position INTEGER NOT NULL, name TEXT NOT "
                            "NULL, quality TEXT NOT NULL DEFAULT '', attendance TEXT NOT NULL "
                            "CHECK (attendance IN ('present', 'excuse', 'represente')), "
                            "represented_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (session, "
                            "position))"),
             // The chair's order (drag and drop), and the agenda as it stood at validation.
             QStringLiteral("CREATE TABLE committee_agenda (session INTEGER NOT NULL REFERENCES "
                            "committee_sessions (number), dossier_number INTEGER NOT NULL, "
                            "position INTEGER NOT NULL, PRIMARY KEY (session, dossier_number))"),
             // One avis per dossier and session; its earlier values are in the audit log, an
             // amendment after validation is flagged with its reason.
             QStringLiteral("CREATE TABLE committee_avis (session INTEGER NOT NULL REFERENCES "
                            "committee_sessions (number), dossier_number INTEGER NOT NULL, avis "
                            "TEXT NOT NULL CHECK (avis IN ('favorable', 'favorable_sous_reserve', "
                            "'defavorable', 'ajourne')), amount_cents INTEGER NOT NULL DEFAULT 0, "
                            "observations TEXT NOT NULL DEFAULT '', departures INTEGER NOT NULL "
                            "DEFAULT 0, reason TEXT NOT NULL DEFAULT '', amended INTEGER NOT NULL "
                            "DEFAULT 0, amendment_reason TEXT NOT NULL DEFAULT '', recorded_at "
                            "TEXT NOT NULL, recorded_by TEXT NOT NULL, PRIMARY KEY (session, "
                            "dossier_number))"),
             QStringLiteral("CREATE TABLE committee_recusals (id INTEGER PRIMARY KEY, session "
                            "INTEGER NOT NULL REFERENCES committee_sessions (number), "
                            "dossier_number INTEGER NOT NULL, member TEXT NOT NULL, event TEXT NOT "
                            "NULL CHECK (event IN ('leaves', 'returns')), recorded_at TEXT NOT "
                            "NULL, recorded_by TEXT NOT NULL)"),
             QStringLiteral("CREATE TRIGGER committee_recusals_no_update BEFORE UPDATE ON "
                            "committee_recusals BEGIN SELECT RAISE(ABORT, 'recusals are "
                            "append-only'); END"),
             QStringLiteral("CREATE TRIGGER committee_recusals_no_delete BEFORE DELETE ON "
                            "committee_recusals BEGIN SELECT RAISE(ABORT, 'recusals are "
                            "append-only'); END"),
             // The ledger decisions a session's avis became; cancelled_by: the cancellation that
             // undid one (« Prendre les décisions » undone).
             QStringLiteral("CREATE TABLE committee_decisions (movement_id INTEGER PRIMARY KEY "
                            "REFERENCES ledger_movements (id), session INTEGER NOT NULL "
                            "REFERENCES committee_sessions (number), dossier_number INTEGER NOT "
                            "NULL, differs_reason TEXT NOT NULL DEFAULT '', cancelled_by INTEGER "
                            "REFERENCES ledger_movements (id))"),
         }},
        {8,
         "documents: letterhead, template versions, the register of issued documents",
         {
             QStringLiteral("CREATE TABLE letterhead (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE document_templates (kind TEXT NOT NULL, version INTEGER "
                            "NOT NULL, body TEXT NOT NULL, saved_at TEXT NOT NULL, saved_by TEXT "
                            "NOT NULL, PRIMARY KEY (kind, version))"),
             // An issued document, frozen: its bytes and their SHA-256, its number in the
             // register (gap-free per year and kind, given in the transaction that stores it),
             // the template versions that made it, and the number it corrects if any.
             QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY,"
                            " number TEXT NOT NULL UNIQUE,"
                            " year INTEGER NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " sequence INTEGER NOT NULL,"
                            " template TEXT NOT NULL,"
                            " dossier_number INTEGER,"
                            " session INTEGER,"
                            " document_date TEXT NOT NULL,"
                            " issued_at TEXT NOT NULL,"
                            " issued_by TEXT NOT NULL,"
                            " template_versions TEXT NOT NULL,"
                            " replaces TEXT REFERENCES documents (number),"
                            " sha256 TEXT NOT NULL,"
                            " content BLOB NOT NULL,"
                            " UNIQUE (year, kind, sequence))"),
             QStringLiteral("CREATE INDEX documents_dossier ON documents (dossier_number)"),
             QStringLiteral("CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents BEGIN "
                            "SELECT RAISE(ABORT, 'issued documents are frozen'); END"),
             QStringLiteral("CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents BEGIN "
                            "SELECT RAISE(ABORT, 'issued documents are frozen'); END"),
         }},
        {9,
         "a tamper-evident audit log: each new row chained to the previous one by SHA-256",
         {
             // Adding columns rewrites no row: the rows written before stay as they are and
             // start the chain (storage/AuditChain folds them in), so the first new row vouches
             // for them all. The append-only triggers are left as they are.
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN previous_sha256 TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN sha256 TEXT"),
         }},
    };
    return list;
}

int currentVersion(QSqlDatabase& db)
{
    // The pragma's one column is named after it.
    QSqlQuery query(QStringLiteral("PRAGMA user_version"), db);
    return query.next() ? query.value(QStringLiteral("user_version")).toInt() : -1;
}

Status apply(QSqlDatabase& db, const Migration& migration)
{
    auto fail = [&](const QString& detail) {
        QSqlQuery(QStringLiteral("ROLLBACK"), db);
        return Error::failure(QCoreApplication::translate("Migrations",
                                                          "La mise à jour du classeur vers la "
                                                          "version %1 a échoué : %2")
                                  .arg(migration.version)
                                  .arg(detail));
    };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(query.lastError().text());
    for (const QString& statement : migration.statements) {
        if (!query.exec(statement))
            return fail(query.lastError().text());
    }
    // PRAGMA arguments cannot be bound; the value is an integer from this file.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
        return fail(query.lastError().text());
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(query.lastError().text());
    return success();
}

} // namespace

int latestVersion()
{
    return all().back().version;
}

QList<int> versions()
{
    QList<int> numbers;
    for (const Migration& migration : all())
        numbers.append(migration.version);
    return numbers;
}

Status migrateTo(QSqlDatabase db, int version)
{
    const int from = currentVersion(db);
    for (const Migration& migration : all()) {
        if (migration.version <= from || migration.version > version)
            continue;
        if (Status status = apply(db, migration); !status)
            return status;
    }
    return success();
}

Status migrate(QSqlDatabase db)
{
    return migrateTo(std::move(db), latestVersion());
}

} // namespace guichet::migrations
