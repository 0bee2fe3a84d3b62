<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1 : %n erreur(s)</source>
        <translation>
            <numerusform>%1 : %n erreur</numerusform>
            <numerusform>%1 : %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s) attendu(s) : guichet %1 %2</source>
        <translation>
            <numerusform>%n argument attendu : guichet %1 %2</numerusform>
            <numerusform>%n arguments attendus : guichet %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classeur de démonstration créé : %1 (%n dossier(s))
</source>
        <translation>
            <numerusform>Classeur de démonstration créé : %1 (%n dossier)
</numerusform>
            <numerusform>Classeur de démonstration créé : %1 (%n dossiers)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export démarches-simplifiées écrit : %1 (%n dossier(s))
</source>
        <translation>
            <numerusform>Export démarches-simplifiées écrit : %1 (%n dossier)
</numerusform>
            <numerusform>Export démarches-simplifiées écrit : %1 (%n dossiers)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n dossier(s) écrit(s).
</source>
        <translation>
            <numerusform>%1 : %n dossier écrit.
</numerusform>
            <numerusform>%1 : %n dossiers écrits.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) retirée(s)</source>
        <translation>
            <numerusform>%n note retirée</numerusform>
            <numerusform>%n notes retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Liste des dossiers écrite : %1 (%n dossier)
</source>
        <translation>
            <numerusform>Liste des dossiers écrite : %1 (%n dossier)
</numerusform>
            <numerusform>Liste des dossiers écrite : %1 (%n dossiers)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) financé(s) différemment :
</source>
        <translation>
            <numerusform>%n dossier financé différemment :
</numerusform>
            <numerusform>%n dossiers financés différemment :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scénario « %1 » adopté : %n montant(s) proposé(s)</source>
        <translation>
            <numerusform>Scénario « %1 » adopté : %n montant proposé</numerusform>
            <numerusform>Scénario « %1 » adopté : %n montants proposés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> ; %n dossier(s) décidé(s) depuis laissé(s) tel(s) quel(s)</source>
        <translation>
            <numerusform> ; %n dossier décidé depuis laissé tel quel</numerusform>
            <numerusform> ; %n dossiers décidés depuis laissés tels quels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cet export ne contient pas %n des %1 dossiers du classeur, plus de la moitié : rien n&apos;a été importé. Relancez avec --partial si l&apos;export n&apos;en contient qu&apos;une partie (aucun dossier marqué absent), ou avec --mark-absent pour les marquer absents.</source>
        <translation>
            <numerusform>cet export ne contient pas %n des %1 dossiers du classeur, plus de la moitié : rien n&apos;a été importé. Relancez avec --partial si l&apos;export n&apos;en contient qu&apos;une partie (aucun dossier marqué absent), ou avec --mark-absent pour le marquer absent.</numerusform>
            <numerusform>cet export ne contient pas %n des %1 dossiers du classeur, plus de la moitié : rien n&apos;a été importé. Relancez avec --partial si l&apos;export n&apos;en contient qu&apos;une partie (aucun dossier marqué absent), ou avec --mark-absent pour les marquer absents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n financé(s)</source>
        <translation>
            <numerusform>%n financé</numerusform>
            <numerusform>%n financés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retenu(s) non financé(s)</source>
        <translation>
            <numerusform>%n retenu non financé</numerusform>
            <numerusform>%n retenus non financés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Avis %1 sur %n proposition(s) de la séance n° %2.
</source>
        <translation>
            <numerusform>Avis %1 sur %n proposition de la séance n° %2.
</numerusform>
            <numerusform>Avis %1 sur %n propositions de la séance n° %2.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) prise(s) pour la séance n° %1 : %2 engagés.
</source>
        <translation>
            <numerusform>%n décision prise pour la séance n° %1 : %2 engagés.
</numerusform>
            <numerusform>%n décisions prises pour la séance n° %1 : %2 engagés.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) émis</source>
        <translation>
            <numerusform>%n document émis</numerusform>
            <numerusform>%n documents émis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projet(s) écrit(s)</source>
        <translation>
            <numerusform>%n projet écrit</numerusform>
            <numerusform>%n projets écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Décisions écrites : %1 (%n dossier(s))
</source>
        <translation>
            <numerusform>Décisions écrites : %1 (%n dossier)
</numerusform>
            <numerusform>Décisions écrites : %1 (%n dossiers)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n anomalie(s) trouvée(s).</source>
        <translation>
            <numerusform>%1 : %n anomalie trouvée.</numerusform>
            <numerusform>%1 : %n anomalies trouvées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message numerus="yes">
        <source>%n dossier(s) déposé(s) %1</source>
        <translation>
            <numerusform>%n dossier déposé %1</numerusform>
            <numerusform>%n dossiers déposés %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) prise(s), %1 engagés</source>
        <translation>
            <numerusform>%n décision prise, %1 engagés</numerusform>
            <numerusform>%n décisions prises, %1 engagés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) annulée(s) : %1</source>
        <translation>
            <numerusform>%n décision annulée : %1</numerusform>
            <numerusform>%n décisions annulées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avis, quorum %1</source>
        <translation>
            <numerusform>%n avis, quorum %1</numerusform>
            <numerusform>%n avis, quorum %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityCommand</name>
    <message numerus="yes">
        <source>Éligibilité du dossier %1 (%n décision(s))</source>
        <translation>
            <numerusform>Éligibilité du dossier %1 (%n décision)</numerusform>
            <numerusform>Éligibilité du dossier %1 (%n décisions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n ligne(s) lue(s) dans %1.</source>
        <translation>
            <numerusform>%n ligne lue dans %1.</numerusform>
            <numerusform>%n lignes lues dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cet import marquerait absents %n des %1 dossiers du classeur : l&apos;export semble partiel. Rien n&apos;a été importé.</source>
        <translation>
            <numerusform>Cet import marquerait absent %n des %1 dossiers du classeur : l&apos;export semble partiel. Rien n&apos;a été importé.</numerusform>
            <numerusform>Cet import marquerait absents %n des %1 dossiers du classeur : l&apos;export semble partiel. Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message numerus="yes">
        <source>Examen des dossiers (%n dossier(s))</source>
        <translation>
            <numerusform>Examen des dossiers (%n dossier)</numerusform>
            <numerusform>Examen des dossiers (%n dossiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message numerus="yes">
        <source>%n proposition(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>coupure au rang %1, %n financé(s), %2</source>
        <translation>
            <numerusform>coupure au rang %1, %n financé, %2</numerusform>
            <numerusform>coupure au rang %1, %n financés, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorePackage</name>
    <message numerus="yes">
        <source>Notes de %1 : %n ajoutée(s), </source>
        <translation>
            <numerusform>Notes de %1 : %n ajoutée, </numerusform>
            <numerusform>Notes de %1 : %n ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identique(s) ignorée(s), </source>
        <translation>
            <numerusform>%n identique ignorée, </numerusform>
            <numerusform>%n identiques ignorées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remplacée(s) par une modification plus récente, </source>
        <translation>
            <numerusform>%n remplacée par une modification plus récente, </numerusform>
            <numerusform>%n remplacées par une modification plus récente, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) refusé(s) :</source>
        <translation>
            <numerusform>%n élément refusé :</numerusform>
            <numerusform>%n éléments refusés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avis</source>
        <translation>
            <numerusform>%n avis</numerusform>
            <numerusform>%n avis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) d&apos;éligibilité</source>
        <translation>
            <numerusform>%n décision d&apos;éligibilité</numerusform>
            <numerusform>%n décisions d&apos;éligibilité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conservée(s) (celle de ce classeur était plus récente).</source>
        <translation>
            <numerusform>%n conservée (celle de ce classeur était plus récente).</numerusform>
            <numerusform>%n conservées (celles de ce classeur étaient plus récentes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionGrid</name>
    <message numerus="yes">
        <source>Écart d&apos;au moins %n niveau entre instructeurs sur un critère.</source>
        <translation>
            <numerusform>Écart d&apos;au moins %n niveau entre instructeurs sur un critère.</numerusform>
            <numerusform>Écart d&apos;au moins %n niveaux entre instructeurs sur un critère.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ConflictDialog</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avis</source>
        <translation>
            <numerusform>%n avis</numerusform>
            <numerusform>%n avis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::CutoffPanel</name>
    <message numerus="yes">
        <source>%1 (%n dossier(s))</source>
        <translation>
            <numerusform>%1 (%n dossier)</numerusform>
            <numerusform>%1 (%n dossiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retenus non financés : %n dossier(s)</source>
        <translation>
            <numerusform>Retenus non financés : %n dossier</numerusform>
            <numerusform>Retenus non financés : %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s)</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) décidé(s) depuis l&apos;enregistrement du scénario garde(nt) leur décision.</source>
        <translation>
            <numerusform>%n dossier décidé depuis l&apos;enregistrement du scénario garde sa décision.</numerusform>
            <numerusform>%n dossiers décidés depuis l&apos;enregistrement du scénario gardent leur décision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DocumentActions</name>
    <message numerus="yes">
        <source>Émission interrompue : %n document(s) émis ; relancez pour continuer.</source>
        <translation>
            <numerusform>Émission interrompue : %n document émis ; relancez pour continuer.</numerusform>
            <numerusform>Émission interrompue : %n documents émis ; relancez pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) émis.</source>
        <translation>
            <numerusform>%n document émis.</numerusform>
            <numerusform>%n documents émis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DossierFilterBar</name>
    <message numerus="yes">
        <source>Afficher seulement (%n)</source>
        <translation>
            <numerusform>Afficher seulement (%n)</numerusform>
            <numerusform>Afficher seulement (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::DossierLoading</name>
    <message numerus="yes">
        <source>Le contrôle du classeur à l&apos;ouverture a trouvé %n anomalie(s) :</source>
        <translation>
            <numerusform>Le contrôle du classeur à l&apos;ouverture a trouvé %n anomalie :</numerusform>
            <numerusform>Le contrôle du classeur à l&apos;ouverture a trouvé %n anomalies :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ImportController</name>
    <message numerus="yes">
        <source>Cet export ne contient pas %n des %1 dossiers du classeur.</source>
        <translation>
            <numerusform>Cet export ne contient pas %n des %1 dossiers du classeur.</numerusform>
            <numerusform>Cet export ne contient pas %n des %1 dossiers du classeur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n nouveau(x)</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inchangé(s)</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demandeur(s) changé(s)</source>
        <translation>
            <numerusform>%n demandeur changé</numerusform>
            <numerusform>%n demandeurs changés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) d&apos;état</source>
        <translation>
            <numerusform>%n changement d&apos;état</numerusform>
            <numerusform>%n changements d&apos;état</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent(s) de l&apos;export</source>
        <translation>
            <numerusform>%n absent de l&apos;export</numerusform>
            <numerusform>%n absents de l&apos;export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demandeur(s) à vérifier</source>
        <translation>
            <numerusform>%n demandeur à vérifier</numerusform>
            <numerusform>%n demandeurs à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::InstructionActions</name>
    <message numerus="yes">
        <source>Lien déclaré ; %n note(s) retirée(s).</source>
        <translation>
            <numerusform>Lien déclaré ; %n note retirée.</numerusform>
            <numerusform>Lien déclaré ; %n notes retirées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message numerus="yes">
        <source>%n dossier(s) affiché(s) sur %1</source>
        <translation>
            <numerusform>%n dossier affiché sur %1</numerusform>
            <numerusform>%n dossiers affichés sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ProjectionGridView</name>
    <message numerus="yes">
        <source>Grille de la séance : %n dossier(s) par rang</source>
        <translation>
            <numerusform>Grille de la séance : %n dossier par rang</numerusform>
            <numerusform>Grille de la séance : %n dossiers par rang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::ScoringPanel</name>
    <message numerus="yes">
        <source>%n critère(s) noté(s) sur %1 — la note pondérée apparaît quand tous le sont.</source>
        <translation>
            <numerusform>%n critère noté sur %1 — la note pondérée apparaît quand tous le sont.</numerusform>
            <numerusform>%n critères notés sur %1 — la note pondérée apparaît quand tous le sont.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SelectionGridWindow</name>
    <message numerus="yes">
        <source>Désaccord : écart d&apos;au moins %n niveau. Les dossiers non éligibles sont hors classement, en fin de grille.</source>
        <translation>
            <numerusform>Désaccord : écart d&apos;au moins %n niveau. Les dossiers non éligibles sont hors classement, en fin de grille.</numerusform>
            <numerusform>Désaccord : écart d&apos;au moins %n niveaux. Les dossiers non éligibles sont hors classement, en fin de grille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SessionDecisionsDialog</name>
    <message numerus="yes">
        <source>%n attribution(s) pour un total de %1.</source>
        <translation>
            <numerusform>%n attribution pour un total de %1.</numerusform>
            <numerusform>%n attributions pour un total de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::SessionWindow</name>
    <message numerus="yes">
        <source>Séance ouverte — %n membre(s) siégeant. Quorum : %1.</source>
        <translation>
            <numerusform>Séance ouverte — %n membre siégeant. Quorum : %1.</numerusform>
            <numerusform>Séance ouverte — %n membres siégeant. Quorum : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avis favorable(s) enregistré(s).</source>
        <translation>
            <numerusform>%n avis favorable enregistré.</numerusform>
            <numerusform>%n avis favorables enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n décision(s) inscrite(s) au registre.</source>
        <translation>
            <numerusform>%n décision inscrite au registre.</numerusform>
            <numerusform>%n décisions inscrites au registre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::WorkspacePropertiesDialog</name>
    <message numerus="yes">
        <source>%n modification(s) enregistrée(s)</source>
        <translation>
            <numerusform>%n modification enregistrée</numerusform>
            <numerusform>%n modifications enregistrées</numerusform>
        </translation>
    </message>
</context>
</TS>
