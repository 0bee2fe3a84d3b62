#pragma once

#include "Referential.h"

#include <QString>

namespace guichet::collectivity {

// The name an applicant goes by in the list and in every document: « Commune de Belley »,
// « Commune d'Évosges », « Commune du Poizat » (Le Poizat), or the EPCI's own name. The one place
// where it is built, so that the importer and the demo agree.
QString displayName(const Collectivity& collectivity);

// « de Belley », « d'Ambérieu-en-Bugey »: French elides « de » before a vowel sound. An
// initial h is taken as aspirated (« de Hauteville »): the mute ones cannot be told from the
// spelling. An initial y elides before a consonant (« d'Yvoire ») but not before a vowel,
// where it is itself a consonant (« de Yenne »).
QString withDe(const QString& name);

// The commune's name in a display name built by displayName() (also « Commune de Le Poizat »,
// as it was built before « du »), or empty for another name.
QString communeOf(const QString& displayName);

// The applicant as a sentence names it, with the article of the common noun its name starts
// with: « la commune d'Évosges », « la communauté de communes Bugey Sud » (the referential's
// « CC », « CA », « CU » said in full), « le syndicat mixte du Bugey », « l'établissement
// public … ». A syndicat known by its acronym takes the masculine (« le SIEA »): `kind` is the
// dossier's applicant kind ("syndicat", see applicant_kind). A proper name keeps none
// (« Ain Numérique »).
QString withArticle(const QString& name, const QString& kind = {});
// A name or a noun phrase after « de » and after « à », contracted as French requires:
// « de la commune », « du syndicat », « des communes », « de l'établissement »; « à la
// commune », « au syndicat », « aux communes »; a name without article as withDe() and « à ».
QString ofPhrase(const QString& phrase);
QString toPhrase(const QString& phrase);
// A title that opens with its article, inside a sentence: « Le préfet de l'Ain » gives « le
// préfet de l'Ain ».
QString inSentence(const QString& title);
// The same title without its article: « préfète de l'Ain » (« en qualité de … »).
QString withoutArticle(const QString& title);

} // namespace guichet::collectivity
