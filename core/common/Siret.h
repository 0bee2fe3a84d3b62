#pragma once

#include <QString>

namespace guichet::siret {

// 14 digits whose Luhn key is valid.
bool isValid(QStringView siret);
// The SIRET of establishment `nic` (1..9999) of `siren`, with the key digit that makes it valid.
QString make(QStringView siren, int nic);

} // namespace guichet::siret
