<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AdoptionCommand</name>
    <message>
        <source>Adoption du scénario « %1 »</source>
        <translation>Adoption of scenario “%1”</translation>
    </message>
    <message>
        <source>Adoption annulée</source>
        <translation>Adoption undone</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>commune</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>syndicat</source>
        <translation>syndicate</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>région</source>
        <translation>region</translation>
    </message>
    <message>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <source>≥ %1 hab.</source>
        <translation>≥ %1 inhab.</translation>
    </message>
    <message>
        <source>&lt; %1 hab.</source>
        <translation>&lt; %1 inhab.</translation>
    </message>
    <message>
        <source>%1 à %2 hab.</source>
        <translation>%1 to %2 inhab.</translation>
    </message>
    <message>
        <source>forfait %1</source>
        <translation>flat amount %1</translation>
    </message>
    <message>
        <source>taux fixé par l&apos;instructeur</source>
        <translation>rate set by the instructor</translation>
    </message>
    <message>
        <source>montant fixé par l&apos;instructeur</source>
        <translation>amount set by the instructor</translation>
    </message>
    <message>
        <source>montant du scénario « %1 »</source>
        <translation>amount of scenario “%1”</translation>
    </message>
    <message>
        <source>plafonné au montant sollicité</source>
        <translation>capped at the amount requested</translation>
    </message>
    <message>
        <source>plafonné à %1 du coût éligible</source>
        <translation>capped at %1 of the eligible cost</translation>
    </message>
    <message>
        <source>Un montant proposé n&apos;est pas négatif.</source>
        <translation>A proposed amount is not negative.</translation>
    </message>
    <message>
        <source>%1 dépasse le montant sollicité (%2).</source>
        <translation>%1 exceeds the amount requested (%2).</translation>
    </message>
    <message>
        <source>%1 dépasse le taux maximal du programme : %2 du coût éligible (%3), soit %4.</source>
        <translation>%1 exceeds the programme&apos;s maximum rate: %2 of the eligible cost (%3), that is %4.</translation>
    </message>
    <message>
        <source>Le taux doit être compris entre 0 et %1 (taux maximal du programme), pas %2.</source>
        <translation>The rate must be between 0 and %1 (the programme&apos;s maximum rate), not %2.</translation>
    </message>
</context>
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
    <name>AtomicFile</name>
    <message>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>droits d&apos;accès impossibles à restreindre</source>
        <translation>its access rights could not be restricted</translation>
    </message>
    <message>
        <source>fichier temporaire absent</source>
        <translation>the temporary file is missing</translation>
    </message>
    <message>
        <source>les données n&apos;ont pas pu être écrites sur le disque</source>
        <translation>the data could not be written to the disk</translation>
    </message>
    <message>
        <source>le fichier existe déjà</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>le fichier n&apos;a pas pu être renommé</source>
        <translation>the file could not be renamed</translation>
    </message>
    <message>
        <source>le dossier n&apos;a pas pu être écrit sur le disque</source>
        <translation>the folder could not be written to the disk</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Lecture du journal impossible : %1</source>
        <translation>Could not read the audit log: %1</translation>
    </message>
    <message>
        <source>ligne sans empreinte après le début de la chaîne (ajoutée hors de Guichet)</source>
        <translation>row without a hash after the chain began (added outside Guichet)</translation>
    </message>
    <message>
        <source>ne suit pas la ligne précédente (une ligne antérieure a été modifiée ou supprimée)</source>
        <translation>does not follow the previous row (an earlier row was changed or removed)</translation>
    </message>
    <message>
        <source>contenu modifié après son écriture</source>
        <translation>content changed after it was written</translation>
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
    <name>AvisCommand</name>
    <message>
        <source>Avis sur le dossier %1</source>
        <translation>Opinion on application %1</translation>
    </message>
    <message>
        <source>Amendement de l&apos;avis sur le dossier %1</source>
        <translation>Amendment of the opinion on application %1</translation>
    </message>
    <message>
        <source>annulation (Ctrl+Z)</source>
        <translation>undone (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>CancellationCommand</name>
    <message>
        <source>Annulation de la décision du dossier %1</source>
        <translation>Cancellation of the decision on application %1</translation>
    </message>
    <message>
        <source>décision rétablie (Ctrl+Z)</source>
        <translation>decision restored (Ctrl+Z)</translation>
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
        <source>--seed attend un entier positif.</source>
        <translation>--seed expects a positive integer.</translation>
    </message>
    <message>
        <source>--output est obligatoire.</source>
        <translation>--output is required.</translation>
    </message>
    <message>
        <source>Valide un document de programme : chaque erreur est indiquée avec son chemin JSON.</source>
        <translation>Validates a programme document: each error is reported with its JSON path.</translation>
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
    <message>
        <source>importe des exports démarches-simplifiées</source>
        <translation>imports démarches-simplifiées exports</translation>
    </message>
    <message>
        <source>Montre ce que ferait l&apos;import, sans rien enregistrer.</source>
        <translation>Shows what the import would do, without saving anything.</translation>
    </message>
    <message>
        <source>Rapport en JSON.</source>
        <translation>Report as JSON.</translation>
    </message>
    <message>
        <source>un classeur et au moins un export attendus : guichet import FICHIER.guichet EXPORT...</source>
        <translation>a workspace and at least one export expected: guichet import FILE.guichet EXPORT...</translation>
    </message>
    <message>
        <source>Instructeur (par défaut : celui des réglages).</source>
        <translation>Instructor (default: the one in the settings).</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N --criterion CODE --level N [--comment TEXTE] [--instructor NOM]</source>
        <translation>FILE.guichet --dossier N --criterion CODE --level N [--comment TEXT] [--instructor NAME]</translation>
    </message>
    <message>
        <source>Note un critère d&apos;un dossier.</source>
        <translation>Scores one criterion of an application.</translation>
    </message>
    <message>
        <source>Numéro DS.</source>
        <translation>DS number.</translation>
    </message>
    <message>
        <source>Code du critère.</source>
        <translation>Criterion code.</translation>
    </message>
    <message>
        <source>Niveau sur l&apos;échelle du critère (vide : aucun).</source>
        <translation>Level on the criterion’s scale (empty: none).</translation>
    </message>
    <message>
        <source>Commentaire.</source>
        <translation>Comment.</translation>
    </message>
    <message>
        <source>TEXTE</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--dossier attend un numéro de dossier.</source>
        <translation>--dossier expects an application number.</translation>
    </message>
    <message>
        <source>--level attend un nombre entier.</source>
        <translation>--level expects an integer.</translation>
    </message>
    <message>
        <source>FICHIER.guichet --instructor NOM --output PAQUET</source>
        <translation>FILE.guichet --instructor NAME --output PACKAGE</translation>
    </message>
    <message>
        <source>Écrit les notes, avis et décisions d&apos;éligibilité d&apos;un instructeur dans un paquet (JSON avec son empreinte SHA-256).</source>
        <translation>Writes an instructor’s scores, opinions and eligibility decisions to a package (JSON with its SHA-256 hash).</translation>
    </message>
    <message>
        <source>Paquet à écrire.</source>
        <translation>Package to write.</translation>
    </message>
    <message>
        <source>PAQUET</source>
        <translation>PACKAGE</translation>
    </message>
    <message>
        <source>FICHIER.guichet PAQUET [--json]</source>
        <translation>FILE.guichet PACKAGE [--json]</translation>
    </message>
    <message>
        <source>Fusionne le paquet de notes d&apos;un collègue : nouvelles notes ajoutées, identiques ignorées, la modification la plus récente l&apos;emporte. Tout ou rien.</source>
        <translation>Merges a colleague’s score package: new scores are added, identical ones ignored, and the most recent change wins. All or nothing.</translation>
    </message>
    <message>
        <source>Enregistre le résultat d&apos;une vérification manuelle, ou modifie un résultat automatique (justification obligatoire). to_check efface la décision.</source>
        <translation>Records the result of a manual check, or overrides an automatic result (written justification required). to_check clears the decision.</translation>
    </message>
    <message>
        <source>Code de la vérification.</source>
        <translation>Check code.</translation>
    </message>
    <message>
        <source>pass, fail, warning ou to_check.</source>
        <translation>pass, fail, warning or to_check.</translation>
    </message>
    <message>
        <source>Justification écrite.</source>
        <translation>Written justification.</translation>
    </message>
    <message>
        <source>--outcome attend pass, fail, warning ou to_check.</source>
        <translation>--outcome expects pass, fail, warning or to_check.</translation>
    </message>
    <message>
        <source>Liens d&apos;intérêt (déport) : une personne liée à un demandeur ne peut pas noter ses dossiers ; la déclaration est conservée pour le comité.</source>
        <translation>Conflicts of interest (recusal): a person linked to an applicant cannot score that applicant’s applications; the declaration is kept for the committee.</translation>
    </message>
    <message>
        <source>Personne.</source>
        <translation>Person.</translation>
    </message>
    <message>
        <source>SIREN du demandeur.</source>
        <translation>Applicant’s SIREN.</translation>
    </message>
    <message>
        <source>Nature du lien (ex. : conseiller municipal).</source>
        <translation>Nature of the link (e.g. municipal councillor).</translation>
    </message>
    <message>
        <source>aucun dossier du classeur n&apos;a pour demandeur le SIREN « %1 ».</source>
        <translation>no application in the workspace has an applicant with SIREN “%1”.</translation>
    </message>
    <message>
        <source>Seulement ce sous-axe (ex. : 3a).</source>
        <translation>This sub-axis only (e.g. 3a).</translation>
    </message>
    <message>
        <source>Usage : guichet %1 %2 …
</source>
        <translation>Usage: guichet %1 %2 …
</translation>
    </message>
    <message>
        <source>« guichet %1 SOUS-COMMANDE --help » décrit chacune.
</source>
        <translation>‘guichet %1 SUBCOMMAND --help’ describes each one.
</translation>
    </message>
    <message>
        <source>sous-commande inconnue « %1 » (attendu : guichet %2 %3 ; --help pour l&apos;aide de chacune)</source>
        <translation>unknown subcommand ‘%1’ (expected: guichet %2 %3; --help for the help of each)</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un classeur Guichet : le nom d&apos;un classeur finit par .guichet.</source>
        <translation>%1 is not a Guichet workspace: a workspace’s name ends in .guichet.</translation>
    </message>
    <message>
        <source>commande inconnue « %1 » (voir « guichet --help »)</source>
        <translation>unknown command ‘%1’ (see ‘guichet --help’)</translation>
    </message>
    <message>
        <source>option inconnue « %1%2 »</source>
        <translation>unknown option ‘%1%2’</translation>
    </message>
    <message>
        <source>(voir « guichet --help »)</source>
        <translation>(see ‘guichet --help’)</translation>
    </message>
    <message>
        <source>un seul classeur à la fois : guichet [FICHIER.guichet]</source>
        <translation>one workspace at a time: guichet [FILE.guichet]</translation>
    </message>
    <message>
        <source>--%1 attend %2, pas « %3 ».</source>
        <translation>--%1 expects %2, not ‘%3’.</translation>
    </message>
    <message>
        <source>%1 ou %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Le programme enregistré dans %1 est invalide :
%2</source>
        <translation>The programme stored in %1 is invalid:
%2</translation>
    </message>
    <message>
        <source>Impossible de copier %1 pour le mettre à jour.</source>
        <translation>Could not copy %1 to upgrade it.</translation>
    </message>
    <message>
        <source>FICHIER.guichet --person NOM --siren SIREN --link TEXTE</source>
        <translation>FILE.guichet --person NAME --siren SIREN --link TEXT</translation>
    </message>
    <message>
        <source>déclare un lien d&apos;intérêt (déport)</source>
        <translation>declares a conflict of interest (recusal)</translation>
    </message>
    <message>
        <source>--person, --siren et --link sont obligatoires.</source>
        <translation>--person, --siren and --link are required.</translation>
    </message>
    <message>
        <source>Liste en JSON les liens d&apos;intérêt déclarés dans le classeur.</source>
        <translation>Lists the conflicts of interest declared in the workspace, as JSON.</translation>
    </message>
    <message>
        <source>liste les liens d&apos;intérêt déclarés (JSON)</source>
        <translation>lists the declared conflicts of interest (JSON)</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N --check CODE --outcome pass|fail|warning|to_check [--justification TEXTE] [--instructor NOM]</source>
        <translation>FILE.guichet --dossier N --check CODE --outcome pass|fail|warning|to_check [--justification TEXT] [--instructor NAME]</translation>
    </message>
    <message>
        <source>enregistre une décision d&apos;éligibilité</source>
        <translation>records an eligibility decision</translation>
    </message>
    <message>
        <source>Vérification inconnue : « %1 ». Vérifications du programme : %2.</source>
        <translation>Unknown check ‘%1’. The programme’s checks: %2.</translation>
    </message>
    <message>
        <source>Modifier le résultat automatique de « %1 » demande une justification écrite (--justification).</source>
        <translation>Overriding the automatic result of ‘%1’ requires a written justification (--justification).</translation>
    </message>
    <message>
        <source>Décision effacée : dossier %1, vérification « %2 », par %3.
</source>
        <translation>Decision cleared: application %1, check ‘%2’, by %3.
</translation>
    </message>
    <message>
        <source>Décision enregistrée : dossier %1, vérification « %2 » : %3, par %4.
</source>
        <translation>Decision recorded: application %1, check ‘%2’: %3, by %4.
</translation>
    </message>
    <message>
        <source>sous-axe inconnu : « %1 ». Sous-axes du programme : %2.</source>
        <translation>unknown sub-axis ‘%1’. The programme’s sub-axes: %2.</translation>
    </message>
    <message>
        <source>Grille de sélection écrite : %1
</source>
        <translation>Selection grid written: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Export démarches-simplifiées écrit : %1 (%n dossier(s))
</source>
        <translation>
            <numerusform>démarches-simplifiées export written: %1 (%n application)
</numerusform>
            <numerusform>démarches-simplifiées export written: %1 (%n applications)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;existe pas.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>valide un document de programme</source>
        <translation>validates a programme document</translation>
    </message>
    <message>
        <source>note un critère d&apos;un dossier</source>
        <translation>scores one criterion of an application</translation>
    </message>
    <message>
        <source>Critère inconnu : « %1 ». Critères du programme : %2.</source>
        <translation>Unknown criterion ‘%1’. The programme’s criteria: %2.</translation>
    </message>
    <message>
        <source>Niveau %1 hors de l&apos;échelle du critère « %2 » (%3 à %4).</source>
        <translation>Level %1 is outside the scale of criterion ‘%2’ (%3 to %4).</translation>
    </message>
    <message>
        <source>Note enregistrée : dossier %1, critère « %2 », niveau %3, par %4.
</source>
        <translation>Score recorded: application %1, criterion ‘%2’, level %3, by %4.
</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Instructeur dont le paquet est écrit.</source>
        <translation>Instructor whose package is written.</translation>
    </message>
    <message>
        <source>écrit les notes d&apos;un instructeur dans un paquet</source>
        <translation>writes an instructor’s scores to a package</translation>
    </message>
    <message>
        <source>--instructor est obligatoire : le paquet est celui d&apos;un instructeur.</source>
        <translation>--instructor is required: a package is one instructor’s.</translation>
    </message>
    <message>
        <source>fusionne le paquet de notes d&apos;un collègue</source>
        <translation>merges a colleague’s score package</translation>
    </message>
    <message>
        <source>Le répertoire %1 n&apos;existe pas : créez-le d&apos;abord.</source>
        <translation>The folder %1 does not exist: create it first.</translation>
    </message>
    <message>
        <source>%1 existe déjà : choisissez un autre nom.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n dossier(s) écrit(s).
</source>
        <translation>
            <numerusform>%1: %n application written.
</numerusform>
            <numerusform>%1: %n applications written.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Lien déclaré : %1 — %2 (%3) ; %4.
</source>
        <translation>Link declared: %1 — %2 (%3); %4.
</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) retirée(s)</source>
        <translation>
            <numerusform>%n score withdrawn</numerusform>
            <numerusform>%n scores withdrawn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2 de %3.
</source>
        <translation>%1: %2 by %3.
</translation>
    </message>
    <message>
        <source>csv, csv-excel ou xlsx.</source>
        <translation>csv, csv-excel or xlsx.</translation>
    </message>
    <message>
        <source>Liste : seulement les dossiers de ce verdict (eligible, not_eligible, incomplete).</source>
        <translation>List: only the applications with this verdict (eligible, not_eligible, incomplete).</translation>
    </message>
    <message>
        <source>--eligibility ne vaut que pour --what list.</source>
        <translation>--eligibility applies to --what list only.</translation>
    </message>
    <message numerus="yes">
        <source>Liste des dossiers écrite : %1 (%n dossier)
</source>
        <translation>
            <numerusform>Application list written: %1 (%n application)
</numerusform>
            <numerusform>Application list written: %1 (%n applications)
</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 attend un montant en centimes (entier positif), pas « %2 ».</source>
        <translation>--%1 expects an amount in cents (a positive integer), not “%2”.</translation>
    </message>
    <message>
        <source>--%1 attend une date AAAA-MM-JJ, pas « %2 ».</source>
        <translation>--%1 expects a date YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>  enveloppe          %1
</source>
        <translation>  envelope           %1
</translation>
    </message>
    <message>
        <source>  proposé non décidé %1
  engagé             %2
  versé              %3
</source>
        <translation>  proposed, undecided %1
  committed           %2
  paid                %3
</translation>
    </message>
    <message>
        <source>  disponible         %1%2
</source>
        <translation>  remaining          %1%2
</translation>
    </message>
    <message>
        <source> (dépassement de %1)</source>
        <translation> (overrun of %1)</translation>
    </message>
    <message>
        <source>Motif (obligatoire).</source>
        <translation>Reason (required).</translation>
    </message>
    <message>
        <source>--reason est obligatoire : chaque mouvement a un motif.</source>
        <translation>--reason is required: every entry has a reason.</translation>
    </message>
    <message>
        <source>FICHIER.guichet [--json]</source>
        <translation>FILE.guichet [--json]</translation>
    </message>
    <message>
        <source>Affiche l&apos;enveloppe : montant, proposé non décidé, engagé, versé, disponible (enveloppe − engagé), au total et par sous-axe.</source>
        <translation>Shows the envelope: amount, proposed but undecided, committed, paid, remaining (envelope − committed), in total and per sub-axis.</translation>
    </message>
    <message>
        <source>Sortie en JSON.</source>
        <translation>Output as JSON.</translation>
    </message>
    <message>
        <source>affiche les soldes de l&apos;enveloppe</source>
        <translation>shows the balances of the envelope</translation>
    </message>
    <message>
        <source>Enveloppe</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Sous-axe %1</source>
        <translation>Sub-axis %1</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N (--amount-cents X | --rate-percent R) --reason TEXTE</source>
        <translation>FILE.guichet --dossier N (--amount-cents X | --rate-percent R) --reason TEXT</translation>
    </message>
    <message>
        <source>Fixe le montant proposé d&apos;un dossier, ou son taux appliqué au coût éligible, à la place de celui des règles du programme.</source>
        <translation>Sets an application&apos;s proposed amount, or its rate applied to the eligible cost, instead of the one the programme&apos;s rules give.</translation>
    </message>
    <message>
        <source>Montant proposé, en centimes.</source>
        <translation>Proposed amount, in cents.</translation>
    </message>
    <message>
        <source>Taux en pourcentage (ex. : 74 ou 74,5).</source>
        <translation>Rate as a percentage (e.g. 74 or 74,5).</translation>
    </message>
    <message>
        <source>fixe le montant proposé d&apos;un dossier</source>
        <translation>sets an application&apos;s proposed amount</translation>
    </message>
    <message>
        <source>Donnez --amount-cents ou --rate-percent (l&apos;un des deux).</source>
        <translation>Give --amount-cents or --rate-percent (one of the two).</translation>
    </message>
    <message>
        <source>--rate-percent attend un pourcentage entre 0 et 100 (deux décimales au plus), pas « %1 ».</source>
        <translation>--rate-percent expects a percentage between 0 and 100 (two decimals at most), not “%1”.</translation>
    </message>
    <message>
        <source>Montant proposé pour le dossier %1 : %2 — %3.
</source>
        <translation>Proposed amount for application %1: %2 — %3.
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N --decision attribution|refus|sans_suite [--amount-cents X] [--date AAAA-MM-JJ] [--justification TEXTE]</source>
        <translation>FILE.guichet --dossier N --decision attribution|refus|sans_suite [--amount-cents X] [--date YYYY-MM-DD] [--justification TEXT]</translation>
    </message>
    <message>
        <source>Enregistre la décision du préfet sur un dossier. Une attribution sans --amount-cents prend le montant proposé ; au-delà de l&apos;enveloppe, elle demande une --justification.</source>
        <translation>Records the préfet&apos;s decision on an application. A grant without --amount-cents takes the proposed amount; beyond the envelope, it needs a --justification.</translation>
    </message>
    <message>
        <source>attribution, refus ou sans_suite.</source>
        <translation>attribution, refus or sans_suite.</translation>
    </message>
    <message>
        <source>Montant attribué, en centimes.</source>
        <translation>Amount granted, in cents.</translation>
    </message>
    <message>
        <source>Date de la décision (aujourd&apos;hui par défaut).</source>
        <translation>Date of the decision (today by default).</translation>
    </message>
    <message>
        <source>Justification d&apos;un dépassement de l&apos;enveloppe.</source>
        <translation>Justification of an envelope overrun.</translation>
    </message>
    <message>
        <source>enregistre une décision (attribution, refus, sans suite)</source>
        <translation>records a decision (grant, refusal, no further action)</translation>
    </message>
    <message>
        <source>--amount-cents ne s&apos;emploie qu&apos;avec une attribution.</source>
        <translation>--amount-cents goes only with a grant.</translation>
    </message>
    <message>
        <source>Attribution enregistrée : dossier %1, %2 au %3.
</source>
        <translation>Grant recorded: application %1, %2 on %3.
</translation>
    </message>
    <message>
        <source>%1 enregistré : dossier %2 au %3.
</source>
        <translation>%1 recorded: application %2 on %3.
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N --amount-cents X --reason TEXTE</source>
        <translation>FILE.guichet --dossier N --amount-cents X --reason TEXT</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N --reason TEXTE</source>
        <translation>FILE.guichet --dossier N --reason TEXT</translation>
    </message>
    <message>
        <source>Réduit une attribution de X centimes : les crédits libérés retournent à l&apos;enveloppe.</source>
        <translation>Reduces a grant by X cents: the freed credits go back to the envelope.</translation>
    </message>
    <message>
        <source>Annule une décision : une attribution libère tout ce qu&apos;elle engage encore.</source>
        <translation>Cancels a decision: a grant frees all it still commits.</translation>
    </message>
    <message>
        <source>Montant retiré de l&apos;attribution, en centimes.</source>
        <translation>Amount taken off the grant, in cents.</translation>
    </message>
    <message>
        <source>réduit une attribution</source>
        <translation>reduces a grant</translation>
    </message>
    <message>
        <source>annule une décision</source>
        <translation>cancels a decision</translation>
    </message>
    <message>
        <source>--amount-cents est obligatoire : le montant retiré.</source>
        <translation>--amount-cents is required: the amount taken off.</translation>
    </message>
    <message>
        <source>Une annulation libère tout le montant : pas de --amount-cents.</source>
        <translation>A cancellation frees the whole amount: no --amount-cents.</translation>
    </message>
    <message>
        <source>Attribution du dossier %1 réduite de %2 : %3 engagés.
</source>
        <translation>Grant of application %1 reduced by %2: %3 committed.
</translation>
    </message>
    <message>
        <source>Décision du dossier %1 annulée : %2 libérés, %3 engagés.
</source>
        <translation>Decision on application %1 cancelled: %2 freed, %3 committed.
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --dossier N --kind avance|acompte|solde --amount-cents X --date AAAA-MM-JJ</source>
        <translation>FILE.guichet --dossier N --kind avance|acompte|solde --amount-cents X --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Enregistre un versement : avance (30 % au plus du montant attribué), acompte (avance et acomptes : 80 % au plus), solde sur justificatifs.</source>
        <translation>Records a payment: advance (30 % of the amount granted at most), instalment (advance and instalments: 80 % at most), balance on proof.</translation>
    </message>
    <message>
        <source>avance, acompte ou solde.</source>
        <translation>avance, acompte or solde.</translation>
    </message>
    <message>
        <source>Montant versé, en centimes.</source>
        <translation>Amount paid, in cents.</translation>
    </message>
    <message>
        <source>Date du versement.</source>
        <translation>Date of the payment.</translation>
    </message>
    <message>
        <source>enregistre un versement (avance, acompte, solde)</source>
        <translation>records a payment (advance, instalment, balance)</translation>
    </message>
    <message>
        <source>Versement enregistré pour le dossier %3 : %1 de %2 au %4 ; %5 versés en tout.
</source>
        <translation>Payment recorded for application %3: %1 of %2 on %4; %5 paid in all.
</translation>
    </message>
    <message>
        <source>exporte la grille de sélection, la liste des dossiers ou le registre (CSV ou XLSX)</source>
        <translation>exports the selection grid, the list of applications or the ledger (CSV or XLSX)</translation>
    </message>
    <message>
        <source>--subaxis ne s&apos;emploie pas avec --what ledger.</source>
        <translation>--subaxis does not apply to --what ledger.</translation>
    </message>
    <message>
        <source>le registre s&apos;exporte en csv ou en xlsx.</source>
        <translation>the ledger is exported as csv or xlsx.</translation>
    </message>
    <message>
        <source>Registre écrit : %1
</source>
        <translation>Ledger written: %1
</translation>
    </message>
    <message>
        <source>classement général</source>
        <translation>overall ranking</translation>
    </message>
    <message>
        <source>sous-axe %1</source>
        <translation>sub-axis %1</translation>
    </message>
    <message>
        <source> (dernier financé en partie)</source>
        <translation> (last one partly funded)</translation>
    </message>
    <message>
        <source> — adopté</source>
        <translation> — adopted</translation>
    </message>
    <message>
        <source>Aucun scénario « %1 ».</source>
        <translation>No scenario “%1”.</translation>
    </message>
    <message>
        <source>FICHIER.guichet --name NOM --cutoff-rank N [--subaxis CODE] [--partial-last]</source>
        <translation>FILE.guichet --name NAME --cutoff-rank N [--subaxis CODE] [--partial-last]</translation>
    </message>
    <message>
        <source>Enregistre un scénario de coupure : les dossiers classés jusqu&apos;au rang N (au classement général, ou dans un sous-axe) sont financés à leur montant proposé. Ne modifie aucun dossier tant qu&apos;il n&apos;est pas adopté.</source>
        <translation>Saves a cutoff scenario: the applications ranked down to rank N (overall, or within a sub-axis) are funded at their proposed amounts. Changes no application until it is adopted.</translation>
    </message>
    <message>
        <source>Nom du scénario.</source>
        <translation>Name of the scenario.</translation>
    </message>
    <message>
        <source>Dernier rang retenu.</source>
        <translation>Last rank retained.</translation>
    </message>
    <message>
        <source>Classement de ce sous-axe (ex. : 3b).</source>
        <translation>Ranking of this sub-axis (e.g. 3b).</translation>
    </message>
    <message>
        <source>Finance en partie le dernier retenu avec le solde disponible.</source>
        <translation>Funds the last one retained in part with the remaining balance.</translation>
    </message>
    <message>
        <source>enregistre un scénario de coupure</source>
        <translation>saves a cutoff scenario</translation>
    </message>
    <message>
        <source>--name est obligatoire.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>--cutoff-rank attend un rang (entier positif ou nul), pas « %1 ».</source>
        <translation>--cutoff-rank expects a rank (a non-negative integer), not “%1”.</translation>
    </message>
    <message>
        <source>Scénario enregistré : </source>
        <translation>Scenario saved: </translation>
    </message>
    <message>
        <source>FICHIER.guichet NOM [--json]</source>
        <translation>FILE.guichet NAME [--json]</translation>
    </message>
    <message>
        <source>FICHIER.guichet NOM1 NOM2 [--json]</source>
        <translation>FILE.guichet NAME1 NAME2 [--json]</translation>
    </message>
    <message>
        <source>Liste les scénarios enregistrés.</source>
        <translation>Lists the saved scenarios.</translation>
    </message>
    <message>
        <source>Montre un scénario : ses dossiers financés, en partie ou retenus non financés, ses totaux et son solde.</source>
        <translation>Shows a scenario: its applications funded, funded in part or retained but not funded, its totals and its balance.</translation>
    </message>
    <message>
        <source>Compare deux scénarios : dossiers financés différemment, totaux, soldes et financement par sous-axe.</source>
        <translation>Compares two scenarios: applications funded differently, totals, balances and funding per sub-axis.</translation>
    </message>
    <message>
        <source>liste les scénarios</source>
        <translation>lists the scenarios</translation>
    </message>
    <message>
        <source>montre un scénario</source>
        <translation>shows a scenario</translation>
    </message>
    <message>
        <source>compare deux scénarios</source>
        <translation>compares two scenarios</translation>
    </message>
    <message>
        <source>retenu non financé</source>
        <translation>retained, not funded</translation>
    </message>
    <message>
        <source>financé en partie</source>
        <translation>funded in part</translation>
    </message>
    <message>
        <source>financé</source>
        <translation>funded</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) financé(s) différemment :
</source>
        <translation>
            <numerusform>%n application funded differently:
</numerusform>
            <numerusform>%n applications funded differently:
</numerusform>
        </translation>
    </message>
    <message>
        <source>FICHIER.guichet NOM</source>
        <translation>FILE.guichet NAME</translation>
    </message>
    <message>
        <source>Adopte un scénario : ses dossiers financés reçoivent pour montant proposé celui du scénario, pour le prochain comité.</source>
        <translation>Adopts a scenario: its funded applications get the scenario&apos;s amount as their proposed amount, for the next committee.</translation>
    </message>
    <message>
        <source>adopte un scénario</source>
        <translation>adopts a scenario</translation>
    </message>
    <message numerus="yes">
        <source>Scénario « %1 » adopté : %n montant(s) proposé(s)</source>
        <translation>
            <numerusform>Scenario “%1” adopted: %n proposed amount</numerusform>
            <numerusform>Scenario “%1” adopted: %n proposed amounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> ; %n dossier(s) décidé(s) depuis laissé(s) tel(s) quel(s)</source>
        <translation>
            <numerusform>; %n application decided since left as it is</numerusform>
            <numerusform>; %n applications decided since left as they are</numerusform>
        </translation>
    </message>
    <message>
        <source>FICHIER.guichet EXPORT... [--dry-run] [--json] [--partial | --mark-absent]</source>
        <translation>FILE.guichet EXPORT... [--dry-run] [--json] [--partial | --mark-absent]</translation>
    </message>
    <message>
        <source>Importe des exports démarches-simplifiées (CSV, XLSX, ODS). Tout ou rien : une valeur invalide rejette l&apos;import, fichier, ligne et colonne à l&apos;appui, et le classeur reste inchangé. Une réimportation met à jour ce qui vient de DS sans toucher au travail d&apos;instruction. Les dossiers du classeur absents de l&apos;export sont signalés ; un import qui en signalerait plus de la moitié est refusé sans --partial ou --mark-absent.</source>
        <translation>Imports démarches-simplifiées exports (CSV, XLSX, ODS). All or nothing: an invalid value rejects the import, naming its file, row and column, and the workspace stays unchanged. A re-import updates what comes from DS without touching the review work. The workspace&apos;s applications missing from the export are flagged; an import that would flag more than half of them is refused without --partial or --mark-absent.</translation>
    </message>
    <message>
        <source>L&apos;export ne contient qu&apos;une partie des dossiers : aucun dossier n&apos;est marqué absent.</source>
        <translation>The export holds only some of the applications: none is flagged absent.</translation>
    </message>
    <message>
        <source>Marque absents les dossiers que l&apos;export ne contient pas, même s&apos;ils sont plus de la moitié du classeur.</source>
        <translation>Flags the applications the export does not hold as absent, even when they are more than half of the workspace.</translation>
    </message>
    <message>
        <source>--partial et --mark-absent s&apos;excluent : l&apos;export est partiel ou il ne l&apos;est pas.</source>
        <translation>--partial and --mark-absent exclude each other: the export is partial or it is not.</translation>
    </message>
    <message numerus="yes">
        <source>cet export ne contient pas %n des %1 dossiers du classeur, plus de la moitié : rien n&apos;a été importé. Relancez avec --partial si l&apos;export n&apos;en contient qu&apos;une partie (aucun dossier marqué absent), ou avec --mark-absent pour les marquer absents.</source>
        <translation>
            <numerusform>this export lacks %n of the workspace&apos;s %1 applications, more than half: nothing was imported. Run again with --partial if the export holds only some of them (none flagged absent), or with --mark-absent to flag them absent.</numerusform>
            <numerusform>this export lacks %n of the workspace&apos;s %1 applications, more than half: nothing was imported. Run again with --partial if the export holds only some of them (none flagged absent), or with --mark-absent to flag them absent.</numerusform>
        </translation>
    </message>
    <message>
        <source>FICHIER.guichet --output COPIE.guichet</source>
        <translation>FILE.guichet --output COPY.guichet</translation>
    </message>
    <message>
        <source>Écrit une copie cohérente du classeur (dossiers, instruction, journal), même s&apos;il est ouvert dans Guichet. La copie ne remplace jamais un fichier existant.</source>
        <translation>Writes a consistent copy of the workspace (applications, review, audit log), even while it is open in Guichet. The copy never replaces an existing file.</translation>
    </message>
    <message>
        <source>Copie à écrire.</source>
        <translation>Copy to write.</translation>
    </message>
    <message>
        <source>COPIE.guichet</source>
        <translation>COPY.guichet</translation>
    </message>
    <message>
        <source>écrit une copie cohérente d&apos;un classeur</source>
        <translation>writes a consistent copy of a workspace</translation>
    </message>
    <message>
        <source>--output COPIE.guichet attendu : la copie à écrire.</source>
        <translation>--output COPY.guichet expected: the copy to write.</translation>
    </message>
    <message>
        <source>Copie de %1 écrite : %2
</source>
        <translation>Copy of %1 written: %2
</translation>
    </message>
    <message>
        <source>%1 — %2, coupure au rang %3%4 : %5 pour %6, %7, solde %8%9
</source>
        <translation>%1 — %2, cutoff at rank %3%4: %5 for %6, %7, balance %8%9
</translation>
    </message>
    <message numerus="yes">
        <source>%n financé(s)</source>
        <translation>
            <numerusform>%n funded</numerusform>
            <numerusform>%n funded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retenu(s) non financé(s)</source>
        <translation>
            <numerusform>%n retained but not funded</numerusform>
            <numerusform>%n retained but not funded</numerusform>
        </translation>
    </message>
    <message>
        <source>FICHIER.guichet --movement ID --reason TEXTE</source>
        <translation>FILE.guichet --movement ID --reason TEXT</translation>
    </message>
    <message>
        <source>Contre-passe une réduction ou un versement saisi par erreur : le même mouvement avec le montant opposé, daté du jour (rien n&apos;est effacé). ID : la colonne id de l&apos;export du registre.</source>
        <translation>Counters a reduction or payment entered by mistake: the same entry with the opposite amount, dated today (nothing is deleted). ID: the id column of the ledger export.</translation>
    </message>
    <message>
        <source>Numéro du mouvement (colonne id).</source>
        <translation>Number of the entry (id column).</translation>
    </message>
    <message>
        <source>contre-passe une réduction ou un versement</source>
        <translation>counters a reduction or a payment</translation>
    </message>
    <message>
        <source>--movement attend le numéro d&apos;un mouvement (colonne id de l&apos;export du registre).</source>
        <translation>--movement expects the number of an entry (id column of the ledger export).</translation>
    </message>
    <message>
        <source>Aucun mouvement n° %1 dans ce classeur.</source>
        <translation>No entry number %1 in this workspace.</translation>
    </message>
    <message>
        <source>Mouvement %1 contre-passé (%2 de %3 sur le dossier %4).
</source>
        <translation>Entry %1 countered (%2 of %3 on application %4).
</translation>
    </message>
    <message>
        <source>guichet %1
Classeurs écrits au schéma %2.
</source>
        <translation>guichet %1
Workspaces written in schema %2.
</translation>
    </message>
    <message>
        <source>--session attend un numéro de séance, pas « %1 ».</source>
        <translation>--session expects a session number, not “%1”.</translation>
    </message>
    <message>
        <source>Numéro de la séance.</source>
        <translation>Session number.</translation>
    </message>
    <message>
        <source>Avis %1 sur le dossier %2</source>
        <translation>%1 opinion on application %2</translation>
    </message>
    <message>
        <source>, écart à l&apos;instruction (%1)</source>
        <translation>, departing from the review (%1)</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N (--dossier D | --all-proposed) --avis favorable|favorable_sous_reserve|defavorable|ajourne [--amount-cents X] [--observations TEXTE] [--reason TEXTE]</source>
        <translation>FILE.guichet --session N (--dossier D | --all-proposed) --avis favorable|favorable_sous_reserve|defavorable|ajourne [--amount-cents X] [--observations TEXT] [--reason TEXT]</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N --dossier D --avis favorable|favorable_sous_reserve|defavorable|ajourne [--amount-cents X] [--observations TEXTE] --reason TEXTE</source>
        <translation>FILE.guichet --session N --dossier D --avis favorable|favorable_sous_reserve|defavorable|ajourne [--amount-cents X] [--observations TEXT] --reason TEXT</translation>
    </message>
    <message>
        <source>Enregistre l&apos;avis du comité sur un dossier de l&apos;ordre du jour, ou avec --all-proposed un avis favorable au montant proposé sur chaque dossier qui n&apos;en a pas encore. Un avis favorable sans --amount-cents prend le montant proposé ; un avis qui s&apos;écarte du classement ou de la proposition demande un --reason.</source>
        <translation>Records the committee&apos;s opinion on an application of the agenda, or with --all-proposed a favourable opinion at the proposed amount on every application without one yet. A favourable opinion without --amount-cents takes the proposed amount; an opinion departing from the ranking or from the proposal needs a --reason.</translation>
    </message>
    <message>
        <source>Amende l&apos;avis d&apos;une séance validée, avec un motif (obligatoire).</source>
        <translation>Amends an opinion of a validated session, with a reason (required).</translation>
    </message>
    <message>
        <source>Avis favorable sur toutes les propositions sans avis.</source>
        <translation>Favourable opinion on every proposal without an opinion.</translation>
    </message>
    <message>
        <source>favorable, favorable_sous_reserve, defavorable ou ajourne.</source>
        <translation>favorable, favorable_sous_reserve, defavorable or ajourne.</translation>
    </message>
    <message>
        <source>Montant de l&apos;avis, en centimes.</source>
        <translation>Amount of the opinion, in cents.</translation>
    </message>
    <message>
        <source>Observations du comité.</source>
        <translation>The committee&apos;s observations.</translation>
    </message>
    <message>
        <source>Motif d&apos;un écart à l&apos;instruction.</source>
        <translation>Reason for departing from the review.</translation>
    </message>
    <message>
        <source>Motif de l&apos;amendement (obligatoire).</source>
        <translation>Reason for the amendment (required).</translation>
    </message>
    <message>
        <source>enregistre l&apos;avis du comité sur un dossier</source>
        <translation>records the committee&apos;s opinion on an application</translation>
    </message>
    <message>
        <source>amende un avis d&apos;une séance validée</source>
        <translation>amends an opinion of a validated session</translation>
    </message>
    <message>
        <source>Donnez --dossier D ou --all-proposed (l&apos;un des deux).</source>
        <translation>Give --dossier D or --all-proposed (one of the two).</translation>
    </message>
    <message>
        <source>--dossier D attendu : le dossier dont l&apos;avis est amendé.</source>
        <translation>--dossier D expected: the application whose opinion is amended.</translation>
    </message>
    <message>
        <source>--all-proposed donne un avis favorable ou favorable_sous_reserve au montant proposé.</source>
        <translation>--all-proposed gives a favorable or favorable_sous_reserve opinion at the proposed amount.</translation>
    </message>
    <message>
        <source>--amount-cents ne s&apos;emploie qu&apos;avec un avis favorable sur un dossier.</source>
        <translation>--amount-cents goes only with a favourable opinion on one application.</translation>
    </message>
    <message>
        <source>--reason est obligatoire : un amendement a un motif.</source>
        <translation>--reason is required: an amendment has a reason.</translation>
    </message>
    <message numerus="yes">
        <source>Avis %1 sur %n proposition(s) de la séance n° %2.
</source>
        <translation>
            <numerusform>%1 opinion on %n proposal of session %2.
</numerusform>
            <numerusform>%1 opinion on %n proposals of session %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enregistré (séance n° %2).
</source>
        <translation>%1 recorded (session %2).
</translation>
    </message>
    <message>
        <source>%1 amendé (séance n° %2).
</source>
        <translation>%1 amended (session %2).
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N --dossier D --member NOM [--returns]</source>
        <translation>FILE.guichet --session N --dossier D --member NAME [--returns]</translation>
    </message>
    <message>
        <source>Enregistre qu&apos;un membre quitte la salle avant un dossier (déport), ou avec --returns qu&apos;il revient.</source>
        <translation>Records that a member leaves the room before an application (recusal), or with --returns that they return.</translation>
    </message>
    <message>
        <source>Le membre de la séance.</source>
        <translation>The member of the session.</translation>
    </message>
    <message>
        <source>Le membre revient en séance.</source>
        <translation>The member returns to the room.</translation>
    </message>
    <message>
        <source>enregistre un déport (un membre quitte la salle, ou revient)</source>
        <translation>records a recusal (a member leaves the room, or returns)</translation>
    </message>
    <message>
        <source>--member NOM attendu : le membre qui se déporte.</source>
        <translation>--member NAME expected: the member who recuses themselves.</translation>
    </message>
    <message>
        <source>%1 %2 (dossier %3, séance n° %4).
</source>
        <translation>%1 %2 (application %3, session %4).
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N</source>
        <translation>FILE.guichet --session N</translation>
    </message>
    <message>
        <source>Valide la séance (le président) : le quorum est vérifié, chaque dossier de l&apos;ordre du jour a un avis ; les avis sont ensuite verrouillés.</source>
        <translation>Validates the session (the chair): the quorum is checked and every application of the agenda has an opinion; the opinions are then locked.</translation>
    </message>
    <message>
        <source>valide une séance et verrouille ses avis</source>
        <translation>validates a session and locks its opinions</translation>
    </message>
    <message>
        <source>Séance n° %1 validée : ses avis sont verrouillés.
</source>
        <translation>Session %1 validated: its opinions are locked.
</translation>
    </message>
    <message>
        <source>Date des décisions (aujourd&apos;hui par défaut).</source>
        <translation>Date of the decisions (today by default).</translation>
    </message>
    <message>
        <source>prend les décisions d&apos;une séance validée</source>
        <translation>takes the decisions of a validated session</translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) prise(s) pour la séance n° %1 : %2 engagés.
</source>
        <translation>
            <numerusform>%n decision taken for session %1: %2 committed.
</numerusform>
            <numerusform>%n decisions taken for session %1: %2 committed.
</numerusform>
        </translation>
    </message>
    <message>
        <source>--member attend « NOM;QUALITÉ;present|excuse|represente » (et « ;REPRÉSENTANT » pour un membre représenté), pas « %1 ».</source>
        <translation>--member expects “NAME;CAPACITY;present|excuse|represente” (and “;REPRESENTATIVE” for a represented member), not “%1”.</translation>
    </message>
    <message>
        <source>--member « %1 » : seul un membre représenté a un représentant.</source>
        <translation>--member “%1”: only a represented member has a representative.</translation>
    </message>
    <message>
        <source>validée</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>ouverte</source>
        <translation>open</translation>
    </message>
    <message>
        <source>  président : %1</source>
        <translation>  chair: %1</translation>
    </message>
    <message>
        <source> ; secrétaire : %1</source>
        <translation>; secretary: %1</translation>
    </message>
    <message>
        <source> ; quorum %1
</source>
        <translation>; quorum %1
</translation>
    </message>
    <message>
        <source> par %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <source>  dossier %1 : %2</source>
        <translation>  application %1: %2</translation>
    </message>
    <message>
        <source> — écart (%1) : %2</source>
        <translation> — departure (%1): %2</translation>
    </message>
    <message>
        <source> — amendé : %1</source>
        <translation> — amended: %1</translation>
    </message>
    <message>
        <source>FICHIER.guichet --date AAAA-MM-JJ --chair NOM [--time HH:MM] [--place TEXTE] [--secretary NOM] [--member &quot;NOM;QUALITÉ;present|excuse|represente&quot;]...</source>
        <translation>FILE.guichet --date YYYY-MM-DD --chair NAME [--time HH:MM] [--place TEXT] [--secretary NAME] [--member &quot;NAME;CAPACITY;present|excuse|represente&quot;]...</translation>
    </message>
    <message>
        <source>Crée une séance du comité de sélection et écrit son numéro seul sur une ligne. --member se répète, un par membre ; un membre représenté peut nommer son représentant en quatrième champ.</source>
        <translation>Creates a session of the selection committee and writes its number alone on a line. --member repeats, one per member; a represented member may name their representative in a fourth field.</translation>
    </message>
    <message>
        <source>Date de la séance.</source>
        <translation>Date of the session.</translation>
    </message>
    <message>
        <source>Heure de la séance.</source>
        <translation>Time of the session.</translation>
    </message>
    <message>
        <source>Lieu de la séance.</source>
        <translation>Place of the session.</translation>
    </message>
    <message>
        <source>Président de la séance.</source>
        <translation>Chair of the session.</translation>
    </message>
    <message>
        <source>Secrétaire de séance.</source>
        <translation>Secretary of the session.</translation>
    </message>
    <message>
        <source>Un membre : nom, qualité, présence.</source>
        <translation>A member: name, capacity, attendance.</translation>
    </message>
    <message>
        <source>MEMBRE</source>
        <translation>MEMBER</translation>
    </message>
    <message>
        <source>crée une séance du comité et écrit son numéro</source>
        <translation>creates a committee session and writes its number</translation>
    </message>
    <message>
        <source>--time attend une heure HH:MM, pas « %1 ».</source>
        <translation>--time expects a time HH:MM, not “%1”.</translation>
    </message>
    <message>
        <source>--chair NOM attendu : le président de la séance.</source>
        <translation>--chair NAME expected: the chair of the session.</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N [--json]</source>
        <translation>FILE.guichet --session N [--json]</translation>
    </message>
    <message>
        <source>Affiche l&apos;ordre du jour d&apos;une séance : les dossiers prêts pour le comité (éligibles, notés, avec une proposition) dans l&apos;ordre du classement, ceux où un membre présent a déclaré un lien regroupés pour qu&apos;il ne sorte qu&apos;une fois.</source>
        <translation>Shows a session&apos;s agenda: the applications ready for the committee (eligible, scored, with a proposal) in ranking order, those on which a present member declared a link grouped so that they leave the room once.</translation>
    </message>
    <message>
        <source>affiche l&apos;ordre du jour d&apos;une séance</source>
        <translation>shows a session&apos;s agenda</translation>
    </message>
    <message>
        <source>     — %1 quitte la salle
</source>
        <translation>     — %1 leaves the room
</translation>
    </message>
    <message>
        <source>     — %1 revient
</source>
        <translation>     — %1 returns
</translation>
    </message>
    <message>
        <source>Enveloppe %1 : engagé %2 + avis favorables %3 ; reste %4
</source>
        <translation>Envelope %1: committed %2 + favourable opinions %3; left %4
</translation>
    </message>
    <message>
        <source>FICHIER.guichet [--json] [--due]</source>
        <translation>FILE.guichet [--json] [--due]</translation>
    </message>
    <message>
        <source>Liste les séances du comité avec leurs présences et leurs avis ; --due dit si une séance est due et pourquoi (une fois par mois, ou dès que le nombre de dossiers déposés fixé par le programme est atteint).</source>
        <translation>Lists the committee&apos;s sessions with their attendance and opinions; --due says whether a session is due and why (once a month, or as soon as the programme&apos;s number of applications filed is reached).</translation>
    </message>
    <message>
        <source>Dit si une séance est due, et pourquoi.</source>
        <translation>Says whether a session is due, and why.</translation>
    </message>
    <message>
        <source>liste les séances du comité ; --due : une séance est-elle due ?</source>
        <translation>lists the committee&apos;s sessions; --due: is a session due?</translation>
    </message>
    <message>
        <source>Aucune séance.
</source>
        <translation>No session.
</translation>
    </message>
    <message>
        <source>Séance n° %1 du comité</source>
        <translation>Committee session no. %1</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;a pas encore de décision prise : pas de lettre à produire.</source>
        <translation>Session no. %1 has no decision taken yet: no letter to produce.</translation>
    </message>
    <message>
        <source>FICHIER.guichet [--json] [--set CLÉ=VALEUR]...</source>
        <translation>FILE.guichet [--json] [--set KEY=VALUE]...</translation>
    </message>
    <message>
        <source>Affiche l&apos;en-tête des documents (intitulé, timbre, affaire suivie par, signataire et délégation, lieu, adresse) ou en change des valeurs. Les valeurs inconnues valent « à compléter ».</source>
        <translation>Shows the letterhead of the documents (heading, department stamp, case officer, signatory and delegation, place, address) or changes its values. Unknown values read “to be completed”.</translation>
    </message>
    <message>
        <source>Sortie JSON.</source>
        <translation>JSON output.</translation>
    </message>
    <message>
        <source>Donne VALEUR à CLÉ (répétable).</source>
        <translation>Sets KEY to VALUE (repeatable).</translation>
    </message>
    <message>
        <source>CLÉ=VALEUR</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>affiche ou change l&apos;en-tête des documents</source>
        <translation>shows or changes the letterhead of the documents</translation>
    </message>
    <message>
        <source>--set attend CLÉ=VALEUR, pas « %1 ».</source>
        <translation>--set expects KEY=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>En-tête mis à jour : %1.
</source>
        <translation>Letterhead updated: %1.
</translation>
    </message>
    <message>
        <source>Produit en PDF les documents des décisions (arrêté et lettre de notification d&apos;une attribution, lettre de refus ou de classement sans suite), un fichier par document. Sans --issue, ce sont des projets non numérotés ; avec --issue, chaque document est émis : numéroté au registre, figé dans le classeur.</source>
        <translation>Produces the documents of the decisions as PDF (the order and the notification letter of a grant, the letter of a refusal or of no further action), one file per document. Without --issue they are unnumbered drafts; with --issue each document is issued: numbered in the register, frozen in the workspace.</translation>
    </message>
    <message>
        <source>Les décisions d&apos;une séance du comité.</source>
        <translation>The decisions of a committee session.</translation>
    </message>
    <message>
        <source>Le dossier (répétable).</source>
        <translation>The application (repeatable).</translation>
    </message>
    <message>
        <source>Dossier où écrire les PDF.</source>
        <translation>Folder to write the PDFs to.</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Écrit aussi tous les documents dans ce PDF.</source>
        <translation>Also writes all the documents into this PDF.</translation>
    </message>
    <message>
        <source>Émet les documents (numéro au registre, copie figée).</source>
        <translation>Issues the documents (register number, frozen copy).</translation>
    </message>
    <message>
        <source>Date des documents (aujourd&apos;hui par défaut).</source>
        <translation>Date of the documents (today by default).</translation>
    </message>
    <message>
        <source>AAAA-MM-JJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>produit ou émet les arrêtés et lettres des décisions (PDF)</source>
        <translation>produces or issues the orders and letters of the decisions (PDF)</translation>
    </message>
    <message>
        <source>--session ou --dossier, pas les deux.</source>
        <translation>--session or --dossier, not both.</translation>
    </message>
    <message>
        <source>--dossier ou --session est obligatoire.</source>
        <translation>--dossier or --session is required.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) émis</source>
        <translation>
            <numerusform>%n document issued</numerusform>
            <numerusform>%n documents issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projet(s) écrit(s)</source>
        <translation>
            <numerusform>%n draft written</numerusform>
            <numerusform>%n drafts written</numerusform>
        </translation>
    </message>
    <message>
        <source> dans %1.
</source>
        <translation> in %1.
</translation>
    </message>
    <message>
        <source>FICHIER.guichet [--json] [--format csv|xlsx --output FICHIER]</source>
        <translation>FILE.guichet [--json] [--format csv|xlsx --output FILE]</translation>
    </message>
    <message>
        <source>Liste le registre des documents émis, dans l&apos;ordre d&apos;émission : numéro, date, nature, dossier, empreinte SHA-256 ; ou l&apos;exporte en CSV ou XLSX.</source>
        <translation>Lists the register of issued documents in the order of issue: number, date, kind, application, SHA-256 digest; or exports it as CSV or XLSX.</translation>
    </message>
    <message>
        <source>Sortie JSON (clés number, date, kind, dossier, sha256).</source>
        <translation>JSON output (keys number, date, kind, dossier, sha256).</translation>
    </message>
    <message>
        <source>liste ou exporte le registre des documents émis</source>
        <translation>lists or exports the register of issued documents</translation>
    </message>
    <message>
        <source>Registre des documents écrit : %1
</source>
        <translation>Register of documents written: %1
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --number NUM --output FICHIER</source>
        <translation>FILE.guichet --number NUM --output FILE</translation>
    </message>
    <message>
        <source>Réimprime un document émis : la copie figée dans le classeur, octet pour octet.</source>
        <translation>Reprints an issued document: the copy frozen in the workspace, byte for byte.</translation>
    </message>
    <message>
        <source>Numéro au registre (ex. : 2021-ARR-0007).</source>
        <translation>Register number (e.g. 2021-ARR-0007).</translation>
    </message>
    <message>
        <source>réimprime un document émis, identique</source>
        <translation>reprints an issued document, identical</translation>
    </message>
    <message>
        <source>--number et --output sont obligatoires.</source>
        <translation>--number and --output are required.</translation>
    </message>
    <message>
        <source>Aucun document n° « %1 » au registre.</source>
        <translation>No document no. “%1” in the register.</translation>
    </message>
    <message>
        <source>Document %1 réimprimé : %2 (SHA-256 %3)
</source>
        <translation>Document %1 reprinted: %2 (SHA-256 %3)
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N --output FICHIER.pdf|FICHIER.odt [--issue]</source>
        <translation>FILE.guichet --session N --output FILE.pdf|FILE.odt [--issue]</translation>
    </message>
    <message>
        <source>Écrit le compte rendu d&apos;une séance du comité (avis sur chaque dossier, écarts au classement, enveloppe avant et après), en PDF ou en ODT modifiable dans LibreOffice. Un projet se régénère à volonté ; --issue émet le PDF d&apos;une séance validée : numéroté au registre, figé.</source>
        <translation>Writes the minutes of a committee session (the opinion on each application, departures from the ranking, the envelope before and after), as PDF or as ODT editable in LibreOffice. A draft can be regenerated at will; --issue issues the PDF of a validated session: numbered in the register, frozen.</translation>
    </message>
    <message>
        <source>Fichier à écrire (.pdf ou .odt).</source>
        <translation>File to write (.pdf or .odt).</translation>
    </message>
    <message>
        <source>Émet le compte rendu (PDF seulement).</source>
        <translation>Issues the minutes (PDF only).</translation>
    </message>
    <message>
        <source>écrit le compte rendu d&apos;une séance du comité (PDF ou ODT)</source>
        <translation>writes the minutes of a committee session (PDF or ODT)</translation>
    </message>
    <message>
        <source>--output attend un fichier .pdf ou .odt.</source>
        <translation>--output expects a .pdf or .odt file.</translation>
    </message>
    <message>
        <source>--issue émet le PDF : le compte rendu figé est un PDF.</source>
        <translation>--issue issues the PDF: the frozen minutes are a PDF.</translation>
    </message>
    <message>
        <source>Projet de compte rendu écrit : %1
</source>
        <translation>Draft minutes written: %1
</translation>
    </message>
    <message>
        <source>Compte rendu émis : n° %1, %2
</source>
        <translation>Minutes issued: no. %1, %2
</translation>
    </message>
    <message>
        <source>La fiche d&apos;instruction de ce dossier.</source>
        <translation>The review sheet of this application.</translation>
    </message>
    <message>
        <source>La grille de sélection.</source>
        <translation>The selection grid.</translation>
    </message>
    <message>
        <source>Grille : seulement ce sous-axe (ex. : 3a).</source>
        <translation>Grid: only this sub-axis (e.g. 3a).</translation>
    </message>
    <message>
        <source>Fichier PDF à écrire.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>sous-axe inconnu : « %1 ».</source>
        <translation>unknown sub-axis: “%1”.</translation>
    </message>
    <message>
        <source>PDF écrit : %1
</source>
        <translation>PDF written: %1
</translation>
    </message>
    <message>
        <source>FICHIER.guichet --what grid|list|ledger|decisions --format csv|csv-excel|xlsx --output FICHIER [--subaxis CODE] [--eligibility VERDICT]</source>
        <translation>FILE.guichet --what grid|list|ledger|decisions --format csv|csv-excel|xlsx --output FILE [--subaxis CODE] [--eligibility VERDICT]</translation>
    </message>
    <message>
        <source>Exporte la grille de sélection (grid : dossiers dans l&apos;ordre du classement, moyenne, min et max par critère, note pondérée, rang, désaccords), la liste des dossiers (list : colonnes et ordre de la liste à l&apos;ouverture, par date de dépôt) ou le registre de l&apos;enveloppe (ledger : un mouvement par ligne) ou les décisions (decisions : un dossier décidé par ligne, pour démarches-simplifiées). csv : CSV UTF-8 à virgules et point décimal, pour les scripts ; csv-excel : CSV pour un tableur en français (BOM UTF-8, point-virgule, virgule décimale) ; xlsx : classeur, nombres en cellules numériques.</source>
        <translation>Exports the selection grid (grid: applications in ranking order, mean, min and max per criterion, weighted score, rank, disagreements), the application list (list: the columns and order of the list when opened, by filing date), the ledger of the envelope (ledger: one entry per row) or the decisions (decisions: one decided application per row, for démarches-simplifiées). csv: UTF-8 CSV with commas and decimal point, for scripts; csv-excel: CSV for a French spreadsheet (UTF-8 BOM, semicolon, decimal comma); xlsx: workbook, numbers in numeric cells.</translation>
    </message>
    <message>
        <source>grid (la grille), list (la liste), ledger (le registre) ou decisions (les décisions).</source>
        <translation>grid (the grid), list (the list), ledger (the ledger) or decisions (the decisions).</translation>
    </message>
    <message>
        <source>--subaxis ne s&apos;emploie pas avec --what decisions.</source>
        <translation>--subaxis does not go with --what decisions.</translation>
    </message>
    <message>
        <source>les décisions s&apos;exportent en csv ou en xlsx.</source>
        <translation>decisions are exported as csv or xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>Décisions écrites : %1 (%n dossier(s))
</source>
        <translation>
            <numerusform>Decisions written: %1 (%n application)
</numerusform>
            <numerusform>Decisions written: %1 (%n applications)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Vérifie un classeur sans rien y écrire : intégrité du fichier SQLite, clés étrangères, chaîne d&apos;empreintes du journal, règles du registre de l&apos;enveloppe. Affiche la tête de la chaîne du journal.</source>
        <translation>Checks a workspace without writing to it: integrity of the SQLite file, foreign keys, the audit log&apos;s hash chain, the rules of the envelope&apos;s ledger. Prints the head of the audit chain.</translation>
    </message>
    <message>
        <source>vérifie un classeur (intégrité, journal, registre)</source>
        <translation>checks a workspace (integrity, audit log, ledger)</translation>
    </message>
    <message>
        <source>Tête de la chaîne du journal : ligne %1, SHA-256 %2
</source>
        <translation>Head of the audit chain: row %1, SHA-256 %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n anomalie(s) trouvée(s).</source>
        <translation>
            <numerusform>%1: %n anomaly found.</numerusform>
            <numerusform>%1: %n anomalies found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : tous les contrôles sont bons.
</source>
        <translation>%1: every check passed.
</translation>
    </message>
    <message>
        <source>FICHIER.guichet (--session N | --dossier D...) --output DOSSIER [--combined FICHIER.pdf] [--issue [--correct]] [--date AAAA-MM-JJ]</source>
        <translation>FILE.guichet (--session N | --dossier D...) --output FOLDER [--combined FILE.pdf] [--issue [--correct]] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Avec --issue : émet des corrections, chacune citant et remplaçant le document émis en dernier (qui reste au registre).</source>
        <translation>With --issue: issues corrections, each citing and replacing the document issued last (which stays in the register).</translation>
    </message>
    <message>
        <source>--correct va avec --issue : une correction est émise.</source>
        <translation>--correct goes with --issue: a correction is issued.</translation>
    </message>
    <message>
        <source>--differs attend « DOSSIER;attribution|refus|sans_suite;[CENTIMES];MOTIF », pas « %1 ».</source>
        <translation>--differs expects “DOSSIER;attribution|refus|sans_suite;[CENTS];REASON”, not “%1”.</translation>
    </message>
    <message>
        <source>--differs « %1 » : un montant en centimes positif, pour une attribution seulement.</source>
        <translation>--differs “%1”: a positive amount in cents, for a grant only.</translation>
    </message>
    <message>
        <source>FICHIER.guichet --session N [--justification TEXTE] [--date AAAA-MM-JJ] [--differs &quot;DOSSIER;attribution|refus|sans_suite;[CENTIMES];MOTIF&quot;]...</source>
        <translation>FILE.guichet --session N [--justification TEXT] [--date YYYY-MM-DD] [--differs &quot;DOSSIER;attribution|refus|sans_suite;[CENTS];REASON&quot;]...</translation>
    </message>
    <message>
        <source>Prend les décisions d&apos;une séance validée : chaque avis favorable devient une attribution du montant de l&apos;avis, toutes ou aucune. --differs (répétable) prend sur un dossier une autre décision que celle de l&apos;avis (autre montant, refus, classement sans suite, ou un refus après un avis défavorable), avec son motif quand elle diffère de l&apos;avis. Au-delà de l&apos;enveloppe, les décisions demandent ensemble une --justification.</source>
        <translation>Takes the decisions of a validated session: each favourable opinion becomes a grant of the opinion&apos;s amount, all or none. --differs (repeatable) takes on an application another decision than the opinion&apos;s (another amount, a refusal, no further action, or a refusal after an unfavourable opinion), with its reason when it differs from the opinion. Beyond the envelope, the decisions together need a --justification.</translation>
    </message>
    <message>
        <source>Une décision qui n&apos;est pas celle de l&apos;avis : dossier, décision, montant en centimes (pour une attribution ; celui de l&apos;avis si vide), motif.</source>
        <translation>A decision other than the opinion&apos;s: application, decision, amount in cents (for a grant; the opinion&apos;s when empty), reason.</translation>
    </message>
    <message>
        <source>DOSSIER;DÉCISION;CENTIMES;MOTIF</source>
        <translation>DOSSIER;DECISION;CENTS;REASON</translation>
    </message>
    <message>
        <source>FICHIER.guichet (--dossier D | --grid [--subaxis CODE] | --session N) --output FICHIER.pdf</source>
        <translation>FILE.guichet (--dossier D | --grid [--subaxis CODE] | --session N) --output FILE.pdf</translation>
    </message>
    <message>
        <source>Écrit en PDF la fiche d&apos;instruction d&apos;un dossier (éligibilité et motifs, notes et consolidation, proposition et sa base, historique), la grille de sélection ou l&apos;ordre du jour d&apos;une séance du comité.</source>
        <translation>Writes as PDF the review sheet of an application (eligibility and reasons, scores and consolidation, proposal and its basis, history), the selection grid or the agenda of a committee session.</translation>
    </message>
    <message>
        <source>L&apos;ordre du jour de cette séance.</source>
        <translation>The agenda of this session.</translation>
    </message>
    <message>
        <source>écrit en PDF la fiche d&apos;instruction d&apos;un dossier, la grille ou l&apos;ordre du jour d&apos;une séance</source>
        <translation>writes as PDF an application&apos;s review sheet, the grid or a session&apos;s agenda</translation>
    </message>
    <message>
        <source>--dossier, --grid ou --session, l&apos;un des trois.</source>
        <translation>--dossier, --grid or --session, one of the three.</translation>
    </message>
    <message>
        <source>Supprime une séance créée par erreur : la dernière, tant qu&apos;elle n&apos;est pas validée et n&apos;a ni avis ni déport.</source>
        <translation>Deletes a session created by mistake: the latest one, while it is not validated and has no opinion and no recusal.</translation>
    </message>
    <message>
        <source>supprime une séance créée par erreur</source>
        <translation>deletes a session created by mistake</translation>
    </message>
    <message>
        <source>Séance n° %1 supprimée.
</source>
        <translation>Session %1 deleted.
</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>Favorable</source>
        <translation>Favourable</translation>
    </message>
    <message>
        <source>Favorable sous réserve</source>
        <translation>Favourable with reservations</translation>
    </message>
    <message>
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <source>Ajourné</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>écart au classement</source>
        <translation>departs from the ranking</translation>
    </message>
    <message>
        <source>montant inférieur à la proposition</source>
        <translation>amount below the proposal</translation>
    </message>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Could not write to the workspace: %1</translation>
    </message>
    <message>
        <source>quitte la salle</source>
        <translation>leaves the room</translation>
    </message>
    <message>
        <source>revient en séance</source>
        <translation>returns to the room</translation>
    </message>
    <message>
        <source>depuis la séance du %1</source>
        <translation>since the session of %1</translation>
    </message>
    <message>
        <source>depuis l&apos;ouverture du guichet</source>
        <translation>since the window opened</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) déposé(s) %1</source>
        <translation>
            <numerusform>%n application filed %1</numerusform>
            <numerusform>%n applications filed %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Une séance est déjà convoquée le %1 (%2).</source>
        <translation>A session is already convened on %1 (%2).</translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est due : aucun dossier n&apos;a encore été déposé.</source>
        <translation>No session is due: no application has been filed yet.</translation>
    </message>
    <message>
        <source>Une séance est due : %1, le seuil du programme est de %2.</source>
        <translation>A session is due: %1, the programme&apos;s threshold is %2.</translation>
    </message>
    <message>
        <source>Une séance est due : la dernière s&apos;est tenue le %1, il y a un mois ou plus (échéance du %2) ; %3.</source>
        <translation>A session is due: the last one was held on %1, a month ago or more (due on %2); %3.</translation>
    </message>
    <message>
        <source>Une séance est due : le premier dossier a été déposé le %1, il y a un mois ou plus (échéance du %2) ; %3.</source>
        <translation>A session is due: the first application was filed on %1, a month ago or more (due on %2); %3.</translation>
    </message>
    <message>
        <source> sur les %1 qui la rendent due</source>
        <translation> of the %1 that make it due</translation>
    </message>
    <message>
        <source>Pas encore de séance due : %1%2 ; échéance mensuelle le %3.</source>
        <translation>No session due yet: %1%2; monthly due date %3.</translation>
    </message>
    <message>
        <source>sans objet</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>atteint (%1 membres présents ou représentés, %2 requis)</source>
        <translation>reached (%1 members present or represented, %2 required)</translation>
    </message>
    <message>
        <source>non atteint (%1 membres présents ou représentés, %2 requis)</source>
        <translation>not reached (%1 members present or represented, %2 required)</translation>
    </message>
    <message>
        <source>Séance n° %1 du %2</source>
        <translation>Session %1 of %2</translation>
    </message>
    <message>
        <source> à %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <source>Aucune séance n° %1 dans ce classeur.</source>
        <translation>No session %1 in this workspace.</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;est pas validée : le président la valide avant que les décisions soient prises.</source>
        <translation>Session %1 is not validated: the chair validates it before the decisions are taken.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas d&apos;avis dans la séance n° %2.</source>
        <translation>Application %1 has no opinion in session %2.</translation>
    </message>
    <message>
        <source>séance n° %1</source>
        <translation>session %1</translation>
    </message>
    <message>
        <source>avis %1 de la séance n° %2</source>
        <translation>%1 opinion of session %2</translation>
    </message>
    <message>
        <source>La décision sur le dossier %1 diffère de l&apos;avis du comité (%2) : donnez-en le motif.</source>
        <translation>The decision on application %1 differs from the committee&apos;s opinion (%2): give the reason.</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;a aucun avis favorable qui attende une décision.</source>
        <translation>Session %1 has no favourable opinion awaiting a decision.</translation>
    </message>
    <message>
        <source>Les décisions de la séance n° %1 dépasseraient l&apos;enveloppe de %2 (engagé %3 + %4 pour une enveloppe de %5) : une justification écrite est nécessaire ; rien n&apos;a été décidé.</source>
        <translation>The decisions of session %1 would exceed the envelope by %2 (committed %3 + %4 for an envelope of %5): a written justification is required; nothing was decided.</translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) prise(s), %1 engagés</source>
        <translation>
            <numerusform>%n decision taken, %1 committed</numerusform>
            <numerusform>%n decisions taken, %1 committed</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenir sur les décisions d&apos;une séance demande un motif.</source>
        <translation>Undoing a session&apos;s decisions needs a reason.</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;a aucune décision en vigueur à annuler.</source>
        <translation>Session %1 has no decision in force to cancel.</translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) annulée(s) : %1</source>
        <translation>
            <numerusform>%n decision cancelled: %1</numerusform>
            <numerusform>%n decisions cancelled: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Une séance a une date (AAAA-MM-JJ).</source>
        <translation>A session has a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Une séance a un président.</source>
        <translation>A session has a chair.</translation>
    </message>
    <message>
        <source>Chaque membre de la séance a un nom.</source>
        <translation>Every member of the session has a name.</translation>
    </message>
    <message>
        <source>%1 figure deux fois parmi les membres.</source>
        <translation>%1 appears twice among the members.</translation>
    </message>
    <message>
        <source>La séance n° %1 est validée : ses avis ne changent plus que par un amendement motivé.</source>
        <translation>Session %1 is validated: its opinions change only through an amendment with a reason.</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;est pas encore validée.</source>
        <translation>Session %1 is not validated yet.</translation>
    </message>
    <message>
        <source>Le nouvel ordre doit reprendre chaque dossier de l&apos;ordre du jour une fois.</source>
        <translation>The new order must list every application of the agenda once.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;est pas à l&apos;ordre du jour de la séance n° %2.</source>
        <translation>Application %1 is not on the agenda of session %2.</translation>
    </message>
    <message>
        <source>Un avis favorable sur le dossier %1 a un montant positif.</source>
        <translation>A favourable opinion on application %1 has a positive amount.</translation>
    </message>
    <message>
        <source>Le montant de l&apos;avis (%1) dépasse le montant sollicité (%2).</source>
        <translation>The opinion&apos;s amount (%1) exceeds the amount requested (%2).</translation>
    </message>
    <message>
        <source>Un avis défavorable ou un ajournement n&apos;a pas de montant.</source>
        <translation>An unfavourable opinion or a postponement has no amount.</translation>
    </message>
    <message>
        <source>L&apos;avis sur le dossier %1 s&apos;écarte de l&apos;instruction (%2) : donnez-en le motif.</source>
        <translation>The opinion on application %1 departs from the review (%2): give the reason.</translation>
    </message>
    <message>
        <source>« Toutes les propositions » donne un avis favorable, avec ou sans réserve.</source>
        <translation>“All the proposals” gives a favourable opinion, with or without reservations.</translation>
    </message>
    <message>
        <source>L&apos;avis favorable sur le dossier %1 s&apos;écarte de l&apos;instruction (%2) : donnez-en le motif.</source>
        <translation>The favourable opinion on application %1 departs from the review (%2): give the reason.</translation>
    </message>
    <message>
        <source>Tous les dossiers de l&apos;ordre du jour de la séance n° %1 ont déjà un avis.</source>
        <translation>Every application on the agenda of session %1 already has an opinion.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas membre de la séance n° %2.</source>
        <translation>%1 is not a member of session %2.</translation>
    </message>
    <message>
        <source>Quorum %1 : la séance n° %2 ne peut être validée.</source>
        <translation>Quorum %1: session %2 cannot be validated.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas d&apos;avis : donnez-en un (au besoin « ajourné ») avant de valider la séance.</source>
        <translation>Application %1 has no opinion: give one (“postponed” if need be) before validating the session.</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;a aucun avis : rien à valider.</source>
        <translation>Session %1 has no opinion: nothing to validate.</translation>
    </message>
    <message numerus="yes">
        <source>%n avis, quorum %1</source>
        <translation>
            <numerusform>%n opinion, quorum %1</numerusform>
            <numerusform>%n opinions, quorum %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Un amendement après validation demande un motif.</source>
        <translation>An amendment after validation needs a reason.</translation>
    </message>
    <message>
        <source>présent(e)</source>
        <translation>present</translation>
    </message>
    <message>
        <source>excusé(e)</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>représenté(e)</source>
        <translation>represented</translation>
    </message>
    <message>
        <source>La séance n° %1 se tient le %2 : les séances sont numérotées dans l&apos;ordre où elles se tiennent, celle-ci ne peut être datée du %3.</source>
        <translation>Session %1 is held on %2: sessions are numbered in the order they are held, this one cannot be dated %3.</translation>
    </message>
    <message>
        <source>La séance n° %1 ne peut être supprimée : la séance n° %2 a été créée après elle, et les séances restent numérotées sans trou.</source>
        <translation>Session %1 cannot be deleted: session %2 was created after it, and sessions stay numbered without gaps.</translation>
    </message>
    <message>
        <source>La séance n° %1 ne peut être supprimée : le comité y a déjà donné des avis ou enregistré des déports.</source>
        <translation>Session %1 cannot be deleted: the committee has already given opinions or recorded recusals in it.</translation>
    </message>
</context>
<context>
    <name>ConflictCommand</name>
    <message>
        <source>Lien de %1 avec %2</source>
        <translation>Link of %1 with %2</translation>
    </message>
    <message>
        <source>déclaration annulée (Ctrl+Z)</source>
        <translation>declaration undone (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Retrait du lien de %1 avec %2</source>
        <translation>Withdrawal of the link of %1 with %2</translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <source>Décision sur le dossier %1</source>
        <translation>Decision on application %1</translation>
    </message>
    <message>
        <source>annulation (Ctrl+Z)</source>
        <translation>undone (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>DecisionLetters</name>
    <message>
        <source>Dossier %1 introuvable dans le classeur.</source>
        <translation>Application %1 not found in the workspace.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas de décision en vigueur au registre de l&apos;enveloppe : pas de lettre à produire.</source>
        <translation>Application %1 has no decision in force in the ledger of the envelope: no letter to produce.</translation>
    </message>
    <message>
        <source>Vu l&apos;avis du comité de sélection du %1 ;</source>
        <translation>Having regard to the opinion of the selection committee of %1;</translation>
    </message>
    <message>
        <source>Le présent arrêté annule et remplace l&apos;arrêté n° %1 du %2.</source>
        <translation>This order cancels and replaces order no. %1 of %2.</translation>
    </message>
    <message>
        <source>La présente lettre annule et remplace la lettre n° %1 du %2.</source>
        <translation>This letter cancels and replaces letter no. %1 of %2.</translation>
    </message>
    <message>
        <source>Vu le décret du %1 portant nomination de %2 en qualité de %3 ;</source>
        <translation>Having regard to the decree of %1 appointing %2 as %3;</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Projet porté seul : sans objet.</source>
        <translation>Project led by a single applicant: not applicable.</translation>
    </message>
    <message>
        <source>Vu dans la délibération jointe.</source>
        <translation>Seen in the attached council resolution.</translation>
    </message>
    <message>
        <source>Très convaincant.</source>
        <translation>Very convincing.</translation>
    </message>
    <message>
        <source>Insuffisamment étayé.</source>
        <translation>Insufficiently substantiated.</translation>
    </message>
    <message>
        <source>Plan de financement à confirmer.</source>
        <translation>Financing plan to be confirmed.</translation>
    </message>
    <message>
        <source>Taux modulé : projet en partie financé par l&apos;EPCI.</source>
        <translation>Rate adjusted: project partly funded by the EPCI.</translation>
    </message>
    <message>
        <source>Devis révisé à la baisse.</source>
        <translation>Quote revised downwards.</translation>
    </message>
    <message>
        <source>Projet abandonné par la commune (délibération du 6 septembre).</source>
        <translation>Project abandoned by the municipality (council decision of 6 September).</translation>
    </message>
    <message>
        <source>Projet sans effet concret pour l&apos;usager avant fin 2022.</source>
        <translation>Project without a concrete effect for users before the end of 2022.</translation>
    </message>
    <message>
        <source>Comité de septembre</source>
        <translation>September committee</translation>
    </message>
    <message>
        <source>Priorité aux projets 3c</source>
        <translation>3c projects first</translation>
    </message>
    <message>
        <source>Secrétaire général de la préfecture</source>
        <translation>Secretary general of the prefecture</translation>
    </message>
    <message>
        <source>Sous-préfète de Belley</source>
        <translation>Sub-prefect of Belley</translation>
    </message>
    <message>
        <source>Directeur départemental des finances publiques</source>
        <translation>Departmental director of public finances</translation>
    </message>
    <message>
        <source>Conseillère départementale</source>
        <translation>Departmental councillor</translation>
    </message>
    <message>
        <source>Président de l&apos;association des maires de l&apos;Ain</source>
        <translation>President of the Ain mayors&apos; association</translation>
    </message>
    <message>
        <source>Préfecture de l&apos;Ain, salle des commissions</source>
        <translation>Prefecture of the Ain, committee room</translation>
    </message>
    <message>
        <source>La préfète de l&apos;Ain</source>
        <translation>The prefect of the Ain</translation>
    </message>
    <message>
        <source>séance de démonstration</source>
        <translation>demonstration session</translation>
    </message>
    <message>
        <source>Maire de la commune</source>
        <translation>Mayor of the commune</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>Affaire suivie par : %1&lt;br/&gt;Tél. : %2&lt;br/&gt;Courriel : %3</source>
        <translation>Case officer: %1&lt;br/&gt;Tel.: %2&lt;br/&gt;E-mail: %3</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Could not write to the workspace: %1</translation>
    </message>
    <message>
        <source>Arrêté attributif</source>
        <translation>Grant order</translation>
    </message>
    <message>
        <source>Lettre de notification</source>
        <translation>Notification letter</translation>
    </message>
    <message>
        <source>Lettre de refus ou de classement sans suite</source>
        <translation>Letter of refusal or of no further action</translation>
    </message>
    <message>
        <source>Compte rendu du comité</source>
        <translation>Committee minutes</translation>
    </message>
    <message>
        <source>Document à émettre incomplet (série ou date).</source>
        <translation>Document to issue is incomplete (series or date).</translation>
    </message>
    <message>
        <source>%1 a déjà son document « %2 » : n° %3 du %4. Une correction est un nouveau document qui cite celui qu&apos;il remplace.</source>
        <translation>%1 already has its document “%2”: no. %3 of %4. A correction is a new document that cites the one it replaces.</translation>
    </message>
    <message>
        <source>Le dossier %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>La séance n° %1</source>
        <translation>Session no. %1</translation>
    </message>
    <message>
        <source>Le document remplacé n° %1 n&apos;est pas au registre.</source>
        <translation>The replaced document no. %1 is not in the register.</translation>
    </message>
    <message>
        <source>lecture du registre</source>
        <translation>reading the register</translation>
    </message>
</context>
<context>
    <name>DocumentSettingCommand</name>
    <message>
        <source>En-tête des documents</source>
        <translation>Letterhead of the documents</translation>
    </message>
    <message>
        <source>Modèle « %1 »</source>
        <translation>Template “%1”</translation>
    </message>
</context>
<context>
    <name>DocumentSheets</name>
    <message>
        <source>Registre des actes</source>
        <translation>Register of issued documents</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Émis le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Émis par</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Remplace</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Numéro de dossier DS</source>
        <translation>DS application number</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Date de la décision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Montant attribué</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Numéros au registre</source>
        <translation>Register numbers</translation>
    </message>
</context>
<context>
    <name>DocumentTemplates</name>
    <message>
        <source>Arrêté attributif</source>
        <translation>Grant order</translation>
    </message>
    <message>
        <source>Lettre de notification</source>
        <translation>Notification letter</translation>
    </message>
    <message>
        <source>Lettre de refus : projet non éligible</source>
        <translation>Refusal letter: project not eligible</translation>
    </message>
    <message>
        <source>Lettre de refus : dossier incomplet</source>
        <translation>Refusal letter: incomplete application</translation>
    </message>
    <message>
        <source>Lettre de refus : projet non retenu</source>
        <translation>Refusal letter: project not selected</translation>
    </message>
    <message>
        <source>Lettre de classement sans suite</source>
        <translation>Letter of no further action</translation>
    </message>
    <message>
        <source>Voies et délais de recours</source>
        <translation>Means and time limits of appeal</translation>
    </message>
    <message>
        <source>Mentions sur la protection des données</source>
        <translation>Data protection notice</translation>
    </message>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Could not write to the workspace: %1</translation>
    </message>
    <message>
        <source>Le modèle « %1 » ne peut pas être vide.</source>
        <translation>The template “%1” cannot be empty.</translation>
    </message>
</context>
<context>
    <name>DossierList</name>
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
    <message>
        <source>Éligibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Note /100</source>
        <translation>Score /100</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Applications</translation>
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
    <message>
        <source>Le classeur est endommagé : ses dossiers n&apos;ont pas pu être lus (%1).</source>
        <translation>The workspace is damaged: its applications could not be read (%1).</translation>
    </message>
    <message>
        <source>Lecture des dossiers impossible : %1</source>
        <translation>Cannot read the applications: %1</translation>
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
        <source>Impossible d&apos;écrire %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>dépenses de personnel</source>
        <translation>staff costs</translation>
    </message>
    <message>
        <source>équipements informatiques des agents</source>
        <translation>IT equipment for staff</translation>
    </message>
    <message>
        <source>licences d&apos;éditeurs hors UE</source>
        <translation>licences from non-EU vendors</translation>
    </message>
    <message>
        <source>Éligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Non éligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>À compléter</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>%1 : type de demandeur admis.</source>
        <translation>%1: applicant type accepted.</translation>
    </message>
    <message>
        <source>%1 : seuls sont admis %2.</source>
        <translation>%1: only %2 are accepted.</translation>
    </message>
    <message>
        <source>Population inconnue.</source>
        <translation>Population unknown.</translation>
    </message>
    <message>
        <source>%1 habitants (plafond : %2).</source>
        <translation>%1 inhabitants (ceiling: %2).</translation>
    </message>
    <message>
        <source>Date de début non renseignée.</source>
        <translation>No start date given.</translation>
    </message>
    <message>
        <source>Date de fin non renseignée.</source>
        <translation>No end date given.</translation>
    </message>
    <message>
        <source>Début prévu le %1 (au plus tard le %2).</source>
        <translation>Planned start %1 (at the latest %2).</translation>
    </message>
    <message>
        <source>Fin prévue le %1 (au plus tard le %2).</source>
        <translation>Planned end %1 (at the latest %2).</translation>
    </message>
    <message>
        <source>Aucune dépense exclue (%1).</source>
        <translation>No excluded expense (%1).</translation>
    </message>
    <message>
        <source>%1 : %2, dépenses exclues du financement.</source>
        <translation>%1: %2, expenses the fund excludes.</translation>
    </message>
    <message>
        <source>Coût total nul : part impossible à calculer.</source>
        <translation>Total cost is zero: the share cannot be computed.</translation>
    </message>
    <message>
        <source>%1 : %2, soit %3 % du coût (au plus %4 %).</source>
        <translation>%1: %2, that is %3 % of the cost (at most %4 %).</translation>
    </message>
    <message>
        <source>Montant sollicité %1 pour un coût de %2.</source>
        <translation>Requested amount %1 for a cost of %2.</translation>
    </message>
    <message>
        <source>À vérifier par l&apos;instructeur.</source>
        <translation>To be checked by the instructor.</translation>
    </message>
    <message>
        <source>Conforme</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Non conforme</source>
        <translation>Not compliant</translation>
    </message>
    <message>
        <source>Point d&apos;attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>%1 (automatique : %2) — décision de %3 : %4</source>
        <translation>%1 (automatic: %2) — decision by %3: %4</translation>
    </message>
    <message>
        <source>%1 — décision de %2.</source>
        <translation>%1 — decision by %2.</translation>
    </message>
    <message>
        <source>%1 — décision de %2 : %3</source>
        <translation>%1 — decision by %2: %3</translation>
    </message>
</context>
<context>
    <name>EligibilityCommand</name>
    <message numerus="yes">
        <source>Éligibilité du dossier %1 (%n décision(s))</source>
        <translation>
            <numerusform>Eligibility of application %1 (%n decision)</numerusform>
            <numerusform>Eligibility of application %1 (%n decisions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (Excel) (*.csv)</source>
        <translation>CSV (Excel) (*.csv)</translation>
    </message>
    <message>
        <source>CSV (UTF-8, virgule) (*.csv)</source>
        <translation>CSV (UTF-8, comma) (*.csv)</translation>
    </message>
    <message>
        <source>Exporté dans %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>N° de dossier (ID)</source>
        <translation>Application no. (ID)</translation>
    </message>
    <message>
        <source>État du dossier</source>
        <translation>Application status</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Archivé / À archiver</source>
        <translation>Archived / To be archived</translation>
    </message>
    <message>
        <source>SIRET du demandeur</source>
        <translation>Applicant SIRET</translation>
    </message>
    <message>
        <source>SIREN du demandeur</source>
        <translation>Applicant SIREN</translation>
    </message>
    <message>
        <source>Raison sociale du demandeur</source>
        <translation>Applicant company name</translation>
    </message>
    <message>
        <source>Code INSEE du demandeur</source>
        <translation>Applicant INSEE code</translation>
    </message>
    <message>
        <source>%1, ligne %2 : %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Impossible de lire %1 : %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1 est vide.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 ne contient aucun dossier (export vide).</source>
        <translation>%1 contains no applications (empty export).</translation>
    </message>
    <message>
        <source>guillemet ouvert jamais refermé</source>
        <translation>quote opened but never closed</translation>
    </message>
    <message>
        <source>guillemet inattendu au milieu d&apos;un champ</source>
        <translation>unexpected quote in the middle of a field</translation>
    </message>
    <message>
        <source>%1 colonnes au lieu des %2 de l&apos;en-tête</source>
        <translation>%1 columns instead of the %2 in the header</translation>
    </message>
    <message>
        <source>Le classeur est ouvert en lecture seule : import impossible.</source>
        <translation>The workspace is open read-only: cannot import.</translation>
    </message>
    <message>
        <source>Impossible de commencer l&apos;import : %1</source>
        <translation>Could not start the import: %1</translation>
    </message>
    <message>
        <source>%1 : aucune colonne ne correspond à %2. Associez les colonnes dans Guichet (Fichier &gt; Importer…) ou adaptez le profil du programme.</source>
        <translation>%1: no column found for %2. Map the columns in Guichet (File &gt; Import…) or adjust the programme profile.</translation>
    </message>
    <message>
        <source>Import annulé : le classeur n&apos;a pas été modifié.</source>
        <translation>Import cancelled: the workspace has not been modified.</translation>
    </message>
    <message>
        <source>%1, ligne %2 : le dossier %3 apparaît deux fois.</source>
        <translation>%1, line %2: application %3 appears twice.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer l&apos;import : %1</source>
        <translation>Could not save the import: %1</translation>
    </message>
    <message>
        <source>colonne %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1, ligne %2, colonne « %3 » : valeur « %4 » : %5</source>
        <translation>%1, line %2, column ‘%3’: value ‘%4’: %5</translation>
    </message>
    <message>
        <source>numéro de dossier invalide</source>
        <translation>invalid application number</translation>
    </message>
    <message>
        <source>montant obligatoire</source>
        <translation>amount required</translation>
    </message>
    <message>
        <source>montant invalide</source>
        <translation>invalid amount</translation>
    </message>
    <message>
        <source>montant négatif</source>
        <translation>negative amount</translation>
    </message>
    <message>
        <source>date invalide (AAAA-MM-JJ attendu)</source>
        <translation>invalid date (YYYY-MM-DD expected)</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>Demandeur non identifié</source>
        <translation>Unidentified applicant</translation>
    </message>
    <message>
        <source>état de dossier inconnu</source>
        <translation>unknown application status</translation>
    </message>
    <message>
        <source>date de dépôt invalide (AAAA-MM-JJ hh:mm:ss +0100 attendu)</source>
        <translation>invalid filing date (YYYY-MM-DD hh:mm:ss +0100 expected)</translation>
    </message>
    <message>
        <source>true ou false attendu</source>
        <translation>true or false expected</translation>
    </message>
    <message>
        <source>SIRET invalide (14 chiffres dont une clé de contrôle)</source>
        <translation>invalid SIRET (14 digits including a check digit)</translation>
    </message>
    <message>
        <source>sous-axe inconnu</source>
        <translation>unknown sub-axis</translation>
    </message>
    <message>
        <source>intitulé obligatoire</source>
        <translation>title required</translation>
    </message>
    <message>
        <source>Essai à blanc : rien n&apos;a été enregistré.</source>
        <translation>Dry run: nothing has been saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) lue(s) dans %1.</source>
        <translation>
            <numerusform>%n row read from %1.</numerusform>
            <numerusform>%n rows read from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nouveaux dossiers : %1</source>
        <translation>New applications: %1</translation>
    </message>
    <message>
        <source>Dossiers mis à jour : %1</source>
        <translation>Updated applications: %1</translation>
    </message>
    <message>
        <source>Dossiers inchangés : %1</source>
        <translation>Unchanged applications: %1</translation>
    </message>
    <message>
        <source>Changements d&apos;état DS : %1</source>
        <translation>DS status changes: %1</translation>
    </message>
    <message>
        <source>Dossiers absents de cet export : %1</source>
        <translation>Applications missing from this export: %1</translation>
    </message>
    <message>
        <source>Demandeurs non reconnus : %1</source>
        <translation>Unrecognised applicants: %1</translation>
    </message>
    <message>
        <source>Mises à jour :</source>
        <translation>Updates:</translation>
    </message>
    <message>
        <source>Changements d&apos;état :</source>
        <translation>Status changes:</translation>
    </message>
    <message>
        <source>Absents de l&apos;export (signalés, pas supprimés) :</source>
        <translation>Missing from the export (flagged, not deleted):</translation>
    </message>
    <message>
        <source>Demandeurs absents du référentiel (importés, à vérifier) :</source>
        <translation>Applicants not in the register (imported, to be checked):</translation>
    </message>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Could not write to the workspace: %1</translation>
    </message>
    <message>
        <source>XML illisible (%1)</source>
        <translation>unreadable XML (%1)</translation>
    </message>
    <message>
        <source>%1 : la feuille « Dossiers » manque : est-ce bien un export démarches-simplifiées ?</source>
        <translation>%1: the ‘Dossiers’ sheet is missing: is this really a démarches-simplifiées export?</translation>
    </message>
    <message>
        <source>%1 ne contient aucun dossier (feuille « Dossiers » vide).</source>
        <translation>%1 contains no applications (the ‘Dossiers’ sheet is empty).</translation>
    </message>
    <message>
        <source>valeur « %1 » hors des colonnes de l&apos;en-tête</source>
        <translation>value ‘%1’ outside the header columns</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un classeur XLSX (xl/workbook.xml manque).</source>
        <translation>%1 is not an XLSX workbook (xl/workbook.xml is missing).</translation>
    </message>
    <message>
        <source>%1 : xl/workbook.xml est illisible (%2).</source>
        <translation>%1: xl/workbook.xml cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 : xl/sharedStrings.xml est illisible (%2).</source>
        <translation>%1: xl/sharedStrings.xml cannot be read (%2).</translation>
    </message>
    <message>
        <source>référence de texte partagé invalide « %1 »</source>
        <translation>invalid shared string reference ‘%1’</translation>
    </message>
    <message>
        <source>référence de cellule invalide « %1 »</source>
        <translation>invalid cell reference ‘%1’</translation>
    </message>
    <message>
        <source>%1 est une archive, mais ni un classeur XLSX ni un classeur ODS.</source>
        <translation>%1 is an archive, but neither an XLSX nor an ODS workbook.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une archive lisible (XLSX ou ODS attendu).</source>
        <translation>%1 is not a readable archive (XLSX or ODS expected).</translation>
    </message>
    <message>
        <source>%1 : archive endommagée ou vide.</source>
        <translation>%1: damaged or empty archive.</translation>
    </message>
    <message>
        <source>%1 : l&apos;archive compte %2 entrées, plus que les %3 admises.</source>
        <translation>%1: the archive has %2 entries, more than the %3 allowed.</translation>
    </message>
    <message>
        <source>%1 : nom d&apos;entrée d&apos;archive refusé « %2 ».</source>
        <translation>%1: archive entry name ‘%2’ rejected.</translation>
    </message>
    <message>
        <source>%1 : l&apos;archive se décompresse en une taille démesurée (bombe de décompression ?) ; elle est refusée.</source>
        <translation>%1: the archive decompresses to an excessive size (zip bomb?); it has been rejected.</translation>
    </message>
    <message>
        <source>%1 : l&apos;entrée « %2 » manque dans l&apos;archive.</source>
        <translation>%1: the entry ‘%2’ is missing from the archive.</translation>
    </message>
    <message>
        <source>%1 : l&apos;entrée « %2 » est illisible.</source>
        <translation>%1: the entry ‘%2’ cannot be read.</translation>
    </message>
    <message>
        <source>%1 : l&apos;entrée « %2 » est trop grande.</source>
        <translation>%1: the entry ‘%2’ is too large.</translation>
    </message>
    <message>
        <source>la feuille s&apos;arrête avant sa fin</source>
        <translation>the sheet ends before its end tag</translation>
    </message>
    <message>
        <source>la feuille s&apos;arrête au milieu d&apos;une ligne</source>
        <translation>the sheet ends in the middle of a row</translation>
    </message>
    <message>
        <source>Empreinte SHA-256 indisponible.</source>
        <translation>SHA-256 digest unavailable.</translation>
    </message>
    <message>
        <source>caractère inattendu après un champ entre guillemets</source>
        <translation>unexpected character after a quoted field</translation>
    </message>
    <message>
        <source>%1 : l&apos;entrée « %2 » de l&apos;archive est endommagée (données compressées illisibles) ; exportez à nouveau le fichier.</source>
        <translation>%1: the archive entry “%2” is damaged (unreadable compressed data); export the file again.</translation>
    </message>
    <message numerus="yes">
        <source>Cet import marquerait absents %n des %1 dossiers du classeur : l&apos;export semble partiel. Rien n&apos;a été importé.</source>
        <translation>
            <numerusform>This import would flag %n of the workspace&apos;s %1 applications absent: the export looks partial. Nothing was imported.</numerusform>
            <numerusform>This import would flag %n of the workspace&apos;s %1 applications absent: the export looks partial. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Dossiers dont le demandeur a changé : %1</source>
        <translation>Applications whose applicant changed: %1</translation>
    </message>
    <message>
        <source>Export partiel : les dossiers qu&apos;il ne contient pas n&apos;ont pas été marqués absents.</source>
        <translation>Partial export: the applications it does not hold were not flagged absent.</translation>
    </message>
    <message>
        <source>Demandeur changé (l&apos;instruction faite portait sur le précédent : revoyez les notes et les liens d&apos;intérêt) :</source>
        <translation>Applicant changed (the review done so far was about the previous one: check the scores and the declared conflicts of interest):</translation>
    </message>
    <message>
        <source>%1 (SIREN %2) → %3 (SIREN %4)</source>
        <translation>%1 (SIREN %2) → %3 (SIREN %4)</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, feuille « %2 », ligne %3 : %4</source>
        <translation>%1, sheet “%2”, row %3: %4</translation>
    </message>
</context>
<context>
    <name>Instruction</name>
    <message>
        <source>Favorable</source>
        <translation>Favourable</translation>
    </message>
    <message>
        <source>Réservé</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Défavorable</source>
        <translation>Unfavourable</translation>
    </message>
    <message>
        <source>Sans avis</source>
        <translation>No opinion</translation>
    </message>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Cannot write to the workspace: %1</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;existe pas dans ce classeur.</source>
        <translation>Application %1 does not exist in this workspace.</translation>
    </message>
    <message>
        <source>Nom de l&apos;instructeur manquant.</source>
        <translation>Instructor name missing.</translation>
    </message>
    <message>
        <source>%1 a déclaré un lien avec %2 (%3) : ses notes sur les dossiers de ce demandeur sont refusées (déport).</source>
        <translation>%1 has declared a conflict of interest with %2 (%3): their scores on this applicant’s applications are refused (recusal).</translation>
    </message>
    <message>
        <source>Critère inconnu : « %1 ».</source>
        <translation>Unknown criterion: “%1”.</translation>
    </message>
    <message>
        <source>Le critère « %1 » ne s&apos;applique pas au sous-axe %2.</source>
        <translation>Criterion “%1” does not apply to sub-axis %2.</translation>
    </message>
    <message>
        <source>Niveau %1 hors de l&apos;échelle du critère « %2 » (%3 à %4).</source>
        <translation>Level %1 is outside the scale of criterion “%2” (%3 to %4).</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la note : %1</source>
        <translation>Cannot save the score: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer l&apos;avis : %1</source>
        <translation>Cannot save the opinion: %1</translation>
    </message>
    <message>
        <source>Vérification inconnue : « %1 ».</source>
        <translation>Unknown check: “%1”.</translation>
    </message>
    <message>
        <source>%1 a déclaré un lien avec %2 (%3) : ses décisions sur les dossiers de ce demandeur sont refusées (déport).</source>
        <translation>%1 has declared a conflict of interest with %2 (%3): their decisions on this applicant’s applications are refused (recusal).</translation>
    </message>
    <message>
        <source>Modifier un résultat automatique demande une justification écrite.</source>
        <translation>Overriding an automatic result requires a written justification.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la décision : %1</source>
        <translation>Cannot save the decision: %1</translation>
    </message>
    <message>
        <source>Une déclaration de lien nomme la personne, le demandeur et le lien.</source>
        <translation>A conflict-of-interest declaration names the person, the applicant and the link.</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer la déclaration : %1</source>
        <translation>Cannot save the declaration: %1</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer les décisions : %1</source>
        <translation>Could not save the decisions: %1</translation>
    </message>
    <message>
        <source>Le retrait d&apos;une déclaration de lien demande un motif.</source>
        <translation>Withdrawing a conflict-of-interest declaration requires a reason.</translation>
    </message>
    <message>
        <source>Aucun lien de %1 avec %2 n&apos;est déclaré.</source>
        <translation>No conflict of interest of %1 with %2 is declared.</translation>
    </message>
    <message>
        <source>retirée : %1</source>
        <translation>withdrawn: %1</translation>
    </message>
    <message>
        <source>Impossible de retirer la déclaration : %1</source>
        <translation>Could not withdraw the declaration: %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Registre</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Classement sans suite</source>
        <translation>No further action</translation>
    </message>
    <message>
        <source>Décision annulée</source>
        <translation>Decision cancelled</translation>
    </message>
    <message>
        <source>Sans décision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <source>Date manquante ou invalide (AAAA-MM-JJ attendu).</source>
        <translation>Missing or invalid date (YYYY-MM-DD expected).</translation>
    </message>
    <message>
        <source>Une modification de l&apos;enveloppe a un montant non nul.</source>
        <translation>An amendment of the envelope has a non-zero amount.</translation>
    </message>
    <message>
        <source>Une modification de l&apos;enveloppe demande un motif.</source>
        <translation>An amendment of the envelope needs a reason.</translation>
    </message>
    <message>
        <source>L&apos;enveloppe ramenée à %1 serait inférieure aux %2 déjà engagés (de %3) : réduisez ou annulez d&apos;abord des décisions.</source>
        <translation>The envelope brought down to %1 would be below the %2 already committed (by %3): reduce or cancel decisions first.</translation>
    </message>
    <message>
        <source>Le dossier %1 est déjà décidé : son montant proposé ne change plus.</source>
        <translation>Application %1 is already decided: its proposed amount no longer changes.</translation>
    </message>
    <message>
        <source>Changer le montant proposé demande un motif.</source>
        <translation>Changing the proposed amount needs a reason.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas d&apos;attribution à réduire.</source>
        <translation>Application %1 has no grant to reduce.</translation>
    </message>
    <message>
        <source>Une réduction demande un motif.</source>
        <translation>A reduction needs a reason.</translation>
    </message>
    <message>
        <source>Une réduction retire entre 0,01 € et moins que le montant engagé (%1) ; pour tout retirer, annulez la décision.</source>
        <translation>A reduction takes off between 0.01 € and less than the amount committed (%1); to take off all of it, cancel the decision.</translation>
    </message>
    <message>
        <source>Le montant réduit (%1) serait inférieur aux %2 déjà versés.</source>
        <translation>The reduced amount (%1) would be below the %2 already paid.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas de décision à annuler.</source>
        <translation>Application %1 has no decision to cancel.</translation>
    </message>
    <message>
        <source>Une annulation demande un motif.</source>
        <translation>A cancellation needs a reason.</translation>
    </message>
    <message>
        <source>%1 ont déjà été versés sur le dossier %2 : un reversement doit précéder l&apos;annulation.</source>
        <translation>%1 has already been paid on application %2: a repayment must come before the cancellation.</translation>
    </message>
    <message>
        <source>Une annulation libère tout le montant engagé (%1).</source>
        <translation>A cancellation frees the whole amount committed (%1).</translation>
    </message>
    <message>
        <source>Le dossier %1 a déjà une décision (%2) : annulez-la d&apos;abord.</source>
        <translation>Application %1 already has a decision (%2): cancel it first.</translation>
    </message>
    <message>
        <source>Un refus ou un classement sans suite n&apos;a pas de montant.</source>
        <translation>A refusal or no-further-action decision has no amount.</translation>
    </message>
    <message>
        <source>Une attribution a un montant positif (aucun montant proposé pour le dossier %1 : donnez-le).</source>
        <translation>A grant has a positive amount (no amount is proposed for application %1: give it).</translation>
    </message>
    <message>
        <source>L&apos;attribution (%1) dépasse le montant sollicité (%2).</source>
        <translation>The grant (%1) exceeds the amount requested (%2).</translation>
    </message>
    <message>
        <source>Cette attribution dépasserait l&apos;enveloppe de %1 (engagé %2 + %3 pour une enveloppe de %4) : une justification écrite est nécessaire.</source>
        <translation>This grant would exceed the envelope by %1 (committed %2 + %3 for an envelope of %4): a written justification is needed.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas d&apos;attribution en cours : aucun versement possible.</source>
        <translation>Application %1 has no grant in force: no payment is possible.</translation>
    </message>
    <message>
        <source>Un versement a un montant positif.</source>
        <translation>A payment has a positive amount.</translation>
    </message>
    <message>
        <source>Un versement ne précède pas la décision (du %1).</source>
        <translation>A payment does not come before the decision (of %1).</translation>
    </message>
    <message>
        <source>Le solde du dossier %1 est déjà versé : aucun autre versement.</source>
        <translation>The balance of application %1 is already paid: no other payment.</translation>
    </message>
    <message>
        <source>Plafond de l&apos;avance dépassé : 30 % du montant attribué, soit %1 ; %2 déjà versés en avance, %3 demandés.</source>
        <translation>Advance ceiling exceeded: 30 % of the amount granted, that is %1; %2 already paid as advance, %3 asked.</translation>
    </message>
    <message>
        <source>Plafond des avances et acomptes dépassé : 80 % du montant attribué, soit %1 ; %2 déjà versés, %3 demandés. Le reste est versé au solde, sur justificatifs.</source>
        <translation>Ceiling of advances and instalments exceeded: 80 % of the amount granted, that is %1; %2 already paid, %3 asked. The rest is paid as the balance, on proof.</translation>
    </message>
    <message>
        <source>Plafond des versements dépassé : le montant attribué, soit %1 ; %2 déjà versés, %3 demandés.</source>
        <translation>Payment ceiling exceeded: the amount granted, that is %1; %2 already paid, %3 asked.</translation>
    </message>
    <message>
        <source> au %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <source>Écriture impossible dans le registre : %1</source>
        <translation>Cannot write to the ledger: %1</translation>
    </message>
    <message>
        <source>Lecture du registre impossible : %1</source>
        <translation>Cannot read the ledger: %1</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;existe pas dans ce classeur.</source>
        <translation>Application %1 does not exist in this workspace.</translation>
    </message>
    <message>
        <source>Un montant ou un taux, pas les deux.</source>
        <translation>An amount or a rate, not both.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;est pas éligible : aucun montant ne lui est proposé.</source>
        <translation>Application %1 is not eligible: no amount is proposed for it.</translation>
    </message>
    <message>
        <source>Une décision est une attribution, un refus ou un classement sans suite.</source>
        <translation>A decision is a grant, a refusal or no further action.</translation>
    </message>
    <message>
        <source>Un versement est une avance, un acompte ou un solde.</source>
        <translation>A payment is an advance, an instalment or a balance.</translation>
    </message>
    <message>
        <source>Montant proposé</source>
        <translation>Proposed amount</translation>
    </message>
    <message>
        <source>Montant proposé selon les règles</source>
        <translation>Proposed amount by the rules</translation>
    </message>
    <message>
        <source>Réduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Annulation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Advance</translation>
    </message>
    <message>
        <source>Acompte</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Modification de l&apos;enveloppe</source>
        <translation>Amendment of the envelope</translation>
    </message>
    <message>
        <source>Une contre-passation demande un motif.</source>
        <translation>A counter-entry needs a reason.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas d&apos;attribution en cours.</source>
        <translation>Application %1 has no grant in force.</translation>
    </message>
    <message>
        <source>Le dossier %1 ne peut pas dépasser le montant attribué (%2).</source>
        <translation>Application %1 cannot go above the amount granted (%2).</translation>
    </message>
    <message>
        <source>Les %1 libérés par la réduction ont été engagés depuis : les rendre au dossier %2 dépasserait l&apos;enveloppe.</source>
        <translation>The %1 freed by the reduction have been committed since: giving them back to application %2 would overrun the envelope.</translation>
    </message>
    <message>
        <source>Contre-passation de %1 pour %2 versés sous ce titre.</source>
        <translation>Counter-entry of %1 for %2 paid under this heading.</translation>
    </message>
    <message>
        <source>Une réduction retire un montant positif.</source>
        <translation>A reduction takes off a positive amount.</translation>
    </message>
    <message>
        <source>Seuls une réduction ou un versement se contre-passent.</source>
        <translation>Only a reduction or a payment can be countered.</translation>
    </message>
    <message>
        <source>contre-passation du mouvement %1</source>
        <translation>counter-entry of entry %1</translation>
    </message>
</context>
<context>
    <name>LedgerEntryCommand</name>
    <message>
        <source>%1 de %2 sur le dossier %3</source>
        <translation>%1 of %2 on application %3</translation>
    </message>
    <message>
        <source>annulation (Ctrl+Z)</source>
        <translation>undone (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>LetterGenerator</name>
    <message>
        <source>Projet – non numéroté</source>
        <translation>Draft – not numbered</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Génération annulée.</source>
        <translation>Generation cancelled.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Aucun document émis pour le dossier %1 : rien à corriger.</source>
        <translation>No document issued for application %1: nothing to correct.</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Intitulé du bloc-marque</source>
        <translation>Heading of the State&apos;s logo block</translation>
    </message>
    <message>
        <source>Titre du préfet dans les actes</source>
        <translation>Title of the prefect in the acts</translation>
    </message>
    <message>
        <source>Logo (fichier image fourni par la préfecture)</source>
        <translation>Logo (image file supplied by the prefecture)</translation>
    </message>
    <message>
        <source>Texte de remplacement du logo</source>
        <translation>Alternative text of the logo</translation>
    </message>
    <message>
        <source>Timbre : direction</source>
        <translation>Stamp: directorate</translation>
    </message>
    <message>
        <source>Timbre : bureau</source>
        <translation>Stamp: office</translation>
    </message>
    <message>
        <source>Affaire suivie par : nom</source>
        <translation>Case officer: name</translation>
    </message>
    <message>
        <source>Affaire suivie par : téléphone</source>
        <translation>Case officer: telephone</translation>
    </message>
    <message>
        <source>Affaire suivie par : courriel</source>
        <translation>Case officer: e-mail</translation>
    </message>
    <message>
        <source>Signataire : prénom et nom</source>
        <translation>Signatory: first name and surname</translation>
    </message>
    <message>
        <source>Délégataire : qualité (vide si le préfet signe)</source>
        <translation>Delegate: capacity (empty if the prefect signs)</translation>
    </message>
    <message>
        <source>Arrêté de délégation de signature : référence</source>
        <translation>Order delegating signature: reference</translation>
    </message>
    <message>
        <source>Arrêté de délégation de signature : date (AAAA-MM-JJ)</source>
        <translation>Order delegating signature: date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Lieu de signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <source>Adresse de la préfecture</source>
        <translation>Address of the prefecture</translation>
    </message>
    <message>
        <source>Pied de page</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Imputation budgétaire (programme, BOP, centre financier, activité)</source>
        <translation>Budget line (programme, BOP, financial centre, activity)</translation>
    </message>
    <message>
        <source>Comptable assignataire</source>
        <translation>Assigned public accountant</translation>
    </message>
    <message>
        <source>Tribunal administratif compétent</source>
        <translation>Competent administrative court</translation>
    </message>
    <message>
        <source>à compléter</source>
        <translation>to be completed</translation>
    </message>
    <message>
        <source>réglage d&apos;en-tête inconnu : « %1 ». Réglages : %2.</source>
        <translation>unknown letterhead setting: “%1”. Settings: %2.</translation>
    </message>
    <message>
        <source>%1 attend une date AAAA-MM-JJ, pas « %2 ».</source>
        <translation>%1 expects a date YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>logo : fichier introuvable : %1</source>
        <translation>logo: file not found: %1</translation>
    </message>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Could not write to the workspace: %1</translation>
    </message>
    <message>
        <source>Pour le préfet et par délégation,</source>
        <translation>For the prefect and by delegation,</translation>
    </message>
    <message>
        <source>Le préfet,</source>
        <translation>The prefect,</translation>
    </message>
    <message>
        <source>La délégation de signature (référence et date de l&apos;arrêté) est à compléter dans l&apos;en-tête avant d&apos;émettre un document signé par délégation.</source>
        <translation>The delegation of signature (reference and date of the order) must be completed in the letterhead before a document signed by delegation is issued.</translation>
    </message>
    <message>
        <source>La délégation de signature du %1 est postérieure à la date du document (%2) : elle ne le couvre pas.</source>
        <translation>The delegation of signature of %1 is later than the document&apos;s date (%2): it does not cover it.</translation>
    </message>
    <message>
        <source>Pour la préfète et par délégation,</source>
        <translation>For the prefect and by delegation,</translation>
    </message>
    <message>
        <source>La préfète,</source>
        <translation>The prefect,</translation>
    </message>
    <message>
        <source>Le nom du signataire est à compléter dans l&apos;en-tête des documents (« Signataire : prénom et nom ») avant d&apos;émettre un document.</source>
        <translation>The signatory&apos;s name must be filled in the documents&apos; letterhead (“Signatory: first and last name”) before a document is issued.</translation>
    </message>
    <message>
        <source>Préfet : civilité, prénom et nom (« Mme Anne Martin »)</source>
        <translation>Prefect: title, first name and surname (“Mme Anne Martin”)</translation>
    </message>
    <message>
        <source>Décret de nomination du préfet : date (AAAA-MM-JJ)</source>
        <translation>Decree appointing the prefect: date (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>Commandes de l&apos;utilisateur</source>
        <translation>User Commands</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>instruction des dossiers de subvention des collectivités</source>
        <translation>review of the grant applications of municipalities</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Commandes</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>MigrationBackup</name>
    <message>
        <source>La sauvegarde %1 n&apos;a pas pu être remise en place : renommez-la %2.</source>
        <translation>The backup %1 could not be put back in place: rename it %2.</translation>
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
    <name>Minutes</name>
    <message>
        <source>%1, représenté(e) par %2</source>
        <translation>%1, represented by %2</translation>
    </message>
    <message>
        <source>Néant.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Membres présents :</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <source>Membres représentés :</source>
        <translation>Members represented:</translation>
    </message>
    <message>
        <source>Membres excusés :</source>
        <translation>Members excused:</translation>
    </message>
    <message>
        <source>Compte rendu du comité de sélection</source>
        <translation>Minutes of the selection committee</translation>
    </message>
    <message>
        <source>France Relance – Transformation numérique des collectivités territoriales – axe 3</source>
        <translation>France Relance – Digital transformation of local authorities – axis 3</translation>
    </message>
    <message>
        <source>Présidence</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>La séance est ouverte sous la présidence de %1.</source>
        <translation>The session opens under the chairmanship of %1.</translation>
    </message>
    <message>
        <source>Secrétaire de séance : %1.</source>
        <translation>Secretary of the session: %1.</translation>
    </message>
    <message>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Quorum : %1.</source>
        <translation>Quorum: %1.</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Point sur l&apos;enveloppe départementale</source>
        <translation>The departmental envelope</translation>
    </message>
    <message numerus="yes">
        <source>Examen des dossiers (%n dossier(s))</source>
        <translation>
            <numerusform>Examination of the applications (%n application)</numerusform>
            <numerusform>Examination of the applications (%n applications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions diverses</source>
        <translation>Any other business</translation>
    </message>
    <message>
        <source>Rappel du cadre</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Collectivité (population)</source>
        <translation>Local authority (population)</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Montant sollicité</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Proposition de l&apos;instruction</source>
        <translation>Proposal of the review</translation>
    </message>
    <message>
        <source>Avis du comité</source>
        <translation>Committee&apos;s opinion</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Hors de la salle</source>
        <translation>Out of the room</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>non examiné</source>
        <translation>not examined</translation>
    </message>
    <message>
        <source>Dossier %1 (%2) : %3. Motif : %4</source>
        <translation>Application %1 (%2): %3. Reason: %4</translation>
    </message>
    <message>
        <source>Examen des dossiers</source>
        <translation>Examination of the applications</translation>
    </message>
    <message>
        <source>Écarts au classement et à la proposition</source>
        <translation>Departures from the ranking and the proposal</translation>
    </message>
    <message>
        <source>Les avis suivent le classement et les propositions de l&apos;instruction.</source>
        <translation>The opinions follow the ranking and the proposals of the review.</translation>
    </message>
    <message>
        <source>Synthèse financière</source>
        <translation>Financial summary</translation>
    </message>
    <message>
        <source>Avant la séance</source>
        <translation>Before the session</translation>
    </message>
    <message>
        <source>Avis favorables de la séance</source>
        <translation>Favourable opinions of the session</translation>
    </message>
    <message>
        <source>Après la séance</source>
        <translation>After the session</translation>
    </message>
    <message>
        <source>Solde de l&apos;enveloppe</source>
        <translation>Envelope balance</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Sous-axe %1</source>
        <translation>Sub-axis %1</translation>
    </message>
    <message>
        <source>Avis favorables : %1 ; favorables sous réserve : %2 ; défavorables : %3 ; ajournés : %4.</source>
        <translation>Favourable: %1; favourable with reservations: %2; unfavourable: %3; postponed: %4.</translation>
    </message>
    <message>
        <source>Suites</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Clôture</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>L&apos;ordre du jour étant épuisé, la séance est levée.</source>
        <translation>The agenda being exhausted, the session is closed.</translation>
    </message>
    <message>
        <source>Le président de séance,</source>
        <translation>The chair of the session,</translation>
    </message>
    <message>
        <source>Le secrétaire de séance,</source>
        <translation>The secretary of the session,</translation>
    </message>
    <message>
        <source>PROJET – séance non encore validée par son président</source>
        <translation>DRAFT – session not yet validated by its chair</translation>
    </message>
    <message>
        <source>Projet – non numéroté</source>
        <translation>Draft – not numbered</translation>
    </message>
    <message>
        <source>N° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Compte rendu de la séance n° %1</source>
        <translation>Minutes of session no. %1</translation>
    </message>
    <message>
        <source>Enveloppe départementale : %1. Le comité émet un avis sur chaque dossier ; %2 décide ensuite par arrêté.</source>
        <translation>Departmental envelope: %1. The committee gives an opinion on each application; %2 then decides by order.</translation>
    </message>
    <message>
        <source>Les dossiers ayant reçu un avis favorable sont proposés à la décision %1 (arrêtés et lettres de notification) ; les avis défavorables donnent lieu à une lettre motivée ; les dossiers ajournés sont réexaminés lors d&apos;une prochaine séance, une fois les pièces demandées reçues.</source>
        <translation>The applications given a favourable opinion are put to the decision of %1 (orders and notification letters); unfavourable opinions lead to a reasoned letter; postponed applications are examined again at a later session once the documents asked for are received.</translation>
    </message>
    <message>
        <source>Séance n° %1 introuvable.</source>
        <translation>No session %1.</translation>
    </message>
    <message>
        <source>La séance n° %1 n&apos;est pas validée par son président : son compte rendu reste un projet.</source>
        <translation>Session %1 is not validated by its chair: its minutes remain a draft.</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance n° %1 est déjà émis (n° %2) : il se réimprime depuis le registre.</source>
        <translation>The minutes of session %1 were issued already (no. %2): reprint them from the register.</translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message>
        <source>Note du dossier %1</source>
        <translation>Note on application %1</translation>
    </message>
</context>
<context>
    <name>Odt</name>
    <message>
        <source>Écriture du document OpenDocument impossible.</source>
        <translation>Cannot write the OpenDocument document.</translation>
    </message>
</context>
<context>
    <name>OpinionCommand</name>
    <message>
        <source>Avis global sur le dossier %1</source>
        <translation>Overall opinion on application %1</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Numéro au registre des actes</source>
        <translation>Number in the register of issued documents</translation>
    </message>
    <message>
        <source>Date du document</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Numéro du dossier (démarches-simplifiées)</source>
        <translation>Application number (démarches-simplifiées)</translation>
    </message>
    <message>
        <source>Bénéficiaire (« Commune de Belley »)</source>
        <translation>Beneficiary (“Commune de Belley”)</translation>
    </message>
    <message>
        <source>« à la commune de Belley »</source>
        <translation>“à la commune de Belley”</translation>
    </message>
    <message>
        <source>« de la commune d&apos;Ambérieu-en-Bugey »</source>
        <translation>“de la commune d&apos;Ambérieu-en-Bugey”</translation>
    </message>
    <message>
        <source>Destinataire (« Madame ou Monsieur le maire de Belley »)</source>
        <translation>Addressee (“Madame ou Monsieur le maire de Belley”)</translation>
    </message>
    <message>
        <source>Formule d&apos;appel (« Madame, Monsieur le Maire, »)</source>
        <translation>Salutation (“Madame, Monsieur le Maire,”)</translation>
    </message>
    <message>
        <source>Formule d&apos;appel sans virgule</source>
        <translation>Salutation without comma</translation>
    </message>
    <message>
        <source>SIRET du bénéficiaire</source>
        <translation>Beneficiary&apos;s SIRET</translation>
    </message>
    <message>
        <source>Intitulé du projet</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Coût total du projet</source>
        <translation>Total cost of the project</translation>
    </message>
    <message>
        <source>Dépense subventionnable</source>
        <translation>Eligible expenditure</translation>
    </message>
    <message>
        <source>Montant sollicité</source>
        <translation>Requested amount</translation>
    </message>
    <message>
        <source>Montant attribué, en chiffres</source>
        <translation>Amount granted, in figures</translation>
    </message>
    <message>
        <source>Montant attribué, en lettres</source>
        <translation>Amount granted, in words</translation>
    </message>
    <message>
        <source>Taux de la subvention</source>
        <translation>Grant rate</translation>
    </message>
    <message>
        <source>Date de réception de la demande</source>
        <translation>Date the application was received</translation>
    </message>
    <message>
        <source>Date de début du projet</source>
        <translation>Project start date</translation>
    </message>
    <message>
        <source>Date prévisionnelle d&apos;achèvement</source>
        <translation>Planned completion date</translation>
    </message>
    <message>
        <source>Date de la décision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Date du comité de sélection</source>
        <translation>Date of the selection committee</translation>
    </message>
    <message>
        <source>Le préfet (« Le préfet de l&apos;Ain »)</source>
        <translation>The prefect (“Le préfet de l&apos;Ain”)</translation>
    </message>
    <message>
        <source>Lieu de signature</source>
        <translation>Place of signature</translation>
    </message>
    <message>
        <source>Bloc de signature</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <source>Arrêté de délégation de signature</source>
        <translation>Order delegating signature</translation>
    </message>
    <message>
        <source>Imputation budgétaire</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Comptable assignataire</source>
        <translation>Assigned public accountant</translation>
    </message>
    <message>
        <source>Tribunal administratif</source>
        <translation>Administrative court</translation>
    </message>
    <message>
        <source>Voies et délais de recours (bloc)</source>
        <translation>Means and time limits of appeal (block)</translation>
    </message>
    <message>
        <source>Protection des données (bloc)</source>
        <translation>Data protection (block)</translation>
    </message>
    <message>
        <source>Bénéficiaire avec son article (« la commune d&apos;Évosges »)</source>
        <translation>Beneficiary with its article (“la commune d&apos;Évosges”)</translation>
    </message>
    <message>
        <source>Visa de l&apos;avis du comité (rien si aucun comité n&apos;a donné d&apos;avis)</source>
        <translation>Citation of the committee&apos;s opinion (nothing when no committee gave one)</translation>
    </message>
    <message>
        <source>Motif de la décision (rien s&apos;il n&apos;est pas donné)</source>
        <translation>Grounds of the decision (nothing when none is given)</translation>
    </message>
    <message>
        <source>« le préfet de l&apos;Ain », dans une phrase</source>
        <translation>“le préfet de l&apos;Ain”, inside a sentence</translation>
    </message>
    <message>
        <source>« du préfet de l&apos;Ain »</source>
        <translation>“du préfet de l&apos;Ain”</translation>
    </message>
    <message>
        <source>Visa du décret de nomination du préfet</source>
        <translation>Citation of the decree appointing the prefect</translation>
    </message>
</context>
<context>
    <name>PrintableSheets</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Décidé par</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Éligibilité : %1</source>
        <translation>Eligibility: %1</translation>
    </message>
    <message>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Notes et commentaires</source>
        <translation>Scores and comments</translation>
    </message>
    <message>
        <source>incomplète</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Note pondérée : %1 / 100 ; rang %2 (%3 dans le sous-axe)%4</source>
        <translation>Weighted score: %1 / 100; rank %2 (%3 in the sub-axis)%4</translation>
    </message>
    <message>
        <source> ; désaccord entre instructeurs</source>
        <translation>; disagreement between instructors</translation>
    </message>
    <message>
        <source>Proposition et décision</source>
        <translation>Proposal and decision</translation>
    </message>
    <message>
        <source>Montant proposé : %1 (%2)</source>
        <translation>Proposed amount: %1 (%2)</translation>
    </message>
    <message>
        <source>Pas de proposition.</source>
        <translation>No proposal.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mouvement</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nouvelle valeur</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Aucune modification enregistrée.</source>
        <translation>No change recorded.</translation>
    </message>
    <message>
        <source>Dossier %1 introuvable dans le classeur.</source>
        <translation>Application %1 not found in the workspace.</translation>
    </message>
    <message>
        <source>Instruction du dossier %1 illisible.</source>
        <translation>The review of application %1 cannot be read.</translation>
    </message>
    <message>
        <source>Fiche d&apos;instruction – dossier %1</source>
        <translation>Review sheet – application %1</translation>
    </message>
    <message>
        <source>Sous-axe %1 ; coût total %2 ; montant sollicité %3 ; déposé le %4</source>
        <translation>Sub-axis %1; total cost %2; amount requested %3; filed on %4</translation>
    </message>
    <message>
        <source>Fiche d&apos;instruction %1</source>
        <translation>Review sheet %1</translation>
    </message>
    <message>
        <source>Grille de sélection</source>
        <translation>Selection grid</translation>
    </message>
    <message>
        <source>Grille de sélection – sous-axe %1</source>
        <translation>Selection grid – sub-axis %1</translation>
    </message>
    <message>
        <source>Dossiers dans l&apos;ordre du classement ; au %1.</source>
        <translation>Applications in ranking order; as of %1.</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Sorties de salle</source>
        <translation>Leaving the room</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Ordre du jour de la séance n° %1</source>
        <translation>Agenda of session %1</translation>
    </message>
    <message>
        <source>Présidence : %1 — secrétariat : %2</source>
        <translation>Chair: %1 — secretary: %2</translation>
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
    <name>ProjectorScreen</name>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>É&amp;cran de projection</source>
        <translation>Projection &amp;screen</translation>
    </message>
</context>
<context>
    <name>ProposedAmountCommand</name>
    <message>
        <source>Montant proposé du dossier %1</source>
        <translation>Proposed amount of application %1</translation>
    </message>
    <message>
        <source>annulation (Ctrl+Z)</source>
        <translation>undone (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>RecusalCommand</name>
    <message>
        <source>%1 quitte la salle (dossier %2)</source>
        <translation>%1 leaves the room (application %2)</translation>
    </message>
    <message>
        <source>%1 revient (dossier %2)</source>
        <translation>%1 returns (application %2)</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Sous-axe inconnu : « %1 ».</source>
        <translation>Unknown sub-axis: “%1”.</translation>
    </message>
    <message>
        <source>Écriture impossible dans le classeur : %1</source>
        <translation>Cannot write to the workspace: %1</translation>
    </message>
    <message>
        <source>Un scénario a un nom.</source>
        <translation>A scenario has a name.</translation>
    </message>
    <message>
        <source>Le rang de coupure est un nombre positif.</source>
        <translation>The cutoff rank is a positive number.</translation>
    </message>
    <message>
        <source>Un scénario « %1 » existe déjà : choisissez un autre nom.</source>
        <translation>A scenario “%1” already exists: choose another name.</translation>
    </message>
    <message>
        <source>Aucun scénario « %1 ».</source>
        <translation>No scenario “%1”.</translation>
    </message>
    <message>
        <source>Le scénario « %1 » est déjà adopté.</source>
        <translation>Scenario “%1” is already adopted.</translation>
    </message>
    <message>
        <source>adoption du scénario « %1 »</source>
        <translation>adoption of scenario “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenir sur une adoption demande un motif.</source>
        <translation>Undoing an adoption needs a reason.</translation>
    </message>
    <message>
        <source>Le scénario « %1 » n&apos;est pas adopté.</source>
        <translation>Scenario “%1” is not adopted.</translation>
    </message>
    <message>
        <source>retour sur l&apos;adoption du scénario « %1 » : %2</source>
        <translation>adoption of scenario “%1” undone: %2</translation>
    </message>
    <message numerus="yes">
        <source>coupure au rang %1, %n financé(s), %2</source>
        <translation>
            <numerusform>cutoff at rank %1, %n funded, %2</numerusform>
            <numerusform>cutoff at rank %1, %n funded, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Note du dossier %1, « %2 » : %3</source>
        <translation>Score of application %1, “%2”: %3</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Commentaire du dossier %1, « %2 »</source>
        <translation>Comment on application %1, “%2”</translation>
    </message>
</context>
<context>
    <name>ScorePackage</name>
    <message numerus="yes">
        <source>Notes de %1 : %n ajoutée(s), </source>
        <translation>
            <numerusform>Scores from %1: %n added, </numerusform>
            <numerusform>Scores from %1: %n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identique(s) ignorée(s), </source>
        <translation>
            <numerusform>%n identical one ignored, </numerusform>
            <numerusform>%n identical ones ignored, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remplacée(s) par une modification plus récente, </source>
        <translation>
            <numerusform>%n replaced by a more recent change, </numerusform>
            <numerusform>%n replaced by a more recent change, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) refusé(s) :</source>
        <translation>
            <numerusform>%n item refused:</numerusform>
            <numerusform>%n items refused:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : lecture impossible (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 : ce n&apos;est pas un paquet de notes Guichet (%2).</source>
        <translation>%1: this is not a Guichet score package (%2).</translation>
    </message>
    <message>
        <source>%1 : ce n&apos;est pas un paquet de notes Guichet.</source>
        <translation>%1: this is not a Guichet score package.</translation>
    </message>
    <message>
        <source>%1 : paquet d&apos;une version plus récente de Guichet.</source>
        <translation>%1: package from a newer version of Guichet.</translation>
    </message>
    <message>
        <source>%1 : l&apos;empreinte SHA-256 ne correspond pas au contenu : le paquet a été modifié ou abîmé.</source>
        <translation>%1: the SHA-256 hash does not match the content: the package has been modified or damaged.</translation>
    </message>
    <message>
        <source>%1 : paquet du programme « %2 », pas de celui de ce classeur (« %3 »).</source>
        <translation>%1: package from programme “%2”, not from this workspace’s programme (“%3”).</translation>
    </message>
    <message>
        <source>%1 : le paquet ne nomme pas son instructeur.</source>
        <translation>%1: the package does not name its instructor.</translation>
    </message>
    <message>
        <source>dossier %1 : absent de ce classeur, %2 ignoré</source>
        <translation>application %1: not in this workspace, %2 ignored</translation>
    </message>
    <message>
        <source>dossier %1, %2 : %3 a déclaré un lien avec %4 (déport)</source>
        <translation>application %1, %2: %3 has declared a conflict of interest with %4 (recusal)</translation>
    </message>
    <message>
        <source>%1, dossier %2, %3 : %4</source>
        <translation>%1, application %2, %3: %4</translation>
    </message>
    <message>
        <source>critère « %1 »</source>
        <translation>criterion “%1”</translation>
    </message>
    <message>
        <source>avis</source>
        <translation>opinion</translation>
    </message>
    <message>
        <source>%1, dossier %2 : résultat « %3 » inconnu.</source>
        <translation>%1, application %2: unknown result “%3”.</translation>
    </message>
    <message>
        <source>vérification « %1 »</source>
        <translation>check “%1”</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer les notes : %1</source>
        <translation>Cannot save the scores: %1</translation>
    </message>
    <message>
        <source>%1 : « %2 » n° %3 : valeur « %4 » invalide.</source>
        <translation>%1: “%2” item %3: invalid “%4” value.</translation>
    </message>
    <message>
        <source>%1, %2 et %3</source>
        <translation>%1, %2 and %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avis</source>
        <translation>
            <numerusform>%n opinion</numerusform>
            <numerusform>%n opinions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) d&apos;éligibilité</source>
        <translation>
            <numerusform>%n eligibility decision</numerusform>
            <numerusform>%n eligibility decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conservée(s) (celle de ce classeur était plus récente).</source>
        <translation>
            <numerusform>%n kept (the one in this workspace was more recent).</numerusform>
            <numerusform>%n kept (the ones in this workspace were more recent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringHistory</name>
    <message>
        <source>avis global</source>
        <translation>overall opinion</translation>
    </message>
    <message>
        <source>éligibilité : %1</source>
        <translation>eligibility: %1</translation>
    </message>
    <message>
        <source>%1, note de %2</source>
        <translation>%1, score by %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 : « %4 » → « %5 »</source>
        <translation>%1 — %2 — %3: ‘%4’ → ‘%5’</translation>
    </message>
</context>
<context>
    <name>SelectionGrid</name>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Rang (sous-axe)</source>
        <translation>Rank (sub-axis)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Éligibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note /100</source>
        <translation>Score /100</translation>
    </message>
    <message>
        <source>Désaccord</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Instructeurs</source>
        <translation>Instructors</translation>
    </message>
    <message>
        <source>Note pondérée des moyennes par critère, ramenée à 100.</source>
        <translation>Weighted score of the per-criterion averages, scaled to 100.</translation>
    </message>
    <message>
        <source>désaccord</source>
        <translation>disagreement</translation>
    </message>
    <message>
        <source>s.o.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source> (%1–%2)</source>
        <translation> (%1–%2)</translation>
    </message>
    <message>
        <source>Grille</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>%1 — %2 : poids %3, échelle %4 à %5 ; moyenne des instructeurs.</source>
        <translation>%1 — %2: weight %3, scale %4 to %5; mean of the instructors.</translation>
    </message>
    <message numerus="yes">
        <source>Écart d&apos;au moins %n niveau entre instructeurs sur un critère.</source>
        <translation>
            <numerusform>Instructors at least %n level apart on a criterion.</numerusform>
            <numerusform>Instructors at least %n levels apart on a criterion.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — moyenne</source>
        <translation>%1 — mean</translation>
    </message>
    <message>
        <source>%1 — min</source>
        <translation>%1 — min</translation>
    </message>
    <message>
        <source>%1 — max</source>
        <translation>%1 — max</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Détails de la séance n° %1</source>
        <translation>Details of session no. %1</translation>
    </message>
    <message>
        <source>Ordre du jour de la séance n° %1</source>
        <translation>Agenda of session no. %1</translation>
    </message>
    <message>
        <source>Avis sur toutes les propositions (séance n° %1)</source>
        <translation>Opinion on all proposals (session no. %1)</translation>
    </message>
    <message>
        <source>Décisions de la séance n° %1</source>
        <translation>Decisions of session no. %1</translation>
    </message>
    <message>
        <source>annulation (Ctrl+Z)</source>
        <translation>undone (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Création de la séance n° %1</source>
        <translation>Creation of session %1</translation>
    </message>
    <message>
        <source>Suppression de la séance n° %1</source>
        <translation>Deletion of session %1</translation>
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
    <message>
        <source>un autre programme</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>un autre utilisateur</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Le classeur %1 est ouvert en écriture par %2 sur le poste %3 (%4, processus %5) : il n&apos;est ouvert ici qu&apos;en lecture seule ; fermez-le là-bas avant de le modifier.</source>
        <translation>The workspace %1 is open for writing by %2 on the computer %3 (%4, process %5): it is open read-only here; close it there before changing it.</translation>
    </message>
    <message>
        <source>Impossible de créer %1 : %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>Le classeur a été remis tel qu&apos;il était avant la mise à jour.</source>
        <translation>The workspace has been put back as it was before the upgrade.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>le contrôle n&apos;a pas pu être mené jusqu&apos;au bout : %1</source>
        <translation>the check could not be completed: %1</translation>
    </message>
    <message>
        <source>fichier SQLite : %1</source>
        <translation>SQLite file: %1</translation>
    </message>
    <message>
        <source>table %1, ligne %2 : renvoie à une ligne absente de la table %3</source>
        <translation>table %1, row %2: refers to a row missing from table %3</translation>
    </message>
    <message>
        <source>journal, ligne %1 : %2</source>
        <translation>audit log, row %1: %2</translation>
    </message>
    <message>
        <source>programme illisible</source>
        <translation>unreadable programme</translation>
    </message>
    <message>
        <source>registre, mouvement %1 : %2</source>
        <translation>ledger, entry %1: %2</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>%1 est le classeur copié : choisissez un autre nom pour la copie.</source>
        <translation>%1 is the workspace being copied: choose another name for the copy.</translation>
    </message>
    <message>
        <source>%1 existe déjà : choisissez un autre nom.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>%1 est ouvert par un autre Guichet : il ne peut pas être remplacé.</source>
        <translation>%1 is open in another Guichet: it cannot be replaced.</translation>
    </message>
    <message>
        <source>Impossible de copier le classeur vers %1 : %2</source>
        <translation>Cannot copy the workspace to %1: %2</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir %1 : %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>guichet::AgendaModel</name>
    <message>
        <source>%1 (amendé)</source>
        <translation>%1 (amended)</translation>
    </message>
    <message>
        <source>⚠ écart</source>
        <translation>⚠ departure</translation>
    </message>
    <message>
        <source>sortent : %1</source>
        <translation>leaving: %1</translation>
    </message>
    <message>
        <source>reviennent ensuite : %1</source>
        <translation>returning after: %1</translation>
    </message>
    <message>
        <source>%1 — motif : %2</source>
        <translation>%1 — reason: %2</translation>
    </message>
    <message>
        <source>Amendé : %1</source>
        <translation>Amended: %1</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Sorties de salle</source>
        <translation>Leaving the room</translation>
    </message>
</context>
<context>
    <name>guichet::AvisPanel</name>
    <message>
        <source>Avis du comité</source>
        <translation>Committee&apos;s opinion</translation>
    </message>
    <message>
        <source>&amp;Motif de l&apos;écart :</source>
        <translation>&amp;Reason for the departure:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l&apos;avis</source>
        <translation>&amp;Record the opinion</translation>
    </message>
    <message>
        <source>%1 (F%2)</source>
        <translation>%1 (F%2)</translation>
    </message>
    <message>
        <source>en euros, ex. 12 500,00</source>
        <translation>in euros, e.g. 12 500,00</translation>
    </message>
    <message>
        <source>obligatoire : pourquoi le comité s&apos;écarte de l&apos;instruction</source>
        <translation>required: why the committee departs from the review</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>A&amp;vis :</source>
        <translation>Opi&amp;nion:</translation>
    </message>
    <message>
        <source>Mon&amp;tant :</source>
        <translation>Amoun&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Observations :</source>
        <translation>&amp;Observations:</translation>
    </message>
    <message>
        <source>Aucun dossier à l&apos;ordre du jour.</source>
        <translation>No application on the agenda.</translation>
    </message>
    <message>
        <source>Rang %1 — proposé : %2 (sollicité : %3)</source>
        <translation>Rank %1 — proposed: %2 (requested: %3)</translation>
    </message>
    <message>
        <source>Rang %1 — sans montant proposé</source>
        <translation>Rank %1 — no proposed amount</translation>
    </message>
    <message>
        <source>Avis enregistré : %1</source>
        <translation>Opinion recorded: %1</translation>
    </message>
    <message>
        <source>écart (%1) motivé : %2</source>
        <translation>departure (%1), reason: %2</translation>
    </message>
    <message>
        <source>amendé après validation : %1</source>
        <translation>amended after validation: %1</translation>
    </message>
    <message>
        <source>&amp;Amender l&apos;avis…</source>
        <translation>&amp;Amend the opinion…</translation>
    </message>
    <message>
        <source>Le montant « %1 » n&apos;est pas un montant en euros (ex. 12 500,00).</source>
        <translation>“%1” is not an amount in euros (e.g. 12 500,00).</translation>
    </message>
    <message>
        <source>Cet avis s&apos;écarte de l&apos;instruction : %1. Le motif est requis.</source>
        <translation>This opinion departs from the review: %1. The reason is required.</translation>
    </message>
    <message>
        <source>Cet avis s&apos;écarte de l&apos;instruction (%1) : indiquez le motif de l&apos;écart.</source>
        <translation>This opinion departs from the review (%1): give the reason for the departure.</translation>
    </message>
    <message>
        <source>Amender l&apos;avis sur le dossier %1</source>
        <translation>Amend the opinion on application %1</translation>
    </message>
    <message>
        <source>La séance est validée : ce changement sera un amendement, enregistré avec son motif.
Motif de l&apos;amendement :</source>
        <translation>The session is validated: this change will be an amendment, recorded with its reason.
Reason for the amendment:</translation>
    </message>
    <message>
        <source>Amender</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Un amendement demande son motif.</source>
        <translation>An amendment needs its reason.</translation>
    </message>
</context>
<context>
    <name>guichet::ColumnMappingDialog</name>
    <message>
        <source>Associer les colonnes de l&apos;export</source>
        <translation>Map export columns</translation>
    </message>
    <message>
        <source>Guichet ne reconnaît pas toutes les colonnes de &lt;b&gt;%1&lt;/b&gt;. Indiquez la colonne qui contient chaque champ ; les champs marqués * sont obligatoires. Ce choix est mémorisé dans le classeur.</source>
        <translation>Guichet does not recognise all the columns in &lt;b&gt;%1&lt;/b&gt;. Choose the column that contains each field; fields marked * are required. This choice is saved in the workspace.</translation>
    </message>
    <message>
        <source>— aucune colonne —</source>
        <translation>— no column —</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;%1 *&lt;/b&gt; — à associer</source>
        <translation>⚠ &lt;b&gt;%1 *&lt;/b&gt; — to match</translation>
    </message>
    <message>
        <source>Champ obligatoire : aucune colonne de l&apos;export n&apos;a été reconnue pour lui.</source>
        <translation>Required field: no column of the export was recognised for it.</translation>
    </message>
</context>
<context>
    <name>guichet::CommitteeActions</name>
    <message>
        <source>&amp;Nouvelle séance…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Séances…</source>
        <translation>&amp;Sessions…</translation>
    </message>
    <message>
        <source>Convoquer une séance du comité : date, lieu, président, membres</source>
        <translation>Convene a committee session: date, place, chair, members</translation>
    </message>
    <message>
        <source>L&apos;ordre du jour, les avis et la clôture d&apos;une séance</source>
        <translation>The agenda, the opinions and the closing of a session</translation>
    </message>
    <message>
        <source>Séance n° %1 créée.</source>
        <translation>Session no. %1 created.</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message>
        <source>Déclarer un lien d&apos;intérêt</source>
        <translation>Declare a conflict of interest</translation>
    </message>
    <message>
        <source>%1 — SIREN %2</source>
        <translation>%1 — SIREN %2</translation>
    </message>
    <message>
        <source>ex. : conseiller municipal, conjoint d&apos;un élu</source>
        <translation>e.g. town councillor, spouse of an elected member</translation>
    </message>
    <message>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Demandeur :</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>&amp;Lien :</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Ses notes sur les dossiers de ce demandeur seront retirées et refusées ; la déclaration est conservée pour le comité.</source>
        <translation>Their scores on this applicant&apos;s applications will be withdrawn and refused; the declaration is kept for the committee.</translation>
    </message>
    <message>
        <source>&amp;Déclarer</source>
        <translation>&amp;Declare</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Déclarer ce lien retire %1 et %2 de %3 sur les dossiers de %4 (ils restent au journal, et Ctrl+Z les rend). Déclarer le lien ?</source>
        <translation>Declaring this link withdraws %1 and %2 by %3 on the applications of %4 (they stay in the log, and Ctrl+Z gives them back). Declare the link?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avis</source>
        <translation>
            <numerusform>%n opinion</numerusform>
            <numerusform>%n opinions</numerusform>
        </translation>
    </message>
    <message>
        <source>Indiquez la personne qui a un lien avec le demandeur.</source>
        <translation>Name the person who has a link with the applicant.</translation>
    </message>
    <message>
        <source>Choisissez le demandeur.</source>
        <translation>Choose the applicant.</translation>
    </message>
    <message>
        <source>Décrivez le lien (par exemple : conseiller municipal).</source>
        <translation>Describe the link (for example: town councillor).</translation>
    </message>
    <message>
        <source>Le lien de %1 avec %2 est déjà déclaré (%3) ; retirez-le d&apos;abord pour le décrire autrement.</source>
        <translation>The link of %1 with %2 is already declared (%3); withdraw it first to describe it otherwise.</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictListDialog</name>
    <message>
        <source>&amp;Retirer la déclaration…</source>
        <translation>&amp;Withdraw the declaration…</translation>
    </message>
    <message>
        <source>Liens d&apos;intérêt déclarés</source>
        <translation>Declared conflicts of interest</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Lien</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Déclaré le</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Retirer la déclaration</source>
        <translation>Withdraw the declaration</translation>
    </message>
    <message>
        <source>Pourquoi retirer le lien de %1 avec %2 ? (motif conservé au journal)</source>
        <translation>Why withdraw the link of %1 with %2? (the reason is kept in the log)</translation>
    </message>
</context>
<context>
    <name>guichet::CriterionEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(poids %2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:#555&apos;&gt;(weight %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Commentaire sur ce critère</source>
        <translation>Comment on this criterion</translation>
    </message>
    <message>
        <source>Commentaire : %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Niveau %1 : %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <source>Pas encore noté — tapez %1 à %2.</source>
        <translation>Not scored yet — type %1 to %2.</translation>
    </message>
</context>
<context>
    <name>guichet::CutoffPanel</name>
    <message>
        <source>Financer &amp;partiellement le dernier retenu</source>
        <translation>Fund the last retained one &amp;partially</translation>
    </message>
    <message>
        <source>&amp;Adopter…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>Classement général</source>
        <translation>Overall ranking</translation>
    </message>
    <message>
        <source>Faites glisser la ligne de coupure, ou double-cliquez sur le dernier dossier à retenir.</source>
        <translation>Drag the cutoff line, or double-click the last application to retain.</translation>
    </message>
    <message>
        <source>Rang de coupure</source>
        <translation>Cutoff rank</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le scénario…</source>
        <translation>&amp;Save the scenario…</translation>
    </message>
    <message>
        <source>&amp;Comparer…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>Liste :</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>Rang de coupure :</source>
        <translation>Cutoff rank:</translation>
    </message>
    <message>
        <source>Disponible (enveloppe − engagé) :</source>
        <translation>Available (envelope − committed):</translation>
    </message>
    <message>
        <source>Financé par le scénario :</source>
        <translation>Funded by the scenario:</translation>
    </message>
    <message>
        <source>Solde :</source>
        <translation>Balance:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n dossier(s))</source>
        <translation>
            <numerusform>%1 (%n application)</numerusform>
            <numerusform>%1 (%n applications)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (dépassement de %2)</source>
        <translation>%1 (overrun of %2)</translation>
    </message>
    <message numerus="yes">
        <source>Retenus non financés : %n dossier(s)</source>
        <translation>
            <numerusform>Retained but not funded: %n application</numerusform>
            <numerusform>Retained but not funded: %n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Dossier %2 — %3 (%4)</source>
        <translation>%1. Application %2 — %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… and %n other</numerusform>
            <numerusform>… and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Enregistrer le scénario</source>
        <translation>Save the scenario</translation>
    </message>
    <message>
        <source>Nom du scénario :</source>
        <translation>Scenario name:</translation>
    </message>
    <message>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Enregistrez au moins deux scénarios pour les comparer.</source>
        <translation>Save at least two scenarios to compare them.</translation>
    </message>
    <message>
        <source>Adopter</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Enregistrez d&apos;abord le scénario à adopter.</source>
        <translation>Save the scenario to adopt first.</translation>
    </message>
    <message>
        <source>Adopter un scénario</source>
        <translation>Adopt a scenario</translation>
    </message>
    <message>
        <source>Scénario :</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Les dossiers financés par « %1 » recevront ces montants comme propositions pour le prochain comité. Adopter ?</source>
        <translation>The applications funded by “%1” will get these amounts as proposals for the next committee. Adopt?</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) décidé(s) depuis l&apos;enregistrement du scénario garde(nt) leur décision.</source>
        <translation>
            <numerusform>%n application decided since the scenario was saved keeps its decision.</numerusform>
            <numerusform>%n applications decided since the scenario was saved keep their decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::CutoffTableModel</name>
    <message>
        <source>non financé</source>
        <translation>not funded</translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>N° DS</source>
        <translation>DS no.</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Financé</source>
        <translation>Funded</translation>
    </message>
</context>
<context>
    <name>guichet::DashboardPanel</name>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Autres collectivités</source>
        <translation>Other local authorities</translation>
    </message>
    <message>
        <source>Communes (population inconnue)</source>
        <translation>Municipalities (population unknown)</translation>
    </message>
    <message>
        <source>Communes &lt; 5 000 hab.</source>
        <translation>Municipalities &lt; 5,000 inhab.</translation>
    </message>
    <message>
        <source>Communes ≥ 5 000 hab.</source>
        <translation>Municipalities ≥ 5,000 inhab.</translation>
    </message>
    <message>
        <source>E&amp;xporter (PNG, PDF)…</source>
        <translation>E&amp;xport (PNG, PDF)…</translation>
    </message>
    <message>
        <source>Engagé</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Proposé, non décidé</source>
        <translation>Proposed, not decided</translation>
    </message>
    <message>
        <source>Libre après propositions</source>
        <translation>Free after proposals</translation>
    </message>
    <message>
        <source>Enveloppe</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Restant (enveloppe − engagé)</source>
        <translation>Remaining (envelope − committed)</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Par sous-axe</source>
        <translation>By sub-axis</translation>
    </message>
    <message>
        <source>Par type de demandeur</source>
        <translation>By kind of applicant</translation>
    </message>
    <message>
        <source>Engagé (net)</source>
        <translation>Committed (net)</translation>
    </message>
    <message>
        <source>Consommation par mois</source>
        <translation>Consumption by month</translation>
    </message>
    <message>
        <source>Tableau de bord de l&apos;enveloppe</source>
        <translation>Envelope dashboard</translation>
    </message>
    <message>
        <source>Exporter le tableau de bord</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>tableau-de-bord.pdf</source>
        <translation>dashboard.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf);;Image PNG (*.png)</source>
        <translation>PDF document (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>Écriture impossible : %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>guichet::DecisionChangeDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Réduire l&apos;attribution de</source>
        <translation>&amp;Reduce the grant by</translation>
    </message>
    <message>
        <source>&amp;Annuler la décision</source>
        <translation>&amp;Cancel the decision</translation>
    </message>
    <message>
        <source>Réduire ou annuler la décision — dossier %1</source>
        <translation>Reduce or cancel the decision — application %1</translation>
    </message>
    <message>
        <source>Pourquoi : gardé au registre</source>
        <translation>Why: kept in the ledger</translation>
    </message>
    <message>
        <source>Attribution du %1 : %2 attribués, %3 engagés, %4 versés.</source>
        <translation>Grant of %1: %2 granted, %3 committed, %4 paid.</translation>
    </message>
    <message>
        <source>%1 du %2.</source>
        <translation>%1 of %2.</translation>
    </message>
    <message>
        <source>Des versements ont été faits : l&apos;attribution ne peut être réduite en dessous de %1, ni annulée.</source>
        <translation>Payments have been made: the grant cannot be reduced below %1, nor cancelled.</translation>
    </message>
    <message>
        <source>les crédits engagés reviennent à l&apos;enveloppe</source>
        <translation>the committed credits go back to the envelope</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>M&amp;otif (obligatoire)</source>
        <translation>Rea&amp;son (required)</translation>
    </message>
    <message>
        <source>Donnez le motif : il est gardé au registre.</source>
        <translation>Give the reason: it is kept in the ledger.</translation>
    </message>
</context>
<context>
    <name>guichet::DecisionDialog</name>
    <message>
        <source>Décision — dossier %1</source>
        <translation>Decision — application %1</translation>
    </message>
    <message>
        <source>n° de l&apos;arrêté (facultatif)</source>
        <translation>order number (optional)</translation>
    </message>
    <message>
        <source>&amp;Justification écrite du dépassement (gardée au journal)</source>
        <translation>Written &amp;justification of the overrun (kept in the log)</translation>
    </message>
    <message>
        <source>Montant proposé : %1 — %2</source>
        <translation>Proposed amount: %1 — %2</translation>
    </message>
    <message>
        <source>Aucun montant proposé pour ce dossier.</source>
        <translation>No amount proposed for this application.</translation>
    </message>
    <message>
        <source>Enveloppe restante : %1</source>
        <translation>Remaining envelope: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z annule la décision : une annulation est inscrite au registre (rien n&apos;est effacé) et les crédits reviennent à l&apos;enveloppe.</source>
        <translation>Ctrl+Z undoes the decision: a cancellation is written to the ledger (nothing is erased) and the credits go back to the envelope.</translation>
    </message>
    <message>
        <source>&amp;Décision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>&amp;Montant attribué</source>
        <translation>&amp;Amount granted</translation>
    </message>
    <message>
        <source>D&amp;ate de la décision</source>
        <translation>Decision da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Référence</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>M&amp;otif</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentActions</name>
    <message>
        <source>&amp;En-tête des documents…</source>
        <translation>&amp;Letterhead of the documents…</translation>
    </message>
    <message>
        <source>&amp;Modèles de documents…</source>
        <translation>Document &amp;templates…</translation>
    </message>
    <message>
        <source>&amp;Documents du dossier…</source>
        <translation>&amp;Documents of the application…</translation>
    </message>
    <message>
        <source>É&amp;mettre les documents de toutes les décisions…</source>
        <translation>&amp;Issue the documents of all decisions…</translation>
    </message>
    <message>
        <source>Arrêté et lettres de la décision du dossier affiché : aperçu, puis émission</source>
        <translation>Order and letters of the decision on the application shown: preview, then issue</translation>
    </message>
    <message>
        <source>En-tête des documents enregistré.</source>
        <translation>Letterhead of the documents saved.</translation>
    </message>
    <message>
        <source>Dossier où écrire les PDF</source>
        <translation>Folder to write the PDFs to</translation>
    </message>
    <message>
        <source>Émission des documents des décisions…</source>
        <translation>Issuing the documents of the decisions…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <source>Émission interrompue : %n document(s) émis ; relancez pour continuer.</source>
        <translation>
            <numerusform>Issue interrupted: %n document issued; run again to go on.</numerusform>
            <numerusform>Issue interrupted: %n documents issued; run again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) émis.</source>
        <translation>
            <numerusform>%n document issued.</numerusform>
            <numerusform>%n documents issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imprimer la &amp;fiche d&apos;instruction…</source>
        <translation>Print the review &amp;sheet…</translation>
    </message>
    <message>
        <source>Imprimer la &amp;grille de sélection…</source>
        <translation>Print the selection &amp;grid…</translation>
    </message>
    <message>
        <source>Éligibilité et motifs, notes et consolidation, proposition et historique du dossier affiché, en PDF</source>
        <translation>Eligibility and reasons, scores and consolidation, proposal and history of the application shown, as PDF</translation>
    </message>
    <message>
        <source>fiche d&apos;instruction %1.pdf</source>
        <translation>review sheet %1.pdf</translation>
    </message>
    <message>
        <source>grille de sélection.pdf</source>
        <translation>selection grid.pdf</translation>
    </message>
    <message>
        <source>Imprimer en PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>PDF enregistré : %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>&amp;Registre des actes…</source>
        <translation>&amp;Register of issued documents…</translation>
    </message>
    <message>
        <source>Les documents émis, dans l&apos;ordre d&apos;émission : réimpression à l&apos;identique, export</source>
        <translation>The issued documents, in the order of issue: identical reprint, export</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentPreviewDialog</name>
    <message>
        <source>&amp;Modifier ce document…</source>
        <translation>&amp;Edit this document…</translation>
    </message>
    <message>
        <source>É&amp;mettre</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Documents du dossier %1</source>
        <translation>Documents of application %1</translation>
    </message>
    <message>
        <source>Numérote les documents au registre et en fige une copie dans le classeur</source>
        <translation>Numbers the documents in the register and freezes a copy in the workspace</translation>
    </message>
    <message>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Projet : les documents ne sont numérotés et figés qu&apos;à l&apos;émission.</source>
        <translation>Draft: the documents are numbered and frozen only when issued.</translation>
    </message>
    <message>
        <source>Émettre ces documents ? Ils seront numérotés au registre et figés : une correction sera un nouveau document.</source>
        <translation>Issue these documents? They will be numbered in the register and frozen: a correction will be a new document.</translation>
    </message>
    <message>
        <source>Émis : %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>É&amp;mettre une correction</source>
        <translation>Issue a &amp;correction</translation>
    </message>
    <message>
        <source>Émet de nouveaux documents, numérotés, qui annulent et remplacent ceux émis en dernier (ils restent au registre)</source>
        <translation>Issues new numbered documents that cancel and replace those issued last (they stay in the register)</translation>
    </message>
    <message>
        <source>Émettre une correction ? Chaque document émis en dernier sera remplacé par un nouveau document, numéroté, qui le cite.</source>
        <translation>Issue a correction? Each document issued last will be replaced by a new numbered document citing it.</translation>
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
        <source>Autres colonnes de l&apos;export DS</source>
        <translation>Other DS export columns</translation>
    </message>
    <message>
        <source>Demandeur absent du référentiel des collectivités : vérifiez son SIRET.</source>
        <translation>Applicant not in the local authority register: check its SIRET.</translation>
    </message>
    <message>
        <source>Absent du dernier export DS importé (supprimé ou filtré dans DS ?).</source>
        <translation>Missing from the last imported DS export (deleted or filtered out in DS?).</translation>
    </message>
    <message>
        <source>Archivé dans DS.</source>
        <translation>Archived in DS.</translation>
    </message>
    <message>
        <source>conforme</source>
        <translation>meets</translation>
    </message>
    <message>
        <source>non conforme</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>à surveiller</source>
        <translation>to watch</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>Éligibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Aucune modification de la note.</source>
        <translation>No changes to the note.</translation>
    </message>
    <message>
        <source>Historique de la note</source>
        <translation>Note history</translation>
    </message>
    <message>
        <source>Note modifiée, pas encore enregistrée : Ctrl+Entrée l&apos;enregistre, comme le passage à un autre dossier.</source>
        <translation>Note changed, not saved yet: Ctrl+Enter saves it, as does moving to another application.</translation>
    </message>
    <message>
        <source>%1 — %2 a modifié la note</source>
        <translation>%1 — %2 changed the note</translation>
    </message>
    <message>
        <source>Montant proposé</source>
        <translation>Proposed amount</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>pas de proposition : dossier non éligible</source>
        <translation>no proposal: application not eligible</translation>
    </message>
    <message>
        <source>pas de proposition : dossier clos dans DS</source>
        <translation>no proposal: application closed in DS</translation>
    </message>
    <message>
        <source>pas de proposition : aucune règle du programme ne s&apos;applique</source>
        <translation>no proposal: no rule of the programme applies</translation>
    </message>
    <message>
        <source>pas encore de décision</source>
        <translation>no decision yet</translation>
    </message>
    <message>
        <source>attribution de %1 le %2</source>
        <translation>grant of %1 on %2</translation>
    </message>
    <message>
        <source>attribution de %1 le %2, réduite à %3</source>
        <translation>grant of %1 on %2, reduced to %3</translation>
    </message>
    <message>
        <source>refus le %1</source>
        <translation>refusal on %1</translation>
    </message>
    <message>
        <source>classement sans suite le %1</source>
        <translation>no further action on %1</translation>
    </message>
    <message>
        <source>décision annulée (crédits rendus à l&apos;enveloppe)</source>
        <translation>decision cancelled (credits returned to the envelope)</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Versé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>%1 (solde payé)</source>
        <translation>%1 (balance paid)</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>guichet::DossierDialog</name>
    <message>
        <source>en euros, ex. 12 500,00</source>
        <translation>in euros, e.g. 12 500,00</translation>
    </message>
    <message>
        <source>Le montant « %1 » n&apos;est pas un montant en euros (ex. 12 500,00).</source>
        <translation>“%1” is not an amount in euros (e.g. 12 500,00).</translation>
    </message>
</context>
<context>
    <name>guichet::DossierFilterBar</name>
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
        <source>Filtrer par éligibilité ou désaccord</source>
        <translation>Filter by eligibility or disagreement</translation>
    </message>
    <message>
        <source>Toute éligibilité</source>
        <translation>Any eligibility</translation>
    </message>
    <message>
        <source>Éligibles</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>À compléter</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Non éligibles</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>À &amp;noter par moi</source>
        <translation>To &amp;score by me</translation>
    </message>
    <message>
        <source>⚑ &amp;Désaccords entre instructeurs</source>
        <translation>⚑ &amp;Disagreements between instructors</translation>
    </message>
    <message>
        <source>Avec une note de l&apos;&amp;instructeur</source>
        <translation>With an &amp;instructor&apos;s note</translation>
    </message>
    <message>
        <source>&amp;Absents du dernier export</source>
        <translation>&amp;Absent from the latest export</translation>
    </message>
    <message>
        <source>Afficher seulement</source>
        <translation>Show only</translation>
    </message>
    <message>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Tous les sous-axes</source>
        <translation>All sub-axes</translation>
    </message>
    <message numerus="yes">
        <source>Afficher seulement (%n)</source>
        <translation>
            <numerusform>Show only (%n)</numerusform>
            <numerusform>Show only (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DossierListView</name>
    <message>
        <source>Liste des dossiers</source>
        <translation>Application list</translation>
    </message>
    <message>
        <source>Aucun dossier ne correspond à la recherche et aux filtres.</source>
        <translation>No application matches the search and the filters.</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>guichet::DossierLoading</name>
    <message numerus="yes">
        <source>Le contrôle du classeur à l&apos;ouverture a trouvé %n anomalie(s) :</source>
        <translation>
            <numerusform>The check of the workspace at opening found %n anomaly:</numerusform>
            <numerusform>The check of the workspace at opening found %n anomalies:</numerusform>
        </translation>
    </message>
    <message>
        <source>Le classeur a pu être modifié hors de Guichet : signalez-le à l&apos;administrateur (guichet verify donne la liste complète).</source>
        <translation>The workspace may have been changed outside Guichet: tell your administrator (guichet verify gives the full list).</translation>
    </message>
</context>
<context>
    <name>guichet::DossierStream</name>
    <message>
        <source>Le classeur %1 n&apos;a pas pu être relu : %2</source>
        <translation>The workspace %1 could not be read again: %2</translation>
    </message>
</context>
<context>
    <name>guichet::DossierTableModel</name>
    <message>
        <source>%1 — absent du référentiel des collectivités</source>
        <translation>%1 — not in the local authority register</translation>
    </message>
    <message>
        <source>Absent du dernier export DS importé</source>
        <translation>Missing from the last imported DS export</translation>
    </message>
    <message>
        <source>Désaccord entre instructeurs sur au moins un critère (%1)</source>
        <translation>Disagreement between instructors on at least one criterion (%1)</translation>
    </message>
    <message>
        <source>Notée par %1</source>
        <translation>Scored by %1</translation>
    </message>
</context>
<context>
    <name>guichet::Editing</name>
    <message>
        <source>&amp;Annuler</source>
        <comment>undo</comment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>guichet::EligibilityDialog</name>
    <message>
        <source>Éligibilité du dossier n° %1</source>
        <translation>Eligibility of application no. %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vérification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Check&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Résultat automatique&lt;/b&gt;</source>
        <translation>&lt;b&gt;Automatic result&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Décision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Justification&lt;/b&gt;</source>
        <translation>&lt;b&gt;Justification&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vérification manuelle</source>
        <translation>Manual check</translation>
    </message>
    <message>
        <source>Décision : %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Résultat automatique</source>
        <translation>Automatic result</translation>
    </message>
    <message>
        <source>À vérifier</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Justification : %1</source>
        <translation>Justification: %1</translation>
    </message>
    <message>
        <source>Obligatoire pour modifier le résultat</source>
        <translation>Required to override the result</translation>
    </message>
    <message>
        <source>Note (facultative)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Justifiez la modification du résultat automatique « %1 ».</source>
        <translation>Justify overriding the automatic result “%1”.</translation>
    </message>
</context>
<context>
    <name>guichet::EnvelopeActions</name>
    <message>
        <source>&amp;Enveloppe et scénarios de coupure…</source>
        <translation>&amp;Envelope and cutoff scenarios…</translation>
    </message>
    <message>
        <source>&amp;Modifier le montant proposé…</source>
        <translation>Change the proposed a&amp;mount…</translation>
    </message>
    <message>
        <source>Enregistrer la &amp;décision…</source>
        <translation>Record the &amp;decision…</translation>
    </message>
    <message>
        <source>Un autre montant ou taux que celui des règles pour le dossier affiché, avec un motif</source>
        <translation>Another amount or rate than the rules’ for the application shown, with a reason</translation>
    </message>
    <message>
        <source>Attribution, refus ou classement sans suite du dossier affiché</source>
        <translation>Grant, refusal or no further action for the application shown</translation>
    </message>
    <message>
        <source>Montant proposé du dossier %1 enregistré.</source>
        <translation>Proposed amount of application %1 saved.</translation>
    </message>
    <message>
        <source>Décision sur le dossier %1 enregistrée.</source>
        <translation>Decision on application %1 recorded.</translation>
    </message>
    <message>
        <source>&amp;Réduire ou annuler la décision…</source>
        <translation>&amp;Reduce or cancel the decision…</translation>
    </message>
    <message>
        <source>Enregistrer un &amp;versement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <source>Réduire l&apos;attribution du dossier affiché ou retirer sa décision, avec un motif</source>
        <translation>Reduce the grant of the application shown or withdraw its decision, with a reason</translation>
    </message>
    <message>
        <source>Avance, acompte ou solde de l&apos;attribution du dossier affiché</source>
        <translation>Advance, instalment or balance of the grant of the application shown</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas d&apos;attribution en cours.</source>
        <translation>Application %1 has no grant in force.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;a pas de décision en cours.</source>
        <translation>Application %1 has no decision in force.</translation>
    </message>
    <message>
        <source>Décision du dossier %1 modifiée.</source>
        <translation>Decision on application %1 changed.</translation>
    </message>
    <message>
        <source>Versement sur le dossier %1 enregistré.</source>
        <translation>Payment on application %1 recorded.</translation>
    </message>
</context>
<context>
    <name>guichet::EnvelopeGaugePanel</name>
    <message>
        <source>Enveloppe</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Déjà engagé (décisions prises)</source>
        <translation>Already committed (decisions taken)</translation>
    </message>
    <message>
        <source>Avis favorables de la séance</source>
        <translation>Favourable opinions of the session</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>dépassement de %1</source>
        <translation>over by %1</translation>
    </message>
    <message>
        <source>reste %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Dépassement de l&apos;enveloppe</source>
        <translation>Over the envelope by</translation>
    </message>
    <message>
        <source>Reste disponible</source>
        <translation>Still available</translation>
    </message>
    <message>
        <source>Engagé %1 + avis %2 = %3 sur %4</source>
        <translation>Committed %1 + opinions %2 = %3 of %4</translation>
    </message>
</context>
<context>
    <name>guichet::EnvelopeStatusLabel</name>
    <message>
        <source>Enveloppe restante : %1</source>
        <translation>Remaining envelope: %1</translation>
    </message>
    <message>
        <source>Enveloppe restante : %1 (dépassement de %2)</source>
        <translation>Remaining envelope: %1 (overrun of %2)</translation>
    </message>
</context>
<context>
    <name>guichet::EnvelopeWindow</name>
    <message>
        <source>Enveloppe — Guichet</source>
        <translation>Envelope — Guichet</translation>
    </message>
    <message>
        <source>&amp;Scénario de coupure</source>
        <translation>Cutoff &amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Tableau de bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>guichet::FileActions</name>
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
        <source>&amp;Importer un export démarches-simplifiées…</source>
        <translation>&amp;Import a démarches-simplifiées export…</translation>
    </message>
    <message>
        <source>&amp;Historique des imports…</source>
        <translation>Import hi&amp;story…</translation>
    </message>
    <message>
        <source>&amp;Exporter la liste…</source>
        <translation>&amp;Export the list…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>&amp;Propriétés du classeur…</source>
        <translation>Workspace &amp;properties…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Exporter la liste</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>Enregistrer une copie du classeur</source>
        <translation>Save a copy of the workspace</translation>
    </message>
    <message>
        <source>%1 (copie).guichet</source>
        <translation>%1 (copy).guichet</translation>
    </message>
    <message>
        <source>Classeurs Guichet (*.guichet)</source>
        <translation>Guichet workspaces (*.guichet)</translation>
    </message>
    <message>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
</context>
<context>
    <name>guichet::HelpActions</name>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
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
        <source>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Instruction des dossiers de subvention des collectivités.&lt;br&gt;Classeurs écrits au schéma %2.&lt;br&gt;&lt;br&gt;Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.&lt;br&gt;Référentiel des collectivités : Etalab, découpage administratif (licence MIT).</source>
        <translation>&lt;b&gt;Guichet&lt;/b&gt; %1&lt;br&gt;Review of the grant applications of municipalities.&lt;br&gt;Workspaces written in schema %2.&lt;br&gt;&lt;br&gt;Free software under the GNU GPL, version 3 or later.&lt;br&gt;Collectivity referential: Etalab, découpage administratif (MIT licence).</translation>
    </message>
</context>
<context>
    <name>guichet::HelpWindow</name>
    <message>
        <source>:/help/guide-fr.md</source>
        <comment>the guide&apos;s resource in this language</comment>
        <translation>:/help/guide-en.md</translation>
    </message>
    <message>
        <source>Guide d&apos;utilisation — Guichet</source>
        <translation>User guide — Guichet</translation>
    </message>
    <message>
        <source>&amp;Rechercher dans le guide :</source>
        <translation>&amp;Search the guide:</translation>
    </message>
    <message>
        <source>un mot, puis Entrée pour l&apos;occurrence suivante</source>
        <translation>a word, then Enter for the next occurrence</translation>
    </message>
    <message>
        <source>Introuvable dans le guide</source>
        <translation>Not found in the guide</translation>
    </message>
</context>
<context>
    <name>guichet::ImportController</name>
    <message>
        <source>Le classeur est ouvert en lecture seule : import impossible.</source>
        <translation>The workspace is open read-only: cannot import.</translation>
    </message>
    <message>
        <source>Import de %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export partiel ?</source>
        <translation>Partial export?</translation>
    </message>
    <message numerus="yes">
        <source>Cet export ne contient pas %n des %1 dossiers du classeur.</source>
        <translation>
            <numerusform>This export lacks %n of the workspace&apos;s %1 applications.</numerusform>
            <numerusform>This export lacks %n of the workspace&apos;s %1 applications.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&apos;il ne contient qu&apos;une partie des dossiers (un export filtré), importez-le comme un export partiel : aucun dossier ne sera marqué absent.

S&apos;il est complet, les dossiers qu&apos;il ne contient pas ne sont plus sur démarches-simplifiées : marquez-les absents (ils restent dans le classeur, avec leur instruction).</source>
        <translation>If it holds only some of the applications (a filtered export), import it as a partial export: no application will be flagged absent.

If it is complete, the applications it does not hold are no longer on démarches-simplifiées: flag them absent (they stay in the workspace, with their instruction).</translation>
    </message>
    <message>
        <source>Import partiel (ne rien marquer absent)</source>
        <translation>Partial import (flag nothing absent)</translation>
    </message>
    <message>
        <source>Marquer absents</source>
        <translation>Flag absent</translation>
    </message>
</context>
<context>
    <name>guichet::ImportHistoryDialog</name>
    <message>
        <source>Historique des imports</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Nouveaux</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Inchangés</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Absents</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>guichet::ImportReportDialog</name>
    <message>
        <source>Rapport d&apos;import</source>
        <translation>Import report</translation>
    </message>
    <message numerus="yes">
        <source>%n nouveau(x)</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inchangé(s)</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demandeur(s) changé(s)</source>
        <translation>
            <numerusform>%n applicant changed</numerusform>
            <numerusform>%n applicants changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) d&apos;état</source>
        <translation>
            <numerusform>%n state change</numerusform>
            <numerusform>%n state changes</numerusform>
        </translation>
    </message>
    <message>
        <source>export partiel : aucun dossier marqué absent</source>
        <translation>partial export: no application flagged absent</translation>
    </message>
    <message numerus="yes">
        <source>%n absent(s) de l&apos;export</source>
        <translation>
            <numerusform>%n missing from the export</numerusform>
            <numerusform>%n missing from the export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demandeur(s) à vérifier</source>
        <translation>
            <numerusform>%n applicant to check</numerusform>
            <numerusform>%n applicants to check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::InstructionActions</name>
    <message>
        <source>&amp;Noter le dossier</source>
        <translation>&amp;Score the application</translation>
    </message>
    <message>
        <source>Dossier &amp;suivant à noter</source>
        <translation>&amp;Next application to score</translation>
    </message>
    <message>
        <source>&amp;Éligibilité du dossier…</source>
        <translation>Application &amp;eligibility…</translation>
    </message>
    <message>
        <source>&amp;Grille de sélection</source>
        <translation>Selection &amp;grid</translation>
    </message>
    <message>
        <source>&amp;Déclarer un lien d&apos;intérêt…</source>
        <translation>&amp;Declare a conflict of interest…</translation>
    </message>
    <message>
        <source>&amp;Liens d&apos;intérêt déclarés…</source>
        <translation>Declared &amp;conflicts of interest…</translation>
    </message>
    <message>
        <source>E&amp;xporter mes notes…</source>
        <translation>E&amp;xport my scores…</translation>
    </message>
    <message>
        <source>&amp;Importer des notes…</source>
        <translation>&amp;Import scores…</translation>
    </message>
    <message>
        <source>Plus aucun dossier à noter dans cette liste.</source>
        <translation>No more applications to score in this list.</translation>
    </message>
    <message>
        <source>Éligibilité du dossier %1 enregistrée.</source>
        <translation>Eligibility of application %1 saved.</translation>
    </message>
    <message numerus="yes">
        <source>Lien déclaré ; %n note(s) retirée(s).</source>
        <translation>
            <numerusform>Conflict of interest declared; %n score withdrawn.</numerusform>
            <numerusform>Conflict of interest declared; %n scores withdrawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporter mes notes</source>
        <translation>Export my scores</translation>
    </message>
    <message>
        <source>notes-%1.json</source>
        <translation>scores-%1.json</translation>
    </message>
    <message>
        <source>Paquets de notes (*.json)</source>
        <translation>Score packages (*.json)</translation>
    </message>
    <message>
        <source>Importer des notes</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <source>%1 : %2 exportés.</source>
        <translation>%1: %2 exported.</translation>
    </message>
</context>
<context>
    <name>guichet::LetterheadDialog</name>
    <message>
        <source>En-tête des documents</source>
        <translation>Letterhead of the documents</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Logo de la préfecture</source>
        <translation>Logo of the prefecture</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Note du dossier %1 enregistrée.</source>
        <translation>Note for application %1 saved.</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
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
    <message>
        <source>Importer un export démarches-simplifiées</source>
        <translation>Import a démarches-simplifiées export</translation>
    </message>
    <message>
        <source>Exports démarches-simplifiées (*.csv *.xlsx *.ods)</source>
        <translation>démarches-simplifiées exports (*.csv *.xlsx *.ods)</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Scoring</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Démonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>En&amp;veloppe</source>
        <translation>E&amp;nvelope</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Co&amp;mité</source>
        <translation>Co&amp;mmittee</translation>
    </message>
</context>
<context>
    <name>guichet::PaymentDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Versement — dossier %1</source>
        <translation>Payment — application %1</translation>
    </message>
    <message>
        <source>n° du mandat ou de l&apos;ordre de paiement (facultatif)</source>
        <translation>number of the payment order (optional)</translation>
    </message>
    <message>
        <source>Attribution de %1 ; versé : %2 (avance %3, acomptes %4, solde %5).</source>
        <translation>Grant of %1; paid: %2 (advance %3, instalments %4, balance %5).</translation>
    </message>
    <message>
        <source>Encore possible (décret 2018-514) : avance %1, acompte %2, solde %3.</source>
        <translation>Still possible (décret 2018-514): advance %1, instalment %2, balance %3.</translation>
    </message>
    <message>
        <source>&amp;Nature</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Date du versement</source>
        <translation>&amp;Date of payment</translation>
    </message>
    <message>
        <source>&amp;Référence</source>
        <translation>&amp;Reference</translation>
    </message>
</context>
<context>
    <name>guichet::ProjectionControl</name>
    <message>
        <source>&amp;Projeter la séance</source>
        <translation>&amp;Project the session</translation>
    </message>
    <message>
        <source>Vue &amp;dossier</source>
        <translation>&amp;Application view</translation>
    </message>
    <message>
        <source>Vue &amp;grille de la séance</source>
        <translation>Session &amp;grid view</translation>
    </message>
    <message>
        <source>Vue &amp;enveloppe</source>
        <translation>&amp;Envelope view</translation>
    </message>
    <message>
        <source>Écran &amp;noir</source>
        <translation>&amp;Black screen</translation>
    </message>
</context>
<context>
    <name>guichet::ProjectionDossierView</name>
    <message>
        <source>non classé</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>rang %1 (%2 dans le sous-axe)</source>
        <translation>rank %1 (%2 in the sub-axis)</translation>
    </message>
    <message>
        <source>Avis à donner</source>
        <translation>Opinion to give</translation>
    </message>
    <message>
        <source>Avis : %1</source>
        <translation>Opinion: %1</translation>
    </message>
    <message>
        <source>(modifié)</source>
        <translation>(amended)</translation>
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
        <source>Montant proposé</source>
        <translation>Proposed amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Dossier %1 sur %2 · n° %3 · %4</source>
        <translation>Application %1 of %2 · no. %3 · %4</translation>
    </message>
    <message>
        <source>%1 habitants</source>
        <translation>%1 inhabitants</translation>
    </message>
    <message>
        <source>population inconnue</source>
        <translation>population unknown</translation>
    </message>
    <message>
        <source>Sous-axe %1 — %2</source>
        <translation>Sub-axis %1 — %2</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>non noté</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>désaccord</source>
        <translation>disagreement</translation>
    </message>
    <message>
        <source>Base de la proposition : %1</source>
        <translation>Basis of the proposal: %1</translation>
    </message>
    <message>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Ce que le niveau signifie</source>
        <translation>What the level means</translation>
    </message>
    <message>
        <source>%1 (coef. %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>guichet::ProjectionGridView</name>
    <message>
        <source>Limite de l&apos;enveloppe (%1) : les dossiers au-dessus y tiennent</source>
        <translation>Envelope limit (%1): the applications above fit within it</translation>
    </message>
    <message numerus="yes">
        <source>Grille de la séance : %n dossier(s) par rang</source>
        <translation>
            <numerusform>Session grid: %n application by rank</numerusform>
            <numerusform>Session grid: %n applications by rank</numerusform>
        </translation>
    </message>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cumul</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Niveaux moyens des instructeurs par critère — %1 ; « · » : sans objet. Montant : celui de l&apos;avis favorable, sinon la proposition ; cumul depuis le déjà engagé.</source>
        <translation>Instructors&apos; mean levels per criterion — %1; “·”: not applicable. Amount: the favourable opinion&apos;s, otherwise the proposal; running total from what is already committed.</translation>
    </message>
    <message>
        <source> — page %1/%2</source>
        <translation> — page %1/%2</translation>
    </message>
</context>
<context>
    <name>guichet::ProjectionWindow</name>
    <message>
        <source>Projection de la séance — Guichet</source>
        <translation>Session projection — Guichet</translation>
    </message>
</context>
<context>
    <name>guichet::ProposedAmountDialog</name>
    <message>
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Taux du coût éligible</source>
        <translation>&amp;Rate of the eligible cost</translation>
    </message>
    <message>
        <source>Montant proposé — dossier %1</source>
        <translation>Proposed amount — application %1</translation>
    </message>
    <message>
        <source>en %, ex. 74 ou 74,5</source>
        <translation>in %, e.g. 74 or 74,5</translation>
    </message>
    <message>
        <source>Pourquoi ce montant plutôt que celui des règles</source>
        <translation>Why this amount rather than the rules’</translation>
    </message>
    <message>
        <source>Proposé actuellement : %1 — %2</source>
        <translation>Currently proposed: %1 — %2</translation>
    </message>
    <message>
        <source>Aucun montant proposé par les règles.</source>
        <translation>No amount proposed by the rules.</translation>
    </message>
    <message>
        <source>Pas de proposition : dossier non éligible.</source>
        <translation>No proposal: application not eligible.</translation>
    </message>
    <message>
        <source>M&amp;otif (obligatoire)</source>
        <translation>Rea&amp;son (required)</translation>
    </message>
    <message>
        <source>Le taux « %1 » n&apos;est pas un pourcentage (ex. 74 ou 74,5).</source>
        <translation>“%1” is not a percentage (e.g. 74 or 74,5).</translation>
    </message>
    <message>
        <source>Donnez le motif de ce montant : il est gardé au journal.</source>
        <translation>Give the reason for this amount: it is kept in the log.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Record</translation>
    </message>
</context>
<context>
    <name>guichet::RecusalBox</name>
    <message>
        <source>Déports</source>
        <translation>Recusals</translation>
    </message>
    <message>
        <source>&amp;Quitte la salle</source>
        <translation>&amp;Leaves the room</translation>
    </message>
    <message>
        <source>Re&amp;vient</source>
        <translation>Re&amp;turns</translation>
    </message>
    <message>
        <source>Hors de la salle (lien déclaré) : %1</source>
        <translation>Out of the room (declared link): %1</translation>
    </message>
    <message>
        <source>Aucun déport pour ce dossier.</source>
        <translation>No recusal for this application.</translation>
    </message>
</context>
<context>
    <name>guichet::RegisterDialog</name>
    <message>
        <source>&amp;Réimprimer…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Registre des actes</source>
        <translation>Register of issued documents</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Remplace</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Écrit la copie figée du document choisi, identique octet pour octet</source>
        <translation>Writes the frozen copy of the selected document, identical byte for byte</translation>
    </message>
    <message>
        <source>Le registre en classeur Excel ou en CSV</source>
        <translation>The register as an Excel workbook or CSV</translation>
    </message>
    <message>
        <source>séance n° %1</source>
        <translation>session no. %1</translation>
    </message>
    <message>
        <source>Corrige le document n° %1, qui reste au registre</source>
        <translation>Corrects document no. %1, which stays in the register</translation>
    </message>
    <message>
        <source>Aucun document n° « %1 » au registre.</source>
        <translation>No document no. “%1” in the register.</translation>
    </message>
    <message>
        <source>Réimprimer le document n° %1</source>
        <translation>Reprint document no. %1</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Réimpression impossible</source>
        <translation>Reprint failed</translation>
    </message>
    <message>
        <source>Document %1 réimprimé dans %2</source>
        <translation>Document %1 reprinted to %2</translation>
    </message>
    <message>
        <source>Exporter le registre des actes</source>
        <translation>Export the register of issued documents</translation>
    </message>
    <message>
        <source>registre-des-actes</source>
        <translation>register-of-issued-documents</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>guichet::ScenarioCompareDialog</name>
    <message>
        <source>Comparer deux scénarios</source>
        <translation>Compare two scenarios</translation>
    </message>
    <message>
        <source>et</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Dossiers financés différemment :</source>
        <translation>Applications funded differently:</translation>
    </message>
    <message>
        <source>Disponible à l&apos;enregistrement</source>
        <translation>Available when saved</translation>
    </message>
    <message>
        <source>Financé</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Financé, sous-axe %1</source>
        <translation>Funded, sub-axis %1</translation>
    </message>
    <message>
        <source>N° DS</source>
        <translation>DS no.</translation>
    </message>
    <message>
        <source>Sous-axe</source>
        <translation>Sub-axis</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>guichet::ScoringPanel</name>
    <message>
        <source>Motif de l&apos;avis</source>
        <translation>Reason for the opinion</translation>
    </message>
    <message>
        <source>&amp;Avis global :</source>
        <translation>&amp;Overall opinion:</translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Historique des notes de ce dossier :</source>
        <translation>Score history for this application:</translation>
    </message>
    <message>
        <source>Sélectionnez un dossier pour le noter.</source>
        <translation>Select an application to score it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation de %1&lt;/b&gt; — dossier n° %2, sous-axe %3</source>
        <translation>&lt;b&gt;Scoring by %1&lt;/b&gt; — application no. %2, sub-axis %3</translation>
    </message>
    <message>
        <source>Vous avez déclaré un lien avec %1 (%2) : vous ne notez pas ses dossiers (déport).</source>
        <translation>You have declared a conflict of interest with %1 (%2): you do not score this applicant’s applications (recusal).</translation>
    </message>
    <message>
        <source>Aucune note pour l&apos;instant.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <source>Votre note : &lt;b&gt;%1 / 100&lt;/b&gt; (tous les critères notés)</source>
        <translation>Your score: &lt;b&gt;%1 / 100&lt;/b&gt; (all criteria scored)</translation>
    </message>
    <message numerus="yes">
        <source>%n critère(s) noté(s) sur %1 — la note pondérée apparaît quand tous le sont.</source>
        <translation>
            <numerusform>%n criterion scored out of %1 — the weighted score shows once all are.</numerusform>
            <numerusform>%n criteria scored out of %1 — the weighted score shows once all are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SelectionGridModel</name>
    <message>
        <source>Non éligible : hors classement</source>
        <translation>Not eligible: unranked</translation>
    </message>
</context>
<context>
    <name>guichet::SelectionGridWindow</name>
    <message>
        <source>&amp;Désaccords d&apos;abord</source>
        <translation>&amp;Disagreements first</translation>
    </message>
    <message>
        <source>Grille de sélection — Guichet</source>
        <translation>Selection grid — Guichet</translation>
    </message>
    <message>
        <source>&amp;Sous-axe :</source>
        <translation>&amp;Sub-axis:</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Plein écran</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Exporter la grille</source>
        <translation>Export the grid</translation>
    </message>
    <message>
        <source>Quitter le plein écran ou fermer</source>
        <translation>Leave full screen or close</translation>
    </message>
    <message>
        <source>Moyenne des instructeurs par critère (écart min–max entre parenthèses) ; la couleur suit la moyenne, au demi-niveau le plus proche : %1.</source>
        <translation>Mean of the instructors per criterion (min–max range in brackets); the colour follows the mean, to the nearest half level: %1.</translation>
    </message>
    <message>
        <source>« s.o. » : critère sans objet pour le sous-axe.</source>
        <translation>“n/a”: criterion not applicable to the sub-axis.</translation>
    </message>
    <message numerus="yes">
        <source>Désaccord : écart d&apos;au moins %n niveau. Les dossiers non éligibles sont hors classement, en fin de grille.</source>
        <translation>
            <numerusform>Disagreement: at least %n level apart. Ineligible applications are not ranked, at the end of the grid.</numerusform>
            <numerusform>Disagreement: at least %n levels apart. Ineligible applications are not ranked, at the end of the grid.</numerusform>
        </translation>
    </message>
    <message>
        <source>grille-de-selection</source>
        <translation>selection-grid</translation>
    </message>
</context>
<context>
    <name>guichet::SessionDecisionsDialog</name>
    <message numerus="yes">
        <source>%n attribution(s) pour un total de %1.</source>
        <translation>
            <numerusform>%n grant for a total of %1.</numerusform>
            <numerusform>%n grants for a total of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagé après les décisions : %1 sur une enveloppe de %2.</source>
        <translation>Committed after the decisions: %1 out of an envelope of %2.</translation>
    </message>
    <message>
        <source>Prendre les décisions de la séance n° %1</source>
        <translation>Take the decisions of session no. %1</translation>
    </message>
    <message>
        <source>Ces décisions dépassent l&apos;enveloppe de %1 : justifiez le dépassement.</source>
        <translation>These decisions exceed the envelope by %1: justify the overrun.</translation>
    </message>
    <message>
        <source>Les décisions seront inscrites au registre de l&apos;enveloppe (Ctrl+Z les annule tant qu&apos;aucun acte n&apos;est émis).</source>
        <translation>The decisions will be entered in the envelope&apos;s ledger (Ctrl+Z cancels them as long as no document is issued).</translation>
    </message>
    <message>
        <source>&amp;Prendre les décisions</source>
        <translation>&amp;Take the decisions</translation>
    </message>
    <message>
        <source>Au-delà de l&apos;enveloppe, la justification est requise.</source>
        <translation>Beyond the envelope, the justification is required.</translation>
    </message>
    <message>
        <source>Chaque avis devient la décision qu&apos;il appelle. Une décision différente de l&apos;avis (autre montant, refus, classement sans suite) demande son motif.</source>
        <translation>Each opinion becomes the decision it calls for. A decision that differs from the opinion (another amount, a refusal, no further action) needs its reason.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Avis du comité</source>
        <translation>Committee&apos;s opinion</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Motif de l&apos;écart</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <source>&amp;Justification du dépassement :</source>
        <translation>&amp;Justification of the overrun:</translation>
    </message>
    <message>
        <source>Pas de décision maintenant</source>
        <translation>No decision now</translation>
    </message>
    <message>
        <source>en euros</source>
        <translation>in euros</translation>
    </message>
    <message>
        <source>motif requis</source>
        <translation>reason required</translation>
    </message>
    <message>
        <source>Dossier %1 : le montant « %2 » n&apos;est pas un montant en euros (ex. 12 500,00).</source>
        <translation>Application %1: “%2” is not an amount in euros (e.g. 12 500,00).</translation>
    </message>
    <message>
        <source>Dossier %1 : la décision diffère de l&apos;avis du comité ; donnez-en le motif.</source>
        <translation>Application %1: the decision differs from the committee&apos;s opinion; give its reason.</translation>
    </message>
</context>
<context>
    <name>guichet::SessionDialog</name>
    <message>
        <source>Nouvelle séance du comité (n° %1)</source>
        <translation>New committee session (no. %1)</translation>
    </message>
    <message>
        <source>Séance n° %1</source>
        <translation>Session no. %1</translation>
    </message>
    <message>
        <source>ex. Préfet de l&apos;Ain</source>
        <translation>e.g. Préfet de l&apos;Ain</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Représenté par</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <source>&amp;Ajouter un membre</source>
        <translation>&amp;Add a member</translation>
    </message>
    <message>
        <source>&amp;Retirer le membre</source>
        <translation>&amp;Remove the member</translation>
    </message>
    <message>
        <source>Numéro :</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Heure :</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Président :</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>&amp;Secrétaire :</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <source>&amp;Créer la séance</source>
        <translation>&amp;Create the session</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Membres et présence :</source>
        <translation>Members and attendance:</translation>
    </message>
    <message>
        <source>représenté par…</source>
        <translation>represented by…</translation>
    </message>
    <message>
        <source>Quorum : %1</source>
        <translation>Quorum: %1</translation>
    </message>
</context>
<context>
    <name>guichet::SessionDueLabel</name>
    <message>
        <source>Pas de séance due</source>
        <translation>No session due</translation>
    </message>
</context>
<context>
    <name>guichet::SessionGauge</name>
    <message>
        <source>Enveloppe :</source>
        <translation>Envelope:</translation>
    </message>
    <message>
        <source>engagé %1 + avis favorables de la séance %2 = %3 sur %4</source>
        <translation>committed %1 + this session&apos;s favourable opinions %2 = %3 out of %4</translation>
    </message>
    <message>
        <source> — reste %1</source>
        <translation> — %1 remaining</translation>
    </message>
    <message>
        <source> — dépassement de %1</source>
        <translation> — overrun of %1</translation>
    </message>
</context>
<context>
    <name>guichet::SessionWindow</name>
    <message>
        <source>Avis sur le dossier %1 enregistré.</source>
        <translation>Opinion on application %1 recorded.</translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>&amp;Séance</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Détails et présence…</source>
        <translation>&amp;Details and attendance…</translation>
    </message>
    <message>
        <source>&amp;Imprimer l&apos;ordre du jour (PDF)…</source>
        <translation>&amp;Print the agenda (PDF)…</translation>
    </message>
    <message>
        <source>Avis favorable sur &amp;toutes les propositions…</source>
        <translation>Favourable opinion on &amp;all proposals…</translation>
    </message>
    <message>
        <source>&amp;Valider la séance…</source>
        <translation>&amp;Validate the session…</translation>
    </message>
    <message>
        <source>&amp;Prendre les décisions…</source>
        <translation>&amp;Take the decisions…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <source>Dossier &amp;suivant</source>
        <translation>&amp;Next application</translation>
    </message>
    <message>
        <source>Dossier &amp;précédent</source>
        <translation>&amp;Previous application</translation>
    </message>
    <message>
        <source>Avis « %1 »</source>
        <translation>Opinion “%1”</translation>
    </message>
    <message>
        <source>n° %1 du %2 (validée)</source>
        <translation>no. %1 of %2 (validated)</translation>
    </message>
    <message>
        <source>n° %1 du %2</source>
        <translation>no. %1 of %2</translation>
    </message>
    <message>
        <source>%1 — Guichet</source>
        <translation>%1 — Guichet</translation>
    </message>
    <message>
        <source>Séances du comité — Guichet</source>
        <translation>Committee sessions — Guichet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — président : %2, secrétaire : %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — chair: %2, secretary: %3</translation>
    </message>
    <message>
        <source>Validée le %1 par %2 : les avis sont verrouillés, tout changement est un amendement motivé. Quorum : %3.</source>
        <translation>Validated on %1 by %2: the opinions are locked, any change is an amendment with its reason. Quorum: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Séance ouverte — %n membre(s) siégeant. Quorum : %1.</source>
        <translation>
            <numerusform>Open session — %n member seated. Quorum: %1.</numerusform>
            <numerusform>Open session — %n members seated. Quorum: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune séance : créez-en une depuis le menu Comité.</source>
        <translation>No session: create one from the Committee menu.</translation>
    </message>
    <message>
        <source>Avis favorable sur toutes les propositions</source>
        <translation>Favourable opinion on all proposals</translation>
    </message>
    <message>
        <source>Donner un avis favorable, au montant proposé, à chaque dossier de l&apos;ordre du jour qui n&apos;a pas encore d&apos;avis ?</source>
        <translation>Give a favourable opinion, at the proposed amount, to every application of the agenda without an opinion yet?</translation>
    </message>
    <message>
        <source>Avis non enregistrés</source>
        <translation>Opinions not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n avis favorable(s) enregistré(s).</source>
        <translation>
            <numerusform>%n favourable opinion recorded.</numerusform>
            <numerusform>%n favourable opinions recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valider la séance</source>
        <translation>Validate the session</translation>
    </message>
    <message>
        <source>Valider la séance n° %1 ? Ses avis seront verrouillés : tout changement ultérieur sera un amendement motivé.</source>
        <translation>Validate session no. %1? Its opinions will be locked: any later change will be an amendment with its reason.</translation>
    </message>
    <message>
        <source>Séance non validée</source>
        <translation>Session not validated</translation>
    </message>
    <message>
        <source>Séance n° %1 validée.</source>
        <translation>Session no. %1 validated.</translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) inscrite(s) au registre.</source>
        <translation>
            <numerusform>%n decision entered in the ledger.</numerusform>
            <numerusform>%n decisions entered in the ledger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imprimer l&apos;ordre du jour</source>
        <translation>Print the agenda</translation>
    </message>
    <message>
        <source>ordre du jour séance %1.pdf</source>
        <translation>agenda session %1.pdf</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Ordre du jour non imprimé</source>
        <translation>Agenda not printed</translation>
    </message>
    <message>
        <source>Ordre du jour enregistré : %1</source>
        <translation>Agenda saved: %1</translation>
    </message>
    <message>
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <source>Aucune décision à prendre</source>
        <translation>No decision to take</translation>
    </message>
    <message>
        <source>Aucun avis de la séance n° %1 n&apos;attend de décision.</source>
        <translation>No opinion of session %1 awaits a decision.</translation>
    </message>
    <message>
        <source>Projet de &amp;compte rendu (PDF ou ODT)…</source>
        <translation>Draft &amp;minutes (PDF or ODT)…</translation>
    </message>
    <message>
        <source>É&amp;mettre le compte rendu…</source>
        <translation>&amp;Issue the minutes…</translation>
    </message>
    <message>
        <source>Projet de compte rendu</source>
        <translation>Draft minutes</translation>
    </message>
    <message>
        <source>compte rendu séance %1.odt</source>
        <translation>minutes session %1.odt</translation>
    </message>
    <message>
        <source>Document ODT, modifiable (*.odt);;Document PDF (*.pdf)</source>
        <translation>ODT document, editable (*.odt);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Compte rendu non écrit</source>
        <translation>Minutes not written</translation>
    </message>
    <message>
        <source>Projet de compte rendu enregistré : %1</source>
        <translation>Draft minutes saved: %1</translation>
    </message>
    <message>
        <source>Émettre le compte rendu</source>
        <translation>Issue the minutes</translation>
    </message>
    <message>
        <source>compte rendu séance %1.pdf</source>
        <translation>minutes session %1.pdf</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance n° %1 sera numéroté au registre et figé : il ne sera plus modifiable. Émettre ?</source>
        <translation>The minutes of session %1 will be numbered in the register and frozen: they can no longer be changed. Issue them?</translation>
    </message>
    <message>
        <source>Compte rendu non émis</source>
        <translation>Minutes not issued</translation>
    </message>
    <message>
        <source>Compte rendu émis : n° %1, enregistré dans %2</source>
        <translation>Minutes issued: no. %1, saved in %2</translation>
    </message>
    <message>
        <source>&amp;Supprimer la séance…</source>
        <translation>&amp;Delete the session…</translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Supprimer la séance n° %1 du %2 ? Elle se rétablit avec Édition &gt; Annuler (Ctrl+Z).</source>
        <translation>Delete session %1 of %2? Edit &gt; Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Séance non supprimée</source>
        <translation>Session not deleted</translation>
    </message>
    <message>
        <source>Séance n° %1 supprimée.</source>
        <translation>Session %1 deleted.</translation>
    </message>
</context>
<context>
    <name>guichet::ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Onglet Notation</source>
        <translation>Scoring tab</translation>
    </message>
    <message>
        <source>Grille de sélection</source>
        <translation>Selection grid</translation>
    </message>
    <message>
        <source>Onglet Dossier</source>
        <translation>Application tab</translation>
    </message>
    <message>
        <source>Donner un niveau au critère sélectionné</source>
        <translation>Give the selected criterion a level</translation>
    </message>
    <message>
        <source>0 à 9</source>
        <translation>0 to 9</translation>
    </message>
    <message>
        <source>Critère précédent, suivant</source>
        <translation>Previous, next criterion</translation>
    </message>
    <message>
        <source>Haut, Bas</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Commentaire du critère</source>
        <translation>The criterion&apos;s comment</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Effacer le niveau</source>
        <translation>Clear the level</translation>
    </message>
    <message>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Enregistrer la note de l&apos;instructeur</source>
        <translation>Save the instructor&apos;s note</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Plein écran</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Quitter le plein écran, puis fermer</source>
        <translation>Leave full screen, then close</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>guichet::TemplateEditorDialog</name>
    <message>
        <source>Modèles de documents</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <source>Modifier ce document avant émission</source>
        <translation>Edit this document before issue</translation>
    </message>
    <message>
        <source>Ce texte ne vaut que pour ce dossier ; le modèle ne change pas.</source>
        <translation>This text applies to this application only; the template does not change.</translation>
    </message>
    <message>
        <source>Double-cliquez pour insérer à l&apos;emplacement du curseur</source>
        <translation>Double-click to insert at the cursor</translation>
    </message>
    <message>
        <source>Champs à insérer :</source>
        <translation>Fields to insert:</translation>
    </message>
    <message>
        <source>Utiliser ce texte</source>
        <translation>Use this text</translation>
    </message>
    <message>
        <source>Modèle fourni avec l&apos;application</source>
        <translation>Template shipped with Guichet</translation>
    </message>
    <message>
        <source>Version %1, enregistrée le %2 par %3</source>
        <translation>Version %1, saved on %2 by %3</translation>
    </message>
    <message>
        <source>Champs inconnus dans le texte : %1. Choisissez les champs dans la liste.</source>
        <translation>Unknown fields in the text: %1. Choose the fields from the list.</translation>
    </message>
    <message>
        <source>Reprendre le modèle &amp;fourni</source>
        <translation>Restore the &amp;shipped template</translation>
    </message>
</context>
<context>
    <name>guichet::WelcomePage</name>
    <message>
        <source>&amp;Importer un export démarches-simplifiées…</source>
        <translation>&amp;Import a démarches-simplifiées export…</translation>
    </message>
    <message>
        <source>Classeurs récents :</source>
        <translation>Recent workspaces:</translation>
    </message>
    <message>
        <source>&amp;Ouvrir un classeur…</source>
        <translation>&amp;Open a workspace…</translation>
    </message>
    <message>
        <source>&amp;Nouveau classeur…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>Essayer la &amp;démonstration (Ain, 40 dossiers)</source>
        <translation>Try the &amp;demonstration (Ain, 40 applications)</translation>
    </message>
    <message>
        <source>Bienvenue dans Guichet</source>
        <translation>Welcome to Guichet</translation>
    </message>
    <message>
        <source>Un classeur réunit les dossiers d&apos;un appel à projets, leur instruction et le journal des modifications. Ouvrez-en un, créez-en un, ou essayez la démonstration.</source>
        <translation>A workspace holds the applications of a call for projects, their review and the log of changes. Open one, create one, or try the demonstration.</translation>
    </message>
    <message>
        <source>%1 ne contient encore aucun dossier</source>
        <translation>%1 holds no application yet</translation>
    </message>
    <message>
        <source>Importez l&apos;export des dossiers déposés sur démarches-simplifiées (CSV, XLSX ou ODS, tel que le site le fournit) : Fichier &gt; Importer, ou déposez le fichier sur la fenêtre.</source>
        <translation>Import the export of the applications filed on démarches-simplifiées (CSV, XLSX or ODS, as the site provides it): File &gt; Import, or drop the file on the window.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>guichet::WorkspacePropertiesDialog</name>
    <message>
        <source>Propriétés du classeur</source>
        <translation>Workspace properties</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Programme :</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Journal :</source>
        <translation>Audit log:</translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) enregistrée(s)</source>
        <translation>
            <numerusform>%n change recorded</numerusform>
            <numerusform>%n changes recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Tête de la chaîne du journal :</source>
        <translation>Head of the audit chain:</translation>
    </message>
    <message>
        <source>ligne %1, SHA-256 %2</source>
        <translation>row %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Recopiez la tête de la chaîne dans le procès-verbal : la même tête retrouvée plus tard (guichet verify) prouve que rien de ce qui la précède n&apos;a changé.</source>
        <translation>Copy the head of the chain into the minutes: finding the same head later (guichet verify) proves that nothing before it has changed.</translation>
    </message>
</context>
</TS>
