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
</TS>
