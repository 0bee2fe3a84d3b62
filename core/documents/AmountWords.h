#pragma once

#include "common/Money.h"

#include <QString>

namespace guichet::amount_words {

// An amount of money in French words, as an arrêté writes it beside the figures:
// « deux cent quatre-vingt-dix-sept mille euros », « un million d'euros »,
// « vingt mille sept cent vingt euros et cinquante centimes ». The numbers come from ICU's
// spell-out rules for French (traditional spelling); only the currency words are ours.
QString spell(Cents amount);

} // namespace guichet::amount_words
