#!/bin/sh
# Refreshes the translation catalogues from the sources (run after changing UI strings).
# French is the source language: guichet_fr.ts keeps only the plural forms ("%n dossier(s)"),
# guichet_en.ts every string. Then translate the new English entries (Qt Linguist or by hand).
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate6 || command -v lupdate-qt6 || echo /usr/lib/qt6/bin/lupdate)}
"$LUPDATE" core documents ui app -source-language fr_FR -target-language en_GB \
    -no-obsolete -locations none -ts translations/guichet_en.ts
"$LUPDATE" core documents ui app -source-language fr_FR -target-language fr_FR -pluralonly \
    -no-obsolete -locations none -ts translations/guichet_fr.ts
