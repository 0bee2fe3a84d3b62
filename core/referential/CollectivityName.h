#pragma once

#include "Referential.h"

#include <QString>

namespace guichet::collectivity {

// The name an applicant goes by in the list and in every document: « Commune de Belley »,
// « Commune d'Évosges », or the EPCI's own name. The one place where it is built, so that the
// importer and the demo agree.
QString displayName(const Collectivity& collectivity);

// « de Belley », « d'Ambérieu-en-Bugey »: French elides « de » before a vowel sound. An
// initial h is taken as aspirated (« de Hauteville »): the mute ones cannot be told from the
// spelling. An initial y elides before a consonant (« d'Yvoire ») but not before a vowel,
// where it is itself a consonant (« de Yenne »).
QString withDe(const QString& name);

// The commune's name in a display name built by displayName(), or empty for another name.
QString communeOf(const QString& displayName);

} // namespace guichet::collectivity
