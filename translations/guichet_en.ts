<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ApplicantKind</name>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Syndicat</source>
        <translation>Joint syndicate</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Impossible d&apos;écrire le journal : %1</source>
        <translation>Could not write the audit log: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>crée un classeur vide sur un programme</source>
        <translation>creates an empty workspace for a programme</translation>
    </message>
    <message>
        <source>crée un classeur de démonstration (Ain)</source>
        <translation>creates a demo workspace (Ain)</translation>
    </message>
    <message>
        <source>liste les dossiers d&apos;un classeur (JSON ou CSV)</source>
        <translation>lists the applications in a workspace (JSON or CSV)</translation>
    </message>
    <message>
        <source>valide un document de programme (programme validate)</source>
        <translation>validates a programme document (programme validate)</translation>
    </message>
    <message>
        <source>écrit un export démarches-simplifiées synthétique</source>
        <translation>writes a synthetic démarches-simplifiées export</translation>
    </message>
    <message>
        <source>Usage : guichet [FICHIER.guichet] [--demo] [--lang fr|en]
        guichet COMMANDE [options]

Sans commande, ouvre l&apos;application (sur FICHIER, ou sur un classeur de démonstration avec --demo).

Commandes :
</source>
        <translation>Usage: guichet [FILE.guichet] [--demo] [--lang fr|en]
       guichet COMMAND [options]

With no command, opens the Guichet window (on FILE, or on a demo workspace with --demo).

Commands:
</translation>
    </message>
    <message>
        <source>
« guichet COMMANDE --help » décrit chaque commande.
Codes de sortie : 0 succès, 2 entrée invalide (rien n&apos;est écrit), 1 autre échec.
</source>
        <translation>
‘guichet COMMAND --help’ describes each command.
Exit codes: 0 success, 2 invalid input (nothing is written), 1 other failure.
</translation>
    </message>
    <message>
        <source>commande inconnue « %1 »</source>
        <translation>unknown command ‘%1’</translation>
    </message>
    <message>
        <source>Affiche cette aide.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Usage : guichet %1 %2</source>
        <translation>Usage: guichet %1 %2</translation>
    </message>
    <message>
        <source>(voir « guichet %1 --help »)</source>
        <translation>(see ‘guichet %1 --help’)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>--rows N --format csv|xlsx --output FICHIER [--era 2021|2025] [--seed N]</source>
        <translation>--rows N --format csv|xlsx --output FILE [--era 2021|2025] [--seed N]</translation>
    </message>
    <message>
        <source>Écrit un export démarches-simplifiées synthétique du formulaire de l&apos;Ain, au format réel (pour les démonstrations, les tests et les mesures).</source>
        <translation>Writes a synthetic démarches-simplifiées export of the Ain form, in the real format (for demos, tests and benchmarks).</translation>
    </message>
    <message>
        <source>Nombre de dossiers (1 à 1 000 000).</source>
        <translation>Number of applications (1 to 1,000,000).</translation>
    </message>
    <message>
        <source>csv ou xlsx.</source>
        <translation>csv or xlsx.</translation>
    </message>
    <message>
        <source>Fichier à écrire.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Colonnes d&apos;export de 2021 (« Archivé ») ou de 2025 (« À archiver », colonnes de 2024) ; 2021 par défaut.</source>
        <translation>Export columns from 2021 (‘Archivé’) or 2025 (‘À archiver’, 2024 columns); 2021 by default.</translation>
    </message>
    <message>
        <source>Graine du générateur.</source>
        <translation>Random generator seed.</translation>
    </message>
    <message>
        <source>--rows attend un nombre entre 1 et 1 000 000, pas « %1 ».</source>
        <translation>--rows expects a number between 1 and 1,000,000, not ‘%1’.</translation>
    </message>
    <message>
        <source>--format attend csv ou xlsx, pas « %1 ».</source>
        <translation>--format expects csv or xlsx, not ‘%1’.</translation>
    </message>
    <message>
        <source>--era attend 2021 ou 2025, pas « %1 ».</source>
        <translation>--era expects 2021 or 2025, not ‘%1’.</translation>
    </message>
    <message>
        <source>--seed attend un entier positif.</source>
        <translation>--seed expects a positive integer.</translation>
    </message>
    <message>
        <source>--output est obligatoire.</source>
        <translation>--output is required.</translation>
    </message>
    <message>
        <source>validate FICHIER.json</source>
        <translation>validate FILE.json</translation>
    </message>
    <message>
        <source>Valide un document de programme : chaque erreur est indiquée avec son chemin JSON.</source>
        <translation>Validates a programme document: each error is reported with its JSON path.</translation>
    </message>
    <message>
        <source>sous-commande inconnue « %1 » (attendu : programme validate FICHIER.json)</source>
        <translation>unknown subcommand ‘%1’ (expected: programme validate FILE.json)</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n erreur(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 est valide : « %2 », enveloppe %3, %4 critères, %5 contrôles d&apos;éligibilité.
</source>
        <translation>%1 is valid: ‘%2’, envelope %3, %4 criteria, %5 eligibility checks.
</translation>
    </message>
    <message>
        <source>FICHIER.guichet [--programme FICHIER.json]</source>
        <translation>FILE.guichet [--programme FILE.json]</translation>
    </message>
    <message>
        <source>Crée un classeur vide. Sans --programme, le programme de l&apos;Ain 2021 livré avec Guichet est utilisé.</source>
        <translation>Creates an empty workspace. Without --programme, the Ain 2021 programme bundled with Guichet is used.</translation>
    </message>
    <message>
        <source>Document de programme (JSON) à utiliser.</source>
        <translation>Programme document (JSON) to use.</translation>
    </message>
    <message>
        <source>FICHIER.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>%1 : un classeur doit porter l&apos;extension .guichet.</source>
        <translation>%1: a workspace must have the .guichet extension.</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Classeur créé : %1 (programme « %2 »)
</source>
        <translation>Workspace created: %1 (programme ‘%2’)
</translation>
    </message>
    <message>
        <source>--output FICHIER.guichet [--dossiers N]</source>
        <translation>--output FILE.guichet [--dossiers N]</translation>
    </message>
    <message>
        <source>Crée un classeur de démonstration : le programme de l&apos;Ain et des dossiers réalistes de communes et EPCI de l&apos;Ain.</source>
        <translation>Creates a demo workspace: the Ain programme and realistic applications from municipalities and EPCIs in the Ain.</translation>
    </message>
    <message>
        <source>Classeur à créer.</source>
        <translation>Workspace to create.</translation>
    </message>
    <message>
        <source>FICHIER.guichet</source>
        <translation>FILE.guichet</translation>
    </message>
    <message>
        <source>Nombre de dossiers (1 à 100 000 ; 40 par défaut).</source>
        <translation>Number of applications (1 to 100,000; 40 by default).</translation>
    </message>
    <message>
        <source>--dossiers attend un nombre entre 1 et 100 000, pas « %1 ».</source>
        <translation>--dossiers expects a number between 1 and 100,000, not ‘%1’.</translation>
    </message>
    <message>
        <source>FICHIER.guichet [--format json|csv] [--output FICHIER]</source>
        <translation>FILE.guichet [--format json|csv] [--output FILE]</translation>
    </message>
    <message>
        <source>Liste les dossiers du classeur, en JSON (par défaut) ou en CSV.</source>
        <translation>Lists the applications in the workspace, as JSON (the default) or CSV.</translation>
    </message>
    <message>
        <source>json ou csv.</source>
        <translation>json or csv.</translation>
    </message>
    <message>
        <source>Fichier à écrire (sortie standard par défaut).</source>
        <translation>File to write (standard output by default).</translation>
    </message>
    <message>
        <source>--format attend json ou csv, pas « %1 ».</source>
        <translation>--format expects json or csv, not ‘%1’.</translation>
    </message>
    <message>
        <source>Ouvre un classeur de démonstration (Ain).</source>
        <translation>Opens a demo workspace (Ain).</translation>
    </message>
    <message>
        <source>Nombre de dossiers de la démonstration.</source>
        <translation>Number of applications in the demo.</translation>
    </message>
    <message>
        <source>Enregistre une capture de la fenêtre une fois chargée, puis quitte.</source>
        <translation>Saves a screenshot of the window once loaded, then quits.</translation>
    </message>
    <message>
        <source>Classeur à ouvrir.</source>
        <translation>Workspace to open.</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s) attendu(s) : guichet %1 %2</source>
        <translation>
            <numerusform>Expected %n argument: guichet %1 %2</numerusform>
            <numerusform>Expected %n arguments: guichet %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classeur de démonstration créé : %1 (%n dossier(s))
</source>
        <translation>
            <numerusform>Demo workspace created: %1 (%n application)
</numerusform>
            <numerusform>Demo workspace created: %1 (%n applications)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>Impossible d&apos;enregistrer le dossier %1 : %2</source>
        <translation>Could not save application %1: %2</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer les dossiers : %1</source>
        <translation>Could not save the applications: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la note : %1</source>
        <translation>Could not save the note: %1</translation>
    </message>
</context>
<context>
    <name>DossierState</name>
    <message>
        <source>En construction</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>En instruction</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Classé sans suite</source>
        <translation>No further action</translation>
    </message>
</context>
<context>
    <name>DsExport</name>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>La mise à jour du classeur vers la version %1 a échoué : %2</source>
        <translation>Upgrading the workspace to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeReader</name>
    <message>
        <source>champ obligatoire absent</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>texte non vide attendu</source>
        <translation>non-empty text expected</translation>
    </message>
    <message>
        <source>valeur « %1 » mal formée</source>
        <translation>malformed value ‘%1’</translation>
    </message>
    <message>
        <source>texte attendu</source>
        <translation>text expected</translation>
    </message>
    <message>
        <source>valeur « %1 » inconnue (valeurs admises : %2)</source>
        <translation>unknown value ‘%1’ (allowed values: %2)</translation>
    </message>
    <message>
        <source>nombre entier attendu</source>
        <translation>whole number expected</translation>
    </message>
    <message>
        <source>%1 hors de l&apos;intervalle [%2, %3]</source>
        <translation>%1 outside the range [%2, %3]</translation>
    </message>
    <message>
        <source>date AAAA-MM-JJ attendue</source>
        <translation>YYYY-MM-DD date expected</translation>
    </message>
    <message>
        <source>objet JSON attendu</source>
        <translation>JSON object expected</translation>
    </message>
    <message>
        <source>tableau JSON attendu</source>
        <translation>JSON array expected</translation>
    </message>
    <message>
        <source>tableau vide</source>
        <translation>empty array</translation>
    </message>
    <message>
        <source>clé inconnue</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>« %1 » apparaît plusieurs fois</source>
        <translation>‘%1’ appears more than once</translation>
    </message>
    <message>
        <source>la date de fin précède la date de début</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <source>sous-axe inconnu « %1 »</source>
        <translation>unknown sub-axis ‘%1’</translation>
    </message>
    <message>
        <source>doit être supérieur au minimum de l&apos;échelle</source>
        <translation>must be greater than the scale minimum</translation>
    </message>
    <message>
        <source>descripteur de niveau vide ou non textuel</source>
        <translation>level descriptor is empty or not text</translation>
    </message>
    <message>
        <source>%1 descripteurs attendus (un par niveau de %2 à %3), %4 trouvés</source>
        <translation>%1 descriptors expected (one per level from %2 to %3), %4 found</translation>
    </message>
    <message>
        <source>type de collectivité inconnu</source>
        <translation>unknown local authority type</translation>
    </message>
    <message>
        <source>doit être supérieur ou égal à population_min</source>
        <translation>must be greater than or equal to population_min</translation>
    </message>
    <message>
        <source>JSON illisible à l&apos;octet %1 : %2</source>
        <translation>unreadable JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>le document doit être un objet JSON</source>
        <translation>the document must be a JSON object</translation>
    </message>
    <message>
        <source>doit valoir « guichet-programme »</source>
        <translation>must be ‘guichet-programme’</translation>
    </message>
    <message>
        <source>entier attendu</source>
        <translation>integer expected</translation>
    </message>
    <message>
        <source>version %1 non prise en charge par cette version de Guichet (version %2 au plus)</source>
        <translation>version %1 is not supported by this version of Guichet (version %2 at most)</translation>
    </message>
    <message>
        <source>impossible de lire %1 : %2</source>
        <translation>could not read %1: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Impossible de passer %1 en mode WAL : %2</source>
        <translation>Could not switch %1 to WAL mode: %2</translation>
    </message>
    <message>
        <source>%1 existe déjà : choisissez un autre nom.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>Programme invalide :
%1</source>
        <translation>Invalid programme:
%1</translation>
    </message>
    <message>
        <source>%1 est verrouillé par un autre processus.</source>
        <translation>%1 is locked by another process.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer le programme : %1</source>
        <translation>Could not save the programme: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;initialiser %1.</source>
        <translation>Could not initialise %1.</translation>
    </message>
    <message>
        <source>Ce classeur est déjà ouvert en écriture par un autre programme (processus %1 sur %2) : il est ouvert en lecture seule.</source>
        <translation>This workspace is already open for writing in another program (process %1 on %2), so it has been opened read-only.</translation>
    </message>
    <message>
        <source>Le fichier est protégé en écriture : il est ouvert en lecture seule.</source>
        <translation>The file is write-protected, so it has been opened read-only.</translation>
    </message>
    <message>
        <source>%1 a été créé par une version antérieure de Guichet et doit être mis à jour, ce qui est impossible en lecture seule.</source>
        <translation>%1 was created by an earlier version of Guichet and must be upgraded, which is not possible in read-only mode.</translation>
    </message>
    <message>
        <source>%1 ne contient pas de programme.</source>
        <translation>%1 does not contain a programme.</translation>
    </message>
    <message>
        <source>Le programme enregistré dans %1 est invalide :
%2</source>
        <translation>The programme stored in %1 is invalid:
%2</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;existe pas.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un classeur Guichet (ce n&apos;est pas une base SQLite).</source>
        <translation>%1 is not a Guichet workspace (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>%1 est illisible : %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 est endommagé (contrôle d&apos;intégrité en échec) : restaurez une sauvegarde.</source>
        <translation>%1 is damaged (integrity check failed): restore a backup.</translation>
    </message>
    <message>
        <source>%1 est une base SQLite, mais pas un classeur Guichet.</source>
        <translation>%1 is an SQLite database, but not a Guichet workspace.</translation>
    </message>
    <message>
        <source>%1 est illisible.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 a été écrit par une version plus récente de Guichet (schéma %2, cette version connaît le schéma %3) : mettez Guichet à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</source>
        <translation>%1 was written by a newer version of Guichet (schema %2; this version supports schema %3): update Guichet to open it. The file has not been modified.</translation>
    </message>
</context>
<context>
    <name>guichet::DossierDetailPane</name>
    <message>
        <source>Enregistrer la note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Détail du dossier</source>
        <translation>Application details</translation>
    </message>
    <message>
        <source>Note de l&apos;instructeur sur ce dossier…</source>
        <translation>Instructor&apos;s note on this application…</translation>
    </message>
    <message>
        <source>Note de l&apos;instructeur</source>
        <translation>Instructor&apos;s note</translation>
    </message>
    <message>
        <source>Enregistrer la note (Ctrl+Entrée)</source>
        <translation>Save note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Note de l&apos;instructeur</source>
        <translation>Instructor&apos;s &amp;note</translation>
    </message>
    <message>
        <source>Sélectionnez un dossier pour en voir le détail.</source>
        <translation>Select an application to see its details.</translation>
    </message>
    <message>
        <source>Dossier n° %1 — %2</source>
        <translation>Application no. %1 — %2</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Montants</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>Coût total</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Montant sollicité</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Dont dépenses de personnel</source>
        <translation>Of which staff costs</translation>
    </message>
    <message>
        <source>Dont équipements informatiques des agents</source>
        <translation>Of which staff IT equipment</translation>
    </message>
    <message>
        <source>Dont licences d&apos;éditeurs hors UE</source>
        <translation>Of which non-EU vendor licences</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Début prévu</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Fin prévue</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Aucune modification locale.</source>
        <translation>No local changes.</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 — %2 a modifié « %3 »</source>
        <translation>%1 — %2 changed ‘%3’</translation>
    </message>
</context>
<context>
    <name>guichet::DossierTableModel</name>
    <message>
        <source>N° DS</source>
        <translation>DS no.</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Coût total</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Montant sollicité</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>État DS</source>
        <translation>DS status</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Filed on</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Liste des dossiers</source>
        <translation>Application list</translation>
    </message>
    <message>
        <source>Note du dossier %1 enregistrée.</source>
        <translation>Note for application %1 saved.</translation>
    </message>
    <message>
        <source>Rechercher un numéro, une collectivité, un intitulé… (Ctrl+F)</source>
        <translation>Search by number, local authority, title… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Filtrer par sous-axe</source>
        <translation>Filter by sub-axis</translation>
    </message>
    <message>
        <source>Filtrer par état DS</source>
        <translation>Filter by DS status</translation>
    </message>
    <message>
        <source>Tous les états</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouveau classeur…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>Open &amp;recent file</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos de Guichet</source>
        <translation>&amp;About Guichet</translation>
    </message>
    <message>
        <source>À propos de Guichet</source>
        <translation>About Guichet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Instruction des dossiers de subvention des collectivités.&lt;br&gt;&lt;br&gt;Référentiel des collectivités : Etalab, découpage administratif (licence MIT).</source>
        <translation>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Processing of grant applications from local authorities.&lt;br&gt;&lt;br&gt;Local authority reference data: Etalab, découpage administratif (MIT licence).</translation>
    </message>
    <message>
        <source>Tous les sous-axes</source>
        <translation>All sub-axes</translation>
    </message>
    <message>
        <source>Classeur ouvert en lecture seule.</source>
        <translation>Workspace opened read-only.</translation>
    </message>
    <message>
        <source>Nouveau classeur</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Classeurs Guichet (*.guichet)</source>
        <translation>Guichet workspaces (*.guichet)</translation>
    </message>
    <message>
        <source>Ouvrir un classeur</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>[lecture seule]</source>
        <translation>[read-only]</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) affiché(s) sur %1</source>
        <translation>
            <numerusform>%n application shown out of %1</numerusform>
            <numerusform>%n applications shown out of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>chargement…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;instructeur…</source>
        <translation>Instructor &amp;name…</translation>
    </message>
    <message>
        <source>Nom de l&apos;instructeur</source>
        <translation>Instructor name</translation>
    </message>
    <message>
        <source>Nom inscrit au journal des modifications et sur vos notations :</source>
        <translation>Name recorded in the change log and on your scores:</translation>
    </message>
    <message>
        <source>Instructeur : %1</source>
        <translation>Instructor: %1</translation>
    </message>
</context>
</TS>
